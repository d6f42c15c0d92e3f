"""``policykg show DOC``: the text the store keeps for a document, and the passages the graph cites marked in it."""

from __future__ import annotations

import json
import os
import pty
import re
import select
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from graphbuild.build import build
from graphbuild.cli import main
from graphbuild.read import source_from_bytes
from graphbuild.show import innermost, marked, merge_spans
from graphbuild.store import StoreDir

ADV = Path(__file__).parent / "adversarial"
PARAGRAPH = (ADV / "policy_paragraph.utf8.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("show")
    for folder in ("a", "b"):
        (root / "in" / folder).mkdir(parents=True)
        (root / "in" / folder / "0001.txt").write_text(f"{folder}。\n{PARAGRAPH}", encoding="utf-8")
    page = "<html><head><meta charset='utf-8'></head><body>" + "".join(f"<p>{line}</p>" for line in PARAGRAPH.splitlines()) + "</body></html>"
    (root / "in" / "a" / "page.html").write_text(page, encoding="utf-8")
    build([root / "in"], store=root / "store")
    return root / "store"


def _show(store: Path, *args: str) -> tuple[int, str, str]:
    res = CliRunner().invoke(main, ["show", *args, "--store", str(store)])
    return res.exit_code, res.stdout, res.stderr


def test_show_prints_the_text_as_read(store: Path) -> None:
    assert _show(store, "a/0001.txt") == (0, f"a。\n{PARAGRAPH}", "")
    # A web page: the reader's text, which the evidence offsets point into, not the HTML.
    code, out, err = _show(store, "page.html")
    assert (code, err) == (0, "")
    page = StoreDir(store).root.parent / "in" / "a" / "page.html"
    assert out == source_from_bytes(page.read_bytes(), page).text
    assert "<p>" not in out and "智能传感器产业集群行动计划" in out


def test_show_evidence_marks_every_cited_passage(store: Path) -> None:
    code, out, err = _show(store, "b/0001.txt", "--evidence")
    assert code == 0
    assert out.splitlines()[:3] == [
        "b。",
        # The title line is the plan's title; the notice that issues it (its issuers' passage) names it again.
        "【深圳市培育发展智能传感器产业集群行动计划(2022-2025年)】",
        "【深圳市工业和信息化局 深圳市发展和改革委员会 深圳市科技创新委员会关于发布《深圳市培育发展智能传感器产业集群行动计划(2022-2025年)》的通知】",
    ]
    assert out.splitlines()[-1] == ("(二)【打造全产业链核心技术能力】。【提高智能传感器设计能力,鼓励重点企业围绕图像传感器、生物传感器、激光雷达等产品,"
                                    "加大研发投入力度。】【(市科技创新委、工业和信息化局负责)】")
    assert err == "b/0001.txt: 9 passages cited by the graph, 9 marked\n"
    assert out.replace("【", "").replace("】", "") == f"b。\n{PARAGRAPH}"
    # Every quotation the graph holds for the document lies inside a marked stretch.
    sparql = 'SELECT ?x WHERE { ?ev pkg:sourceDocument ?d ; oa:hasSelector ?sel . ?sel oa:exact ?x . ?d dcterms:identifier "b/0001.txt" }'
    res = CliRunner().invoke(main, ["query", "-e", sparql, "--store", str(store), "--format", "json"])
    assert res.exit_code == 0, res.output
    quotes = {r["x"] for r in json.loads(res.stdout)}
    # The marked stretches (marks nest: read them with a stack) are exactly the passages quoted.
    stretches, stack, plain = set(), [], []
    for ch in out:
        if ch == "【":
            stack.append(len(plain))
        elif ch == "】":
            stretches.add("".join(plain[stack.pop():]))
        else:
            plain.append(ch)
    assert not stack and quotes and stretches == quotes  # 10 passages, 9 texts: the plan title is quoted twice


def test_unknown_or_ambiguous_document_is_exit_2(store: Path) -> None:
    assert _show(store, "nope.txt") == (2, "", "Error: not in the store: nope.txt (give a document's path relative to the folder built, its content hash, "
                                               "or its file name; `policykg stats` lists the documents)\n")
    docs = StoreDir(store).require_current().manifest()["documents"]
    a, b = (next(h for h, d in docs.items() if f"{f}/0001.txt" in d["names"]) for f in ("a", "b"))
    assert _show(store, "0001.txt") == (2, "", f"Error: '0001.txt' is the name of 2 documents: a/0001.txt ({a[:12]}), b/0001.txt ({b[:12]}); "
                                               "give the path (as listed) or the content hash\n")
    assert _show(store, a[:12])[:2] == (0, f"a。\n{PARAGRAPH}")


def test_a_store_without_kept_texts_says_how_to_rebuild(tmp_path: Path) -> None:
    (tmp_path / "d.txt").write_text(PARAGRAPH, encoding="utf-8")
    build([tmp_path / "d.txt"], store=tmp_path / "s")
    f = StoreDir(tmp_path / "s").require_current().path / "manifest.json"
    manifest = json.loads(f.read_text(encoding="utf-8"))
    for d in manifest["documents"].values():
        del d["text"]
    f.write_text(json.dumps(manifest), encoding="utf-8")
    s = tmp_path / "s"
    assert _show(s, "d.txt") == (1, "", f"Error: {s}/ keeps no text for d.txt: it was built before texts were kept; rebuild it: "
                                        f"policykg build PATHS --store {s} --replace\n")
    assert _show(tmp_path / "none", "d.txt") == (1, "", f"Error: no graph in {tmp_path / 'none'}/: run `policykg build` first (or pass --store DIR)\n")


def test_merge_and_mark() -> None:
    # Crossing ranges are joined; touching ones stay apart; a range inside another keeps its marks inside.
    assert merge_spans([(5, 8), (0, 2), (1, 3), (8, 9), (5, 8)]) == [(0, 3), (5, 8), (8, 9)]
    assert marked("abcdefghij", merge_spans([(5, 8), (0, 2), (1, 3), (8, 9)])) == "【abc】de【fgh】【i】j"
    spans = merge_spans([(0, 20), (0, 3), (1, 3), (5, 8)])
    assert spans == [(0, 20), (0, 3), (1, 3), (5, 8)]
    assert marked("abcdefghijklmnopqrstu", spans) == "【【a【bc】】de【fgh】ijklmnopqrst】u"
    assert innermost(spans) == {(1, 3), (5, 8)}
    assert marked("abc", []) == "abc"


def test_on_a_terminal_the_passages_are_coloured_not_bracketed(store: Path) -> None:
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "graphbuild.cli", "show", "b/0001.txt", "--evidence", "--store", str(store)],
                            stdout=slave, stderr=subprocess.PIPE, env={**os.environ, "TERM": "xterm-256color", "COLUMNS": "200"})
    os.close(slave)
    chunks = []
    while True:
        ready, _w, _x = select.select([master], [], [], 30)
        if not ready:
            break
        try:
            data = os.read(master, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=30)
    os.close(master)
    out = b"".join(chunks).decode("utf-8")
    assert proc.returncode == 0
    assert "\x1b[" in out and "【" not in out
    assert re.sub(r"\x1b\[[0-9;]*m", "", out).replace("\r\n", "\n") == f"b。\n{PARAGRAPH}"
