"""The authority file of central bodies (ontology/authority/agencies.tsv → agencies.ttl): built, consistent, complete, by era."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from graphbuild.resolve.agencies import NATIONAL_NAME, authority, resolve_unit
from graphbuild.resolve.regions import NATIONAL

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("authority_build", ROOT / "ontology/authority/build.py")
build = importlib.util.module_from_spec(_spec)
sys.modules["authority_build"] = build  # dataclasses look their module up
_spec.loader.exec_module(build)
ROWS = build.with_derived_short_forms(build.read_table())


def test_the_ttl_is_what_the_table_gives():
    assert (ROOT / "ontology/authority/agencies.ttl").read_text(encoding="utf-8") == build.render(ROWS), (
        "agencies.ttl is out of date: run python ontology/authority/build.py"
    )


def test_the_table_is_consistent():
    assert build.check(ROWS) == []


def test_the_check_finds_a_short_form_claimed_twice_in_one_era(tmp_path):
    a = build.Row("aa", "甲部", ("甲委",), "sc-ministry", NATIONAL_NAME, 2010, 2020, (), (), ("SC2013",), "", 1)
    b = build.Row("bb", "乙部", ("甲委",), "sc-ministry", NATIONAL_NAME, 2018, None, (), ("zz",), ("SC2018",), "", 2)
    c = build.Row("cc", "丙部", ("甲委",), "sc-ministry", NATIONAL_NAME, 2020, None, (), (), ("SC2023",), "", 3)
    problems = build.check([a, b])
    assert any("'甲委'" in p and "aa and bb" in p for p in problems)
    assert any("undefined id 'zz'" in p for p in problems)
    assert build.check([a, c]) == []  # one after the other: 2020 is the end of one and the start of the other


def test_a_central_bureau_is_known_without_the_prefix_naming_the_state():
    a = build.Row("aa", "国家东山监督管理总局", (), "sc-direct", NATIONAL_NAME, 2018, None, (), (), ("SC2018",), "", 1)
    b = build.Row("bb", "国家西河管理局", (), "sc-bureau", NATIONAL_NAME, 2018, None, (), (), ("SC2018",), "", 2)
    c = build.Row("cc", "国务院办公厅", (), "sc", NATIONAL_NAME, None, None, (), (), ("SC2018",), "", 3)
    derived = {r.id: r.alts for r in build.with_derived_short_forms([a, b, c])}
    # 总局 only: no local body has one, while 西河管理局 could name a province's body.
    assert derived == {"aa": ("东山监督管理总局",), "bb": (), "cc": ()}
    assert resolve_unit("市场监督管理总局办公厅", NATIONAL, year=2020).label == "国家市场监督管理总局办公厅"


def _years() -> range:
    return range(2000, 2031)


def test_every_label_names_one_concept_per_era_and_scope():
    """No two concepts claim one short form in the same year and region (what the loader sees)."""
    entries = authority()._entries
    for label, cands in entries.items():
        for spatial in {c.spatial for c in cands}:
            scoped = [c for c in cands if c.spatial == spatial]
            for year in _years():
                in_era = {c.pref for c in scoped if (c.start is None or c.start <= year) and (c.end is None or year < c.end)}
                assert len(in_era) <= 1, (label, spatial, year, in_era)


def test_every_label_resolves_to_its_concept_in_its_era():
    for r in ROWS:
        year = r.start if r.start is not None else (r.end - 1 if r.end is not None else 2020)
        for label in r.labels():
            assert authority().lookup(label, r.spatial, year) == r.pref, (label, year)


def test_a_fresh_ruleset_loads_every_central_body():
    from graphbuild.rules import load_ruleset, using

    with using(load_ruleset()):  # built anew from the file, not the process's cached index
        a = authority()
    assert len({e.pref for es in a._entries.values() for e in es}) >= 250


# The State Council's constituent departments as listed in 国发〔2023〕5号 and 国发〔2018〕6号 (the same 26 names).
MINISTRIES_2023 = [
    "外交部", "国防部", "国家发展和改革委员会", "教育部", "科学技术部", "工业和信息化部", "国家民族事务委员会", "公安部",
    "国家安全部", "民政部", "司法部", "财政部", "人力资源和社会保障部", "自然资源部", "生态环境部", "住房和城乡建设部",
    "交通运输部", "水利部", "农业农村部", "商务部", "文化和旅游部", "国家卫生健康委员会", "退役军人事务部", "应急管理部",
    "中国人民银行", "审计署",
]
# 国发〔2013〕14号: the 25 departments of 2013–2018.
MINISTRIES_2013 = [
    "外交部", "国防部", "国家发展和改革委员会", "教育部", "科学技术部", "工业和信息化部", "国家民族事务委员会", "公安部",
    "国家安全部", "监察部", "民政部", "司法部", "财政部", "人力资源和社会保障部", "国土资源部", "环境保护部",
    "住房和城乡建设部", "交通运输部", "水利部", "农业部", "商务部", "文化部", "国家卫生和计划生育委员会", "中国人民银行", "审计署",
]
DIRECT_2023 = [
    "海关总署", "国家税务总局", "国家市场监督管理总局", "国家金融监督管理总局", "中国证券监督管理委员会", "国家广播电视总局",
    "国家体育总局", "国家信访局", "国家统计局", "国家知识产权局", "国家国际发展合作署", "国家医疗保障局", "国务院参事室",
    "国家机关事务管理局",
]


def _in_force(year: int) -> dict[str, str]:
    return {r.pref: r.category for r in ROWS if (r.start is None or r.start <= year) and (r.end is None or year < r.end)}


@pytest.mark.parametrize(("year", "names"), [(2024, MINISTRIES_2023), (2019, MINISTRIES_2023), (2015, MINISTRIES_2013)])
def test_the_constituent_departments_of_each_era(year, names):
    ministries = {n for n, c in _in_force(year).items() if c == "sc-ministry"}
    assert ministries == set(names)


def test_the_direct_organisations_of_2023():
    assert set(DIRECT_2023) <= set(_in_force(2024))


def test_coverage_by_category():
    counts: dict[str, int] = {}
    for r in ROWS:
        counts[r.category] = counts.get(r.category, 0) + 1
    assert counts["cpc"] >= 30 and counts["mass"] >= 15 and counts["npc"] >= 15 and counts["cppcc"] >= 10
    assert counts["sc-bureau"] >= 30 and counts["sc-institution"] >= 10


@pytest.mark.parametrize(
    ("written", "year", "full"),
    [
        ("广电总局", 2010, "国家广播电影电视总局"),
        ("广电总局", 2016, "国家新闻出版广电总局"),
        ("广电总局", 2020, "国家广播电视总局"),
        ("药监局", 2010, "国家食品药品监督管理局"),
        ("药监局", 2020, "国家药品监督管理局"),
        ("卫生计生委", 2016, "国家卫生和计划生育委员会"),
        ("卫生健康委", 2020, "国家卫生健康委员会"),
        ("中央网信办", 2016, "中央网络安全和信息化领导小组办公室"),
        ("中央网信办", 2020, "中央网络安全和信息化委员会办公室"),
        ("国管局", 2010, "国务院机关事务管理局"),
        ("国管局", 2020, "国家机关事务管理局"),
        ("银监会", 2016, "中国银行业监督管理委员会"),
        ("银保监会", 2020, "中国银行保险监督管理委员会"),
        ("金融监管总局", 2024, "国家金融监督管理总局"),
        ("国家林业局", 2016, "国家林业局"),
        ("国家林草局", 2020, "国家林业和草原局"),
        ("中央和国家机关工委", 2020, "中央和国家机关工作委员会"),
        ("中央国家机关工委", 2016, "中央国家机关工作委员会"),
        ("扶贫办", 2019, "国务院扶贫开发领导小组办公室"),
        ("乡村振兴局", 2022, "国家乡村振兴局"),
        ("中央军委政治工作部", 2019, "中央军事委员会政治工作部"),
        ("全国人大法律委", 2015, "全国人民代表大会法律委员会"),
    ],
)
def test_a_national_document_gets_the_name_of_its_era(written, year, full):
    r = resolve_unit(written, NATIONAL, year=year)
    assert (r.label, r.kind, r.resolved) == (full, "agency", True)


def test_a_name_outside_its_era_gets_the_body_it_last_named():
    # A 2020 document that still writes 国土资源部 means that (abolished) body, not nothing.
    assert resolve_unit("国土资源部", NATIONAL, year=2020).label == "国土资源部"
    # 药监局 in 2015: no body of that short form then; the one that had ended (2013), not the one to come (2018).
    assert resolve_unit("药监局", NATIONAL, year=2015).label == "国家食品药品监督管理局"


@pytest.mark.parametrize(
    ("written", "full"),
    [("中央统战部", "中共中央统一战线工作部"), ("全国总工会", "中华全国总工会"), ("共青团中央", "中国共产主义青年团中央委员会"),
     ("全国妇联", "中华全国妇女联合会"), ("中国科协", "中国科学技术协会"), ("全国工商联", "中华全国工商业联合会"),
     ("中国残联", "中国残疾人联合会"), ("中国贸促会", "中国国际贸易促进委员会"), ("最高法", "最高人民法院"),
     ("全国政协", "中国人民政治协商会议全国委员会"), ("全国人大常委会法工委", "全国人民代表大会常务委员会法制工作委员会"),
     ("国家外汇局", "国家外汇管理局"), ("国家移民局", "国家移民管理局"), ("粮食和储备局", "国家粮食和物资储备局")],
)
def test_party_organs_mass_organisations_and_bureaus(written, full):
    assert resolve_unit(written, NATIONAL, year=2021).label == full
