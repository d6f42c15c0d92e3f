"""One query runner for ``policykg query``, ``viz --query`` and ``serve``.

A query is checked by the grammar (``check``) in the calling process, then runs in a child
process that enters the sandbox (no network, bounded memory), opens the store's current
generation read-only, resolves label parameters, binds them, runs the query with the dataset
SPARQL 1.1 §13 and the Protocol define, and hands the result to a ``finish`` function (rows for
the CLI, a serialized answer for the endpoint). pyoxigraph cannot interrupt a query, so the
child is killed when it runs past the timeout.

The dataset: the request's ``default-graph-uri`` / ``named-graph-uri`` when it gives any (the
Protocol's parameters win over the query's FROM); else the query's own FROM / FROM NAMED;
else the default graph is the union of all graphs, as in Virtuoso.
"""

from __future__ import annotations

import faulthandler
import multiprocessing
import os
import signal
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from ..store import StoreDir
from ..vocab import PREFIXES as VOCAB_PREFIXES
from . import sandbox
from .check import CheckedQuery, check_query
from .errors import QueryError
from .params import LABEL_CLASSES, ParamSpec, bind, check_params, label_term, resolve_document_param, sparql_term

DEFAULT_TIMEOUT = 60.0
# The serialisations' prefixes and a few more for hand-written queries.
PREFIXES = {
    **VOCAB_PREFIXES,
    "owl": "http://www.w3.org/2002/07/owl#",
    "org": "http://www.w3.org/ns/org#",
    "eli": "http://data.europa.eu/eli/ontology#",
    "id": "https://w3id.org/policykg/id/",
}
_NUMERIC = {
    "http://www.w3.org/2001/XMLSchema#integer",
    "http://www.w3.org/2001/XMLSchema#decimal",
    "http://www.w3.org/2001/XMLSchema#double",
    "http://www.w3.org/2001/XMLSchema#float",
    "http://www.w3.org/2001/XMLSchema#nonNegativeInteger",
    "http://www.w3.org/2001/XMLSchema#long",
    "http://www.w3.org/2001/XMLSchema#int",
}
_BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean"


@dataclass
class QueryResult:
    """Rows of plain Python values (str, int, Decimal, bool, None); IRIs as strings."""

    kind: str  # "select", "ask" or "graph"
    columns: list[str]
    rows: list[list[object]] = field(default_factory=list)
    truncated: bool = False
    nquads: str = ""  # for CONSTRUCT / DESCRIBE

    def records(self) -> list[dict[str, object]]:
        """Rows as dicts keyed by column."""
        return [dict(zip(self.columns, r)) for r in self.rows]


@dataclass(frozen=True)
class Dataset:
    """The RDF dataset a protocol request asks for (``default-graph-uri`` / ``named-graph-uri``)."""

    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.default_graphs or self.named_graphs)


@dataclass(frozen=True)
class Prepared:
    """A checked query with everything the child needs to run it."""

    sparql: str
    checked: CheckedQuery
    base_iri: str | None
    params: dict[str, tuple[str, str]]  # name → (type, value), checked
    dataset: Dataset


def prepare(
    sparql: str,
    *,
    params: dict[str, str] | None = None,
    specs: list[ParamSpec] | None = None,
    base_iri: str | None = None,
    dataset: Dataset = Dataset(),
) -> Prepared:
    """Check a query and its parameters (QueryError if refused, invalid or mis-parametrised)."""
    checked = check_query(sparql, base_iri=base_iri, prefixes=PREFIXES, dataset_given=bool(dataset))
    typed = check_params(params or {}, specs or [], checked.variables)
    for g in (*dataset.default_graphs, *dataset.named_graphs):
        try:
            ox.NamedNode(g)
        except ValueError as exc:
            raise QueryError(f"invalid graph IRI {g!r} in the request's dataset: {exc}") from None
    return Prepared(sparql, checked, base_iri, typed, dataset)


def _query_kwargs(p: Prepared) -> dict[str, Any]:
    kwargs: dict[str, Any] = {"prefixes": PREFIXES, "base_iri": p.base_iri}
    if p.dataset:
        kwargs["default_graph"] = [ox.NamedNode(g) for g in p.dataset.default_graphs]
        kwargs["named_graphs"] = [ox.NamedNode(g) for g in p.dataset.named_graphs]
    elif not p.checked.has_dataset:
        kwargs["use_default_graph_as_union"] = True
    return kwargs


