"""The read-only SPARQL 1.1 Protocol endpoint (graphbuild.serve), queried with SPARQLWrapper.

A server on a free 127.0.0.1 port, in a thread of the test process, serves the corpus store;
its answers are compared with the same queries run on the store directly.
"""

from __future__ import annotations

import csv
import io
import json
import socket
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from click.testing import CliRunner
from netcheck import http, serve_in_thread
from rdflib.compare import isomorphic
from SPARQLWrapper import CSV, JSON, POST, POSTDIRECTLY, TSV, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from graphbuild.query import load_query
from graphbuild.serve import Preferences, ProtocolError, choose, parse_accept
from graphbuild.store import StoreDir

PKG = "https://w3id.org/policykg/ontology#"
AGENCIES = f"""PREFIX pkg: <{PKG}>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?agency ?label WHERE {{ ?agency a pkg:Agency ; rdfs:label ?label }} ORDER BY ?agency"""
CONSTRUCT = f"""PREFIX pkg: <{PKG}>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
CONSTRUCT {{ ?agency a pkg:Agency ; rdfs:label ?label }} WHERE {{ ?agency a pkg:Agency ; rdfs:label ?label }}"""
# Every triple three times over: far more rows than any timeout lets through.
CROSS_PRODUCT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def _local(store: Path, sparql: str) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
    return StoreDir(store).open_read().query(sparql, use_default_graph_as_union=True)


def _local_rows(store: Path, sparql: str) -> list[dict[str, str]]:
    res = _local(store, sparql)
    cols = [v.value for v in res.variables]  # type: ignore[union-attr]
    return [{c: s[c].value for c in cols if s[c] is not None} for s in res]  # type: ignore[union-attr]


def _start(store: Path, timeout: float) -> Iterator[str]:
    yield from serve_in_thread(store, timeout=timeout)


@pytest.fixture(scope="module")
def endpoint(corpus_store: Path) -> Iterator[str]:
    """URL of /sparql on a server over the corpus store (30 s timeout)."""
    yield from _start(corpus_store, 30.0)


@pytest.fixture(scope="module")
def impatient_endpoint(corpus_store: Path) -> Iterator[str]:
    """URL of /sparql on a server whose queries stop after one second."""
    yield from _start(corpus_store, 1.0)


def _wrapper(url: str, query: str, fmt: str = JSON) -> SPARQLWrapper:
    sw = SPARQLWrapper(url)
    sw.setQuery(query)
    sw.setReturnFormat(fmt)
    return sw


_http = http


# --- result formats -------------------------------------------------------------------------


def test_select_json_matches_the_store(endpoint: str, corpus_store: Path) -> None:
    res = _wrapper(endpoint, AGENCIES).query().convert()
    rows = [{k: v["value"] for k, v in b.items()} for b in res["results"]["bindings"]]
    assert res["head"]["vars"] == ["agency", "label"]
    assert rows == _local_rows(corpus_store, AGENCIES)
    assert len(rows) > 10
    assert any("重庆市" in r["label"] for r in rows)  # UTF-8 survives the trip


def test_bundled_query_over_post_matches_the_store(endpoint: str, corpus_store: Path) -> None:
    text = load_query("shared-responsibility")
    expected = _local_rows(corpus_store, text)
    for request_method in (None, POSTDIRECTLY):  # form-encoded POST, then the bare query as the body
        sw = _wrapper(endpoint, text)
        sw.setMethod(POST)
        if request_method:
            sw.setRequestMethod(request_method)
        res = sw.query().convert()
        rows = [{k: v["value"] for k, v in b.items()} for b in res["results"]["bindings"]]
        assert rows == expected
    assert expected and int(expected[0]["shared_tasks"]) > 1


def test_select_xml(endpoint: str, corpus_store: Path) -> None:
    doc = _wrapper(endpoint, AGENCIES, XML).query().convert()
    results = doc.getElementsByTagName("result")
    labels = [b.getElementsByTagName("literal")[0].firstChild.data for r in results for b in r.getElementsByTagName("binding") if b.getAttribute("name") == "label"]
    assert labels == [r["label"] for r in _local_rows(corpus_store, AGENCIES)]


@pytest.mark.parametrize("fmt", [CSV, TSV])
def test_select_csv_and_tsv(endpoint: str, corpus_store: Path, fmt: str) -> None:
    result = _wrapper(endpoint, AGENCIES, fmt).query()
    body = result.convert()
    assert isinstance(body, bytes)
    expected_type = "text/csv" if fmt == CSV else "text/tab-separated-values"
    assert result.response.headers["Content-Type"].startswith(expected_type)
    text = body.decode("utf-8")
    rows = list(csv.reader(io.StringIO(text))) if fmt == CSV else [line.split("\t") for line in text.splitlines()]
    local = _local_rows(corpus_store, AGENCIES)
    assert len(rows) == len(local) + 1
    labels = [r[1] for r in rows[1:]]
    if fmt == TSV:  # TSV writes RDF terms: "literal"@zh-hans and <iri>
        assert rows[0] == ["?agency", "?label"]
        assert all(x.endswith('"@zh-hans') for x in labels)
        labels = [json.loads(x.removesuffix("@zh-hans")) for x in labels]
    else:
        assert rows[0] == ["agency", "label"]
    assert labels == [r["label"] for r in local]


