"""The hand annotations of heldout21, written as data, and the script that writes gold/*.json from them.

Everything here was decided by the annotator from reading each text in full (README.md, "How it was made"):
titles, sub-plans, issuers, cited plans, tasks, parks, technologies, chains, targets, regions, agency groups and
uncertain names. Responsibility brackets: a text's `tasks` (default []) must have as many entries as check_gold.py's
splitter and its independent census count (asserted in build()). The cited titles of every text were listed by
hand and compared with a plain re.findall over 《…》 / «…» (assert in build(), with the exclusions written per text
in `not_cited`: the document itself, its sub-plans and its own short names, and short names of titles already
cited).

The mention lists (parks, technologies, chains) are written below in reading order and put into order of first
occurrence in the text by `first_occurrence` (the position of the string's first occurrence anywhere in the
text); every mention is asserted to occur verbatim and once per list. The decisions behind doubtful entries are in
CONVENTIONS.md ("Decisions taken while annotating") and README.md.

Adapted from tests/heldout20/annotate.py (its structure; a `tasks` key per text is allowed, checked by build()).

Usage (once, before the freeze): /dev/shm/h21/venv/bin/python tests/heldout21/annotate.py   (python with opencc)
"""
import json
import re
from pathlib import Path

import check_gold as cg

HERE = Path(__file__).resolve().parent

DOCS = {}

# 冀政办字〔2017〕100号 (2017-08-07): the notice of 河北省人民政府办公厅 (title in three lines, the body before 关于) and
# the issued 实施方案 (its 《》 title in the notice is the sub-plan).
DOCS["h01_hebei_0070"] = dict(
    title="河北省人民政府办公厅关于印发河北·京南国家科技成果转移转化示范区建设实施方案（2017-2020年）的通知",
    sub_plans=["河北·京南国家科技成果转移转化示范区建设实施方案（2017-2020年）"],
    issuers=["河北省人民政府办公厅"],
    plans_cited=["国务院办公厅关于印发促进科技成果转移转化行动方案的通知",
                 "科技部关于建设河北·京南国家科技成果转移转化示范区的函",
                 "河北省高新技术企业跨认定机构管理区域整体迁移资质认定实施细则",
                 "河北省大型科研仪器设备开放共享服务绩效评价办法",
                 "河北省大型科研仪器设备共享服务财政后补助实施细则",
                 "企业知识产权管理规范",
                 "关于落实以增加知识价值为导向分配政策的实施意见",
                 "中华人民共和国促进科技成果转化法",
                 "河北省促进科技成果转化条例",
                 "河北省促进科技成果转移转化行动计划（2016-2020年）",
                 "发挥中关村节能环保技术优势推进京津冀传统产业转型升级工作方案"],
    not_cited=["河北·京南国家科技成果转移转化示范区建设实施方案（2017-2020年）"],
    parks=["河北·京南国家科技成果转移转化示范区", "石家庄国家高新区", "保定国家高新区", "固安高新区", "白洋淀科技城",
           "亦庄·永清高新区", "霸州经济开发区", "长城汽车科技园", "高碑店国际创新园", "涿州国家农业科技园区",
           "任丘经济开发区", "衡水高新区", "石家庄高新区", "保定高新区", "中国（河北）博士后成果转化基地", "雄安新区",
           "北京新机场临空经济区", "北京中关村国家自主创新示范区", "天津滨海国家自主创新示范区"],
    technologies=["OLED显示器", "航空发动机", "智能电网", "人工智能", "节能环保技术"],
    chains=["高新技术产业", "先进装备制造", "大智移云", "生命健康", "新能源", "新材料", "节能环保", "新能源汽车",
            "科技服务业", "现代农业", "生物医药", "新一代显示材料", "北斗导航", "汽车", "生物制药", "环保监测",
            "智能装备", "新一代信息技术", "创业投资", "天使投资", "互联网股权众筹", "金融租赁", "融资租赁",
            "科技小额贷款", "高端制造业", "高端服务业"],
    targets=[
        dict(year=2020, metric="示范区研发投入占GDP比重", value="2.5", unit="%", qualifier="达到"),
        dict(year=2020, metric="每万人口发明专利拥有量", value="6", unit="件", qualifier="达到"),
        dict(year=2020, metric="保定高新区综合排名进入全国前", value="20", unit="位"),
        dict(year=2020, metric="固安高新区科技创新能力进入全省前", value="5", unit="位"),
        dict(year=2020, metric="省级以上技术转移机构", value="10", unit="个", qualifier="超过"),
        dict(year=2020, metric="技术合同交易总额", value="100", unit="亿元", qualifier="突破"),
        dict(year=2020, metric="吸纳京津技术合同交易额占全省的比例", value="1/3", unit="", qualifier="以上"),
        dict(year=2020, metric="高新技术企业", value="1000", unit="家", qualifier="达到"),
        dict(year=2020, metric="科技型中小企业", value="1", unit="万家", qualifier="达到"),
        dict(year=2020, metric="科技小巨人企业", value="1000", unit="家", qualifier="达到"),
        dict(year=2020, metric="规模以上工业企业研发投入占主营业务收入的比例", value="1.3", unit="%", qualifier="达到"),
        dict(year=2020, metric="研发投入出自企业", value="90", unit="%"),
        dict(year=2020, metric="研发机构建在企业", value="80", unit="%"),
        dict(year=2020, metric="发明专利源自企业", value="80", unit="%"),
        dict(year=2020, metric="研发人员集中在企业", value="80", unit="%"),
        dict(year=2020, metric="技术交易发生在企业", value="80", unit="%"),
        dict(year=2020, metric="高新技术产业增加值平均增速", value="15", unit="%", qualifier="达到……以上"),
        dict(year=2020, metric="高新技术产业增加值占规模以上工业增加值的比重", value="30", unit="%", qualifier="达到"),
        dict(year=2020, metric="省级以上科技企业孵化器", value="30", unit="个", qualifier="达到"),
        dict(year=2020, metric="众创空间（星创天地）", value="100", unit="个", qualifier="达到"),
        dict(year=2020, metric="省级技术创新中心", value="5", unit="个", qualifier="超过"),
        dict(year=2020, metric="产业技术创新联盟", value="20", unit="个", qualifier="达到"),
        dict(year=2020, metric="省级以上创新型产业集群", value="10", unit="个", qualifier="达到"),
    ],
    regions=["河北省", "石家庄市", "保定市", "固安县", "永清县", "霸州市", "高碑店市", "涿州市", "任丘市", "衡水市",
             "天津市", "北京市"],
    agency_groups=[dict(name="示范区联席会议", members_as_written=["科技部"], members=["科学技术部"])],
    uncertain=[],
)

