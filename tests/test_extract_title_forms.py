"""Titles and issuers as crawled pages write them (issue 12): spaced field labels, a notice title run
into the addressee line, a 文号 glued before the title, a text that starts with its body or its
addressee, a cited document that is not this one. Every text here is made up.
"""

from __future__ import annotations

import pytest

from graphbuild.extract.metadata import find_issuers, find_title
from graphbuild.extract.pipeline import extract


def title(text: str) -> str:
    return find_title(text)[0]


def test_a_field_label_with_spaces_inside_is_a_label():
    text = "索 引 号：\n0001/2030-01\n标　　题：\n东山市人民政府关于加快数字产业发展的意见\n发文字号：\n东政发〔2030〕1号\n各区县人民政府：\n现提出如下意见。\n"
    assert title(text) == "东山市人民政府关于加快数字产业发展的意见"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Run into the addressee line.
        ("东山市人民政府办公室印发关于加快数字产业发展若干措施的通知各区县人民政府，市政府有关部门：《关于加快数字产业发展的若干措施》已经市政府同意，现印发给你们。",
         "东山市人民政府办公室印发关于加快数字产业发展若干措施的通知"),
        # Run into the 文号 (white space between).
        ("　　东山市人民政府办公室转发市科技局关于支持研发中心若干政策措施的通知　　东政办函〔2030〕7号各区县人民政府：　　市科技局《关于支持研发中心的若干政策措施》已经市政府同意。",
         "东山市人民政府办公室转发市科技局关于支持研发中心若干政策措施的通知"),
        # Run into the addressee: a 政策措施 inside the title does not end it.
        ("西河区人民政府关于印发西河区数字经济政策措施的通知东山市人民政府：现将有关事项通知如下。", "西河区人民政府关于印发西河区数字经济政策措施的通知"),
    ],
)
def test_a_notice_title_run_into_the_next_line_is_the_title(text, expected):
    assert title(text) == expected


def test_a_docno_glued_before_the_title_is_not_part_of_it():
    text = "东科函〔2030〕12号东山市科学技术局关于印发《东山市研发平台管理办法》的通知\n各区县科技局：\n现印发给你们。\n"
    assert title(text) == "东山市科学技术局关于印发《东山市研发平台管理办法》的通知"
    text = "中共东山市委办公室东办字〔2030〕3号中共东山市委办公室东山市人民政府办公室印发《关于人才引进的实施意见》的通知\n各区县：\n现印发给你们。\n"
    assert title(text) == "中共东山市委办公室东山市人民政府办公室印发《关于人才引进的实施意见》的通知"


@pytest.mark.parametrize(
    "text",
    [
        "为深入贯彻落实《东山市数字经济促进条例》精神，结合我市实际，提出如下实施意见。一、总体要求……",
        "各区县人民政府，市政府各部门：\n为加快数字产业发展，现提出如下意见。\n一、总体要求\n",
        "根据《东山市人民政府关于加快数字产业发展的意见》（东政发〔2030〕1号），现就有关事项通知如下：\n一、工作目标\n",
        "数字产业是东山市的重要产业，近年来发展迅速，成绩显著，但也面临不少困难和问题，需要认真研究加以解决。\n",
    ],
)
def test_a_text_that_starts_with_its_body_or_addressee_has_no_title(text):
    assert find_title(text) == ("", None)


def test_no_title_is_warned():
    ex = extract("各区县人民政府：\n为加快数字产业发展，现提出如下意见。\n一、总体要求\n（一）目标。推进工作。\n")
    assert ex.title == ""
    assert "no title found: the text starts with its addressee line or its body; the plan is named after its file" in ex.warnings


def test_the_plan_a_notice_issues_is_its_self_reference():
    text = "各区县人民政府：\n现将《东山市数字产业行动方案》印发给你们，请认真贯彻执行。\n"
    assert title(text) == "东山市数字产业行动方案"
    text = "各区县人民政府：\n《东山市数字产业行动方案》已经市政府同意，现印发给你们。\n"
    assert title(text) == "东山市数字产业行动方案"


