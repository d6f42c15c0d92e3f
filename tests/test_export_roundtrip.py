"""Exports read back by other libraries give the graph of the store.

Every RDF export format is parsed again by rdflib and by pyoxigraph and compared with the
store's quads (rdflib.compare.isomorphic, graph by graph where the format keeps named graphs);
formats are also named by MIME type; the ontology, alone and with the data, loads in an OWL
parser (owlready2, the library Protégé users script with).
"""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import owlready2
import pyoxigraph as ox
import pytest
import rdflib
from click.testing import CliRunner
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, RDF

from graphbuild.export import ExportError, export, formats, resolve_format
from graphbuild.store import ONTOLOGY_GRAPH, StoreDir
from graphbuild.vocab import ENTITIES_GRAPH

# rdflib's own parsers use its deprecated ConjunctiveGraph API internally.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib")

ONTOLOGY_TTL = Path(__file__).parents[1] / "ontology" / "policykg.ttl"
PKG = "https://w3id.org/policykg/ontology#"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
# our name → (rdflib parser, pyoxigraph format, keeps named graphs)
PARSERS = {
    "turtle": ("turtle", ox.RdfFormat.TURTLE, False),
    "nt": ("nt", ox.RdfFormat.N_TRIPLES, False),
    "xml": ("xml", ox.RdfFormat.RDF_XML, False),
    "nquads": ("nquads", ox.RdfFormat.N_QUADS, True),
    "trig": ("trig", ox.RdfFormat.TRIG, True),
    "jsonld": ("json-ld", ox.RdfFormat.JSON_LD, True),
}
MIME = {
    "text/turtle": "turtle",
    "text/turtle; charset=utf-8": "turtle",
    "application/n-triples": "nt",
    "application/n-quads": "nquads",
    "application/trig": "trig",
    "application/ld+json": "jsonld",
    "application/rdf+xml": "xml",
    "application/graphml+xml": "graphml",
    "application/gexf+xml": "gexf",
}


def _term(t: object) -> object:
    """A pyoxigraph term as rdflib's (simple literals without xsd:string, as rdflib's parsers give them)."""
    if isinstance(t, ox.NamedNode):
        return URIRef(t.value)
    if isinstance(t, ox.BlankNode):
        return BNode(t.value)
    if isinstance(t, ox.Literal):
        if t.language:
            return Literal(t.value, lang=t.language)
        dt = t.datatype.value
        return Literal(t.value, datatype=None if dt == XSD_STRING else URIRef(dt))
    raise TypeError(f"unexpected term {t!r}")


def _plain(t: object) -> object:
    return Literal(str(t), lang=t.language) if isinstance(t, Literal) and t.datatype == URIRef(XSD_STRING) else t


def _graphs_of(quads: object) -> dict[str, Graph]:
    """pyoxigraph quads as rdflib graphs keyed by graph name ("" for the default graph)."""
    out: dict[str, Graph] = {}
    for q in quads:  # type: ignore[attr-defined]
        name = q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else ""
        out.setdefault(name, Graph()).add((_term(q.subject), _term(q.predicate), _term(q.object)))
    return out


def _expected(store: Path, with_ontology: bool) -> dict[str, Graph]:
    st = StoreDir(store).open_read()
    return _graphs_of(q for q in st if with_ontology or q.graph_name != ox.NamedNode(ONTOLOGY_GRAPH))


def _union(graphs: dict[str, Graph]) -> Graph:
    g = Graph()
    for part in graphs.values():
        for t in part:
            g.add(t)
    return g


def _parsed_by_rdflib(path: Path, parser: str, datasets: bool) -> dict[str, Graph]:
    if not datasets:
        g = Graph().parse(path, format=parser)
        out = Graph()
        for s, p, o in g:
            out.add((s, p, _plain(o)))
        return {"": out}
    ds = Dataset().parse(path, format=parser)
    graphs: dict[str, Graph] = {}
    for s, p, o, c in ds.quads((None, None, None, None)):
        name = str(getattr(c, "identifier", c))
        graphs.setdefault(name, Graph()).add((s, p, _plain(o)))
    return graphs


