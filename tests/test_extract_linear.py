"""The linear-time forms of the extractor's patterns and loops (issue 16) find what the plain forms found.

Each rewritten step is compared with the plain form it replaced, on made-up sentences and on random
strings built from the characters that matter to it; the behaviours that changed on purpose (the
mentions of a task, deeply nested notes, the output bound, long texts) have tests of their own.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graphbuild.extract import mentions as M
from graphbuild.extract import responsibility as R
from graphbuild.extract import targets as T
from graphbuild.extract.metadata import SelfNames, compact
from graphbuild.extract.pipeline import extract
from graphbuild.extract.structure import Enclosing, Sentences, enclosing, find_headings, find_parts

FUZZ = settings(max_examples=300, deadline=None)


def pieces(*words: str):
    """Strings made of the given words and characters."""
    return st.lists(st.sampled_from(words), max_size=40).map("".join)


# --- responsibility ---------------------------------------------------------------------------

NOTE_WORDS = ("，", "。", "；", "下同", "排在第一位", "列第一位", "首位", "的为", "为", "牵头单位", "牵头部门", "（", "）", "(", " ", "\u3000", "市科技局", "x")


@FUZZ
@given(pieces(*NOTE_WORDS))
def test_trailing_note_finds_the_first_match_of_the_plain_search(body):
    plain = R._TRAILING_NOTE_RE.search(body)
    fast = R._trailing_note(body)
    assert (fast.start() if fast else None) == (plain.start() if plain else None)


def test_trailing_note_after_a_bracket_and_many_notes():
    body = "市科技局、市经济信息委" + "，下同" * 50 + "（略）" + "，排在第一位的为牵头单位"
    assert R._trailing_note(body).start() == body.rindex("，排在第一位")
    assert R._trailing_note(body + "（x）") is None


LEAD_WORDS = ("市科技局", "牵头", "负责", "，", "；", " ", "等", "配合", "参与", "协同", "市财政局", "、")


@FUZZ
@given(pieces(*LEAD_WORDS, "按职责分工", "分别", "。", "\u3000"))
def test_role_word_is_stripped_only_from_the_clause_end(clause):
    # The role word and its modifiers are found by endswith from the end (a regex search would start
    # at every position): what is taken off is exactly modifiers, one role word and white space.
    sh = R._shapes()
    text, role = R._strip_role(clause, "responsible")
    assert clause.startswith(text)
    if text != clause:
        mods, words = "|".join(map(re.escape, sh["role_modifiers"])), "|".join(map(re.escape, sh["role_words"]))
        assert re.fullmatch(rf"\s*(?:{mods})*(?:{words})\s*[。.]*\s*", clause[len(text):])
        assert role in ("lead", "support", "responsible")
    else:
        assert role == "responsible"


def test_role_clauses_of_a_long_body_are_linear():
    import time

    body = "市科技局、" * 4000 + " " * 20000 + "市财政局按职责分工负责"
    t0 = time.perf_counter()
    units = R.parse_bracket(body, 0)
    assert time.perf_counter() - t0 < 2.0
    assert units is not None and units[-1].surface == "市财政局"


@FUZZ
@given(pieces("市科技局", "（", "）", "(", ")", "〕", "含", "各区县", "局"))
def test_unit_shape_ignores_the_tail_after_the_last_closing_bracket(unit):
    plain = re.sub(r"[（(][^）)]*[）)]", "", unit).strip()
    expected = 2 <= len(plain) <= 40 and plain.endswith(R._shapes()["suffixes"])
    assert R._looks_like_unit(unit) == expected


def test_a_bracket_of_lead_and_support_pairs_without_a_support_ending():
    inner = "市科技局牵头，市经济信息委配合；" * 3
    # Each clause's role word gives its units their role (the closing ； is a separator, not text).
    assert [(u.surface, u.role) for u in R.parse_bracket(inner, 0)] == [("市科技局", "lead"), ("市经济信息委", "support")] * 3
    assert [(u.surface, u.role) for u in R.parse_bracket("市科技局牵头，市财政局配合", 0)] == [("市科技局", "lead"), ("市财政局", "support")]


# --- structure --------------------------------------------------------------------------------

DOC = (
    "关于印发《甲方案》《乙方案》的通知\n一、总体要求\n（一）目标。推进（市科技局负责）\n1.细化。落实（市财政局负责）\n"
    "二、重点任务\n（一）任务。建设（市商务局负责）\n甲方案\n一、目标\n（一）甲。推进（市科技局负责）\n乙方案\n二、任务\n1.乙。建设（市财政局负责）\n"
)


def test_incremental_enclosing_is_the_enclosing_stack_at_every_position():
    parts = find_parts(DOC, ["甲方案", "乙方案"])
    headings = find_headings(DOC, parts, Sentences(DOC))
    starts = [p.start for p in parts]
    inc = Enclosing(headings)
    for pos in range(len(DOC)):
        part = max(i for i, s in enumerate(starts) if s <= pos)
        assert inc(pos, part) == enclosing(headings, pos, part)
    with pytest.raises(ValueError):
        inc(0, 0)


# --- metadata ---------------------------------------------------------------------------------


def _plain_self_reference(cited: str, title: str, part_titles: list[str]) -> bool:
    c = compact(cited)
    own = [compact(t) for t in [title, *part_titles] if t]
    if c in own:
        return True
    stripped = [re.sub(r"[（(]\d{4}.*?[）)]$", "", t) for t in own]
    return any(t.endswith(c) or c in ("行动计划", "若干措施", "实施方案", "方案", "计划", "措施", "意见", "规划", "办法", "细则", "通知", "纲要") and c in t for t in stripped)


TITLE_WORDS = ("重庆市", "集成电路", "行动计划", "实施方案", "方案", "（2024—2027年）", "若干措施", "通知", " ")


@FUZZ
@given(pieces(*TITLE_WORDS), st.lists(pieces(*TITLE_WORDS), max_size=4), pieces(*TITLE_WORDS))
def test_self_names_agree_with_comparing_every_title(title, part_titles, cited):
    assert (cited in SelfNames(title, part_titles)) == _plain_self_reference(cited, title, part_titles)


@FUZZ
@given(pieces("\n", "-", " ", "\t", "2024", "-01", "/1", "-15", "年", "x", "发布日期：", "2024-1-5"))
def test_dashed_date_lines_found_once_per_run_as_by_the_plain_search(head):
    from graphbuild.extract import metadata

    plain = metadata._DATE_RES[1].search(head)
    fast = metadata._dash_date(head)
    assert (fast.span() if fast else None) == (plain.span() if plain else None)


# --- targets ----------------------------------------------------------------------------------

_PLAIN_NUM = r"(?:\d+(?:\.\d+)?(?:\s*[—\-–－~至]{1,2}\s*\d+(?:\.\d+)?)?|[一二两三四五六七八九十百千]{1,4}(?:[—\-–－~至][一二两三四五六七八九十百千]{1,3})?)"
_PLAIN_VALUE_RE = re.compile(rf"(?P<qual>{T._QUAL_RE})?\s*(?P<value>{_PLAIN_NUM})\s*(?P<unit>{T._UNIT})(?P<above>以上|左右|以内|以下)?")
_PLAIN_YEAR_RE = re.compile(r"(?:到|至|于|在)?\s*(?P<year>20\d{2})\s*年(?:底|末)?")
_PLAIN_BARE_RE = re.compile(r"(?P<qual>达到|达|保持在|超过)\s*(?P<value>\d+(?:\.\d+)?)(?![\d.%％万亿个家项])")


@FUZZ
@given(pieces("1", "20", "5", ".", "—", "至", " ", "  ", "\u3000", "亿元", "%", "家", "达到", "超过", "GW", "万", "个百分点", "以上", "三", "十", "2025", "年", "到", "底"))
def test_possessive_values_match_what_the_backtracking_pattern_matched(clause):
    assert T._NUM in T._VALUE_RE.pattern
    assert [(m.span(), m.groupdict()) for m in T._YEAR_RE.finditer(clause)] == [(m.span(), m.groupdict()) for m in _PLAIN_YEAR_RE.finditer(clause)]
    assert T._YEAR_RE.sub("#", clause) == _PLAIN_YEAR_RE.sub("#", clause)
    got = [(m.span(), m.groupdict()) for m in T._VALUE_RE.finditer(clause)]
    want = [(m.span(), m.groupdict()) for m in _PLAIN_VALUE_RE.finditer(clause)]
    assert got == want
    assert [m.span() for m in T._BARE_VALUE_RE.finditer(clause)] == [m.span() for m in _PLAIN_BARE_RE.finditer(clause)]


@FUZZ
@given(pieces("2025", "2027", "年", "到", "—", "至", " ", "底", "1", "较", "比"))
def test_years_without_slices_are_the_years_found_before(clause):
    year, period_only = None, False
    for y in T._YEAR_RE.finditer(clause):
        if re.match(r"\s*[—\-–－~至]", clause[y.end():]):
            continue
        before = clause[: y.start()].rstrip()
        if before and before[-1] in "—-–－~至":
            period_only = True
            continue
        # 2025至2027年: a 至 taken as the year's prefix closes a period after a year (issue 12b).
        if clause[y.start()] == "至" and before and (before[-1].isdigit() or before[-1] == "年"):
            period_only = True
            continue
        # 较2025年: the base year of a comparison is no year of the target (issue 12b).
        if clause[: y.start("year")].rstrip().endswith(("较", "比")):
            continue
        year = int(y.group("year"))
    assert T._years_in(clause) == (year, period_only)


def test_a_clause_of_many_values_keeps_each_goal_with_its_metric():
    text = "一、发展目标\n到2025年，" + "、".join(f"第{k}类企业{k + 1}家" for k in range(30)) + "。\n"
    ex = extract(text)
    assert [(t.value, t.unit) for t in ex.targets] == [(str(k + 1), "家") for k in range(30)]
    assert ex.targets[3].metric == "第3类企业"


# --- mentions ---------------------------------------------------------------------------------

_PLAIN_LIST_END = re.compile(r"等|领域(?=产品|技术|装备|芯片|软件|器件|材料)|\d+[条个项类种]|[一二两三四五六七八九十]+[条个项类种大](?=[\u4e00-\u9fff])")
_PLAIN_COUNT = re.compile(r"\d+[条个项家类]|[一二两三四五六七八九十]+[条个项]|^[一二两三四五六七八九十]{1,3}大")
_PLAIN_PARENS = re.compile(r"[（(]([^（()）]*、[^（()）]*)[）)]")
_PLAIN_CJK_SPACE = re.compile(r"(?<=[\u4e00-\u9fff）)。])[\s\u3000]+|[\s\u3000]+(?=[\u4e00-\u9fff（(])")
_PLAIN_LEAD_MARK = re.compile(r"\s*[（(]\s*牵头(?:单位|部门)?\s*[）)]$")


@FUZZ
@given(pieces("集成", "A", " ", "  ", "\u3000", "\t", "（", "）", "(", "。", "牵头", "单位", "x"))
def test_white_space_patterns_match_what_the_plain_ones_matched(s):
    assert [m.span() for m in M._CJK_SPACE_RE.finditer(s)] == [m.span() for m in _PLAIN_CJK_SPACE.finditer(s)]
    fast, plain = R._LEAD_MARK_RE.search(s), _PLAIN_LEAD_MARK.search(s)
    assert (fast.span() if fast else None) == (plain.span() if plain else None)


@FUZZ
@given(pieces("1", "2", "三", "十", "条", "个", "项", "大", "家", "产业", "等", "领域", "技术", "、", "（", "）", "(", "芯片"))
def test_possessive_list_patterns_match_what_the_plain_ones_matched(s):
    assert [m.span() for m in M._LIST_END.finditer(s)] == [m.span() for m in _PLAIN_LIST_END.finditer(s)]
    assert [m.span() for m in M._COUNT_RE.finditer(s)] == [m.span() for m in _PLAIN_COUNT.finditer(s)]
    assert [m.span(1) for m in M._LIST_IN_PARENS_RE.finditer(s)] == [m.span(1) for m in _PLAIN_PARENS.finditer(s)]


def _plain_strip_edges_tail(name: str) -> str:
    while name and name[0] in M._CLOSE:
        name = name[1:]
    while name and name[-1] in M._OPEN:
        name = name[:-1]
    return name


@FUZZ
@given(pieces("（", "）", "(", ")", "芯片", "“", "”"))
def test_edges_stripped_in_one_go_as_character_by_character(name):
    assert name.lstrip(M._CLOSE).rstrip(M._OPEN) == _plain_strip_edges_tail(name)


# --- changed on purpose -----------------------------------------------------------------------


def test_a_task_takes_its_heading_and_its_own_text_not_the_earlier_brackets_items():
    text = (
        "一、重点任务\n（一）壮大集成电路产业\n"
        "加快发展甲乙新材料产业（责任单位：市科技局）。"
        "发展丙丁新材料产业（责任单位：市经济信息委）。\n"
    )
    from graphbuild.build import extract_document
    from graphbuild.read import source_from_bytes

    src = source_from_bytes(text.encode(), "made-up.txt")
    nq, _meta = extract_document(src, [src.name])
    from graphbuild.rdf.emit import mint

    chain = {name: mint("chain", name) for name in ("集成电路产业", "甲乙新材料产业", "丙丁新材料产业")}
    task1, task2 = mint("task", src.content_hash[:16], "1"), mint("task", src.content_hash[:16], "2")
    links = {(s, o) for line in nq.splitlines() for s, p, o in [line.split(" ")[:3]] if p.endswith("concernsChain>")}
    assert {(task1, chain["集成电路产业"]), (task1, chain["甲乙新材料产业"])} <= links
    assert {(task2, chain["集成电路产业"]), (task2, chain["丙丁新材料产业"])} <= links
    assert (task2, chain["甲乙新材料产业"]) not in links


def test_deeply_nested_notes_are_dropped_whole():
    from graphbuild.resolve.agencies import clean_unit

    assert clean_unit("市科技局（含（各（区（县））））") == "市科技局"
    assert clean_unit("市科技局" + "（" * 500 + "含" + "）" * 500) == "市科技局"
    # Shallow notes as before: a one- or two-character qualifier stays, a note goes.
    assert clean_unit("各区（市）县") == "各区（市）县"
    assert clean_unit("市商务委（含两江新区）") == "市商务委"


def test_a_graph_over_the_bound_is_cut_item_by_item_with_a_warning(monkeypatch):
    import sys
    from pathlib import Path

    from rdflib import Graph

    from graphbuild.build import extract_document
    from graphbuild.rdf import emit
    from graphbuild.read import source_from_bytes
    from graphbuild.validate import validate_graph

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    import shapes

    src = source_from_bytes(shapes.brackets(40).encode(), "many-brackets.txt")
    _nq, full = extract_document(src, [src.name])
    assert full["counts"]["tasks"] == 40 and not any(w.startswith(emit.CUT_WARNING) for w in full["warnings"])

    # A bound that the mentions fit in but not all the tasks (mentions are written before tasks).
    bound = int(full["quads"] * 0.8)
    monkeypatch.setattr(emit, "QUADS_BASE", bound)
    monkeypatch.setattr(emit, "QUADS_PER_CHAR", 0)
    nq, cut = extract_document(src, [src.name])
    assert cut["quads"] <= bound < full["quads"]
    assert 0 < cut["counts"]["tasks"] < 40
    (warning,) = [w for w in cut["warnings"] if w.startswith(emit.CUT_WARNING)]
    assert f"{40 - cut['counts']['tasks']:,} of 40 tasks" in warning and f"{bound:,} triples" in warning
    # What is kept is whole: the cut graph still satisfies the shapes.
    g = Graph()
    g.parse(data="\n".join(line.rsplit(" ", 2)[0] + " ." for line in nq.splitlines()), format="nt")
    assert len(g) == cut["quads"]
    assert validate_graph(g).conforms


def test_real_documents_stay_far_below_the_bound():
    from graphbuild.build import extract_document
    from graphbuild.rdf import emit
    from graphbuild.read import read_source
    from graphbuild.resources import corpus_dir

    for path in sorted(Path(str(corpus_dir())).glob("*.txt")):
        src = read_source(path)
        _nq, meta = extract_document(src, [src.name])
        assert meta["quads"] < 0.25 * (emit.QUADS_BASE + emit.QUADS_PER_CHAR * len(src.text)), path.name


def test_a_long_text_is_carried_by_its_first_section_with_the_same_extraction(monkeypatch):
    from graphbuild.extract import spacy_components

    text = DOC * 20
    whole = extract(text)
    spacy_components.make_nlp()  # built (and cached) with the real bound: later tests get it, not one of 300
    monkeypatch.setattr(spacy_components, "SECTION_CHARS", 300)
    assert len(spacy_components.first_section(text)) <= 300 and spacy_components.first_section(text).endswith("\n")
    assert spacy_components.extract_with_spacy(text) == whole


def test_a_text_longer_than_spacys_max_length_is_extracted_not_refused():
    from graphbuild.extract.spacy_components import extract_with_spacy, make_nlp

    line = "（一）发展集成电路产业。推进项目建设（责任单位：市科技局）。\n"
    text = "一、重点任务\n" + line * (make_nlp().max_length // len(line) + 10)
    assert len(text) > make_nlp().max_length
    ex = extract(text)
    assert len(ex.tasks) == text.count("责任单位")
    assert extract_with_spacy(text) == ex  # spaCy would refuse the text with [E088]


def test_the_build_shows_a_cut_graph_in_its_table_and_on_stderr(tmp_path, monkeypatch):
    import sys

    from click.testing import CliRunner

    from graphbuild.cli import main
    from graphbuild.rdf import emit

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    import shapes

    doc = tmp_path / "many-brackets.txt"
    doc.write_text(shapes.brackets(30), encoding="utf-8")
    monkeypatch.setattr(emit, "QUADS_BASE", 500)
    monkeypatch.setattr(emit, "QUADS_PER_CHAR", 0)
    r = CliRunner().invoke(main, ["build", str(doc), "--store", str(tmp_path / "store"), "--format", "csv"], catch_exceptions=False)
    assert r.exit_code == 0
    row = r.stdout.splitlines()[1]
    assert row.endswith(",\"extracted, cut\"") and int(row.split(",")[-3]) <= 500
    assert f"warning: many-brackets.txt: {emit.CUT_WARNING}: 500 triples for " in r.stderr
