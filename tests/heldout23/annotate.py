"""The hand annotations of heldout23, written as data, and the script that writes gold/*.json from them.

Everything here was decided by the annotator from reading each text in full (README.md, "How it was made"):
titles, sub-plans, issuers, cited plans, tasks, parks, technologies, chains, targets, regions, agency groups and
uncertain names. Responsibility brackets: a text's `tasks` (default []) are written below by hand, one entry per
bracket in document order (heading, units as written, leads as written); the full names of the units are written
once per text in a table NAMES_* (the units as the text writes them -> the full official names at the document's
date); collective units (项目管理部门, 项目承担单位, 单位主管部门, 中央级科研院所, 试点单位, 有关部门) are copied unchanged.
build() asserts that check_gold.py's splitter and its independent census count one bracket per task, and
check_gold.py compares every task with its bracket.
The cited titles of every text were listed by hand and compared with a plain re.findall over 《…》 / «…» (assert
in build(), with the exclusions written per text in `not_cited`: the document itself, its sub-plans and its own
short names or parts, and short names of titles already cited).

The mention lists (parks, technologies, chains) are written below in reading order and put into order of first
occurrence in the text by `first_occurrence` (the position of the string's first occurrence anywhere in the
text); every mention is asserted to occur verbatim and once per list. The decisions behind doubtful entries are in
CONVENTIONS.md ("Decisions taken while annotating heldout23") and README.md.

Adapted from tests/heldout22/annotate.py (its structure; tasks_of() now takes the leads of each bracket as written,
since h06 and h07 mark leads only by 会同: A、B会同有关部门负责落实).

Usage (once, before the freeze): /dev/shm/h23/venv/bin/python tests/heldout23/annotate.py --final  (python with opencc)
"""
import json
import re
from pathlib import Path

import check_gold as cg

HERE = Path(__file__).resolve().parent

DOCS = {}

# 科学技术部令第7号 (2003-01-29): the 令 line, then the 办法's title (as the text writes it, 评审行为准则 without
# 评估) and its date, all on the first line. A 令 that carries a regulation: the title is the regulation's title as
# the text writes it; issuer 科学技术部 (the 令). No 《》, no brackets (（含课题，下同） and （含投标人…，下同） are scope
# notes), no goal section; the text names no park, technology or industry.
DOCS["h01_hebei_0833"] = dict(
    title="国家科技计划项目评审行为准则与督查办法",
    issuers=["科学技术部"],
    plans_cited=[],
    not_cited=[],
    parks=[],
    technologies=[],
    chains=[],
    targets=[],
    regions=[],
    uncertain=[],
)

# 财教[2013]433号 (2013-11-18): the notice of 财政部 and 科技部 (title first in the text, the bodies before 关于)
# issuing the 后补助管理规定; signed 财政部科技部. The 规定 in 《》 (twice) is the sub-plan. 国家科技基础条件平台 is a
# platform (not a park). No brackets, no goal section.
DOCS["h02_hebei_0825"] = dict(
    title="财政部科技部关于印发《国家科技计划及专项资金后补助管理规定》的通知",
    sub_plans=["国家科技计划及专项资金后补助管理规定"],
    issuers=["财政部", "科学技术部"],
    plans_cited=["国家中长期科学和技术发展规划纲要（2006-2020年）", "关于深化科技体制改革加快国家创新体系建设的意见",
                 "财政违法行为处罚处分条例"],
    not_cited=["国家科技计划及专项资金后补助管理规定"],
    parks=[],
    technologies=[],
    chains=[],
    targets=[],
    regions=[],
    uncertain=[],
)

