"""Gold-free quality checks (graphbuild/quality.py) and `policykg quality` / `policykg unresolved`, on made-up mini stores.

The stores are written by hand as N-Quads (not built by the extractor), so that these tests check the
checks, whatever the extractor does.
"""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from graphbuild.cli import main
from graphbuild.quality import count_brackets, list_words, quality, title_problem, top_brackets, unresolved_units
from graphbuild.read import read_source
from graphbuild.store.oxstore import GenerationWriter, StoreDir

PKG = "https://w3id.org/policykg/ontology#"
ID = "https://w3id.org/policykg/id/"
ENT = "<https://w3id.org/policykg/entities>"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
TITLE = "<http://purl.org/dc/terms/title>"
IDENT = "<http://purl.org/dc/terms/identifier>"
DERIVED = "<http://www.w3.org/ns/prov#wasDerivedFrom>"
TRUE = '"true"^^<http://www.w3.org/2001/XMLSchema#boolean>'
FALSE = '"false"^^<http://www.w3.org/2001/XMLSchema#boolean>'

# Two made-up documents: a notice with three responsibility brackets, and a text whose "title" is a sentence.
TEXT_A = (
    "东山市数字产业行动方案\n"
    "一、建设算力中心。（责任单位：市科技局、市数据局）\n"
    "二、培育数据市场。（市数据局牵头，市财政局配合）\n"
    "三、完善标准体系（2030年前）。（市标准局等部门按职责分工负责）\n"
    "四、做好就业服务。（市群众就业中心负责）\n"
)
TEXT_B = "为深入贯彻东山市数字化工作部署，现提出如下意见。\n各单位要抓好落实。\n"


def _doc(g: str, name: str, content_hash: str, plan: str, title: str) -> list[str]:
    doc = f"<{ID}doc/{g}>"
    return [
        f'{doc} {RDF_TYPE} <{PKG}Document> {doc} .',
        f'{doc} {IDENT} "{name}" {doc} .',
        f'{doc} <{PKG}contentHash> "{content_hash}" {doc} .',
        f'<{ID}plan/{plan}> {DERIVED} {doc} {doc} .',
        f'<{ID}plan/{plan}> {TITLE} "{title}" {ENT} .',
    ]


def _unit(key: str, label: str, resolved: bool, kind: str = "") -> list[str]:
    a = f"<{ID}agency/{key}>"
    typed = [f"{a} {RDF_TYPE} <{PKG}{kind}> {ENT} ."] if kind else []
    return [f"{a} {RDF_TYPE} <{PKG}Agency> {ENT} .", *typed, f'{a} {LABEL} "{label}" {ENT} .', f"{a} <{PKG}resolved> {TRUE if resolved else FALSE} {ENT} ."]


def _task(g: str, n: int, *units: str) -> list[str]:
    doc, t = f"<{ID}doc/{g}>", f"<{ID}task/{g}{n}>"
    return [f"{t} {RDF_TYPE} <{PKG}Task> {doc} ."] + [f"{t} <{PKG}responsibleAgency> <{ID}agency/{u}> {doc} ." for u in units]


def make_store(tmp_path: Path) -> tuple[Path, Path]:
    """A store of the two made-up documents (the graph written by hand), and a folder with their texts."""
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "a.txt").write_text(TEXT_A, encoding="utf-8")
    (texts / "b.txt").write_text(TEXT_B, encoding="utf-8")
    ha, hb = (read_source(texts / n).content_hash for n in ("a.txt", "b.txt"))
    lines = [
        *_doc("a", "a.txt", ha, "pa", "东山市数字产业行动方案"),
        *_doc("b", "b.txt", hb, "pb", "为深入贯彻东山市数字化工作部署，现提出如下意见。"),
        *_unit("kj", "东山市科技局", True), *_unit("sj", "东山市数据局", True),
        *_unit("cz", "东山市财政局", False), *_unit("bz", "市标准局等部门", False),
        # A public institution not established: counted apart from the government bodies (ontology).
        *_unit("jy", "东山市群众就业中心", False, "PublicInstitution"),
        # The extractor missed task 2 of a.txt's four brackets: the check must show it.
        *_task("a", 1, "kj", "sj"), *_task("a", 3, "bz", "cz"), *_task("a", 4, "jy"),
    ]
    nq = tmp_path / "g.nq"
    nq.write_text("\n".join(sorted(lines)) + "\n", encoding="utf-8")
    store = tmp_path / "store"
    sd = StoreDir(store)
    with sd.build_lock(), GenerationWriter(sd, None, []) as w:
        w.add(nq)
        w.finish(b"", {"documents": {}})
    return store, texts


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


