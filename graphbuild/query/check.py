"""The first wall of the read-only query guard: the query is parsed with a SPARQL 1.1 grammar
(rdflib's), and its parse tree decides what is refused.

A regular expression over the text cannot tell a keyword from a prefixed name, a comment or an
IRI the way the grammar does (``SERVICE:x``, ``0SERVICE``, a comment ended by CR all slipped past
the old lexer). Here nothing is guessed: the query either parses into a tree in which no
``SERVICE`` node and no dataset IRI outside the store occurs, or it is refused. A query the
grammar cannot read is refused too — never passed on to an engine that might read it otherwise.
The second wall (``sandbox``) makes the query process unable to open a network socket at all.
"""

from __future__ import annotations

import functools
import re
import sys
import threading
from dataclasses import dataclass

from pyparsing import ParseBaseException, ParseResults
from rdflib.plugins.sparql.algebra import translateQuery
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.term import URIRef, Variable

from .errors import QueryError

STORE_GRAPHS = ("https://w3id.org/policykg/",)
READ_ONLY = "`policykg query` runs read-only SELECT, ASK, CONSTRUCT and DESCRIBE queries over the local store"
OUTSIDE = "names a graph outside the store; only graphs under https://w3id.org/policykg/ may be named"
# A query nested deeper than this is refused before any parser recurses into it (pyparsing and
# the engine's own parser both recurse; 5,000 nested parentheses crashed the engine).
MAX_NESTING = 200
# Update operations of rdflib's grammar → the keyword a user wrote.
_UPDATE_KEYWORDS = {
    "Load": "LOAD", "Clear": "CLEAR", "Drop": "DROP", "Create": "CREATE", "Add": "ADD", "Move": "MOVE", "Copy": "COPY",
    "InsertData": "INSERT", "DeleteData": "DELETE", "DeleteWhere": "DELETE",
}
_KINDS = {"SelectQuery": "select", "AskQuery": "ask", "ConstructQuery": "construct", "DescribeQuery": "describe"}


@dataclass(frozen=True)
class CheckedQuery:
    """What the grammar says about a query that may run."""

    kind: str  # select, ask, construct or describe
    default_graphs: tuple[str, ...]  # FROM
    named_graphs: tuple[str, ...]  # FROM NAMED
    variables: frozenset[str]  # every ?var / $var the query mentions

    @property
    def has_dataset(self) -> bool:
        """Whether the query names its own dataset (FROM / FROM NAMED)."""
        return bool(self.default_graphs or self.named_graphs)


def _walk(node: object, names: list[str]) -> None:
    """Collect the names of every grammar node in a parse tree."""
    if isinstance(node, CompValue):
        names.append(node.name)
        for v in node.values():
            _walk(v, names)
    elif isinstance(node, (list, tuple, ParseResults)):
        for v in node:
            _walk(v, names)


def _nesting(sparql: str) -> int:
    """The deepest nesting of brackets outside strings, IRIs and comments (a cheap upper bound)."""
    depth = best = 0
    for ch in re.sub(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'|<[^<>\s]*>|#[^\n\r]*', " ", sparql):
        if ch in "({[":
            depth += 1
            best = max(best, depth)
        elif ch in ")}]":
            depth -= 1
    return best


def syntax_message(exc: ParseBaseException, sparql: str) -> str:
    """A parse error as ``line L, column C`` with the line, a caret under the place and a hint."""
    lines = sparql.split("\n")  # pyparsing counts lines by LF only
    lineno = max(1, min(exc.lineno, len(lines)))
    line = lines[lineno - 1].replace("\r", " ")
    col = max(1, exc.col)
    found = line[col - 1 : col + 19].split()[0] if line[col - 1 : col + 19].split() else "end of query"
    hint = "check the brackets, the dots between triple patterns and the PREFIX declarations"
    if re.fullmatch(r"[A-Za-z_][\w-]*:\S*", found or ""):
        hint = f"is the prefix {found.split(':')[0]}: declared? (pkg:, rdf:, rdfs:, xsd:, skos:, dcterms:, prov:, oa: are)"
    elif found == "end of query":
        hint = "the query ends too early: a closing } or ) may be missing"
    shown = line if len(line) <= 120 else line[max(0, col - 60) : col + 60]
    caret = col - 1 if len(line) <= 120 else min(col - 1, 60)
    return f"invalid SPARQL at line {lineno}, column {col} (near {found!r}):\n  {shown}\n  {' ' * caret}^\n  {hint}"


