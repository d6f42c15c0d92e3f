"""extract/targets.py on made-up goal sections: values, units, magnitudes, years, periods, qualifiers."""

from __future__ import annotations

from decimal import Decimal

import pytest

from graphbuild.extract.pipeline import extract
from graphbuild.extract.structure import Sentences, find_headings, find_parts
from graphbuild.extract.targets import find_targets, parse_value


@pytest.mark.parametrize(
    ("value", "unit", "expected"),
    [
        ("500", "亿元", (Decimal("5E+10"), None, "元")),
        ("3", "万家", (Decimal("3E+4"), None, "家")),
        ("12.5", "%", (Decimal("12.5"), None, "%")),
        ("10—20", "个", (Decimal(10), Decimal(20), "个")),
        ("十五", "家", (Decimal(15), None, "家")),
        ("8", "万", (Decimal("8E+4"), None, "")),
        ("若干", "家", (None, None, "家")),
    ],
)
def test_parse_value(value, unit, expected):
    assert parse_value(value, unit) == expected


def _targets(text: str):
    return find_targets(text, find_headings(text, find_parts(text, []), Sentences(text)), Sentences(text))


def test_a_year_that_opens_a_sentence_holds_for_its_paragraph():
    text = "一、发展目标\n到2027年，全市软件业务收入达到800亿元，培育重点企业20家。\n二、重点任务\n（一）推进。\n"
    got = [(t.metric, t.value, t.unit, t.year) for t in _targets(text)]
    assert got == [("全市软件业务收入", "800", "亿元", 2027), ("培育重点企业", "20", "家", 2027)]


def test_only_the_goal_section_is_read_and_a_range_of_years_is_a_period_not_a_year():
    text = "一、发展目标\n2024—2026年，新建基站5000个。\n二、重点任务\n（一）建设基站1000个。\n"
    (t,) = _targets(text)
    assert (t.value, t.unit, t.year) == ("5000", "个", None)


def test_qualifiers_are_kept():
    text = "一、工作目标\n到2025年，数字经济核心产业增加值占比力争达到12%以上。\n"
    (t,) = _targets(text)
    assert (t.value, t.unit, t.year) == ("12", "%", 2025) and t.qualifier


def test_without_a_goal_section_the_opening_sections_year_sentences_are_the_goals():
    text = (
        "一、总体要求\n坚持创新引领。到2027年，全省算力规模达到50万标准机架。\n"
        "二、重点任务\n（一）建设设施。到2026年，新建数据中心10个。\n"
    )
    assert [(t.value, t.unit, t.year) for t in _targets(text)] == [("50", "万", 2027)]


def test_a_goal_word_inside_a_sentence_opens_no_goal_section():
    # 不能完成目标任务的 names no goal: the numbers of the rules after it are none either.
    text = "一、项目变更\n因故不能完成目标任务的，最多延期1次，延长期限不得超过1年。\n二、其他\n"
    assert _targets(text) == []


def test_computing_power_and_bandwidth_are_units():
    text = "一、发展目标\n到2027年，全省算力规模达到35EFlops，出省带宽达到15万Gbps，存储容量达到20EB。\n二、重点任务\n"
    assert [(t.value, t.unit) for t in _targets(text)] == [("35", "EFlops"), ("15", "万Gbps"), ("20", "EB")]


def test_a_span_from_a_year_is_a_period_not_a_target_year():
    text = "一、发展目标\n自2030年起3年内，全省新增高新技术企业1000家。\n二、重点任务\n"
    assert [(t.value, t.year, t.period) for t in _targets(text)] == [("1000", None, "自2030年起3年内")]


def test_values_given_respectively_take_their_own_metrics_and_the_shared_qualifier():
    text = "一、发展目标\n到2030年，企业研发机构覆盖率、数字化普及率分别达到65%和55%。\n二、重点任务\n"
    assert [(t.metric, t.value, t.qualifier) for t in _targets(text)] == [("企业研发机构覆盖率", "65", "达到"), ("数字化普及率", "55", "达到")]


