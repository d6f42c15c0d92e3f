"""Build the knowledge graph: read → normalise → extract → resolve → RDF → store.

``build`` is the library entry point behind ``policykg build``; it never prints, and reports
progress through a Reporter.
"""

from __future__ import annotations

import faulthandler
import functools
import gc
import hashlib
import json
import os
import signal
import sys
import threading
from collections.abc import Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__
from .errors import PolicykgError
from .outfile import write_atomic
from .read import DEFAULT_MAX_BYTES, InputError, SourceFile, display_path, iter_inputs, read_inputs, read_source
from .read.formats import TABLES
from .read.table import TableOptions
from .report import NullReporter, Reporter
from .resources import corpus_dir, ontology_file
from .rules import RuleSet, UserAuthorityFile, active, bundled, load_ruleset, read_user_authority, user_authority_file, using
from .store.oxstore import Generation, GenerationWriter, StoreDir, StoreError, unwritable_message
from .watchdog import DEFAULT_DOC_MEMORY_MB, DEFAULT_DOC_TIMEOUT, DocumentOverrun, WorkerDied, WorkerPool

EXIT_SKIPPED = 3
# How the manifest's document names are made: the path relative to the folder built. A store
# without this mark identified documents by file name alone and is not updated in place.
IDENTIFIERS = "relative-path"


class RefusedInput(PolicykgError):
    """A strict build stopped before publishing because some input files were refused."""

    def __init__(self, skipped: list[tuple[str, str]]) -> None:
        super().__init__("refused input (nothing was built):\n" + "\n".join(f"{p}: {r}" for p, r in skipped))
        self.skipped = skipped


@dataclass
class DocumentResult:
    """What one document contributed to the graph."""

    content_hash: str
    names: list[str]
    title: str
    counts: dict[str, int]
    warnings: list[str]
    quads: int
    reused: bool = False
    # The content hash of the document this one re-publishes (its plan and tasks are that one's).
    alternate_of: str = ""
    # Re-extracted from the text the store keeps (it was built with other authority data).
    restored: bool = False


@dataclass
class BuildReport:
    """Summary of a build, for the CLI's table and exit code."""

    store: str
    documents: list[DocumentResult] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    total_quads: int = 0

    @property
    def extracted(self) -> int:
        """How many documents were extracted (not taken from the cache)."""
        return sum(not d.reused for d in self.documents)


# What an extraction result depends on: the document pipeline's code (``graphbuild.pipeline`` and
# what it imports, checked by tests/test_pipeline.py) and its RuleSet (pattern files, authority data).
# Editing serve.py or a query must not re-extract every document.
EXTRACTION_CODE = ("__init__.py", "errors.py", "pipeline.py", "rules.py", "vocab.py", "lexicon.py", "resources.py", "read", "normalise", "extract", "resolve", "rdf")


def fingerprint(package: Path | None = None, *, rules: RuleSet | None = None) -> str:
    """Identifies the extractor: the pipeline's code and the RuleSet's content hash (a change to either re-extracts)."""
    pkg = package or Path(__file__).parent
    h = hashlib.sha256(__version__.encode())
    h.update((rules or (load_ruleset(pkg) if package else active())).digest.encode())
    code = [f for name in EXTRACTION_CODE for f in ([pkg / name] if name.endswith(".py") else (pkg / name).rglob("*.py"))]
    # The mention tagger's model is data the pipeline reads: a retrained model re-extracts too.
    code += sorted((pkg / "extract" / "tagger_model").glob("*"))
    for f in sorted(code, key=lambda p: p.relative_to(pkg).as_posix()):
        if f.is_file() and "__pycache__" not in f.parts:
            h.update(f.relative_to(pkg).as_posix().encode())
            h.update(f.read_bytes())
    return h.hexdigest()[:12]


def cache_key(content_hash: str, fp: str, names: list[str]) -> str:
    """Name of a document's cache entry: its content, the extractor, and the names it is built under."""
    return f"{content_hash}-{fp}-{hashlib.sha256(json.dumps(sorted(names), ensure_ascii=False).encode()).hexdigest()[:8]}"


def extract_document(src: SourceFile, names: list[str]) -> tuple[str, dict]:
    """``pipeline.extract_document``, imported when a document is first extracted (spaCy loads then, not at start-up)."""
    from .pipeline import extract_document as run

    return run(src, names)