# 银发〔2014〕9号 (2014-01-07): the six national bodies' 意见; heading with the bodies before 关于; signed by the six.
DOCS["h02_hebei_0823"] = dict(
    title="中国人民银行科技部银监会证监会保监会知识产权局关于大力推进体制机制创新扎实做好科技金融服务的意见",
    issuers=["中国人民银行", "科学技术部", "中国银行业监督管理委员会", "中国证券监督管理委员会",
             "中国保险监督管理委员会", "国家知识产权局"],
    plans_cited=["中共中央国务院关于深化科技体制改革加快国家创新体系建设的意见"],
    not_cited=[],
    parks=[],
    technologies=[],
    chains=["创业投资", "天使投资", "战略性新兴产业"],
    targets=[],
    regions=[],
    agency_groups=[
        dict(name="“促进科技和金融结合试点工作”部际协调机制", members_as_written=[], members=[]),
        dict(name="科技金融服务工作协调机制", members_as_written=["科技", "财政", "金融监管部门"],
             members=["科技部门", "财政部门", "金融监管部门"]),
    ],
    uncertain=[],
)

# 冀科区〔2017〕10号 (2017-07-06): 河北省科学技术厅's notice (title over three lines) issuing the 工作指引; 附件1 (list of
# pilot counties) and the 工作指引 with its own attachments 2-1..2-3 (forms and a template: the document's own parts).
DOCS["h03_hebei_0075"] = dict(
    title="河北省科学技术厅关于印发《建设创新型县（市、区）工作指引》的通知",
    sub_plans=["建设创新型县（市、区）工作指引"],
    issuers=["河北省科学技术厅"],
    plans_cited=["关于县域创新驱动发展的若干意见", "关于加快科技创新建设创新型河北的决定", "京津冀协同发展规划纲要"],
    not_cited=["建设创新型县（市、区）工作指引", "指引", "建设创新型县（市、区）指标体系表", "县（市、区）科技创新基本情况表",
               "河北省创新型县（市、区）试点工作实施方案", "创新型县（市、区）试点工作实施方案", "建设创新型县（市、区）指标体系"],
    parks=[],
    technologies=[],
    chains=["战略性新兴产业", "传统产业", "现代农业", "高新技术产业", "新兴产业", "科技咨询服务业"],
    targets=[
        dict(year=2020, metric="三分之二以上的创新型县（市、区）R&D占GDP比重", value="2.5", unit="%", qualifier="超过"),
    ],
    regions=["河北省"],
    agency_groups=[dict(name="创新型县（市、区）建设工作领导小组", members_as_written=[], members=[])],
    uncertain=[],
)

