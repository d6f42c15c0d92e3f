"""The hand annotations of heldout16, written as data, and the script that writes gold/*.json from them.

Everything here was decided by the annotator from reading each text in full (README.md, "How it was made"):
titles, sub-plans, issuers, cited plans, the full official name of every unit at the document's date, parks,
technologies, chains, targets, regions, agency groups and uncertain names. None of the twelve texts has a
responsibility bracket (reading; check_gold.py's splitter and census find none, h11's scope note excepted), so every
`tasks` list is empty; build() still runs the splitter and fails loudly if it finds one. The cited titles of every
text were listed by hand and compared with a plain re.findall over 《…》 / «…» (assert in build(), with the
exclusions written per text in `not_cited`).

The mention lists (parks, technologies, chains) are written below in reading order and put into order of first
occurrence in the text by `first_occurrence` (the position of the string's first occurrence anywhere in the
text); every mention is asserted to occur verbatim.

Usage (once, before the freeze): python3 tests/heldout16/annotate.py
"""
import json
import re
from pathlib import Path

import check_gold as cg

HERE = Path(__file__).resolve().parent

DOCS = {
    # 河北省科学技术厅 and 河北省财政厅, 2016-07-08, 冀科计〔2016〕13号. The notice's title is in the text, the two
    # bodies on the line above 关于 (版头).
    "h01_hebei_0083": dict(
        title="河北省科学技术厅河北省财政厅关于印发《河北省科技型中小企业贷款风险补偿实施细则（试行）》的通知",
        sub_plans=["河北省科技型中小企业贷款风险补偿实施细则（试行）"],
        issuers=["河北省科学技术厅", "河北省财政厅"],
        plans_cited=[
            "关于深化科技体制改革加快推进创新发展的实施方案", "关于财政支持科技型中小企业创新发展的十条措施",
            "关于印发中小企业划型标准规定的通知", "国家统计局关于印发统计上大中小微型企业划分办法的通知",
            "贷款风险分类指导原则", "财政违法行为处罚处分条例",
        ],
        # the issued 细则 (title of the notice) and its variant name in the notice's body
        not_cited=["河北省科技型中小企业贷款风险补偿实施细则（试行）", "河北省科技型中小企业贷款风险补偿资金管理实施细则"],
        parks=[],
        technologies=[],
        chains=["金融业"],
        targets=[],
        regions=["河北省"],
        uncertain=[],
    ),
    # 科技部, 2019-08-05, 国科发区〔2019〕268号. The notice's own title is not in the text; the measures' heading is.
    "h02_hebei_0779": dict(
        title="关于新时期支持科技型中小企业加快创新发展的若干政策措施",
        issuers=["科学技术部"],
        plans_cited=["关于促进中小企业健康发展的指导意见"],
        not_cited=["关于新时期支持科技型中小企业加快创新发展的若干政策措施"],
        parks=[],
        technologies=[],
        chains=["创业投资", "天使投资"],
        targets=[],
        regions=[],
        agency_groups=[dict(
            name="推进科技型中小企业创新发展工作小组", members_as_written=[], members=[],
            parent_as_written="科技部", parent="科学技术部",
        )],
        uncertain=[],
    ),
    # 科学技术部, 财政部, 国家税务总局, 2000-02-16, 国科发政字〔2000〕063号. The notice's own title is not in the
    # text; the 办法's heading is. The 1990 办法 of the same title that it repeals is cited.
    "h03_hebei_0117": dict(
        title="技术合同认定登记管理办法",
        issuers=["科学技术部", "财政部", "国家税务总局"],
        plans_cited=[
            "中共中央、国务院关于加强技术创新，发展高科技，实现产业化的决定", "技术合同认定登记管理办法",
            "中华人民共和国合同法", "中华人民共和国行政复议法",
        ],
        not_cited=[],
        parks=[],
        technologies=[],
        chains=[],
        targets=[],
        regions=[],
        uncertain=[],
    ),
    # 河北省科学技术厅, 2021-10-27, 冀科资规〔2021〕1号. The notice's title is in the text.
    "h04_hebei_0953": dict(
        title="河北省科学技术厅关于印发《河北省科技投资引导基金管理办法》的通知",
        sub_plans=["河北省科技投资引导基金管理办法"],
        issuers=["河北省科学技术厅"],
        plans_cited=[
            "河北省人民政府关于印发河北省省级政府投资引导基金管理暂行办法的通知", "省级政府投资引导基金绩效评价办法",
            "财政违法行为处罚处分条例",
        ],
        not_cited=["河北省科技投资引导基金管理办法"],
        parks=[],
        technologies=[],
        chains=[],
        targets=[],
        regions=["河北省"],
        uncertain=[],
    ),
    # 河北省教育厅, 2017-08-14 (signature). The text begins with the addressee line: no title line.
    "h05_hebei_1142": dict(
        title="",
        issuers=["河北省教育厅"],
        plans_cited=["石保廊全面创新改革试点重点改革试点方案"],
        not_cited=[],
        parks=[],
        technologies=[],
        chains=[],
        targets=[],
        regions=["河北省"],
        uncertain=[],
    ),
    # 河北省教育厅 and 河北省财政厅, 2018-06-07. The notice's title is in the text (bodies on the line above).
    "h06_hebei_1057": dict(
        title="河北省教育厅河北省财政厅关于印发《河北省学前教育家庭经济困难儿童资助实施细则》的通知",
        sub_plans=["河北省学前教育家庭经济困难儿童资助实施细则"],
        issuers=["河北省教育厅", "河北省财政厅"],
        plans_cited=[
            "财政部教育部关于建立学前教育资助制度的意见", "中央财政支持学前教育发展资金管理办法",
            "河北省学前教育家庭经济困难儿童资助申请表", "河北省学前教育资助资金减免表", "河北省学前教育资助情况汇总表",
            "财政违法行为处罚处分条例",
        ],
        not_cited=["河北省学前教育家庭经济困难儿童资助实施细则"],
        parks=[],
        technologies=[],
        chains=[],
        targets=[],
        regions=["河北省"],
        uncertain=[],
    ),
    # 河北省人力资源和社会保障厅, 2023-07-21. The notice's own title is not in the text (it begins with the body);
    # the 行动计划's heading is. 人社厅 CSV: no separators at all.
    "h07_hebei_0388": dict(
        title="河北省人力资源服务业创新发展行动计划（2023-2025年）",
        issuers=["河北省人力资源和社会保障厅"],
        plans_cited=[
            "人力资源社会保障部关于实施人力资源服务业创新发展行动计划（2023－2025年）的通知", "人力资源市场暂行条例",
            "河北省人力资源市场条例", "人力资源服务机构管理规定", "关于推动新时代河北人力资源服务业高质量发展的若干措施",
        ],
        not_cited=["河北省人力资源服务业创新发展行动计划（2023－2025年）"],
        parks=[
            "京津冀（河北三河）人力资源服务产业园", "雄安新区", "中国雄安人力资源服务产业园", "中国石家庄人力资源服务产业园",
            "人力资源服务出口基地",
        ],
        technologies=["数字技术", "大数据", "云计算", "人工智能", "区块链"],
        chains=[
            "人力资源服务业", "人力资源测评", "人力资源培训", "网络招聘", "人力资源管理软件", "人力资源大数据分析应用",
            "先进制造业", "战略性新兴产业", "现代服务业", "县域特色产业集群", "共享经济", "教育", "医疗", "金融",
            "高端装备制造", "生物医药健康", "新能源", "新材料", "人力资源服务贸易",
        ],
        targets=[
            {"year": 2025, "metric": "全省人力资源服务机构数量", "value": "5000", "unit": "家", "qualifier": "达到"},
            {"year": 2025, "metric": "从业人员", "value": "3", "unit": "万人", "qualifier": "达到"},
            {"year": 2025, "metric": "年营业收入", "value": "600", "unit": "亿元", "qualifier": "达到"},
        ],
        regions=["河北省", "三河市", "石家庄市"],
        uncertain=[],
    ),
    # Ten national bodies, 2022-03-08 (signature). No title line in the text.
    "h08_hebei_0201": dict(
        title="",
        issuers=[
            "人力资源和社会保障部", "教育部", "科学技术部", "工业和信息化部", "民政部", "财政部", "商务部",
            "国务院国有资产监督管理委员会", "中国共产主义青年团中央委员会", "中华全国工商业联合会",
        ],
        plans_cited=["百万就业见习岗位募集计划工作情况汇总表", "青年就业见习工作情况汇总表"],
        not_cited=[],
        parks=[],
        technologies=["大数据", "云计算"],
        chains=[],
        targets=[
            {"year": None, "metric": "募集就业见习岗位", "value": "100", "unit": "万个", "qualifier": "不少于",
             "period": "全年"},
        ],
        regions=[],
        uncertain=[],
    ),
    # 民政部, 民函〔2021〕742号: a reply to a deputies' proposal; its first line is its title.
    "h09_xlsx_0062": dict(
        title="民政部对“关于应对老龄社会，深化运用人工智能技术强化老年人群体关爱的建议”的答复",
        issuers=["民政部"],
        plans_cited=[
            "关于切实解决老年人运用智能技术困难的实施方案",
            "民政部办公厅关于落实〈关于切实解决老年人运用智能技术困难的实施方案〉的通知", "网站设计无障碍技术要求",
            "智慧健康养老产业发展行动计划(2017-2020年)", "关于促进老年用品产业发展的指导意见", "中华人民共和国网络安全法",
            "电信和互联网用户个人信息保护规定",
        ],
        not_cited=[],
        parks=[],
        technologies=["手机", "功能机", "智能机", "适老化智能康复辅助器具"],
        chains=["智慧健康养老产业"],
        targets=[],
        regions=[],
        agency_groups=[dict(
            name="智慧健康养老产业跨部门协同工作机制",
            members_as_written=["工业和信息化部", "民政部", "卫生健康委"],
            members=["工业和信息化部", "民政部", "国家卫生健康委员会"],
        )],
        uncertain=[],
    ),
    # 工业和信息化部 and 市场监管总局 (2024, draft: 2024年月日). The notice begins with the addressee line: no title
    # line; its annex 1 (whose text follows) is the sub-plan.
    "h10_xlsx_0012": dict(
        title="",
        sub_plans=["智能网联汽车准入、召回及软件在线升级管理与技术指南"],
        issuers=["工业和信息化部", "国家市场监督管理总局"],
        plans_cited=[
            "关于加强智能网联汽车生产企业及产品准入管理的意见", "关于试行汽车安全沙盒监管制度的通告",
            "关于进一步加强汽车远程升级(OTA)技术召回监管的通知", "道路机动车辆生产企业及产品准入管理办法", "公告",
            "缺陷汽车产品召回管理条例", "缺陷汽车产品召回管理条例实施办法", "汽车驾驶自动化分级",
            "关于开展汽车软件在线升级备案的通知", "关于汽车远程升级(OTA)技术召回备案的补充通知",
        ],
        not_cited=["智能网联汽车准入、召回及软件在线升级管理与技术指南"],
        parks=[],
        technologies=["智能网联汽车", "软件在线升级", "OTA升级", "组合驾驶辅助", "2级驾驶自动化系统"],
        chains=["汽车产业", "智能网联汽车产业"],
        targets=[],
        regions=[],
        uncertain=[],
    ),
    # 科技部, 2018-07-30 (签发) / 2018-08-03 (发布). The notice begins with the addressee line: no title line; the
    # seven 申报指南 it publishes (annexes, listed only) are its sub-plans.
    "h11_xlsx_0104": dict(
        title="",
        sub_plans=[
            "“智能机器人”重点专项2018年度项目申报指南",
            "“现代服务业共性关键技术研发及应用示范”重点专项2018年度项目申报指南",
            "“可再生能源与氢能技术”重点专项2018年度项目申报指南",
            "“综合交通运输与智能交通”重点专项2018年度项目申报指南",
            "“网络协同制造和智能工厂”重点专项2018年度项目申报指南",
            "“核安全与先进核能技术”重点专项2018年度项目申报指南",
            "“制造基础技术与关键部件”重点专项2018年度项目申报指南",
        ],
        issuers=["科学技术部"],
        plans_cited=["关于深化中央财政科技计划（专项、基金等）管理改革的方案", "关于进一步加强科研诚信建设的若干意见"],
        not_cited=[],
        parks=[],
        technologies=[],
        chains=[],
        targets=[],
        regions=[],
        uncertain=[],
    ),
    # 移动智能终端应用软件预置和分发管理暂行规定 (in force 2017-07-01); the heading is broken over two lines; the text
    # names no issuer.
    "h12_xlsx_0118": dict(
        title="移动智能终端应用软件预置和分发管理暂行规定",
        issuers=[],
        plans_cited=[
            "全国人民代表大会常务委员会关于加强网络信息保护的决定", "中华人民共和国网络安全法", "中华人民共和国电信条例",
            "互联网信息服务管理办法",
        ],
        not_cited=[],
        parks=[],
        technologies=["移动智能终端", "移动智能终端应用软件", "移动互联网", "数字证书"],
        chains=[],
        targets=[],
        regions=[],
        uncertain=[],
    ),
}