def _extract_to_cache(src: SourceFile, names: list[str], nq_path: Path, meta_path: Path) -> dict:
    """Extract one document into its cache entry: the N-Quads, and the report with their SHA-256; return the report."""
    nq, meta = extract_document(src, names)
    data = nq.encode("utf-8")
    meta["sha256"] = hashlib.sha256(data).hexdigest()
    try:
        # The report first: the N-Quads file completes the entry. A build killed between the two
        # writes (its worker dies with it) then leaves a report without a graph, which is not an
        # entry, rather than a graph without its report, which was reported as damaged.
        write_atomic(meta_path, json.dumps(meta, ensure_ascii=False).encode("utf-8"))
        write_atomic(nq_path, data)
    except OSError as exc:  # a full or read-only disk stops the build; it is no fault of the document
        raise StoreError(f"cannot write the extraction result {nq_path}: {exc}; free some space or check the permissions of {nq_path.parent}") from exc
    return meta


def _alternate_to_cache(src: SourceFile, names: list[str], canonical: str, nq_path: Path, meta_path: Path) -> dict:
    """Write the cache entry of a re-publication (its Document node, prov:alternateOf ``canonical``); return its report."""
    from .normalise import normalise
    from .rdf.emit import alternate_graph

    first = next((line.strip() for line in src.text.splitlines() if line.strip()), src.name)
    dg = alternate_graph(src, normalise(src.text).script, names, canonical, first[:200])
    data = dg.nquads().encode("utf-8")
    meta = {"title": dg.title, "counts": {}, "warnings": [], "quads": len(dg), "alternate_of": canonical, "sha256": hashlib.sha256(data).hexdigest()}
    try:
        write_atomic(meta_path, json.dumps(meta, ensure_ascii=False).encode("utf-8"))  # the .nq last, as in _extract_to_cache
        write_atomic(nq_path, data)
    except OSError as exc:
        raise StoreError(f"cannot write the extraction result {nq_path}: {exc}; free some space or check the permissions of {nq_path.parent}") from exc
    return meta


