"""``oa:exact`` always equals the file's text between ``oa:start`` and ``oa:end``, control characters included."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from graphbuild.cli import main
from graphbuild.query import run_query
from graphbuild.rdf import ntriples as nt

TEXT = ("重庆市智能工厂建设行动方案\n一、重点任务\n"
        "（一）建设智能\x07工厂。支持企业建设一批智能工厂和数字化车间。（责任单位：市经济信息委、\x1b市科技局）\n"
        "（二）培育服务商。培育一批服务商。（责任单位：市经济信息委\x01）\n")


def test_exact_keeps_control_characters_as_escapes() -> None:
    assert nt.exact("a\x01b\x0bc\td") == '"a\\u0001b\\u000Bc\td"'
    assert nt.exact('引号"与\\反斜杠\n') == '"引号\\"与\\\\反斜杠\\n"'


def test_every_quotation_equals_the_file_between_its_offsets(tmp_path: Path) -> None:
    f = tmp_path / "ctrl.txt"
    f.write_text(TEXT, encoding="utf-8")
    store = tmp_path / "s"
    assert CliRunner().invoke(main, ["build", str(f), "--store", str(store)]).exit_code == 0
    rows = run_query("SELECT ?s ?e ?x WHERE { ?ev a pkg:Evidence ; oa:hasSelector [ oa:start ?s ; oa:end ?e ; oa:exact ?x ] }", store=store).rows
    assert len(rows) >= 3
    assert sum(any(c in str(x) for c in "\x07\x1b\x01") for _s, _e, x in rows) >= 2
    for s, e, x in rows:
        assert TEXT[int(s):int(e)] == x  # type: ignore[arg-type]
