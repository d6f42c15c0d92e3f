"""The on-disk store: pyoxigraph generations swapped atomically, one named graph per document.

Layout of a store folder (default ``.policykg/``)::

    current -> generations/<id>      symlink, replaced atomically when a build finishes
    generations/<id>/db/             pyoxigraph (RocksDB) store of that generation
    generations/<id>/manifest.json   documents of the generation: content hash → names, title, counts, text
    texts/<sha256>.txt               the text each document was read as (what evidence offsets point into)
    texts/<hash>.source.json         how that document was read (format, metadata, pages): it can be re-extracted from its text
    authority/<sha256>.ttl|.tsv      copies of the user authority files (--authority) the manifest names
    cache/<hash>-<fingerprint>.nq    extraction result of one document (N-Quads of its named graph)
    build.lock                       held by the one build that may run at a time

A build never writes the generation readers use: it copies the current one (a RocksDB checkpoint:
hard links, no data copied), changes the copy, and swaps the symlink. An interrupted build leaves
the previous generation untouched.
"""

from __future__ import annotations

import errno
import fcntl
import io
import json
import os
import queue
import shutil
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer

import pyoxigraph as ox

from ..errors import PolicykgError
from ..outfile import write_atomic
from ..vocab import ENTITIES_GRAPH, ONTOLOGY_GRAPH


def data_quads(store: ox.Store, *, with_ontology: bool = False) -> list[ox.Quad]:
    """All quads of the document graphs (and the ontology graph if asked), sorted for stable output."""
    onto = ox.NamedNode(ONTOLOGY_GRAPH)
    quads = [q for q in store if with_ontology or q.graph_name != onto]
    quads.sort(key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object)))
    return quads


class StoreError(PolicykgError):
    """A store that is missing, locked or unreadable; the message says what to do."""


