"""The hand annotations of heldout7, written as data, and the script that writes gold/*.json from them.

Everything here was decided by the annotator from reading the texts (README.md, "How it was made"):
titles, sub-plans, issuers, cited plans, the full official name of every unit at the document's date,
parks, technologies, chains, targets, regions, agency groups and uncertain names. Only the bracket tokens,
the leads marked in the brackets (牵头, 牵头单位：) and the task headings were drafted mechanically with
check_gold.py's own splitter (not the extractor) and then read against each bracket by hand
(`python3 tests/heldout7/check_gold.py --draft STEM`).

Usage (once, before the freeze): python3 tests/heldout7/annotate.py
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
    "省民政厅": "河北省民政厅",
    "省统计局": "河北省统计局",
    "省住房城乡建设厅": "河北省住房和城乡建设厅",
    "省人力资源社会保障厅": "河北省人力资源和社会保障厅",
    "省知识产权局": "河北省知识产权局",
    "省委宣传部": "中共河北省委宣传部",
    "省委组织部": "中共河北省委组织部",
    "省妇联": "河北省妇女联合会",
    "省科协": "河北省科学技术协会",
    "人行石家庄中心支行": "中国人民银行石家庄中心支行",
    "人民银行石家庄中心支行": "中国人民银行石家庄中心支行",
    "河北证监局": "中国证券监督管理委员会河北监管局",
    "国家统计局河北调查总队": "国家统计局河北调查总队",
}
# Before the 2018 reform of state bodies (h01 2015-05, h03 2015-08, h04 2017-10).
PRE2018 = dict(STABLE, **{
    "省工商局": "河北省工商行政管理局",
    "省国税局": "河北省国家税务局",
    "省地税局": "河北省地方税务局",
    "省质监局": "河北省质量技术监督局",
    "省国土资源厅": "河北省国土资源厅",
    "省农业厅": "河北省农业厅",
    "省林业厅": "河北省林业厅",
    "省文化厅": "河北省文化厅",
    "省新闻出版广电局": "河北省新闻出版广电局",
    # h04 writes 省新闻广播电视局, a name the province did not have in 2017; taken as the 新闻出版广电局 (uncertain)
    "省新闻广播电视局": "河北省新闻出版广电局",
    "省扶贫办": "河北省扶贫开发办公室",
    "省金融办": "河北省人民政府金融工作办公室",
    "河北银监局": "中国银行业监督管理委员会河北监管局",
    "河北保监局": "中国保险监督管理委员会河北监管局",
    "省国防科工局": "河北省国防科学技术工业局",
    "省编委办": "河北省机构编制委员会办公室",
    "省旅游发展委": "河北省旅游发展委员会",
    "省农村信用联社": "河北省农村信用社联合社",
    "省电力公司": "国网河北省电力公司",
})
# After the 2018 reform (h05 2021-11, h06 2022-08); h05's nineteen signatures confirm every name used there.
POST2018 = dict(STABLE, **{
    "省农业农村厅": "河北省农业农村厅",
    "省自然资源厅": "河北省自然资源厅",
    "省文化和旅游厅": "河北省文化和旅游厅",
    "省卫生健康委": "河北省卫生健康委员会",
    "省市场监管局": "河北省市场监督管理局",
    "省乡村振兴局": "河北省乡村振兴局",
    "省广电局": "河北省广播电视局",
    "河北银保监局": "中国银行保险监督管理委员会河北监管局",
    "省人社厅": "河北省人力资源和社会保障厅",
    "省残联": "河北省残疾人联合会",
    # h06: in 各市、县人社局、民政局、残联 the prefix 各市、县 applies to every unit of the list (README "Scope")
    "民政局": "各市、县民政局",
    "残联": "各市、县残联",
})
# National bodies in 2017 (h02).
NATIONAL2017 = {
    "科技部": "科学技术部",
    "财政部": "财政部",
    "国家发展改革委": "国家发展和改革委员会",
    "卫生计生委": "国家卫生和计划生育委员会",
    "中央军委后勤保障部": "中央军事委员会后勤保障部",
    "食品药品监管总局": "国家食品药品监督管理总局",
}

DOCS = {
    "h01_hebei_0093": dict(
        names=PRE2018,
        title="河北省人民政府关于加快科技服务业发展的实施意见",
        issuers=["河北省人民政府"],
        plans_cited=["国务院关于加快科技服务业发展的若干意见", "省级产业引导股权投资基金实施方案"],
        parks=["白洋淀科技城", "中关村科技园", "张北云计算产业园", "承德大数据产业园", "京津冀协同创新科技服务聚集区"],
        technologies=["物联网", "北斗导航", "新能源汽车", "制造业信息化", "云计算", "大数据", "数据挖掘"],
        chains=["科技服务业", "科技服务业产业集群", "检验检测认证服务业", "钢铁产业"],
        targets=[
            dict(year=2017, metric="经认定的省级品牌科技中介机构", value="100", unit="家", qualifier="达到"),
            dict(year=2017, metric="省级科技服务业创新发展区域试点", value="10", unit="个", qualifier="达到"),
            dict(year=2017, metric="科技服务业总收入", value="2000", unit="亿元", qualifier="达到"),
            dict(year=2020, metric="科技服务业总收入", value="3000", unit="亿元", qualifier="达到"),
        ],
        regions=["河北省"],
        uncertain=["河北省国防科学技术工业局", "河北省机构编制委员会办公室", "河北省新闻出版广电局",
                   "河北省人民政府金融工作办公室"],
    ),
    "h02_hebei_0787": dict(
        names=NATIONAL2017,
        title="科技部财政部国家发展改革委关于印发《国家科技创新基地优化整合方案》的通知",
        sub_plans=["国家科技创新基地优化整合方案"],
        issuers=["科学技术部", "财政部", "国家发展和改革委员会"],
        plans_cited=["关于深化中央财政科技计划（专项、基金等）管理改革的方案", "国家创新驱动发展战略纲要",
                     "“十三五”国家科技创新规划"],
        parks=[], technologies=[], chains=[],
        targets=[],
        regions=[],
        uncertain=[],
    ),
    "h03_hebei_0095": dict(
        names=PRE2018,
        title="河北省人民政府关于促进科技金融深度融合的意见",
        issuers=["河北省人民政府"],
        plans_cited=["河北省金融贡献奖励办法", "河北省科技贷款风险补偿资金管理办法"],
        parks=[], technologies=[], chains=["战略性新兴产业"],
        targets=[],
        regions=["河北省"],
        uncertain=["河北省人民政府金融工作办公室"],
    ),
    "h04_hebei_0365": dict(
        names=PRE2018,
        title="",
        issuers=["河北省人民政府办公厅"],
        plans_cited=["国务院办公厅关于支持返乡下乡人员创业创新促进农村一二三产业融合发展的意见"],
        parks=[],
        technologies=["大数据", "物联网", "云计算", "移动互联网"],
        chains=["农村特色种养业", "规模种养业", "特色农业", "设施农业", "林果业", "林下经济", "庭院经济", "农产品加工业",
                "观光农业", "体验农业", "生态农业", "创意农业", "农业电子商务", "乡村服务产业", "生产性服务业",
                "生活性服务业", "休闲农业", "乡村旅游", "战略性新兴产业"],
        targets=[
            dict(year=2017, metric="培育打造农村创业创新园区（基地）", value="50", unit="个"),
            dict(year=2017, metric="培育评选优秀创业创新带头人", value="100", unit="个"),
            dict(year=2020, metric="全省各类返乡下乡人员", value="50", unit="万", qualifier="超过"),
            dict(year=2020, metric="带动就业", value="200", unit="万人"),
        ],
        regions=["河北省"],
        agency_groups=[dict(name="省农村创业创新工作协调推进机制", members_as_written=[], members=[],
                            office_as_written="省农业厅", office="河北省农业厅")],
        uncertain=["河北省扶贫开发办公室", "河北省人民政府金融工作办公室", "国网河北省电力公司", "河北省新闻出版广电局"],
    ),
    "h05_hebei_0546": dict(
        names=POST2018,
        title="关于劳务品牌建设的实施意见",
        issuers=["河北省人力资源和社会保障厅", "河北省发展和改革委员会", "河北省教育厅", "河北省科学技术厅",
                 "河北省工业和信息化厅", "河北省民政厅", "河北省财政厅", "河北省自然资源厅", "河北省住房和城乡建设厅",
                 "河北省农业农村厅", "河北省商务厅", "河北省文化和旅游厅", "河北省卫生健康委员会",
                 "中国人民银行石家庄中心支行", "河北省市场监督管理局", "河北省广播电视局",
                 "中国银行保险监督管理委员会河北监管局", "中国证券监督管理委员会河北监管局", "河北省乡村振兴局"],
        plans_cited=["关于劳务品牌建设的指导意见"],
        parks=["雄安新区"],
        technologies=[],
        chains=["新一代信息技术", "高端装备", "新材料", "生物医药", "新能源", "战略性新兴产业", "钢铁", "石化", "食品",
                "现代服务业", "生产性服务业", "现代商贸物流", "金融服务", "制造业", "建筑业", "快递物流",
                "省级重点县域特色产业集群", "文化旅游产业"],
        targets=[
            dict(year=2022, metric="省乡村振兴重点帮扶县每县培育劳务品牌", value="1", unit="个", qualifier="至少"),
            dict(year=None, metric="所有县（市、区）每县培育劳务品牌", value="1", unit="个", qualifier="至少",
                 period="“十四五”末"),
            dict(year=None, metric="打造省级劳务品牌", value="100", unit="个", period="“十四五”末"),
        ],
        regions=["河北省"],
        agency_groups=[dict(name="就业工作领导小组", members_as_written=[], members=[])],
        uncertain=[],
    ),
    "h06_hebei_0500": dict(
        names=POST2018,
        title="河北省2022年就业援助“暖心活动”实施方案",
        issuers=["河北省人力资源和社会保障厅", "河北省民政厅", "河北省残疾人联合会"],
        plans_cited=["关于开展就业援助“暖心活动”的通知"],
        parks=[], technologies=[], chains=[], targets=[],
        regions=["河北省"],
        uncertain=[],
    ),
    "h07_hebei_0611": dict(
        names={},
        title="",
        issuers=[],
        plans_cited=["中华人民共和国港口法", "河北省港口条例"],
        parks=[], technologies=[], chains=[], targets=[],
        regions=["河北省"],
        uncertain=[],
    ),
    "h08_hebei_0772": dict(
        names={},
        title="关于破除科技评价中“唯论文”不良导向的若干措施（试行）",
        issuers=["科学技术部"],
        plans_cited=["关于深化项目评审、人才评价、机构评估改革的意见", "关于进一步弘扬科学家精神加强作风和学风建设的意见"],
        parks=[], technologies=[], chains=[], targets=[],
        regions=[],
        uncertain=[],
    ),
    "h09_hebei_0010": dict(
        names={},
        title="",
        issuers=["河北省人民政府办公厅"],
        plans_cited=[],
        parks=["雄安新区", "雄安创新发展核心区", "中关村"],
        technologies=[
            # 发展重点 (一) 集成电路
            "电子特种气体", "碳化硅衬底", "半导体外延片", "溅射靶材", "硅片切割", "芯片检测", "半导体专用装备", "光通信",
            "专用芯片", "第三代半导体芯片器件", "微波射频", "电源管理", "高端传感器", "三维堆叠", "先进封装", "脉冲序列测试",
            "集成电路探针卡",
            # (二) 新型显示
            "薄膜晶体管液晶材料", "有机发光材料", "液晶玻璃基板", "显影液", "中小尺寸液晶模组", "有源矩阵有机发光二极体面板",
            "显示终端", "驱动芯片", "偏光片", "微缩显示", "量子点显示",
            # (三) 现代通信
            "卫星互联网", "移动通信", "专用移动通信", "应急通信", "融合通信", "专网通信设备", "通信导航一体化融合",
            "通信导航芯片", "高端晶体振荡器", "导航增强设备", "智能网关", "工业现场网络", "工业物联网", "卫星通信", "北斗导航",
            "专网通信",
            # (四) 光伏
            "单晶硅电池", "钙钛矿电池", "第三代薄膜电池", "电池浆料", "封装胶膜", "单晶炉", "层压机", "多线切割机",
            "智能逆变器", "智能清洗机器人", "智能巡检无人机", "光伏发电监控系统", "新型储能系统",
            # (五) 大数据
            "服务器", "交换机", "高低压柜", "精密空调", "机房供配电产品", "空气处理器", "数据分析挖掘", "数据存储", "容灾备份",
            "数据预处理", "数据清洗", "数据管理", "数据交易", "数据可视化", "数据安全",
            # (六) 软件和信息技术服务
            "基础软件", "工业软件", "平台软件", "新型人机交互", "智能控制与决策", "智能感知", "嵌入式软件", "应用软件",
            "信息安全产品",
            # 总体要求 and 主要任务
            "集成电路", "新型显示", "大数据", "第三代半导体", "现代通信", "空天信息", "人工智能", "物联网", "6G", "区块链",
            "5G", "工业互联网", "芯片设计", "封装测试",
        ],
        chains=["电子信息产业", "战略性新兴产业", "数字经济", "集成电路", "新型显示", "现代通信", "光伏", "大数据",
                "软件和信息技术服务业", "卫星通信产业", "应用电子", "能源电子", "电子材料", "人工智能", "物联网",
                "通信设备与系统", "半导体", "集成电路先进制造业集群", "电子信息制造业"],
        targets=[
            dict(year=2025, metric="电子信息产业主营业务收入", value="5000", unit="亿元", qualifier="突破"),
            dict(year=2025, metric="形成千亿级产业集群（光伏、大数据）", value="两", unit="个"),
            dict(year=2025, metric="新增省级以上创新平台", value="50", unit="家", qualifier="以上"),
            dict(year=2025, metric="行业研发投入强度", value="5", unit="%", qualifier="达到"),
            dict(year=2030, metric="电子信息产业规模", value="10000", unit="亿元", qualifier="突破"),
            dict(year=2030, metric="行业研发投入强度", value="6.5", unit="%", qualifier="达到"),
        ],
        regions=["河北省"],
        agency_groups=[dict(name="省制造强省建设领导小组", members_as_written=[], members=[])],
        uncertain=[],
    ),
    "h10_hebei_0983": dict(
        names={},
        title="",
        issuers=["河北省教育厅"],
        plans_cited=["教育部办公厅关于开展义务教育阳光招生专项行动（2024）的通知", "义务教育法", "未成年人保护法",
                     "河北省教育厅关于设立河北省校园体育实验班并做好招生工作的通知", "中小学生学籍管理办法",
                     "河北省义务教育阶段学生学籍管理办法实施细则（修订）", "河北省普通高中学生学籍管理办法实施细则（修订）"],
        parks=[], technologies=[], chains=[], targets=[],
        regions=["河北省"],
        uncertain=[],
    ),
    "h11_govcn_0002": dict(
        names={},
        title="国务院办公厅关于有效发挥政府性融资担保基金作用切实支持小微企业和“三农”发展的指导意见",
        issuers=["国务院办公厅"],
        plans_cited=["国务院关于促进融资担保行业加快发展的意见"],
        parks=[], technologies=[], chains=["战略性新兴产业", "融资担保行业"], targets=[],
        regions=[],
        uncertain=[],
    ),
    "h12_govcn_0012": dict(
        names={},
        title="国务院关于河北雄安新区总体规划（2018—2035年）的批复",
        issuers=["国务院"],
        plans_cited=["关于呈报〈河北雄安新区总体规划（2018—2035年）〉的请示", "河北雄安新区总体规划（2018—2035年）"],
        parks=["雄安新区"], technologies=[], chains=["高端高新产业"], targets=[],
        regions=["河北省"],
        agency_groups=[dict(name="京津冀协同发展领导小组", members_as_written=[], members=[])],
        uncertain=[],
    ),
}


def full_names(units, names):
    """Full names; collectives (各…, 有关…, 相关…, 省有关部门 …) are copied unchanged."""
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
