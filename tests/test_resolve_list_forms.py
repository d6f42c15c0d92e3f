"""Units as real documents write them (issue 12): offices named with their department, a department's
own bodies written with 厅, collective roles. Made-up units in real jurisdictions."""

from __future__ import annotations

import pytest

from graphbuild.extract.responsibility import parse_bracket
from graphbuild.resolve.agencies import is_collective, resolve_unit
from graphbuild.resolve.regions import Jurisdiction, gazetteer

G = gazetteer()
JX = Jurisdiction("province", province=G.get("江西省"))


def test_an_office_named_with_its_department_is_that_departments():
    r = resolve_unit("省人社厅创业服务处", JX, year=2024)
    assert (r.label, r.resolved) == ("江西省人力资源和社会保障厅创业服务处", True)
    # 省委办公室 is a body, not the 办公室 of a 省委 department.
    assert resolve_unit("省委办公室", JX, year=2024).label == "中共江西省委办公室"


def test_a_departments_own_body_written_with_ting():
    parent = "江西省人力资源和社会保障厅"
    r = resolve_unit("厅人才交流中心", JX, year=2024, parent=parent)
    assert (r.label, r.resolved) == ("江西省人力资源和社会保障厅人才交流中心", True)
    # Without a single issuing department it is not guessed.
    assert resolve_unit("厅人才交流中心", JX, year=2024).resolved is False


@pytest.mark.parametrize("unit", ["省政府各部门", "市政府各单位", "领导小组各成员单位", "项目承担单位", "项目管理部门", "单位主管部门"])
def test_collective_roles_are_groups(unit):
    assert is_collective(unit)
    assert resolve_unit(unit, JX, year=2024).kind == "group"


def test_units_after_a_bare_deng_joined_by_he_and_offices_joined_by_yiji():
    units = parse_bracket("西河部、南湖部等和各有关省级人民政府按职责分工负责", 0)
    assert [u.surface for u in units] == ["西河部", "南湖部", "各有关省级人民政府"]
    units = parse_bracket("责任单位：厅就业处、养老保险处以及社保中心", 0)
    assert [u.surface for u in units] == ["厅就业处", "养老保险处", "社保中心"]


def _resolved_bracket(text: str, doc: str = "江西省人民政府办公厅关于印发某方案的通知\n一、重点任务\n（一）建设平台。推进建设。") -> list[tuple[str, str]]:
    """The units of the first task of a made-up Jiangxi document ending with ``text``, as written and resolved."""
    import tempfile
    from pathlib import Path

    from graphbuild.pipeline import process_path

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "made-up.txt"
        path.write_text(doc + text + "\n", encoding="utf-8")
        rd = process_path(path)
    return [(u.surface, u.unit.label) for u in rd.tasks[0].units]


def test_bare_units_share_the_scope_of_the_unit_before_them_in_their_list_run():
    got = _resolved_bracket("（责任单位：各市<含赣江新区>人社局、财政局，南昌市科技局、统计局，省教育厅、卫生健康委）")
    assert got == [
        ("各市<含赣江新区>人社局", "各市<含赣江新区>人社局"),
        ("财政局", "各市<含赣江新区>财政局"),
        ("南昌市科技局", "南昌市科学技术局"),
        ("统计局", "南昌市统计局"),
        ("省教育厅", "江西省教育厅"),
        ("卫生健康委", "江西省卫生健康委员会"),
    ]


def test_levels_joined_by_a_list_comma_are_one_scope_shared_along_the_run():
    got = _resolved_bracket("（责任单位：各市、县人社局、民政局、残联，省教育厅）")
    assert got == [("各市、县人社局", "各市、县人社局"), ("民政局", "各市、县民政局"), ("残联", "各市、县残联"), ("省教育厅", "江西省教育厅")]
    got = _resolved_bracket("（责任单位：各市、县（市、区）财政局、统计局）")
    assert got[1] == ("统计局", "各市、县（市、区）统计局")


def test_every_level_written_before_a_list_run_is_shared_along_it():
    # 各级 scopes the bare units after it, organisations written as their kind alone (企联) too.
    got = _resolved_bracket("（牵头单位：各级人社部门、工会，责任单位：各级企协、工商联、企联，省教育厅）")
    assert got == [
        ("各级人社部门", "各级人社部门"), ("工会", "各级工会"), ("各级企协", "各级企协"), ("工商联", "各级工商联"),
        ("企联", "各级企联"), ("省教育厅", "江西省教育厅"),
    ]
    alone = resolve_unit("企联", JX, year=2024)
    assert (alone.kind, alone.resolved, alone.local) == ("organisation", False, True)  # a kind, not a named body


def test_a_scope_ends_at_a_comma_and_never_reaches_a_national_body_or_a_unit_with_a_place_in_it():
    got = dict(_resolved_bracket("（南昌市科技局、工业和信息化部、人民银行南昌中心支行，统计局负责）"))
    assert got["工业和信息化部"] == "工业和信息化部"
    assert got["人民银行南昌中心支行"] == "中国人民银行南昌中心支行"
    assert got["统计局"] == "江西省统计局"  # after a comma: the document's own province


def test_units_before_huitong_lead_with_the_unit_it_joins():
    units = parse_bracket("省工信厅、省人行会同省市场监管局、省统计局负责", 0)
    assert [(u.surface, u.role) for u in units] == [
        ("省工信厅", "lead"),
        ("省人行", "lead"),
        ("省市场监管局", "responsible"),
        ("省统计局", "responsible"),
    ]


