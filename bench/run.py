#!/usr/bin/env python3
"""policykg benchmarks (``make bench``): every figure is measured in this run, next to its plain alternative.

1. Build throughput on the bundled corpus replicated to >= 10 MB (each copy made unique), with
   ``--jobs 1`` and ``--jobs 2``, against bare ``spacy.blank("zh")`` tokenisation of the same text;
   peak memory; then one changed document re-built in a 1,000-document store.
2. Load and query time of the shared-responsibility and agency-chains queries on synthetic
   datasets of 10k, 100k and 1M quads (the corpus graphs copied with fresh document, plan, task,
   target and evidence IRIs; agencies, regions, chains and technologies shared, as in real data):
   our store (``graphbuild.query.run_query``: a killable child process on the on-disk store)
   against bare pyoxigraph (the same store, in process) and rdflib's in-memory Dataset.
3. Explorer page write time for about 500 and 5,000 nodes (when graphbuild.render exists).
4. Input shapes (``bench/shapes.py``) and the endpoint under load (``bench/serve_load.py``).
5. The real collection (``bench/realdocs.py``, when ``../shared/realdocs/texts`` exists): build MB per
   CPU second with ``--jobs 1`` and ``--jobs 2``, ``validate`` time, and every bundled query beside
   bare pyoxigraph, Virtuoso (after ``policykg push``) and the Oxigraph server, as ratios;
   ``--replicate N`` runs it on N copies of the collection with distinct identities.
6. Reading speed per format (bench/readers.py): MB/s of .txt, .html, .pdf, .docx and of .csv,
   .jsonl, .xlsx tables, the same real texts written in each.
7. The mention tagger (bench/tagger.py, when the real collection exists): extraction CPU time of the
   rules alone and of rules and tagger over the same texts, and their ratio.

Results go to stdout as Markdown tables (progress to stderr); ``--json FILE`` also writes the raw figures.
Each query run is stopped after ``--query-timeout`` seconds and reported as "> N s"; an engine that
timed out on a query is not run on the larger datasets.
"""

from __future__ import annotations

import argparse
import json
import math
import multiprocessing
import os
import platform
import re
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

import pyoxigraph as ox  # noqa: E402

from graphbuild import __version__  # noqa: E402
from graphbuild.resources import corpus_dir  # noqa: E402
from graphbuild.store import ONTOLOGY_GRAPH, StoreDir  # noqa: E402

MB = 1_000_000
QUERIES = {
    "shared-responsibility": ROOT / "queries" / "shared-responsibility.rq",
    "agency-chains": ROOT / "queries" / "agency-chains.rq",
}
LOCAL_IRI = re.compile(r"(<https://w3id\.org/policykg/id/(?:doc|plan|task|target|evidence|selector)/[^>]+)>")
BNODE = re.compile(r"(?m)(^| )_:([A-Za-z0-9]+)")
PLAN_LABEL = re.compile(r'(<https://w3id\.org/policykg/id/plan/[^>]+> <http://www\.w3\.org/2000/01/rdf-schema#label> "(?:[^"\\]|\\.)*)"')


def log(msg: str) -> None:
    """Progress, on stderr so that stdout holds only the results."""
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


# --- machine -------------------------------------------------------------------------------


def machine() -> dict[str, str]:
    """What the figures were measured on."""
    def run(cmd: list[str]) -> str:
        try:
            return subprocess.run(cmd, capture_output=True, text=True, timeout=10).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            return ""

    lscpu = run(["lscpu"])
    model = next((line.split(":", 1)[1].strip() for line in lscpu.splitlines() if line.startswith("Model name")), platform.processor())
    mem = ""
    try:
        kb = int(next(line.split()[1] for line in open("/proc/meminfo") if line.startswith("MemTotal")))
        mem = f"{kb / 1024 / 1024:.0f} GiB"
    except (OSError, StopIteration, ValueError):
        pass
    import rdflib
    import spacy

    return {
        "cpu": model,
        "nproc": run(["nproc"]) or str(os.cpu_count()),
        "memory": mem,
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "versions": f"policykg {__version__}, pyoxigraph {ox.__version__}, rdflib {rdflib.__version__}, spacy {spacy.__version__}",
    }


# --- 1. build ------------------------------------------------------------------------------


