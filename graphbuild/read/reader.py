"""Read policy files from disk: find them, refuse what is not text, detect the encoding."""

from __future__ import annotations

import codecs
import hashlib
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .base import InputError, display_name, display_path
from .charset import decode
from .formats import SUFFIXES, FormatError, reader_for, table_for

if TYPE_CHECKING:
    from .table import TableOptions

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
TEXT_SUFFIXES = (".txt",)

# Magic numbers of the binary formats crawlers most often save with a .txt name.
_BINARY_MAGIC = {
    b"%PDF": "PDF",
    b"\x89PNG": "PNG",
    b"GIF8": "GIF",
    b"\xff\xd8\xff": "JPEG",
    b"PK\x03\x04": "ZIP/Office",
    b"\xd0\xcf\x11\xe0": "OLE/Word",
    b"\x7fELF": "ELF",
}


@dataclass(frozen=True)
class SourceFile:
    """A decoded source file; ``text`` is what all character offsets point into."""

    path: str
    name: str
    text: str
    encoding: str
    content_hash: str
    size: int
    aliases: tuple[str, ...] = field(default=())
    # What read it: "text", or a reader of graphbuild.read.formats with its library and version.
    format: str = "text"
    reader: str = "text"
    media_type: str = "text/plain"
    # The file's own metadata (a web page's 发文机关, 发布日期 …), sorted (key, value) pairs.
    metadata: tuple[tuple[str, str], ...] = field(default=())
    # Where each PDF page starts in ``text`` (empty for formats without pages).
    pages: tuple[int, ...] = field(default=())

    def page_of(self, offset: int) -> int | None:
        """The 1-based page an offset of ``text`` lies on (None for formats without pages)."""
        if not self.pages:
            return None
        import bisect

        return bisect.bisect_right(self.pages, offset)


def iter_inputs(paths: Iterable[Path | str]) -> Iterator[tuple[Path, str]]:
    """Yield each file of a known format named by ``paths`` with its identifier, folders searched recursively, sorted.

    The identifier is the file's path relative to the folder named (``/``-separated), or the name
    of a file named directly: crawler folders number their files 0001.txt… in each sub-folder, so
    a bare name does not identify a document. When two folders named give the same relative path,
    the later one is prefixed with its folder's name (then, if still taken, it is the path as given).
    A file reached twice (a folder and a file in it both named) is read once.
    """
    seen: set[str] = set()
    taken: set[str] = set()
    for p in paths:
        path = Path(p)
        try:
            os.stat(path)
        except FileNotFoundError:
            raise InputError(path, "no such file or folder") from None
        except OSError as exc:
            # A folder on the way that this user may not enter: name the path, not a traceback.
            raise InputError(path, f"cannot be reached ({exc.strerror}); check the permissions of its folders") from None
        if path.is_dir():
            found = [(q, display_path(q.relative_to(path).as_posix())) for q in sorted(path.rglob("*")) if q.is_file() and q.suffix.lower() in SUFFIXES]
            prefix = display_name(path.resolve())
        else:
            found, prefix = [(path, display_name(path))], ""
        for q, ident in found:
            real = os.path.realpath(q)
            if real in seen:
                continue
            seen.add(real)
            for candidate in (ident, f"{prefix}/{ident}" if prefix else "", display_path(q.as_posix())):
                if candidate and candidate not in taken:
                    ident = candidate
                    break
            taken.add(ident)
            yield q, ident


def iter_paths(paths: Iterable[Path | str]) -> Iterator[Path]:
    """Yield the files of known formats named by ``paths`` (files as given, folders searched recursively), sorted."""
    for path, _ident in iter_inputs(paths):
        yield path


