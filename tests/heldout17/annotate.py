"""The hand annotations of heldout17, written as data, and the script that writes gold/*.json from them.

Everything here was decided by the annotator from reading each text in full (README.md, "How it was made"):
titles, sub-plans, issuers, cited plans, the tasks of h04 (headings, bracket units as written, the full official
name of every unit at the document's date), parks, technologies, chains, targets, regions, agency groups and
uncertain names. h04 is the only text with responsibility brackets (33; reading, confirmed by check_gold.py's
splitter and census); build() asserts that every other text has none and that h04's hand-written tasks match the
splitter's brackets one for one (count, order and tokens). The cited titles of every text were listed by hand and
compared with a plain re.findall over 《…》 / «…» (assert in build(), with the exclusions written per text in
`not_cited`; h07, which cites two titles that are also its sub-plans, gives its order in `cited_order`).

The mention lists (parks, technologies, chains) are written below in reading order and put into order of first
occurrence in the text by `first_occurrence` (the position of the string's first occurrence anywhere in the
text); every mention is asserted to occur verbatim.

Usage (once, before the freeze): python3 tests/heldout17/annotate.py   (python with opencc)
"""
import json
import re
from pathlib import Path

import check_gold as cg

HERE = Path(__file__).resolve().parent

# Full official names of the Hebei units in h04's brackets at the document's date (2021-08-09).
FULL_2021 = {
    "各市政府": "各市政府",
    "雄安新区管委会": "河北雄安新区管理委员会",
    "省科技厅": "河北省科学技术厅",
    "省工业和信息化厅": "河北省工业和信息化厅",
    "省市场监管局": "河北省市场监督管理局",
    "省发展改革委": "河北省发展和改革委员会",
    "省人力资源社会保障厅": "河北省人力资源和社会保障厅",
    "省通信管理局": "河北省通信管理局",
    "省商务厅": "河北省商务厅",
    "省农业农村厅": "河北省农业农村厅",
    "河北银保监局": "中国银行保险监督管理委员会河北监管局",
    "省政务服务管理办公室": "河北省人民政府政务服务管理办公室",
    "省财政厅": "河北省财政厅",
    "省地方金融监管局": "河北省地方金融监督管理局",
    "人行石家庄中心支行": "中国人民银行石家庄中心支行",
    "河北证监局": "中国证券监督管理委员会河北监管局",
    "省企业上市工作联席会议各成员单位": "省企业上市工作联席会议各成员单位",
    "省自然资源厅": "河北省自然资源厅",
    "省生态环境厅": "河北省生态环境厅",
}

