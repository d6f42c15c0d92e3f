"""Agency names expand to full official names in the document's jurisdiction."""

import pytest

from graphbuild.resolve.agencies import clean_unit, is_collective, qualify_name, resolve_unit
from graphbuild.resolve.chains import industry_of
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


@pytest.mark.parametrize("unit", ["各区县", "市级有关部门", "各有关部门", "新区管委会", "各区政府", "有关地级以上市人民政府", "试点单位", "结对帮扶单位", "三部门", "国家三部委", "科研院所主管部门", "省属高等学校和科研院所主管部门"])
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
    assert levels.count("city") == 334  # the 333 prefecture-level divisions and 雄安新区


CD = Jurisdiction("city", province=G.get("四川省"), city=G.get("成都市"))
ZJ = Jurisdiction("province", province=G.get("浙江省"))


@pytest.mark.parametrize(
    ("unit", "ctx", "prefix", "full"),
    [
        # National bodies and companies keep their own names in a local document, and take no list prefix.
        ("国家能源局", CQ, None, "国家能源局"),
        ("财政部", SZ, "市", "财政部"),
        ("工信部", CD, "市", "工业和信息化部"),
        ("中国证监会", CD, None, "中国证券监督管理委员会"),
        ("市场监管总局", ZJ, None, "国家市场监督管理总局"),
        ("国网重庆市电力公司", CQ, "市", "国网重庆市电力公司"),
        # …but a party committee's department stays local.
        ("市委组织部", CQ, None, "中共重庆市委组织部"),
        # A development zone named with the city's short name keeps it and spells the zone type out.
        ("成都高新区管委会", CD, None, "成都高新技术产业开发区管理委员会"),
        ("成都东部新区管委会", CD, None, "成都东部新区管理委员会"),
        # Regular abbreviations met in other cities and provinces.
        ("省医保局", ZJ, None, "浙江省医疗保障局"),
        ("市投促局", CD, None, "成都市投资促进局"),
        ("市城管委", CD, None, "成都市城市管理委员会"),
    ],
)
def test_names_outside_the_bundled_jurisdictions(unit, ctx, prefix, full):
    assert resolve_unit(unit, ctx, year=2024, list_prefix=prefix).label == full


def test_a_collective_unit_keeps_an_inline_qualifier_but_not_a_note():
    assert clean_unit("各区（市）县政府") == "各区（市）县政府"
    assert clean_unit("各区县（自治县，含两江新区）") == "各区县"
    r = resolve_unit("各区（市）县政府", CD, year=2024)
    assert (r.kind, r.label) == ("group", "各区（市）县政府")


@pytest.mark.parametrize(
    ("issuers", "title", "docno", "text"),
    [
        ([], "商务部等五部门关于推动外贸稳规模优结构的意见", "", "各省、自治区、直辖市商务主管部门："),
        ([], "关于推动新型储能制造业高质量发展的指导意见", "工信部联电子〔2024〕98号", ""),
        ([], "关于加快数字经济发展的通知", "", "各省、自治区、直辖市及新疆生产建设兵团发展改革委：为……"),
        (["国家发展改革委", "国家能源局"], "关于完善能源绿色低碳转型体制机制的意见", "", "新疆 西藏"),
    ],
)
def test_national_documents_are_recognised_whatever_places_they_name(issuers, title, docno, text):
    assert jurisdiction_from(issuers, title, docno, text) == NATIONAL


def test_a_provincial_document_is_not_taken_for_a_national_one():
    ctx = jurisdiction_from(["浙江省人民政府办公厅"], "浙江省人民政府办公厅关于印发行动方案的通知", "浙政办发〔2024〕12号", "各市、县（市、区）人民政府，省政府直属各单位：")
    assert ctx.province is not None and ctx.province.name == "浙江省"


@pytest.mark.parametrize("unit", ["宣传部", "组织部", "人武部", "国家级经开区管委会"])
def test_party_departments_and_national_level_zones_are_not_national_bodies(unit):
    assert resolve_unit(unit, CQ, year=2024).label.startswith(("重庆", "中共重庆"))


