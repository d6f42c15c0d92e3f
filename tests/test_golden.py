"""Golden graphs: the N-Quads of every development document, compared graph by graph with rdflib.compare.

A failure prints what was added and what went missing (``graph_diff``); when the change is
intended, run ``tests/golden/regenerate.py`` and review ``git diff tests/golden/``.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from rdflib import Dataset, Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from graphbuild.build import extract_document
from graphbuild.read import read_source

HERE = Path(__file__).resolve().parent / "golden"
_spec = importlib.util.spec_from_file_location("regenerate", HERE / "regenerate.py")
assert _spec is not None and _spec.loader is not None
regenerate = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(regenerate)


def _graphs(nquads: str) -> dict[str, Graph]:
    ds = Dataset()
    ds.parse(data=nquads, format="nquads")
    out = {}
    for g in ds.graphs():
        if len(g):
            copy = Graph()
            for t in g:
                copy.add(t)
            out[str(g.identifier)] = copy
    return out


def _diff(got: Graph, want: Graph, limit: int = 25) -> str:
    _both, only_got, only_want = graph_diff(to_isomorphic(got), to_isomorphic(want))
    lines = [f"+ {' '.join(t.n3() for t in triple)}" for triple in sorted(only_got)][:limit]
    lines += [f"- {' '.join(t.n3() for t in triple)}" for triple in sorted(only_want)][:limit]
    return f"{len(only_got)} triples added (+), {len(only_want)} missing (-):\n" + "\n".join(lines)


@pytest.mark.parametrize("doc", regenerate.dev_documents(), ids=lambda p: p.name)
def test_the_graph_of_each_dev_document_is_its_golden_graph(doc):
    src = read_source(doc)
    got = _graphs(extract_document(src, [src.name])[0])
    want = _graphs(regenerate.golden_path(doc).read_text(encoding="utf-8"))
    assert sorted(got) == sorted(want), "named graphs differ"
    for name in want:
        assert isomorphic(got[name], want[name]), f"graph {name} changed; {_diff(got[name], want[name])}\nIf intended: tests/golden/regenerate.py"


def test_a_changed_graph_is_reported_with_its_difference():
    from rdflib import Literal, URIRef

    a, b = Graph(), Graph()
    a.add((URIRef("https://e/s"), URIRef("https://e/p"), Literal("新")))
    b.add((URIRef("https://e/s"), URIRef("https://e/p"), Literal("旧")))
    assert _diff(a, b) == '1 triples added (+), 1 missing (-):\n+ <https://e/s> <https://e/p> "新"\n- <https://e/s> <https://e/p> "旧"'
