"""graphbuild.query: the grammar check, the sandboxed query child, dataset semantics and parameters.

Every way the old regex guard was bypassed (issue 18) is refused here, from the CLI and over HTTP
(tests/test_serve_hardening.py); the sandbox is tested on its own by running a SERVICE query
that skipped the grammar check; a local listener proves that no connection is made.
"""

from __future__ import annotations

import multiprocessing
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from netcheck import DOC, Listener, bypasses

from graphbuild.cli import main
from graphbuild.query import QueryError, check_query, prepare, run_prepared, sandbox
from graphbuild.query.check import CheckedQuery
from graphbuild.query.params import check_params, parse_assignments, parse_param
from graphbuild.query.runner import Dataset, Prepared
from graphbuild.store import StoreDir

READ_ONLY = "`policykg query` runs read-only SELECT, ASK, CONSTRUCT and DESCRIBE queries over the local store"


@pytest.fixture()
def listener() -> object:
    lst = Listener()
    yield lst
    lst.close()



# --- the grammar check ------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["prefixed service", "glued to a number", "glued to a bracket", "comment ended by CR"])
def test_each_old_bypass_is_refused_by_the_cli_and_opens_no_connection(name: str, corpus_store: Path, listener: Listener) -> None:
    sparql = bypasses(listener.port)[name]
    with pytest.raises(QueryError):
        check_query(sparql)
    for extra in ([], ["--timeout", "0"]):
        res = CliRunner().invoke(main, ["query", "-e", sparql, "--store", str(corpus_store), *extra])
        assert (res.exit_code, res.stdout) == (1, "")
        assert res.stderr.startswith(("Error: refused: SERVICE is not allowed", "Error: invalid SPARQL at line "))
    time.sleep(0.2)
    assert listener.accepted == 0


def test_the_prefixed_service_form_is_named_as_service() -> None:
    with pytest.raises(QueryError) as err:
        check_query("PREFIX : <http://127.0.0.1:1/> SELECT ?x WHERE { SERVICE:x { ?x ?b ?c } }")
    assert str(err.value) == f"refused: SERVICE is not allowed; {READ_ONLY}"
    assert err.value.reason == "refused"


def test_syntax_errors_name_line_and_column_with_a_caret() -> None:
    with pytest.raises(QueryError) as err:
        check_query("PREFIX pkg: <https://w3id.org/policykg/ontology#>\nSELECT ?a WHERE {\n  ?a a pkg:Agency .\n  ?a rdfs:label ?l ?x\n}")
    assert str(err.value) == (
        "invalid SPARQL at line 4, column 20 (near '?x'):\n"
        "    ?a rdfs:label ?l ?x\n"
        "                     ^\n"
        "  check the brackets, the dots between triple patterns and the PREFIX declarations"
    )


def test_an_undeclared_prefix_is_named() -> None:
    with pytest.raises(QueryError) as err:
        check_query("SELECT ?a WHERE { ?a foo:bar ?b }")
    assert str(err.value) == "invalid SPARQL: the prefix foo: is not declared; add PREFIX foo: <…>"


def test_project_prefixes_need_no_declaration(corpus_store: Path) -> None:
    res = CliRunner().invoke(main, ["query", "-e", "SELECT (COUNT(*) AS ?n) WHERE { ?a a pkg:Agency ; rdfs:label ?l }",
                                    "--store", str(corpus_store), "--format", "csv"])
    assert res.exit_code == 0, res.stderr
    assert res.stdout.splitlines()[0] == "n" and int(res.stdout.splitlines()[1]) > 10


def test_deeply_nested_queries_are_refused_without_crashing(corpus_store: Path) -> None:
    sparql = "SELECT * WHERE { FILTER(" + "(" * 5000 + "1" + ")" * 5000 + ") }"
    res = CliRunner().invoke(main, ["query", "-e", sparql, "--store", str(corpus_store), "--timeout", "0"])
    assert (res.exit_code, res.stderr) == (1, "Error: refused: the query nests brackets more than 200 deep; no policykg question needs that\n")


@pytest.mark.parametrize(
    ("sparql", "reason"),
    [
        ("INSERT DATA { <a> <b> <c> }", "refused"),
        ("LOAD <file:///etc/passwd>", "refused"),
        ("SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }", "refused"),
        ("SELECT * WHERE { ?s ?p ?o", "invalid"),
    ],
)
def test_reasons(sparql: str, reason: str) -> None:
    with pytest.raises(QueryError) as err:
        check_query(sparql)
    assert err.value.reason == reason


def test_dataset_of_a_query_is_read_from_the_grammar() -> None:
    q = check_query(f"BASE <https://w3id.org/policykg/id/> SELECT * FROM <doc/1> FROM NAMED <{DOC}> WHERE {{ ?s ?p ?o }}")
    assert (q.kind, q.default_graphs, q.named_graphs) == ("select", ("https://w3id.org/policykg/id/doc/1",), (DOC,))
    assert check_query("ASK { ?s ?p ?o }").has_dataset is False