# 科学技术部令第17号 (2016-06-23, signed 部长万钢): the 令 line names the 决定 in 《》; the 决定's heading stands
# after the signature. A 令 that carries a 决定: the title is the 决定's heading as the text writes it (heldout19 rule);
# its 《》 forms in the 令 are the document itself (not cited). Issuer 科学技术部. The two 附件 list 130 repealed
# documents by title without 《》 (not cited: only titles in 《》 are); the 《》 titles of their 说明 fields are cited.
# Every industry and technology word of the text stands inside a title of a repealed document: none recorded
# (docs/gold-format.md: a form that occurs only inside the name of a plan is not recorded).
DOCS["h03_hebei_0818"] = dict(
    title="科技部关于对部分规章和文件予以废止的决定",
    issuers=["科学技术部"],
    plans_cited=["国务院办公厅关于做好行政法规部门规章和文件清理工作有关事项的通知", "科学技术成果鉴定办法",
                 "关于科学事业费管理的暂行规定", "关于第三批取消和调整行政审批项目决定",
                 "关于取消和下放一批行政审批项目等事项的决定", "事业单位财务规则", "科学事业单位财务制度",
                 "执行科技合作协议出国合作研究、进修人员登记表", "国家科学技术奖励条例", "放射性药品管理办法",
                 "放射性同位素与射线装置安全和防护条例", "国务院办公厅转发商务部等部门关于进一步实施科技兴贸战略若干意见的通知",
                 "国家科技兴贸创新基地建设和管理办法", "国务院关于取消非行政许可审批事项的决定",
                 "关于加快科技服务业发展的若干意见", "国家科技成果转化引导基金管理暂行办法",
                 "关于深入推行科技特派员制度的若干意见", "中央财政科技计划（专项、基金等）监督工作暂行规定",
                 "科技监督和评估体系建设工作方案", "关于国家重大科研基础设施和大型科研仪器向社会开放的意见",
                 "高新技术企业认定管理工作指引", "科技部关于进一步促进科技型中小企业创新发展的若干意见"],
    not_cited=["科技部关于对部分规章和文件予以废止的决定"],
    parks=[],
    technologies=[],
    chains=[],
    targets=[],
    regions=[],
    uncertain=[],
)

# 冀发〔2016〕29号 (2016-07-10): the 决定 of 中共河北省委 and 河北省人民政府 (the two bodies on the line above
# 关于…的决定, a 版头: part of the title; no signature, the heading names the issuers). The goal section is
# （三）奋斗目标 (到2018年, 到2020年: the numbers of “三个提升”“两个突破”; 到2030年 has none); the 到2020年 numbers
# inside （五）–（四十二） are task-level. No responsibility brackets. Parks: the zones the text builds, applies for
# or whose pilot policies it extends (README "Parks"); regions: 河北省 and the places written in the parks' names
# (秦皇岛, 张家口市, 天津). Agency group: 创新型河北建设领导小组 (成立…). 建立由省科技部门牵头…的联席会议制度 names no
# body (a 联席会议制度 without a name: not listed, **doubtful**); the 科技创新决策咨询委员会 advise (not listed).
DOCS["h04_hebei_0079"] = dict(
    title="中共河北省委河北省人民政府关于加快科技创新建设创新型河北的决定",
    issuers=["中国共产党河北省委员会", "河北省人民政府"],
    plans_cited=["国家创新驱动发展战略纲要", "全民科学素质行动计划纲要实施方案（2016—2020年）",
                 "河北省促进科技成果转化条例", "河北省专利保护条例"],
    not_cited=[],
    parks=["张家口市可再生能源示范区", "石保廊区域全面创新改革试验区", "京南国家科技成果转移转化试验区",
           "京津冀国家大数据改革综合试验区", "中关村海淀园秦皇岛分园", "国家新型工业化产业示范基地",
           "中关村国家自主创新示范区", "天津国家自由贸易试验区", "国家农业高新技术产业示范区"],
    technologies=[
        # （十九） “大智移云”
        "大数据", "移动互联网", "云计算", "新一代信息技术", "人工智能技术", "第四代移动通信", "第五代移动通信",
        "北斗导航", "移动车联网", "移动医疗", "可穿戴设备",
        # （二十） the foci of the six clusters
        "高铁动车", "数控机床", "工业机器人", "工程机械", "新型显示", "集成电路", "卫星导航", "汽车电子",
        "现代中药", "基因工程药物", "新型制剂", "医疗器械", "智能电网", "光伏", "风电", "核电", "储能电池",
        "液晶显示", "碳纤维", "亚稳材料", "石墨烯", "有机电激光显示（OLED）材料", "环境监测装备", "烟气治理装备",
        "污染处理设备",
        # （二十一） 信息化支撑技术, （二十三） new products, （二十四） 重点高技术领域
        "制造服务", "制造物联", "云制造", "微电子", "自动控制", "现代农业装备", "高技术含量功能食品", "无公害化肥农药",
        "基因编辑", "新型光电显示", "创新药物", "中药创制", "氢燃料电池",
    ],
    chains=[
        # （三）
        "新一代信息产业", "传统产业", "先进制造业", "战略性新兴产业", "高新技术产业", "新一代信息技术产业集群",
        # （五）
        "装备制造", "绿色钢铁", "新型石化", "合成材料", "生物医药产业集群", "电子信息", "高端装备", "现代农业",
        "现代高效农业", "绿色生态", "新能源", "大数据产业",
        # （十） （十八） （十九） （二十）
        "天使投资", "创业投资", "先进装备制造产业集群", "大健康", "节能环保产业集群", "高性能新材料", "钢铁", "化工",
        "现代服务业", "信息产业", "移动互联网产业", "清洁能源产业集群", "新材料产业集群", "新兴产业集群",
        # （二十一）–（二十三） （三十五）
        "建材", "生产性服务业", "工业设计", "工程设计", "现代物流", "协同电子商务", "科技服务", "研发设计",
        "检验检测认证", "现代种业", "循环农业", "节水农业", "都市农业", "数字农业", "精致农业", "高效农业", "互联网金融",
    ],
    targets=[
        dict(year=2018, metric="科技进步贡献率", value="55", unit="%", qualifier="达到……左右"),
        dict(year=2018, metric="综合科技进步水平全国排名", value="18", unit="名", qualifier="以内"),
        dict(year=2020, metric="科技型中小企业", value="8", unit="万家", qualifier="达到"),
        dict(year=2020, metric="高新技术企业", value="4000", unit="家", qualifier="力争达到"),
        dict(year=2020, metric="高新技术产业增加值占规模以上工业增加值比重", value="25", unit="%",
             qualifier="达到……以上"),
        dict(year=2020, metric="以“大智移云”为核心的新一代信息技术产业规模", value="3000", unit="亿元", qualifier="突破"),
        dict(year=2020, metric="全社会R&D经费支出占GDP比重", value="2.5", unit="%", qualifier="达到"),
        dict(year=2020, metric="万人发明专利拥有量", value="8", unit="件", qualifier="达到……以上"),
        dict(year=2020, metric="具备基本科学素质的公民比例", value="10", unit="%", qualifier="达到"),
        dict(year=2020, metric="每个市建成区域性协同创新重大平台", value="1", unit="个", qualifier="至少……以上"),
        dict(year=2020, metric="每个市建成协同创新园区", value="3", unit="个", qualifier="以上"),
        dict(year=2020, metric="每个市建成协同创新基地", value="5", unit="个", qualifier="以上"),
        dict(year=2020, metric="京津技术输出成交额中河北占比", value="10", unit="%", qualifier="力争达到"),
        dict(year=2020, metric="科技进步贡献率", value="60", unit="%", qualifier="达到……以上"),
        dict(year=2020, metric="综合科技进步水平全国排名", value="15", unit="名", qualifier="以内"),
    ],
    regions=["河北省", "秦皇岛市", "张家口市", "天津市"],
    agency_groups=[dict(name="创新型河北建设领导小组", members_as_written=[], members=[])],
    uncertain=[],
)

