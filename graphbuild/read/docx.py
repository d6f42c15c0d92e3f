"""Word files (.docx): paragraphs and tables in document order, each table row one line.

python-docx reads the package; before it does, the zip is checked so that a "zip bomb" named
.docx is refused by its declared sizes, without unpacking anything. Automatic list numbering
(numbers Word draws from the numbering definitions, not typed in the text) is not rendered:
documents whose item numbers are typed, as government documents' are, keep them.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

from .base import Converted, FormatError, check_office_zip

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _check_zip(data: bytes) -> None:
    check_office_zip(data, what=".docx", part="word/document.xml", kind="a Word document", error=FormatError)


def convert_docx(data: bytes, path: Path) -> Converted:
    """The text of a .docx: paragraphs, and table rows with their cells separated by a space."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    _check_zip(data)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - python-docx raises many kinds for a damaged package
        raise FormatError(f"is not a readable .docx ({type(exc).__name__}: {exc})") from exc
    lines: list[str] = []
    body = document.element.body
    for child in body.iterchildren():
        if child.tag == _W + "p":
            lines.append(Paragraph(child, document).text)
        elif child.tag == _W + "tbl":
            for row in Table(child, document).rows:
                cells: list[str] = []
                for cell in row.cells:
                    t = " ".join(p.text.strip() for p in cell.paragraphs if p.text.strip())
                    if t and (not cells or cells[-1] != t):  # merged cells repeat their text
                        cells.append(t)
                lines.append(" ".join(cells))
    text = "\n".join(re.sub(r"[ \t\xa0]+", " ", line).strip() for line in lines)
    text = re.sub(r"\n{2,}", "\n", text).strip()
    if not text:
        raise FormatError("has no text (only images or empty paragraphs)")
    props = document.core_properties
    meta = tuple((k, v) for k, v in (("title", props.title or ""), ("author", props.author or "")) if v)
    return Converted(text + "\n", "", meta)