# 冀科资规〔2020〕2号 (2020-12-30): 河北省科学技术厅's notice issuing the 实施细则. Project databases in 《》 are not
# documents (not cited); agreements are.
DOCS["h04_hebei_0957"] = dict(
    title="河北省科学技术厅关于印发《河北省科技企业贷款风险补偿实施细则》的通知",
    sub_plans=["河北省科技企业贷款风险补偿实施细则"],
    issuers=["河北省科学技术厅"],
    plans_cited=["河北省科技金融深度融合行动方案", "战略合作协议", "河北省科技企业银行贷款补偿合作协议",
                 "中国银监会关于印发〈贷款风险分类指引〉的通知", "贷款风险分类指导原则",
                 "河北省科技型中小企业贷款风险补偿实施细则（试行）"],
    not_cited=["河北省科技企业贷款风险补偿实施细则", "合作协议", "河北省科技企业银行不良贷款风险补偿项目库", "风险补偿项目库",
               "河北省科技企业银行不良贷款清偿项目库", "不良贷款清偿项目库", "科技企业数据库"],
    parks=[],
    technologies=[],
    chains=[],
    targets=[],
    regions=["河北省"],
    uncertain=[],
)

# 国办发〔2021〕26号 (2021-07-16): the text begins with the document number; no title line and the title does not
# occur in the text: title "". Signed 国务院办公厅.
DOCS["h05_hebei_0762"] = dict(
    title="",
    issuers=["国务院办公厅"],
    plans_cited=[],
    not_cited=[],
    parks=[],
    technologies=["大数据", "人工智能"],
    chains=[],
    targets=[],
    regions=[],
    uncertain=[],
)

# 国办发〔2016〕28号 (2016-04-21): the notice (title over two lines) issuing the 行动方案; the 附件 table (重点任务分工及
# 进度安排表, with a 责任部门 column) is a table, not a responsibility bracket.
DOCS["h06_hebei_0802"] = dict(
    title="国务院办公厅关于印发促进科技成果转移转化行动方案的通知",
    sub_plans=["促进科技成果转移转化行动方案"],
    issuers=["国务院办公厅"],
    plans_cited=["中华人民共和国促进科技成果转化法"],
    not_cited=["促进科技成果转移转化行动方案"],
    parks=["国家科技成果转移转化试验示范区"],
    technologies=["云计算", "大数据", "新一代信息技术", "3D打印", "网络制造", "开源软硬件"],
    chains=["传统产业", "新兴产业", "节能环保", "新一代信息技术", "生物技术", "高端装备制造", "新能源", "新材料",
            "新能源汽车", "战略性新兴产业", "电子信息", "创业投资"],
    targets=[
        dict(year=None, metric="建设示范性国家技术转移机构", value="100", unit="个", period="“十三五”期间"),
        dict(year=None, metric="支持有条件的地方建设科技成果转移转化示范区", value="10", unit="个", period="“十三五”期间"),
        dict(year=None, metric="培养专业化技术转移人才", value="1", unit="万名", period="“十三五”期间"),
        dict(year=None, metric="全国技术合同交易额", value="2", unit="万亿元", qualifier="力争达到", period="“十三五”期间"),
    ],
    regions=[],
    uncertain=[],
)

