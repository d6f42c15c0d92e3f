"""Where a page or a crawler's row gives its address, the Document carries it (dcterms:source, a valid http(s) IRI only)
and the explorer's evidence panel shows it as text to copy, never as something the page loads."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from graphbuild.cli import main
from graphbuild.rdf.emit import http_iri, metadata_triples
from graphbuild.read import source_from_bytes

ADV = Path(__file__).parent / "adversarial"
PARAGRAPH = (ADV / "policy_paragraph.utf8.txt").read_text(encoding="utf-8")
FORMATS = Path(__file__).parent / "formats"


@pytest.mark.parametrize(("value", "expected"), [
    ("http://www.gov.cn/zhengce/content/2018-12/10/content_5347465.htm", "http://www.gov.cn/zhengce/content/2018-12/10/content_5347465.htm"),
    ("  https://gxt.hebei.gov.cn//a/b/index.html?x=1#p ", "https://gxt.hebei.gov.cn//a/b/index.html?x=1#p"),
    ("https://例子.中国/政策", "https://例子.中国/政策"),
    ("javascript:alert(1)", None),
    ("/zhengce/content/a.htm", None),
    ("www.gov.cn/a.htm", None),
    ("ftp://www.gov.cn/a.htm", None),
    ("https://", None),
    ("https://nodot/a", None),
    ("https://www.gov.cn/a b.htm", None),
    ('https://www.gov.cn/a">.htm', None),
    ("https://www.gov.cn:port/a", None),
    ("http://[::1/a", None),
    ("", None),
])
def test_http_iri(value: str, expected: str | None) -> None:
    assert http_iri(value) == expected
    assert metadata_triples("url", value) == ([("<http://purl.org/dc/terms/source>", f"<{expected}>")] if expected else [])


def _page(head: str) -> bytes:
    return f"<html><head><meta charset='utf-8'>{head}</head><body><p>{PARAGRAPH}</p></body></html>".encode()


def test_a_page_gives_its_address_by_canonical_link_then_og_url() -> None:
    canonical = '<link rel="canonical" href="https://www.gov.cn/a.htm"><meta property="og:url" content="https://www.gov.cn/b.htm">'
    assert dict(source_from_bytes(_page(canonical), "p.html").metadata)["url"] == "https://www.gov.cn/a.htm"
    assert dict(source_from_bytes(_page('<meta property="og:url" content="https://www.gov.cn/b.htm">'), "p.html").metadata)["url"] == "https://www.gov.cn/b.htm"
    assert "url" not in dict(source_from_bytes(_page(""), "p.html").metadata)


def _nt(store: Path) -> str:
    res = CliRunner().invoke(main, ["export", "--format", "nt", "-o", "-", "--store", str(store)])
    assert res.exit_code == 0, res.output
    return res.stdout


def test_rows_carry_their_address_and_the_explorer_shows_it_as_text(tmp_path: Path) -> None:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["访问地址", "内容"])
    w.writerow(["http://gxt.hebei.gov.cn/a/index.html", PARAGRAPH])
    w.writerow(["javascript:alert(1)", "另一份。\n" + PARAGRAPH])
    (tmp_path / "c.csv").write_text(buf.getvalue(), encoding="utf-8")
    store = tmp_path / "s"
    res = CliRunner().invoke(main, ["build", str(tmp_path / "c.csv"), "--store", str(store)])
    assert res.exit_code == 0, res.output
    nt = _nt(store)
    assert re.findall(r"<http://purl.org/dc/terms/source> (\S+) \.", nt) == ["<http://gxt.hebei.gov.cn/a/index.html>"]
    out = tmp_path / "e.html"
    res = CliRunner().invoke(main, ["viz", "-o", str(out), "--store", str(store)])
    assert res.exit_code == 0, res.output
    html = out.read_text(encoding="utf-8")
    m = re.search(r'<script type="application/json" id="pk-data">(.*?)</script>', html, re.S)
    assert m, "no data island"
    data = json.loads(m.group(1))
    urls = {e.get("url") for d in data["info"] for e in d["evidence"]}
    assert urls == {"http://gxt.hebei.gov.cn/a/index.html", None}
    assert {t["evidence"][0][3] for t in data["tasks"] if t["evidence"]} == {"http://gxt.hebei.gov.cn/a/index.html", ""}
    # Shown as text (a <code> the reader selects), never an element that would load or follow it.
    assert 'el("code", "pk-url-text", url)' in html
    assert not re.search(r"<(?:a|img|iframe|link|script)\b[^>]*gxt\.hebei", html)
    assert "default-src 'none'" in html


def test_the_govcn_page_builds_with_its_metadata(tmp_path: Path) -> None:
    page = tmp_path / "govcn.html"
    # The crawler kept only the main block; a full page names its address in its head.
    page.write_bytes(b'<link rel="canonical" href="http://www.gov.cn/zhengce/content/2018-12/10/content_5347465.htm">' + (FORMATS / "govcn_37.html").read_bytes())
    src = source_from_bytes(page.read_bytes(), page)
    assert dict(src.metadata)["url"] == "http://www.gov.cn/zhengce/content/2018-12/10/content_5347465.htm"
