"""The hand annotations of heldout5, written as data, and the script that writes gold/*.json from them.

Everything here was decided by the annotator from reading the texts (README.md, "How it was made"):
titles, sub-plans, issuers, cited plans, the full official name of every unit at the document's date,
leads, parks, technologies, chains, targets, regions, uncertain names. Only the bracket tokens and the
task headings were drafted mechanically with check_gold.py's own splitter (not the extractor) and then
read against each bracket by hand (`python3 tests/heldout5/check_gold.py --draft STEM`).

Usage (once, before the freeze): python3 tests/heldout5/annotate.py
"""
import json
from pathlib import Path

import opencc

import check_gold as cg

HERE = Path(__file__).resolve().parent

# --- full official names ----------------------------------------------------------------------
# Hebei provincial bodies whose name did not change over 2015-2023.
HEBEI = {
    "省农业农村厅": "河北省农业农村厅",
    "省工业和信息化厅": "河北省工业和信息化厅",
    "省发展改革委": "河北省发展和改革委员会",
    "省财政厅": "河北省财政厅",
    "省科技厅": "河北省科学技术厅",
    "省商务厅": "河北省商务厅",
    "省教育厅": "河北省教育厅",
    "省审计厅": "河北省审计厅",
    "省公安厅": "河北省公安厅",
    "省统计局": "河北省统计局",
    "省自然资源厅": "河北省自然资源厅",
    "省生态环境厅": "河北省生态环境厅",
    "省水利厅": "河北省水利厅",
    "省应急管理厅": "河北省应急管理厅",
    "省交通运输厅": "河北省交通运输厅",
    "省住房城乡建设厅": "河北省住房和城乡建设厅",
    "省住房和城乡建设厅": "河北省住房和城乡建设厅",
    "省文化和旅游厅": "河北省文化和旅游厅",
    "省人力资源社会保障厅": "河北省人力资源和社会保障厅",
    "省人力资源和社会保障厅": "河北省人力资源和社会保障厅",
    "省卫生健康委": "河北省卫生健康委员会",
    "省市场监管局": "河北省市场监督管理局",
    "省市场监督管理局": "河北省市场监督管理局",
    "省体育局": "河北省体育局",
    "省林业和草原局": "河北省林业和草原局",
    "省国资委": "河北省人民政府国有资产监督管理委员会",
    "省地方金融监管局": "河北省地方金融监督管理局",
    "省税务局": "国家税务总局河北省税务局",
    "省委宣传部": "中共河北省委宣传部",
    "省委政法委": "中共河北省委政法委员会",
    "省委网信办": "中共河北省委网络安全和信息化委员会办公室",
    "省妇联": "河北省妇女联合会",
    "省残联": "河北省残疾人联合会",
    "省政务服务办公室": "河北省政务服务管理办公室",
    "石家庄海关": "中华人民共和国石家庄海关",
    "河北证监局": "中国证券监督管理委员会河北监管局",
    "人民银行石家庄中心支行": "中国人民银行石家庄中心支行",
    "人行石家庄中心支行": "中国人民银行石家庄中心支行",
    # 2018-2023 (before the 2023 reform of financial regulation)
    "河北银保监局": "中国银行保险监督管理委员会河北监管局",
}
# Names of the time before the 2018 reform of state bodies (h03 2016, h06 2015).
HEBEI_PRE2018 = dict(HEBEI, **{
    "省国税局": "河北省国家税务局",
    "省地税局": "河北省地方税务局",
    "省工商局": "河北省工商行政管理局",
    "省质监局": "河北省质量技术监督局",
    "省金融办": "河北省人民政府金融工作办公室",
    "河北银监局": "中国银行业监督管理委员会河北监管局",
    "河北保监局": "中国保险监督管理委员会河北监管局",
})
# h05: the 省 written before the first unit of a list applies to the bare units after it (省科技厅、文化和旅游厅、体育局).
H05 = dict(HEBEI, **{"文化和旅游厅": "河北省文化和旅游厅", "体育局": "河北省体育局"})

DAIRY_TECH = ["生产性能测定技术", "胚胎移植", "性控冻精", "食品安全生物评价技术", "婴幼儿乳粉", "巴氏杀菌乳", "奶酪", "黄油"]

