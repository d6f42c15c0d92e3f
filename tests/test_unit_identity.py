"""Agency identity in the graph: a unit that cannot be placed is unresolved and stays its document's own."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from graphbuild.cli import main
from graphbuild.query import run_query

DOC = """{city}人民政府办公厅关于印发{city}数字经济发展行动方案的通知
各区人民政府，市政府各部门：
现将《{city}数字经济发展行动方案》印发给你们，请认真贯彻执行。
{city}人民政府办公厅
2024年3月1日
{city}数字经济发展行动方案
一、重点任务
（一）建设数字园区。支持建设一批数字经济园区。（责任单位：市科技局、区科技局）
"""

UNITS = """SELECT ?label ?resolved (COUNT(DISTINCT ?a) AS ?nodes) WHERE {
  ?a a pkg:Agency ; rdfs:label ?label ; pkg:resolved ?resolved } GROUP BY ?label ?resolved ORDER BY ?label"""


def test_two_cities_district_units_never_merge_and_are_not_certain(tmp_path: Path) -> None:
    for i, city in enumerate(("成都市", "杭州市")):
        (tmp_path / f"{i}.txt").write_text(DOC.format(city=city), encoding="utf-8")
    store = tmp_path / "store"
    assert CliRunner().invoke(main, ["build", str(tmp_path / "0.txt"), str(tmp_path / "1.txt"), "--store", str(store)]).exit_code == 0
    rows = {r["label"]: (r["resolved"], r["nodes"]) for r in run_query(UNITS, store=store).records()}
    assert rows["区科技局"] == (False, 2)  # one node per document, never the city's bureau
    assert rows["成都市科学技术局"] == (True, 1) and rows["杭州市科学技术局"] == (True, 1)
