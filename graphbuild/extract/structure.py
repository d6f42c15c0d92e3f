"""Document structure: sentences, the plans/schemes of a notice, and numbered headings."""

from __future__ import annotations

import bisect
import re

from ..rules import RuleSet, derived
from .model import Heading, Part, Span
from .numerals import cjk_number

_SENT_END = re.compile(r"[。！？!?；;]+[”’」』)]?|\n+")
_WS = r"[\s\u3000]"
# Heading markers must open a line (or follow white space, as in texts flattened to one line).
_HEADING_RE = re.compile(
    rf"(?:^|(?<={_WS})|(?<=[。；;]))(?:"
    r"(?P<l1>[一二三四五六七八九十]{1,3})[、，,．.]"
    r"|[（(](?P<l2>[一二三四五六七八九十]{1,3})[）)]"
    r"|(?P<l3>\d{1,2})[.．、](?![\d.．])"
    r"|[（(](?P<l4>\d{1,2})[）)]"
    r"|第(?P<l0>[一二三四五六七八九十百]{1,4})[章部分]"
    r")",
    re.M,
)
# An item number followed by a number that is the title's own (12.365服务热线项目): a heading only where
# it continues its level's numbering (3.5%以上 at a line start is none), so checked like a glued marker.
_NUMBERED_NUMBER_RE = re.compile(rf"(?:^|(?<={_WS}))(?P<l3>\d{{1,2}})[.．](?=\d)", re.M)
# A marker glued to the text before it (…方案一、总体要求, …负责）二、加快…, …要求（一）指导思想), as crawled
# text flattened without separators has it: only 一、 （一） (1), checked against the numbering below.
_GLUED_RE = re.compile(
    r"(?<=[\u4e00-\u9fff）)”」》])(?<![一二三四五六七八九十第])(?:"
    r"(?P<l1>[一二三四五六七八九十]{1,3})[、．](?![一二三四五六七八九十])"
    r"|[（(](?P<l2>[一二三四五六七八九十]{1,3})[）)]"
    r"|[（(](?P<l4>\d{1,2})[）)]"
    r")"
)
_TITLE_END = re.compile(r"[。；;：:！？!?\n\r]|" + _WS)
_LEVELS = {"l0": 0, "l1": 1, "l2": 2, "l3": 3, "l4": 4}
_CJK_NUM = {c: i for i, c in enumerate("零一二三四五六七八九", start=0)}
MAX_HEADING = 60


class Sentences:
    """Sentence boundaries of a text, for finding the sentence around an offset."""

    def __init__(self, text: str) -> None:
        self.text = text
        starts = [0]
        for m in _SENT_END.finditer(text):
            if m.end() < len(text):
                starts.append(m.end())
        self.starts = starts
        self._spans: dict[tuple[int, int], Span] = {}

    def __len__(self) -> int:
        return len(self.starts)

    def around(self, start: int, end: int | None = None) -> Span:
        """The sentence(s) covering [start, end), trimmed of surrounding white space."""
        end = start if end is None else end
        i = bisect.bisect_right(self.starts, start) - 1
        j = bisect.bisect_right(self.starts, max(start, end - 1))
        span = self._spans.get((i, j))
        if span is None:
            # Every mention, bracket and target of a sentence asks for it: trim and slice it once.
            span = self._spans[i, j] = self._span(i, j)
        return span

    def _span(self, i: int, j: int) -> Span:
        a = self.starts[max(i, 0)]
        b = self.starts[j] if j < len(self.starts) else len(self.text)
        while a < b and self.text[a].isspace():
            a += 1
        while b > a and self.text[b - 1].isspace():
            b -= 1
        return Span(a, b, self.text[a:b])

    def spans(self) -> list[tuple[int, int]]:
        """All sentences as (start, end) pairs."""
        ends = self.starts[1:] + [len(self.text)]
        return list(zip(self.starts, ends))


def part_at(starts: list[int], pos: int) -> int:
    """The index of the part (plan or scheme) that an offset lies in, given the parts' starts in text order."""
    # Bisection, not a scan of every part for every offset.
    return max(0, bisect.bisect_right(starts, pos) - 1)


