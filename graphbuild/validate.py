"""SHACL validation of the store against ontology/shapes.ttl (pySHACL)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import SH

from .rdf.safe_load import load_graph
from .resources import ontology_file
from .store import StoreDir


@dataclass
class ValidationReport:
    """Whether the data conforms, and one row per violation."""

    conforms: bool
    results: list[dict[str, str]] = field(default_factory=list)
    text: str = ""


def shapes_graph() -> Graph:
    """The bundled SHACL shapes."""
    return load_graph(ontology_file("shapes.ttl"), format="turtle")


def validate_graph(data: Graph) -> ValidationReport:
    """Validate an rdflib graph against the shapes (no inference: the data must state what shapes require)."""
    import pyshacl

    onto = load_graph(ontology_file("policykg.ttl"), format="turtle")
    conforms, report, text = pyshacl.validate(data, shacl_graph=shapes_graph(), ont_graph=onto, inference="none", advanced=True, allow_warnings=True)
    rows = []
    for r in sorted(report.subjects(SH.resultSeverity, None), key=str):
        rows.append(
            {
                "focus": str(report.value(r, SH.focusNode)),
                "path": str(report.value(r, SH.resultPath) or ""),
                "severity": str(report.value(r, SH.resultSeverity)).rsplit("#", 1)[-1],
                "message": str(report.value(r, SH.resultMessage) or ""),
            }
        )
    rows.sort(key=lambda d: (d["focus"], d["path"], d["message"]))
    return ValidationReport(bool(conforms), rows, str(text))


def validate(store: str | Path = ".policykg") -> ValidationReport:
    """Validate the union of the document graphs in the store."""
    from .store import data_quads

    st = StoreDir(store).open_read()
    nt = "".join(f"{q.subject} {q.predicate} {q.object} .\n" for q in data_quads(st))
    g = Graph()
    g.parse(data=nt, format="nt")
    return validate_graph(g)
