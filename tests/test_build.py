"""Building the bundled corpus: tasks, full names, evidence offsets, determinism, named graphs."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Graph

from graphbuild.build import build, extract_document
from graphbuild.query import execute
from graphbuild.read import read_source
from graphbuild.store import StoreDir

ROOT = __import__('pathlib').Path(__file__).resolve().parents[1]

PREFIX = "PREFIX pkg: <https://w3id.org/policykg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX oa: <http://www.w3.org/ns/oa#> PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX dcterms: <http://purl.org/dc/terms/> "


def q(store, sparql: str):
    return execute(StoreDir(store).open_read(), PREFIX + sparql).rows


def test_all_81_brackets_become_tasks(corpus_store):
    assert q(corpus_store, "SELECT (COUNT(DISTINCT ?t) AS ?n) WHERE { ?t a pkg:Task }") == [[81]]


def test_every_task_agency_has_a_full_resolved_name(corpus_store):
    rows = q(corpus_store, "SELECT DISTINCT ?label ?res WHERE { ?t pkg:responsibleAgency ?a . ?a a pkg:Agency ; rdfs:label ?label ; pkg:resolved ?res }")
    assert len(rows) >= 45
    assert all(res for _label, res in rows)
    assert all(label.startswith(("重庆", "深圳", "中共重庆", "国家税务总局", "中国银行保险", "中国证券")) for label, _ in rows)


def test_one_named_graph_per_document(corpus_store):
    rows = q(corpus_store, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?d a pkg:Document } } GROUP BY ?g")
    assert len(rows) == 5 and all(n == 1 for _g, n in rows)


def test_evidence_offsets_point_into_the_original_traditional_file(corpus_store):
    original = (ROOT / "graphbuild/corpus/004_41ef264a0a45cb47.txt").read_text(encoding="utf-8")
    rows = q(
        corpus_store,
        "SELECT ?s ?e ?x WHERE { ?t a pkg:Task ; pkg:evidence ?ev . ?ev oa:hasSelector [ oa:start ?s ; oa:end ?e ; oa:exact ?x ] ; pkg:sourceDocument/dcterms:identifier \"004_41ef264a0a45cb47.txt\" }",
    )
    assert len(rows) >= 64
    for start, end, exact in rows:
        assert original[start:end] == exact
    assert any("責任單位" in exact for _s, _e, exact in rows)  # Traditional, as in the file


def test_agency_altlabels_keep_traditional_surface_forms(corpus_store):
    rows = q(corpus_store, "SELECT ?alt WHERE { ?a rdfs:label \"重庆市经济和信息化委员会\"@zh-hans ; <http://www.w3.org/2004/02/skos/core#altLabel> ?alt }")
    alts = {r[0] for r in rows}
    assert {"市经济信息委", "市經濟信息委"} <= alts


def test_identical_input_gives_identical_graph():
    src = read_source(ROOT / "graphbuild/corpus/001_2f18789aed330ab5.txt")
    a, _ = extract_document(src, [src.name])
    b, _ = extract_document(src, [src.name])
    assert a == b and a.splitlines() == sorted(a.splitlines())


def test_rebuild_of_unchanged_corpus_extracts_nothing(tmp_path):
    first = build(store=tmp_path)
    second = build(store=tmp_path)
    assert first.extracted == 5 and second.extracted == 0
    assert second.total_quads == first.total_quads


def test_remove_drops_one_document(tmp_path):
    from graphbuild.build import remove

    build(store=tmp_path)
    assert remove(["002_edffe4667c0bf87f.txt"], store=tmp_path) == ["002_edffe4667c0bf87f.txt"]
    rows = q(tmp_path, "SELECT (COUNT(?d) AS ?n) WHERE { ?d a pkg:Document }")
    assert rows == [[4]]


def _quads(store) -> int:
    return q(store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")[0][0]


def test_unchanged_rebuild_publishes_no_new_generation(tmp_path):
    build(store=tmp_path)
    before = StoreDir(tmp_path).current().path
    build(store=tmp_path)
    assert StoreDir(tmp_path).current().path == before


@pytest.mark.parametrize("earlier", ["checked", "legacy"])
def test_a_document_whose_re_extraction_fails_keeps_its_earlier_graph(tmp_path, monkeypatch, earlier):
    import json

    import graphbuild.build as b

    build(store=tmp_path)
    docs, quads = q(tmp_path, "SELECT (COUNT(?d) AS ?n) WHERE { ?d a pkg:Document }")[0][0], _quads(tmp_path)
    if earlier == "legacy":  # cache entries written before checksums were recorded: loaded with full validation
        for meta in (tmp_path / "cache").glob("*.json"):
            data = json.loads(meta.read_text(encoding="utf-8"))
            del data["sha256"]
            meta.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

    def broken(src, names):
        if src.name.startswith("002_"):
            raise RuntimeError("extractor bug")
        return extract_document(src, names)

    monkeypatch.setattr(b, "fingerprint", lambda: "newextractor")  # a new extractor version: everything is re-extracted
    monkeypatch.setattr(b, "extract_document", broken)
    report = build(store=tmp_path)
    assert report.extracted == 4
    assert [(p.rsplit("/", 1)[-1], r) for p, r in report.skipped] == [
        ("002_edffe4667c0bf87f.txt", "extraction failed (RuntimeError: extractor bug); please report this file as a bug")
    ]
    assert q(tmp_path, "SELECT (COUNT(?d) AS ?n) WHERE { ?d a pkg:Document }")[0][0] == docs
    assert _quads(tmp_path) == quads
    assert len(StoreDir(tmp_path).current().manifest()["documents"]) == 5


def test_a_damaged_earlier_graph_of_a_failed_document_is_left_out(tmp_path, monkeypatch):
    import graphbuild.build as b
    from graphbuild.report import NullReporter

    build(store=tmp_path)
    old = next(h for h, d in StoreDir(tmp_path).current().manifest()["documents"].items() if d["names"][0].startswith("002_"))
    cached = tmp_path / "cache" / f"{StoreDir(tmp_path).current().manifest()['documents'][old]['cache']}.nq"
    cached.write_bytes(cached.read_bytes().replace(b"<https://w3id.org/policykg/id/", b"<https://w3id.org/policy kg/id/", 1))

    def broken(src, names):
        if src.name.startswith("002_"):
            raise RuntimeError("extractor bug")
        return extract_document(src, names)

    monkeypatch.setattr(b, "fingerprint", lambda: "newextractor")
    monkeypatch.setattr(b, "extract_document", broken)
    reporter = NullReporter()
    build(store=tmp_path, reporter=reporter)
    assert f"{corpus_path('002_edffe4667c0bf87f.txt')}: its earlier graph ({cached}) is damaged and is left out" in reporter.warnings
    assert old not in StoreDir(tmp_path).current().manifest()["documents"]
    assert q(tmp_path, "SELECT (COUNT(?d) AS ?n) WHERE { ?d a pkg:Document }")[0][0] == 4
    assert not any(" kg/" in x for x in _all_quads(tmp_path))


def corpus_path(name: str):
    return __import__("graphbuild.resources", fromlist=["corpus_dir"]).corpus_dir() / name


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda data: b"<urn:a> <urn:b> this is not N-Quads\n", id="unparseable"),
        # The store loads cached N-Quads without validating IRIs: this would load, and must not.
        pytest.param(lambda data: data.replace(b"<https://w3id.org/policykg/id/", b"<https://w3id.org/policy kg/id/", 1), id="invalid-iri"),
        pytest.param(lambda data: data[: len(data) // 2], id="truncated"),
    ],
)
def test_a_damaged_cached_graph_is_extracted_again(tmp_path, damage):
    from graphbuild.report import NullReporter

    build(store=tmp_path)
    quads = _quads(tmp_path)
    cached = sorted((tmp_path / "cache").glob("*.nq"))[0]
    cached.write_bytes(damage(cached.read_bytes()))
    reporter = NullReporter()
    report = build(store=tmp_path, replace=True, reporter=reporter)
    assert report.extracted == 1
    name = StoreDir(tmp_path).current().manifest()["documents"][cached.name[:64]]["names"][0]
    assert f"{corpus_path(name)}: its cached extraction result ({cached}) is incomplete or damaged; extracting it again" in reporter.warnings
    assert _quads(tmp_path) == quads
    assert " kg/" not in cached.read_text(encoding="utf-8")


def _all_quads(store) -> set[str]:
    """The document graphs' quads (the ontology graph has fresh blank nodes in every store)."""
    from graphbuild.store import ONTOLOGY_GRAPH

    return {str(quad) for quad in StoreDir(store).open_read() if quad.graph_name.value != ONTOLOGY_GRAPH}


