"""Named SPARQL queries and read-only, time-limited query execution over the store."""

from __future__ import annotations

import json
import multiprocessing
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox

from .resources import queries_dir
from .store import StoreDir

DEFAULT_TIMEOUT = 60.0
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
_FORBIDDEN = ("INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH", "SERVICE")
_ALLOWED_DATASET_IRIS = ("https://w3id.org/policykg/",)


class QueryError(Exception):
    """A query that cannot be run: unknown name, unsafe, invalid, or too slow."""


@dataclass(frozen=True)
class QueryInfo:
    """A bundled or user query file with the facts of its header comment."""

    name: str
    path: str
    title: str
    description: str
    params: list[str]
    columns: list[str]


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


def parse_header(text: str) -> dict[str, object]:
    """Read the ``# key: value`` header comment of a query file."""
    info: dict[str, object] = {"title": "", "description": "", "params": [], "columns": []}
    for line in text.splitlines():
        s = line.strip()
        if not s.startswith("#"):
            if s:
                break
            continue
        m = re.match(r"#\s*(title|description|param|columns)\s*:\s*(.*)$", s)
        if not m:
            continue
        key, value = m.groups()
        if key == "param":
            info["params"].append(value)  # type: ignore[union-attr]
        elif key == "columns":
            info["columns"] = [c.strip() for c in value.split(",") if c.strip()]
        else:
            info[key] = value
    return info


def list_queries() -> list[QueryInfo]:
    """The bundled queries, sorted by name."""
    out = []
    for f in sorted(queries_dir().iterdir(), key=lambda t: t.name):
        if f.name.endswith(".rq"):
            h = parse_header(f.read_text(encoding="utf-8"))
            out.append(QueryInfo(f.name[:-3], str(f), str(h["title"]), str(h["description"]), list(h["params"]), list(h["columns"])))  # type: ignore[arg-type]
    return out


def load_query(name_or_path: str) -> str:
    """The text of a bundled query (by name) or of a .rq file."""
    p = Path(name_or_path)
    if name_or_path.endswith(".rq") or p.exists():
        if not p.is_file():
            raise QueryError(f"no query file {name_or_path}")
        return p.read_text(encoding="utf-8")
    f = queries_dir() / f"{name_or_path}.rq"
    if not f.is_file():
        names = ", ".join(q.name for q in list_queries())
        raise QueryError(f"no query named {name_or_path!r}; known queries: {names} (or give a .rq file or -e SPARQL)")
    return f.read_text(encoding="utf-8")


_LEX_RE = re.compile(
    r'(?P<iri><[^<>"{}|^`\\\s]*>)'
    r'|(?P<str>"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\')'
    # Outside strings a backslash only escapes a character of a prefixed name (ex:a\#b): that
    # character is part of the name, not the start of a comment or a string.
    r"|(?P<esc>\\[^\n])"
    r"|(?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)"
    r"|(?P<comment>#[^\n]*)"
)


def _lex(sparql: str, keep_iris: bool) -> str:
    """The query with string literals and comments blanked, same length (IRIs too unless ``keep_iris``)."""

    def repl(m: re.Match[str]) -> str:
        t = m.group(0)
        if m.group("iri"):
            return t if keep_iris else "<" + " " * (len(t) - 2) + ">"
        if m.group("str"):
            return '"' + " " * (len(t) - 2) + '"'
        if m.group("esc") or m.group("lang"):
            # Name characters, so that the word around them stays one (non-keyword) word.
            return "_" * len(t)
        return " " * len(t)

    return _LEX_RE.sub(repl, sparql)


def bind_params(sparql: str, params: dict[str, str]) -> str:
    """Bind ``?name`` variables to values with a VALUES block at the start of the WHERE group."""
    if not params:
        return sparql
    for k in params:
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", k):
            raise QueryError(f"bad parameter name {k!r}: use letters, digits and _ (as in --param agency=…)")
    code = _lex(sparql, keep_iris=False)
    m = re.search(r"\bWHERE\s*\{", code, re.I) or re.search(r"\{", code)
    if m is None:
        raise QueryError("cannot bind parameters: the query has no WHERE group")
    values = " ".join(_sparql_term(v) for v in params.values())
    block = f" VALUES ({' '.join('?' + k for k in params)}) {{ ({values}) }} "
    return sparql[: m.end()] + block + sparql[m.end():]


def _sparql_term(value: str) -> str:
    if value.startswith("<") and value.endswith(">") and re.fullmatch(r"<[^<>\"{}|^`\\\s]*>", value):
        return value
    if re.fullmatch(r"https?://[^<>\"{}|^`\\\s]+", value):
        return f"<{value}>"
    return json.dumps(value, ensure_ascii=False)


_KEYWORD_RE = re.compile(r"(?<![\w:?$])([A-Za-z]+)(?![\w:])")
_PROLOGUE_RE = re.compile(r"(?<![\w:?$])(?:(BASE)\s*<([^>]*)>|(PREFIX)\s+([A-Za-z][\w.-]*)?:\s*<([^>]*)>)", re.I)
_FROM_RE = re.compile(r"(?<![\w:?$])FROM(?![\w:])\s*(?:NAMED(?![\w:])\s*)?(<[^>]*>|(?:[A-Za-z][\w.-]*)?:(?:[\w.:%-]|\\[^\n])*)?", re.I)