def corpus_texts() -> list[tuple[str, str]]:
    """The bundled corpus as (file name, decoded text)."""
    from graphbuild.read import read_source

    files = sorted((f for f in corpus_dir().iterdir() if f.name.endswith(".txt")), key=lambda f: f.name)
    return [(f.name, read_source(Path(str(f))).text) for f in files]


def replicate(texts: list[tuple[str, str]], folder: Path, copies: int, start: int = 0) -> int:
    """Write ``copies`` copies of the corpus (a numbered line makes each file unique); return their bytes."""
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(start, start + copies):
        for name, text in texts:
            data = f"{text}\n副本编号：{i}\n".encode()
            (folder / f"c{i:04d}_{name}").write_bytes(data)
            total += len(data)
    return total


def run_measured(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float, int, float]:
    """Run a command; return wall seconds, peak RSS in MiB (largest process of its tree), exit code and CPU seconds (whole tree)."""
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    proc.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_maxrss / 1024, proc.returncode, usage.ru_utime + usage.ru_stime


def cli_build(folder: Path, store: Path, jobs: int) -> tuple[float, float, float]:
    """``policykg build FOLDER --store STORE --jobs N`` as a fresh process: wall seconds, peak MiB, CPU seconds."""
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    wall, rss, code, cpu = run_measured([sys.executable, "-m", "graphbuild.cli", "build", str(folder), "--store", str(store), "--jobs", str(jobs), "--format", "csv"], env)
    if code not in (0, 3):
        raise SystemExit(f"policykg build failed with exit code {code} on {folder}")
    return wall, rss, cpu


def spacy_tokenise(texts: list[str]) -> float:
    """Seconds spacy.blank("zh") takes to tokenise the texts (model creation not counted)."""
    import spacy

    nlp = spacy.blank("zh")
    nlp(texts[0][:1000])
    t = time.perf_counter()
    for text in texts:
        nlp(text)
    return time.perf_counter() - t


def stages(folder: Path, nq_file: Path) -> dict[str, float]:
    """Where a --jobs 1 build spends its time, stage by stage, in this process (the build's own functions)."""
    import pyoxigraph as ox

    from graphbuild.build import _fewer_collections
    from graphbuild.extract.pipeline import extract
    from graphbuild.normalise import normalise
    from graphbuild.rdf.emit import document_graph
    from graphbuild.read import read_source
    from graphbuild.resolve.document import resolve_document
    from graphbuild.store.oxstore import bulk_load_nquads

    extract("预热")
    t = dict.fromkeys(("read_s", "pipeline_s", "emit_s", "store_s"), 0.0)
    with _fewer_collections(), open(nq_file, "w", encoding="utf-8") as out:
        for f in sorted(folder.iterdir()):
            a = time.perf_counter()
            src = read_source(f)
            norm = normalise(src.text)
            b = time.perf_counter()
            ex = extract(norm.text)
            c = time.perf_counter()
            out.write(document_graph(resolve_document(src, norm, ex, [f.name])).nquads())
            d = time.perf_counter()
            t["read_s"] += b - a
            t["pipeline_s"] += c - b
            t["emit_s"] += d - c
    store_dir = nq_file.with_suffix(".db")
    a = time.perf_counter()
    store = ox.Store(str(store_dir))
    bulk_load_nquads(store, [nq_file])
    store.flush()
    t["store_s"] = time.perf_counter() - a
    del store
    shutil.rmtree(store_dir, ignore_errors=True)
    nq_file.unlink()
    log("stages: " + ", ".join(f"{k[:-2]} {v:.1f} s" for k, v in t.items()))
    return t


def long_document(texts: list[tuple[str, str]], mb: float = 2.0) -> dict[str, float]:
    """Tokenising one long document: spaCy's char segmenter (quadratic alignment) against policykg's tokenizer."""
    import spacy

    from graphbuild.extract.tokenizer import CharTokenizer

    one = "\n".join(t for _n, t in texts)
    text = one * math.ceil(mb * MB / len(one.encode("utf-8")))
    nlp = spacy.blank("zh")
    ours = CharTokenizer(nlp.vocab)
    a = time.perf_counter()
    ours(text)
    b = time.perf_counter()
    nlp.make_doc(text)
    c = time.perf_counter()
    log(f"one {len(text.encode()) / MB:.1f} MB document: spaCy char segmenter {c - b:.1f} s, policykg tokenizer {b - a:.2f} s")
    return {"long_mb": len(text.encode("utf-8")) / MB, "long_spacy_s": c - b, "long_ours_s": b - a}


