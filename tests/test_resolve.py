"""Agency names expand to full official names in the document's jurisdiction."""

import pytest

from graphbuild.resolve.agencies import clean_unit, is_collective, qualify_name, resolve_unit
from graphbuild.resolve.regions import NATIONAL, Jurisdiction, gazetteer, jurisdiction_from

G = gazetteer()
CQ = Jurisdiction("municipality", province=G.get("重庆市"))
SZ = Jurisdiction("city", province=G.get("广东省"), city=G.get("深圳市"))
GD = Jurisdiction("province", province=G.get("广东省"), city=G.get("广州市"))


@pytest.mark.parametrize(
    ("unit", "ctx", "year", "prefix", "full"),
    [
        ("市经济信息委", CQ, 2021, None, "重庆市经济和信息化委员会"),
        ("市大数据发展局", CQ, 2021, None, "重庆市大数据应用发展管理局"),
        ("市委网信办", CQ, 2021, None, "中共重庆市委网络安全和信息化委员会办公室"),
        ("市政府口岸物流办", CQ, 2021, None, "重庆市人民政府口岸和物流办公室"),
        ("重庆市税务局", CQ, 2021, None, "国家税务总局重庆市税务局"),
        ("重庆银保监局", CQ, 2021, None, "中国银行保险监督管理委员会重庆监管局"),
        ("重庆银保监局", CQ, 2024, None, "国家金融监督管理总局重庆监管局"),
        ("市国资委", CQ, 2021, None, "重庆市国有资产监督管理委员会"),
        ("发展改革委", SZ, 2022, "市", "深圳市发展和改革委员会"),
        ("国资委", SZ, 2022, "市", "深圳市人民政府国有资产监督管理委员会"),
        ("南山区政府", SZ, 2022, "市", "深圳市南山区人民政府"),
        ("深汕特别合作区管委会", SZ, 2022, "市", "深圳市深汕特别合作区管理委员会"),
        ("市场监管局", SZ, 2022, "市", "深圳市市场监督管理局"),
        ("省工业和信息化厅", GD, 2024, None, "广东省工业和信息化厅"),
        ("省工信厅", GD, 2024, None, "广东省工业和信息化厅"),
        ("发展改革委", NATIONAL, 2020, None, "国家发展和改革委员会"),
        ("科技部", NATIONAL, 2020, None, "科学技术部"),
        ("国资委", NATIONAL, 2020, None, "国务院国有资产监督管理委员会"),
    ],
)
def test_full_official_names(unit, ctx, year, prefix, full):
    r = resolve_unit(unit, ctx, year=year, list_prefix=prefix)
    assert (r.label, r.kind, r.resolved) == (full, "agency", True)


def test_unknown_agency_is_flagged_unresolved_but_kept():
    r = resolve_unit("市低空经济推进办", CQ, year=2024)
    assert r.kind == "agency" and not r.resolved
    assert r.label.startswith("重庆市")


@pytest.mark.parametrize("unit", ["各区县", "市级有关部门", "各有关部门", "新区管委会", "各区政府", "有关地级以上市人民政府"])
def test_collective_units_are_groups(unit):
    assert is_collective(unit)
    assert resolve_unit(unit, CQ).kind == "group"


def test_scope_note_is_removed_from_a_unit():
    assert clean_unit("各区县(自治县,含两江新区、重庆高新区、万盛经开区,以下统称区县)") == "各区县"


def test_qualify_group_name():
    assert qualify_name("市制造强市建设领导小组", CQ) == "重庆市制造强市建设领导小组"


@pytest.mark.parametrize(
    ("issuers", "title", "docno", "region"),
    [
        (["重庆市人民政府办公厅"], "", "", "重庆市"),
        ([], "深圳市培育发展智能传感器产业集群行动计划", "", "深圳市"),
        ([], "", "渝府办发〔2021〕80号", "重庆市"),
        ([], "", "粤府〔2020〕1号", "广东省"),
    ],
)
def test_jurisdiction_from_document(issuers, title, docno, region):
    assert jurisdiction_from(issuers, title, docno, "").region.name == region


def test_national_document_number():
    assert jurisdiction_from([], "", "国发〔2018〕42号", "") == NATIONAL


def test_gazetteer_has_every_province_and_city():
    levels = [r.level for r in G.regions.values()]
    assert levels.count("province") + levels.count("municipality") == 34
    assert levels.count("city") == 333
