"""Test helpers for the network side: a counting TCP listener, the forms that bypassed the old query
guard, and a ``policykg serve`` endpoint in a thread."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path

DOC = "https://w3id.org/policykg/id/doc/1a4bcafc0d4494d0"  # 001 of the bundled corpus


class Listener:
    """A TCP server on 127.0.0.1 that counts the connections it accepts (native code included)."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.server.settimeout(0.05)
        self.port = self.server.getsockname()[1]
        self.accepted = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.server.accept()
            except OSError:
                continue
            self.accepted += 1
            conn.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(2)
        self.server.close()


def bypasses(port: int) -> dict[str, str]:
    """The four forms that passed the old guard and made the engine POST to the named host."""
    url = f"http://127.0.0.1:{port}/"
    return {
        "prefixed service": f"PREFIX : <{url}> SELECT ?x WHERE {{ SERVICE:x {{ ?x ?b ?c }} }}",
        "glued to a number": f"SELECT ?x WHERE {{ ?s ?p 0SERVICE <{url}d> {{ ?x ?b ?c }} }}",
        "glued to a bracket": f"PREFIX ex: <{url}> SELECT ?x WHERE {{ BIND(1 AS ?v) FILTER(?v<2)SERVICEex:lt#>\n{{ ?x ?b ?c }} }}",
        "comment ended by CR": f"SELECT ?x WHERE {{ # a comment\rSERVICE <{url}d> {{ ?x ?b ?c }} }}",
    }


def serve_in_thread(store: Path, **kwargs: object) -> Iterator[str]:
    """Yield the /sparql URL of a ``policykg serve`` endpoint over ``store`` on a free 127.0.0.1 port, then stop it."""
    from graphbuild.serve import create_server, endpoint_url

    server = create_server(store, host="127.0.0.1", port=0, **kwargs)  # type: ignore[arg-type]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield endpoint_url(server)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(10)


def http(url: str, *, params: dict[str, str] | list[tuple[str, str]] | None = None, data: bytes | None = None,
         headers: dict[str, str] | None = None, method: str | None = None) -> tuple[int, dict[str, str], bytes]:
    """One HTTP request: (status, headers, body), error statuses included."""
    import urllib.error
    import urllib.parse
    import urllib.request

    full = url + ("?" + urllib.parse.urlencode(params) if params else "")
    req = urllib.request.Request(full, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=60) as resp:
            return resp.status, dict(resp.headers), resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()