DOCS = {
    "h01_hebei_0024": dict(
        names=HEBEI,
        title="河北省人民政府关于加快推进奶业振兴的实施意见",
        issuers=["河北省人民政府"],
        plans_cited=["国务院办公厅关于推进奶业振兴保障乳品质量安全的意见", "河北省奶业振兴规划纲要（2019-2025年）",
                     "河北奶业振兴规划纲要（2019-2025年）"],
        parks=["雄安新区", "坝上草原牧区", "山前平原农牧结合区", "黑龙港流域农草牧结合区", "现代奶业产业园"],
        technologies=DAIRY_TECH,
        chains=["奶业", "饲草饲料产业", "乳制品加工", "奶业旅游"],
        targets=[
            dict(year=2022, metric="生鲜乳产量", value="595", unit="万吨", qualifier="达到"),
            dict(year=2022, metric="乳制品产量", value="500", unit="万吨", qualifier="达到"),
            dict(year=2025, metric="生鲜乳产量", value="1000", unit="万吨", qualifier="力争……达到"),
            dict(year=2025, metric="乳制品产量", value="760", unit="万吨", qualifier="力争……达到"),
        ],
        regions=["河北省"],
        agency_groups=[dict(name="省奶业振兴工作领导小组", members_as_written=[], members=[])],
        uncertain=["中华人民共和国石家庄海关"],
    ),
    "h02_hebei_0955": dict(
        names=HEBEI,
        title="河北省科学技术厅关于印发《省级科技计划项目变更工作规程》的通知",
        sub_plans=["省级科技计划项目变更工作规程"],
        issuers=["河北省科学技术厅"],
        plans_cited=["河北省省级科技计划项目管理办法"],
        parks=["雄安新区"], technologies=[], chains=[], targets=[], regions=["河北省"], uncertain=[],
    ),
    "h03_hebei_0080": dict(
        names=HEBEI_PRE2018,
        title="中共河北省委办公厅河北省人民政府办公厅印发《关于完善和落实省级财政科研项目资金管理等政策的实施意见》的通知",
        sub_plans=["关于完善和落实省级财政科研项目资金管理等政策的实施意见"],
        issuers=["中共河北省委办公厅", "河北省人民政府办公厅"],
        plans_cited=["关于进一步完善中央财政科研项目资金管理等政策的若干意见", "关于省级财政科研项目使用公务卡结算有关事项的通知"],
        parks=[], technologies=[], chains=[], targets=[], regions=["河北省"],
        uncertain=["中华人民共和国石家庄海关"],
    ),
    "h04_hebei_0012": dict(
        names=HEBEI,
        title="河北省人民政府办公厅关于进一步强化奶业振兴支持政策的通知",
        issuers=["河北省人民政府办公厅"],
        plans_cited=["河北省奶业振兴规划纲要（2019-2025年）", "河北省人民政府关于加快推进奶业振兴的实施意见"],
        parks=["雄安新区"],
        technologies=["全基因组检测", "胚胎移植", "性控胚胎", "性控冻精", "婴幼儿乳粉", "巴氏杀菌乳", "奶酪", "黄油"],
        chains=["奶业", "奶牛种业集群", "饲草产业"],
        targets=[], regions=["河北省"], uncertain=[],
    ),
    "h05_hebei_1034": dict(
        names=H05,
        title="关于进一步加强学科类隐形变异培训防范治理工作的实施方案",
        issuers=["河北省教育厅", "中共河北省委政法委员会", "中共河北省委网络安全和信息化委员会办公室", "河北省科学技术厅",
                 "河北省人力资源和社会保障厅", "河北省住房和城乡建设厅", "河北省商务厅", "河北省文化和旅游厅",
                 "河北省市场监督管理局", "河北省体育局", "河北省政务服务管理办公室", "河北省妇女联合会"],
        plans_cited=["关于进一步减轻义务教育阶段学生作业负担和校外培训负担的意见",
                     "关于进一步加强学科类隐形变异培训防范治理工作的意见", "中华人民共和国民办教育促进法",
                     "中华人民共和国未成年人保护法", "中华人民共和国家庭教育促进法", "严禁中小学校和在职中小学教师有偿补课的规定",
                     "教育督导问责办法"],
        parks=["雄安新区"], technologies=[], chains=[], targets=[], regions=["河北省"], uncertain=[],
    ),
    "h06_hebei_0978": dict(
        names=HEBEI_PRE2018,
        title="",
        issuers=["河北省人民政府"],
        plans_cited=["国务院关于扶持小型微型企业健康发展的意见"],
        parks=[],
        technologies=["大数据", "云计算"],
        chains=[],
        targets=[], regions=["河北省"],
        uncertain=["河北省人民政府金融工作办公室", "中华人民共和国石家庄海关"],
    ),
    "h07_hebei_0013": dict(
        names=HEBEI,
        title="河北省人民政府办公厅关于转发省工业和信息化厅省发展改革委省生态环境厅《河北省加快推进钢铁产业高质量发展若干措施》的通知",
        sub_plans=["河北省加快推进钢铁产业高质量发展的若干措施"],
        issuers=["河北省人民政府办公厅", "河北省工业和信息化厅", "河北省发展和改革委员会", "河北省生态环境厅"],
        plans_cited=["工业和信息化部国家发展和改革委员会生态环境部关于促进钢铁工业高质量发展的指导意见",
                     "钢铁行业产能置换实施办法", "关于钢铁冶炼项目备案管理的意见"],
        parks=["雄安新区"],
        technologies=["超轻金属材料", "超纯铁基新材料", "3D打印金属材料", "航空航天领域用合金材料", "低碳冶金", "洁净钢冶炼",
                      "高效轧制", "基于大数据的流程管控", "先进电弧炉", "特种冶炼", "高端检测", "烧结机大型化厚料层烧结",
                      "低碳环保安全长寿高炉炼铁", "新型多功能铁水预处理", "顶底复吹智能炼钢", "高品质特殊钢", "特种合金钢", "高纯铁",
                      "超纯铁", "热轧带肋钢筋", "汽车板", "家电板", "硅钢", "H型钢", "烧结烟气循环", "智能化全封闭料场",
                      "高炉煤气精脱硫", "烧结机头高效脱硫脱硝", "熔融钢渣余热回收", "中低温余热利用", "高炉综合长寿", "热风炉高温送风",
                      "电弧炉短流程炼钢", "氢能冶炼", "非高炉炼铁", "碳捕获、利用与封存", "5G", "工业互联网", "人工智能", "区块链",
                      "商用密码", "MES生产制造执行系统", "模糊控制技术", "综合控制专家系统", "高炉专家系统", "ERP企业资源管理系统"],
        chains=["钢铁产业", "铁基新材料集群", "钢材深加工", "新一代信息技术", "高端装备", "新材料", "战略性新兴产业", "现代物流",
                "金融服务", "电子商务", "现代服务业"],
        targets=[], regions=["河北省"], uncertain=[],
    ),
    "h08_govcn_0038": dict(
        names={},
        title="国务院关于授权香港特别行政区实施管辖的深圳湾口岸港方口岸区范围和土地使用期限的批复",
        issuers=["国务院"],
        plans_cited=["全国人民代表大会常务委员会关于授权香港特别行政区对深圳湾口岸港方口岸区实施管辖的决定"],
        parks=[], technologies=[], chains=[], targets=[], regions=[], uncertain=[],
    ),
    "h09_govcn_0014": dict(
        names={},
        title="国务院办公厅关于推进政务新媒体健康有序发展的意见",
        issuers=["国务院办公厅"],
        plans_cited=[],
        parks=[], technologies=["大数据", "云计算", "人工智能", "IPv6"], chains=[], targets=[], regions=[], uncertain=[],
    ),
    "h10_hebei_0007": dict(
        names={},
        title="",
        sub_plans=["河北省资助工业设计成果转化操作规程", "河北省资助购买工业设计服务操作规程"],
        issuers=["河北省工业和信息化厅"],
        plans_cited=["关于全面提升产品质量的若干措施", "河北省资助工业设计成果转化操作规程（试行）",
                     "河北省资助购买工业设计服务操作规程（试行）"],
        parks=["雄安新区"], technologies=[], chains=["工业设计"], targets=[], regions=["河北省"], uncertain=[],
    ),
}


def full_names(units, names):
    """Full names; collectives (各…, 有关…, 相关…, 项目主管部门, 省属…, 科研院所) are copied unchanged."""
    return [u if cg.COLLECTIVE.search(u) else names[u] for u in units]


def build(stem, d):
    t2s = opencc.OpenCC("t2s")
    text = t2s.convert((HERE / "texts" / f"{stem}.txt").read_text(encoding="utf-8"))
    tasks = []
    for pos, inner in cg.responsibility_brackets(stem, text):
        h, _ = cg.heading_before(text, pos)
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
