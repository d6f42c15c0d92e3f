"""graphbuild.cli.output: tables for the terminal, CSV for spreadsheet programs, .xlsx workbooks."""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

import openpyxl
from click.testing import CliRunner

from graphbuild.cli import main
from graphbuild.cli.output import render_bytes

ROWS = [["=HYPERLINK(\"http://x\")", 3, Decimal("2.5")], ["重庆市经济和信息化委员会", -5, None], ["-5", 0, True]]


def test_excel_csv_has_a_bom_and_no_formula() -> None:
    out = render_bytes(["a", "n", "d"], ROWS, "csv", excel=True)
    assert out.startswith("\ufeff".encode())
    assert out.decode("utf-8-sig") == "a,n,d\n\"'=HYPERLINK(\"\"http://x\"\")\",3,2.5\n重庆市经济和信息化委员会,-5,\n-5,0,true\n"


def test_plain_csv_is_unchanged() -> None:
    assert render_bytes(["a"], [["=1"]], "csv") == b"a\n=1\n"


def test_xlsx_keeps_types_never_makes_formulas_and_is_deterministic() -> None:
    one = render_bytes(["a", "n", "d"], ROWS, "xlsx", title="Agencies: workload?")
    assert one == render_bytes(["a", "n", "d"], ROWS, "xlsx", title="Agencies: workload?")
    ws = openpyxl.load_workbook(io.BytesIO(one)).active
    assert ws.title == "Agencies  workload "
    assert [[c.value for c in r] for r in ws.iter_rows()] == [["a", "n", "d"], ["=HYPERLINK(\"http://x\")", 3, 2.5], ["重庆市经济和信息化委员会", -5, None], ["-5", 0, True]]
    assert ws["A2"].data_type == "s"


def test_xlsx_drops_characters_a_workbook_cannot_hold() -> None:
    ws = openpyxl.load_workbook(io.BytesIO(render_bytes(["a"], [["a\x00b\x1fc"]], "xlsx"))).active
    assert ws["A2"].value == "abc"


def test_query_writes_xlsx_and_excel_csv(corpus_store: Path) -> None:
    res = CliRunner().invoke(main, ["query", "agency-workload", "--store", str(corpus_store), "--format", "xlsx"])
    assert res.exit_code == 0, res.stderr
    ws = openpyxl.load_workbook(io.BytesIO(res.stdout_bytes)).active
    assert ws.title == "Agency workload" and ws["A1"].value == "agency" and ws.max_row > 10
    csv = CliRunner().invoke(main, ["query", "agency-workload", "--store", str(corpus_store), "--format", "csv", "--excel"])
    assert csv.exit_code == 0 and csv.stdout_bytes.startswith(b"\xef\xbb\xbfagency,")


def test_analyse_writes_xlsx(corpus_store: Path) -> None:
    res = CliRunner().invoke(main, ["analyse", "--top", "3", "--store", str(corpus_store), "--format", "xlsx"])
    assert res.exit_code == 0, res.stderr
    assert openpyxl.load_workbook(io.BytesIO(res.stdout_bytes)).active.max_row == 4
