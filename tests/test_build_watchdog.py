"""The per-document watchdog: a document that hangs or needs too much memory is skipped with its
reason, its worker is replaced, and the rest of the build completes (exit code 3).

The faulty extractor is put in place with monkeypatch before the build: the workers are forked
by the build, so they inherit it. No assertion is on speed: the budgets are small only so that
the tests end soon.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import graphbuild.build as gb
from graphbuild.build import build
from graphbuild.cli import main
from graphbuild.resources import corpus_dir
from graphbuild.store import StoreDir

CORPUS = Path(str(corpus_dir()))
STUCK = "002_edffe4667c0bf87f.txt"
real_extract = gb.extract_document


def _faulty(fault):  # type: ignore[no-untyped-def]
    """An extractor that does ``fault`` on the document STUCK and extracts the others as usual."""

    def extract(src, names):  # type: ignore[no-untyped-def]
        if src.name == STUCK:
            fault()
        return real_extract(src, names)

    return extract


def _hang() -> None:
    time.sleep(600)  # killed by the watchdog long before


def _allocate() -> None:
    blocks = []
    for _ in range(64):  # up to 4 GB, 64 MB at a time: the budget stops it on the way
        blocks.append(bytearray(64 * 1024 * 1024))


def _names(store: Path) -> list[str]:
    gen = StoreDir(store).current()
    assert gen is not None
    return sorted(n for d in gen.manifest()["documents"].values() for n in d["names"])


ALL = sorted(p.name for p in CORPUS.glob("*.txt"))


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_document_that_hangs_is_skipped_and_its_worker_replaced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: int) -> None:
    monkeypatch.setattr(gb, "extract_document", _faulty(_hang))
    report = build(store=tmp_path, jobs=jobs, doc_timeout=3)
    assert [(Path(p).name, r) for p, r in report.skipped] == [(STUCK, "took longer than 3 s (--doc-timeout); skipped")]
    # With one worker the documents after the stuck one were extracted by its replacement.
    assert _names(tmp_path) == [n for n in ALL if n != STUCK]
    assert report.extracted == len(ALL) - 1
    assert multiprocessing.active_children() == []


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_document_that_needs_too_much_memory_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: int) -> None:
    monkeypatch.setattr(gb, "extract_document", _faulty(_allocate))
    report = build(store=tmp_path, jobs=jobs, doc_memory=300)
    assert [(Path(p).name, r) for p, r in report.skipped] == [(STUCK, "exceeded the memory budget of 300 MB (--doc-memory); skipped")]
    assert _names(tmp_path) == [n for n in ALL if n != STUCK]
    assert multiprocessing.active_children() == []


def test_without_budgets_the_same_documents_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """0 turns a budget off: the allocation that a 300 MB budget stops is let through (and freed)."""

    def allocate_some() -> None:
        bytearray(400 * 1024 * 1024)

    monkeypatch.setattr(gb, "extract_document", _faulty(allocate_some))
    report = build(store=tmp_path, doc_timeout=0, doc_memory=0)
    assert report.skipped == []
    assert _names(tmp_path) == ALL


def test_a_worker_that_crashes_is_replaced_and_named_as_a_bug(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gb, "extract_document", _faulty(lambda: os.kill(os.getpid(), signal.SIGSEGV)))
    report = build(store=tmp_path)
    assert [(Path(p).name, r) for p, r in report.skipped] == [
        (STUCK, "the worker process died (signal SIGSEGV) while extracting it; please report this file as a bug")
    ]
    assert _names(tmp_path) == [n for n in ALL if n != STUCK]


def test_a_hanging_document_keeps_its_earlier_graph(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A timeout is a failure like any other: the graph an earlier extractor made of the document stays."""
    build(store=tmp_path)
    before = StoreDir(tmp_path).current().manifest()["documents"]  # type: ignore[union-attr]
    monkeypatch.setattr(gb, "fingerprint", lambda: "newextractor")  # everything is extracted again
    monkeypatch.setattr(gb, "extract_document", _faulty(_hang))
    report = build(store=tmp_path, doc_timeout=3)
    assert [Path(p).name for p, _r in report.skipped] == [STUCK]
    assert StoreDir(tmp_path).current().manifest()["documents"].keys() == before.keys()  # type: ignore[union-attr]


def test_cli_names_the_skipped_document_and_exits_3(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gb, "extract_document", _faulty(_hang))
    res = CliRunner().invoke(main, ["build", str(CORPUS), "--store", str(tmp_path / "store"), "--doc-timeout", "2.5", "--jobs", "2",
                                    "--format", "csv"])
    assert res.exit_code == 3, res.output
    assert res.stderr.splitlines()[0] == f"warning: skipped {CORPUS / STUCK}: took longer than 2.5 s (--doc-timeout); skipped"
    assert [ln.split(",")[0] for ln in res.stdout.splitlines()[1:]] == [n for n in ALL if n != STUCK]


def test_cli_refuses_a_negative_budget(tmp_path: Path) -> None:
    res = CliRunner().invoke(main, ["build", str(CORPUS), "--store", str(tmp_path), "--doc-memory", "-1"])
    assert res.exit_code == 2
    assert "Invalid value for '--doc-memory': -1 is not in the range x>=0." in res.output


# --- the supervisor alone -------------------------------------------------------------------------


def _square_or_hang(n: int) -> int:
    if n == 3:
        time.sleep(600)
    return n * n


def test_the_pool_gives_results_in_order_and_replaces_a_stuck_worker() -> None:
    from graphbuild.watchdog import DocumentOverrun, WorkerPool

    pool = WorkerPool(_square_or_hang, jobs=2, timeout=2, memory_mb=0, init=lambda: None)
    try:
        out = list(pool.run(list(range(10))))
    finally:
        pool.close()
    assert [i for i, _v in out] == list(range(10))
    assert [v for i, v in out if i != 3] == [i * i for i in range(10) if i != 3]
    assert isinstance(out[3][1], DocumentOverrun) and str(out[3][1]) == "took longer than 2 s (--doc-timeout); skipped"
    assert multiprocessing.active_children() == []


def test_a_worker_killed_while_idle_is_replaced_before_it_gets_work() -> None:
    from graphbuild.watchdog import WorkerPool

    pool = WorkerPool(lambda n: n + 1, jobs=1, timeout=0, memory_mb=0, init=lambda: None)
    pool.start()
    try:
        victim = pool._workers[0].process
        os.kill(victim.pid, signal.SIGKILL)
        victim.join(10)
        assert list(pool.run([1, 2, 3])) == [(0, 2), (1, 3), (2, 4)]
    finally:
        pool.close()
