"""Responsibility brackets as real documents write them (issue 12): list endings, role words after units,
notes that are not units. Every sentence here is made up; the forms are those the gold-free checks
(`policykg quality`) found on real documents.
"""

from __future__ import annotations

import pytest

from graphbuild.extract.responsibility import has_lead_note, parse_bracket


def units(inner: str) -> list[tuple[str, str]]:
    found = parse_bracket(inner, 0)
    assert found is not None
    # Offsets still point at the unit as written.
    assert all(inner[u.span.start : u.span.end] == u.surface for u in found)
    return [(u.surface, u.role) for u in found]


@pytest.mark.parametrize(
    ("inner", "expected"),
    [
        ("东山市科技局、东山市财政局等有关部门负责", ["东山市科技局", "东山市财政局"]),
        ("东山市科技局、东山市财政局等单位按职责分工负责", ["东山市科技局", "东山市财政局"]),
        ("东山市科技局、东山市工商联等按职责分工负责", ["东山市科技局", "东山市工商联"]),
        ("责任单位：东山市商务局、东山市交通局等部门", ["东山市商务局", "东山市交通局"]),
        ("东山市民政局等部门，各县政府负责", ["东山市民政局", "各县政府"]),
        ("东山市民政局等部门按职能分别负责", ["东山市民政局"]),
        ("责任单位：东山市卫生健康委等相关部门", ["东山市卫生健康委"]),
    ],
)
def test_a_list_ending_is_no_part_of_the_last_unit(inner, expected):
    assert [s for s, _role in units(inner)] == expected


def test_a_list_ending_of_departments_and_units_is_no_unit():
    # 等部门和单位 closes the list as a whole: 单位 is never split off at 和 as a unit of its own.
    assert [s for s, _r in units("西河部、南湖部等部门和单位按职责分工负责")] == ["西河部", "南湖部"]
    assert [s for s, _r in units("西河部等有关部门和单位负责")] == ["西河部"]


def test_supervising_verbs_close_a_list_as_roles():
    assert units("东山市政府办公室会同东山市工信局、东山市发展改革委督查落实") == [
        ("东山市政府办公室", "lead"), ("东山市工信局", "responsible"), ("东山市发展改革委", "responsible")]
    assert [s for s, _r in units("东山市科技局、示范单位督促落实")] == ["东山市科技局", "示范单位"]


def test_units_after_a_list_ending_joined_by_he():
    assert units("西河部、南湖部等部门和各省级人民政府按职责分工负责") == [
        ("西河部", "responsible"), ("南湖部", "responsible"), ("各省级人民政府", "responsible")]


@pytest.mark.parametrize(
    ("inner", "expected"),
    [
        ("责任部门：东山市科技局牵头，东山市教育局、东山市财政局按职责分工负责",
         [("东山市科技局", "lead"), ("东山市教育局", "responsible"), ("东山市财政局", "responsible")]),
        ("东山市科协、东山市妇联牵头，东山市教育局等部门配合",
         [("东山市科协", "lead"), ("东山市妇联", "lead"), ("东山市教育局", "support")]),
        ("东山市人社局牵头,东山市教育局、东山市残联等按职责分工负责",
         [("东山市人社局", "lead"), ("东山市教育局", "responsible"), ("东山市残联", "responsible")]),
        ("牵头部门:东山市生态局,东山市政务办配合", [("东山市生态局", "lead"), ("东山市政务办", "support")]),
        ("东山市发改委、东山市商务局，有关县政府分别负责",
         [("东山市发改委", "responsible"), ("东山市商务局", "responsible"), ("有关县政府", "responsible")]),
        ("东山市财政局、东山市工信局分别负责", [("东山市财政局", "responsible"), ("东山市工信局", "responsible")]),
        ("配合单位：东山市统计局负责", [("东山市统计局", "support")]),
        ("东山市政府办、东山市工信局牵头，各县政府，东山市政府有关部门负责",
         [("东山市政府办", "lead"), ("东山市工信局", "lead"), ("各县政府", "responsible"), ("东山市政府有关部门", "responsible")]),
    ],
)
def test_role_words_after_units_are_roles_not_name_parts(inner, expected):
    assert units(inner) == expected


