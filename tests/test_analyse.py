"""graphbuild.analyse on the bundled corpus: the entity graph agrees with SPARQL over the same store,
the projections, measures and communities are right and reproducible, and GraphML/GEXF load back."""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest

from graphbuild import analyse as A
from graphbuild.export import network as N
from graphbuild.query import load_query, run_query

PREFIXES = "PREFIX pkg: <https://w3id.org/policykg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "


@pytest.fixture(scope="module")
def G(corpus_store: Path) -> nx.MultiDiGraph:
    return A.load_graph(corpus_store)


@pytest.fixture(scope="module")
def store(corpus_store: Path) -> ox.Store:
    from graphbuild.store import StoreDir

    return StoreDir(corpus_store).open_read()


def sparql(store: ox.Store, q: str) -> list[dict[str, str]]:
    res = store.query(PREFIXES + q, use_default_graph_as_union=True)
    return [{v.value: (s[v].value if s[v] is not None else None) for v in res.variables} for s in res]


def keiw(G: nx.MultiDiGraph) -> str:
    """The node of 重庆市经济和信息化委员会 (市经济信息委)."""
    (n,) = A.find_nodes(G, "重庆市经济和信息化委员会")
    return n


# --- the entity graph ------------------------------------------------------------------------


def test_nodes_are_the_typed_entities_one_class_each(G: nx.MultiDiGraph, store: ox.Store) -> None:
    rows = sparql(store, "SELECT ?s ?c WHERE { ?s a ?c FILTER(STRSTARTS(STR(?c), STR(pkg:))) }")
    classes: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        classes[r["s"]].add(r["c"].split("#")[1])
    expected = {s: next(c for c in A.CLASSES if c in cs) for s, cs in classes.items() if "Evidence" not in cs and cs & set(A.CLASSES)}
    assert {n: d["cls"] for n, d in G.nodes(data=True)} == expected
    assert Counter(d["cls"] for _n, d in G.nodes(data=True))["Agency"] > 10


def test_edges_are_the_links_between_entities(G: nx.MultiDiGraph, store: ox.Store) -> None:
    rows = sparql(store, "SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o . FILTER(isIRI(?o) && ?p != rdf:type && ?p != pkg:evidence && ?p != pkg:supports) }"
                  .replace("rdf:type", "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"))
    expected = {(r["s"], r["o"], A.local_name(r["p"])) for r in rows if r["s"] in G and r["o"] in G}
    assert set(G.edges(keys=True)) == expected
    assert all(d["rel"] == k for _u, _v, k, d in G.edges(keys=True, data=True))


def test_labels_aliases_documents_regions_and_evidence(G: nx.MultiDiGraph) -> None:
    d = G.nodes[keiw(G)]
    assert d["cls"] == "Agency"
    assert "市經濟信息委" in d["aliases"] and "市经济信息委" in d["aliases"]
    assert "004_41ef264a0a45cb47.txt" in d["documents"]
    assert d["regions"] == ["重庆市"]
    docs = [n for n, x in G.nodes(data=True) if x["cls"] == "Document"]
    assert sorted(G.nodes[n]["label"] for n in docs) == sorted(p.name for p in Path("graphbuild/corpus").glob("*.txt"))
    tasks = [x for _n, x in G.nodes(data=True) if x["cls"] == "Task"]
    assert tasks and all(x["evidence"] for x in tasks)
    for x in tasks:
        for e in x["evidence"]:
            assert e["file"].endswith(".txt") and 0 <= e["start"] < e["end"] and len(e["text"]) == e["end"] - e["start"]
    targets = [x for _n, x in G.nodes(data=True) if x["cls"] == "Target"]
    assert targets and all(x["label"] and x["props"].get("metric") for x in targets)


def test_find_nodes_accepts_traditional_aliases_and_book_title_marks(G: nx.MultiDiGraph) -> None:
    n = keiw(G)
    assert A.find_nodes(G, "市經濟信息委") == [n]
    assert A.find_nodes(G, " 市经济信息委 ") == [n]
    plan = next(x for _p, x in G.nodes(data=True) if x["cls"] == "Plan")
    assert A.find_nodes(G, f"《{plan['label']}》", ("Plan",)) == A.find_nodes(G, plan["label"], ("Plan",))
    dated = next(x["label"] for _p, x in sorted(G.nodes(data=True)) if x["cls"] == "Plan" and "(" in x["label"])
    assert A.find_nodes(G, dated.replace("(", "（").replace(")", "）"), ("Plan",)) == A.find_nodes(G, dated, ("Plan",)) != []
    assert A.find_nodes(G, "不存在的机构") == []
    assert A.close_matches(G, "经济信息委")[:1] == ["重庆市经济和信息化委员会"]
    assert "重庆市经济和信息化委员会" in A.close_matches(G, "重庆市经济信息委员会")


