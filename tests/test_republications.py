"""Re-publications: a Simplified and a Traditional copy of one document stay two Documents, the copy
prov:alternateOf the original, and the plan's tasks and targets are counted once."""

from __future__ import annotations

import json
from pathlib import Path

import opencc
import pytest
from click.testing import CliRunner

from graphbuild.cli import main
from graphbuild.read import source_from_bytes
from graphbuild.resolve.republications import doc_number, find_alternates, title_keys
from graphbuild.store import StoreDir

ADV = Path(__file__).parent / "adversarial"
PARAGRAPH = (ADV / "policy_paragraph.utf8.txt").read_text(encoding="utf-8")
TRADITIONAL = opencc.OpenCC("s2t").convert(PARAGRAPH)
COUNTS = ("SELECT (COUNT(DISTINCT ?d) AS ?docs) (COUNT(DISTINCT ?p) AS ?plans) (COUNT(DISTINCT ?t) AS ?tasks) (COUNT(DISTINCT ?g) AS ?targets) "
          "WHERE { ?d a pkg:Document . OPTIONAL { ?p a pkg:Plan ; prov:wasDerivedFrom ?d . "
          "OPTIONAL { ?p pkg:hasTask ?t } OPTIONAL { ?p pkg:hasTarget ?g } } }")


def _counts(store: Path) -> dict:
    res = CliRunner().invoke(main, ["query", "-e", COUNTS, "--store", str(store), "--format", "json"])
    assert res.exit_code == 0, res.output
    (row,) = json.loads(res.stdout)
    return row


def _manifest(store: Path) -> dict:
    return StoreDir(store).require_current().manifest()["documents"]


def test_the_traditional_copy_is_a_traditional_text() -> None:
    assert TRADITIONAL != PARAGRAPH and "產業" in TRADITIONAL


def test_title_keys_and_document_numbers() -> None:
    assert title_keys("深圳市培育发展智能传感器产业集群行动计划(2022-2025年)\n正文") == {"深圳市培育发展智能传感器产业集群行动计划20222025年"}
    assert title_keys("索引号：1\n标  题：国务院办公厅关于加大激励支持力度的通知\n") == {"国务院办公厅关于加大激励支持力度的通知"}
    assert title_keys("各有关单位:\n") == set()
    assert doc_number("国务院办公厅\n国办发〔2018〕117号\n") == "国办发2018-117"
    assert doc_number("没有文号") is None


def _build(folder: Path, store: Path) -> tuple[int, str, str]:
    res = CliRunner().invoke(main, ["build", str(folder), "--store", str(store), "--format", "csv"])
    return res.exit_code, res.stdout, res.stderr


@pytest.fixture(scope="module")
def alone(tmp_path_factory: pytest.TempPathFactory) -> dict:
    root = tmp_path_factory.mktemp("alone")
    (root / "in").mkdir()
    (root / "in" / "jian.txt").write_text(PARAGRAPH, encoding="utf-8")
    assert _build(root / "in", root / "s")[0] == 0
    return _counts(root / "s")


