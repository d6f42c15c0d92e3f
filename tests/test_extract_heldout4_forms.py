"""Forms the blind held-out set 4 showed the extractor missing (issue 12b): collectives with a scope note
in angle brackets, units joined by 和, a collective's bare tail (各有关部门、单位), signatures glued to
the text, goal sections. Every sentence here is made up; only the forms are those of real documents.
"""

from __future__ import annotations

import pytest

from graphbuild.extract.responsibility import parse_bracket


def units(inner: str) -> list[str]:
    found = parse_bracket(inner, 0)
    assert found is not None
    # Offsets still point at the unit as written.
    assert all(inner[u.span.start : u.span.end] == u.surface for u in found)
    return [u.surface for u in found]


@pytest.mark.parametrize("note", ["<含南湾、北岭县>", "＜含南湾、北岭县＞", "〈含南湾、北岭县〉"])
def test_a_scope_note_in_angle_brackets_stays_inside_its_unit(note):
    assert units(f"责任单位：各县{note}教育局、体育局，东山新区社会事务局") == [
        f"各县{note}教育局", "体育局", "东山新区社会事务局"]


def test_a_stray_angle_bracket_does_not_swallow_the_list():
    assert units("责任单位：东山市<科技局、东山市财政局") == ["东山市<科技局", "东山市财政局"]


@pytest.mark.parametrize(
    ("inner", "expected"),
    [
        ("西河部、南湖部和地方各级人民政府按职责分工负责", ["西河部", "南湖部", "地方各级人民政府"]),
        ("东山市科技局和东山市财政局负责", ["东山市科技局", "东山市财政局"]),
        # 和 inside a body's own name: 工业 and 住房 name no body, so nothing splits.
        ("东山市工业和信息化局、东山市住房和城乡建设局负责", ["东山市工业和信息化局", "东山市住房和城乡建设局"]),
        # The first 和 is inside the name, the second joins two units.
        ("东山市人力资源和社会保障局和各县政府负责", ["东山市人力资源和社会保障局", "各县政府"]),
    ],
)
def test_units_joined_by_he(inner, expected):
    assert units(inner) == expected


@pytest.mark.parametrize(
    ("inner", "expected"),
    [
        ("各有关部门、单位和地方各级人民政府按职责分工负责", ["各有关部门、单位", "地方各级人民政府"]),
        ("东山市民政局，各相关部门、单位负责", ["东山市民政局", "各相关部门、单位"]),
        ("有关部门和单位按职责分工负责", ["有关部门和单位"]),
    ],
)
def test_a_bare_tail_after_a_collective_is_the_same_collective(inner, expected):
    assert units(inner) == expected


def test_local_governments_at_every_level_are_a_collective():
    from graphbuild.resolve.agencies import is_collective

    assert is_collective("地方各级人民政府") and is_collective("各有关部门、单位")


# Signatures glued to each other and to the date (pages that lost their line breaks).
KNOWN = frozenset({"西河部", "南湖部", "北岭总局", "国务院", "国务院东山办", "东山办"})


def test_glued_central_bodies_are_cut_at_known_labels():
    from graphbuild.extract.metadata import find_issuers

    text = "请认真贯彻执行。西河部南湖部北岭总局国务院东山办2031年3月5日更多信息"
    # 国务院东山办 is one label, not 国务院 + 东山办.
    assert find_issuers(text, "", ["东山省"], KNOWN)[0] == ["西河部", "南湖部", "北岭总局", "国务院东山办"]


def test_glued_regional_bodies_with_federation_and_league_names():
    from graphbuild.extract.metadata import find_issuers

    text = "请认真贯彻落实。东山省人力资源和社会保障厅东山省妇联共青团东山省委中共东山省委组织部2031年3月5日"
    assert find_issuers(text, "", ["东山省"])[0] == ["东山省人力资源和社会保障厅", "东山省妇联", "共青团东山省委", "中共东山省委组织部"]