# --- projections -------------------------------------------------------------------------------


def test_coresponsibility_equals_the_shared_responsibility_query(G: nx.MultiDiGraph, corpus_store: Path) -> None:
    H = A.coresponsibility(G)
    mine = {tuple(sorted((H.nodes[u]["label"], H.nodes[v]["label"]))): d["weight"] for u, v, d in H.edges(data=True)}
    rows = run_query(load_query("shared-responsibility"), store=corpus_store).rows
    assert mine == {(a, b): n for a, b, n, *_ in rows}
    assert all(len(d["tasks"]) == d["weight"] for _u, _v, d in H.edges(data=True))
    assert {H.nodes[n]["cls"] for n in H} == {"Agency"}


def test_chain_projection_regions_match_sparql(G: nx.MultiDiGraph, store: ox.Store) -> None:
    H = A.projection(G, "chains")
    rows = sparql(store, "SELECT ?c (COUNT(DISTINCT ?r) AS ?n) WHERE { ?c a pkg:IndustryChain . "
                         "OPTIONAL { ?p a pkg:Plan ; pkg:concernsChain ?c ; pkg:jurisdiction ?r } } GROUP BY ?c")
    assert {r["c"]: int(r["n"]) for r in rows} == {n: len(H.nodes[n]["jurisdictions"]) for n in H}
    plans = sparql(store, "SELECT ?c (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a pkg:Plan ; pkg:concernsChain ?c . ?c a pkg:IndustryChain } GROUP BY ?c")
    for r in plans:
        assert len(H.nodes[r["c"]]["plans"]) <= int(r["n"])  # plans sharing one label count once
    u, v, w = max(((u, v, d["weight"]) for u, v, d in H.edges(data=True)), key=lambda t: t[2])
    shared = sparql(store, f"SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE {{ ?p a pkg:Plan ; pkg:concernsChain <{u}>, <{v}> }}")
    assert int(shared[0]["n"]) == w


def test_plan_projection_links_plans_that_share_units(G: nx.MultiDiGraph) -> None:
    H = A.projection(G, "plans")
    assert {H.nodes[n]["cls"] for n in H} == {"Plan"}
    units: dict[str, set[str]] = defaultdict(set)
    for p, x, rel in G.edges(keys=True):
        if rel == "issuedBy":
            units[p].add(x)
        if rel == "hasTask":
            units[p].update(a for _t, a, r in G.out_edges(x, keys=True) if r in ("responsibleAgency", "leadAgency"))
    for u, v, d in H.edges(data=True):
        assert d["weight"] == len(units[u] & units[v]) > 0
    with pytest.raises(A.AnalysisError, match="unknown projection 'x'"):
        A.projection(G, "x")


# --- measures and communities ------------------------------------------------------------------


def test_degree_is_the_number_of_shared_tasks(G: nx.MultiDiGraph) -> None:
    H = A.coresponsibility(G)
    deg = A.centrality(H, "degree")
    assert deg == {n: float(sum(d["weight"] for d in H[n].values())) for n in H}
    assert max(deg, key=deg.get) == keiw(G)


def test_betweenness_is_exact_when_small_and_seeded_samples_when_large(G: nx.MultiDiGraph, monkeypatch: pytest.MonkeyPatch) -> None:
    H = A.coresponsibility(G)
    exact = A.centrality(H, "betweenness")
    assert max(exact, key=exact.get) == keiw(G)
    monkeypatch.setattr(A.measures, "BETWEENNESS_EXACT_LIMIT", 10)
    monkeypatch.setattr(A.measures, "BETWEENNESS_SAMPLE", 8)
    sampled = A.centrality(H, "betweenness")
    assert sampled == A.centrality(H, "betweenness")  # reproducible
    assert sampled != exact
    assert A.centrality(H, "betweenness", k=10_000) == exact  # k ≥ n means exact