# 河北省教育厅's notice of 2020-09-09 (no title line of the notice; the addressee line first) issuing the 工作方案,
# whose heading stands over two lines after the signature: the heading is the title (heldout19/20 rule for a
# notice whose own title is not in the text); the notice's 《…工作方案》 is the document itself (not cited).
# Signed 河北省教育厅. The goal section is （二）主要目标 (2020 and 2022 numbers); the numbers inside 二、主要任务 are
# task-level. 雄安新区 stands only in the addressee line (雄安新区公共服务局): no park. 省委教育工作领导小组 is named
# (落实…各项要求): an agency group; 河北省职业教育指导咨询委员会 advises (not listed). The 专业 named in 二、(三) (高端装备
# 制造, 信息技术制造 …) are majors, and the industries there only need workers: no chains.
DOCS["h05_hebei_1126"] = dict(
    title="河北省深化“双师双证”推进职业教育改革创新工作方案",
    issuers=["河北省教育厅"],
    plans_cited=["国家职业教育改革实施方案", "河北省职业教育改革发展实施方案",
                 "深化新时代职业教育“双师型”教师队伍建设改革工作方案", "河北省职业院校专业结构优化调整工作方案",
                 "职业院校教材管理办法"],
    not_cited=["河北省深化“双师双证”推进职业教育改革创新工作方案"],
    parks=[],
    technologies=["大数据", "人工智能", "虚拟现实"],
    chains=[],
    targets=[
        dict(year=2020, metric="启动开展“双师型”教师队伍建设综合改革试点", value="30", unit="个"),
        dict(year=2022, metric="“双师型”教师占专业课教师的比例", value="60", unit="%", qualifier="达到"),
        dict(year=2022, metric="承担的国家试点年度任务启动率和完成率", value="100", unit="%", qualifier="达"),
        dict(year=2022, metric="职业院校毕业生就业率", value="95", unit="%", qualifier="稳定在……以上"),
        dict(year=2022, metric="建成校企深度合作的高水平产教融合实训基地", value="50", unit="个"),
        dict(year=2022, metric="建成国内一流的中职学校", value="120", unit="所"),
        dict(year=2022, metric="重点培育建设高水平高职学校", value="4", unit="所"),
        dict(year=2022, metric="重点培育建设高水平专业群", value="30", unit="个"),
        dict(year=2022, metric="国家“双高计划”立项院校建设成效显著", value="10", unit="所"),
    ],
    regions=["河北省"],
    agency_groups=[dict(name="省委教育工作领导小组", members_as_written=[], members=[])],
    uncertain=[],
)


