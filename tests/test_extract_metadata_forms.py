"""Metadata in the forms government documents take: web-page header fields, title lines, signature blocks.

All snippets are made up; none is copied from the held-out texts.
"""

import pytest

from graphbuild.extract import metadata as meta
from graphbuild.extract.pipeline import extract

REGIONS = ["安徽省", "合肥市", "芜湖市"]


def _at(text, span):
    return text[span.start : span.end]


# --- web-page header fields ------------------------------------------------------------------

PAGE = """索引号：00000000X/2022-00417
主题分类：工业\\信息化
发布日期：2022年09月30日
发布机构：合肥市人民政府办公室
成文日期：2022年09月21日
标题：合肥市促进光伏产业高质量发展若干政策
文号：合政办〔2022〕17号

合肥市促进光伏产业高质量发展若干政策

　　为落实《安徽省“十四五”能源发展规划》，推动光伏产业高质量发展，制定本政策。
　　一、支持企业做大做强
　　（一）支持项目落地。对新引进的光伏项目给予奖励。（责任单位：市发展改革委、市财政局）
"""


def test_header_fields_give_title_issuer_number_and_written_date():
    ex = extract(PAGE)
    assert ex.title == "合肥市促进光伏产业高质量发展若干政策"
    assert _at(PAGE, ex.title_span) == "合肥市促进光伏产业高质量发展若干政策"
    assert ex.issuers == ["合肥市人民政府办公室"]
    assert _at(PAGE, ex.issuer_span) == "合肥市人民政府办公室"
    assert ex.doc_number == "合政办〔2022〕17号"
    # 成文日期 (the issue date) wins over 发布日期 (the page's publication date), whatever their order.
    assert ex.date == "2022-09-21"
    assert [c.title for c in ex.citations] == ["安徽省“十四五”能源发展规划"]


def test_name_field_is_a_title_field():
    text = "名称：芜湖市机器人产业发展行动计划\n发文机关：芜湖市经济和信息化局\n\n　　为加快机器人产业发展，制定本计划。\n"
    assert meta.find_title(text)[0] == "芜湖市机器人产业发展行动计划"
    assert meta.find_issuers(text, "", REGIONS)[0] == ["芜湖市经济和信息化局"]


def test_fields_flattened_on_one_line():
    text = "索引号：123/2021-9 主题分类：科技 发文机关：安徽省科学技术厅 安徽省财政厅 成文日期：2021-11-02 发文字号：皖科发〔2021〕5号\n安徽省科技创新券管理办法\n\n　　第一条 为规范管理，制定本办法。\n"
    fields = meta.header_fields(text)
    assert fields["issuer"].text == "安徽省科学技术厅 安徽省财政厅"
    assert meta.find_issuers(text, "", REGIONS)[0] == ["安徽省科学技术厅", "安徽省财政厅"]
    assert meta.find_date(text) == "2021-11-02"
    assert meta.find_doc_number(text) == "皖科发〔2021〕5号"
    assert meta.find_title(text)[0] == "安徽省科技创新券管理办法"


def test_a_label_with_its_value_on_the_next_line():
    text = "发布机构：\n合肥市科学技术局\n文号：\n合科〔2023〕3号\n合肥市科技企业孵化器认定办法\n　　第一条 为培育科技企业，制定本办法。\n"
    issuers, span = meta.find_issuers(text, "", REGIONS)
    assert issuers == ["合肥市科学技术局"] and _at(text, span) == "合肥市科学技术局"
    assert meta.find_doc_number(text) == "合科〔2023〕3号"


def test_without_a_title_field_the_title_line_beats_a_cited_plan():
    text = PAGE.replace("标题：合肥市促进光伏产业高质量发展若干政策\n", "")
    ex = extract(text)
    assert ex.title == "合肥市促进光伏产业高质量发展若干政策"
    assert [c.title for c in ex.citations] == ["安徽省“十四五”能源发展规划"]
    assert ex.period is None


def test_source_line_of_a_news_page_is_not_an_issuer_field():
    text = "某省出台新能源汽车产业行动方案\n来源：某某日报\n发布时间：2023-04-01\n　　近日，某省印发方案。\n"
    assert meta.header_fields(text).keys() == {"published"}
    assert meta.find_title(text)[0] == "某省出台新能源汽车产业行动方案"


