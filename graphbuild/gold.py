"""Gold annotation files (docs/gold-format.md): read and checked before anything is scored.

A gold file with a missing or mistyped key must fail with the file and the key named, not with
a ``KeyError`` in the middle of scoring (or, worse, a silently lower score).
"""

from __future__ import annotations

import json
from pathlib import Path

from .read import InputError

_STR_LISTS = ("issuers", "plans_cited", "parks", "technologies", "chains", "regions", "uncertain", "sub_plans")
_KNOWN = {"title", "tasks", "targets", "agency_groups", *_STR_LISTS}
_TASK = {"heading", "responsible_as_written", "responsible", "lead"}
_TARGET = {"year", "metric", "value", "unit", "qualifier", "period", "sub_plan"}
_GROUP = {"name", "members_as_written", "members", "parent", "parent_as_written", "office", "office_as_written", "lead", "lead_as_written"}


def _str_list(path: Path, where: str, value: object) -> None:
    if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
        raise InputError(path, f"{where} must be a list of strings (docs/gold-format.md)")


def _keys(path: Path, where: str, obj: object, known: set[str], required: tuple[str, ...]) -> dict:
    if not isinstance(obj, dict):
        raise InputError(path, f"{where} must be a JSON object (docs/gold-format.md)")
    for k in required:
        if k not in obj:
            raise InputError(path, f"{where} has no key {k!r} (docs/gold-format.md lists the keys)")
    unknown = sorted(set(obj) - known)
    if unknown:
        raise InputError(path, f"{where} has the unknown key {unknown[0]!r}; known keys: {', '.join(sorted(known))}")
    return obj


def check_gold(path: Path, gold: object) -> dict:
    """``gold`` if it follows docs/gold-format.md; else InputError naming the file and the key."""
    doc = _keys(path, "the file", gold, _KNOWN, ("tasks",))
    if "title" in doc and not isinstance(doc["title"], str):
        raise InputError(path, "'title' must be a string")
    for k in _STR_LISTS:
        if k in doc:
            _str_list(path, repr(k), doc[k])
    if not isinstance(doc["tasks"], list):
        raise InputError(path, "'tasks' must be a list of task objects")
    for i, t in enumerate(doc["tasks"], 1):
        where = f"task {i}"
        _keys(path, where, t, _TASK, ("heading", "responsible_as_written", "responsible"))
        if not isinstance(t["heading"], str):
            raise InputError(path, f"{where}: 'heading' must be a string")
        for k in ("responsible_as_written", "responsible", "lead"):
            if k in t:
                _str_list(path, f"{where}: {k!r}", t[k])
        if len(t["responsible"]) != len(t["responsible_as_written"]):
            raise InputError(path, f"{where} ({t['heading']}): 'responsible' and 'responsible_as_written' must have the same length")
        stray = [x for x in t.get("lead", []) if x not in t["responsible"]]
        if stray:
            raise InputError(path, f"{where} ({t['heading']}): the lead {stray[0]!r} is not one of its 'responsible' units")
    for i, t in enumerate(doc.get("targets", []) if isinstance(doc.get("targets", []), list) else [None], 1):
        where = f"target {i}"
        _keys(path, where, t, _TARGET, ("year", "value", "unit"))
        if t["year"] is not None and not isinstance(t["year"], int):
            raise InputError(path, f"{where}: 'year' must be a number or null")
        if not isinstance(t["value"], str) or not isinstance(t["unit"], str):
            raise InputError(path, f"{where}: 'value' and 'unit' must be strings (the number as written)")
    for i, g in enumerate(doc.get("agency_groups", []) if isinstance(doc.get("agency_groups", []), list) else [None], 1):
        _keys(path, f"agency group {i}", g, _GROUP, ("name",))
    return doc


def load_gold(path: str | Path) -> dict:
    """Read and check one gold file."""
    p = Path(path)
    try:
        gold = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(p, f"is not a readable gold JSON file ({exc})") from exc
    return check_gold(p, gold)