def tasks_of(rows, names):
    """One task per (heading, units, leads) row; units and leads are written joined by 、 as the bracket writes
    them (labels and closing phrases removed); full names from `names` (collective units copied unchanged)."""
    out = []
    for heading, units, leads in rows:
        toks = units.split("、")
        full = [names.get(t, t) for t in toks]
        lead = [names.get(t, t) for t in leads.split("、")] if leads else []
        out.append(dict(heading=heading, responsible_as_written=toks, responsible=full, lead=lead))
    return out


# 国办发〔2021〕32号 (2021-08-05): 国务院办公厅's 若干意见; the text begins with the document number and the
# addressee line, the title line is not in the text: "" (the kept rule). Signed 国务院办公厅. 25 brackets （…负责落实）
# (one （科技部、财政部负责指导）), one per （一）… item, the manifest's count. Leads: only the two brackets that write
# A、B会同有关部门负责落实 mark A and B as leading (kept checker rule on 会同, heldout README h06); the others name no
# lead. 等有关部门 / 等 closing a list are not units. Units: the names of August 2021; collective units (项目管理部门,
# 项目承担单位, 单位主管部门, 中央级科研院所, 有关部门) copied unchanged. No goal section.
NAMES_H06 = {
    "财政部": "财政部",
    "人力资源社会保障部": "人力资源和社会保障部",
    "科技部": "科学技术部",
    "国务院国资委": "国务院国有资产监督管理委员会",
    "税务总局": "国家税务总局",
    "司法部": "司法部",
    "人民银行": "中国人民银行",
    "银保监会": "中国银行保险监督管理委员会",
    "证监会": "中国证券监督管理委员会",
    "审计署": "审计署",
}
TASKS_H06 = [
    ("简化预算编制", "项目管理部门", ""),
    ("下放预算调剂权", "项目管理部门、项目承担单位", ""),
    ("扩大经费包干制实施范围", "项目管理部门、项目承担单位、财政部、单位主管部门", ""),
    ("合理确定经费拨付计划", "项目管理部门", ""),
    ("加快经费拨付进度", "财政部、项目管理部门、项目承担单位", ""),
    ("改进结余资金管理", "项目管理部门、项目承担单位", ""),
    ("提高间接费用比例", "项目管理部门、项目承担单位", ""),
    ("扩大稳定支持科研经费提取奖励经费试点范围", "中央级科研院所", ""),
    ("扩大劳务费开支范围", "项目承担单位、项目管理部门", ""),
    ("合理核定绩效工资总量", "人力资源社会保障部、科技部、财政部、国务院国资委、单位主管部门", ""),
    ("加大科技成果转化激励力度", "科技部、人力资源社会保障部、财政部", ""),
    ("全面落实科研财务助理制度", "项目承担单位", ""),
    ("改进财务报销管理方式", "项目承担单位", ""),
    ("推进科研经费无纸化报销试点", "财政部、税务总局、单位主管部门", ""),
    ("简化科研项目验收结题财务管理", "科技部、财政部、项目管理部门", ""),
    ("优化科研仪器设备采购", "单位主管部门、项目承担单位、司法部、财政部", ""),
    ("改进科研人员因公出国（境）管理方式", "单位主管部门、财政部", ""),
    ("拓展财政科研经费投入渠道", "财政部、科技部、人民银行、银保监会、证监会", ""),
    ("开展顶尖领衔科学家支持方式试点", "项目管理部门、项目承担单位", ""),
    ("支持新型研发机构实行“预算+负面清单”管理模式", "科技部、财政部", ""),
    ("健全科研绩效管理机制", "项目管理部门、项目承担单位", ""),
    ("强化科研项目经费监督检查", "审计署、财政部、项目管理部门、单位主管部门", ""),
    ("及时清理修改相关规定", "有关部门、项目承担单位", ""),
    ("加大政策宣传培训力度", "科技部、财政部、有关部门", "科技部、财政部"),
    ("强化政策落实督促指导", "财政部、科技部、有关部门", "财政部、科技部"),
]
DOCS["h06_hebei_0761"] = dict(
    title="",
    issuers=["国务院办公厅"],
    plans_cited=["关于进一步完善中央财政科研项目资金管理等政策的若干意见", "关于优化科研管理提升科研绩效若干措施的通知",
                 "中华人民共和国促进科技成果转化法"],
    not_cited=[],
    tasks=tasks_of(TASKS_H06, NAMES_H06),
    parks=[],
    technologies=["大数据"],
    chains=[],
    targets=[],
    regions=[],
    uncertain=[],
)