def test_pagerank_matches_the_reference_power_iteration(G: nx.MultiDiGraph) -> None:
    from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

    H = A.coresponsibility(G)
    mine = A.centrality(H, "pagerank")
    ref = _pagerank_python(H, weight="weight", tol=1e-12, max_iter=500)
    assert sum(mine.values()) == pytest.approx(1.0)
    assert all(mine[n] == pytest.approx(ref[n], abs=1e-7) for n in H)
    with pytest.raises(A.AnalysisError, match="unknown measure 'size'"):
        A.centrality(H, "size")


def test_communities_partition_the_agencies_and_never_join_unlinked_cities(G: nx.MultiDiGraph) -> None:
    H = A.coresponsibility(G)
    groups = A.communities(H)
    assert sorted(n for g in groups for n in g) == sorted(H)
    assert [len(g) for g in groups] == sorted((len(g) for g in groups), reverse=True)
    assert groups == A.communities(H)
    for g in groups:
        cities = {r for n in g for r in H.nodes[n]["jurisdictions"]}
        assert not {"重庆市", "深圳市"} <= cities
    assert keiw(G) in groups[0]


# --- rows for the CLI ----------------------------------------------------------------------


def test_rank_orders_by_the_measure_and_reports_the_facts(G: nx.MultiDiGraph) -> None:
    H = A.coresponsibility(G)
    t = A.rank(H, "degree", 5, "agencies")
    assert t.columns == ["rank", "agency", "degree", "partners", "shared_tasks", "tasks", "plans", "jurisdictions", "community"]
    assert [r[0] for r in t.rows] == [1, 2, 3, 4, 5]
    assert t.rows[0][1] == "重庆市经济和信息化委员会" and t.rows[0][7] == "重庆市" and t.rows[0][8] == 1
    assert [r[2] for r in t.rows] == sorted((r[2] for r in t.rows), reverse=True)
    n = keiw(G)
    assert t.rows[0][3:6] == [H.degree(n), H.degree(n, weight="weight"), len(A.unit_tasks(G)[n])]


def test_rank_regions_is_for_chains_only(G: nx.MultiDiGraph) -> None:
    t = A.rank(A.projection(G, "chains"), "regions", None, "chains")
    assert t.columns == ["rank", "chain", "regions", "region_names", "plans", "linked_chains", "community"]
    assert [r[2] for r in t.rows] == sorted((r[2] for r in t.rows), reverse=True)
    assert all(r[2] == len(r[3].split("、")) if r[3] else r[2] == 0 for r in t.rows)
    assert A.rank(A.projection(G, "chains"), "degree", 3, "chains").columns[2:4] == ["degree", "regions"]
    with pytest.raises(A.AnalysisError, match="--measure regions ranks chains only"):
        A.rank(A.coresponsibility(G), "regions", None, "agencies")


def test_analyse_tables(corpus_store: Path) -> None:
    t = A.analyse(corpus_store, projection_kind="agencies", measure="betweenness", top=3)
    assert t.title.endswith("by betweenness") and len(t.rows) == 3
    c = A.analyse(corpus_store, projection_kind="agencies", show_communities=True, top=None)
    assert c.columns == ["community", "size", "internal_weight", "jurisdictions", "members"]
    assert sum(r[1] for r in c.rows) == len(A.coresponsibility(A.load_graph(corpus_store)))
    assert A.analyse(corpus_store, projection_kind="chains").title.endswith("by regions")
    with pytest.raises(A.AnalysisError, match="unknown projection 'regions'"):
        A.analyse(corpus_store, projection_kind="regions")


# --- neighbourhoods and query results --------------------------------------------------------


def test_ego_and_plan_views(G: nx.MultiDiGraph) -> None:
    n = keiw(G)
    assert list(A.ego(G, [n], 0)) == [n]
    one = A.ego(G, [n], 1)
    assert set(one) == {n} | set(G.predecessors(n)) | set(G.successors(n))
    assert set(one.edges(keys=True)) == {e for e in G.edges(keys=True) if e[0] in one and e[1] in one}
    notice = next(p for p, d in G.nodes(data=True) if d["cls"] == "Plan" and any(r == "partOf" for _c, _p, r in G.in_edges(p, keys=True)))
    V = A.plan_view(G, notice)
    schemes = [c for c, _p, r in G.in_edges(notice, keys=True) if r == "partOf"]
    tasks = [t for s in schemes for _s, t, r in G.out_edges(s, keys=True) if r == "hasTask"]
    assert set(schemes) <= set(V) and tasks and set(tasks) <= set(V)
    assert {a for t in tasks for a in G.successors(t)} <= set(V)


