"""The hand annotations of this set, written as data, and the script that writes gold/*.json from them.

Everything here was decided by the annotator from reading the texts (README.md, "How it was made"):
titles, issuers, cited plans, the full official name of every unit, leads, parks, technologies,
chains, targets, regions, uncertain names. Only the task headings and the bracket tokens were
drafted mechanically with check_gold.py's own splitter (not the extractor) and then read against
each bracket by hand (`python tests/heldout3/check_gold.py --draft STEM`).

Usage (once, before the freeze): python tests/heldout3/annotate.py
"""
import json
from pathlib import Path

import opencc

import check_gold as cg

HERE = Path(__file__).resolve().parent

# --- full official names ----------------------------------------------------------------------
NATIONAL = {
    "人力资源社会保障部": "人力资源和社会保障部",
    "财政部": "财政部",
    "工业和信息化部": "工业和信息化部",
    "人民银行": "中国人民银行",
    "银保监会": "中国银行保险监督管理委员会",
    "科技部": "科学技术部",
    "住房城乡建设部": "住房和城乡建设部",
    "市场监管总局": "国家市场监督管理总局",
    "教育部": "教育部",
    "税务总局": "国家税务总局",
    "医保局": "国家医疗保障局",
    "民政部": "民政部",
    "扶贫办": "国务院扶贫开发领导小组办公室",
    "中央统战部": "中共中央统一战线工作部",
    "中央和国家机关工委": "中央和国家机关工作委员会",
    "卫生健康委": "国家卫生健康委员会",
    "国资委": "国务院国有资产监督管理委员会",
    "国管局": "国家机关事务管理局",
    "中央军委政治工作部": "中央军事委员会政治工作部",
    "全国总工会": "中华全国总工会",
    "发展改革委": "国家发展和改革委员会",
    "商务部": "商务部",
    "全国工商联": "中华全国工商业联合会",
    "农业农村部": "农业农村部",
    "共青团中央": "中国共产主义青年团中央委员会",
    "全国妇联": "中华全国妇女联合会",
    "交通运输部": "交通运输部",
    "文化和旅游部": "文化和旅游部",
    "粮食和储备局": "国家粮食和物资储备局",
    "供销合作总社": "中华全国供销合作总社",
    "邮政局": "国家邮政局",
    "中央宣传部": "中共中央宣传部",
    "自然资源部": "自然资源部",
    "广电总局": "国家广播电视总局",
    "海关总署": "海关总署",
    "中央网信办": "中央网络安全和信息化委员会办公室",
    "公安部": "公安部",
    "国家知识产权局": "国家知识产权局",
    "国家林草局": "国家林业和草原局",
    "外交部": "外交部",
    "国家移民局": "国家移民管理局",
    "国家外汇局": "国家外汇管理局",
    "最高人民法院": "最高人民法院",
    "最高人民检察院": "最高人民检察院",
    "司法部": "司法部",
}
HEBEI = {
    "省科技厅": "河北省科学技术厅",
    "省工业和信息化厅": "河北省工业和信息化厅",
    "省工信厅": "河北省工业和信息化厅",
    "省国资委": "河北省人民政府国有资产监督管理委员会",
    "省发展改革委": "河北省发展和改革委员会",
    "省发改委": "河北省发展和改革委员会",
    "省教育厅": "河北省教育厅",
    "省生态环境厅": "河北省生态环境厅",
    "省人力资源社会保障厅": "河北省人力资源和社会保障厅",
    "省人力资源和社会保障厅": "河北省人力资源和社会保障厅",
    "省税务局": "国家税务总局河北省税务局",
    "省财政厅": "河北省财政厅",
    "国家金融监督管理总局河北监管局": "国家金融监督管理总局河北监管局",
    "中国人民银行河北省分行": "中国人民银行河北省分行",
    "河北证监局": "中国证券监督管理委员会河北监管局",
    "省地方金融监管局": "河北省地方金融监督管理局",
    "省地方金融监督管理局": "河北省地方金融监督管理局",
    "雄安新区管委会": "河北雄安新区管理委员会",
    "省统计局": "河北省统计局",
    "省商务厅": "河北省商务厅",
    "省市场监管局": "河北省市场监督管理局",
    "人行石家庄中心支行": "中国人民银行石家庄中心支行",
    "河北银保监局": "中国银行保险监督管理委员会河北监管局",
    "省委组织部": "中共河北省委组织部",
    "省住房城乡建设厅": "河北省住房和城乡建设厅",
    "省自然资源厅": "河北省自然资源厅",
    "省林业和草原局": "河北省林业和草原局",
    "省水利厅": "河北省水利厅",
    "省文化和旅游厅": "河北省文化和旅游厅",
    "省卫生健康委": "河北省卫生健康委员会",
    "省农业农村厅": "河北省农业农村厅",
    "省科学院": "河北省科学院",
    "省文物局": "河北省文物局",
    "省民政厅": "河北省民政厅",
    "省数政局": "河北省数据和政务服务局",
    "省委网信办": "中共河北省委网络安全和信息化委员会办公室",
    # r13: offices and centres of the 河北省人力资源和社会保障厅 (the issuer of r13)
    "职业能力建设处": "河北省人力资源和社会保障厅职业能力建设处",
    "就业促进处": "河北省人力资源和社会保障厅就业促进处",
    "专业技术人员与职称管理处": "河北省人力资源和社会保障厅专业技术人员与职称管理处",
    "人力资源流动管理处": "河北省人力资源和社会保障厅人力资源流动管理处",
    "失业保险处": "河北省人力资源和社会保障厅失业保险处",
    "工伤保险处": "河北省人力资源和社会保障厅工伤保险处",
    "劳动关系处": "河北省人力资源和社会保障厅劳动关系处",
    "劳动保障监察局": "河北省人力资源和社会保障厅劳动保障监察局",
    "省群体就业服务中心": "河北省群体就业服务中心",
    "省群体创业服务中心": "河北省群体创业服务中心",
    "职业技术培训教研室": "河北省职业技术培训教研室",
    "省职业技能鉴定中心": "河北省职业技能鉴定中心",
    "省人才服务中心": "河北省人才服务中心",
    "专家与留学人员服务中心": "河北省人力资源和社会保障厅专家与留学人员服务中心",
    "信息中心": "河北省人力资源和社会保障厅信息中心",
    "省社保中心": "河北省社会保险事业服务中心",
    "雄安新区公共服务局": "河北雄安新区管理委员会公共服务局",
}
R13_UNCERTAIN = [
    "河北省人力资源和社会保障厅劳动保障监察局",
    "河北省群体就业服务中心",
    "河北省群体创业服务中心",
    "河北省职业技术培训教研室",
    "河北省职业技能鉴定中心",
    "河北省人才服务中心",
    "河北省人力资源和社会保障厅专家与留学人员服务中心",
    "河北省人力资源和社会保障厅信息中心",
    "河北省社会保险事业服务中心",
    "河北雄安新区管理委员会公共服务局",
]