def test_approximations_and_aims_are_kept_in_the_qualifier():
    text = "一、发展目标\n到2030年，产业规模达到1000亿元左右，力争培育企业50家以上。\n二、重点任务\n"
    assert [(t.value, t.qualifier) for t in _targets(text)] == [("1000", "达到……左右"), ("50", "力争……以上")]


def test_the_one_year_opening_a_goal_section_holds_for_its_later_paragraphs():
    # A lead sentence (hard-wrapped, as PDF text is) and the indented goals after it, with no year of their own.
    text = ("一、发展目标\n到2030年，东山市智能装备产业体系基本建\n成，产业生态初步形成。\n"
            "——技术水平明显提高。突破50种以上关键零部件。\n——应用更加广泛。培育30家以上示范企业。\n二、重点任务\n（一）推进。\n")
    got = [(t.value, t.unit, t.year) for t in _targets(text)]
    assert got == [("50", "种", 2030), ("30", "家", 2030)]


def test_goals_in_stages_do_not_lend_a_year_to_a_later_paragraph():
    text = ("一、发展目标\n到2027年，培育示范企业20家。\n到2030年，培育示范企业50家。\n"
            "重点企业研发投入强度达到3%。\n二、重点任务\n（一）推进。\n")
    got = [(t.value, t.unit, t.year) for t in _targets(text)]
    assert got == [("20", "家", 2027), ("50", "家", 2030), ("3", "%", None)]


def test_a_density_keeps_its_per_unit():
    text = "一、发展目标\n到2030年，机器人应用密度达到200台/万人。\n二、重点任务\n（一）推进。\n"
    assert [(t.value, t.unit) for t in _targets(text)] == [("200", "台/万人")]


def test_a_goal_heading_inside_another_gives_its_goals_once():
    text = ("一、指导思想与工作目标\n（一）指导思想\n坚持创新。\n（二）工作目标\n到2030年，培育示范企业20家。\n"
            "二、主要任务\n（一）推进。\n")
    assert [(t.value, t.unit, t.year) for t in _targets(text)] == [("20", "家", 2030)]


def test_a_span_from_now_is_a_period_without_a_year():
    text = "一、工作目标\n在1-2年内，创建示范城市10个。用三年时间，培育示范企业200家。\n二、主要任务\n（一）推进。\n"
    assert [(t.value, t.year, t.period) for t in _targets(text)] == [("10", None, "1-2年内"), ("200", None, "三年时间")]


def test_each_goal_of_a_list_of_verb_object_goals_has_its_own_metric():
    text = "一、工作目标\n到2030年，创建10个智能工厂示范城市、打造50个示范基地、培育百家专精特新企业。\n二、主要任务\n（一）推进。\n"
    got = [(t.metric, t.value) for t in _targets(text)]
    assert got == [("创建智能工厂示范城市", "10"), ("打造示范基地", "50"), ("培育专精特新企业", "百")]


def test_a_clause_that_opens_with_another_time_leaves_the_sentences_year_behind():
    text = "一、工作目标\n到2030年底，重点县每县培育品牌1个；到“十五五”末，所有县培育品牌2个，打造省级品牌100个。\n二、主要任务\n（一）推进。\n"
    got = [(t.value, t.year, t.period) for t in _targets(text)]
    assert got == [("1", 2030, ""), ("2", None, "“十五五”末"), ("100", None, "“十五五”末")]


def test_a_goal_in_parentheses_has_a_time_of_its_own():
    # 突破3万亿元 is the sentence's 2031 goal; （其中2029—2030年达到2.2万亿元） is reached by 2030, its metric the clause's.
    text = "一、发展目标\n到2031年，营业收入总额力争突破3万亿元（其中2029—2030年达到2.2万亿元）。\n二、主要任务\n（一）推进。\n"
    got = _targets(text)
    assert [(t.value, t.unit, t.year) for t in got] == [("3", "万亿元", 2031), ("2.2", "万亿元", 2030)]
    assert got[0].metric.startswith("营业收入总额") and got[1].metric == got[0].metric