def first_occurrence(items, text, key, stem):
    for s in items:
        assert s in text, f"{stem} {key}: not verbatim: {s}"
    assert len(items) == len(set(items)), f"{stem} {key}: duplicates"
    return sorted(items, key=lambda s: text.index(s))


def build(stem, d):
    text = cg.T2S.convert((HERE / "texts" / f"{stem}.txt").read_text(encoding="utf-8"))
    found = []
    for a, b in re.findall(r"《([^》]+)》|«([^»]+)»", text):
        q = re.sub(r"\s+", "", a or b)
        if q not in found and q not in d["not_cited"]:
            found.append(q)
    assert found == d["plans_cited"], (stem, found, d["plans_cited"])
    tasks = []
    for pos, inner in cg.responsibility_brackets(stem, text):
        raise AssertionError(f"{stem}: unexpected responsibility bracket {inner}")
    out = {"title": d["title"]}
    if "sub_plans" in d:
        out["sub_plans"] = d["sub_plans"]
    out.update(
        issuers=d["issuers"], plans_cited=d["plans_cited"], tasks=tasks,
        parks=first_occurrence(d["parks"], text, "parks", stem),
        technologies=first_occurrence(d["technologies"], text, "technologies", stem),
        chains=first_occurrence(d["chains"], text, "chains", stem),
        targets=d["targets"], regions=d["regions"],
    )
    if "agency_groups" in d:
        out["agency_groups"] = d["agency_groups"]
    out["uncertain"] = d["uncertain"]
    (HERE / "gold" / f"{stem}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    assert sorted(DOCS) == sorted(p.stem for p in (HERE / "texts").glob("*.txt")), "one entry per text"
    for stem, d in DOCS.items():
        build(stem, d)
