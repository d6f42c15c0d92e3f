"""Per-document budgets for extraction: every document is extracted in a worker process that is
killed and replaced when it overruns its time, and whose address space is capped for its memory.

A child process is the only reliable bound on native code (spaCy, regular expressions): a thread
cannot be stopped, and ``concurrent.futures.ProcessPoolExecutor`` cannot kill one stuck worker
(a dead worker breaks the whole pool and fails every document it still held). ``WorkerPool`` is
a small supervisor over forked ``multiprocessing`` processes, one pipe each: a worker takes one
document at a time and lives for the whole build, so the cost of a worker (a fork of the building
process) is paid once per worker, not per document; it is replaced only when it dies, runs out of
memory or overruns its time.
"""

from __future__ import annotations

import math
import multiprocessing
import os
import pickle
import signal
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any

from .errors import PolicykgError
from .limits import limit_growth as _limit_growth

DEFAULT_DOC_TIMEOUT = 300.0
DEFAULT_DOC_MEMORY_MB = 2048
MB = 1024 * 1024
QUEUED = 4  # tasks in a worker's pipe at a time (measured: documents of the real collection take 7 ms on average)


class DocumentOverrun(PolicykgError):
    """A document went over one of its budgets; its message is the reason shown to the user."""


class WorkerDied(PolicykgError):
    """The worker process extracting a document died by a signal the supervisor did not send, or exited."""

    def __init__(self, signum: int | None, exitcode: int | None) -> None:
        self.signum = signum
        self.exitcode = exitcode
        what = f"signal {signal.Signals(signum).name}" if signum else f"exit code {exitcode}"
        super().__init__(f"the worker process died ({what})")


def timeout_reason(seconds: float) -> str:
    """The reason given for a document that overran its time budget."""
    return f"took longer than {seconds:g} s (--doc-timeout); skipped"


def memory_reason(megabytes: int) -> str:
    """The reason given for a document that overran its memory budget."""
    return f"exceeded the memory budget of {megabytes} MB (--doc-memory); skipped"


def _picklable(exc: BaseException) -> BaseException:
    """``exc`` if it survives the pipe, else a RuntimeError carrying its type and message."""
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:  # noqa: BLE001 - any exception type may refuse to pickle, in any way
        return RuntimeError(f"{type(exc).__name__}: {exc}")
    return exc


def _serve(conn: Connection, func: Callable[[Any], Any], init: Callable[[], None], memory: int) -> None:
    """The worker's loop: run ``func`` on each task received, send back ("ok", result), ("error", exc) or ("memory", None)."""
    init()
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            os._exit(0)  # the supervisor is gone or closed the pipe
        if task is None:
            os._exit(0)
        _limit_growth(memory)
        try:
            reply: tuple[str, Any] = ("ok", func(task))
        except MemoryError:
            reply = ("memory", None)
        except Exception as exc:  # noqa: BLE001 - sent back, reported per document
            reply = ("error", _picklable(exc))
        _limit_growth(0)
        conn.send(reply)


@dataclass
class _Worker:
    process: Any  # a multiprocessing Process of the fork context
    conn: Connection
    # The tasks sent and not answered yet, the running one first: the next ones wait in the pipe,
    # so that a worker never idles until this process (busy loading the store) sends it one.
    # Tasks must be small messages: a send must never wait for a busy worker to read.
    tasks: list[int] = field(default_factory=list)
    deadline: float = math.inf  # of the running task


