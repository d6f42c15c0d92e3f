"""The hand annotations of heldout22, written as data, and the script that writes gold/*.json from them.

Everything here was decided by the annotator from reading each text in full (README.md, "How it was made"):
titles, sub-plans, issuers, cited plans, tasks, parks, technologies, chains, targets, regions, agency groups and
uncertain names. Responsibility brackets: a text's `tasks` (default []) are written below by hand, one entry per
bracket in document order (heading, units as written, full names, leads); build() asserts that check_gold.py's
splitter and its independent census count one bracket per task, and check_gold.py compares every task with its
bracket. The full names of the bracket units of h06 and h07 are written once per text in a table (the units as
the text writes them → the full official names at the document's date, README "Responsibility brackets").
The cited titles of every text were listed by hand and compared with a plain re.findall over 《…》 / «…» (assert
in build(), with the exclusions written per text in `not_cited`: the document itself, its sub-plans and its own
short names or parts, and short names of titles already cited).

The mention lists (parks, technologies, chains) are written below in reading order and put into order of first
occurrence in the text by `first_occurrence` (the position of the string's first occurrence anywhere in the
text); every mention is asserted to occur verbatim and once per list. The decisions behind doubtful entries are in
CONVENTIONS.md ("Decisions taken while annotating heldout22") and README.md.

Adapted from tests/heldout21/annotate.py (its structure; the `tasks` of a text are built from the per-text data
TASKS_* and NAMES_* below).

Usage (once, before the freeze): /dev/shm/h22/venv/bin/python tests/heldout22/annotate.py --final  (python with opencc)
"""
import json
import re
from pathlib import Path

import check_gold as cg

HERE = Path(__file__).resolve().parent

DOCS = {}

# 教技〔2016〕3号 (2016-08-03): 教育部 and 科技部's 若干意见 (title over two lines, the bodies before 关于); signed
# 教育部科技部. No brackets, no goal section. 国家大学科技园 is a class of incubation carrier (not a park); the
# universities' own 科技成果转移转化工作领导小组 are committees of one school (not agency groups).
DOCS["h01_hebei_0800"] = dict(
    title="教育部科技部关于加强高等学校科技成果转移转化工作的若干意见",
    issuers=["教育部", "科学技术部"],
    plans_cited=["中共中央国务院关于深化体制机制改革加快实施创新驱动发展战略的若干意见",
                 "中共中央关于深化人才发展体制机制改革的意见",
                 "中共中央办公厅关于印发深化科技体制改革实施方案的通知",
                 "中华人民共和国促进科技成果转化法",
                 "实施<中华人民共和国促进科技成果转化法>若干规定",
                 "促进科技成果转移转化行动方案"],
    not_cited=[],
    parks=[],
    technologies=[],
    chains=[],
    targets=[],
    regions=[],
    uncertain=[],
)

# 冀科成市函〔2017〕6号 (2017-04-07): 河北省科学技术厅's notice issuing the 验收办法（试行）; the crawl joined the
# notice, the 办法 and its three 附件 (申请表, 验收大纲, 验收证书: the 办法's own parts, not cited) into one line.
# 《任务合同书》 (each project's contract) and 《河北省科技计划项目延期验收申请表》 (a form of the online system) are
# other documents: cited. 战略性新兴产业 stands only in a form's statistics field: not a chain.
DOCS["h02_hebei_0107"] = dict(
    title="河北省科学技术厅关于印发《河北省技术转移（交易）机构建设专项项目验收办法（试行）》的通知",
    sub_plans=["河北省技术转移（交易）机构建设专项项目验收办法（试行）"],
    issuers=["河北省科学技术厅"],
    plans_cited=["河北省省级科技计划项目管理办法", "河北省科技计划项目延期验收申请表", "任务合同书"],
    not_cited=["河北省技术转移（交易）机构建设专项项目验收办法（试行）",
               "河北省技术转移（交易）机构建设专项项目验收申请表", "河北省科技计划项目验收证书"],
    parks=[],
    technologies=[],
    chains=[],
    targets=[],
    regions=["河北省"],
    uncertain=[],
)

