"""Counts per class and per document."""

from __future__ import annotations

from pathlib import Path

from .query import execute
from .store import StoreDir

_CLASS_COUNTS = """
PREFIX pkg: <https://w3id.org/policykg/ontology#>
SELECT ?class (COUNT(DISTINCT ?s) AS ?instances) WHERE {
  GRAPH ?g { ?s a ?c } FILTER(STRSTARTS(STR(?c), STR(pkg:)))
  FILTER(?g != <https://w3id.org/policykg/ontology>)
  BIND(STRAFTER(STR(?c), "#") AS ?class)
} GROUP BY ?class ORDER BY ?class
"""


def stats(store: str | Path = ".policykg") -> dict:
    """Plain-data statistics: instances per class, and per document its names, title and counts."""
    sd = StoreDir(store)
    gen = sd.require_current()
    st = sd.open_read()
    classes = {row[0]: row[1] for row in execute(st, _CLASS_COUNTS).rows}
    docs = []
    for h, d in sorted(gen.manifest()["documents"].items(), key=lambda kv: kv[1]["names"]):
        docs.append({"document": ", ".join(d["names"]), "hash": h[:16], "title": d["title"], "quads": d["quads"], **d["counts"]})
    return {"classes": classes, "documents": docs, "quads": len(st), "generation": gen.path.name}