def bench_build(work: Path, min_mb: float, docs_for_rebuild: int) -> dict[str, Any]:
    """Throughput with --jobs 1 and 2, the spaCy baseline, and one changed document re-built in a large store."""
    texts = corpus_texts()
    corpus_bytes = sum(len(t.encode("utf-8")) for _n, t in texts)
    copies = math.ceil(min_mb * MB / corpus_bytes)
    folder = work / "replicated"
    size = replicate(texts, folder, copies)
    ndocs = copies * len(texts)
    log(f"build: {ndocs} documents, {size / MB:.1f} MB of text")

    all_texts = [f.read_text(encoding="utf-8") for f in sorted(folder.iterdir())]
    spacy_s = spacy_tokenise(all_texts)
    log(f"build: spacy.blank('zh') tokenisation {spacy_s:.1f} s")
    res: dict[str, Any] = {"documents": ndocs, "mb": size / MB, "spacy_s": spacy_s, "spacy_mbps": size / MB / spacy_s}
    res.update(stages(folder, work / "stages.nq"))
    res.update(long_document(texts))
    for jobs in (1, 2):
        wall, rss, cpu = cli_build(folder, work / f"store-j{jobs}", jobs)
        res[f"jobs{jobs}_s"], res[f"jobs{jobs}_mbps"], res[f"jobs{jobs}_rss_mib"], res[f"jobs{jobs}_cpu_s"] = wall, size / MB / wall, rss, cpu
        log(f"build --jobs {jobs}: {wall:.1f} s, {size / MB / wall:.2f} MB/s, {cpu:.1f} CPU s, peak {rss:.0f} MiB")
    shutil.rmtree(work / "store-j1", ignore_errors=True)

    # Grow the --jobs 2 store to the rebuild size, then change one document and build again.
    store = work / "store-j2"
    more = math.ceil(docs_for_rebuild / len(texts)) - copies
    if more > 0:
        replicate(texts, folder, more, start=copies)
        wall, _rss, _cpu = cli_build(folder, store, 2)
        log(f"build: grew the store to {len(list(folder.iterdir()))} documents in {wall:.1f} s")
    files = sorted(folder.iterdir())
    target = files[len(files) // 2]
    with open(target, "a", encoding="utf-8") as fh:
        fh.write("本文件已修订。\n")
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    script = (
        "import json, sys, time\n"
        "t = time.perf_counter()\n"
        "from graphbuild.build import build\n"
        f"r = build([{str(folder)!r}], store={str(store)!r})\n"
        "print(json.dumps({'build_s': time.perf_counter() - t, 'extracted': r.extracted, 'documents': len(r.documents)}))\n"
    )
    t = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env)
    wall = time.perf_counter() - t
    if out.returncode not in (0, 3):
        raise SystemExit(f"rebuild failed: {out.stderr[-2000:]}")
    inner = json.loads(out.stdout.strip().splitlines()[-1])
    res.update(rebuild_docs=inner["documents"], rebuild_extracted=inner["extracted"], rebuild_process_s=wall, rebuild_build_s=inner["build_s"])
    log(f"rebuild: {inner['extracted']} of {inner['documents']} documents extracted; {wall:.2f} s for the process, {inner['build_s']:.2f} s in build()")
    # The CLI, as a user runs it (the document is unchanged now: this measures the no-op path too).
    wall_noop, _rss, _cpu = cli_build(folder, store, 1)
    res["noop_cli_s"] = wall_noop
    shutil.rmtree(store, ignore_errors=True)
    shutil.rmtree(folder, ignore_errors=True)
    return res


# --- 2. queries ----------------------------------------------------------------------------