# 冀科平规〔2023〕2号 (2023-01-01): 河北省科学技术厅's notice (title over three lines) issuing the revised 管理办法.
# 第三十六条 repeals the 2018 办法 of the same title (冀科平函〔2018〕16号): another document, cited (kept rule); the
# 绩效评估指标体系 is the 办法's own 附表 (not cited).
DOCS["h07_hebei_0947"] = dict(
    title="河北省科学技术厅关于印发《河北省技术创新中心建设与运行管理办法》的通知",
    sub_plans=["河北省技术创新中心建设与运行管理办法"],
    issuers=["河北省科学技术厅"],
    plans_cited=["河北省技术创新中心建设与运行管理办法", "国家技术创新中心建设运行管理办法（暂行）",
                 "河北省技术创新中心申报书", "河北省技术创新中心建设与运行实施方案",
                 "河北省技术创新中心绩效评估办法（试行）"],
    not_cited=["申报书", "实施方案", "河北省技术创新中心绩效评估指标体系"],
    parks=["雄安新区"],
    technologies=[],
    chains=[],
    targets=[],
    regions=["河北省"],
    uncertain=[],
)

# The four national bodies' notice of 2022-09-23 on the 2022 智能制造试点示范行动 (工信厅联通装〔2022〕… ; no title line,
# the title does not occur in the text: ""). Signed by the four 办公厅. Its five 附件 (实施方案, 典型场景参考指引,
# 揭榜任务, 申报书, 推荐汇总表) are its own parts: not cited, and not sub_plans (the notice does not issue them).
DOCS["h08_xlsx_0038"] = dict(
    title="",
    issuers=["工业和信息化部办公厅", "国家发展和改革委员会办公厅", "财政部办公厅", "国家市场监督管理总局办公厅"],
    plans_cited=["“十四五”智能制造发展规划", "智能制造能力成熟度模型"],
    not_cited=["智能制造试点示范行动实施方案", "智能制造典型场景参考指引", "智能制造示范工厂揭榜任务"],
    parks=["智能制造先行区"],
    technologies=[
        "智能制造", "工业软件", "新一代信息技术", "智能工厂", "先进制造技术", "高档数控机床", "工业机器人", "增材制造装备",
        "智能传感与控制装备", "智能检测与装配装备", "智能物流与仓储装备", "行业成套装备", "智能制造装备",
        "工厂三维设计与仿真软件", "工厂信息模型", "制造系统仿真", "专家系统", "AR/VR", "建模仿真", "多模型融合",
        "数字孪生", "设计软件", "复杂建模", "物性表征", "虚拟仿真", "人工智能", "大数据", "创成式设计", "工艺仿真软件",
        "数据分析", "企业资源管理系统", "寻优算法", "计划排程系统", "调度机理建模", "制造执行系统", "运筹优化",
        "先进过程控制", "工艺机理分析", "实时优化", "预测控制", "流程建模", "机器学习", "模块化", "成组", "产线重构",
        "5G", "TSN", "生产现场设备控制系统", "智能检测装备", "机器视觉", "缺陷机理分析", "物性和成分分析", "质量管理系统",
        "区块链", "标识解析", "质量设计优化", "质量机理分析", "设备管理系统", "智能传感", "故障检测", "物联网",
        "故障机理分析", "设备健康管理系统", "智能仓储系统", "条码", "射频识别", "智能物流装备", "实时定位", "感知装置",
        "安全生产管理系统", "特征分析", "机器人", "能源管理系统", "能效优化机理分析", "深度学习", "知识图谱",
        "客户关系管理系统", "自然语言处理", "供应链管理系统", "运输管理系统", "工业互联网", "千兆光网", "工业数据中心",
        "智能计算中心", "云计算", "隐私计算", "可信数据空间", "知识自动化", "新型传感", "知识工程", "可重构生产",
        "人机高效协作", "在线精密检测",
    ],
    chains=[
        "制造业", "原材料行业", "装备制造业", "消费品行业", "电子信息行业", "石化化工", "钢铁", "有色金属", "建材", "民爆",
        "通用装备", "专用装备", "汽车", "轨道交通装备", "船舶", "航空航天", "电气机械", "仪器仪表", "食品", "饮料", "纺织",
        "服装服饰", "皮革", "制鞋", "家具", "造纸", "印刷", "医药", "化纤", "家电", "计算机", "通信", "其他电子设备",
    ],
    targets=[],
    regions=[],
    uncertain=[],
)

