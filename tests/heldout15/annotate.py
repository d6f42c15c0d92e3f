"""The hand annotations of heldout15, written as data, and the script that writes gold/*.json from them.

Everything here was decided by the annotator from reading each text in full (README.md, "How it was made"):
titles, sub-plans, issuers, cited plans, the responsibility brackets and the full official name of every unit at
the document's date, parks, technologies, chains, targets, regions, agency groups and uncertain names.

Only h02 has responsibility brackets (45). Its tasks are written below as (heading, units as written) with a
hand-made table of full names (H02_FULL); build() checks them against check_gold.py's own splitter and fails
loudly on any difference, and on any bracket in the other eleven texts. The cited titles of every text were
listed by hand and compared with a plain re.findall over 《…》 (assert in build(), with the exclusions written per
text).

The mention lists (parks, technologies, chains) are written below in reading order and put into order of first
occurrence in the text by `first_occurrence` (the position of the string's first occurrence anywhere in the text).

Usage (once, before the freeze): python3 tests/heldout15/annotate.py
"""
import json
import re
from pathlib import Path

import check_gold as cg

HERE = Path(__file__).resolve().parent

# h02 (2023-03-22): the bracket units as written -> full official names at the date.
H02_FULL = {
    "省发展改革委": "河北省发展和改革委员会",
    "省科技厅": "河北省科学技术厅",
    "省工业和信息化厅": "河北省工业和信息化厅",
    "省商务厅": "河北省商务厅",
    "省应急管理厅": "河北省应急管理厅",
    "省生态环境厅": "河北省生态环境厅",
    "省市场监督管理局": "河北省市场监督管理局",
    "省国资委": "河北省人民政府国有资产监督管理委员会",
    "省交通运输厅": "河北省交通运输厅",
    "省财政厅": "河北省财政厅",
    "国家税务总局河北省税务局": "国家税务总局河北省税务局",
    "省住房和城乡建设厅": "河北省住房和城乡建设厅",
    "河北海事局": "中华人民共和国河北海事局",
    "省邮政管理局": "河北省邮政管理局",
    "省统计局": "河北省统计局",
    "省水利厅": "河北省水利厅",
    "人行石家庄中心支行": "中国人民银行石家庄中心支行",
    "河北银保监局": "中国银行保险监督管理委员会河北监管局",
    "河北证监局": "中国证券监督管理委员会河北监管局",
    "省地方金融监管局": "河北省地方金融监督管理局",
    "省林业和草原局": "河北省林业和草原局",
    "省教育厅": "河北省教育厅",
    "省广播电视局": "河北省广播电视局",
    "雄安新区管委会": "河北雄安新区管理委员会",
    # collective units, unchanged
    "省碳达峰碳中和工作领导小组办公室成员单位": "省碳达峰碳中和工作领导小组办公室成员单位",
    "各市（含定州、辛集市）人民政府": "各市（含定州、辛集市）人民政府",
}