class Synthesiser:
    """N-Quads of any size with the shape of the corpus graphs."""

    def __init__(self, store: Path) -> None:
        st = StoreDir(store).open_read()
        onto = ox.NamedNode(ONTOLOGY_GRAPH)
        data = [q for q in st if q.graph_name != onto]
        self.ontology = ox.serialize([q for q in st if q.graph_name == onto], format=ox.RdfFormat.N_QUADS).decode("utf-8")
        text = ox.serialize(data, format=ox.RdfFormat.N_QUADS).decode("utf-8")
        text = text.replace("{", "{{").replace("}", "}}")
        text = LOCAL_IRI.sub(r"\1{sfx}>", text)
        text = BNODE.sub(r"\1_:\2{bsfx}", text)
        text = PLAN_LABEL.sub(r'\1{lab}"', text)
        self.template = text
        self.per_copy = len(data)

    def write(self, n: int, path: Path) -> int:
        """Write n quads (the ontology graph, then copies of the document graphs) to ``path``."""
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(self.ontology)
            left = n - self.ontology.count("\n")
            k = 0
            while left > 0:
                chunk = self.template.format(sfx=f"-c{k}" if k else "", bsfx=f"c{k}" if k else "", lab=f" #{k}" if k else "")
                if left < self.per_copy:
                    chunk = "".join(chunk.splitlines(keepends=True)[:left])
                fh.write(chunk)
                left -= min(left, self.per_copy)
                k += 1
        return n


def make_store(nq: Path, root: Path) -> float:
    """A policykg store (one generation, published) holding ``nq``; return the load seconds."""
    sd = StoreDir(root)
    t = time.perf_counter()
    gen = sd.new_generation()
    st = ox.Store(str(gen.db))
    st.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
    st.flush()
    del st
    sd.publish(gen, {"version": __version__, "documents": {}})
    return time.perf_counter() - t


_RDFLIB: Any = None  # the loaded rdflib Dataset, inherited by the forked query processes


def _timed_child(conn, fn: Callable[[], int]) -> None:  # noqa: ANN001
    try:
        t = time.perf_counter()
        rows = fn()
        # A function that times only part of itself (not opening the store) says so in ``elapsed``.
        conn.send(("ok", getattr(fn, "elapsed", time.perf_counter() - t), rows))
    except BaseException as exc:  # noqa: BLE001 - reported to the parent
        conn.send(("error", 0.0, f"{type(exc).__name__}: {exc}"))
    finally:
        conn.close()


def in_child(fn: Callable[[], int], timeout: float) -> tuple[float | None, int | str]:
    """Time ``fn`` in a forked process; (None, "timeout") when it runs past ``timeout`` seconds."""
    ctx = multiprocessing.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_timed_child, args=(child, fn), daemon=True)
    proc.start()
    child.close()
    try:
        if not parent.poll(timeout):
            return None, "timeout"
        status, seconds, rows = parent.recv()
        if status != "ok":
            raise RuntimeError(rows)
        return seconds, rows
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join(10)
        parent.close()


def _bare(db: str, text: str) -> Callable[[], int]:
    def run() -> int:
        st = ox.Store.read_only(db)
        t = time.perf_counter()
        rows = len(list(st.query(text, use_default_graph_as_union=True)))
        run.elapsed = time.perf_counter() - t  # type: ignore[attr-defined]
        return rows

    return run


def _rdflib(text: str) -> Callable[[], int]:
    return lambda: len(list(_RDFLIB.query(text)))


def _ours(store: Path, text: str, timeout: float) -> tuple[float | None, int | str]:
    from graphbuild.query import QueryError, run_query

    t = time.perf_counter()
    try:
        res = run_query(text, store=store, timeout=timeout)
    except QueryError as exc:
        if "timed out" in str(exc):
            return None, "timeout"
        raise
    return time.perf_counter() - t, len(res.rows)


def repeat(measure: Callable[[], tuple[float | None, int | str]], fast: float = 2.0) -> tuple[float | None, int | str]:
    """Median of three runs when a run is quick, else the one run."""
    first = measure()
    if first[0] is None or first[0] > fast:
        return first
    runs = [first, measure(), measure()]
    return statistics.median(r[0] for r in runs), first[1]  # type: ignore[misc]