# 城市公共交通智能化应用示范工程建设指南 (交通运输部, 2014): no title line and the title does not occur in the text
# (it says 本指南 only): "". The text names no issuing body (交通运输部科学研究院 only drafted it, 部 only makes the
# standards): issuers []. The eleven 工程标准 that 交通运输部 is to make are other documents: cited.
DOCS["h09_xlsx_0124"] = dict(
    title="",
    issuers=[],
    plans_cited=["公路水路交通运输信息化“十二五”发展规划", "公路水路交通运输信息化“十二五”发展规划推进方案",
                 "公交都市考核评价指标体系", "基础地理信息数字产品", "基础地理信息要素数据字典", "基础地理信息要素分类与代码",
                 "基础地理信息标准数据基本规定", "安全防范视频监控联网系统信息传输、交换、控制技术要求", "电子计算机机房设计规范",
                 "城市公共汽电车车载智能服务终端", "城市公共汽电车电子站牌及数据通讯协议", "城市公共汽电车设备数据总线通信接口规范",
                 "城市公共汽电车车载设备数据采集通讯协议", "城市轨道交通客流数据采集与传输规范",
                 "城市公共交通管理与服务信息系统数据交换规范", "城市公共交通管理与服务信息系统数据元",
                 "城市公共交通智能调度系统技术要求", "城市公共交通出行信息服务技术要求", "城市公共交通行业监管系统技术要求",
                 "城市公共交通智能化应用示范工程总体技术要求"],
    not_cited=[],
    parks=[],
    technologies=[
        "城市公共交通智能化系统", "车载智能服务终端", "客流统计器", "视频监控", "车载智能终端", "电子信息服务屏", "LED",
        "LCD", "触摸屏", "车载终端", "电子地图", "IC卡刷卡机", "智能投币机", "客流采集器", "企业资源管理系统", "移动互联网",
        "面向服务的架构", "消息中间件技术", "虚拟化", "云计算", "数据库服务器", "双机热备", "高可用集群", "负载均衡",
        "应用服务器", "ESB", "统一访问控制系统", "公共交通信号优先系统", "北斗卫星导航", "首末站调度与信息查询服务终端",
        "站台信息服务终端", "站台视频监控系统", "进出场监测设备", "售检票系统", "屏蔽门控制系统", "周界防范系统",
    ],
    chains=["城市公共交通行业"],
    targets=[
        dict(year=None, metric="城市公共汽电车系统的基础信息采集入库比率", value="100", unit="%", qualifier="达到"),
        dict(year=None, metric="车载智能服务终端的平均上线率", value="95", unit="%", qualifier="不低于"),
        dict(year=None, metric="城市公共汽电车系统的运行信息采集入库比率", value="100", unit="%", qualifier="达到"),
        dict(year=None, metric="BRT系统站台视频监控设备安装率", value="100", unit="%", qualifier="达到"),
        dict(year=None, metric="重点枢纽站及公共汽电车首末站视频监控设备安装率", value="100", unit="%", qualifier="达到"),
        dict(year=None, metric="已安装车载智能终端的公共汽电车车辆实现智能调度、车辆动态监控、调度计划的自动生成以及动态排班等功能",
             value="100", unit="%"),
    ],
    regions=[],
    uncertain=[],
)

# 国家医疗保障局's notice of 2023-09 on 智能审核和监控 (addressed to the provincial 医疗保障局; no title line, the title
# does not occur in the text: ""). Unsigned; 国家医保局 is named only as scheduling the work and receiving reports
# (kept rule, as heldout20 h10): issuers [].
DOCS["h10_xlsx_0020"] = dict(
    title="",
    issuers=[],
    plans_cited=["中共中央国务院关于深化医疗保障制度改革的意见", "医疗保障基金使用监督管理条例",
                 "国务院办公厅关于推进医疗保障基金监管制度体系改革的指导意见",
                 "国务院办公厅关于加强医疗保障基金使用常态化监管的实施意见",
                 "关于进一步明确市县级医保部门数据应用模式的通知", "医疗保障基金结算清单"],
    not_cited=[],
    parks=[],
    technologies=["大数据分析", "大数据建模", "知识图谱", "身份识别", "视频监控", "医保电子凭证", "人脸识别", "人工智能",
                  "大数据技术"],
    chains=[],
    targets=[],
    regions=[],
    uncertain=[],
)