# 冀办字〔2016〕55号 (2016-10-12): the notice of 中共河北省委办公厅 and 河北省人民政府办公厅 (title over three lines,
# the two bodies before 关于) issuing the 成长计划; the notice's body writes the plan's title with a broken
# parenthesis (《…(2016-2020年》: its own short form, not cited). The 培育目标 numbers inside the four 工程 of 二、重点任务
# are task-level (not targets).
DOCS["h03_hebei_0082"] = dict(
    title="中共河北省委办公厅河北省人民政府办公厅关于印发《河北省科技型中小企业成长计划（2016-2020年）》的通知",
    sub_plans=["河北省科技型中小企业成长计划（2016-2020年）"],
    issuers=["中国共产党河北省委员会办公厅", "河北省人民政府办公厅"],
    plans_cited=["河北省人民政府关于加快推进企业上市工作的实施意见"],
    not_cited=["河北省科技型中小企业成长计划（2016-2020年）", "河北省科技型中小企业成长计划(2016-2020年"],
    parks=[],
    technologies=[],
    chains=["战略性新兴产业", "高新技术产业"],
    targets=[
        dict(year=2020, metric="科技型中小企业数量", value="8", unit="万家"),
        dict(year=2020, metric="科技型中小企业占全省中小企业总数的比例", value="20", unit="%", qualifier="以上"),
        dict(year=2020, metric="科技型中小企业数量年均增长", value="25", unit="%"),
        dict(year=2020, metric="科技小巨人企业数量", value="4000", unit="家"),
        dict(year=2020, metric="科技小巨人企业数量年均增长", value="30", unit="%"),
        dict(year=2020, metric="新三板挂牌企业", value="400", unit="家"),
        dict(year=2020, metric="新三板挂牌企业年均增长", value="40", unit="%"),
        dict(year=2020, metric="聚集形成创新型产业集群", value="50", unit="个"),
        dict(year=2020, metric="从事战略性新兴产业和高新技术产业的科技型中小企业占全省科技型中小企业总数的比重",
             value="60", unit="%", qualifier="达到……以上"),
    ],
    regions=["河北省"],
    agency_groups=[dict(name="省科技型中小企业发展工作领导小组", members_as_written=[], members=[])],
    uncertain=[],
)

# 国发〔2015〕32号 (2015-06-11): 国务院's 意见 (title over two lines); signed 国务院. No brackets; no goal section.
DOCS["h04_hebei_0806"] = dict(
    title="国务院关于大力推进大众创业万众创新若干政策措施的意见",
    issuers=["国务院"],
    plans_cited=["政府工作报告"],
    not_cited=[],
    parks=["中关村国家自主创新示范区"],
    technologies=["大数据", "三维（3D）打印", "网络制造"],
    chains=["新兴产业", "天使投资", "创业投资", "互联网金融", "相互保险", "知识产权金融", "国有资本创业投资",
            "电子商务", "休闲农业", "农产品深加工", "乡村旅游", "农村服务业"],
    targets=[],
    regions=[],
    agency_groups=[dict(name="推进大众创业万众创新部际联席会议", members_as_written=["发展改革委"],
                        members=["国家发展和改革委员会"])],
    uncertain=[],
)

# 冀政〔2013〕43号 (2013-07-25): 河北省人民政府's 实施意见 (the heading names the body; no signature, a date only).
# The 到2017年 numbers of （二）主要目标 are targets; those inside 二、重点任务 (孵化器 60/20, 示范机构 100) are task-level.
DOCS["h05_hebei_0119"] = dict(
    title="河北省人民政府关于支持科技型中小企业发展的实施意见",
    issuers=["河北省人民政府"],
    plans_cited=["国务院关于鼓励和引导民间投资健康发展的若干意见", "河北省科技型中小企业认定管理办法"],
    not_cited=[],
    parks=[],
    technologies=[],
    chains=["战略性新兴产业", "数据产业", "卫星导航", "半导体照明", "机器人装备", "3D打印", "非晶带材", "新能源汽车",
            "生物制药"],
    targets=[
        dict(year=2017, metric="全省科技型中小企业", value="3", unit="万家", qualifier="达到……以上"),
        dict(year=2017, metric="达到规模以上的科技型中小企业", value="2000", unit="家", qualifier="达到"),
        dict(year=2017, metric="科技型中小企业年销售收入", value="8000", unit="亿元", qualifier="达到……以上"),
        dict(year=2017, metric="培育年销售收入1亿元以上的科技小巨人企业", value="1500", unit="家"),
        dict(year=2017, metric="年销售收入3亿元以上的科技小巨人企业", value="300", unit="家", qualifier="达到"),
        dict(year=2017, metric="重点培育科技型中小企业聚集区", value="20", unit="个"),
    ],
    regions=["河北省"],
    agency_groups=[dict(name="省科技型中小企业发展工作领导小组", members_as_written=[], members=[],
                        office_as_written="省科技厅", office="河北省科学技术厅")],
    uncertain=[],
)

