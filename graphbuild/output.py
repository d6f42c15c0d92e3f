"""Formatting of result rows for the terminal and for machines: table, csv, tsv, json."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from typing import Sequence

FORMATS = ("table", "csv", "tsv", "json")
MAX_CELL = 80


def _plain(v: object) -> object:
    if isinstance(v, Decimal):
        return int(v) if v == v.to_integral() else float(v)
    return v


def _cell(v: object) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(_plain(v))


def render(columns: Sequence[str], rows: Sequence[Sequence[object]], fmt: str, *, title: str | None = None, width: int | None = None) -> str:
    """Rows as text in one of FORMATS; tables shorten long cells, the other formats never do."""
    if fmt == "json":
        return json.dumps([{c: _plain(v) for c, v in zip(columns, r)} for r in rows], ensure_ascii=False, indent=2) + "\n"
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        w = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        w.writerow(columns)
        for r in rows:
            w.writerow([_cell(v) for v in r])
        return buf.getvalue()
    if fmt != "table":
        raise ValueError(f"unknown format {fmt!r}")
    from rich import box
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(title=Text(title) if title else None, box=box.SIMPLE_HEAD, show_lines=False)
    for c in columns:
        table.add_column(c, overflow="fold")
    for r in rows:
        cells = []
        for v in r:
            s = _cell(v)
            cells.append(Text(s if len(s) <= MAX_CELL else s[: MAX_CELL - 1] + "…"))
        table.add_row(*cells)
    console = Console(file=io.StringIO(), width=width or 160, color_system=None, highlight=False, markup=False)
    console.print(table)
    return console.file.getvalue()  # type: ignore[attr-defined]
