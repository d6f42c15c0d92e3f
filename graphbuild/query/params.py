"""Query parameters that cannot silently lie: names and types declared in the query header are
enforced, and label parameters are resolved through the store's labels and aliases.

A header line declares one parameter: ``# param: NAME (TYPE) — description``. TYPE is one of
``PARAM_TYPES``; a parameter with no type is a string. A query with no ``# param:`` line (``-e``
or a user file) accepts a parameter only for a variable that occurs in it.
"""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass

import pyoxigraph as ox

from .errors import QueryError

PKG = "https://w3id.org/policykg/ontology#"
# A label type → the classes whose labels and aliases it is resolved against.
LABEL_CLASSES = {
    "agency": ("Agency", "AgencyGroup"),
    "plan": ("Plan",),
    "chain": ("IndustryChain",),
    "technology": ("Technology",),
    "park": ("Park",),
    "region": ("Region",),
}
PARAM_TYPES = ("string", "integer", "year", "iri", "document", *LABEL_CLASSES)
_DECL = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)\s*(?:\(\s*([a-z]+)\s*\))?\s*(?:[—–-]+\s*(.*))?$")


@dataclass(frozen=True)
class ParamSpec:
    """One declared parameter."""

    name: str
    type: str
    description: str

    @property
    def required(self) -> bool:
        """Whether the query needs it (its description starts with "required")."""
        return self.description.lower().startswith("required")


def parse_param(decl: str) -> ParamSpec:
    """A ``# param:`` header value as a ParamSpec; QueryError when the type is unknown."""
    m = _DECL.match(decl.strip())
    if not m:
        raise QueryError(f"bad '# param:' header line {decl!r}: write '# param: NAME (TYPE) — description'")
    name, typ, desc = m.group(1), m.group(2) or "string", (m.group(3) or "").strip()
    if typ not in PARAM_TYPES:
        raise QueryError(f"'# param: {decl}': unknown type {typ!r}; use one of: {', '.join(PARAM_TYPES)}")
    return ParamSpec(name, typ, desc)


def parse_assignments(items: tuple[str, ...] | list[str]) -> dict[str, str]:
    """``--param`` values (``VAR=VALUE``, a leading ``?`` allowed) as a dict; QueryError on a bad one."""
    out: dict[str, str] = {}
    for item in items:
        if "=" not in item:
            raise QueryError(f"--param {item!r} is not VAR=VALUE (as in --param year=2025)")
        k, v = item.split("=", 1)
        k = k.strip().lstrip("?$")
        if k in out:
            raise QueryError(f"--param {k} is given twice; give each parameter once")
        out[k] = v
    return out


def check_params(params: dict[str, str], specs: list[ParamSpec], variables: frozenset[str]) -> dict[str, tuple[str, str]]:
    """Each given parameter with its declared type, or QueryError naming the bad one and the fix."""
    out: dict[str, tuple[str, str]] = {}
    known = {s.name: s for s in specs}
    for name, value in params.items():
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise QueryError(f"bad parameter name {name!r}: use letters, digits and _ (as in --param agency=…)")
        if specs:
            if name not in known:
                near = difflib.get_close_matches(name, list(known), n=1)
                hint = f" (did you mean {near[0]}?)" if near else ""
                raise QueryError(f"unknown parameter {name!r}{hint}; this query takes: {', '.join(sorted(known))}")
            typ = known[name].type
        else:
            if name not in variables:
                shown = ", ".join(sorted(variables)) or "none"
                raise QueryError(f"unknown parameter {name!r}: the query has no variable ?{name} (its variables: {shown})")
            typ = "string"
        if typ == "integer" and not re.fullmatch(r"[+-]?\d+", value.strip()):
            raise QueryError(f"--param {name}={value!r}: {name} is an integer (e.g. {name}=2)")
        if typ == "year" and not re.fullmatch(r"(1[89]|2\d)\d\d", value.strip()):
            raise QueryError(f"--param {name}={value!r}: {name} is a year of four digits (e.g. {name}=2025)")
        if typ == "iri" and not re.fullmatch(r"<?[A-Za-z][A-Za-z0-9+.-]*:[^<>\"{}|^`\\\s]+>?", value.strip()):
            raise QueryError(f"--param {name}={value!r}: {name} is an IRI (e.g. {name}=https://w3id.org/policykg/id/…)")
        out[name] = (typ, value.strip() if typ in ("integer", "year", "iri") else value)
    missing = [s.name for s in specs if s.required and s.name not in params]
    if missing:
        raise QueryError(f"this query needs --param {' --param '.join(m + '=…' for m in missing)} ({'; '.join(known[m].description for m in missing)})")
    return out


def _norm(s: str) -> str:
    from ..normalise import label_key

    return label_key(s)