def read_source(path: Path | str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceFile:
    """Read one file as a policy text, or raise InputError saying why it is refused."""
    path = Path(path)
    try:
        st = path.stat()
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror})") from exc
    if not stat.S_ISREG(st.st_mode):
        # A FIFO or device would block or never end; a folder is searched, not read.
        raise InputError(path, "is not a regular file")
    if st.st_size > max_bytes:
        raise InputError(path, f"is {st.st_size:,} bytes, over the limit of {max_bytes:,} (raise --max-bytes to include it)")
    try:
        with path.open("rb") as fh:
            # Read one byte past the limit: a file that grew since stat() is still caught.
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror}); check its permissions") from exc
    if len(data) > max_bytes:
        raise InputError(path, f"is over the limit of {max_bytes:,} bytes (raise --max-bytes to include it)")
    return source_from_bytes(data, path)


def source_from_bytes(data: bytes, path: Path | str) -> SourceFile:
    """Build a SourceFile from raw bytes (the file name is used for messages and identifiers)."""
    path = Path(path)
    try:
        reader = reader_for(path, data[:8])
        if reader is not None:
            conv = reader.convert(data, path)
    except FormatError as exc:
        raise InputError(path, str(exc)) from exc
    if reader is not None:
        text = conv.text
        if "\x00" in text or "\ufffd" in text:
            text = text.replace("\x00", "").replace("\ufffd", "")  # what a converter could not map
        if not text.strip():
            raise InputError(path, f"has no text once read as {reader.name}")
        return SourceFile(
            path=str(path), name=display_name(path), text=text, encoding=conv.encoding, content_hash=hashlib.sha256(data).hexdigest(),
            size=len(data), format=reader.name, reader=reader.described, media_type=reader.media_type, metadata=conv.metadata, pages=conv.pages,
        )
    for magic, kind in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise InputError(path, f"is a {kind} file, not text (extract its text first)")
    if b"\x00" in data and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise InputError(path, "contains NUL bytes: a binary file, not text")
    text, encoding = decode(data, path)
    if "\x00" in text:
        # A UTF-16 file may hold NUL bytes, but a NUL character is never part of a policy text.
        raise InputError(path, f"contains NUL characters (U+0000) once decoded as {encoding.replace('-sig', '')}: a binary file, not text")
    if "\ufffd" in text:
        raise InputError(path, "contains U+FFFD replacement characters: it was damaged by an earlier decoding; fetch a clean copy")
    if not text.strip():
        raise InputError(path, "is empty or holds only white space")
    return SourceFile(
        path=str(path),
        name=display_name(path),
        text=text,
        encoding=encoding.replace("-sig", ""),
        content_hash=hashlib.sha256(data).hexdigest(),
        size=len(data),
    )


def read_inputs(path: Path, ident: str, *, max_bytes: int = DEFAULT_MAX_BYTES, table: TableOptions | None = None) -> Iterator[SourceFile | InputError]:
    """The documents a file holds: one for a file, one per row for a table (``ident#row=N``); an InputError for each refused one.

    A table's rows are read as a stream; a table that cannot be read at all is one InputError.
    Every SourceFile's ``name`` is its identifier.
    """
    from dataclasses import replace

    from .table import BadRow, TableError, TableOptions

    tr = table_for(path)
    if tr is None:
        try:
            yield replace(read_source(path, max_bytes=max_bytes), name=ident)
        except InputError as exc:
            yield exc
        return
    try:
        st = path.stat()
    except OSError as exc:
        yield InputError(path, f"cannot be read ({exc.strerror})")
        return
    if not stat.S_ISREG(st.st_mode):
        yield InputError(path, "is not a regular file")
        return
    try:
        for row in tr.rows(path, table or TableOptions(), max_bytes):
            if isinstance(row, BadRow):
                yield InputError(path, row.reason)
                continue
            yield SourceFile(
                path=f"{path}{row.suffix}", name=f"{ident}{row.suffix}", text=row.text, encoding=row.encoding, content_hash=row.content_hash,
                size=len(row.text.encode("utf-8")), format=tr.name, reader=tr.described, media_type=tr.media_type, metadata=row.metadata,
            )
    except TableError as exc:
        yield InputError(path, str(exc))
    except OSError as exc:
        yield InputError(path, f"cannot be read ({exc.strerror}); check its permissions")
