"""Queries and RDF files from others: refused before they run, never touch the network or the
local disk, stopped when too slow, and truncation is always announced.

The hostile query files are in tests/adversarial/queries/, the hostile RDF files in tests/adversarial/.
"""

from __future__ import annotations

import multiprocessing
import socket
import time
import tracemalloc
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from netcheck import Listener

from graphbuild.cli import main
from graphbuild.query import check_read_only, list_queries, load_query

ADV = Path(__file__).parent / "adversarial"
QUERIES = ADV / "queries"
READ_ONLY = "`policykg query` runs read-only SELECT, ASK, CONSTRUCT and DESCRIBE queries over the local store"
OUTSIDE = "names a graph outside the store; only graphs under https://w3id.org/policykg/ may be named"
DOCS = "PREFIX pkg: <https://w3id.org/policykg/ontology#> SELECT ?d WHERE { ?d a pkg:Document } ORDER BY ?d"

REFUSED_FILES = {
    "service.rq": f"refused: SERVICE is not allowed; {READ_ONLY}",
    # rdflib's grammar does not read the escaped local name (ex:a\\#): refused as unreadable, not run.
    "service_hidden_by_escape.rq": "invalid SPARQL at line 3, column 33 (near 'SERVICE'):\n"
    "  SELECT * WHERE { ?s ex:a\\# ?o . SERVICE <http://127.0.0.1:1/sparql> { ?a ?b ?c } }\n"
    "                                  ^\n"
    "  check the brackets, the dots between triple patterns and the PREFIX declarations",
    "load.rq": f"refused: LOAD is not allowed; {READ_ONLY}",
    "insert.rq": f"refused: INSERT is not allowed; {READ_ONLY}",
    "from_file.rq": f"refused: FROM <file:///etc/passwd> {OUTSIDE}",
    "from_prefixed_file.rq": f"refused: FROM <file:///etc/passwd> {OUTSIDE}",
    "from_base_relative.rq": f"refused: FROM <file:///etc/passwd> {OUTSIDE}",
}
REFUSED_INLINE = {
    "select * where { service silent <http://127.0.0.1:1/> { ?s ?p ?o } }": f"refused: SERVICE is not allowed; {READ_ONLY}",
    "SELECT * WHERE { SERVICE ?endpoint { ?s ?p ?o } VALUES ?endpoint { <http://127.0.0.1:1/> } }": f"refused: SERVICE is not allowed; {READ_ONLY}",
    "PREFIX ex: <http://e/> SELECT * WHERE { ?s ex:a\\' ?o . SERVICE <http://127.0.0.1:1/> { ?a ?b ?c } }": f"refused: SERVICE is not allowed; {READ_ONLY}",
    "DELETE WHERE { ?s ?p ?o }": f"refused: DELETE is not allowed; {READ_ONLY}",
    "WITH <https://w3id.org/policykg/id/x> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }": f"refused: DELETE, WITH is not allowed; {READ_ONLY}",
    "CLEAR ALL": f"refused: CLEAR is not allowed; {READ_ONLY}",
    "DROP GRAPH <https://w3id.org/policykg/ontology>": f"refused: DROP is not allowed; {READ_ONLY}",
    "COPY DEFAULT TO <http://example.org/g>": f"refused: COPY is not allowed; {READ_ONLY}",
    "SELECT * FROM NAMED <http://example.org/remote> WHERE { GRAPH ?g { ?s ?p ?o } }": f"refused: FROM <http://example.org/remote> {OUTSIDE}",
    "SELECT * FROM nope:x WHERE { ?s ?p ?o }": "invalid SPARQL: the prefix nope: is not declared; add PREFIX nope: <…>",
}


@pytest.fixture()
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[tuple]:
    """Make every socket Python could open fail loudly; return the list of attempts."""
    attempts: list[tuple] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise AssertionError(f"a socket was opened: {args!r}")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


# --- refused before execution ---------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(REFUSED_FILES))
def test_hostile_query_files_are_refused(name: str, corpus_store: Path, no_network: list) -> None:
    res = CliRunner().invoke(main, ["query", str(QUERIES / name), "--store", str(corpus_store)])
    assert (res.exit_code, res.stdout, res.stderr) == (1, "", f"Error: {REFUSED_FILES[name]}\n")
    assert no_network == []


@pytest.mark.parametrize("sparql", sorted(REFUSED_INLINE))
def test_hostile_inline_queries_are_refused(sparql: str, corpus_store: Path, no_network: list) -> None:
    res = CliRunner().invoke(main, ["query", "-e", sparql, "--store", str(corpus_store)])
    assert (res.exit_code, res.stdout, res.stderr) == (1, "", f"Error: {REFUSED_INLINE[sparql]}\n")
    assert no_network == []


def test_refusal_comes_before_the_store_is_opened(tmp_path: Path) -> None:
    # With no store at all the message is the refusal, not "no graph": nothing was opened or run.
    res = CliRunner().invoke(main, ["query", str(QUERIES / "insert.rq"), "--store", str(tmp_path / "none")])
    assert (res.exit_code, res.stderr) == (1, f"Error: {REFUSED_FILES['insert.rq']}\n")
    assert not (tmp_path / "none").exists()