def bench_queries(work: Path, base_store: Path, sizes: list[int], timeout: float) -> list[dict[str, Any]]:
    """Load and query figures per dataset size, query and engine."""
    import rdflib

    global _RDFLIB
    synth = Synthesiser(base_store)
    texts = {name: path.read_text(encoding="utf-8") for name, path in QUERIES.items()}
    gave_up: set[tuple[str, str]] = set()
    out = []
    for n in sizes:
        nq = work / f"synthetic-{n}.nq"
        synth.write(n, nq)
        store = work / f"store-{n}"
        load_ours = make_store(nq, store)
        t = time.perf_counter()
        _RDFLIB = rdflib.Dataset(default_union=True)
        _RDFLIB.parse(str(nq), format="nquads")
        load_rdflib = time.perf_counter() - t
        log(f"{n:,} quads: loaded in {load_ours:.1f} s (ours), {load_rdflib:.1f} s (rdflib)")
        db = str(StoreDir(store).require_current().db)
        for name, text in texts.items():
            row: dict[str, Any] = {"quads": n, "query": name, "load_ours_s": load_ours, "load_rdflib_s": load_rdflib}
            engines: dict[str, Callable[[], tuple[float | None, int | str]]] = {
                "ours": lambda text=text, store=store: _ours(store, text, timeout),  # type: ignore[misc]
                "bare": lambda text=text, db=db: _bare_timed(db, text, timeout),  # type: ignore[misc]
                "rdflib": lambda text=text: in_child(_rdflib(text), timeout),  # type: ignore[misc]
            }
            for engine, measure in engines.items():
                if (engine, name) in gave_up:
                    row[engine] = "skipped"
                    continue
                seconds, rows = repeat(measure)
                row[engine] = seconds if seconds is not None else f"> {timeout:g}"
                row[f"{engine}_rows"] = rows
                if seconds is None:
                    gave_up.add((engine, name))
                log(f"  {name} on {engine}: {row[engine] if isinstance(row[engine], str) else f'{seconds:.3f} s'} ({rows} rows)")
            out.append(row)
        _RDFLIB = None
        nq.unlink()
        shutil.rmtree(store, ignore_errors=True)
    return out


def _bare_timed(db: str, text: str, timeout: float) -> tuple[float | None, int | str]:
    """Bare pyoxigraph: the query alone, timed inside a killable child (opening the store not counted)."""
    return in_child(_bare(db, text), timeout)


# --- 3. explorer ---------------------------------------------------------------------------


def bench_explorer(work: Path, base_store: Path, targets: list[int]) -> list[dict[str, Any]]:
    """Write time of the full-graph explorer page at about ``targets`` nodes."""
    try:
        from graphbuild.analyse import load_graph
        from graphbuild.render import select_view, write_explorer
    except ImportError:
        return [{"target": t, "status": "not available"} for t in targets]
    synth = Synthesiser(base_store)

    def nodes_for(quads: int) -> tuple[int, Path]:
        nq, store = work / "explorer.nq", work / f"explorer-{quads}"
        synth.write(quads, nq)
        make_store(nq, store)
        nq.unlink()
        return select_view(load_graph(store), view="full").graph.number_of_nodes(), store

    out = []
    for target in targets:
        # Nodes grow about linearly with quads once the shared entities are all in: aim, then step up.
        lo_q = synth.per_copy // 2
        lo_n, s = nodes_for(lo_q)
        shutil.rmtree(s, ignore_errors=True)
        quads = max(1000, int(lo_q * target / max(lo_n, 1)))
        for _ in range(6):
            n, store = nodes_for(quads)
            if n >= target * 0.95:
                break
            shutil.rmtree(store, ignore_errors=True)
            quads = int(quads * target / max(n, 1) * 1.05)
        page = work / f"explorer-{target}.html"
        times = []
        for _ in range(3 if target <= 1000 else 1):
            t = time.perf_counter()
            res = write_explorer(page, store=store, view="full", max_nodes=10 * target)
            times.append(time.perf_counter() - t)
        out.append({"target": target, "nodes": res.nodes, "edges": res.edges, "quads": quads, "seconds": statistics.median(times), "mb": res.bytes / MB})
        log(f"explorer: {res.nodes} nodes, {res.edges} edges in {statistics.median(times):.2f} s ({res.bytes / MB:.1f} MB)")
        shutil.rmtree(store, ignore_errors=True)
    return out


# --- report --------------------------------------------------------------------------------