# Made-up units, not taken from the held-out texts: the rules these tests hold are general.


def test_a_district_document_is_a_district_jurisdiction_named_with_its_city():
    ctx = jurisdiction_from(["深圳市龙岗区人民政府办公室"], "", "深龙府办〔2025〕3号", "")
    assert ctx.level == "district" and ctx.city.name == "深圳市" and ctx.region.name == "深圳市龙岗区"
    assert resolve_unit("区科技创新局", ctx).label == "深圳市龙岗区科技创新局"
    assert resolve_unit("区委组织部", ctx).label == "中共深圳市龙岗区委组织部"
    assert resolve_unit("区税务局", ctx).label == "国家税务总局深圳市龙岗区税务局"
    assert resolve_unit("市工业和信息化局", ctx).label == "深圳市工业和信息化局"


@pytest.mark.parametrize(
    ("unit", "full"),
    [("横岗街道", "深圳市龙岗区横岗街道办事处"), ("坪地镇", "深圳市龙岗区坪地镇人民政府"), ("各街道", "各街道"), ("乡镇", None)],
)
def test_towns_and_sub_districts_named_alone_are_their_government_or_office(unit, full):
    ctx = jurisdiction_from(["深圳市龙岗区人民政府办公室"], "", "", "")
    r = resolve_unit(unit, ctx)
    if full is None:
        assert not r.label.endswith(("人民政府", "办事处"))
    else:
        assert r.label == full


def test_a_collective_keeps_the_alternative_units_written_after_it():
    assert clean_unit("各乡（镇）") == "各乡（镇）"
    assert clean_unit("有关县（市）") == "有关县（市）"
    assert clean_unit("各区县（按职责）") == "各区县"


def test_central_bank_branches_and_national_bureaus_keep_their_national_names():
    ctx = jurisdiction_from(["河南省人民政府办公厅"], "", "", "")
    assert resolve_unit("人民银行河南省分行", ctx).label == "中国人民银行河南省分行"
    assert resolve_unit("中国民航局", ctx).label == "中国民用航空局"
    assert resolve_unit("民航局", NATIONAL).label == "中国民用航空局"
    assert resolve_unit("中央空管办", NATIONAL).label == "中央空中交通管理委员会办公室"


def test_a_district_of_a_municipality_and_its_own_government():
    ctx = jurisdiction_from(["重庆市渝北区人民政府办公室"], "", "", "")
    assert ctx.region.name == "重庆市渝北区" and ctx.city_like.name == "重庆市"
    assert resolve_unit("区经济信息委", ctx).label == "重庆市渝北区经济和信息化委员会"
    assert resolve_unit("市经济信息委", ctx).label == "重庆市经济和信息化委员会"
    assert resolve_unit("区政府", ctx).label == "重庆市渝北区人民政府"
    city = jurisdiction_from(["重庆市人民政府办公厅"], "", "", "")
    assert resolve_unit("区政府", city).kind == "group"


@pytest.mark.parametrize(
    ("chain", "industry"),
    [("集成电路产业链", "集成电路产业"), ("智能传感器产业集群", "智能传感器产业"), ("5G产业链", "5G产业"),
     ("智能传感器产业", None), ("“20+8”产业集群", None), ("光产业链", None), ("产业链", None)],
)
def test_the_industry_of_a_chain_or_cluster(chain, industry):
    assert industry_of(chain) == industry


# --- a district the gazetteer does not list (issue 11) -------------------------------------------


def test_a_district_named_by_the_issuer_is_the_jurisdiction_even_when_unlisted():
    g = gazetteer()
    assert g.get("云锦区") is None  # the made-up case needs a district the bundled gazetteer lacks
    ctx = jurisdiction_from(["成都市云锦区人民政府办公室"], "云锦区数字经济发展行动方案", "", "")
    assert (ctx.level, ctx.city.name, ctx.district.name) == ("district", "成都市", "成都市云锦区")
    r = resolve_unit("区科技局", ctx)
    assert (r.label, r.region.name) == ("成都市云锦区科学技术局", "成都市云锦区")


