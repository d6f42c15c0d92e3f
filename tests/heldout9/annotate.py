"""The hand annotations of heldout9, written as data, and the script that writes gold/*.json from them.

Everything here was decided by the annotator from reading the texts (README.md, "How it was made"):
titles, sub-plans, issuers, cited plans, the full official name of every unit at the document's date,
parks, technologies, chains, targets, regions, agency groups and uncertain names. Only the bracket tokens
and the task headings (h10, the only text with responsibility brackets) were drafted mechanically with
check_gold.py's own splitter (not the extractor) and then read against each bracket by hand
(`python3 tests/heldout9/check_gold.py --draft STEM`). h05's 54 cited titles were listed with a plain
re.findall(r"《([^》]+)》") over its text and each was read against the text.

Usage (once, before the freeze): python3 tests/heldout9/annotate.py
"""
import json
from pathlib import Path

import opencc

import check_gold as cg

HERE = Path(__file__).resolve().parent

# --- full official names ----------------------------------------------------------------------
# h10 (河北省人力资源和社会保障厅, 2023-04-23): the 厅's divisions and the centres under it.
HRSS = "河北省人力资源和社会保障厅"
H10 = {
    "就业促进处": HRSS + "就业促进处",
    "失业保险处": HRSS + "失业保险处",
    "省社保中心": "河北省社会保险事业服务中心",
    "人力资源流动管理处": HRSS + "人力资源流动管理处",
    "事业单位人事管理处": HRSS + "事业单位人事管理处",
    "省群体创业服务中心": "河北省群体创业服务中心",
    "省就业培训服务中心": "河北省就业培训服务中心",
    "省人才服务中心": "河北省人才服务中心",
    "省群体就业服务中心": "河北省群体就业服务中心",
    "职业能力建设处": HRSS + "职业能力建设处",
    "省基层就业服务中心": "河北省基层就业服务中心",
    "劳动关系处": HRSS + "劳动关系处",
    "劳动保障监察局": HRSS + "劳动保障监察局",
    "职业技术培训教研室": "河北省职业技术培训教研室",
    "省职业技能鉴定中心": "河北省职业技能鉴定中心",
}

H05_CITED = [
    "河北省院士合作重点单位管理办法（试行）",
    "河北省创新调查制度实施细则（试行）",
    "河北省省级软科学研究项目管理办法",
    "河北省企业研发费用加计扣除专业化服务机构建设工作指引",
    "河北省企业研发费用加计扣除项目鉴定办法",
    "河北省科普示范基地管理办法",
    "河北省科技系统行政裁量权基准",
    "河北省天使投资引导基金管理实施细则（暂行）",
    "河北省科技创业投资和成果转化引导基金管理办法",
    "河北省省级科技计划项目管理办法",
    "河北省省级科技创新券实施细则",
    "关于〈河北省省级科技创新券实施细则〉的补充通知",
    "河北省科技投资引导基金管理办法",
    "河北省科技计划项目“揭榜挂帅”组织实施工作指引",
    "河北省省级科技计划项目科研诚信管理办法",
    "河北省技术先进型服务企业认定管理办法（试行）",
    "河北省高新技术企业跨认定机构管理区域整体迁移资质认定实施细则",
    "河北省科技领军企业认定管理办法（试行）",
    "河北省科技企业孵化器认定和众创空间备案管理办法",
    "河北省农业科技成果转化资金项目管理暂行办法",
    "河北省“星创天地”建设工作指引",
    "河北省现代种业科技创新团队项目管理规程",
    "河北省农业科技园区管理办法",
    "河北省农业科技园区评估管理实施细则",
    "河北省可持续发展实验区工作指引",
    "河北省临床医学研究中心工作指引",
    "河北省可持续发展实验区（示范区）资金管理实施细则",
    "河北省科技特派员工作补助资金管理实施细则（试行）",
    "河北省科技特派员管理办法（试行）",
    "河北省县域特色产业科技特派团工作指引",
    "河北省实验动物许可证管理办法（试行）",
    "河北省省级产业技术研究院管理办法",
    "河北省基础学科研究中心建设与运行管理办法",
    "河北省新型研发机构管理办法",
    "河北省技术创新中心建设与运行管理办法",
    "河北省重点实验室建设与运行管理办法",
    "河北省社会力量设立科学技术奖工作指引（试行）",
    "河北省技术转移机构管理办法",
    "河北省促进科技成果转化和产业化资金使用实施细则（暂行）",
    "河北省科学技术奖励办法实施细则",
    "出国境培训和国际人才交流项目管理办法（试行）",
    "河北省“外专百人计划”实施办法（试行）",
    "河北省引进国外智力项目管理办法（试行）",
    "河北省国际科技合作基地管理办法",
    "河北省自然科学基金创新研究群体项目管理办法",
    "河北省基础研究重大项目管理办法",
    "河北省自然科学基金联合基金项目管理办法",
    "河北省自然科学基金资助项目验收管理办法",
    "河北省科技型中小企业评价服务办法",
    "河北省创新创业大赛管理办法",
    "河北省科技企业贷款风险补偿实施细则",
    "河北省科技企业孵化器和众创空间绩效评价办法（试行）",
    "河北省产业技术创新战略联盟建设和备案管理实施细则",
    "关于公布部门规范性文件清理结果的通知",
]

