"""The store survives interrupted and concurrent builds, and readers never see half a build.

Builds run as real ``python -m graphbuild.cli build`` processes. To stop a build at an exact
point, a test plants a FIFO where the build will read a cached extraction result: the build then
blocks, holding the build lock, with its new generation half written, until the test writes
into the FIFO (or kills the process).
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from graphbuild.build import build, cache_key, extract_document, fingerprint
from graphbuild.cli import main
from graphbuild.query import run_query
from graphbuild.read import read_source
from graphbuild.store import StoreDir

ROOT = Path(__file__).resolve().parents[1]
ADV = Path(__file__).parent / "adversarial"
BIG_DOC = ROOT / "graphbuild" / "corpus" / "004_41ef264a0a45cb47.txt"
COUNT_DOCS = "PREFIX pkg: <https://w3id.org/policykg/ontology#> SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a pkg:Document }"
COUNT_QUADS = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
# Both counts from one query, so one snapshot: two queries could straddle the swap.
SNAPSHOT = (
    "PREFIX pkg: <https://w3id.org/policykg/ontology#> SELECT ?docs ?quads WHERE {"
    " { SELECT (COUNT(DISTINCT ?d) AS ?docs) WHERE { ?d a pkg:Document } }"
    " { SELECT (COUNT(*) AS ?quads) WHERE { GRAPH ?g { ?s ?p ?o } } } }"
)


def _cli(*args: str) -> subprocess.Popen:
    """Start ``policykg`` in its own process, as a user would."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "graphbuild.cli", *args], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _wait_for(cond, timeout: float, what: str, proc: subprocess.Popen | None = None) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while not cond():
        if proc is not None and proc.poll() is not None:
            out, err = proc.communicate()
            pytest.fail(f"the build ended (exit {proc.returncode}) before {what}:\n{out}\n{err}")
        if time.monotonic() > end:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.005)


def _count(store: Path, sparql: str = COUNT_DOCS) -> int:
    return int(run_query(sparql, store=store, timeout=20).rows[0][0])  # type: ignore[arg-type]


def _snapshot(store: Path) -> tuple[int, int]:
    docs, quads = run_query(SNAPSHOT, store=store, timeout=20).rows[0]
    return int(docs), int(quads)  # type: ignore[arg-type]


def _current(store: Path) -> Path:
    gen = StoreDir(store).current()
    assert gen is not None
    return gen.path.resolve()


def _unpublished(store: Path) -> list[Path]:
    cur = _current(store)
    return [g for g in (store / "generations").iterdir() if g.resolve() != cur and not (g / "manifest.json").exists()]


def _variant(src: Path, dest: Path, n: int) -> Path:
    """A copy of ``src`` with different content (so it is a different document)."""
    dest.write_bytes(src.read_bytes() + f"\n附件{n}\n".encode())
    return dest


@pytest.fixture()
def base_store(tmp_path: Path) -> Path:
    """A store holding one document: the state that must survive whatever happens next."""
    store = tmp_path / "store"
    build([ADV / "policy_paragraph.utf8.txt"], store=store)
    assert _count(store) == 1
    return store


