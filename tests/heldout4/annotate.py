"""The hand annotations of heldout4, written as data, and the script that writes gold/*.json from them.

Everything here was decided by the annotator from reading the texts (README.md, "How it was made"):
titles, issuers, cited plans, the full official name of every unit, leads, parks, technologies,
chains, targets, regions, uncertain names. Only the bracket tokens (and, except in h09, the task
headings) were drafted mechanically with check_gold.py's own splitter (not the extractor) and then
read against each bracket by hand (`python tests/heldout4/check_gold.py --draft STEM`).

Usage (once, before the freeze): python tests/heldout4/annotate.py
"""
import json
from pathlib import Path

import opencc

import check_gold as cg

HERE = Path(__file__).resolve().parent

# --- full official names ----------------------------------------------------------------------
# National bodies, by the name of the document's year (h01 2016, h02 2020, h03 2021).
NATIONAL = {
    "工商总局": "国家工商行政管理总局",
    "人民银行": "中国人民银行",
    "银监会": "中国银行业监督管理委员会",
    "保监会": "中国保险监督管理委员会",
    "银保监会": "中国银行保险监督管理委员会",
    "证监会": "中国证券监督管理委员会",
    "农业部": "农业部",
    "国家林业局": "国家林业局",
    "国家林草局": "国家林业和草原局",
    "财政部": "财政部",
    "税务总局": "国家税务总局",
    "教育部": "教育部",
    "科技部": "科学技术部",
    "工业和信息化部": "工业和信息化部",
    "人力资源社会保障部": "人力资源和社会保障部",
    "共青团中央": "中国共产主义青年团中央委员会",
    "全国妇联": "中华全国妇女联合会",
    "国土资源部": "国土资源部",
    "国家发展改革委": "国家发展和改革委员会",
    "住房城乡建设部": "住房和城乡建设部",
    "国家旅游局": "国家旅游局",
    "国家电网公司": "国家电网公司",
    "民政部": "民政部",
    "国务院扶贫办": "国务院扶贫开发领导小组办公室",
    "商务部": "商务部",
    "文化部": "文化部",
    "国家统计局": "国家统计局",
    "文化和旅游部": "文化和旅游部",
    "国家卫生健康委": "国家卫生健康委员会",
    "交通运输部": "交通运输部",
    "农业农村部": "农业农村部",
    "市场监管总局": "国家市场监督管理总局",
    "水利部": "水利部",
    "司法部": "司法部",
    "自然资源部": "自然资源部",
    "国家乡村振兴局": "国家乡村振兴局",
    "国家知识产权局": "国家知识产权局",
    "中央宣传部": "中共中央宣传部",
    "广电总局": "国家广播电视总局",
}
# Hebei provincial bodies and vertical systems in Hebei (h05 2020, h06 2021, h07 2023-02, h09 2024).
HEBEI = {
    "省财政厅": "河北省财政厅",
    "省人力资源社会保障厅": "河北省人力资源和社会保障厅",
    "省医疗保障局": "河北省医疗保障局",
    "省税务局": "国家税务总局河北省税务局",
    "省国资委": "河北省人民政府国有资产监督管理委员会",
    "省发展改革委": "河北省发展和改革委员会",
    "河北银保监局": "中国银行保险监督管理委员会河北监管局",
    "人行石家庄中心支行": "中国人民银行石家庄中心支行",
    "河北证监局": "中国证券监督管理委员会河北监管局",
    "省工业和信息化厅": "河北省工业和信息化厅",
    "省政务服务管理办公室": "河北省政务服务管理办公室",
    "省科技厅": "河北省科学技术厅",
    "省农业农村厅": "河北省农业农村厅",
    "省商务厅": "河北省商务厅",
    "省教育厅": "河北省教育厅",
    "省文化和旅游厅": "河北省文化和旅游厅",
    "省卫生健康委": "河北省卫生健康委员会",
    "省市场监管局": "河北省市场监督管理局",
    "省外办": "河北省人民政府外事办公室",
    "省委组织部": "中共河北省委组织部",
    "省科协": "河北省科学技术协会",
    "省地方金融监管局": "河北省地方金融监督管理局",
    "雄安新区管委会": "河北雄安新区管理委员会",
    "省妇联": "河北省妇女联合会",
    "省总工会": "河北省总工会",
}
XIONGAN = "河北雄安新区管理委员会"
# h10 and h11: a unit written after a collective or a Xiong'an unit in the same comma segment takes that
# unit's scope (各市<含定州、辛集市>人力资源社会保障局、总工会 = … and 各市…总工会; 雄安新区党群工作部、公共服务局).
H10 = {
    ("", "雄安新区党群工作部"): XIONGAN + "党群工作部",
    ("", "雄安新区公共服务局"): XIONGAN + "公共服务局",
    ("", "雄安新区宣传网信局"): XIONGAN + "宣传网信局",
    ("雄安", "公共服务局"): XIONGAN + "公共服务局",
    ("雄安", "规划建设局"): XIONGAN + "规划建设局",
    ("雄安", "公安局"): "河北雄安新区公安局",
}
HRSS = "河北省人力资源和社会保障厅"
H11 = {
    ("", "就业促进处"): HRSS + "就业促进处",
    ("", "劳动关系处"): HRSS + "劳动关系处",
    ("", "职业能力建设处"): HRSS + "职业能力建设处",
    ("", "失业保险处"): HRSS + "失业保险处",
    ("", "工伤保险处"): HRSS + "工伤保险处",
    ("", "社会保险基金监管局"): HRSS + "社会保险基金监管局",
    ("", "宣传中心"): HRSS + "宣传中心",
    ("", "信息中心"): HRSS + "信息中心",
    ("", "群体就业服务中心"): "河北省群体就业服务中心",
    ("", "群体创业服务中心"): "河北省群体创业服务中心",
    ("", "社保中心"): "河北省社会保险事业服务中心",
    ("", "省财政厅社保处"): "河北省财政厅社会保障处",
    ("", "雄安新区公共服务局"): XIONGAN + "公共服务局",
    ("雄安", "改革发展局"): XIONGAN + "改革发展局",
}