def _refuse_update(sparql: str, prefixes: dict[str, str] | None) -> None:
    """Raise the refusal naming the update keywords, if the text is a SPARQL Update."""
    prologue = "".join(f"PREFIX {k}: <{v}>\n" for k, v in (prefixes or {}).items())
    try:
        tree = parseUpdate(prologue + sparql)
    except (ParseBaseException, RecursionError, ValueError, TypeError):
        return
    names: list[str] = []
    _walk(tree, names)
    words: list[str] = []
    for n in names:
        if n == "Modify":
            continue
        if n in _UPDATE_KEYWORDS and _UPDATE_KEYWORDS[n] not in words:
            words.append(_UPDATE_KEYWORDS[n])
    for req in dict(tree).get("request", []) if isinstance(tree, CompValue) else []:
        if isinstance(req, CompValue) and req.name == "Modify":
            for key, word in (("delete", "DELETE"), ("insert", "INSERT"), ("withClause", "WITH")):
                if key in req and word not in words:
                    words.append(word)
    raise QueryError(f"refused: {', '.join(words) or 'SPARQL Update'} is not allowed; {READ_ONLY}")


# pyparsing (3.3) learns the arity of each parse action on its first call, by calling it and
# catching TypeError: two threads doing that at once make it learn a wrong one for good, and
# rdflib's grammar then fails on every query of the process (serve answered 500 to everything
# after a few concurrent first requests). One thread at a time uses the grammar; it takes ms.
_GRAMMAR = threading.RLock()


def _one_thread_at_a_time(f):  # type: ignore[no-untyped-def]
    @functools.wraps(f)
    def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
        with _GRAMMAR:
            return f(*args, **kwargs)
    return wrapper


@_one_thread_at_a_time
def check_query(sparql: str, *, base_iri: str | None = None, prefixes: dict[str, str] | None = None, dataset_given: bool = False) -> CheckedQuery:
    """Parse ``sparql`` with the SPARQL 1.1 grammar; refuse updates, SERVICE and outside graphs.

    ``dataset_given``: the protocol request names the dataset, which replaces the query's FROM
    (SPARQL 1.1 Protocol §2.1.4), so the query's FROM IRIs are not used and not checked.
    """
    if _nesting(sparql) > MAX_NESTING:
        raise QueryError(f"refused: the query nests brackets more than {MAX_NESTING} deep; no policykg question needs that")
    prologue = "".join(f"PREFIX {k}: <{v}>\n" for k, v in (prefixes or {}).items())
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, 20000))  # pyparsing recurses per grammar level, not per character
    try:
        try:
            tree = parseQuery(prologue + sparql)
        except ParseBaseException as exc:
            _refuse_update(sparql, prefixes)
            if prologue:
                exc.lineno -= len(prefixes or {})  # report positions in the user's own text
            raise QueryError(syntax_message(exc, sparql)) from None
        names: list[str] = []
        _walk(tree, names)
        if "ServiceGraphPattern" in names:
            raise QueryError(f"refused: SERVICE is not allowed; {READ_ONLY}")
        try:
            query = translateQuery(tree, base=base_iri)
        except Exception as exc:  # noqa: BLE001 - rdflib raises plain Exception for unknown prefixes
            msg = str(exc)
            m = re.search(r"Unknown namespace prefix : (\S*)", msg)
            if m:
                raise QueryError(f"invalid SPARQL: the prefix {m.group(1)}: is not declared; add PREFIX {m.group(1)}: <…>") from None
            raise QueryError(f"invalid SPARQL: {msg}") from None
    except RecursionError:
        raise QueryError("refused: the query is nested too deeply to be checked") from None
    finally:
        sys.setrecursionlimit(limit)
    kind = next((_KINDS[n] for n in names if n in _KINDS), "select")
    default: list[str] = []
    named: list[str] = []
    for clause in dict(query.algebra).get("datasetClause") or []:
        # CompValue.get() answers a missing key with the key itself: test membership instead.
        is_default = "default" in clause
        iri = dict(clause).get("default" if is_default else "named")
        target = default if is_default else named
        value = str(iri) if isinstance(iri, URIRef) else ""
        if not value.startswith(STORE_GRAPHS) and not dataset_given:
            shown = f"<{value}>" if value else "a graph it cannot resolve"
            raise QueryError(f"refused: FROM {shown} {OUTSIDE}")
        target.append(value)
    variables = frozenset(str(v) for v in dict(query.algebra).get("_vars") or set()) | _mentioned_variables(tree)
    return CheckedQuery(kind, tuple(default), tuple(named), variables)


def _mentioned_variables(tree: object) -> frozenset[str]:
    """Every variable that occurs anywhere in a parse tree."""
    out: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, Variable):
            out.add(str(node))
        elif isinstance(node, CompValue):
            for v in node.values():
                walk(v)
        elif isinstance(node, (list, tuple, ParseResults)):
            for v in node:
                walk(v)

    walk(tree)
    return frozenset(out)