def test_a_document_cited_after_a_citing_verb_is_not_the_title():
    text = "为认真贯彻《东山省人民政府关于推行职业技能培训制度的意见》精神，结合我市实际，提出如下实施意见。\n一、总体要求\n"
    assert title(text) == ""


def test_a_sentence_citing_a_notice_gives_no_issuer():
    text = "为贯彻落实《东山省人民政府办公厅关于推进政务公开的意见》精神，结合我市实际，提出如下意见。\n一、总体要求\n"
    assert find_issuers(text, "", [])[0] == []


@pytest.mark.parametrize("first", ["一、总体要求", "东政办〔2030〕5号"])
def test_a_heading_or_docno_first_line_is_no_title(first):
    assert find_title(f"{first}\n各区县人民政府：\n为加快数字产业发展，现提出如下意见。\n") == ("", None)


def test_a_glued_signature_gives_the_issuer_and_a_cited_number_is_not_the_docno():
    from graphbuild.extract.metadata import find_doc_number

    text = (
        "为贯彻落实《东山省人民政府关于推进政务公开的意见》（东政发〔2030〕3号）精神，结合我市实际，提出如下意见。"
        "一、总体要求（一）目标。推进工作。（市科技局负责）西河市人民政府2031年3月23日更多信息请关注"
    )
    assert find_issuers(text, "", ["西河市", "东山省"])[0] == ["西河市人民政府"]
    assert find_doc_number(text) == ""
    # Names only: a sentence before a date gives no issuer.
    assert find_issuers("我们在2031年3月23日召开会议。", "", ["西河市"])[0] == []


def test_a_glued_joint_signature_is_split_at_region_names():
    text = "请认真贯彻执行。　东山省科学技术厅东山省财政厅2031年1月5日　　东山省研发平台管理办法"
    assert find_issuers(text, "", ["东山省"])[0] == ["东山省科学技术厅", "东山省财政厅"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("东山市数据条例（２０３０年４月２７日东山市人民代表大会常务委员会第二次会议通过）第一章总则第一条为了……", "东山市数据条例"),
        ("东山省数据安全法（2030年6月1日东山省人民代表大会通过）第一章总则", "东山省数据安全法"),
        ("关于开展养老保险登记工作的通知根据《东山省养老保险办法》要求，现就有关事项通知如下：", "关于开展养老保险登记工作的通知"),
        ("关于使用失业保险金稳岗的意见为深入贯彻东山省委全会精神，做好稳就业工作，提出如下意见。", "关于使用失业保险金稳岗的意见"),
        ("东山市科学技术局执法公示实施细则(试行)第一章总则第一条为严格依法行政，制定本细则。", "东山市科学技术局执法公示实施细则(试行)"),
    ],
)
def test_a_title_run_into_its_adoption_note_chapter_or_body(text, expected):
    assert title(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("新华社东山12月24日电东山省数据安全法（2030年6月1日东山省人民代表大会通过）第一章总则", "东山省数据安全法"),
        ("东人社函〔2030〕33号关于做好社会保险基金评估工作的通知按照《东山省社会保险办法》要求，现就有关事项通知如下：", "关于做好社会保险基金评估工作的通知"),
    ],
)
def test_a_dateline_or_docno_before_a_run_on_title_is_dropped(text, expected):
    assert title(text) == expected


def test_notice_issuers_before_yinfa_or_zhuanfa():
    text = "东山省人民政府办公厅转发省科技厅关于支持研发中心若干措施的通知\n各市人民政府：\n现转发给你们。\n"
    assert find_issuers(text, title(text), ["东山省"])[0] == ["东山省人民政府办公厅"]
    text = "东山省人民政府办公厅印发关于支持研发中心若干措施的通知\n各市人民政府：\n现印发给你们。\n"
    assert find_issuers(text, title(text), ["东山省"])[0] == ["东山省人民政府办公厅"]