# 河北省人民政府办公厅's 实施意见 of 2018-07-05 on 全科医生 (冀政办字〔2018〕…): the text begins with 为贯彻落实…; the
# title does not occur in the text: "". Signed 河北省人民政府办公厅. 27 brackets (…负责); the first says
# 排在第一位的为牵头单位，其他为协助配合单位，下同: the first unit of every bracket leads (check_gold FIRST_IS_LEAD).
# Several brackets close parts of one （…） item: the heading repeats (the list order tells them apart).
# Units: the names of July 2018, before Hebei's institutional reform of autumn 2018 (省卫生计生委, 省物价局).
NAMES_H06 = {
    "省教育厅": "河北省教育厅",
    "省卫生计生委": "河北省卫生和计划生育委员会",
    "省人力资源社会保障厅": "河北省人力资源和社会保障厅",
    "省中医药管理局": "河北省中医药管理局",
    "省财政厅": "河北省财政厅",
    "省发展改革委": "河北省发展和改革委员会",
    "省物价局": "河北省物价局",
    "省编委办": "河北省机构编制委员会办公室",
    "省委组织部": "中国共产党河北省委员会组织部",
    "省总工会": "河北省总工会",
    "省委宣传部": "中国共产党河北省委员会宣传部",
}
TASKS_H06 = [
    ("深化院校全科医学教育改革", "省教育厅、省卫生计生委、省人力资源社会保障厅、省中医药管理局"),
    ("深化院校全科医学教育改革", "省教育厅、省卫生计生委、省中医药管理局"),
    ("建立健全毕业后全科医学教育制度", "省卫生计生委、省教育厅、省财政厅、省人力资源社会保障厅、省中医药管理局"),
    ("建立健全毕业后全科医学教育制度", "省卫生计生委、省发展改革委、省财政厅、省人力资源社会保障厅、省中医药管理局"),
    ("建立健全毕业后全科医学教育制度", "省卫生计生委、省教育厅、省人力资源社会保障厅、省中医药管理局"),
    ("建立健全毕业后全科医学教育制度", "省教育厅、省卫生计生委、省中医药管理局"),
    ("建立健全毕业后全科医学教育制度", "省卫生计生委、省教育厅、省中医药管理局"),
    ("完善全科继续医学教育", "省卫生计生委、省教育厅、省中医药管理局"),
    ("完善全科继续医学教育", "省卫生计生委、省中医药管理局"),
    ("完善全科医生薪酬制度", "省物价局、省卫生计生委、省中医药管理局"),
    ("完善全科医生薪酬制度", "省人力资源社会保障厅、省财政厅、省卫生计生委、省中医药管理局"),
    ("完善全科医生薪酬制度", "省卫生计生委、省财政厅、省人力资源社会保障厅、省中医药管理局"),
    ("健全全科医生聘用管理办法", "省人力资源社会保障厅、省编委办、省卫生计生委、省中医药管理局"),
    ("拓宽全科医生职业发展前景", "省卫生计生委、省财政厅、省人力资源社会保障厅、省中医药管理局"),
    ("拓宽全科医生职业发展前景", "省卫生计生委、省人力资源社会保障厅、省中医药管理局"),
    ("支持社会力量举办全科诊所", "省卫生计生委、省中医药管理局"),
    ("支持社会力量举办全科诊所", "省卫生计生委、省教育厅、省财政厅、省人力资源社会保障厅、省中医药管理局"),
    ("增强全科医生职业荣誉感", "省卫生计生委、省委组织部、省财政厅、省人力资源社会保障厅、省中医药管理局、省总工会"),
    ("充实全科医生队伍", "省卫生计生委、省教育厅、省财政厅、省中医药管理局"),
    ("加大职称晋升政策倾斜力度", "省卫生计生委、省人力资源社会保障厅、省中医药管理局"),
    ("开展全科医生特岗计划", "省卫生计生委、省财政厅、省人力资源社会保障厅、省中医药管理局"),
    ("实施大学生村医项目", "省卫生计生委、省人力资源社会保障厅、省委组织部、省编委办、省财政厅、省中医药管理局"),
    ("加强组织领导", "省发展改革委、省人力资源社会保障厅、省卫生计生委、省中医药管理局"),
    ("加强组织领导", "省财政厅、省卫生计生委、省中医药管理局"),
    ("加强组织领导", "省卫生计生委、省中医药管理局"),
    ("深化医保支付方式改革", "省人力资源社会保障厅、省卫生计生委"),
    ("广泛宣传引导", "省委宣传部、省卫生计生委、省中医药管理局"),
]


def tasks_of(rows, names, first_leads, collectives=()):
    """One task per (heading, units) row; units are written joined by 、 (a collective that itself holds 、 is
    listed in `collectives` and kept whole)."""
    out = []
    for heading, units in rows:
        toks, rest = [], units
        while rest:
            for c in collectives:
                if rest.startswith(c):
                    toks.append(c)
                    rest = rest[len(c):].lstrip("、")
                    break
            else:
                tok, _, rest = rest.partition("、")
                toks.append(tok)
        full = [names.get(t, t) for t in toks]
        out.append(dict(heading=heading, responsible_as_written=toks, responsible=full,
                        lead=[full[0]] if first_leads else []))
    return out


