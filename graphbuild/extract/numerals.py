"""Chinese numerals, one parser for every component: 十二 → 12, 三百零五 → 305, 二〇二四 → 2024."""

from __future__ import annotations

DIGITS = {"〇": 0, "零": 0, "○": 0, "Ｏ": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
UNITS = {"十": 10, "百": 100, "千": 1000}


def cjk_number(s: str) -> int | None:
    """The value of a Chinese numeral up to the thousands, or of one written digit by digit (a year: 二〇二四); None if ``s`` is not one."""
    if not s:
        return None
    if not any(ch in UNITS for ch in s):
        # Without 十/百/千 the characters are digits in place: 二〇二四 is 2024, not 2+0+2+4.
        return int("".join(str(DIGITS[ch]) for ch in s)) if all(ch in DIGITS for ch in s) else None
    total = current = 0
    for ch in s:
        if ch in DIGITS:
            current = DIGITS[ch]
        elif ch in UNITS:
            total += (current or 1) * UNITS[ch]  # 十二: the 十 alone counts one ten
            current = 0
        else:
            return None
    return total + current