# h02: (heading, units as written, joined by 、), in document order. No bracket marks a lead.
H02_TASKS = [
    ("构建绿色低碳产业布局", "省发展改革委、省科技厅、省工业和信息化厅、省商务厅、省应急管理厅"),
    ("坚决遏制盲目无序发展", "省发展改革委、省工业和信息化厅、省生态环境厅、省应急管理厅、省市场监督管理局"),
    ("优化重点行业产能规模", "省发展改革委、省工业和信息化厅、省生态环境厅、省应急管理厅、省市场监督管理局"),
    ("推动产业低碳协同示范", "省发展改革委、省工业和信息化厅、省国资委"),
    ("培育发展绿色新兴产业", "省发展改革委、省科技厅、省工业和信息化厅、省生态环境厅"),
    ("优化工业用能结构", "省发展改革委、省工业和信息化厅、省生态环境厅、省商务厅"),
    ("推动工业用能电气化", "省发展改革委、省工业和信息化厅、省生态环境厅、省商务厅"),
    ("加快工业绿色微电网建设", "省发展改革委、省工业和信息化厅、省生态环境厅、省商务厅"),
    ("提升重点用能设备能效", "省发展改革委、省工业和信息化厅、省市场监督管理局"),
    ("强化工业节能管理", "省发展改革委、省工业和信息化厅"),
    ("实施工业节能诊断服务", "省发展改革委、省工业和信息化厅、省市场监督管理局"),
    ("创建一批绿色低碳工厂", "省工业和信息化厅、省生态环境厅、省市场监督管理局"),
    ("构建一批绿色低碳供应链",
     "省发展改革委、省工业和信息化厅、省生态环境厅、省交通运输厅、省商务厅、省国资委、省市场监督管理局"),
    ("打造一批绿色低碳工业园区", "省发展改革委、省工业和信息化厅、省生态环境厅、省商务厅"),
    ("促进中小企业绿色低碳发展", "省工业和信息化厅、省生态环境厅"),
    ("全面提升清洁生产水平", "省发展改革委、省工业和信息化厅、省生态环境厅"),
    ("推动低碳原料替代", "省发展改革委、省工业和信息化厅、省生态环境厅、省商务厅、省市场监督管理局"),
    ("加强再生资源循环利用", "省发展改革委、省科技厅、省工业和信息化厅、省生态环境厅、省商务厅、省市场监督管理局"),
    ("推进工业固废综合利用", "省发展改革委、省科技厅、省工业和信息化厅、省财政厅、省生态环境厅、省商务厅、"
                           "省市场监督管理局、国家税务总局河北省税务局"),
    ("加快再制造产业发展", "省发展改革委、省工业和信息化厅、省商务厅"),
    ("推动绿色低碳技术创新", "省发展改革委、省科技厅、省工业和信息化厅、省生态环境厅"),
    ("推广应用绿色低碳技术", "省发展改革委、省科技厅、省工业和信息化厅、省生态环境厅"),
    ("开展重点行业升级改造示范", "省发展改革委、省科技厅、省工业和信息化厅、省生态环境厅、省国资委"),
    ("钢铁", "省发展改革委、省科技厅、省工业和信息化厅、省生态环境厅、省国资委、省市场监督管理局"),
    ("建材", "省发展改革委、省科技厅、省工业和信息化厅、省生态环境厅、省市场监督管理局"),
    ("石化化工", "省发展改革委、省科技厅、省工业和信息化厅、省生态环境厅、省市场监督管理局"),
    ("消费品", "省发展改革委、省科技厅、省工业和信息化厅、省生态环境厅"),
    ("装备制造", "省发展改革委、省科技厅、省工业和信息化厅、省生态环境厅"),
    ("电子", "省发展改革委、省科技厅、省工业和信息化厅、省生态环境厅"),
    ("构建绿色低碳产品开发推广机制", "省工业和信息化厅、省生态环境厅"),
    ("加大能源生产领域绿色低碳产品供给", "省发展改革委、省工业和信息化厅"),
    ("加大交通运输领域绿色低碳产品供给",
     "省发展改革委、省工业和信息化厅、省住房和城乡建设厅、省交通运输厅、省市场监督管理局、河北海事局、省邮政管理局"),
    ("加大城乡建设领域绿色低碳产品供给", "省发展改革委、省工业和信息化厅、省生态环境厅、省住房和城乡建设厅、省市场监督管理局"),
    ("推动数字赋能绿色制造", "省发展改革委、省科技厅、省工业和信息化厅"),
    ("建立数字化碳管理体系", "省发展改革委、省工业和信息化厅、省生态环境厅、省市场监督管理局、省统计局"),
    ("实施“工业互联网+绿色低碳”", "省发展改革委、省工业和信息化厅"),
    ("强化标准支撑", "省发展改革委、省工业和信息化厅、省生态环境厅、省市场监督管理局"),
    ("深化财税扶持", "省发展改革委、省科技厅、省工业和信息化厅、省财政厅、省生态环境厅、省水利厅、国家税务总局河北省税务局"),
    ("完善市场机制", "省发展改革委、省工业和信息化厅、省生态环境厅、省市场监督管理局"),
    ("发展绿色金融", "省发展改革委、省工业和信息化厅、省财政厅、省生态环境厅、人行石家庄中心支行、河北银保监局、"
                   "河北证监局、省地方金融监管局"),
    ("推进降碳产品价值转化", "省发展改革委、省工业和信息化厅、省生态环境厅、省交通运输厅、省林业和草原局"),
    ("强化开放合作", "省发展改革委、省科技厅、省工业和信息化厅、省生态环境厅、省商务厅"),
    ("加强统筹协调", "省碳达峰碳中和工作领导小组办公室成员单位"),
    ("强化责任落实", "省碳达峰碳中和工作领导小组办公室成员单位|各市（含定州、辛集市）人民政府|雄安新区管委会"),
    ("营造浓厚氛围", "省发展改革委、省教育厅、省工业和信息化厅、省生态环境厅、省国资委、省市场监督管理局、省广播电视局"),
]


