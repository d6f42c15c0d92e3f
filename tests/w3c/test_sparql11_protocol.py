"""The W3C SPARQL 1.1 Protocol test cases, run against ``policykg serve``.

The manifest (``sparql11-protocol/manifest.ttl``, vendored from w3c/rdf-tests, see LICENSE.md)
describes each case in its ``rdfs:comment``: one or more HTTP requests ("#### Request") and what
each answer must be ("#### Response": the status class, the allowed media types, and ``true`` /
``false`` for the result). The runner sends each request, its path mapped onto the endpoint's
``/sparql``, to a server on a free local port over a store holding the three graphs the cases
name (``http://kasei.us/2009/09/sparql/data/data1.rdf`` … ``data3.rdf``, each stating
``<dataN.rdf> a foaf:Document``).

Query cases must pass as written. ``serve`` is read-only: the seven update cases
(``update_*``, whose answers must be 2xx on an endpoint that accepts updates) are expected to be
refused with a 4xx, the store unchanged, and their follow-up queries are not sent. The
``bad_update_*`` cases expect a 4xx anyway and run as written.
"""

from __future__ import annotations

import json
import re
import threading
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import pyoxigraph as ox
import pytest
import rdflib

from netcheck import serve_in_thread
from graphbuild.store import StoreDir

MANIFEST = Path(__file__).parent / "sparql11-protocol" / "manifest.ttl"
MF = rdflib.Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
KASEI = "http://kasei.us/2009/09/sparql/data/"
FOAF_DOCUMENT = "http://xmlns.com/foaf/0.1/Document"
SRX = "{http://www.w3.org/2005/sparql-results#}"
# Cases whose requests are SPARQL updates: refused by the read-only endpoint (documented above).
READ_ONLY_REFUSALS = {
    "update_dataset_default_graph", "update_dataset_default_graphs", "update_dataset_named_graphs",
    "update_dataset_full", "update_post_form", "update_post_direct", "update_base_uri",
}


@dataclass
class Request:
    method: str
    target: str  # path and query string as written in the manifest
    headers: dict[str, str]
    body: str | None


@dataclass
class Response:
    status: str  # "2xx or 3xx" or "4xx"
    media_types: list[str] = field(default_factory=list)
    result: str | None = None  # "true", "false" or other text


@dataclass
class Case:
    name: str
    title: str
    steps: list[tuple[Request, Response]]
    utf16: bool


def _block(lines: list[str]) -> list[str]:
    """The 4-space-indented lines of a section, unindented, without trailing blank lines."""
    out = [ln[4:] if ln.startswith("    ") else ln.strip() for ln in lines]
    while out and not out[-1].strip():
        out.pop()
    while out and not out[0].strip():
        out.pop(0)
    return out


def _parse_request(lines: list[str]) -> Request:
    lines = _block(lines)
    method, target = lines[0].split()[:2]
    headers: dict[str, str] = {}
    i = 1
    while i < len(lines) and lines[i].strip():
        k, _, v = lines[i].partition(":")
        headers[k.strip()] = v.strip()
        i += 1
    body = "\n".join(ln.rstrip() for ln in lines[i + 1:]).strip() if i + 1 <= len(lines) - 1 else None
    return Request(method, target, headers, body or None)


def _parse_response(lines: list[str]) -> Response:
    lines = [ln.strip() for ln in _block(lines)]
    resp = Response("4xx" if lines[0].startswith("4xx") else "2xx or 3xx")
    for ln in lines[1:]:
        if ln.lower().startswith("content-type:"):
            resp.media_types = re.findall(r"[a-z]+/[a-z0-9.+-]+", ln.split(":", 1)[1])
        elif ln and ln != "followed by":
            resp.result = ln
    return resp


def load_cases() -> list[Case]:
    g = rdflib.Graph().parse(MANIFEST, format="turtle")
    manifest = next(g.subjects(rdflib.RDF.type, MF.Manifest))
    entries = rdflib.collection.Collection(g, next(g.objects(manifest, MF.entries)))
    cases = []
    for entry in entries:
        comment = str(next(g.objects(entry, rdflib.RDFS.comment)))
        sections = re.split(r"^#### (Request|Response)\s*$", comment, flags=re.M)
        steps: list[tuple[Request, Response]] = []
        pending: Request | None = None
        for kind, text in zip(sections[1::2], sections[2::2]):
            text_lines = [ln for ln in text.split("\n") if ln.strip() != "followed by"]
            if kind == "Request":
                pending = _parse_request(text_lines)
            else:
                assert pending is not None, entry
                steps.append((pending, _parse_response(text_lines)))
                pending = None
        name = str(entry).rsplit("#", 1)[1]
        cases.append(Case(name, str(next(g.objects(entry, MF.name))), steps, "encoded in utf-16" in sections[0]))
    return cases