# 冀政办字〔2021〕130号 (2021-09-30): 河北省人民政府办公厅's notice (no title line of the notice: the document number
# and addressee line first) issuing the 若干措施, whose heading follows (此件公开发布) on the same crawled line as the
# first sentence: the heading is the title (heldout19/20 rule); the notice's 《关于…若干措施》 is the document itself
# (not cited). It cites h06's 若干意见. Signed 河北省人民政府办公厅. 25 brackets （…负责落实）, one per （一）… item, the
# manifest's count; leads only where the bracket writes A、B会同有关部门 (as h06). Units: the names of September 2021
# (after Hebei's institutional reform of 2018: 河北省科学技术厅, 河北省审计厅 …); collectives (项目管理部门, 项目承担单位,
# 单位主管部门, 试点单位, 有关部门) copied unchanged. 雄安新区 stands in the body's last sentence (各市、县和雄安新区要参照
# 本通知精神): a park (kept rule: the zone named in the body text). No goal section.
NAMES_H07 = {
    "省财政厅": "河北省财政厅",
    "省科技厅": "河北省科学技术厅",
    "省教育厅": "河北省教育厅",
    "省人力资源社会保障厅": "河北省人力资源和社会保障厅",
    "省审计厅": "河北省审计厅",
}
TASKS_H07 = [
    ("简化科研项目预算编制", "项目管理部门", ""),
    ("下放科研项目预算调剂权", "项目管理部门、项目承担单位", ""),
    ("简化经费拨付程序", "省财政厅、项目管理部门", ""),
    ("加快经费拨付进度", "项目管理部门、项目承担单位", ""),
    ("提高间接费用比例", "项目管理部门、项目承担单位", ""),
    ("扩大劳务费开支范围", "项目承担单位、项目管理部门", ""),
    ("优化结余资金管理", "项目管理部门、项目承担单位", ""),
    ("落实基本科研业务费激励机制", "省科技厅、省教育厅、省财政厅、试点单位", ""),
    ("落实科技成果转化奖励激励政策", "项目承担单位、单位主管部门、省科技厅、省人力资源社会保障厅、省财政厅", ""),
    ("实行绩效工资总量动态调整", "单位主管部门、省人力资源社会保障厅、省财政厅", ""),
    ("改进“三公”经费支出管理", "单位主管部门、省财政厅", ""),
    ("简化科研仪器设备采购流程", "单位主管部门、项目承担单位、省财政厅", ""),
    ("简化科研项目验收财务管理", "省科技厅、省财政厅、项目管理部门", ""),
    ("扩大科研项目经费“包干制”范围", "省科技厅、省财政厅、项目承担单位", ""),
    ("创新省级新型研发机构科研经费支持方式", "省科技厅、省财政厅、试点单位、单位主管部门", ""),
    ("优化科技创新基金使用", "省科技厅", ""),
    ("落实科研财务助理制度", "项目承担单位", ""),
    ("改进财务报销方式", "项目承担单位、单位主管部门", ""),
    ("创新财务报销服务", "项目承担单位", ""),
    ("实施科研项目分类绩效评价", "项目管理部门、项目承担单位", ""),
    ("简化科研绩效管理流程", "项目管理部门", ""),
    ("改进科研项目经费监督检查", "省审计厅、省财政厅、项目管理部门、单位主管部门", ""),
    ("压实工作责任", "省财政厅、省科技厅、有关部门、项目承担单位", ""),
    ("加强宣传培训", "省科技厅、省财政厅、有关部门", "省科技厅、省财政厅"),
    ("强化督促指导", "省财政厅、省科技厅、有关部门", "省财政厅、省科技厅"),
]
DOCS["h07_hebei_0057"] = dict(
    title="关于改革完善省级财政科研经费使用管理的若干措施",
    issuers=["河北省人民政府办公厅"],
    plans_cited=["国务院办公厅关于改革完善中央财政科研经费管理的若干意见", "中华人民共和国促进科技成果转化法",
                 "河北省科学技术进步条例"],
    not_cited=["关于改革完善省级财政科研经费使用管理的若干措施"],
    tasks=tasks_of(TASKS_H07, NAMES_H07),
    parks=["雄安新区"],
    technologies=["大数据"],
    chains=[],
    targets=[],
    regions=["河北省"],
    uncertain=[],
)