@dataclass(frozen=True)
class Generation:
    """One published state of the store."""

    path: Path

    @property
    def db(self) -> Path:
        """The pyoxigraph folder."""
        return self.path / "db"

    def manifest(self) -> dict:
        """The documents of this generation; a StoreError when its manifest is damaged."""
        f = self.path / "manifest.json"
        try:
            data = json.loads(f.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {"documents": {}}
        except (OSError, ValueError) as exc:
            raise StoreError(f"the store's manifest {f} is unreadable or damaged ({exc}); rebuild the store with `policykg build --replace`") from exc
        docs = data.get("documents") if isinstance(data, dict) else None
        if not isinstance(docs, dict) or not all(isinstance(d, dict) and isinstance(d.get("names"), list) for d in docs.values()):
            raise StoreError(f"the store's manifest {f} is damaged (no valid document list); rebuild the store with `policykg build --replace`")
        return data


class StoreDir:
    """A store folder: its generations, extraction cache and build lock."""

    def __init__(self, root: Path | str) -> None:
        self.root = Path(root)

    @property
    def cache(self) -> Path:
        """Folder of per-document extraction results."""
        return self.root / "cache"

    @property
    def texts(self) -> Path:
        """Folder of the texts the documents were read as (``<sha256 of the text>.txt``), for ``policykg show``."""
        return self.root / "texts"

    @property
    def authority(self) -> Path:
        """Folder of the copies of the user authority files the store was built with (``<sha256>.<ttl|tsv>``)."""
        return self.root / "authority"

    def current(self) -> Generation | None:
        """The published generation, or None when nothing was built yet."""
        link = self.root / "current"
        if not link.is_symlink() and not link.exists():
            return None
        target = (self.root / os.readlink(link)) if link.is_symlink() else link
        if not (target / "db").exists():
            return None
        return Generation(target)

    def require_current(self) -> Generation:
        """The published generation, or a StoreError telling the user to build first."""
        gen = self.current()
        if gen is None:
            raise StoreError(f"no graph in {self.root}/: run `policykg build` first (or pass --store DIR)")
        return gen

    def open_read(self) -> ox.Store:
        """Open the current generation read-only."""
        return open_db(self.require_current().db)

    @contextmanager
    def build_lock(self, warn: Callable[[str], None] | None = None) -> Iterator[None]:
        """Hold the build lock; fail fast when another build holds it; ``warn`` hears of a stale lock taken over.

        The lock is an ``flock`` on ``build.lock``, which also holds the owner's pid while it runs
        (emptied on release). Processes forked while it is held (the ``--jobs`` workers) close
        their copy of the descriptor at once: an flock belongs to the open file, so a worker left
        running by a killed build would otherwise hold the store locked for ever.
        """
        lock = self.root / "build.lock"
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise StoreError(unwritable_message(self.root, exc)) from exc
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as exc:
                if exc.errno in (errno.EAGAIN, errno.EACCES):
                    raise StoreError(self._busy_message(lock)) from exc
                raise
            _HELD_LOCKS.add(fd)
            stale = _read_pid(fd)
            if stale is not None and stale != os.getpid() and warn is not None:
                # The owner died without releasing (the kernel released the flock for it).
                warn(f"the build lock {lock} was left by process {stale}, which is no longer running; taking it over")
            try:
                os.ftruncate(fd, 0)
                os.pwrite(fd, str(os.getpid()).encode(), 0)
            except OSError as exc:
                raise StoreError(unwritable_message(self.root, exc)) from exc
            try:
                yield
            finally:
                try:
                    os.ftruncate(fd, 0)  # released cleanly: no owner to report next time
                except OSError:
                    pass
        finally:
            _HELD_LOCKS.discard(fd)
            os.close(fd)

    def _busy_message(self, lock: Path) -> str:
        """Why the lock is busy: a running build, or processes left by a build that died."""
        msg = f"another build is running on {self.root}/ (lock {lock}); wait for it to finish"

        def owner() -> int:
            try:
                return int(lock.read_text().strip() or "0")
            except (OSError, ValueError):
                return 0

        dead = owner()
        if dead and not _alive(dead):
            time.sleep(0.2)  # a build that has just taken the lock may not have written its pid yet
            if owner() != dead:
                return msg
        if dead and not _alive(dead):
            holders = sorted(_holders(lock) - {os.getpid()})
            if holders:
                pids = " ".join(map(str, holders))
                return (f"the build lock {lock} is held by process(es) {pids}, left running by build {dead}, which is no longer "
                        f"running; stop them (`kill {pids}`) and build again")
        return msg

    def new_generation(self) -> Generation:
        """A fresh, unpublished generation folder."""
        path = self.root / "generations" / f"{time.strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:8]}"
        path.mkdir(parents=True)
        return Generation(path)

    def publish(self, gen: Generation, manifest: dict) -> None:
        """Write the manifest and make ``gen`` current in one atomic rename; keep the previous one for readers."""
        write_atomic(gen.path / "manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8"))
        previous = self.current()
        link_tmp = self.root / f"current.tmp-{os.getpid()}"
        if link_tmp.is_symlink() or link_tmp.exists():
            link_tmp.unlink()
        os.symlink(os.path.relpath(gen.path, self.root), link_tmp)
        os.replace(link_tmp, self.root / "current")
        keep = {gen.path.resolve()}
        if previous is not None:
            keep.add(previous.path.resolve())
        for old in (self.root / "generations").iterdir():
            if old.resolve() not in keep:
                shutil.rmtree(old, ignore_errors=True)
        kept = [manifest]
        if previous is not None and previous.path.resolve() != gen.path.resolve():
            try:
                kept.append(previous.manifest())
            except StoreError:
                return  # what the previous generation refers to is not known: nothing is collected
        self.collect_garbage(kept)

    def collect_garbage(self, manifests: list[dict]) -> list[Path]:
        """Delete what no kept generation refers to: texts (and how they were read) of documents that are gone,
        and cache entries of an extractor no kept document was built with (they can never be used again).

        Cache entries of the extractor in use stay, referred to or not: a document removed and added back
        is not extracted again. Call only while holding the build lock.
        """
        docs = [d for m in manifests for d in (m.get("documents") or {}).values() if isinstance(d, dict)]
        hashes = {h for m in manifests for h in (m.get("documents") or {})}
        texts = {str(d.get("text")) for d in docs if d.get("text")}
        caches = {str(d.get("cache")) for d in docs if d.get("cache")}
        extractors = {c.split("-")[1] for c in caches if c.count("-") >= 2}
        gone: list[Path] = []
        # A store written before documents recorded their text keeps every text (none can be told apart).
        if self.texts.is_dir() and all(d.get("text") for d in docs):
            for f in self.texts.iterdir():
                if f.name.endswith(".source.json"):
                    stale = f.name[: -len(".source.json")] not in hashes
                else:
                    stale = f.suffix == ".txt" and f.stem not in texts
                if stale:
                    gone.append(f)
        if self.cache.is_dir() and extractors:
            for f in self.cache.iterdir():
                parts = f.stem.split("-")
                if f.suffix in (".nq", ".json") and len(parts) >= 3 and f.stem not in caches and parts[1] not in extractors:
                    gone.append(f)
        for f in gone:
            f.unlink(missing_ok=True)
        return gone

    def discard(self, gen: Generation) -> None:
        """Remove an unpublished generation after a failed build."""
        shutil.rmtree(gen.path, ignore_errors=True)

    def remove_leftovers(self) -> list[str]:
        """Delete what killed builds left behind; call only while holding the build lock."""
        # Under the lock no build is running, so an unpublished generation (no manifest), a
        # temporary symlink or a half-written cache file can only come from a build that died.
        gone: list[str] = []
        current = self.current()
        keep = current.path.resolve() if current is not None else None
        gens = self.root / "generations"
        for gen in sorted(gens.iterdir()) if gens.is_dir() else []:
            if gen.resolve() != keep and not (gen / "manifest.json").exists():
                shutil.rmtree(gen, ignore_errors=True)
                gone.append(str(gen))
        leftover = [*self.root.glob("current.tmp-*"), *(p for d in (self.cache, self.texts, self.authority) if d.is_dir() for p in d.glob("*.tmp-*"))]
        for tmp in leftover:
            if tmp.is_symlink() or tmp.is_file():
                tmp.unlink()
                gone.append(str(tmp))
        return gone


