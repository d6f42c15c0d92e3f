"""Query files: the bundled queries, user .rq files, and the facts of their header comment."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TypedDict

from ..resources import queries_dir
from .errors import QueryError
from .params import ParamSpec, parse_param


@dataclass(frozen=True)
class QueryInfo:
    """A bundled or user query file with the facts of its header comment."""

    name: str
    path: str
    title: str
    description: str
    params: list[str]
    columns: list[str]


class QueryHeader(TypedDict):
    """The facts of a query file's ``# key: value`` header comment."""

    title: str
    description: str
    params: list[str]
    columns: list[str]


def parse_header(text: str) -> QueryHeader:
    """Read the ``# key: value`` header comment of a query file."""
    info: QueryHeader = {"title": "", "description": "", "params": [], "columns": []}
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
            info["params"].append(value)
        elif key == "columns":
            info["columns"] = [c.strip() for c in value.split(",") if c.strip()]
        elif key == "title":
            info["title"] = value
        else:
            info["description"] = value
    return info


def param_specs(text: str) -> list[ParamSpec]:
    """The parameters a query's header declares (``# param: NAME (TYPE) — …``)."""
    return [parse_param(p) for p in parse_header(text)["params"]]


def list_queries() -> list[QueryInfo]:
    """The bundled queries, sorted by name."""
    out: list[QueryInfo] = []
    for f in sorted(queries_dir().iterdir(), key=lambda t: t.name[:-3] if t.name.endswith(".rq") else t.name):
        if f.name.endswith(".rq"):
            h = parse_header(f.read_text(encoding="utf-8"))
            out.append(QueryInfo(f.name[:-3], str(f), h["title"], h["description"], list(h["params"]), list(h["columns"])))
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
