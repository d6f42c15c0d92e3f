#!/usr/bin/env python3
"""What a set-semantics graph of the links documents repeat would give the queries (docs/architecture.md, "Store layout").

Loads a store's quads into two in-memory pyoxigraph Stores: as built, and with every triple that
two or more document graphs state moved to one graph (stored once). Prints how many such triples
there are and, for each bundled query (or the .rq files given), the best of ``--runs`` runs on
each (union default graph, as ``policykg query`` runs it) and the row counts.

    python bench/repeated_links.py STORE [QUERY.rq ...] [--runs 2]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graphbuild.query import PREFIXES, list_queries, load_query  # noqa: E402
from graphbuild.store import StoreDir  # noqa: E402

DOC = "https://w3id.org/policykg/id/doc/"
LINKS = ox.NamedNode("https://w3id.org/policykg/repeated-links")


def _in_doc(q: ox.Quad) -> bool:
    return isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value.startswith(DOC)


def main() -> int:
    """Run the comparison."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("store", type=Path)
    ap.add_argument("queries", nargs="*", type=Path, help=".rq files (default: the bundled queries that need no parameter)")
    ap.add_argument("--runs", type=int, default=2)
    args = ap.parse_args()
    quads = list(StoreDir(args.store).open_read())
    count = Counter((q.subject, q.predicate, q.object) for q in quads if _in_doc(q))
    repeated = {t for t, n in count.items() if n > 1}
    kept = [q for q in quads if not (_in_doc(q) and (q.subject, q.predicate, q.object) in repeated)]
    preds = Counter(str(t[1].value).rsplit("#", 1)[-1].rsplit("/", 1)[-1] for t in repeated)
    print(f"{len(quads):,} quads; {len(repeated):,} document-graph triples stated by two or more documents "
          f"({sum(count[t] for t in repeated):,} quads of {sum(count.values()):,}); most: {preds.most_common(6)}")
    built, once = ox.Store(), ox.Store()
    built.bulk_extend(quads)
    once.bulk_extend(kept + [ox.Quad(s, p, o, LINKS) for s, p, o in repeated])
    todo = [(f.name, f.read_text(encoding="utf-8")) for f in args.queries] or [
        (q.name, load_query(q.name)) for q in list_queries() if q.name != "plan-changes"]
    print("| query | as built | links once | rows |\n| --- | ---: | ---: | ---: |")
    for name, text in todo:
        best, rows = {}, {}
        for key, st in (("built", built), ("once", once)):
            best[key] = float("inf")
            for _ in range(args.runs):
                t = time.perf_counter()
                rows[key] = len(list(st.query(text, use_default_graph_as_union=True, prefixes=PREFIXES)))  # type: ignore[arg-type]
                best[key] = min(best[key], time.perf_counter() - t)
        n = str(rows["built"]) if rows["built"] == rows["once"] else f"{rows['built']} / {rows['once']}"
        print(f"| `{name}` | {best['built']:.2f} s | {best['once']:.2f} s | {n} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