DOCS = {
    "r01_govcn_0033": dict(
        names=NATIONAL,
        title="国务院关于做好当前和今后一个时期促进就业工作的若干意见",
        issuers=["国务院"],
        plans_cited=[],
        parks=[], technologies=[], chains=[], targets=[], regions=[], uncertain=[],
    ),
    "r02_govcn_0007": dict(
        names=NATIONAL,
        title="国务院办公厅关于深入开展消费扶贫助力打赢脱贫攻坚战的指导意见",
        issuers=["国务院办公厅"],
        plans_cited=["中共中央 国务院关于打赢脱贫攻坚战三年行动的指导意见"],
        parks=[], technologies=[], chains=["休闲农业", "乡村旅游"], targets=[], regions=[],
        uncertain=["中央和国家机关工作委员会"],
    ),
    "r03_xlsx_0033": dict(
        names=NATIONAL,
        title="",
        issuers=[],
        plans_cited=["“十四五”智能制造发展规划"],
        parks=[],
        technologies=[
            "智能检测装备", "前沿智能检测装备", "通用智能检测装备", "专用智能检测装备",
            "新型量值传递溯源", "超常测试技术", "人工智能", "5G", "大数据", "云计算", "区块链",
            "量子信息", "虚拟检测", "传感器", "控制器", "通信模组",
        ],
        chains=[
            "智能检测装备产业链", "机械", "汽车", "航空航天", "电子", "电子信息", "钢铁", "石化",
            "纺织", "医药", "新材料", "生物制造",
        ],
        targets=[
            dict(year=2025, metric="突破智能检测装备、核心零部件和专用软件", value="50", unit="种", qualifier="以上"),
            dict(year=2025, metric="推动智能检测装备示范应用", value="100", unit="个", qualifier="以上"),
            dict(year=2025, metric="智能检测装备规模化应用的领域", value="8", unit="个"),
            dict(year=2025, metric="培育智能检测装备专精特新“小巨人”企业", value="30", unit="家", qualifier="以上"),
            dict(year=2025, metric="打造产业领军创新团队", value="10", unit="个", qualifier="以上"),
        ],
        regions=[], uncertain=[],
    ),
    "r04_hebei_0751": dict(
        names=NATIONAL,
        title="国务院办公厅转发商务部科技部关于进一步鼓励外商投资设立研发中心若干措施的通知",
        sub_plans=["关于进一步鼓励外商投资设立研发中心的若干措施"],
        issuers=["国务院办公厅"],
        plans_cited=[],
        parks=[], technologies=[], chains=[], targets=[], regions=[], uncertain=[],
    ),
    "r05_hebei_0764": dict(
        names=NATIONAL,
        title="关于加强农业科技社会化服务体系建设的若干意见",
        issuers=["科学技术部", "农业农村部", "教育部", "财政部", "人力资源和社会保障部",
                 "中国银行保险监督管理委员会", "中华全国供销合作总社"],
        plans_cited=[],
        parks=[], technologies=["大数据", "云计算", "人工智能"], chains=["农业科技服务业"],
        targets=[], regions=[], uncertain=[],
    ),
    "r06_hebei_0009": dict(
        names=HEBEI,
        title="河北省支持钢铁行业创新发展的若干措施",
        issuers=["河北省人民政府办公厅"],
        plans_cited=[],
        parks=["雄安新区"],
        technologies=[
            "低碳冶金", "洁净钢冶炼", "高效轧制", "基于大数据的流程管控", "先进电弧炉", "特种冶炼",
            "铁基新材料", "优特精品钢", "高端专用钢", "高品质特殊钢", "特种合金钢", "高纯铁", "超纯铁",
            "稀土耐蚀钢", "汽车板", "家电板", "硅钢", "热轧带肋钢筋", "高档汽车面板", "新能源汽车用钢",
            "钒钛新材料", "氢冶炼", "高炉大富氧冶炼", "冶金熔渣显热回收", "新型电炉装备", "电炉炼钢",
        ],
        chains=["钢铁行业"],
        targets=[], regions=["河北省"], uncertain=[],
    ),
    "r07_hebei_0028": dict(
        names=HEBEI,
        title="河北省人民政府办公厅印发关于推进规模以上工业企业培育工作若干措施的通知",
        sub_plans=["关于推进规模以上工业企业培育工作的若干措施"],
        issuers=["河北省人民政府办公厅"],
        plans_cited=[],
        parks=["雄安新区"], technologies=[], chains=["县域特色产业集群"],
        targets=[], regions=["河北省"], uncertain=[],
    ),
    "r08_hebei_0052": dict(
        names=HEBEI,
        title="关于进一步吸引京津科技成果在冀转移转化的若干措施",
        issuers=["河北省人民政府办公厅"],
        plans_cited=[],
        parks=["雄安新区"], technologies=[], chains=["县域特色产业集群"],
        targets=[], regions=["河北省"], uncertain=[],
    ),
    "r09_hebei_0050": dict(
        names=HEBEI,
        title="河北省人民政府办公厅印发关于支持承德国家可持续发展议程创新示范区建设若干政策措施（2024-2026年）的通知",
        sub_plans=["关于支持承德国家可持续发展议程创新示范区建设的若干政策措施（2024-2026年）"],
        issuers=["河北省人民政府办公厅"],
        plans_cited=["国务院关于同意承德市建设国家可持续发展议程创新示范区的批复"],
        parks=[
            "承德国家可持续发展议程创新示范区", "钒钛材料国家新型工业化示范基地", "国家钒储能应用示范基地",
            "国家农业高新技术产业示范区", "滦平国家农业科技园区", "承德高新技术产业开发区",
        ],
        technologies=[],
        chains=[
            "钒钛新材料省战略性新兴产业融合发展集群", "清洁能源产业", "医养康养", "文旅产业", "钢铁", "建材",
            "国家智能测控装备制造创新型产业集群", "“3+3”主导产业",
        ],
        targets=[], regions=["河北省", "承德市"], uncertain=[],
    ),
    "r10_hebei_0031": dict(
        names=HEBEI,
        title="",
        issuers=[],
        plans_cited=["河北省数字经济发展规划（2020-2025）"],
        parks=["雄安新区"],
        technologies=[
            "工业互联网", "电子看板", "ERP", "MES", "云制造", "计算机辅助设计", "虚拟仿真设计",
            "5G", "人工智能", "物联网", "柔性制造单元", "柔性制造系统",
        ],
        chains=[
            "县域特色产业集群", "涿州汽车零部件制造", "固安电子信息（新型显示）", "辛集皮革", "定州体育器材",
            "泊头铸造", "大城绝热节能材料", "食品", "纺织服装", "医药", "建材", "体品", "汽车", "电子信息",
            "装备制造", "隆尧食品", "遵化食品", "白沟箱包", "安国中药", "临西轴承", "曲周生物健康",
            "沧县药包材", "昌黎葡萄酒", "清河羊绒", "高阳纺织", "无极皮革", "怀安汽车", "河间再制造",
            "黄骅汽车及零部件", "广宗和平乡自行车", "定州汽车及零部件", "成安现代装备制造",
            "曲周自行车（童车）", "邱县食品", "平泉食用菌", "永清服装设计", "滦南锹", "安平丝网",
            "武邑金属橱柜",
        ],
        targets=[
            dict(year=2022, metric="关键工序数控化率提升5%以上、业务信息系统普及率提升8%以上、数字化研发设计工具应用率提升10%以上、电子商务覆盖率提升20%以上且年营业收入增速达8%、产值超百亿元的数字化特色产业集群", value="15", unit="个"),
        ],
        regions=["河北省"], uncertain=[],
    ),
    "r11_hebei_0033": dict(
        names=HEBEI,
        title="",
        issuers=[],
        plans_cited=["河北省人民政府关于印发河北省数字经济发展规划（2020-2025年）的通知"],
        parks=["雄安新区", "沧州开发区"],
        technologies=[
            "工业机器人", "激光焊接", "总装柔性化生产线", "超高柔性涂装线", "柔性机加工线",
            "纯电动汽车底盘一体化设计", "模块化动力电池", "多能源动力系统集成技术", "激光下料", "机器人拼焊",
            "先进电泳涂装", "工业互联网", "数字孪生", "5G", "IPv6", "工业无源光网络", "工业物联网",
            "软件定义网络", "计算机辅助设计", "虚拟样机技术", "嵌入式检测模组", "智能分拣设备",
            "全面质量管理系统", "质量追溯系统", "3D打印", "虚拟与增强现实", "物联网", "大数据", "云计算",
            "人工智能", "高档数控机床", "智能座舱", "车载光学系统", "车载雷达系统", "北斗高精度定位",
            "自动驾驶", "车路协同",
        ],
        chains=[
            "汽车制造业", "新能源汽车", "智能网联汽车", "智能装备", "汽车电子", "专用车及汽车零部件产业集群",
            "汽车制造装备产业",
        ],
        targets=[
            dict(year=2022, metric="全行业关键工序数控化率", value="53", unit="%", qualifier="达到"),
            dict(year=2022, metric="数字化研发设计工具普及率", value="64", unit="%", qualifier="达到"),
            dict(year=2022, metric="机器人应用密度", value="150", unit="台/万人", qualifier="达到"),
            dict(year=2022, metric="工业互联网平台", value="4", unit="家", qualifier="达到"),
            dict(year=2022, metric="认定数字化车间", value="25", unit="家"),
            dict(year=2022, metric="智能制造标杆企业", value="5", unit="家", qualifier="累计达到"),
        ],
        regions=["河北省"], uncertain=[],
    ),
    "r12_hebei_0221": dict(
        names=HEBEI,
        title="河北省加快数字人才培育支撑数字经济发展行动实施方案（2024－2026年）",
        issuers=[
            "河北省人力资源和社会保障厅", "中共河北省委组织部", "中共河北省委网络安全和信息化委员会办公室",
            "河北省发展和改革委员会", "河北省教育厅", "河北省科学技术厅", "河北省工业和信息化厅",
            "河北省财政厅", "河北省人民政府国有资产监督管理委员会", "河北省数据和政务服务局",
        ],
        plans_cited=["加快数字人才培育支撑数字经济发展行动方案（2024-2026年）"],
        parks=["雄安新区"],
        technologies=["智能制造", "大数据", "区块链", "集成电路", "人工智能", "数据安全", "工业互联网"],
        chains=["数字经济产业", "未来产业"],
        targets=[], regions=["河北省"], uncertain=[],
    ),
    "r13_hebei_0296": dict(
        names=HEBEI,
        title="人力资源保障要素环境提升行动方案",
        issuers=["河北省人力资源和社会保障厅"],
        plans_cited=["劳务派遣单位信用评价暂行办法", "京津冀劳务派遣合规用工指引", "优化营商环境工作简报"],
        parks=["雄安新区", "雄安产业园"], technologies=[], chains=["人力资源服务业"],
        targets=[], regions=["河北省"], uncertain=R13_UNCERTAIN,
    ),
}


def build(stem, d):
    t2s = opencc.OpenCC("t2s")
    text = t2s.convert((HERE / "texts" / f"{stem}.txt").read_text(encoding="utf-8"))
    tasks = []
    for pos, inner in cg.responsibility_brackets(stem, text):
        h, _ = cg.heading_before(text, pos)
        units, leads = cg.units_of(inner)
        full = [u if cg.COLLECTIVE.match(u) else d["names"][u] for u in units]
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
        uncertain=d["uncertain"],
    )
    (HERE / "gold" / f"{stem}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    for stem, d in DOCS.items():
        build(stem, d)