def _dataset_iris(sparql: str) -> list[str]:
    """The IRIs named by FROM / FROM NAMED, with prefixes expanded and BASE applied ("" when unreadable)."""
    from urllib.parse import urljoin

    code = _lex(sparql, keep_iris=True)
    # _lex keeps escaped name characters as "_"; read names from the query text at the same offsets.
    base = ""
    prefixes: dict[str, str] = {}
    events = sorted([(m.start(), "p", m) for m in _PROLOGUE_RE.finditer(code)] + [(m.start(), "f", m) for m in _FROM_RE.finditer(code)], key=lambda e: e[0])
    out = []
    for _pos, kind, m in events:
        if kind == "p":
            if m.group(1):
                base = urljoin(base, m.group(2)) if base else m.group(2)
            else:
                prefixes[(m.group(4) or "")] = urljoin(base, m.group(5)) if base else m.group(5)
            continue
        target = sparql[m.start(1) : m.end(1)] if m.group(1) else ""
        if target.startswith("<"):
            iri = target[1:-1]
            out.append(urljoin(base, iri) if base else iri)
        elif ":" in target:
            pfx, local = target.split(":", 1)
            local = re.sub(r"\\(.)", r"\1", local.rstrip("."))
            out.append(prefixes[pfx] + local if pfx in prefixes else "")
        else:
            out.append("")
    return out


def check_read_only(sparql: str) -> None:
    """Refuse updates, SERVICE, LOAD and FROM of outside IRIs before anything runs."""
    code = _lex(sparql, keep_iris=False)
    words = {w.upper() for w in _KEYWORD_RE.findall(code)}
    bad = [k for k in _FORBIDDEN if k in words]
    if bad:
        raise QueryError(
            f"refused: {', '.join(bad)} is not allowed; `policykg query` runs read-only SELECT, ASK, CONSTRUCT and DESCRIBE queries over the local store"
        )
    for iri in _dataset_iris(sparql):
        if not iri.startswith(_ALLOWED_DATASET_IRIS):
            shown = f"<{iri}>" if iri else "a graph it cannot resolve"
            raise QueryError(f"refused: FROM {shown} names a graph outside the store; only graphs under https://w3id.org/policykg/ may be named")


def _term_value(t: object) -> object:
    if t is None:
        return None
    if isinstance(t, ox.Literal):
        dt = t.datatype.value if t.datatype is not None else ""
        if dt in _NUMERIC:
            try:
                d = Decimal(t.value)
                return int(d) if d == d.to_integral() and "." not in t.value and "e" not in t.value.lower() else d
            except Exception:
                return t.value
        if dt == _BOOLEAN:
            return t.value == "true"
        return t.value
    if isinstance(t, ox.NamedNode):
        return t.value
    if isinstance(t, ox.BlankNode):
        return f"_:{t.value}"
    return str(t)


def execute(store: ox.Store, sparql: str, params: dict[str, str] | None = None, limit: int | None = None) -> QueryResult:
    """Run a checked query on an open store, in this process."""
    check_read_only(sparql)
    sparql = bind_params(sparql, params or {})
    try:
        res = store.query(sparql, use_default_graph_as_union=True)
    except SyntaxError as exc:
        raise QueryError(f"invalid SPARQL: {exc}") from exc
    except OSError as exc:
        raise QueryError(f"query failed: {exc}") from exc
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
            rows.append([_term_value(sol[c]) for c in columns])
        return QueryResult("select", columns, rows, truncated)
    triples = []
    truncated = False
    for t in res:
        if limit is not None and len(triples) >= limit:
            truncated = True
            break
        triples.append(t)
    ds = ox.Dataset()
    for t in triples:
        ds.add(ox.Quad(t.subject, t.predicate, t.object))
    nq = ox.serialize(ds, format=ox.RdfFormat.N_TRIPLES) if triples else b""
    lines = sorted(nq.decode("utf-8").splitlines())
    rows = [[str(t.subject), str(t.predicate), str(t.object)] for t in triples]
    return QueryResult("graph", ["subject", "predicate", "object"], rows, truncated, "\n".join(lines) + ("\n" if lines else ""))


def _child(conn, db: str, sparql: str, params: dict[str, str] | None, limit: int | None) -> None:
    try:
        store = ox.Store.read_only(db)
        conn.send(("ok", execute(store, sparql, params, limit)))
    except QueryError as exc:
        conn.send(("error", str(exc)))
    except BaseException as exc:  # noqa: BLE001 - reported to the parent, which raises
        conn.send(("error", f"query failed: {exc}"))
    finally:
        conn.close()


def run_query(
    sparql: str,
    *,
    store: str | Path = ".policykg",
    params: dict[str, str] | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
    limit: int | None = None,
) -> QueryResult:
    """Run a read-only query on the store; a query running past ``timeout`` seconds is killed."""
    check_read_only(sparql)
    sd = StoreDir(store)
    gen = sd.require_current()
    if not timeout:
        return execute(sd.open_read(), sparql, params, limit)
    # pyoxigraph cannot interrupt a running query, so it runs in a child process we can kill.
    ctx = multiprocessing.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(child, str(gen.db), sparql, params, limit), daemon=True)
    proc.start()
    child.close()
    try:
        if not parent.poll(timeout):
            raise QueryError(f"query timed out after {timeout:g} s and was stopped; narrow it or raise --timeout")
        status, payload = parent.recv()
    except EOFError as exc:
        raise QueryError("query process ended without a result (out of memory?)") from exc
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join(5)
        parent.close()
    if status == "error":
        raise QueryError(payload)
    return payload
