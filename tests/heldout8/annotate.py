"""The hand annotations of heldout8, written as data, and the script that writes gold/*.json from them.

Everything here was decided by the annotator from reading the texts (README.md, "How it was made"):
titles, sub-plans, issuers, cited plans, the full official name of every unit at the document's date,
parks, technologies, chains, targets, regions, agency groups and uncertain names. Only the bracket tokens,
the leads marked in the brackets (牵头单位：, and 排名第一/列第一位者为牵头单位 for h01/h02) and the task headings
were drafted mechanically with check_gold.py's own splitter (not the extractor) and then read against each
bracket by hand (`python3 tests/heldout8/check_gold.py --draft STEM`).

Usage (once, before the freeze): python3 tests/heldout8/annotate.py
"""
import json
from pathlib import Path

import opencc

import check_gold as cg

HERE = Path(__file__).resolve().parent

# --- full official names ----------------------------------------------------------------------
# h01 (2022-02): internal divisions and units of the 河北省人力资源和社会保障厅 (as heldout4/heldout3).
HRSS = "河北省人力资源和社会保障厅"
H01 = {
    "省就业服务中心": "河北省就业服务中心",
    "就业服务中心": "河北省就业服务中心",
    "职业能力建设处": HRSS + "职业能力建设处",
    "就业促进处": HRSS + "就业促进处",
    "农村社会保险处": HRSS + "农村社会保险处",
    "省社保中心": "河北省社会保险事业服务中心",
    "社保中心": "河北省社会保险事业服务中心",
    "信息中心": HRSS + "信息中心",
    "农民工工作处": HRSS + "农民工工作处",
    "专业技术人员与职称管理处": HRSS + "专业技术人员与职称管理处",
    "人力资源流动管理处": HRSS + "人力资源流动管理处",
    "事业单位人事管理处": HRSS + "事业单位人事管理处",
    "工资福利处": HRSS + "工资福利处",
    "专家与留学人员服务中心": HRSS + "专家与留学人员服务中心",
    "劳动保障监察局": HRSS + "劳动保障监察局",
    "机关党委人事处": HRSS + "机关党委人事处",
}
# h02 (河北省人民政府, 2017-09-27): before the 2018 reform of state bodies.
H02 = {
    "省发展改革委": "河北省发展和改革委员会",
    "省财政厅": "河北省财政厅",
    "省工业和信息化厅": "河北省工业和信息化厅",
    "省人力资源社会保障厅": "河北省人力资源和社会保障厅",
    "省教育厅": "河北省教育厅",
    "省科技厅": "河北省科学技术厅",
    "省民政厅": "河北省民政厅",
    "省商务厅": "河北省商务厅",
    "省文化厅": "河北省文化厅",
    "省卫生计生委": "河北省卫生和计划生育委员会",
    "省旅游发展委": "河北省旅游发展委员会",
    "省国税局": "河北省国家税务局",
    "省地税局": "河北省地方税务局",
    "省知识产权局": "河北省知识产权局",
    "省工商局": "河北省工商行政管理局",
    "人行石家庄中心支行": "中国人民银行石家庄中心支行",
    "省编委办": "河北省机构编制委员会办公室",
    "省法制办": "河北省人民政府法制办公室",
    "河北银监局": "中国银行业监督管理委员会河北监管局",
    "河北证监局": "中国证券监督管理委员会河北监管局",
    "省国资委": "河北省人民政府国有资产监督管理委员会",
    "省总工会": "河北省总工会",
    "省农业厅": "河北省农业厅",
    "省扶贫办": "河北省扶贫开发办公室",
    "省残联": "河北省残疾人联合会",
    "省住房城乡建设厅": "河北省住房和城乡建设厅",
    "省公安厅": "河北省公安厅",
    "省妇联": "河北省妇女联合会",
    "省监察厅": "河北省监察厅",
    "省统计局": "河北省统计局",
}
# h03 (河北省人民政府办公厅, 2019-04-22): after the 2018 reform.
H03 = {
    "省政府办公厅": "河北省人民政府办公厅",
    "省政务服务管理办公室": "河北省政务服务管理办公室",
    "省委网信办": "中共河北省委网络安全和信息化委员会办公室",
    "省委宣传部": "中共河北省委宣传部",
}