DOCS = {
    "h01_hebei_0032": dict(
        names={},
        title="",
        issuers=[],
        plans_cited=["河北省数字经济发展规划（2020－2025年）"],
        parks=["曹妃甸石化基地", "沧州临港经济技术开发区", "石家庄循环化工园区"],
        technologies=[
            "互联网", "大数据", "人工智能", "工业互联网", "新型传感器", "智能仪器仪表", "精馏", "加氢", "聚合", "催化", "氧化",
            "生产制造执行系统", "企业资源计划管理系统", "过程控制系统", "可编程逻辑控制", "微通道反应器", "萃取", "蒸馏",
            "合成", "复配", "变压器", "锅炉", "加热炉", "汽机", "风机", "空压机", "泵", "多变量预测控制", "先进控制技术",
            "精馏塔系统", "智能检测设备", "在线监测技术", "超声探伤", "金属光谱鉴别", "智能诊断", "物联网", "射频标签",
            "智能仓储物流系统", "智能机器人", "机器人巡检", "红外探测", "数字孪生技术", "智慧管廊", "智能微能网",
            "卫星导航定位", "可燃气体和有毒气体泄漏检测报警装置", "紧急切断装置", "自动化控制系统", "安全仪表系统",
            "硝化", "氯化", "氟化", "重氮化", "过氧化", "电子标签", "化工工艺模拟分析", "私有云", "专属云", "5G",
        ],
        chains=["石化工业", "基础化工", "精细化工", "石油加工", "焦化", "氯碱", "涂料", "农药", "助剂"],
        targets=[
            {"year": 2022, "metric": "基础化工领域培育形成智能制造标杆企业", "value": "3-5", "unit": "家"},
            {"year": 2022, "metric": "精细化工领域打造数字化车间", "value": "15", "unit": "个", "qualifier": "以上"},
            {"year": 2022, "metric": "推动实施智慧化工园区建设", "value": "2-3", "unit": "家"},
        ],
        regions=["河北省", "沧州市", "石家庄市"],
        uncertain=[],
    ),
    "h02_hebei_0034": dict(
        names={},
        title="",
        issuers=[],
        plans_cited=["河北省县域科技创新跃升计划（2019-2025）"],
        parks=["雄安新区"],
        technologies=[],
        chains=["县域特色产业", "传统产业", "服装", "箱包", "家具", "自行车", "灰铸铁炊具", "康复辅助器具"],
        targets=[
            {"year": 2022, "metric": "年营业收入超50亿元的产业集群", "value": "170", "unit": "个", "qualifier": "达到……左右"},
            {"year": 2022, "metric": "年营业收入超100亿元的产业集群", "value": "100", "unit": "个", "qualifier": "达到……左右"},
            {"year": None, "metric": "在年营业收入30亿元以上的产业集群中筛选省级重点支持", "value": "100", "unit": "个"},
            {"year": 2022, "metric": "省级重点支持产业集群营业收入比2018年翻番", "value": "一", "unit": "番",
             "qualifier": "比2018年翻"},
            {"year": 2022, "metric": "省级重点支持产业集群营业收入总额", "value": "3", "unit": "万亿元",
             "qualifier": "力争突破"},
            {"year": 2020, "metric": "省级重点支持产业集群营业收入总额", "value": "2.2", "unit": "万亿元",
             "qualifier": "达到", "period": "2019－2020年"},
            {"year": 2025, "metric": "省级重点支持产业集群营业收入总额", "value": "4", "unit": "万亿元",
             "qualifier": "力争突破"},
        ],
        regions=["河北省"],
        agency_groups=[dict(
            name="县域特色产业振兴工作领导小组",
            members_as_written=["省工业和信息化厅", "省发展改革委", "省科技厅", "省财政厅", "省人力资源社会保障厅",
                                "省农业农村厅", "省商务厅", "省市场监督管理局", "省地方金融监管局"],
            members=["河北省工业和信息化厅", "河北省发展和改革委员会", "河北省科学技术厅", "河北省财政厅",
                     "河北省人力资源和社会保障厅", "河北省农业农村厅", "河北省商务厅", "河北省市场监督管理局",
                     "河北省地方金融监督管理局"],
            office_as_written="省工业和信息化厅", office="河北省工业和信息化厅")],
        uncertain=[],
    ),
    "h03_hebei_0036": dict(
        names={},
        title="",
        issuers=["河北省工业和信息化厅"],
        plans_cited=["中华人民共和国政府信息公开条例", "关于全面推进政务公开工作的实施意见",
                     "关于推进重大建设项目批准和实施领域政府信息公开的实施意见", "河北省2018年政务公开工作任务分工方案",
                     "〈关于全面推进政务公开工作的意见〉实施细则", "河北省实施<中华人民共和国政府信息公开条例>办法",
                     "河北省政府公开文件和信息交接文据"],
        parks=[],
        technologies=[],
        chains=[],
        targets=[],
        regions=["河北省"],
        agency_groups=[dict(name="河北省工业和信息化厅政务公开工作领导小组", members_as_written=[], members=[])],
        uncertain=[],
    ),
    "h04_hebei_0973": dict(
        names={},
        title="河北省工业和信息化厅关于印发《河北省技术创新示范企业认定管理办法》的通知",
        sub_plans=["河北省技术创新示范企业认定管理办法"],
        issuers=["河北省工业和信息化厅"],
        plans_cited=["河北省促进企业技术创新条例", "技术创新示范企业认定管理办法（试行）",
                     "河北省技术创新示范企业认定管理办法（试行）"],
        parks=[],
        technologies=[],
        chains=["制造业", "软件和信息技术服务业"],
        targets=[],
        regions=["河北省"],
        uncertain=[],
    ),
    "h05_hebei_0944": dict(
        names={},
        title="2023年河北省科学技术厅规范性文件清理结果目录",
        issuers=[],
        plans_cited=H05_CITED,
        parks=[],
        technologies=[],
        chains=[],
        targets=[],
        regions=["河北省"],
        uncertain=[],
    ),
    "h06_hebei_0941": dict(
        names={},
        title="",
        issuers=[],
        plans_cited=[],
        parks=[],
        technologies=[],
        chains=[],
        targets=[],
        regions=[],
        uncertain=[],
    ),
    "h07_hebei_0769": dict(
        names={},
        title="关于推进国家技术创新中心建设的总体方案（暂行）",
        issuers=["科学技术部"],
        plans_cited=[],
        parks=[],
        technologies=[],
        chains=[],
        targets=[],
        regions=[],
        uncertain=[],
    ),
    "h08_hebei_0179": dict(
        names={},
        title="",
        issuers=["河北省人民政府办公厅"],
        plans_cited=["关于扶持农业产业化经营龙头企业的若干意见", "农民专业合作组织法"],
        parks=[],
        technologies=[],
        chains=["粮食加工转化行业", "粮食产业"],
        targets=[],
        regions=[],
        uncertain=[],
    ),
    "h09_hebei_0569": dict(
        names={},
        title="",
        issuers=[],
        plans_cited=["中华人民共和国消防法", "河北省消防条例"],
        parks=[],
        technologies=[],
        chains=["消防技术服务行业"],
        targets=[],
        regions=["河北省"],
        uncertain=[],
    ),
    "h10_hebei_0443": dict(
        names=H10,
        title="",
        issuers=["河北省人力资源和社会保障厅"],
        plans_cited=["关于开展2023年高校毕业生等青年就业创业推进计划的通知"],
        parks=[],
        technologies=[],
        chains=["智能制造", "现代服务业"],
        targets=[],
        regions=["河北省"],
        uncertain=["河北省就业培训服务中心", "河北省基层就业服务中心", "河北省人才服务中心", "河北省职业技能鉴定中心"],
    ),
    "h11_xlsx_0108": dict(
        names={},
        title="",
        issuers=[],
        plans_cited=["国务院关于印发新一代人工智能发展规划的通知"],
        parks=["雄安新区"],
        technologies=[
            "人工智能", "互联网", "大数据", "云计算", "物联网", "视觉分析", "自然语言理解", "语音识别",
            "商业智能对话和推荐", "自动驾驶", "智能穿戴设备", "语言翻译", "自动导航", "计算机视觉", "多媒体", "机器人",
            "大数据智能", "跨媒体感知计算", "混合增强智能", "群体智能", "自主协同控制与优化决策", "高级机器学习",
            "类脑智能计算", "量子智能计算", "机器学习", "知识计算", "深度推理", "群智计算", "混合智能", "无人系统",
            "虚拟现实", "智能芯片", "类脑智能", "自主智能", "模式识别", "自然语言处理", "知识工程", "神经网络",
            "信息技术", "人机混合系统",
        ],
        chains=[],
        targets=[],
        regions=[],
        agency_groups=[dict(name="人工智能科技创新战略专家委员会", members_as_written=[], members=[],
                            parent_as_written="教育部", parent="教育部")],
        uncertain=[],
    ),
    "h12_xlsx_0027": dict(
        names={},
        title="",
        issuers=[],
        plans_cited=["小型水电站监控保护设备应用导则", "水力发电厂接地设计技术导则",
                     "电气装置安装工程盘、柜及二次回路接线施工及验收规范"],
        parks=[],
        technologies=[
            "远程监控", "在线监测系统", "水(雨)情测报系统", "水位自动监测装置", "智能化系统", "自动操作机构", "冗余设计",
            "调速系统", "储能单元", "黑启动", "生态流量监测设备设施", "时间同步系统", "自动清污机", "后备储能电源",
            "防汛备用电源", "VPN", "防火墙", "加密装置", "正反向隔离", "Modbus协议", "IEC60870-5-104协议", "电源防雷器",
            "视频监控设备", "人员闯禁监测设备", "智能语音报警", "高清摄像头", "渗流和位移监测设备", "闸门开度监测",
            "闸门自动化控制", "智能诊断", "智能多机协同", "智能巡检", "移动终端", "独立跳闸回路", "防误闭锁",
        ],
        chains=[],
        targets=[],
        regions=[],
        uncertain=[],
    ),
}


def full_names(units, names):
    """Full names; collectives (各…, 有关…, 相关…) are copied unchanged."""
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
