"""Formatting of result rows for the terminal and for machines: table, csv, tsv, json."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import BinaryIO, cast

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


# --------------------------------------------------------------------------------------------
# Files analysts pass around: CSV for spreadsheet programs, and .xlsx

FILE_FORMATS = (*FORMATS, "xlsx")
# A cell that a spreadsheet program would read as a formula (CSV injection): = + - @ and the
# characters Excel treats alike. Numbers written with a sign are left alone.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_FIXED_TIME = (2000, 1, 1, 0, 0, 0)


def _defused(v: object) -> object:
    if isinstance(v, str) and v.startswith(_FORMULA_START):
        try:
            float(v)
            return v
        except ValueError:
            return "'" + v
    return v


def _xlsx(columns: Sequence[str], rows: Sequence[Sequence[object]], title: str | None) -> bytes:
    """The rows as an .xlsx workbook with one sheet, byte-identical for the same rows."""
    import datetime
    import zipfile

    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font

    wb = Workbook(write_only=True)
    stamp = datetime.datetime(*_FIXED_TIME)
    wb.properties.created = wb.properties.modified = stamp
    ws = wb.create_sheet(title=re.sub(r"[\[\]:*?/\\]", " ", title or "policykg")[:31] or "policykg")
    bold = Font(bold=True)
    header = []
    for c in columns:
        cell = WriteOnlyCell(ws, value=c)
        cell.font = bold
        header.append(cell)
    ws.append(header)
    for r in rows:
        out = []
        for v in r:
            v = _plain(v)
            if isinstance(v, str):
                cell = WriteOnlyCell(ws, value=ILLEGAL_CHARACTERS_RE.sub("", v))
                cell.data_type = "s"  # never a formula, whatever the text starts with
            else:
                cell = WriteOnlyCell(ws, value=v)
            out.append(cell)
        ws.append(out)
    raw = io.BytesIO()
    wb.save(raw)
    # openpyxl stamps each zip member with the current time: rewrite them with a fixed one.
    fixed = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as src, zipfile.ZipFile(fixed, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"<dcterms:(created|modified)[^>]*>[^<]*<", lambda m: m.group(0).split(b">")[0] + b">2000-01-01T00:00:00Z<", data)
            zi = zipfile.ZipInfo(info.filename, date_time=_FIXED_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, data)
    return fixed.getvalue()


def render_bytes(columns: Sequence[str], rows: Sequence[Sequence[object]], fmt: str, *, title: str | None = None, excel: bool = False) -> bytes:
    """Rows in one of FILE_FORMATS as bytes; ``excel``: CSV/TSV with a UTF-8 BOM and formula-like cells quoted."""
    if fmt == "xlsx":
        return _xlsx(columns, rows, title)
    if excel and fmt in ("csv", "tsv"):
        return ("\ufeff" + render(columns, [[_defused(v) for v in r] for r in rows], fmt, title=title)).encode("utf-8")
    return render(columns, rows, fmt, title=title).encode("utf-8")


def write_rows(columns: Sequence[str], rows: Sequence[Sequence[object]], fmt: str, *, title: str | None = None, excel: bool = False) -> None:
    """Print rows to stdout in one of FILE_FORMATS; .xlsx only into a file or a pipe, never a terminal."""
    import sys

    import click

    if fmt == "xlsx" and sys.stdout.isatty():
        raise click.UsageError("--format xlsx writes a binary workbook: redirect it into a file (… --format xlsx > result.xlsx)")
    if fmt == "table" or (fmt == "json" and not excel):
        click.echo(render(columns, rows, fmt, title=title), nl=False)
        return
    # click 8.5 serves the deprecated get_binary_stream through its module __getattr__, typed as object.
    get_binary_stream = cast("Callable[[str], BinaryIO]", click.get_binary_stream)
    out = get_binary_stream("stdout")
    out.write(render_bytes(columns, rows, fmt, title=title, excel=excel))
    out.flush()
