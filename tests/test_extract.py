"""The extraction components (structure, metadata, brackets, targets, mentions), and the same as spaCy factories."""

from pathlib import Path

import pytest
import spacy

from graphbuild.extract.pipeline import COMPONENTS, Component, check_order, extract
from graphbuild.extract.responsibility import iter_brackets, parse_bracket
from graphbuild.extract.spacy_components import FACTORIES, extract_with_spacy
from graphbuild.normalise import normalise
from graphbuild.read import read_source
from graphbuild.resources import corpus_dir


def test_components_are_registered_spacy_factories():
    nlp = spacy.blank("zh")
    for name in FACTORIES:
        nlp.add_pipe(name)
    assert nlp.pipe_names == [f"pkg_{c.name}" for c in COMPONENTS]
    doc = nlp("一、总体要求\n（一）加快发展。推进工作。（市发展改革委负责）")
    assert len(doc._.pkg.tasks) == 1


@pytest.mark.parametrize("path", sorted(Path(str(corpus_dir())).glob("*.txt")), ids=lambda p: p.name)
def test_the_spacy_pipeline_finds_what_the_plain_one_finds(path):
    text = normalise(read_source(path).text).text
    assert extract_with_spacy(text) == extract(text)


def test_a_component_that_needs_what_no_earlier_one_assigns_is_refused():
    def noop(_state):
        return None

    with pytest.raises(ValueError, match=r"component 'targets' requires \['headings'\], which no earlier component assigns"):
        check_order((Component("targets", ("headings",), ("targets",), noop),))
    with pytest.raises(ValueError, match=r"component 'x' names unknown fields: \['headline'\]"):
        check_order((Component("x", (), ("headline",), noop),))


def _units(inner):
    return [(u.surface, u.role) for u in parse_bracket(inner, 0)]


@pytest.mark.parametrize(
    ("inner", "expected"),
    [
        ("责任单位：市经济信息委、市发展改革委，各区县", [("市经济信息委", "responsible"), ("市发展改革委", "responsible"), ("各区县", "responsible")]),
        ("市工业和信息化局、发展改革委按职责分工负责", [("市工业和信息化局", "responsible"), ("发展改革委", "responsible")]),
        ("省商务厅牵头，省财政厅、省市场监管局配合", [("省商务厅", "lead"), ("省财政厅", "support"), ("省市场监管局", "support")]),
        ("牵头单位：省发展改革委；配合单位：省自然资源厅、省商务厅", [("省发展改革委", "lead"), ("省自然资源厅", "support"), ("省商务厅", "support")]),
        ("科技部、财政部等负责", [("科技部", "responsible"), ("财政部", "responsible")]),
    ],
)
def test_bracket_forms(inner, expected):
    assert _units(inner) == expected


@pytest.mark.parametrize("inner", ["元器件", "2021—2025年", "下称《行动计划》", "含两江新区、重庆高新区"])
def test_ordinary_parentheses_are_not_brackets(inner):
    assert parse_bracket(inner, 0) is None


def test_nested_brackets_stay_in_their_unit():
    text = "〔责任单位:市经济信息委,各区县(自治县,含两江新区、重庆高新区)〕"
    spans = list(iter_brackets(text))
    assert spans == [(0, len(text))]
    units = parse_bracket(text[1:-1], 1)
    assert [u.surface for u in units] == ["市经济信息委", "各区县(自治县,含两江新区、重庆高新区)"]
    assert text[units[0].span.start : units[0].span.end] == "市经济信息委"


DOC = """重庆市人民政府办公厅关于
印发重庆市推动测试产业发展实施方案的通知
渝府办发〔2021〕99号
各区县(自治县)人民政府，市级有关部门：
《重庆市测试产业发展实施方案》已经市政府同意，现印发给你们。
重庆市人民政府办公厅
2021年8月13日
重庆市测试产业发展实施方案
为贯彻落实《重庆市制造业高质量发展“十四五”规划(2021—2025年)》，特制定本方案。
一、发展目标
到2025年，测试产业规模达到500亿元，培育龙头企业10家以上。
二、主要任务
(一)培育龙头企业。
1.加快引进。重点发展激光雷达、MEMS传感器等关键器件，建设两江新区测试产业园。(责任单位:市经济信息委、市发展改革委,各区县)
2.强化服务。完善服务体系。(责任单位:市科技局)
"""


def test_document_structure_and_metadata():
    ex = extract(DOC)
    assert ex.title == "重庆市人民政府办公厅关于印发重庆市推动测试产业发展实施方案的通知"
    assert ex.issuers == ["重庆市人民政府办公厅"]
    assert ex.doc_number == "渝府办发〔2021〕99号"
    assert ex.date == "2021-08-13"
    assert [p.title for p in ex.parts[1:]] == ["重庆市测试产业发展实施方案"]
    assert [c.title for c in ex.citations] == ["重庆市制造业高质量发展“十四五”规划(2021—2025年)"]


def test_tasks_take_the_innermost_numbered_heading():
    ex = extract(DOC)
    assert [(t.heading, t.section_path, t.part) for t in ex.tasks] == [("加快引进", "二/（一）/1", 1), ("强化服务", "二/（一）/2", 1)]


