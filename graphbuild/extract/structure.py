"""Document structure: sentences, the plans/schemes of a notice, and numbered headings."""

from __future__ import annotations

import bisect
import re

from .model import Heading, Part, Span

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


def find_headings(text: str, parts: list[Part], sentences: Sentences) -> list[Heading]:
    """Every numbered heading, with its title (up to the first 。) and the part it belongs to."""
    headings: list[Heading] = []
    part_starts = [p.start for p in parts]  # in text order: the part of a heading is found by bisection
    for m in _HEADING_RE.finditer(text):
        group = next(g for g in _LEVELS if m.group(g))
        start = m.end()
        stop = _TITLE_END.search(text, start, start + MAX_HEADING + 1)
        end = stop.start() if stop else min(len(text), start + MAX_HEADING)
        title = text[start:end].strip()
        if not title or len(title) > MAX_HEADING or not re.match(r"[\u4e00-\u9fff“\"A-Za-z0-9《]", title):
            continue
        part = part_at(part_starts, m.start())
        headings.append(
            Heading(
                level=_LEVELS[group],
                number=m.group(group),
                title=title,
                span=Span(start, start + len(title), title),
                sentence=sentences.around(m.start(), start + len(title)),
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