def test_select_rows_become_edges_between_named_nodes(G: nx.MultiDiGraph, corpus_store: Path) -> None:
    res = run_query(load_query("shared-responsibility"), store=corpus_store)
    R = A.graph_from_rows(G, res.kind, res.columns, res.rows)
    H = A.coresponsibility(G)
    assert set(R) == set(H)  # the chains/plans columns (joined labels) stay text
    assert R.number_of_edges() == len(res.rows)
    u, v, d = next(iter(R.edges(data=True)))
    assert d["weight"] == H[u][v]["weight"] and "chains=" in d["info"]


def test_construct_rows_become_edges_and_properties(G: nx.MultiDiGraph, corpus_store: Path) -> None:
    q = (PREFIXES + "CONSTRUCT { ?t pkg:responsibleAgency ?a . ?t rdfs:label ?l } WHERE { ?t a pkg:Task ; pkg:responsibleAgency ?a ; rdfs:label ?l }")
    res = run_query(q, store=corpus_store)
    R = A.graph_from_rows(G, res.kind, res.columns, res.rows)
    expected = {(t, a) for t, a, r in G.edges(keys=True) if r == "responsibleAgency"}
    assert set(R.edges()) == expected
    assert all(R.nodes[n]["label"] == G.nodes[n]["label"] for n in R)


# --- GraphML / GEXF --------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_write_network_flat_attributes_and_reproducible(fmt: str, store: ox.Store, G: nx.MultiDiGraph, tmp_path: Path) -> None:
    from graphbuild.store import data_quads

    quads = data_quads(store)
    a, b = tmp_path / f"a.{fmt}", tmp_path / f"b.{fmt}"
    N.write_network(quads, a, fmt)
    N.write_network(list(reversed(quads)), b, fmt)
    assert a.read_bytes() == b.read_bytes()
    back = nx.read_graphml(a) if fmt == "graphml" else nx.read_gexf(a)
    assert back.number_of_nodes() == G.number_of_nodes()
    assert back.number_of_edges() == G.number_of_edges()
    n = keiw(G)
    assert back.nodes[n]["label"] == "重庆市经济和信息化委员会"
    assert "市經濟信息委" in back.nodes[n]["aliases"].split(" | ")
    for _n, d in back.nodes(data=True):
        assert all(isinstance(v, (str, int, float)) for v in d.values())


def test_flat_attributes_drop_none_join_lists_and_strip_xml_controls() -> None:
    flat = N.flat_attributes({"a": None, "b": ["x", "y"], "c": "bad\x0bchar", "d": True, "e": 2, "f": [], "g": "",
                              "evidence": [{"text": "句", "file": "f.txt", "start": 1, "end": 2}], "props": {"unit": ["亿元"]}})
    assert flat == {"b": "x | y", "c": "badchar", "d": True, "e": 2, "evidence": "f.txt:1-2 句", "evidence_count": 1, "prop_unit": "亿元"}
    XSD = "http://www.w3.org/2001/XMLSchema#"
    typed = N.flat_attributes(
        {"props": {"year": ["2025"], "tz": ["2025+08:00"], "v": ["1.5"], "ok": ["false"], "n": ["07"], "two": ["1", "2"], "bad": ["x"], "d": ["2024-01-01"]}},
        {"year": [XSD + "gYear"], "tz": [XSD + "gYear"], "v": [XSD + "decimal"], "ok": [XSD + "boolean"], "n": [XSD + "integer"],
         "two": [XSD + "integer"], "bad": [XSD + "integer"], "d": [XSD + "date"]},
    )
    assert typed == {"prop_year": 2025, "prop_tz": 2025, "prop_v": 1.5, "prop_ok": False, "prop_n": 7,
                     "prop_two": "1 | 2", "prop_bad": "x", "prop_d": "2024-01-01"}
    with pytest.raises(A.AnalysisError, match="graphml or gexf"):
        N.write_network([], Path("x.dot"), "dot")
