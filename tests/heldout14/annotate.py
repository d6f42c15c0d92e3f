"""The hand annotations of heldout14, written as data, and the script that writes gold/*.json from them.

Everything here was decided by the annotator from reading each text in full (README.md, "How it was made"):
titles, sub-plans, issuers, cited plans, every responsibility bracket (heading, units as written, leads), the full
official name of every unit at the document's date, parks, technologies, chains, targets, regions, agency groups
and uncertain names. The tasks were written by hand from the reading (heading, units joined by "/", leads joined by
"/"); build() checks them against check_gold.py's own splitter and fails loudly on any difference, and checks that
the number of tasks equals the number of responsibility brackets. `names` maps every unit as written to its full
official name; collective units (check_gold.COLLECTIVE) are copied unchanged. The cited titles of every text were
listed by hand and compared with a plain re.findall over 《…》 (assert in build(), with the exclusions per text).

The mention lists (parks, technologies, chains) are written below in reading order and put into order of first
occurrence in the text by `first_occurrence` (the position of the string's first occurrence anywhere in the text);
every mention must occur verbatim (assert). Regions are checked to be in order of first occurrence of their name
(the name without a final 省/市/区/县 where the text writes it so).

Usage (once, before the freeze): python3 tests/heldout14/annotate.py
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import check_gold as cg  # noqa: E402

DOCS = {
    # 河北省制造强省建设领导小组, 2021-09-16 (signature). The notice's own title is the first line; the 工作方案 is
    # its sub-plan. 32 responsibility brackets (31 labelled 责任单位/责任部门, one bare: 三（四）).
    "h01_hebei_0015": dict(
        title="河北省制造强省建设领导小组关于印发《河北省体育用品产业发展工作方案》的通知",
        sub_plans=["河北省体育用品产业发展工作方案"],
        issuers=["河北省制造强省建设领导小组"],
        plans_cited=["河北省制造业技术改造投资导向目录", "河北省基层工会经费收支管理实施细则",
                     "河北省县域特色产业提质升级工作方案（2021—2025年）"],
        not_cited=["河北省体育用品产业发展工作方案"],
        names={
            "省体育局": "河北省体育局", "省发展改革委": "河北省发展和改革委员会",
            "省工业和信息化厅": "河北省工业和信息化厅", "雄安新区管委会": "河北雄安新区管理委员会",
            "省市场监管局": "河北省市场监督管理局", "省商务厅": "河北省商务厅", "省科技厅": "河北省科学技术厅",
            "省教育厅": "河北省教育厅", "省通信管理局": "河北省通信管理局", "省生态环境厅": "河北省生态环境厅",
            "省财政厅": "河北省财政厅", "省总工会": "河北省总工会", "定州市政府": "定州市人民政府",
            "省国土资源厅": "河北省自然资源厅", "省住房和城乡建设厅": "河北省住房和城乡建设厅",
            "省地方金融监管局": "河北省地方金融监督管理局", "人行石家庄中心支行": "中国人民银行石家庄中心支行",
            "省银保监局": "中国银行保险监督管理委员会河北监管局", "省证监局": "中国证券监督管理委员会河北监管局",
            "省税务局": "国家税务总局河北省税务局", "省人力资源社会保障厅": "河北省人力资源和社会保障厅",
        },
        tasks=[
            ("突出规划引领作用", "省体育局/省发展改革委/省工业和信息化厅/各市政府/雄安新区管委会", ""),
            ("促进产业集聚发展", "省工业和信息化厅/省体育局/省发展改革委/各市政府/雄安新区管委会", ""),
            ("培育壮大龙头企业", "省工业和信息化厅/省体育局/省发展改革委/各市政府/雄安新区管委会", ""),
            ("加速冰雪装备产业发展", "省工业和信息化厅/省体育局/省市场监管局/各市政府/雄安新区管委会", ""),
            ("实施精准招商", "省发展改革委/省商务厅/省工业和信息化厅/省体育局/各市政府/雄安新区管委会", ""),
            ("强化企业市场营销", "省体育局/省工业和信息化厅/省商务厅/各市政府/雄安新区管委会", ""),
            ("加快创新创业步伐", "省体育局/省科技厅/省发展改革委/省工业和信息化厅/各市政府/雄安新区管委会", ""),
            ("加速工业设计赋能", "省工业和信息化厅/省科技厅/省体育局/各市政府/雄安新区管委会", ""),
            ("推动产品研发和产业化",
             "省科技厅/省教育厅/省工业和信息化厅/省发展改革委/省市场监管局/省体育局/各市政府/雄安新区管委会", ""),
            ("深化企业技术改造", "省工业和信息化厅/各市政府/雄安新区管委会", ""),
            ("推动产业数字赋能", "省工业和信息化厅/省通信管理局/省发展改革委/省科技厅/各市政府/雄安新区管委会", ""),
            ("实施延链补链强链", "省工业和信息化厅/省体育局/省发展改革委/省科技厅/各市政府/雄安新区管委会", ""),
            ("发展运动服装产业", "省工业和信息化厅/省体育局/省市场监管局/各市政府/雄安新区管委会", ""),
            ("发展运动食品产业", "省工业和信息化厅/省体育局/省市场监管局/各市政府/雄安新区管委会", ""),
            ("促进产业绿色发展", "省生态环境厅/省科技厅/省体育局/省工业和信息化厅/各市政府/雄安新区管委会", ""),
            ("提升质量标准", "省市场监管局/省体育局/省工业和信息化厅/各市政府/雄安新区管委会", ""),
            ("培育优势品牌", "省市场监管局/省体育局/省工业和信息化厅/各市政府/雄安新区管委会", ""),
            ("组织产需对接活动", "省体育局/省工业和信息化厅/省财政厅/省商务厅/省教育厅/各市政府/雄安新区管委会", ""),
            ("促进全民健身消费", "省体育局/省工业和信息化厅/各市政府/雄安新区管委会", ""),
            ("推进体育用品与赛事融合发展", "省体育局/省工业和信息化厅/各市政府/雄安新区管委会", ""),
            ("激发职工体育消费", "省总工会/各市政府/雄安新区管委会", ""),
            ("助力学校体育教育", "省教育厅/省体育局/省工业和信息化厅/各市政府/雄安新区管委会", ""),
            # 省工业和信息化厅、省科技厅会同省体育局、…: the two units before 会同 lead
            ("组建体育用品产业联盟",
             "省工业和信息化厅/省科技厅/省体育局/省教育厅/省发展改革委/各市政府/雄安新区管委会",
             "省工业和信息化厅/省科技厅"),
            ("打造特色体育用品小镇",
             "定州市政府/省体育局/省发展改革委/省工业和信息化厅/省国土资源厅/省住房和城乡建设厅/省生态环境厅", ""),
            ("建设特色产品推广平台", "省商务厅/省工业和信息化厅/省体育局/省通信管理局/各市政府/雄安新区管委会", ""),
            ("增加省级工业转型升级资金规模", "省财政厅/省工业和信息化厅/省体育局/各市政府/雄安新区管委会", ""),
            ("支持企业提升质量标准", "省市场监管局/省工业和信息化厅/省财政厅/各市政府/雄安新区管委会", ""),
            ("支持企业打造知名品牌", "省市场监管局/省工业和信息化厅/省体育局/省财政厅/各市政府/雄安新区管委会", ""),
            ("鼓励引进重大项目", "各市政府/雄安新区管委会", ""),
            ("加大金融扶持力度", "省地方金融监管局/人行石家庄中心支行/省工业和信息化厅/省财政厅/省发展改革委/"
             "省银保监局/省证监局/各市政府/雄安新区管委会", ""),
            ("减轻企业税费负担", "省税务局/省财政厅/省科技厅/省市场监管局/各市政府/雄安新区管委会", ""),
            ("加强人才培养引进", "省人力资源社会保障厅/省教育厅/省体育局/各市政府/雄安新区管委会", ""),
        ],
        parks=["雄安新区", "张家口高新区冰雪装备产业园", "宣化冰雪产业园", "国家冰雪装备产业基地",
               "特色体育用品小镇"],
        technologies=[
            "雪服", "雪板", "索道", "造雪机", "体育运动器材", "康复训练装备",
            "冰雪器材装备及配件", "健身器材", "运动防护用具", "运动地面用材料", "运动类自行车", "运动鞋帽",
            "户外运动器材", "体育游艺娱乐用品设备", "运动休闲车船", "垂钓用具", "康复辅助器材", "体育智能和可穿戴装备",
            "新一代信息技术", "5G网络", "工业互联网标识", "工业互联网平台",
            "运动船艇壳体", "运动汽车", "房车", "摩托车", "运动箱包", "运动服装", "专业面料", "球类产品",
            "智能可穿戴运动装备", "运动饮料", "运动营养品", "金属合金材料", "高强玻璃钢", "高强合成纤维", "高强碳纤维",
            "高分子复合纤维", "体育服装服饰", "植物蛋白饮料", "天然果肉原汁", "复合果汁饮料", "低热量饮料",
            "功能型保健饮品",
        ],
        chains=[
            "体育用品产业集群", "体育用品及器材制造", "运动车船及航空运动器材制造", "体育用品相关材料制造",
            "体育相关用品和设备制造", "体育产业", "冰雪装备产业", "总部经济", "电子商务", "直播带货", "电子商铺",
            "网红经济", "康复辅具产业", "工业设计", "运动服装产业", "运动食品产业",
        ],
        targets=[
            {"year": 2025, "metric": "全省体育用品产业总规模", "value": "1200", "unit": "亿元", "qualifier": "达到……左右"},
            {"year": 2025, "metric": "定州市体育用品产业总规模", "value": "500", "unit": "亿元", "qualifier": "达到……左右"},
            {"year": 2025, "metric": "全省体育用品国内市场占有率", "value": "10", "unit": "%", "qualifier": "力争……提升到"},
            {"year": 2025, "metric": "全省体育用品产业高新技术企业", "value": "35", "unit": "家", "qualifier": "达到"},
            {"year": 2025, "metric": "科技型中小企业", "value": "500", "unit": "家", "qualifier": "达到"},
            {"year": 2025, "metric": "“专精特新”中小企业", "value": "60", "unit": "家", "qualifier": "达到"},
            {"year": 2025, "metric": "全省体育用品产业累计推出新产品", "value": "1000", "unit": "项",
             "qualifier": "累计……以上"},
            {"year": 2025, "metric": "形成拥有较强创新能力和市场竞争力的知名品牌", "value": "50", "unit": "个",
             "qualifier": "左右"},
        ],
        regions=["河北省", "定州市", "张家口市", "宣化区"],
        agency_groups=[
            dict(name="河北省制造强省建设领导小组", members_as_written=[], members=[]),
            dict(name="体育用品产业发展联席会议", members_as_written=["省工业和信息化厅", "省有关部门"],
                 members=["河北省工业和信息化厅", "省有关部门"]),
        ],
        uncertain=["河北省自然资源厅"],
    ),
    # Thirteen Hebei bodies (signature), 2021-09-03. The notice's own title is the first line; the 实施意见 is its
    # sub-plan. 34 responsibility brackets; （A牵头负责） / （A、B牵头负责） mark leads.
    "h02_hebei_0019": dict(
        title="河北省发展和改革委员会等十三部门印发《关于加快推动全省制造服务业高质量发展的实施意见》的通知",
        sub_plans=["关于加快推动全省制造服务业高质量发展的实施意见"],
        issuers=["河北省发展和改革委员会", "河北省教育厅", "河北省科学技术厅", "河北省工业和信息化厅", "河北省司法厅",
                 "河北省人力资源和社会保障厅", "河北省自然资源厅", "河北省生态环境厅", "河北省交通运输厅", "河北省商务厅",
                 "河北省市场监督管理局", "中国人民银行石家庄中心支行", "中国银行保险监督管理委员会河北监管局"],
        plans_cited=["关于加快推动制造服务业高质量发展的意见"],
        not_cited=["关于加快推动全省制造服务业高质量发展的实施意见"],
        names={
            "省科技厅": "河北省科学技术厅", "省商务厅": "河北省商务厅", "省工业和信息化厅": "河北省工业和信息化厅",
            "省发展改革委": "河北省发展和改革委员会", "省市场监管局": "河北省市场监督管理局",
            "相关行业省级管理部门": "相关行业省级管理部门", "省税务局": "国家税务总局河北省税务局",
            "省生态环境厅": "河北省生态环境厅", "省人力资源社会保障厅": "河北省人力资源和社会保障厅",
            "省委网信办": "中共河北省委网络安全和信息化委员会办公室",
            "省政务服务办": "河北省人民政府政务服务管理办公室", "省交通运输厅": "河北省交通运输厅",
            "省国资委": "河北省人民政府国有资产监督管理委员会", "人行石家庄中心支行": "中国人民银行石家庄中心支行",
            "省司法厅": "河北省司法厅", "省财政厅": "河北省财政厅", "省自然资源厅": "河北省自然资源厅",
            "省教育厅": "河北省教育厅", "省地方金融监管局": "河北省地方金融监督管理局",
            "河北银保监局": "中国银行保险监督管理委员会河北监管局", "河北证监局": "中国证券监督管理委员会河北监管局",
        },
        tasks=[
            ("提升研发能力", "省科技厅", "省科技厅"),
            ("提升商务服务和工业设计能力", "省商务厅/省工业和信息化厅", ""),
            ("加快科技成果转化", "省科技厅/省发展改革委", "省科技厅/省发展改革委"),
            ("强化质量管理", "省发展改革委/省市场监管局/省工业和信息化厅", ""),
            ("加快发展检验检测服务", "省市场监管局/省发展改革委/相关行业省级管理部门", ""),
            ("加快计量服务发展", "省市场监管局/省发展改革委/省工业和信息化厅", ""),
            ("加强品牌建设", "省发展改革委/省工业和信息化厅/省商务厅/省市场监管局", ""),
            ("大力发展智能制造", "省工业和信息化厅", "省工业和信息化厅"),
            ("加快发展工业软件和应用软件", "省工业和信息化厅", "省工业和信息化厅"),
            ("加快发展工业互联网", "省工业和信息化厅", "省工业和信息化厅"),
            ("发展现代物流服务体系", "省发展改革委", "省发展改革委"),
            ("加快发展节能环保服务", "省发展改革委/省税务局", ""),
            ("发展回收与利用服务", "省商务厅/省生态环境厅/省工业和信息化厅/省发展改革委", ""),
            ("发展人力资源管理服务", "省人力资源社会保障厅", "省人力资源社会保障厅"),
            ("加大数据资源开发、开放和共享力度", "省委网信办/省政务服务办/省发展改革委/省工业和信息化厅", ""),
            ("健全制造业供应链服务体系", "省发展改革委/省工业和信息化厅/省交通运输厅/省商务厅", ""),
            ("强化制造业企业供应链管理", "省发展改革委/省工业和信息化厅/省科技厅", ""),
            ("推动供应链智能化和可视化", "省发展改革委/省工业和信息化厅/省商务厅", ""),
            ("制造服务业主体培育行动", "省发展改革委/省工业和信息化厅/省国资委", ""),
            ("融合发展试点示范行动", "省发展改革委/省工业和信息化厅", ""),
            ("河北制造质量品牌培育行动", "省市场监管局/省工业和信息化厅/省发展改革委/省商务厅", ""),
            ("制造业智能转型行动", "省工业和信息化厅/省发展改革委", ""),
            ("制造业研发设计能力提升行动", "省科技厅/省工业和信息化厅/省发展改革委", ""),
            ("制造业绿色化改造行动", "省发展改革委/省工业和信息化厅/省商务厅", ""),
            ("制造业供应链创新发展行动", "省发展改革委/省工业和信息化厅/省商务厅", ""),
            ("制造服务业标准体系建设行动", "省市场监管局/省发展改革委/省工业和信息化厅/省商务厅/人行石家庄中心支行", ""),
            ("制造业计量能力提升行动", "省市场监管局/省科技厅", ""),
            ("强化组织保障", "省发展改革委", "省发展改革委"),
            ("优化发展环境", "省发展改革委/省科技厅/省商务厅", ""),
            ("扩大开放合作", "省发展改革委/省商务厅/省市场监管局/省司法厅/省财政厅", ""),
            ("加强用地保障", "省自然资源厅", "省自然资源厅"),
            ("强化人才支撑", "省人力资源社会保障厅/省教育厅/省发展改革委", ""),
            ("拓宽融资渠道", "省地方金融监管局/人行石家庄中心支行/河北银保监局/河北证监局/省发展改革委/省市场监管局", ""),
            ("构建协同发展生态", "省发展改革委/省工业和信息化厅", ""),
        ],
        parks=["雄安新区", "河北·京南国家科技成果转移转化示范区", "人力资源服务产业园", "雄安新区数字经济创新发展试验区",
               "国家绿色产业示范基地"],
        technologies=[
            "5G", "大数据", "云计算", "人工智能", "区块链", "新一代信息技术", "智能制造", "工业软件", "应用软件", "工业APP",
            "工业互联网", "线路板处置", "元器件无损化高效处理", "稀贵金属提取", "移动互联网", "政务大数据中心", "感知技术",
            "数字化车间", "智能设备", "工业互联网标识解析体系", "边缘计算", "计量测试技术", "专用计量测试装备", "仪器仪表",
        ],
        chains=[
            "制造服务业", "制造业", "生产性服务业", "研发设计", "信息服务", "科技服务业", "研究开发", "技术转移",
            "创业孵化", "知识产权", "科技咨询", "研发中介", "研发服务外包", "商务服务", "工业设计", "商务咨询",
            "设计服务业", "检验检测认证服务业", "高新技术产业", "计量服务", "现代物流", "节能环保服务",
            "回收与利用服务", "家电销售和废旧家电回收处理产业链", "逆向物流", "人力资源服务业", "电子商务", "现代商贸流通",
            "先进制造业", "现代服务业", "服务衍生制造", "供应链管理", "总集成总承包", "消费品工业", "消费服务产业",
            "先进装备制造", "新一代信息技术", "新能源", "清洁能源", "生物制药", "战略性新兴产业集群", "钢铁", "汽车",
            "石化", "医药", "建材", "绿色产业", "信息技术", "科创服务", "金融服务", "服务外包", "售后服务", "现代供应链",
            "设施管理", "供应链金融", "设备租赁", "融资租赁服务", "服务业",
        ],
        targets=[
            {"year": 2025, "metric": "每个市培育制造服务业聚集区", "value": "1-2", "unit": "个"},
        ],
        regions=["河北省"],
        agency_groups=[dict(name="省现代服务业发展领导小组", members_as_written=[], members=[])],
        uncertain=[],
    ),
    # 河北省人民政府, 2020-03-19 (signature). The notice's own title is the first line; the 规划 is its sub-plan.
    # No responsibility brackets (the sentences 省政府负责… stand outside brackets).
    "h03_hebei_0047": dict(
        title="河北省人民政府关于印发《河北省应急产业发展规划（2020-2025）》的通知",
        sub_plans=["河北省应急产业发展规划（2020-2025）"],
        issuers=["河北省人民政府"],
        plans_cited=["国务院办公厅关于加快发展应急产业的意见", "应急产业重点产品和服务指导目录（2015）",
                     "应急产业培育与发展行动计划（2017－2019年）"],
        not_cited=["河北省应急产业发展规划（2020-2025）"],
        names={}, tasks=[],
        parks=[
            "唐山开平国家应急产业示范基地", "石家庄信息产业园", "中石油地球物理勘探徐水基地",
            "唐山市高新区智慧应急装备产业园", "迁安防震减灾应急产业园", "遵化安全应急装备产业园",
            "石家庄市鹿泉区无人机产业基地", "唐山机器人产业园区", "香河机器人小镇", "唐山应急装备产业示范基地",
            "张家口怀安公共应急体验示范基地", "石家庄应急通信和医药防护应急产业基地", "秦皇岛智能消防与医疗救助基地",
            "保定新能源应急和医用防护产业创新示范基地", "邯郸安防应急产业基地", "邢台应急装备产业基地",
            "廊坊防灾减灾服务应急产业基地", "石家庄市高新区", "唐山市高新区", "中关村科技园",
            "张家口北方军民融合山地冰雪装备产业园", "中关村科技园区丰台园", "国家级小品种（短缺药）集中生产基地",
        ],
        technologies=[
            "防护服", "口罩", "医用护目镜", "电子测温仪", "呼吸机",
            "新型应急通信指挥装备", "应急指挥通信装备", "应急通信装备", "北斗综合位置云服务平台", "北斗海洋信息化系统",
            "应急平台综合应用系统", "应急通信便携装备", "便携指挥装备", "灾害事故现场自组网通信装备",
            "灾害事故现场感知装备", "宽窄带融合数字集群通信装备", "小型高度集成卫星通信装备",
            "高精度应急预测预警装备", "预警预测和灾害预测装备", "地震台站观测", "泥石流地质灾害监测",
            "自然灾害预测探测装备", "矿山监测及灾害预报", "危险化学品全程动态监控", "特种设备安全监控管理",
            "环境污染应急监控预警", "关键介质放射性监控", "车辆放射性物质监控", "公共安全监测预警装备",
            "高可靠风险防控与安全防护产品", "耐高温电线电缆技术", "医用口罩", "防毒面具", "防护产品",
            "数字化消防单兵装备", "燃爆防控技术装备", "高效智能消防员呼吸装备", "矿山井下紧急避险装备", "灭火毯",
            "高楼逃生绳", "汽车安全系统", "安全报警系统", "烟雾逃生舱",
            "专用紧急医学救援装备", "疫苗", "家用应急包", "应急救援止血系统", "医学急救药械", "公共场所公众自救互救设备与设施",
            "车载应急箱", "应急医疗产品", "负压救护车", "便携式紧急医学救援设备", "便携式/机动式卫生应急后勤保障装备",
            "食用品安全快速监测装备", "应急水质监测装备", "卫生应急现场快速检测及应急消毒装备",
            "特种交通应急保障技术装备", "隧道施工机械装备", "综合管廊施工设备", "应急交通装备", "隧道救援车", "架桥机",
            "冰雪清除机械", "环保型融雪剂", "道路应急抢通装备", "航空救援装备", "专业消防救助船舶", "应急救援船",
            "水域救援装备", "抢险救援技术装备", "特种消防成套处置装备", "应急排涝关键技术及装备", "多功能化学侦检消防装备",
            "大型工程救援装备", "智能火灾探测及灭火系统", "水域水下救援装备", "电力应急保障装备",
            "智能无人应急救援技术装备", "人工智能", "物联网", "5G", "AR/VR", "北斗", "新一代信息技术", "机器人应急救援装备",
            "机器人", "无人机", "突发事故处置专用装备", "移动式医疗垃圾快速处理装备", "禽类病原体无害化快速处理装备",
            "有害有毒液体快速处理技术装备", "移动式可再生能源/水处理装备", "土壤/大气/水污染快速处理装备", "大数据",
            "突发公共卫生事件专用药品", "医疗器械", "工程抢险救援装备", "智能机器人",
            "灾害信息获取", "生命搜索救护", "抢险救援处置", "应急通信", "无人救援保障", "消防处置救援", "突发环境应急",
            "危险化学品事故处置", "网络安全事件应急处置", "救援人员防护", "救援机器人", "灭火设备", "新型应急指挥系统",
            "智能红外测温系统", "生物检测试剂", "生物药品", "虚拟现实/增强现实", "新材料", "互联网", "区块链",
            "信息化应急管理产品", "数字化车间", "智能装备", "智能产品", "卫星导航", "数据传输终端", "特种防护",
            "对地遥感观测卫星", "智能无人救援装备", "应急指挥通信系统", "生物制剂", "医用防护服", "护目镜", "柔性化生产线",
        ],
        chains=[
            "应急产业", "应急装备产业", "应急服务", "石家庄医疗防护", "涿州健康防护", "沧州防护关键原辅料产业",
            "石家庄晋州电线电缆集群", "石家庄生物医药产业集群", "秦皇岛大健康产业集群", "乐亭建筑支护产业集群",
            "泊头市环保设备产业集群", "应急管理支撑服务", "应急专业技术服务", "应急救援社会化服务",
            "智能救援装备", "监测预警装备", "工程抢险装备", "应急防护装备", "工程消能减震装备",
            "新能源", "智能电网", "医用防护", "健康产业", "核电站安全风险防控装备", "信息安全装备", "应急能源装备",
            "危险气体防灾减灾装备", "防护产品及其关键原辅料", "特种消防车辆", "高端智能特种装备", "多种气体探测机器人",
            "医疗服务", "应急教育培训", "石家庄市高新区先进设备制造", "石家庄市鹿泉区电子信息", "唐山市高新区机器人",
            "三河市电子信息和生物医药大健康", "泊头市环保设备制造", "景县铁塔钢构", "乐亭县建筑支护装备", "制造业",
            "抢险救援", "消杀", "医疗器械", "生物制药", "工业设计", "创新创业", "检验检测", "科技服务产业集群", "服务业",
            "应急制造业", "医药卫生", "轻工", "纺织", "食品", "建材", "能源", "交通物流", "保险租赁",
        ],
        targets=[
            {"year": 2025, "metric": "全省应急产业营业收入年均增长", "value": "20", "unit": "%", "qualifier": "以上"},
            {"year": 2025, "metric": "全省应急产业营业收入", "value": "6000", "unit": "亿元", "qualifier": "达到……以上"},
            {"year": 2025, "metric": "应急装备产业占比", "value": "60", "unit": "%", "qualifier": "以上"},
            {"year": 2025, "metric": "推进国家应急产业示范基地建设", "value": "2", "unit": "个"},
            {"year": 2025, "metric": "打造省级应急产业示范基地", "value": "6", "unit": "个"},
            {"year": 2025, "metric": "壮大营业收入超百亿元的应急产业特色集群", "value": "20", "unit": "个"},
            {"year": 2025, "metric": "培育超百亿元的应急产业龙头企业", "value": "5", "unit": "家", "qualifier": "左右"},
            {"year": 2025, "metric": "超十亿元的重点行业骨干企业", "value": "50", "unit": "家", "qualifier": "左右"},
            {"year": 2025, "metric": "培育具有国内国际竞争力的应急装备、优势产品", "value": "50", "unit": "种",
             "qualifier": "以上"},
            {"year": 2025, "metric": "建设省级以上应急产业相关重点实验室、技术创新中心和企业技术中心", "value": "100",
             "unit": "个"},
            {"year": 2025, "metric": "建设应急物资生产能力储备基地", "value": "3-5", "unit": "个"},
        ],
        regions=["河北省", "唐山市", "开平区", "张家口市", "怀安县", "石家庄市", "徐水区", "迁安市", "邢台市", "秦皇岛市",
                 "遵化市", "鹿泉区", "香河县", "保定市", "廊坊市", "邯郸市"],
        uncertain=[],
    ),
    # 河北省人民政府办公厅, 2016-09-22, 冀政办发〔2016〕28号. The notice's title stands (broken over three lines)
    # at the top; the 行动计划 is its sub-plan. No responsibility brackets.
    "h04_hebei_0081": dict(
        title="河北省人民政府办公厅关于印发河北省促进科技成果转移转化行动计划（2016-2020年）的通知",
        sub_plans=["河北省促进科技成果转移转化行动计划（2016-2020年）"],
        issuers=["河北省人民政府办公厅"],
        plans_cited=["国务院办公厅关于印发促进科技成果转移转化行动方案的通知"],
        not_cited=["河北省促进科技成果转移转化行动计划（2016-2020年）"],
        names={}, tasks=[],
        parks=[
            "中关村国家自主创新示范区", "石家庄（正定）中关村集成电路产业基地", "固安高新技术产业开发区",
            "中关村承德产业基地", "中关村海淀园秦皇岛分园", "曹妃甸中关村高新技术产业基地", "中关村京津冀协同创新示范园区",
            "石家庄高端医药产业园", "曹妃甸协同发展示范区", "安国数字中药都", "北京亦庄•永清高新技术产业开发区",
            "北京•沧州渤海新区生物医药产业园", "涿州国际文化创意产业园", "北京大学（秦皇岛）科技产业园", "固安肽谷生命科学园",
            "河北•京南国家科技成果转移转化示范区", "保定国家高新技术产业开发区", "白洋淀科技城", "亦庄•永清高新技术产业开发区",
            "霸州经济开发区", "长城汽车科技园", "高碑店国际创新园", "河北涿州国家农业科技园区", "任丘经济开发区",
            "石家庄高新技术产业开发区", "石家庄经济技术开发区", "廊坊经济技术开发区",
        ],
        technologies=["清洁能源利用", "脱硫脱硝", "除尘", "水环境和面源污染治理", "水土保持"],
        chains=[
            "互联网金融", "科技信贷", "创业投资", "科技保险", "融资租赁", "科技金融", "生物医药", "液晶显示", "卫星导航",
            "战略性新兴产业", "电子信息", "生物技术", "高端装备制造",
        ],
        targets=[
            {"year": 2020, "metric": "启动实施科技成果转化项目", "value": "2000", "unit": "项"},
            {"year": 2020, "metric": "建设国家级和省级以上重点科技成果转移转化示范平台", "value": "50", "unit": "家",
             "qualifier": "以上"},
            {"year": 2020, "metric": "全省技术市场合同交易总额", "value": "400", "unit": "亿元", "qualifier": "达到……以上"},
            {"year": 2020, "metric": "布局建设支撑实体经济发展的众创空间数量", "value": "500", "unit": "家",
             "qualifier": "达到……以上"},
            {"year": 2020, "metric": "建成技术转移人才培养基地", "value": "10", "unit": "家", "qualifier": "左右"},
            {"year": 2020, "metric": "科技进步贡献率", "value": "60", "unit": "%", "qualifier": "力争达到……以上"},
        ],
        regions=["河北省", "石家庄市", "正定县", "固安县", "承德市", "秦皇岛市", "曹妃甸区", "安国市", "永清县", "沧州市",
                 "涿州市", "保定市", "霸州市", "高碑店市", "任丘市", "廊坊市"],
        agency_groups=[dict(
            name="河北省推进科技成果转化落地工作联席会议",
            members_as_written=["省科技厅", "省教育厅", "省人力资源社会保障厅", "省发展改革委", "省工业和信息化厅",
                                "省财政厅"],
            members=["河北省科学技术厅", "河北省教育厅", "河北省人力资源和社会保障厅", "河北省发展和改革委员会",
                     "河北省工业和信息化厅", "河北省财政厅"],
        )],
        uncertain=[],
    ),
    # 冀政办发〔2017〕5号 (the 河北省人民政府办公厅's document number; no signature, no notice title in the text).
    # No responsibility brackets; no goal section (the numbers stand inside the measures): targets [].
    "h05_hebei_0069": dict(
        title="加快推进科技创新的若干措施",
        issuers=["河北省人民政府办公厅"],
        plans_cited=["河北省跨区域整体搬迁高企资质认定实施细则"],
        not_cited=[],
        names={}, tasks=[],
        parks=["雄安新区"],
        technologies=[],
        chains=["战略性新兴产业"],
        targets=[],
        regions=["河北省"],
        uncertain=[],
    ),
    # A crawl of a 2005 notice without its title line and without a signature: the text starts with the addressee
    # line and is repeated twice. It names no issuer (the page footer 责任部门：省政府办公厅秘书一处 is the page's
    # disclosure office); 河北 occurs only inside the cited title: title "", issuers [], regions [].
    "h06_hebei_0173": dict(
        title="",
        issuers=[],
        plans_cited=["河北省人民政府关于印发河北省行业协会发展指导意见及其实施意见的通知", "社会团体登记管理条例"],
        not_cited=[],
        names={}, tasks=[],
        parks=[], technologies=[], chains=[], targets=[], regions=[], uncertain=[],
    ),
    # A press interview (答记者问) of the 专技司 of 人力资源社会保障部 on its 指导意见, as 000 and 002 of
    # docs/gold-format.md: the title is the title of the document the report is about; the issuer is named in the
    # report (人力资源社会保障部印发了…). 《意见》 and 《指导意见》 are that document's own short names.
    "h07_hebei_0285": dict(
        title="关于深化经济专业人员职称制度改革的指导意见",
        issuers=["人力资源和社会保障部"],
        plans_cited=["关于深化职称制度改革的意见"],
        not_cited=["关于深化经济专业人员职称制度改革的指导意见", "意见", "指导意见"],
        names={}, tasks=[],
        parks=[], technologies=[], chains=[], targets=[], regions=[], uncertain=[],
    ),
    # 人工智能安全治理框架 1.0 (manifest title in English). The text has no title line (it opens with the preamble,
    # "制定本框架") and names no issuer: title "", issuers [], regions []. Item markers (a)… are no brackets.
    "h08_xlsx_0128": dict(
        title="",
        issuers=[],
        plans_cited=["全球人工智能治理倡议"],
        not_cited=[],
        names={}, tasks=[],
        parks=[],
        technologies=["人工智能", "深度学习", "深度神经网络", "生成式人工智能", "大模型", "基础模型", "数字证书技术",
                      "人工智能芯片", "机器学习", "人机交互", "对齐算法", "沙箱仿真", "多因素认证", "加密技术", "数据护栏"],
        chains=["人工智能产业链"],
        targets=[], regions=[], uncertain=[],
    ),
    # 智能制造典型场景参考指引（2024年版） (manifest title in English). No title line, no issuer, no 《》, no brackets,
    # no goals. Technologies: the technologies, equipment and devices each scenario applies or deploys (systems and
    # platforms are left out, as heldout10 h12; the scenario names are applications, not technologies).
    "h09_xlsx_0013": dict(
        title="",
        issuers=[],
        plans_cited=[],
        not_cited=[],
        names={}, tasks=[],
        parks=[],
        technologies=[
            "智能制造", "智能工厂", "新一代信息技术", "智能制造装备", "工业软件", "建筑信息模型", "物流和动线仿真",
            "生产系统建模", "数字孪生", "建模仿真", "异构型融合", "数字化设计仿真工具", "多学科联合建模", "物性表征与分析",
            "多物理场仿真", "可靠性分析", "AR/VR", "工艺设计仿真工具", "工艺机理建模", "流程模拟", "多目标多约束求解",
            "产能动态规划", "多约束排产建模", "多目标排产寻优", "产线模块化重构", "柔性物流运输", "工业机器人", "智能交互",
            "自主规划", "风险感知", "安全防护", "智能产线", "设备机理与数据混合建模", "多设备联合寻优", "先进过程控制",
            "实时优化", "模型预测控制", "多目标寻优", "大数据", "云计算", "人工智能", "物性成分分析", "机器视觉检测", "条码",
            "二维码", "RFID", "5G", "标识解析", "区块链", "智能传感", "多模态数据融合", "智能传感与控制设备",
            "设备故障知识图谱", "故障机理分析", "预测性维护", "立体仓库", "射频识别", "仓储策略优化", "多形态混存拣选",
            "智能物流设备", "室内高精度定位导航", "物流路径动态规划", "物流设备集群控制", "环境感知与识别", "作业风险控制",
            "生产运行风险动态监控", "安全预警", "能耗采集设备", "多能源介质感知", "能耗综合建模仿真", "能源平衡调度",
            "碳排放精细化检测", "碳排放指标自动核算", "污染排放在线采集设备", "污染监测与控制", "污染源追溯", "用户画像",
            "需求预测", "自然语言处理", "知识图谱", "大数据分析", "集成建模", "数据跨域控制", "供应商风险评估", "供应链溯源",
            "多模态感知", "实时定位导航", "智能驾驶", "5G工业专网", "TSN", "工业全光网络", "异构网络融合",
            "远距离高带宽实时通信", "工业控制系统网络安全防护设备", "安全态势感知", "多层次纵深防御", "数据中心",
            "工业互联网平台", "数字合约", "隐私计算", "创成式设计", "模块化设计", "平台化架构", "柔性化系统",
            "供应链风险识别和动态响应模型",
        ],
        chains=[],
        targets=[], regions=[], uncertain=[],
    ),
    # 关于深化智慧社区建设的意见 (nine ministries, 2022; manifest title in English). The text starts with the preamble
    # ("现就推进智慧社区建设提出如下意见"): no title line, no issuer named: title "", issuers [], regions [].
    # No responsibility brackets (the （…） are glosses); the 建设目标 has no number: targets [].
    "h10_xlsx_0051": dict(
        title="",
        issuers=[],
        plans_cited=["中共中央国务院关于加强基层治理体系和治理能力现代化建设的意见",
                     "国务院办公厅关于印发〈“十四五”城乡社区服务体系建设规划〉的通知"],
        not_cited=[],
        names={}, tasks=[],
        parks=[],
        technologies=["大数据", "云计算", "人工智能", "物联网", "智能家庭终端", "智能门禁", "视频监控", "无人物流配送",
                      "智慧家庭", "智能体育场地", "政务通用自助服务一体机", "智能快递柜", "智能感知设施", "人脸识别技术"],
        chains=["电子商务"],
        targets=[], regions=[], uncertain=[],
    ),
    # 车联网（智能网联汽车）产业发展行动计划 (manifest title in English). No title line ("制定本行动计划"), no
    # issuer named: title "", issuers []. No responsibility brackets. Targets: the three numbers of （三）行动目标.
    "h11_xlsx_0098": dict(
        title="",
        issuers=[],
        plans_cited=["国家车联网产业标准体系建设指南"],
        not_cited=[],
        names={}, tasks=[],
        parks=["雄安新区", "车联网先导区"],
        technologies=[
            "车联网", "智能网联汽车", "自动驾驶", "智能交通", "网络通信技术", "电子信息技术", "汽车制造技术",
            "智能网联汽车计算基础平台", "平台线控", "智能驱动", "LTE-V2X", "5G-V2X", "窄带物联网", "车路协同",
            "驾驶辅助系统", "联网车载信息服务终端", "复杂环境感知", "新型电子电气架构", "车辆平台线控", "车载视觉系统",
            "激光/毫米波雷达", "多域控制器", "惯性导航", "感知器件", "智能车载终端", "车规级芯片", "新一代人工智能",
            "高精度定位", "动态地图", "线控制动", "线控转向", "电子稳定系统", "智能网联汽车决策控制平台", "车载操作系统",
            "硬件接口单元", "存储管理单元", "V2X通信单元", "多接入边缘计算", "网络功能虚拟化", "5G网络切片", "V2X计算平台",
            "先进驾驶辅助系统", "路侧单元", "车载终端", "电动汽车", "充电桩", "仿真测试", "道路试验测试", "LTE网络",
            "大数据", "人工智能技术", "边缘计算", "北斗卫星导航系统", "差分基站", "电动汽车电池", "退役电池甄别", "梯次利用",
            "协同控制技术", "车路通信技术", "安全防护", "漏洞挖掘", "入侵检测", "态势感知",
        ],
        chains=["车联网产业", "汽车产业", "电子", "信息通信", "道路交通运输", "网络通信产业", "电子信息产业", "共享汽车",
                "智慧旅游", "智慧商务", "分时租赁"],
        targets=[
            {"year": 2020, "metric": "车联网用户渗透率", "value": "30", "unit": "%", "qualifier": "达到……以上"},
            {"year": 2020, "metric": "新车驾驶辅助系统（L2）搭载率", "value": "30", "unit": "%", "qualifier": "达到……以上"},
            {"year": 2020, "metric": "联网车载信息服务终端的新车装配率", "value": "60", "unit": "%",
             "qualifier": "达到……以上"},
        ],
        regions=[],
        agency_groups=[dict(name="国家制造强国建设领导小组车联网产业发展专委会", members_as_written=[], members=[],
                            parent="国家制造强国建设领导小组", parent_as_written="国家制造强国建设领导小组")],
        uncertain=[],
    ),
    # 化工行业智能制造标准体系建设指南（2024版） (manifest title in English). No title line (the text opens with
    # 一、总体要求), no issuer: title "", issuers []. Technologies: the named parts of the standard system and the
    # technologies each part lists (as heldout11 h10); standards, models, management functions, platforms and the
    # products that define the seven sub-industries are not. Chains: 化工行业 and its seven 子行业.
    "h12_xlsx_0011": dict(
        title="",
        issuers=[],
        plans_cited=["国家标准化发展纲要", "“十四五”智能制造发展规划", "“十四五”原材料工业发展规划",
                     "“十四五”数字经济发展规划", "关于“十四五”推动石化化工行业高质量发展的指导意见",
                     "石化化工行业稳增长工作方案", "国家智能制造标准体系建设指南(2021版)"],
        not_cited=[],
        names={}, tasks=[],
        parks=[],
        technologies=[
            "智能制造", "新一代信息技术", "智能装备", "工业网络", "人工智能", "工业大数据", "5G", "数字李生", "工业互联网",
            "传感器", "仪器仪表", "自动识别装备控制系统", "检验检测装备", "人机协作系统", "工业机器人", "工艺过程装备",
            "工业软件", "边缘计算", "工业云", "区块链", "工业无线通信", "工业有线通信", "智能工厂", "在线监测", "过程模拟",
            "先进控制", "事故仿真模拟", "人员定位",
        ],
        chains=["化工行业", "煤化工", "基础化学原料制造", "肥料制造", "涂料、油墨、颜料及类似产品制造", "合成材料制造",
                "专用化学品制造", "橡胶制造", "化工新材料", "精细化学品", "新型煤化工", "传统煤化工"],
        targets=[
            {"year": 2027, "metric": "累计制修订化工行业智能制造标准", "value": "30", "unit": "项",
             "qualifier": "累计……以上"},
        ],
        regions=[], uncertain=[],
    ),
}


def first_occurrence(items, text, key, stem):
    for s in items:
        assert s in text, f"{stem} {key}: not verbatim: {s}"
    assert len(items) == len(set(items)), f"{stem} {key}: duplicates"
    return sorted(items, key=lambda s: text.index(s))


def region_pos(r, nows):
    pos = [nows.index(r)] if r in nows else []
    if r[-1] in "省市区县" and r[:-1] in nows:
        pos.append(nows.index(r[:-1]))
    assert pos, f"region not in text: {r}"
    return min(pos)


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
    assert len(brackets) == len(d["tasks"]), (stem, len(brackets), len(d["tasks"]))
    tasks = []
    for (heading, units, leads), (pos, inner) in zip(d["tasks"], brackets):
        written = units.split("/")
        got, got_leads = cg.units_of(inner)
        assert got == written, (stem, heading, got, written)
        assert got_leads == (leads.split("/") if leads else []), (stem, heading, got_leads, leads)
        h, _ = cg.heading_before(text, pos)
        assert h == heading, (stem, h, heading)
        full = []
        for u in written:
            if cg.COLLECTIVE.match(u):
                assert u not in d["names"] or d["names"][u] == u, (stem, u)
                full.append(u)
            else:
                full.append(d["names"][u])
        lead = [d["names"][u] for u in leads.split("/")] if leads else []
        tasks.append({"heading": heading, "responsible_as_written": written, "responsible": full, "lead": lead})
    regions = d["regions"]
    assert regions == sorted(regions, key=lambda r: region_pos(r, nows)), (stem, "regions out of order")
    out = {"title": d["title"]}
    if "sub_plans" in d:
        out["sub_plans"] = d["sub_plans"]
    out.update(
        issuers=d["issuers"], plans_cited=d["plans_cited"], tasks=tasks,
        parks=first_occurrence(d["parks"], text, "parks", stem),
        technologies=first_occurrence(d["technologies"], text, "technologies", stem),
        chains=first_occurrence(d["chains"], text, "chains", stem),
        targets=d["targets"], regions=regions,
    )
    if "agency_groups" in d:
        out["agency_groups"] = d["agency_groups"]
    out["uncertain"] = d["uncertain"]
    (HERE / "gold").mkdir(exist_ok=True)
    (HERE / "gold" / f"{stem}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    stems = sorted(p.stem for p in (HERE / "texts").glob("*.txt"))
    assert stems == sorted(DOCS), (stems, sorted(DOCS))
    for stem, d in DOCS.items():
        build(stem, d)
