"""``policykg push`` against small fake servers on 127.0.0.1: a Graph Store endpoint that keeps the
graphs it is sent (and can hang on one upload, so that the push can be killed mid-way), and a SPARQL
query endpoint that, like Virtuoso's /sparql, never answers a PUT.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from click.testing import CliRunner

from graphbuild.build import remove
from graphbuild.cli import main
from graphbuild.store import ONTOLOGY_GRAPH, StoreDir
from graphbuild.vocab import ENTITIES_GRAPH, document_iri

ROOT = Path(__file__).resolve().parents[1]


class FakeServer:
    """A Graph Store (``/gsp``) and a SPARQL query endpoint (``/sparql``) in one thread-per-request server."""

    def __init__(self) -> None:
        self.graphs: dict[str, bytes] = {}
        self.log: list[tuple[str, str, str]] = []  # (method, path, graph)
        self.hang_on_put: int | None = None  # the n-th PUT (1-based) waits for ``release``
        self.release = threading.Event()
        self.hanging = threading.Event()
        self._puts = 0
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_args: object) -> None:
                pass

            def _graph(self) -> str:
                return parse_qs(urlsplit(self.path).query).get("graph", [""])[0]

            def _reply(self, code: int, body: bytes = b"", kind: str = "text/plain") -> None:
                self.send_response(code)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                path = urlsplit(self.path).path
                server.log.append(("GET", path, self._graph()))
                if path == "/sparql":
                    if "query" in parse_qs(urlsplit(self.path).query):
                        self._reply(200, json.dumps({"head": {}, "boolean": False}).encode(), "application/sparql-results+json")
                    else:
                        self._reply(400, b"Virtuoso 22023 Error The request does not contain text of SPARQL query")
                elif self._graph() in server.graphs:
                    self._reply(200, server.graphs[self._graph()], "text/turtle")
                else:
                    self._reply(404, b"no such graph")

            def do_PUT(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                path = urlsplit(self.path).path
                server.log.append(("PUT", path, self._graph()))
                if path == "/sparql":
                    server.release.wait(60)  # a query endpoint that never answers an upload
                    return
                with server._lock:
                    server._puts += 1
                    n = server._puts
                if n == server.hang_on_put:
                    server.hanging.set()
                    server.release.wait(60)
                    return
                created = self._graph() not in server.graphs
                server.graphs[self._graph()] = body
                self._reply(201 if created else 204)

            def do_DELETE(self) -> None:  # noqa: N802
                server.log.append(("DELETE", urlsplit(self.path).path, self._graph()))
                if server.graphs.pop(self._graph(), None) is None:
                    self._reply(404)
                else:
                    self._reply(204)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def puts(self) -> list[str]:
        return [g for m, p, g in self.log if m == "PUT" and p == "/gsp"]


@pytest.fixture()
def server() -> Iterator[FakeServer]:
    s = FakeServer()
    s.thread.start()
    try:
        yield s
    finally:
        s.release.set()
        s.httpd.shutdown()
        s.httpd.server_close()


@pytest.fixture()
def store_copy(corpus_store: Path, tmp_path: Path) -> Path:
    """A copy of the corpus store (push writes push-state.json into it, remove changes it)."""
    dst = tmp_path / "store"
    shutil.copytree(corpus_store, dst, symlinks=True)
    return dst


def _graphs(store: Path) -> set[str]:
    import pyoxigraph as ox

    return {g.value for g in StoreDir(store).open_read().named_graphs() if isinstance(g, ox.NamedNode)}


def test_push_uploads_every_graph_and_a_second_push_changes_nothing(server: FakeServer, store_copy: Path) -> None:
    res = CliRunner().invoke(main, ["push", "--endpoint", f"{server.url}/gsp", "--store", str(store_copy)])
    assert res.exit_code == 0, res.output
    assert set(server.graphs) == _graphs(store_copy)
    assert res.stdout.startswith(f"pushed {len(server.graphs)} graphs (")
    before = dict(server.graphs)
    res = CliRunner().invoke(main, ["push", "--endpoint", f"{server.url}/gsp", "--store", str(store_copy)])
    assert res.exit_code == 0 and server.graphs == before
    assert [m for m, _p, _g in server.log if m == "DELETE"] == []


def test_a_push_killed_midway_still_lets_the_next_push_prune(server: FakeServer, store_copy: Path) -> None:
    """kill -9 of push, then remove, then push: the graphs the killed push sent are deleted on the server."""
    docs = sorted(StoreDir(store_copy).require_current().manifest()["documents"].items(), key=lambda kv: str(document_iri(kv[0])))
    order = sorted(_graphs(store_copy))
    # Graphs go in name order: the shared entities graph first, then the documents.
    assert order[0] == ENTITIES_GRAPH
    assert [str(document_iri(h)) for h, _d in docs] == [g for g in order if g not in (ONTOLOGY_GRAPH, ENTITIES_GRAPH)][: len(docs)]
    server.hang_on_put = 4
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "graphbuild.cli", "push", "--endpoint", f"{server.url}/gsp", "--store", str(store_copy)],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert server.hanging.wait(60), "the push never reached its fourth upload"
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    server.release.set()
    sent = set(server.graphs)
    assert sent == set(order[:3]), "the first three uploads (entities, two documents) reached the server before the kill"

    # The two documents already on the server (and the one being sent) are removed from the store.
    gone = [d["names"][0] for _h, d in docs[:3]]
    assert sorted(remove(gone, store=store_copy)) == sorted(gone)
    server.hang_on_put = None
    res = CliRunner().invoke(main, ["push", "--endpoint", f"{server.url}/gsp", "--store", str(store_copy)])
    assert res.exit_code == 0, res.output
    assert res.stdout.endswith("; deleted 3 stale graph(s)\n")
    assert set(server.graphs) == _graphs(store_copy), "a graph of a removed document stayed on the server"
    state = json.loads((store_copy / "push-state.json").read_text(encoding="utf-8"))
    assert [sorted(v["graphs"]) for v in state.values()] == [sorted(_graphs(store_copy))]


def test_push_to_a_query_endpoint_fails_at_once_and_says_so(server: FakeServer, store_copy: Path) -> None:
    t0 = time.monotonic()
    res = CliRunner().invoke(main, ["push", "--endpoint", f"{server.url}/sparql", "--store", str(store_copy)])
    assert time.monotonic() - t0 < 10
    assert (res.exit_code, res.stdout) == (1, "")
    assert res.stderr == (
        f"Error: --endpoint {server.url}/sparql is a SPARQL query endpoint, not a Graph Store Protocol endpoint: it answers queries "
        "but not graph uploads (a GET of a graph gave HTTP 400). Graph Store endpoints look like http://HOST:8890/sparql-graph-crud-auth "
        "(Virtuoso), http://HOST:3030/DATASET/data (Fuseki) or http://HOST:7200/repositories/REPO/rdf-graphs/service (GraphDB)\n"
    )
    assert [m for m, p, _g in server.log if m == "PUT"] == []
    assert not (store_copy / "push-state.json").exists()
