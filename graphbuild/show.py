"""``policykg show``: the text the store keeps for a document, with the passages the graph cites marked.

Every evidence node's ``oa:start``/``oa:end`` point into the text a document was read as (for a
web page, PDF or Word file, the reader's text, not the file's bytes). The build keeps that text in
the store (``texts/<sha256>.txt``), so an analyst can check any fact against what the tool read.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .docref import DocumentRefError, resolve_document
from .store import StoreDir, StoreError

# Marks around a cited passage when the output is no terminal (a terminal gets colours instead).
OPEN_MARK, CLOSE_MARK = "【", "】"


@dataclass(frozen=True)
class ShownDocument:
    """A document's identifiers, content hash, kept text and (when asked) the cited passages as nested character ranges."""

    names: list[str]
    content_hash: str
    text: str
    spans: list[tuple[int, int]]
    passages: int


def merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ranges, deduplicated and sorted, with those that cross (neither holds the other) joined: what is left nests.

    A passage inside another (a task's heading inside the sentence cited for the task, or a
    sentence inside a one-line document cited whole) keeps its own marks within the outer ones.
    """
    out = sorted(set(spans), key=lambda r: (r[0], -r[1]))
    changed = True
    while changed:
        changed = False
        for i, (s1, e1) in enumerate(out):
            for s2, e2 in out[i + 1:]:
                if s2 >= e1:
                    break  # sorted by start: no later range reaches back into this one
                if e2 > e1:  # s1 <= s2 < e1 < e2: they cross
                    out = sorted({*(r for r in out if r not in ((s1, e1), (s2, e2))), (s1, e2)}, key=lambda r: (r[0], -r[1]))
                    changed = True
                    break
            if changed:
                break
    return out


def innermost(spans: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The ranges of nested ``spans`` that hold no other range."""
    return {r for r in spans if not any(o != r and r[0] <= o[0] and o[1] <= r[1] for o in spans)}


def marked(text: str, spans: list[tuple[int, int]], open_mark: str = OPEN_MARK, close_mark: str = CLOSE_MARK) -> str:
    """``text`` with each of the nested ``spans`` between the marks (an inner passage's marks inside the outer's)."""
    events: list[tuple[int, int, int, str]] = []
    for s, e in spans:
        events.append((s, 1, -(e - s), open_mark))  # at one position: closes first, then the longer range opens first
        events.append((e, 0, s, close_mark))  # … and of two closes, the inner (later-starting) one first
    events.sort(key=lambda ev: (ev[0], ev[1], -ev[2] if ev[1] == 0 else ev[2]))
    parts: list[str] = []
    pos = 0
    for at, _kind, _order, mark in events:
        parts += [text[pos:at], mark]
        pos = at
    parts.append(text[pos:])
    return "".join(parts)


def show_document(store: str | Path, ref: str, *, evidence: bool = False) -> ShownDocument:
    """The kept text of the document ``ref`` names (path, hash or unambiguous file name); DocumentRefError or StoreError otherwise."""
    sd = StoreDir(store)
    gen = sd.require_current()
    docs = gen.manifest()["documents"]
    h = resolve_document(docs, ref)
    entry = docs[h]
    key = entry.get("text")
    names = sorted(entry.get("names", []))
    shown = ", ".join(names)
    if not isinstance(key, str):
        raise StoreError(f"{sd.root}/ keeps no text for {shown}: it was built before texts were kept; rebuild it: "
                         f"policykg build PATHS --store {sd.root} --replace")
    path = sd.texts / f"{key}.txt"
    try:
        text = path.read_bytes().decode("utf-8", "surrogatepass")
    except OSError as exc:
        raise StoreError(f"the text of {shown} ({path}) cannot be read ({exc.strerror}); rebuild the store: "
                         f"policykg build PATHS --store {sd.root} --replace") from exc
    spans: list[tuple[int, int]] = []
    passages = 0
    if evidence:
        raw = _evidence_spans(sd, h, len(text))
        passages = len(raw)
        spans = merge_spans(raw)
    return ShownDocument(names, h, text, spans, passages)


def _evidence_spans(sd: StoreDir, content_hash: str, length: int) -> list[tuple[int, int]]:
    """The distinct (start, end) of the evidence nodes of one document, within its text."""
    from .vocab import OA, PKG, document_iri

    doc = str(document_iri(content_hash))
    sparql = (
        f"SELECT DISTINCT ?s ?e WHERE {{ GRAPH <{doc}> {{ ?ev a <{PKG}Evidence> ; <{PKG}sourceDocument> <{doc}> ; <{OA}hasSelector> ?sel . "
        f"?sel <{OA}start> ?s ; <{OA}end> ?e }} }}"
    )
    st = sd.open_read()
    out = set()
    for row in st.query(sparql):  # type: ignore[union-attr]
        s, e = int(row["s"].value), int(row["e"].value)  # type: ignore[index]
        if 0 <= s < e <= length:
            out.add((s, e))
    return sorted(out)


__all__ = ["CLOSE_MARK", "OPEN_MARK", "DocumentRefError", "ShownDocument", "innermost", "marked", "merge_spans", "show_document"]