@pytest.mark.parametrize("issuer", ["成都市高新区管委会", "成都市人民政府办公厅", "成都市天府新区管理委员会"])
def test_a_zone_or_the_city_itself_is_not_taken_for_a_district(issuer):
    assert jurisdiction_from([issuer], "", "", "").level == "city"


def test_a_district_unit_with_no_district_established_is_unresolved_and_local():
    ctx = jurisdiction_from(["成都市人民政府办公厅"], "", "", "")
    r = resolve_unit("区科技局", ctx)
    assert (r.label, r.resolved, r.region, r.local) == ("区科技局", False, None, True)
    assert resolve_unit("市科技局", ctx).label == "成都市科学技术局"  # the city's own bodies are unaffected


# --- the local template by level, organisations, internal offices (issue 12, section 1) ----------

JX = Jurisdiction("province", province=G.get("江西省"))
GZ_JX = Jurisdiction("city", province=G.get("江西省"), city=G.get("赣州市"))
NO_REGION = NATIONAL  # a document whose signature and number are missing: no province is known


@pytest.mark.parametrize(
    ("unit", "ctx", "year", "full"),
    [
        # courts and procuratorates are named by their region's level
        ("省法院", JX, 2021, "江西省高级人民法院"),
        ("市法院", GZ_JX, 2021, "赣州市中级人民法院"),
        ("市中院", GZ_JX, 2021, "赣州市中级人民法院"),
        ("市法院", CQ, 2021, "重庆市高级人民法院"),
        ("市检察院", GZ_JX, 2021, "赣州市人民检察院"),
        # party, congress, CPPCC and mass-organisation bodies at each level
        ("省纪委", JX, 2021, "中共江西省纪律检查委员会"),
        ("市委编办", GZ_JX, 2021, "中共赣州市委机构编制委员会办公室"),
        ("市委外办", GZ_JX, 2021, "中共赣州市委外事工作委员会办公室"),
        ("市外办", GZ_JX, 2021, "赣州市人民政府外事办公室"),
        ("团市委", GZ_JX, 2021, "共青团赣州市委员会"),
        ("市总工会", GZ_JX, 2021, "赣州市总工会"),
        ("省妇联", JX, 2021, "江西省妇女联合会"),
        ("省科协", JX, 2021, "江西省科学技术协会"),
        ("省工商联", JX, 2021, "江西省工商业联合会"),
        ("省贸促会", JX, 2021, "中国国际贸易促进委员会江西省委员会"),
        ("省政协", JX, 2021, "中国人民政治协商会议江西省委员会"),
        ("省人大常委会", JX, 2021, "江西省人民代表大会常务委员会"),
        ("市人社局", GZ_JX, 2021, "赣州市人力资源和社会保障局"),
        # vertical systems
        ("人行赣州市中心支行", GZ_JX, 2021, "中国人民银行赣州市中心支行"),
        ("省外汇局", JX, 2021, "国家外汇管理局江西省分局"),
        ("江西调查总队", JX, 2021, "国家统计局江西调查总队"),
        ("省税务局", JX, 2021, "国家税务总局江西省税务局"),
        # the era's own names (2016: before the 2018 reform)
        ("市工商局", GZ_JX, 2016, "赣州市工商行政管理局"),
        ("市食药监局", GZ_JX, 2016, "赣州市食品药品监督管理局"),
        ("省国土资源厅", JX, 2016, "江西省国土资源厅"),
        ("市卫计委", GZ_JX, 2016, "赣州市卫生和计划生育委员会"),
        ("市市场监管局", GZ_JX, 2020, "赣州市市场监督管理局"),
        ("省自然资源厅", JX, 2020, "江西省自然资源厅"),
        ("省林业厅", JX, 2016, "江西省林业厅"),
        ("江西出入境检验检疫局", JX, 2016, "江西出入境检验检疫局"),
        ("省药品监管局", JX, 2021, "江西省药品监督管理局"),
        ("省烟草局", JX, 2021, "江西省烟草专卖局"),
        ("中医药局", JX, 2021, "江西省中医药管理局"),
        ("赣州市政府", JX, 2021, "赣州市人民政府"),
        # a central body written without prefix in a provincial document
        ("国管局", JX, 2021, "国家机关事务管理局"),
        ("中央宣传部", JX, 2021, "中共中央宣传部"),
        ("人民银行", JX, 2021, "中国人民银行"),
        # ... but the province's own body where the local template knows the short form
        ("发展改革委", JX, 2021, "江西省发展和改革委员会"),
        ("扶贫办", JX, 2019, "江西省扶贫开发办公室"),
        ("扶贫办", NATIONAL, 2019, "国务院扶贫开发领导小组办公室"),
    ],
)
def test_the_local_template(unit, ctx, year, full):
    r = resolve_unit(unit, ctx, year=year)
    assert (r.label, r.kind, r.resolved) == (full, "agency", True)