def _plant_fifo(store: Path, doc: Path) -> tuple[Path, str]:
    """Make the next build of ``doc`` block on reading its cached result; return the FIFO and the real N-Quads."""
    src = read_source(doc)
    nq, meta = extract_document(src, [src.name])
    key = cache_key(src.content_hash, fingerprint(), [src.name])
    (store / "cache").mkdir(exist_ok=True)
    meta["sha256"] = hashlib.sha256(nq.encode("utf-8")).hexdigest()
    (store / "cache" / f"{key}.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    fifo = store / "cache" / f"{key}.nq"
    os.mkfifo(fifo)
    return fifo, nq


def _blocked_build(store: Path, doc: Path) -> tuple[subprocess.Popen, Path, str]:
    """A build that holds the lock, has created its new generation, and waits on the FIFO."""
    fifo, nq = _plant_fifo(store, doc)
    proc = _cli("build", str(doc), "--store", str(store))
    # The build reads a cached result twice: to check its checksum, then to load it. Feed the first.
    feeder = threading.Thread(target=lambda: fifo.write_text(nq, encoding="utf-8"), daemon=True)
    feeder.start()
    _wait_for(lambda: not feeder.is_alive(), 30, "the build checked the cached result", proc)
    _wait_for(lambda: any((g / "db").exists() for g in _unpublished(store)), 30, "the build created its new generation", proc)
    time.sleep(0.2)  # it can only be blocked on the FIFO now; give it time to get there
    assert proc.poll() is None
    return proc, fifo, nq


def _release(fifo: Path, nq: str) -> None:
    """Feed the blocked build its data, then leave a regular cache file behind."""
    with open(fifo, "w", encoding="utf-8") as fh:
        fh.write(nq)
    tmp = fifo.with_name(fifo.name + ".real")
    tmp.write_text(nq, encoding="utf-8")
    os.replace(tmp, fifo)


def test_sigkill_during_extraction_keeps_the_previous_store_and_a_rerun_finishes(base_store: Path, tmp_path: Path) -> None:
    before = _current(base_store)
    old_quads = _count(base_store, COUNT_QUADS)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "paragraph.txt").write_bytes((ADV / "policy_paragraph.utf8.txt").read_bytes())
    for n in range(12):
        _variant(BIG_DOC, corpus / f"big{n:02d}.txt", n)
    cached_before = set((base_store / "cache").glob("*.nq"))
    fp = fingerprint()

    proc = _cli("build", str(corpus), "--store", str(base_store))
    _wait_for(lambda: len(set((base_store / "cache").glob("*.nq")) - cached_before) >= 1, 60, "the first extraction result", proc)
    proc.send_signal(signal.SIGKILL)
    _out, killed_err = proc.communicate(timeout=10)
    assert proc.returncode == -signal.SIGKILL, killed_err
    assert len(set((base_store / "cache").glob("*.nq")) - cached_before) < 12, "the kill came after extraction finished"

    assert _current(base_store) == before
    assert (_count(base_store), _count(base_store, COUNT_QUADS)) == (1, old_quads)

    rerun = _cli("build", str(corpus), "--store", str(base_store), "--format", "csv")
    out, err = rerun.communicate(timeout=120)
    assert rerun.returncode == 0, f"exit {rerun.returncode}\n{out}\n{err}"
    if fingerprint() == fp:  # an edit to the extractor's code while the test ran invalidates the cache
        assert "cached" in out, f"results extracted before the kill are reused\n{out}\n{err}"
    assert _count(base_store) == 13, f"{out}\n{err}"
    assert _current(base_store) != before
    assert _unpublished(base_store) == []


def test_sigkill_after_the_new_generation_exists_keeps_the_previous_store(base_store: Path, tmp_path: Path) -> None:
    before = _current(base_store)
    old_quads = _count(base_store, COUNT_QUADS)
    doc = _variant(BIG_DOC, tmp_path / "new.txt", 1)
    proc, fifo, _nq = _blocked_build(base_store, doc)
    lock_holder = (base_store / "build.lock").read_text()
    assert lock_holder == str(proc.pid)

    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=10)
    assert proc.returncode == -signal.SIGKILL
    assert _current(base_store) == before
    assert len(_unpublished(base_store)) == 1, "the killed build left its half-written generation"
    assert (_count(base_store), _count(base_store, COUNT_QUADS)) == (1, old_quads)

    fifo.unlink()  # the planted FIFO is test scaffolding, not something a real build leaves
    rerun = _cli("build", str(doc), "--store", str(base_store), "--format", "csv")
    out, err = rerun.communicate(timeout=60)
    assert rerun.returncode == 0, err
    assert err.splitlines()[:2] == [
        f"warning: the build lock {base_store / 'build.lock'} was left by process {proc.pid}, which is no longer running; taking it over",
        f"warning: an earlier build of {base_store}/ was interrupted; removed 1 unfinished file(s) it left",
    ]
    assert _count(base_store) == 2
    assert _unpublished(base_store) == []
    assert sorted(p.name for p in base_store.glob("current*")) == ["current"]