def h02_tasks():
    out = []
    for heading, units in H02_TASKS:
        toks = units.split("|") if "|" in units else units.split("、")
        out.append({"heading": heading, "responsible_as_written": toks,
                    "responsible": [H02_FULL[t] for t in toks], "lead": []})
    return out


DOCS = {
    # 河北省工业和信息化厅 政务公开工作要点 (manifest date 2018-07-20): a flattened table (责任单位 | 要点 | 时限 | 载体).
    # No title line, no issuer, never writes 河北; the divisions are not brackets.
    "h01_hebei_0035": dict(
        title="",
        issuers=[],
        plans_cited=[],
        not_cited=[],
        parks=["新型工业化示范基地"],
        technologies=["工业锅炉", "新能源汽车", "云计算", "大数据", "物联网"],
        chains=[
            "工业设计", "钢铁", "水泥", "玻璃", "新材料产业", "装备制造", "轻工", "食品工业", "纺织", "医药行业",
            "乳制品", "葡萄酒", "浓缩果蔬汁", "电子信息产业", "光伏", "软件与信息服务业",
        ],
        targets=[],
        regions=[],
        uncertain=[],
    ),
    # 河北省工业和信息化厅, 河北省发展和改革委员会, 河北省生态环境厅, 2023-03-22, 冀工信节函〔2023〕133号. The notice's
    # own title is not in the text; the 实施方案's heading is.
    "h02_hebei_0006": dict(
        title="河北省工业领域碳达峰实施方案",
        issuers=["河北省工业和信息化厅", "河北省发展和改革委员会", "河北省生态环境厅"],
        plans_cited=["关于完整准确全面贯彻新发展理念认真做好碳达峰碳中和工作的实施意见", "河北省碳达峰实施方案",
                     "工业领域碳达峰实施方案", "国家产业结构调整指导目录"],
        not_cited=["河北省工业领域碳达峰实施方案"],
        tasks="h02",
        parks=[
            "雄安新区", "国家工业资源综合利用基地", "河间京津冀国家再制造产业示范基地", "迁西机电再制造产业园",
            "曹妃甸工业区",
        ],
        technologies=[
            "新一代信息技术", "煤气热电多联供", "钢焦化多联产", "炼化一体化",
            # 5. 培育发展绿色新兴产业: product, equipment, material and storage items
            "生物酿造食品", "生物食品添加剂和配料", "生物健康食品", "生物技术药物", "高端化学药", "优质中药", "生物能源",
            "生物基新材料", "高效光伏设备", "先进风电设备", "智能电网装备", "高效储能装备", "氢能装备", "先进金属材料",
            "碳基新材料", "电子信息材料", "高性能复合材料", "新型功能材料", "绿色化工新材料", "前沿新材料", "电化学储能",
            "压缩空气储能", "飞轮储能", "储氢", "储热", "动力电池", "氢能重卡", "氢能商务车",
            # (二) 加大节能降碳力度
            "煤炭分质分级高效清洁利用", "氢能", "电锅炉", "电窑炉", "电加热", "高温热泵", "大功率电热储能锅炉",
            "低温吸收式制冷机", "工业绿色微电网", "分布式光伏", "分散式风电", "多元储能", "高效热泵", "余热余压利用",
            "智慧能源管控", "可再生能源", "新型储能", "变压器", "电机", "工业窑炉", "锅炉", "压缩机", "风机", "泵",
            "稀土永磁无铁芯电机", "特大功率高压变频变压器", "三角形立体卷铁芯结构变压器", "可控热管式节能热处理炉",
            "变频无极变速风机", "磁悬浮离心风机",
            # (四) 循环经济
            "高固废掺量的低碳水泥生产技术", "水泥窑协同处置", "可再生能源制备氢", "梯次利用", "再生利用",
            "固废机制砂石骨料", "预制混凝土结构件", "全固废胶凝材料", "全固废绿色混凝土",
            # 4. 加快再制造产业发展: the remanufactured products named as the industry's focus (as h11)
            "汽车零部件", "工程机械", "机床", "文办设备", "通讯设备", "盾构机", "稀土永磁电机", "增材制造", "柔性成型",
            "特种材料", "无损检测",
            # (五) 低碳技术变革
            "氢冶金", "高效储能", "能源电子", "碳捕集利用封存", "温和条件二氧化碳资源化利用", "工业低温废热能源化再生利用",
            "低碳原料替代", "短流程制造", "生产工艺深度脱碳", "原燃料替代", "二氧化碳回收与循环利用",
            # 三、(一) 重点行业达峰行动
            "先进电炉短流程", "低碳炼铁技术", "电炉炼钢", "富氢碳循环高炉冶炼", "氢基竖炉直接还原铁",
            "全氧", "富氧", "电熔", "水泥高效篦冷机", "高效节能粉磨", "低阻旋风预热器", "浮法玻璃一窑多线", "陶瓷干法制粉",
            "玻璃熔窑窑外预热", "窑炉氢能煅烧", "窑炉碳捕集利用封存技术",
            "原油直接裂解制乙烯", "新一代离子膜电解槽", "可再生能源制取高值化学品技术",
            "生物质替代化石能源技术", "低能耗蒸煮", "氧脱木素", "宽压区压榨", "污泥余热干燥", "化学纤维智能化高效柔性制备技术",
            "低能耗印染装备", "低温印染", "小浴比染色", "针织物连续印染", "差别化高品质绿色纤维", "短流程印染低能耗技术",
            "先进铸造", "锻压", "焊接", "热处理", "抗疲劳制造", "轻量化制造", "一体化压铸成形", "无模铸造", "超高强钢热成形",
            "精密冷锻", "异质材料焊接", "轻质高强合金轻量化", "激光热处理",
            "电子材料", "元器件", "电子整机产品", "单晶硅", "电极箔", "磁性材料", "锂电材料", "电子陶瓷", "电子玻璃", "光纤",
            "光纤预制棒", "先进拉晶技术", "节能光纤预制及拉丝技术", "印制电路板清洁生产技术", "连续拉晶技术",
            # (二) 绿色低碳产品供给提升行动
            "光伏", "先进太阳能电池", "智能光伏", "陆上风电机组", "大功率固定式海上风电机组", "漂浮式海上风电机组",
            "高空风电机组", "变流器", "主轴承", "联轴器", "电控系统",
            "新能源汽车", "整车集成技术", "电动重卡", "氢燃料汽车", "充电桩", "绿色智能船舶", "船用混合动力", "LNG动力",
            "电池动力", "氨燃料", "氢燃料", "电动飞机", "新能源航空器",
            "绿色建材", "节能玻璃", "新型隔热保温材料", "新型墙体材料", "高效节能空调", "照明", "电梯", "太阳能", "地热能",
            "空气热能", "生物质能",
            # (三) 数字赋能
            "大数据", "第五代移动通信", "工业互联网", "云计算", "人工智能", "数字孪生", "智能制造", "柔性生产", "工业大数据",
            "工业APP", "绿色数据中心",
        ],
        chains=[
            "制造业", "绿色低碳产业", "石化", "重化工业", "钢铁产业", "水泥", "平板玻璃", "焦化", "化工产业",
            "先进制造业集群", "县域特色产业集群", "石化化工", "建材", "纺织行业",
            "新一代信息技术产业", "生物技术产业", "新能源产业", "新材料产业", "储能产业", "新能源汽车产业", "节能环保产业",
            "绿色新兴产业", "新型显示", "集成电路", "现代通信", "人工智能", "大数据", "物联网", "软件和信息技术服务",
            "卫星导航", "生物环保", "电动汽车整车制造", "高效节能节水", "大气污染防治", "水污染治理", "土壤修复",
            "固体废弃物处理处置", "资源循环利用",
            "氢能", "园区集中供热", "能源供应中枢", "玻璃", "陶瓷", "汽车", "机械", "电子", "通信", "家具", "印染", "造纸行业",
            "化学原料药", "循环经济", "煤化工", "合成氨", "甲醇", "生物质化工", "废钢", "废塑料", "废轮胎", "废旧动力蓄电池",
            "废纸", "再生资源精深加工产业链条", "工业资源综合利用产业", "工业固体废物资源综合利用产业", "再制造产业",
            "轻工", "医药", "消费品", "装备制造", "电力装备", "石化通用装备", "重型机械", "船舶", "航空", "锂电材料", "光纤行业",
            "风电装备产业链", "民机", "轨道交通", "航空航天", "绿色金融", "绿色制造产业", "绿色产业",
        ],
        targets=[
            {"year": 2025, "metric": "规模以上工业单位增加值能耗", "value": "16.5", "unit": "%",
             "qualifier": "较2020年下降……以上"},
        ],
        regions=["河北省", "承德市", "唐山市", "河间市", "迁西县", "曹妃甸区"],
        agency_groups=[dict(name="省碳达峰碳中和工作领导小组", members_as_written=[], members=[])],
        uncertain=[],
    ),
    # 河北省工业和信息化厅, 2021-09-13. The notice's own title is in the text; it issues the 申报指南.
    "h03_hebei_0041": dict(
        title="河北省工业和信息化厅关于印发《2021年河北省奖励知名工业设计奖获奖项目申报指南》的通知",
        sub_plans=["2021年河北省奖励知名工业设计奖获奖项目申报指南"],
        issuers=["河北省工业和信息化厅"],
        plans_cited=["关于支持工业设计发展的若干政策措施", "河北省工业设计发展专项规划", "河北省工业设计2021年工作要点",
                     "河北省奖励知名工业设计奖获奖项目操作规程（试行）"],
        not_cited=["2021年河北省奖励知名工业设计奖获奖项目申报指南", "2021年河北省奖励知名工业设计奖获奖项目申报书"],
        parks=["雄安新区"],
        technologies=[],
        chains=["工业设计"],
        targets=[],
        regions=["河北省"],
        agency_groups=[dict(name="省工业设计发展工作领导小组", members_as_written=[], members=[])],
        uncertain=[],
    ),
    # 河北省科学技术普及条例, a 地方性法规 adopted 1995-11-15 by 河北省第八届人民代表大会常务委员会第十七次会议.
    "h04_hebei_0130": dict(
        title="河北省科学技术普及条例",
        issuers=["河北省人民代表大会常务委员会"],
        plans_cited=["中华人民共和国宪法"],
        not_cited=[],
        parks=[],
        technologies=[],
        chains=[],
        targets=[],
        regions=["河北省"],
        agency_groups=[dict(name="科普工作联席会议",
                            members_as_written=["省科学技术行政主管部门", "有关部门", "人民团体"],
                            members=["河北省科学技术委员会", "有关部门", "人民团体"])],
        uncertain=[],
    ),
    # 国务院办公厅, 国办发〔2017〕7号, 2017-01-19. Title broken by the crawl's 　　.
    "h05_hebei_0788": dict(
        title="国务院办公厅关于促进开发区改革和创新发展的若干意见",
        issuers=["国务院办公厅"],
        plans_cited=["中共中央国务院关于构建开放型经济新体制的若干意见"],
        not_cited=[],
        parks=["国家自主创新示范区", "国家高（新）技术产业（化）基地", "国家新型工业化产业示范基地"],
        technologies=[],
        chains=[
            "制造业", "高新技术产业", "生产性服务业", "先进制造业", "战略性新兴产业", "加工贸易", "传统制造业", "高端装备",
            "机器人", "新一代信息技术", "生物技术", "新能源", "新材料", "数字创意", "服务型制造", "研发设计", "科技咨询",
            "第三方物流", "知识产权服务", "检验检测认证", "融资租赁", "人力资源服务", "生活性服务业",
        ],
        targets=[],
        regions=[],
        uncertain=[],
    ),
    # 科学技术部, 财政部, 国家税务总局, 国科发政〔2017〕115号, 2017-05-03. The notice's own title is in the text.
    "h06_hebei_0793": dict(
        title="科技部财政部国家税务总局关于印发《科技型中小企业评价办法》的通知",
        sub_plans=["科技型中小企业评价办法"],
        issuers=["科学技术部", "财政部", "国家税务总局"],
        plans_cited=["国家创新驱动发展战略纲要", "深化科技体制改革实施方案", "关于完善研究开发费用税前加计扣除政策的通知"],
        not_cited=["科技型中小企业评价办法", "科技型中小企业信息表"],
        parks=[],
        technologies=[],
        chains=[],
        targets=[],
        regions=[],
        uncertain=[],
    ),
    # 河北省人力资源和社会保障厅, 2023-04-12. The notice's own title is not in the text; the 实施方案's heading is.
    "h07_hebei_0446": dict(
        title="河北省数字经济领域技术技能人才培育项目实施方案",
        issuers=["河北省人力资源和社会保障厅"],
        plans_cited=["专业技术人才知识更新工程数字技术工程师培育项目实施办法", "关于稳步推进数字技术工程师培育项目实施工作的函"],
        not_cited=["河北省数字经济领域技术技能人才培育项目实施方案"],
        parks=[],
        technologies=["智能制造", "区块链", "大数据", "人工智能"],
        chains=["数字经济"],
        targets=[],
        regions=["河北省"],
        uncertain=[],
    ),
    # 河北省人力资源和社会保障厅 and 河北省工业和信息化厅, 冀人社字〔2024〕103号, 2024-06-18. No title line.
    "h08_hebei_0218": dict(
        title="",
        issuers=["河北省人力资源和社会保障厅", "河北省工业和信息化厅"],
        plans_cited=["关于实施先进制造业促就业行动的通知"],
        not_cited=[],
        parks=[],
        technologies=["大数据", "智能制造", "区块链", "人工智能", "工业互联网"],
        chains=["先进制造业"],
        targets=[],
        regions=["河北省"],
        uncertain=[],
    ),
    # 关于加快场景创新以人工智能高水平应用促进经济高质量发展的指导意见 (manifest 2022-07-29): no title line, no issuer.
    "h09_xlsx_0043": dict(
        title="",
        issuers=[],
        plans_cited=["中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要", "新一代人工智能发展规划"],
        not_cited=[],
        parks=["国家新一代人工智能创新发展试验区", "国家人工智能创新应用先导区", "国家自主创新示范区"],
        technologies=[
            "人工智能", "算力", "工业大脑", "机器人协助制造", "机器视觉工业检测", "设备互联管理", "农机卫星导航自动驾驶作业",
            "农业地理信息引擎", "智能农场", "无人机植保", "农业生产物联监测", "机器人分流分拣", "智能立体仓储", "追溯终端",
            "大数据金融风控", "智能反欺诈", "家庭智慧互联", "建筑智能监测", "自动驾驶", "智能航运技术", "智能配送",
            "货车编队行驶", "船舶自主航行", "城市大脑", "城市物联感知", "交通大脑", "智慧道路", "智慧停车", "智慧港口",
            "智慧航道", "环境智能监测", "无人机器自主巡检", "无人配送", "医疗影像智能辅助诊断", "临床诊疗辅助决策支持",
            "医用机器人", "虚拟仿真实训", "居家智能监测", "智能可穿戴设备", "算法", "区块链", "隐私计算",
        ],
        chains=["智能经济"],
        targets=[],
        regions=[],
        uncertain=[],
    ),
    # 数字经济促进共同富裕实施方案 (manifest 2023-12-23): no title line, no issuer.
    "h10_xlsx_0015": dict(
        title="",
        issuers=[],
        plans_cited=[],
        not_cited=[],
        parks=["国家数字经济创新发展试验区", "共同富裕示范区", "数字乡村引领区"],
        technologies=[
            "全国一体化算力网", "算网融合", "算力", "智能制造", "工业互联网", "智能工厂", "智慧广电", "智能化农业技术装备",
            "互联网", "助行", "助餐", "助穿", "如厕", "助浴", "感知类老年人用品",
        ],
        chains=[
            "数字经济", "制造业", "数字文化产业", "智慧旅游", "智慧农业", "直播电商", "休闲农业", "创意农业", "森林康养",
            "数字普惠金融",
        ],
        targets=[],
        regions=[],
        agency_groups=[dict(name="数字经济发展部际联席会议", members_as_written=[], members=[])],
        uncertain=[],
    ),
    # 高端智能再制造行动计划（2018－2020年） (manifest 2017-11-09): no title line, no issuer named as such.
    "h11_xlsx_0111": dict(
        title="",
        issuers=[],
        plans_cited=["中国制造2025", "工业绿色发展规划（2016－2020年）", "绿色制造工程实施指南（2016－2020年）"],
        not_cited=[],
        parks=["国家自由贸易试验区"],
        technologies=[
            "再制造", "激光熔覆", "3D打印", "深度自动化无损拆解", "柔性智能成形加工", "智能无损检测评估", "盾构机",
            "航空发动机", "燃气轮机", "医疗影像设备", "重型机床", "油气田装备", "增材制造", "特种材料", "智能加工", "无损检测",
            "拆解", "检测", "成形加工", "智能检测", "绿色再制造设计", "内燃机整机", "工业机器人", "大型港口机械",
            "计算机服务器", "压气机转子叶片", "定向柱晶涡轮转子和静子叶片", "定向单晶涡轮转子和静子叶片",
            "定向金属间化合物涡轮静子叶片", "大型薄壁机匣", "CT", "PET-CT", "CT球管", "高压发生器", "高转速液态金属轴承",
            "CT滑环", "数字化探测模组", "再制造智能设计与分析", "智能损伤检测", "寿命评估", "质量性能检测", "智能运行监测",
            "智能拆解", "绿色清洗", "先进表面工程", "增材制造成形", "智能再制造加工", "再制造旧件损伤智能检测与寿命评估设备",
            "智能传感技术", "再制造产品结构健康与服役安全智能监测设备", "再制造旧件损伤三维反求系统", "等离子", "激光",
            "电弧", "复合能束能场自动化柔性再制造成形加工装备", "办公成像设备", "远程监测", "刀盘", "主驱动变速箱",
            "中心回转装置", "减速机", "高端液压件", "螺旋输送机", "电子束", "新一代信息化技术", "运行状态监控", "远程诊断",
            "增材制造装备",
        ],
        chains=["高端再制造", "智能再制造", "再制造产业", "高端智能再制造产业", "盾构机再制造产业链"],
        targets=[
            {"year": 2020, "metric": "发布高端智能再制造管理、技术、装备及评价等标准", "value": "50", "unit": "项"},
            {"year": 2020, "metric": "推动建立高端智能再制造示范企业、技术研发中心、服务企业、信息服务平台、产业集聚区等",
             "value": "100", "unit": "家"},
            {"year": 2020, "metric": "再制造产业规模", "value": "2000", "unit": "亿元", "qualifier": "达到"},
        ],
        regions=[],
        uncertain=[],
    ),
    # 国务院关于加强数字政府建设的指导意见 (国务院, 2022-06-06 in the signature): no title line.
    "h12_xlsx_0049": dict(
        title="",
        issuers=["国务院"],
        plans_cited=[],
        not_cited=[],
        parks=[],
        technologies=[
            "大数据", "物联感知", "主动监测", "智能感知", "威胁预测", "网络安全态势感知", "政务云", "骨干网", "电子政务外网",
            "城市信息模型", "数字孪生",
        ],
        chains=["数字经济", "传统产业", "新兴产业", "数据服务产业"],
        targets=[],
        regions=[],
        agency_groups=[
            dict(name="数字政府建设工作领导小组", members_as_written=[], members=[],
                 office_as_written="国务院办公厅", office="国务院办公厅"),
            dict(name="政务数据共享协调机制", members_as_written=[], members=[]),
        ],
        uncertain=[],
    ),
}


