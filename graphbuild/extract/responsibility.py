"""Responsibility brackets: （责任单位：A、B，各区县）, （A、B按职责分工负责）, （A牵头，B、C配合） ..."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypedDict

from ..rules import RuleSet, derived
from .model import Heading, RawTask, Span, UnitRef
from .structure import Enclosing, section_path

_OPEN = "（(〔[【［"
_CLOSE = "）)〕]】］"
_SPLIT_RE = re.compile(r"[、，,；;/]")
_LEVEL_PREFIX_RE = re.compile(r"^(市|省|区|县)(?!委|政府|级|场)")
# A note that the first unit of every bracket leads, e.g. "排在第一位的为牵头单位".
_TRAILING_NOTE_RE = re.compile(r"[。；;，,]\s*(?:(?:排在?第一位|列第一位|第一个|首位|排名第一)[^。]{0,12}牵头(?:单位|部门)|下同)[^（）()]*$")
# The most characters a note's words take after its white space (排在第一位 + 12 + 牵头单位): a note that
# matches ends after the last bracket character of the body, so it starts at most this far before it.
_NOTE_WORDS_MAX = 5 + 12 + 4
_PARENS = "（）()"
_LEAD_NOTE_RE = re.compile(r"(排在?第一位|列第一位|第一个|首位|排名第一)[^。]{0,12}(为|是)?牵头(单位|部门)")


class _Shapes(TypedDict):
    """The word lists of agency_shapes.json, longest first, and the label pattern built from them."""

    suffixes: tuple[str, ...]
    lead: list[str]
    support: list[str]
    resp: list[str]
    closing: list[str]
    label_re: re.Pattern[str]


@derived("patterns/agency_shapes.json")
def _shapes(rules: RuleSet) -> _Shapes:
    s = rules.pattern("agency_shapes.json")
    lead: list[str] = sorted(s["lead_labels"], key=len, reverse=True)
    support: list[str] = sorted(s["support_labels"], key=len, reverse=True)
    resp: list[str] = sorted(s["responsibility_labels"], key=len, reverse=True)
    return {
        "suffixes": tuple(sorted(s["agency_suffixes"], key=len, reverse=True)),
        "lead": lead,
        "support": support,
        "resp": resp,
        "closing": sorted(s["closing_phrases"], key=len, reverse=True),
        "label_re": re.compile("(" + "|".join(map(re.escape, lead + support + resp)) + r")\s*[：:]"),
    }


_BRACKET_OR_NEWLINE = re.compile("[" + re.escape(_OPEN + _CLOSE) + "\n]")


def iter_brackets(text: str):
    """Yield (start, end) of every top-level bracket pair, nesting of all bracket kinds respected."""
    depth = 0
    start = -1
    for m in _BRACKET_OR_NEWLINE.finditer(text):  # only these characters matter; skip the rest in C
        i, ch = m.start(), m.group()
        if ch in _OPEN:
            if depth == 0:
                start = i
            depth += 1
        elif ch in _CLOSE and depth:
            depth -= 1
            if depth == 0:
                yield start, i + 1
        elif ch == "\n" and depth:
            # An unclosed bracket never spans a paragraph.
            depth = 0


_UNIT_PAREN_RE = re.compile(r"[（(][^）)]*[）)]")


def _looks_like_unit(unit: str) -> bool:
    # No opening bracket after the last closing one can match: leave that tail out of the scan, where
    # each of n unclosed brackets scanned to the end (quadratic). The result is the same.
    last = max(unit.rfind("）"), unit.rfind(")"))
    u = (_UNIT_PAREN_RE.sub("", unit[: last + 1]) + unit[last + 1 :]).strip()
    return 2 <= len(u) <= 40 and u.endswith(_shapes()["suffixes"])


# A lead written after the unit itself: 省科技厅（牵头）、省工业和信息化厅.
# Started only where a run of white space starts, and the run taken possessively (it is followed by a
# bracket): from every position of a long run it scanned the rest of the run. Same first match.
_LEAD_MARK_RE = re.compile(r"(?<!\s)\s*+[（(]\s*牵头(?:单位|部门)?\s*[）)]$")


def _split_joined(unit: str) -> list[tuple[int, str]]:
    """Units joined by 及/以及 (中国民航局及有关地方人民政府) as separate units, with their offsets; else the unit itself."""
    if not unit:
        return []
    m = re.search(r"以及|及", unit)
    if m is None or "（" in unit or "(" in unit:
        return [(0, unit)]
    left, right = unit[: m.start()], unit[m.end():]
    if _looks_like_unit(left) and _looks_like_unit(right):
        return [(0, left), (m.end(), right)]
    return [(0, unit)]


def _split_units(segment: str, seg_start: int, role: str) -> list[UnitRef]:
    """Split a run of units on 、，; keeping nested parentheses (scope notes) inside their unit."""
    units: list[UnitRef] = []
    depth = 0
    cur_start = 0
    for i, ch in enumerate(segment + "、"):
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0 and (i == len(segment) or _SPLIT_RE.match(ch)):
            raw = segment[cur_start:i]
            stripped = raw.strip()
            mark = _LEAD_MARK_RE.search(stripped)
            if mark is not None:
                stripped = stripped[: mark.start()]
            off = seg_start + cur_start + (len(raw) - len(raw.lstrip()))
            unit_role = "lead" if mark else role
            for piece_off, piece in _split_joined(stripped):
                units.append(UnitRef(piece, Span(off + piece_off, off + piece_off + len(piece), piece), unit_role))
            cur_start = i + 1
    return units


_LEAD_SPLIT_RE = re.compile(r"^(.+?)牵头(?:负责)?[，,;；]\s*(.+?)(?:等)?(?:配合|参与|协同)(?:负责)?$")
_SUPPORT_ENDS = tuple(w + t for w in ("配合", "参与", "协同") for t in ("", "负责"))


def _trailing_note(body: str) -> re.Match[str] | None:
    """``_TRAILING_NOTE_RE.search(body)``, started where a match can start (linear in the body).

    A match runs to the end without a bracket character, so its words end after the body's last
    bracket: it starts at most ``_NOTE_WORDS_MAX`` characters, one white-space run and one
    punctuation mark before that bracket. Searching from there finds the same first match without
    trying (and scanning to the end from) every punctuation mark before it.
    """
    last = max(map(body.rfind, _PARENS))
    if last < 0:
        return _TRAILING_NOTE_RE.search(body)
    lo = max(0, last - _NOTE_WORDS_MAX + 1)
    while lo > 0 and body[lo - 1].isspace():
        lo -= 1
    return _TRAILING_NOTE_RE.search(body, max(0, lo - 1))


def parse_bracket(inner: str, inner_start: int) -> list[UnitRef] | None:
    """Parse the inside of a bracket into units with roles, or None when it is no responsibility bracket."""
    sh = _shapes()
    body = inner.strip()
    offset = inner_start + (len(inner) - len(inner.lstrip()))
    # A note after the units (…。列第一位的为牵头单位，下同) is about the list, not part of it.
    note = _trailing_note(body)
    if note is not None:
        body = body[: note.start()].rstrip()
    labelled = False
    segments: list[tuple[str, int, str]] = []  # (text, start, role)
    marks = list(sh["label_re"].finditer(body))
    if marks and marks[0].start() == 0:
        labelled = True
        for k, m in enumerate(marks):
            end = marks[k + 1].start() if k + 1 < len(marks) else len(body)
            label = m.group(1)
            role = "lead" if label in sh["lead"] else "support" if label in sh["support"] else "responsible"
            segments.append((body[m.end():end], offset + m.end(), role))
    else:
        closing = next((c for c in sh["closing"] if body.endswith(c)), None)
        # Only a body ending like a support role can match; without the test every 牵头， of a long
        # body started a scan to its end (quadratic).
        lead_split = _LEAD_SPLIT_RE.match(body) if body.endswith(_SUPPORT_ENDS) else None
        if lead_split:
            segments.append((lead_split.group(1), offset + lead_split.start(1), "lead"))
            segments.append((lead_split.group(2), offset + lead_split.start(2), "support"))
        elif body.endswith(("牵头", "牵头负责")) and not closing:
            core = re.sub(r"牵头(负责)?$", "", body)
            segments.append((core, offset, "lead"))
        elif closing:
            core = body[: -len(closing)]
            segments.append((core, offset, "responsible"))
        else:
            return None
    units: list[UnitRef] = []
    for seg, start, role in segments:
        seg_clean = re.sub(r"(按职责分工负责|按照职责分工负责|分工负责|共同负责|负责)[。.]?\s*$", "", seg.rstrip("；;。. "))
        units.extend(_split_units(seg_clean, start, role))
    units = [u for u in units if u.surface]
    if not units:
        return None
    shaped = sum(_looks_like_unit(u.surface) for u in units)
    if shaped == 0 or (not labelled and shaped < max(1, len(units) * 0.6)):
        return None
    return units


def _distribute_prefix(units: list[UnitRef]) -> None:
    """A 市/省/区 before the first unit of a comma-delimited group applies to the group's other units."""
    prefix: str | None = None
    for i, u in enumerate(units):
        m = _LEVEL_PREFIX_RE.match(u.surface)
        if m:
            prefix = m.group(1)
        u.list_prefix = prefix
        _ = i


def has_lead_note(text: str) -> bool:
    """True when the document says that the first listed unit leads."""
    return bool(_LEAD_NOTE_RE.search(text))


def find_tasks(text: str, headings: list[Heading], parts_of: Callable[[int], int], lead_note: bool) -> list[RawTask]:
    """Every responsibility bracket as a RawTask with the heading of the item it closes."""
    tasks: list[RawTask] = []
    enclosing = Enclosing(headings)  # brackets come in text order
    for b_start, b_end in iter_brackets(text):
        inner = text[b_start + 1 : b_end - 1]
        units = parse_bracket(inner, b_start + 1)
        if units is None:
            continue
        _distribute_prefix(units)
        part = parts_of(b_start)
        stack = enclosing(b_start, part)
        item = stack[-1] if stack else None
        heading = item.title if item else ""
        tasks.append(
            RawTask(
                heading=heading,
                heading_span=item.span if item else None,
                section_path=section_path(stack),
                bracket=Span(b_start, b_end, text[b_start:b_end]),
                units=units,
                part=part,
                first_is_lead=lead_note,
            )
        )
    return tasks
