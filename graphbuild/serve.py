"""A read-only SPARQL 1.1 Protocol endpoint over the store (``policykg serve``).

``make_app`` returns a WSGI application answering ``/sparql``:

- queries by ``GET ?query=``, ``POST`` of an HTML form (``application/x-www-form-urlencoded``)
  or ``POST`` of the bare query (``application/sparql-query``), with optional
  ``default-graph-uri`` / ``named-graph-uri`` parameters;
- SELECT / ASK results as SPARQL JSON, XML, CSV or TSV, CONSTRUCT / DESCRIBE results as
  Turtle, N-Triples, RDF/XML or JSON-LD, chosen by the ``Accept`` header or by a ``format``
  (or ``output``) parameter, which wins;
- updates, ``SERVICE``, ``LOAD`` and ``FROM`` of outside graphs are refused with 400
  (``graphbuild.query.check_read_only``), invalid queries too;
- each query runs in a child process that is killed when it runs past the timeout
  (pyoxigraph cannot interrupt a query): the answer is then 503 with "timed out";
- every answer carries ``Access-Control-Allow-Origin: *`` so that browser tools (YASGUI)
  can query it from another origin.

Without a dataset in the request, the default graph is the union of all named graphs, as in
``policykg query`` (and as in Virtuoso). Each query opens the store's current generation, so a
``policykg build`` running beside the server is picked up without a restart.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path
from socketserver import ThreadingMixIn
from typing import Callable, Iterable
from urllib.parse import parse_qs
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import pyoxigraph as ox

from . import __version__
from .export import PREFIXES
from .query import QueryError, check_read_only
from .store import StoreDir, StoreError

DEFAULT_TIMEOUT = 30.0
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878
MAX_BODY = 10 * 1024 * 1024
PATH = "/sparql"

log = logging.getLogger("graphbuild.serve")

# media type → format, in the order offered when the client accepts anything of a family.
RESULT_TYPES: dict[str, ox.QueryResultsFormat] = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_TYPES: dict[str, ox.RdfFormat] = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/x-turtle": ox.RdfFormat.TURTLE,
    "application/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/xml": ox.RdfFormat.RDF_XML,
    "text/xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/json": ox.RdfFormat.JSON_LD,
}
# ``format=`` names as SPARQLWrapper, YASGUI, Fuseki and Virtuoso send them: (for results, for graphs).
FORMAT_NAMES: dict[str, tuple[str | None, str | None]] = {
    "json": ("application/sparql-results+json", "application/ld+json"),
    "xml": ("application/sparql-results+xml", "application/rdf+xml"),
    "csv": ("text/csv", None),
    "tsv": ("text/tab-separated-values", None),
    "turtle": (None, "text/turtle"),
    "ttl": (None, "text/turtle"),
    "n3": (None, "text/turtle"),  # Turtle is a subset of N3
    "nt": (None, "application/n-triples"),
    "ntriples": (None, "application/n-triples"),
    "n-triples": (None, "application/n-triples"),
    "rdf+xml": (None, "application/rdf+xml"),
    "rdfxml": (None, "application/rdf+xml"),
    "json-ld": (None, "application/ld+json"),
    "jsonld": (None, "application/ld+json"),
}
_TEXTUAL = ("text/", "application/n-triples")


class ProtocolError(Exception):
    """A request the endpoint answers with an HTTP error status and a plain-text reason."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True)
class Answer:
    """A serialized query result."""

    content_type: str
    body: bytes
    kind: str  # "select", "ask" or "graph"


@dataclass(frozen=True)
class Preferences:
    """What the client accepts: media types with their q-values, best first; ``format=`` values win."""

    accept: list[tuple[str, float]] = field(default_factory=list)
    formats: list[str] = field(default_factory=list)


def parse_accept(header: str | None) -> list[tuple[str, float]]:
    """An Accept header as (media range, q) pairs, best first (more specific first on ties)."""
    if not header:
        return []
    out = []
    for i, part in enumerate(header.split(",")):
        bits = [b.strip() for b in part.split(";")]
        mime = bits[0].lower()
        if not mime:
            continue
        q = 1.0
        for b in bits[1:]:
            if b.lower().startswith("q="):
                try:
                    q = float(b[2:])
                except ValueError:
                    q = 0.0
        if q > 0:
            out.append((mime, q, mime.count("*"), i))
    out.sort(key=lambda t: (-t[1], t[2], t[3]))
    return [(m, q) for m, q, _w, _i in out]