def first_occurrence(items, text, key, stem):
    for s in items:
        assert s in text, f"{stem} {key}: not verbatim: {s}"
    assert len(items) == len(set(items)), f"{stem} {key}: duplicates {[s for s in items if items.count(s) > 1]}"
    return sorted(items, key=lambda s: text.index(s))


def regions_in_order(regions, nows, stem):
    """Regions in order of first occurrence; a region written without its 省/市/县/区 is found by its stem."""
    def pos(r):
        for s in (r, r[:-1]):
            if s and s in nows:
                return nows.index(s)
        raise AssertionError(f"{stem} region not in text: {r}")
    return sorted(regions, key=pos)


def build(stem, d):
    text = cg.T2S.convert((HERE / "texts" / f"{stem}.txt").read_text(encoding="utf-8"))
    nows = re.sub(r"\s+", "", text)
    found = []
    for a, b in re.findall(r"《([^》]+)》|«([^»]+)»", text):
        q = re.sub(r"\s+", "", a or b)
        if q not in found and q not in d["not_cited"]:
            found.append(q)
    assert found == d["plans_cited"], (stem, found, d["plans_cited"])
    brackets = cg.responsibility_brackets(stem, text)
    if d.get("tasks") == "h02":
        tasks = h02_tasks()
        assert len(brackets) == len(tasks), (stem, len(brackets), len(tasks))
        for (pos, inner), t in zip(brackets, tasks):
            units, leads = cg.units_of(inner)
            assert units == t["responsible_as_written"], (stem, t["heading"], units)
            assert leads == [], (stem, t["heading"], leads)
            assert cg.heading_before(text, pos)[0] == t["heading"], (stem, t["heading"])
    else:
        tasks = []
        for pos, inner in brackets:
            raise AssertionError(f"{stem}: unexpected responsibility bracket {inner}")
    assert regions_in_order(d["regions"], nows, stem) == d["regions"], (stem, "regions not in order")
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