def _assert_same(got: dict[str, Graph], expected: dict[str, Graph], datasets: bool) -> None:
    if not datasets:
        expected = {"": _union(expected)}
    assert sorted(got) == sorted(expected)
    for name, g in expected.items():
        assert len(got[name]) == len(g), name
        assert isomorphic(got[name], g), f"graph {name or '(default)'} differs"


@pytest.fixture(scope="module")
def exports(corpus_store: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, bool], Path]:
    """Every RDF format, with and without the ontology graph, written once."""
    out = tmp_path_factory.mktemp("exports")
    paths = {}
    for name in PARSERS:
        for with_ontology in (False, True):
            path = out / f"policykg{'-onto' if with_ontology else ''}.{name}"
            res = export(path, name, store=corpus_store, with_ontology=with_ontology)
            assert res.format == name and Path(res.path).stat().st_size > 0
            paths[name, with_ontology] = path
    return paths


@pytest.mark.parametrize("with_ontology", [False, True], ids=["data", "data+ontology"])
@pytest.mark.parametrize("name", list(PARSERS))
def test_rdflib_reads_the_same_graph(exports: dict, corpus_store: Path, name: str, with_ontology: bool) -> None:
    parser, _ox_format, datasets = PARSERS[name]
    got = _parsed_by_rdflib(exports[name, with_ontology], parser, datasets)
    expected = _expected(corpus_store, with_ontology)
    assert len(expected) == 6 + with_ontology  # five documents, the shared entity descriptions (+ the ontology)
    _assert_same(got, expected, datasets)


@pytest.mark.parametrize("with_ontology", [False, True], ids=["data", "data+ontology"])
@pytest.mark.parametrize("name", list(PARSERS))
def test_pyoxigraph_reads_the_same_graph(exports: dict, corpus_store: Path, name: str, with_ontology: bool) -> None:
    _parser, ox_format, datasets = PARSERS[name]
    got = _graphs_of(ox.parse(path=str(exports[name, with_ontology]), format=ox_format))
    _assert_same(got, _expected(corpus_store, with_ontology), datasets)


def test_dataset_formats_keep_named_graphs_and_triple_formats_merge_them(exports: dict, corpus_store: Path) -> None:
    trig = _graphs_of(ox.parse(path=str(exports["trig", False]), format=ox.RdfFormat.TRIG))
    assert all(name.startswith("https://w3id.org/policykg/id/doc/") or name == ENTITIES_GRAPH for name in trig) and ENTITIES_GRAPH in trig
    nt = _graphs_of(ox.parse(path=str(exports["nt", False]), format=ox.RdfFormat.N_TRIPLES))
    # The triple formats hold the RDF merge of the named graphs.
    assert set(nt[""]) == set().union(*(set(g) for g in trig.values()))


@pytest.mark.parametrize("mime, name", list(MIME.items()))
def test_mime_types_name_formats(mime: str, name: str) -> None:
    assert resolve_format(mime) == name


def test_aliases_and_unknown_formats() -> None:
    assert resolve_format("TTL") == "turtle" and resolve_format("json-ld") == "jsonld" and resolve_format("owl") == "xml"
    with pytest.raises(ExportError, match="turtle"):
        resolve_format("application/x-unknown")
    with pytest.raises(ExportError, match="graphml"):
        resolve_format("yaml")
    assert set(PARSERS) | {"graphml", "gexf"} == set(formats())


