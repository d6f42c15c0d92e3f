"""PDF files: the text layer, page by page, with running headers, footers and page numbers dropped
and the lines of a paragraph joined (a line break inside a Chinese sentence is not its end).

pypdfium2 (Google's PDFium) reads the text layer; a PDF without one (a scan) is refused with the
fix, never built as an empty document. The character offset where each page starts is kept, so
that an evidence sentence can say which page it is on.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from ..normalise.lines import PAGE_NUMBER_RE, line_width, runs_on
from .base import MAX_PDF_PAGES, Converted, FormatError


def _page_lines(text: str) -> list[str]:
    return [re.sub(r"[ \t\u3000\xa0]+", " ", line).strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]


def _running(pages: list[list[str]]) -> set[str]:
    """Lines that repeat at the top or bottom of at least half the pages (headers, footers)."""
    if len(pages) < 3:
        return set()
    edges: Counter[str] = Counter()
    for lines in pages:
        kept = [line for line in lines if line]
        for line in {*kept[:1], *kept[-1:]}:
            edges[re.sub(r"\d+", "#", line)] += 1
    return {k for k, n in edges.items() if n >= max(3, len(pages) // 2)}


def _join(lines: list[str]) -> list[str]:
    """Paragraph lines joined: a full-width line that does not end a sentence runs on into the next."""
    body = [line for line in lines if line]
    if not body:
        return []
    width = line_width(body)
    out: list[str] = []
    for line in body:
        if out and runs_on(out[-1].split("\n")[-1], line, width):
            out[-1] += line
        else:
            out.append(line)
    return out


def convert_pdf(data: bytes, path: Path) -> Converted:
    """The text of a PDF's text layer, page by page."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise FormatError(f"is not a readable PDF ({exc}); repair or re-export it") from exc
    try:
        n = len(pdf)
        if n > MAX_PDF_PAGES:
            raise FormatError(f"has {n:,} pages, over the limit of {MAX_PDF_PAGES:,}: split it, or extract its text first")
        pages = []
        for i in range(n):
            page = pdf[i]
            try:
                tp = page.get_textpage()
                pages.append(_page_lines(tp.get_text_range()))
                tp.close()
            finally:
                page.close()
    finally:
        pdf.close()
    if not any(line for lines in pages for line in lines):
        raise FormatError("no text layer: scanned PDF; OCR it first (e.g. ocrmypdf) and build the result")
    running = _running(pages)
    text_parts: list[str] = []
    starts: list[int] = []
    offset = 0
    for lines in pages:
        kept = [line for line in lines if line and not PAGE_NUMBER_RE.match(line) and re.sub(r"\d+", "#", line) not in running]
        page_text = "\n".join(_join(kept))
        starts.append(offset)
        if page_text:
            text_parts.append(page_text + "\n")
            offset += len(page_text) + 1
    if not text_parts:
        # Only page numbers or running heads: the pages themselves are images.
        raise FormatError("no text layer: scanned PDF; OCR it first (e.g. ocrmypdf) and build the result")
    return Converted("".join(text_parts), "", (("pages", str(len(pages))),), tuple(starts))