def test_a_branch_named_after_its_region_stays_one_name():
    from graphbuild.extract.metadata import find_issuers

    text = "请认真贯彻落实。东山省财政厅中国人民银行东山省分行2031年3月5日"
    assert find_issuers(text, "", ["东山省"])[0] == ["东山省财政厅", "中国人民银行东山省分行"]


def test_an_attachment_list_may_run_into_the_signature():
    from graphbuild.extract.metadata import find_issuers

    text = "请认真执行。附件：1.东山省技师名录2.东山省技师评审表东山省人力资源和社会保障厅2031年3月5日（此件主动公开）"
    assert find_issuers(text, "", ["东山省"])[0] == ["东山省人力资源和社会保障厅"]
    # Without the attachment list, words before the names are a sentence: no signature.
    assert find_issuers("我们已将材料报送东山省财政厅2031年3月5日", "", ["东山省"])[0] == []


def test_the_league_committee_of_a_region_is_named_after_that_region():
    from graphbuild.resolve.agencies import resolve_unit
    from graphbuild.resolve.regions import Jurisdiction, gazetteer

    hebei = gazetteer().get("河北省")
    unit = resolve_unit("共青团河北省委", Jurisdiction("province", province=hebei))
    assert unit.label == "共青团河北省委员会"


def _targets(text: str) -> list[tuple[int | None, str, str]]:
    from graphbuild.extract.structure import Sentences, find_headings, find_parts
    from graphbuild.extract.targets import find_targets

    found = find_targets(text, find_headings(text, find_parts(text, []), Sentences(text)), Sentences(text))
    return [(t.year, t.value, t.unit) for t in found]


def test_staged_goals_compare_with_a_base_year_and_a_stage_ends_in_its_last_year():
    text = (
        "一、行动目标\u3000\u3000用三年时间扩大规模。\u3000\u30002031年，新增示范企业数量较2030年增长15%以上。"
        "\u3000\u30002032至2033年，年均新增示范企业数量比2030年增长35%以上。\n二、重点任务\n（一）做好服务。\n"
    )
    assert _targets(text) == [(2031, "15", "%"), (2033, "35", "%")]


def test_a_period_alone_without_an_earlier_stage_stays_a_period():
    text = "一、工作目标\n2031至2035年，新增示范企业20家。\n二、重点任务\n（一）做好服务。\n"
    assert _targets(text) == [(None, "20", "家")]


def test_a_sentence_opening_with_a_period_leaves_the_earlier_year():
    text = "一、工作目标\n到2031年，建成示范园区3个。2031至2035年期间每年新增示范企业20家。\n二、重点任务\n（一）做好服务。\n"
    assert _targets(text) == [(2031, "3", "个"), (None, "20", "家")]
    # A stage of its own (the period alone before the comma) ends in its last year.
    text = "一、工作目标\n到2031年，建成示范园区3个。2032至2035年，每年新增示范企业20家。\n二、重点任务\n（一）做好服务。\n"
    assert _targets(text) == [(2031, "3", "个"), (2035, "20", "家")]


@pytest.mark.parametrize(
    ("surface", "label"),
    [
        ("雄安新区管委会", "河北雄安新区管理委员会"),
        ("雄安新区社会事务局", "河北雄安新区管理委员会社会事务局"),
        ("雄安新区管委会社会事务局", "河北雄安新区管理委员会社会事务局"),
    ],
)
def test_a_new_area_bodies_are_its_management_committee_and_the_committees_departments(surface, label):
    from graphbuild.resolve.agencies import resolve_unit
    from graphbuild.resolve.regions import Jurisdiction, gazetteer

    assert resolve_unit(surface, Jurisdiction("province", province=gazetteer().get("河北省"))).label == label


@pytest.mark.parametrize("unit", ["东山省数据工作领导小组成员单位", "西河集团有限公司所属站点单位"])
def test_members_of_a_group_and_the_units_under_a_company_are_collectives(unit):
    from graphbuild.resolve.agencies import is_collective

    assert is_collective(unit)