def fmt_s(v: Any) -> str:
    """Seconds for a table cell."""
    if isinstance(v, str):
        return "not run¹" if v == "skipped" else f"{v} s"
    if v is None:
        return "—"
    return f"{v * 1000:.0f} ms" if v < 1 else f"{v:.2f} s" if v < 10 else f"{v:.0f} s"


def ratio(a: Any, b: Any) -> str:
    """a / b as "N×", or a bound when one side timed out."""
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and b > 0:
        return f"{a / b:.2f}×" if a / b < 10 else f"{a / b:.0f}×"
    if isinstance(a, str) and a.startswith(">") and isinstance(b, (int, float)):
        return f"> {float(a[1:]) / b:.0f}×"
    if isinstance(a, str) and a.startswith(">") and isinstance(b, str) and b.startswith(">"):
        return "both timed out"
    if isinstance(b, str) and b.startswith(">") and isinstance(a, (int, float)):
        return f"< {a / float(b[1:]):.2f}×"
    return "—"


def report(m: dict[str, str], build: dict | None, queries: list[dict], explorer: list[dict], timeout: float) -> tuple[str, list[tuple[str, str, bool | None]]]:
    """The Markdown tables and the goal verdicts."""
    lines = ["## Machine", "", "| | |", "| --- | --- |"]
    lines += [f"| {k} | {v} |" for k, v in m.items()]
    goals: list[tuple[str, str, bool | None]] = []
    if build:
        b = build
        cores1 = b["jobs1_mbps"]
        lines += [
            "",
            f"## Build ({b['documents']} documents, {b['mb']:.1f} MB of text: the bundled corpus replicated)",
            "",
            "| run | time | throughput | peak memory | ratio |",
            "| --- | --- | --- | --- | --- |",
            f"| bare `spacy.blank(\"zh\")` tokenisation (in process) | {fmt_s(b['spacy_s'])} | {b['spacy_mbps']:.2f} MB/s | — | 1× (baseline) |",
            f"| policykg's spaCy pipeline alone (tokenizer + 5 components, in process) | {fmt_s(b['pipeline_s'])} | {b['mb'] / b['pipeline_s']:.2f} MB/s | — | {b['spacy_s'] / b['pipeline_s']:.2f}× of spaCy |",
            f"| `policykg build --jobs 1` (whole process) | {fmt_s(b['jobs1_s'])} ({b['jobs1_cpu_s']:.0f} CPU s) | {b['jobs1_mbps']:.2f} MB/s ({b['mb'] / b['jobs1_cpu_s']:.2f} MB per CPU s) | {b['jobs1_rss_mib']:.0f} MiB | {b['jobs1_mbps'] / b['spacy_mbps']:.2f}× of spaCy |",
            f"| `policykg build --jobs 2` (whole process) | {fmt_s(b['jobs2_s'])} ({b['jobs2_cpu_s']:.0f} CPU s) | {b['jobs2_mbps']:.2f} MB/s | {b['jobs2_rss_mib']:.0f} MiB | {b['jobs2_mbps'] / b['jobs1_mbps']:.2f}× of --jobs 1 |",
            f"| one changed document re-built, {b['rebuild_docs']}-document store (`build()` / whole process) | {fmt_s(b['rebuild_build_s'])} / {fmt_s(b['rebuild_process_s'])} | {b['rebuild_extracted']} extracted | — | — |",
            f"| `policykg build` with nothing changed, same store (whole process) | {fmt_s(b['noop_cli_s'])} | — | — | — |",
            "",
            "Peak memory: resident set of the largest process of the build's process tree.",
            "",
            "Where a `--jobs 1` build spends its time (the build's own functions, timed stage by stage in the benchmark process):",
            "",
            "| stage | time | share |",
            "| --- | --- | --- |",
            *[f"| {label} | {fmt_s(b[k])} | {100 * b[k] / sum(b[x] for x in ('read_s', 'pipeline_s', 'emit_s', 'store_s')):.0f}% |" for label, k in (
                ("read, decode, convert script", "read_s"), ("spaCy pipeline (tokenizer + components)", "pipeline_s"),
                ("resolve and write RDF (N-Quads)", "emit_s"), ("store: one pyoxigraph bulk load", "store_s"))],
            "",
            f"One long document ({b['long_mb']:.1f} MB): spaCy's char segmenter {fmt_s(b['long_spacy_s'])}, policykg's tokenizer (same tokens) {fmt_s(b['long_ours_s'])} "
            f"({b['long_spacy_s'] / b['long_ours_s']:.0f}×): spaCy aligns characters with `text[pos:].index(word)`, quadratic in the length of a document.",
        ]
        goals += [
            ("build >= 1 MB/s per core (--jobs 1, whole process)", f"{cores1:.2f} MB/s, {b['mb'] / b['jobs1_cpu_s']:.2f} MB per CPU s", cores1 >= 1.0 and b["mb"] / b["jobs1_cpu_s"] >= 1.0),
            ("spaCy pipeline >= 40% of spacy.blank('zh') tokenisation", f"{100 * b['spacy_s'] / b['pipeline_s']:.0f}% ({b['mb'] / b['pipeline_s']:.2f} MB/s)", b["spacy_s"] / b["pipeline_s"] >= 0.4),
            ("whole build (--jobs 1) >= 40% of spacy.blank('zh') tokenisation", f"{100 * b['jobs1_mbps'] / b['spacy_mbps']:.0f}%", b["jobs1_mbps"] / b["spacy_mbps"] >= 0.4),
            ("--jobs 2 >= 1.6x --jobs 1", f"{b['jobs2_mbps'] / b['jobs1_mbps']:.2f}x", b["jobs2_mbps"] / b["jobs1_mbps"] >= 1.6),
            (f"one changed document in a {b['rebuild_docs']}-document store re-built in < 2 s", f"{b['rebuild_build_s']:.2f} s in build(), {b['rebuild_process_s']:.2f} s whole process",
             b["rebuild_build_s"] < 2.0),
        ]
    if queries:
        lines += [
            "",
            f"## Queries (synthetic datasets; each run stopped after {timeout:g} s)",
            "",
            "| quads | query | load: ours / rdflib | ours | bare pyoxigraph | rdflib | rdflib ÷ ours | ours ÷ bare |",
            "| --- | --- | --- | --- | --- | --- | --- | --- |",
        ]
        for r in queries:
            lines.append(
                f"| {r['quads']:,} | {r['query']} | {fmt_s(r['load_ours_s'])} / {fmt_s(r['load_rdflib_s'])} | {fmt_s(r['ours'])} | {fmt_s(r['bare'])} | {fmt_s(r['rdflib'])} "
                f"| {ratio(r['rdflib'], r['ours'])} | {ratio(r['ours'], r['bare'])} |"
            )
        lines += [
            "",
            "ours: `graphbuild.query.run_query` (child process, read-only open, value conversion); bare: the query alone on the same store, in process.",
            "¹ not run: the engine timed out on this query on a smaller dataset.",
        ]
        for name in ("shared-responsibility",):
            r100 = next((r for r in queries if r["quads"] == 100_000 and r["query"] == name), None)
            r1m = next((r for r in queries if r["quads"] == 1_000_000 and r["query"] == name), None)
            if r100:
                ok = isinstance(r100["ours"], float) and (isinstance(r100["rdflib"], str) and r100["rdflib"].startswith(">") and float(r100["rdflib"][1:]) / r100["ours"] >= 30
                                                          or isinstance(r100["rdflib"], float) and r100["rdflib"] / r100["ours"] >= 30)
                shown = f"{ratio(r100['rdflib'], r100['ours'])} (ours {fmt_s(r100['ours'])}, rdflib {fmt_s(r100['rdflib'])})"
                goals.append((f"{name} at 100k >= 30x faster than rdflib", shown, ok if isinstance(r100["ours"], float) else False))
            if r1m:
                ok = isinstance(r1m["ours"], float) and isinstance(r1m["bare"], float) and r1m["ours"] <= 1.3 * r1m["bare"]
                shown = f"{ratio(r1m['ours'], r1m['bare'])} (ours {fmt_s(r1m['ours'])}, bare {fmt_s(r1m['bare'])})"
                goals.append((f"{name} at 1M within 1.3x of bare pyoxigraph", shown, ok))
    if explorer:
        lines += ["", "## Explorer page (full view)", "", "| nodes | edges | write time | page size |", "| --- | --- | --- | --- |"]
        for e in explorer:
            if "status" in e:
                lines.append(f"| ~{e['target']:,} | — | {e['status']} | — |")
            else:
                lines.append(f"| {e['nodes']:,} | {e['edges']:,} | {fmt_s(e['seconds'])} | {e['mb']:.1f} MB |")
    lines += ["", "## Goals", "", "| goal | measured | met |", "| --- | --- | --- |"]
    lines += [f"| {g} | {v} | {'yes' if ok else 'no' if ok is False else '—'} |" for g, v, ok in goals]
    return "\n".join(lines) + "\n", goals


