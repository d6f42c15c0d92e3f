"""The query guard's SPARQL grammar used by several threads at once (as ``serve`` does).

Found by the Jena tests, whose parallel ``rsparql`` runs are the first queries of a fresh
server: pyparsing learns each parse action's arity on its first call and is not thread-safe
while doing so; after a few concurrent first parses, rdflib's grammar failed on every query of
the process (``TypeError: <lambda>() missing 1 required positional argument``) and ``serve``
answered 500 to everything until restarted. Each run is a fresh interpreter: the damage, and
the learning, are per process.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

SCRIPT = r"""
import sys, threading
from pathlib import Path
from graphbuild.query.check import check_query

queries = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).glob("*.rq"))]
errors = []
start = threading.Barrier(8)

def first_parse(i):
    start.wait()
    try:
        check_query(queries[i % len(queries)])
    except Exception as exc:
        errors.append(repr(exc)[:200])

threads = [threading.Thread(target=first_parse, args=(i,)) for i in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for q in queries:  # and afterwards, one at a time
    try:
        check_query(q)
    except Exception as exc:
        errors.append("afterwards: " + repr(exc)[:200])
print(len(errors))
print("\n".join(errors))
"""


def test_concurrent_first_queries_leave_the_grammar_working() -> None:
    for _ in range(3):
        res = subprocess.run([sys.executable, "-c", SCRIPT, str(ROOT / "queries")], capture_output=True, text=True, timeout=120, cwd=ROOT)
        assert res.returncode == 0, res.stderr
        assert res.stdout.splitlines()[0] == "0", res.stdout