# --- grammar fuzz: keyword, prefix, comment and IRI forms --------------------------------------

_SEPARATORS = st.sampled_from(["", " ", "\t", "\n", "\r", "\r\n", "#c\n", "#c\r", "# SERVICE\n"])
_KEYWORD = st.sampled_from(["SERVICE", "service", "Service", "SERVICE SILENT", "sErViCe silent"])
_BEFORE = st.sampled_from(["", "?s ?p ?o .", "?s ?p 0", "FILTER(?v<2)", "BIND(1 AS ?v)", "{ }", "OPTIONAL { ?a ?b ?c }"])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(before=_BEFORE, sep1=_SEPARATORS, keyword=_KEYWORD, sep2=_SEPARATORS, target=st.sampled_from(["iri", "pname", "empty-prefix", "var"]))
def test_no_service_form_reaches_the_network(before: str, sep1: str, keyword: str, sep2: str, target: str, corpus_store: Path) -> None:
    lst = Listener()
    try:
        url = f"http://127.0.0.1:{lst.port}/"
        endpoint = {"iri": f"<{url}s>", "pname": "ex:s", "empty-prefix": ":s", "var": "?e"}[target]
        values = f" VALUES ?e {{ <{url}s> }}" if target == "var" else ""
        sparql = f"PREFIX ex: <{url}> PREFIX : <{url}> SELECT * WHERE {{ {before}{sep1}{keyword}{sep2}{endpoint} {{ ?x ?y ?z }}{values} }}"
        res = CliRunner().invoke(main, ["query", "-e", sparql, "--store", str(corpus_store), "--timeout", "20"])
        time.sleep(0.05)
        assert lst.accepted == 0, sparql
        assert res.exit_code in (0, 1), res.output
    finally:
        lst.close()


# --- the second wall: the sandbox ---------------------------------------------------------------


def test_the_query_child_cannot_open_a_connection_even_without_the_grammar_check(corpus_store: Path, listener: Listener) -> None:
    if not sandbox.network_wall():
        pytest.skip("no seccomp and no network namespace on this machine: the grammar check is the only wall")
    sparql = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{listener.port}/sparql> {{ ?s ?p ?o }} }}"
    # A Prepared built by hand, as if the grammar check had been fooled.
    fooled = Prepared(sparql, CheckedQuery("select", (), (), frozenset()), None, {}, Dataset())
    with pytest.raises(QueryError) as err:
        run_prepared(fooled, StoreDir(corpus_store).require_current().db, ctx=multiprocessing.get_context("fork"), timeout=20, memory_limit=None)
    assert err.value.reason == "failed" and "Permission denied" in str(err.value)
    time.sleep(0.2)
    assert listener.accepted == 0


def test_a_query_beyond_the_memory_cap_is_stopped_with_a_clear_message(corpus_store: Path) -> None:
    res = CliRunner().invoke(main, ["query", "-e", "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?o ?a ?c WHERE { ?s ?p ?o . ?a ?b ?c } }",
                                    "--store", str(corpus_store), "--memory-limit", "700M", "--timeout", "60"])
    assert (res.exit_code, res.stdout) == (1, "")
    assert res.stderr == ("Error: query used too much memory (limit 700 MiB) and was stopped; narrow it (LIMIT, more specific patterns) "
                          "or raise --memory-limit\n")


def test_ordinary_queries_run_under_the_default_cap(corpus_store: Path) -> None:
    res = CliRunner().invoke(main, ["query", "agency-workload", "--store", str(corpus_store), "--format", "csv", "--limit", "3"])
    assert res.exit_code == 0, res.stderr


# --- dataset semantics (SPARQL 1.1 §13) -----------------------------------------------------------


def _count(store: Path, sparql: str) -> int:
    res = CliRunner().invoke(main, ["query", "-e", sparql, "--store", str(store), "--format", "csv"])
    assert res.exit_code == 0, res.stderr
    return int(res.stdout.splitlines()[1])


def test_from_defines_the_default_graph(corpus_store: Path) -> None:
    in_graph = _count(corpus_store, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{DOC}> {{ ?s ?p ?o }} }}")
    union = _count(corpus_store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert 0 < in_graph < union
    assert _count(corpus_store, f"SELECT (COUNT(*) AS ?n) FROM <{DOC}> WHERE {{ ?s ?p ?o }}") == in_graph


def test_from_named_alone_leaves_an_empty_default_graph(corpus_store: Path) -> None:
    assert _count(corpus_store, f"SELECT (COUNT(*) AS ?n) FROM NAMED <{DOC}> WHERE {{ ?s ?p ?o }}") == 0
    in_graph = _count(corpus_store, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{DOC}> {{ ?s ?p ?o }} }}")
    assert _count(corpus_store, f"SELECT (COUNT(*) AS ?n) FROM NAMED <{DOC}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}") == in_graph


