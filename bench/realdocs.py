#!/usr/bin/env python3
"""The real collection side by side (part ``realdocs`` of ``bench/run.py``; also on its own).

On the 1,323 real documents of ``../shared/realdocs/texts`` (or ``--replicate N`` copies of them,
each copy's texts given a numbered last line so that every document has its own identity):

1. build: ``policykg build`` as a fresh process into an empty store, ``--jobs 1`` and ``--jobs 2``
   (``--quick``: ``--jobs 2`` only): wall and CPU seconds, MB of text per CPU second, store size;
2. validate: ``policykg validate --jobs 1`` and ``--jobs 2`` (``--quick``: ``--jobs 2``);
3. every bundled query through ``graphbuild.query.run_query`` (what ``policykg query`` runs: a
   sandboxed child on the on-disk store), and the same SPARQL on (a) a bare in-memory pyoxigraph
   Store holding the same quads, queried with the union default graph, (b) Virtuoso after
   ``policykg push`` (skipped with a note when virtuoso-t is not installed), (c) the Oxigraph
   server (``oxigraph`` from PyPI, the ``bench`` extra that ``make install`` installs: ``oxigraph
   load``, then ``serve-read-only --union-default-graph``); each as a ratio to ours. Remote times include HTTP and JSON parsing.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import pyoxigraph as ox  # noqa: E402
import servers  # noqa: E402

from graphbuild.query import PREFIXES, list_queries, load_query, param_specs, run_query  # noqa: E402
from graphbuild.query.params import bind  # noqa: E402
from graphbuild.store import StoreDir  # noqa: E402

REALDOCS = ROOT.parent / "shared" / "realdocs" / "texts"
MB = 1_000_000


def log(msg: str) -> None:
    """Progress, on stderr."""
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def texts_folder(work: Path, copies: int) -> Path:
    """The real collection, or ``copies`` copies of it with distinct texts (a numbered last line per copy)."""
    if copies <= 1:
        return REALDOCS
    folder = work / f"realdocs-x{copies}"
    folder.mkdir(parents=True, exist_ok=True)
    for f in sorted(REALDOCS.rglob("*")):
        if not f.is_file():
            continue
        data = f.read_bytes()
        rel = f.relative_to(REALDOCS)
        for i in range(copies):
            out = folder / f"c{i:02d}" / rel
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(data if i == 0 else data + f"\n副本编号：{i}\n".encode())
    return folder


def _measured(cmd: list[str]) -> tuple[float, float, int]:
    """Run a command as a fresh process: wall seconds, CPU seconds of its tree, exit code."""
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(proc.pid, 0)
    return time.perf_counter() - t, usage.ru_utime + usage.ru_stime, os.waitstatus_to_exitcode(status)


def _du(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def bench_build(folder: Path, work: Path, jobs_list: tuple[int, ...]) -> tuple[dict[str, Any], Path]:
    """Fresh builds of ``folder``; the figures and the last store."""
    exe = str(Path(sys.executable).parent / "policykg")
    files = [f for f in folder.rglob("*") if f.is_file()]
    mb = sum(f.stat().st_size for f in files) / MB
    res: dict[str, Any] = {"documents": len(files), "mb": mb}
    store = work / "none"
    for jobs in jobs_list:
        store = work / f"rd-store-j{jobs}"
        shutil.rmtree(store, ignore_errors=True)
        wall, cpu, code = _measured([exe, "build", str(folder), "--store", str(store), "--jobs", str(jobs), "--format", "csv"])
        if code not in (0, 3):
            raise SystemExit(f"policykg build failed with exit code {code}")
        gen = StoreDir(store).require_current()
        res[f"jobs{jobs}"] = {"wall_s": wall, "cpu_s": cpu, "mb_per_cpu_s": mb / cpu, "mb_per_s": mb / wall,
                              "store_mb": _du(gen.path) / MB, "cache_mb": _du(store / "cache") / MB if (store / "cache").exists() else 0.0}
        log(f"build --jobs {jobs}: {len(files)} documents, {mb:.1f} MB, {wall:.1f} s wall, {cpu:.1f} CPU s, {mb / cpu:.3f} MB per CPU s")
    return res, store


def bench_validate(store: Path, jobs_list: tuple[int, ...]) -> dict[str, Any]:
    """``policykg validate`` as a fresh process."""
    exe = str(Path(sys.executable).parent / "policykg")
    res = {}
    for jobs in jobs_list:
        wall, cpu, code = _measured([exe, "validate", "--store", str(store), "--jobs", str(jobs), "--format", "csv"])
        res[f"jobs{jobs}"] = {"wall_s": wall, "cpu_s": cpu, "exit": code}
        log(f"validate --jobs {jobs}: {wall:.1f} s wall, {cpu:.1f} CPU s, exit {code}")
    return res


def plan_change_params(store: ox.Store) -> tuple[dict[str, str], dict[str, str]]:
    """plan-changes' two plans, the labels with the most tasks: as values (for run_query, which
    resolves them) and as the stored terms (for the other engines: the labels carry a language tag)."""
    rows = list(store.query(
        "SELECT ?l (COUNT(?t) AS ?n) WHERE { ?p a <https://w3id.org/policykg/ontology#Plan> ; <http://www.w3.org/2000/01/rdf-schema#label> ?l ; "
        "<https://w3id.org/policykg/ontology#hasTask> ?t } GROUP BY ?l ORDER BY DESC(?n) ?l LIMIT 2", use_default_graph_as_union=True))
    if len(rows) != 2:
        return {}, {}
    return ({"from": rows[0]["l"].value, "to": rows[1]["l"].value},  # type: ignore[index,union-attr]
            {"from": str(rows[0]["l"]), "to": str(rows[1]["l"])})  # type: ignore[index]


def _timed(fn: Callable[[], int], repeat: int) -> tuple[float | str, int | None]:
    """Median seconds of ``repeat`` runs and the row count, or ("error: ...", None)."""
    times, rows = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        try:
            rows = fn()
        except Exception as exc:  # noqa: BLE001 - a failed or timed-out run is a figure too
            msg = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            return ("timeout" if "timed out" in msg.lower() or "timeout" in msg.lower() else f"error: {msg[:90]}"), None
        times.append(time.perf_counter() - t)
    return statistics.median(times), rows


def bench_queries(store: Path, work: Path, repeat: int, timeout: float) -> dict[str, Any]:
    """Every bundled query on our store, a bare in-memory pyoxigraph Store, Virtuoso and the Oxigraph server."""
    st = StoreDir(store).open_read()
    quads = list(st)
    params, terms = plan_change_params(st)
    del st
    queries = []
    for q in list_queries():
        text = load_query(q.name)
        specs = param_specs(text)
        needed = {s.name for s in specs if s.required}
        if needed - set(params):
            continue
        given = {k: params[k] for k in sorted(needed)}
        queries.append((q.name, text, specs, given, bind(text, {k: terms[k] for k in given})))
    rows: dict[str, dict[str, Any]] = {name: {} for name, *_ in queries}
    notes: list[str] = []

    for name, text, specs, given, _bound in queries:
        rows[name]["ours"] = _timed(lambda text=text, specs=specs, given=given: len(run_query(text, store=store, params=given, specs=specs, timeout=timeout).rows), repeat)
    log("queries: ours done")

    disk_store = StoreDir(store).open_read()
    for name, _text, _specs, _given, bound in queries:
        rows[name]["disk"] = _timed(lambda bound=bound, st=disk_store: len(list(st.query(bound, use_default_graph_as_union=True, prefixes=PREFIXES))), repeat)  # type: ignore[arg-type]
    del disk_store
    log("queries: bare pyoxigraph on the store done")

    t = time.perf_counter()
    mem = ox.Store()
    mem.bulk_extend(quads)
    load_bare = time.perf_counter() - t
    for name, _text, _specs, _given, bound in queries:
        rows[name]["bare"] = _timed(lambda bound=bound, mem=mem: len(list(mem.query(bound, use_default_graph_as_union=True, prefixes=PREFIXES))), repeat)  # type: ignore[arg-type]
    del mem
    log(f"queries: bare pyoxigraph done (loaded in {load_bare:.1f} s)")

    nq = work / "realdocs.nq"
    nq.write_bytes(ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b"")
    load: dict[str, float | None] = {"bare": load_bare, "virtuoso": None, "oxigraph": None}
    disk: dict[str, float] = {"ours": _du(StoreDir(store).require_current().path) / MB}
    if shutil.which("virtuoso-t") is None:
        notes.append("Virtuoso: not run (virtuoso-t not installed: apt-get install virtuoso-opensource-7).")
    else:
        with servers.virtuoso(work / "virtuoso", max_seconds=int(timeout)) as (sparql, gsp):
            exe = str(Path(sys.executable).parent / "policykg")
            t = time.perf_counter()
            subprocess.run([exe, "push", "--endpoint", gsp, "--user", "dba", "--password", "dba", "--store", str(store), "--format", "nt"],
                           check=True, stdout=subprocess.DEVNULL)
            load["virtuoso"] = time.perf_counter() - t
            disk["virtuoso"] = _du(work / "virtuoso") / MB  # database, temp database and transaction log
            log(f"queries: pushed to Virtuoso in {load['virtuoso']:.1f} s ({disk['virtuoso']:.0f} MB on disk)")
            for name, _text, _specs, _given, bound in queries:
                rows[name]["virtuoso"] = _timed(lambda bound=bound: servers.select(sparql, bound, timeout), repeat)
        log("queries: Virtuoso done")
    exe_ox = servers.oxigraph_exe()
    if exe_ox is None:
        notes.append("Oxigraph server: not run (no `oxigraph` command: make install, or pip install -e '.[bench]').")
    else:
        with servers.oxigraph_server(exe_ox, work / "oxigraph-db", nq) as (url, load_s):
            load["oxigraph"] = load_s
            disk["oxigraph"] = _du(work / "oxigraph-db") / MB
            for name, _text, _specs, _given, bound in queries:
                rows[name]["oxigraph"] = _timed(lambda bound=bound: servers.select(url, bound, timeout), repeat)
        log("queries: Oxigraph server done")
    nq.unlink()
    return {"quads": len(quads), "load_s": load, "disk_mb": disk, "queries": rows, "notes": notes}


def fmt(v: Any) -> str:
    """A time cell."""
    if isinstance(v, str):
        return v
    if v is None:
        return "—"
    return f"{v * 1000:.0f} ms" if v < 1 else f"{v:.2f} s"


def table(res: dict[str, Any], copies: int) -> str:
    """The Markdown tables of one run."""
    b, v, q = res["build"], res["validate"], res["queries"]
    label = "real collection" if copies <= 1 else f"real collection ×{copies}"
    out = [f"## {label}: {b['documents']:,} documents, {b['mb']:.1f} MB of text, {q['quads']:,} quads", "",
           "| build | wall | CPU | MB per CPU s | MB/s (wall) | store | cache |", "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for k, r in sorted((k, r) for k, r in b.items() if k.startswith("jobs")):
        out.append(f"| --{k[:4]} {k[4:]} | {r['wall_s']:.1f} s | {r['cpu_s']:.1f} s | {r['mb_per_cpu_s']:.3f} | {r['mb_per_s']:.3f} | {r['store_mb']:.0f} MB | {r['cache_mb']:.0f} MB |")
    out += ["", "| validate | wall | CPU | exit |", "| --- | ---: | ---: | ---: |"]
    for k, r in sorted(v.items()):
        out.append(f"| --{k[:4]} {k[4:]} | {r['wall_s']:.1f} s | {r['cpu_s']:.1f} s | {r['exit']} |")
    engines = ["disk", "bare", "virtuoso", "oxigraph"]
    heads = {"disk": "bare pyoxigraph (same on-disk store)", "bare": "bare pyoxigraph (memory)", "virtuoso": "Virtuoso", "oxigraph": "Oxigraph server"}
    load = q["load_s"]
    out += ["", "Load: " + ", ".join(f"{heads[e]} {fmt(load[e])}" for e in engines if load.get(e) is not None)
            + " (Virtuoso: `policykg push`; Oxigraph: `oxigraph load` of the N-Quads). On disk: "
            + ", ".join(f"{k} {v:.0f} MB" for k, v in q.get("disk_mb", {}).items()), "",
            "| query | rows | ours (run_query) | " + " | ".join(f"{heads[e]} | ÷ ours" for e in engines) + " |",
            "| --- | ---: | ---: | " + " | ".join("---: | ---:" for _ in engines) + " |"]
    differ = []
    for name, r in q["queries"].items():
        ours, n = r["ours"]
        cells = []
        for e in engines:
            if e not in r:
                cells += ["not run", "—"]
                continue
            t, rows = r[e]
            cells += [fmt(t), f"{t / ours:.2f}×" if isinstance(t, float) and isinstance(ours, float) and ours > 0 else "—"]
            if rows is not None and n is not None and rows != n:
                differ.append(f"{name} ({heads[e]}: {rows} rows, ours {n})")
        out.append(f"| `{name}` | {n if n is not None else '—'} | {fmt(ours)} | " + " | ".join(cells) + " |")
    out += ["", "- ours: `graphbuild.query.run_query` (`policykg query` without the CLI: a sandboxed child process opening the store read-only, "
            "rows converted to Python values); bare: the same SPARQL in this process; remote: HTTP POST and JSON parsing included; median of the runs."]
    out += [f"- {n}" for n in q["notes"]]
    if differ:
        out.append("- Row counts that differ from ours: " + "; ".join(differ) + ".")
    return "\n".join(out) + "\n"


def run(work: Path, quick: bool, copies: int = 1, timeout: float = 120.0) -> tuple[str, dict[str, Any]] | None:
    """The whole part; None when the real collection is not there."""
    if not REALDOCS.is_dir():
        log(f"realdocs: skipped, no real collection at {REALDOCS}")
        return None
    work.mkdir(parents=True, exist_ok=True)
    folder = texts_folder(work, copies)
    jobs = (2,) if quick else (1, 2)
    build, store = bench_build(folder, work, jobs)
    res = {"build": build, "validate": bench_validate(store, jobs), "queries": bench_queries(store, work, 1 if quick else 3, timeout)}
    for j in jobs:
        shutil.rmtree(work / f"rd-store-j{j}", ignore_errors=True)
    if folder != REALDOCS:
        shutil.rmtree(folder, ignore_errors=True)
    return table(res, copies), res


def main() -> int:
    """Run the part on its own."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="--jobs 2 only, each query once.")
    ap.add_argument("--replicate", type=int, default=1, metavar="N", help="N copies of the collection, each with its own identities.")
    ap.add_argument("--timeout", type=float, default=120.0, help="Seconds per query run.")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--workdir", type=Path)
    args = ap.parse_args()
    work = args.workdir or Path(tempfile.mkdtemp(prefix="policykg-realdocs-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        done = run(work, args.quick, args.replicate, args.timeout)
        if done is None:
            return 0
        print(done[0])
        if args.json:
            args.json.write_text(json.dumps(done[1], indent=1, default=str), encoding="utf-8")
    finally:
        if args.workdir is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
