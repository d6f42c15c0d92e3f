#!/usr/bin/env python3
"""Every bundled query on the real collection (``../shared/realdocs/``), next to bare pyoxigraph.

Builds (or reuses, with ``--store``) a store of the 1,323 real documents, then runs each bundled
query (with its parameters where it needs them: the first values the store holds) three ways in
the same run: ``policykg query`` as a user runs it (a whole process: CLI, grammar check, sandboxed
child, value conversion), ``graphbuild.query.run_query`` from Python, and the same SPARQL on the
same on-disk store with bare pyoxigraph in this process. Prints a Markdown table with the median of
``--repeat`` runs and the ratios; ``--json FILE`` writes the raw figures.

    .venv/bin/python bench/realdocs_queries.py [--store DIR] [--repeat 3] [--timeout 60]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import pyoxigraph as ox  # noqa: E402
from realdocs import plan_change_params  # noqa: E402

from graphbuild.query import PREFIXES, list_queries, load_query, param_specs, run_query  # noqa: E402
from graphbuild.query.params import bind  # noqa: E402
from graphbuild.store import StoreDir  # noqa: E402

REALDOCS = ROOT.parent / "shared" / "realdocs" / "texts"


def _params(store: ox.Store, name: str) -> tuple[dict[str, str], dict[str, str]]:
    """Values for the parameters a query needs (plan-changes' two plans), and the same as stored terms."""
    return plan_change_params(store) if name == "plan-changes" else ({}, {})


def _time(fn, repeat: int) -> float | None:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        try:
            fn()
        except Exception:  # noqa: BLE001 - a timed-out or failed run is reported as such
            return None
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> int:
    """Build or reuse the store, time each bundled query three ways, print the table."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", type=Path, default=Path("/tmp/policykg-bench-realdocs"))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=60.0)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    if not REALDOCS.is_dir():
        print(f"skipped: no real collection at {REALDOCS}", file=sys.stderr)
        return 0
    exe = Path(sys.executable).parent / "policykg"
    t0 = time.perf_counter()
    subprocess.run([str(exe), "build", str(REALDOCS), "--store", str(args.store), "--format", "csv"], check=True, stdout=subprocess.DEVNULL)
    build_s = time.perf_counter() - t0
    bare = StoreDir(args.store).open_read()
    quads = len(bare)
    rows: list[dict[str, object]] = []
    for q in list_queries():
        text = load_query(q.name)
        params, terms = _params(bare, q.name)
        specs = param_specs(text)
        if any(s.required for s in specs) and not params:
            continue
        cli = [str(exe), "query", q.name, "--store", str(args.store), "--format", "csv", "--timeout", str(args.timeout)]
        for k, v in params.items():
            cli += ["--param", f"{k}={v}"]
        bound = bind(text, terms)
        t_cli = _time(lambda cli=cli: subprocess.run(cli, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL), args.repeat)
        t_lib = _time(lambda text=text, params=params, specs=specs: run_query(text, store=args.store, params=params, specs=specs, timeout=args.timeout),
                      args.repeat)
        t_bare = _time(lambda bound=bound: list(bare.query(bound, use_default_graph_as_union=True, prefixes=PREFIXES)), args.repeat)
        rows.append({"query": q.name, "policykg_cli_s": t_cli, "run_query_s": t_lib, "bare_pyoxigraph_s": t_bare})

    def f(x: object) -> str:
        return "timeout/error" if x is None else f"{x:.2f}"

    print(f"Real collection: {REALDOCS} — {quads:,} quads, built in {build_s:.1f} s (wall, incremental if the store existed)\n")
    print("| query | policykg query (process) | run_query | bare pyoxigraph | run_query / bare |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for r in rows:
        lib, b = r["run_query_s"], r["bare_pyoxigraph_s"]
        ratio = f"{lib / b:.2f}×" if isinstance(lib, float) and isinstance(b, float) and b > 0 else "—"
        print(f"| `{r['query']}` | {f(r['policykg_cli_s'])} | {f(lib)} | {f(b)} | {ratio} |")
    if args.json:
        args.json.write_text(json.dumps({"quads": quads, "build_s": build_s, "queries": rows}, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