# 关于加快煤矿智能化发展的指导意见 (2020-02-25, eight national bodies): the text is the body only (no title line, no
# signature, no 《》): title "", issuers [].
DOCS["h11_xlsx_0079"] = dict(
    title="",
    issuers=[],
    plans_cited=[],
    not_cited=[],
    parks=[],
    technologies=["人工智能", "工业物联网", "云计算", "大数据", "机器人", "智能装备", "煤矿智能化系统", "精准地质探测",
                  "精确定位与数据高效连续传输", "智能快速掘进", "复杂条件智能综采", "连续化辅助运输", "露天开采无人化连续作业",
                  "重大危险源智能感知与预警", "煤矿机器人", "井下数码电子雷管", "智能工厂", "数字化车间", "大型煤机装备",
                  "矿区地表环境治理与修复", "煤层气（煤矿瓦斯）智能抽采利用", "绿色开采技术", "新一代信息技术", "工业互联网",
                  "车联网", "新一代通信技术", "虚拟现实"],
    chains=["煤炭工业", "煤矿智能化产业", "智能煤机制造产业链", "煤矿智能装备", "煤矿机器人研发制造新产业"],
    targets=[],
    regions=[],
    uncertain=[],
)

# 轻工业数字化转型实施方案 (draft of 2024; the text is the body with its two 附件; no title line, the title does not
# occur in the text: ""; no issuer named). Line breaks of the PDF crawl: every mention is strictly verbatim (a term
# broken by a line end and nowhere unbroken is left out); one cited standard's title holds the page number 14.
DOCS["h12_xlsx_0007"] = dict(
    title="",
    issuers=[],
    plans_cited=['制造业数字化转型行动方案', '数字化车间通用技术要求', '数字化车间功能安全要求', '智能工厂通用技术要求', '智能工厂安全控制要求', '流程型智能制造能力建设指南', '离散型智能制造能力建设指南', '数控装备互联互通及互操作', '智能工厂数控机床互联接口规范', '智能制造应用互联', '机器人制造数字化车间装备互联互通和互操作规范', '制造装备智能化通用技术要求', '智能制造射频识别系统通用技术要求', '基于OPCUA的数字化车间互联网络架构', '家用电器产品个性化定制指南', '基于工业云平台的个性化定制技术要求', '智能制造大规模个性化定制', '智能制造网络协同制造业务架构与信息模型', '智能制造网络协同设计', '智能工厂面向柔性制造的自14动化系统通用要求', '数字化协同工程协同设计要求', '智能家具通用技术要求', '智能制造机器视觉在线检测系统通用要求', '智能制造机器视觉在线检测系统测试方法', '智能制造工业大数据系统功能要求', '产品几何技术规范（GPS）生产过程在线测量', '自动化系统与集成复杂产品数字孪生体系架构', '数字化车间机床制造信息模型', '智能制造远程运维系统通用要求', '信息技术远程运维技术参考模型', '数控机床远程运维', '信息技术数字孪生', '工业机器人运行维护', '信息技术大数据数据分类指南', '信息技术大数据工业产品核心元数据', '信息技术大数据接口基本要求', '数据安全技术大数据服务安全能力要求', '信息安全技术数据安全能力成熟度模型'],
    not_cited=[],
    parks=["安徽合肥家电", "福建德化陶瓷"],
    technologies=[
        "数字技术", "物联网", "大数据", "人工智能", "智能家居", "智能穿戴", "智能骑行", "智能排产", "自动化装配组装", "智能仓储",
        "智能配方设计", "质量在线监测", "设备预防性维护", "家电垂域大模型技术", "智能感知交互技术", "智能适老化技术",
        "3D建模技术", "金属部件数控焊接", "家具力学综合试验验证", "智能家具产品", "自动上下料工业机器人",
        "断线钳自动加工设备", "智能厨卫", "门锁", "智能化连续蒸煮和连续制浆工艺",
        "节水节能智能监测系统", "配方智能比对", "液体洗涤剂智能灌装产线", "智能洗涤烘干系统", "自动码垛机器人", "智能焊接机器人", "自动化装配组装产线", "智能网联车", "机器视觉",
        "皮革瑕疵智能检测设备", "智能分级系统", "绿色产品全生命周期量化评价和溯源系统", "数字化高精度检测设备", "自动化塑料薄膜挤出设备",
        "智能化双向拉伸薄膜设备", "自动装配", "智能充放电测试", "智能照明控制系统",
        "灯具自动化生产线", "数字化产线", "数字化车间", "智能工厂", "可编程逻辑控制器",
        "分布式控制系统", "工业控制系统", "工业机器人", "智能检测装备", "制造执行系统", "智能装备", "工业软件", "5G", "工业光网",
        "IPv6", "AI大模型", "智能家电", "数字化仿真设计", "智能化立体库", "自动化多工位金属加工设备", "智能化加工中心",
        "数控机床", "仓储立体库", "机器人", "机器视觉识别检测", "质量追溯系统", "3D设计", "虚拟仿真设计",
        "节能减排智能监测控制系统", "自动化设备", "智能工业操作系统", "节水设备", "数字化检测系统",
        "照明产品生产自动化装备", "数据中心", "工业互联网", "工业APP", "标识解析", "智能芯片", "智能控制", "人机交互", "系统集成",
        "协同设计", "柔性制造", "个性化定制", "预防性维护", "通用大模型", "智能制造", "垂直应用大模型", "物联感知",
        "适老化智能家居", "生活服务类机器人", "三维辅助设计", "CAD", "CAE", "三维建模", "模拟仿真", "3D打印技术", "ERP", "MES",
        "APS", "柔性可重构产线", "智能仪表", "数据采集和监控系统", "自动化成套装备", "数字化控制系统", "柔性智能制造单元",
        "射频技术", "传感技术", "网络通信技术", "供应链协同管理系统", "知识图谱技术", "深度学习", "虚拟现实",
        "增强现实",
    ],
    chains=[
        "轻工业", "家用电器行业", "家具行业", "五金制品行业", "造纸行业", "日用化学品行业", "自行车/电动自行车行业", "皮革行业",
        "塑料制品行业", "电池行业", "照明行业", "眼镜", "自行车", "工艺美术", "传统产业集群", "青岛智能家电", "皮具箱包", "珠宝首饰", "电动自行车", "缝制机械", "日用陶瓷", "玩具", "制鞋", "轻工机械", "化妆品", "钟表",
    ],
    targets=[
        dict(year=2027, metric="轻工重点企业数字化研发设计工具普及率", value="90", unit="%", qualifier="达到"),
        dict(year=2027, metric="关键工序数控化率", value="75", unit="%", qualifier="达到"),
        dict(year=2027, metric="重点行业打造数字化转型典型场景", value="150", unit="个", qualifier="以上"),
        dict(year=2027, metric="培育智能制造标杆企业", value="15", unit="家", qualifier="以上"),
        dict(year=2027, metric="建设高标准数字园区", value="20", unit="个", qualifier="左右"),
        dict(year=2027, metric="打造成熟易用的数字化场景解决方案", value="100", unit="个", qualifier="左右"),
        dict(year=2027, metric="建设具有行业或区域影响力的公共服务平台", value="10", unit="个", qualifier="左右"),
        dict(year=2027, metric="制修订基础共性、场景应用、终端产品等国家、行业、团体标准", value="100", unit="项", qualifier="以上"),
        dict(year=2027, metric="打造基于数字化转型场景和智能产品的标准群", value="10", unit="个", qualifier="左右"),
    ],
    regions=["安徽省", "合肥市", "福建省", "德化县"],
    uncertain=[],
)


