"""The ontology as standard RDF tools read it (issue 15, point 6).

Over the bundled corpus store: every predicate the data uses is declared, literals carry the
datatype the ontology's range names, and an RDFS closure (owlrl) types no resource with an
anonymous class.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import rdflib.namespace
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from graphbuild.store import StoreDir, data_quads

# A plain Namespace: pytest probes module globals, which makes rdflib's DefinedNamespace XSD warn.
XSD = Namespace(str(rdflib.namespace.XSD))
ONTOLOGY_TTL = Path(__file__).parents[1] / "ontology" / "policykg.ttl"


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ONTOLOGY_TTL, format="turtle")


@pytest.fixture(scope="module")
def data(corpus_store: Path) -> Graph:
    """The union of the corpus store's graphs as one rdflib Graph (ontology excluded)."""
    quads = data_quads(StoreDir(corpus_store).open_read())
    nt = "".join(f"{q.subject} {q.predicate} {q.object} .\n" for q in quads)
    return Graph().parse(data=nt, format="nt")


def test_skos_broader_declared(onto: Graph, data: Graph) -> None:
    assert any(data.triples((None, SKOS.broader, None))), "the corpus uses skos:broader"
    assert (SKOS.broader, RDF.type, OWL.ObjectProperty) in onto


def test_every_predicate_of_the_data_is_declared(onto: Graph, data: Graph) -> None:
    kinds = (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
    builtin = {RDF.type, RDFS.label}
    undeclared = {p for p in set(data.predicates()) - builtin if not any((p, RDF.type, k) in onto for k in kinds)}
    assert not undeclared


def test_literals_have_the_declared_range(onto: Graph, data: Graph) -> None:
    """A literal of a property with an xsd range has that datatype IRI (what SHACL and validators compare)."""
    ranges = {p: r for p, r in onto.subject_objects(RDFS.range) if isinstance(r, URIRef) and str(r).startswith(str(XSD))}
    wrong = set()
    for p, r in ranges.items():
        for o in data.objects(None, p):
            assert isinstance(o, Literal), (p, o)
            dt = o.datatype or (XSD.string if o.language is None else RDF.langString)
            if dt != r:
                wrong.add((str(p), str(dt), str(r)))
    assert not wrong


def test_rdfs_closure_types_no_resource_with_an_anonymous_class(onto: Graph, data: Graph) -> None:
    owlrl = pytest.importorskip("owlrl")
    g = Graph()
    for t in onto:
        g.add(t)
    for t in data:
        g.add(t)
    owlrl.DeductiveClosure(owlrl.RDFS_Semantics).expand(g)
    anonymous = {(s, o) for s, o in g.subject_objects(RDF.type) if isinstance(o, BNode) and not isinstance(s, BNode)}
    assert not anonymous, sorted(anonymous)[:5]
