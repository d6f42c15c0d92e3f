"""The ontology as standard RDF tools read it (issue 15, point 6).

Over the bundled corpus store: every predicate the data uses is declared, literals carry the
datatype the ontology's range names, and an RDFS closure (owlrl) types no resource with an
anonymous class; HermiT accepts the data once its dates are converted as docs/ontology.md shows.
"""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib.namespace
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from graphbuild.store import StoreDir, data_quads
from graphbuild.vocab import ONTOLOGY_IRI, PREFIXES

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


WA_QUERY = """
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX pkg: <https://w3id.org/policykg/ontology#>
SELECT ?ev ?source ?start ?end ?exact ?doc WHERE {
  ?ev a pkg:Evidence .
  OPTIONAL {
    ?ev a oa:SpecificResource ; oa:hasSource ?source ; oa:hasSelector ?pos , ?quote .
    ?pos a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
    ?quote a oa:TextQuoteSelector ; oa:exact ?exact .
  }
  OPTIONAL { ?ev pkg:sourceDocument ?doc }
}"""


def test_evidence_is_a_web_annotation_specific_resource(data: Graph) -> None:
    """What a Web Annotation tool reads, without inference: source document, position and quote selectors."""
    rows = list(data.query(WA_QUERY))
    assert len(rows) > 100
    for ev, source, start, end, exact, doc in rows:
        assert source is not None and source == doc, ev
        assert int(start) < int(end) and len(str(exact)) == int(end) - int(start), ev


def _hermit(store: ox.Store) -> None:
    """Run HermiT (through owlready2) over every triple of ``store``; raises on a rejected or inconsistent input."""
    owlready2 = pytest.importorskip("owlready2")
    xml = ox.serialize([ox.Triple(q.subject, q.predicate, q.object) for q in store], format=ox.RdfFormat.RDF_XML)
    world = owlready2.World()
    onto = world.get_ontology(ONTOLOGY_IRI).load(fileobj=io.BytesIO(xml), format="rdfxml")
    with onto:
        owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)


@pytest.mark.skipif(shutil.which("java") is None, reason="HermiT needs a Java runtime")
def test_hermit_reasons_over_the_data_after_the_documented_date_conversion(corpus_store: Path) -> None:
    """docs/ontology.md's SPARQL update gives HermiT data it accepts (xsd:gYear and xsd:date are not OWL 2)."""
    doc = (Path(__file__).parents[1] / "docs" / "ontology.md").read_text(encoding="utf-8")
    m = re.search(r"```sparql\n(\s*PREFIX xsd:.*?DELETE.*?)\s*```", doc, re.S)
    assert m, "docs/ontology.md shows the SPARQL update that makes the dates HermiT-friendly"
    mem = ox.Store()
    mem.extend(data_quads(StoreDir(corpus_store).open_read()))
    mem.extend(ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(ONTOLOGY_IRI)) for t in ox.parse(path=str(ONTOLOGY_TTL), format=ox.RdfFormat.TURTLE))
    with pytest.raises(Exception, match="UnsupportedDatatypeException"):
        _hermit(mem)
    mem.update(m.group(1))
    ask = "ASK { GRAPH ?g { ?s ?p ?o FILTER (datatype(?o) IN (xsd:gYear, xsd:date)) } }"
    assert not mem.query(ask, prefixes={"xsd": str(XSD)})
    _hermit(mem)  # consistent: no exception


NAME_PROPERTIES = (RDFS.label, SKOS.prefLabel, SKOS.altLabel, DCTERMS.title)


def test_chinese_names_carry_language_tags(data: Graph) -> None:
    """Labels, preferred labels and titles are Simplified (zh-hans); a surface form as written in a Traditional file is zh-hant."""
    from graphbuild.normalise import to_simplified

    tags: dict[str | None, int] = {}
    for prop in NAME_PROPERTIES:
        for s, o in data.subject_objects(prop):
            assert isinstance(o, Literal) and o.language is not None, (s, prop, o)
            tags[o.language] = tags.get(o.language, 0) + 1
            if prop != SKOS.altLabel and o.language != "en":
                assert o.language == "zh-hans", (s, prop, o)
            if o.language == "zh-hant":
                # Traditional as written: it differs from its Simplified form, which is the node's label.
                assert to_simplified(str(o)) != str(o), (s, o)
            if o.language == "en":
                assert prop == RDFS.label and str(o).startswith("task "), (s, o)
    assert tags.get("zh-hans", 0) > 100 and tags.get("zh-hant", 0) > 5, tags


def test_a_label_parameter_binds_the_tagged_label(corpus_store: Path) -> None:
    """`--param plan=…` is bound to the label literal with its tag: a plain string matches nothing."""
    from graphbuild.query.params import label_term

    st = StoreDir(corpus_store).open_read()
    title = next(iter(st.query("SELECT ?l WHERE { ?p a pkg:Plan ; prov:wasDerivedFrom ?d ; rdfs:label ?l } ORDER BY ?l LIMIT 1",
                               prefixes=PREFIXES, use_default_graph_as_union=True)))["l"]
    term = label_term(st, "plan", "plan", title.value)
    assert term == f'"{title.value}"@zh-hans'
    ask = "ASK { ?p a pkg:Plan ; rdfs:label " + term + " }"
    assert st.query(ask, prefixes=PREFIXES, use_default_graph_as_union=True)
