"""Which HTML-to-text library reads gov.cn pages best? Measured on ../shared/formats/govcn-html/.

Each page's reference is the independent text conversion of the same record in
../shared/realdocs/texts/national-govcn/ (block elements and <br> as line breaks). Score: F1 of
the sets of non-empty lines (white space inside a line collapsed), so both lost text and lines
glued together count; plus the time per page. Run: .venv/bin/python bench/html_readers.py
"""

from __future__ import annotations

import csv
import re
import sys
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"
PAGES = SHARED / "formats" / "govcn-html"
TEXTS = SHARED / "realdocs" / "texts" / "national-govcn"


def _lines(text: str) -> list[str]:
    out = []
    for line in text.splitlines():
        s = re.sub(r"[ \t\u3000\xa0]+", " ", line).strip()
        if s:
            out.append(s)
    return out


def _content(got: str, want: str) -> float:
    """How much of the reference's text the output has, in order (white space ignored)."""
    from difflib import SequenceMatcher

    a, b = re.sub(r"\s+", "", got), re.sub(r"\s+", "", want)
    if not a or not b:
        return 0.0
    matched = sum(m.size for m in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())
    return 2 * matched / (len(a) + len(b))


def _breaks(got: str, want: str) -> float:
    """Share of the reference's line ends (between two characters of body text) that the output also breaks at."""

    def ends(text: str) -> tuple[str, set[int]]:
        flat, out = [], set()
        for line in text.splitlines():
            s = re.sub(r"\s+", "", line)
            if s:
                flat.append(s)
                out.add(sum(map(len, flat)))
        return "".join(flat), out

    gf, ge = ends(got)
    wf, we = ends(want)
    if gf != wf:
        # Align by the shared text: count reference breaks whose preceding 12 characters end an output line.
        got_tails = {gf[max(0, i - 12):i] for i in ge}
        hits = sum(1 for i in we if wf[max(0, i - 12):i] in got_tails)
    else:
        hits = len(we & ge)
    return hits / len(we) if we else 0.0


def _f1(got: list[str], want: list[str]) -> float:
    g, w = set(got), set(want)
    if not g or not w:
        return 0.0
    tp = len(g & w)
    p, r = tp / len(g), tp / len(w)
    return 0.0 if tp == 0 else 2 * p * r / (p + r)


def trafilatura_(html: str) -> str:
    import trafilatura

    return trafilatura.extract(html, include_tables=True, include_comments=False, include_formatting=False) or ""


def inscriptis_(html: str) -> str:
    from inscriptis import get_text

    return get_text(html)


def html_text_(html: str) -> str:
    import html_text

    return html_text.extract_text(html, guess_layout=True)


def selectolax_(html: str) -> str:
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    for n in tree.css("script, style"):
        n.decompose()
    return tree.body.text(separator="\n") if tree.body else ""


def readability_(html: str) -> str:
    import lxml.html
    from readability import Document

    summary = Document(html).summary()
    return lxml.html.fromstring(summary).text_content()


READERS = {"trafilatura": trafilatura_, "inscriptis": inscriptis_, "html-text": html_text_, "selectolax": selectolax_, "readability-lxml": readability_}


def reference(page_id: str) -> str | None:
    """The realdocs text of the same SQL record."""
    with (SHARED / "realdocs" / "MANIFEST.tsv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            if row["file"].startswith("texts/national-govcn/") and row["row"] == page_id:
                return (SHARED / "realdocs" / row["file"]).read_text(encoding="utf-8")
    return None


def main() -> int:
    """Print one row per library: mean line F1, worst page, ms per page."""
    with (PAGES / "MANIFEST.tsv").open(encoding="utf-8") as fh:
        pages = [(PAGES / r["file"], r["id"]) for r in csv.DictReader(fh, delimiter="\t")]
    pairs = [(p.read_text(encoding="utf-8"), reference(i)) for p, i in sorted(pages)]
    pairs = [(h, r) for h, r in pairs if r]
    print(f"{len(pairs)} pages with a reference text")
    print(f"{'library':18} {'text kept':>9} {'worst':>6} {'line ends':>9} {'worst':>6} {'precision':>9} {'ms/page':>8}")
    for name, fn in READERS.items():
        outs, t0 = [], time.perf_counter()
        for html, _ref in pairs:
            outs.append(fn(html))
        ms = (time.perf_counter() - t0) * 1000 / len(pairs)
        kept = [_content(o, r) for o, (_h, r) in zip(outs, pairs)]
        ends = [_breaks(o, r) for o, (_h, r) in zip(outs, pairs)]
        # Precision of line ends: an output line end the reference does not have (inside a sentence) is worse than a missed one.
        prec = [_breaks(r, o) for o, (_h, r) in zip(outs, pairs)]
        print(f"{name:18} {sum(kept) / len(kept):9.3f} {min(kept):6.3f} {sum(ends) / len(ends):9.3f} {min(ends):6.3f} {sum(prec) / len(prec):9.3f} {ms:8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