def test_ask(endpoint: str) -> None:
    assert _wrapper(endpoint, f"ASK {{ ?a a <{PKG}Agency> }}").query().convert()["boolean"] is True
    assert _wrapper(endpoint, f"ASK {{ ?a a <{PKG}NoSuchClass> }}").query().convert()["boolean"] is False


def test_construct_turtle_is_the_same_graph(endpoint: str, corpus_store: Path) -> None:
    body = _wrapper(endpoint, CONSTRUCT, TURTLE).query().convert()
    got = rdflib.Graph().parse(data=body, format="turtle")
    expected = rdflib.Graph().parse(data=ox.serialize(list(_local(corpus_store, CONSTRUCT)), format=ox.RdfFormat.N_TRIPLES), format="nt")
    assert len(got) > 20
    assert isomorphic(got, expected)


def test_construct_ntriples_by_accept(endpoint: str, corpus_store: Path) -> None:
    sw = _wrapper(endpoint, CONSTRUCT, TURTLE)
    sw.setOnlyConneg(True)
    sw.addCustomHttpHeader("Accept", "application/n-triples")
    result = sw.query()
    assert result.response.headers["Content-Type"].startswith("application/n-triples")
    got = rdflib.Graph().parse(data=result.response.read(), format="nt")
    expected = rdflib.Graph().parse(data=ox.serialize(list(_local(corpus_store, CONSTRUCT)), format=ox.RdfFormat.N_TRIPLES), format="nt")
    assert isomorphic(got, expected)


def test_format_parameter_beats_accept(endpoint: str) -> None:
    status, headers, body = _http(endpoint, params={"query": AGENCIES, "format": "csv"}, headers={"Accept": "application/sparql-results+json"})
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    assert body.decode("utf-8").splitlines()[0] == "agency,label"


def test_unacceptable_media_type_is_406(endpoint: str) -> None:
    status, _h, body = _http(endpoint, params={"query": AGENCIES}, headers={"Accept": "image/png"})
    assert status == 406
    assert b"application/sparql-results+json" in body
    status, _h, _b = _http(endpoint, params={"query": CONSTRUCT, "format": "csv"})
    assert status == 406  # CSV cannot carry a graph


def test_default_graph_uri_restricts_the_dataset(endpoint: str, corpus_store: Path) -> None:
    st = StoreDir(corpus_store).open_read()
    doc = next(g.value for g in st.named_graphs() if "/id/doc/" in g.value)
    size = sum(1 for _ in st.quads_for_pattern(None, None, None, ox.NamedNode(doc)))
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    status, _h, body = _http(endpoint, params={"query": count, "default-graph-uri": doc})
    assert status == 200
    assert int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) == size
    status, _h, body = _http(endpoint, params={"query": count})
    assert int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) > size  # the union of all graphs


# --- refusals, errors, timeouts -------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    [
        "INSERT DATA { <https://w3id.org/policykg/id/x> <https://w3id.org/policykg/id/p> 1 }",
        "DELETE WHERE { ?s ?p ?o }",
        "LOAD <http://example.org/data.ttl>",
        "DROP ALL",
    ],
)
def test_updates_are_refused(endpoint: str, corpus_store: Path, query: str) -> None:
    before = len(StoreDir(corpus_store).open_read())
    sw = _wrapper(endpoint, query)
    sw.setMethod(POST)  # SPARQLWrapper sends these as update=…
    with pytest.raises(QueryBadFormed, match="read-only|not allowed"):
        sw.query()
    # The same text sent as a query is refused too.
    status, _h, body = _http(endpoint, params={"query": query})
    assert status == 400 and b"refused" in body
    status, _h, _b = _http(endpoint, data=query.encode(), headers={"Content-Type": "application/sparql-update"}, method="POST")
    assert status == 400
    assert len(StoreDir(corpus_store).open_read()) == before


def test_service_is_refused(endpoint: str) -> None:
    query = "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"
    with pytest.raises(QueryBadFormed, match="SERVICE"):
        _wrapper(endpoint, query).query()


def test_invalid_sparql_is_400(endpoint: str) -> None:
    with pytest.raises(QueryBadFormed, match="invalid SPARQL"):
        _wrapper(endpoint, "SELECT ?x WHERE { ?x").query()