def _read_json(path: Path) -> dict:
    """A JSON object from a file, or {} when it is missing or unreadable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


_META_FIELDS: dict[str, type | tuple[type, ...]] = {"title": str, "counts": dict, "warnings": list, "quads": int}


def _valid_meta(meta: dict) -> bool:
    """Whether a cached report has every field a build reads, with the right types."""
    return bool(meta) and all(isinstance(meta.get(k), t) for k, t in _META_FIELDS.items())


def _cached_meta(nq_path: Path, meta_path: Path, *, verify: bool) -> dict | None:
    """The report of a cached extraction result, or None when there is none or (``verify``) its N-Quads are damaged.

    The store loads cached N-Quads without validating IRIs (``bulk_load_nquads``), so a file is
    loaded only if it is byte for byte what the extractor wrote: its SHA-256 is in the report.
    A result already loaded in the current generation is not read again (``verify`` False).
    """
    meta = _read_json(meta_path)
    if not _valid_meta(meta) or not nq_path.exists():
        return None  # missing, or written by another version of the cache format: extract again
    if verify:
        try:
            if hashlib.sha256(nq_path.read_bytes()).hexdigest() != meta.get("sha256"):
                return None
        except OSError:
            return None
    return meta


def build(
    paths: Iterable[str | Path] | None = None,
    *,
    store: str | Path = ".policykg",
    max_bytes: int = DEFAULT_MAX_BYTES,
    jobs: int = 1,
    replace: bool = False,
    strict: bool = False,
    doc_timeout: float = DEFAULT_DOC_TIMEOUT,
    doc_memory: int = DEFAULT_DOC_MEMORY_MB,
    table: TableOptions | None = None,
    reporter: Reporter | None = None,
    rules: RuleSet | None = None,
    authority: Sequence[str | Path] | None = None,
) -> BuildReport:
    """Build (or update) the store from text files or folders; no paths means the bundled corpus.

    Documents already in the store keep their graphs unless ``replace`` is set; a document whose
    content changed under the same name replaces its old graph. Unchanged documents are not
    extracted again (their cached N-Quads are reused). A table (.csv, .tsv, .jsonl, .xlsx) gives one
    document per row, its columns named by ``table``. Refused files and rows are skipped and listed
    in the report; with ``strict`` they raise RefusedInput instead and nothing is published. Each
    document is extracted in a worker process within ``doc_timeout`` seconds and ``doc_memory``
    MB (0: no limit); one that overruns is skipped, like a file the extractor fails on. The rules
    (``rules``, default the bundled ones with the user's ``authority`` files) are checked before
    any file is read: RuleError.

    ``authority`` names the user's authority files (.ttl, .tsv) to build with; None uses the ones
    the store recorded at its last build, ``[]`` none. The store keeps copies of the files it was
    built with, and documents it keeps that were built with other ones are re-extracted from
    their stored texts, so that one graph is never resolved by two sets of rules.
    """
    from .pipeline import check_rules  # spaCy loads here, once a build is sure to run

    reporter = reporter or NullReporter()
    sd = StoreDir(store)
    if rules is None:
        rules = _rules_for(sd, authority, reporter, replace)
    check_rules(rules)
    report = BuildReport(store=str(sd.root))
    path_list = [Path(str(p)) for p in paths] if paths else [Path(str(corpus_dir()))]
    files = list(iter_inputs(path_list))
    # Take the lock before any work, so that a second build fails at once instead of after reading.
    with sd.build_lock(reporter.warn):
        try:
            leftovers = sd.remove_leftovers()
            if leftovers:
                reporter.warn(f"an earlier build of {sd.root}/ was interrupted; removed {len(leftovers)} unfinished file(s) it left")
            budgets = {"timeout": doc_timeout, "memory_mb": doc_memory}
            # Workers are forked inside: they run with the same rules.
            with using(rules):
                _build_locked(sd, report, files, max_bytes=max_bytes, jobs=jobs, replace=replace, strict=strict, budgets=budgets,
                              table=table or TableOptions(), reporter=reporter)
        except OSError as exc:
            # Input files are read with their own errors (InputError): what is left is the store's folder.
            raise StoreError(unwritable_message(sd.root, exc)) from exc
    return report


def user_authority_digest(rules: RuleSet) -> str:
    """What identifies a RuleSet's user authority files (their content, in order); "" when it has none."""
    if not rules.user_authority:
        return ""
    h = hashlib.sha256()
    for f in rules.user_authority:
        h.update(f.kind.encode() + b"\0" + f.data + b"\0")
    return h.hexdigest()[:16]


def recorded_authority(sd: StoreDir) -> tuple[UserAuthorityFile, ...]:
    """The user authority files the store's current generation was built with, from the copies it keeps."""
    gen = sd.current()
    recorded = gen.manifest().get("authority", []) if gen is not None else []
    out = []
    for entry in recorded if isinstance(recorded, list) else []:
        name, kind, sha = str(entry.get("name", "")), str(entry.get("kind", "")), str(entry.get("sha256", ""))
        copy = sd.authority / f"{sha}.{kind}"
        try:
            data = copy.read_bytes()
        except OSError:
            data = b""
        if kind not in ("ttl", "tsv") or hashlib.sha256(data).hexdigest() != sha:
            raise StoreError(f"{sd.root}/ was built with the authority file {name}, but its copy {copy} is missing or damaged; "
                             f"give the authority files again (policykg build PATHS --store {sd.root} --authority FILE …) or build without them (--no-authority)")
        out.append(user_authority_file(name, kind, data))
    return tuple(out)


def _rules_for(sd: StoreDir, authority: Sequence[str | Path] | None, reporter: Reporter, replace: bool = False) -> RuleSet:
    """The RuleSet of a build: the bundled rules with the given user authority files, or (None) those the store recorded."""
    if authority is None:
        try:
            files = recorded_authority(sd)
        except StoreError:
            if not replace:
                raise
            # --replace rebuilds a damaged store: whatever it recorded is gone, and the user is told.
            reporter.warn(f"the manifest of {sd.root}/ is damaged: the authority files it was built with (if any) are not known; "
                          "building without them (give --authority FILE to use them)")
            files = ()
        if files:
            names = ", ".join(f.name for f in files)
            reporter.warn(f"using the {len(files)} authority file(s) {sd.root}/ was built with ({names}); "
                          "give --authority FILE to replace them, --no-authority to build without them")
    else:
        files = read_user_authority(authority)
    for f in files:
        if f.skipped:
            reporter.warn(f"{f.name}: {f.skipped} row(s) without a full name or IRI skipped")
    return load_ruleset(extra_authority=files) if files else bundled()


def _authority_entries(rules: RuleSet) -> list[dict]:
    """The manifest's list of the RuleSet's user authority files: name, kind and SHA-256 of each."""
    return [{"name": Path(f.name).name, "kind": f.kind, "sha256": f.sha256} for f in rules.user_authority]


def _record_authority(sd: StoreDir, rules: RuleSet) -> list[dict]:
    """Copy the RuleSet's user authority files into the store (before the generation naming them is published); their list."""
    for f in rules.user_authority:
        copy = sd.authority / f"{f.sha256}.{f.kind}"
        if not copy.is_file():
            sd.authority.mkdir(parents=True, exist_ok=True)
            write_atomic(copy, f.data)
    return _authority_entries(rules)


def _restore_stale(sd: StoreDir, old_docs: dict, sources: dict[str, SourceFile], names_of: dict[str, list[str]], path_of: dict[str, str],
                   digest: str, reporter: Reporter) -> set[str]:
    """Add to ``sources`` the documents the store keeps that were resolved with other user authority data; return their hashes.

    They are extracted again from the texts the store keeps, so that the new generation is
    resolved by one set of rules. A document the store has no complete copy of (built by an
    earlier policykg) keeps its graph, and the user is told how many and the command that fixes it.
    """
    new_names = {n for ns in names_of.values() for n in ns}
    stale = [h for h, d in sorted(old_docs.items()) if h not in sources and not set(d["names"]) & new_names and d.get("authority", "") != digest]
    restored: set[str] = set()
    lost = 0
    for h in stale:
        src = _stored_source(sd, h, old_docs[h])
        if src is None:
            lost += 1
            continue
        sources[h], names_of[h], path_of[h] = src, list(old_docs[h]["names"]), src.path
        restored.add(h)
    if restored:
        reporter.warn(f"rebuilding {len(restored)} document(s) of {sd.root}/ from the texts it keeps: they were built with other authority data")
    if lost:
        reporter.warn(f"{lost} document(s) of {sd.root}/ were built with other authority data and the store keeps no copy to re-extract them from "
                      f"(built by an earlier policykg); build them again: policykg build PATHS --store {sd.root}")
    return restored


_SOURCE_FIELDS = ("path", "name", "encoding", "content_hash", "size", "aliases", "format", "reader", "media_type", "metadata", "pages")


def _keep_source(sd: StoreDir, src: SourceFile) -> None:
    """Record how a document was read (all but its text) beside its text, so that it can be re-extracted without its file."""
    path = sd.texts / f"{src.content_hash}.source.json"
    # ASCII escapes: a path read from a file name that is not UTF-8 holds lone surrogates (坏文件 in GBK).
    data = json.dumps({k: getattr(src, k) for k in _SOURCE_FIELDS}).encode("ascii")
    try:
        same = path.read_bytes() == data
    except OSError:
        same = False
    if not same:  # new, or the same file read another way (another reader version, another path)
        write_atomic(path, data)


def _stored_source(sd: StoreDir, h: str, doc: dict) -> SourceFile | None:
    """A document as the store keeps it (its text and how it was read), or None when the store has no complete copy."""
    meta = _read_json(sd.texts / f"{h}.source.json")
    try:
        text = (sd.texts / f"{doc.get('text')}.txt").read_bytes().decode("utf-8", "surrogatepass")
    except (OSError, UnicodeDecodeError):
        return None
    if set(meta) != set(_SOURCE_FIELDS) or meta.get("content_hash") != h:
        return None
    try:
        return SourceFile(
            text=text, aliases=tuple(meta["aliases"]), metadata=tuple((str(k), str(v)) for k, v in meta["metadata"]),
            pages=tuple(int(p) for p in meta["pages"]), **{k: meta[k] for k in _SOURCE_FIELDS if k not in ("aliases", "metadata", "pages")},
        )
    except (TypeError, ValueError):
        return None


def _check_identifiers(sd: StoreDir, previous: Generation | None) -> None:
    """Refuse to update a store whose documents are named by bare file names (written before paths identified them)."""
    if previous is None:
        return
    manifest = previous.manifest()
    if manifest["documents"] and manifest.get("identifiers") != IDENTIFIERS:
        raise StoreError(
            f"{sd.root}/ was built by an earlier policykg that identified documents by file name alone (two folders' 0001.txt were one "
            f"name); updating it would mix both kinds of name. Rebuild it: policykg build PATHS --store {sd.root} --replace"
        )


def _read_all(files: list[tuple[Path, str]], report: BuildReport, *, max_bytes: int, strict: bool, table: TableOptions,
              reporter: Reporter) -> tuple[dict[str, SourceFile], dict[str, list[str]], dict[str, str]]:
    """Read every document of ``files``: the sources by content hash, their names, and the path each was first read from."""
    # Read everything first: refuse bad files with a reason, group duplicates by content.
    sources: dict[str, SourceFile] = {}
    names_of: dict[str, list[str]] = {}
    path_of: dict[str, str] = {}
    reporter.start("reading", len(files))
    for f, ident in files:
        for src in read_inputs(f, ident, max_bytes=max_bytes, table=table):
            if isinstance(src, InputError):
                report.skipped.append((src.path, src.reason))
                if not strict:  # a strict build lists them all in its error instead
                    reporter.warn(f"skipped {src}")
                continue
            if src.content_hash in sources:
                reporter.warn(f"{display_path(src.path)}: same content as {display_path(path_of[src.content_hash])}; built once, both names recorded")
            sources.setdefault(src.content_hash, src)
            path_of.setdefault(src.content_hash, src.path)
            names_of.setdefault(src.content_hash, [])
            if src.name not in names_of[src.content_hash]:
                names_of[src.content_hash].append(src.name)
        reporter.advance()
    reporter.finish()
    return sources, names_of, path_of


def _build_locked(sd: StoreDir, report: BuildReport, files: list[tuple[Path, str]], *, max_bytes: int, jobs: int, replace: bool, strict: bool,
                  budgets: dict, table: TableOptions, reporter: Reporter) -> None:
    """The body of ``build``, run while holding the store's build lock."""
    sources, names_of, path_of = _read_all(files, report, max_bytes=max_bytes, strict=strict, table=table, reporter=reporter)
    if strict and report.skipped:
        raise RefusedInput(report.skipped)

    previous = sd.current()
    if not replace:
        _check_identifiers(sd, previous)
    old_docs: dict = previous.manifest()["documents"] if previous and not replace else {}
    rules = active()
    digest = user_authority_digest(rules)
    authority_files = _authority_entries(rules)
    restored = _restore_stale(sd, old_docs, sources, names_of, path_of, digest, reporter)

    # The text each document was read as, kept by its own hash: ``policykg show`` prints it, and
    # every evidence offset of the graph points into it (a reader's new version may read the same
    # file differently, so the file's hash would not do). How it was read is kept beside it, so
    # that the document can be extracted again from the store alone (``_restore_stale``).
    text_of = {h: old_docs[h]["text"] if h in restored else _keep_text(sd, src) for h, src in sources.items()}
    for h, src in sources.items():
        if h not in restored:
            _keep_source(sd, src)
    fp = fingerprint()  # of the rules in use
    sd.cache.mkdir(parents=True, exist_ok=True)

    # Names now built replace the documents that carried those names before.
    new_names = {n for ns in names_of.values() for n in ns}
    # Content already in the store under other names keeps those names too (a duplicate
    # added in a later build is recorded, not swapped for the earlier name).
    for h in names_of:
        if h in old_docs:
            names_of[h].extend(n for n in old_docs[h]["names"] if n not in new_names)
    keep = {h: d for h, d in old_docs.items() if h not in sources and not set(d["names"]) & new_names}
    report.removed = sorted(n for h, d in old_docs.items() if h not in keep and h not in sources for n in d["names"])

    from .resolve.republications import find_alternates

    # A re-publication (a Traditional copy of a Simplified plan …) stays a Document of its own,
    # prov:alternateOf the copy kept whole, whose plan, tasks and targets are counted once.
    alternate_of = find_alternates(sources, names_of)
    for h, keep_h in sorted(alternate_of.items()):
        reporter.warn(f"{display_path(path_of[h])}: a re-publication of {display_path(path_of[keep_h])}; "
                      "recorded as prov:alternateOf it, its plan and tasks counted once")

    todo = []
    results: dict[str, DocumentResult] = {}
    key_of: dict[str, str] = {}
    for h, src in sorted(sources.items()):
        names = sorted(names_of[h])
        alt = alternate_of.get(h)
        key = key_of[h] = cache_key(h, fp, names + ([f"alternate-of:{alt}"] if alt else []))
        nq_path = sd.cache / f"{key}.nq"
        meta_path = sd.cache / f"{key}.json"
        meta = _cached_meta(nq_path, meta_path, verify=old_docs.get(h, {}).get("cache") != key)
        if meta is None and alt is not None:
            # No extraction: the graph is the Document node and its link, written here.
            meta = _alternate_to_cache(src, names, alt, nq_path, meta_path)
        if meta is not None:
            results[h] = DocumentResult(h, names, meta["title"], meta["counts"], meta["warnings"], meta["quads"], reused=True, alternate_of=alt or "")
        else:
            if nq_path.exists():
                reporter.warn(f"{display_path(path_of[h])}: its cached extraction result ({nq_path}) is incomplete or damaged; extracting it again")
            todo.append((h, src, names, nq_path, meta_path, key))

    # What the new generation changes in the current one: graphs to drop (documents gone, or
    # re-extracted under another cache key) and graphs to load (everything not already there as is).
    in_place = {h for h, k in key_of.items() if old_docs.get(h, {}).get("cache") == k}
    drop = sorted(h for h in old_docs if h not in keep and h not in in_place)
    load_reused = [h for h in results if h not in in_place]
    texts_recorded = all(old_docs.get(h, {}).get("text") == text_of[h] for h in sources)
    # With --replace the old manifest is never read (it may be the damage being replaced).
    same_authority = not replace and (previous.manifest().get("authority", []) if previous is not None else []) == authority_files
    if previous is not None and not replace and not drop and not todo and not load_reused and texts_recorded and same_authority:
        report.documents = sorted(results.values(), key=lambda d: (d.names, d.content_hash))
        report.total_quads = _store_quads(previous, old_docs)
        return

    # The workers are forked before the new generation is opened: they need none of its files,
    # threads or memory maps (and a fork while its loader threads run could copy a held lock).
    pool = _start_pool(min(jobs, len(todo)), budgets) if todo else None
    try:
        _write_generation(sd, report, previous, old_docs, keep, todo, drop, load_reused, results, key_of, path_of,
                          pool=pool, max_bytes=max_bytes, strict=strict, reporter=reporter, text_of=text_of, alternate_of=alternate_of,
                          restored=restored, rules=rules)
    finally:
        if pool is not None:
            pool.close()


def _write_generation(sd: StoreDir, report: BuildReport, previous: Generation | None, old_docs: dict, keep: dict, todo: list, drop: list[str],
                      load_reused: list[str], results: dict[str, DocumentResult], key_of: dict[str, str], path_of: dict[str, str], *,
                      pool: WorkerPool | None, max_bytes: int, strict: bool, reporter: Reporter, text_of: dict[str, str],
                      alternate_of: dict[str, str], restored: set[str], rules: RuleSet) -> None:
    """Extract what ``todo`` holds, load it with the reused graphs into a new generation, and publish it."""
    from .vocab import document_iri

    # Extraction runs in worker processes: this thread only waits for results, and loads the store meanwhile.
    background = pool.jobs if pool is not None and len(todo) > 1 else 0
    with GenerationWriter(sd, previous if old_docs else None, [str(document_iri(h)) for h in drop], background=background) as writer:
        for h in load_reused:
            writer.add(sd.cache / f"{key_of[h]}.nq")
        failed = set()
        if pool is not None:
            failed = _extract_all(report, todo, path_of, writer, pool=pool, max_bytes=max_bytes, strict=strict, results=results, reporter=reporter,
                                  restored=restored)
        if strict and report.skipped:
            raise RefusedInput(report.skipped)
        for r in results.values():
            for w in r.warnings:
                reporter.warn(f"{', '.join(r.names)}: {w}")

        manifest_docs = dict(keep)
        digest = user_authority_digest(rules)
        for h, r in results.items():
            r.restored = h in restored
            manifest_docs[h] = {"names": r.names, "title": r.title, "counts": r.counts, "quads": r.quads, "cache": key_of[h], "text": text_of[h]}
            if h in alternate_of:
                manifest_docs[h]["alternate_of"] = alternate_of[h]
            if digest:
                manifest_docs[h]["authority"] = digest  # the user authority data it was resolved with
        for h in failed & set(old_docs):
            # A document that an earlier extractor handled keeps its earlier graph (dropped above: load it again).
            old_file = sd.cache / f"{old_docs[h].get('cache')}.nq"
            intact = _cached_meta(old_file, old_file.with_suffix(".json"), verify=True) is not None
            legacy = not intact and old_file.is_file() and "sha256" not in _read_json(old_file.with_suffix(".json"))
            if intact or legacy:
                manifest_docs[h] = old_docs[h]
                # A result written before checksums were recorded is loaded with full validation.
                writer.add(old_file, checked=intact)
            elif old_file.exists():
                reporter.warn(f"{display_path(path_of[h])}: its earlier graph ({old_file}) is damaged and is left out")
        reporter.start("storing", 1)
        authority = _record_authority(sd, rules)
        writer.finish(ontology_file("policykg.ttl").read_bytes(), {"version": __version__, "identifiers": IDENTIFIERS, "documents": manifest_docs,
                                                                   **({"authority": authority} if authority else {})})
        reporter.finish()
    report.documents = sorted(results.values(), key=lambda d: (d.names, d.content_hash))
    report.total_quads = _store_quads(sd.current(), manifest_docs)


def _keep_text(sd: StoreDir, src: SourceFile) -> str:
    """Write the text a document was read as into the store's texts folder (once per text); return its key."""
    data = src.text.encode("utf-8", "surrogatepass")
    key = hashlib.sha256(data).hexdigest()
    path = sd.texts / f"{key}.txt"
    if not path.is_file():
        sd.texts.mkdir(parents=True, exist_ok=True)
        write_atomic(path, data)
    return key


def _store_quads(gen: Generation | None, docs: dict) -> int:
    """The quads a generation holds (shared entity descriptions once), as its manifest records them."""
    try:
        recorded = gen.manifest().get("quads") if gen is not None else None
    except (StoreError, OSError, ValueError):
        recorded = None
    # A store written before the count was recorded: the documents' own counts, an upper bound.
    return int(recorded) if isinstance(recorded, int) else sum(d["quads"] for d in docs.values())


def _start_pool(jobs: int, budgets: dict) -> WorkerPool:
    """Fork the extraction workers (they inherit the rules check_rules built before any file was read), Ctrl-C held back."""
    pool = WorkerPool(_extract_task, jobs=jobs, timeout=budgets["timeout"], memory_mb=budgets["memory_mb"],
                      init=functools.partial(_init_worker, os.getpid(), 10 if jobs > 1 else 0), fork_guard=_sigint_deferred)
    pool.start()
    return pool


def _extract_task(task: tuple[str | SourceFile, list[str], int, Path, Path]) -> dict:
    # The worker reads the file and writes the cache entry itself: only a path and the small report
    # travel through the pipes, so that sending a task never waits for a busy worker to read it.
    # A table's row has no file of its own: it travels whole.
    origin, names, max_bytes, nq_path, meta_path = task
    src = origin if isinstance(origin, SourceFile) else read_source(origin, max_bytes=max_bytes)
    return _extract_to_cache(src, names, nq_path, meta_path)


def _extract_all(
    report: BuildReport,
    todo: list,
    path_of: dict[str, str],
    writer: GenerationWriter,
    *,
    pool: WorkerPool,
    max_bytes: int,
    strict: bool,
    results: dict[str, DocumentResult],
    reporter: Reporter,
    restored: AbstractSet[str] = frozenset(),
) -> set[str]:
    """Extract the documents of ``todo`` in the pool's worker processes, in order; return those that failed."""
    reporter.start("extracting", len(todo))
    failed: set[str] = set()
    # A table's row, or a document re-extracted from the store, has no file to read: it travels whole.
    tasks = [(src if src.format in TABLES or h in restored else path_of[h], names, max_bytes, nq_path, meta_path)
             for h, src, names, nq_path, meta_path, _k in todo]
    for index, outcome in pool.run(tasks):
        h, _src, names, nq_path, _m, _k = todo[index]
        if isinstance(outcome, StoreError):
            raise outcome  # a full or read-only disk stops the build; it is no fault of the document
        if isinstance(outcome, BaseException):
            # One document the extractor cannot handle must not cost the user the whole corpus.
            reason = _failure_reason(outcome)
            report.skipped.append((display_path(path_of[h]), reason))
            if not strict:
                reporter.warn(f"skipped {display_path(path_of[h])}: {reason}")
            failed.add(h)
        else:
            meta = outcome
            results[h] = DocumentResult(h, names, meta["title"], meta["counts"], meta["warnings"], meta["quads"])
            writer.add(nq_path)
        reporter.advance()
    reporter.finish()
    return failed


def _failure_reason(exc: BaseException) -> str:
    """Why the extractor failed on a document, in words: an internal limit is said to be one, not reported as a bug."""
    text = str(exc)
    if isinstance(exc, ValueError) and "[E088]" in text:
        # spaCy refuses texts longer than its max_length (1,000,000 characters unless raised).
        import re

        m = re.search(r"length (\d+) exceeds maximum of (\d+)", text)
        size = f" ({int(m.group(1)):,} characters, over the {int(m.group(2)):,} the pipeline accepts)" if m else ""
        return f"is too long for the extractor{size}; split it into smaller files"
    if isinstance(exc, MemoryError):
        return "the extractor ran out of memory on it; split it into smaller files or build it with --jobs 1"
    if isinstance(exc, DocumentOverrun):
        return str(exc)  # its budget, and the option that sets it
    if isinstance(exc, WorkerDied):
        if exc.signum == signal.SIGKILL:
            # Killed by the system, not by the watchdog (most often the kernel's OOM killer).
            return "a worker process was killed while extracting it (out of memory?); build it again, with fewer --jobs"
        return f"{exc} while extracting it; please report this file as a bug"
    if isinstance(exc, RecursionError):
        return "is nested too deeply for the extractor (recursion limit); split it into smaller files"
    return f"extraction failed ({type(exc).__name__}: {exc}); please report this file as a bug"


@contextmanager
def _sigint_deferred() -> Iterator[None]:
    """Hold Ctrl-C back until the block ends, then raise KeyboardInterrupt; processes forked inside never see it.

    SIGINT is blocked (a child forked here is born with it blocked, so Ctrl-C is the building
    process's alone to handle) and its Python handler only takes note (a signal taken by another
    thread would otherwise raise KeyboardInterrupt in this one halfway through a fork).
    """
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread receives KeyboardInterrupt, and only it may set handlers
        return
    caught: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, _frame: caught.append(signum))
    blocked = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, blocked)  # a pending Ctrl-C is noted here
        signal.signal(signal.SIGINT, previous)
    if caught:
        raise KeyboardInterrupt