DOCS["h06_hebei_0323"] = dict(
    title="",
    issuers=["河北省人民政府办公厅"],
    plans_cited=["国务院办公厅关于改革完善全科医生培养与使用激励机制的意见",
                 "中共河北省委河北省人民政府关于贯彻〈“健康中国2030”规划纲要〉的实施意见"],
    not_cited=[],
    tasks=tasks_of(TASKS_H06, NAMES_H06, first_leads=True),
    parks=[],
    technologies=[],
    chains=[],
    targets=[
        dict(year=2020, metric="城乡每万名居民拥有合格的全科医生", value="2-3", unit="名"),
        dict(year=2020, metric="全科医生数", value="1.5", unit="万人", qualifier="达到……以上"),
        dict(year=2030, metric="城乡每万名居民拥有合格的全科医生", value="5", unit="名"),
    ],
    regions=["河北省"],
    uncertain=["河北省机构编制委员会办公室"],
)

# 河北省人民政府办公厅's 实施意见 of 2018-05-20 on 社会公益事业建设领域政府信息公开: the text begins with 为贯彻落实…; the
# title does not occur in the text: "". Signed 河北省人民政府办公厅. 40 brackets （责任单位：…） (one with a half-width
# opening parenthesis), one per numbered sub-item 1. 2. …; no lead marked. The first 各市 bracket carries the scope
# note （含定州、辛集市，下同）: dropped, the unit is the collective 各市、县政府 of every later bracket.
# Units: the names of May 2018 (before Hebei's institutional reform of autumn 2018).
NAMES_H07 = {
    "省扶贫办": "河北省扶贫开发办公室",
    "省财政厅": "河北省财政厅",
    "省发展改革委": "河北省发展和改革委员会",
    "省农业厅": "河北省农业厅",
    "省教育厅": "河北省教育厅",
    "省住房城乡建设厅": "河北省住房和城乡建设厅",
    "省人力资源社会保障厅": "河北省人力资源和社会保障厅",
    "省卫生计生委": "河北省卫生和计划生育委员会",
    "省民政厅": "河北省民政厅",
    "省食品药品监管局": "河北省食品药品监督管理局",
    "省环境保护厅": "河北省环境保护厅",
    "省水利厅": "河北省水利厅",
    "省公安厅": "河北省公安厅",
    "省国土资源厅": "河北省国土资源厅",
    "省交通运输厅": "河北省交通运输厅",
    "省林业厅": "河北省林业厅",
    "省旅游发展委": "河北省旅游发展委员会",
    "省地震局": "河北省地震局",
    "省气象局": "河北省气象局",
    "省电力公司": "国网河北省电力有限公司",
    "冀北电力公司": "国网冀北电力有限公司",
    "省红十字会": "河北省红十字会",
    "省安全监管局": "河北省安全生产监督管理局",
    "省工商局": "河北省工商行政管理局",
    "省工业和信息化厅": "河北省工业和信息化厅",
    "石家庄海关": "石家庄海关",
    "省文化厅": "河北省文化厅",
    "省体育局": "河北省体育局",
}
C07 = "各市、县政府"
TASKS_H07 = [
    ("扶贫政策方面", "省扶贫办、省财政厅、省发展改革委、省农业厅、省教育厅、省住房城乡建设厅"),
    ("扶贫措施方面", "省扶贫办、省发展改革委、省教育厅、省农业厅、省人力资源社会保障厅、省卫生计生委、省住房城乡建设厅、省民政厅"),
    ("扶贫资金项目方面", "省财政厅、省扶贫办、省发展改革委、省农业厅、省教育厅、省民政厅、省住房城乡建设厅、各市、县政府"),
    ("扶贫工作成效方面", "省扶贫办、省财政厅、各市、县政府"),
    ("城乡低保和特困人员救助供养信息公开", "省民政厅、各市、县政府"),
    ("受灾人员救助信息公开", "省民政厅、各市、县政府"),
    ("医疗救助和临时救助信息公开", "省民政厅、各市、县政府"),
    ("住房救助信息公开", "省住房城乡建设厅、各市、县政府"),
    ("就业困难人员就业援助信息公开", "省人力资源社会保障厅、各市、县政府"),
    ("经济困难的高龄、失能老人养老服务补贴信息公开", "省民政厅、各市、县政府"),
    ("残疾人福利信息公开", "省民政厅、各市、县政府"),
    ("儿童福利信息公开", "省民政厅、各市、县政府"),
    ("基础教育信息公开", "省教育厅、各市、县政府"),
    ("职业教育信息公开", "省教育厅、各市、县政府"),
    ("高等教育信息公开", "省教育厅"),
    ("民办学校信息公开", "省教育厅、各市、县政府"),
    ("教育督导信息公开", "省教育厅、各市、县政府"),
    ("各地中长期教育事业发展规划、教育事业统计等信息公开", "省教育厅、各市、县政府"),
    ("医改工作信息公开", "省卫生计生委、各市、县政府"),
    ("重大疾病防控信息公开", "省卫生计生委、各市、县政府"),
    ("疾病应急救助政策落实情况信息公开", "省卫生计生委、各市、县政府"),
    ("计划生育和妇幼卫生信息公开", "省卫生计生委、各市、县政府"),
    ("卫生监督信息公开", "省卫生计生委、各市、县政府"),
    ("食品药品安全信息公开", "省食品药品监管局、各市、县政府"),
    ("空气质量信息公开", "省环境保护厅"),
    ("水质信息公开", "省环境保护厅、各市、县政府"),
    ("土壤污染防治信息公开", "省环境保护厅、各市、县政府"),
    ("环境监测信息公开", "省环境保护厅、各市、县政府"),
    ("突发环境事件信息发布公开", "省环境保护厅、各市、县政府"),
    ("排污许可信息公开", "各市、县政府"),
    ("建设项目信息公开", "省环境保护厅、各市、县政府"),
    ("自然灾害信息公开", "省发展改革委、省民政厅、省财政厅、省水利厅、省公安厅、省国土资源厅、省住房城乡建设厅、省交通运输厅、"
     "省农业厅、省林业厅、省旅游发展委、省地震局、省气象局、省电力公司、冀北电力公司、省红十字会、各市、县政府"),
    ("重大及以上生产安全事故次生灾害预警防范信息公开", "省安全监管局、省公安厅、省环境保护厅、省气象局、省国土资源厅、省交通运输厅、"
     "省卫生计生委、各市、县政府"),
    ("突发卫生事件信息公开", "省卫生计生委、省农业厅、省林业厅、省工商局、省食品药品监管局、省教育厅、省工业和信息化厅、省交通运输厅、"
     "省公安厅、石家庄海关、各市、县政府"),
    ("政策文件公开", "省文化厅、省体育局、各市、县政府"),
    ("资金状况信息公开", "省文化厅、省体育局、各市、县政府"),
    ("公共文化体育设施信息公开", "省文化厅、省体育局、各市、县政府"),
    ("政府购买公共服务信息公开", "省文化厅、省体育局、各市、县政府"),
    ("文化遗产保护信息公开", "省文化厅、各市、县政府"),
    ("全民健身服务信息公开", "省体育局、各市、县政府"),
]
DOCS["h07_hebei_0326"] = dict(
    title="",
    issuers=["河北省人民政府办公厅"],
    plans_cited=["国务院办公厅关于推进社会公益事业建设领域政府信息公开的意见", "突发环境事件应急管理办法",
                 "国家体育锻炼标准", "中华人民共和国政府信息公开条例"],
    not_cited=[],
    tasks=tasks_of(TASKS_H07, NAMES_H07, first_leads=False, collectives=(C07,)),
    parks=[],
    technologies=[],
    chains=[],
    targets=[],
    regions=["河北省"],
    uncertain=["河北省扶贫开发办公室", "国网河北省电力有限公司", "国网冀北电力有限公司"],
)