# --- the plain checks -------------------------------------------------------------


def test_top_brackets_keeps_nesting_and_lines():
    assert top_brackets("甲（责任单位：乙局、丙委（牵头））丁（注）\n（未闭合\n）") == ["责任单位：乙局、丙委（牵头）", "注"]


def test_count_brackets_labelled_role_and_plain():
    text = "建设中心（责任单位：东山市科技局）。推进工作（西河区工信局牵头，西河区财政局配合）。单位产值（单位：亿元）。（2025年）\n"
    assert count_brackets(text) == 2
    assert count_brackets("落实政策（东山县民政局、东山县财政局按职责分工负责）") == 1
    assert count_brackets("（以下简称《方案》）") == 0
    # A bracket cut off by a crawl (（东山县民政（二）…) ends where the next item's number starts.
    assert count_brackets("（一）做好就业。（东山县民政（二）安置职工。（东山县财政局、东山县民政局等负责）") == 1


def test_list_words_of_unit_labels():
    assert list_words("东山市科技局") == []
    assert list_words("东山市科技局牵头") == ["牵头"]
    assert list_words("东山市标准局等有关部门") == ["等有关部门"]
    assert list_words("西河区民政局等") == ["等"]
    assert list_words("东山县财政局按职责分工负责") == ["按职责分工", "负责"]
    assert list_words("参加单位：东山市教育局") == ["参加单位"]


def test_title_problems():
    assert title_problem("东山市数字产业行动方案") is None
    assert title_problem("东山市人民政府关于印发东山市数字产业行动方案的通知") is None
    assert title_problem("为深入贯彻东山市数字化工作部署") == "sentence: starts like a sentence"
    assert title_problem("各县（市、区）人民政府，市政府各部门：") == "addressee line"
    assert title_problem("各省、自治区、直辖市人民政府，国务院各部委、各直属机构：") == "addressee line"
    assert title_problem("标题：东山市数字产业行动方案") == "field label"
    assert title_problem("东山市各部门要抓好落实。") == "sentence: ends with punctuation"
    assert title_problem("东" * 61) == "sentence: over 60 characters"
    assert title_problem("（2031年9月28日东山省人民代表大会常务委员会会议通过）") == "note: in parentheses"
    assert title_problem("（东山省）数字产业行动方案（试行）") is None
    assert title_problem("、指导思想") == "fragment: not a whole title"
    assert title_problem("摘要") == "fragment: not a whole title"
    assert title_problem("2031年10月28日在东山省人民代表大会常务委员会会议上") == "fragment: not a whole title"


# --- on a store -------------------------------------------------------------------


def test_quality_on_a_made_up_store(tmp_path):
    store, texts = make_store(tmp_path)
    q = quality(store, [texts])
    assert q["overall"] == {
        "documents": 2, "tasks": 3, "unit_mentions": 5, "unresolved_mentions": 2, "unresolved_share": 0.4,
        "unresolved_non_government_mentions": 1, "unresolved_all_share": 0.6,
        "list_word_labels": 1, "list_word_mentions": 1, "sentence_titles": 1, "addressee_titles": 0, "no_title": 0,
        "brackets": 4, "documents_compared": 1, "documents_agreeing": 0, "bracket_task_agreement": 0.0, "bracket_task_difference": 1,
    }
    a, b = q["documents"]
    assert (a["document"], a["brackets"], a["tasks"], a["unresolved"], a["unresolved_non_government"], a["list_word_labels"], a["title_problem"]) == (
        "a.txt", 4, 3, 2, 1, ["市标准局等部门"], None)
    assert (b["document"], b["brackets"], b["tasks"], b["title_problem"]) == ("b.txt", 0, 0, "sentence: starts like a sentence")
    # Without the texts there is no bracket count: the figures say so rather than show 0.
    assert "brackets" not in quality(store)["overall"]
    assert quality(store)["documents"][0]["brackets"] is None