# --- titles ----------------------------------------------------------------------------------


def test_heading_above_the_document_number_is_the_title():
    text = "合肥市支持人工智能产业发展若干举措\n合政〔2024〕8号\n\n　　为贯彻《新一代人工智能发展规划》，制定如下举措。\n"
    title, span = meta.find_title(text)
    assert title == "合肥市支持人工智能产业发展若干举措"
    assert _at(text, span) == title


def test_red_header_line_is_not_the_title():
    text = "合肥市人民政府文件\n合政〔2024〕9号\n合肥市人民政府关于加快发展低空经济的实施意见\n各县（市）、区人民政府：\n　　为落实《无人驾驶航空器飞行管理暂行条例》，提出如下意见。\n"
    assert meta.find_title(text)[0] == "合肥市人民政府关于加快发展低空经济的实施意见"
    assert meta.find_doc_number(text) == "合政〔2024〕9号"


def test_attachment_marker_is_not_part_of_the_title():
    text = "附件1\n芜湖市智能网联汽车测试管理细则\n　　为规范测试活动，依据《智能网联汽车道路测试管理规范》，制定本细则。\n"
    assert meta.find_title(text)[0] == "芜湖市智能网联汽车测试管理细则"


def test_title_broken_over_two_lines():
    text = "安徽省人民政府办公厅关于\n印发安徽省氢能产业发展方案的通知\n皖政办〔2022〕2号\n"
    assert meta.find_title(text)[0] == "安徽省人民政府办公厅关于印发安徽省氢能产业发展方案的通知"


def test_a_report_still_takes_the_plan_it_announces():
    text = "【某网讯】3月2日，合肥市发展和改革委员会印发《合肥市数字经济发展规划（2023—2027年）》，提出发展目标。\n"
    assert meta.find_title(text)[0] == "合肥市数字经济发展规划（2023—2027年）"


# --- signatures ------------------------------------------------------------------------------

JOINT = """农业农村部等四部门关于加快发展智慧农业的意见

农发〔2024〕3号

各省、自治区、直辖市农业农村厅（局、委）：

　　为落实《数字乡村发展战略纲要》，现提出如下意见。
　　一、推进技术攻关。（农业农村部、科技部按职责分工负责）

农业农村部
科技部
国家发展改革委
中国人民银行
2024年5月20日
"""


def test_signature_one_body_a_line_above_the_date():
    issuers, span = meta.find_issuers(JOINT, meta.find_title(JOINT)[0], REGIONS)
    assert issuers == ["农业农村部", "科技部", "国家发展改革委", "中国人民银行"]
    assert _at(JOINT, span) == "农业农村部\n科技部\n国家发展改革委\n中国人民银行"
    assert meta.find_date(JOINT) == "2024-05-20"


def test_signature_several_bodies_a_line_separated_by_spaces():
    text = "关于推进算力基础设施建设的意见\n\n　　现提出如下意见。\n\n国家发展改革委　工业和信息化部\n国家能源局 国家数据局\n2023年12月25日\n"
    issuers, span = meta.find_issuers(text, meta.find_title(text)[0], REGIONS)
    assert issuers == ["国家发展改革委", "工业和信息化部", "国家能源局", "国家数据局"]
    assert span.text.startswith("国家发展改革委") and span.text.endswith("国家数据局")


def test_signature_with_a_date_in_chinese_numerals():
    text = "关于做好春耕工作的通知\n\n　　请认真落实。\n\n芜湖市农业农村局\n二〇二三年二月二十八日\n"
    assert meta.find_issuers(text, meta.find_title(text)[0], REGIONS)[0] == ["芜湖市农业农村局"]
    assert meta.find_date(text) == "2023-02-28"


def test_joint_title_without_signature_keeps_the_lead_body():
    text = "商务部等八部门关于促进外贸稳定增长的意见\n\n　　现提出如下意见。\n"
    assert meta.find_issuers(text, meta.find_title(text)[0], REGIONS)[0] == ["商务部"]


