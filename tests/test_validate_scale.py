"""``policykg validate`` split by focus node (graphbuild/validate.py) against pySHACL on the whole store.

The reference is one pySHACL run over the union of the data graphs with the bundled shapes, the
SPARQL constraints included (graphbuild.validate.validate_graph, what ``validate`` did before).
The split path must report exactly the same rows (focus node, path, severity, message, constraint
component), in the same order, for any number of jobs: on the bundled corpus store and on a store
broken on purpose, with violations that need statements from several graphs to be seen (or to be
seen not to be violations).
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Graph, URIRef
from rdflib.namespace import SH

from graphbuild import __version__
from graphbuild.cli import main
from graphbuild.cli.output import render
from graphbuild.store import ONTOLOGY_GRAPH, StoreDir
from graphbuild.validate import check_shapes_are_local, shapes_graph, split_shapes, validate, validate_graph

PKG = "https://w3id.org/policykg/ontology#"
RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
ENTITIES = ox.NamedNode("https://w3id.org/policykg/entities")
XSD = "http://www.w3.org/2001/XMLSchema#"


def _data(store: Path) -> list[ox.Quad]:
    st = StoreDir(store).open_read()
    onto = ox.NamedNode(ONTOLOGY_GRAPH)
    return [q for q in st if q.graph_name != onto]


def reference(store: Path) -> list[dict[str, str]]:
    """One whole-store pySHACL run (the union of the data graphs as one rdflib graph)."""
    g = Graph()
    g.parse(data="".join(f"{q.subject} {q.predicate} {q.object} .\n" for q in _data(store)), format="nt")
    return validate_graph(g).results


def write_store(root: Path, quads: list[ox.Quad]) -> Path:
    """A published one-generation store holding ``quads`` and the ontology graph."""
    from graphbuild.resources import ontology_file

    sd = StoreDir(root)
    gen = sd.new_generation()
    st = ox.Store(str(gen.db))
    st.extend(quads)
    st.load(path=str(ontology_file("policykg.ttl")), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(ONTOLOGY_GRAPH))
    st.flush()
    del st
    sd.publish(gen, {"version": __version__, "documents": {}})
    return root


def _one(quads: list[ox.Quad], graph: ox.NamedNode | None, subject_type: str, predicate: str | None = None) -> ox.NamedNode:
    """The smallest IRI typed ``subject_type`` (in ``graph``, and stating ``predicate`` when given)."""
    typed = {q.subject for q in quads if q.predicate == RDF_TYPE and q.object == ox.NamedNode(PKG + subject_type) and (graph is None or q.graph_name == graph)}
    if predicate:
        typed &= {q.subject for q in quads if q.predicate == ox.NamedNode(PKG + predicate)}
    return min(typed, key=str)  # type: ignore[return-value]


@pytest.fixture(scope="module")
def broken_store(corpus_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three of the corpus documents and the entities graph, with violations across graphs, and non-violations that only look like them per graph."""
    quads = _data(corpus_store)
    sizes: dict[ox.NamedNode, int] = {}
    for q in quads:
        if q.graph_name != ENTITIES:
            sizes[q.graph_name] = sizes.get(q.graph_name, 0) + 1  # type: ignore[index]
    by_size = sorted(sizes, key=lambda g: (sizes[g], str(g)))
    with_tasks = {q.graph_name for q in quads if q.predicate == RDF_TYPE and q.object == ox.NamedNode(PKG + "Task")}
    a = next(g for g in by_size if g in with_tasks)  # the smallest document with tasks, and the two smallest others
    b, c = [g for g in by_size if g != a][:2]
    quads = [q for q in quads if q.graph_name in (a, b, c, ENTITIES)]
    n = ox.NamedNode
    # A plan that states no period of its own: the period added below is the only one it has.
    dated = {q.subject for q in quads if q.predicate in (n(PKG + "periodStart"), n(PKG + "periodEnd"))}
    plan = min({q.subject for q in quads if q.predicate == RDF_TYPE and q.object == n(PKG + "Plan") and q.graph_name == ENTITIES} - dated, key=str)
    agency = _one(quads, ENTITIES, "Agency")
    task = _one(quads, a, "Task", "responsibleAgency")
    evidence = sorted({q.subject for q in quads if q.graph_name == b and q.predicate == n("http://www.w3.org/ns/oa#start")}, key=str)
    if len(evidence) < 2:
        b, c = c, b
        evidence = sorted({q.subject for q in quads if q.graph_name == b and q.predicate == n("http://www.w3.org/ns/oa#start")}, key=str)
    region = _one(quads, None, "Region")
    label = next(q for q in quads if q.subject == agency and q.predicate == RDFS_LABEL)
    start = {q.subject: q for q in quads if q.predicate == n("http://www.w3.org/ns/oa#start")}
    end = {q.subject: q for q in quads if q.predicate == n("http://www.w3.org/ns/oa#end")}
    drop = {label, start[evidence[0]], end[evidence[1]]}
    quads = [q for q in quads if q not in drop]
    year = n(XSD + "gYear")
    chain_b = n("https://w3id.org/policykg/id/chain/only-typed-in-b")
    quads += [
        # The plan's period stated differently by two documents: maxCount 1 across graphs.
        ox.Quad(plan, n(PKG + "periodStart"), ox.Literal("2021", datatype=year), a),
        ox.Quad(plan, n(PKG + "periodStart"), ox.Literal("2022", datatype=year), b),
        # The same statement in two graphs is one statement: no maxCount violation for the end.
        ox.Quad(plan, n(PKG + "periodEnd"), ox.Literal("2025", datatype=year), a),
        ox.Quad(plan, n(PKG + "periodEnd"), ox.Literal("2025", datatype=year), b),
        # The agency lost its label in the entities graph (minCount); two labels from two graphs on the task (maxCount).
        ox.Quad(task, RDFS_LABEL, ox.Literal("第二个标签"), c),
        # sh:class met by a type stated only in another document's graph; not met for an untyped chain.
        ox.Quad(task, n(PKG + "concernsChain"), chain_b, a),
        ox.Quad(chain_b, RDF_TYPE, n(PKG + "IndustryChain"), b),
        ox.Quad(chain_b, RDFS_LABEL, ox.Literal("只在乙文件中"), b),
        ox.Quad(task, n(PKG + "concernsChain"), n("https://w3id.org/policykg/id/chain/untyped"), a),
        # sh:node UnitShape: a region is not a unit; sh:datatype; SPARQL: lead not responsible.
        ox.Quad(task, n(PKG + "responsibleAgency"), region, a),
        ox.Quad(task, n(PKG + "leadAgency"), n("https://w3id.org/policykg/id/agency/not-responsible"), a),
        # The same untyped unit from subjects of other graphs: an evidence context (sh:class) and a plan issuer
        # (sh:node; pySHACL reports the inner sh:or failure with the unit as focus, once per parent).
        ox.Quad(_one(quads, b, "Evidence"), n(PKG + "context"), n("https://w3id.org/policykg/id/agency/not-responsible"), b),
        ox.Quad(plan, n(PKG + "issuedBy"), n("https://w3id.org/policykg/id/agency/not-responsible"), c),
        ox.Quad(task, n(PKG + "ordinal"), ox.Literal("七"), a),
        # SPARQL: start not before end, quotation length, end beyond the document.
        ox.Quad(evidence[0], n("http://www.w3.org/ns/oa#start"), ox.Literal("9", datatype=n(XSD + "integer")), b),
        ox.Quad(evidence[1], n("http://www.w3.org/ns/oa#end"), ox.Literal("99999999", datatype=n(XSD + "integer")), b),
    ]
    return write_store(tmp_path_factory.mktemp("broken"), quads)


