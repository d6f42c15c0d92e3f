"""Export the store in standard RDF formats (named graphs kept where the format has them)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .store import ONTOLOGY_GRAPH, StoreDir

PREFIXES = {
    "pkg": "https://w3id.org/policykg/ontology#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
    "oa": "http://www.w3.org/ns/oa#",
}

# name → (pyoxigraph format, keeps named graphs)
RDF_FORMATS: dict[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "jsonld": ox.RdfFormat.JSON_LD,
    "xml": ox.RdfFormat.RDF_XML,
}
_ALIASES = {"ttl": "turtle", "ntriples": "nt", "n-triples": "nt", "nq": "nquads", "n-quads": "nquads", "json-ld": "jsonld", "rdfxml": "xml", "rdf": "xml", "owl": "xml"}


class ExportError(Exception):
    """An unknown format or an unwritable output path."""


@dataclass(frozen=True)
class ExportResult:
    """What was written."""

    path: str
    format: str
    quads: int
    graphs: int


def resolve_format(name: str) -> str:
    """A format name, alias or MIME type (text/turtle, application/n-quads …) → our format name."""
    key = name.strip().lower()
    if "/" in key:
        fmt = ox.RdfFormat.from_media_type(key)
        for ours, f in RDF_FORMATS.items():
            if fmt is not None and f == fmt:
                return ours
        if key in ("application/graphml+xml",):
            return "graphml"
        if key in ("application/gexf+xml",):
            return "gexf"
        raise ExportError(f"unknown MIME type {name!r}; use one of: {', '.join(formats())}")
    key = _ALIASES.get(key, key)
    if key not in formats():
        raise ExportError(f"unknown format {name!r}; use one of: {', '.join(formats())}")
    return key


def formats() -> list[str]:
    """Every export format name."""
    return [*RDF_FORMATS, "graphml", "gexf"]


def data_quads(store: ox.Store, *, with_ontology: bool = False) -> list[ox.Quad]:
    """All quads of the document graphs (and the ontology graph if asked), sorted for stable output."""
    onto = ox.NamedNode(ONTOLOGY_GRAPH)
    quads = [q for q in store if with_ontology or q.graph_name != onto]
    quads.sort(key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object)))
    return quads


def export(out: str | Path, fmt: str, *, store: str | Path = ".policykg", with_ontology: bool = False) -> ExportResult:
    """Write the graph to ``out`` in ``fmt`` (written to a temporary file, then moved into place)."""
    name = resolve_format(fmt)
    st = StoreDir(store).open_read()
    quads = data_quads(st, with_ontology=with_ontology)
    out = Path(out)
    if out.parent and not out.parent.exists():
        raise ExportError(f"the folder {out.parent} does not exist; create it or choose another -o path")
    tmp = out.with_name(f".{out.name}.tmp-{os.getpid()}")
    graphs = len({q.graph_name for q in quads})
    try:
        if name in ("graphml", "gexf"):
            from .analyse import write_network

            write_network(quads, tmp, name)
        else:
            rdf_format = RDF_FORMATS[name]
            if rdf_format.supports_datasets:
                data = quads
            else:
                # A triple format: the union of the document graphs, each triple once.
                seen = set()
                data = []
                for q in quads:
                    t = q.triple
                    if t not in seen:
                        seen.add(t)
                        data.append(t)
            ox.serialize(data, str(tmp), rdf_format, prefixes=PREFIXES if name in ("turtle", "trig", "xml") else None)
        os.replace(tmp, out)
    finally:
        if tmp.exists():
            tmp.unlink()
    return ExportResult(str(out), name, len(quads), graphs)