def _init_worker(parent: int | None = None, nice: int = 10) -> None:
    """Set up a worker process: it dies with the build (``parent``), and yields the CPU to the build's store loaders (``nice``)."""
    _die_with_parent(parent)
    # A worker that crashes is reported per document (a bug report names the file); the fault
    # handler a test runner or PYTHONFAULTHANDLER set would add a traceback of the whole process.
    faulthandler.disable()
    # With as many workers as CPUs the loaders would otherwise lag behind and finish alone; one
    # worker leaves a CPU to its loader, and a lower priority would only yield it to other programs.
    if nice:
        os.nice(nice)
    _tune_gc()


PR_SET_PDEATHSIG = 1


def _die_with_parent(parent: int | None) -> None:
    """Ask Linux to SIGKILL this process when its parent dies; exit now if it already has.

    A build killed with SIGKILL cannot stop its workers itself: without this they lived on, idle,
    reparented to init. The death signal is tied to the thread that forked the worker, which is
    the build's main thread (the watchdog's WorkerPool forks its workers from it).
    """
    if parent is None or not sys.platform.startswith("linux"):
        return
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        return  # no prctl: the pool's own shutdown still stops the workers on any clean exit
    if os.getppid() != parent:  # the build died between the fork and the prctl
        os._exit(1)


