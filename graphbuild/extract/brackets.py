"""Brackets in running text: the bracket sets, the top-level bracket pairs, splitting at top level.

One scanner for every component that must not cut inside a bracket (responsibility brackets, their
lists of units, enumerations of mentions), instead of a depth counter in each.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterator

# Every bracket a responsibility note or a nested qualifier may be written in.
OPEN = "（(〔[【［"
CLOSE = "）)〕]】］"
# Round brackets only: the ones names and enumerations nest (科技局（知识产权局）).
ROUND_OPEN, ROUND_CLOSE = "（(", "）)"

_BRACKET_OR_NEWLINE = re.compile("[" + re.escape(OPEN + CLOSE) + "\n]")
# An item number such as （二） opens the next item: no bracket runs on across it (a crawl that cut a
# bracket off, …（省人力资源社（二）…, would otherwise take in the whole next item and its own bracket).
_ITEM_MARKER = re.compile(r"[（(][一二三四五六七八九十]{1,3}[）)]")


def iter_brackets(text: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of every top-level bracket pair, nesting of all bracket kinds respected."""
    depth = 0
    start = -1
    for m in _BRACKET_OR_NEWLINE.finditer(text):  # only these characters matter; skip the rest in C
        i, ch = m.start(), m.group()
        if ch in OPEN:
            if depth and _ITEM_MARKER.match(text, i):
                depth = 0  # the unclosed bracket ends where the next item starts
            if depth == 0:
                start = i
            depth += 1
        elif ch in CLOSE and depth:
            depth -= 1
            if depth == 0:
                yield start, i + 1
        elif ch == "\n" and depth:
            # An unclosed bracket never spans a paragraph.
            depth = 0


def split_top_level(
    s: str, separators: str, *, opens: str = OPEN, closes: str = CLOSE, inside: Container[int] = ()
) -> list[tuple[int, int]]:
    """(start, end) of the pieces of ``s`` between separators that stand outside every bracket.

    A closing bracket without its opening one is ignored (depth never goes below zero), and a
    position in ``inside`` (a scope note in angle brackets) is no separator either. The tail after the
    last separator is a piece only when no bracket is left open in it: text cut off inside a bracket
    (an address in a crawled footer, …（如需） is no item of the list.
    """
    pieces: list[tuple[int, int]] = []
    depth = 0
    start = 0
    for i, ch in enumerate(s):
        if ch in opens:
            depth += 1
        elif ch in closes:
            depth = max(0, depth - 1)
        elif depth == 0 and ch in separators and i not in inside:
            pieces.append((start, i))
            start = i + 1
    if depth == 0 and len(s) not in inside:
        pieces.append((start, len(s)))
    return pieces


def nesting(s: str, opens: str = ROUND_OPEN, closes: str = ROUND_CLOSE) -> int:
    """The deepest nesting of brackets in ``s``."""
    depth = deepest = 0
    for ch in s:
        if ch in opens:
            depth += 1
            deepest = max(deepest, depth)
        elif ch in closes and depth:
            depth -= 1
    return deepest