def test_a_signature_set_apart_from_its_date_by_indents():
    text = "请认真贯彻执行。　　东山省科学技术厅　　东山省财政厅　　2031年1月5日东山省研发平台管理办法"
    assert find_issuers(text, "", ["东山省"])[0] == ["东山省科学技术厅", "东山省财政厅"]


def test_a_news_headline_with_yinfa_gives_no_notice_issuers():
    text = "【东山网 政策法规】11月13日,东山市科学技术局印发《东山市研发平台管理办法》。\n"
    assert find_issuers(text, title(text), ["东山市"])[0] == ["东山市科学技术局"]


def test_the_plan_a_notice_issues_is_no_cited_plan():
    from graphbuild.extract.metadata import is_self_reference

    notice = "东山省人民政府办公厅印发关于支持数字产业发展若干政策措施（2030-2032年）的通知"
    assert is_self_reference("关于支持数字产业发展的若干政策措施（2030-2032年）", notice, [])
    assert is_self_reference("关于支持研发中心的若干措施", "东山省人民政府办公厅转发省科技厅关于支持研发中心若干措施的通知", [])
    assert not is_self_reference("东山省数字经济促进条例", notice, [])


def test_a_notice_that_issues_several_schemes_is_titled_by_the_first():
    opening = "各市人民政府：为落实全省工作部署，制定了《东山省营商环境重点任务分工方案》《东山省要素保障专项行动方案》，现印发给你们。\n"
    assert title(opening + "一、总体要求\n坚持创新。\n") == "东山省营商环境重点任务分工方案"


@pytest.mark.parametrize(
    "opening",
    [
        "各市教育局：\n为深入贯彻全会精神和《东山省委东山省人民政府关于深化教师队伍改革的实施意见》精神，现通知如下。\n",
        "为规范审计行为，根据《东山省审计条例》《东山省审计条例实施办法》等有关规定，结合实际，制定本规定。\n",
        "物流业是基础产业。根据国务院《物流业发展中长期规划（2030-2035年）》和有关部署，提出如下意见。\n",
        # Documents issued before this one: 近年来…出台了, 先后印发.
        "东政发〔2031〕3号各市人民政府：近年来，省政府出台了《东山省科研经费管理办法》《关于优化科研管理的通知》等政策文件，成效明显。现提出如下意见：\n",
        "各县人民政府：省政府先后印发《东山省数字经济规划》和《东山省算力设施规划》，现就有关事项通知如下。\n",
    ],
)
def test_a_title_a_citing_verb_governs_in_its_clause_is_another_documents(opening):
    # A text with no title line: the 《…》 its opening cites or implements is not its title.
    assert title(opening + "一、总体要求\n坚持创新。\n") == ""


def test_a_document_issued_now_with_de_is_the_texts_own():
    # 现发布制定的《…》 issues this document; 国务院发布的《…》 describes another.
    assert title("各省人力资源社会保障厅：为做好资助工作，现发布制定的《东山省实习交流计划资助管理办法》，请遵照执行。\n") == "东山省实习交流计划资助管理办法"
    assert title("第三十条本条例自发布之日起施行。2001年国务院发布的《东山省待业保险规定》同时废止。\n") == ""


def test_a_plan_a_body_sentence_issues_deep_in_the_text_is_no_title():
    # 研究制定《…》 in the fifth sentence is a task of the text, not the plan a report announces.
    body = "东山省推进科技工作。".replace("。", "，成效明显。") * 5
    assert title(body + "下一步，研究制定《东山省科技强链实施意见》。\n") == ""
    assert title("近日，东山省科技厅印发《东山省科技强链实施意见》。" + body + "\n") == "东山省科技强链实施意见"