def _tune_gc() -> None:
    """Extraction allocates many short-lived objects and few cycles: collect less often, never scan the long-lived ones."""
    gc.freeze()
    gc.set_threshold(50_000, 50, 100)


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """``_tune_gc`` for the duration of an in-process extraction (measured: 7% of extraction time)."""
    threshold = gc.get_threshold()
    _tune_gc()
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        gc.unfreeze()


def remove(names: Iterable[str], *, store: str | Path = ".policykg", reporter: Reporter | None = None) -> list[str]:
    """Drop documents (by path relative to the folder built, content hash (prefix), or unambiguous file name); return what was removed."""
    reporter = reporter or NullReporter()
    sd = StoreDir(store)
    wanted = list(names)
    with sd.build_lock(reporter.warn):
        try:
            return _remove_locked(sd, wanted, reporter)
        except OSError as exc:
            raise StoreError(unwritable_message(sd.root, exc)) from exc


def _remove_locked(sd: StoreDir, wanted: list[str], reporter: Reporter) -> list[str]:
    """The body of ``remove``, run while holding the store's build lock."""
    from .docref import DocumentRefError, resolve_document

    previous = sd.require_current()
    manifest = previous.manifest()
    old = manifest["documents"]
    gone: set[str] = set()
    errors: list[str] = []
    for w in wanted:
        try:
            gone.add(resolve_document(old, w))
        except DocumentRefError as exc:
            errors.append(str(exc))
    if errors:
        raise StoreError("; ".join(errors))
    docs = {h: d for h, d in old.items() if h not in gone}
    from .vocab import document_iri

    reporter.start("storing", 1)
    with GenerationWriter(sd, previous, [str(document_iri(h)) for h in sorted(gone)]) as writer:
        # A store named by bare file names stays marked so (its remaining names are still those).
        marks = {"identifiers": manifest["identifiers"]} if "identifiers" in manifest else {}
        # The user authority files stay recorded: the documents left were resolved with them.
        marks.update({"authority": manifest["authority"]} if "authority" in manifest else {})
        writer.finish(ontology_file("policykg.ttl").read_bytes(), {"version": __version__, **marks, "documents": docs})
    reporter.finish()
    return sorted(n for h in gone for n in old[h]["names"])