# 促进数字技术适老化高质量发展工作方案 (2023-12; the PDF body only, hard line breaks and page numbers: no title line, the
# title does not occur in the text: ""; no issuing body named: issuers []). Every mention strictly verbatim on one
# line; a term broken by a line end and nowhere unbroken is left out (智能家电, 家居产品, 解决老年人运用智能技术困难工作
# 联席会议机制). The goal section 二、工作目标 has no number (the numbers are inside 三、重点任务: task-level): no targets.
# The standards in 《》 are cited (whitespace and the OCR quote “ before 《Web… ignored by the findall).
DOCS["h08_xlsx_0016"] = dict(
    title="",
    issuers=[],
    plans_cited=["无障碍环境建设法", "移动互联网应用程序适老化技术规范", "Web信息无障碍通用设计规范",
                 "互联网应用适老化通用设计规范", "互联网应用适老化及无障碍水平评测体系"],
    not_cited=[],
    parks=[],
    technologies=["数字技术", "智能终端", "互联网应用", "手机", "电视", "音箱", "手环", "健康管理类智能产品",
                  "养老监护类智能产品", "养老照护产品", "健康促进产品", "互联网网站", "手机App", "小程序", "5G",
                  "人工智能", "大数据", "千兆光网"],
    chains=["数字技术适老化产业", "银发经济"],
    targets=[],
    regions=[],
    uncertain=[],
)

# 促进新一代人工智能产业发展三年行动计划（2018-2020年） (2017-12; the text is the body only: no title line, the title
# does not occur in the text: ""; no body named: issuers []). The goal section （三）行动目标 has no number; the
# 到2020年 numbers stand inside the task items 二、–五、 (project-level under the kept rule; **doubtful**, README
# "Targets"): no targets. Technologies: the products, components, materials, algorithms and techniques that the
# task items develop or name as key technologies, each list item as written (README "Technologies").
DOCS["h09_xlsx_0110"] = dict(
    title="",
    issuers=[],
    plans_cited=["新一代人工智能发展规划", "制造业人才发展规划指南"],
    not_cited=[],
    parks=[],
    technologies=[
        "大数据", "人工智能", "新一代人工智能技术", "智能制造",
        # （三）行动目标
        "智能网联汽车", "智能服务机器人", "智能无人机", "医疗影像辅助诊断系统", "视频图像识别", "智能语音", "智能翻译",
        "智能传感器", "神经网络芯片", "复杂环境识别", "新型人机交互",
        # 二、培育智能产品
        "智能控制产品", "智能理解产品", "模式识别", "智能语义理解", "智能分析决策", "智能硬件", "智能家居",
        "车辆智能计算平台体系架构", "车载智能芯片", "自动驾驶操作系统", "车辆智能算法", "高度自动驾驶", "自动驾驶",
        "智能交互", "智能操作", "多机协作", "家庭服务机器人", "公共服务机器人", "消防救援机器人", "三维成像定位",
        "智能精准安全操控", "人机协作接口", "手术机器人操作系统", "手术机器人", "环境感知", "自然交互", "自主学习",
        "人机协作", "智能家庭服务机器人", "智能公共服务机器人", "机器人", "智能避障", "自动巡航", "自主飞行", "群体作业",
        "新一代通信", "定位导航技术", "无人机", "智能飞控系统", "高集成度专用芯片", "三轴机械增稳云台",
        "医学影像辅助诊断技术", "多模态医学影像辅助诊断系统", "视频图像身份识别系统", "生物特征识别", "视频理解",
        "跨媒体融合", "人证合一", "视频监控", "图像搜索", "视频摘要", "人脸识别", "智能语音交互系统", "新一代语音识别框架",
        "口语化语音识别", "个性化语音识别", "智能对话", "音视频融合", "语音合成", "语音识别", "机器学习", "智能传感",
        "物联网", "家电", "智能网络设备", "水电气仪表", "智能安防", "智能家具", "智能照明", "智能洁具", "智能电视",
        # 三、突破核心基础
        "开发框架", "精密制造", "集成开发工具", "嵌入式算法", "压电材料", "磁性材料", "红外辐射材料", "金属氧化物",
        "微机电系统", "互补金属氧化物半导体", "压电传感器", "磁传感器", "红外传感器", "气体传感器", "声学传感器",
        "压力传感器", "模拟仿真", "MEMS工艺", "封装", "个性化测试技术", "云端神经网络芯片", "终端神经网络芯片", "编译器",
        "驱动软件", "开发环境", "卷积神经网络", "递归神经网络", "长短期记忆网络",
        # 四、深化发展智能制造
        "高档数控机床", "工业机器人", "增材制造装备", "分散式控制系统", "可编程逻辑控制器", "数据采集系统",
        "高性能高可靠嵌入式控制系统", "数字化非接触精密测量", "在线无损检测系统", "高速分拣机", "多层穿梭车",
        "高密度存储穿梭板", "智能传感与控制装备", "智能检测与装配装备", "智能物流与仓储装备", "控制与自动诊断系统",
        "深度学习", "数字化车间", "智能工厂",
        # 五、构建支撑体系
        "视觉识别", "自然语言处理", "语义理解", "智能机器人", "下一代互联网", "第五代移动通信", "工业互联网", "车联网",
    ],
    chains=["战略性新兴产业", "新一代人工智能产业", "制造业", "航空航天", "汽车", "服装", "家电", "装备制造", "零部件制造",
            "人工智能网络安全产业"],
    targets=[],
    regions=[],
    uncertain=[],
)

