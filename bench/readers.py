#!/usr/bin/env python3
"""Reading speed per format: MB/s of input each reader turns into text (``make bench``, or run alone).

The same real texts (the shared realdocs collection when it is there, else the bundled corpus,
repeated) are written as .txt, .html, .pdf (reportlab, a CJK text layer), .docx (python-docx), and
as rows of one .csv, .jsonl and .xlsx; each is then read the way ``policykg build`` reads it
(``read_inputs``), timed without extraction. MB are 10^6 bytes of the files read.
"""

from __future__ import annotations

import argparse
import csv
import html
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graphbuild.read import InputError, read_inputs  # noqa: E402
from graphbuild.resources import corpus_dir  # noqa: E402

REALDOCS = Path("/work/shared/realdocs/texts")
MB = 1_000_000


def texts(mb: float) -> list[str]:
    """Real policy texts, about ``mb`` MB of UTF-8 in all."""
    files = sorted(REALDOCS.rglob("*.txt")) if REALDOCS.is_dir() else sorted(Path(str(corpus_dir())).glob("*.txt"))
    out: list[str] = []
    size = 0
    while size < mb * MB:
        for f in files:
            t = f.read_text(encoding="utf-8")
            out.append(t if len(out) < len(files) else f"{len(out)}。\n{t}")  # repeated copies made unique
            size += len(t.encode("utf-8"))
            if size >= mb * MB:
                break
    return out


def _txt(folder: Path, docs: list[str]) -> list[Path]:
    paths = []
    for i, t in enumerate(docs):
        p = folder / f"{i:04d}.txt"
        p.write_text(t, encoding="utf-8")
        paths.append(p)
    return paths


def _html(folder: Path, docs: list[str]) -> list[Path]:
    paths = []
    for i, t in enumerate(docs):
        p = folder / f"{i:04d}.html"
        body = "".join(f"<p>{html.escape(line)}</p>\n" for line in t.splitlines())
        p.write_text(f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{i}</title></head><body><div class='content'>{body}</div></body></html>",
                     encoding="utf-8")
        paths.append(p)
    return paths


def _pdf(folder: Path, docs: list[str]) -> list[Path]:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    paths = []
    for i, t in enumerate(docs):
        p = folder / f"{i:04d}.pdf"
        c = canvas.Canvas(str(p), invariant=1)
        c.setFont("STSong-Light", 10)
        y = 800
        for para in t.splitlines():
            for k in range(0, max(1, len(para)), 40):  # 40 characters a line, as a printed page has
                c.drawString(50, y, para[k:k + 40])
                y -= 16
                if y < 50:
                    c.showPage()
                    c.setFont("STSong-Light", 10)
                    y = 800
        c.showPage()
        c.save()
        paths.append(p)
    return paths


def _docx(folder: Path, docs: list[str]) -> list[Path]:
    import docx

    paths = []
    for i, t in enumerate(docs):
        p = folder / f"{i:04d}.docx"
        d = docx.Document()
        for line in t.splitlines():
            d.add_paragraph(line)
        d.save(str(p))
        paths.append(p)
    return paths


def _csv(folder: Path, docs: list[str]) -> list[Path]:
    p = folder / "corpus.csv"
    with p.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["标题", "时间", "访问地址", "内容"])
        for i, t in enumerate(docs):
            w.writerow([t.split("\n", 1)[0][:60], "2024-01-01", f"https://www.gov.cn/{i}.htm", t])
    return [p]


def _jsonl(folder: Path, docs: list[str]) -> list[Path]:
    p = folder / "corpus.jsonl"
    with p.open("w", encoding="utf-8") as fh:
        for i, t in enumerate(docs):
            fh.write(json.dumps({"title": t.split("\n", 1)[0][:60], "url": f"https://www.gov.cn/{i}.htm", "content": t}, ensure_ascii=False) + "\n")
    return [p]


def _xlsx(folder: Path, docs: list[str]) -> list[Path]:
    import openpyxl

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet()
    ws.append(["标题", "时间", "访问地址", "内容"])
    for i, t in enumerate(docs):
        ws.append([t.split("\n", 1)[0][:60], "2024-01-01", f"https://www.gov.cn/{i}.htm", t[:32000]])  # Excel's cell limit: 32,767 characters
    p = folder / "corpus.xlsx"
    wb.save(str(p))
    return [p]


WRITERS: dict[str, Callable[[Path, list[str]], list[Path]]] = {
    "txt": _txt, "html": _html, "pdf": _pdf, "docx": _docx, "csv": _csv, "jsonl": _jsonl, "xlsx": _xlsx,
}


def measure(work: Path, mb: float, log: Callable[[str], None] = lambda _m: None) -> list[dict[str, object]]:
    """Per format: files, documents read, input MB, text MB (UTF-8), seconds and MB/s of input."""
    docs = texts(mb)
    rows = []
    for name, write in WRITERS.items():
        folder = work / name
        folder.mkdir(parents=True, exist_ok=True)
        log(f"readers: writing {len(docs)} documents as {name}")
        paths = write(folder, docs)
        size = sum(p.stat().st_size for p in paths)
        best = float("inf")
        n = chars = 0
        for _ in range(2):  # the faster of two runs: the first also warms the imports and the page cache
            t0 = time.perf_counter()
            n = chars = 0
            for p in paths:
                for src in read_inputs(p, p.name):
                    if not isinstance(src, InputError):
                        n += 1
                        chars += len(src.text.encode("utf-8"))
            best = min(best, time.perf_counter() - t0)
        rows.append({"format": name, "files": len(paths), "documents": n, "input_mb": size / MB, "text_mb": chars / MB, "seconds": best,
                     "mb_per_s": size / MB / best})
    return rows


def table(rows: list[dict[str, object]]) -> str:
    """The figures as a Markdown table."""
    lines = ["| reader | files | documents | input MB | text MB | seconds | input MB/s |", "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for r in rows:
        lines.append(f"| {r['format']} | {r['files']} | {r['documents']} | {r['input_mb']:.2f} | {r['text_mb']:.2f} | {r['seconds']:.2f} | {r['mb_per_s']:.1f} |")
    return "\n".join(lines) + "\n"


def main() -> int:
    """Write the files, read them, print the table."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=2.0, help="MB of text per format (default 2).")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="policykg-readers-") as tmp:
        rows = measure(Path(tmp), args.mb, log=lambda m: print(m, file=sys.stderr, flush=True))
    print(table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