def test_a_vision_section_states_goals_and_a_joining_conjunction_is_no_part_of_a_metric():
    text = "（三）发展愿景\n到2030年，再培育100个以上示范企业，150个以上示范街道（乡镇）及50个以上示范基地。\n"
    got = [(t.year, t.value, t.unit) for t in extract(text).targets]
    assert got == [(2030, "100", "个"), (2030, "150", "个"), (2030, "50", "个")]
    assert [t.metric for t in extract(text).targets][:2] == ["再培育示范企业", "示范街道（乡镇）"]


def _goals(text: str) -> list[tuple[int | None, str, str]]:
    return [(t.year, t.value, t.unit) for t in extract(text).targets]


def test_a_goal_label_on_a_line_of_its_own_heads_the_paragraphs_under_it():
    text = "某某规划\n\n2025 年的主要目标是：\n——成效显著。70%的企业基本实现数字化，建成 500 个以上示范工厂。\n"
    assert _goals(text) == [(2025, "70", "%"), (2025, "500", "个")]


def test_a_heading_that_names_goals_beside_something_else_is_a_goal_section():
    text = "某某规划\n\n一、总体要求\n（三）发展路径和目标\n“十四五”期末，建成 500 个以上示范工厂。\n二、重点任务\n建设 20 个基地。\n"
    assert [(v, u) for _y, v, u in _goals(text)] == [("500", "个")]


def test_a_short_heading_that_is_a_kind_of_goal_is_a_goal_section():
    # 奋斗目标 is no word of the list: the shape (a few characters and 目标) makes the section.
    text = ("某某创新方案\n一、总体要求\n（一）指导思想\n坚持创新。\n（二）奋斗目标\n到2018年，某某贡献率达到55%左右。\n"
            "到2020年，实现“两个提升”的目标。\n“两个提升”：企业数量达到8万家，专利拥有量达到8件以上。\n"
            "“一个确保”：覆盖率达到90%。\n（三）工作原则\n建设10个基地。\n")
    # The 2020 paragraph announces its goals: the paragraphs that spell them out are 2020's.
    assert _goals(text) == [(2018, "55", "%"), (2020, "8", "万家"), (2020, "8", "件"), (2020, "90", "%")]
    # A paragraph after staged goals that announced none names no year (not a guessed one).
    text = text.replace("实现“两个提升”的目标。", "创新能力显著增强。")
    assert _goals(text) == [(2018, "55", "%"), (None, "8", "万家"), (None, "8", "件"), (None, "90", "%")]
    # A numbered item's own 培育目标 (a task's goal, at the third level) is not the document's goal section.
    text = "某某计划\n一、重点任务\n（一）实施某某工程\n1.培育目标。到2020年新办企业3万家以上。\n"
    assert _goals(text) == []


def test_the_session_of_a_congress_or_committee_is_no_goal():
    text = ("某某方案\n一、发展目标\n认真落实省委十届三次全会部署，贯彻第十四届全国人民代表大会第二次会议精神，"
            "到2025年，建成3次以上示范活动。\n二、重点任务\n略。\n")
    assert _goals(text) == [(2025, "3", "次")]


def test_a_limit_a_rule_sets_is_no_goal():
    text = ("某某试点方案\n一、试点目标\n到2024年，遴选出200个以上试点项目。\n"
            "“标准群”中标准数量不宜少于5项、不宜超过20项，单个项目投资不得低于1000万元。\n二、重点任务\n略。\n")
    assert _goals(text) == [(2024, "200", "个")]