def test_a_sentence_above_a_date_is_not_a_signature():
    text = "关于开展检查的通知\n\n　　请各单位按时报送材料。\n2023年6月1日\n"
    assert meta.find_signature(text) is None
    assert meta.find_issuers(text, "关于开展检查的通知", REGIONS)[0] == []


@pytest.mark.parametrize(
    ("s", "expected"),
    [
        ("安徽省发展和改革委员会 安徽省能源局", ["安徽省发展和改革委员会", "安徽省能源局"]),
        ("合肥市科学技术局　合肥市财政局", ["合肥市科学技术局", "合肥市财政局"]),
        ("安徽省经济和信息化厅安徽省财政厅", ["安徽省经济和信息化厅", "安徽省财政厅"]),
    ],
)
def test_split_issuers(s, expected):
    assert meta.split_issuers(s, REGIONS) == expected


def test_signature_date_line_may_say_issued_and_use_full_width_digits():
    text = "关于做好夏粮收购工作的通知\n\n　　请认真落实。\n\n安徽省粮食和物资储备局　安徽省财政厅\n２０２３年５月６日印发\n"
    assert meta.find_issuers(text, meta.find_title(text)[0], REGIONS)[0] == ["安徽省粮食和物资储备局", "安徽省财政厅"]
    assert meta.find_date(text) == "2023-05-06"


def test_a_signature_glued_after_a_crawlers_link_to_a_page():
    from graphbuild.extract.metadata import find_glued_signature

    text = "确保各项政策落实到位。链接：东山省出台新规扶持小微企业.html东山省人民政府2015年4月24日"
    names, span = find_glued_signature(text, ["东山省"])
    assert names == ["东山省人民政府"] and span.text == "东山省人民政府"


def test_the_date_glued_to_a_signature_is_the_documents_date():
    from graphbuild.extract.pipeline import extract

    text = "各市人民政府：\n一、总则\n确保落实到位。链接：江西省出台新规.html江西省人民政府2015年4月24日"
    ex = extract(text)
    assert (ex.issuers, ex.date) == (["江西省人民政府"], "2015-04-24")


def test_a_documents_short_name_in_guillemets_is_no_cited_title():
    from graphbuild.extract.pipeline import extract

    text = "一、总则\n各地要落实《决定》和《实施方案》，按《东山省数字经济促进条例》执行，听取《汇报》，依照《工作规程》和《管理办法》。\n"
    assert [c.title for c in extract(text).citations] == ["东山省数字经济促进条例"]


# --- issuers and titles of crawled pages (issue 12, session 7) ------------------------------------------


def test_a_document_described_as_issued_by_a_body_gives_no_issuer_or_title():
    # X印发的《…》 ("issued by X") and an annex line name other documents.
    text = (
        "各市教育局：\n为做好试点工作，现将有关要求通知如下。\n一、建设目标\n"
        "试点县要对标安徽省体育局和安徽省教育厅印发的《关于推进体教融合的实施意见》，完善机制。\n"
        "附件：1.安徽省体育局印发《关于推进体教融合的实施意见》的通知\n"
    )
    ex = extract(text)
    assert ex.title == "" and "对标" not in "".join(ex.issuers)


def test_a_date_before_a_reports_body_is_no_part_of_its_name():
    assert meta.find_issuers("2030年教育部出台了《中小学教材管理办法》，明确了要求。\n", "", REGIONS)[0] == ["教育部"]
    assert meta.find_issuers("新华社北京12月24日电国务院办公厅印发《关于完善评价机制的意见》。\n", "", REGIONS)[0] == ["国务院办公厅"]
    # 日 that begins a name is kept (日照市), only a date's 日 goes.
    assert meta.find_issuers("日照市人民政府印发《日照市算力设施规划》。\n", "", REGIONS)[0] == ["日照市人民政府"]