CASES = load_cases()


def test_the_manifest_is_read_whole() -> None:
    assert len(CASES) == 34 and all(c.steps for c in CASES)
    assert {c.name for c in CASES if c.name.startswith("update_")} == READ_ONLY_REFUSALS
    assert sum(len(c.steps) for c in CASES) == 34 + 5  # five update cases are followed by a query


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A server over a store holding the manifest's three graphs."""
    sd = StoreDir(tmp_path_factory.mktemp("w3c-store"))
    gen = sd.new_generation()
    st = ox.Store(str(gen.db))
    for n in (1, 2, 3):
        doc = ox.NamedNode(f"{KASEI}data{n}.rdf")
        st.add(ox.Quad(doc, ox.NamedNode(str(rdflib.RDF.type)), ox.NamedNode(FOAF_DOCUMENT), doc))
    st.flush()
    del st
    sd.publish(gen, {"documents": {}})
    yield from serve_in_thread(sd.root, timeout=30.0)


def _send(endpoint: str, req: Request, utf16: bool) -> tuple[int, str, bytes]:
    path, _, query = req.target.partition("?")
    assert path.rstrip("/") == "/sparql", req.target
    url = endpoint + ("?" + query if query else "")
    headers = {k: v for k, v in req.headers.items() if k.lower() not in ("host", "content-length")}
    data = None if req.body is None else req.body.encode("utf-16" if utf16 else "utf-8")
    if data is not None and not any(k.lower() == "content-type" for k in headers):
        # The manifest's "no media type" cases: urllib would add a form type of its own.
        headers["Content-Type"] = ""
    r = urllib.request.Request(url, data=data, headers=headers, method=req.method)
    try:
        with urllib.request.urlopen(r, timeout=60) as resp:
            return resp.status, resp.headers.get("Content-Type", ""), resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("Content-Type", ""), exc.read()


def _boolean_or_rows(ctype: str, body: bytes) -> bool:
    """The ASK answer, or for SELECT whether there is a row (the manifest's "true" for query_dataset_full)."""
    if "json" in ctype:
        data = json.loads(body)
        return data["boolean"] if "boolean" in data else bool(data["results"]["bindings"])
    root = ET.fromstring(body)
    b = root.find(f"{SRX}boolean")
    return b.text.strip() == "true" if b is not None else bool(root.findall(f"{SRX}results/{SRX}result"))


def _graphs_held(endpoint: str) -> int:
    q = urllib.parse.urlencode({"query": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s a ?t } }"})
    with urllib.request.urlopen(urllib.request.Request(f"{endpoint}?{q}", headers={"Accept": "application/sparql-results+json"}), timeout=60) as r:
        return int(json.loads(r.read())["results"]["bindings"][0]["n"]["value"])


# Known failures today, each with its reason; strict: the test says so when it starts passing.
KNOWN_FAILURES: dict[str, str] = {}


@pytest.mark.parametrize("case", [
    pytest.param(c, marks=pytest.mark.xfail(strict=True, reason=KNOWN_FAILURES[c.name])) if c.name in KNOWN_FAILURES else c
    for c in CASES
], ids=[c.name for c in CASES])
def test_w3c_protocol_case(endpoint: str, case: Case) -> None:
    if case.name in READ_ONLY_REFUSALS:
        req, _expected_2xx = case.steps[0]
        status, _ctype, body = _send(endpoint, req, case.utf16)
        assert 400 <= status < 500 and b"read-only" in body, (status, body)
        assert _graphs_held(endpoint) == 3  # CLEAR ALL and INSERT did nothing
        return
    for req, expected in case.steps:
        status, ctype, body = _send(endpoint, req, case.utf16)
        if expected.status == "4xx":
            assert 400 <= status < 500, (status, body[:300])
            continue
        assert 200 <= status < 400, (status, body[:300])
        media = ctype.split(";")[0].strip().lower()
        if expected.media_types:
            assert media in expected.media_types, (media, expected.media_types)
        if expected.result in ("true", "false"):
            assert _boolean_or_rows(media, body) is (expected.result == "true"), body[:500]