H10_UNCERTAIN = [XIONGAN + "党群工作部", XIONGAN + "公共服务局", XIONGAN + "宣传网信局",
                 XIONGAN + "规划建设局", "河北雄安新区公安局"]
H11_UNCERTAIN = [HRSS + "宣传中心", HRSS + "信息中心", HRSS + "社会保险基金监管局", "河北省群体就业服务中心",
                 "河北省群体创业服务中心", "河北省社会保险事业服务中心", "河北省财政厅社会保障处",
                 XIONGAN + "公共服务局", XIONGAN + "改革发展局"]

DOCS = {
    "h01_hebei_0454": dict(
        names=NATIONAL,
        title="",
        issuers=["国务院办公厅"],
        plans_cited=["国务院办公厅关于支持农民工等人员返乡创业的意见", "国务院办公厅关于推进农村一二三产业融合发展的指导意见"],
        parks=["产业融合先导区"],
        technologies=["大数据", "物联网", "云计算", "移动互联网", "新一代信息技术"],
        chains=["优势特色产业", "规模种养业", "特色农业", "设施农业", "林下经济", "庭院经济", "农产品加工业", "生产性服务业",
                "休闲农业", "乡村旅游", "民族风情旅游", "传统手工艺", "文化创意", "养生养老", "中央厨房", "生活性服务业",
                "绿色农业"],
        targets=[], regions=[], uncertain=[],
    ),
    "h02_hebei_0206": dict(
        names=NATIONAL,
        title="",
        issuers=["人力资源和社会保障部", "国家发展和改革委员会", "工业和信息化部", "民政部", "财政部", "自然资源部",
                 "住房和城乡建设部", "交通运输部", "水利部", "农业农村部", "商务部", "文化和旅游部", "国家统计局",
                 "国家林业和草原局", "国务院扶贫开发领导小组办公室"],
        plans_cited=[],
        parks=["现代农林业产业园"],
        technologies=[],
        chains=["住宿餐饮", "批发零售", "文化旅游", "家政服务", "生活服务业", "劳动密集型产业", "特色种植业", "林草特色产业",
                "规模养殖业", "种养结合循环农林业", "农林产品加工业", "农林产品物流冷链", "乡村休闲旅游业", "现代种养业",
                "农产品初加工"],
        targets=[], regions=[], uncertain=[],
    ),
    "h03_hebei_0204": dict(
        names=NATIONAL,
        title="",
        issuers=["国家发展和改革委员会", "教育部", "科学技术部", "工业和信息化部", "民政部", "财政部", "人力资源和社会保障部",
                 "自然资源部", "住房和城乡建设部", "农业农村部", "商务部", "文化和旅游部", "国家卫生健康委员会", "中国人民银行",
                 "国家市场监督管理总局", "国家广播电视总局", "中国银行保险监督管理委员会", "中国证券监督管理委员会",
                 "国家知识产权局", "国家乡村振兴局"],
        plans_cited=[],
        parks=[],
        technologies=[],
        chains=["战略性新兴产业", "新一代信息技术", "高端装备", "新材料", "生物医药", "新能源", "现代服务业", "家政服务",
                "生活餐饮", "人力资源", "养老服务", "商务咨询", "乡村旅游", "制造业", "建筑业", "快递物流", "文化旅游产业",
                "医疗健康", "社区服务", "生产性服务业", "工业设计", "物流", "会展"],
        targets=[], regions=[], uncertain=[],
    ),
    "h04_xlsx_0006": dict(
        names=NATIONAL,
        title="",
        issuers=[],
        plans_cited=[],
        parks=[],
        technologies=["人工智能", "大语言模型", "大数据", "自然语言处理", "计算机视觉", "文本识别", "文本比对技术"],
        chains=[],
        targets=[], regions=[], uncertain=[],
    ),
    "h05_hebei_0061": dict(
        names=HEBEI,
        title="关于提升“双创”示范基地作用进一步促改革稳就业强动能的若干措施",
        issuers=["河北省人民政府办公厅"],
        plans_cited=["国务院办公厅关于提升大众创业万众创新示范基地带动作用进一步促改革稳就业强动能的实施意见"],
        parks=["雄安新区", "保定高新区", "石家庄高新区", "中塞国际工业园", "中国（河北）自由贸易试验区"],
        technologies=[],
        chains=["在线教育", "在线文娱"],
        targets=[], regions=["河北省", "保定市"], uncertain=["河北省人民政府外事办公室"],
    ),
    "h06_hebei_0060": dict(
        names=HEBEI,
        title="",
        issuers=["河北省人民政府办公厅"],
        plans_cited=["河北省科技创新“十四五”规划", "关于加快实施科技强链行动的实施意见", "河北省重大科技成果转化行动实施方案",
                     "河北省基础研究行动实施方案", "河北省科技领军企业培育实施方案"],
        parks=["雄安新区", "雄安新区创新驱动发展引领区"],
        technologies=["区块链", "量子信息", "量子科技", "人工智能"],
        chains=["电子信息", "新材料", "先进装备制造", "氢能", "冰雪产业"],
        targets=[], regions=["河北省"], uncertain=[],
    ),
    "h07_hebei_0026": dict(
        names=HEBEI,
        title="河北省人民政府办公厅关于印发河北省企业上市行动方案的通知",
        sub_plans=["河北省企业上市行动方案"],
        issuers=["河北省人民政府办公厅"],
        plans_cited=["河北省企业上市工作协同服务机制"],
        parks=["雄安新区", "河北自贸区"],
        technologies=["区块链技术", "大数据", "半导体技术"],
        chains=["信息技术", "文化旅游", "现代生物医药", "高端装备制造", "大数据融合创新", "县域特色产业集群"],
        targets=[
            dict(year=2023, metric="新增过会上市企业数量较2022年同比增长", value="25", unit="%", qualifier="以上"),
            dict(year=2023, metric="新增审核期企业数量同比增长", value="10", unit="%", qualifier="以上"),
            dict(year=2023, metric="新增辅导期企业数量同比增长", value="20", unit="%", qualifier="以上"),
            dict(year=2025, period="2024至2025年", metric="年均新增过会上市企业数量较2022年同比增长", value="30", unit="%",
                 qualifier="以上"),
            dict(year=2025, period="2024至2025年", metric="年均新增审核期企业数量同比增长", value="20", unit="%",
                 qualifier="以上"),
            dict(year=2025, period="2024至2025年", metric="年均新增辅导期企业数量同比增长", value="30", unit="%",
                 qualifier="以上"),
            dict(year=2027, period="2026至2027年", metric="年均新增过会上市企业数量较2022年同比增长", value="40", unit="%",
                 qualifier="以上"),
            dict(year=2027, period="2026至2027年", metric="年均新增审核期企业数量同比增长", value="30", unit="%",
                 qualifier="以上"),
            dict(year=2027, period="2026至2027年", metric="年均新增辅导期企业数量同比增长", value="40", unit="%",
                 qualifier="以上"),
        ],
        regions=["河北省"], uncertain=[],
        agency_groups=[dict(name="省企业上市工作领导小组", members_as_written=[], members=[])],
    ),
    "h08_hebei_0729": dict(
        names=HEBEI,
        title="",
        issuers=[],
        plans_cited=["失业保险条例", "河北省企业职工失业保险办法"],
        parks=[], technologies=[], chains=[], targets=[], regions=["河北省"], uncertain=[],
    ),
    "h09_hebei_0212": dict(
        names=HEBEI,
        headings=["贯彻国家职业标准", "加强职业技能培训", "强化专业化培养", "优化职业技能评价", "开展职业技能竞赛",
                  "加强培训能力建设", "促进行业规范发展", "扩大从业人员规模", "维护从业人员合法权益", "加大宣传力度",
                  "强化督导落实"],
        title="加强家政服务职业化建设的十一条措施",
        issuers=["河北省人力资源和社会保障厅", "河北省发展和改革委员会", "河北省商务厅", "河北省教育厅", "河北省农业农村厅",
                 "河北省总工会", "河北省妇女联合会"],
        plans_cited=["关于加强家政服务职业化建设的意见", "家政服务合同"],
        parks=["雄安新区"], technologies=[], chains=["家政服务业", "康养产业"],
        targets=[], regions=["河北省"], uncertain=[],
    ),
    "h10_hebei_0474": dict(
        names=H10,
        title="河北省2023年“春暖农民工”服务行动工作方案",
        issuers=["河北省人力资源和社会保障厅", "河北省公安厅", "河北省民政厅", "河北省司法厅", "河北省交通运输厅",
                 "河北省文化和旅游厅", "河北省卫生健康委员会", "河北省乡村振兴局", "河北省总工会", "共青团河北省委员会",
                 "中国铁路北京局集团有限公司"],
        plans_cited=["关于开展2023年春节期间“春暖农民工”服务行动的通知"],
        parks=["雄安新区"], technologies=[], chains=[],
        targets=[], regions=["河北省"], uncertain=H10_UNCERTAIN,
        agency_groups=[dict(name="农民工工作领导小组", members_as_written=[], members=[])],
    ),
    "h11_hebei_0381": dict(
        names=H11,
        title="",
        issuers=["河北省人力资源和社会保障厅", "河北省财政厅"],
        plans_cited=["关于进一步加强就业政策落实有关工作的通知"],
        parks=["雄安新区"], technologies=[], chains=[],
        targets=[], regions=["河北省"], uncertain=H11_UNCERTAIN,
    ),
    "h12_hebei_0521": dict(
        names=HEBEI,
        title="",
        issuers=["河北省人力资源和社会保障厅"],
        plans_cited=["印发〔关于提高技术工人待遇的实施意见〕的通知", "河北省机关事业单位工人技能等级考核办法（试行）",
                     "关于加强事业单位工勤人员岗位管理有关问题的通知", "关于明确河北省机关事业单位工人技术等级考核收费政策的通知"],
        parks=[], technologies=[], chains=[], targets=[], regions=["河北省"], uncertain=[],
    ),
}


