"""One lead rule for the graph and for eval: a unit the bracket marks leads; only when none is
marked does a document's note "the first listed unit leads" apply (issue 11: the graph once
gave two leads where eval gave one)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from graphbuild.cli import main
from graphbuild.evaluate import predict
from graphbuild.query import run_query

TEXT = """重庆市人民政府办公厅关于印发重庆市智能工厂建设行动方案的通知
各区县人民政府，市政府各部门：
现将《重庆市智能工厂建设行动方案》印发给你们，请认真贯彻执行。
重庆市人民政府办公厅
2024年3月1日
重庆市智能工厂建设行动方案
一、重点任务
（一）建设智能工厂。支持企业建设一批智能工厂和数字化车间。（责任单位：市科技局、市经济信息委（牵头））
（二）培育服务商。培育一批智能制造系统解决方案服务商。（责任单位：市经济信息委、市科技局）
二、保障措施
各项任务责任单位中排在第一位的为牵头单位。
"""

LEADS = """PREFIX pkg: <https://w3id.org/policykg/ontology#>
SELECT ?task (GROUP_CONCAT(?l; separator="|") AS ?leads) WHERE {
  ?t a pkg:Task ; rdfs:label ?task . OPTIONAL { ?t pkg:leadAgency/rdfs:label ?l }
} GROUP BY ?task ORDER BY ?task"""


def test_a_marked_lead_wins_over_the_first_unit_note_in_graph_and_eval(tmp_path: Path) -> None:
    doc = tmp_path / "lead.txt"
    doc.write_text(TEXT, encoding="utf-8")
    store = tmp_path / "store"
    assert CliRunner().invoke(main, ["build", str(doc), "--store", str(store)]).exit_code == 0
    graph = {r["task"]: sorted(str(r["leads"] or "").split("|")) for r in run_query(LEADS, store=store).records()}
    pred = {t["heading"]: sorted(t["lead"]) for t in predict(doc)["tasks"]}
    assert graph == pred
    assert pred == {"建设智能工厂": ["重庆市经济和信息化委员会"], "培育服务商": ["重庆市经济和信息化委员会"]}