# h04: (heading, units as written), in document order; written from reading the brackets.
H04_TASKS = [
    ("培育壮大创新主体", "各市政府 雄安新区管委会 省科技厅 省工业和信息化厅 省市场监管局"),
    ("补齐关键核心技术短板", "省科技厅 省工业和信息化厅 省发展改革委"),
    ("增强工业设计渗透性", "省工业和信息化厅"),
    ("建设各类科技创新平台", "省科技厅 省工业和信息化厅 省发展改革委 省人力资源社会保障厅"),
    ("夯实数字化转型基础", "省工业和信息化厅 省科技厅 省通信管理局"),
    ("打造工业互联网平台体系", "省工业和信息化厅 省科技厅 省通信管理局"),
    ("加快数字化改造升级", "省工业和信息化厅 省发展改革委 省科技厅 省通信管理局 省商务厅"),
    ("梯度培育上市后备企业", "省工业和信息化厅 省科技厅 省市场监管局 省农业农村厅"),
    ("推动金融服务全覆盖", "河北银保监局 省工业和信息化厅 省发展改革委 省政务服务管理办公室 省财政厅 省地方金融监管局 "
                     "人行石家庄中心支行"),
    ("推动企业挂牌上市", "省地方金融监管局 河北证监局 省企业上市工作联席会议各成员单位"),
    ("强化专业招商队伍", "省商务厅 省发展改革委 省工业和信息化厅"),
    ("实施产业链精准招商", "省商务厅 省发展改革委 省工业和信息化厅 省科技厅"),
    ("创新招商引资形式", "省商务厅 省发展改革委 省工业和信息化厅"),
    ("推动产业提档升级", "省工业和信息化厅 省发展改革委 省科技厅 省自然资源厅 省生态环境厅"),
    ("推动园区能级提升", "省商务厅 省科技厅 省发展改革委 省自然资源厅 省工业和信息化厅"),
    ("推动公共服务平台全覆盖", "省工业和信息化厅 省科技厅 省人力资源社会保障厅 省市场监管局 省商务厅"),
    ("推动对外合作交流", "省商务厅 省工业和信息化厅 省发展改革委"),
    # 三、支持政策: the items 1.–16. have no short heading; the heading is the text up to the first 。
    ("对企业规模在产业集群内前三（或已挂牌上市、拟辅导上市），辐射带动作用强的集群龙头企业，当年购置研发、检测、试验等设备投入"
     "50万元以上，按照实际投资额，采取后补助的方式给予20%的补助，单个项目不超过200万元", "省工业和信息化厅 省财政厅"),
    ("对细分领域产品（技术）行业领先或填补空白，近两年研发投入强度4%以上，上年度自有资金研发投入200万元以上的集群“专精特新”"
     "企业，按照实际投入额，采取后补助的方式给予20%的补助，单个企业最高不超过100万元", "省工业和信息化厅 省财政厅"),
    ("对首次获得中国质量奖、提名奖的企业分别奖励200万元、100万元，对获得河北省政府质量奖组织奖和个人奖的，分别奖励50万元、3万元",
     "省市场监管局 省财政厅"),
    ("对新认定中国驰名商标企业奖励50万元，对新注册国家地理标志商标、新获得国家地理标志保护产品的每件奖励20万元",
     "省市场监管局 省财政厅"),
    ("对成功发布产业指数，且稳定运行一年以上的指数平台，一次性给予50万元支持", "省工业和信息化厅 省财政厅"),
    ("对县域特色产业集群中新引进县域外企业上一年度营业收入达5000万元以上，且带动5个以上（含5个）本地市场主体（在市场监管部门注册的"
     "企业、个体户、家庭农场等）协作配套的，给予100万元一次性资金奖励", "省工业和信息化厅 省财政厅"),
    ("对当年新进入中国民营企业500强和中国制造企业500强的集群工业企业，给予一次性奖励100万元", "省工业和信息化厅 省财政厅"),
    ("对省级重点支持的县域特色产业集群制造业企业首贷、新增的中长期贷款和信用贷款实施贷款贴息，鼓励和引导银行业金融机构加大信贷投放"
     "力度，优化贷款流程，扩大信贷规模", "省工业和信息化厅 省财政厅"),
    ("鼓励企业加强与股权投资机构合作，对获得股权投资机构（包括天使投资、VC/PE）股权投资的特色产业项目，按照股权投资额的2%给予融资"
     "奖励，每个项目最高不超过500万元；对于初创企业成立两年内获得投资的，可将奖励提升至1000万元", "省工业和信息化厅 省发展改革委 省财政厅"),
    ("对进入辅导期后向河北证监局提供申报材料的企业，按上市挂牌过程中委托专业服务机构进行财务规范和股份制改造等所发生服务费的40%给予"
     "补助", "省工业和信息化厅 省财政厅"),
    ("对符合条件的挂牌上市企业，按照相关政策给予省级财政奖励", "省地方金融监管局 省财政厅"),
    ("对符合规划和安全要求，不改变工业土地用途，通过厂房加层、利用地下空间、翻建等途径实施“零增地”技术改造，提高土地利用率和增加容积"
     "率的，不再增收土地价款", "省自然资源厅"),
    ("对利用存量房产、土地资源发展国家支持新产业、新业态的，享受5年内不改变用地主体和规划条件的过渡期支持政策，过渡期满，依法按新用途"
     "办理用地手续", "省自然资源厅 省发展改革委"),
    ("对带项目、带成果到县域特色产业集群中创办企业的专业人才，根据人才层次、科技成果水平、转化阶段等，符合条件的择优给予资金支持",
     "省人力资源社会保障厅 省科技厅 省财政厅"),
    ("对项目建成投运前建设内容不属于重大变动的，直接纳入排污许可证及竣工环境保护验收管理", "省生态环境厅"),
    ("筛选保障产业链稳定、绿色工厂、专精特新、制造业单项冠军、科技领军企业、标准领跑者、高新技术等企业和项目，在调研核查评估基础上，"
     "对符合正面清单管理要求的集群企业，优先纳入正面清单管理，“不停产、不限产、少检查、少打扰”，重污染天气应急期间优先保障",
     "省生态环境厅 省工业和信息化厅 省科技厅"),
]