def evaluate(store: ox.Store, p: Prepared) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
    """Run a prepared query on an open store, in this process (the query child's body)."""
    terms: dict[str, str] = {}
    for name, (typ, value) in p.params.items():
        # A label parameter is bound to the label literal itself (language tag included).
        if typ in LABEL_CLASSES:
            terms[name] = label_term(store, typ, name, value)
        elif typ == "document":
            terms[name] = sparql_term("iri", resolve_document_param(store, name, value))
        else:
            terms[name] = sparql_term(typ, value)
    sparql = bind(p.sparql, terms)
    if terms:
        check_query(sparql, base_iri=p.base_iri, prefixes=PREFIXES, dataset_given=bool(p.dataset))  # what runs is what was checked
    kwargs = _query_kwargs(p)
    defaults = p.dataset.default_graphs if p.dataset else p.checked.default_graphs
    if len(defaults) > 1:
        # SPARQL 1.1 §13.2: the default graph is the RDF *merge* of the graphs named: a triple two
        # of them hold counts once. pyoxigraph's list of default graphs is a bag, so the merge is
        # made here, in memory (bounded by the query process's memory cap).
        store, kwargs = _merged_dataset(store, defaults, p.dataset.named_graphs if p.dataset else p.checked.named_graphs), {
            "prefixes": PREFIXES, "base_iri": p.base_iri, "default_graph": ox.DefaultGraph()}
    try:
        return store.query(sparql, **kwargs)
    except SyntaxError as exc:
        raise QueryError(f"invalid SPARQL: {exc}") from None
    except OSError as exc:
        raise QueryError(f"query failed: {exc}", "failed") from None


def _merged_dataset(store: ox.Store, defaults: tuple[str, ...], named: tuple[str, ...]) -> ox.Store:
    """An in-memory store whose default graph is the merge of ``defaults``, with the ``named`` graphs beside it."""
    mem = ox.Store()
    for g in defaults:
        mem.extend(ox.Quad(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, ox.NamedNode(g)))
    for g in named:
        mem.extend(store.quads_for_pattern(None, None, None, ox.NamedNode(g)))
    return mem


def term_value(t: object) -> object:
    """An RDF term as a plain Python value (numbers as int/Decimal, booleans as bool)."""
    if t is None:
        return None
    if isinstance(t, ox.Literal):
        dt = t.datatype.value if t.datatype is not None else ""
        if dt in _NUMERIC:
            try:
                d = Decimal(t.value)
                return int(d) if d == d.to_integral() and "." not in t.value and "e" not in t.value.lower() else d
            except Exception:  # noqa: BLE001 - an ill-typed literal stays text
                return t.value
        if dt == _BOOLEAN:
            return t.value == "true"
        return t.value
    if isinstance(t, ox.NamedNode):
        return t.value
    if isinstance(t, ox.BlankNode):
        return f"_:{t.value}"
    return str(t)


def to_result(res: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples, limit: int | None = None) -> QueryResult:
    """A query's answer as rows of plain values, at most ``limit`` of them."""
    try:
        if isinstance(res, ox.QueryBoolean):
            return QueryResult("ask", ["result"], [[bool(res)]])
        if isinstance(res, ox.QuerySolutions):
            columns = [v.value for v in res.variables]
            rows: list[list[object]] = []
            truncated = False
            for sol in res:
                if limit is not None and len(rows) >= limit:
                    truncated = True
                    break
                rows.append([term_value(sol[c]) for c in columns])
            return QueryResult("select", columns, rows, truncated)
        triples: list[ox.Triple] = []
        truncated = False
        for t in res:
            if limit is not None and len(triples) >= limit:
                truncated = True
                break
            triples.append(t)
    except OSError as exc:  # evaluation errors surface while the solutions are read
        raise QueryError(f"query failed: {exc}", "failed") from None
    nq = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) if triples else b""
    lines = sorted((nq or b"").decode("utf-8").splitlines())
    out_rows: list[list[object]] = [[str(t.subject), str(t.predicate), str(t.object)] for t in triples]
    return QueryResult("graph", ["subject", "predicate", "object"], out_rows, truncated, "\n".join(lines) + ("\n" if lines else ""))


