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
