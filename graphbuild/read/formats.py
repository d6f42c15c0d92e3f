"""Readers for the formats analysts have: a small registry by file suffix and sniffed type.

Each reader turns a file's bytes into the text that extraction reads (and that every evidence
offset points into), plus the metadata the file itself carries. A new format is one module with
one function and one ``Reader`` entry here.

| reader | suffixes | library (why) |
| --- | --- | --- |
| ``text`` | .txt | policykg's own decoding (BOM, UTF-8, GB18030, Big5) |
| ``html`` | .html .htm .shtml | html-text (lxml): measured best on gov.cn pages, see bench/html_readers.py |
| ``pdf`` | .pdf | pypdfium2 (PDFium, Apache-2.0/BSD): fast, correct CJK text layer; PyMuPDF is AGPL |
| ``docx`` | .docx | python-docx (MIT), the maintained reader of Word's XML format |

Tables (``TABLES``) are the other kind of reader: one file, many documents, one per row
(graphbuild/read/table.py). Their ``rows`` function yields a ``Row`` or a ``BadRow`` per row.

| reader | suffixes | library (why) |
| --- | --- | --- |
| ``csv`` | .csv .tsv | Python's csv module (dialect sniffing, bounded fields), policykg's encoding detection |
| ``jsonl`` | .jsonl | Python's json module, one object per line |
| ``xlsx`` | .xlsx | openpyxl (MIT), read-only streaming mode; the first sheet |
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .table import BadRow, Row, TableOptions

from .base import Converted, FormatError


@dataclass(frozen=True)
class Reader:
    """One format: its name, the suffixes it claims, the library it uses and its conversion."""

    name: str
    media_type: str
    suffixes: tuple[str, ...]
    library: str
    convert: Callable[[bytes, Path], Converted] = field(repr=False)

    @property
    def described(self) -> str:
        """``name (library version)``, as recorded on the document and shown in the build table."""
        return _described(self.name, self.library)


def _described(name: str, library: str) -> str:
    if not library:
        return name
    try:
        return f"{name} ({library} {version(library)})"
    except PackageNotFoundError:
        return f"{name} ({library})"


@dataclass(frozen=True)
class TableReader:
    """One table format: each row is a document. ``rows`` yields a Row or a BadRow per row, or raises TableError."""

    name: str
    media_type: str
    suffixes: tuple[str, ...]
    library: str
    rows: Callable[[Path, TableOptions, int], Iterator[Row | BadRow]] = field(repr=False)

    @property
    def described(self) -> str:
        """``name (library version)``, as recorded on the document."""
        return _described(self.name, self.library)


def _html(data: bytes, path: Path) -> Converted:
    from .html import convert_html

    return convert_html(data, path)


def _pdf(data: bytes, path: Path) -> Converted:
    from .pdf import convert_pdf

    return convert_pdf(data, path)


def _docx(data: bytes, path: Path) -> Converted:
    from .docx import convert_docx

    return convert_docx(data, path)


READERS: dict[str, Reader] = {
    "html": Reader("html", "text/html", (".html", ".htm", ".shtml"), "html-text", _html),
    "pdf": Reader("pdf", "application/pdf", (".pdf",), "pypdfium2", _pdf),
    "docx": Reader("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", (".docx",), "python-docx", _docx),
}


def _csv(path: Path, opts: TableOptions, max_bytes: int) -> Iterator[Row | BadRow]:
    from .table import csv_rows

    return csv_rows(path, opts, max_bytes)


def _jsonl(path: Path, opts: TableOptions, max_bytes: int) -> Iterator[Row | BadRow]:
    from .table import jsonl_rows

    return jsonl_rows(path, opts, max_bytes)


def _xlsx(path: Path, opts: TableOptions, max_bytes: int) -> Iterator[Row | BadRow]:
    from .table import xlsx_rows

    return xlsx_rows(path, opts, max_bytes)


TABLES: dict[str, TableReader] = {
    "csv": TableReader("csv", "text/csv", (".csv", ".tsv"), "", _csv),
    "jsonl": TableReader("jsonl", "application/jsonl", (".jsonl",), "", _jsonl),
    "xlsx": TableReader("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", (".xlsx",), "openpyxl", _xlsx),
}
# Formats refused with the fix, rather than read badly.
REFUSED = {
    ".doc": "is a Word 97–2003 file: save it as .docx or .pdf (e.g. `libreoffice --headless --convert-to docx FILE.doc`) and build that",
    ".wps": "is a WPS Office file: save it as .docx or .pdf and build that",
}
SUFFIXES = (".txt", *(s for r in READERS.values() for s in r.suffixes), *(s for t in TABLES.values() for s in t.suffixes), *REFUSED)


def table_for(path: Path) -> TableReader | None:
    """The table reader of a file by its suffix (None: one file, one document)."""
    suffix = path.suffix.lower()
    return next((t for t in TABLES.values() if suffix in t.suffixes), None)


def reader_for(path: Path, head: bytes) -> Reader | None:
    """The reader of a file by its suffix, checked against its first bytes (None: plain text)."""
    suffix = path.suffix.lower()
    for r in READERS.values():
        if suffix in r.suffixes:
            if r.name == "pdf" and not head.startswith(b"%PDF"):
                raise FormatError("has a .pdf name but is not a PDF file (no %PDF header)")
            if r.name == "docx" and not head.startswith(b"PK\x03\x04"):
                raise FormatError("has a .docx name but is not a Word document (not a zip package)")
            return r
    if suffix in REFUSED:
        raise FormatError(REFUSED[suffix])
    if table_for(path) is not None:
        raise FormatError("is a table (one document per row): build it with policykg build, which reads it row by row")
    return None
