"""graphbuild.read.formats: web pages, PDF and Word files read into the same graph as their text,
with the file's own metadata, and each format's hostile cases refused with a clear reason."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from graphbuild.cli import main
from graphbuild.evaluate import predict
from graphbuild.query import run_query
from graphbuild.read import InputError, read_source

FORMATS = Path(__file__).parent / "formats"
KEYS = ("tasks", "targets", "parks", "technologies", "chains", "plans_cited")
PAGES = [
    ["重庆市智能工厂建设行动方案", "一、重点任务", "（一）建设智能工厂。支持企业建设一批智能工厂和数字化车间，推动制造",
     "业数字化转型。（责任单位：市经济信息委、市科技局）"],
    ["（二）培育服务商。培育一批智能制造系统解决方案服务商，到2025年达到", "50家。（责任单位：市经济信息委）", "二、保障措施", "加强组织领导。"],
    ["（三）强化人才支撑。加快培养智能制造人才。（责任单位：市人力社保局）"],
]
TEXT = "\n".join(["重庆市智能工厂建设行动方案", "一、重点任务",
                  "（一）建设智能工厂。支持企业建设一批智能工厂和数字化车间，推动制造业数字化转型。（责任单位：市经济信息委、市科技局）",
                  "（二）培育服务商。培育一批智能制造系统解决方案服务商，到2025年达到50家。（责任单位：市经济信息委）",
                  "二、保障措施", "加强组织领导。", "（三）强化人才支撑。加快培养智能制造人才。（责任单位：市人力社保局）"]) + "\n"


def make_pdf(path: Path, pages: list[list[str]] = PAGES, header: str = "重庆市人民政府办公厅文件") -> Path:
    """A PDF with a CJK text layer, a running header and page numbers."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), invariant=1)
    for i, lines in enumerate(pages):
        c.setFont("STSong-Light", 11)
        if header:
            c.drawString(72, 810, header)
        y = 760
        for line in lines:
            c.drawString(72, y, line)
            y -= 20
        c.drawString(290, 40, f"- {i + 1} -")
        c.showPage()
    c.save()
    return path


def make_docx(path: Path) -> Path:
    """A .docx with the same text: paragraphs, and a table row."""
    import docx

    d = docx.Document()
    for line in TEXT.splitlines():
        d.add_paragraph(line)
    table = d.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "联系人"
    table.rows[0].cells[1].text = "张三"
    d.save(str(path))
    return path


# --- web pages ----------------------------------------------------------------------------------------


def test_a_govcn_page_gives_the_graph_of_its_text_conversion() -> None:
    page, text = predict(FORMATS / "govcn_37.html"), predict(FORMATS / "govcn_37.txt")
    assert len(page["tasks"]) == 30
    assert {k: page[k] for k in KEYS} == {k: text[k] for k in KEYS}
    # The page's metadata table is metadata, not text: no field label becomes the title.
    assert page["title"] == "国务院办公厅关于对真抓实干成效明显地方进一步加大激励支持力度的通知"


def test_the_page_metadata_reaches_the_document(tmp_path: Path) -> None:
    store = tmp_path / "s"
    assert CliRunner().invoke(main, ["build", str(FORMATS / "govcn_37.html"), "--store", str(store)]).exit_code == 0
    rows = run_query("SELECT ?p ?o WHERE { ?d a pkg:Document ; ?p ?o } ORDER BY ?p ?o", store=store).rows
    got = {(p.rsplit("/", 1)[-1].rsplit("#", 1)[-1], o) for p, o in rows}
    assert {("issued", "2018-12-10"), ("format", "text/html"), ("issuerAsRecorded", "国务院办公厅"), ("documentNumberAsRecorded", "国办发〔2018〕117号")} <= got
    assert any(p == "reader" and str(o).startswith("html (html-text ") for p, o in got)


@pytest.mark.parametrize("declared", ["gb2312", "gbk", "GB18030"])
def test_the_charset_of_a_page_comes_from_its_meta_tag(tmp_path: Path, declared: str) -> None:
    html = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={declared}"></head><body><p>{TEXT}</p></body></html>'
    f = tmp_path / "gbk.html"
    f.write_bytes(html.encode("gb18030"))
    src = read_source(f)
    assert (src.encoding, "建设智能工厂" in src.text) == ("gb18030", True)


def test_a_page_whose_declared_charset_lies_is_detected(tmp_path: Path) -> None:
    f = tmp_path / "lies.html"
    f.write_bytes(f'<meta charset="utf-8"><p>{TEXT}</p>'.encode("gb18030"))
    assert "建设智能工厂" in read_source(f).text


def test_scripts_and_a_huge_inline_script_are_not_text(tmp_path: Path) -> None:
    f = tmp_path / "script.html"
    f.write_text("<html><body><script>" + "var x = '建设';" * 200_000 + "</script><p>（一）建设智能工厂。</p></body></html>", encoding="utf-8")
    assert read_source(f).text == "（一）建设智能工厂。\n"


def test_a_page_without_text_is_refused(tmp_path: Path) -> None:
    f = tmp_path / "empty.html"
    f.write_text("<html><body><img src='x.png'><script>1</script></body></html>", encoding="utf-8")
    with pytest.raises(InputError, match="has no text in its body"):
        read_source(f)


# --- PDF ------------------------------------------------------------------------------------------------


