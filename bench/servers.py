"""SPARQL servers for the side-by-side bench: Virtuoso (virtuoso-t) and the Oxigraph server (``oxigraph`` from PyPI), on 127.0.0.1.

Virtuoso is configured as tests/test_push_virtuoso.py's fixture does (its INI, fresh database in a
scratch folder); both are stopped when the ``with`` block ends, whatever happens.
"""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    """A port nobody listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def oxigraph_exe() -> str | None:
    """The ``oxigraph`` CLI (the ``bench`` extra: pip install -e '.[bench]'): beside this Python first, then on PATH."""
    beside = Path(sys.executable).parent / "oxigraph"
    return str(beside) if beside.exists() else shutil.which("oxigraph")


def select(url: str, query: str, timeout: float) -> int:
    """Run a SELECT on a SPARQL endpoint (form POST, JSON results); the number of rows. Raises on HTTP errors."""
    data = urllib.parse.urlencode({"query": query}).encode()
    req = urllib.request.Request(url, data=data, headers={"Accept": "application/sparql-results+json",
                                                          "Content-Type": "application/x-www-form-urlencoded"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return len(json.loads(resp.read())["results"]["bindings"])
    except urllib.error.HTTPError as exc:
        first = exc.read()[:300].decode("utf-8", "replace").splitlines()
        raise RuntimeError(f"HTTP {exc.code}: {first[0] if first else ''}") from exc


def _wait(url: str, proc: subprocess.Popen, within: float, log: Path) -> None:
    deadline = time.monotonic() + within
    while True:
        if proc.poll() is not None:
            raise RuntimeError(f"{proc.args[0]} exited with {proc.returncode}: {log.read_text(errors='replace')[-1500:]}")
        try:
            with urllib.request.urlopen(url, timeout=5) as resp:
                if resp.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        if time.monotonic() > deadline:
            raise RuntimeError(f"no answer on {url} within {within:g} s")
        time.sleep(0.5)


def _stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(10)


@contextmanager
def virtuoso(folder: Path, max_seconds: int = 300) -> Iterator[tuple[str, str]]:
    """virtuoso-t with an empty database in ``folder``: yields (its /sparql URL, its authenticated Graph Store URL)."""
    sys.path.insert(0, str(ROOT / "tests"))
    from test_push_virtuoso import INI  # the fixture's configuration, so that bench and tests run the same server

    folder.mkdir(parents=True, exist_ok=True)
    http_port, sql_port = free_port(), free_port()
    ini = INI.format(dir=folder, http_port=http_port, sql_port=sql_port).replace("MaxQueryExecutionTime = 120", f"MaxQueryExecutionTime = {max_seconds}")
    # The bench's stores are larger than the tests': more buffers (about 1 GB of the machine's memory).
    ini = ini.replace("NumberOfBuffers      = 10000", "NumberOfBuffers      = 85000").replace("MaxDirtyBuffers      = 6000", "MaxDirtyBuffers      = 60000")
    (folder / "virtuoso.ini").write_text(ini, encoding="utf-8")
    log = folder / "stdout.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen(["virtuoso-t", "+foreground", "+configfile", str(folder / "virtuoso.ini")], cwd=folder, stdout=out, stderr=subprocess.STDOUT)
        try:
            sparql = f"http://127.0.0.1:{http_port}/sparql"
            _wait(f"{sparql}?query=ASK%7B%7D", proc, 180, log)
            yield sparql, f"http://127.0.0.1:{http_port}/sparql-graph-crud-auth"
        finally:
            _stop(proc)


@contextmanager
def oxigraph_server(exe: str, location: Path, nquads: Path) -> Iterator[tuple[str, float]]:
    """``oxigraph load`` the N-Quads into ``location``, then ``oxigraph serve-read-only --union-default-graph``: yields (its /query URL, load seconds)."""
    t = time.perf_counter()
    subprocess.run([exe, "load", "--location", str(location), "--file", str(nquads)], check=True, capture_output=True)
    load_s = time.perf_counter() - t
    port = free_port()
    log = location.parent / "oxigraph.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen([exe, "serve-read-only", "--location", str(location), "--bind", f"127.0.0.1:{port}", "--union-default-graph"],
                                stdout=out, stderr=subprocess.STDOUT)
        try:
            url = f"http://127.0.0.1:{port}/query"
            _wait(f"{url}?query=ASK%7B%7D", proc, 60, log)
            yield url, load_s
        finally:
            _stop(proc)
