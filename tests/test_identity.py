"""A document is identified by its path relative to the folder built (and its content hash), never by a bare
file name: crawler folders number their files 0001.txt… in every sub-folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from graphbuild.build import build
from graphbuild.cli import main
from graphbuild.docref import DocumentRefError, resolve_document
from graphbuild.read import iter_inputs
from graphbuild.store import StoreDir

ADV = Path(__file__).parent / "adversarial"
PARAGRAPH = (ADV / "policy_paragraph.utf8.txt").read_text(encoding="utf-8")
COUNT_IDS = "SELECT (COUNT(DISTINCT ?n) AS ?c) WHERE { ?d a <https://w3id.org/policykg/ontology#Document> ; <http://purl.org/dc/terms/identifier> ?n }"


def _tree(root: Path) -> Path:
    """Two crawler folders that both number their files 0001.txt, 0002.txt, with different texts."""
    for folder in ("gd", "sh"):
        for i in (1, 2):
            f = root / "texts" / folder / f"000{i}.txt"
            f.parent.mkdir(parents=True, exist_ok=True)
            f.write_text(f"{folder}第{i}号。\n{PARAGRAPH}", encoding="utf-8")
    (root / "texts" / "sh" / "only.txt").write_text(f"独有。\n{PARAGRAPH}", encoding="utf-8")
    return root / "texts"


def _docs(store: Path) -> dict:
    gen = StoreDir(store).current()
    assert gen is not None
    return gen.manifest()["documents"]


def _names(store: Path) -> list[str]:
    return sorted(n for d in _docs(store).values() for n in d["names"])


def _hash_of(store: Path, name: str) -> str:
    return next(h for h, d in _docs(store).items() if name in d["names"])


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("identity")
    texts = _tree(root)
    build([texts], store=root / "store")
    return texts, root / "store"


def test_iter_inputs_names_files_by_their_path_relative_to_the_folder_named(tmp_path: Path) -> None:
    texts = _tree(tmp_path)
    assert [i for _p, i in iter_inputs([texts])] == ["gd/0001.txt", "gd/0002.txt", "sh/0001.txt", "sh/0002.txt", "sh/only.txt"]
    # A file named directly is its name; a file reached twice is read once.
    assert [i for _p, i in iter_inputs([texts / "gd" / "0001.txt", texts / "gd"])] == ["0001.txt", "0002.txt"]
    assert [i for _p, i in iter_inputs([texts / "gd" / "0001.txt"])] == ["0001.txt"]
    assert [i for _p, i in iter_inputs([texts / "gd", texts / "gd" / "0001.txt"])] == ["0001.txt", "0002.txt"]


def test_two_folders_named_with_the_same_relative_paths_keep_them_apart(tmp_path: Path) -> None:
    texts = _tree(tmp_path)
    assert [i for _p, i in iter_inputs([texts / "gd", texts / "sh"])] == ["0001.txt", "0002.txt", "sh/0001.txt", "sh/0002.txt", "only.txt"]


def test_duplicate_file_names_in_two_folders_are_distinct_documents(built: tuple[Path, Path]) -> None:
    _texts, store = built
    assert _names(store) == ["gd/0001.txt", "gd/0002.txt", "sh/0001.txt", "sh/0002.txt", "sh/only.txt"]
    assert len(_docs(store)) == 5
    gen = StoreDir(store).current()
    assert gen is not None
    assert gen.manifest()["identifiers"] == "relative-path"
    res = CliRunner().invoke(main, ["query", "-e", COUNT_IDS, "--store", str(store), "--format", "csv"])
    assert (res.exit_code, res.stdout) == (0, "c\n5\n")


def test_a_bare_name_is_accepted_when_it_names_one_document(built: tuple[Path, Path]) -> None:
    docs = _docs(built[1])
    only = _hash_of(built[1], "sh/only.txt")
    assert resolve_document(docs, "only.txt") == only
    assert resolve_document(docs, "sh/only.txt") == only
    assert resolve_document(docs, only[:8]) == only
    assert resolve_document(docs, only) == only


def test_an_ambiguous_bare_name_is_refused_with_the_candidates(built: tuple[Path, Path]) -> None:
    docs = _docs(built[1])
    gd, sh = _hash_of(built[1], "gd/0001.txt"), _hash_of(built[1], "sh/0001.txt")
    with pytest.raises(DocumentRefError) as err:
        resolve_document(docs, "0001.txt")
    assert str(err.value) == (f"'0001.txt' is the name of 2 documents: gd/0001.txt ({gd[:12]}), sh/0001.txt ({sh[:12]}); "
                              "give the path (as listed) or the content hash")
    with pytest.raises(DocumentRefError, match=r"^not in the store: 0009\.txt \(give a document's path"):
        resolve_document(docs, "0009.txt")


def test_remove_by_path_hash_or_unambiguous_name(tmp_path: Path) -> None:
    texts = _tree(tmp_path)
    store = tmp_path / "store"
    build([texts], store=store)
    res = CliRunner().invoke(main, ["remove", "0001.txt", "--store", str(store)])
    gd, sh = _hash_of(store, "gd/0001.txt"), _hash_of(store, "sh/0001.txt")
    assert (res.exit_code, res.stdout, res.stderr) == (
        1, "", f"Error: '0001.txt' is the name of 2 documents: gd/0001.txt ({gd[:12]}), sh/0001.txt ({sh[:12]}); give the path (as listed) or the content hash\n")
    assert len(_docs(store)) == 5  # nothing removed
    res = CliRunner().invoke(main, ["remove", "sh/0001.txt", gd[:10], "only.txt", "--store", str(store)])
    assert (res.exit_code, res.stdout) == (0, "removed 3 document(s): gd/0001.txt, sh/0001.txt, sh/only.txt\n")
    assert _names(store) == ["gd/0002.txt", "sh/0002.txt"]


def test_rebuilding_one_subfolder_replaces_only_its_own_documents(tmp_path: Path) -> None:
    texts = _tree(tmp_path)
    store = tmp_path / "store"
    build([texts], store=store)
    (texts / "gd" / "0001.txt").write_text(f"改过的。\n{PARAGRAPH}", encoding="utf-8")
    build([texts], store=store)
    assert _names(store) == ["gd/0001.txt", "gd/0002.txt", "sh/0001.txt", "sh/0002.txt", "sh/only.txt"]
    assert len(_docs(store)) == 5


def test_a_store_named_by_bare_file_names_is_refused_with_the_rebuild_command(tmp_path: Path) -> None:
    texts = _tree(tmp_path)
    store = tmp_path / "store"
    build([texts / "gd"], store=store)
    gen = StoreDir(store).current()
    assert gen is not None
    # What an earlier policykg wrote: no "identifiers" mark.
    manifest = json.loads((gen.path / "manifest.json").read_text(encoding="utf-8"))
    del manifest["identifiers"]
    (gen.path / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    res = CliRunner().invoke(main, ["build", str(texts), "--store", str(store)])
    assert (res.exit_code, res.stdout) == (1, "")
    assert res.stderr == (
        f"Error: {store}/ was built by an earlier policykg that identified documents by file name alone (two folders' 0001.txt were one name); "
        f"updating it would mix both kinds of name. Rebuild it: policykg build PATHS --store {store} --replace\n")
    res = CliRunner().invoke(main, ["build", str(texts), "--store", str(store), "--replace", "--format", "csv"])
    assert res.exit_code == 0, res.output
    assert _names(store) == ["gd/0001.txt", "gd/0002.txt", "sh/0001.txt", "sh/0002.txt", "sh/only.txt"]


def test_a_document_query_parameter_takes_a_path_hash_or_unambiguous_name(built: tuple[Path, Path]) -> None:
    _texts, store = built
    q = ("# param: doc (document) — required; the document\n"
         "SELECT ?n WHERE { ?doc <http://purl.org/dc/terms/identifier> ?n }")
    only = _hash_of(store, "sh/only.txt")
    for ref in ("sh/only.txt", "only.txt", only[:12]):
        res = CliRunner().invoke(main, ["query", "-e", q, "--param", f"doc={ref}", "--store", str(store), "--format", "csv"])
        assert (res.exit_code, res.stdout) == (0, "n\nsh/only.txt\n"), (ref, res.output)
    res = CliRunner().invoke(main, ["query", "-e", q, "--param", "doc=0002.txt", "--store", str(store), "--format", "csv"])
    gd, sh = _hash_of(store, "gd/0002.txt"), _hash_of(store, "sh/0002.txt")
    assert (res.exit_code, res.stderr) == (
        1, f"Error: --param doc='0002.txt': '0002.txt' is the name of 2 documents: gd/0002.txt ({gd[:12]}), sh/0002.txt ({sh[:12]}); "
           "give the path (as listed) or the content hash\n")


def test_eval_matches_gold_files_by_relative_path_and_refuses_an_ambiguous_name(tmp_path: Path) -> None:
    texts = _tree(tmp_path)
    gold = tmp_path / "gold"
    (gold / "sh").mkdir(parents=True)
    empty = {"tasks": []}
    (gold / "sh" / "0001.json").write_text(json.dumps(empty), encoding="utf-8")
    (gold / "only.json").write_text(json.dumps(empty), encoding="utf-8")
    res = CliRunner().invoke(main, ["eval", str(gold), str(texts), "--format", "json"])
    assert res.exit_code == 0, res.output
    assert [d["document"] for d in json.loads(res.stdout)["documents"]] == ["sh/only.txt", "sh/0001.txt"]
    (gold / "0002.json").write_text(json.dumps(empty), encoding="utf-8")
    res = CliRunner().invoke(main, ["eval", str(gold), str(texts), "--format", "json"])
    assert (res.exit_code, res.stderr) == (
        2, "Error: 0002.json: matches 2 texts (gd/0002.txt, sh/0002.txt); put the gold file at the text's relative path in the gold folder "
           "(e.g. gd/0002.json)\n")