def test_targets_in_goal_section():
    ex = extract(DOC)
    assert [(t.year, t.value, t.unit, t.qualifier) for t in ex.targets] == [(2025, "500", "亿元", "达到"), (2025, "10", "家", "以上")]


def test_mentions_from_suffixes_and_lists():
    ex = extract(DOC)
    found = {(m.kind, m.text) for m in ex.mentions}
    assert ("park", "两江新区测试产业园") in found
    assert ("technology", "激光雷达") in found and ("technology", "MEMS传感器") in found


def test_text_without_structure_yields_a_warning_not_an_error():
    ex = extract("这是一段没有标题和编号的文字。")
    assert ex.tasks == [] and ex.warnings


def test_a_lead_note_inside_the_first_bracket_is_not_a_unit():
    text = (
        "一、重点任务\n"
        "（一）建设创新平台。支持建设一批研发机构。（责任单位：省科技厅、省发展改革委、省财政厅。列第一位的为牵头单位，下同）\n"
        "（二）培育企业。支持龙头企业发展。（责任单位：省经信厅、省商务厅）\n"
    )
    ex = extract(text)
    assert [[u.surface for u in t.units] for t in ex.tasks] == [["省科技厅", "省发展改革委", "省财政厅"], ["省经信厅", "省商务厅"]]
    assert ex.lead_note and all(t.first_is_lead for t in ex.tasks)


def test_a_lead_marked_after_the_unit():
    units = parse_bracket("责任单位：市商务局（牵头）、市财政局、市统计局（牵头单位）", 0)
    assert [(u.surface, u.role) for u in units] == [("市商务局", "lead"), ("市财政局", "responsible"), ("市统计局", "lead")]


def test_units_joined_by_ji_are_split_only_when_both_sides_are_units():
    units = parse_bracket("国家能源局、交通运输部及各省级人民政府按职责分工负责", 0)
    assert [u.surface for u in units] == ["国家能源局", "交通运输部", "各省级人民政府"]
    assert all(u.span.text == u.surface for u in units)
    units = parse_bracket("市科技局、市教委、市经济信息委及有关企业按职责分工负责", 0)
    assert [u.surface for u in units] == ["市科技局", "市教委", "市经济信息委及有关企业"]


def test_ten_thousand_with_a_classifier_is_one_unit():
    ex = extract("一、主要目标\n到2027年，碳化硅衬底年产能达到20万片，工业无人机年产量突破1500架。\n")
    assert [(t.value, t.unit) for t in ex.targets] == [("20", "万片"), ("1500", "架")]


def test_a_list_of_units_without_label_or_role_word_closes_an_item_only_after_its_last_sentence():
    from graphbuild.extract.responsibility import find_tasks
    from graphbuild.extract.structure import Sentences, find_headings, find_parts

    text = "一、建设算力设施。推进智算中心建设。（各地有关部门，省数据局、省经信厅）二、完善政策。发挥省数据局（省大数据中心）作用。（省数据局、2025年底前）"
    headings = find_headings(text, find_parts(text, []), Sentences(text))
    tasks = find_tasks(text, headings, lambda pos: 0, False)
    # After 。 a bracket of nothing but units is the item's responsible units; a unit's other name
    # inside a sentence is not, and neither is a bracket with an entry that is no unit.
    assert [(t.heading, [u.surface for u in t.units]) for t in tasks] == [
        ("建设算力设施", ["各地有关部门", "省数据局", "省经信厅"]),
        ("完善政策", ["省数据局"]),
    ]
    assert parse_bracket("省数据局、产业发展情况", 0, closes_item=True) is None
    assert parse_bracket("省数据局、省经信厅", 0) is None  # inside a sentence: no role word, no task


def test_split_top_level_keeps_brackets_and_scope_notes_whole():
    from graphbuild.extract.brackets import nesting, split_top_level

    s = "市科技局（知识产权局）、各区（含新区、园区）政府、市财政局"
    assert [s[a:b] for a, b in split_top_level(s, "、")] == ["市科技局（知识产权局）", "各区（含新区、园区）政府", "市财政局"]
    # A stray closing bracket does not go below zero; a tail left inside an open bracket is no piece.
    assert [s2[a:b] for s2 in ["A）、B"] for a, b in split_top_level(s2, "、")] == ["A）", "B"]
    assert [s3[a:b] for s3 in ["A、B（地址："] for a, b in split_top_level(s3, "、")] == ["A"]
    assert nesting("A（B（C））") == 2 and nesting("A") == 0


def test_an_unclosed_bracket_ends_where_the_next_item_starts():
    # A crawl cut a bracket off (（省财政厅、省人力资）: the item number after it opens the next item, whose
    # own bracket is a bracket still (texts flattened to one line have no paragraph end to stop at).
    text = "（一）做好就业。落实补贴。（省财政厅、省人力资（二）安置职工。落实帮扶。（省人力资源社会保障厅、省财政厅等负责）"
    spans = [text[a:b] for a, b in iter_brackets(text)]
    assert spans == ["（一）", "（二）", "（省人力资源社会保障厅、省财政厅等负责）"]
    from graphbuild.extract.pipeline import extract

    assert [[u.surface for u in t.units] for t in extract(text).tasks] == [["省人力资源社会保障厅", "省财政厅"]]