def choose(kind: str, prefs: Preferences) -> str:
    """The media type to answer a ``kind`` result with; ProtocolError 406 when nothing fits."""
    table = GRAPH_TYPES if kind == "graph" else RESULT_TYPES
    default = "text/turtle" if kind == "graph" else "application/sparql-results+json"
    if prefs.formats:
        for f in prefs.formats:
            name = f.strip().lower()
            if name in FORMAT_NAMES:
                mime = FORMAT_NAMES[name][1 if kind == "graph" else 0]
                if mime:
                    return mime
            elif name.split(";")[0].strip() in table:
                return name.split(";")[0].strip()
        raise ProtocolError(
            406,
            f"format={','.join(prefs.formats)} cannot serialize a {kind.upper()} result; "
            f"use one of: {', '.join(sorted({n for n, v in FORMAT_NAMES.items() if v[1 if kind == 'graph' else 0]}))} or a media type ({', '.join(table)})",
        )
    if not prefs.accept:
        return default
    for mime, _q in prefs.accept:
        if mime in table:
            return mime
        if mime == "*/*":
            return default
        if mime.endswith("/*"):
            family = mime[:-1]
            if default.startswith(family):
                return default
            for m in table:
                if m.startswith(family):
                    return m
    raise ProtocolError(
        406,
        f"none of the accepted media types ({', '.join(m for m, _ in prefs.accept)}) can carry a {kind.upper()} result; accepted here: {', '.join(table)}",
    )


def _content_type(mime: str) -> str:
    return f"{mime}; charset=utf-8" if mime.startswith(_TEXTUAL) else mime


@dataclass(frozen=True)
class Dataset:
    """The RDF dataset a request asks for (SPARQL Protocol default-graph-uri / named-graph-uri)."""

    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()


def evaluate(store: ox.Store, sparql: str, prefs: Preferences, dataset: Dataset = Dataset()) -> Answer:
    """Run a checked query on an open store, in this process, and serialize the result."""
    try:
        check_read_only(sparql)
    except QueryError as exc:
        raise ProtocolError(400, str(exc)) from exc
    kwargs: dict[str, object] = {}
    if dataset.default_graphs:
        kwargs["default_graph"] = [ox.NamedNode(g) for g in dataset.default_graphs]
    else:
        kwargs["use_default_graph_as_union"] = True
    if dataset.named_graphs:
        kwargs["named_graphs"] = [ox.NamedNode(g) for g in dataset.named_graphs]
    try:
        res = store.query(sparql, **kwargs)  # type: ignore[arg-type]
    except SyntaxError as exc:
        raise ProtocolError(400, f"invalid SPARQL: {exc}") from exc
    except ValueError as exc:
        raise ProtocolError(400, f"invalid request: {exc}") from exc
    except OSError as exc:
        raise ProtocolError(500, f"query failed: {exc}") from exc
    if isinstance(res, ox.QueryBoolean):
        mime = choose("ask", prefs)
        return Answer(_content_type(mime), res.serialize(format=RESULT_TYPES[mime]), "ask")
    if isinstance(res, ox.QuerySolutions):
        mime = choose("select", prefs)
        try:
            body = res.serialize(format=RESULT_TYPES[mime])
        except OSError as exc:  # evaluation errors surface while the solutions are read
            raise ProtocolError(500, f"query failed: {exc}") from exc
        return Answer(_content_type(mime), body, "select")
    mime = choose("graph", prefs)
    fmt = GRAPH_TYPES[mime]
    try:
        triples = list(res)
    except OSError as exc:
        raise ProtocolError(500, f"query failed: {exc}") from exc
    prefixes = PREFIXES if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML) else None
    body = ox.serialize(triples, format=fmt, prefixes=prefixes) if triples or fmt != ox.RdfFormat.N_TRIPLES else b""
    return Answer(_content_type(mime), body or b"", "graph")


def _child(conn, db: str, sparql: str, prefs: Preferences, dataset: Dataset) -> None:  # noqa: ANN001
    """Body of the query process: open the generation read-only, answer, send back."""
    try:
        store = ox.Store.read_only(db)
        conn.send(("ok", evaluate(store, sparql, prefs, dataset)))
    except ProtocolError as exc:
        conn.send(("error", exc.status, exc.message))
    except BaseException as exc:  # noqa: BLE001 - reported to the parent as a 500
        conn.send(("error", 500, f"query failed: {type(exc).__name__}: {exc}"))
    finally:
        conn.close()


def _warm() -> None:
    """Nothing: started once so that the fork server is up before the first query."""