def test_a_simplified_and_a_traditional_copy_count_their_plan_once(tmp_path: Path, alone: dict) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "jian.txt").write_text(PARAGRAPH, encoding="utf-8")
    (tmp_path / "in" / "fan.txt").write_text(TRADITIONAL, encoding="utf-8")
    store = tmp_path / "s"
    code, out, err = _build(tmp_path / "in", store)
    assert code == 0, out + err
    assert err == (f"warning: {tmp_path / 'in' / 'fan.txt'}: a re-publication of {tmp_path / 'in' / 'jian.txt'}; "
                   "recorded as prov:alternateOf it, its plan and tasks counted once\n")
    assert out.splitlines()[1:] == [
        "fan.txt,深圳市培育發展智能傳感器產業集羣行動計劃(2022-2025年),0,0,7,re-publication",
        "jian.txt,深圳市培育发展智能传感器产业集群行动计划(2022-2025年),2,1,249,extracted",
    ]
    docs = _manifest(store)
    fan = next(h for h, d in docs.items() if d["names"] == ["fan.txt"])
    jian = next(h for h, d in docs.items() if d["names"] == ["jian.txt"])
    assert docs[fan]["alternate_of"] == jian and "alternate_of" not in docs[jian]
    assert _counts(store) == {**alone, "docs": 2}
    res = CliRunner().invoke(main, ["query", "-e", "SELECT ?a ?b WHERE { ?a prov:alternateOf ?b }", "--store", str(store), "--format", "json"])
    assert json.loads(res.stdout) == [{"a": f"https://w3id.org/policykg/id/doc/{fan[:16]}", "b": f"https://w3id.org/policykg/id/doc/{jian[:16]}"}]
    # Both stay Documents with their own text to show, and the graph conforms.
    assert CliRunner().invoke(main, ["show", "fan.txt", "--store", str(store)]).stdout == TRADITIONAL
    res = CliRunner().invoke(main, ["validate", "--store", str(store)])
    assert res.exit_code == 0, res.output
    # A second build reuses both entries.
    code, out, _err = _build(tmp_path / "in", store)
    assert code == 0 and [line.rsplit(",", 1)[1] for line in out.splitlines()[1:]] == ["re-publication", "cached"]


def test_the_same_title_with_another_body_or_number_is_no_copy(tmp_path: Path) -> None:
    other = PARAGRAPH.splitlines()[0] + "\n" + "另一份文件的正文，讲的是别的事情。\n" * 5
    numbered = PARAGRAPH.replace("的通知\n", "的通知\n深工信〔2022〕1号\n", 1)
    renumbered = PARAGRAPH.replace("的通知\n", "的通知\n深工信〔2023〕7号\n", 1)
    srcs = {s.content_hash: s for s in (source_from_bytes(t.encode(), f"{i}.txt") for i, t in enumerate([PARAGRAPH, opencc.OpenCC("s2t").convert(other)]))}
    assert find_alternates(srcs, {}) == {}
    srcs = {s.content_hash: s for s in (source_from_bytes(t.encode(), f"{i}.txt") for i, t in enumerate([numbered, opencc.OpenCC("s2t").convert(renumbered)]))}
    assert find_alternates(srcs, {}) == {}
    # Within one script nothing is taken for a copy: an amended text (one task more), nor another layout.
    amended = PARAGRAPH + "（三）新增一项任务。加快建设测试验证平台，形成公共服务能力。（市工业和信息化局负责）\n"
    relaid = PARAGRAPH.replace("\n", "\n\n").replace("。", "。 ")
    srcs = {s.content_hash: s for s in (source_from_bytes(t.encode(), f"{i}.txt") for i, t in enumerate([PARAGRAPH, amended]))}
    assert find_alternates(srcs, {}) == {}
    srcs = {s.content_hash: s for s in (source_from_bytes(t.encode(), f"{i}.txt") for i, t in enumerate([PARAGRAPH, relaid]))}
    assert find_alternates(srcs, {}) == {}
    # A Traditional copy of an amended text matches the amended one, not the original.
    srcs = {s.content_hash: s for s in (source_from_bytes(t.encode(), f"{i}.txt") for i, t in enumerate([PARAGRAPH, amended, opencc.OpenCC("s2t").convert(amended)]))}
    assert {srcs[a].name: srcs[k].name for a, k in find_alternates(srcs, {}).items()} == {"2.txt": "1.txt"}
    srcs = {s.content_hash: s for s in (source_from_bytes(t.encode(), f"{i}.txt") for i, t in enumerate([numbered, opencc.OpenCC("s2t").convert(numbered)]))}
    (alt, keep), = find_alternates(srcs, {}).items()
    assert srcs[keep].text == numbered and srcs[alt].text != numbered