def test_a_pdf_gives_the_text_without_headers_page_numbers_or_broken_lines(tmp_path: Path) -> None:
    src = read_source(make_pdf(tmp_path / "plan.pdf"))
    assert src.text == TEXT
    assert src.format == "pdf" and src.reader.startswith("pdf (pypdfium2 ")
    assert [src.page_of(src.text.index(s)) for s in ("建设智能工厂", "培育服务商", "强化人才支撑")] == [1, 2, 3]


def test_a_pdf_builds_the_tasks_of_its_text_with_pages_on_the_evidence(tmp_path: Path) -> None:
    (tmp_path / "plan.txt").write_text(TEXT, encoding="utf-8")
    pdf, txt = predict(make_pdf(tmp_path / "plan.pdf")), predict(tmp_path / "plan.txt")
    assert {k: pdf[k] for k in KEYS} == {k: txt[k] for k in KEYS} and len(pdf["tasks"]) == 3
    store = tmp_path / "s"
    assert CliRunner().invoke(main, ["build", str(tmp_path / "plan.pdf"), "--store", str(store)]).exit_code == 0
    pages = run_query("SELECT ?task ?page WHERE { ?t a pkg:Task ; rdfs:label ?task ; pkg:evidence ?e . ?e pkg:page ?page } ORDER BY ?page",
                      store=store).rows
    assert {(t, p) for t, p in pages} >= {("建设智能工厂", 1), ("培育服务商", 2), ("强化人才支撑", 3)}


def test_a_scanned_pdf_is_refused_with_the_fix(tmp_path: Path) -> None:
    f = make_pdf(tmp_path / "scan.pdf", pages=[[], []], header="")
    with pytest.raises(InputError) as err:
        read_source(f)
    assert str(err.value) == f"{f}: no text layer: scanned PDF; OCR it first (e.g. ocrmypdf) and build the result"


def test_a_broken_pdf_is_refused(tmp_path: Path) -> None:
    f = tmp_path / "broken.pdf"
    f.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\nxref\n0 1\nbroken\ntrailer << >>\n%%EOF\n")
    with pytest.raises(InputError, match="not a readable PDF|no text layer"):
        read_source(f)


def test_a_pdf_name_on_another_file_is_refused(tmp_path: Path) -> None:
    f = tmp_path / "fake.pdf"
    f.write_text(TEXT, encoding="utf-8")
    with pytest.raises(InputError, match="has a .pdf name but is not a PDF file"):
        read_source(f)


# --- Word -----------------------------------------------------------------------------------------------


def test_a_docx_gives_its_paragraphs_and_table_rows(tmp_path: Path) -> None:
    src = read_source(make_docx(tmp_path / "plan.docx"))
    assert src.text == TEXT + "联系人 张三\n"
    (tmp_path / "plan.txt").write_text(TEXT, encoding="utf-8")
    d, t = predict(tmp_path / "plan.docx"), predict(tmp_path / "plan.txt")
    assert {k: d[k] for k in KEYS} == {k: t[k] for k in KEYS}


def test_a_zip_bomb_named_docx_is_refused_without_unpacking(tmp_path: Path) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"<w:document/>")
        with z.open("word/media/bomb.bin", "w", force_zip64=True) as fh:
            block = b"\0" * (1024 * 1024)
            for _ in range(210):
                fh.write(block)
    f = tmp_path / "bomb.docx"
    f.write_bytes(buf.getvalue())
    assert f.stat().st_size < 2 * 1024 * 1024
    with pytest.raises(InputError, match="a zip bomb"):
        read_source(f)


@pytest.mark.parametrize(("name", "message"), [
    ("old.doc", "is a Word 97–2003 file: save it as .docx or .pdf"),
    ("wps.wps", "is a WPS Office file: save it as .docx or .pdf"),
    ("fake.docx", "has a .docx name but is not a Word document"),
])
def test_formats_refused_with_the_fix(tmp_path: Path, name: str, message: str) -> None:
    f = tmp_path / name
    f.write_bytes(b"\xd0\xcf\x11\xe0 not really")
    with pytest.raises(InputError, match=message):
        read_source(f)


def test_a_folder_of_every_format_builds_the_same_tasks(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.html").write_text(f"<html><body>{''.join(f'<p>{line}</p>' for line in TEXT.splitlines())}</body></html>", encoding="utf-8")
    make_pdf(tmp_path / "c.pdf")
    make_docx(tmp_path / "d.docx")
    store = tmp_path / "s"
    res = CliRunner().invoke(main, ["build", str(tmp_path), "--store", str(store), "--format", "csv"])
    assert res.exit_code == 0, res.stderr
    assert [line.split(",")[0] for line in res.stdout.splitlines()[1:]] == ["a.txt", "b.html", "c.pdf", "d.docx"]
    per_doc = run_query("""SELECT ?name (COUNT(DISTINCT ?t) AS ?tasks) (GROUP_CONCAT(DISTINCT ?a; separator="|") AS ?agencies) WHERE {
        ?d a pkg:Document ; dcterms:identifier ?name . ?t a pkg:Task ; prov:wasDerivedFrom ?d ; pkg:responsibleAgency/rdfs:label ?a
      } GROUP BY ?name ORDER BY ?name""", store=store).rows
    assert len(per_doc) == 4
    assert {r[1] for r in per_doc} == {3}
    assert len({frozenset(str(r[2]).split("|")) for r in per_doc}) == 1