Finish = Callable[..., Any]


def _child(conn: Any, db: str, p: Prepared, finish: Finish, finish_args: tuple, memory_limit: int | None) -> None:
    """Body of the query process: sandbox, open the generation read-only, answer, send back."""
    try:
        sandbox.enter(memory_limit)
        # The engine's own messages (a Rust allocation failure prints a backtrace) would land on
        # the user's terminal or the server log; the outcome travels back through the pipe instead.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 2)
        os.close(devnull)
        # A fault handler inherited from the parent (pytest enables one) would print a Python
        # traceback when the engine aborts at the memory cap: the outcome is reported instead.
        faulthandler.disable()
        store = ox.Store.read_only(db)
        conn.send(("ok", finish(evaluate(store, p), *finish_args)))
    except QueryError as exc:
        conn.send(("error", str(exc), exc.reason))
    except MemoryError:
        conn.send(("error", "", "memory"))
    except BaseException as exc:  # noqa: BLE001 - reported to the parent, which raises
        conn.send(("error", f"query failed: {type(exc).__name__}: {exc}", "failed"))
    finally:
        conn.close()


def _memory_message(limit: int | None) -> str:
    shown = f" (limit {limit / 1024**2:,.0f} MiB)" if limit else ""
    return f"query used too much memory{shown} and was stopped; narrow it (LIMIT, more specific patterns) or raise --memory-limit"


def run_prepared(
    p: Prepared,
    db: str | Path,
    *,
    ctx: Any,
    timeout: float | None,
    memory_limit: int | None,
    finish: Finish = to_result,
    finish_args: tuple = (),
    shown_timeout: float | None = None,
) -> Any:
    """Run a prepared query in a sandboxed child of ``ctx``; the value ``finish`` returned there.

    ``shown_timeout`` is the limit the message names when the time left was less (a queued request).
    """
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(child, str(db), p, finish, finish_args, memory_limit), daemon=True)
    proc.start()
    child.close()
    try:
        if not parent.poll(timeout):
            raise QueryError(f"query timed out after {shown_timeout or timeout:g} s and was stopped; narrow it or raise --timeout", "timeout")
        reply = parent.recv()
    except EOFError:
        proc.join(5)
        if proc.exitcode in (-signal.SIGABRT, -signal.SIGKILL, -signal.SIGSEGV, -signal.SIGBUS) and memory_limit:
            raise QueryError(_memory_message(memory_limit), "memory") from None
        raise QueryError(f"the query process ended without a result (exit {proc.exitcode})", "failed") from None
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join(5)
        parent.close()
    if reply[0] == "error":
        if reply[2] == "memory":
            raise QueryError(_memory_message(memory_limit), "memory")
        raise QueryError(reply[1], reply[2])
    return reply[1]


def default_memory_limit() -> int:
    """The memory cap of a query process: a quarter of the machine's memory, at most 4 GiB."""
    try:
        total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        return sandbox.DEFAULT_MEMORY_LIMIT
    return max(512 * 1024**2, min(sandbox.DEFAULT_MEMORY_LIMIT, total // 4))


def run_query(
    sparql: str,
    *,
    store: str | Path = ".policykg",
    params: dict[str, str] | None = None,
    specs: list[ParamSpec] | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
    limit: int | None = None,
    base_iri: str | None = None,
    memory_limit: int | None = None,
) -> QueryResult:
    """Run a read-only query on the store in a sandboxed child, killed past ``timeout`` seconds."""
    p = prepare(sparql, params=params, specs=specs, base_iri=base_iri or Path(store).resolve().as_uri() + "/")
    gen = StoreDir(store).require_current()
    # fork: the CLI is single-threaded when it gets here (the server uses a fork server instead).
    ctx = multiprocessing.get_context("fork")
    return run_prepared(p, gen.db, ctx=ctx, timeout=timeout or None, memory_limit=default_memory_limit() if memory_limit is None else memory_limit,
                        finish=to_result, finish_args=(limit,))


def execute(store: ox.Store, sparql: str, params: dict[str, str] | None = None, limit: int | None = None) -> QueryResult:
    """Run one of policykg's own queries on an open store, in this process (checked all the same)."""
    return to_result(evaluate(store, prepare(sparql, params=params)), limit)