@pytest.mark.parametrize("number", ["皖科规﹝2031﹞1号", "皖科农函【2031】号", "JFS-2031-04001"])
def test_a_number_glued_before_a_notice_title_is_no_part_of_title_or_issuer(number):
    text = f"{number}安徽省科学技术厅关于印发《安徽省科技园区管理办法》的通知\n各市科技局：\n现将办法印发给你们。\n"
    ex = extract(text)
    assert ex.title == "安徽省科学技术厅关于印发《安徽省科技园区管理办法》的通知"
    assert ex.issuers == ["安徽省科学技术厅"]


@pytest.mark.parametrize(("text", "docno"), [
    # A title glued before the number ends at its title word: the code is what follows it.
    ("东山省加快推进科技创新的若干措施东政办发〔2031〕5号　　为深入贯彻落实，制定本措施。", "东政办发〔2031〕5号"),
    ("东山省人民政府办公厅关于印发行动方案的通知东政办函〔2031〕5号\n各市人民政府：", "东政办函〔2031〕5号"),
    # A code may end in a title word itself (发改规划): two characters at least stay the code.
    ("发改规划〔2031〕617号\n各省发展改革委：", "发改规划〔2031〕617号"),
])
def test_a_title_glued_before_a_docno_is_not_its_code(text: str, docno: str) -> None:
    assert meta.find_doc_number(text) == docno


def test_a_notice_title_ends_at_a_document_number_in_small_brackets():
    text = ("安徽省科学技术厅安徽省财政厅关于印发《安徽省某某企业认定办法（试行）》的通知皖科高﹝2019﹞3号各市科技局、"
            "财政局：现将《安徽省某某企业认定办法（试行）》印发给你们。\n")
    assert meta.find_title(text)[0] == "安徽省科学技术厅安徽省财政厅关于印发《安徽省某某企业认定办法（试行）》的通知"


def test_a_signature_of_many_bodies_one_a_line_is_read_whole():
    bodies = ["住房和城乡建设部", "国家发展和改革委员会", "科学技术部", "工业和信息化部", "人力资源和社会保障部",
              "生态环境部", "交通运输部", "水利部", "国家税务总局", "国家市场监督管理总局", "国家铁路局"]
    text = "正文。\n\n" + "\n".join("中华人民共和国" + b if b.endswith("部") else b for b in bodies) + "\n2020年7月3日\n"
    # The 中华人民共和国 prefix is dropped when the names are resolved, not here.
    assert [n.removeprefix("中华人民共和国") for n in meta.find_issuers(text, "", REGIONS)[0]] == bodies


def test_an_internal_unit_under_its_body_signs_as_part_of_it():
    text = "正文。\n\n国家自然科学基金委员会\n国际合作局\n2019年9月10日\n"
    assert meta.find_issuers(text, "", REGIONS)[0] == ["国家自然科学基金委员会国际合作局"]
    # A body known by its own name, or one that opens with 国家, signs on its own.
    text = "正文。\n\n交通运输部\n民航局\n国家铁路局\n2019年9月10日\n"
    known = frozenset({"交通运输部", "民航局"})
    assert meta.find_issuers(text, "", REGIONS, known)[0] == ["交通运输部", "民航局", "国家铁路局"]


def test_the_date_of_a_signature_in_a_page_flattened_to_one_line():
    text = ("安徽省某某领导小组关于印发《某某方案》的通知各市人民政府：　　《某某方案》已经省政府同意，现印发给你们。"
            "　　安徽省某某领导小组　　2021年9月16日某某方案　　一、总体要求　　到2025年，建成10个基地。")
    assert meta.find_date(text) == "2021-09-16"
    # A date inside a sentence is no signature's.
    assert meta.find_date("某某方案　　一、总体要求　　2021年9月16日，省政府召开会议。") == ""


def test_the_general_offices_of_known_bodies_sign_a_flattened_page():
    text = ("　　某办〔2024〕15号各省财政厅：　　为落实某项工作，现通知如下。　　本通知自印发之日起施行。"
            "　　财政部办公厅　　工业和信息化部办公厅　　2024年4月22日")
    ex = extract(text)
    assert ex.issuers == ["财政部办公厅", "工业和信息化部办公厅"]
    assert ex.date == "2024-04-22"