def test_a_second_build_fails_fast_while_one_runs(base_store: Path, tmp_path: Path) -> None:
    before = _current(base_store)
    proc, fifo, nq = _blocked_build(base_store, _variant(BIG_DOC, tmp_path / "new.txt", 2))
    try:
        # (A build with no PATH first checks that the store suits the demo corpus: this one does not, so the corpus is named.)
        for args in (["build", str(ADV / "no_structure.txt")], ["build", str(ROOT / "graphbuild" / "corpus")], ["remove", "policy_paragraph.utf8.txt"]):
            t0 = time.monotonic()
            res = CliRunner().invoke(main, [*args, "--store", str(base_store)])
            assert time.monotonic() - t0 < 3
            assert res.exit_code == 1
            assert res.stdout == ""
            assert res.stderr == f"Error: another build is running on {base_store}/ (lock {base_store / 'build.lock'}); wait for it to finish\n"
        assert _current(base_store) == before
        _release(fifo, nq)
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert _count(base_store) == 2


def test_queries_during_a_build_see_the_old_or_the_new_graph(base_store: Path, tmp_path: Path) -> None:
    old = _snapshot(base_store)
    proc, fifo, nq = _blocked_build(base_store, _variant(BIG_DOC, tmp_path / "new.txt", 3))
    try:
        # Half written: the new generation holds the old documents and not yet the new one.
        for _ in range(3):
            assert _snapshot(base_store) == old
        res = CliRunner().invoke(main, ["query", "-e", COUNT_DOCS, "--store", str(base_store), "--format", "csv"])
        assert (res.exit_code, res.stdout) == (0, "n\n1\n")
        _release(fifo, nq)
        seen = []
        while proc.poll() is None:
            seen.append(_snapshot(base_store))
        assert proc.returncode == 0, proc.communicate()[1]
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    new = _snapshot(base_store)
    assert new[0] == 2 and new[1] > old[1]
    assert set(seen) <= {old, new}


@pytest.mark.parametrize("to_group", [True, False], ids=["ctrl-c-to-the-group", "sigint-to-the-build-only"])
def test_ctrl_c_during_a_parallel_build_stops_it_and_keeps_the_previous_store(base_store: Path, tmp_path: Path, to_group: bool) -> None:
    before = _current(base_store)
    old = _snapshot(base_store)
    corpus = tmp_path / "many"
    corpus.mkdir()
    for i in range(30):
        for f in sorted((ROOT / "graphbuild" / "corpus").glob("*.txt")):
            (corpus / f"{i:02d}_{f.name}").write_bytes(f.read_bytes() + f"\n副本{i}\n".encode())
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    # Its own process group: Ctrl-C in a terminal signals the build and its workers; `timeout` or
    # `kill` signal the build alone.
    proc = subprocess.Popen([sys.executable, "-m", "graphbuild.cli", "build", str(corpus), "--store", str(base_store), "--jobs", "2"],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    _wait_for(lambda: any((g / "db").exists() for g in _unpublished(base_store)), 60, "the build created its new generation", proc)
    time.sleep(0.5)  # workers started and extracting
    os.killpg(proc.pid, signal.SIGINT) if to_group else proc.send_signal(signal.SIGINT)
    _out, err = proc.communicate(timeout=60)
    # Exit 1 after "Aborted!"; in about one run in fifteen the process then reports death by SIGINT
    # instead (-2; 130 in a shell), not understood yet (notes in README, "…a build is interrupted").
    assert proc.returncode in (1, -signal.SIGINT) and err.splitlines()[-1] == "Aborted!", err
    assert _current(base_store) == before and _unpublished(base_store) == []
    assert _snapshot(base_store) == old
    assert subprocess.run(["pgrep", "-f", f"--store {base_store}"], capture_output=True).stdout == b""