class QueryRunner:
    """Runs queries on a store folder, each in a child process killed after ``timeout`` seconds."""

    def __init__(self, store: str | Path, *, timeout: float = DEFAULT_TIMEOUT, max_running: int | None = None) -> None:
        self.store = StoreDir(store)
        self.timeout = timeout
        # A fork server, not fork(): the HTTP server is multi-threaded, and forking a threaded
        # process can copy a lock held by another thread into the child.
        self._ctx = multiprocessing.get_context("forkserver")
        self._ctx.set_forkserver_preload(["graphbuild.serve"])
        self._slots = threading.BoundedSemaphore(max_running or max(2, os.cpu_count() or 2))

    def warm_up(self) -> None:
        """Start the fork server now rather than on the first request."""
        p = self._ctx.Process(target=_warm, daemon=True)
        p.start()
        p.join(30)

    def run(self, sparql: str, prefs: Preferences, dataset: Dataset = Dataset(), timeout: float | None = None) -> Answer:
        """Answer one query, or raise ProtocolError (400 refused/invalid, 503 timed out or busy)."""
        try:
            check_read_only(sparql)
        except QueryError as exc:
            raise ProtocolError(400, str(exc)) from exc
        limit = self.timeout if timeout is None else min(timeout, self.timeout) if self.timeout else timeout
        try:
            gen = self.store.require_current()
        except StoreError as exc:
            raise ProtocolError(503, str(exc)) from exc
        if not self._slots.acquire(timeout=limit or None):
            raise ProtocolError(503, f"the server is busy: every query slot stayed taken for {limit:g} s; retry later")
        try:
            return self._run_child(str(gen.db), sparql, prefs, dataset, limit)
        finally:
            self._slots.release()

    def _run_child(self, db: str, sparql: str, prefs: Preferences, dataset: Dataset, limit: float | None) -> Answer:
        parent, child = self._ctx.Pipe(duplex=False)
        proc = self._ctx.Process(target=_child, args=(child, db, sparql, prefs, dataset), daemon=True)
        proc.start()
        child.close()
        try:
            if not parent.poll(limit or None):
                raise ProtocolError(503, f"query timed out after {limit:g} s and was stopped; narrow it (LIMIT, more specific patterns)")
            reply = parent.recv()
        except EOFError as exc:
            raise ProtocolError(500, "the query process ended without a result (out of memory?)") from exc
        finally:
            if proc.is_alive():
                proc.kill()
            proc.join(5)
            parent.close()
        if reply[0] == "error":
            raise ProtocolError(reply[1], reply[2])
        return reply[1]


def service_description(endpoint: str) -> bytes:
    """A SPARQL 1.1 Service Description of the endpoint, in Turtle."""
    return f"""@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
@prefix dcterms: <http://purl.org/dc/terms/> .

<{endpoint}> a sd:Service ;
  dcterms:title "policykg {__version__} (read-only)" ;
  sd:endpoint <{endpoint}> ;
  sd:supportedLanguage sd:SPARQL11Query ;
  sd:feature sd:UnionDefaultGraph ;
  sd:resultFormat <http://www.w3.org/ns/formats/SPARQL_Results_JSON>, <http://www.w3.org/ns/formats/SPARQL_Results_XML>,
    <http://www.w3.org/ns/formats/SPARQL_Results_CSV>, <http://www.w3.org/ns/formats/SPARQL_Results_TSV>,
    <http://www.w3.org/ns/formats/Turtle>, <http://www.w3.org/ns/formats/N-Triples>,
    <http://www.w3.org/ns/formats/RDF_XML>, <http://www.w3.org/ns/formats/JSON-LD> .
""".encode()


_CORS = [
    ("Access-Control-Allow-Origin", "*"),
    ("Access-Control-Allow-Methods", "GET, POST, OPTIONS"),
    ("Access-Control-Allow-Headers", "Accept, Content-Type"),
    ("Access-Control-Max-Age", "86400"),
]

StartResponse = Callable[..., object]


def _reply(start: StartResponse, status: int, content_type: str, body: bytes, extra: Iterable[tuple[str, str]] = ()) -> list[bytes]:
    reason = {200: "OK", 204: "No Content", 400: "Bad Request", 404: "Not Found", 405: "Method Not Allowed", 406: "Not Acceptable",
              413: "Payload Too Large", 415: "Unsupported Media Type", 500: "Internal Server Error", 503: "Service Unavailable"}.get(status, "Error")
    headers = [("Content-Type", content_type), ("Content-Length", str(len(body))), ("Vary", "Accept"), *_CORS, *extra]
    start(f"{status} {reason}", headers)
    return [body]


