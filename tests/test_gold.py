"""graphbuild.gold: gold files are checked before anything is scored, with the file and key named."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from graphbuild.cli import main
from graphbuild.gold import check_gold, load_gold
from graphbuild.read import InputError

GOLD = Path(__file__).parent / "gold"
TASK = {"heading": "建设测试示范区", "responsible_as_written": ["市经济信息委"], "responsible": ["某某市经济和信息化委员会"]}


def _eval(tmp_path: Path, gold: object) -> tuple[int, str, str]:
    d = tmp_path / "gold"
    d.mkdir()
    (d / "001_2f18789aed330ab5.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    res = CliRunner().invoke(main, ["eval", str(d)])
    return res.exit_code, res.stdout, res.stderr


def test_an_incomplete_gold_file_names_file_and_key(tmp_path: Path) -> None:
    code, out, err = _eval(tmp_path, {"title": "x"})
    path = tmp_path / "gold" / "001_2f18789aed330ab5.json"
    assert (code, out, err) == (2, "", f"Error: {path}: the file has no key 'tasks' (docs/gold-format.md lists the keys)\n")


@pytest.mark.parametrize(
    ("gold", "message"),
    [
        ({"tasks": [], "task": []}, "the file has the unknown key 'task'; known keys: agency_groups, chains, issuers, parks, plans_cited, regions, "
                                    "sub_plans, targets, tasks, technologies, title, uncertain"),
        ({"tasks": [{"heading": "h", "responsible": []}]}, "task 1 has no key 'responsible_as_written' (docs/gold-format.md lists the keys)"),
        ({"tasks": [{**TASK, "responsible": []}]}, "task 1 (建设测试示范区): 'responsible' and 'responsible_as_written' must have the same length"),
        ({"tasks": [{**TASK, "lead": ["市经济信息委"]}]}, "task 1 (建设测试示范区): the lead '市经济信息委' is not one of its 'responsible' units"),
        ({"tasks": [], "parks": "某园区"}, "'parks' must be a list of strings (docs/gold-format.md)"),
        ({"tasks": [], "targets": [{"year": "2025", "value": "1", "unit": ""}]}, "target 1: 'year' must be a number or null"),
        ({"tasks": [], "targets": [{"year": 2025, "value": 1, "unit": ""}]}, "target 1: 'value' and 'unit' must be strings (the number as written)"),
        ([], "the file must be a JSON object (docs/gold-format.md)"),
    ],
)
def test_malformed_gold(gold: object, message: str) -> None:
    with pytest.raises(InputError) as err:
        check_gold(Path("g.json"), gold)
    assert str(err.value) == f"g.json: {message}"


def test_a_complete_gold_file_passes() -> None:
    gold = {"title": "t", "tasks": [{**TASK, "lead": ["某某市经济和信息化委员会"]}], "targets": [{"year": None, "value": "一", "unit": "个", "metric": "m"}]}
    assert check_gold(Path("g.json"), gold) is gold


def test_every_gold_file_of_the_repository_passes() -> None:
    # A second annotator's files (tests/heldout22/second_annotator/) hold the mentions only, for agreement.
    files = sorted(f for f in Path(__file__).parent.glob("**/gold/*.json") if "second_annotator" not in f.parts)
    assert len(files) >= 5
    for f in files:
        load_gold(f)


def test_the_example_in_the_gold_format_page_passes() -> None:
    text = (Path(__file__).parent.parent / "docs" / "gold-format.md").read_text(encoding="utf-8")
    example = text.split("## A complete example", 1)[1].split("```json", 1)[1].split("```", 1)[0]
    gold = json.loads(example)
    check_gold(Path("example.json"), gold)
    assert gold["tasks"][0]["lead"] == ["某某市经济和信息化委员会"]
