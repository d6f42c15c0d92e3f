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