# 建材工业智能制造数字转型行动计划 (2020; the text is the body only: no title line, the title does not occur in the
# text: ""; no issuing body named: issuers []). 二、重点任务's item 6 has lost its number in the crawl (创新一批工业互联网
# 使用场景). 专栏一's solution items are recorded where they name a production or processing technique, control or
# detection (not management, data, maintenance services or logistics functions); README "Technologies".
DOCS["h08_xlsx_0080"] = dict(
    title="",
    issuers=[],
    plans_cited=["国务院关于深化“互联网+先进制造业”发展工业互联网的指导意见"],
    not_cited=[],
    parks=[],
    technologies=[
        "大数据", "云计算", "人工智能", "5G通信", "工业互联网", "新一代信息通信技术", "新一代信息技术", "智能制造",
        "智能工厂", "数字矿山",
        "智能控制和优化", "新型传感感知", "数据采集与分析", "故障诊断与健康维护", "行业专用软件", "特种工艺制造", "深度学习",
        # 专栏一
        "矿山智能钻爆", "窑炉优化控制", "智能质量控制", "固废协同处置", "热工控制", "冷端优化控制", "在线缺陷检测",
        "自动切割分片", "压机控制", "智能高压注浆", "坯体干燥控制", "物料无人装卸", "产品智能磨抛", "质量自动检测",
        "窑炉优化", "在线监测", "全自动立体仓库", "原料精准制备", "坯体成型切割", "干燥（蒸压）养护", "污染排放控制",
        "原料配料均化", "自动输料投料", "熔窑优化控制", "质量在线检测", "智能切割（分拣）包装", "在线质量检测",
        "自动上料计量", "过程质量控制", "原料精细开釆", "物料称量均化", "选线智能控制", "矿物加工优化", "参数在线监测",
        "池窑拉丝控制", "智能在线检测", "注塑拉挤缠绕", "压制设备控制", "智能控制", "原料分选", "智能干燥", "生产自动控制",
        "在线监测检测",
        # 6. and 专栏二
        "5G技术", "标识解析", "建材工业APP", "大数据采集", "国产人工智能芯片", "BIM", "建筑信息模型", "数字孪生",
        "计算建模", "实时传感", "仿真技术",
        # 7.–9. and 保障措施
        "三维仿真", "智能采选", "自动配矿", "无人驾驶", "数字化设计", "窑炉控制优化", "智能仓储物流", "个性化定制",
        "产品质量追溯", "机器人", "工业软件",
    ],
    chains=["建材工业", "先进制造业", "信息产业", "生产性服务业", "水泥行业", "玻璃行业", "陶瓷行业", "耐材行业",
            "墙体材料行业", "保温材料行业", "混凝土行业", "防水材料行业", "非金属矿行业", "高性能纤维", "复合材料行业",
            "机制砂石行业", "木质建材行业", "无机非金属新材料"],
    targets=[
        dict(year=None, metric="制修订建材行业智能制造标准", value="30", unit="项", qualifier="累计……以上", period="三年"),
        dict(year=None, metric="培育年产值过亿元的建材行业信息化供应商", value="5", unit="家", period="三年"),
        dict(year=None, metric="建立建材细分公共服务平台", value="10", unit="个", period="三年"),
        dict(year=None, metric="建立建材行业智能制造创新中心", value="5", unit="个", period="三年"),
        dict(year=None, metric="形成建材行业系统解决方案", value="15", unit="套", period="三年"),
        dict(year=None, metric="突破建材领域智能制造关键共性技术", value="50", unit="项", period="三年"),
        dict(year=None, metric="推选智能制造标杆企业", value="6", unit="家", period="三年"),
        dict(year=None, metric="建立建材行业智能工厂", value="50", unit="个", period="三年"),
        dict(year=None, metric="打造数字矿山", value="15", unit="个", period="三年"),
        dict(year=None, metric="培育单项应用取得突出成效的典型项目", value="100", unit="个", period="三年"),
    ],
    regions=[],
    agency_groups=[dict(name="建材行业智能制造标准化协调推进小组", members_as_written=[], members=[])],
    uncertain=[],
)