@pytest.mark.parametrize("unit", ["省属高等学校", "市属国有企业", "科研院所", "银行业金融机构"])
def test_classes_of_units_are_groups_named_as_written(unit):
    r = resolve_unit(unit, JX, year=2024)
    assert (r.kind, r.label) == ("group", unit)


def test_an_organisation_named_after_its_city_gives_no_scope_and_an_infix_level_is_a_scope_of_its_own():
    got = dict(_resolved_bracket("（责任单位：南昌大学、团省委、南昌市科技局、团市委）"))
    assert got["团省委"] == "共青团江西省委员会"
    assert got["南昌大学"] == "南昌大学"
    assert got["团市委"] != "南昌市团市委"


def test_offices_after_an_office_named_with_its_department_are_that_departments():
    got = _resolved_bracket("（责任单位：省人社厅就业促进处、人才流动管理处、劳动关系处、省财政厅）")
    assert got == [
        ("省人社厅就业促进处", "江西省人力资源和社会保障厅就业促进处"),
        ("人才流动管理处", "江西省人力资源和社会保障厅人才流动管理处"),
        ("劳动关系处", "江西省人力资源和社会保障厅劳动关系处"),
        ("省财政厅", "江西省财政厅"),
    ]


def test_a_city_bureau_in_a_provinces_own_document_is_no_body_of_the_province():
    # 市财政局 there is some city's bureau: never 江西省财政局, and not certain.
    for unit in ("市财政局", "市政府", "市委组织部"):
        r = resolve_unit(unit, JX, year=2024)
        assert not r.resolved and not r.label.startswith("江西省"), unit
    got = dict(_resolved_bracket("（责任单位：市科技局、财政局）"))
    assert got == {"市科技局": "市科学技术局", "财政局": "市财政局"}


def test_renamed_bodies_keep_their_era_and_short_forms_of_party_and_mass_bodies():
    assert resolve_unit("省新闻出版广电局", JX, year=2016).label == "江西省新闻出版广电局"
    assert resolve_unit("省编委办", JX, year=2020).label == "中共江西省委机构编制委员会办公室"
    assert resolve_unit("省工会", JX, year=2020).label == "江西省总工会"


def test_bare_places_before_a_place_with_its_body_share_that_body():
    got = _resolved_bracket("（责任单位：南昌、九江、赣州市政府，省发展改革委）")
    assert got == [
        ("南昌", "南昌市人民政府"),
        ("九江", "九江市人民政府"),
        ("赣州市政府", "赣州市人民政府"),
        ("省发展改革委", "江西省发展和改革委员会"),
    ]


def test_a_collective_of_several_levels_joined_by_dun_is_one_unit():
    units = parse_bracket("各市、县（市、区）政府，省政府有关部门负责", 0)
    assert [u.surface for u in units] == ["各市、县（市、区）政府", "省政府有关部门"]
    assert resolve_unit("各市、县（市、区）政府", JX, year=2024).kind == "group"


def test_short_forms_of_ethnic_affairs_bodies_and_the_stability_office():
    assert resolve_unit("省民委", JX, year=2022).label == "江西省民族事务委员会"
    assert resolve_unit("省民族宗教厅", JX, year=2015).label == "江西省民族宗教事务厅"
    assert resolve_unit("省维稳办", JX, year=2018).label == "中共江西省委维护稳定工作领导小组办公室"


def test_bare_offices_of_a_joint_document_are_its_first_departments():
    from graphbuild.resolve.agencies import office_parent

    parent = office_parent(["江西省人力资源和社会保障厅", "江西省财政厅"], JX, year=2024)
    assert parent == "江西省人力资源和社会保障厅"
    assert office_parent(["江西省人民政府办公厅", "江西省财政厅"], JX, year=2024) is None  # a government's office: no
    # …管理处 is the department's office in its own document, and no body of the province.
    r = resolve_unit("人才流动管理处", JX, year=2024, parent=parent)
    assert (r.label, r.resolved) == ("江西省人力资源和社会保障厅人才流动管理处", True)
    # Of a joint document: the first department's, named so but not established.
    r = resolve_unit("就业促进处", JX, year=2024, parent=parent, parent_certain=False)
    assert (r.label, r.resolved, r.local) == ("江西省人力资源和社会保障厅就业促进处", False, True)
    assert not resolve_unit("人才流动管理处", JX, year=2024).resolved


@pytest.mark.parametrize(
    ("unit", "year", "label"),
    [
        ("省数政局", 2024, "江西省数据和政务服务局"),
        ("省工业信息化厅", 2020, "江西省工业和信息化厅"),
        ("省监察厅", 2016, "江西省监察厅"),
        ("省保监局", 2018, "中国保险监督管理委员会江西监管局"),
        ("省国防科工局", 2020, "江西省国防科技工业局"),
        ("省综治办", 2016, "江西省社会治安综合治理委员会办公室"),
        ("省文明办", 2020, "江西省精神文明建设委员会办公室"),
    ],
)
def test_short_forms_of_bodies_of_their_era(unit, year, label):
    r = resolve_unit(unit, JX, year=year)
    assert (r.label, r.resolved) == (label, True)