# Descriptors of build locks this process holds; a forked child closes them (see StoreDir.build_lock).
_HELD_LOCKS: set[int] = set()


def _close_held_locks() -> None:
    for fd in list(_HELD_LOCKS):
        try:
            os.close(fd)
        except OSError:
            pass
    _HELD_LOCKS.clear()


os.register_at_fork(after_in_child=_close_held_locks)


def _read_pid(fd: int) -> int | None:
    """The pid recorded in a lock file, if any."""
    try:
        text = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
        return int(text) if text else None
    except (OSError, ValueError):
        return None


def _alive(pid: int) -> bool:
    """Whether a process with this pid exists (a zombie counts as dead)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            return fh.read().rsplit(b")", 1)[-1].split()[0] != b"Z"
    except FileNotFoundError:
        return False
    except OSError:
        pass
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _holders(path: Path) -> set[int]:
    """Pids of the processes that have ``path`` open (Linux /proc; empty elsewhere)."""
    target = os.path.realpath(path)
    found: set[int] = set()
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            for fd in (proc / "fd").iterdir():
                if os.readlink(fd) == target:
                    found.add(int(proc.name))
                    break
        except OSError:
            continue
    return found


def unwritable_message(root: Path, exc: OSError) -> str:
    """The message for a store folder the build cannot write."""
    where = exc.filename or root
    return f"cannot write to the store {root}/ ({exc.strerror or exc}: {where}); check its permissions and free space, or choose another --store"


def open_db(db: Path, *, read_only: bool = True) -> ox.Store:
    """Open a generation's pyoxigraph database; a StoreError saying how to recover when it cannot be read."""
    try:
        return ox.Store.read_only(str(db)) if read_only else ox.Store(str(db))
    except (OSError, RuntimeError, ValueError) as exc:
        # RocksDB reports a database of another (pyoxigraph) version, or damaged, as corruption.
        raise StoreError(
            f"cannot open the store in {db} ({str(exc).strip()}): it was written by another pyoxigraph version or is damaged; "
            "`policykg build --replace` rebuilds it from the input files"
        ) from exc


