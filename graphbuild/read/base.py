"""What every reader shares: the limits a hostile file cannot move, the errors, and what a conversion gives.

Kept apart from the registry (``formats``) and the file reader (``reader``), which both import the
format modules, so that those modules import only this one: no import cycle hides in ``read/``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ..errors import PolicykgError

# Limits that hold whatever a hostile file claims.
MAX_PDF_PAGES = 5000
MAX_UNZIPPED_BYTES = 200 * 1024 * 1024  # a .docx is a zip: its parts, unpacked, may not exceed this
MAX_ZIP_RATIO = 200  # nor expand more than this many times their packed size


class FormatError(PolicykgError):
    """A file whose format reader refuses it; the message says why and what to do."""


@dataclass(frozen=True)
class Converted:
    """What a reader made of a file: the text, its encoding (for text formats) and the file's own metadata."""

    text: str
    encoding: str = ""
    metadata: tuple[tuple[str, str], ...] = ()
    # Character offset where each PDF page starts (empty for formats without pages).
    pages: tuple[int, ...] = ()


class InputError(PolicykgError):
    """A file that cannot be read as a policy text; the message names the file and the reason."""

    def __init__(self, path: Path | str, reason: str) -> None:
        shown = display_path(path)
        super().__init__(f"{shown}: {reason}")
        self.path = shown
        self.reason = reason


def display_path(path: Path | str) -> str:
    """A path as text: file names that are not UTF-8 (GBK from a Windows archive, say) decoded as Chinese.

    Python keeps undecodable bytes of a file name as lone surrogates, which no file, JSON or RDF
    literal can hold and no terminal can show. Such a path is decoded as GB18030 (it covers GBK)
    or Big5 when that works, and its bytes are written as \\xNN escapes otherwise. Only for
    showing and recording: the file is opened by its real name.
    """
    text = str(path)
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        raw = os.fsencode(text)
    for enc in ("gb18030", "big5"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "backslashreplace")


def display_name(path: Path | str) -> str:
    """A file's name as text (see ``display_path``): the name recorded on its document."""
    return display_path(Path(path).name)


def check_office_zip(source: Path | bytes, *, what: str, part: str, kind: str, error: type[Exception]) -> None:
    """Refuse a zip bomb, or a zip without ``part``, by the package's declared sizes, before any library unpacks it.

    ``what`` names the format in messages (.docx), ``kind`` what the part makes it (a Word document);
    ``error`` is the reader's own error class. Office files (.docx, .xlsx) are zips of XML parts.
    """
    import io
    import zipfile

    try:
        zf = zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes) else source)
    except (zipfile.BadZipFile, OSError) as exc:
        raise error(f"is not a readable {what} (broken zip: {exc})") from exc
    with zf:
        infos = zf.infolist()
        total = sum(i.file_size for i in infos)
        packed = sum(i.compress_size for i in infos) or 1
        if total > MAX_UNZIPPED_BYTES or total / packed > MAX_ZIP_RATIO and total > 10 * 1024 * 1024:
            shown = len(source) if isinstance(source, bytes) else packed
            raise error(f"unpacks to {total:,} bytes from {shown:,} (a zip bomb?); refused")
        if part not in zf.namelist():
            raise error(f"is a zip file without {part}: not {kind}")
