"""One document pipeline: what eval scores (the ResolvedDocument) is what the built graph holds."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from graphbuild.build import build
from graphbuild.evaluate import predictions
from graphbuild.pipeline import process_document
from graphbuild.query import execute
from graphbuild.read import read_source
from graphbuild.resources import corpus_dir
from graphbuild.store import StoreDir
from graphbuild.vocab import document_iri

ROOT = Path(__file__).resolve().parents[1]
SETS = [Path(str(corpus_dir())), ROOT / "tests/data", ROOT / "tests/heldout/texts", ROOT / "tests/heldout2/texts", ROOT / "tests/heldout3/texts", ROOT / "tests/heldout4/texts", ROOT / "tests/heldout5/texts", ROOT / "tests/heldout6/texts", ROOT / "tests/heldout7/texts", ROOT / "tests/heldout8/texts", ROOT / "tests/heldout9/texts", ROOT / "tests/heldout10/texts", ROOT / "tests/heldout11/texts", ROOT / "tests/heldout12/texts", ROOT / "tests/heldout13/texts", ROOT / "tests/heldout14/texts", ROOT / "tests/heldout15/texts", ROOT / "tests/heldout16/texts", ROOT / "tests/heldout17/texts", ROOT / "tests/heldout18/texts", ROOT / "tests/heldout19/texts", ROOT / "tests/heldout20/texts", ROOT / "tests/heldout21/texts", ROOT / "tests/heldout22/texts", ROOT / "tests/heldout23/texts"]
PREFIX = (
    "PREFIX pkg: <https://w3id.org/policykg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
    "PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX dcterms: <http://purl.org/dc/terms/> "
)


def _files() -> list[Path]:
    return sorted(f for folder in SETS for f in folder.glob("*.txt"))


@pytest.fixture(scope="module")
def every_set_store(tmp_path_factory) -> Path:
    store = tmp_path_factory.mktemp("sets")
    report = build(_files(), store=store)
    assert not report.skipped and len(report.documents) == len({read_source(f).content_hash for f in _files()})
    return store


def _rows(store: Path, sparql: str) -> list[list]:
    return execute(StoreDir(store).open_read(), PREFIX + sparql).rows


def _from_graph(store: Path, doc: str) -> dict:
    """The facts of one document, read back from the store with SPARQL (labels from the entities graph)."""
    d = f"<{doc}>"
    main = f"?plan prov:wasDerivedFrom {d} . FILTER NOT EXISTS {{ GRAPH {d} {{ ?plan pkg:partOf ?whole }} }}"
    tasks: dict[int, tuple[set, set]] = {}
    for n, label, lead in _rows(store, f"SELECT ?n ?l ?lead WHERE {{ GRAPH {d} {{ ?t a pkg:Task ; pkg:ordinal ?n ; pkg:responsibleAgency ?a . BIND(EXISTS {{ ?t pkg:leadAgency ?a }} AS ?lead) }} ?a rdfs:label ?l }}"):
        units, leads = tasks.setdefault(n, (set(), set()))
        units.add(label)
        if lead:
            leads.add(label)
    for (n,) in _rows(store, f"SELECT ?n WHERE {{ GRAPH {d} {{ ?t a pkg:Task ; pkg:ordinal ?n }} }}"):
        tasks.setdefault(n, (set(), set()))
    mentions = {}
    for kind, prop in (("parks", "concernsPark"), ("technologies", "concernsTechnology"), ("chains", "concernsChain")):
        mentions[kind] = {r[0] for r in _rows(store, f"SELECT DISTINCT ?l WHERE {{ GRAPH {d} {{ ?p prov:wasDerivedFrom {d} ; pkg:{prop} ?m }} ?m rdfs:label ?l }}")}
    (title,), *_ = _rows(store, f"SELECT ?title WHERE {{ GRAPH {d} {{ {main} }} ?plan dcterms:title ?title }}") or [[None]]
    return {
        "title": title,
        "issuers": {r[0] for r in _rows(store, f"SELECT ?l WHERE {{ GRAPH {d} {{ {main} ?plan pkg:issuedBy ?a }} ?a rdfs:label ?l }}")},
        "cited": {r[0] for r in _rows(store, f"SELECT ?l WHERE {{ GRAPH {d} {{ ?p pkg:cites ?c }} ?c rdfs:label ?l }}")},
        "tasks": tasks,
        "targets": Counter(
            (m, v, u, int(y) if y is not None else None)
            for m, v, u, y in _rows(store, f"SELECT ?m ?v ?u ?y WHERE {{ GRAPH {d} {{ ?x a pkg:Target ; pkg:metric ?m ; pkg:valueAsWritten ?v ; pkg:unit ?u . OPTIONAL {{ ?x pkg:targetYear ?y }} }} }}")
        ),
        **mentions,
    }


def _from_pipeline(path: Path) -> dict:
    """The same facts, from the ResolvedDocument that eval scores."""
    src = read_source(path)
    doc = process_document(src, [src.name])
    p = predictions(doc)
    return {
        "title": doc.title if doc.titled else None,  # an untitled plan has a label, no dcterms:title
        "issuers": set(p["issuers"]),
        "cited": set(p["plans_cited"]),
        "tasks": {n: (set(t["responsible"]), set(t["lead"])) for n, t in enumerate(p["tasks"], start=1)},
        "targets": Counter((t["metric"], t["value"], t["unit"], t["year"]) for t in p["targets"]),
        **{kind: set(p[kind]) for kind in ("parks", "technologies", "chains")},
    }


@pytest.mark.parametrize("path", _files(), ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_eval_scores_what_the_graph_holds(every_set_store, path):
    src = read_source(path)
    graph = _from_graph(every_set_store, str(document_iri(src.content_hash)))
    pipeline = _from_pipeline(path)
    assert graph.keys() == pipeline.keys()
    for field in graph:
        assert graph[field] == pipeline[field], field


def test_the_lead_case_of_the_issue_gives_one_lead_in_graph_and_eval(tmp_path):
    # A marked lead in a document that also says the first listed unit leads: the mark wins, in both.
    text = (
        "重庆市云川区数字产业行动方案\n"
        "各项任务责任单位中排在第一位的为牵头单位。\n"
        "一、重点任务\n"
        "（一）建设算力设施。推进数据中心建设。（责任单位：市科技局、市经济信息委（牵头））\n"
    )
    f = tmp_path / "lead.txt"
    f.write_text(text, encoding="utf-8")
    (task,) = predictions(process_document(read_source(f)))["tasks"]
    assert task["lead"] == ["重庆市经济和信息化委员会"]
    build([f], store=tmp_path / "store")
    got = _from_graph(tmp_path / "store", str(document_iri(read_source(f).content_hash)))
    assert got["tasks"] == {1: ({"重庆市科学技术局", "重庆市经济和信息化委员会"}, {"重庆市经济和信息化委员会"})}


def _imports_of(path: Path, package: Path) -> set[Path]:
    """The graphbuild modules a file imports, at any level (function-level imports included)."""
    import ast

    here = path.relative_to(package).with_suffix("").parts
    base = here[:-1] if here[-1] != "__init__" else here[:-1]
    found: set[Path] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                parts = list(base[: len(base) - (node.level - 1)]) + (node.module.split(".") if node.module else [])
            elif node.module and node.module.startswith("graphbuild"):
                parts = node.module.split(".")[1:]
            else:
                continue
            names = [[*parts, a.name] for a in node.names] + [parts]
        elif isinstance(node, ast.Import):
            names = [a.name.split(".")[1:] for a in node.names if a.name.startswith("graphbuild.")]
        else:
            continue
        for n in names:
            for candidate in (package.joinpath(*n).with_suffix(".py"), package.joinpath(*n, "__init__.py")):
                if n and candidate.is_file():
                    found.add(candidate)
    return found


def test_the_fingerprint_covers_everything_the_pipeline_imports():
    from graphbuild.build import EXTRACTION_CODE

    package = ROOT / "graphbuild"
    todo, seen = [package / "pipeline.py"], set()
    while todo:
        f = todo.pop()
        if f not in seen:
            seen.add(f)
            todo.extend(_imports_of(f, package))
    outside = sorted(str(f.relative_to(package)) for f in seen if f.relative_to(package).parts[0] not in EXTRACTION_CODE)
    assert outside == [], "add these to EXTRACTION_CODE, or the cache will keep results of old code"


def test_editing_serve_keeps_the_cache_and_editing_a_rule_or_the_extractor_does_not(tmp_path):
    import shutil

    from graphbuild.build import fingerprint

    pkg = tmp_path / "graphbuild"
    shutil.copytree(ROOT / "graphbuild", pkg, ignore=shutil.ignore_patterns("__pycache__"))
    before = fingerprint(pkg)
    for outside in ("serve.py", "cli.py", "queries/agency-workload.rq", "render/explorer.py"):
        with (pkg / outside).open("a", encoding="utf-8") as fh:
            fh.write("\n# a comment\n")
    assert fingerprint(pkg) == before
    for inside in ("extract/mentions.py", "patterns/mentions.json", "ontology/authority/agencies.ttl", "ontology/authority/regions.tsv"):
        text = (pkg / inside).read_text(encoding="utf-8")
        (pkg / inside).write_text(text.rstrip() + "\n\n", encoding="utf-8")
        assert fingerprint(pkg) != before, inside
        (pkg / inside).write_text(text, encoding="utf-8")
        assert fingerprint(pkg) == before


def test_the_rdf_writer_takes_resolved_objects_and_calls_no_resolution():
    import ast

    imported = set()
    for f in (ROOT / "graphbuild/rdf").glob("*.py"):
        for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and ("resolve" in node.module or "extract" in node.module):
                imported |= {a.name for a in node.names}
    # Types only: what to write comes resolved, never computed while writing.
    assert imported <= {"ResolvedDocument", "ResolvedMention", "ResolvedUnit", "Span"}, imported


def test_no_unit_is_both_resolved_and_unresolved(every_set_store: Path) -> None:
    # Entity descriptions are shared by every document that names the unit: one that a document
    # cannot establish is a node of that document only, never a second pkg:resolved on the shared one.
    rows = _rows(every_set_store, "SELECT ?u WHERE { ?u pkg:resolved true . ?u pkg:resolved false }")
    assert rows == []