def _labels(store: ox.Store, classes: tuple[str, ...]) -> dict[str, ox.Literal]:
    """Normalised label or alias → the rdfs:label (the literal, language tag and all) of a node of ``classes``."""
    values = " ".join(f"<{PKG}{c}>" for c in classes)
    sparql = (
        "SELECT DISTINCT ?label ?alt WHERE { VALUES ?cls { " + values + " } ?n a ?cls ; <http://www.w3.org/2000/01/rdf-schema#label> ?label . "
        "OPTIONAL { ?n <http://www.w3.org/2004/02/skos/core#altLabel>|<http://www.w3.org/2004/02/skos/core#prefLabel> ?alt } }"
    )
    found: list[tuple[str, str, str, ox.Literal]] = []
    for sol in store.query(sparql, use_default_graph_as_union=True):  # type: ignore[union-attr]
        label, alt = sol["label"], sol["alt"]  # type: ignore[index]
        if isinstance(label, ox.Literal):
            found.append((label.value, str(label), alt.value if alt is not None else "", label))
    found.sort(key=lambda r: r[:3])  # deterministic: the first label in order wins a shared key
    out: dict[str, ox.Literal] = {}
    for text, _term, _alt, label in found:
        out.setdefault(_norm(text), label)
    for _text, _term, alt, label in found:
        if alt:
            out.setdefault(_norm(alt), label)
    return out


def resolve_label(store: ox.Store, typ: str, name: str, value: str) -> str:
    """The rdfs:label a label parameter stands for (label or alias, Simplified or Traditional), as text."""
    return resolve_label_literal(store, typ, name, value).value


def label_term(store: ox.Store, typ: str, name: str, value: str) -> str:
    """The rdfs:label a label parameter stands for as a SPARQL term, language tag included.

    A label is ``"…"@zh-hans``: the plain string ``"…"`` is another term and would match nothing.
    """
    return str(resolve_label_literal(store, typ, name, value))


def resolve_label_literal(store: ox.Store, typ: str, name: str, value: str) -> ox.Literal:
    """The rdfs:label literal a label parameter stands for; QueryError with close matches if none."""
    names = _labels(store, LABEL_CLASSES[typ])
    want = _norm(value)
    if want in names:
        return names[want]
    texts = {k: lab.value for k, lab in names.items()}
    contained = sorted({lab for k, lab in texts.items() if want and (want in k or k in want)}, key=lambda x: (abs(len(x) - len(value)), x))
    similar = [texts[k] for k in difflib.get_close_matches(want, list(texts), n=6, cutoff=0.4)]
    near: list[str] = []
    for lab in [*contained, *similar]:
        if lab not in near:
            near.append(lab)
    hint = ("; close matches: " + ", ".join(near[:6])) if near else ""
    raise QueryError(f"--param {name}={value!r}: no {typ} has this label or alias in the store (Simplified or Traditional){hint}")


def resolve_document_param(store: ox.Store, name: str, value: str) -> str:
    """The IRI of the Document a ``document`` parameter names: its path relative to the folder built, content hash, or unambiguous file name."""
    from ..docref import DocumentRefError, resolve_document

    sparql = (
        f"SELECT ?d ?h ?n WHERE {{ ?d a <{PKG}Document> ; <{PKG}contentHash> ?h . OPTIONAL {{ ?d <http://purl.org/dc/terms/identifier> ?n }} }}"
    )
    docs: dict[str, dict[str, list[str]]] = {}
    iri: dict[str, str] = {}
    for s in store.query(sparql, use_default_graph_as_union=True):  # type: ignore[union-attr]
        h = s["h"].value  # type: ignore[index]
        iri[h] = s["d"].value  # type: ignore[index]
        names = docs.setdefault(h, {"names": []})["names"]
        if s["n"] is not None and s["n"].value not in names:  # type: ignore[index]
            names.append(s["n"].value)  # type: ignore[index]
    try:
        return "<" + iri[resolve_document(docs, value)] + ">"
    except DocumentRefError as exc:
        raise QueryError(f"--param {name}={value!r}: {exc}") from None


def sparql_term(typ: str, value: str) -> str:
    """A checked parameter value written as a SPARQL term."""
    if typ == "integer":
        return str(int(value))
    if typ == "year":
        return f'"{value}"^^<http://www.w3.org/2001/XMLSchema#gYear>'
    if typ == "iri":
        return value if value.startswith("<") else f"<{value}>"
    if typ == "string" and value.startswith("<") and value.endswith(">") and re.fullmatch(r"<[^<>\"{}|^`\\\s]*>", value):
        return value
    if typ == "string" and re.fullmatch(r"https?://[^<>\"{}|^`\\\s]+", value):
        return f"<{value}>"
    return json.dumps(value, ensure_ascii=False)


def bind(sparql: str, terms: dict[str, str]) -> str:
    """``sparql`` with a VALUES block binding ``terms`` at the start of its outermost WHERE group."""
    if not terms:
        return sparql
    code = _blank(sparql)
    m = re.search(r"\bWHERE\s*\{", code, re.I) or re.search(r"\{", code)
    if m is None:
        raise QueryError("cannot bind parameters: the query has no WHERE group")
    block = f" VALUES ({' '.join('?' + k for k in terms)}) {{ ({' '.join(terms.values())}) }} "
    return sparql[: m.end()] + block + sparql[m.end():]


_BLANK_RE = re.compile(r'<[^<>"{}|^`\\\s]*>|"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|#[^\n\r]*')


def _blank(sparql: str) -> str:
    """The query with IRIs, strings and comments replaced by spaces (same length), to find its WHERE."""
    return _BLANK_RE.sub(lambda m: " " * len(m.group(0)), sparql)