@pytest.mark.parametrize(
    ("inner", "expected"),
    [
        ("责任单位：东山市人社局、东山市社保中心；完成时限：2025年底前", ["东山市人社局", "东山市社保中心"]),
        ("责任单位：东山市人社局；完成时限：长期推进", ["东山市人社局"]),
        ("牵头单位：东山市科技局，完成时限：持续推进", ["东山市科技局"]),
        ("完成时限：2026年6月；责任单位：东山市科技局", ["东山市科技局"]),
        ("责任单位：东山市科技局、东山市财政局，2025年底前", ["东山市科技局", "东山市财政局"]),
        ("东山市科技局负责，长期推进", ["东山市科技局"]),
    ],
)
def test_time_notes_are_not_units(inner, expected):
    assert [s for s, _role in units(inner)] == expected


@pytest.mark.parametrize(
    "inner",
    ["责任单位：东山市科技局、东山市财政局，排名第1为牵头单位，下同", "责任单位：东山市科技局、东山市财政局。列在第一位的为牵头部门，下同"],
)
def test_lead_note_variants_are_notes(inner):
    assert [s for s, _role in units(inner)] == ["东山市科技局", "东山市财政局"]
    assert has_lead_note(inner)


def test_prose_in_parentheses_with_a_role_word_stays_prose():
    assert parse_bracket("需要各方密切配合", 0) is None
    assert parse_bracket("以下简称“协同推进”", 0) is None
    assert parse_bracket("2025年底前完成", 0) is None


def test_a_note_about_the_following_brackets_is_no_unit():
    inner = "东山市科技局、东山市财政局按职责分工负责，各县政府落实。以下任务均需各县政府落实，不再列出"
    assert units(inner) == [("东山市科技局", "responsible"), ("东山市财政局", "responsible"), ("各县政府", "responsible")]


@pytest.mark.parametrize("inner", ["东山市委党校、东山市金融局负责", "牵头部门：东山市供销总社，完成时限：2030年", "东山市属高等学校、科研院所负责"])
def test_schools_institutes_and_cooperatives_are_units(inner):
    assert parse_bracket(inner, 0) is not None


def test_a_definition_that_holds_for_the_brackets_below_is_a_note_not_a_unit():
    from graphbuild.extract.responsibility import parse_bracket

    units = parse_bracket("省数据局、省科技厅按职责分工负责，省商务厅配合，分工负责为各部门按职责分别牵头，下同", 0)
    assert [(u.surface, u.role) for u in units] == [("省数据局", "responsible"), ("省科技厅", "responsible"), ("省商务厅", "support")]
    # Units before 下同 stay units: only a clause that defines (X为Y) is the note.
    units = parse_bracket("市经信局牵头，各区县政府负责，下同", 0)
    assert [(u.surface, u.role) for u in units] == [("市经信局", "lead"), ("各区县政府", "responsible")]


def test_you_before_the_unit_a_role_word_makes_responsible():
    from graphbuild.extract.responsibility import parse_bracket

    def units(inner: str) -> list[tuple[str, str]]:
        return [(u.surface, u.role) for u in parse_bracket(inner, 0) or []]

    assert units("技工院校内由省人社部门负责") == [("省人社部门", "responsible")]
    assert units("由市科技局牵头，市财政局配合") == [("市科技局", "lead"), ("市财政局", "support")]
    # 由 inside a word is no agent mark.
    assert units("东山自由贸易试验区管委会负责") == [("东山自由贸易试验区管委会", "responsible")]


def test_a_short_name_given_to_a_list_is_no_unit():
    from graphbuild.extract.responsibility import parse_bracket

    units = parse_bracket("责任单位：各市政府、各县（市）政府，以下简称“各市县政府”", 0)
    assert [u.surface for u in units] == ["各市政府", "各县（市）政府"]


def test_a_role_noun_after_joined_classes_governs_them_all():
    # The competent departments of both classes: one collective, never a class and a department.
    assert [s for s, _r in units("省属高等学校和科研院所主管部门负责")] == ["省属高等学校和科研院所主管部门"]
    assert [s for s, _r in units("东山省教育厅和东山省科技厅负责")] == ["东山省教育厅", "东山省科技厅"]