def test_a_body_of_a_past_era_in_a_later_document_is_the_body_that_took_its_place():
    # 工商局 was merged into 市场监督管理局 in 2018: a 2021 document's 市工商局 names the market regulator,
    # and a 2021 document's 省国土资源厅 the 自然资源厅 (patterns/standard_bodies.json successors).
    r = resolve_unit("市工商局", GZ_JX, year=2021)
    assert (r.label, r.resolved) == ("赣州市市场监督管理局", True)
    assert resolve_unit("省国土资源厅", JX, year=2021).label == "江西省自然资源厅"
    # The era's own name before the reform; no successor where it differs by place (a city's 国土资源局
    # became 自然资源和规划局 in some cities, 自然资源局 in others): not established.
    assert resolve_unit("省国土资源厅", JX, year=2016).label == "江西省国土资源厅"
    r = resolve_unit("市国土资源局", GZ_JX, year=2021)
    assert (r.label, r.resolved) == ("赣州市国土资源局", False)


def test_the_banking_regulators_bureau_keeps_its_name_through_the_year_of_the_reform():
    # 国家金融监督管理总局 was set up in May 2023 and its local bureaus from July: 2023's 银保监局 is the old one.
    assert resolve_unit("江西银保监局", JX, year=2023).label == "中国银行保险监督管理委员会江西监管局"
    assert resolve_unit("江西银保监局", JX, year=2024).label == "国家金融监督管理总局江西监管局"


@pytest.mark.parametrize("unit", ["省发展改革委", "省卫生健康委", "省委组织部", "市科技局", "省政府", "省政府办公厅"])
def test_a_level_prefix_without_a_known_region_is_never_the_national_body(unit):
    r = resolve_unit(unit, NO_REGION, year=2022)
    assert r.kind == "agency" and not r.resolved and r.local and r.region is None
    assert r.label.startswith(unit[0]) and not r.label.startswith("国家")


@pytest.mark.parametrize(
    ("unit", "label", "local"),
    [("国网赣州供电公司", "国网赣州供电公司", False), ("赣州银行", "赣州银行", False), ("南昌大学", "南昌大学", False),
     ("江西省光伏行业协会", "江西省光伏行业协会", False), ("铁塔公司", "中国铁塔股份有限公司", False),
     ("省铁塔公司", "省铁塔公司", True), ("市供电公司", "市供电公司", True)],
)
def test_organisations_are_typed_and_never_take_the_region(unit, label, local):
    r = resolve_unit(unit, GZ_JX, year=2021)
    assert (r.label, r.kind, r.region, r.local) == (label, "organisation", None, local)
    assert r.resolved is not local


@pytest.mark.parametrize("unit", ["省科学院", "省社科院", "市总工会"])
def test_public_institutions_and_mass_organisations_are_not_organisations(unit):
    assert resolve_unit(unit, JX, year=2021).kind == "agency"