def first_occurrence(items, text, key, stem):
    for s in items:
        assert s in text, f"{stem} {key}: not verbatim: {s}"
    assert len(items) == len(set(items)), f"{stem} {key}: duplicates"
    return sorted(items, key=text.find)


def build(stem, d):
    text = cg.T2S.convert((HERE / "texts" / f"{stem}.txt").read_text(encoding="utf-8"))
    quoted = [re.sub(r"\s+", "", a or b) for a, b in re.findall(r"《([^》]+)》|«([^»]+)»", text)]
    found = []
    for q in quoted:
        if q not in found and q not in d["not_cited"]:
            found.append(q)
    assert found == d["plans_cited"], (stem, found, d["plans_cited"])
    for s in d["not_cited"]:
        assert s in quoted, (stem, s)
    tasks = d.get("tasks", [])
    # bracket census: the splitter and the independent census must both count one bracket per task
    assert len(cg.responsibility_brackets(stem, text)) == len(tasks), (stem, cg.responsibility_brackets(stem, text))
    assert cg.census(text, stem) == len(tasks), stem
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
    (HERE / "gold").mkdir(exist_ok=True)
    (HERE / "gold" / f"{stem}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    import sys
    done = sorted(DOCS)
    if "--final" in sys.argv:
        assert done == sorted(p.stem for p in (HERE / "texts").glob("*.txt")), "one entry per text"
    for stem in done:
        build(stem, DOCS[stem])
    print("wrote", len(DOCS), "gold files")