@pytest.mark.parametrize(
    "first_line",
    ["（2031年9月28日东山省第十五届人民代表大会常务委员会第十二次会议通过）", "2031年10月28日在东山省人民代表大会常务委员会会议上",
     "、指导思想", "摘要"],
)
def test_a_note_or_fragment_on_the_first_line_is_no_title(first_line):
    assert title(first_line + "\n第一条为了保障学校安全，制定本条例。\n") == ""


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        # What the clause after a title says of it, and a document still to be written: another document.
        ("为做好返乡创业工作，在《东山省支持返乡创业的意见》（东政发〔2030〕4号）和《东山省农村产业融合的意见》的基础上，提出如下措施。\n", ""),
        ("各市科技局：做好规划顶层设计，高质量编制《东山省科技创新“十五五”规划》，强化政策保障。\n", ""),
        # 起草了《…》 and 修订后的《…》 report on the document the text is about.
        ("一、起草背景　　为规范项目管理，研究起草了《东山省联合基金项目管理办法》。\n", "东山省联合基金项目管理办法"),
        ("科技日报讯　科技部公布修订后的《东山省重点研发计划管理暂行办法》，对突发需求建立响应机制。\n", "东山省重点研发计划管理暂行办法"),
    ],
)
def test_what_a_clause_says_of_a_title_tells_whose_it_is(opening, expected):
    assert title(opening + "一、总体要求\n坚持创新。\n") == expected


def test_a_page_that_ends_with_the_link_to_its_own_reading_is_titled_by_it():
    text = ("各市人社局：\n为做好劳务品牌建设，现提出如下意见。\n一、总体要求\n坚持创新。\n东山省人力资源和社会保障厅\n"
            "2030年1月2日\n相关链接：《东山省劳务品牌建设的实施意见》解读\n")
    assert title(text) == "东山省劳务品牌建设的实施意见"
    from graphbuild.extract.pipeline import extract

    assert [c.title for c in extract(text).citations] == []  # its own title, not a plan it cites


def test_a_plan_the_opening_says_is_still_to_be_written_is_no_title():
    # 研究制定《…》 in the opening: a document to come; 制定了《…》 reports the one the text is about.
    opening = "各市科技局：为推进工作，省科技厅将研究制定《东山省科技强链实施意见》，现将有关事项通知如下。\n"
    assert title(opening + "一、总体要求\n坚持创新。\n") == ""
    opening = "各市科技局：近日，省科技厅制定了《东山省科技强链实施意见》，现将有关事项通知如下。\n"
    assert title(opening + "一、总体要求\n坚持创新。\n") == "东山省科技强链实施意见"


@pytest.mark.parametrize(("signature", "issuers"), [("科 技 部", ["科技部"]), ("国　务　院", ["国务院"]),
                                                   ("东山省科技厅　东山省财政厅", ["东山省科技厅", "东山省财政厅"])])
def test_a_signature_set_in_spaced_letters_is_one_name(signature, issuers):
    text = f"关于开展东山项目申报的通知\n各有关单位：\n现将有关事项通知如下。\n一、申报要求\n按时申报。\n{signature}\n2031年10月12日\n"
    assert find_issuers(text, title(text), ["东山省"])[0] == issuers


def test_a_signature_glued_after_a_contact_lines_email_address_gives_the_issuer():
    # A page that lost its line breaks: 电子邮箱：…@126.com江西省人力资源和社会保障厅2031年4月23日.
    text = ("为做好工作，现就有关事宜通知如下：一、总体要求做好工作。联系人：张三联系电话：0791-12345678"
            "电子邮箱：abc@126.com江西省人力资源和社会保障厅2031年4月23日（此件主动公开）")
    ex = extract(text)
    assert (ex.issuers, ex.date) == (["江西省人力资源和社会保障厅"], "2031-04-23")


