"""Agreement of the two annotators of heldout22 on parks, technologies and chains (the six texts both annotated).

    python3 tests/heldout22/agreement.py        (from the repository root)

Each document's strings are compared as sets, as `policykg eval` scores the tool; the figures are pooled over the
documents. Precision and recall read the second annotator as a system scored against the set's gold.
"""
import json
from pathlib import Path

HERE = Path(__file__).parent


def main() -> None:
    """Print per-kind counts, precision, recall and F1 of the second annotation against the gold."""
    totals: dict[str, list[int]] = {}
    for second in sorted((HERE / "second_annotator" / "gold").glob("*.json")):
        a = json.loads((HERE / "gold" / second.name).read_text(encoding="utf-8"))
        b = json.loads(second.read_text(encoding="utf-8"))
        for kind in ("parks", "technologies", "chains"):
            gold, other = set(a.get(kind, [])), set(b.get(kind, []))
            t = totals.setdefault(kind, [0, 0, 0])
            t[0] += len(gold & other)
            t[1] += len(gold)
            t[2] += len(other)
    print("kind          gold  second  both  precision  recall  f1")
    for kind, (both, ng, no) in totals.items():
        p = both / no if no else float("nan")
        r = both / ng if ng else float("nan")
        f = 2 * both / (ng + no) if ng + no else float("nan")
        print(f"{kind:<12} {ng:5} {no:7} {both:5} {p:10.3f} {r:7.3f} {f:5.3f}")


if __name__ == "__main__":
    main()