class WorkerPool:
    """``jobs`` worker processes running ``func`` on tasks, each task within ``timeout`` seconds and ``memory_mb`` MB of growth (0: unbounded).

    Workers are forked: they inherit the building process's modules, as they are when the pool
    is started (tests replace the extractor in the parent), and its loaded pipeline. Each fork
    runs inside ``fork_guard`` (the build holds Ctrl-C back there: it is the building process's
    alone); a replacement is forked from the thread that calls ``run``.
    """

    def __init__(self, func: Callable[[Any], Any], *, jobs: int, timeout: float, memory_mb: int, init: Callable[[], None],
                 fork_guard: Callable[[], AbstractContextManager[Any]] = nullcontext) -> None:
        self._func = func
        self.jobs = jobs
        self._guard = fork_guard
        self.timeout = timeout
        self.memory_mb = memory_mb
        self._init = init
        self._ctx = multiprocessing.get_context("fork")
        self._workers: list[_Worker] = []

    def start(self) -> None:
        """Fork the workers."""
        while len(self._workers) < self.jobs:
            self._workers.append(self._fork())

    def _fork(self) -> _Worker:
        parent, child = self._ctx.Pipe()
        proc = self._ctx.Process(target=_serve, args=(child, self._func, self._init, self.memory_mb * MB), daemon=True, name="policykg-extract")
        with self._guard():
            proc.start()
        child.close()
        return _Worker(proc, parent)

    def _started(self, worker: _Worker) -> None:
        """The worker has begun the first of its tasks (it answered the one before, or it just got it)."""
        worker.deadline = time.monotonic() + self.timeout if self.timeout and worker.tasks else math.inf

    def _replace(self, worker: _Worker) -> _Worker:
        """Kill ``worker`` (if it still runs) and put a fresh one in its place; return the fresh one."""
        self._kill(worker)
        fresh = self._fork()
        self._workers[self._workers.index(worker)] = fresh
        return fresh

    @staticmethod
    def _kill(worker: _Worker) -> None:
        if worker.process.is_alive():
            os.kill(worker.process.pid, signal.SIGKILL)
        worker.process.join()
        worker.conn.close()

    def run(self, tasks: list[Any]) -> Iterator[tuple[int, Any]]:
        """Run every task; yield (index, result or exception) in the order of ``tasks``.

        A task that overran its time or memory yields a DocumentOverrun; one whose worker died
        yields WorkerDied. Results come in order (the build's output must not depend on which
        worker finished first), each as soon as those before it are in.
        """
        if not self._workers:
            self.start()
        todo = list(range(len(tasks)))
        todo.reverse()  # popped from the end: in order, and a task given back goes first
        outcomes: dict[int, Any] = {}
        next_out = 0

        def feed(worker: _Worker) -> None:
            while todo and len(worker.tasks) < QUEUED:
                index = todo.pop()
                try:
                    worker.conn.send(tasks[index])
                except OSError:  # the worker died (the system killed it): its pipe is closed
                    todo.append(index)
                    if not worker.tasks:  # else its death is seen when its answers are waited for
                        feed(self._replace(worker))
                    return
                worker.tasks.append(index)
                if len(worker.tasks) == 1:
                    self._started(worker)

        def fail(worker: _Worker, outcome: BaseException) -> _Worker:
            """The running task ends with ``outcome``; the worker is replaced, and its queued task given back."""
            outcomes[worker.tasks[0]] = outcome
            todo.extend(reversed(worker.tasks[1:]))
            return self._replace(worker)

        for w in self._workers:
            feed(w)
        while True:
            while next_out in outcomes:
                yield next_out, outcomes.pop(next_out)
                next_out += 1
            if next_out >= len(tasks):
                return
            busy = [w for w in self._workers if w.tasks]
            first_deadline = min(w.deadline for w in busy)
            ready = wait([w.conn for w in busy], timeout=None if first_deadline == math.inf else max(0.0, first_deadline - time.monotonic()))
            now = time.monotonic()
            for w in busy:
                if w.conn in ready:
                    try:
                        kind, value = w.conn.recv()
                    except (EOFError, OSError):
                        w.process.join()
                        code = w.process.exitcode
                        w = fail(w, WorkerDied(-code if code is not None and code < 0 else None, code))
                    else:
                        if kind == "memory":
                            w = fail(w, DocumentOverrun(memory_reason(self.memory_mb)))  # its heap may be left fragmented
                        else:
                            outcomes[w.tasks.pop(0)] = value  # a result, or the exception the extractor raised
                            self._started(w)
                elif w.deadline <= now:
                    w = fail(w, DocumentOverrun(timeout_reason(self.timeout)))  # the only way to stop native code
                else:
                    continue
                feed(w)

    def close(self) -> None:
        """Stop the workers: politely when idle, by SIGKILL when they still hold a task (Ctrl-C, an error)."""
        for w in self._workers:
            if not w.tasks and w.process.is_alive():
                try:
                    w.conn.send(None)
                except OSError:
                    pass
        deadline = time.monotonic() + 5
        for w in self._workers:
            if not w.tasks:
                w.process.join(max(0.0, deadline - time.monotonic()))
            self._kill(w)
        self._workers = []