@pytest.mark.parametrize("verb", ["尽快出台", "抓紧出台", "研究出台", "年内制订"])
def test_a_plan_to_be_issued_soon_is_no_title(verb):
    opening = f"省直有关部门：\n现将有关问题通知如下：一、关于培育龙头企业的建议。一是{verb}《东山省扶持龙头企业的若干意见》，支持企业发展。\n"
    assert title(opening + "二、其他事项\n坚持创新。\n") == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("东山市数字产业发展行动计划\n（2031-2035 年）\n为推动发展，制定本计划。\n", "东山市数字产业发展行动计划（2031-2035年）"),
        ("东山市关于加强数据管理的意见\n（征求意见稿）\n各区县：\n", "东山市关于加强数据管理的意见（征求意见稿）"),
        # A heading on the next line is no part of the title.
        ("东山市关于加强数据管理的意见\n（一）总体要求\n", "东山市关于加强数据管理的意见"),
    ],
)
def test_a_period_or_status_on_the_line_after_the_title_belongs_to_it(text, expected):
    assert title(text) == expected


def test_a_title_that_ends_in_a_status_note_is_the_title_also_across_lines():
    assert title("东山市数据管理办法（试行）\n各区县：\n") == "东山市数据管理办法（试行）"
    text = "东山市智能网联汽车准入\n管理指南（试行）\n(征求意见稿)\n第一条 为加强管理，根据《某某法》等规定，制定本指南。\n"
    assert title(text) == "东山市智能网联汽车准入管理指南（试行）(征求意见稿)"


def test_the_addressee_line_is_found_on_its_own_line_or_glued_to_the_title():
    from graphbuild.extract.metadata import addressee_span

    text = "关于印发东山市某方案的通知\n各区县（含东山新区）工业和信息化局，东山新区管委会经济发展局：\n为推动发展，制定本方案。\n"
    a, b = addressee_span(text)
    assert text[a:b] == "各区县（含东山新区）工业和信息化局，东山新区管委会经济发展局："
    glued = "关于印发东山市某方案的通知各区县工业和信息化局：现将方案印发给你们。"
    a, b = addressee_span(glued)
    assert glued[a:b] == "各区县工业和信息化局："
    # 各 inside a body sentence opens no addressee line.
    assert addressee_span("东山市某规划\n为推动发展，各区县要做好以下工作：一是加强组织。\n") is None


def test_nothing_in_the_addressee_line_is_a_mention():
    text = "关于印发东山市某方案的通知\n各区县工业和信息化局，东山新区管委会：\n推动东山高新区建设。\n"
    parks = {m.text for m in extract(text).mentions if m.kind == "park"}
    assert parks == {"东山高新区"}


def test_a_notice_that_names_what_it_issues_as_passed_or_written_gives_the_title():
    text = "各省医疗保障局：\n《某某基金审核规则库管理办法（试行）》已经某某局第5次局长办公会审议通过，现印发给你们。\n"
    assert find_title(text)[0] == "某某基金审核规则库管理办法（试行）"
    text = "为贯彻落实《某某法》等要求，某某部组织编制了《某某地图标准体系建设指南（2023版）》（以下简称《建设指南》）。\n"
    assert find_title(text)[0] == "某某地图标准体系建设指南（2023版）"
    # A document cited with a short name but not written by this one is no title.
    text = "为贯彻落实《国务院关于某某的意见》（以下简称《意见》），结合实际，提出如下措施。\n"
    assert find_title(text)[0] != "国务院关于某某的意见"


def test_a_notice_without_a_title_line_that_issues_what_it_made_is_titled_by_it():
    text = ("某财〔2024〕60号各省财政厅：　　为支持某某发展，我们制定了支持某某发展专项行动方案，现印发给你们，请遵照执行。"
            "　　附件：支持某某发展专项行动方案　　某某部2024年7月24日")
    assert extract(text).title == "支持某某发展专项行动方案"
    # A plan still to be made is no title of this one.
    assert extract("各省财政厅：　　要抓紧研究制定支持某某发展的实施方案。请遵照执行。").title != "支持某某发展的实施方案"