def test_refused_update_leaves_the_store_as_it_was(corpus_store: Path) -> None:
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    before = CliRunner().invoke(main, ["query", "-e", count, "--store", str(corpus_store), "--format", "csv"]).stdout
    for name in ("insert.rq", "load.rq"):
        assert CliRunner().invoke(main, ["query", str(QUERIES / name), "--store", str(corpus_store)]).exit_code == 1
    assert CliRunner().invoke(main, ["query", "-e", count, "--store", str(corpus_store), "--format", "csv"]).stdout == before


def test_service_query_opens_no_connection_even_from_native_code(corpus_store: Path) -> None:
    listener = Listener()
    try:
        sparql = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{listener.port}/sparql> {{ ?s ?p ?o }} }}"
        # Control: without the guard, pyoxigraph really does connect (so the listener can see it).
        with pytest.raises(OSError):
            list(ox.Store().query(sparql))
        time.sleep(0.2)
        assert listener.accepted >= 1
        seen = listener.accepted
        res = CliRunner().invoke(main, ["query", "-e", sparql, "--store", str(corpus_store)])
        assert (res.exit_code, res.stderr) == (1, f"Error: refused: SERVICE is not allowed; {READ_ONLY}\n")
        time.sleep(0.2)
        assert listener.accepted == seen
    finally:
        listener.close()


@pytest.mark.parametrize(
    "sparql",
    [
        "PREFIX : <http://e/> SELECT ?service ?load WHERE { ?service :with ?load }",
        'SELECT * WHERE { ?s ?p "SERVICE <http://127.0.0.1:1/> { } LOAD <file:///etc/passwd>" }',
        "SELECT * WHERE { ?s ?p ?o } # INSERT DATA { <a> <b> <c> } in a comment",
        'SELECT * WHERE { ?s ?p "x"@en-with }',
        "SELECT * FROM <https://w3id.org/policykg/id/doc/1> WHERE { ?s ?p ?o }",
        "PREFIX id: <https://w3id.org/policykg/id/> SELECT * FROM NAMED id:doc\\/1 WHERE { GRAPH ?g { ?s ?p ?o } }",
        "BASE <https://w3id.org/policykg/> SELECT * FROM <id/doc/1> WHERE { ?s ?p ?o }",
    ],
)
def test_harmless_queries_that_look_dangerous_are_allowed(sparql: str) -> None:
    check_read_only(sparql)
    ox.Store().query(sparql)  # and they are valid SPARQL


@pytest.mark.parametrize("name", [q.name for q in list_queries()])
def test_bundled_queries_pass_the_guard(name: str) -> None:
    check_read_only(load_query(name))


# --- timeout and limit ----------------------------------------------------------------------------


def test_query_timeout_defaults_to_60_seconds() -> None:
    (opt,) = [p for p in main.commands["query"].params if p.name == "timeout"]
    assert opt.default == 60.0


def test_pathological_query_is_stopped_by_the_timeout(corpus_store: Path) -> None:
    children_before = set(multiprocessing.active_children())
    t0 = time.monotonic()
    res = CliRunner().invoke(main, ["query", str(QUERIES / "cross_product.rq"), "--timeout", "1", "--store", str(corpus_store)])
    elapsed = time.monotonic() - t0
    assert (res.exit_code, res.stdout) == (1, "")
    assert res.stderr == "Error: query timed out after 1 s and was stopped; narrow it or raise --timeout\n"
    assert elapsed < 8
    assert set(multiprocessing.active_children()) - children_before == set(), "the query process must be killed, not left running"


def _docs(store: Path, *extra: str) -> tuple[int, str, str]:
    res = CliRunner().invoke(main, ["query", "-e", DOCS, "--store", str(store), "--format", "csv", *extra])
    return res.exit_code, res.stdout, res.stderr


def test_limit_truncation_is_announced(corpus_store: Path) -> None:
    code, full, err = _docs(corpus_store)
    assert (code, err) == (0, "")
    rows = full.splitlines()
    assert len(rows) == 6  # header and the five bundled documents
    assert _docs(corpus_store, "--limit", "2") == (0, "\n".join(rows[:3]) + "\n", "(truncated: only the first 2 rows are shown; raise --limit to see more)\n")
    # Exactly as many rows as the limit: nothing was cut, so nothing is announced.
    assert _docs(corpus_store, "--limit", "5") == (0, full, "")


def test_limit_truncation_of_construct_is_announced(corpus_store: Path) -> None:
    construct = "PREFIX pkg: <https://w3id.org/policykg/ontology#> CONSTRUCT { ?d a pkg:Document } WHERE { ?d a pkg:Document }"
    res = CliRunner().invoke(main, ["query", "-e", construct, "--store", str(corpus_store), "--limit", "3"])
    assert (res.exit_code, len(res.stdout.splitlines())) == (0, 3)
    assert res.stderr == "(truncated: only the first 3 rows are shown; raise --limit to see more)\n"
    res = CliRunner().invoke(main, ["query", "-e", construct, "--store", str(corpus_store), "--limit", "5"])
    assert (res.exit_code, len(res.stdout.splitlines()), res.stderr) == (0, 5, "")


