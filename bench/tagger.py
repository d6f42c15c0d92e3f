#!/usr/bin/env python3
"""The mention tagger's cost (part ``tagger`` of ``bench/run.py``; also on its own).

On the real collection (``../shared/realdocs/texts``; ``--quick``: its first 200 files), each text read and
normalised once, then extracted in this process twice per round, in alternating order: the rules alone
(``extract(text, tagger=False)``) and the pipeline as built (rules, then the CRF tagger over their output).
Prints CPU seconds, characters per CPU second and the ratio, the median of three rounds.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graphbuild.extract.pipeline import extract  # noqa: E402
from graphbuild.normalise import normalise  # noqa: E402
from graphbuild.read import read_source  # noqa: E402

REALDOCS = ROOT.parent / "shared" / "realdocs" / "texts"


def _texts(limit: int | None) -> list[str]:
    files = sorted(REALDOCS.rglob("*.txt"))[:limit]
    return [normalise(read_source(f).text).text for f in files]


def _cpu(texts: list[str], tagger: bool) -> float:
    t = time.process_time()
    for text in texts:
        extract(text, tagger=tagger)
    return time.process_time() - t


def measure(quick: bool = False, rounds: int = 3) -> dict | None:
    """CPU seconds of the rules alone and of rules and tagger over the collection (None when it is absent)."""
    if not REALDOCS.is_dir():
        return None
    texts = _texts(200 if quick else None)
    extract(texts[0])  # load the model outside the timing
    rules, both = [], []
    for k in range(rounds):
        for tagger in ((False, True) if k % 2 == 0 else (True, False)):
            (both if tagger else rules).append(_cpu(texts, tagger))
    chars = sum(map(len, texts))
    r, b = statistics.median(rules), statistics.median(both)
    return {"documents": len(texts), "chars": chars, "rules_cpu_s": r, "rules_and_tagger_cpu_s": b, "ratio": b / r}


def table(res: dict) -> str:
    """The figures as a Markdown table."""
    return "\n".join([
        f"{res['documents']} documents, {res['chars']:,} characters; median of three rounds, CPU seconds in one process",
        "",
        "| extraction | CPU s | characters per CPU s | compared with the rules alone |",
        "| --- | ---: | ---: | ---: |",
        f"| rules alone (`extract(text, tagger=False)`) | {res['rules_cpu_s']:.1f} | {res['chars'] / res['rules_cpu_s']:,.0f} | 1.00× |",
        f"| rules and the CRF tagger (what `build` runs) | {res['rules_and_tagger_cpu_s']:.1f} | {res['chars'] / res['rules_and_tagger_cpu_s']:,.0f} | {res['ratio']:.2f}× |",
    ])


def main() -> None:
    """Run the measurement and print the table."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="the first 200 files only")
    args = ap.parse_args()
    res = measure(args.quick)
    print("## Mention tagger: extraction with and without it\n")
    print(table(res) if res else f"(skipped: {REALDOCS} not found)")


if __name__ == "__main__":
    main()
