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


# --- which plan a document is -----------------------------------------------------------------------
_MEASURES = "东山省人民政府关于促进科技创新的若干措施"
_PLANS_OF = (
    "PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX dcterms: <http://purl.org/dc/terms/> "
    "SELECT DISTINCT ?id ?work WHERE { ?p a <https://w3id.org/policykg/ontology#Plan> ; prov:wasDerivedFrom ?d . ?d dcterms:identifier ?id . "
    "OPTIONAL { ?p dcterms:isVersionOf ?work } } ORDER BY ?id"
)


def _measures(docno: str | None, year: int = 2031) -> str:
    head = f"{_MEASURES}\n" + (f"东政发〔{year}〕{docno}号\n" if docno else "")
    return head + "各市人民政府：\n为推进科技创新，现提出如下措施。\n一、加强研发投入。（责任单位：省科技厅）\n东山省人民政府\n" + f"{year}年1月2日\n"


def _plans(tmp_path: Path, files: dict[str, str]) -> list[list[str]]:
    for name, text in files.items():
        (tmp_path / "texts" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "texts" / name).write_text(text, encoding="utf-8")
    build([tmp_path / "texts"], store=tmp_path / "store")
    res = CliRunner().invoke(main, ["query", "-e", _PLANS_OF, "--store", str(tmp_path / "store"), "--format", "csv"])
    assert res.exit_code == 0, res.output
    rows = [line.split(",") for line in res.stdout.splitlines()[1:]]
    plans = CliRunner().invoke(main, ["query", "-e", _PLANS_OF.replace("?id ?work", "?p ?id"), "--store", str(tmp_path / "store"), "--format", "csv"])
    return [[*r, p.split(",")[0]] for r, p in zip(rows, plans.stdout.splitlines()[1:])]


def test_two_editions_of_one_title_are_two_plans_of_one_work(tmp_path: Path) -> None:
    # A 2031 and a 2033 版 under one title: two plans, each dcterms:isVersionOf the work the title names.
    from graphbuild.vocab import iri

    rows = _plans(tmp_path, {"a/0001.txt": _measures("1"), "b/0001.txt": _measures("5", 2033)})
    work = str(iri("plan", _MEASURES))
    assert [(r[0], r[1]) for r in rows] == [("a/0001.txt", work), ("b/0001.txt", work)]
    assert rows[0][2] != rows[1][2]


def test_two_copies_of_one_edition_are_one_plan_and_a_copy_without_a_number_is_the_work(tmp_path: Path) -> None:
    rows = _plans(tmp_path, {"a/0001.txt": _measures("1"), "b/0009.txt": _measures("1") + "（此件公开发布）\n",
                             "c/0003.txt": _measures(None).replace("2031年1月2日\n", "")})
    from graphbuild.vocab import iri

    work = str(iri("plan", _MEASURES))
    assert [r[0] for r in rows] == ["a/0001.txt", "b/0009.txt", "c/0003.txt"]
    assert rows[0][2] == rows[1][2] != rows[2][2] == work  # the undated, unnumbered copy: the work itself
    assert rows[2][1] == ""


def test_untitled_documents_of_one_file_name_are_two_plans(tmp_path: Path) -> None:
    # A file name is no identity: gd/0053.txt and sh/0053.txt, both without a title line, were one plan.
    body = "各市人民政府：\n为推进{}工作，现提出如下措施。\n一、加强研发投入。（责任单位：省科技厅）\n"
    rows = _plans(tmp_path, {"gd/0053.txt": body.format("科技"), "sh/0053.txt": body.format("人才")})
    assert [r[0] for r in rows] == ["gd/0053.txt", "sh/0053.txt"]
    assert rows[0][2] != rows[1][2] and rows[0][1] == rows[1][1] == ""


def test_a_citation_of_a_title_finds_its_editions_in_the_graph(tmp_path: Path) -> None:
    citing = "东山省科技厅关于落实科技创新措施的通知\n各市科技局：\n为贯彻落实《" + _MEASURES + "》，现通知如下。\n一、抓好落实。\n"
    _plans(tmp_path, {"a/0001.txt": _measures("1"), "b/0002.txt": citing})
    res = CliRunner().invoke(main, ["query", "plan-citations", "--store", str(tmp_path / "store"), "--format", "csv"])
    assert (res.exit_code, res.stdout) == (0, f"plan,cited_plan,cited_in_graph\n东山省科技厅关于落实科技创新措施的通知,{_MEASURES},true\n")


@pytest.mark.parametrize(("docno", "date", "edition"), [
    ("冀政发﹝2015﹞16号", "2015-05-01", "冀政发〔2015〕16号"), ("冀政发 [2015] 16号", None, "冀政发〔2015〕16号"),
    (None, "2015-05-01", "2015-05-01"), (None, None, ""),
])
def test_an_edition_is_the_number_with_brackets_unified_else_the_date(docno: str | None, date: str | None, edition: str) -> None:
    from graphbuild.resolve.document import edition_of

    assert edition_of(docno, date) == edition


def test_a_title_is_one_work_whatever_brackets_nest_its_inner_title(tmp_path: Path) -> None:
    # The notice writes 《贯彻落实<A>方案》, a citing text 《贯彻落实〈A〉方案》: the citation names the plan built.
    title = "贯彻落实<东山省就业促进规划>实施方案"
    plan = f"东山省人力资源和社会保障厅关于印发《{title}》的通知\n各市人社局：\n现将《{title}》印发你们。\n一、总体要求\n坚持就业优先。\n"
    citing = "东山省人社厅关于落实就业方案的通知\n各市人社局：\n为贯彻落实《贯彻落实〈东山省就业促进规划〉实施方案》，现通知如下。\n一、抓好落实。\n"
    _plans(tmp_path, {"a/0001.txt": plan, "b/0002.txt": citing})
    res = CliRunner().invoke(main, ["query", "plan-citations", "--store", str(tmp_path / "store"), "--format", "csv"])
    assert res.exit_code == 0 and res.stdout.splitlines()[1].endswith(",true"), res.stdout
