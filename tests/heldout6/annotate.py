"""The hand annotations of heldout6, written as data, and the script that writes gold/*.json from them.

Everything here was decided by the annotator from reading the texts (README.md, "How it was made"):
titles, sub-plans, issuers, cited plans, the full official name of every unit at the document's date,
parks, technologies, chains, targets, regions, agency groups, uncertain names, and h01's headings. Only the
bracket tokens, the leads marked in the brackets and the other task headings were drafted mechanically with
check_gold.py's own splitter (not the extractor) and then read against each bracket by hand
(`python3 tests/heldout6/check_gold.py --draft STEM`).

Usage (once, before the freeze): python3 tests/heldout6/annotate.py
"""
import json
from pathlib import Path

import opencc

import check_gold as cg

HERE = Path(__file__).resolve().parent

# --- full official names ----------------------------------------------------------------------
# Hebei provincial bodies whose name is the same before and after the 2018 reform.
STABLE = {
    "省工业和信息化厅": "河北省工业和信息化厅",
    "省发展改革委": "河北省发展和改革委员会",
    "省财政厅": "河北省财政厅",
    "省科技厅": "河北省科学技术厅",
    "省商务厅": "河北省商务厅",
    "省教育厅": "河北省教育厅",
    "省公安厅": "河北省公安厅",
    "省民政厅": "河北省民政厅",
    "省统计局": "河北省统计局",
    "省水利厅": "河北省水利厅",
    "省交通运输厅": "河北省交通运输厅",
    "省住房城乡建设厅": "河北省住房和城乡建设厅",
    "省人力资源社会保障厅": "河北省人力资源和社会保障厅",
    "省知识产权局": "河北省知识产权局",
    "省通信管理局": "河北省通信管理局",
    "省委宣传部": "中共河北省委宣传部",
    "省委组织部": "中共河北省委组织部",
    "省妇联": "河北省妇女联合会",
    "团省委": "共青团河北省委员会",
    "人行石家庄中心支行": "中国人民银行石家庄中心支行",
    "河北证监局": "中国证券监督管理委员会河北监管局",
}
# After the 2018 reform (h01 2022, h02 2023, h03 2020).
POST2018 = dict(STABLE, **{
    "省农业农村厅": "河北省农业农村厅",
    "省自然资源厅": "河北省自然资源厅",
    "省生态环境厅": "河北省生态环境厅",
    "省应急管理厅": "河北省应急管理厅",
    "省文化和旅游厅": "河北省文化和旅游厅",
    "省卫生健康委": "河北省卫生健康委员会",
    "省市场监管局": "河北省市场监督管理局",
    "省林业和草原局": "河北省林业和草原局",
    "省广播电视局": "河北省广播电视局",
    "省乡村振兴局": "河北省乡村振兴局",
    "省国资委": "河北省人民政府国有资产监督管理委员会",
    "省地方金融监管局": "河北省地方金融监督管理局",
    "省税务局": "国家税务总局河北省税务局",
    "河北银保监局": "中国银行保险监督管理委员会河北监管局",
    "省委网信办": "中共河北省委网络安全和信息化委员会办公室",
    "省政务服务管理办公室": "河北省政务服务管理办公室",
    "省政府办公厅": "河北省人民政府办公厅",
})
# Before the 2018 reform of state bodies (h06 2015, h08 2016, h04 2018-07, h07 2018-10).
PRE2018 = dict(STABLE, **{
    "省工商局": "河北省工商行政管理局",
    "省国税局": "河北省国家税务局",
    "省地税局": "河北省地方税务局",
    "省质监局": "河北省质量技术监督局",
    "省国土资源厅": "河北省国土资源厅",
    "省农业厅": "河北省农业厅",
    "省林业厅": "河北省林业厅",
    "省环境保护厅": "河北省环境保护厅",
    "省安全监管局": "河北省安全生产监督管理局",
    "省卫生计生委": "河北省卫生和计划生育委员会",
    "省食品药品监管局": "河北省食品药品监督管理局",
    "省新闻出版广电局": "河北省新闻出版广电局",
    "省民族宗教厅": "河北省民族宗教事务厅",
    "省扶贫办": "河北省扶贫开发办公室",
    "省金融办": "河北省人民政府金融工作办公室",
    "省法制办": "河北省人民政府法制办公室",
    "河北银监局": "中国银行业监督管理委员会河北监管局",
    "河北保监局": "中国保险监督管理委员会河北监管局",
    "省维稳办": "中共河北省委维护稳定工作领导小组办公室",
    "省委督查室": "中共河北省委督查室",
    "省政府督查室": "河北省人民政府督查室",
    # 国家税务总局河北省税务局 existed from 2018-06-15 (h04 writes it in full, h07 as 省税务局)
    "省税务局": "国家税务总局河北省税务局",
    "国家税务总局河北省税务局": "国家税务总局河北省税务局",
})
H01 = dict(POST2018, **{
    "省科协": "河北省科学技术协会",
    "省科学院": "河北省科学院",
    "省社科院": "河北省社会科学院",
    "省气象局": "河北省气象局",
    "省文物局": "河北省文物局",
    "省地震局": "河北省地震局",
    "省体育局": "河北省体育局",
    "省总工会": "河北省总工会",
    "省民族事务委员会": "河北省民族事务委员会",
    "省民委": "河北省民族事务委员会",
})
# h02: the cities' governments; in 张家口、廊坊市政府 and 石家庄、张家口、廊坊、秦皇岛市政府 the 市政府 written after the
# last city applies to every city of the list (README "Scope").
H02 = dict(POST2018, **{
    "雄安新区管委会": "河北雄安新区管理委员会",
    "张家口": "张家口市人民政府",
    "廊坊": "廊坊市人民政府",
    "石家庄": "石家庄市人民政府",
    "廊坊市政府": "廊坊市人民政府",
    "秦皇岛市政府": "秦皇岛市人民政府",
})