def test_cli_export_by_mime_type(corpus_store: Path, tmp_path: Path) -> None:
    from graphbuild.cli import main

    out = tmp_path / "g.nq"
    res = CliRunner().invoke(main, ["export", "--store", str(corpus_store), "--format", "application/n-quads", "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert "nquads" in res.output
    _assert_same(_graphs_of(ox.parse(path=str(out), format=ox.RdfFormat.N_QUADS)), _expected(corpus_store, False), True)


@pytest.mark.parametrize("name, reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_network_exports_read_back(corpus_store: Path, tmp_path: Path, name: str, reader) -> None:  # noqa: ANN001
    out = tmp_path / f"g.{name}"
    export(out, f"application/{name}+xml", store=corpus_store)
    g = reader(out)
    assert g.number_of_nodes() > 20 and g.number_of_edges() > 20


# --- OWL ------------------------------------------------------------------------------------


def _owl_world(rdfxml: bytes) -> owlready2.World:
    world = owlready2.World()
    world.get_ontology("https://w3id.org/policykg/ontology").load(fileobj=io.BytesIO(rdfxml), format="rdfxml")
    return world


def _declared(g: Graph, kind: URIRef) -> set[str]:
    return {str(s) for s in g.subjects(RDF.type, kind) if isinstance(s, URIRef)}


@pytest.mark.parametrize("writer", ["pyoxigraph", "rdflib"])
def test_ontology_loads_in_owlready2(writer: str) -> None:
    ttl = Graph().parse(ONTOLOGY_TTL, format="turtle")
    assert (URIRef("https://w3id.org/policykg/ontology"), RDF.type, OWL.Ontology) in ttl
    if writer == "pyoxigraph":
        xml = ox.serialize(ox.parse(path=str(ONTOLOGY_TTL), format=ox.RdfFormat.TURTLE), format=ox.RdfFormat.RDF_XML)
    else:
        xml = ttl.serialize(format="xml", encoding="utf-8")
    world = _owl_world(xml)
    assert {c.iri for c in world.classes()} == _declared(ttl, OWL.Class)
    assert {p.iri for p in world.object_properties()} == _declared(ttl, OWL.ObjectProperty)
    assert {p.iri for p in world.data_properties()} == _declared(ttl, OWL.DatatypeProperty)
    assert f"{PKG}Task" in {c.iri for c in world.classes()}


def test_data_with_ontology_loads_in_owlready2(exports: dict, corpus_store: Path) -> None:
    world = _owl_world(exports["xml", True].read_bytes())
    st = StoreDir(corpus_store).open_read()
    for cls in ("Task", "Agency", "Plan", "Target"):
        n = sum(1 for _ in st.quads_for_pattern(None, ox.NamedNode(str(RDF.type)), ox.NamedNode(PKG + cls)))
        subjects = {q.subject for q in st.quads_for_pattern(None, ox.NamedNode(str(RDF.type)), ox.NamedNode(PKG + cls))}
        assert n >= len(subjects) > 0
        assert len(world.search(type=world[PKG + cls])) == len(subjects), cls


def test_turtle_export_with_ontology_declares_it(exports: dict) -> None:
    g = rdflib.Graph().parse(exports["turtle", True], format="turtle")
    onto = URIRef("https://w3id.org/policykg/ontology")
    assert list(g.subjects(RDF.type, OWL.Ontology)) == [onto]
    # Every class the data uses is declared, so that Protégé shows the individuals under it.
    used = {o for o in g.objects(None, RDF.type) if isinstance(o, URIRef) and str(o).startswith(PKG)}
    assert used and used <= set(g.subjects(RDF.type, OWL.Class))


# --- GraphML / GEXF: typed attributes -------------------------------------------------------

GRAPHML_NS = "{http://graphml.graphdrawing.org/xmlns}"
GEXF_NS = "{http://www.gexf.net/1.2draft}"
XSD = "http://www.w3.org/2001/XMLSchema#"
# property → (GraphML attr.type, GEXF type, Python type networkx reads back)
TYPED = {
    "targetValue": ("double", "double", float),
    "targetYear": ("int", "long", int),
    "ordinal": ("int", "long", int),
    "charCount": ("int", "long", int),
    "periodStart": ("int", "long", int),
    "periodEnd": ("int", "long", int),
    "resolved": ("boolean", "boolean", bool),
}


@pytest.fixture(scope="module")
def networks(corpus_store: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("networks")
    return {name: Path(export(out / f"g.{name}", name, store=corpus_store).path) for name in ("graphml", "gexf")}


def _declared_types(path: Path, fmt: str) -> dict[tuple[str, str], str]:
    """(for, name) → declared type, from the file's own key/attribute declarations."""
    root = ET.parse(path).getroot()
    if fmt == "graphml":
        keys = root.findall(f"{GRAPHML_NS}key")
        out = {(k.get("for"), k.get("attr.name")): k.get("attr.type") for k in keys}
        assert len(out) == len(keys) == len({k.get("id") for k in keys})  # one declaration per name and id
        return out
    out = {}
    for block in root.iter(f"{GEXF_NS}attributes"):
        for a in block.findall(f"{GEXF_NS}attribute"):
            assert (block.get("class"), a.get("title")) not in out
            out[block.get("class"), a.get("title")] = a.get("type")
    return out


def _store_values(store: Path, prop: str) -> dict[str, str]:
    st = StoreDir(store).open_read()
    return {q.subject.value: q.object.value for q in st.quads_for_pattern(None, ox.NamedNode(PKG + prop), None)}


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_network_numbers_and_booleans_are_declared_typed(networks: dict, fmt: str) -> None:
    declared = _declared_types(networks[fmt], fmt)
    col = 0 if fmt == "graphml" else 1
    for prop, types in TYPED.items():
        assert declared["node", f"prop_{prop}"] == types[col], prop
    assert declared["node", "evidence_count"] == ("int" if fmt == "graphml" else "long")
    assert declared["node", "prop_unit"] == "string" and declared["node", "iri"] == "string"
    if fmt == "graphml":  # GEXF: the node's own label and the edge's own weight attributes
        assert declared["node", "label"] == "string" and declared["edge", "weight"] == "double"
    assert not any(name == "networkx_key" for _for, name in declared)


@pytest.mark.parametrize("fmt, reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_network_values_read_back_with_their_types_and_missing_ones_left_out(networks: dict, corpus_store: Path, fmt: str, reader) -> None:  # noqa: ANN001
    g = reader(networks[fmt])
    for prop, (_gml, _gexf, py) in TYPED.items():
        stored = _store_values(corpus_store, prop)
        assert stored, prop
        got = {n: d[f"prop_{prop}"] for n, d in g.nodes(data=True) if f"prop_{prop}" in d}
        assert set(got) == set(stored), prop  # exactly the nodes that have the value
        for n, v in got.items():
            assert type(v) is py, (prop, n, v)
            s = stored[n]
            expected = {"true": True, "false": False}[s] if py is bool else py(s)
            assert v == expected, (prop, n)
    agency = next(d for _n, d in g.nodes(data=True) if d.get("cls") == "Agency")
    assert "prop_targetYear" not in agency and "prop_charCount" not in agency
    # No "" standing in for a missing value, and no networkx_key on the edges.
    assert not any(v == "" for _n, d in g.nodes(data=True) for v in d.values())
    assert not any("networkx_key" in d or v == "" for *_e, d in g.edges(data=True) for v in d.values())
    text = networks[fmt].read_text(encoding="utf-8")
    assert 'value=""' not in text and "networkx_key" not in text
    assert not re.search(r'<data key="[^"]*"\s*/>|<data key="[^"]*"></data>', text)
    # Booleans in XML Schema's lexical form (Gephi, Cytoscape and yEd parse true/false).
    assert not re.search(r'>(True|False)</data>|value="(True|False)"', text)
    assert re.search(r'>true</data>|value="true"', text)


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_network_edge_ids_are_unique(networks: dict, fmt: str) -> None:
    root = ET.parse(networks[fmt]).getroot()
    ns = GRAPHML_NS if fmt == "graphml" else GEXF_NS
    ids = [e.get("id") for e in root.iter(f"{ns}edge")]
    assert len(ids) > 20 and None not in ids and len(set(ids)) == len(ids)


@pytest.mark.parametrize("fmt, reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_network_property_with_several_values_somewhere_is_text_everywhere(tmp_path: Path, fmt: str, reader) -> None:  # noqa: ANN001
    from graphbuild.export.network import write_network

    ex, t1, t2 = "https://example.org/", ox.NamedNode("https://example.org/t1"), ox.NamedNode("https://example.org/t2")
    g, year = ox.NamedNode(ex + "doc"), ox.NamedNode(PKG + "targetYear")
    gyear = ox.NamedNode(XSD + "gYear")
    quads = [
        ox.Quad(t, ox.NamedNode(str(RDF.type)), ox.NamedNode(PKG + "Target"), g) for t in (t1, t2)
    ] + [
        ox.Quad(t1, year, ox.Literal("2025", datatype=gyear), g),
        ox.Quad(t2, year, ox.Literal("2025", datatype=gyear), g),
        ox.Quad(t2, year, ox.Literal("2030", datatype=gyear), g),
        ox.Quad(t1, ox.NamedNode(PKG + "targetValue"), ox.Literal("12", datatype=ox.NamedNode(XSD + "decimal")), g),
    ]
    out = tmp_path / f"g.{fmt}"
    write_network(quads, out, fmt)
    declared = _declared_types(out, fmt)
    assert declared["node", "prop_targetYear"] == "string" and declared["node", "prop_targetValue"] == "double"
    back = reader(out)
    assert back.nodes[t1.value]["prop_targetYear"] == "2025" and back.nodes[t2.value]["prop_targetYear"] == "2025 | 2030"
    assert back.nodes[t1.value]["prop_targetValue"] == 12.0 and "prop_targetValue" not in back.nodes[t2.value]


# --- The union default graph, counted as a user would ----------------------------------------

DOC_GRAPHS = "https://w3id.org/policykg/id/doc/"
LABEL_PREFIXES = f"PREFIX pkg: <{PKG}>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
# How many agency names are there? One label per agency: the answer a user expects is the number of agencies.
AGENCY_LABELS = LABEL_PREFIXES + "SELECT (COUNT(?label) AS ?labels) WHERE { ?agency a pkg:Agency ; rdfs:label ?label }"


def _shared_agency(store: Path) -> tuple[str, int]:
    """The agency that the most document graphs name (as the object of a statement), and how many do."""
    st = StoreDir(store).open_read()
    agencies = {q.subject for q in st.quads_for_pattern(None, ox.NamedNode(str(RDF.type)), ox.NamedNode(PKG + "Agency"))}
    docs: dict[str, set[str]] = {}
    for q in st:
        if q.object in agencies and isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value.startswith(DOC_GRAPHS):
            docs.setdefault(q.object.value, set()).add(q.graph_name.value)
    agency = max(sorted(docs), key=lambda a: len(docs[a]))
    return agency, len(docs[agency])


def _merged(exports: dict) -> ox.Store:
    """The RDF merge of the store's graphs: the N-Triples export (data and ontology) as one graph."""
    st = ox.Store()
    st.load(path=str(exports["nt", True]), format=ox.RdfFormat.N_TRIPLES)
    return st


def _count(res: object) -> int:
    return int(next(iter(res))[0].value)  # type: ignore[call-overload]


def test_an_agency_is_named_in_several_documents(corpus_store: Path, exports: dict) -> None:
    agency, documents = _shared_agency(corpus_store)
    assert documents >= 2
    label = str(rdflib.RDFS.label)
    assert _count(_merged(exports).query(f"SELECT (COUNT(*) AS ?n) WHERE {{ <{agency}> <{label}> ?l }}")) == 1


@pytest.mark.parametrize("query", ["all_agencies", "one_agency"])
def test_count_over_labels_is_that_of_the_merged_graph(corpus_store: Path, exports: dict, query: str) -> None:
    from graphbuild.query import run_query

    sparql = AGENCY_LABELS if query == "all_agencies" else (
        LABEL_PREFIXES + f"SELECT (COUNT(?label) AS ?labels) WHERE {{ <{_shared_agency(corpus_store)[0]}> rdfs:label ?label }}")
    expected = _count(_merged(exports).query(sparql))
    got = run_query(sparql, store=corpus_store)
    assert int(got.rows[0][0]) == expected
