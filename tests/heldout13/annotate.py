"""The hand annotations of heldout13, written as data, and the script that writes gold/*.json from them.

Everything here was decided by the annotator from reading each text in full (README.md, "How it was made"):
titles, sub-plans, issuers, cited plans, responsibility brackets and the full official name of every unit at the
document's date, parks, technologies, chains, targets, regions and uncertain names. Only h08 has responsibility
brackets (20, written twice because the crawled text holds the whole document twice: 40 tasks); its tasks are
written below from reading (H08_TASKS), and build() compares them with check_gold.py's splitter and fails loudly on
any difference, and on any bracket in the other eleven texts. The cited titles of every text were listed by hand and
are compared with a plain re.findall over 《…》 (assert in build(), with the exclusions written per text).

The mention lists (parks, technologies, chains) are written below in reading order and put into order of first
occurrence in the text by `first_occurrence` (the position of the string's first occurrence anywhere in the text);
every mention is asserted to occur verbatim.

Usage (once, before the freeze): python3 tests/heldout13/annotate.py
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import check_gold as cg  # noqa: E402

DOCS = {}
# 河北省工业和信息化厅, 2024-01-17: notice publishing the 2023 excellent energy-saving diagnosis reports. The notice's
# own title is not in the text; the annex heading (the list it publishes) is the title.
DOCS["h01_hebei_0038"] = dict(
    title="2023年度河北省优秀工业节能诊断报告名单",
    issuers=["河北省工业和信息化厅"],
    plans_cited=["沧州君乐宝乡谣乳业有限公司节能诊断报告"],
    not_cited=[],
    parks=["雄安新区"],
    technologies=[],
    chains=[],
    targets=[],
    regions=["河北省"],
    uncertain=[],
)
# 河北省工业和信息化厅, 2021-10-14: notice issuing the 专利护航 action plan (2021-2025); the notice title is in the text.
DOCS["h02_hebei_0971"] = dict(
    title="河北省工业和信息化厅关于印发《河北省中小企业创新发展“专利护航”行动计划》的通知",
    sub_plans=["河北省中小企业创新发展“专利护航”行动计划"],
    issuers=["河北省工业和信息化厅"],
    plans_cited=[],
    not_cited=["河北省中小企业创新发展“专利护航”行动计划"],
    parks=[],
    technologies=["大数据"],
    chains=[],
    targets=[
        {"year": 2023, "metric": "“专精特新”中小企业拥有的发明专利", "value": "7000", "unit": "件", "qualifier": "达到……左右"},
        {"year": 2025, "metric": "“专精特新”中小企业拥有的发明专利", "value": "10000", "unit": "件", "qualifier": "力争……达到……左右"},
        {"year": 2025, "metric": "产品或技术填补国内空白", "value": "1000", "unit": "个（项）", "qualifier": "力争"},
        {"year": 2025, "metric": "主导产品在细分领域市场占有率国内第一唯一", "value": "500", "unit": "个", "qualifier": "力争"},
    ],
    regions=["河北省"],
    uncertain=[],
)
# 河北省工业资源综合利用“十二五”发展规划 (2013 posting): no title line and no issuer in the text; the title is taken
# from the annex line that names the plan. Waste streams and ores are objects of utilisation, not technologies (README).
DOCS["h03_hebei_0049"] = dict(
    title="河北省工业资源综合利用“十二五”发展规划",
    issuers=[],
    plans_cited=["河北省人民政府关于加快发展循环经济的实施意见", "河北省资源综合利用规定", "河北省资源综合利用认定管理办法",
                 "河北省国家鼓励的资源综合利用认定管理实施细则"],
    not_cited=[],
    parks=["曹妃甸工业区", "承德双滦钒钛冶金产业聚集区", "煤矸石综合利用基地", "粉煤灰综合利用基地", "资源综合利用示范基地",
           "承德工业固废综合利用基地", "承德市尾矿综合利用示范基地", "遵化铁尾矿资源综合利用基地", "临城硫铁尾矿资源综合利用基地",
           "宽城钒钛尾矿资源综合利用基地", "邯郸峰峰资源综合利用基地", "张家口望山循环经济示范园区资源综合利用基地",
           "唐山再生资源综合利用基地", "邢台清河稀有金属及合金综合利用示范基地"],
    technologies=[
        "余热余压利用", "选矿冶炼浮选药剂", "高细粉磨技术", "永久煤柱矸石充填技术", "新型干法窑“半黑”生料技术",
        "TDI副产氯化氢吸附精制工艺", "固体充填技术", "大型电机修复与再制造技术",
        "三维地质建模", "矿藏辅助分析", "无煤柱开采", "材料充填技术", "干法选煤", "高硫煤综合利用技术", "煤炭地下气化",
        "呆滞煤量回收利用技术", "页岩气", "超粘油", "油页岩", "固化", "无害化综合处理技术",
        "复杂难处理多金属硫化矿高效综合利用技术", "选矿", "富集技术", "尾矿充填", "尾矿处理工艺装备", "尾矿再选",
        "加气混凝土", "木化地板", "均化开采技术",
        "钢渣回收", "磁选粉深加工技术", "钢渣返回烧结替代烧结溶剂技术", "高炉水渣微粉技术", "废渣有价元素分离",
        "精细化加工技术", "尘泥综合利用技术", "尘泥提锌技术", "废水深度处理和循环利用技术",
        "煤矸石综合利用技术", "洗中煤综合利用发电技术", "煤矸石充填", "煤层气", "低浓度瓦斯利用技术", "煤层气利用技术",
        "干法乙炔", "电石渣生产石灰粉工艺", "高浓度难降解有机废水治理技术", "聚氯乙烯母液回收及治理技术", "生物膜法技术",
        "蒸氨废清液制氯化钙", "再制盐", "生产污水零排放技术", "循环冷却水超低排放技术", "乙烯化工装置尾气综合利用技术",
        "二氧化硫和氮氧化物处理利用技术", "焦化产品回收深加工", "焦炉煤气的高效利用技术", "焦炉煤气制甲醇", "二甲醚",
        "烧碱副产氢气资源回收利用技术", "新型墙体材料", "绿色建材", "节能建材", "微粉细磨技术", "废水混凝沉淀处理技术",
        "循环回用技术", "高效单元提取分离技术", "中药残渣综合利用技术", "制药废液和废气综合利用技术",
        "副产能源和余热余能的合理分配利用技术", "新型纤维材料", "纺织废水中有价元素的回收利用技术",
        "啤酒废酵母的综合利用", "富含蛋白质的食品废料利用", "多糖类物质循环利用", "富含油脂的加工副产物利用",
        "废水厌氧处理产生沼气技术", "造纸新工艺", "工业酒精", "木质素磺酸盐", "粘合剂", "厌氧生物处理",
        "再制造", "低品位磷矿采选技术", "纳米波形瓦", "免烧砖", "尾矿干排", "生态水泥", "装饰修饰材料", "无机非金属新材料",
        "非金属矿深加工制品", "新型建材", "高炉水渣超细粉技术", "饲料蛋白", "生物农药", "絮凝剂", "百乐克曝气池",
        "MRC混合制冷工艺", "废铅蓄电池再生利用技术装备", "铁精粉", "工业硫酸", "空心砖", "阴极铜", "矸石发电",
        "矸石充填采煤", "烧碱", "电石", "PVC树脂", "水泥", "再生高温合金", "再生钛合金", "再生耐蚀合金", "再生精密合金",
        "再生铸造母合金",
    ],
    chains=[
        "资源综合利用产业链", "循环经济产业链", "钢铁", "煤炭", "化工", "建材", "制药", "纺织", "食品", "造纸", "电力",
        "资源综合利用装备制造业", "再制造产业", "再生资源产业", "战略性资源回收再利用产业", "铁尾矿综合利用新兴产业",
        "废钢回收加工产业链", "电子废弃物回收拆解利用链", "废塑料综合回收资源化产业链", "废橡胶综合回收利用链",
    ],
    targets=[
        {"year": None, "period": "“十二五”末", "metric": "工业固废资源综合利用率", "value": "70", "unit": "%", "qualifier": "达到……以上"},
        {"year": None, "period": "“十二五”末", "metric": "粉煤灰综合利用率", "value": "90", "unit": "%", "qualifier": "达到……以上"},
        {"year": None, "period": "“十二五”末", "metric": "煤矸石综合利用率", "value": "95", "unit": "%", "qualifier": "达到……以上"},
        {"year": None, "period": "“十二五”末", "metric": "脱硫石膏、冶炼废渣综合利用率", "value": "100", "unit": "%", "qualifier": "力争达到"},
        {"year": None, "metric": "培育资源综合利用示范企业", "value": "100", "unit": "家"},
        {"year": None, "metric": "推进资源综合利用示范基地建设", "value": "20", "unit": "个"},
    ],
    regions=["承德市", "河北省", "邢台市", "张家口市", "唐山市", "邯郸市", "遵化市", "临城县"],
    uncertain=[],
)
# 河北省工业和信息化厅, 2021-10-27: notice issuing the 2021 工业互联网 guidance catalogue; the notice title is in the text.
DOCS["h04_hebei_0040"] = dict(
    title="河北省工业和信息化厅关于印发《推动新一代信息技术与制造业深度融合加快工业互联网创新发展导向目录（2021年）》的通知",
    sub_plans=["推动新一代信息技术与制造业深度融合加快工业互联网创新发展导向目录（2021年）"],
    issuers=["河北省工业和信息化厅"],
    plans_cited=["关于推动互联网与先进制造业深度融合加快发展工业互联网的实施意见",
                 "关于大力发展工业互联网平台加快推进工业化和信息化深度融合的工作方案", "工业控制系统信息安全防护指南"],
    not_cited=["推动新一代信息技术与制造业深度融合加快工业互联网创新发展导向目录（2021年）"],
    parks=[],
    technologies=[
        "新一代信息技术", "互联网", "工业互联网", "IT网络", "5G", "无线Wifi", "千兆光纤网络", "IPv6", "OT网络", "边缘计算",
        "工业以太网", "工业无源光网络", "工业无线", "时间敏感网络", "IP技术", "智能网关", "软件定义网络", "NB-IoT", "专线",
        "标识解析", "工业软件定义网络", "低功耗广域网", "云架构", "物联网", "大数据", "人工智能", "智能传感器",
        "工业控制系统", "信息物理系统", "数据中心", "计算机辅助", "过程控制", "制造执行", "企业资源计划", "工业大数据",
        "工业机理模型", "工业APP", "数字孪生", "模拟仿真", "工业微服务", "工业PaaS平台", "模块化设计", "柔性化制造",
        "仿真设计工具", "数控技术", "通信技术", "大数据挖掘", "计算机辅助设计", "MES", "工业窑炉", "工业锅炉",
        "石油化工设备", "柴油发动机", "大中型电机", "大型空压机", "风电", "光伏", "工程机械", "数控机床", "医疗设备",
        "云平台", "云数据库系统", "中间件平台", "分布式系统架构", "语音识别", "图像识别", "人脸识别", "弹性计算", "块存储",
        "对象存储", "虚拟专有云", "虚拟专有网络", "负载均衡", "应用防火墙", "数据加密保护", "能耗和污染物排放在线监测系统",
        "能源管理系统", "决策支持", "柔性制造", "防火墙", "VPN", "隔离网闸", "访问控制", "入侵防御", "IaaS基础设施",
        "工业SaaS应用", "安全接入网关", "安全智能感知", "数据标签", "签名", "区块链", "安全态势感知",
    ],
    chains=["制造业", "信用销售", "融资租赁", "供应链金融", "装备", "钢铁", "石化", "建材", "县域特色产业", "移动电商",
            "直播电商", "社交电商", "工业电子商务"],
    targets=[],
    regions=["河北省"],
    uncertain=[],
)
# 财政部、科技部、国资委, 财资〔2016〕4号 (2016-02-26), with the 暂行办法 it issues (posted by 河北省科学技术厅).
DOCS["h05_hebei_0803"] = dict(
    title="财政部科技部国资委关于印发《国有科技型企业股权和分红激励暂行办法》的通知",
    sub_plans=["国有科技型企业股权和分红激励暂行办法"],
    issuers=["财政部", "科学技术部", "国务院国有资产监督管理委员会"],
    plans_cited=["中华人民共和国促进科技成果转化法", "中华人民共和国公司法", "中华人民共和国企业国有资产法",
                 "关于印发统计上大中小微型企业划分办法的通知", "企业财务通则",
                 "财政部科技部关于印发〈中关村国家自主创新示范区企业股权和分红激励实施办法〉的通知",
                 "财政部科技部关于〈中关村国家自主创新示范区企业股权和分红激励实施办法〉的补充通知"],
    not_cited=["国有科技型企业股权和分红激励暂行办法"],
    parks=[],
    technologies=[],
    chains=[],
    targets=[],
    regions=[],
    uncertain=[],
)
# 河北省科学技术厅, 冀科成市规〔2024〕1号 (2024-07-31), issuing the revised 实施细则. The repealed 2022 细则 has the same
# title as the document itself and is not cited (README).
DOCS["h06_hebei_0943"] = dict(
    title="河北省科学技术厅关于印发《河北省科学技术奖励办法实施细则》的通知",
    sub_plans=["河北省科学技术奖励办法实施细则"],
    issuers=["河北省科学技术厅"],
    plans_cited=["河北省科学技术奖励办法"],
    not_cited=["河北省科学技术奖励办法实施细则", "奖励办法"],
    parks=[],
    technologies=[],
    chains=[],
    targets=[],
    regions=["河北省"],
    uncertain=[],
)
# 2006-02-07: the 省政府办公厅's forwarding of the 省发展改革委 opinion; the text (held twice) has no heading line; the
# opinion's title is written only in the notice's 《》 and is the title.
DOCS["h07_hebei_0185"] = dict(
    title="关于切实抓好当前发展运行工作确保工业经济持续稳定增长的意见",
    issuers=["河北省人民政府办公厅", "河北省发展和改革委员会"],
    plans_cited=[],
    not_cited=["关于切实抓好当前发展运行工作确保工业经济持续稳定增长的意见"],
    parks=["曹妃甸首钢精品钢铁基地", "天威集团大型变压器出海口基地"],
    technologies=["预测预警系统"],
    chains=["钢铁", "电力", "冶金", "建材", "化工", "煤炭", "医药", "轻工", "循环经济", "装备制造业", "建筑安装业",
            "金属制品业"],
    targets=[],
    regions=["河北省"],
    uncertain=[],
)
HB = {
    "省发展改革委": "河北省发展和改革委员会", "省民政厅": "河北省民政厅", "省文化和旅游厅": "河北省文化和旅游厅",
    "省财政厅": "河北省财政厅", "省委金融办": "中共河北省委金融委员会办公室",
    "国家金融监督管理总局河北监管局": "国家金融监督管理总局河北监管局", "各市县政府": "各市县政府",
    "雄安新区管委会": "河北雄安新区管理委员会", "省数据和政务服务局": "河北省数据和政务服务局",
    "省自然资源厅": "河北省自然资源厅", "省住房城乡建设厅": "河北省住房和城乡建设厅", "省税务局": "国家税务总局河北省税务局",
    "省国资委": "河北省人民政府国有资产监督管理委员会", "省卫生健康委": "河北省卫生健康委员会", "省商务厅": "河北省商务厅",
    "省医疗保障局": "河北省医疗保障局", "中国人民银行河北省分行": "中国人民银行河北省分行", "省教育厅": "河北省教育厅",
    "省工业和信息化厅": "河北省工业和信息化厅", "省机关事务局": "河北省机关事务管理局", "省农业农村厅": "河北省农业农村厅",
    "省人力资源社会保障厅": "河北省人力资源和社会保障厅", "省交通运输厅": "河北省交通运输厅", "省广播电视局": "河北省广播电视局",
}
H08_TASKS = [
    ("创新金融领域服务", "省发展改革委 省民政厅 省文化和旅游厅 省财政厅 省委金融办 国家金融监督管理总局河北监管局 各市县政府 雄安新区管委会"),
    ("助力地产行业转型", "省数据和政务服务局 省发展改革委 省自然资源厅 省住房城乡建设厅 省税务局 国家金融监督管理总局河北监管局"),
    ("支持闲置商业等场所转型", "省发展改革委 省国资委 省自然资源厅 省民政厅 省卫生健康委 省住房城乡建设厅 省商务厅 国家金融监督管理总局河北监管局"),
    ("丰富养老金融产品", "省医疗保障局 国家金融监督管理总局河北监管局"),
    ("推动普惠养老专项再贷款行动落地实施", "省发展改革委 省民政厅 中国人民银行河北省分行 国家金融监督管理总局河北监管局"),
    ("更好发挥河北产业投资引导基金作用", "省发展改革委"),
    ("补助养老机构建设和运营", "省民政厅 省财政厅"),
    ("支持银发经济产业项目", "省发展改革委 省教育厅 省工业和信息化厅 省财政厅 省文化和旅游厅 省卫生健康委"),
    ("降低机构置业成本", "省自然资源厅 省财政厅 省机关事务局"),
    ("保障康养项目用地", "省自然资源厅 省农业农村厅"),
    ("加强与京津三甲医院合作", "省卫生健康委 省发展改革委 省财政厅 省民政厅"),
    ("促进医养有机结合", "省卫生健康委 省发展改革委 省财政厅 省民政厅"),
    ("提升平台服务水平", "省卫生健康委 省医疗保障局"),
    ("促进“康养+文旅”融合发展", "省文化和旅游厅 省发展改革委 省财政厅"),
    ("培养康养专业人才", "省教育厅 省人力资源社会保障厅"),
    ("促进人才队伍稳定发展", "省人力资源社会保障厅 省民政厅 省财政厅"),
    ("提升职业技能水平", "省人力资源社会保障厅"),
    ("推动康养服务协同", "省民政厅 省文化和旅游厅 省发展改革委"),
    ("鼓励技术创新应用", "省工业和信息化厅 省卫生健康委 省交通运输厅"),
    ("加大品牌宣传推广", "省广播电视局 省发展改革委 省民政厅 省卫生健康委 省文化和旅游厅"),
]
def _tasks(spec, full):
    out = []
    for h, units in spec:
        w = units.split()
        out.append({"heading": h, "responsible_as_written": w, "responsible": [full[u] for u in w], "lead": []})
    return out
# the text holds the whole document twice (crawl); one task per bracket, so the 20 brackets occur twice
# 河北省人民政府办公厅, 2024-04-28: the notice issuing the 康养 measures; the text holds the whole document twice.
DOCS["h08_hebei_0139"] = dict(
    title="河北省支持康养产业发展若干措施",
    issuers=["河北省人民政府办公厅"],
    plans_cited=[],
    not_cited=["河北省支持康养产业发展若干措施"],
    tasks=_tasks(H08_TASKS, HB) + _tasks(H08_TASKS, HB),
    parks=["雄安新区"],
    technologies=["信息化管理系统", "智能化人工替代设备", "保健食品", "特殊医学用途配方食品", "低地板及低入口公交车辆"],
    chains=["康养产业", "地产行业", "养老服务", "养老金融", "养老产业", "银发经济", "民宿", "乡村旅游", "康养旅游",
            "康养服务业"],
    targets=[],
    regions=["河北省"],
    uncertain=["中共河北省委金融委员会办公室"],
)
# 数字商务三年行动计划（2024—2026年） (商务部, 2024): no title line, no issuer in the text; the text writes 到3134年底.
DOCS["h09_xlsx_0005"] = dict(
    title="",
    issuers=[],
    plans_cited=["对外投资合作国别（地区）指南", "全面与进步跨太平洋伙伴关系协定", "数字经济伙伴关系协定",
                 "数字经济和绿色发展国际经贸合作框架协议"],
    not_cited=[],
    parks=["粤港澳大湾区全球贸易数字化领航区", "上海“丝路电商”合作先行区"],
    technologies=["商务大数据", "智能仓配", "无人物流设备", "标准托盘", "周转箱", "电子贸易单据", "云计算", "移动支付"],
    chains=["数字经济产业链", "数字商务", "网络零售", "跨境电商", "数字贸易", "商贸服务业", "农村电商", "农村直播电商",
            "农产品产业链", "快递物流", "跨境电商零售进口行业", "电子商务", "商贸流通", "外贸", "服务贸易", "对外文化贸易",
            "数字文化贸易", "数字产业", "电信", "传统产业", "智慧物流", "移动支付"],
    targets=[
        {"year": 3134, "metric": "网络零售规模全球排名", "value": "第一", "unit": "", "qualifier": "保持"},
    ],
    regions=["上海市"],
    uncertain=[],
)
# 国家医疗保障局, 2022-03-30: notice (title not in the text) and the 办法 whose heading is in the text.
DOCS["h10_xlsx_0053"] = dict(
    title="医疗保障基金智能审核和监控知识库、规则库管理办法（试行）",
    issuers=["国家医疗保障局"],
    plans_cited=["中华人民共和国社会保险法", "中华人民共和国基本医疗卫生与健康促进法", "医疗保障基金使用监督管理条例"],
    not_cited=["医疗保障基金智能审核和监控知识库、规则库管理办法（试行）"],
    parks=[],
    technologies=["大数据"],
    chains=[],
    targets=[],
    regions=[],
    uncertain=[],
)
# 自然资源部, 2023: no heading line; the title is the 《》 of the foreword (自然资源部组织编制了《…》).
DOCS["h11_xlsx_0031"] = dict(
    title="智能汽车基础地图标准体系建设指南（2023版）",
    issuers=["自然资源部"],
    plans_cited=["中华人民共和国测绘法", "国务院关于开展营商环境创新试点工作的意见", "智能汽车创新发展战略",
                 "关于促进智能网联汽车发展维护测绘地理信息安全的通知", "测绘地理信息管理工作国家秘密范围规定",
                 "标准体系构建原则和要求"],
    not_cited=["智能汽车基础地图标准体系建设指南（2023版）", "建设指南"],
    parks=[],
    technologies=["智能汽车基础地图", "车载单元", "路侧单元", "云平台", "车路云协同", "汽车驾驶自动化", "时空基准",
                  "坐标转换", "地图编制", "导航定位", "智能终端", "感知融合", "传感器设备"],
    chains=["地理信息", "汽车", "信息通信", "电子", "交通运输", "信息安全", "密码", "智能汽车产业", "智慧交通", "安全出行",
            "新型智慧城市"],
    targets=[
        {"year": 2025, "metric": "制定智能汽车基础地图重点标准", "value": "10", "unit": "项", "qualifier": "以上"},
        {"year": 2030, "metric": "制定智能汽车基础地图标准", "value": "20", "unit": "项", "qualifier": "以上"},
    ],
    regions=[],
    uncertain=[],
)
# “十四五”智能制造发展规划 (2021-12; PDF text with hard line breaks; names no issuer). Strictly verbatim mentions.
DOCS["h12_xlsx_0054"] = dict(
    title="“十四五”智能制造发展规划",
    issuers=[],
    plans_cited=["中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要", "国家智能制造标准体系建设指南"],
    not_cited=[],
    parks=[],  # 智能制造先行区 is broken by a line end (README)
    technologies=[
        "智能制造", "智能制造装备", "新一代信息技术", "先进制造技术", "设计仿真", "混合建模", "协同优化", "增材制造",
        "超精密加工", "智能感知", "人机协作", "供应链协同", "人工智能", "5G", "大数据", "边缘计算", "数据字典", "信息模型",
        "生产过程通用数据集成", "业务互联技术", "跨企业多源信息交互", "智能制造系统规划设计", "分析优化", "工业母机",
        "数字孪生", "工业智能", "产品优化设计与全流程仿真", "近净成形", "分子级物性表征", "基于人机协作的生产过程优化",
        "质量在线精密检测", "预测性维护", "复杂环境动态生产计划与调度", "生产全流程智能决策", "可复用数据集成技术",
        "企业信息交互技术", "公有云", "边云协同", "云化部署", "复杂系统建模技术", "价值流分析和优化技术", "智能制造系统",
        "泛在感知", "区块链", "虚拟现实", "增强现实", "混合现实", "模块化生产单元", "企业通信网络",
        "主动安全防护系统", "自动化装配线", "智能检测设备", "智能物流配送系统", "生产经营决策系统", "大型制造设备健康监测",
        "专用机器人", "微纳位移传感器", "柔性触觉传感器", "高分辨率视觉传感器", "先进控制器", "高精度伺服驱动系统",
        "高性能高可靠减速器", "工业现场定位设备", "智能数控系统", "智能立/卧式五轴加工中心", "车铣复合加工中心",
        "高精度数控磨床", "智能焊接机器人", "智能移动机器人", "半导体（洁净）机器人", "激光/电子束高效选区熔化装备",
        "激光选区烧结成形装备", "超快激光", "先进激光加工装备", "高端分布式控制系统", "监视控制和数据采集系统",
        "工业控制装备", "数字化非接触精密测量", "在线无损检测", "激光跟踪测量", "智能检测装备", "智能多层多向穿梭车",
        "智能大型立体仓库", "智能物流装备", "高效加工与近净成形成套装备", "航空航天智能装配装备", "激光焊接成套装备",
        "高精度智能化热/冷连轧成套装备", "智能化乙烯成套装备", "新型干法水泥全流程智能化生产线",
        "连续式针织物/纯涤纶织物印染成套装备", "无菌原料药智能成套装备", "极大规模集成电路制造成套装备",
        "虚拟现实/增强现实", "北斗", "卫星互联网", "智能工控系统", "协作机器人", "自适应机器人", "工业软件",
        "嵌入式工业软件", "计算机辅助设计", "计算机辅助工程", "计算机辅助制造", "流程工艺仿真", "产品数据管理",
        "制造执行系统", "高级计划排程系统", "能源管理系统", "故障预测与健康管理软件", "运维综合保障管理", "安全管理系统",
        "环境和碳排放管理系统", "企业资源计划系统", "供应链管理系统", "客户关系管理", "人力资源管理", "质量管理系统",
        "工业操作系统", "工业控制软件", "组态编程软件", "全流程一体化优化软件", "综合管控平台软件", "工业 APP", "云化软件",
        "云原生软件", "工业互联网", "物联网", "工业数据中心", "智能计算中心", "密码技术", "网络安全技术",
    ],
    chains=["制造业", "数字经济", "汽车", "工程机械", "轨道交通装备", "航空航天装备", "船舶", "海洋工程装备", "电力装备",
            "医疗装备", "家用电器", "集成电路", "装备制造", "电子信息", "原材料", "消费品", "装备", "软件", "智能制造新兴产业",
            "纺织", "石化", "建材", "航空", "食品", "钢铁", "有色金属", "新能源"],
    targets=[
        {"year": 2025, "metric": "规模以上制造业企业基本实现数字化网络化的比例", "value": "70", "unit": "%"},
        {"year": 2025, "metric": "建成引领行业发展的智能制造示范工厂", "value": "500", "unit": "个", "qualifier": "以上"},
        {"year": 2025, "metric": "智能制造装备市场满足率", "value": "70", "unit": "%", "qualifier": "超过"},
        {"year": 2025, "metric": "工业软件市场满足率", "value": "50", "unit": "%", "qualifier": "超过"},
        {"year": 2025, "metric": "培育智能制造系统解决方案供应商", "value": "150", "unit": "家", "qualifier": "以上"},
        {"year": 2025, "metric": "完成国家、行业标准的制修订", "value": "200", "unit": "项", "qualifier": "以上"},
        {"year": 2025, "metric": "建成具有行业和区域影响力的工业互联网平台", "value": "120", "unit": "个", "qualifier": "以上"},
    ],
    regions=[],
    uncertain=[],
)


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
    tasks = d.get("tasks", [])
    brackets = cg.responsibility_brackets(stem, text)
    assert len(brackets) == len(tasks), f"{stem}: {len(brackets)} brackets but {len(tasks)} tasks"
    for (pos, inner), t in zip(brackets, tasks):
        units, leads = cg.units_of(inner)
        assert units == t["responsible_as_written"], (stem, inner, units, t)
        assert leads == [] and t["lead"] == [], (stem, inner, leads)
        h, _ = cg.heading_before(text, pos)
        assert h == t["heading"], (stem, h, t["heading"])
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
    for stem, d in DOCS.items():
        build(stem, d)