def test_unresolved_units_sorted_by_count(tmp_path):
    store, _ = make_store(tmp_path)
    assert unresolved_units(store) == [
        {"label": "东山市群众就业中心", "count": 1, "documents": ["a.txt"]},
        {"label": "东山市财政局", "count": 1, "documents": ["a.txt"]},
        {"label": "市标准局等部门", "count": 1, "documents": ["a.txt"]},
    ]


def test_cli_quality_tsv(tmp_path):
    store, texts = make_store(tmp_path)
    r = run("quality", "--store", str(store), "--format", "tsv", str(texts))
    assert r.exit_code == 0
    assert r.stdout == (
        "figure\tvalue\n"
        "documents\t2\ntasks\t3\nunit_mentions\t5\nunresolved_mentions\t2\nunresolved_share\t0.4\n"
        "unresolved_non_government_mentions\t1\nunresolved_all_share\t0.6\n"
        "list_word_labels\t1\nlist_word_mentions\t1\nsentence_titles\t1\naddressee_titles\t0\nno_title\t0\n"
        "brackets\t4\ndocuments_compared\t1\ndocuments_agreeing\t0\nbracket_task_agreement\t0.0\nbracket_task_difference\t1\n"
    )


def test_cli_quality_per_document_tsv_and_json(tmp_path):
    store, texts = make_store(tmp_path)
    r = run("quality", "--store", str(store), "--format", "tsv", "--per-document", str(texts))
    assert r.exit_code == 0
    assert r.stdout == (
        "document\ttitle\ttitle_problem\tbrackets\ttasks\tunit_mentions\tunresolved\tunresolved_non_government\tlist_word_labels\n"
        "a.txt\t东山市数字产业行动方案\t\t4\t3\t5\t2\t1\t市标准局等部门\n"
        "b.txt\t为深入贯彻东山市数字化工作部署，现提出如下意见。\tsentence: starts like a sentence\t0\t0\t0\t0\t0\t\n"
    )
    r = run("quality", "--store", str(store), "--format", "json")
    assert r.exit_code == 0
    assert json.loads(r.stdout)["unresolved_share"] == 0.4


def test_cli_unresolved_template(tmp_path):
    store, _ = make_store(tmp_path)
    r = run("unresolved", "--store", str(store), "--format", "tsv")
    assert r.exit_code == 0
    assert r.stdout == (
        "label\tcount\tdocuments\tfull_name\tkind\tauthority_iri\n"
        "东山市群众就业中心\t1\ta.txt\t\t\t\n"
        "东山市财政局\t1\ta.txt\t\t\t\n"
        "市标准局等部门\t1\ta.txt\t\t\t\n"
    )


def test_cli_quality_without_store_is_a_user_error(tmp_path):
    for cmd in ("quality", "unresolved"):
        r = run(cmd, "--store", str(tmp_path / "none"))
        assert r.exit_code == 1
        assert r.stderr == f"Error: no graph in {tmp_path / 'none'}/: run `policykg build` first (or pass --store DIR)\n"


def test_count_brackets_mixed_forms_notes_and_luoshi():
    # (…） with an ASCII opener and a full-width closer is one bracket, as pages write it.
    assert top_brackets("甲(责任单位：东山市科技局）乙") == ["责任单位：东山市科技局"]
    assert count_brackets("推进（东山市科技局、东山市财政局负责。列第一位者为牵头单位，下同）") == 1
    assert count_brackets("推进（东山市科技局、项目承担单位负责落实）") == 1


def test_a_document_in_a_subfolder_named_after_its_file_has_no_title(tmp_path):
    # Built from a folder, a document is known as sub/c.txt while its plan is named c.txt: no title.
    from graphbuild.build import build

    folder = tmp_path / "in" / "sub"
    folder.mkdir(parents=True)
    (folder / "c.txt").write_text("各区人民政府：\n为做好工作，现通知如下。\n一、加强领导\n", encoding="utf-8")
    build([tmp_path / "in"], store=tmp_path / "store")
    q = quality(tmp_path / "store")
    assert q["overall"]["no_title"] == 1
    assert [(r["document"], r["title"], r["title_problem"]) for r in q["documents"]] == [("sub/c.txt", "", "no title")]