@pytest.mark.parametrize(
    ("unit", "label"),
    [("省群众就业服务中心", "江西省群众就业服务中心"), ("省数字档案馆", "江西省数字档案馆"), ("赣州市农技推广站", "赣州市农技推广站"),
     ("省农科院", "江西省农科院")],
)
def test_a_centre_no_template_holds_is_a_public_institution_not_established(unit, label):
    # Typed apart from government bodies (pkg:PublicInstitution), named with its region, never certain.
    r = resolve_unit(unit, JX, year=2021)
    assert (r.label, r.kind, r.resolved) == (label, "public_institution", False)
    assert r.region is not None and r.level in ("province", "city")


def test_a_new_areas_departments_are_its_committees():
    hb = Jurisdiction("province", province=G.get("河北省"))
    for unit, label in [("雄安新区营商环境局", "河北雄安新区管理委员会营商环境局"),
                        ("雄安新区管委会数字治理部", "河北雄安新区管理委员会数字治理部"),
                        ("雄安新区党工委", "中共河北雄安新区工作委员会")]:
        r = resolve_unit(unit, hb, year=2021)
        assert (r.label, r.resolved) == (label, True), unit
    # An organ of its own system is named after the area, not its committee.
    assert resolve_unit("雄安新区公安局", hb, year=2021).label == "河北雄安新区公安局"
    # Not a department of the committee: a collective, a centre, the party committee's own department.
    assert resolve_unit("雄安新区有关部门", hb, year=2021).kind == "group"
    assert resolve_unit("雄安新区数据服务中心", hb, year=2021).kind == "public_institution"
    assert not resolve_unit("雄安新区党工委宣传部", hb, year=2021).resolved


@pytest.mark.parametrize(("unit", "ctx", "label"), [("省民政局", "JX", "江西省民政局"), ("省教育局", "JX", "江西省教育局"),
                                                    ("赣州市财政厅", "GZ_JX", "赣州市财政厅")])
def test_a_department_named_as_another_level_names_it_is_not_established(unit, ctx, label):
    # A province's 民政 body is a 厅, a city's a 局: 省民政局 is not established as the province's body.
    r = resolve_unit(unit, {"JX": JX, "GZ_JX": GZ_JX}[ctx], year=2021)
    assert (r.label, r.resolved) == (label, False)
    assert resolve_unit("省统计局", JX, year=2021).resolved and resolve_unit("赣州市民政局", GZ_JX, year=2021).resolved


def test_a_body_named_after_a_province_inside_takes_no_prefix():
    for prefix in (None, "省"):
        r = resolve_unit("民航湖南监管局", JX, year=2021, list_prefix=prefix)
        assert (r.label, r.resolved) == ("民航湖南监管局", False)


@pytest.mark.parametrize("unit", ["农行赣州分行", "建行江西省分行", "中国东山集团有限公司赣州办事处"])
def test_bank_short_forms_and_a_companys_offices_are_organisations(unit):
    r = resolve_unit(unit, JX, year=2021, list_prefix="省")
    assert (r.label, r.kind) == (unit, "organisation")


def test_a_local_post_office_after_the_postal_reform_is_the_regulator():
    # No local government body is named 邮政局 since the regulator was split from the enterprise.
    jx_city = Jurisdiction("city", province=G.get("江西省"), city=G.get("九江市"))
    assert resolve_unit("省邮政局", JX, year=2019).label == "江西省邮政管理局"
    assert resolve_unit("市邮政局", jx_city, year=2016).label == "九江市邮政管理局"
    old = resolve_unit("省邮政局", JX, year=2004)  # before the reform: the body of that name, not established here
    assert (old.label, old.resolved) == ("江西省邮政局", False)


@pytest.mark.parametrize("unit", ["省企联", "市企协"])
def test_enterprise_federations_are_organisations(unit):
    assert resolve_unit(unit, JX, year=2021).kind == "organisation"


