"""A read-only SPARQL 1.1 Protocol endpoint over the store (``policykg serve``).

``make_app`` returns a WSGI application answering ``/sparql``:

- queries by ``GET ?query=``, ``POST`` of an HTML form (``application/x-www-form-urlencoded``)
  or ``POST`` of the bare query (``application/sparql-query``), with optional
  ``default-graph-uri`` / ``named-graph-uri`` parameters;
- SELECT / ASK results as SPARQL JSON, XML, CSV or TSV, CONSTRUCT / DESCRIBE results as
  Turtle, N-Triples, RDF/XML or JSON-LD, chosen by the ``Accept`` header or by a ``format``
  (or ``output``) parameter, which wins;
- updates, ``SERVICE``, ``LOAD`` and ``FROM`` of outside graphs are refused with 400 by the
  SPARQL grammar (``graphbuild.query.check``), invalid queries too, with line and column;
- each query runs in a sandboxed child process (no network, a memory cap) that is killed when
  it runs past the timeout (pyoxigraph cannot interrupt a query): the answer is then 503; a
  request's ``timeout=`` can only lower the server's limit;
- queries share the slots fairly (``Slots``): at most one fewer than the slots per client
  address, and a quick lane (a quarter of the slots, at least one) where a query runs at most
  QUICK_SECONDS, kept from clients whose queries overran lately, so that cheap queries keep
  answering while expensive ones hold the other slots until their timeout; a Host header that does not name the server is
  answered 421 (DNS rebinding); CORS headers (``*`` while the sandbox holds, or the origins of
  ``--allow-origin``) let browser tools such as YASGUI query it from another origin.

The dataset follows SPARQL 1.1 §13 and the Protocol (``graphbuild.query.runner``): without one
in the request or the query, the default graph is the union of all named graphs, as in
``policykg query`` (and as in Virtuoso). Relative IRIs resolve against the endpoint's URL. Each
query opens the store's current generation, so a ``policykg build`` running beside the server
is picked up without a restart.
"""

from __future__ import annotations

import logging
import math
import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast
from urllib.parse import parse_qs

import pyoxigraph as ox
import waitress

from . import __version__
from .errors import PolicykgError
from .export import PREFIXES
from .export import registry as graph_formats
from .query import Dataset, QueryError, prepare, run_prepared, sandbox
from .query.runner import default_memory_limit
from .store import StoreDir, StoreError

DEFAULT_TIMEOUT = 30.0
QUICK_SECONDS = 2.0  # the time a query taken in the quick lane may run (Slots)
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
# CONSTRUCT and DESCRIBE: the graph formats of the one registry (export/registry.py), media type → format.
GRAPH_TYPES: dict[str, ox.RdfFormat] = {
    mt: f.rdf for f in graph_formats.registered() if f.graph_results and f.rdf is not None for mt in f.media_types
}
# ``format=`` names as SPARQLWrapper, YASGUI, Fuseki and Virtuoso send them: (for results, for graphs).
FORMAT_NAMES: dict[str, tuple[str | None, str | None]] = {
    **{n: (None, f.media_type) for f in graph_formats.registered() if f.graph_results for n in (f.name, *f.aliases)},
    "json": ("application/sparql-results+json", "application/ld+json"),
    "xml": ("application/sparql-results+xml", "application/rdf+xml"),
    "csv": ("text/csv", None),
    "tsv": ("text/tab-separated-values", None),
}
_TEXTUAL = ("text/", "application/n-triples")


class ProtocolError(PolicykgError):
    """A request the endpoint answers with an HTTP error status and a plain-text reason."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message

    def __reduce__(self) -> tuple:
        # It crosses the pipe from the query child: rebuild it from both fields.
        return (ProtocolError, (self.status, self.message))


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


def _serialized(data: bytes | None) -> bytes:
    # pyoxigraph's stubs type serialize() as bytes | None: it returns the bytes when given no output.
    return cast("bytes", data)


def answer(res: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples, prefs: Preferences) -> Answer:
    """A query's result serialized in the media type the client prefers (runs in the query child)."""
    if isinstance(res, ox.QueryBoolean):
        mime = choose("ask", prefs)
        return Answer(_content_type(mime), _serialized(res.serialize(format=RESULT_TYPES[mime])), "ask")
    try:
        if isinstance(res, ox.QuerySolutions):
            mime = choose("select", prefs)
            return Answer(_content_type(mime), _serialized(res.serialize(format=RESULT_TYPES[mime])), "select")
        mime = choose("graph", prefs)
        fmt = GRAPH_TYPES[mime]
        triples = list(res)
    except OSError as exc:  # evaluation errors surface while the solutions are read
        raise QueryError(f"query failed: {exc}", "failed") from None
    prefixes = PREFIXES if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML) else None
    body = ox.serialize(triples, format=fmt, prefixes=prefixes) if triples or fmt != ox.RdfFormat.N_TRIPLES else b""
    return Answer(_content_type(mime), body or b"", "graph")