def full_names(units, names):
    """Full names; a scope (各市… or 雄安新区…) set by a unit carries to the bare units after it (h10, h11)."""
    out, scope, prefix = [], "", ""
    for u in units:
        if u.startswith("各市"):
            scope, prefix = "各市", u[: u.index(">") + 1] if ">" in u else "各市"
        elif u.startswith("雄安新区"):
            scope = "雄安"
        elif u.startswith(("省", "中国", "河北", "国家")):
            scope = ""
        if cg.COLLECTIVE.search(u):
            out.append(u)
        elif u in names:
            out.append(names[u])
        elif (scope, u) in names:
            out.append(names[(scope, u)])
        elif ("", u) in names and scope != "各市":
            out.append(names[("", u)])
        elif scope == "各市":
            out.append(prefix + u)
        else:
            raise KeyError(u)
    return out


def build(stem, d):
    t2s = opencc.OpenCC("t2s")
    text = t2s.convert((HERE / "texts" / f"{stem}.txt").read_text(encoding="utf-8"))
    tasks = []
    for i, (pos, inner) in enumerate(cg.responsibility_brackets(stem, text)):
        h, _ = cg.heading_before(text, pos)
        if "headings" in d:
            assert h.startswith(d["headings"][i]), (h, d["headings"][i])
            h = d["headings"][i]
        units, leads = cg.units_of(inner)
        full = full_names(units, d["names"])
        lead = [f for u, f in zip(units, full) if u in leads]
        tasks.append({"heading": h, "responsible_as_written": units, "responsible": full, "lead": lead})
    out = {"title": d["title"]}
    if "sub_plans" in d:
        out["sub_plans"] = d["sub_plans"]
    out.update(
        issuers=d["issuers"], plans_cited=d["plans_cited"], tasks=tasks, parks=d["parks"],
        technologies=d["technologies"], chains=d["chains"], targets=d["targets"], regions=d["regions"],
    )
    if "agency_groups" in d:
        out["agency_groups"] = d["agency_groups"]
    out["uncertain"] = d["uncertain"]
    (HERE / "gold" / f"{stem}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    for stem, d in DOCS.items():
        build(stem, d)
