"""Export the store in standard RDF formats (named graphs kept where the format has them)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from ..errors import PolicykgError
from ..outfile import OutputError, check_output, output_file
from ..store import StoreDir, data_quads
from ..vocab import PREFIXES
from . import registry as graph_formats


class ExportError(PolicykgError):
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
    try:
        return graph_formats.get(name).name
    except graph_formats.UnknownFormat as exc:
        raise ExportError(str(exc)) from None


def formats() -> list[str]:
    """Every export format name."""
    return graph_formats.names()


_NOT_XML_10 = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _not_in_xml(quads: list) -> tuple[ox.Quad, str] | None:
    """The first quad holding a character that XML 1.0 cannot carry (not even as &#…;), if any."""
    for q in quads:
        for term in (q.subject, q.predicate, q.object):
            m = _NOT_XML_10.search(term.value) if isinstance(term, (ox.Literal, ox.NamedNode)) else None
            if m:
                return q, m.group()
    return None


def rdf_xml(triples: list) -> bytes:
    """RDF/XML of ``triples``, well-formed XML 1.0; an ExportError when a character cannot be written in XML 1.0.

    XML 1.0 has no way at all to write U+FFFE, U+FFFF or the C0 controls other than tab, LF and CR:
    such a graph is refused with the formats that can carry it. A CR is written as ``&#13;``:
    raw, an XML parser would read it as LF. (A CR only occurs in literals: IRIs never hold one.)
    """
    bad = _not_in_xml(triples)
    if bad is not None:
        q, ch = bad
        n = sum(1 for t in triples if any(_NOT_XML_10.search(x.value) for x in (t.subject, t.predicate, t.object) if isinstance(x, (ox.Literal, ox.NamedNode))))
        raise ExportError(
            f"RDF/XML cannot carry this graph: {n} triple(s) hold characters that XML 1.0 forbids even escaped "
            f"(U+{ord(ch):04X} in <{q.subject.value if isinstance(q.subject, ox.NamedNode) else q.subject}> <{q.predicate.value}>); "
            "export it as turtle, nt, nquads, trig or jsonld, which can"
        )
    data = ox.serialize(triples, format=ox.RdfFormat.RDF_XML, prefixes=PREFIXES) or b""
    return data.replace(b"\r", b"&#13;")


def export(out: str | Path, fmt: str, *, store: str | Path = ".policykg", with_ontology: bool = False) -> ExportResult:
    """Write the graph to ``out`` in ``fmt``: ``-`` is standard output; a regular file is written whole, then moved into place."""
    name = resolve_format(fmt)
    try:
        check_output(out)
    except OutputError as exc:
        raise ExportError(str(exc)) from exc
    st = StoreDir(store).open_read()
    quads = data_quads(st, with_ontology=with_ontology)
    graphs = len({q.graph_name for q in quads})
    try:
        with output_file(out) as tmp:
            rdf_format = graph_formats.get(name).rdf
            if rdf_format is None:  # a network format
                from .network import write_network

                write_network(quads, tmp, name)
            else:
                data: list[ox.Quad] | list[ox.Triple]
                if rdf_format.supports_datasets:
                    data = quads
                else:
                    # A triple format: the union of the document graphs, each triple once.
                    seen: set[ox.Triple] = set()
                    triples: list[ox.Triple] = []
                    for q in quads:
                        t = q.triple
                        if t not in seen:
                            seen.add(t)
                            triples.append(t)
                    data = triples
                if name == "xml":
                    tmp.write_bytes(rdf_xml(data))
                else:
                    ox.serialize(data, str(tmp), rdf_format, prefixes=PREFIXES if name in ("turtle", "trig") else None)
    except OutputError as exc:
        raise ExportError(str(exc)) from exc
    return ExportResult(str(out), name, len(quads), graphs)