def test_the_foreign_affairs_office_is_the_governments_and_the_talent_office_the_party_committees():
    gz = Jurisdiction("city", province=G.get("江西省"), city=G.get("赣州市"))
    for unit, ctx, label in [("省外办", JX, "江西省人民政府外事办公室"), ("省政府外办", JX, "江西省人民政府外事办公室"),
                             ("市外事办公室", gz, "赣州市人民政府外事办公室"), ("省委外办", JX, "中共江西省委外事工作委员会办公室"),
                             ("市委人才办", gz, "中共赣州市委人才工作领导小组办公室")]:
        r = resolve_unit(unit, ctx, year=2021)
        assert (r.label, r.resolved) == (label, True), unit


def test_the_establishment_office_takes_the_name_of_its_era():
    # A body of party and government until the reforms of 2018–2019, of the party committee since.
    assert resolve_unit("省编委办", JX, year=2015).label == "江西省机构编制委员会办公室"
    assert resolve_unit("省编委办", JX, year=2021).label == "中共江西省委机构编制委员会办公室"


def test_the_language_committee_and_the_title_reform_office():
    assert (resolve_unit("省语委", JX, year=2021).label, resolve_unit("省语委", JX, year=2021).resolved) == ("江西省语言文字工作委员会", True)
    assert resolve_unit("省职改办", JX, year=2021).label == "江西省职称改革领导小组办公室"


def test_the_short_forms_of_a_government_service_office():
    for unit in ("省政务服务办", "省政务服务办公室"):
        r = resolve_unit(unit, JX, year=2021)
        assert (r.label, r.resolved) == ("江西省政务服务管理办公室", True)


def test_an_internal_office_is_the_issuing_departments_or_unresolved():
    r = resolve_unit("就业促进处", JX, year=2024)
    assert (r.label, r.resolved, r.local) == ("就业促进处", False, True)  # never 江西省就业促进处
    r = resolve_unit("人才开发科", GZ_JX, year=2024, parent="赣州市人力资源和社会保障局")
    assert (r.label, r.resolved, r.local) == ("赣州市人力资源和社会保障局人才开发科", True, False)
    assert resolve_unit("市政府办公室", GZ_JX, year=2024).label == "赣州市人民政府办公室"  # not an internal office


def test_a_made_up_provincial_notice_resolves_each_kind_of_unit(tmp_path):
    from graphbuild.build import extract_document
    from graphbuild.read import read_source
    from graphbuild.vocab import PKG

    text = (
        "江西省人民政府办公厅关于印发江西省算力设施建设三年行动方案的通知\n"
        "各设区市人民政府，省政府各部门：\n现将《江西省算力设施建设三年行动方案》印发给你们，请认真贯彻执行。\n"
        "江西省人民政府办公厅\n2021年5月6日\n"
        "江西省算力设施建设三年行动方案\n一、重点任务\n"
        "（一）建设算力网络。推进数据中心建设。（责任单位：省发展改革委、省通信管理局、国网江西省电力有限公司、省总工会）\n"
        "（二）加强人才支撑。开展技能培训。（责任单位：省人力资源社会保障厅、南昌大学、团省委、国管局、省算力服务中心）\n"
    )
    path = tmp_path / "jx_notice.txt"
    path.write_text(text, encoding="utf-8")
    src = read_source(path)
    nq, _ = extract_document(src, [src.name])
    from rdflib import RDF, Graph, URIRef

    g = Graph()
    g.parse(data="".join(line.rsplit(" <", 1)[0] + " .\n" for line in nq.splitlines()), format="nt")
    by_label = {str(o): s for s, o in g.subject_objects(URIRef("http://www.w3.org/2004/02/skos/core#prefLabel"))}
    for name in ("江西省发展和改革委员会", "江西省通信管理局", "江西省总工会", "江西省人力资源和社会保障厅",
                 "共青团江西省委员会", "国家机关事务管理局"):
        node = by_label[name]
        assert not list(g.triples((node, None, URIRef(PKG.Organisation)))), name
    for name in ("国网江西省电力有限公司", "南昌大学"):
        node = by_label[name]
        assert list(g.triples((node, None, URIRef(PKG.Organisation)))), name
        assert not list(g.triples((node, URIRef(PKG.level), None))), name
    # A centre no template holds: a public institution of the province, with its level, not established.
    node = by_label["江西省算力服务中心"]
    assert (node, RDF.type, URIRef(PKG.PublicInstitution)) in g and (node, RDF.type, URIRef(PKG.Agency)) in g
    assert (node, URIRef(PKG.Organisation), None) not in g and (node, RDF.type, URIRef(PKG.Organisation)) not in g
    assert str(g.value(node, URIRef(PKG.level))) == "province" and str(g.value(node, URIRef(PKG.resolved))) == "false"


