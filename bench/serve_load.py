#!/usr/bin/env python3
"""``policykg serve`` under load (issue 16): many concurrent clients mixing cheap and expensive queries.

``python bench/serve_load.py`` builds a store of the bundled corpus (``--realdocs``: of the real
collection), starts ``policykg serve`` on a free 127.0.0.1 port as its own process, and runs
``--clients`` client threads (100) for ``--seconds`` (60). Each client sends one kind of query
again and again, one request at a time, from its own loopback address (127.0.0.2, 127.0.0.3 …:
the server's fair slots are per client address; ``--one-address`` sends everything from
127.0.0.1): one client in ten a cartesian product that runs into ``--timeout``, one in ten a
DISTINCT over pairs of triples that runs into ``--memory-limit``, the others cheap queries
(ASK, a small SELECT, the bundled agency-workload query), in turn.

It prints, per query class, requests, answers by status and reason (503 busy, timed out, out
of memory), errors, throughput, p50/p99 latency; the peak resident memory of the ``serve``
process and of its query processes (psutil, else /proc); and whether cheap queries kept
answering while an expensive one was running. Nothing is asserted on time; every loop ends by
the clock or by the request's own timeout, and nothing leaves 127.0.0.1.
"""

from __future__ import annotations

import argparse
import http.client
import math
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

REALDOCS = Path("/work/shared/realdocs/texts")
PKG = "PREFIX pkg: <https://w3id.org/policykg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
CHEAP = [
    PKG + "ASK { ?a a pkg:Agency }",
    PKG + "SELECT ?a ?l WHERE { ?a a pkg:Agency ; rdfs:label ?l } ORDER BY ?l LIMIT 10",
    (ROOT / "queries" / "agency-workload.rq").read_text(encoding="utf-8"),
]
# CPU only, no memory: counted as it streams, stopped by the server's timeout.
TIMEOUT_QUERY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
# DISTINCT keeps every pair of triples in memory: stopped by the memory cap of the query process.
MEMORY_QUERY = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?o ?a ?c WHERE { ?s ?p ?o . ?a ?b ?c } }"
CLASSES = ("cheap", "timeout", "memory")


@dataclass
class Request:
    """One request as the client saw it."""

    kind: str
    started: float
    ended: float
    status: int  # 0: no HTTP answer (see error)
    reason: str = ""  # for 503: busy, timeout or memory
    error: str = ""


@dataclass
class LoadResult:
    """Every request of a run, and the peak memory seen meanwhile."""

    seconds: float
    clients: int
    requests: list[Request] = field(default_factory=list)
    peak_serve_rss: int = 0  # bytes, the serve process
    peak_child_rss: int = 0  # bytes, the largest query process (or the fork server)
    peak_tree_rss: int = 0  # bytes, serve and all its children at one moment


def role(i: int) -> str:
    """The class of query client ``i`` sends: one in ten a timeout query, one in ten a memory query."""
    return {0: "timeout", 5: "memory"}.get(i % 10, "cheap")


def _reason(status: int, body: bytes) -> str:
    if status != 503:
        return ""
    text = body.decode("utf-8", "replace")
    for reason, start in (("busy", "the server is busy"), ("timeout", "query timed out"), ("memory", "query used too much memory")):
        if text.startswith(start):
            return reason
    return "other"


def one_request(url: str, query: str, *, source: str | None, timeout: float) -> tuple[int, bytes]:
    """GET ``query`` from the endpoint at ``url`` (from the address ``source``); the status and body."""
    parts = urllib.parse.urlsplit(url)
    assert parts.hostname == "127.0.0.1", "the load bench only talks to 127.0.0.1"
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout, source_address=(source, 0) if source else None)
    try:
        conn.request("GET", parts.path + "?" + urllib.parse.urlencode({"query": query}),
                     headers={"Accept": "application/sparql-results+json", "Connection": "close"})
        resp = conn.getresponse()
        return resp.status, resp.read()
    finally:
        conn.close()


def _rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _descendants(pid: int) -> list[int]:
    found: list[int] = []
    todo = [pid]
    while todo:
        p = todo.pop()
        for task in Path(f"/proc/{p}/task").glob("*"):
            try:
                kids = [int(c) for c in (task / "children").read_text().split()]
            except OSError:
                continue
            found.extend(kids)
            todo.extend(kids)
    return found


