"""Re-publications: the same document published twice (a Simplified and a Traditional copy, two portals' crawls).

Both copies name the same plan, so without this their tasks and targets were added twice to one
plan node. Two documents of one build are copies when, after normalisation (Traditional →
Simplified, white space and punctuation removed), they begin with the same title line (or the
same ``标题：`` field), carry the same 文号 when both state one, and share at least
``MIN_SIMILARITY`` of their character 4-grams (Jaccard; ``MIN_SIMILARITY_SAME_SCRIPT`` when both
are in the same script, so that an amended text with the same title is not taken for a copy). The copy kept whole is the Simplified
one, then the one with the first identifier; every other becomes ``prov:alternateOf`` it.

Candidates are found by title only (blocking), so the 4-gram comparison runs within blocks of a
few documents, never over all pairs. Only documents read in the same build are compared.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping

from ..normalise import to_simplified
from ..read import SourceFile

MIN_SIMILARITY = 0.9  # a Traditional copy: OpenCC's conversion back differs in a few characters
MIN_SIMILARITY_SAME_SCRIPT = 0.98  # two copies in one script differ in layout, not in words (an amended text stays separate)
MIN_TITLE_CHARS = 6  # a shorter first line (各有关单位, 索引号) is no title to block on
HEAD_CHARS = 3000  # where a title, its 标题 field and a 文号 are looked for
_NON_WORD_RE = re.compile(r"[\W_]+")
_TITLE_FIELD_RE = re.compile(r"标\s*题\s*[:：]\s*(\S[^\n]*)")
_DOC_NUMBER_RE = re.compile(r"[\u4e00-\u9fff]{1,12}\s*[〔\[［(（]\s*(\d{4})\s*[〕\]］)）]\s*(\d{1,4})\s*号")


def _core(text: str) -> str:
    return _NON_WORD_RE.sub("", text)


def title_keys(text: str) -> set[str]:
    """The blocking keys of a (Simplified) text: its first line and its 标题 field, normalised."""
    keys: set[str] = set()
    first = next((line for line in text.splitlines() if line.strip()), "")
    if len(_core(first)) >= MIN_TITLE_CHARS:
        keys.add(_core(first))
    m = _TITLE_FIELD_RE.search(text[:HEAD_CHARS])
    if m and len(_core(m.group(1))) >= MIN_TITLE_CHARS:
        keys.add(_core(m.group(1)))
    return keys


def doc_number(text: str) -> str | None:
    """The first 文号 in a (Simplified) text's head, normalised (``国办发〔2018〕117号`` → ``国办发2018-117``), or None."""
    m = _DOC_NUMBER_RE.search(text[:HEAD_CHARS])
    if not m:
        return None
    issuer = _core(m.group(0)[: m.start(1) - m.start(0)])  # the brackets are not word characters: removed
    return f"{issuer}{m.group(1)}-{int(m.group(2))}"


def _grams(core: str) -> set[str]:
    return {core[i:i + 4] for i in range(max(1, len(core) - 3))}


def similarity(a: set[str], b: set[str]) -> float:
    """Jaccard similarity of two 4-gram sets."""
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def find_alternates(sources: Mapping[str, SourceFile], names: Mapping[str, list[str]]) -> dict[str, str]:
    """Content hash of each re-publication → that of the copy kept whole (which maps to nothing)."""
    simplified = {h: to_simplified(src.text) for h, src in sources.items()}
    traditional = {h: simplified[h] != src.text for h, src in sources.items()}
    blocks: dict[str, set[str]] = defaultdict(set)
    for h, text in simplified.items():
        for k in title_keys(text):
            blocks[k].add(h)
    parent: dict[str, str] = {}

    def find(h: str) -> str:
        while parent.get(h, h) != h:
            h = parent[h]
        return h

    grams: dict[str, set[str]] = {}
    numbers: dict[str, str | None] = {}
    for members in (sorted(b) for b in blocks.values() if len(b) > 1):
        for h in members:
            if h not in grams:
                grams[h] = _grams(_core(simplified[h]))
                numbers[h] = doc_number(simplified[h])
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if find(a) == find(b):
                    continue
                if numbers[a] and numbers[b] and numbers[a] != numbers[b]:
                    continue  # the same title under two 文号: a revision or a second year's plan, not a copy
                threshold = MIN_SIMILARITY_SAME_SCRIPT if traditional[a] == traditional[b] else MIN_SIMILARITY
                la, lb = len(grams[a]), len(grams[b])
                if min(la, lb) < threshold * max(la, lb):
                    continue  # Jaccard cannot reach the threshold
                if similarity(grams[a], grams[b]) >= threshold:
                    parent[find(b)] = find(a)
    groups: dict[str, list[str]] = defaultdict(list)
    for h in grams:
        groups[find(h)].append(h)
    out: dict[str, str] = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        # The copy kept whole: Simplified first (its labels are the graph's own), then the first identifier.
        keep = min(members, key=lambda h: (traditional[h], sorted(names.get(h, [""]))[0], h))
        for h in members:
            if h != keep:
                out[h] = keep
    return out
