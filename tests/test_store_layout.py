"""The store layout: what a document says in its graph, each shared entity described once in the
entities graph, and removal exact (docs/architecture.md, "Store layout")."""

from __future__ import annotations

import shutil
from pathlib import Path

from graphbuild.build import build, remove
from graphbuild.query import run_query
from graphbuild.resources import corpus_dir
from graphbuild.vocab import ENTITIES_GRAPH

ENTITY_TRIPLES = f"SELECT ?s ?p ?o WHERE {{ GRAPH <{ENTITIES_GRAPH}> {{ ?s ?p ?o }} }} ORDER BY ?s ?p ?o"


def test_each_agency_is_described_once_and_documents_hold_only_their_statements(corpus_store: Path) -> None:
    labels = run_query("SELECT ?a (COUNT(?l) AS ?n) WHERE { ?a a pkg:Agency ; rdfs:label ?l } GROUP BY ?a HAVING (COUNT(?l) > 1)", store=corpus_store)
    assert labels.rows == []  # the union default graph gives one label per agency
    in_docs = run_query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?a a pkg:Agency } FILTER(STRSTARTS(STR(?g), \"https://w3id.org/policykg/id/doc/\")) }",
                        store=corpus_store)
    assert in_docs.rows == [[0]]
    # Which documents name an agency is still answered by their graphs.
    named = run_query("""SELECT ?a (COUNT(DISTINCT ?g) AS ?n) WHERE { ?a a pkg:Agency .
                         GRAPH ?g { ?x ?p ?a } FILTER(STRSTARTS(STR(?g), "https://w3id.org/policykg/id/doc/")) } GROUP BY ?a ORDER BY DESC(?n) LIMIT 1""",
                      store=corpus_store)
    assert named.rows[0][1] >= 2


def test_removing_a_document_leaves_the_entities_a_fresh_build_of_the_rest_has(tmp_path: Path) -> None:
    files = sorted(Path(str(corpus_dir())).glob("*.txt"))
    whole, rest = tmp_path / "whole", tmp_path / "rest"
    (tmp_path / "in").mkdir()
    for f in files[:-1]:
        shutil.copy(f, tmp_path / "in" / f.name)
    build(files, store=whole)
    build([tmp_path / "in"], store=rest)
    before = run_query(ENTITY_TRIPLES, store=whole).rows
    remove([files[-1].name], store=whole)
    after = run_query(ENTITY_TRIPLES, store=whole).rows
    assert after == run_query(ENTITY_TRIPLES, store=rest).rows
    assert len(after) < len(before)  # what only the removed document said went with it


def test_what_no_generation_refers_to_is_collected(tmp_path: Path) -> None:
    # A removed document's text goes once no kept generation names it; a cache entry of another
    # extractor (an older version) goes; one of the extractor in use stays, so a document removed
    # and added back is not extracted again.
    from graphbuild.store import StoreDir

    files = sorted(Path(str(corpus_dir())).glob("*.txt"))[:3]
    store = tmp_path / "store"
    build(files[:2], store=store)
    sd = StoreDir(store)
    docs = sd.require_current().manifest()["documents"]
    gone_hash = next(h for h, d in docs.items() if d["names"] == [files[1].name])
    gone_text = docs[gone_hash]["text"]
    fp = docs[gone_hash]["cache"].split("-")[1]
    stale = sd.cache / f"{'0' * 64}-000000000000-00000000.nq"
    stale.write_text("", encoding="utf-8")
    remove([files[1].name], store=store)  # the previous generation still names it: kept for its readers
    assert (sd.texts / f"{gone_text}.txt").is_file() and not stale.exists()
    build([files[2]], store=store)  # a generation after it: now no kept generation names it
    assert not (sd.texts / f"{gone_text}.txt").exists() and not (sd.texts / f"{gone_hash}.source.json").exists()
    assert any(f.stem.startswith(gone_hash) and f"-{fp}-" in f.name for f in sd.cache.iterdir())
    for kept in sd.require_current().manifest()["documents"].values():
        assert (sd.texts / f"{kept['text']}.txt").is_file()