# 国家车联网产业标准体系建设指南（智能网联汽车）（2023版） (the text is the body, with whole sections repeated by the
# crawl; no title line, the title does not occur in the text: ""; no body named: issuers []; the 附件 lists are not in
# the text). A standards-system guideline: the kept decision of heldout21 (h08, h12) is applied — the products,
# systems, devices and techniques named as subjects of its standards are recorded; properties (功能安全, 网络安全,
# 电磁兼容 …), standard topics, functions and scenes are not; the definition sentence of 智能网联汽车 is a gloss.
DOCS["h09_xlsx_0034"] = dict(
    title="",
    issuers=[],
    plans_cited=["国家标准化发展纲要"],
    not_cited=[],
    parks=[],
    technologies=[
        "智能网联汽车", "组合驾驶辅助", "自动驾驶", "操作系统", "计算芯片", "人机交互", "地图与定位", "车联网",
        "车用数字证书", "入侵检测", "软件升级", "驾驶自动化系统", "智能座舱", "车用地图", "卫星定位", "惯性导航", "融合定位",
        "信息感知与融合", "先进驾驶辅助", "车载毫米波雷达", "车载激光雷达", "车载摄像头", "车载信息交互终端", "感知融合",
        "ADAS", "全景影像", "乘用车夜视", "盲区监测", "车门开启预警", "后方交通穿行提示", "自动紧急制动", "紧急转向辅助",
        "车道保持辅助", "车道居中控制", "泊车辅助", "加速踏板防误踩", "无线通信技术", "LTE-V2X", "车用软件", "车用芯片",
        "电子电气架构", "车内有线通信技术", "诊断通信", "车用操作系统", "应用软件", "安全芯片", "V2X通信",
    ],
    chains=["智能网联汽车产业"],
    targets=[
        dict(year=2025, metric="制修订智能网联汽车相关标准", value="100", unit="项", qualifier="以上"),
        dict(year=2030, metric="制修订智能网联汽车相关标准", value="140", unit="项", qualifier="以上"),
    ],
    regions=[],
    agency_groups=[dict(name="智能网联汽车推进组", members_as_written=[], members=[])],
    uncertain=[],
)