def test_the_parent_of_internal_offices_is_the_single_issuing_department():
    from graphbuild.resolve.agencies import office_parent

    assert office_parent(["江西省人力资源和社会保障厅"], JX, 2024) == "江西省人力资源和社会保障厅"
    assert office_parent(["科技部"], NATIONAL, 2024) == "科学技术部"
    assert office_parent(["江西省人民政府办公厅"], JX, 2024) is None  # a general office: its units are departments
    # Several departments: the first's, which the resolver names but does not call established.
    assert office_parent(["江西省人力资源和社会保障厅", "江西省财政厅"], JX, 2024) == "江西省人力资源和社会保障厅"


def test_a_made_up_department_notice_names_its_own_offices(tmp_path):
    from graphbuild.build import extract_document
    from graphbuild.evaluate import predict
    from graphbuild.read import read_source

    text = (
        "江西省人力资源和社会保障厅关于做好技能人才评价工作的通知\n赣人社字〔2024〕12号\n"
        "各设区市人力资源社会保障局：\n现就做好技能人才评价工作通知如下。\n"
        "一、扩大评价范围。支持企业自主开展评价。（责任单位：职业能力建设处、就业促进处、各设区市人社局）\n"
        "二、加强监督管理。开展质量督导。（责任单位：职业能力建设处）\n"
        "江西省人力资源和社会保障厅\n2024年3月1日\n"
    )
    path = tmp_path / "jx_hrss.txt"
    path.write_text(text, encoding="utf-8")
    got = {u for t in predict(path)["tasks"] for u in t["responsible"]}
    assert {"江西省人力资源和社会保障厅职业能力建设处", "江西省人力资源和社会保障厅就业促进处"} <= got
    assert "江西省就业促进处" not in got
    nq, _ = extract_document(read_source(path), [path.name])
    assert '"江西省人力资源和社会保障厅就业促进处"' in nq  # the graph and eval agree


@pytest.mark.parametrize(("body", "full"), [("政府", "人民政府"), ("人民政府", "人民政府"), ("政府办公厅", "人民政府办公厅"),
                                            ("人民政府办公厅", "人民政府办公厅"), ("人民政府办公室", "人民政府办公室")])
def test_a_government_is_expanded_once(body, full):
    from graphbuild.resolve.agencies import expand_body

    assert expand_body(body) == full


@pytest.mark.parametrize(
    ("unit", "label"),
    [("科技部办公厅", "科学技术部办公厅"), ("市场监管总局办公厅", "国家市场监督管理总局办公厅"), ("中共中央办公厅", "中共中央办公厅")],
)
def test_a_central_bodys_general_office_in_a_local_document_is_never_the_regions(unit, label):
    r = resolve_unit(unit, JX, year=2021)
    assert (r.label, r.resolved, r.region) == (label, True, None)
    # 发展改革委办公厅 in a province's document: the province's body's office, not the ministry's.
    assert not resolve_unit("发展改革委办公厅", JX, year=2021).label.startswith("国家")
    assert resolve_unit("发展改革委办公厅", NATIONAL, year=2021).label == "国家发展和改革委员会办公厅"


