"""Regular expressions for word lists (gazetteers, authority names, pattern lexicons)."""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, longest first at each position, shaped as a character trie.

    Python's ``re`` tries the branches of ``a|b|c…`` one after the other at every position; with
    hundreds of names that dominates the scan. A trie shares the prefixes, so each position costs a
    few character comparisons, and greedy optional groups keep "longest word wins".
    """
    trie: dict = {}
    for w in set(words):
        if not w:
            continue
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True
    if not trie:
        return "(?!)"
    return _pattern(trie)


def _pattern(node: dict) -> str:
    branches = [re.escape(ch) + _pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a word may end here: the continuation is optional, tried first (greedy)
        return body + "?" if len(branches) == 1 and len(body) == 1 else f"(?:{body})?"
    return body