def test_jobs_2_builds_the_same_store_as_jobs_1(corpus_store, tmp_path):
    report = build(store=tmp_path, jobs=2)
    assert report.extracted == 5
    assert _all_quads(tmp_path) == _all_quads(corpus_store)


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_failed_load_fails_the_build_and_keeps_the_store(tmp_path, monkeypatch, jobs):
    import graphbuild.build as b
    from graphbuild.store import StoreError

    build(store=tmp_path)
    before, quads = StoreDir(tmp_path).current().path, _quads(tmp_path)
    real_write = b.write_atomic

    def damaged(path, data):
        real_write(path, b"not N-Quads at all\n" if path.suffix == ".nq" else data)

    monkeypatch.setattr(b, "fingerprint", lambda: "newextractor")
    monkeypatch.setattr(b, "write_atomic", damaged)
    with pytest.raises(StoreError, match="could not load the extracted graphs into the new store generation"):
        build(store=tmp_path, jobs=jobs)
    assert StoreDir(tmp_path).current().path == before
    assert _quads(tmp_path) == quads
    assert [g.name for g in (tmp_path / "generations").iterdir()] == [before.name]


def test_store_holds_the_ontology_graph(corpus_store):
    st = StoreDir(corpus_store).open_read()
    assert ox.NamedNode("https://w3id.org/policykg/ontology") in set(st.named_graphs())