def test_a_crawled_title_echoed_after_its_date_and_the_congress_that_adopted_a_regulation():
    text = ("某某省促进某某条例20020320某某省促进某某条例(2002年3月30日河北省第九届人民代表大会常务委员会第二十六次会议通过)"
            "第一章　总则第一条　为了促进发展，制定本条例。")
    ex = extract(text)
    assert ex.title == "某某省促进某某条例"
    assert ex.issuers == ["河北省人民代表大会常务委员会"]
    law = extract("中华人民共和国某某法\n（2018年10月26日第十三届全国人民代表大会常务委员会第六次会议通过）\n第一条　为了某某，制定本法。")
    assert law.issuers == ["全国人民代表大会常务委员会"]


def test_departments_written_with_their_level_sign_a_glued_page():
    text = ("冀财教〔2013〕29号各设区市财政局：为规范管理，制定了《河北省某某管理办法》，现予以印发，请遵照执行。"
            "省财政厅省科技厅2013年4月2日河北省某某管理办法第一章　总则第一条　为规范")
    assert extract(text).issuers == ["省财政厅", "省科技厅"]
    # A market regulator is one department, not a province and a city.
    assert extract("各县：现予以印发，请遵照执行。市市场监管局2020年1月2日").issuers == ["市市场监管局"]


def test_an_order_names_its_issuer_and_a_title_from_inside_title_marks_stands_alone():
    text = ("中华人民共和国某某部令第10号　　《关于修改〈某某奖管理办法〉的决定》已经2006年1月6日某某部第1次部务会议审议通过，"
            "现予发布，自公布之日起施行。部　长　某某某二○○六年二月五日关于修改《某某奖管理办法》的决定　　为做好管理工作，现决定修改。")
    ex = extract(text)
    assert ex.issuers == ["某某部"]
    assert ex.title == "关于修改《某某奖管理办法》的决定"
    # The title written in 《》 inside another 《》 is still the document itself, not a citation of another.
    assert "关于修改〈某某奖管理办法〉的决定" not in {c.title for c in ex.citations}
    assert extract("某某省人民政府令〔2020〕第3号　　《某某省某某办法》已经省政府常务会议通过，现予公布。").issuers == ["某某省人民政府"]


def test_a_crawled_row_that_echoes_the_title_and_goes_on_with_a_timestamp():
    text = ("某某省促进某某条例20030901某某省促进某某条例(2003-07-2309:08:21)（2003年7月18日河北省第十届人民代表大会常务委员会"
            "第四次会议通过）　　第一章　总　则　　第一条　为了促进发展。")
    ex = extract(text)
    assert (ex.title, ex.issuers) == ("某某省促进某某条例", ["河北省人民代表大会常务委员会"])


def test_a_presidents_order_promulgates_what_the_standing_committee_passed():
    text = ("中华人民共和国主席令第三十五号《中华人民共和国某某法》已由中华人民共和国第十一届全国人民代表大会常务委员会"
            "第十七次会议于2010年10月28日通过，现予公布，自2011年7月1日起施行。中华人民共和国主席某某某2010年10月28日")
    ex = extract(text)
    assert (ex.title, ex.issuers) == ("中华人民共和国某某法", ["全国人民代表大会常务委员会"])
    nested = extract("中华人民共和国主席令第三十二号《全国人民代表大会常务委员会关于修改<中华人民共和国某某法>的决定》已由中华人民共和国"
                     "第十二届全国人民代表大会常务委员会第十六次会议于2015年8月29日通过，现予公布。")
    assert nested.title == "全国人民代表大会常务委员会关于修改《中华人民共和国某某法》的决定"


def test_a_title_glued_before_an_order_and_general_offices_glued_together():
    text = ("某某省食盐管理实施办法某某省人民政府令〔2022〕第2号《某某省食盐管理实施办法》已经2022年8月12日省政府第156次常务会议通过，"
            "现予公布。　　省长某某某　　2022年8月18日")
    assert extract(text).issuers == ["某某省人民政府"]
    glued = "各省发展改革委：　　现将有关事项通知如下，请遵照执行。国家发展改革委办公厅财政部办公厅2020年3月1日"
    assert extract(glued).issuers == ["国家发展改革委办公厅", "财政部办公厅"]
