"""The explorer page without a browser: views, limits, escaping, zero external resources, determinism."""

from __future__ import annotations

import json
import math
import os
import re
from pathlib import Path

import networkx as nx
import pytest

from graphbuild.analyse import coresponsibility, find_nodes, load_graph
from graphbuild.render import ExplorerError, select_view, write_explorer
from graphbuild.render.explorer import char_map, layout_positions, page_data, render_html, safe_json, search_key

CRAFTED = "</script><img src=x onerror=alert(1)>"


@pytest.fixture(scope="module")
def G(corpus_store: Path) -> nx.MultiDiGraph:
    return load_graph(corpus_store)


@pytest.fixture(scope="module")
def full_page(corpus_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("viz") / "explorer.html"
    write_explorer(out, store=corpus_store)
    return out


def data_island(html: str) -> dict:
    """The JSON the page draws from."""
    m = re.search(r'<script type="application/json" id="pk-data">(.*?)</script>', html, re.S)
    assert m, "no data island"
    return json.loads(m.group(1))


def test_safe_json_escapes_what_could_end_a_script_element() -> None:
    value = {"label": CRAFTED + " & \u2028\u2029 <!--"}
    text = safe_json(value)
    assert not re.search("[<>&\u2028\u2029]", text)
    assert "\\u003c/script\\u003e" in text and "\\u2028" in text
    assert json.loads(text) == value


def test_the_page_draws_exactly_the_graph(full_page: Path, G: nx.MultiDiGraph) -> None:
    data = data_island(full_page.read_text(encoding="utf-8"))
    assert len(data["nodes"]) == G.number_of_nodes() == data["meta"]["nodes"]
    assert len(data["edges"]) == G.number_of_edges() == len(data["edgeInfo"])
    assert [n["id"] for n in data["nodes"]] == list(range(len(data["nodes"])))
    order = sorted(G.nodes)
    assert [d["iri"] for d in data["info"]] == order
    index = {n: i for i, n in enumerate(order)}
    assert sorted((e["from"], e["to"], i["rel"]) for e, i in zip(data["edges"], data["edgeInfo"])) == sorted(
        (index[u], index[v], k) for u, v, k in G.edges(keys=True))
    assert {c["name"]: c["count"] for c in data["classes"]} == {
        c: sum(1 for _n, d in G.nodes(data=True) if d["cls"] == c) for c in {d["cls"] for _n, d in G.nodes(data=True)}}
    assert data["options"]["physics"]["stabilization"]["iterations"] > 0


def test_the_page_loads_nothing_from_outside(full_page: Path) -> None:
    html = full_page.read_text(encoding="utf-8")
    refs = re.findall(r"<(?:script|link|img|iframe|source|video|audio|embed|object)\b[^>]*?\b(?:src|href)\s*=\s*[\"']?([^\"'\s>]*)", html, re.I)
    assert refs == ["data:,"]  # the empty favicon, which stops the browser asking for /favicon.ico
    assert not re.search(r"url\(\s*[\"']?(https?:|//)", html, re.I)
    assert "@import" not in html and "sourceMappingURL" not in html
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    assert "cdn.jsdelivr" not in html and "cdnjs" not in html


def test_nothing_is_written_to_the_working_directory(corpus_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)
    write_explorer("page.html", store=corpus_store, view="coresponsibility")
    assert sorted(p.name for p in work.iterdir()) == ["page.html"]  # no pyvis lib/, no temporary file


def test_same_graph_same_page(corpus_store: Path, full_page: Path, tmp_path: Path) -> None:
    again = tmp_path / "again.html"
    write_explorer(again, store=corpus_store)
    assert again.read_bytes() == full_page.read_bytes()


def test_extracted_text_enters_the_page_only_as_escaped_json(G: nx.MultiDiGraph) -> None:
    V = G.copy()
    V.add_node("urn:x", iri="urn:x", label=CRAFTED, cls="Agency", aliases=["<b>别名</b>"], documents=["</title>.txt"],
               regions=[], evidence=[{"text": "</style>\u2028", "file": "a&b.txt", "start": 0, "end": 1}], props={})
    html = render_html(page_data(V, title=CRAFTED, subtitle="<i>sub</i>", G=V))
    for raw in (CRAFTED, "<img", "<b>别名", "</title>.txt", "</style>\u2028", "a&b", "<i>sub"):
        assert raw not in html
    # Three script elements (data, vis-network, explorer) and two style elements: nothing closes one early.
    assert html.lower().count("</script") == 3 and html.lower().count("</style") == 2
    assert "<title>&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;</title>" in html
    data = data_island(html)
    assert CRAFTED in [d["label"] for d in data["info"]] and data["meta"]["title"] == CRAFTED
    js = (Path(__file__).parents[1] / "graphbuild/render/assets/explorer.js").read_text(encoding="utf-8")
    assert "innerHTML" not in js and "insertAdjacentHTML" not in js and "document.write" not in js


def test_search_keys_and_traditional_map(G: nx.MultiDiGraph) -> None:
    assert search_key("重庆市经济和信息化委员会", ["市經濟信息委"]) == "重庆市经济和信息化委员会\n市经济信息委"
    assert search_key("行动计划（2022-2025年）", []) == "行动计划(2022-2025年)"
    cmap = char_map(["重庆市经济和信息化委员会", "市經濟信息委"])
    assert cmap["經"] == "经" and cmap["濟"] == "济" and cmap["慶"] == "庆"
    # What the page does with a query: map each character, then look for it in the keys.
    q = "".join(cmap.get(c, c) for c in "市經濟信息委")
    assert q in search_key("重庆市经济和信息化委员会", ["市經濟信息委"])


def test_sizes_colours_and_communities(G: nx.MultiDiGraph) -> None:
    H = coresponsibility(G)
    data = page_data(H, title="t", subtitle="s", size_by="betweenness", colour_by="community", G=G)
    (i,) = [k for k, d in enumerate(data["info"]) if d["label"] == "重庆市经济和信息化委员会"]
    assert data["nodes"][i]["value"] == 1.0  # the most central agency is the largest
    assert all(0 <= n["value"] <= 1 for n in data["nodes"])
    assert data["meta"]["colourBy"] == "community" and data["communities"][0]["size"] >= data["communities"][-1]["size"]
    assert data["info"][i]["evidenceVia"] and data["info"][i]["evidence"]  # an agency's passages come from its tasks
    assert max(e["width"] for e in data["edges"]) == 12.0 and min(e["width"] for e in data["edges"]) >= 1.0
    assert data["options"]["edges"]["arrows"]["to"]["enabled"] is False


def test_large_graphs_are_laid_out_as_separate_discs() -> None:
    V = nx.Graph([("a", "b"), ("b", "c"), ("c", "a"), ("d", "e"), ("e", "f"), ("f", "d"), ("c", "d")])
    groups = [["a", "b", "c"], ["d", "e", "f"]]
    pos = layout_positions(V, groups)
    assert set(pos) == set(V) and pos == layout_positions(V, groups)

    def centre(g: list[str]) -> tuple[float, float]:
        return sum(pos[n][0] for n in g) / 3, sum(pos[n][1] for n in g) / 3

    (ax, ay), (bx, by) = centre(groups[0]), centre(groups[1])
    spread = max(math.dist(pos[n], centre(g)) for g in groups for n in g)
    assert math.dist((ax, ay), (bx, by)) > 1.5 * spread  # the two groups do not overlap


# --- views -----------------------------------------------------------------------------------


def test_focus_accepts_an_alias_and_depth(G: nx.MultiDiGraph) -> None:
    (n,) = find_nodes(G, "市经济信息委")
    v1 = select_view(G, focus="市經濟信息委", depth=1)
    assert v1.name == "ego" and set(v1.graph) == {n} | set(nx.all_neighbors(G, n))
    assert select_view(G, focus="市經濟信息委", depth=0).graph.number_of_nodes() == 1
    co = select_view(G, view="coresponsibility", focus="市经济信息委", depth=1)
    assert set(co.graph) == {n} | set(coresponsibility(G)[n])


def test_unknown_focus_lists_close_matches(G: nx.MultiDiGraph) -> None:
    with pytest.raises(ExplorerError) as err:
        select_view(G, focus="经济信息委")
    assert str(err.value).startswith("no node is labelled '经济信息委' (--focus takes a label or alias, Simplified or Traditional); "
                                     "close matches: 重庆市经济和信息化委员会, ")
    with pytest.raises(ExplorerError, match=r"^no plan is labelled 'zzz' \(--plan takes a label or alias, Simplified or Traditional\)$"):
        select_view(G, plan="zzz")


def test_plan_view_and_conflicting_options(G: nx.MultiDiGraph) -> None:
    plan = next(d["label"] for _n, d in sorted(G.nodes(data=True)) if d["cls"] == "Plan" and d["label"].endswith("实施方案"))
    v = select_view(G, plan=f"《{plan}》")
    assert v.name == "plan" and v.title == f"Plan: {plan}"
    assert any(d["cls"] == "Task" for _n, d in v.graph.nodes(data=True))
    with pytest.raises(ExplorerError, match="only one of --focus, --plan and --query"):
        select_view(G, focus="重庆市", plan=plan)


def test_query_view_from_a_name_and_a_file(corpus_store: Path, tmp_path: Path, G: nx.MultiDiGraph) -> None:
    res = write_explorer(tmp_path / "q.html", store=corpus_store, query="shared-responsibility")
    assert (res.view, res.nodes, res.edges) == ("query", coresponsibility(G).number_of_nodes(), coresponsibility(G).number_of_edges())
    rq = tmp_path / "lead.rq"
    rq.write_text("PREFIX pkg: <https://w3id.org/policykg/ontology#>\nCONSTRUCT { ?p pkg:hasTask ?t } WHERE { ?p pkg:hasTask ?t }\n", encoding="utf-8")
    res = write_explorer(tmp_path / "c.html", store=corpus_store, query=str(rq))
    assert res.edges == sum(1 for *_x, k in G.edges(keys=True) if k == "hasTask")
    ask = tmp_path / "ask.rq"
    ask.write_text("ASK { ?s ?p ?o }", encoding="utf-8")
    with pytest.raises(ExplorerError, match="an ASK query has no rows to draw"):
        write_explorer(tmp_path / "a.html", store=corpus_store, query=str(ask))
    with pytest.raises(ExplorerError, match="no query named 'nope'"):
        write_explorer(tmp_path / "a.html", store=corpus_store, query="nope")


def test_too_large_a_view_is_refused_with_a_suggestion(corpus_store: Path, tmp_path: Path) -> None:
    with pytest.raises(ExplorerError) as err:
        write_explorer(tmp_path / "big.html", store=corpus_store, max_nodes=50)
    msg = str(err.value)
    assert msg.startswith("the full view has ") and "more than --max-nodes 50 allows" in msg
    assert "--focus LABEL --depth 1" in msg and "--plan LABEL" in msg
    assert list(tmp_path.iterdir()) == []


def test_output_path_is_checked(corpus_store: Path, tmp_path: Path) -> None:
    with pytest.raises(ExplorerError, match=r"name the file \*\.html"):
        write_explorer(tmp_path / "x.txt", store=corpus_store)
    with pytest.raises(ExplorerError, match="does not exist"):
        write_explorer(tmp_path / "missing" / "x.html", store=corpus_store)


def test_only_the_explorer_module_imports_pyvis() -> None:
    pkg = Path(__file__).parents[1] / "graphbuild"
    users = sorted(str(p.relative_to(pkg)) for p in pkg.rglob("*.py") if re.search(r"^\s*(from|import) pyvis", p.read_text(encoding="utf-8"), re.M))
    assert users == [os.path.join("render", "explorer.py")]


# --- the analyst's views: matrix, timeline, clusters, layout ----------------------------------


def test_matrix_cells_equal_the_agency_chains_query(corpus_store: Path, G: nx.MultiDiGraph) -> None:
    from graphbuild.query import load_query, param_specs, run_query

    text = load_query("agency-chains")
    rows = run_query(text, store=corpus_store, specs=param_specs(text)).rows
    m = page_data(G, title="t", subtitle="s", G=G)["matrix"]
    cells = sorted(([m["agencies"][a], m["chains"][c], n] for a, c, n in m["cells"]), key=lambda r: (r[0], -r[2], r[1]))
    assert len(rows) > 100 and cells == [[str(a), str(c), int(n)] for a, c, n in rows]
    # The same cells for a view that is not the whole graph: the matrix always covers the store.
    H = coresponsibility(G)
    assert page_data(H, title="t", subtitle="s", G=G)["matrix"] == m


def test_each_matrix_cell_is_its_tasks(G: nx.MultiDiGraph) -> None:
    data = page_data(G, title="t", subtitle="s", G=G)
    m, tasks = data["matrix"], data["tasks"]
    for a, c, n in m["cells"]:
        assert n == sum(1 for t in tasks if a in t["agencies"] and c in t["chains"])
    # A task that names no chain takes its plan's chains.
    plan_chains = {p: {G.nodes[o]["label"] for _p, o, k in G.out_edges(p, keys=True) if k == "concernsChain"} for p, d in G.nodes(data=True) if d["cls"] == "Plan"}
    by_label = {t["label"]: t for t in tasks}
    t = next(n for n, d in sorted(G.nodes(data=True)) if d["cls"] == "Task" and not any(k == "concernsChain" for *_x, k in G.out_edges(n, keys=True))
             and any(plan_chains[p] for p, _t, k in G.in_edges(n, keys=True) if k == "hasTask"))
    (p,) = [p for p, _t, k in G.in_edges(t, keys=True) if k == "hasTask"]
    assert {m["chains"][c] for c in by_label[G.nodes[t]["label"]]["chains"]} == plan_chains[p]
    assert all(t["evidence"] and t["units"] for t in tasks if t["agencies"])


def test_timeline_rows_are_the_plans_with_periods_and_target_years(G: nx.MultiDiGraph) -> None:
    plans = page_data(G, title="t", subtitle="s", G=G)["plans"]
    assert len(plans) == sum(1 for _n, d in G.nodes(data=True) if d["cls"] == "Plan")
    by_label = {p["label"]: p for p in plans}
    green = by_label["重庆市制造业绿色发展行动实施方案"]
    assert (green["start"], green["end"], green["from"]) == (2021, 2025, 2021) and green["tasks"] > 0
    sz = by_label["深圳市培育发展智能传感器产业集群行动计划(2022-2025年)"]
    assert sz["issued"] == "2022-06-09" and (sz["start"], sz["end"]) == (2022, 2025)
    (n,) = [n for n, d in G.nodes(data=True) if d["label"] == green["label"]]
    years = sorted(int(G.nodes[o]["props"]["targetYear"][0]) for _p, o, k in G.out_edges(n, keys=True) if k == "hasTarget")
    assert sum(c for _y, c in green["targets"]) == len(years) and [y for y, _c in green["targets"]] == sorted(set(years))
    firsts = [p["from"] for p in plans if p["from"] is not None]
    assert firsts == sorted(firsts) and all(p["from"] is None for p in plans[len(firsts):])


def test_clusters_partition_the_view_and_big_views_get_python_positions(G: nx.MultiDiGraph) -> None:
    small = page_data(G, title="t", subtitle="s", G=G)
    assert small["meta"]["cluster"] == "none" and small["meta"]["layout"] == "physics" and "x" not in small["nodes"][0]
    assert all("label" not in n for n in small["nodes"])  # labels are drawn by the page, never by vis
    for mode in ("plan", "community"):
        seen = [i for c in small["clusters"][mode] for i in c["members"]]
        assert len(seen) == len(set(seen)) and all(len(c["members"]) >= 2 for c in small["clusters"][mode])
    plan_labels = {d["label"] for d in small["info"] if d["cls"] == "Plan"}
    assert {c["label"] for c in small["clusters"]["plan"]} <= plan_labels
    # Each task is drawn in the cluster of its plan.
    plan_of = {k: c["label"] for c in small["clusters"]["plan"] for k in c["members"]}
    for t in small["tasks"]:
        if t["node"] in plan_of and len(t["plans"]) == 1:
            assert plan_of[t["node"]] == small["plans"][t["plans"][0]]["label"]
    # A view of more than 1000 nodes: five copies of the corpus graph.
    big = nx.MultiDiGraph()
    for k in range(5):
        big.update(nx.relabel_nodes(G, {n: f"{n}#{k}" for n in G}))
    for n, d in big.nodes(data=True):
        d["iri"] = n
    data = page_data(big, title="t", subtitle="s", G=big)
    assert data["meta"]["layout"] == "python" and data["options"]["physics"]["enabled"] is False
    assert data["meta"]["cluster"] == "plan" and all("x" in n and "y" in n for n in data["nodes"])
    assert len({(n["x"], n["y"]) for n in data["nodes"]}) > 0.95 * len(data["nodes"])
    assert safe_json(page_data(big, title="t", subtitle="s", G=big)) == safe_json(data)  # deterministic


def test_cluster_option(corpus_store: Path, tmp_path: Path) -> None:
    html = (tmp_path / "p.html")
    write_explorer(html, store=corpus_store, cluster="community")
    assert data_island(html.read_text(encoding="utf-8"))["meta"]["cluster"] == "community"
    with pytest.raises(ExplorerError, match=r"unknown --cluster 'x'; use one of: auto, none, plan, community"):
        write_explorer(tmp_path / "q.html", store=corpus_store, cluster="x")


def test_viz_cluster_option_on_the_command_line(corpus_store: Path, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from graphbuild.cli import main

    runner = CliRunner()
    out = tmp_path / "c.html"
    res = runner.invoke(main, ["viz", "-o", str(out), "--store", str(corpus_store), "--cluster", "plan"])
    assert res.exit_code == 0 and res.output.startswith(f"wrote {out} (full view: ")
    assert data_island(out.read_text(encoding="utf-8"))["meta"]["cluster"] == "plan"
    res = runner.invoke(main, ["viz", "-o", str(out), "--store", str(corpus_store), "--cluster", "plans"])
    assert res.exit_code == 2 and "Invalid value for '--cluster': 'plans' is not one of 'auto', 'none', 'plan', 'community'." in res.output
