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