def test_names_written_together_are_split_only_into_established_bodies():
    from graphbuild.resolve.agencies import split_run_together

    assert split_run_together("科技部财政部", NATIONAL, 2021) == ["科技部", "财政部"]
    assert split_run_together("江西省科学技术厅会同江西省财政厅", JX, 2021) == ["江西省科学技术厅", "江西省财政厅"]
    assert split_run_together("江西省人民政府和赣州市人民政府", JX, 2021) == ["江西省人民政府", "赣州市人民政府"]
    # One body no data holds is never cut into a government and a bare committee; an established name stays whole.
    assert split_run_together("江西省人民政府学位评定委员会", JX, 2021) == ["江西省人民政府学位评定委员会"]
    assert split_run_together("江西省财政厅", JX, 2021) == ["江西省财政厅"]


def test_a_signature_of_bodies_written_together_gives_each_issuer(tmp_path):
    from graphbuild.pipeline import process_path

    path = tmp_path / "made-up.txt"
    path.write_text("关于推进算力设施建设的通知\n各省、自治区、直辖市科技厅：\n现将有关事项通知如下。\n一、总体要求\n坚持创新。\n"
                    "科技部财政部\n2031年3月2日\n", encoding="utf-8")
    rd = process_path(path)
    assert [(r.unit.label, r.unit.resolved) for r in rd.issuers] == [("科学技术部", True), ("财政部", True)]


def test_a_bare_bureau_no_template_holds_is_the_issuing_departments_own():
    # 劳动保障监察局 written bare in the 人社厅's own document is the 厅's, as 厅劳动保障监察局 written out;
    # a bureau the template knows (统计局) stays the region's, and one with a level (省…局) is not the 厅's.
    dept = "江西省人力资源和社会保障厅"
    for unit, label, resolved in [("劳动保障监察局", dept + "劳动保障监察局", True), ("厅劳动保障监察局", dept + "劳动保障监察局", True),
                                  ("统计局", "江西省统计局", True), ("省劳动保障监察局", "江西省劳动保障监察局", False),
                                  # A city's body (财政局 after a province-level unit in a list) is never the 厅's.
                                  ("财政局", "江西省财政局", False)]:
        r = resolve_unit(unit, JX, year=2021, parent=dept)
        assert (r.label, r.resolved) == (label, resolved), unit
    several = resolve_unit("劳动保障监察局", JX, year=2021, parent=dept, parent_certain=False)
    assert (several.label, several.resolved, several.local) == (dept + "劳动保障监察局", False, True)
    assert resolve_unit("劳动保障监察局", JX, year=2021).label == "江西省劳动保障监察局"  # no department issues the text


@pytest.mark.parametrize(
    ("unit", "ctx", "full"),
    [("中共浙江省委", NATIONAL, "中国共产党浙江省委员会"), ("省委", ZJ, "中国共产党浙江省委员会"),
     ("中共成都市委", ZJ, "中国共产党成都市委员会"), ("市委", CD, "中国共产党成都市委员会"), ("江西省委", NATIONAL, "中国共产党江西省委员会")],
)
def test_a_party_committee_itself_gets_its_full_name(unit, ctx, full):
    r = resolve_unit(unit, ctx)
    assert (r.label, r.kind, r.resolved) == (full, "agency", True)
    # Its departments keep the form their nameplates use.
    assert resolve_unit("省委组织部", ZJ).label == "中共浙江省委组织部"


def test_a_party_committee_of_a_level_no_region_fills_is_not_established():
    r = resolve_unit("省委", NATIONAL)
    assert (r.label, r.resolved) == ("省委", False)


def test_a_party_committees_own_units_keep_their_nameplate_form():
    # Written with the committee in front (中共浙江省委 + 网信办's full name), the unit is not the full name of
    # the committee glued to it.
    r = resolve_unit("中共浙江省委网络安全和信息化委员会办公室", ZJ)
    assert r.label == "中共浙江省委网络安全和信息化委员会办公室"
    assert resolve_unit("中共浙江省委办公厅", ZJ).label == "中共浙江省委办公厅"
