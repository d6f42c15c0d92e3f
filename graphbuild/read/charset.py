"""Decoding a file's bytes: byte-order marks, UTF-8, and GB18030 or Big5 judged by how Chinese the result reads."""

from __future__ import annotations

import codecs
from pathlib import Path

from .base import InputError


def _cjk_plausibility(text: str) -> float:
    """Share of CJK characters that are common Chinese characters (GB2312 level 1 once simplified)."""
    from ..normalise.script import to_simplified

    cjk = [c for c in text if "\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff"]
    if not cjk:
        return 0.0
    simplified = to_simplified("".join(cjk))
    common = 0
    for c in simplified:
        try:
            b = c.encode("gb2312")
        except UnicodeEncodeError:
            continue
        if len(b) == 2 and 0xB0 <= b[0] <= 0xD7:
            common += 1
    return common / len(cjk)


def decode(data: bytes, path: Path | str = "<bytes>") -> tuple[str, str]:
    """Decode bytes to text, returning (text, encoding name); raise InputError when impossible."""
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as exc:
                raise InputError(path, f"starts with a {enc} byte-order mark but is not valid {enc} ({exc.reason})") from exc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    candidates = []
    for enc in ("gb18030", "big5"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        candidates.append((_cjk_plausibility(text), enc, text))
    if not candidates:
        raise InputError(path, "cannot be decoded as UTF-8, GB18030 or Big5; convert it to UTF-8 and retry")
    score, enc, text = max(candidates, key=lambda c: c[0])
    if score < 0.5:
        raise InputError(path, f"does not look like Chinese text in UTF-8, GB18030 or Big5 (best guess {enc}); convert it to UTF-8")
    return text, enc
