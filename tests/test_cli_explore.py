"""`policykg viz` and `policykg analyse` through click: exact output and exit codes."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from click.testing import CliRunner

from graphbuild.analyse import coresponsibility, load_graph
from graphbuild.cli import main
from graphbuild.query import load_query, run_query


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_both_commands_are_registered() -> None:
    r = run("--help")
    assert r.exit_code == 0
    assert "  viz " in r.stdout and "  analyse " in r.stdout


def test_viz_writes_the_page_and_says_so(corpus_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "explorer.html"
    r = run("viz", "-o", str(out), "--store", str(corpus_store))
    G = load_graph(corpus_store)
    assert r.exit_code == 0
    assert r.stdout == (f"wrote {out} (full view: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges, "
                        f"{out.stat().st_size // 1024} KiB); open it in a browser, it works offline\n")
    assert r.stderr == ""


def test_viz_coresponsibility_and_focus(corpus_store: Path, tmp_path: Path) -> None:
    H = coresponsibility(load_graph(corpus_store))
    out = tmp_path / "co.html"
    r = run("viz", "--view", "coresponsibility", "-o", str(out), "--store", str(corpus_store))
    assert r.exit_code == 0
    assert r.stdout.startswith(f"wrote {out} (coresponsibility view: {H.number_of_nodes()} nodes, {H.number_of_edges()} edges, ")
    r = run("viz", "--view", "coresponsibility", "--focus", "市經濟信息委", "--depth", "1", "-o", str(out), "--store", str(corpus_store))
    (n,) = [x for x in H if H.nodes[x]["label"] == "重庆市经济和信息化委员会"]
    assert r.exit_code == 0
    assert f"(coresponsibility view: {1 + len(H[n])} nodes, " in r.stdout


def test_viz_unknown_label_names_it_and_the_fix(corpus_store: Path, tmp_path: Path) -> None:
    r = run("viz", "-o", str(tmp_path / "x.html"), "--focus", "zzzz", "--store", str(corpus_store))
    assert r.exit_code == 1
    assert r.stderr == "Error: no node is labelled 'zzzz' (--focus takes a label or alias, Simplified or Traditional)\n"
    r = run("viz", "-o", str(tmp_path / "x.html"), "--focus", "经济信息委", "--store", str(corpus_store))
    assert r.exit_code == 1
    assert r.stderr.startswith("Error: no node is labelled '经济信息委' (--focus takes a label or alias, Simplified or Traditional); close matches: 重庆市经济和信息化委员会")
    assert not (tmp_path / "x.html").exists()


def test_viz_refuses_a_page_that_would_hang_the_browser(corpus_store: Path, tmp_path: Path) -> None:
    G = load_graph(corpus_store)
    n, m = G.number_of_nodes(), G.number_of_edges()
    r = run("viz", "-o", str(tmp_path / "x.html"), "--max-nodes", "100", "--store", str(corpus_store))
    assert r.exit_code == 1
    assert r.stderr == (
        f"Error: the full view has {n:,} nodes and {m:,} edges, more than --max-nodes 100 allows (and 500 edges); "
        "a page that size would hang the browser. Draw a focused view instead: --focus LABEL --depth 1, --plan LABEL, "
        "--view coresponsibility, or --query NAME; or raise --max-nodes\n"
    )
    assert list(tmp_path.iterdir()) == []


def test_viz_bad_options(corpus_store: Path, tmp_path: Path) -> None:
    r = run("viz", "-o", str(tmp_path / "x.html"), "--view", "galaxy", "--store", str(corpus_store))
    assert r.exit_code == 2 and "Invalid value for '--view'" in r.stderr
    r = run("viz", "--store", str(corpus_store))
    assert r.exit_code == 2 and "Missing option '-o' / '--output'" in r.stderr
    r = run("viz", "-o", str(tmp_path / "x.png"), "--store", str(corpus_store))
    assert r.exit_code == 1 and r.stderr == f"Error: -o {tmp_path / 'x.png'}: the explorer is an HTML page; name the file *.html\n"
    r = run("viz", "-o", str(tmp_path / "x.html"), "--store", str(tmp_path / "nostore"))
    assert r.exit_code == 1 and r.stderr == f"Error: no graph in {tmp_path / 'nostore'}/: run `policykg build` first (or pass --store DIR)\n"


def test_analyse_agencies_csv_agrees_with_the_bundled_queries(corpus_store: Path) -> None:
    shared = run_query(load_query("shared-responsibility"), store=corpus_store).rows
    strength: dict[str, int] = defaultdict(int)
    partners: dict[str, int] = defaultdict(int)
    for a, b, n, *_ in shared:
        for x in (a, b):
            strength[x] += n
            partners[x] += 1
    workload = {r[0]: r for r in run_query(load_query("agency-workload"), store=corpus_store).rows}
    top = sorted(strength, key=lambda a: (-strength[a], a))[:3]
    expected = "rank,agency,degree,partners,shared_tasks,tasks,plans,jurisdictions,community\n" + "".join(
        f"{i},{a},{strength[a]},{partners[a]},{strength[a]},{workload[a][2]},{workload[a][4]},{workload[a][1]},1\n"
        for i, a in enumerate(top, 1))
    r = run("analyse", "--top", "3", "--format", "csv", "--store", str(corpus_store))
    assert r.exit_code == 0
    assert r.stdout == expected


def test_analyse_json_communities_and_chains(corpus_store: Path) -> None:
    r = run("analyse", "--communities", "--format", "json", "--store", str(corpus_store))
    assert r.exit_code == 0
    groups = json.loads(r.stdout)
    assert [g["community"] for g in groups] == list(range(1, len(groups) + 1))
    assert sum(g["size"] for g in groups) == coresponsibility(load_graph(corpus_store)).number_of_nodes()
    r = run("analyse", "--projection", "chains", "--top", "2", "--format", "json", "--store", str(corpus_store))
    assert r.exit_code == 0
    rows = json.loads(r.stdout)
    assert len(rows) == 2 and list(rows[0]) == ["rank", "chain", "regions", "region_names", "plans", "linked_chains", "community"]
    r = run("analyse", "--projection", "plans", "--measure", "pagerank", "--top", "1", "--format", "tsv", "--store", str(corpus_store))
    assert r.exit_code == 0 and r.stdout.startswith("rank\tplan\tpagerank\tunits\ttasks\tlinked_plans\tjurisdiction\tcommunity\n1\t")


def test_analyse_errors(corpus_store: Path, tmp_path: Path) -> None:
    r = run("analyse", "--measure", "regions", "--store", str(corpus_store))
    assert r.exit_code == 1
    assert r.stderr == "Error: --measure regions ranks chains only: use it with --projection chains\n"
    r = run("analyse", "--projection", "parks", "--store", str(corpus_store))
    assert r.exit_code == 2 and "Invalid value for '--projection'" in r.stderr
    r = run("analyse", "--store", str(tmp_path / "none"))
    assert r.exit_code == 1 and r.stderr == f"Error: no graph in {tmp_path / 'none'}/: run `policykg build` first (or pass --store DIR)\n"