def test_bad_requests(endpoint: str) -> None:
    status, _h, body = _http(endpoint, data=b"query=x", headers={"Content-Type": "text/plain"}, method="POST")
    assert status == 415 and b"application/sparql-query" in body
    status, _h, _b = _http(endpoint, params={"query": ""})
    assert status == 400
    status, headers, _b = _http(endpoint, method="PUT", data=b"")
    assert status == 405 and "GET" in headers["Allow"]
    status, _h, body = _http(endpoint.replace("/sparql", "/nothing"))
    assert status == 404 and b"/sparql" in body


def test_timeout_answers_503_and_the_server_goes_on(impatient_endpoint: str) -> None:
    with pytest.raises(urllib.error.HTTPError) as info:
        _wrapper(impatient_endpoint, CROSS_PRODUCT).query()
    assert info.value.code == 503
    assert b"timed out" in info.value.read()
    # Killing the query left the server able to answer.
    assert _wrapper(impatient_endpoint, f"ASK {{ ?a a <{PKG}Agency> }}").query().convert()["boolean"] is True


def test_timeout_parameter_can_only_shorten(endpoint: str) -> None:
    status, _h, body = _http(endpoint, params={"query": CROSS_PRODUCT, "timeout": "0.5"})
    assert status == 503 and b"timed out after 0.5 s" in body
    status, _h, body = _http(endpoint, params={"query": f"ASK {{ ?a a <{PKG}Agency> }}", "timeout": "3600"})
    assert status == 200
    status, _h, body = _http(endpoint, params={"query": CROSS_PRODUCT, "timeout": "soon"})
    assert status == 400


# --- browsers (YASGUI) ----------------------------------------------------------------------


def test_cors(endpoint: str) -> None:
    status, headers, _b = _http(endpoint, method="OPTIONS", headers={"Origin": "https://yasgui.example", "Access-Control-Request-Method": "POST"})
    assert status == 204
    assert headers["Access-Control-Allow-Origin"] == "*"
    assert "POST" in headers["Access-Control-Allow-Methods"]
    _s, headers, _b = _http(endpoint, params={"query": AGENCIES})
    assert headers["Access-Control-Allow-Origin"] == "*"
    _s, headers, _b = _http(endpoint, params={"query": "SELECT"})
    assert headers["Access-Control-Allow-Origin"] == "*"  # errors too, or the browser hides the reason


def test_service_description(endpoint: str) -> None:
    status, headers, body = _http(endpoint)
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    g = rdflib.Graph().parse(data=body, format="turtle")
    sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    assert (rdflib.URIRef(endpoint), sd.endpoint, rdflib.URIRef(endpoint)) in g


# --- content negotiation (unit) -------------------------------------------------------------


def test_parse_accept_orders_by_q_then_specificity() -> None:
    got = parse_accept("text/*;q=0.5, application/sparql-results+xml;q=0.9, */*;q=0.1, text/csv;q=0.5, image/png;q=0")
    assert got == [("application/sparql-results+xml", 0.9), ("text/csv", 0.5), ("text/*", 0.5), ("*/*", 0.1)]


@pytest.mark.parametrize(
    "kind, accept, formats, expected",
    [
        ("select", "", [], "application/sparql-results+json"),
        ("select", "*/*", [], "application/sparql-results+json"),
        ("select", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", [], "application/xml"),
        ("select", "text/*", [], "text/xml"),
        ("graph", "text/*", [], "text/turtle"),
        ("graph", "application/rdf+xml", [], "application/rdf+xml"),
        ("graph", "", ["json"], "application/ld+json"),
        ("select", "", ["tsv", "text/tab-separated-values"], "text/tab-separated-values"),
        ("ask", "", ["text/csv"], "text/csv"),
    ],
)
def test_choose(kind: str, accept: str, formats: list[str], expected: str) -> None:
    assert choose(kind, Preferences(parse_accept(accept), formats)) == expected


def test_choose_refuses_what_it_cannot_write() -> None:
    with pytest.raises(ProtocolError) as info:
        choose("graph", Preferences([], ["tsv"]))
    assert info.value.status == 406


# --- the command ----------------------------------------------------------------------------


def test_cli_serve_reports_a_busy_port(corpus_store: Path) -> None:
    from graphbuild.cli import main

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        port = sock.getsockname()[1]
        res = CliRunner().invoke(main, ["serve", "--store", str(corpus_store), "--port", str(port), "--quiet"])
    assert res.exit_code == 1
    assert f"cannot listen on 127.0.0.1:{port}" in res.output and "--port" in res.output


def test_cli_serve_needs_a_store(tmp_path: Path) -> None:
    from graphbuild.cli import main

    res = CliRunner().invoke(main, ["serve", "--store", str(tmp_path / "none"), "--port", "0"])
    assert res.exit_code == 1
    assert "policykg build" in res.output
