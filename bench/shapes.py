"""Input shapes that once made a build slow or huge (issue 16), generated at any size, and their complexity table.

Each shape is a function of n (repetitions) returning a document text. ``python bench/shapes.py``
extracts each shape at 1×, 2×, 4× and 8× its base size, each run in a fresh child process, and
prints CPU time and peak memory (the extraction's growth of the resident set over the warmed-up
pipeline) with the ratio per doubling: a linear step gives about 2×, a quadratic one 4×.
It runs on its own (``python bench/shapes.py [SHAPE…]``; ``bench/run.py`` is not needed) and
``tests/test_scaling.py`` guards each shape at a small size in the test suite.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HEAD = "重庆市经济和信息化委员会关于印发重庆市集成电路产业发展行动计划的通知\n渝经信发〔2024〕12号\n"


@dataclass(frozen=True)
class Shape:
    """A generated input shape: ``make(n)`` is a document with n repetitions of the shape."""

    name: str
    description: str
    make: Callable[[int], str]
    base: int  # the 1× size of the complexity table


_CODE = "甲乙丙丁戊己庚辛壬癸"


def code(k: int) -> str:
    """A distinct Chinese code for k (甲乙丙丁 for 123): names that differ in every repetition."""
    return "".join(_CODE[int(d)] for d in f"{k:04d}")


def brackets(n: int) -> str:
    """Many responsibility brackets under one heading, each after a sentence naming a chain of its own."""
    body = "".join(f"加快发展{code(k)}新材料产业（责任单位：市经济信息委、市科技局）。" for k in range(n))
    return HEAD + "一、重点任务\n（一）壮大集成电路产业\n" + body + "\n"


def digits(n: int) -> str:
    """A run of n digits in a goal sentence (no unit after it)."""
    return HEAD + "一、发展目标\n到2025年，全市集成电路产业规模达到" + "1" * n + "。\n二、重点任务\n（一）加快发展" + "2" * n + "\n"


def open_list(n: int) -> str:
    """An enumeration opened by a bracket that never closes: （A、B、C、… with n items."""
    return HEAD + "一、重点任务\n重点发展（" + "集成电路、" * n + "新型显示等产业\n"


def lead_split(n: int) -> str:
    """A bracket with n lead/support pairs: （A牵头，B配合；A牵头，B配合；…）."""
    return HEAD + "一、重点任务\n（一）壮大产业\n推进项目建设（" + "市科技局牵头，市经济信息委配合；" * n + "）。\n"


def trailing_note(n: int) -> str:
    """A bracket with many lead notes (，下同 / 排在第一位的为牵头单位) and a bracket after them."""
    return HEAD + "一、重点任务\n（一）壮大产业\n推进项目建设（市科技局、市经济信息委" + "，下同，排在第一位的为牵头单位" * n + "（略））。\n"


def declared_parts(n: int) -> str:
    """A notice that issues n schemes (《…》 declared in its first half, each a part of its own below)."""
    titles = [f"重庆市第{k}号产业专项行动方案" for k in range(n)]
    intro = "现将" + "".join(f"《{t}》" for t in titles) + "印发给你们，请认真贯彻执行。\n"
    parts = "".join(f"{t}\n一、工作目标\n到2025年，产值达到{k}亿元。\n二、重点任务\n推进项目建设（责任单位：市科技局）。\n" for k, t in enumerate(titles))
    return HEAD + intro + parts


def nested_parens(n: int) -> str:
    """A unit of a responsibility bracket holding n nested parentheses."""
    return HEAD + "一、重点任务\n（一）壮大产业\n推进项目建设（责任单位：市科技局" + "（" * n + "含各区县" + "）" * n + "、市经济信息委）。\n"


def spaces(n: int) -> str:
    """Long runs of white space inside a unit of a bracket and inside an enumeration (5n spaces each)."""
    return HEAD + "一、重点任务\n（一）壮大产业\n推进（责任单位：市科技局" + " " * (5 * n) + "x、市财政局）。发展集成电路、" + " " * (5 * n) + "x等产业\n"


def years(n: int) -> str:
    """A goal sentence naming n years (2025年2026年…): blanked out, they leave one long run of white space."""
    return HEAD + "一、发展目标\n到" + "".join(f"{2025 + k % 10}年" for k in range(n)) + "，产值达到500亿元。\n"


def goal_sections(n: int) -> str:
    """n goal sections, each with a goal heading at three levels (一、发展目标 （一）工作目标 1.主要目标)."""
    return HEAD + "".join(f"{'一二三四五六七八九'[k % 9]}、发展目标\n（一）工作目标\n1.主要目标\n到2025年，产值达到{k}亿元。\n" for k in range(n))


def focus_sections(n: int) -> str:
    """n development-focus sections, each with three short noun headings (the chains the plan develops)."""
    return HEAD + "".join(f"{'一二三四五六七八九'[k % 9]}、发展重点\n（一）集成电路\n（二）新型显示\n（三）智能终端\n" for k in range(n))


def titles(n: int) -> str:
    """n cited titles 《…》 on one line (200,000 of them make 1.4M characters)."""
    return HEAD + "".join(f"《规划{k % 100:02d}》" for k in range(n)) + "\n"


REALDOCS = Path(__file__).resolve().parents[2] / "shared" / "realdocs" / "texts"


def _collection() -> str:
    """The realdocs collection as one text (the bundled corpus where the collection is not present)."""
    root = REALDOCS if REALDOCS.is_dir() else Path(__file__).resolve().parents[1] / "graphbuild" / "corpus"
    return "".join(p.read_text(encoding="utf-8") for p in sorted(root.rglob("*.txt")))


def realdocs(n: int) -> str:
    """The first n characters of the realdocs collection (read as one document), cut at a line end."""
    text = _collection()
    while len(text) < n:
        text += text
    cut = text.rfind("\n", 0, n)
    return text[: cut + 1 if cut > 0 else n]


SHAPES: dict[str, Shape] = {
    s.name: s
    for s in (
        Shape("brackets", "many responsibility brackets under one heading", brackets, 500),
        Shape("digits", "a run of digits", digits, 2500),
        Shape("open-list", "an open list without a closing bracket", open_list, 1000),
        Shape("lead-split", "lead markers split across units", lead_split, 500),
        Shape("trailing-note", "a trailing lead note", trailing_note, 500),
        Shape("parts", "declared parts (《…》 schemes)", declared_parts, 250),
        Shape("nested-parens", "nested unit parentheses", nested_parens, 2500),
        Shape("spaces", "long runs of white space in a unit and in a list", spaces, 2000),
        Shape("years", "a goal sentence of many years", years, 1000),
        Shape("goal-sections", "many goal sections (goal headings at three levels)", goal_sections, 1000),
        Shape("focus-sections", "many development-focus sections with sub-headings", focus_sections, 1000),
        Shape("titles", "cited titles 《…》 (200,000 make 1.4M characters)", titles, 25000),
        Shape("realdocs", "real documents: the realdocs collection read as one text, n characters", realdocs, 250_000),
    )
}


def run_one(name: str, n: int) -> dict:
    """Extract shape ``name`` at size n in this process: CPU seconds, peak memory growth (MiB), quads, characters."""
    from graphbuild.build import extract_document
    from graphbuild.read import source_from_bytes

    shape = SHAPES[name]
    text = shape.make(n)
    warm = source_from_bytes(shape.make(2).encode("utf-8"), "warm.txt")
    extract_document(warm, [warm.name])  # pipeline, patterns and gazetteer loaded before measuring
    src = source_from_bytes(text.encode("utf-8"), f"{name}-{n}.txt")
    t0 = time.process_time()
    nq, meta = extract_document(src, [src.name])
    cpu = time.process_time() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    del nq
    # Memory in a second run, traced (tracemalloc slows the run, so the first one is the timed one):
    # the peak of what the extraction allocates, spaCy's tokens included (cymem allocates through PyMem).
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    extract_document(src, [src.name])
    peak = tracemalloc.get_traced_memory()[1] - base
    tracemalloc.stop()
    return {"shape": name, "n": n, "chars": len(text), "cpu_s": cpu, "peak_rss_mib": rss / 1024, "growth_mib": peak / 2**20,
            "quads": meta["quads"], "warnings": meta["warnings"]}


def run_child(name: str, n: int, timeout: float) -> dict:
    """``run_one`` in a fresh interpreter (so that one size's memory does not hide the next one's)."""
    try:
        out = subprocess.run([sys.executable, __file__, "--one", name, str(n)], capture_output=True, text=True, timeout=timeout, check=True)
    except subprocess.TimeoutExpired:
        return {"shape": name, "n": n, "cpu_s": None, "error": f"> {timeout:g} s"}
    except subprocess.CalledProcessError as exc:
        last = (exc.stderr or "").strip().splitlines()[-1:] or ["failed"]
        return {"shape": name, "n": n, "cpu_s": None, "error": last[0][:120]}
    return json.loads(out.stdout.splitlines()[-1])


def table(names: list[str], factors: tuple[int, ...] = (1, 2, 4, 8), timeout: float = 120.0, log=print) -> tuple[str, list[dict]]:
    """The complexity table (Markdown) of the given shapes, and the raw rows."""
    rows: list[dict] = []
    lines = ["| shape | n | characters | CPU time | × per doubling | peak memory of the extraction | × per doubling | peak RSS of the process | quads | quads per character |",
             "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for name in names:
        shape = SHAPES[name]
        prev = None
        for f in factors:
            r = run_child(name, shape.base * f, timeout)
            rows.append(r)
            if r.get("cpu_s") is None:
                lines.append(f"| {name} | {shape.base * f:,} | — | {r['error'].replace('|', '/')} | — | — | — | — | — | — |")
                log(lines[-1])
                break
            # Doubling ratios; below 5 ms or 1 MiB the fixed costs of a document dominate, not a trend.
            tr = f"{r['cpu_s'] / prev['cpu_s']:.2f}×" if prev and prev["cpu_s"] > 0.005 else "—"
            mr = f"{r['growth_mib'] / prev['growth_mib']:.2f}×" if prev and prev["growth_mib"] > 1 else "—"
            lines.append(f"| {name} | {r['n']:,} | {r['chars']:,} | {r['cpu_s']:.3f} s | {tr} | {r['growth_mib']:.1f} MiB | {mr} "
                         f"| {r['peak_rss_mib']:.0f} MiB | {r['quads']:,} | {r['quads'] / r['chars']:.2f} |")
            log(lines[-1])
            prev = r
    return "\n".join(lines) + "\n", rows


def main() -> None:
    """Print the complexity table of every shape (or of those named)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("shapes", nargs="*", help=f"shapes to run (default all: {', '.join(SHAPES)})")
    ap.add_argument("--one", nargs=2, metavar=("SHAPE", "N"), help=argparse.SUPPRESS)
    ap.add_argument("--write", nargs=2, metavar=("SHAPE", "N"), help="write the document of SHAPE at size N to stdout")
    ap.add_argument("--timeout", type=float, default=120.0, help="stop a size after this many seconds (default 120)")
    ap.add_argument("--json", type=Path, help="also write the raw rows to this file")
    args = ap.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one[0], int(args.one[1])), ensure_ascii=False))
        return
    if args.write:
        sys.stdout.write(SHAPES[args.write[0]].make(int(args.write[1])))
        return
    text, rows = table(args.shapes or list(SHAPES), timeout=args.timeout, log=lambda s: print(s, file=sys.stderr))
    print(text)
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    main()