def main() -> None:
    """Run the benchmarks and print the tables."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="Small sizes: a smoke run of every part (figures not comparable).")
    ap.add_argument("--skip", action="append", default=[], choices=["build", "queries", "explorer", "shapes", "serve", "realdocs", "readers", "tagger"], help="Leave a part out (repeatable).")
    ap.add_argument("--query-timeout", type=float, default=30.0, help="Stop each query run after this many seconds (default 30).")
    ap.add_argument("--replicate", type=int, default=1, metavar="N", help="Run the real-collection part on N copies of it (distinct identities), e.g. 10.")
    ap.add_argument("--json", type=Path, help="Also write the raw figures to this file.")
    ap.add_argument("--workdir", type=Path, help="Scratch folder (default: a temporary one, removed at the end).")
    args = ap.parse_args()

    started = time.perf_counter()
    work = args.workdir or Path(tempfile.mkdtemp(prefix="policykg-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        m = machine()
        log(f"machine: {m['cpu']}, {m['nproc']} CPUs, Python {m['python']}")
        base = work / "corpus-store"
        from graphbuild.build import build

        build(store=base)
        build_res = None if "build" in args.skip else bench_build(work, 0.5 if args.quick else 10.0, 20 if args.quick else 1000)
        sizes = [10_000, 30_000] if args.quick else [10_000, 100_000, 1_000_000]
        query_res = [] if "queries" in args.skip else bench_queries(work, base, sizes, args.query_timeout)
        explorer_res = [] if "explorer" in args.skip else bench_explorer(work, base, [200, 1000] if args.quick else [500, 5000])
        text, goals = report(m, build_res, query_res, explorer_res, args.query_timeout)
        print(text)
        if "shapes" not in args.skip:
            import shapes  # bench/shapes.py: the input shapes of issue 16 at 1×, 2×, 4×, 8× (1×, 2× with --quick)

            shapes_text, _rows = shapes.table(list(shapes.SHAPES), (1, 2) if args.quick else (1, 2, 4, 8), log=log)
            print("## Input shapes (extraction CPU time and peak memory per doubling)\n\n" + shapes_text)
        if "serve" not in args.skip:
            import serve_load  # bench/serve_load.py: policykg serve under 100 clients mixing cheap and expensive queries

            serve_text, _load = serve_load.bench(work, seconds=10 if args.quick else 60, clients=20 if args.quick else 100,
                                                 timeout=10, memory_limit="1G", log=log)
            print("## The endpoint under load\n\n" + serve_text)
        realdocs_res = None
        if "realdocs" not in args.skip:
            import realdocs  # bench/realdocs.py

            done = realdocs.run(work / "realdocs", args.quick, args.replicate, timeout=max(args.query_timeout, 120.0))
            if done is not None:
                print(done[0])
                realdocs_res = done[1]
        if "tagger" not in args.skip:
            import tagger  # bench/tagger.py: extraction with and without the mention tagger, same run

            tagger_res = tagger.measure(args.quick)
            print("## Mention tagger: extraction with and without it\n\n" + (tagger.table(tagger_res) if tagger_res else "(skipped: no real collection)"))
        if "readers" not in args.skip:
            import readers  # bench/readers.py

            reader_rows = readers.measure(work / "readers", 0.3 if args.quick else 2.0, log=log)
            print("## Reading speed per format (input MB/s, no extraction)\n\n" + readers.table(reader_rows))
        print(f"(benchmarks took {time.perf_counter() - started:.0f} s)")
        if args.json:
            args.json.write_text(json.dumps({"machine": m, "build": build_res, "queries": query_res, "explorer": explorer_res, "realdocs": realdocs_res,
                                             "goals": [{"goal": g, "measured": v, "met": ok} for g, v, ok in goals]},
                                            ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    finally:
        if args.workdir is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