DOCS = {
    # 中共河北省委 and 河北省人民政府, 冀发〔2015〕2号 (the manifest date 2018-03-14 is the repost's). The two bodies
    # stand on the lines above 关于 (版头) and are part of the title. No 《》, no bracket.
    "h01_hebei_0089": dict(
        title="中共河北省委河北省人民政府关于深入实施创新驱动发展战略推进产业转型升级的意见",
        issuers=["中国共产党河北省委员会", "河北省人民政府"],
        plans_cited=[],
        not_cited=[],
        parks=[
            "张北数据中心", "秦皇岛数据加工", "廊坊瑞泽国际信息港", "石家庄卫星导航", "河北（石家庄）高端医药产业园",
            "安国中药基地", "威县通用航空产业园", "比亚迪承德基地", "银隆公司武安", "石家庄基地", "保定高新区",
            "国家自主创新示范区", "渤海新区", "京冀曹妃甸协同发展示范区", "新机场临空经济区", "白洋淀科技城",
            "中关村海淀园秦皇岛分园", "秦皇岛北京大学科技产业园", "清华大学固安中试孵化基地", "中科院廊坊中试基地", "肽谷生命园",
        ],
        technologies=[
            # 钢铁行业
            "短流程炼钢工艺", "非高炉炼铁", "高铁用钢", "汽车用钢", "造船用钢", "工模具钢", "车轮C钢", "非调质钢", "含钒特钢",
            "物联网", "脱硫", "脱硝", "除尘改造", "二次能源回收利用", "冶金渣综合利用", "水循环利用",
            # 装备制造业
            "发动机", "变速器", "高速动车组", "城市轨道交通", "低速磁悬浮综合交通系统", "特高压输变电", "智能电网", "风力发电",
            "海洋钻井平台", "大型浮体", "海水淡化", "基础零部件", "精密加工", "数字控制",
            # 石化工业, 其他传统优势产业
            "合成树脂", "合成橡胶", "合成纤维", "基本有机合成材料", "高端精细化学品", "建筑节能玻璃", "屏显玻璃", "汽车玻璃",
            "高速列车风挡", "新型墙体", "防水防火保温", "节能门窗", "高性能钢筋", "混凝土", "绿色照明", "新型建筑材料",
            "新型干法水泥", "绿色有机食品", "功能性食品", "高附加值纺织品",
            # 战略性新兴产业
            "新一代信息技术", "光伏发电", "陆上大功率风电设备", "海上风电设备", "超导特高压传输技术", "先进传感量测技术", "通讯技术",
            "自动控制技术", "云计算", "大数据", "卫星导航", "抗体药物", "多肽类药物", "新型疫苗", "现代中药", "高附加值特色原料药",
            "制剂", "生物药物", "微生物", "酶制剂", "碳纤维", "复合材料", "芳纶", "高性能结构陶瓷", "非晶材料", "钒钛新材料",
            "玄武岩材料", "通用飞机", "航空螺旋浆", "集成电路封装设备", "医疗电子设备", "汽车自动化生产设备", "智能专用机器人",
            "余热余压利用", "节能监测", "生物处理", "环境监测", "污染防治", "清洁生产", "汽车零部件", "机电产品再制造", "纯电动",
            "混合动力", "新能源汽车", "电池", "电机", "电控", "充电配套设施",
            # 现代服务业, 现代农业, 工程, 智慧城市
            "交通云数据中心", "地理信息系统", "清洁能源", "分布式电站", "种质创新", "新品种选育", "高效繁育", "节水技术",
            "节水新品种", "节水增产技术", "成套重型装备", "宽带网络", "信息技术", "计量技术",
        ],
        chains=[
            "传统产业", "新兴产业", "钢铁行业", "装备制造业", "石化工业", "战略性新兴产业", "现代服务业", "现代农业", "服务业",
            "高新技术产业", "传统优势产业", "非钢产业", "循环经济", "金属制品", "钢材加工配送", "建筑用轻型钢构", "用钢产业",
            "汽车产业", "轨道交通装备", "能源装备", "造船", "海洋工程装备", "石油化工", "煤化工", "盐化工", "炼油", "建筑建材",
            "食品加工业", "食品工业", "纺织服装", "新能源", "新一代信息技术", "生物技术", "高端装备制造", "新材料", "节能环保",
            "新能源汽车", "半导体照明", "通信网络设备", "平板显示", "科技服务业", "研发设计", "技术转移", "创业孵化", "科技咨询",
            "现代物流业", "电子商务", "金融服务业", "融资租赁", "保险", "信托", "商务服务", "营销策划", "市场调查",
            "管理咨询", "文化产业", "旅游业", "农业", "文化创意", "动漫游戏", "数字内容", "健康养老业", "休闲度假游", "粮食生产",
            "都市农业", "休闲旅游农业", "出口创汇农业", "生态农业", "现代种业", "农产品精深加工", "智能装备", "精细化工",
            "清洁能源", "现代中药", "空港物流", "现代制造", "临空综合服务", "临空产业", "工业设计", "科技研发", "信息服务",
            "工业互联网", "创业投资",
        ],
        targets=[
            {"year": 2017, "metric": "全社会R&D经费支出占GDP比重", "value": "1.3", "unit": "%", "qualifier": "达到"},
            {"year": 2017, "metric": "规模以上工业企业R&D经费支出占主营业务收入比重", "value": "0.7", "unit": "%",
             "qualifier": "达到……以上"},
            {"year": 2017, "metric": "有效发明专利拥有量年均增长", "value": "10", "unit": "%", "qualifier": "以上"},
            {"year": 2017, "metric": "服务业增加值占全省GDP比重", "value": "40", "unit": "%", "qualifier": "达到……左右"},
            {"year": 2017, "metric": "规模以上工业中装备制造业增加值占比", "value": "23", "unit": "%", "qualifier": "达到"},
            {"year": 2017, "metric": "规模以上工业中高新技术产业增加值占比", "value": "15", "unit": "%", "qualifier": "达到"},
            {"year": 2017, "metric": "传统支柱产业核心装备达到国际先进水平的比例", "value": "80", "unit": "%"},
            {"year": 2017, "metric": "规模以上工业企业新产品产值率", "value": "8", "unit": "%", "qualifier": "达到……以上"},
            {"year": 2017, "metric": "高技术含量、高附加值的省名牌产品", "value": "500", "unit": "个", "qualifier": "达到"},
            {"year": 2017, "metric": "科技进步对全省经济增长的贡献率", "value": "55", "unit": "%", "qualifier": "达到……以上"},
            {"year": 2017, "metric": "全社会劳动生产率", "value": "9", "unit": "万元/人", "qualifier": "达到"},
            {"year": 2017, "metric": "全省规模以上工业万元增加值能耗", "value": "15", "unit": "%", "qualifier": "比2014年下降……以上"},
            {"year": 2017, "metric": "化学需氧量排放量", "value": "3", "unit": "%", "qualifier": "比2014年削减……以上"},
            {"year": 2017, "metric": "氨氮排放量", "value": "4.5", "unit": "%", "qualifier": "比2014年削减……以上"},
            {"year": 2017, "metric": "二氧化硫排放量", "value": "3", "unit": "%", "qualifier": "比2014年削减……以上"},
            {"year": 2017, "metric": "氮氧化物排放量", "value": "7", "unit": "%", "qualifier": "比2014年削减……以上"},
            {"year": 2017, "metric": "工业固体废弃物综合利用率", "value": "5", "unit": "个百分点", "qualifier": "比2014年提高"},
        ],
        regions=["河北省", "张北县", "秦皇岛市", "廊坊市", "石家庄市", "安国市", "威县", "承德市", "武安市", "保定市", "曹妃甸区",
                 "固安县"],
        agency_groups=[
            dict(name="省科技领导小组", members_as_written=[], members=[]),
            dict(name="战略性新兴产业领导小组", members_as_written=[], members=[]),
            dict(name="工业强省战略领导小组", members_as_written=[], members=[]),
            dict(name="省创新驱动发展战略领导小组", members_as_written=[], members=[]),
            dict(name="京津冀科技发展协调委员会", members_as_written=[], members=[]),
        ],
        uncertain=[],
    ),
    # An interview (答记者问) with the head of 人社部职业能力建设司 about the 计划, reposted by 河北人社. No title line of
    # a document and no issuing body of the text itself.
    "h02_hebei_0292": dict(
        title="",
        issuers=[],
        plans_cited=[
            "新生代农民工职业技能提升计划（2019—2022年）", "2017年农民工监测调查报告", "国民经济和社会发展第十三个五年规划纲要",
            "新时期产业工人队伍建设改革方案", "“十三五”脱贫攻坚规划", "关于实施乡村振兴战略的意见",
            "国务院关于推行终身职业技能培训制度的意见",
        ],
        not_cited=["计划"],
        parks=[],
        technologies=[],
        chains=[],
        targets=[],
        regions=[],
        uncertain=[],
    ),
    # Eight Hebei bodies (signature), 2022-01-20. The text begins with the notice's body: no title line.
    "h03_hebei_0529": dict(
        title="",
        issuers=[
            "河北省人力资源和社会保障厅", "河北省工业和信息化厅", "河北省民政厅", "河北省交通运输厅", "河北省乡村振兴局",
            "河北省总工会", "中国共产主义青年团河北省委员会", "河北省妇女联合会",
        ],
        plans_cited=["关于开展2022年春风行动的通知"],
        not_cited=[],
        parks=["雄安新区"],
        technologies=["视频直播"],
        chains=["县域特色产业集群"],
        targets=[],
        regions=["河北省"],
        uncertain=[],
    ),
    # 河北省人民政府办公厅, 2021-08-09. The notice begins with the addressee line; its own title is not in the text;
    # the 方案's heading (broken over two lines) is the title.
    "h04_hebei_0059": dict(
        title="河北省县域特色产业提质升级工作方案（2021-2025年）",
        issuers=["河北省人民政府办公厅"],
        plans_cited=["建设项目环境影响评价分类管理名录"],
        not_cited=["河北省县域特色产业提质升级工作方案（2021-2025年）"],
        tasks=H04_TASKS,
        full=FULL_2021,
        parks=["雄安新区"],
        technologies=["5G网络", "大数据中心", "工业互联网", "智能制造", "工业软件", "互联网", "物联网", "区块链", "手机APP"],
        chains=[
            "县域特色产业集群", "工业设计", "材料延伸产业", "时尚消费产业", "中场配套产业", "民生健康产业", "先进装备产业",
            "数字科技产业", "移动电商", "直播电商", "社交电商", "食品", "乳品", "葡萄酒", "食用菌", "农业产业集群", "传统产业",
        ],
        targets=[
            {"year": 2025, "metric": "打造材料延伸、时尚消费、中场配套超万亿产业", "value": "3", "unit": "个", "qualifier": "力争"},
            {"year": 2025, "metric": "形成超千亿特色产业集群", "value": "4", "unit": "个", "qualifier": "力争"},
            {"year": 2025, "metric": "培育超百亿龙头企业", "value": "15", "unit": "个", "qualifier": "力争"},
        ],
        regions=["河北省"],
        agency_groups=[dict(name="省企业上市工作联席会议", members_as_written=[], members=[])],
        uncertain=["河北省人民政府政务服务管理办公室"],
    ),
    # 河北省科学技术厅, 冀科政〔2015〕18号, 2015-12-10. The notice's title is in the text (the body on the line above
    # 关于, the title broken over two lines); the 办法 it issues is the sub-plan.
    "h05_hebei_0097": dict(
        title="河北省科学技术厅关于印发《河北省产业技术创新战略联盟构建与发展实施办法》的通知",
        sub_plans=["河北省产业技术创新战略联盟构建与发展实施办法"],
        issuers=["河北省科学技术厅"],
        plans_cited=[
            "中共中央国务院关于深化体制机制改革加快实施创新驱动发展战略的实施意见",
            "中共河北省委河北省人民政府关于深化科技体制改革加快推进创新发展的实施意见",
            "关于推进河北省产业技术创新战略联盟建设的指导意见", "合伙企业法", "个人独资企业法", "创新联盟项目管理办法",
            "创新联盟经费管理办法", "创新联盟知识产权管理办法",
        ],
        not_cited=["河北省产业技术创新战略联盟构建与发展实施办法", "实施办法"],
        parks=[],
        technologies=[],
        chains=["传统产业", "战略性新兴产业", "县域特色产业"],
        targets=[],
        regions=["河北省"],
        uncertain=[],
    ),
    # 河北省科学技术厅, 2011-09-22 (冀科农函【2011】号, number missing). The notice's title is in the text.
    "h06_hebei_0126": dict(
        title="河北省科学技术厅关于印发《河北省农业科技园区管理办法》的通知",
        sub_plans=["河北省农业科技园区管理办法"],
        issuers=["河北省科学技术厅"],
        plans_cited=[],
        not_cited=["河北省农业科技园区管理办法"],
        parks=[],
        technologies=[],
        chains=["现代农业"],
        targets=[],
        regions=["河北省"],
        uncertain=[],
    ),
    # 河北省科学技术厅, 冀科农规〔2023〕1号, 2023-01-01. The notice's title is in the text; it issues two documents
    # (sub-plans) and repeals their 2021 versions, which have the same titles (cited, README).
    "h07_hebei_0950": dict(
        title="河北省科学技术厅关于印发《河北省农业科技园区管理办法》《河北省农业科技园区评估管理实施细则》的通知",
        sub_plans=["河北省农业科技园区管理办法", "河北省农业科技园区评估管理实施细则"],
        issuers=["河北省科学技术厅"],
        plans_cited=[
            "国家农业科技园区管理办法", "河北省农业科技园区管理办法", "河北省农业科技园区年度自评估报告",
            "河北省农业科技园区评估管理实施细则",
        ],
        not_cited=[],
        cited_order=True,
        parks=["国家农业高新技术产业示范区"],
        technologies=[],
        chains=["现代农业", "科技服务业", "农业高新技术产业"],
        targets=[],
        regions=["河北省"],
        uncertain=[],
    ),
    # 国务院办公厅, 国办发〔2018〕4号, 2018-01-16 (reposted by the Hebei 科技厅). The body stands on the line above 关于.
    "h08_hebei_0782": dict(
        title="国务院办公厅关于推进农业高新技术产业示范区建设发展的指导意见",
        issuers=["国务院办公厅"],
        plans_cited=[],
        not_cited=[],
        parks=["黄河三角洲农业高新技术产业示范区", "国家农业高新技术产业示范区"],
        technologies=["信息技术"],
        chains=[
            "现代农业", "高新技术产业", "农业高新技术产业集群", "农业产业", "循环生态农业", "智慧农业", "农产品电商",
        ],
        targets=[],
        regions=[],
        uncertain=[],
    ),
    # 电力装备制造业数字化转型实施方案 (2024, PDF text). No title line; the text names no issuer.
    "h09_xlsx_0009": dict(
        title="",
        issuers=[],
        plans_cited=["制造业数字化转型行动方案"],
        not_cited=[],
        parks=[],
        technologies=[
            "新一代信息技术", "智能制造", "人工智能", "工业互联网", "成套发电装备", "输配电装备", "虚拟现实", "智能算法", "大数据",
            "载荷分析工具", "数值模拟技术", "风电叶片", "燃气轮机叶片", "水轮机转轮", "变压器", "智能设计", "多场耦合仿真工具",
            "电机转子", "励磁设备", "开关保护电器", "智能计划排程系统", "输变电装备", "机器人自动焊接技术", "定转子线圈", "冲片",
            "叠片", "大型发电装备", "大空间数字测量设备", "虚拟装配技术", "人工智能图像识别", "大数据分析", "工业互联网标识解析技术",
            "特高压输变电装备", "数字李生", "智能传感技术", "汽轮机叶片", "风电装备", "物联网", "AI视觉", "无人机", "风电机组",
            "风机叶片", "数字技术", "绿色技术", "数控机床", "基础制造装备", "增材制造装备", "工业机器人", "工业控制装备",
            "传感与检测装备", "无人车辆", "巡检机器人", "柔性生产", "发电装备控制系统", "风资源仿真设计软件", "工业软件",
            "发电机组", "三维软件", "高压气体开关", "高压开关", "虚拟样机技术", "高速摄像", "动态压力传感", "特高压输配电装备",
            "传感器", "激光测量与定位", "机器视觉识别", "伺服耦合", "机器人控制", "三维视觉算法", "5G", "机内在线测量与自补偿",
            "机内自动测刀", "加工过程监控技术", "零点快换技术", "自动导向车", "AGV", "制造执行系统", "仓库控制系统", "光伏组件",
            "AI技术", "柔性焊接", "模块化", "产线重构", "单悬臂焊接", "双机器人悬臂焊接", "小龙门焊接", "大龙门焊接机器人",
            "垂直焊", "水平焊", "焊接机器人", "视觉引导装配技术", "视觉引导技术", "三工位隔离开关", "汽轮机", "叶片", "轮盘",
            "AI大模型", "变压器线圈", "视觉检测", "机器视觉技术", "AI机器视觉", "线圈绕制综合在线检测装备", "3D扫描技术",
            "智能仓储物流", "仓储管理系统", "WMS", "条码", "摄像头", "爬塔小车", "智能机器人", "海量实时数据处理", "边缘数据采集",
            "人工智能算法", "数控加工装备", "热处理炉", "机器人", "焊机", "数据采集与监视控制系统",
        ],
        chains=["电力装备先进制造业集群"],
        targets=[
            {"year": 2027, "metric": "电力装备制造业重点企业关键工序数控化率", "value": "75", "unit": "%", "qualifier": "超过"},
            {"year": 2027, "metric": "电力装备制造业重点企业数字化研发设计工具普及率", "value": "90", "unit": "%",
             "qualifier": "超过"},
            {"year": 2027, "metric": "建成国家级智能工厂", "value": "15", "unit": "个", "qualifier": "左右"},
            {"year": 2027, "metric": "建成数字领航企业", "value": "5", "unit": "家", "qualifier": "左右"},
            {"year": 2027, "metric": "建成5G工厂", "value": "10", "unit": "个", "qualifier": "左右"},
            {"year": 2027, "metric": "建设电力装备制造数字化转型促进中心", "value": "3", "unit": "个", "qualifier": "左右"},
            {"year": 2027, "metric": "培育特色专业型工业互联网平台、优秀解决方案服务商", "value": "10", "unit": "个",
             "qualifier": "左右"},
        ],
        regions=[],
        uncertain=[],
    ),
    # 中小企业数字化赋能专项行动方案 (2020). No title line; the text names no issuer.
    "h10_xlsx_0078": dict(
        title="",
        issuers=[],
        plans_cited=["网络安全法"],
        not_cited=[],
        parks=[],
        technologies=[
            "新一代信息技术", "信息技术", "行程卡", "健康码", "智能通讯", "远程协作", "视频会议", "虚拟云桌面", "超高清视频",
            "全息投影视频", "物联网", "大数据", "边缘计算", "5G", "人工智能", "增强现实/虚拟现实", "工程设计", "电子设计", "建模",
            "仿真", "产品生命周期管理", "制造运营管理", "自动化控制", "工业APP", "智能制造", "工业互联网", "智能生产线", "智能车间",
            "智能工厂", "弹性分布式计算", "数据存储", "在线机器学习", "自然语言处理", "图像理解", "语音识别", "知识图谱",
            "数据可视化", "数字孪生", "高速宽带网络", "工业互联网标识",
        ],
        chains=[
            "新零售", "无人配送", "智慧物流", "数字经济", "在线办公", "在线教育", "远程医疗", "共享制造", "个性化定制", "服务型制造",
            "算法产业", "数据产业",
        ],
        targets=[],
        regions=[],
        uncertain=[],
    ),
    # 工业和信息化部, 公安部, 住房和城乡建设部, 交通运输部 (named in the text as the bodies that decide and notify),
    # 2023-11. Begins with the addressee line: no title line. Its 附件1, the 实施指南, is the sub-plan.
    "h11_xlsx_0017": dict(
        title="",
        sub_plans=["智能网联汽车准入和上路通行试点实施指南"],
        issuers=["工业和信息化部", "公安部", "住房和城乡建设部", "交通运输部"],
        plans_cited=[
            "关于加强智能网联汽车生产企业及产品准入管理的意见", "中华人民共和国道路交通安全法", "中华人民共和国网络安全法",
            "中华人民共和国数据安全法", "中华人民共和国安全生产法", "中华人民共和国道路运输条例",
            "道路机动车辆生产企业及产品准入管理办法", "汽车数据安全管理若干规定（试行）", "汽车驾驶自动化分级",
        ],
        not_cited=[],
        parks=[],
        technologies=["智能网联汽车", "3级驾驶自动化", "4级驾驶自动化", "自动驾驶", "车能路云"],
        chains=["智能网联汽车产业"],
        targets=[],
        regions=[],
        uncertain=[],
    ),
    # 智能汽车创新发展战略 (2020). No title line; the text names no issuer.
    "h12_xlsx_0081": dict(
        title="",
        issuers=[],
        plans_cited=["道路交通安全法"],
        not_cited=[],
        parks=["国家车联网先导区"],
        technologies=[
            "智能汽车", "先进传感器", "人工智能", "自动驾驶", "北斗卫星导航定位系统", "有条件自动驾驶", "高度自动驾驶",
            "智能交通", "车用无线通信网络", "新一代车用无线通信网络", "高精度时空基准服务", "复杂系统体系架构", "复杂环境感知",
            "智能决策控制", "人机交互", "人机共驾", "车路交互", "网络安全", "新型电子电气架构", "多源传感信息融合感知",
            "新型智能终端", "智能计算平台", "智能汽车基础地图", "云控基础平台", "虚拟仿真", "软硬件结合仿真", "实车道路测试",
            "多层级测试评价系统", "车载高精度传感器", "车规级芯片", "智能操作系统", "车载智能终端", "车联网", "大数据",
            "高分辨率对地观测系统", "车辆电子控制", "高性能芯片", "激光/毫米波雷达", "微机电系统", "惯性导航系统", "智慧道路",
            "新一代国家交通控制网", "5G", "公众移动通信网", "边缘计算", "窄带物联网", "北斗卫星导航定位基准站网", "多源导航平台",
            "车用应急系统", "辅助北斗系统", "道路交通地理信息系统", "地理信息系统", "智能汽车大数据云控基础平台", "云计算中心",
            "基础数据中心", "云控基础软件",
        ],
        chains=[
            "汽车产业", "数字经济", "智能汽车关键零部件产业集群", "道路智能设施", "高精度时空基准服务", "智能汽车基础地图", "车联网",
            "网络安全", "智能出行", "数据增值", "出行服务", "金融保险", "智能汽车产业",
        ],
        targets=[],
        regions=[],
        agency_groups=[dict(
            name="国家制造强国建设领导小组车联网产业发展专项委员会", members_as_written=[], members=[],
            parent_as_written="国家制造强国建设领导小组", parent="国家制造强国建设领导小组",
        )],
        uncertain=[],
    ),
}


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
    if d.get("cited_order"):
        # h07: two cited titles first occur as the sub-plans' titles; the order is that of the citing occurrences
        assert sorted(found) == sorted(d["plans_cited"]), (stem, found, d["plans_cited"])
    else:
        assert found == d["plans_cited"], (stem, found, d["plans_cited"])
    resp = cg.responsibility_brackets(stem, text)
    tasks = []
    if "tasks" in d:
        assert len(resp) == len(d["tasks"]), (stem, len(resp), len(d["tasks"]))
        for (heading, units), (pos, inner) in zip(d["tasks"], resp):
            written = units.split()
            got, leads = cg.units_of(inner)
            assert got == written, (stem, heading, got, written)
            assert not leads, (stem, heading, leads)
            tasks.append({"heading": heading, "responsible_as_written": written,
                          "responsible": [d["full"][u] for u in written], "lead": []})
    else:
        for pos, inner in resp:
            raise AssertionError(f"{stem}: unexpected responsibility bracket {inner}")
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
    assert sorted(DOCS) == sorted(p.stem for p in (HERE / "texts").glob("*.txt")), "one entry per text"
    for stem, d in DOCS.items():
        build(stem, d)