@pytest.fixture(scope="module")
def broken_reference(broken_store: Path) -> list[dict[str, str]]:
    return reference(broken_store)


def test_corpus_store_same_report_as_whole_store_pyshacl(corpus_store: Path) -> None:
    ref = reference(corpus_store)
    assert validate(corpus_store, jobs=1).results == ref
    assert validate(corpus_store, jobs=2).results == ref


def test_broken_store_same_violations_as_whole_store_pyshacl(broken_store: Path, broken_reference: list[dict[str, str]]) -> None:
    kinds = {(r["path"].rsplit("#", 1)[-1], r["constraint"]) for r in broken_reference}
    # The store is broken in every way it was meant to be (else the comparison proves less than it claims).
    assert {("periodStart", "MaxCountConstraintComponent"), ("label", "MinCountConstraintComponent"), ("label", "MaxCountConstraintComponent"),
            ("concernsChain", "ClassConstraintComponent"), ("responsibleAgency", "NodeConstraintComponent"), ("ordinal", "DatatypeConstraintComponent"),
            ("", "SPARQLConstraintComponent")} <= kinds
    assert ("periodEnd", "MaxCountConstraintComponent") not in kinds
    assert not any(r["focus"].endswith("only-typed-in-b") for r in broken_reference)
    assert sum(r["constraint"] == "SPARQLConstraintComponent" for r in broken_reference) >= 4
    inner = [r for r in broken_reference if r["focus"].endswith("/not-responsible")]
    assert [r["constraint"] for r in inner] == ["OrConstraintComponent"] * 2  # from the task's lead and the plan's issuer
    for jobs in (1, 2, 3):
        assert validate(broken_store, jobs=jobs).results == broken_reference, jobs


def test_cli_on_the_broken_store_prints_the_reference_rows(broken_store: Path, broken_reference: list[dict[str, str]]) -> None:
    res = CliRunner().invoke(main, ["validate", "--store", str(broken_store), "--jobs", "2", "--format", "csv"])
    cols = ["focus", "path", "severity", "message"]
    assert res.exit_code == 1
    assert res.stdout == render(cols, [[r[c] for c in cols] for r in broken_reference], "csv")
    assert res.stderr == f"Error: the graph does not conform to the SHACL shapes: {len(broken_reference)} result(s)\n"


def test_the_bundled_shapes_are_ones_the_split_keeps_exact() -> None:
    shapes = shapes_graph()
    check_shapes_are_local(shapes)
    core, sparql = split_shapes(shapes)
    assert len(sparql) == 4 and not list(core.objects(None, SH.sparql)) and not list(core.objects(None, SH.select))


@pytest.mark.parametrize(("predicate", "value"), [(SH.targetSubjectsOf, URIRef(PKG + "evidence")), (SH.qualifiedValueShape, URIRef("https://w3id.org/policykg/shapes#UnitShape")), (SH.targetNode, URIRef(PKG + "x"))])
def test_shapes_the_split_could_get_wrong_are_refused(predicate: URIRef, value: URIRef) -> None:
    shapes = shapes_graph()
    shapes.add((URIRef("https://w3id.org/policykg/shapes#TaskShape"), predicate, value))
    with pytest.raises(ValueError, match="not known to be exact"):
        check_shapes_are_local(shapes)


def test_a_shape_applied_to_values_may_not_read_their_statements() -> None:
    shapes = shapes_graph()
    unit = URIRef("https://w3id.org/policykg/shapes#UnitShape")
    check_shapes_are_local(shapes)
    shapes.add((unit, SH.property, URIRef("https://w3id.org/policykg/shapes#labelExactlyOne")))
    with pytest.raises(ValueError, match="reads their statements"):
        check_shapes_are_local(shapes)