@pytest.mark.parametrize("fmt", ["turtle", "nquads"])
def test_export_loads_in_rdflib_with_identical_counts(corpus_store, tmp_path, fmt):
    from graphbuild.export import export

    res = export(tmp_path / f"out.{fmt}", fmt, store=corpus_store)
    g = Graph() if fmt == "turtle" else __import__("rdflib").Dataset()
    g.parse(res.path, format=fmt)
    n = len(g) if fmt == "turtle" else sum(len(x) for x in g.graphs() if len(x))
    distinct = q(corpus_store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g != <https://w3id.org/policykg/ontology>) }")[0][0]
    if fmt == "nquads":
        assert n == distinct
    else:
        assert 0 < n <= distinct


def test_built_graph_conforms_to_shacl(corpus_store):
    from graphbuild.validate import validate

    report = validate(corpus_store)
    assert report.conforms, report.results[:5]


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_full_disk_stops_the_build_instead_of_skipping_documents(tmp_path, monkeypatch, jobs):
    import errno

    import graphbuild.build as b
    from graphbuild.store import StoreError

    build(store=tmp_path)
    before, quads = StoreDir(tmp_path).current().path, _quads(tmp_path)

    def full(path, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(b, "fingerprint", lambda: "newextractor")
    monkeypatch.setattr(b, "write_atomic", full)
    with pytest.raises(StoreError, match=r"^cannot write the extraction result .*\.nq: \[Errno 28\] No space left on device; free some space"):
        build(store=tmp_path, jobs=jobs)
    assert StoreDir(tmp_path).current().path == before
    assert _quads(tmp_path) == quads


def test_ctrl_c_is_held_back_while_workers_are_forked():
    import multiprocessing
    import signal
    import threading

    from graphbuild.build import _sigint_deferred

    ctx = multiprocessing.get_context("fork")
    parent, child = ctx.Pipe()

    def report_mask(conn):
        conn.send(signal.SIGINT in signal.pthread_sigmask(signal.SIG_BLOCK, []))

    with pytest.raises(KeyboardInterrupt):
        with _sigint_deferred():
            # Sent to this thread: os.kill would let the kernel hand it to any other thread of the
            # test process (one left by an earlier test), which may run only after the block ends,
            # and the Ctrl-C then surfaced later in pytest itself (CI, stop 19).
            signal.pthread_kill(threading.main_thread().ident, signal.SIGINT)  # noted, not raised here
            proc = ctx.Process(target=report_mask, args=(child,))
            proc.start()
            reached_the_end_of_the_block = True
    proc.join(10)
    assert reached_the_end_of_the_block
    assert parent.recv() is True  # the worker was born with SIGINT blocked
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_ctrl_c_while_workers_hold_documents_stops_them(tmp_path, monkeypatch, jobs):
    import multiprocessing
    import signal
    import threading
    import time

    import graphbuild.build as b

    build(store=tmp_path)
    before, quads = StoreDir(tmp_path).current().path, _quads(tmp_path)

    def stuck(src, names):
        if src.name.startswith("002_"):
            time.sleep(600)  # a worker that would never finish on its own
        return extract_document(src, names)

    monkeypatch.setattr(b, "fingerprint", lambda: "newextractor")
    monkeypatch.setattr(b, "extract_document", stuck)
    # Ctrl-C reaches the main thread (the terminal sends it to the whole process group, where the
    # workers hold it blocked), while it waits for the workers.
    timer = threading.Timer(2, signal.pthread_kill, (threading.main_thread().ident, signal.SIGINT))
    timer.start()
    try:
        with pytest.raises(KeyboardInterrupt):
            build(store=tmp_path, jobs=jobs)
    finally:
        timer.cancel()
    assert multiprocessing.active_children() == []  # the stuck worker was killed, not waited for
    assert StoreDir(tmp_path).current().path == before and _quads(tmp_path) == quads
