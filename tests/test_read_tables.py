"""Crawler tables (.csv .tsv .jsonl .xlsx): one document per row, bad rows skipped one line each, the rest read."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from graphbuild.cli import main
from graphbuild.read import InputError, SourceFile, read_inputs
from graphbuild.read.table import TableOptions, sniff_encoding

ADV = Path(__file__).parent / "adversarial"
PARAGRAPH = (ADV / "policy_paragraph.utf8.txt").read_text(encoding="utf-8")
HEADER = ["标题", "时间", "访问地址", "内容", "发文机关"]


def _csv(path: Path, rows: list[list[str]], *, encoding: str = "utf-8-sig", delimiter: str = ",", header: list[str] = HEADER) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    w.writerow(header)
    w.writerows(rows)
    path.write_bytes(buf.getvalue().encode(encoding))
    return path


def _read(path: Path, opts: TableOptions | None = None, max_bytes: int = 20 * 1024 * 1024) -> tuple[list[SourceFile], list[str]]:
    docs, skipped = [], []
    for s in read_inputs(path, path.name, max_bytes=max_bytes, table=opts):
        if isinstance(s, InputError):
            skipped.append(s.reason)
        else:
            docs.append(s)
    return docs, skipped


def test_a_csv_row_is_a_document_with_its_fields_as_metadata(tmp_path: Path) -> None:
    f = _csv(tmp_path / "corpus.csv", [["某标题", "2023-01-05", "https://www.gov.cn/zhengce/a.htm", PARAGRAPH, "重庆市经济和信息化委员会"]])
    (doc,), skipped = _read(f)
    assert skipped == []
    assert (doc.name, doc.path, doc.format, doc.media_type, doc.encoding) == ("corpus.csv#row=2", f"{f}#row=2", "csv", "text/csv", "utf-8")
    assert doc.text == PARAGRAPH
    assert doc.metadata == (("issued", "2023-01-05"), ("issuer", "重庆市经济和信息化委员会"), ("title", "某标题"), ("url", "https://www.gov.cn/zhengce/a.htm"))


def test_gbk_with_semicolons_is_detected_and_sniffed(tmp_path: Path) -> None:
    f = _csv(tmp_path / "gbk.csv", [["标题一", "2023年1月5日", "", PARAGRAPH, ""]], encoding="gbk", delimiter=";")
    assert sniff_encoding(f.read_bytes()) == "gb18030"
    (doc,), skipped = _read(f)
    assert (skipped, doc.encoding, doc.text, doc.metadata) == ([], "gb18030", PARAGRAPH, (("issued", "2023年1月5日"), ("title", "标题一")))


def test_hostile_rows_are_skipped_one_line_each_and_the_rest_read(tmp_path: Path) -> None:
    good = ["好", "2023-01-05", "", PARAGRAPH, ""]
    f = _csv(tmp_path / "bad.csv", [good, ["空", "", "", "  ", ""], ["大", "", "", "长" * 3000, ""], ["少", "x"], good[:3] + ["第二份。" + PARAGRAPH, ""]])
    # A row whose bytes are not UTF-8 (a GBK cell pasted into a UTF-8 file), and a line far over the limit.
    last = _csv(tmp_path / "last.csv", [["尾", "", "", "最后一份。" + PARAGRAPH, ""]], encoding="utf-8").read_bytes().split(b"\r\n", 1)[1]
    data = f.read_bytes() + "坏,,,".encode() + "内容".encode("gbk") + b",\r\n" + b"x" * 50_000 + b"\r\n" + last
    f.write_bytes(data)
    docs, skipped = _read(f, max_bytes=8000)
    assert [d.name for d in docs] == ["bad.csv#row=2", "bad.csv#row=6", "bad.csv#row=9"]
    assert skipped == [
        "row 3: its 内容 cell is empty",
        "row 4: its 内容 cell is 9,000 bytes, over the limit of 8,000 (raise --max-bytes to include it)",
        "row 5: has 2 fields, the header 5 (a quote left open, or a stray delimiter?)",
        "row 7: cannot be decoded in the table's encoding (damaged bytes); fix or drop the row",
        "row 8: a line over the limit of 8,000 bytes (raise --max-bytes to include it)",
    ]


def test_a_quoted_cell_over_the_limit_is_never_held_whole(tmp_path: Path) -> None:
    # A cell of many short lines: no one line is long, the field is; the csv module's field limit stops it.
    big = "\n".join(["很长的一行。"] * 4000)
    f = _csv(tmp_path / "big.csv", [["大", "", "", big, ""], ["好", "", "", PARAGRAPH, ""]])
    docs, skipped = _read(f, max_bytes=10_000)
    assert skipped == ["row 2: a cell over the limit of 10,000 bytes (raise --max-bytes to include it)"]
    assert [(d.name, d.text) for d in docs] == [("big.csv#row=3", PARAGRAPH)]
    assert csv.field_size_limit() == 131072  # restored


def test_the_id_column_names_rows_and_must_be_unique(tmp_path: Path) -> None:
    f = _csv(tmp_path / "ids.csv", [["a", PARAGRAPH], ["b", "第二。" + PARAGRAPH], ["a", "第三。" + PARAGRAPH], ["", "第四。" + PARAGRAPH]], header=["编号", "正文"])
    docs, skipped = _read(f, TableOptions(id_column="编号"))
    assert [d.name for d in docs] == ["ids.csv#id=a", "ids.csv#id=b"]
    assert skipped == ["row 4: its id 'a' is also row 2's; ids must be unique", "row 5: its 编号 cell (the id column) is empty"]


def test_a_table_without_its_text_column_is_refused_with_its_columns(tmp_path: Path) -> None:
    f = _csv(tmp_path / "t.csv", [["x", "y"]], header=["名称", "备注"])
    assert _read(f) == ([], ["has no text column (its columns: 名称, 备注); name it with --text-column"])
    assert _read(f, TableOptions(text_column="正文")) == ([], ["has no column '正文' (its columns: 名称, 备注); name an existing column with --text-column"])
    assert _read(f, TableOptions(text_column="备注", url_column="地址")) == (
        [], ["has no column '地址' (its columns: 名称, 备注); name an existing column with --url-column"])
    (tmp_path / "empty.csv").write_bytes(b"")
    assert _read(tmp_path / "empty.csv") == ([], ["is empty: no header row"])


def test_jsonl_rows_and_their_bad_lines(tmp_path: Path) -> None:
    f = tmp_path / "c.jsonl"
    lines = [json.dumps({"title": "甲", "content": PARAGRAPH, "url": "https://a.gov.cn/1.html", "n": 3}, ensure_ascii=False), "{not json", "[1, 2]", "",
             json.dumps({"title": "乙", "content": ""}, ensure_ascii=False)]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (doc,), skipped = _read(f)
    assert (doc.name, doc.format, doc.metadata) == ("c.jsonl#row=1", "jsonl", (("title", "甲"), ("url", "https://a.gov.cn/1.html")))
    assert skipped == ["row 2: is not JSON (Expecting property name enclosed in double quotes: line 1 column 2 (char 1))",
                       "row 3: is a JSON list, not an object", "row 5: its content cell is empty"]


def test_xlsx_rows_and_a_zip_that_is_no_workbook(tmp_path: Path) -> None:
    import datetime

    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["标题", "时间", "内容"])
    ws.append(["表一", datetime.datetime(2023, 1, 5), PARAGRAPH])
    ws.append(["表二", None, None])
    wb.save(tmp_path / "c.xlsx")
    (doc,), skipped = _read(tmp_path / "c.xlsx")
    assert (doc.name, doc.format, doc.text, doc.metadata) == ("c.xlsx#row=2", "xlsx", PARAGRAPH, (("issued", "2023-01-05"), ("title", "表一")))
    assert skipped == ["row 3: its 内容 cell is empty"]
    with zipfile.ZipFile(tmp_path / "fake.xlsx", "w") as zf:
        zf.writestr("hello.txt", "hi")
    assert _read(tmp_path / "fake.xlsx") == ([], ["is a zip file without xl/workbook.xml: not an Excel workbook"])
    (tmp_path / "junk.xlsx").write_bytes(b"not a zip")
    assert _read(tmp_path / "junk.xlsx") == ([], ["is not a readable .xlsx (broken zip: File is not a zip file)"])


def test_build_a_csv_from_the_command_line(tmp_path: Path) -> None:
    f = _csv(tmp_path / "corpus.csv", [["", "2023-01-05", "https://www.gov.cn/a.htm", PARAGRAPH, ""], ["空", "", "", "", ""]], header=["题", "日", "址", "文", "x"])
    res = CliRunner().invoke(main, ["build", str(f), "--store", str(tmp_path / "s"), "--text-column", "文", "--date-column", "日", "--url-column", "址",
                                    "--format", "csv"])
    assert res.exit_code == 3, res.output
    assert res.stdout.splitlines()[1] == "corpus.csv#row=2,深圳市培育发展智能传感器产业集群行动计划(2022-2025年),2,1,253,extracted"
    assert res.stderr == f"warning: skipped {f}: row 3: its 文 cell is empty\n"
    res = CliRunner().invoke(main, ["build", str(f), "--store", str(tmp_path / "s"), "--text-column", "内容"])
    reason = "has no column '内容' (its columns: 题, 日, 址, 文, x); name an existing column with --text-column"
    assert (res.exit_code, res.stderr) == (2, f"warning: skipped {f}: {reason}\nError: no document could be built: {f}: {reason}\n")


def _facts(store: Path) -> tuple[list[str], ...]:
    out = []
    for sparql in (
        "SELECT ?l WHERE { ?t a pkg:Task ; rdfs:label ?l } ORDER BY ?l",
        "SELECT ?l WHERE { ?t a pkg:Task ; pkg:responsibleAgency ?a . ?a rdfs:label ?l } ORDER BY ?l",
        "SELECT ?m ?v ?y WHERE { ?t a pkg:Target ; pkg:metric ?m ; pkg:valueAsWritten ?v ; pkg:targetYear ?y } ORDER BY ?m",
    ):
        res = CliRunner().invoke(main, ["query", "-e", sparql, "--store", str(store), "--format", "csv"])
        assert res.exit_code == 0, res.output
        out.append(res.stdout.splitlines()[1:])
    return tuple(out)


def test_the_same_text_as_a_file_and_as_a_row_builds_the_same_facts(tmp_path: Path) -> None:
    (tmp_path / "txt").mkdir()
    (tmp_path / "txt" / "doc.txt").write_text(PARAGRAPH, encoding="utf-8")
    (tmp_path / "tab").mkdir()
    _csv(tmp_path / "tab" / "corpus.csv", [["", "", "", PARAGRAPH, ""]])
    for name in ("txt", "tab"):
        res = CliRunner().invoke(main, ["build", str(tmp_path / name), "--store", str(tmp_path / f"s-{name}")])
        assert res.exit_code == 0, res.output
    facts = _facts(tmp_path / "s-txt")
    assert all(facts), facts  # tasks, their agencies and the targets: something to compare
    assert _facts(tmp_path / "s-tab") == facts
    # In one folder they are one document (the same content) with both names.
    (tmp_path / "tab" / "doc.txt").write_text(PARAGRAPH, encoding="utf-8")
    res = CliRunner().invoke(main, ["build", str(tmp_path / "tab"), "--store", str(tmp_path / "s-both"), "--format", "csv"])
    assert res.exit_code == 0, res.output
    assert [row[0] for row in csv.reader(res.stdout.splitlines()[1:])] == ["corpus.csv#row=2, doc.txt"]
    assert _facts(tmp_path / "s-both") == facts


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".xlsx"])
def test_a_table_named_in_read_source_is_sent_to_the_table_reader(tmp_path: Path, suffix: str) -> None:
    from graphbuild.read import read_source

    (tmp_path / f"t{suffix}").write_bytes(b"a,b\n")
    with pytest.raises(InputError, match="is a table"):
        read_source(tmp_path / f"t{suffix}")