def load_ontology(store: ox.Store, ttl: bytes) -> None:
    """(Re)load the ontology into its own named graph."""
    from ..read.rdf import load_into_store

    g = ox.NamedNode(ONTOLOGY_GRAPH)
    store.remove_graph(g) if g in set(store.named_graphs()) else None
    load_into_store(store, ttl, format="turtle", to_graph=g)


class _Concatenated(io.RawIOBase):
    """Files read one after the other as a single byte stream."""

    def __init__(self, paths: Iterable[Path]) -> None:
        self._paths = iter(paths)
        self._current: io.BufferedReader | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: WriteableBuffer) -> int:
        while True:
            if self._current is None:
                nxt = next(self._paths, None)
                if nxt is None:
                    return 0
                self._current = open(nxt, "rb")
            n = self._current.readinto(buffer)
            if n:
                return n
            self._current.close()
            self._current = None

    def close(self) -> None:
        if self._current is not None:
            self._current.close()
            self._current = None
        super().close()


def _graph_size(store: ox.Store, graph: str) -> int:
    """Quads in one named graph."""
    return sum(1 for _ in store.quads_for_pattern(None, None, None, ox.NamedNode(graph)))


def bulk_load_nquads(store: ox.Store, paths: Iterable[Path], *, lenient: bool = True) -> None:
    """Load N-Quads files written by policykg's serialiser in one bulk load, without validating IRIs.

    One load for all files: one per file cost three times as much, and a store filled by many
    loads is larger and slower to read (each adds its own RocksDB files). Bytes in batches parsed
    7% faster but held the N-Quads in memory (+40% peak): a stream it is. The parser is lenient
    (it skips IRI validation, 10% of the load), which is safe only because every IRI in these
    files was minted by ``graphbuild.rdf`` and a cached file is loaded only if it still has the
    SHA-256 recorded when it was written (``graphbuild.build``); other files need ``lenient=False``.
    """
    with io.BufferedReader(_Concatenated(paths), 1 << 20) as stream:
        store.bulk_load(stream, format=ox.RdfFormat.N_QUADS, lenient=lenient)