# Three guidelines of the 国家重点研发计划 (2021 年度项目申报指南建议, 征求意见稿; 2020-09): “综合交通运输与智能交通”,
# “制造基础技术与关键部件”, “网络协同制造和智能工厂”. The text holds the three guidelines' headings, none naming the
# compilation: title "", the three headings are its parts (sub_plans, whitespace of the PDF crawl removed;
# **doubtful**, README "Titles"). No issuing body named (科技部 only as party to agreements): issuers []. The
# 考核指标 numbers are project-level: no targets. Sectors named only as fields of 应用验证 are application fields: no
# chains. Technologies: the products, components, devices, software kinds and named techniques of the research
# tasks (headings and 研究内容), bare forms where they stand; theories, methods of analysis, functions, platforms,
# databases, protocols and standards are not (README "Technologies"; the depth is **doubtful**).
DOCS["h10_xlsx_0071"] = dict(
    title="",
    sub_plans=["“综合交通运输与智能交通”重点专项2021年度项目申报指南建议（征求意见稿）",
               "“制造基础技术与关键部件”重点专项2021年度项目申报指南建议（征求意见稿）",
               "“网络协同制造和智能工厂”重点专项2021年度项目申报指南建议（征求意见稿）"],
    issuers=[],
    plans_cited=["国家中长期科学和技术发展规划纲要（2006—2020年）", "“十三五”国家科技创新规划",
                 "“十三五”交通领域科技创新专项规划", "国家创新驱动发展战略纲要", "密码模块安全技术要求"],
    not_cited=[],
    parks=[],
    technologies=[
        # 综合交通运输与智能交通
        "自洽能源系统", "综合能源微网", "分布式计算", "智能建造", "5G", "数字孪生", "自动驾驶", "自动编队驾驶系统",
        "安全辅助驾驶", "航空宽带数据链", "场面数字滑行引导系统", "航电设备", "气象探测设备", "虚拟仿真技术",
        # 制造基础技术与关键部件
        "滚动轴承", "智能装配", "液压元件", "液压阀", "电液控制阀", "可编程集成控制器", "在线监测", "智能控制",
        "齿轮传动系统", "二维材料", "柔性应变传感器", "微纳加工", "印刷工艺", "封装", "高灵敏磁电阻传感器", "磁传感器",
        "三维集成", "MEMS", "三维电场传感器", "硅基厚金属膜", "电液控制系统", "电液控制执行机构", "硬件在环仿真",
        "压力传感器", "差压传感器", "表压传感器", "绝压传感器", "压力变送器", "工业机器人", "减速器", "薄膜应变传感器",
        "无线应变传感器", "声发射传感器", "谐波减速器", "开放式数控系统", "数控系统", "可信密码模块", "工业互联网",
        "多路电压传感器", "模数转换", "电流传感器", "电机位置传感器", "信号调理电路", "气溶胶传感器", "辐射传感器",
        "磁栅位置传感器", "磁场传感器", "医疗影像装备",
        # 网络协同制造和智能工厂
        "工业边缘计算", "微服务", "轻量化容器", "区块链", "工业区块链", "知识图谱", "工业大数据", "云边协同", "机器视觉",
        "深度学习", "机理模型", "CAD", "参数化建模", "几何建模", "智能工厂", "增强现实", "人机交互", "视线追踪",
        "智能生产单元", "智能生产线", "在线检测", "工业云", "晶格材料", "拓扑优化", "工业智能软件", "MES",
        "智能制造执行系统", "增材制造", "创成式设计", "边缘网关", "CAE", "云原生技术",
    ],
    chains=[],
    targets=[],
    regions=[],
    uncertain=[],
)

# 全国煤矿智能化建设典型案例汇编（2023年） (the 国家能源局煤炭司 preface and the first case; hard line breaks of the PDF
# crawl: every mention strictly verbatim, a term broken by a line end and nowhere unbroken is left out). No heading
# line; the document's own title stands once in 《》 (broken over a line): the title (heldout21's decision, h04/h12),
# not cited. 国家能源局煤炭司 organised the selection and compiled the 汇编 (现编辑形成《…》): issuer (kept rule on
# authors). The mine's places (内蒙古自治区, 乌海市, 海南区) are those of a case, not of a body or a park: regions [].
DOCS["h11_xlsx_0028"] = dict(
    title="全国煤矿智能化建设典型案例汇编（2023年）",
    issuers=["国家能源局煤炭司"],
    plans_cited=[],
    not_cited=["全国煤矿智能化建设典型案例汇编（2023年）"],
    parks=[],
    technologies=[
        "新一代信息技术", "智能掘进", "智能采煤", "智能露天", "智能运输", "智能洗选", "5G", "AI", "5G无线调度通讯系统",
        "5G核心网", "PTN传输网", "MEC+UPF", "BBU", "RRU", "CPE", "5G手机", "5G调度通信系统", "5G基站", "智能矿灯",
        "智能检身系统", "机器视觉技术", "边缘计算技术", "智能变频", "4K超高清视频", "5G高清网络摄像机", "图像拼接技术",
        "高清网络摄像机", "5G防爆手机", "万兆工业环网", "物联网", "采煤机", "无线摄像仪", "有线控制总线", "液压支架",
        "运输三机", "泵站系统", "智能移动终端", "设备监测与报警系统", "智能供水",
    ],
    chains=["煤炭行业"],
    targets=[],
    regions=[],
    uncertain=[],
)

