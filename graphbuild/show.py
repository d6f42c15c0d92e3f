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
    """A document's identifiers, content hash, kept text and (when asked) the cited passages as merged character ranges."""

    names: list[str]
    content_hash: str
    text: str
    spans: list[tuple[int, int]]
    passages: int


def merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping or touching ranges joined, sorted (a sentence cited for a task holds the name cited for its agency)."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def marked(text: str, spans: list[tuple[int, int]], open_mark: str = OPEN_MARK, close_mark: str = CLOSE_MARK) -> str:
    """``text`` with each of ``spans`` (merged, in range) between the marks."""
    parts: list[str] = []
    pos = 0
    for s, e in spans:
        parts += [text[pos:s], open_mark, text[s:e], close_mark]
        pos = e
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
    from .vocab import PKG, document_iri

    doc = str(document_iri(content_hash))
    sparql = (
        f"SELECT DISTINCT ?s ?e WHERE {{ GRAPH <{doc}> {{ ?ev a <{PKG}Evidence> ; <{PKG}sourceDocument> <{doc}> ; "
        "<http://www.w3.org/ns/oa#start> ?s ; <http://www.w3.org/ns/oa#end> ?e } }"
    )
    st = sd.open_read()
    out = set()
    for row in st.query(sparql):  # type: ignore[union-attr]
        s, e = int(row["s"].value), int(row["e"].value)  # type: ignore[index]
        if 0 <= s < e <= length:
            out.add((s, e))
    return sorted(out)


__all__ = ["CLOSE_MARK", "OPEN_MARK", "DocumentRefError", "ShownDocument", "marked", "merge_spans", "show_document"]
