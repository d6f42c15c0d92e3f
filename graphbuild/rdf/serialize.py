"""Deterministic serialisations of graphs and datasets."""

from __future__ import annotations

from rdflib import Graph, URIRef


def graph_to_nquads(graph: Graph, name: URIRef) -> str:
    """The triples of ``graph`` as sorted N-Quads lines in the named graph ``name``."""
    nt = graph.serialize(format="nt")
    suffix = f" <{name}> .\n"
    lines = sorted({line[:-2].rstrip() + suffix for line in nt.splitlines() if line.strip()})
    return "".join(lines)