# 工业和信息化部办公厅's notice of 2022-11-03 (no title line of the notice; the addressee line first) issuing the
# 指南, whose heading follows the signature: the heading is the title (heldout19/20 rule); the notice's
# 《中小企业数字化转型指南》 and the short name 《指南》 are the document itself. Signed 工业和信息化部办公厅. The 附件
# 名词解释 is a gloss list (its terms CAD, CAE, MES … are not recorded from it; the body's parenthesised
# abbreviations are glosses). Enterprise software and hardware the 指南 tells firms to apply are recorded (heldout21's
# decision on enterprise software); platforms, services, modes (SaaS, 订阅式, 众包设计) and functions are not.
DOCS["h10_xlsx_0036"] = dict(
    title="中小企业数字化转型指南",
    issuers=["工业和信息化部办公厅"],
    plans_cited=["中小企业数字化水平评测指标"],
    not_cited=["中小企业数字化转型指南", "指南"],
    parks=[],
    technologies=["财务流程自动化", "标准化人力资源管理产品", "工业互联网", "计算机辅助设计", "计算机辅助工程",
                  "云化制造执行系统", "高级计划与排程", "仓库管理", "订单管理", "运输管理", "无人搬运车", "自主移动机器人",
                  "产品数字镜像", "低代码", "工业APP", "人工智能", "5G", "大数据"],
    chains=[],
    targets=[],
    regions=[],
    uncertain=[],
)

# 国务院关于数字经济发展情况的报告 (2022-10-28, delivered by 何立峰, director of the NDRC, 受国务院委托; the title line is
# not in the text: ""). Issuer 国务院 (the report is made on its behalf; **doubtful**: a reader could name the
# NDRC, whose director reports). 一、 and most of 二、 describe the current situation; 三、下一步工作安排 states goals
# without numbers (到2025年 …): no targets. Agency group: 数字经济发展部际联席会议 (发展改革委…牵头建立; the lead
# recorded as member, as heldout22 h04). Parks: 跨境电商综试区 and 网络市场监管与服务示范区 are classes / pilots (none).
DOCS["h11_xlsx_0037"] = dict(
    title="",
    issuers=["国务院"],
    plans_cited=["网络安全法", "电子商务法", "数据安全法", "个人信息保护法", "反垄断法",
                 "关于构建数据基础制度更好发挥数据要素作用的意见", "数字经济伙伴关系协定", "携手构建网络空间命运共同体行动倡议",
                 "“一带一路”数字经济国际合作倡议", "金砖国家数字经济伙伴关系框架", "金砖国家制造业数字化转型合作倡议",
                 "区域全面经济伙伴关系协定"],
    not_cited=[],
    parks=[],
    technologies=["数字技术", "5G", "5G基站", "IPv6", "工业互联网", "6G", "数据中心", "量子计算原型机", "类脑计算芯片",
                  "碳基集成电路", "人工智能", "区块链", "物联网", "量子信息", "云计算", "北斗终端", "大数据", "集成电路",
                  "新型显示", "卫星遥感系统", "民用遥感卫星", "卫星通信系统", "卫星互联网", "车联网", "先进计算",
                  "新一代信息技术", "5G全连接工厂", "工业大数据", "适老化智能终端"],
    chains=["数字经济", "传统产业", "数字经济核心产业", "数字经济产业集群", "软件产业", "工业互联网核心产业", "大数据产业",
            "数字商务", "智慧农业", "制造业", "服务业", "网络零售", "电子商务", "移动支付", "网约车", "网上外卖",
            "数字文化", "智慧旅游", "农业", "数字产业集群", "云计算", "区块链", "工业软件", "平台经济", "数字内容", "商贸",
            "物流", "金融", "网络安全产业", "数据安全产业", "跨境电商产业链"],
    targets=[],
    regions=[],
    agency_groups=[dict(name="数字经济发展部际联席会议", members_as_written=["发展改革委"],
                        members=["国家发展和改革委员会"])],
    uncertain=[],
)

