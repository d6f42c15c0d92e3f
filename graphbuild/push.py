"""Upload the store's named graphs to a triple store through the SPARQL 1.1 Graph Store HTTP Protocol.

``push`` sends every document graph (and the ontology graph) with ``PUT {endpoint}?graph=<iri>``,
which replaces that graph on the server: pushing twice leaves the server as after one push.
A document whose text changed gets a new graph (its IRI comes from its content hash), so the
graphs this store pushed to the same endpoint before and no longer holds are deleted
(``DELETE {endpoint}?graph=<iri>``). What was pushed where is kept in ``push-state.json`` in the
store folder.

Several stores (shards of one collection, built on different machines) can go to one server: their
document graphs differ, but each holds the shared entities graph, and a PUT of it would replace
what the other shards sent. ``merge_entities`` sends that graph with ``POST`` (the server adds the
statements, a set), so the server holds the union, as one store built from all the documents
would; entities a shard no longer names are then not removed (drop the graph and push every
shard again for that; docs/scaling.md).

Graph Store endpoints (``--endpoint``):

- Virtuoso: ``http://HOST:8890/sparql-graph-crud-auth`` with ``--user dba --password dba``
  (digest authentication), or ``/sparql-graph-crud`` once the SPARQL user has SPARQL_UPDATE;
- Fuseki: ``http://HOST:3030/DATASET/data`` (basic authentication when configured);
- GraphDB (and RDF4J): ``http://HOST:7200/repositories/REPO/rdf-graphs/service``.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast
from urllib.parse import urlencode, urlsplit

import pyoxigraph as ox
import requests

from .errors import PolicykgError
from .export import PREFIXES
from .export import registry as graph_formats
from .outfile import write_atomic
from .store import ONTOLOGY_GRAPH, StoreDir
from .vocab import ENTITIES_GRAPH

STATE_FILE = "push-state.json"
# A Graph Store PUT carries one graph: the triple formats of the registry (export/registry.py).
FORMATS = ("turtle", "nt")
_HINT = (
    "Graph Store endpoints look like http://HOST:8890/sparql-graph-crud-auth (Virtuoso), "
    "http://HOST:3030/DATASET/data (Fuseki) or http://HOST:7200/repositories/REPO/rdf-graphs/service (GraphDB)"
)


class PushError(PolicykgError):
    """The endpoint could not be reached or refused a graph; the message says what to change."""


@dataclass(frozen=True)
class GraphPush:
    """One graph sent to the server."""

    iri: str
    triples: int
    status: int


@dataclass
class PushResult:
    """What a push did."""

    endpoint: str
    pushed: list[GraphPush] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)

    @property
    def triples(self) -> int:
        """Triples sent in all."""
        return sum(g.triples for g in self.pushed)


def graph_url(endpoint: str, iri: str) -> str:
    """The Graph Store URL of one graph (indirect identification: ``?graph=``)."""
    sep = "&" if urlsplit(endpoint).query else "?"
    return f"{endpoint}{sep}{urlencode({'graph': iri})}"


def _explain(method: str, url: str, iri: str, resp: requests.Response) -> PushError:
    code = resp.status_code
    if code == 401:
        return PushError(
            f"{method} {url}: the server asks for credentials (HTTP 401); pass --user and --password "
            "(Virtuoso: --user dba --password dba unless its administrator password was changed)"
        )
    if code == 403:
        return PushError(
            f"{method} {url}: the account may not write graphs (HTTP 403); on Virtuoso use /sparql-graph-crud-auth "
            "with --user dba, or grant SPARQL_UPDATE to the SPARQL user; on Fuseki enable updates for the dataset"
        )
    if code in (404, 405, 501):
        return PushError(f"{method} {url}: not a Graph Store Protocol endpoint (HTTP {code}). {_HINT}")
    body = resp.text.strip().replace("\n", " ")[:300]
    return PushError(f"{method} of graph <{iri}> failed with HTTP {code}: {body}")


class _Client:
    """A session that answers the server's first 401 with digest or basic authentication, as it asks."""

    def __init__(self, user: str | None, password: str | None, timeout: float) -> None:
        self.session = requests.Session()
        self.user, self.password, self.timeout = user, password, timeout

    def send(self, method: str, url: str, iri: str, body: bytes | None = None, content_type: str | None = None) -> int:
        """Send one request; its status, or a PushError that says what to change."""
        resp = self.request(method, url, body, content_type)
        if method == "DELETE" and resp.status_code == 404:
            return 404  # already gone: what we wanted
        if resp.status_code >= 300:
            raise _explain(method, url, iri, resp)
        return resp.status_code

    def request(self, method: str, url: str, body: bytes | None = None, content_type: str | None = None,
                headers: dict[str, str] | None = None) -> requests.Response:
        """Send one request (authenticating when asked); a PushError only when the server cannot be reached."""
        headers = {**(headers or {}), **({"Content-Type": content_type} if content_type else {})}
        try:
            resp = self.session.request(method, url, data=body, headers=headers, timeout=self.timeout)
            if resp.status_code == 401 and self.user is not None and self.session.auth is None:
                scheme = resp.headers.get("WWW-Authenticate", "").split(" ", 1)[0].lower()
                pw = self.password or ""
                self.session.auth = requests.auth.HTTPDigestAuth(self.user, pw) if scheme == "digest" else requests.auth.HTTPBasicAuth(self.user, pw)
                resp = self.session.request(method, url, data=body, headers=headers, timeout=self.timeout)
        except requests.exceptions.Timeout as exc:
            raise PushError(f"{method} {url}: no answer within {self.timeout:g} s; is the server overloaded? (raise --timeout)") from exc
        except requests.exceptions.RequestException as exc:
            m = re.search(r"\[Errno -?\d+\] ([^'\")\]]+)", str(exc))
            reason = m.group(1) if m else type(exc).__name__
            raise PushError(f"cannot reach {url.split('?')[0]} ({reason}): is the triple store running, and is --endpoint right? {_HINT}") from exc
        return resp