def memory_sample(pid: int) -> tuple[int, int, int]:
    """(RSS of ``pid``, largest RSS of a descendant, RSS of the whole tree) in bytes: psutil if installed, else /proc."""
    try:
        import psutil
    except ImportError:
        own = _rss(pid)
        kids = [_rss(c) for c in _descendants(pid)]
    else:
        try:
            proc = psutil.Process(pid)
            own = proc.memory_info().rss
            kids = []
            for c in proc.children(recursive=True):
                try:
                    kids.append(c.memory_info().rss)
                except psutil.Error:
                    pass
        except psutil.Error:
            own, kids = 0, []
    return own, max(kids, default=0), own + sum(kids)


def run_load(url: str, *, seconds: float, clients: int, query_timeout: float, server_pid: int | None = None,
             one_address: bool = False, roles: Callable[[int], str] = role) -> LoadResult:
    """Run ``clients`` client threads against the endpoint for ``seconds``; every request they made."""
    result = LoadResult(seconds=seconds, clients=clients)
    lock = threading.Lock()
    stop = time.monotonic() + seconds
    done = threading.Event()

    def client(i: int) -> None:
        kind = roles(i)
        source = None if one_address else f"127.0.{(i + 2) // 256}.{(i + 2) % 256}"
        k = i
        while time.monotonic() < stop:
            query = {"timeout": TIMEOUT_QUERY, "memory": MEMORY_QUERY}.get(kind) or CHEAP[k % len(CHEAP)]
            k += 1
            t0 = time.monotonic()
            try:
                status, body = one_request(url, query, source=source, timeout=query_timeout + 30)
                req = Request(kind, t0, time.monotonic(), status, _reason(status, body))
            except (OSError, http.client.HTTPException) as exc:
                req = Request(kind, t0, time.monotonic(), 0, error=f"{type(exc).__name__}: {exc}")
                time.sleep(0.05)  # a refused connection would otherwise spin
            with lock:
                result.requests.append(req)

    def sample() -> None:
        assert server_pid is not None
        while not done.wait(0.2):
            own, child, tree = memory_sample(server_pid)
            result.peak_serve_rss = max(result.peak_serve_rss, own)
            result.peak_child_rss = max(result.peak_child_rss, child)
            result.peak_tree_rss = max(result.peak_tree_rss, tree)

    sampler = threading.Thread(target=sample, daemon=True) if server_pid else None
    if sampler:
        sampler.start()
    threads = [threading.Thread(target=client, args=(i,), daemon=True) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(seconds + query_timeout + 60)
    done.set()
    if sampler:
        sampler.join(5)
    return result


def _pct(values: list[float], q: float) -> float:
    if not values:
        return math.nan
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def cheap_kept_answering(result: LoadResult, window: float = 1.0) -> tuple[int, int]:
    """(windows in which a cheap query got 200, windows) over the ``window``-second windows in which an expensive query was in flight."""
    if not result.requests:
        return 0, 0
    t0 = min(r.started for r in result.requests)
    busy: set[int] = set()
    answered: set[int] = set()
    for r in result.requests:
        if r.kind != "cheap":
            busy.update(range(int((r.started - t0) / window), int((r.ended - t0) / window) + 1))
        elif r.status == 200:
            answered.add(int((r.ended - t0) / window))
    busy = {w for w in busy if (w + 1) * window <= result.seconds}  # whole windows while the clients still send
    return len(busy & answered), len(busy)


def table(result: LoadResult, timeout: float) -> str:
    """The run as a Markdown table, one row per query class, and the memory and whether cheap queries kept answering.

    They kept answering if some cheap query got its 200 in every window of half the server's
    timeout during which an expensive query was running: cheap queries did not wait for the
    expensive ones to time out.
    """
    lines = [
        f"{result.clients} clients for {result.seconds:g} s ({', '.join(f'{sum(role(i) == c for i in range(result.clients))} {c}' for c in CLASSES)})",
        "",
        "| class | requests | per s | 200 | 503 busy | 503 timed out | 503 out of memory | other status | errors | p50 | p99 |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for c in CLASSES:
        rs = [r for r in result.requests if r.kind == c]
        if not rs:
            continue
        n = Counter((r.status, r.reason) for r in rs)
        other = sum(v for (s, _why), v in n.items() if s not in (0, 200, 503))
        lat = [r.ended - r.started for r in rs if r.status]
        lines.append(f"| {c} | {len(rs)} | {len(rs) / result.seconds:.1f} | {n[(200, '')]} | {n[(503, 'busy')]} | {n[(503, 'timeout')]} | "
                     f"{n[(503, 'memory')]} | {other + n[(503, 'other')]} | {sum(1 for r in rs if not r.status)} | "
                     f"{_pct(lat, 0.5) * 1000:.0f} ms | {_pct(lat, 0.99) * 1000:.0f} ms |")
    ok1, of1 = cheap_kept_answering(result)
    ok, of = cheap_kept_answering(result, timeout / 2)
    lines += [
        "",
        f"peak resident memory: serve {result.peak_serve_rss / 2**20:.0f} MiB, largest query process {result.peak_child_rss / 2**20:.0f} MiB, "
        f"serve and its query processes together {result.peak_tree_rss / 2**20:.0f} MiB",
        f"while an expensive query was running, cheap queries got a 200 in {ok1} of {of1} one-second windows and in {ok} of {of} "
        f"windows of {timeout / 2:g} s (half the timeout): " + ("held" if of and ok == of else "did NOT hold"),
    ]
    errors = Counter(r.error.split(":")[0] for r in result.requests if r.error)
    if errors:
        lines.append("errors: " + ", ".join(f"{k} × {v}" for k, v in errors.most_common()))
    return "\n".join(lines) + "\n"


class Server:
    """``policykg serve`` over a store, as a process of its own on a free 127.0.0.1 port."""

    def __init__(self, store: Path, *, timeout: float, memory_limit: str) -> None:
        cmd = [sys.executable, "-m", "graphbuild.cli", "serve", "--store", str(store), "--host", "127.0.0.1", "--port", "0",
               "--timeout", f"{timeout:g}", "--memory-limit", memory_limit, "--quiet"]
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        self.proc = subprocess.Popen(cmd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        assert self.proc.stderr is not None
        line = self.proc.stderr.readline()  # "SPARQL endpoint: URL (read-only …", or an error and EOF
        m = re.match(r"SPARQL endpoint: (\S+) ", line)
        if not m:
            self.stop()
            raise RuntimeError(f"policykg serve did not start: {line.strip()}")
        self.url = m.group(1)
        # The rest of stderr (warnings) must not fill the pipe and block the server.
        threading.Thread(target=self.proc.stderr.read, daemon=True).start()

    def stop(self) -> None:
        """Stop the server (SIGINT, as Ctrl-C), then kill it if it has not stopped within 10 s."""
        if self.proc.poll() is None:
            self.proc.send_signal(2)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def build_store(store: Path, realdocs: bool) -> None:
    """The store the server answers from: the bundled corpus, or the real collection."""
    from graphbuild.build import build

    build([REALDOCS] if realdocs else None, store=store, jobs=2)


def bench(work: Path, *, seconds: float, clients: int, timeout: float, memory_limit: str, realdocs: bool = False,
          one_address: bool = False, log: Callable[[str], None] = lambda m: None) -> tuple[str, LoadResult]:
    """Build the store, start the server, run the load; the table and the raw result."""
    store = work / ("realdocs-store" if realdocs else "corpus-store")
    if not store.exists():
        log(f"building {store}")
        build_store(store, realdocs)
    server = Server(store, timeout=timeout, memory_limit=memory_limit)
    try:
        log(f"{clients} clients for {seconds:g} s against {server.url} (--timeout {timeout:g}, --memory-limit {memory_limit})")
        result = run_load(server.url, seconds=seconds, clients=clients, query_timeout=timeout, server_pid=server.proc.pid, one_address=one_address)
    finally:
        server.stop()
    head = (f"`policykg serve --timeout {timeout:g} --memory-limit {memory_limit}` over the "
            f"{'real collection' if realdocs else 'bundled corpus'}, {os.cpu_count()} CPUs"
            f"{'; every client from 127.0.0.1' if one_address else '; each client from its own loopback address'}\n\n")
    return head + table(result, timeout), result


def main() -> None:
    """Run the load bench and print its table."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=60.0, help="How long the clients send queries (default 60).")
    ap.add_argument("--clients", type=int, default=100, help="Concurrent clients (default 100).")
    ap.add_argument("--timeout", type=float, default=10.0, help="The server's --timeout (default 10 s).")
    ap.add_argument("--memory-limit", default="1G", help="The server's --memory-limit (default 1G).")
    ap.add_argument("--realdocs", action="store_true", help=f"Serve a store of the real collection ({REALDOCS}).")
    ap.add_argument("--one-address", action="store_true", help="Send every request from 127.0.0.1 (one client, as the server sees it).")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="policykg-serve-load-") as tmp:
        text, _r = bench(Path(tmp), seconds=args.seconds, clients=args.clients, timeout=args.timeout, memory_limit=args.memory_limit,
                         realdocs=args.realdocs, one_address=args.one_address,
                         log=lambda m: print(f"[{time.strftime('%H:%M:%S')}] {m}", file=sys.stderr, flush=True))
    print(text)


if __name__ == "__main__":
    main()