def test_an_article_opening_a_clause_is_no_goal():
    # 一个 opening a clause is the article "a"; after its verb (建成一个…) it is a count of one.
    text = ("某某试点方案\n一、试点目标\n到2024年，建成一个示范基地。\n"
            "一个“标准群”中标准数量不宜少于5项。\n二、重点任务\n略。\n")
    assert _goals(text) == [(2024, "一", "个")]


def test_goals_in_a_page_flattened_to_one_line():
    # The ideographic spaces before 到2022年 open a paragraph; a glued heading ends before its time phrase.
    text = "某某行动计划　　一、总体思路与目标　　（一）总体思路　　坚持创新。　　（二）行动目标　　到2022年，培育3-5家标杆企业。　　二、重点任务　　建设10个车间。"
    assert _goals(text) == [(2022, "3-5", "家")]
    text = "某某规划一、发展现状　　略。四、发展目标到“十二五”末，工业固废综合利用率达到70%以上。五、主要任务建设10个基地。"
    assert [(v, u) for _y, v, u in _goals(text)] == [("70", "%")]


def test_goals_in_the_general_requirements_paragraph_that_opens_with_the_year():
    text = ("关于某某产业的实施方案\n一、发展现状\n某某产业规模达到100亿元。\n二、总体要求\n以新发展理念为指导，推进转型。\n"
            "到2027年，某某产业数字化转型取得明显成效。一是重点企业关键工序数控化率超过75%。"
            "二是建成15个左右智能工厂。\n到2026年，新制定行业标准50项以上。参与制定国际标准20项以上。\n三、重点任务\n（一）建设100个项目。\n")
    got = {(t.year, t.value, t.unit) for t in extract(text).targets}
    assert {(2027, "75", "%"), (2027, "15", "个"), (2026, "50", "项"), (2026, "20", "项")} <= got
    # Neither the state of the industry (发展现状) nor a task's number is a goal.
    assert not {("100", "亿元"), ("100", "个")} & {(v, u) for _y, v, u in got}


def test_respective_values_after_a_shared_comparison_and_items_joined_by_he():
    text = "一、发展目标\n到2017年，化学需氧量、氨氮、二氧化硫和氮氧化物排放量分别比2014年削减3%、4.5%、3%和7%以上。\n二、重点任务\n"
    got = [(t.metric, t.value) for t in _targets(text)]
    assert got == [("化学需氧量", "3"), ("氨氮", "4.5"), ("二氧化硫", "3"), ("氮氧化物排放量", "7")]


def test_a_slogans_counts_are_no_goals_and_a_page_stored_twice_states_each_goal_once():
    text = "一、发展目标\n到2020年，实现“三个提升、两个突破”的奋斗目标，高新技术企业达到4000家。\n二、重点任务\n"
    assert [(t.metric, t.value, t.unit) for t in _targets(text)] == [("高新技术企业", "4000", "家")]
    once = "一、总体要求\n坚持创新。到2026年，森林覆盖率提高到84%。\n二、主要任务\n（一）造林。\n"
    assert [(t.value, t.unit) for t in extract(once + once).targets] == [("84", "%")]


def test_in_a_plan_without_goal_headings_a_year_before_the_document_opens_what_was_achieved():
    text = ("某某省住房保障规划（2011—2015年）\n一、发展基础\n到2010年底，全省保障性住房达到98.6万户，覆盖率为10.49%。\n"
            "到2015年，全省保障性住房达到150万户。\n二、主要任务\n（一）建设住房。\n")
    got = [(t.year, t.value, t.unit) for t in extract(text).targets]
    assert got == [(2015, "150", "万户")]


def test_goals_opened_by_a_year_end_at_a_flattened_paragraphs_indent():
    text = ("某某工作答记者问　　我省县域创新能力还较低。到2025年，全省A类县达到86个左右，B类为66个左右。"
            "　　今后我们每年将组织评价一次，培育企业100家。")
    got = [(t.value, t.unit) for t in extract(text).targets]
    assert ("86", "个") in got and ("100", "家") not in got
