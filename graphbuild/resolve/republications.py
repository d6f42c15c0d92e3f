"""Re-publications: a Traditional copy of a Simplified document (a Hong Kong or Taiwan portal's, a crawler's conversion).

Both copies name the same plan, so without this their tasks and targets were added twice to one
plan node. A Traditional document of a build re-publishes a Simplified one of the same build when,
after normalisation (Traditional → Simplified, white space and punctuation removed), they begin
with the same title line (or the same ``标题：`` field), carry the same 文号 when both state one,
and share at least ``MIN_SIMILARITY`` of their character 4-grams (Jaccard); the most similar one
is kept whole, and the copy becomes ``prov:alternateOf`` it.

Only copies across scripts are taken: two texts in one script that differ are left as they were
(one may be an amended version under the same title; telling a re-crawl from an amendment needs
more than similarity). Candidates are found by title (blocking), so the 4-gram comparison runs
within blocks of a few documents, never over all pairs.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping

from ..normalise import to_simplified
from ..read import SourceFile

MIN_SIMILARITY = 0.9  # a Traditional copy: OpenCC's conversion back differs in a few characters
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
    """Content hash of each Traditional copy → that of the Simplified document it re-publishes (the one kept whole)."""
    simplified = {h: to_simplified(src.text) for h, src in sources.items()}
    traditional = {h for h, src in sources.items() if simplified[h] != src.text}
    blocks: dict[str, set[str]] = defaultdict(set)
    for h, text in simplified.items():
        for k in title_keys(text):
            blocks[k].add(h)
    candidates: dict[str, set[str]] = defaultdict(set)
    for members in blocks.values():
        for h in members & traditional:
            candidates[h] |= members - traditional
    grams: dict[str, set[str]] = {}
    numbers: dict[str, str | None] = {}

    def prepare(h: str) -> None:
        if h not in grams:
            grams[h] = _grams(_core(simplified[h]))
            numbers[h] = doc_number(simplified[h])

    out: dict[str, str] = {}
    for h in sorted(candidates):
        prepare(h)
        best: tuple[float, str] | None = None
        for c in sorted(candidates[h], key=lambda c: (sorted(names.get(c, [""]))[0], c)):
            prepare(c)
            if numbers[h] and numbers[c] and numbers[h] != numbers[c]:
                continue  # the same title under two 文号: a revision or a second year's plan, not a copy
            la, lc = len(grams[h]), len(grams[c])
            if min(la, lc) < MIN_SIMILARITY * max(la, lc):
                continue  # Jaccard cannot reach the threshold
            sim = similarity(grams[h], grams[c])
            if sim >= MIN_SIMILARITY and (best is None or sim > best[0]):
                best = (sim, c)
        if best is not None:
            out[h] = best[1]
    return out