def _params(environ: dict) -> tuple[dict[str, list[str]], str | None]:
    """The request parameters (URL and form body) and, for application/sparql-query, the body query."""
    params = parse_qs(environ.get("QUERY_STRING", ""), keep_blank_values=True)
    if environ["REQUEST_METHOD"] != "POST":
        return params, None
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    if length > MAX_BODY:
        raise ProtocolError(413, f"request body of {length} bytes is larger than the {MAX_BODY} bytes allowed")
    body = environ["wsgi.input"].read(length) if length else b""
    ctype = (environ.get("CONTENT_TYPE") or "").split(";")[0].strip().lower()
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ProtocolError(400, f"the request body is not UTF-8: {exc}") from exc
    if ctype == "application/x-www-form-urlencoded":
        for k, v in parse_qs(text, keep_blank_values=True).items():
            params.setdefault(k, []).extend(v)
        return params, None
    if ctype == "application/sparql-query":
        return params, text
    if ctype == "application/sparql-update":
        raise ProtocolError(400, "refused: SPARQL Update is not allowed; this endpoint is read-only")
    raise ProtocolError(
        415, f"POST body of type {ctype or '(none)'!r}: send application/x-www-form-urlencoded (query=…) or application/sparql-query"
    )


def make_app(store: str | Path, *, timeout: float = DEFAULT_TIMEOUT, runner: QueryRunner | None = None) -> Callable:
    """The WSGI application serving ``store`` read-only at /sparql."""
    runner = runner or QueryRunner(store, timeout=timeout)

    def app(environ: dict, start: StartResponse) -> list[bytes]:
        method = environ["REQUEST_METHOD"]
        path = environ.get("PATH_INFO") or "/"
        text = "text/plain; charset=utf-8"
        if path.rstrip("/") != PATH:
            msg = f"not found: {path}; the SPARQL endpoint is {PATH}\n" if path != "/" else f"policykg SPARQL endpoint: {PATH}\n"
            return _reply(start, 404 if path != "/" else 200, text, msg.encode())
        if method == "OPTIONS":
            return _reply(start, 204, text, b"")
        if method not in ("GET", "POST"):
            return _reply(start, 405, text, f"method {method} not allowed: use GET or POST\n".encode(), [("Allow", "GET, POST, OPTIONS")])
        try:
            params, body_query = _params(environ)
            if "update" in params:
                raise ProtocolError(400, "refused: SPARQL Update is not allowed; this endpoint is read-only")
            queries = params.get("query", [])
            if body_query is not None:
                queries = [body_query]
            if len(queries) > 1:
                raise ProtocolError(400, "more than one query parameter: send exactly one query")
            if not queries or not queries[0].strip():
                if method == "GET" and "query" not in params:
                    host = environ.get("HTTP_HOST") or f"{environ.get('SERVER_NAME')}:{environ.get('SERVER_PORT')}"
                    return _reply(start, 200, "text/turtle; charset=utf-8", service_description(f"http://{host}{PATH}"))
                raise ProtocolError(400, "no query: send query=… (GET or form POST) or a body of type application/sparql-query")
            prefs = Preferences(parse_accept(environ.get("HTTP_ACCEPT")), params.get("format", []) + params.get("output", []))
            dataset = Dataset(tuple(params.get("default-graph-uri", [])), tuple(params.get("named-graph-uri", [])))
            wanted = None
            if params.get("timeout"):
                try:
                    wanted = float(params["timeout"][0])
                except ValueError as exc:
                    raise ProtocolError(400, f"timeout={params['timeout'][0]!r} is not a number of seconds") from exc
            answer = runner.run(queries[0], prefs, dataset, wanted)
        except ProtocolError as exc:
            log.info("%s %s -> %d %s", method, path, exc.status, exc.message)
            return _reply(start, exc.status, text, (exc.message + "\n").encode("utf-8"))
        return _reply(start, 200, answer.content_type, answer.body)

    return app


class _Server(ThreadingMixIn, WSGIServer):
    daemon_threads = True
    allow_reuse_address = True


class _Handler(WSGIRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        # The library never prints: access lines go to logging, which the CLI shows.
        log.info("%s %s", self.address_string(), format % args)


def create_server(store: str | Path, *, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, timeout: float = DEFAULT_TIMEOUT) -> WSGIServer:
    """A threaded HTTP server for the endpoint, bound but not yet serving (port 0: any free port)."""
    StoreDir(store).require_current()
    runner = QueryRunner(store, timeout=timeout)
    runner.warm_up()
    server = make_server(host, port, make_app(store, runner=runner), server_class=_Server, handler_class=_Handler)
    return server


def endpoint_url(server: WSGIServer) -> str:
    """The /sparql URL a created server answers on."""
    host, port = server.server_address[:2]
    return f"http://{host}:{port}{PATH}"


def serve(store: str | Path, *, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, timeout: float = DEFAULT_TIMEOUT,
          on_ready: Callable[[str], None] | None = None) -> None:
    """Serve the store at http://host:port/sparql until interrupted (Ctrl-C)."""
    server = create_server(store, host=host, port=port, timeout=timeout)
    try:
        if on_ready is not None:
            on_ready(endpoint_url(server))
        server.serve_forever()
    finally:
        server.server_close()