def _answer_or_protocol_error(res: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples, prefs: Preferences) -> Answer | ProtocolError:
    # A 406 is decided in the child, where the result's kind is known; it travels back as a value.
    try:
        return answer(res, prefs)
    except ProtocolError as exc:
        return exc


def _warm() -> None:
    """Nothing: started once so that the fork server is up before the first query."""


_STATUS = {"refused": 400, "invalid": 400, "timeout": 503, "memory": 503, "failed": 500}


class Slots:
    """Query slots shared fairly: at most ``size`` queries run, at most ``per_client`` of one client,
    and at most ``queue`` requests wait; the rest are answered 503 at once.

    ``quick`` of the slots form a quick lane, kept for queries that end soon: a query taken
    there is stopped after QUICK_SECONDS, and a client whose query overran a limit lately
    (``overran``) does not get one. pyoxigraph cannot interrupt a query, so without it a few
    expensive queries held every slot until their timeout and cheap ones only waited.
    """

    def __init__(self, size: int, per_client: int, queue: int, quick: int = 0) -> None:
        self.size, self.per_client, self.queue = size, per_client, queue
        self.quick = min(quick, size - 1)  # at least one slot where a query may run its full time
        self._cond = threading.Condition()
        self._running = 0  # in the full-length slots
        self._quick_running = 0
        self._waiting = 0
        self._by_client: dict[str, int] = {}
        self._overran: dict[str, float] = {}

    def _take(self, client: str) -> bool | None:
        """A free slot for ``client``: False a full-length one, True a quick one; None: none now."""
        if self._by_client.get(client, 0) >= self.per_client:
            return None
        if self._running < self.size - self.quick:
            self._running += 1
            quick = False
        elif self._quick_running < self.quick and time.monotonic() >= self._overran.get(client, 0.0):
            self._quick_running += 1
            quick = True
        else:
            return None
        self._by_client[client] = self._by_client.get(client, 0) + 1
        return quick

    def acquire(self, client: str, timeout: float) -> bool:
        """Take a slot for ``client`` within ``timeout`` seconds (True: in the quick lane), or raise ProtocolError 503."""
        deadline = time.monotonic() + timeout
        with self._cond:
            got = self._take(client)
            if got is not None:  # a free slot is taken at once, however many wait for another kind
                return got
            if self._waiting >= self.queue:
                raise ProtocolError(503, f"the server is busy: {self._waiting} queries are already waiting; retry later")
            self._waiting += 1
            try:
                while (got := self._take(client)) is None:
                    left = deadline - time.monotonic()
                    if left <= 0:
                        mine = self._by_client.get(client, 0)
                        why = f"{mine} of your queries are running" if mine >= self.per_client else "every query slot stayed taken"
                        raise ProtocolError(503, f"the server is busy: {why} for {timeout:g} s; retry later")
                    self._cond.wait(left)
                return got
            finally:
                self._waiting -= 1

    def release(self, client: str, quick: bool = False) -> None:
        """Give the slot of ``client`` back (``quick``: one of the quick lane)."""
        with self._cond:
            if quick:
                self._quick_running -= 1
            else:
                self._running -= 1
            left = self._by_client.get(client, 1) - 1
            if left:
                self._by_client[client] = left
            else:
                self._by_client.pop(client, None)
            self._cond.notify_all()

    def overran(self, client: str, seconds: float = 60.0) -> None:
        """A query of ``client`` overran its time or memory: no quick slot for it for ``seconds``."""
        with self._cond:
            now = time.monotonic()
            self._overran = {c: t for c, t in self._overran.items() if t > now}  # bounded by the clients of the last minute
            self._overran[client] = now + seconds