class GenerationWriter:
    """A new, unpublished generation: the current one copied, some graphs dropped, N-Quads files loaded.

    A non-transactional bulk load is safe here: readers never see an unpublished generation, and a
    failed build discards it. With ``background`` = N the files are loaded as they arrive by N
    threads, each running its own bulk load (pyoxigraph releases the GIL while it parses and
    indexes, and one bulk load keeps about one core busy). That pays only when the building thread
    is idle, waiting for worker processes: pyoxigraph reads a Python stream 2 KB at a time, and each
    read takes the GIL from an extraction running in this process. Otherwise the files are loaded
    in one bulk load by ``finish``. Only files that ``bulk_load_nquads`` may load leniently belong here.
    """

    def __init__(self, sd: StoreDir, previous: Generation | None, drop: Iterable[str], *, background: int = 0) -> None:
        self._sd = sd
        self.generation = sd.new_generation()
        self._files: list[Path] = []
        self._unchecked: list[Path] = []
        self._queue: queue.Queue[Path | None | _Aborted] | None = None
        self._error: BaseException | None = None
        self._published = False
        try:
            if previous is not None:
                # A RocksDB checkpoint of the current generation (hard links), then the changes.
                src = open_db(previous.db)
                try:
                    src.backup(str(self.generation.db))
                except RuntimeError as exc:
                    raise StoreError(f"cannot copy the store in {previous.db} ({exc}); `policykg build --replace` rebuilds it from the input files") from exc
                del src
            self._store = ox.Store(str(self.generation.db))
            self._dropped = list(drop)
            for graph in self._dropped:
                self._store.remove_graph(ox.NamedNode(graph))
        except BaseException:
            sd.discard(self.generation)
            raise
        self._threads: list[threading.Thread] = []
        if background:
            self._queue = queue.Queue()
            self._threads = [threading.Thread(target=self._load_queued, name=f"policykg-store-load-{i}", daemon=True) for i in range(background)]
            for t in self._threads:
                t.start()

    def _queued(self) -> Iterator[Path]:
        assert self._queue is not None
        while True:
            item = self._queue.get()
            if item is None:
                return
            if isinstance(item, _Aborted):
                self._queue.put(item)  # for the other loaders
                raise item
            yield item

    def _load_queued(self) -> None:
        try:
            bulk_load_nquads(self._store, self._queued())
        except BaseException as exc:  # noqa: BLE001 - re-raised in the building thread by finish()
            self._error = exc

    def add(self, nquads_file: Path, *, checked: bool = True) -> None:
        """Load one document's N-Quads file (now, in the background, or at ``finish``); ``checked`` False: validate it fully."""
        if not checked:
            self._unchecked.append(nquads_file)
        elif self._queue is not None:
            self._queue.put(nquads_file)
        else:
            self._files.append(nquads_file)

    def finish(self, ontology_ttl: bytes, manifest: dict) -> None:
        """Load what is left and the ontology, and publish the generation as current."""
        try:
            if self._queue is not None:
                for _ in self._threads:
                    self._queue.put(None)
                for t in self._threads:
                    t.join()
            try:
                if self._queue is None:
                    bulk_load_nquads(self._store, self._files)
                if self._unchecked and self._error is None:
                    bulk_load_nquads(self._store, self._unchecked, lenient=False)
            except (OSError, ValueError, SyntaxError) as exc:
                self._error = exc
            if self._error is not None:
                raise StoreError(
                    f"could not load the extracted graphs into the new store generation ({self._error}); "
                    f"the store is unchanged: if a cached result is damaged, remove {self._sd.cache} and build again"
                ) from self._error
            if self._dropped:
                self._rebuild_entities(manifest)
            # The data's quads (the documents' graphs and the entities graph), the ontology aside.
            manifest = {**manifest, "quads": len(self._store) - _graph_size(self._store, ONTOLOGY_GRAPH)}
            load_ontology(self._store, ontology_ttl)
            self._store.flush()
            del self._store
            self._sd.publish(self.generation, manifest)
            self._published = True
        except BaseException:
            self._sd.discard(self.generation)
            raise

    def _rebuild_entities(self, manifest: dict) -> None:
        """The entities graph again from the documents that stay: a dropped document's descriptions go with it.

        The graph holds each shared description once (a store is a set of quads), contributed by
        every document that names the entity; only the documents' cached N-Quads know which
        document contributed what, so after a removal the graph is made again from them.
        """
        entities = ox.NamedNode(ENTITIES_GRAPH)
        self._store.remove_graph(entities)
        suffix = f" <{ENTITIES_GRAPH}> ."
        lines: set[str] = set()
        for d in manifest.get("documents", {}).values():
            f = self._sd.cache / f"{d.get('cache')}.nq"
            try:
                with f.open(encoding="utf-8") as fh:
                    lines.update(line for line in fh if line.rstrip("\n").endswith(suffix))
            except OSError as exc:
                raise StoreError(f"cannot read the cached graph {f} ({exc}); `policykg build --replace` rebuilds the store") from exc
        if lines:
            self._store.bulk_load("".join(sorted(lines)).encode("utf-8"), format=ox.RdfFormat.N_QUADS, lenient=True)

    def __enter__(self) -> GenerationWriter:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        # Leaving with an exception (or Ctrl-C) before ``finish`` published: nothing half-built stays.
        if exc_type is not None and not self._published:
            self.discard()

    def discard(self) -> None:
        """Stop loading and remove the unpublished generation (the build failed or was interrupted)."""
        if self._queue is not None and any(t.is_alive() for t in self._threads):
            self._queue.put(_Aborted())
            for t in self._threads:
                t.join()
        self.__dict__.pop("_store", None)
        self._sd.discard(self.generation)


class _Aborted(Exception):
    """Ends a background load: the build was abandoned."""