# --- RDF files given to the tool -----------------------------------------------------------------------
# The CLI has no --ontology or import option yet: the tool parses RDF only for its bundled ontology
# and authority files, so the safe loader those go through is tested directly.

from graphbuild.read.rdf import NEUTRAL_BASE, UnsafeRdfError, load_graph, load_into_store  # noqa: E402

XML_REFUSAL = "RDF/XML with a <!DOCTYPE …> declaration is refused (entity expansion and external entities are unsafe); remove the DOCTYPE and write the IRIs out in full"


@pytest.mark.parametrize("loader", ["graph", "store"])
def test_billion_laughs_is_refused_within_seconds_at_bounded_memory(loader: str) -> None:
    path = ADV / "billion_laughs.rdf"
    tracemalloc.start()
    t0 = time.monotonic()
    try:
        with pytest.raises(UnsafeRdfError) as info:
            if loader == "graph":
                load_graph(path)
            else:
                load_into_store(ox.Store(), path)
        elapsed = time.monotonic() - t0
        _size, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert str(info.value) == f"{path}: {XML_REFUSAL}"
    assert elapsed < 3
    assert peak < 5 * 1024 * 1024


def test_billion_laughs_in_utf16_is_refused() -> None:
    data = (ADV / "billion_laughs.rdf").read_text(encoding="utf-8").replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-16"?>').encode("utf-16")
    with pytest.raises(UnsafeRdfError, match="DOCTYPE"):
        load_graph(data, format="xml")


def test_external_entity_is_refused_and_discloses_nothing() -> None:
    with pytest.raises(UnsafeRdfError) as info:
        load_graph(ADV / "xxe.rdf")
    assert str(info.value) == f"{ADV / 'xxe.rdf'}: {XML_REFUSAL}"
    hostname = Path("/etc/hostname").read_text().strip() if Path("/etc/hostname").exists() else ""
    assert not hostname or hostname not in str(info.value)


def test_jsonld_with_an_outside_context_is_refused_without_fetching(no_network: list) -> None:
    with pytest.raises(UnsafeRdfError) as info:
        load_graph(ADV / "remote_context.jsonld")
    assert str(info.value) == (
        f"{ADV / 'remote_context.jsonld'}: JSON-LD refers to an outside context (file:///etc/passwd); "
        "contexts are never fetched: paste the context object into the file"
    )
    assert no_network == []


@pytest.mark.parametrize("location", ["http://127.0.0.1:1/ontology.ttl", "file:///etc/passwd"])
def test_urls_are_never_fetched(location: str, no_network: list) -> None:
    with pytest.raises(UnsafeRdfError) as info:
        load_graph(location, format="turtle")
    assert str(info.value) == f"{location}: is a URL; only local files are read (download it yourself and give the file)"
    assert no_network == []


def test_oversized_rdf_is_refused_before_parsing(tmp_path: Path) -> None:
    p = tmp_path / "big.ttl"
    p.write_text("<https://e/s> <https://e/p> 'x' .\n" * 100, encoding="utf-8")
    with pytest.raises(UnsafeRdfError) as info:
        load_graph(p, max_bytes=1000)
    assert str(info.value) == f"{p}: is {p.stat().st_size:,} bytes, over the limit of 1,000 for RDF files"


def test_clean_rdf_loads_and_relative_iris_do_not_reveal_local_paths() -> None:
    g = load_graph(ADV / "clean.rdf")
    assert [str(o) for o in g.objects()] == ["干净的计划"]
    rel = load_graph(b"<a> <b> <c> .", format="turtle")
    assert {str(t) for triple in rel for t in triple} == {NEUTRAL_BASE + "a", NEUTRAL_BASE + "b", NEUTRAL_BASE + "c"}
    store = ox.Store()
    load_into_store(store, b"<a> <b> <c> .", format="turtle")
    assert [q.subject.value for q in store] == [NEUTRAL_BASE + "a"]


def test_bundled_rdf_goes_through_the_safe_loader(monkeypatch: pytest.MonkeyPatch) -> None:
    import graphbuild.read.rdf as sl
    from graphbuild.resolve.agencies import authority
    from graphbuild.rules import load_ruleset, using
    from graphbuild.store.oxstore import load_ontology

    calls: list[str] = []
    real_graph, real_store = sl.load_graph, sl.load_into_store
    rules = load_ruleset()  # a fresh RuleSet: its authority index is built now, through the loader
    monkeypatch.setattr(sl, "load_graph", lambda src, **kw: calls.append(bytes(src) == rules.authority["agencies.ttl"] and "agencies.ttl") or real_graph(src, **kw))
    monkeypatch.setattr(sl, "load_into_store", lambda st, src, **kw: calls.append("ontology") or real_store(st, src, **kw))
    with using(rules):
        assert authority().lookup("no such agency") is None
    load_ontology(ox.Store(), b"<https://e/s> <https://e/p> <https://e/o> .")
    assert calls == ["agencies.ttl", "ontology"]