class QueryRunner:
    """Runs queries on a store folder, each in a sandboxed child process killed after ``timeout`` seconds."""

    def __init__(self, store: str | Path, *, timeout: float = DEFAULT_TIMEOUT, memory_limit: int | None = None,
                 max_running: int | None = None, per_client: int | None = None) -> None:
        if not timeout or timeout <= 0 or math.isnan(timeout):
            raise ValueError("the server's query timeout must be a positive number of seconds")
        self.store = StoreDir(store)
        self.timeout = timeout
        self.memory_limit = default_memory_limit() if memory_limit is None else memory_limit
        # A fork server, not fork(): the HTTP server is multi-threaded, and forking a threaded
        # process can copy a lock held by another thread into the child.
        self._ctx = multiprocessing.get_context("forkserver")
        self._ctx.set_forkserver_preload(["graphbuild.serve"])
        size = max_running or max(2, os.cpu_count() or 2)
        self.slots = Slots(size, per_client or max(1, size - 1), queue=8 * size, quick=max(1, size // 4))

    def warm_up(self) -> None:
        """Start the fork server now rather than on the first request."""
        p = self._ctx.Process(target=_warm, daemon=True)
        p.start()
        p.join(30)

    def limit(self, wanted: float | None) -> float:
        """The time limit of one request: the client's ``timeout=`` can only lower the server's."""
        if wanted is None:
            return self.timeout
        if math.isnan(wanted) or math.isinf(wanted) or wanted <= 0:
            raise ProtocolError(400, f"timeout={wanted!r}: give a positive number of seconds (at most {self.timeout:g}, the server's limit)")
        return min(wanted, self.timeout)

    def run(self, sparql: str, prefs: Preferences, dataset: Dataset | None = None, timeout: float | None = None, *,
            client: str = "", base_iri: str | None = None) -> Answer:
        """Answer one query, or raise ProtocolError (400 refused/invalid, 503 timed out, too big or busy)."""
        dataset = dataset or Dataset()
        limit = self.limit(timeout)
        try:
            prepared = prepare(sparql, base_iri=base_iri, dataset=dataset)
        except QueryError as exc:
            raise ProtocolError(_STATUS.get(exc.reason, 400), str(exc)) from exc
        try:
            gen = self.store.require_current()
        except StoreError as exc:
            raise ProtocolError(503, str(exc)) from exc
        started = time.monotonic()
        quick = self.slots.acquire(client, limit)
        left = max(0.1, limit - (time.monotonic() - started))
        try:
            out = run_prepared(prepared, gen.db, ctx=self._ctx, timeout=min(left, QUICK_SECONDS) if quick else left,
                               memory_limit=self.memory_limit, finish=_answer_or_protocol_error, finish_args=(prefs,), shown_timeout=limit)
        except QueryError as exc:
            if exc.reason in ("timeout", "memory"):
                self.slots.overran(client)
            if quick and exc.reason == "timeout" and left > QUICK_SECONDS:
                raise ProtocolError(503, f"the server is busy: every full-length query slot is taken, and this query was stopped after "
                                         f"{QUICK_SECONDS:g} s in the quick lane; retry later") from exc
            raise ProtocolError(_STATUS.get(exc.reason, 500), str(exc)) from exc
        finally:
            self.slots.release(client, quick)
        if isinstance(out, ProtocolError):
            raise out
        return out


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


StartResponse = Callable[..., object]
_REASONS = {200: "OK", 204: "No Content", 400: "Bad Request", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed",
            406: "Not Acceptable", 413: "Payload Too Large", 415: "Unsupported Media Type", 421: "Misdirected Request",
            500: "Internal Server Error", 503: "Service Unavailable"}


@dataclass(frozen=True)
class Access:
    """Who may talk to the endpoint: the Host names it answers to and the origins CORS admits."""

    hosts: frozenset[str] = frozenset()  # empty: any Host (bound to every interface)
    origins: tuple[str, ...] = ()  # "*" or exact origins; empty: no CORS header

    def host_ok(self, host: str) -> bool:
        """Whether a request's Host header names this server (DNS rebinding defence)."""
        return not self.hosts or host.lower() in self.hosts

    def cors(self, origin: str | None) -> list[tuple[str, str]]:
        """The CORS headers for a request from ``origin``."""
        if not self.origins:
            return []
        if "*" in self.origins:
            allow = "*"
        elif origin and origin in self.origins:
            allow = origin
        else:
            return []
        return [("Access-Control-Allow-Origin", allow), ("Access-Control-Allow-Methods", "GET, POST, OPTIONS"),
                ("Access-Control-Allow-Headers", "Accept, Content-Type"), ("Access-Control-Max-Age", "86400")]


def access_for(host: str, port: int, allow_origins: tuple[str, ...] | None, extra_hosts: tuple[str, ...] = ()) -> Access:
    """The Access of a server bound to ``host:port``.

    Bound to one address, it answers only to Host headers naming it (for loopback also
    ``localhost``), so a web page cannot reach it through a rebound DNS name. CORS: ``*`` by
    default when the query children cannot reach the network (a page can then read the store
    but cannot use the server as a proxy); otherwise only the origins given by ``--allow-origin``.
    """
    if host in ("0.0.0.0", "::", ""):
        hosts: frozenset[str] = frozenset()
    else:
        names = {host, f"[{host}]" if ":" in host else host, *extra_hosts}
        if host.startswith("127.") or host in ("::1", "localhost"):
            names |= {"localhost", "127.0.0.1", "[::1]"}
        hosts = frozenset(h.lower() for n in names for h in (n, f"{n}:{port}"))
    if allow_origins is None:
        allow_origins = ("*",) if sandbox.network_wall() else ()
    return Access(hosts, tuple(allow_origins))


def _reply(start: StartResponse, status: int, content_type: str, body: bytes, extra: Iterable[tuple[str, str]] = ()) -> list[bytes]:
    headers = [("Content-Type", content_type), ("Content-Length", str(len(body))), ("Vary", "Accept, Origin"),
               ("X-Content-Type-Options", "nosniff"), *extra]
    start(f"{status} {_REASONS.get(status, 'Error')}", headers)
    return [body]


def _params(environ: dict) -> tuple[dict[str, list[str]], str | None]:
    """The request parameters (URL and form body) and, for application/sparql-query, the body query."""
    params = parse_qs(environ.get("QUERY_STRING", ""), keep_blank_values=True)
    if environ["REQUEST_METHOD"] != "POST":
        return params, None
    raw = environ.get("CONTENT_LENGTH") or ""
    if raw and not raw.isdigit():
        raise ProtocolError(400, f"Content-Length {raw!r} is not a number of bytes")
    length = int(raw or 0)
    if length > MAX_BODY:
        raise ProtocolError(413, f"request body of {length} bytes is larger than the {MAX_BODY} bytes allowed")
    # Never more than the cap, whatever the header said (a server may pass a body without one).
    body = environ["wsgi.input"].read(min(length, MAX_BODY + 1)) if length else b""
    if len(body) > MAX_BODY:
        raise ProtocolError(413, f"request body larger than the {MAX_BODY} bytes allowed")
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


def make_app(store: str | Path, *, timeout: float = DEFAULT_TIMEOUT, runner: QueryRunner | None = None,
             endpoint: str = f"http://{DEFAULT_HOST}:{DEFAULT_PORT}{PATH}", access: Access | None = None) -> Callable:
    """The WSGI application serving ``store`` read-only at /sparql (``endpoint``: its public URL)."""
    runner = runner or QueryRunner(store, timeout=timeout)
    access = access or Access()

    def app(environ: dict, start: StartResponse) -> list[bytes]:
        method = environ["REQUEST_METHOD"]
        path = environ.get("PATH_INFO") or "/"
        text = "text/plain; charset=utf-8"
        host = environ.get("HTTP_HOST") or ""
        if not access.host_ok(host):
            log.info("%s %s -> 421 Host %r", method, path, host)
            return _reply(start, 421, text, f"this server does not answer to the host name {host!r}; use {endpoint}\n".encode())
        cors = access.cors(environ.get("HTTP_ORIGIN"))
        if path.rstrip("/") != PATH:
            msg = f"not found: {path}; the SPARQL endpoint is {PATH}\n" if path != "/" else f"policykg SPARQL endpoint: {PATH}\n"
            return _reply(start, 404 if path != "/" else 200, text, msg.encode(), cors)
        if method == "OPTIONS":
            return _reply(start, 204, text, b"", cors)
        if method not in ("GET", "POST"):
            return _reply(start, 405, text, f"method {method} not allowed: use GET or POST\n".encode(), [("Allow", "GET, POST, OPTIONS"), *cors])
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
                    return _reply(start, 200, "text/turtle; charset=utf-8", service_description(endpoint), cors)
                raise ProtocolError(400, "no query: send query=… (GET or form POST) or a body of type application/sparql-query")
            prefs = Preferences(parse_accept(environ.get("HTTP_ACCEPT")), params.get("format", []) + params.get("output", []))
            dataset = Dataset(tuple(params.get("default-graph-uri", [])), tuple(params.get("named-graph-uri", [])))
            wanted = None
            if params.get("timeout"):
                try:
                    wanted = float(params["timeout"][0])
                except ValueError as exc:
                    raise ProtocolError(400, f"timeout={params['timeout'][0]!r} is not a number of seconds") from exc
            client = str(environ.get("REMOTE_ADDR") or "")
            result = runner.run(queries[0], prefs, dataset, wanted, client=client, base_iri=endpoint)
        except ProtocolError as exc:
            log.info("%s %s -> %d %s", method, path, exc.status, exc.message.splitlines()[0] if exc.message else "")
            return _reply(start, exc.status, text, (exc.message + "\n").encode("utf-8"), cors)
        return _reply(start, 200, result.content_type, result.body, cors)

    return app


class Server:
    """A running endpoint: waitress serving the app, with the URL it answers on."""

    def __init__(self, wsgi: Any, url: str) -> None:
        self._wsgi = wsgi
        self.url = url
        self._done = threading.Event()

    @property
    def server_address(self) -> tuple[str, int]:
        """The bound (host, port)."""
        return (str(self._wsgi.effective_host), int(self._wsgi.effective_port))

    def serve_forever(self) -> None:
        """Answer requests until ``shutdown()`` (or Ctrl-C)."""
        try:
            self._wsgi.run()
        finally:
            self._done.set()

    def shutdown(self) -> None:
        """Stop ``serve_forever`` from another thread and wait for it (a no-op once it has stopped)."""
        if self._done.is_set():
            return
        try:
            self._wsgi.trigger.pull_trigger(self._wsgi.close)
        except OSError:
            # The loop closed its trigger while stopping on its own (EBADF): there is nothing left to wake.
            if not self._done.wait(10):
                raise
            return
        self._done.wait(10)

    def server_close(self) -> None:
        """Release the socket and the worker threads."""
        if not self._done.is_set():
            self._wsgi.close()


def create_server(store: str | Path, *, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, timeout: float = DEFAULT_TIMEOUT,
                  memory_limit: int | None = None, allow_origins: tuple[str, ...] | None = None,
                  allow_hosts: tuple[str, ...] = (), threads: int | None = None) -> Server:
    """A server for the endpoint, bound but not yet serving (port 0: any free port).

    waitress, not ``wsgiref``: it reads requests asynchronously (300 slow clients hold no
    thread), closes idle connections, queues 1,024 pending connections, and refuses bodies over
    the cap for any Content-Length (absent, negative or lying) or chunked encoding.
    """
    StoreDir(store).require_current()
    sandbox.network_wall()  # probed (by a fork) before any server thread exists
    runner = QueryRunner(store, timeout=timeout, memory_limit=memory_limit)
    runner.warm_up()
    app: Callable[..., Any]  # made below, once the bound port gives the endpoint's URL
    wsgi = waitress.create_server(
        lambda e, s: app(e, s), host=host, port=port, threads=threads or max(8, 4 * (os.cpu_count() or 2)),
        backlog=1024, connection_limit=1000, channel_timeout=max(60, int(timeout) + 30), cleanup_interval=10,
        # waitress drains bodies up to four times the cap, so that the app can answer 413 to a
        # client still sending (a connection closed mid-body reaches the client as a reset);
        # beyond that waitress answers 413 itself and closes.
        max_request_body_size=4 * MAX_BODY, ident=f"policykg/{__version__}", expose_tracebacks=False, clear_untrusted_proxy_headers=True,
    )
    bound_host, bound_port = str(wsgi.effective_host), int(wsgi.effective_port)
    shown = f"[{bound_host}]" if ":" in bound_host else bound_host
    url = f"http://{shown}:{bound_port}{PATH}"
    app = make_app(store, runner=runner, endpoint=url, access=access_for(host, bound_port, allow_origins, allow_hosts))
    return Server(wsgi, url)


def endpoint_url(server: Server) -> str:
    """The /sparql URL a created server answers on."""
    return server.url


def serve(store: str | Path, *, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, timeout: float = DEFAULT_TIMEOUT,
          memory_limit: int | None = None, allow_origins: tuple[str, ...] | None = None, allow_hosts: tuple[str, ...] = (),
          on_ready: Callable[[str], None] | None = None) -> None:
    """Serve the store at http://host:port/sparql until interrupted (Ctrl-C)."""
    server = create_server(store, host=host, port=port, timeout=timeout, memory_limit=memory_limit, allow_origins=allow_origins, allow_hosts=allow_hosts)
    try:
        if on_ready is not None:
            on_ready(endpoint_url(server))
        server.serve_forever()
    finally:
        server.server_close()
