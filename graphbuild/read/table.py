"""Crawler tables (.csv, .tsv, .jsonl, .xlsx): one document per row, the row's fields as its metadata.

A crawler saves a collection as one table: a column of text (内容), and beside it the title (标题),
the date (时间), the address (访问地址) and the portal's own fields. Each row with text becomes a
Document identified by the table's path and the row number (``corpus.csv#row=12``, the row as a
spreadsheet shows it: the header is row 1) or the value of the ``--id-column``
(``corpus.csv#id=ABC``). A bad row is skipped with one line saying why and the rest are read:

* an empty text cell, a cell over ``--max-bytes``, a row that cannot be decoded, a row with more or
  fewer fields than the header (a quoted cell left open shifts the rest), a duplicate id.

The table itself is read as a stream, so its size is not bounded (each cell is): a line longer than
``--max-bytes`` is skipped without being held in memory whole. The encoding is detected on the first
megabyte as for text files (byte-order mark, UTF-8, GB18030, Big5) and the CSV dialect (comma, tab,
semicolon, bar) is sniffed there too.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import PolicykgError
from .base import check_office_zip

SAMPLE_BYTES = 1024 * 1024
PLAUSIBILITY_CHARS = 65536  # enough characters to tell GB18030 from Big5, few enough to be quick
# Columns taken when no option names one (the usual headers of Chinese crawlers, then English).
DEFAULT_COLUMNS = {
    "text": ("内容", "正文", "全文", "content", "text", "body"),
    "title": ("标题", "title"),
    "date": ("时间", "发布时间", "发布日期", "日期", "date", "published"),
    "url": ("访问地址", "网址", "链接", "原文链接", "url", "link"),
}
# Column header (white space removed) → metadata key, beside the columns the options name.
FIELD_COLUMNS = {
    "索引号": "index_number",
    "主题分类": "subject",
    "发文机关": "issuer",
    "发布机构": "issuer",
    "发文单位": "issuer",
    "来源": "source_name",
    "成文日期": "created",
    "发文字号": "document_number",
    "文号": "document_number",
    "主题词": "keywords",
}
_OPTION_KEY = {"title": "title", "date": "issued", "url": "url"}


@dataclass(frozen=True)
class TableOptions:
    """Which column holds what (None: the first of DEFAULT_COLUMNS present); ``id_column`` names rows instead of their numbers."""

    text_column: str | None = None
    title_column: str | None = None
    date_column: str | None = None
    url_column: str | None = None
    id_column: str | None = None


class TableError(PolicykgError):
    """A whole table that cannot be read (no text column, not a workbook …); the message says why and the fix."""


@dataclass(frozen=True)
class BadRow:
    """A row that is skipped, and why."""

    reason: str


@dataclass(frozen=True)
class Row:
    """One row with text: its text, its metadata (sorted key, value pairs) and its identifying suffix (``#row=N``)."""

    suffix: str
    text: str
    metadata: tuple[tuple[str, str], ...]
    encoding: str = ""

    @property
    def content_hash(self) -> str:
        """SHA-256 of the text as UTF-8: the same text in a .txt file and in a row is the same document."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


# --- encodings ---------------------------------------------------------------------------------


def sniff_encoding(sample: bytes) -> str:
    """The encoding of a table from its first bytes: a byte-order mark, else the one of UTF-8, GB18030, Big5 that fits best."""
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if sample.startswith(bom):
            return enc
    from .charset import _cjk_plausibility

    try:
        # Incremental: the sample may end inside a character.
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    best: tuple[float, float, str] | None = None
    for rank, enc in enumerate(("utf-8", "gb18030", "big5")):
        # The fewest undecodable bytes wins (one bad row must not decide the whole file), then the likelier Chinese.
        text = codecs.getincrementaldecoder(enc)(errors="replace").decode(sample, final=False)
        errors = text.count("\ufffd") / max(1, len(text))
        score = (-errors, _cjk_plausibility(text[:PLAUSIBILITY_CHARS]) - 0.01 * rank, enc)
        if best is None or score > best:
            best = score
    assert best is not None
    return best[2]


def _open_text(path: Path) -> tuple[io.TextIOWrapper, str]:
    with path.open("rb") as fh:
        sample = fh.read(SAMPLE_BYTES)
    enc = sniff_encoding(sample)
    # Undecodable bytes become lone surrogates: the row holding them is skipped, not the table.
    return io.TextIOWrapper(path.open("rb"), encoding=enc, errors="surrogateescape", newline=""), enc


_SURROGATE_RE = re.compile("[\udc80-\udcff]")


class _Lines:
    """The physical lines of a text stream, none held longer than ``limit`` characters: a longer one is skipped and noted."""

    def __init__(self, fh: io.TextIOWrapper, limit: int) -> None:
        self.fh, self.limit = fh, limit
        self.too_long = False
        self.number = 0

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        line = self.fh.readline(self.limit + 1)
        if not line:
            raise StopIteration
        self.number += 1
        if len(line) > self.limit and not line.endswith(("\n", "\r")):
            while True:  # discard the rest of the line, a bounded piece at a time
                rest = self.fh.readline(self.limit + 1)
                if not rest or rest.endswith(("\n", "\r")):
                    break
            self.too_long = True
            return "\n"
        return line

    def skip_quoted(self, quotechar: str) -> None:
        """Skip the rest of a quoted cell the csv module gave up on: up to the line where its quote closes (quotes toggle, a doubled one twice)."""
        odd = False
        for line in self:
            odd ^= line.count(quotechar) % 2 == 1
            if odd:
                return


# --- columns -----------------------------------------------------------------------------------


def _columns(header: list[str], opts: TableOptions, path: Path) -> dict[str, str | None]:
    """The header cell each role is read from: named by an option (which must exist), else the first default present."""
    present = {h.strip(): h for h in header}
    shown = ", ".join(h.strip() for h in header[:20] if h.strip()) or "none"
    out: dict[str, str | None] = {}
    for role, given in (("text", opts.text_column), ("title", opts.title_column), ("date", opts.date_column), ("url", opts.url_column),
                        ("id", opts.id_column)):
        if given is not None:
            if given.strip() not in present:
                raise TableError(f"has no column {given!r} (its columns: {shown}); name an existing column with --{role}-column")
            out[role] = present[given.strip()]
        else:
            out[role] = next((present[c] for c in DEFAULT_COLUMNS.get(role, ()) if c in present), None)
    if out["text"] is None:
        raise TableError(f"has no text column (its columns: {shown}); name it with --text-column")
    return out


class _Rows:
    """Turns the cells of a table's rows into Rows and BadRows: the checks every table format shares."""

    def __init__(self, header: list[str], opts: TableOptions, path: Path, max_bytes: int, encoding: str = "") -> None:
        self.cols = _columns(header, opts, path)
        self.encoding = encoding.replace("-sig", "")
        self.header = header
        self.max_bytes = max_bytes
        self.ids: dict[str, int] = {}
        used = {c for c in self.cols.values() if c is not None}
        self.fields = [(h, FIELD_COLUMNS[re.sub(r"\s+", "", h)]) for h in header if h not in used and re.sub(r"\s+", "", h) in FIELD_COLUMNS]

    def row(self, number: int, cells: dict[str, str]) -> Row | BadRow:
        """One row, by its number and its cells by header."""
        text_col = self.cols["text"]
        assert text_col is not None
        if any(_SURROGATE_RE.search(v) for v in cells.values()):
            return BadRow(f"row {number}: cannot be decoded in the table's encoding (damaged bytes); fix or drop the row")
        text = cells.get(text_col, "")
        size = len(text.encode("utf-8", "surrogatepass"))
        if size > self.max_bytes:
            return BadRow(f"row {number}: its {text_col} cell is {size:,} bytes, over the limit of {self.max_bytes:,} (raise --max-bytes to include it)")
        if not text.strip():
            return BadRow(f"row {number}: its {text_col} cell is empty")
        suffix = f"#row={number}"
        id_col = self.cols["id"]
        if id_col is not None:
            ident = cells.get(id_col, "").strip()
            if not ident:
                return BadRow(f"row {number}: its {id_col} cell (the id column) is empty")
            if ident in self.ids:
                return BadRow(f"row {number}: its id {ident!r} is also row {self.ids[ident]}'s; ids must be unique")
            self.ids[ident] = number
            suffix = f"#id={ident}"
        meta: dict[str, str] = {}
        for role, key in _OPTION_KEY.items():
            col = self.cols[role]
            if col is not None and cells.get(col, "").strip():
                meta[key] = re.sub(r"\s+", " ", cells[col]).strip()
        for col, key in self.fields:
            if cells.get(col, "").strip():
                meta.setdefault(key, re.sub(r"\s+", " ", cells[col]).strip())
        return Row(suffix, text if text.endswith("\n") else text + "\n", tuple(sorted(meta.items())), self.encoding)


# --- formats -----------------------------------------------------------------------------------


def _sniff_dialect(path: Path, sample: str) -> type[csv.Dialect] | csv.Dialect:
    if path.suffix.lower() == ".tsv":
        return csv.excel_tab
    try:
        return csv.Sniffer().sniff(sample[:65536], delimiters=",\t;|")
    except csv.Error:
        return csv.excel  # one column, or too irregular to tell: the common case


def csv_rows(path: Path, opts: TableOptions, max_bytes: int) -> Iterator[Row | BadRow]:
    """The rows of a CSV/TSV file (header first); TableError when the table as a whole cannot be read."""
    fh, enc = _open_text(path)
    with fh:
        sample = fh.read(SAMPLE_BYTES // 2)
        fh.seek(0)
        dialect = _sniff_dialect(path, sample)
        lines = _Lines(fh, max_bytes)
        previous_limit = csv.field_size_limit()
        csv.field_size_limit(max_bytes)  # a quoted cell never grows past the limit in memory
        try:
            reader = csv.reader(lines, dialect)
            try:
                header = next(reader)
            except StopIteration:
                raise TableError("is empty: no header row") from None
            except csv.Error as exc:
                raise TableError(f"has an unreadable header row ({exc})") from None
            if lines.too_long:
                raise TableError(f"has a header line over the limit of {max_bytes:,} bytes: not a table")
            rows = _Rows(header, opts, path, max_bytes, enc)
            number = 1
            while True:
                try:
                    cells = next(reader)
                except StopIteration:
                    break
                except csv.Error as exc:
                    number += 1
                    reason = str(exc)
                    if "field limit" in str(exc):
                        # Lines are bounded, so only a quoted cell of many lines grows past the limit:
                        # skip to its closing quote, or every line of it would be read as a row.
                        reason = f"a cell over the limit of {max_bytes:,} bytes (raise --max-bytes to include it)"
                        lines.skip_quoted(dialect.quotechar or '"')
                    yield BadRow(f"row {number}: {reason}")
                    reader = csv.reader(lines, dialect)  # start afresh on the next line
                    continue
                number += 1
                if lines.too_long:
                    lines.too_long = False
                    yield BadRow(f"row {number}: a line over the limit of {max_bytes:,} bytes (raise --max-bytes to include it)")
                    reader = csv.reader(lines, dialect)
                    continue
                if not any(c.strip() for c in cells):
                    continue  # a blank line between rows is no row
                if len(cells) != len(header):
                    yield BadRow(f"row {number}: has {len(cells)} fields, the header {len(header)} (a quote left open, or a stray delimiter?)")
                    continue
                yield rows.row(number, dict(zip(header, cells)))
        finally:
            csv.field_size_limit(previous_limit)


def jsonl_rows(path: Path, opts: TableOptions, max_bytes: int) -> Iterator[Row | BadRow]:
    """The rows of a JSON Lines file: one object per line, its keys the columns (those of the first object name them)."""
    fh, enc = _open_text(path)
    with fh:
        lines = _Lines(fh, max_bytes)
        rows: _Rows | None = None
        for line in lines:
            number = lines.number
            if lines.too_long:
                lines.too_long = False
                yield BadRow(f"row {number}: a line over the limit of {max_bytes:,} bytes (raise --max-bytes to include it)")
                continue
            if not line.strip():
                continue
            if _SURROGATE_RE.search(line):
                yield BadRow(f"row {number}: cannot be decoded in the file's encoding (damaged bytes); fix or drop the line")
                continue
            try:
                obj = json.loads(line)
            except ValueError as exc:
                yield BadRow(f"row {number}: is not JSON ({exc})")
                continue
            if not isinstance(obj, dict):
                yield BadRow(f"row {number}: is a JSON {type(obj).__name__}, not an object")
                continue
            cells = {str(k): _cell(v) for k, v in obj.items()}
            if rows is None:
                rows = _Rows(list(cells), opts, path, max_bytes, enc)
            yield rows.row(number, cells)
        if rows is None:
            raise TableError("holds no JSON object: nothing to read")


def _cell(v: object) -> str:
    if v is None:
        return ""
    if isinstance(v, str):
        return v
    if isinstance(v, (int, float, bool)):
        return json.dumps(v)
    return json.dumps(v, ensure_ascii=False)


def _check_workbook(path: Path) -> None:
    """Refuse a zip bomb or a zip that is no workbook by the package's declared sizes, before openpyxl unpacks anything."""
    check_office_zip(path, what=".xlsx", part="xl/workbook.xml", kind="an Excel workbook", error=TableError)


def xlsx_rows(path: Path, opts: TableOptions, max_bytes: int) -> Iterator[Row | BadRow]:
    """The rows of the first sheet of an Excel workbook (header first)."""
    import datetime

    import openpyxl

    _check_workbook(path)
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for a damaged package
        raise TableError(f"is not a readable .xlsx ({type(exc).__name__}: {exc})") from exc
    try:
        ws = wb.worksheets[0] if wb.worksheets else None
        if ws is None:
            raise TableError("has no worksheet")
        it = ws.iter_rows(values_only=True)
        try:
            header = ["" if v is None else str(v) for v in next(it)]
        except StopIteration:
            raise TableError("has an empty first sheet: no header row") from None
        rows = _Rows(header, opts, path, max_bytes)
        for number, values in enumerate(it, start=2):
            cells: dict[str, str] = {}
            for h, v in zip(header, values):
                if isinstance(v, datetime.datetime):
                    cells[h] = v.date().isoformat() if v.time() == datetime.time() else v.isoformat(sep=" ")
                elif isinstance(v, datetime.date):
                    cells[h] = v.isoformat()
                else:
                    cells[h] = "" if v is None else str(v)
            if not any(c.strip() for c in cells.values()):
                continue
            yield rows.row(number, cells)
    finally:
        wb.close()