DOCS = {
    "h01_hebei_0526": dict(
        names=H01,
        title="贯彻落实《河北省巩固拓展脱贫攻坚成果同乡村振兴有效衔接“十四五”规划》实施方案",
        issuers=["河北省人力资源和社会保障厅"],
        plans_cited=["河北省巩固拓展脱贫攻坚成果同乡村振兴有效衔接“十四五”规划"],
        parks=[],
        technologies=[],
        chains=["家政服务", "电商", "建筑", "冷链物流"],
        targets=[],
        regions=["河北省"],
        uncertain=["河北省就业服务中心", "河北省人力资源和社会保障厅机关党委人事处"],
    ),
    "h02_hebei_0369": dict(
        names=H02,
        title="",
        issuers=["河北省人民政府"],
        plans_cited=["国务院关于做好当前和今后一段时期就业创业工作的意见", "国民经济行业分类"],
        parks=["全国产业转型升级实验区"],
        technologies=["大数据"],
        chains=["高端装备制造", "现代信息技术", "新材料", "新能源", "节能环保", "数字创意共享", "战略性新兴产业",
                "第三产业", "传统产业", "旅游", "文化", "体育", "健康", "养老", "教育", "培训", "共享经济", "网络电商",
                "乡村旅游", "农村服务业"],
        targets=[],
        regions=["河北省"],
        uncertain=["河北省机构编制委员会办公室", "河北省扶贫开发办公室"],
    ),
    "h03_hebei_0243": dict(
        names=H03,
        title="",
        issuers=["河北省人民政府办公厅"],
        plans_cited=["国务院办公厅关于推进政务新媒体健康有序发展的意见", "中华人民共和国保守国家秘密法",
                     "中华人民共和国网络安全法", "河北省人民政府办公厅关于在政务公开工作中进一步做好政务舆情回应的通知"],
        parks=[],
        technologies=["大数据", "云计算", "人工智能", "IPv6", "VPN"],
        chains=[],
        targets=[],
        regions=["河北省"],
        agency_groups=[dict(name="河北省网络舆情联席会议", members_as_written=[], members=[])],
        uncertain=[],
    ),
    "h04_hebei_0043": dict(
        names={},
        title="河北省工业和信息化厅关于印发《2021年河北省资助购买工业设计服务项目申报指南（第三批）》的通知",
        sub_plans=["2021年河北省资助购买工业设计服务项目申报指南（第三批）"],
        issuers=["河北省工业和信息化厅"],
        plans_cited=["关于支持工业设计发展的若干政策措施", "河北省工业设计发展专项规划",
                     "河北省资助购买工业设计服务操作规程（试行）"],
        parks=[],
        technologies=[],
        chains=["工业设计", "高端装备", "电器电子", "医疗器械", "食品饮料", "服装箱包", "家居用品", "文体器具", "儿童用品",
                "县域特色产业"],
        targets=[],
        regions=["河北省"],
        agency_groups=[dict(name="省工业设计发展工作领导小组", members_as_written=[], members=[])],
        uncertain=[],
    ),
    "h05_hebei_0025": dict(
        names={},
        title="关于促进民营经济发展壮大的若干措施",
        issuers=["河北省人民政府办公厅"],
        plans_cited=["中共中央国务院关于促进民营经济发展壮大的意见", "河北省知识产权保护和促进条例",
                     "河北省新能源发展促进条例"],
        parks=[],
        technologies=["数据中心", "工业互联网", "大数据", "人工智能", "柔性制造"],
        chains=["高端装备制造", "智能制造", "可再生能源"],
        targets=[],
        regions=["河北省"],
        agency_groups=[dict(name="省民营经济发展专责机构", members_as_written=[], members=[])],
        uncertain=[],
    ),
    "h06_hebei_0002": dict(
        names={},
        title="加快工业互联网创新发展促进制造业数字化转型导向目录（2024年）",
        issuers=["河北省工业和信息化厅"],
        plans_cited=["工业控制系统信息安全防护指南"],
        parks=[],
        technologies=[
            "新一代信息技术", "工业互联网", "大数据", "人工智能", "大模型", "5G", "无线Wifi", "千兆光纤网络", "IPv6",
            "工业以太网", "工业无源光网络", "工业无线", "时间敏感网络", "边缘计算", "NB-IoT", "标识解析", "主动标识",
            "云架构", "物联网", "智能传感器", "智能网关", "工业控制系统", "数据中心", "工业机理模型", "工业APP",
            "工业大数据", "算力", "车路协同", "自动驾驶", "工业窑炉", "工业锅炉", "石油化工设备", "柴油发动机",
            "大中型电机", "大型空压机", "风电", "光伏", "工程机械", "数控机床", "医疗设备", "计算机辅助设计", "MES",
            "云数据库", "中间件", "语音识别", "图像识别", "人脸识别", "弹性计算", "块存储", "对象存储", "虚拟专有云",
            "虚拟专有网络", "负载均衡", "应用防火墙", "数据加密", "防火墙", "VPN", "隔离网闸", "访问控制", "入侵防御",
            "IaaS", "工业PaaS", "工业SaaS", "安全接入网关", "数据标签", "签名", "区块链", "安全态势感知",
        ],
        chains=["制造业", "钢铁", "石化", "建材", "县域特色产业", "装备"],
        targets=[],
        regions=["河北省"],
        uncertain=[],
    ),
    "h07_hebei_0808": dict(
        names={},
        title="科技部关于进一步推动科技型中小企业创新发展的若干意见",
        issuers=["科学技术部"],
        plans_cited=["中共中央国务院关于深化科技体制改革加快国家创新体系建设的意见"],
        parks=[],
        technologies=[],
        chains=["互联网金融", "网络小额贷款", "第三方支付", "网络金融超市", "大数据金融"],
        targets=[],
        regions=[],
        uncertain=[],
    ),
    "h08_hebei_0776": dict(
        names={},
        title="国家新一代人工智能创新发展试验区建设工作指引",
        issuers=["科学技术部"],
        plans_cited=["国务院关于印发新一代人工智能发展规划的通知", "国家新一代人工智能创新发展试验区建设方案"],
        parks=["国家新一代人工智能创新发展试验区"],
        technologies=["人工智能", "大数据", "云计算", "移动通信", "物联网", "工业互联网"],
        chains=["人工智能核心产业", "人工智能相关产业", "人工智能产业"],
        targets=[dict(year=2023, metric="布局建设试验区", value="20", unit="个", qualifier="左右")],
        regions=[],
        agency_groups=[dict(name="新一代人工智能发展规划推进办公室", members_as_written=[], members=[],
                            parent_as_written="科技部", parent="科学技术部")],
        uncertain=[],
    ),
    "h09_hebei_0186": dict(
        names={},
        title="",
        issuers=["河北省人民政府办公厅"],
        plans_cited=["国务院办公厅关于扶持家禽业发展的若干意见"],
        parks=[],
        technologies=["疫苗", "无害化处理", "高温熟食品", "生物学处理", "有机肥料"],
        chains=["家禽业", "家禽养殖", "种禽养殖", "禽产品加工"],
        targets=[],
        # the text never writes 河北 (only 全省, 我省, 省政府办公厅): no region can be recorded verbatim (README)
        regions=[],
        uncertain=[],
    ),
    "h10_hebei_0609": dict(
        names={},
        title="",
        issuers=[],
        plans_cited=["河北省专业技术人员继续教育暂行规定"],
        parks=["雄安新区"],
        technologies=["慕课", "微课", "信息技术", "全息技术"],
        chains=[],
        targets=[],
        regions=["河北省"],
        uncertain=[],
    ),
    "h11_xlsx_0102": dict(
        names={},
        title="",
        issuers=["科学技术部"],
        plans_cited=["新一代人工智能发展规划", "新一代人工智能重大科技项目实施方案",
                     "关于深化中央财政科技计划（专项、基金等）管理改革的方案", "关于进一步加强科研诚信建设的若干意见"],
        parks=[],
        technologies=[],
        chains=[],
        targets=[],
        regions=[],
        uncertain=[],
    ),
    "h12_xlsx_0123": dict(
        names={},
        title="关于促进智慧城市健康发展的指导意见",
        issuers=[],
        plans_cited=["中共中央国务院关于印发＜国家新型城镇化规划（2014-2020年）＞的通知",
                     "国务院关于促进信息消费扩大内需的若干意见"],
        parks=[],
        technologies=["物联网", "云计算", "大数据", "空间地理信息集成", "新一代信息技术", "移动互联网", "宽带网络",
                      "下一代互联网", "广播电视网", "三网融合", "智能电网", "北斗导航卫星地基增强系统", "数据挖掘",
                      "遥感遥测", "北斗导航", "地理信息"],
        chains=["信息服务业", "工业互联网", "电子商务服务业", "电子商务"],
        targets=[],
        regions=[],
        agency_groups=[dict(
            name="部际协调机制",
            members_as_written=["发展改革委", "工业和信息化部", "科技部", "公安部", "财政部", "国土资源部", "环境保护部",
                                "住房城乡建设部", "交通运输部"],
            members=["国家发展和改革委员会", "工业和信息化部", "科学技术部", "公安部", "财政部", "国土资源部", "环境保护部",
                     "住房和城乡建设部", "交通运输部"])],
        uncertain=[],
    ),
}


def full_names(units, names):
    """Full names; collectives (各…, 有关…, 相关…, 省政府各部门 …) are copied unchanged."""
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