# 船舶总装建造智能化转型推进行动计划（2019-2021年） (2018-12; the text is the body only: no title line, the title does
# not occur in the text: ""; no issuing body named: issuers []; no 《》). Page marks of the PDF (- 7 -, - 9 -, - 13 -)
# stand inside the text; a term broken by one is left out (无余量- 7 -制造). The 三年 goals of （三）主要目标 are the
# targets (year null, period 三年). Technologies: the list items of the tasks and 专栏 1–5 that name a technique,
# process, product, equipment, installation or software kind (README "Technologies"; the depth is **doubtful**).
DOCS["h12_xlsx_0097"] = dict(
    title="",
    issuers=[],
    plans_cited=[],
    not_cited=[],
    parks=[],
    technologies=[
        "新一代信息通信技术", "智能制造", "智能制造单元", "智能生产线", "智能化车间", "智能单元", "智能船厂",
        "船体零件智能理料", "船体零件自由边智能打磨", "小组立智能焊接", "中组立智能焊接", "分段外板智能喷涂", "管件智能加工",
        "型材加工", "板材加工", "分段喷砂除锈", "分段涂装", "型材切割", "构件自由边打磨", "管子加工", "分段制造",
        "物联网", "大数据", "虚拟仿真", "人工智能", "工业软件",
        # 专栏 1
        "船体构件加工成形工艺设计技术", "中小组立焊接工艺设计技术", "船体分段外板涂装工艺设计技术", "管子法兰焊接工艺设计技术",
        "船体构件切割和成形工艺", "复杂构件焊接工艺", "船体分段涂装工艺", "船体结构装配工艺", "管子装配焊接工艺",
        "舾装件精准安装工艺", "在线自动检测技术", "船体结构视觉识别与自动寻定位技术", "焊接机器人自适应控制技术",
        "多机器人协同作业技术", "在线标定与误差补偿技术", "在位检测技术", "三维设计软件", "数值分析与可视化仿真软件",
        "工艺及生产物流仿真软件", "制造执行系统",
        # 专栏 2
        "智能切割成形装备", "型材智能切割装备", "船体零件理料与打磨智能化装备", "肋骨与曲板三维成形智能化装备",
        "智能装配焊接装备", "小组立智能化焊接装备", "中组立智能化焊接装备", "管子法兰智能化装焊装备", "高功率激光复合焊接装备",
        "智能涂装装备", "智能无尘喷砂除锈装置", "船体智能外板涂装装备", "智能物流和仓储装备", "船体零件识别与自动分拣装备",
        "AGV小车",
        # 4. and 专栏 3
        "标识解析", "工业互联网", "光纤通信", "4G/5G 移动通信", "短距离无线通信", "现场总线", "工业以太网", "工业无线",
        "卫星通信", "智能工厂",
        # 专栏 4
        "曲板冷热加工", "对接缝焊接", "平直构件焊接", "船体分段焊接", "管子制作", "智能涂装", "涂层智能检测", "等离子切割机",
        "曲板数控成形装备", "组立智能焊接装备", "MES", "ERP/PDM", "预处理流水线", "型材智能切割生产线", "小组立智能生产线",
        "中组立智能生产线", "平面分段智能生产线",
        # 6.–15. and 专栏 5
        "三维工艺可视化仿真", "产品数据管理系统", "三维可视化技术", "模型导出接口软件", "焊接工艺及路径自动规划软件",
        "焊接工艺离线编程", "在线编程软件系统", "激光扫描", "三维作业指导系统", "企业资源规划系统", "客户关系管理",
        "供应链管理", "模式识别", "大数据中心",
    ],
    chains=["船舶工业", "服务型制造"],
    targets=[
        dict(year=None, metric="标杆企业率先建成若干具有国际先进水平的智能单元、智能生产线和智能化车间", value="2—3",
             unit="家", period="三年"),
        dict(year=None, metric="每修正总吨工时消耗降低", value="20", unit="%", qualifier="以上", period="三年"),
        dict(year=None, metric="单位修正总吨综合能耗降低", value="10", unit="%", period="三年"),
        dict(year=None, metric="突破船舶智能制造关键技术", value="5", unit="类", period="三年"),
        dict(year=None, metric="攻克船舶智能制造短板装备", value="6", unit="种", period="三年"),
        dict(year=None, metric="制修订船舶智能制造标准", value="20", unit="项", qualifier="以上", period="三年"),
        dict(year=None, metric="建设试验验证平台", value="4", unit="个", qualifier="以上", period="三年"),
        dict(year=None, metric="建设公共服务平台", value="3", unit="个", qualifier="以上", period="三年"),
        dict(year=None, metric="建成船舶中间产品智能生产线", value="6", unit="种", period="三年"),
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