def find_parts(text: str, declared_titles: list[str]) -> list[Part]:
    """Split a notice into its own part (0) and the schemes it issues, found as lines equal to a declared title."""
    parts = [Part(title="", start=0, end=len(text))]
    if not declared_titles:
        return parts
    compact = {re.sub(r"\s+", "", t): t for t in declared_titles}
    found: list[tuple[int, int, str]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        key = re.sub(r"\s+", "", line)
        if key in compact and pos > 0:
            lstrip = len(line) - len(line.lstrip())
            found.append((pos + lstrip, pos + len(line.rstrip()), compact[key]))
        pos += len(line)
    seen: set[str] = set()
    for start, end, title in found:
        if title in seen:
            continue
        seen.add(title)
        parts[-1].end = start
        parts.append(Part(title=re.sub(r"\s+", "", title), start=start, end=len(text), span=Span(start, end, text[start:end])))
    return parts


@derived("patterns/structure.json")
def _structure_rules(rules: RuleSet) -> dict:
    """The glued-heading rules of structure.json, with the body-start words as one pattern."""
    p = rules.pattern("structure.json")
    words = sorted(p["body_starts"], key=len, reverse=True)
    return {
        "word_final_one": frozenset(p["word_final_one"]),
        "min_title": p["min_title"],
        "max_cut": p["max_cut"],
        "body_start": re.compile("|".join(map(re.escape, words))),
    }


def _number(number: str) -> int | None:
    return int(number) if number.isdigit() else cjk_number(number)


def _candidates(text: str) -> list[tuple[int, int, int, str, bool]]:
    """Every heading marker as (marker start, title start, level, number, glued), in text order."""
    found: dict[int, tuple[int, int, int, str, bool]] = {}
    for regex, glued in ((_HEADING_RE, False), (_GLUED_RE, True), (_NUMBERED_NUMBER_RE, True)):
        for m in regex.finditer(text):
            group = next(g for g in _LEVELS if m.groupdict().get(g))
            found.setdefault(m.start(), (m.start(), m.end(), _LEVELS[group], m.group(group), glued))
    return [found[k] for k in sorted(found)]


def _title_of(text: str, start: int, limit: int) -> tuple[str, bool]:
    """The heading title from ``start`` (up to its first mark, the next marker or the window) and whether it may run on.

    A title closed by white space or a line end is whole; one closed by a mark or by nothing may
    have the first sentence glued to it (texts flattened to one line).
    """
    stop = _TITLE_END.search(text, start, min(limit, start + MAX_HEADING + 1))
    end = stop.start() if stop else min(len(text), limit, start + MAX_HEADING)
    return text[start:end].strip(), stop is None or not stop.group().isspace()


def _cut_run_on(title: str) -> str:
    """A title that runs on into its first sentence without a mark (加快发展集成电路设计支持企业…，…), cut before the sentence."""
    r = _structure_rules()
    comma = min((i for i in (title.find("，"), title.find(",")) if i >= 0), default=-1)
    if comma < 0 and len(title) <= r["max_cut"]:
        return title
    m = r["body_start"].search(title, r["min_title"], min(comma if comma >= 0 else len(title), r["max_cut"] + 1))
    return title[: m.start()] if m else title


def compact_title(title: str) -> str:
    """A title without white space, as parts are titled."""
    return re.sub(r"\s+", "", title)


def drop_parts_titled(parts: list[Part], title: str) -> list[Part]:
    """The parts without the schemes titled ``title``: a notice with no title line of its own is named after the
    scheme it issues, and is then that plan, not a plan with itself as a part. The part before one dropped takes its text."""
    key = compact_title(title)
    out: list[Part] = []
    for p in parts:
        if out and key and p.title == key:
            out[-1].end = p.end
        else:
            out.append(Part(p.title, p.start, p.end, p.span))  # copies: the parts given stay as they are
    return out


_LEADING_SPACE_RE = re.compile(r"\s*")


def find_headings(text: str, parts: list[Part], sentences: Sentences) -> list[Heading]:
    """Every numbered heading, with its title (up to the first 。) and the part it belongs to.

    A marker that opens a line, follows white space or ends a sentence is a heading; one glued to the
    text before it only when it continues the numbering of its level (the next number, or 1 under a
    new heading of the level above), so that 统一、规范 or 第（二）项 are not headings.
    """
    rules = _structure_rules()
    part_starts = [p.start for p in parts]  # in text order: the part of a heading is found by bisection
    accepted: list[tuple[int, int, int, str, int]] = []  # (marker start, title start, level, number, part)
    last: dict[int, int] = {}
    part_seen = 0
    for mstart, tstart, level, number, glued in _candidates(text):
        part = part_at(part_starts, mstart)
        if part != part_seen:
            last, part_seen = {}, part
        value = _number(number)
        title, _ = _title_of(text, tstart, len(text))
        if not title or len(title) > MAX_HEADING or not re.match(r"[\u4e00-\u9fff“\"A-Za-z0-9《]", title):
            continue
        if glued:
            if value is None or value != last.get(level, 0) + 1:
                continue
            if level == 1 and value == 1 and text[mstart - 1] in rules["word_final_one"]:
                continue
        if value is not None:
            last[level] = value
            for deeper in [lv for lv in last if lv > level]:
                del last[deeper]  # a new 二、 starts its （一） again
        accepted.append((mstart, tstart, level, number, part))
    headings: list[Heading] = []
    for k, (mstart, tstart, level, number, part) in enumerate(accepted):
        limit = accepted[k + 1][0] if k + 1 < len(accepted) else len(text)
        title, run_on = _title_of(text, tstart, limit)
        if run_on:
            title = _cut_run_on(title)
        if not title:
            continue
        space = _LEADING_SPACE_RE.match(text, tstart)  # a match, not a slice of the rest of the text per heading
        start = space.end() if space else tstart
        headings.append(
            Heading(
                level=level,
                number=number,
                title=title,
                span=Span(start, start + len(title), title),
                sentence=sentences.around(mstart, start + len(title)),
                part=part,
            )
        )
    return headings


def section_path(stack: list[Heading]) -> str:
    """A readable path such as 三/（二）/1 for the headings enclosing a point."""
    out = []
    for h in stack:
        if h.level == 1:
            out.append(h.number)
        elif h.level == 2:
            out.append(f"（{h.number}）")
        elif h.level == 0:
            out.append(f"第{h.number}章")
        elif h.level == 4:
            out.append(f"({h.number})")
        else:
            out.append(h.number)
    return "/".join(out)


class Enclosing:
    """``enclosing`` for positions asked in increasing order, in time linear in the headings overall.

    One stack per part is kept up to date as the positions advance, instead of rebuilding the
    stack from the first heading for every position (brackets × headings).
    """

    def __init__(self, headings: list[Heading]) -> None:
        self.headings = headings
        self.next = 0
        self.last = -1
        self.stacks: dict[int, list[Heading]] = {}

    def __call__(self, pos: int, part: int) -> list[Heading]:
        """The stack of headings enclosing ``pos`` within ``part`` (``pos`` not below the previous one)."""
        if pos < self.last:
            raise ValueError("positions must not decrease")
        self.last = pos
        hs = self.headings
        while self.next < len(hs) and hs[self.next].span.start <= pos:
            h = hs[self.next]
            stack = self.stacks.setdefault(h.part, [])
            while stack and stack[-1].level >= h.level:
                stack.pop()
            stack.append(h)
            self.next += 1
        return list(self.stacks.get(part, ()))


def enclosing(headings: list[Heading], pos: int, part: int) -> list[Heading]:
    """The stack of headings enclosing ``pos`` within one part, outermost first."""
    stack: list[Heading] = []
    for h in headings:
        if h.span.start > pos:
            break
        if h.part != part:
            continue
        while stack and stack[-1].level >= h.level:
            stack.pop()
        stack.append(h)
    return stack
