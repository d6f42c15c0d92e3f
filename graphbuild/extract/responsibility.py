"""Responsibility brackets: （责任单位：A、B，各区县）, （A、B按职责分工负责）, （A牵头，B、C配合） ..."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypedDict

from ..rules import RuleSet, derived
from .brackets import iter_brackets, split_top_level
from .model import Heading, RawTask, Span, UnitRef
from .structure import Enclosing, section_path

# A scope note written in angle brackets inside a unit (各市<含定州、辛集市>人力资源社会保障局): its 、 is
# no list separator. Only a closed pair counts, so a stray < or ＞ never swallows the rest of a list.
_ANGLE_RE = re.compile(r"[<＜〈][^<>＜＞〈〉\n]*[>＞〉]")
_LEVEL_PREFIX_RE = re.compile(r"^(市|省|区|县)(?!委|政府|级|场)")
# A note that the first unit of every bracket leads, e.g. "排在第一位的为牵头单位".
# 列在第一位 and 排名第1 are the same note as 列第一位 and 排名第一.
_FIRST = r"(?:排在?第[一1]位|列在?第[一1]位|第一个|首位|排名第[一1]位?)"
# 。以下任务均需各市县政府负责，不再列出: a note about the brackets that follow, not units of this one.
# ，分工负责为各部门按职责分别牵头，下同: a definition (X为Y) that holds for the brackets below is a note too.
_DEFINITION = r"[^，,；;。（）()]{1,24}?为[^，,；;。（）()]{1,24}[，,]\s*下同"
_TRAILING_NOTE_RE = re.compile(rf"[。；;，,]\s*(?:{_FIRST}[^。]{{0,12}}牵头(?:单位|部门)|{_DEFINITION}|下同|以下(?:任务|各项|事项)?均)[^（）()]*$")
# The most characters a note's words take after its white space (a definition: 24 + 为 + 24 + ，下同; or
# 排在第一位 + 12 + 牵头单位): a note that matches ends after the last bracket character of the body, so
# it starts at most this far before it.
_NOTE_WORDS_MAX = max(24 + 1 + 24 + 3, 5 + 12 + 4)
_PARENS = "（）()"
_LEAD_NOTE_RE = re.compile(rf"{_FIRST}[^。]{{0,12}}(为|是)?牵头(单位|部门)")


class _Shapes(TypedDict):
    """The word lists of agency_shapes.json, longest first, and the label pattern built from them."""

    suffixes: tuple[str, ...]
    lead: list[str]
    support: list[str]
    resp: list[str]
    label_re: re.Pattern[str]
    list_endings: tuple[str, ...]
    joined_list_re: re.Pattern[str]
    collective_tails: frozenset[str]
    role_words: tuple[str, ...]
    role_modifiers: tuple[str, ...]
    role_of: dict[str, str]
    note_re: re.Pattern[str]
    time_re: re.Pattern[str]
    together_re: re.Pattern[str]
    level_head_re: re.Pattern[str]
    level_tail_re: re.Pattern[str]
    alias_note_re: re.Pattern[str]
    shared_role_suffixes: tuple[str, ...]
    class_res: tuple[re.Pattern[str], ...]


def _alt(words: list[str]) -> str:
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


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
        "label_re": re.compile("(" + "|".join(map(re.escape, lead + support + resp)) + r")\s*[：:]"),
        "list_endings": tuple(sorted(s["list_endings"], key=len, reverse=True)),
        # 工业和信息化部等部门和各省级人民政府: the list ending, then a joined unit.
        "joined_list_re": re.compile(rf"(?:{_alt(s['list_endings'])})(?:以及|和|及)"),
        "collective_tails": frozenset(s["collective_tails"]),
        "role_words": tuple(sorted((w for ws in s["role_endings"].values() for w in ws), key=len, reverse=True)),
        "role_modifiers": tuple(sorted(s["role_modifiers"], key=len, reverse=True)),
        "role_of": {w: role for role, ws in s["role_endings"].items() for w in ws},
        "note_re": re.compile(rf"(?:{_alt(s['note_labels'])})\s*[：:][^；;（）()]*"),
        "time_re": re.compile(s["time_note_pattern"]),
        "together_re": re.compile(_alt(s["together_words"])),
        "level_head_re": re.compile(s["collective_level_head"]),
        "level_tail_re": re.compile(s["collective_level_tail"]),
        "alias_note_re": re.compile(s["alias_note"]),
        "shared_role_suffixes": tuple(s["shared_role_suffixes"]),
        "class_res": tuple(re.compile(p) for p in s["collective_patterns"]),
    }


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


_JOIN_WORD_RE = re.compile(r"以及|和|及")
_COLLECTIVE_HEAD_RE = re.compile(r"^(?:各|有关|相关|其他|其它)")


def _split_joined(unit: str) -> list[tuple[int, str]]:
    """Units joined by 和/及/以及 (农业农村部和地方各级人民政府) as separate units, with their offsets; else the unit itself.

    A join word splits only where both sides are unit-shaped: 工业和信息化部 or 住房和城乡建设部 keep
    their 和, because 工业 and 住房 name no body.
    """
    if not unit:
        return []
    j = _shapes()["joined_list_re"].search(unit)
    if j is not None and _looks_like_unit(unit[j.end():]):
        return [(0, unit[: j.start()]), (j.end(), unit[j.end():])]
    if any(c in unit for c in _PARENS):
        return [(0, unit)]
    for m in _JOIN_WORD_RE.finditer(unit):
        left, right = unit[: m.start()], unit[m.end():]
        if _shared_role(left, right):
            return [(0, unit)]  # 省属高等学校和科研院所主管部门: one role noun for both classes
        if _looks_like_unit(left) and _looks_like_unit(right):
            # 人力资源和社会保障部和地方政府: the first 和 fails, the second splits; the right side may join more.
            return [(0, left)] + [(m.end() + off, piece) for off, piece in _split_joined(right)]
    return [(0, unit)]


def _shared_role(left: str, right: str) -> bool:
    """True when ``right`` ends with a role noun that governs a class of units on the left too (…和科研院所主管部门)."""
    sh = _shapes()
    return right.endswith(sh["shared_role_suffixes"]) and any(p.search(left) for p in sh["class_res"])


def _merge_into_previous(units: list[UnitRef], segment: str, seg_start: int, joins: Callable[[UnitRef, UnitRef, str], bool]) -> list[UnitRef]:
    """The units with each one that ``joins(previous, unit, text between)`` merged into the one before it (one span)."""
    out: list[UnitRef] = []
    for u in units:
        prev = out[-1] if out else None
        if prev is not None and prev.role == u.role and joins(prev, u, segment[prev.span.end - seg_start : u.span.start - seg_start]):
            start, end = prev.span.start, u.span.end
            text = segment[start - seg_start : end - seg_start]
            out[-1] = UnitRef(text, Span(start, end, text), prev.role)
            continue
        out.append(u)
    return out


def _collective_tail(prev: UnitRef, u: UnitRef, _between: str) -> bool:
    """A bare 单位 or 部门 after a collective (各有关部门、单位) is part of that collective, not a unit of its own."""
    return u.surface in _shapes()["collective_tails"] and bool(_COLLECTIVE_HEAD_RE.match(prev.surface))


def _collective_levels(prev: UnitRef, u: UnitRef, between: str) -> bool:
    """各市、县(市、区)政府: a 各 + level word alone and the level-led piece after its 、 are one collective."""
    sh = _shapes()
    return bool(sh["level_head_re"].match(prev.surface) and sh["level_tail_re"].match(u.surface)) and between.strip() == "、"


def _drop_list_ending(unit: str) -> str:
    """The unit without the list ending that closes it (省财政厅等有关部门 → 省财政厅)."""
    ending = next((e for e in _shapes()["list_endings"] if unit.endswith(e)), None)
    return unit[: -len(ending)].rstrip() if ending else unit


def _angle_inside(segment: str) -> set[int]:
    """Positions inside a closed angle-bracket pair of ``segment`` (a scope note such as <含定州、辛集市>)."""
    return {i for m in _ANGLE_RE.finditer(segment) for i in range(m.start() + 1, m.end() - 1)}


def _split_units(segment: str, seg_start: int, role: str) -> list[UnitRef]:
    """Split a run of units on 、，; keeping nested parentheses (scope notes) inside their unit."""
    units: list[UnitRef] = []
    for cur_start, i in split_top_level(segment, "、，,；;/", inside=_angle_inside(segment)):
        raw = segment[cur_start:i]
        stripped = raw.strip()
        mark = _LEAD_MARK_RE.search(stripped)
        if mark is not None:
            stripped = stripped[: mark.start()]
        off = seg_start + cur_start + (len(raw) - len(raw.lstrip()))
        unit_role = "lead" if mark else role
        # 等部门和单位 closes the list as a whole: dropped before 和 could split its last word off as a unit.
        for piece_off, piece in _split_joined(_drop_list_ending(stripped)):
            # A list ending (…等有关部门) closes the list; it is no part of the unit's name.
            piece = _drop_list_ending(piece)
            if not piece or _shapes()["time_re"].match(piece) or _shapes()["alias_note_re"].match(piece):
                continue  # a time (2025年底前, 长期推进) or a short name (以下简称…) written among the units is a note
            units.append(UnitRef(piece, Span(off + piece_off, off + piece_off + len(piece), piece), unit_role))
    units = _merge_into_previous(_merge_into_previous(units, segment, seg_start, _collective_levels), segment, seg_start, _collective_tail)
    return _split_together(units)


def _split_together(units: list[UnitRef]) -> list[UnitRef]:
    """``A、B会同C、D``: A and B lead, C and D keep their role; split where both sides of 会同 are units."""
    together = _shapes()["together_re"]
    for k, u in enumerate(units):
        m = together.search(u.surface)
        if m is None or u.role != "responsible":
            continue
        left, right = u.surface[: m.start()], u.surface[m.end():]
        if not (_looks_like_unit(left) and _looks_like_unit(right)):
            continue
        a = u.span.start
        leads = [UnitRef(x.surface, x.span, "lead") for x in units[:k]]
        left_ref = UnitRef(left, Span(a, a + len(left), left), "lead")
        right_ref = UnitRef(right, Span(a + m.end(), u.span.end, right), u.role)
        return leads + [left_ref, right_ref] + units[k + 1 :]
    return units


def _strip_role(clause: str, role: str) -> tuple[str, str]:
    """A clause without its closing role word (…牵头, …等部门按职责分工负责) and the role that word gives its units.

    牵头 makes the clause's units leads, 配合/参与 supports; 负责/落实 keep the role of the segment
    (a 配合单位： list stays support). The text returned is a prefix of the clause (offsets hold).
    """
    # Tested from the end with endswith, not a regex search: a search started at every position of a
    # long clause (or white-space run) would be quadratic.
    sh = _shapes()
    end = len(clause.rstrip().rstrip("。.").rstrip())
    word = next((w for w in sh["role_words"] if clause.endswith(w, 0, end)), None)
    if word is None or end == len(word):
        return clause, role
    end -= len(word)
    while (mod := next((m for m in sh["role_modifiers"] if clause.endswith(m, 0, end)), None)) is not None and end > len(mod):
        end -= len(mod)
    word_role = sh["role_of"][word]
    return clause[: len(clause[:end].rstrip())], role if word_role == "responsible" else word_role


def _role_clauses(seg: str, start: int, role: str) -> list[tuple[str, int, str]]:
    """Split a segment into its clauses (at top-level ，；), each with the role its closing word gives it."""
    out: list[tuple[str, int, str]] = []
    for cur, i in split_top_level(seg, "，,；;", inside=_angle_inside(seg)):
        text, r = _strip_role(seg[cur:i].rstrip(), role)
        agent = _AGENT_RE.match(text)
        if agent is not None and text != seg[cur:i].rstrip():  # only in a clause a role word closed
            # 技工院校内由人社部门负责: where the measure applies, then 由 and the unit that does it.
            after = text[agent.end():]
            if _looks_like_unit(after):
                cur, text = cur + agent.end(), after
        out.append((text, start + cur, r))
    return out


# 由 before the unit a clause closed by a role word makes responsible (由X牵头, 技工院校内由X负责): at the
# clause's start or after where the measure applies (…内, …中), never inside a word (自由贸易试验区).
_AGENT_RE = re.compile(r"(?:[^、，,；;（）()]{1,30}?(?:内|中|外|方面))?由")


def _blank_notes(inner: str) -> str:
    """``inner`` with its notes (完成时限：2025年底前) blanked out: spaces of the same length, so offsets hold."""
    return _shapes()["note_re"].sub(lambda m: " " * len(m.group()), inner)


def _drop_trailing_times(body: str) -> str:
    """The body without the times that close it (…负责，2025年底前): notes, not units, and no role word either."""
    time_re = _shapes()["time_re"]
    while True:
        cut = max(map(body.rfind, "，,；;"))
        tail = body[cut + 1 :].strip()
        if cut < 0 or not time_re.match(tail) or any(c in tail for c in _PARENS):
            return body
        body = body[:cut].rstrip()


_SEPARATORS = " \t\u3000；;，,。"


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


def parse_bracket(inner: str, inner_start: int, closes_item: bool = False) -> list[UnitRef] | None:
    """Parse the inside of a bracket into units with roles, or None when it is no responsibility bracket.

    ``closes_item``: the bracket stands after the last sentence of an item (…。（A、B）), where a
    list of units without a label or role word is still the item's responsible units, when every
    entry of it is shaped like a unit.
    """
    sh = _shapes()
    inner = _blank_notes(inner)
    # A note blanked out leaves its separator: strip both (a note may come first).
    body = inner.strip(_SEPARATORS)
    offset = inner_start + (len(inner) - len(inner.lstrip(_SEPARATORS)))
    # A note after the units (…。列第一位的为牵头单位，下同) is about the list, not part of it.
    note = _trailing_note(body)
    if note is not None:
        body = body[: note.start()].rstrip()
    body = _drop_trailing_times(body)
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
        # Unlabelled: a list of units closed by a role word (…负责, …牵头, A牵头，B配合); the clauses
        # give each unit its role below.
        bare = _strip_role(body, "responsible")[0] == body
        if bare and not closes_item:
            return None
        segments.append((body, offset, "responsible"))
    units: list[UnitRef] = []
    for seg, start, role in segments:
        for clause, c_start, c_role in _role_clauses(seg, start, role):
            units.extend(_split_units(clause.rstrip("；;。. "), c_start, c_role))
    units = [u for u in units if u.surface]
    if not units:
        return None
    shaped = sum(_looks_like_unit(u.surface) for u in units)
    if shaped == 0 or (not labelled and shaped < max(1, len(units) * 0.6)):
        return None
    if not labelled and bare and shaped < len(units):
        return None  # no label, no role word: only a list of nothing but units is one
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


_RUN_JOINS = ("、", "和", "及", "以及")


def _mark_runs(text: str, units: list[UnitRef]) -> None:
    """Mark each unit that follows the one before it in the same list run (A、B; not A，B)."""
    for prev, u in zip(units, units[1:]):
        u.joined = text[prev.span.end : u.span.start].strip() in _RUN_JOINS


def has_lead_note(text: str) -> bool:
    """True when the document says that the first listed unit leads."""
    return bool(_LEAD_NOTE_RE.search(text))


def find_tasks(text: str, headings: list[Heading], parts_of: Callable[[int], int], lead_note: bool) -> list[RawTask]:
    """Every responsibility bracket as a RawTask with the heading of the item it closes."""
    tasks: list[RawTask] = []
    enclosing = Enclosing(headings)  # brackets come in text order
    for b_start, b_end in iter_brackets(text):
        inner = text[b_start + 1 : b_end - 1]
        before = text[max(0, b_start - 8) : b_start].rstrip(" \t\u3000")
        units = parse_bracket(inner, b_start + 1, closes_item=before.endswith(("。", "；", ";")))
        if units is None:
            continue
        _distribute_prefix(units)
        _mark_runs(text, units)
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