_RESULTS_TYPES = ("application/sparql-results+json", "application/sparql-results+xml")


def check_graph_store(client: _Client, endpoint: str) -> None:
    """Refuse at once an endpoint that answers SPARQL queries but not Graph Store requests.

    A query endpoint (Virtuoso's /sparql, Fuseki's /DATASET/sparql) given a PUT may wait for ever
    instead of refusing it, so ask first: a Graph Store endpoint answers a GET of a graph that
    does not exist with 404 (or an empty graph); a query endpoint answers it with "no query" (400)
    or a query form, and answers ``?query=ASK {}`` with SPARQL results.
    """
    probe = client.request("GET", graph_url(endpoint, f"https://w3id.org/policykg/push-probe/{os.getpid()}"),
                           headers={"Accept": "text/turtle, application/n-triples;q=0.9, */*;q=0.1"})
    kind = probe.headers.get("Content-Type", "").split(";")[0].strip().lower()
    if probe.status_code in (401, 403, 404) or (probe.status_code in (200, 204) and kind not in ("text/html", *_RESULTS_TYPES)
                                                and "sparql-service-description" not in probe.text):
        return  # a Graph Store endpoint (or a wrong URL, or no permission: the PUT says which)
    ask = client.request("GET", f"{endpoint}{'&' if urlsplit(endpoint).query else '?'}{urlencode({'query': 'ASK {}'})}",
                         headers={"Accept": ", ".join(_RESULTS_TYPES)})
    if ask.status_code == 200 and ask.headers.get("Content-Type", "").split(";")[0].strip().lower() in _RESULTS_TYPES:
        raise PushError(
            f"--endpoint {endpoint} is a SPARQL query endpoint, not a Graph Store Protocol endpoint: it answers queries "
            f"but not graph uploads (a GET of a graph gave HTTP {probe.status_code}). {_HINT}"
        )


def _state_key(endpoint: str) -> str:
    return hashlib.sha256(endpoint.encode()).hexdigest()[:16]


def _read_state(root: Path) -> dict:
    f = root / STATE_FILE
    try:
        return json.loads(f.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _write_state(root: Path, state: dict) -> None:
    write_atomic(root / STATE_FILE, json.dumps(state, indent=1, sort_keys=True).encode("utf-8"))


def push(
    endpoint: str,
    *,
    store: str | Path = ".policykg",
    user: str | None = None,
    password: str | None = None,
    fmt: str = "turtle",
    with_ontology: bool = True,
    prune: bool = True,
    merge_entities: bool = False,
    timeout: float = 120.0,
    on_graph: Callable[[GraphPush], None] | None = None,
) -> PushResult:
    """PUT each named graph of the store to a Graph Store endpoint (the entities graph POSTed with ``merge_entities``); delete the ones this store pushed before and dropped."""
    parts = urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise PushError(f"--endpoint {endpoint!r} is not an http(s) URL. {_HINT}")
    if fmt not in FORMATS:
        raise PushError(f"unknown format {fmt!r}; use one of: {', '.join(FORMATS)}")
    registered = graph_formats.get(fmt)
    rdf_format, content_type = cast("ox.RdfFormat", registered.rdf), registered.content_type
    sd = StoreDir(store)
    st = sd.open_read()
    graphs = sorted(g.value for g in st.named_graphs() if isinstance(g, ox.NamedNode) and (with_ontology or g.value != ONTOLOGY_GRAPH))
    client = _Client(user, password, timeout)
    check_graph_store(client, endpoint)
    state = _read_state(sd.root)
    key = _state_key(endpoint)
    # Every graph that may be on the server, recorded as it goes (before each upload, after each
    # deletion): a push killed halfway still lets the next one remove what it had sent.
    on_server = set(state.get(key, {}).get("graphs", []))
    before = set(on_server)

    def record() -> None:
        if on_server or key in state:
            state[key] = {"endpoint": endpoint, "graphs": sorted(on_server)}
            try:
                _write_state(sd.root, state)
            except OSError as exc:
                raise PushError(f"cannot record the push in {sd.root / STATE_FILE} ({exc.strerror or exc}); check the store folder's permissions and free space") from exc

    result = PushResult(endpoint)
    for iri in graphs:
        triples = [q.triple for q in st.quads_for_pattern(None, None, None, ox.NamedNode(iri))]
        body = ox.serialize(triples, format=rdf_format, prefixes=PREFIXES if rdf_format == ox.RdfFormat.TURTLE else None) or b""
        if iri not in on_server:
            on_server.add(iri)  # before the upload: the server may apply it even if we never see the answer
            record()
        method = "POST" if merge_entities and iri == ENTITIES_GRAPH else "PUT"
        status = client.send(method, graph_url(endpoint, iri), iri, body, content_type)
        g = GraphPush(iri, len(triples), status)
        result.pushed.append(g)
        if on_graph is not None:
            on_graph(g)
    if prune:
        for iri in sorted(before - set(graphs) - ({ENTITIES_GRAPH} if merge_entities else set())):
            client.send("DELETE", graph_url(endpoint, iri), iri)
            result.deleted.append(iri)
            on_server.discard(iri)
            record()
    return result