# 建材行业智能制造标准体系建设指南（2021 版）（征求意见稿） (2021-10; the PDF with its contents page, page numbers and
# hard line breaks). Title: the first two lines, the PDF space of “2021 版” removed (as heldout22 h10). No body named
# as issuer (工业和信息化部 only as issuing another plan and receiving reports): issuers []. Its own title in 《》
# (with and without the edition) is not cited; 《国家智能制造标准体系建设指南》 is the short form of the cited 2021
# edition (not repeated). A standards-system guideline: heldout21's decision is applied (README "Technologies");
# every mention strictly verbatim on one line (broken terms nowhere unbroken are left out). Targets: the two numbers
# of （三）建设目标 (不少于).
DOCS["h12_xlsx_0056"] = dict(
    title="建材行业智能制造标准体系建设指南（2021版）（征求意见稿）",
    issuers=[],
    plans_cited=["国务院关于深化“互联网+先进制造业”发展工业互联网的指导意见", "建材工业智能制造数字转型行动计划（2021-2023年）",
                 "国家智能制造标准体系建设指南（2021版）"],
    not_cited=["建材行业智能制造标准体系建设指南（2021版）", "国家智能制造标准体系建设指南", "建材行业智能制造标准体系建设指南"],
    parks=[],
    technologies=[
        "新一代人工智能技术", "智能制造", "新一代信息技术", "智能矿山", "智能工厂", "标识解析",
        # 1. 水泥
        "自动取样器", "激光粒度分析仪", "衍射分析仪", "搬运机器人", "插袋机器人", "包装机器人", "工业机器人",
        "三维矿山模型", "卡车实时调度系统", "分散控制系统", "水泥磨", "高温风机", "回转窑", "分解炉", "篦冷机",
        "先进过程控制系统", "数字孪生技术", "虚拟工厂", "5G 技术", "ERP",
        # 2. 玻璃
        "码垛机器人", "磨边机器人", "PLC", "窑炉专家控制系统", "镀膜控制系统", "横切机控制系统", "防尘控制系统",
        "数字化仿真技术", "AGV 运输车", "立体仓库", "机器视觉技术", "人工智能技术", "熔窑专家系统", "MES",
        # 3. 陶瓷, 4. 无机纤维, 5. 混凝土
        "喷釉机器人", "轨道机器人", "打磨抛光机器人", "DCS", "原料自动配料系统", "釉班自动配料系统",
        "压制分析系统", "烧成分析系统", "视觉识别技术", "摆托机器人", "包膜机器人", "池窑拉丝生产线控制系统",
        "原材料自动配备", "数字化搅拌运输车", "切割机器人", "自动搬运装备", "扫码器", "自动上料及搅拌系统",
        "先进控制与实时优化系统",
        # 6. 墙体材料, 7. 非金属矿, 8. 防水材料
        "窑炉控制系统", "凿岩机器人", "智能巡检机器人", "智能潜孔钻机", "智能牙轮钻机", "智能装药车", "智能挖掘机",
        "智能卡车", "破碎筛分设备", "智能铲运机", "自动开采", "智能锯解", "研磨抛光", "异型加工", "智能桥切机",
        "智能抛光定厚机器人", "采矿装备远程操控系统", "固定式作业装备远程控制系统",
        "矿石质量检测系统", "矿区卡车智能调度系统", "智能电气控制系统", "智能型自动摊铺防水卷材机车",
    ],
    chains=["建材行业", "水泥行业", "玻璃行业", "陶瓷行业", "混凝土", "水泥制品", "非金属矿及制品", "防水材料",
            "无机纤维及制品", "墙体材料", "砂石骨料", "石材"],
    targets=[
        dict(year=2023, metric="制定建材行业智能制造相关标准", value="20", unit="项", qualifier="不少于"),
        dict(year=2025, metric="制定建材行业智能制造相关标准", value="40", unit="项", qualifier="不少于"),
    ],
    regions=[],
    uncertain=[],
)


def first_occurrence(items, text, key, stem):
    for s in items:
        assert s in text, f"{stem} {key}: not verbatim: {s}"
    assert len(items) == len(set(items)), f"{stem} {key}: duplicates {[s for s in items if items.count(s) > 1]}"
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
    assert cg.census(text, stem) == len(tasks), (stem, cg.census(text, stem), len(tasks))
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
