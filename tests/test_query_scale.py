"""Every bundled query on a store of 300 documents comes back well within a generous bound.

The documents are the bundled texts with distinct titles (so their plans differ) naming the same
agencies, chains and parks: the shape that made queries blow up when every document graph
repeated the description of every entity it named (at 44 real documents ``agency-workload`` did
not return in 120 s). The figures themselves live in the bench (``bench/realdocs_queries.py``);
this guard only says that a blow-up has come back.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from graphbuild.build import build
from graphbuild.query import QueryError, list_queries, load_query, param_specs, run_query
from graphbuild.resources import corpus_dir

COPIES = 60  # × 5 bundled texts = 300 documents
BOUND_S = 30.0


@pytest.fixture(scope="module")
def big_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("scale")
    docs = root / "docs"
    docs.mkdir()
    for f in sorted(Path(str(corpus_dir())).glob("*.txt")):
        first, rest = f.read_text(encoding="utf-8").split("\n", 1)
        for i in range(COPIES):
            (docs / f"{f.stem}_{i:02d}.txt").write_text(f"{first}（第{i + 1}版）\n{rest}", encoding="utf-8")
    store = root / "store"
    build([docs], store=store, jobs=2)
    return store


def _params(store: Path, name: str) -> dict[str, str]:
    if name != "plan-changes":
        return {}
    plans = run_query("SELECT DISTINCT ?l WHERE { ?p a pkg:Plan ; rdfs:label ?l ; pkg:hasTask ?t } ORDER BY ?l LIMIT 2", store=store).rows
    return {"from": str(plans[0][0]), "to": str(plans[1][0])}


# Documents that carry the same plan (here the five schemes of the notice, copied 60 times) each
# state its chain links, and the union default graph is a bag: every bundled query must take such
# links once per plan (shared-responsibility did not, and was the strict xfail here until it did).
@pytest.mark.parametrize("name", [q.name for q in list_queries()])
def test_each_bundled_query_returns_on_300_documents(big_store: Path, name: str) -> None:
    text = load_query(name)
    t0 = time.monotonic()
    try:
        res = run_query(text, store=big_store, params=_params(big_store, name), specs=param_specs(text), timeout=BOUND_S)
    except QueryError as exc:
        pytest.fail(f"{name} on 300 documents: {exc}")
    elapsed = time.monotonic() - t0
    assert elapsed < BOUND_S, f"{name} took {elapsed:.1f} s on 300 documents"
    assert res.rows, f"{name} returned no rows on 300 documents"


def test_one_agency_has_one_label_however_many_documents_name_it(big_store: Path) -> None:
    rows = run_query("""SELECT (COUNT(?l) AS ?n) WHERE { ?a a pkg:Agency ; rdfs:label ?l . FILTER(STR(?l) = "重庆市经济和信息化委员会") }""",
                     store=big_store).rows
    assert rows == [[1]]