def test_relative_iris_resolve_against_the_store(corpus_store: Path) -> None:
    res = CliRunner().invoke(main, ["query", "-e", "SELECT ?s WHERE { ?s <p> ?o }", "--store", str(corpus_store), "--format", "csv"])
    assert (res.exit_code, res.stdout) == (0, "s\n")


# --- parameters ---------------------------------------------------------------------------------


def test_unknown_parameter_names_the_known_ones(corpus_store: Path) -> None:
    res = CliRunner().invoke(main, ["query", "targets", "--param", "yeer=2025", "--store", str(corpus_store)])
    assert (res.exit_code, res.stdout, res.stderr) == (1, "", "Error: unknown parameter 'yeer' (did you mean year?); this query takes: year\n")


@pytest.mark.parametrize(
    ("query", "param", "message"),
    [
        ("targets", "year=abc", "Error: --param year='abc': year is a year of four digits (e.g. year=2025)\n"),
        ("shared-responsibility", "min_shared=ten", "Error: --param min_shared='ten': min_shared is an integer (e.g. min_shared=2)\n"),
        ("shared-responsibility", "agency", "Error: --param 'agency' is not VAR=VALUE (as in --param year=2025)\n"),
    ],
)
def test_parameter_types_are_checked(query: str, param: str, message: str, corpus_store: Path) -> None:
    res = CliRunner().invoke(main, ["query", query, "--param", param, "--store", str(corpus_store)])
    assert (res.exit_code, res.stdout, res.stderr) == (1, "", message)


def _rows(store: Path, *args: str) -> list[str]:
    res = CliRunner().invoke(main, ["query", *args, "--store", str(store), "--format", "csv"])
    assert res.exit_code == 0, res.stderr
    return res.stdout.splitlines()[1:]


@pytest.mark.parametrize("value", ["重庆市经济和信息化委员会", "重慶市經濟和信息化委員會", "市经济信息委", "市經濟信息委"])
def test_agency_parameter_takes_labels_and_aliases_in_either_script(value: str, corpus_store: Path) -> None:
    rows = _rows(corpus_store, "shared-responsibility", "--param", f"agency={value}")
    assert rows and all("重庆市经济和信息化委员会" in r for r in rows)
    assert rows == _rows(corpus_store, "shared-responsibility", "--param", "agency=重庆市经济和信息化委员会")


def test_a_missed_agency_lists_close_matches(corpus_store: Path) -> None:
    res = CliRunner().invoke(main, ["query", "shared-responsibility", "--param", "agency=经济信息委", "--store", str(corpus_store)])
    assert (res.exit_code, res.stdout) == (1, "")
    assert res.stderr.startswith("Error: --param agency='经济信息委': no agency has this label or alias in the store (Simplified or Traditional); close matches: 重庆市经济和信息化委员会")


def test_year_and_integer_parameters_filter(corpus_store: Path) -> None:
    all_rows = _rows(corpus_store, "targets")
    rows_2025 = _rows(corpus_store, "targets", "--param", "year=2025")
    assert 0 < len(rows_2025) < len(all_rows)
    assert all(",2025," in r for r in rows_2025)
    assert len(_rows(corpus_store, "shared-responsibility", "--param", "min_shared=20")) < len(_rows(corpus_store, "shared-responsibility"))


def test_inline_query_parameters_must_name_a_variable(corpus_store: Path) -> None:
    res = CliRunner().invoke(main, ["query", "-e", "SELECT ?a WHERE { ?a a pkg:Agency }", "--param", "b=1", "--store", str(corpus_store)])
    assert (res.exit_code, res.stderr) == (1, "Error: unknown parameter 'b': the query has no variable ?b (its variables: a)\n")


def test_viz_query_takes_parameters(corpus_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "q.html"
    ok = CliRunner().invoke(main, ["viz", "--query", "shared-responsibility", "--param", "agency=市經濟信息委", "-o", str(out), "--store", str(corpus_store)])
    assert ok.exit_code == 0, ok.stderr
    bad = CliRunner().invoke(main, ["viz", "--query", "targets", "--param", "yeer=1", "-o", str(out), "--store", str(corpus_store)])
    assert (bad.exit_code, bad.stderr) == (1, "Error: --query targets: unknown parameter 'yeer' (did you mean year?); this query takes: year\n")


def test_param_header_parsing() -> None:
    assert parse_param("min_shared (integer) — optional; at least").type == "integer"
    assert parse_param("agency — optional").type == "string"
    with pytest.raises(QueryError):
        parse_param("x (colour) — a colour")
    assert parse_assignments(["?a=1", "b==2"]) == {"a": "1", "b": "=2"}
    with pytest.raises(QueryError):
        parse_assignments(["a=1", "a=2"])
    assert check_params({"n": " 3 "}, [parse_param("n (integer)")], frozenset()) == {"n": ("integer", "3")}


def test_prepare_checks_protocol_graph_iris() -> None:
    with pytest.raises(QueryError) as err:
        prepare("ASK { ?s ?p ?o }", dataset=Dataset(("not an iri",), ()))
    assert err.value.reason == "invalid"
