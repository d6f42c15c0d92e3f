"""Hard-wrapped lines: a line break inside a Chinese sentence is not its end.

A PDF's text layer breaks every paragraph at the page width, and crawlers and users store such text
as it came (物\\n联网 is one word). The PDF reader joins the lines of each page; text that arrives
already extracted is joined here, in normalisation, so that no stage after it sees a word cut in two.
One rule serves both: a line that fills the text's width and does not end a sentence, a heading or an
item runs on into the next, unless the next opens an item.
"""

from __future__ import annotations

import re

# A page number on a line of its own (2, - 3 -, 第4页, 5/12).
PAGE_NUMBER_RE = re.compile(r"^[-—–·\s]*(?:第\s*)?\d{1,4}\s*(?:页|/\s*\d{1,4})?(?:\s*共\s*\d+\s*页)?[-—–·\s]*$|^[-—–]\s*\d{1,4}\s*[-—–]$")
# A line that ends a sentence, a heading or a list item: the next line starts a new one.
_ENDS_RE = re.compile(r"[。！？；：:!?;）)〕】」』”\"]$")
_ITEM_RE = re.compile(r"^(?:[一二三四五六七八九十百]+、|（[一二三四五六七八九十]+）|\(?\d{1,3}[.．、)）]|第[一二三四五六七八九十百]+[章条节]|——)")
# How much of the width a line must fill to run on, and how many such lines make a text hard-wrapped.
_FULL = 0.85
_MIN_LINES = 8
_MIN_WIDTH = 20
_MIN_SHARE = 0.3
# A PDF with many short lines (headings, tables, a contents page) wraps fewer than _MIN_SHARE of its line
# pairs; its full lines still mostly run on. Many full lines of a width a page has: a member table of short
# lines (姓名　　职务) is not wrapped.
_MIN_FULL_LINES = 40
_FULL_SHARE = 0.75
_MIN_PAGE_WIDTH = 28


def display_width(line: str) -> float:
    """How wide a line is set: a Latin letter, digit or space takes half a Chinese character's width."""
    return sum(0.5 if ord(ch) < 128 else 1.0 for ch in line)


def line_width(lines: list[str]) -> float:
    """The width a text's lines are wrapped at: the 90th percentile of their display widths."""
    widths = sorted(display_width(line) for line in lines)
    return widths[int(len(widths) * 0.9) - 1 if len(widths) > 1 else 0] if widths else 0.0


def runs_on(prev: str, line: str, width: float) -> bool:
    """Whether ``line`` continues ``prev`` in a text wrapped at ``width``."""
    return not _ENDS_RE.search(prev) and not _ITEM_RE.match(line) and display_width(prev) >= _FULL * width


def _wrapped(body: list[str], width: float) -> bool:
    """Whether the lines of a text (blank lines and page numbers left out) are wrapped at ``width``."""
    pairs = list(zip(body, body[1:]))
    if sum(runs_on(a, b, width) for a, b in pairs) >= _MIN_SHARE * len(pairs):
        return True
    full = [(a, b) for a, b in pairs if display_width(a) >= _FULL * width]
    return (width >= _MIN_PAGE_WIDTH and len(full) >= _MIN_FULL_LINES
            and sum(runs_on(a, b, width) for a, b in full) >= _FULL_SHARE * len(full))


def wrap_breaks(text: str) -> list[tuple[int, int]]:
    """The [start, end) spans of ``text`` to drop to join its hard-wrapped lines: the line breaks inside
    paragraphs and the page numbers standing between two halves of one; [] when the text is not wrapped.
    """
    lines: list[tuple[int, str]] = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        lines.append((pos, raw))
        pos += len(raw)
    body = [raw.strip() for _p, raw in lines if raw.strip() and not PAGE_NUMBER_RE.match(raw.strip())]
    if len(body) < _MIN_LINES:
        return []
    width = line_width(body)
    if width < _MIN_WIDTH or not _wrapped(body, width):
        # Lines of a paragraph each (the usual crawl) or a few short lines: nothing is wrapped.
        return []
    out: list[tuple[int, int]] = []
    prev: tuple[int, str] | None = None  # the last line of text, and where its line break starts
    for p, raw in lines:
        stripped = raw.strip()
        if not stripped:
            prev = None  # a blank line ends a paragraph
            continue
        if PAGE_NUMBER_RE.match(stripped) and prev is not None:
            # Between two halves of a paragraph, a page number goes with the break that joins them.
            continue
        if prev is not None and runs_on(prev[1], stripped, width):
            out.append((prev[0], p + len(raw) - len(raw.lstrip())))
        prev = (p + len(raw.rstrip()), stripped)
    return out