DOCS = {
    "h01_hebei_0054": dict(
        names=H01,
        headings=["青少年科学素质提升行动", "农民科学素质提升行动", "产业工人科学素质提升行动", "老年人科学素质提升行动",
                  "领导干部和公务员科学素质提升行动", "科技资源科普化工程", "科普信息化提升工程", "科普基础设施工程",
                  "基层科普能力提升工程"],
        title="河北省全民科学素质行动规划纲要实施方案（2021—2025年）",
        issuers=["河北省人民政府办公厅"],
        plans_cited=["全民科学素质行动规划纲要（2021—2035年）", "河北省国民经济和社会发展第十四个五年规划和二○三五年远景目标纲要",
                     "干部教育培训工作条例", "公务员培训规定", "河北省科学技术普及条例"],
        parks=["雄安新区"], technologies=[], chains=[],
        targets=[dict(year=2025, metric="公民具备科学素质的比例", value="15", unit="%", qualifier="达到")],
        regions=["河北省"],
        uncertain=["河北省民族事务委员会"],
    ),
    "h02_hebei_0027": dict(
        names=H02,
        title="河北省人民政府办公厅关于印发加快建设数字河北行动方案（2023-2027年）的通知",
        sub_plans=["加快建设数字河北行动方案（2023-2027年）"],
        issuers=["河北省人民政府办公厅"],
        plans_cited=[],
        parks=["雄安新区", "京津冀工业互联网协同发展示范区", "中国6G发展先导区", "太行国际一带一路智慧物流产业园", "雄安智慧教育示范区"],
        technologies=["5G", "6G", "IPv6", "卫星互联网", "北斗导航", "人工智能", "超高清视频", "VR/AR", "车联网", "半导体材料",
                      "集成电路", "专用集成电路", "新型显示", "智能传感器", "固态功率放大器", "基带芯片", "大数据", "云计算", "区块链",
                      "工业互联网", "物联网", "工业互联网标识解析", "智能制造", "网络协同设计", "虚拟仿真", "云制造",
                      "柔性显示面板", "智能生物育种", "智能农机", "无人驾驶系统"],
        chains=["数字经济", "数字经济核心产业", "信息智能产业", "石家庄信息产业集群", "电子信息产业集群", "张家口大数据产业集群",
                "廊坊电子信息产业集群", "秦皇岛软件及电子器件产业集群", "张家口数据中心集群", "软件与信息服务", "数字创意",
                "工业电子商务", "数字化特色产业集群"],
        targets=[
            dict(year=2023, metric="全省数据中心在营标准机柜", value="95", unit="万架", qualifier="达"),
            dict(year=2023, metric="算力总规模", value="20", unit="EFlops", qualifier="约"),
            dict(year=2023, metric="5G基站数量", value="12", unit="万个", qualifier="达到"),
            dict(year=2023, metric="互联网省际出口带宽", value="9.8", unit="万Gbps", qualifier="达到"),
            dict(year=2023, metric="工业互联网平台", value="260", unit="家", qualifier="达到"),
            dict(year=2023, metric="数字经济核心产业增加值", value="1400", unit="亿元", qualifier="达到"),
            dict(year=2023, metric="数字经济占GDP比重", value="36", unit="%", qualifier="达到"),
            dict(year=2025, metric="全省数据中心在营标准机柜", value="165", unit="万架", qualifier="达"),
            dict(year=2025, metric="算力总规模", value="35", unit="EFlops", qualifier="约"),
            dict(year=2025, metric="5G基站数量", value="15", unit="万个", qualifier="达到"),
            dict(year=2025, metric="千兆宽带用户数", value="500", unit="万户", qualifier="达到"),
            dict(year=2025, metric="互联网省际出口带宽", value="15", unit="万Gbps", qualifier="达到"),
            dict(year=2025, metric="工业互联网平台", value="300", unit="家", qualifier="达到"),
            dict(year=2025, metric="建设工业互联网标识解析二级节点", value="9", unit="个"),
            dict(year=2025, metric="建成现代“种养加”生态农业创新应用示范区", value="100", unit="个"),
            dict(year=2025, metric="数字经济核心产业增加值", value="2500", unit="亿元", qualifier="达到"),
            dict(year=2025, metric="数字经济占GDP比重", value="40", unit="%", qualifier="达到"),
            dict(year=2027, metric="数字经济核心产业增加值", value="3300", unit="亿元", qualifier="达到"),
            dict(year=2027, metric="数字经济占GDP比重", value="42", unit="%", qualifier="达到……以上"),
        ],
        regions=["河北省", "石家庄市", "张家口市", "廊坊市", "秦皇岛市"],
        agency_groups=[dict(name="省数字经济发展协调小组", members_as_written=[], members=[])],
        uncertain=[],
    ),
    "h03_hebei_0235": dict(
        names=POST2018,
        title="",
        issuers=["河北省人民政府办公厅"],
        plans_cited=[],
        parks=[], technologies=[], chains=["冰雪产业"], targets=[], regions=["河北省"], uncertain=[],
    ),
    "h04_hebei_0322": dict(
        names=PRE2018,
        title="",
        issuers=["河北省人民政府办公厅"],
        plans_cited=["国务院办公厅关于改革完善仿制药供应保障及使用政策的意见", "中华人民共和国反垄断法",
                     "关于禁止滥用知识产权排除、限制竞争行为的规定", "处方管理办法"],
        parks=[],
        technologies=["仿制药", "化学药品", "生物药品", "药用原辅料", "包装材料", "工业互联网", "物联网", "大数据", "云计算",
                      "制造执行系统", "现代生物技术", "生物发酵", "生物转化", "高效提取纯化", "原料药"],
        chains=["医药产业", "仿制药产业"],
        targets=[], regions=["河北省"], uncertain=["河北省新闻出版广电局"],
    ),
    "h05_hebei_0554": dict(
        names={},
        title="",
        issuers=[],
        plans_cited=["中华人民共和国审计法", "中华人民共和国审计法实施条例", "河北省内部审计规定"],
        parks=[], technologies=[], chains=[], targets=[], regions=["河北省"], uncertain=[],
    ),
    "h06_hebei_0424": dict(
        names=PRE2018,
        title="",
        issuers=["河北省人民政府办公厅"],
        plans_cited=["国务院办公厅关于支持农民工等人员返乡创业的意见", "鼓励农民工等人员返乡创业三年行动计划纲要（2015-2017年）"],
        parks=[], technologies=[],
        chains=["休闲农业", "乡村旅游", "农村服务业", "健康养老业", "电子商务", "冷链物流"],
        targets=[], regions=["河北省"], uncertain=["河北省扶贫开发办公室"],
    ),
    "h07_hebei_0048": dict(
        names=PRE2018,
        title="中共河北省委办公厅河北省人民政府办公厅关于印发《河北省支持“万企转型”若干政策措施》的通知",
        sub_plans=["河北省支持“万企转型”若干政策措施"],
        issuers=["中共河北省委办公厅", "河北省人民政府办公厅"],
        plans_cited=[],
        parks=["雄安新区"],
        technologies=["核心基础零部件（元器件）", "关键基础材料", "先进基础工艺", "重大技术装备"],
        chains=["战略性新兴产业", "先进制造业", "生产性及高科技服务业"],
        targets=[], regions=["河北省"],
        agency_groups=[dict(name="省制造强省建设领导小组", members_as_written=[], members=[])],
        uncertain=["河北省人民政府金融工作办公室", "中共河北省委维护稳定工作领导小组办公室", "中共河北省委督查室",
                   "河北省人民政府督查室"],
    ),
    "h08_hebei_0421": dict(
        names=PRE2018,
        title="",
        issuers=["河北省人民政府办公厅"],
        plans_cited=["国务院办公厅关于加快推进“五证合一、一照一码”登记制度改革的通知"],
        parks=[], technologies=[], chains=[], targets=[], regions=["河北省"],
        agency_groups=[dict(name="省政府推进职能转变协调小组", members_as_written=[], members=[]),
                       dict(name="省商事制度改革组", members_as_written=[], members=[])],
        uncertain=[],
    ),
    "h09_hebei_0979": dict(
        names={},
        title="",
        issuers=["河北省教育厅", "河北省财政厅"],
        plans_cited=["中共河北省委河北省人民政府关于全面深化新时代教师队伍建设改革的实施意见",
                     "中共河北省委关于实现巩固拓展脱贫攻坚成果同乡村振兴有效衔接的实施意见",
                     "教育部办公厅财政部办公厅关于做好2024年“三区”人才支持计划教师专项计划有关实施工作的通知",
                     "河北省教育厅等五部门关于河北省边远贫困地区、民族地区和革命老区人才支持计划教师专项计划实施方案"],
        parks=[], technologies=[], chains=[], targets=[], regions=["河北省"], uncertain=[],
    ),
    "h10_hebei_0111": dict(
        names={},
        title="河北省财政厅河北省科学技术厅关于印发《河北省省级技术创新引导专项（基金）后补助管理规定》的通知",
        sub_plans=["河北省省级技术创新引导专项（基金）后补助管理规定"],
        issuers=["河北省财政厅", "河北省科学技术厅"],
        plans_cited=["关于深化省级科研计划（专项、基金等）管理的意见", "关于发展众创空间推进大众创新创业的实施意见",
                     "关于推动科技创新平台和大型仪器设备面向社会开放服务的实施意见", "河北省大型科学仪器设施共享服务评估办法",
                     "预算法", "财政违法行为处罚处分条例"],
        parks=[], technologies=[], chains=[], targets=[], regions=["河北省"], uncertain=[],
    ),
    "h11_xlsx_0121": dict(
        names={},
        title="",
        issuers=[],
        plans_cited=["物流业发展中长期规划（2015-2020年）", "“互联网＋”行动计划", "关于促进商贸物流发展的实施意见"],
        parks=[],
        technologies=["互联网", "物联网", "云计算", "大数据", "移动互联网", "车联网", "二维码", "无线射频识别（RFID）",
                      "商品编码技术", "快速分拣技术", "导航定位技术", "自助电子快递箱", "智能快递站", "电子标识", "自动识别",
                      "智能交通", "企业资源计划（ERP）", "供应链管理（SCM）"],
        chains=["物流业", "智慧物流", "电子商务"],
        targets=[
            dict(year=None, metric="创建智慧物流配送示范城市", value="10", unit="个", period="1-2年内"),
            dict(year=None, metric="打造智慧物流配送示范基地（园区）", value="50", unit="个", period="1-2年内"),
            dict(year=None, metric="培育智慧物流配送示范企业", value="200", unit="个", period="1-2年内"),
            dict(year=None, metric="配送效率提高", value="20", unit="%"),
            dict(year=None, metric="仓储管理效率提高", value="20", unit="%"),
        ],
        regions=[], uncertain=[],
    ),
    "h12_govcn_0019": dict(
        names={},
        title="国务院办公厅关于四川省在温家宝总理考察工作时所提问题和建议办理情况的函",
        issuers=["国务院办公厅"],
        plans_cited=["国务院关于投资体制改革的决定", "三峡库区及其上游水污染防治规划", "四川省长江上游水污染治理方案",
                     "关于2005年退耕还林计划和妥善解决今年退耕还林超计划问题的请示", "森林生态效益补偿基金管理办法",
                     "关于对广安市水淹区群众生产生活困难情况的调查及初步意见的汇报"],
        parks=["德阳重大技术装备基地"], technologies=["核电设备"], chains=["乙烯工业", "食品加工业"],
        targets=[], regions=[], uncertain=[],
    ),
}


def full_names(units, names):
    """Full names; collectives (各…, 有关…, 相关…, 省政府有关部门 …) are copied unchanged."""
    return [u if cg.COLLECTIVE.search(u) else names[u] for u in units]


def build(stem, d):
    t2s = opencc.OpenCC("t2s")
    text = t2s.convert((HERE / "texts" / f"{stem}.txt").read_text(encoding="utf-8"))
    tasks = []
    for i, (pos, inner) in enumerate(cg.responsibility_brackets(stem, text)):
        h, _ = cg.heading_before(text, pos)
        if "headings" in d:
            h = d["headings"][i]
        units, leads = cg.units_of(inner)
        full = full_names(units, d["names"])
        if stem in cg.FIRST_IS_LEAD:
            lead = [full[0]]
        else:
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
