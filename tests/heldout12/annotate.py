"""The hand annotations of heldout12, written as data, and the script that writes gold/*.json from them.

Everything here was decided by the annotator from reading each text in full (README.md, "How it was made"):
titles, sub-plans, issuers, cited plans, the headings and units of every responsibility bracket, the full official
name of every unit at the document's date, leads, parks, technologies, chains, targets, regions, agency groups and
uncertain names.

Tasks: only h02 (39 brackets) and h04 (30 brackets) have responsibility brackets. Their (heading, units as written,
lead marked) rows below were read off the text by the annotator; `python3 tests/heldout12/check_gold.py --draft S`
printed the same rows, which were compared with the reading item by item, and build() asserts that the rows equal
the checker's splitter. The full names come from the per-document maps FULL_H02 / FULL_H04 (annotator's knowledge
at the documents' dates). For the other ten texts build() asserts that the splitter finds no bracket.

The cited titles of every text were listed by hand and compared with a plain re.findall over 《…》 (assert in
build(), with the exclusions written per text in not_cited).

The mention lists (parks, technologies, chains) are written below in reading order and put into order of first
occurrence in the text by `first_occurrence` (the position of the string's first occurrence anywhere in the text).

Usage (once, before the freeze): python3 tests/heldout12/annotate.py
"""
import json
import re
from pathlib import Path

import check_gold as cg

HERE = Path(__file__).resolve().parent

# (heading, units as written joined by 、, whether the bracket marks its unit(s) as lead: X牵头负责)
TASKS_H02 = [
    ('建立完善知识产权运用和快速协同保护体系，扩大知识产权快速授权、确权、维权覆盖面，加快推进快速保护由单一产业领域向多领域扩展', '国家知识产权局', True),
    ('推动科技成果、专利等无形资产价值市场化，促进知识产权、基金、证券、保险等新型服务模式创新发展，依法发挥资产评估的功能作用，简化资产评估备案程序，实现协议定价和挂牌、拍卖定价', '国家知识产权局、财政部、科技部、中国科协', False),
    ('探索在战略性新兴产业相关领域率先建立利用财政资金形成的科技成果限时转化制度', '科技部、财政部、国家发展改革委', False),
    ('引导众创空间向专业化、精细化方向升级，支持龙头骨干企业、高校、科研院所围绕优势细分领域建设平台型众创空间', '科技部', True),
    ('推动科研院所落实国家科技成果转化法律法规和政策，强化激励导向，提高科研院所成果转化效率', '科技部、人力资源社会保障部', False),
    ('促进仪器设备开放共享，探索仪器设备所有权和经营权分离机制，对于财政资金购置的仪器设备，探索引入专业服务机构进行社会化服务等多种方式', '科技部', True),
    ('实施科研院所创新创业共享行动，鼓励科研院所发挥自身优势，进一步提高科技成果转化能力和创新创业能力，进一步开放现有科研设施和资源，推动科技成果在全社会范围实现共享和转化', '国家发展改革委、中科院、科技部', False),
    ('在有效防控风险的前提下，合理赋予大型银行县支行信贷业务权限', '银监会', True),
    ('完善债权、股权等融资服务机制，为科技型中小企业提供覆盖全生命周期的投融资服务', '银监会、人民银行、保监会、财政部、科技部、国家知识产权局、证监会', False),
    ('改革财政资金、国有资本参与创业投资的投入、管理与退出标准和规则，建立完善与其特点相适应的绩效评价体系', '财政部、国务院国资委', False),
    ('适时推广创业投资企业和天使投资个人有关税收试点政策，引导社会资本参与创业投资', '财政部、税务总局、国家发展改革委', False),
    ('推动国家新兴产业创业投资引导基金、国家中小企业发展基金、国家科技成果转化引导基金设立一批创业投资子基金', '国家发展改革委、财政部、工业和信息化部', False),
    ('健全完善创新券、创业券的管理制度和运行机制，在全面创新改革试验区域探索建立创新券、创业券跨区域互通互认机制', '科技部、国家发展改革委', False),
    ('加强基础研究，提升原始创新能力', '科技部、财政部', False),
    ('在战略性领域布局建设若干产业创新中心，整合利用现有创新资源形成充满活力的创新网络', '国家发展改革委、工业和信息化部、科技部、教育部', False),
    ('实施企业创新创业协同行动', '国家发展改革委、工业和信息化部、国务院国资委、全国工商联', False),
    ('鼓励大型企业全面推进“双创”工作，建设“双创”服务平台与网络，开展各类“双创”活动，推广各类大型企业“双创”典型经验，促进跨界融合和成果转化', '国家发展改革委、工业和信息化部、国务院国资委、全国工商联', False),
    ('促进分享经济发展，合理引导预期，创新监管模式，推动构建适应分享经济发展的包容审慎监管机制和社会多方协同治理机制，完善新就业形态、消费者权益、社会保障、信用体系建设、风险控制等方面的政策法规，研究完善适应分享经济特点的税收征管措施，研究建立平台企业履职尽责与依法获得责任豁免的联动机制', '国家发展改革委、人力资源社会保障部、人民银行、工商总局、税务总局、中央网信办', False),
    ('发布促进数字经济发展战略纲要，强化系统性设计，打破制约数字生产力发展的制度障碍，推进市场化的生产资料分享，提升市场配置资源效率，加速数字化转型，引领和适应数字经济发展', '国家发展改革委、中央网信办', False),
    ('进一步完善新产业新业态新模式统计分类，充分利用大数据等现代信息技术手段，研究制定“双创”发展统计指标体系，科学、准确、及时反映经济结构优化升级的新进展', '国家统计局', True),
    ('加快研究制定工业互联网安全技术标准，建设工业互联网网络安全监测平台和中小企业网络安全公共服务平台，强化工业互联网安全保障支撑能力', '工业和信息化部', True),
    ('积极落实支持大众创业、万众创新的用地政策，加大新供用地保障力度，鼓励盘活利用现有用地，引导新产业集聚发展，完善新产业用地监管制度', '国土资源部', True),
    ('研究制定促进首台（套）重大技术装备示范应用的意见，建立健全首台（套）重大技术装备研发、检测评定、示范应用体系，完善财政、金融、保险等支持政策，明确相关招标采购要求，建立示范应用激励和保障机制，营造良好的政策和市场环境', '国家发展改革委', True),
    ('充分利用产业投资基金支持先进制造业发展', '国家发展改革委、工业和信息化部、财政部', False),
    ('制定人才签证实施细则，明确外国人申请和取得人才签证的标准条件和办理程序；全面实施外国人来华工作许可制度，简化外国高层次人才办理工作许可证和居留证件的程序', '国家外专局、公安部、外交部、人力资源社会保障部', False),
    ('允许外国留学生凭高校毕业证书、创业计划申请加注“创业”的私人事务类居留许可', '公安部、人力资源社会保障部、国家外专局', False),
    ('实施留学人员回国创新创业启动支持计划，吸引更多高素质留学人才回国创新创业', '人力资源社会保障部、外交部、公安部、国务院港澳办、国务院台办、国务院侨办、中国科协', False),
    ('完善高校和科研院所绩效考核办法，在核定的绩效工资总量内高校和科研院所可自主分配', '人力资源社会保障部、教育部、科技部', False),
    ('实施社团创新创业融合行动，搭建创新创业资源对接平台，推介一批创新创业典型人物和案例，推动创新精神、企业家精神和工匠精神融合，进一步引导和推动各类科技人员投身创新创业大潮', '国家发展改革委、中国科协', False),
    ('加快将现有支持“双创”相关财政政策措施向返乡下乡人员创新创业拓展，将符合条件的返乡下乡人员创新创业项目纳入强农惠农富农政策范围', '农业部、人力资源社会保障部、国土资源部、有关地方人民政府', False),
    ('各地区可根据实际需要制定灵活的引才引智政策，采取不改变人才的户籍、人事关系等方式，以用为本，发挥实效，解决关键领域高素质人才稀缺等问题', '各地方人民政府', False),
    ('出台公平竞争审查实施细则，进一步健全审查机制，明确审查程序，强化审查责任，推动全面实施公平竞争审查制度，为创新创业营造统一开放、竞争有序的市场环境', '国家发展改革委、财政部、商务部、工商总局', False),
    ('推进“多证合一”登记制度改革，将涉企登记、备案等有关事项和各类证照进一步整合到营业执照上', '工商总局', True),
    ('加大事中事后监管力度，实现“双随机、一公开”监管全覆盖，开展跨部门“双随机”联合检查，提高监管效能', '工商总局、中央编办、国务院法制办', False),
    ('在有条件的基层政府设立专业化的行政审批机构，实行审批职责、审批事项、审批环节“三个全集中”', '各地方人民政府、有关部门', False),
    ('适时适当放宽教育等行业互联网准入条件，降低创新创业门槛，加强新兴业态领域事中事后监管', '教育部', True),
    ('推进跨省经营企业部分涉税事项全国通办', '税务总局', True),
    ('积极有序推进试点示范，加快建设全国双创示范基地，推进小微企业创业创新基地城市示范，整合创建一批农村创新创业示范基地', '国家发展改革委、科技部、财政部、工业和信息化部、农业部', False),
    ('办好全国“双创”活动周，营造创新创业良好氛围', '国家发展改革委、中国科协', False),
]
TASKS_H04 = [
    ('支持创新药研发', '省科技厅、省发展改革委、省药品监管局、省财政厅', False),
    ('支持创新药产业化', '省发展改革委、省药品监管局、省财政厅', False),
    ('支持医疗器械产业化', '省科技厅、省发展改革委、省药品监管局、省财政厅、省工业和信息化厅', False),
    ('支持中药制剂高端化', '省发展改革委、省药品监管局、省中医药管理局、省财政厅', False),
    ('培育单项冠军企业', '省工业和信息化厅', False),
    ('推动高新技术企业发展', '省科技厅、省税务局、省财政厅', False),
    ('支持龙头企业创新', '省工业和信息化厅', False),
    ('持续推进技术改造', '省工业和信息化厅', False),
    ('推动重点领域产品质量升级', '省发展改革委、省药品监管局、省财政厅', False),
    ('推动药品国际化认证', '省工业和信息化厅', False),
    ('支持企业参与集中带量采购', '省工业和信息化厅、省医疗保障局、省药品监管局、省卫生健康委', False),
    ('实施产业基础再造', '省工业和信息化厅', False),
    ('提升新冠病毒疫苗产业链配套水平', '省工业和信息化厅', False),
    ('支持特色产业链条延伸', '省工业和信息化厅', False),
    ('支持中小企业“专精特新”发展', '省工业和信息化厅', False),
    ('鼓励专业化服务平台建设', '省发展改革委、省工业和信息化厅、省药品监管局', False),
    ('大力引进龙头企业', '省商务厅、省财政厅', False),
    ('精准引进医药企业和研发机构', '省发展改革委、省财政厅', False),
    ('打造高质量产业聚集区', '省工业和信息化厅、省发展改革委、省商务厅', False),
    ('大力推动数字化转型', '省工业和信息化厅', False),
    ('积极发展“互联网+”新模式新业态', '省工业和信息化厅', False),
    ('实施绿色化改造', '省工业和信息化厅', False),
    ('优化环评审批服务', '省生态环境厅', False),
    ('推行正面清单制度', '省生态环境厅', False),
    ('提升环境执法水平', '省生态环境厅', False),
    ('支持高层次人才创业', '省人力资源社会保障厅、省科技厅、省财政厅、省人才办', False),
    ('培养技能型人才', '省人力资源社会保障厅', False),
    ('鼓励企业上市融资', '省地方金融监管局、省工业和信息化厅、省财政厅', False),
    ('加大基金支持力度', '省发展改革委、省科技厅、省工业和信息化厅', False),
    ('加强项目用地供给', '省发展改革委、省自然资源厅', False),
]

# 国务院, 2017-07-21 (国发〔2017〕37号): names at that date.
FULL_H02 = {
    "国家知识产权局": "国家知识产权局", "财政部": "财政部", "科技部": "科学技术部", "中国科协": "中国科学技术协会",
    "国家发展改革委": "国家发展和改革委员会", "人力资源社会保障部": "人力资源和社会保障部", "中科院": "中国科学院",
    "银监会": "中国银行业监督管理委员会", "人民银行": "中国人民银行", "保监会": "中国保险监督管理委员会",
    "证监会": "中国证券监督管理委员会", "国务院国资委": "国务院国有资产监督管理委员会", "税务总局": "国家税务总局",
    "工业和信息化部": "工业和信息化部", "教育部": "教育部", "全国工商联": "中华全国工商业联合会",
    "工商总局": "国家工商行政管理总局", "中央网信办": "中央网络安全和信息化领导小组办公室",
    "国家统计局": "国家统计局", "国土资源部": "国土资源部", "国家外专局": "国家外国专家局", "公安部": "公安部",
    "外交部": "外交部", "国务院港澳办": "国务院港澳事务办公室", "国务院台办": "国务院台湾事务办公室",
    "国务院侨办": "国务院侨务办公室", "农业部": "农业部", "商务部": "商务部",
    "中央编办": "中央机构编制委员会办公室", "国务院法制办": "国务院法制办公室",
    # collective units: unchanged
    "有关地方人民政府": "有关地方人民政府", "各地方人民政府": "各地方人民政府", "有关部门": "有关部门",
}
# 河北省人民政府办公厅, 2021-08-20 (冀政办字〔2021〕104号): names at that date.
FULL_H04 = {
    "省科技厅": "河北省科学技术厅", "省发展改革委": "河北省发展和改革委员会", "省药品监管局": "河北省药品监督管理局",
    "省财政厅": "河北省财政厅", "省工业和信息化厅": "河北省工业和信息化厅", "省中医药管理局": "河北省中医药管理局",
    "省税务局": "国家税务总局河北省税务局", "省医疗保障局": "河北省医疗保障局", "省卫生健康委": "河北省卫生健康委员会",
    "省商务厅": "河北省商务厅", "省生态环境厅": "河北省生态环境厅", "省人力资源社会保障厅": "河北省人力资源和社会保障厅",
    "省人才办": "中共河北省委人才工作领导小组办公室", "省地方金融监管局": "河北省地方金融监督管理局",
    "省自然资源厅": "河北省自然资源厅",
}


def tasks_of(rows, full):
    out = []
    for heading, units, lead in rows:
        toks = units.split("、")
        t = {"heading": heading, "responsible_as_written": toks, "responsible": [full[u] for u in toks]}
        t["lead"] = [full[u] for u in toks] if lead else []
        out.append(t)
    return out


DOCS = {
    # 河北省科学技术厅, 2017-12-18, 冀科平函〔2017〕43号. The notice's own title is in the text; the 办法 is its sub-plan.
    # The one bracket the manifest counts is （参与共建的机构）, a gloss in the annex: no task.
    "h01_hebei_0106": dict(
        title="关于印发《河北省省级产业技术研究院建设与运行管理办法（试行）》的通知",
        sub_plans=["河北省省级产业技术研究院建设与运行管理办法（试行）"],
        issuers=["河北省科学技术厅"],
        plans_cited=["河北省科学技术进步条例", "关于加快科技创新建设创新型河北的决定", "河北省省级产业技术研究院建设申请书",
                     "河北省省级产业技术研究院建设与运行实施方案", "关于开展省级产业技术研究院建设试点工作的指导意见",
                     "省级产业技术研究院审核论证办法（试行）"],
        # the title's own 办法, and the notice's slip 《…建设与管理办法（试行）》 for it (the document itself)
        not_cited=["河北省省级产业技术研究院建设与运行管理办法（试行）", "河北省省级产业技术研究院建设与管理办法（试行）"],
        rows=None,
        parks=[],
        technologies=[],
        chains=["传统优势产业", "战略性新兴产业"],
        targets=[],
        regions=["河北省"],
        uncertain=[],
    ),
    # 国务院, 2017-07-21, 国发〔2017〕37号; 39 brackets, one per item (一)…(三十九).
    "h02_hebei_0792": dict(
        title="国务院关于强化实施创新驱动发展战略进一步推进大众创业万众创新深入发展的意见",
        issuers=["国务院"],
        plans_cited=[],
        not_cited=[],
        rows=("H02", FULL_H02),
        parks=["全国双创示范基地", "农村创新创业示范基地", "国家自主创新示范区"],
        technologies=["大数据", "工业互联网", "重大技术装备"],
        chains=["分享经济", "新兴产业", "传统产业", "数字经济", "先进制造业"],
        targets=[],
        regions=[],
        uncertain=[],
    ),
    # 科学技术部 and nine other bodies (signature), 2023-09-07, 国科发监〔2023〕167号. The notice's own title is not in
    # the text; the 办法's heading is. （参与） in 项目承担（参与）单位 is a gloss: no task.
    "h03_hebei_0747": dict(
        title="科技伦理审查办法（试行）",
        issuers=["科学技术部", "教育部", "工业和信息化部", "农业农村部", "国家卫生健康委员会", "中国科学院",
                 "中国社会科学院", "中国工程院", "中国科学技术协会", "中央军委科学技术委员会"],
        plans_cited=["中华人民共和国科学技术进步法", "关于加强科技伦理治理的意见"],
        not_cited=["科技伦理审查办法（试行）"],
        rows=None,
        parks=[],
        technologies=[],
        chains=[],
        targets=[],
        regions=[],
        agency_groups=[dict(name="中央科技委员会", members_as_written=[], members=[]),
                       dict(name="国家科技伦理委员会", members_as_written=[], members=[])],
        uncertain=[],
    ),
    # 河北省人民政府办公厅, 2021-08-20, 冀政办字〔2021〕104号; the notice's own title is not in the text, the measures'
    # heading is. 30 brackets （责任单位：…）.
    "h04_hebei_0058": dict(
        title="关于支持医药产业发展的若干措施",
        issuers=["河北省人民政府办公厅"],
        plans_cited=["河北省重点领域首台（套）重大技术装备产品公告目录", "建设项目环境影响评价分类管理名录",
                     "全国工业用地出让最低价标准"],
        not_cited=["关于支持医药产业发展的若干措施"],
        rows=("H04", FULL_H04),
        parks=["石家庄国家高新技术产业开发区", "北戴河国家生命健康产业创新示范区", "沧州临港国家经济技术开发区", "雄安新区",
               "沧州渤海新区"],
        technologies=["中成药", "创新药", "改良型新药", "医疗器械", "医疗装备", "中药制剂", "现代生物技术", "制药工艺关键技术",
                      "制药设备", "化学仿制药", "生物类似药", "药用原辅料", "包装材料", "智能制造", "节能低碳", "节水",
                      "工业固废综合利用"],
        chains=["医药产业", "高端医疗器械", "康复器具", "高值医用耗材", "新冠病毒疫苗产业链", "化学药品制剂", "生物药",
                "高端特色原料药", "现代中药制剂"],
        targets=[],
        regions=["河北省", "石家庄市", "北戴河区", "沧州市"],
        uncertain=["中共河北省委人才工作领导小组办公室"],
    ),
    # Six Hebei bodies, 2018-01-05, 冀科高﹝2018﹞1号 (before the merger of the tax bureaus). The notice's own title is
    # in the text (after the six issuers' names); the 办法 is its sub-plan.
    "h05_hebei_0105": dict(
        title="关于印发《河北省技术先进型服务企业认定管理办法（试行）》的通知",
        sub_plans=["河北省技术先进型服务企业认定管理办法（试行）"],
        issuers=["河北省科学技术厅", "河北省商务厅", "河北省财政厅", "河北省国家税务局", "河北省地方税务局",
                 "河北省发展和改革委员会"],
        plans_cited=["关于将技术先进型服务企业所得税政策推广至全国实施的通知", "技术先进型服务业务认定范围（试行）",
                     "全国技术先进型服务企业认定（复核）申请表", "企业注册登记表"],
        not_cited=["河北省技术先进型服务企业认定管理办法（试行）"],
        rows=None,
        parks=[],
        technologies=[],
        chains=["服务业"],
        targets=[],
        regions=["河北省"],
        agency_groups=[dict(
            name="河北省技术先进型服务企业认定工作小组",
            members_as_written=["省科技厅", "省商务厅", "财政厅", "国税局", "地税局", "发展改革委"],
            members=["河北省科学技术厅", "河北省商务厅", "河北省财政厅", "河北省国家税务局", "河北省地方税务局",
                     "河北省发展和改革委员会"],
            office_as_written="省科技厅高新处",
            office="河北省科学技术厅高新技术处",
        )],
        uncertain=["河北省科学技术厅高新技术处"],
    ),
    # 科学技术部, 2013-02-05, 国科发高〔2013〕110号; the notice's title is in the text, the 规划 is its sub-plan.
    "h06_hebei_0829": dict(
        title="科技部关于印发技术市场“十二五”发展规划的通知",
        sub_plans=["技术市场“十二五”发展规划"],
        issuers=["科学技术部"],
        plans_cited=["国家中长期科学和技术发展规划纲要（2006-2020年）", "国家“十二五”科学和技术发展规划",
                     "中华人民共和国科学技术进步法", "科技成果转化法", "合同法", "国家技术转移促进行动实施方案"],
        # the plan itself; the half-width repeat of an already cited title; two information systems (not documents)
        not_cited=["技术市场“十二五”发展规划", "国家中长期科学和技术发展规划纲要(2006-2020年)", "全国技术合同网上登记系统",
                   "智能分析系统"],
        rows=None,
        parks=["国家技术转移集聚区", "区域技术转移核心区", "技术转移示范基地", "科技服务业集聚区",
               "北京中关村国家自主创新示范区", "中关村西区"],
        technologies=[],
        chains=["科技服务业", "传统产业", "战略性新兴产业", "现代服务业", "高新技术产业"],
        targets=[
            {"year": 2015, "metric": "国家技术转移示范机构总数", "value": "400", "unit": "家", "qualifier": "达到"},
            {"year": 2015, "metric": "中国创新驿站区域站点", "value": "50", "unit": "家", "qualifier": "达到"},
            {"year": 2015, "metric": "中国创新驿站基层站点", "value": "300", "unit": "家", "qualifier": "达到"},
            {"year": 2015, "metric": "签约技术经纪人", "value": "1000", "unit": "名"},
            {"year": 2015, "metric": "推动建立区域和行业技术转移联盟", "value": "30", "unit": "家"},
            {"year": 2015, "metric": "组织重大科技计划项目成果的转移转化", "value": "1000", "unit": "项"},
            {"year": 2015, "metric": "技术合同成交额年递增", "value": "21", "unit": "%", "qualifier": "力争实现",
             "period": "“十二五”期间"},
            {"year": 2015, "metric": "技术合同成交额", "value": "10000", "unit": "亿元", "qualifier": "力争……达到"},
        ],
        regions=["北京市", "深圳市", "西安市", "成都市"],
        uncertain=[],
    ),
    # 科学技术部、国家保密局令第16号 (2015-11-16): the regulation's title. The repealed 1995 《科学技术保密规定》 is
    # another document with the same title and is cited (README).
    "h07_hebei_0819": dict(
        title="科学技术保密规定",
        issuers=["科学技术部", "国家保密局"],
        plans_cited=["科学技术保密规定", "中华人民共和国保守国家秘密法", "中华人民共和国科学技术进步法",
                     "中华人民共和国保守国家秘密法实施条例"],
        not_cited=[],
        rows=None,
        parks=[],
        technologies=[],
        chains=[],
        targets=[],
        regions=[],
        uncertain=[],
    ),
    # 河北省人民政府办公厅, 2023-12-22. The text (given twice by the crawl) starts with the addressee line; the notice's
    # title is not in it; the issued result's title is (in 《》 in the notice) and is the title.
    "h08_hebei_0147": dict(
        title="全省县域科技创新能力监测评价结果（2023）",
        issuers=["河北省人民政府办公厅"],
        plans_cited=["河北省县域科技创新跃升计划（2019-2025年）"],
        not_cited=["全省县域科技创新能力监测评价结果（2023）"],
        rows=None,
        parks=["渤海新区"],
        technologies=[],
        chains=[],
        targets=[],
        regions=["河北省"],
        uncertain=[],
    ),
    # 国家自然科学基金委员会国际合作局 (signature), 2019-09-10: project guide of NSFC-FRQ; no title line in the text.
    "h09_xlsx_0084": dict(
        title="",
        issuers=["国家自然科学基金委员会国际合作局"],
        plans_cited=["2019年度国家自然科学基金项目指南", "国家自然科学基金国际（地区）合作与交流项目申请书",
                     "国家自然科学基金资助项目资金管理办法", "关于国家自然科学基金资助项目资金管理有关问题的补充通知",
                     "国家自然科学基金委员会、财政部关于进一步完善科学基金项目和资金管理的通知",
                     "国家自然科学基金项目资金预算表编制说明", "国家自然科学基金项目资金预算表"],
        not_cited=[],
        rows=None,
        parks=[],
        technologies=["大数据"],
        chains=[],
        targets=[],
        regions=[],
        uncertain=[],
    ),
    # 住房和城乡建设部 and twelve other national bodies (signature), 2020-07-03; no title line in the text (it starts
    # with the addressee line).
    "h10_xlsx_0074": dict(
        title="",
        issuers=["住房和城乡建设部", "国家发展和改革委员会", "科学技术部", "工业和信息化部", "人力资源和社会保障部",
                 "生态环境部", "交通运输部", "水利部", "国家税务总局", "国家市场监督管理总局", "中国银行保险监督管理委员会",
                 "国家铁路局", "中国民用航空局"],
        plans_cited=[],
        not_cited=[],
        rows=None,
        parks=["智能建造基地"],
        technologies=[
            "智能建造", "装配式建筑", "新一代信息技术", "建筑信息模型", "互联网", "物联网", "大数据", "云计算", "移动通信",
            "人工智能", "区块链", "先进制造设备", "智能设备", "智慧工地相关装备", "施工机具", "传感器", "高速移动通讯",
            "无线射频", "近场通讯", "二维码识别", "建筑物联网技术", "建筑产业互联网平台", "钢结构构件智能制造生产线",
            "预制混凝土构件智能生产线", "部品部件", "部品部件现代工艺制造", "智能控制和优化", "新型传感感知",
            "工程质量检测监测", "数据采集与分析", "故障诊断与维护", "专用软件", "建筑机器人", "系统性软件", "集成建造平台",
            "工业互联网平台", "BIM", "数字化技术", "系统集成技术", "智能化装备", "人机智能交互", "智能物流管理", "增材制造",
            "智能装备", "企业资源计划", "智能控制造楼机", "城市信息模型",
        ],
        chains=["建筑业", "智能建造"],
        targets=[],
        regions=[],
        uncertain=[],
    ),
    # 国务院办公厅, 2005-03-03, 国办函〔2005〕21号 (gov.cn page; title in the metadata and in the heading).
    "h11_govcn_0021": dict(
        title="国务院办公厅关于科技节水建议的复函",
        issuers=["国务院办公厅"],
        plans_cited=["清洁生产促进法"],
        not_cited=[],
        rows=None,
        parks=[],
        technologies=["反渗透膜过滤技术", "中和-分离-灭菌-反渗透膜分离", "反渗透膜分离技术", "海水淡化", "反渗透膜",
                      "膜分离技术", "城市雨污分离", "污废水回用", "节水型器具"],
        chains=[],
        targets=[],
        regions=[],
        uncertain=[],
    ),
    # 国家发展改革委, 国家数据局, 财政部, 自然资源部 (signature), 2024-05-14; no title line in the text.
    "h12_xlsx_0010": dict(
        title="",
        issuers=["国家发展和改革委员会", "国家数据局", "财政部", "自然资源部"],
        plans_cited=[],
        not_cited=[],
        rows=None,
        parks=[],
        technologies=[
            "算法", "人工智能", "智能分析", "智能调度", "智能监管", "辅助决策", "城市信息模型", "时空大数据", "数字孪生",
            "数字技术", "工业互联网", "大数据", "区块链", "先进计算", "未来网络", "卫星遥感", "三维建模", "绿色智能建筑",
            "新型广播电视网络", "城市算力网", "城市智能感知终端", "新能源汽车", "新型电力系统", "智能网联汽车",
        ],
        chains=["数字经济", "智慧农业", "金融", "物流", "生产性服务业", "商贸", "文旅", "康养", "生活性服务业",
                "新兴数字产业", "数字产业集群", "数据产业", "上门经济", "即时零售", "数字文创", "数字内容", "智慧旅游",
                "数字贸易"],
        targets=[],
        regions=[],
        agency_groups=[dict(name="数字经济发展部际联席会议", members_as_written=[], members=[])],
        uncertain=[],
    ),
}

ROWS = {"H02": TASKS_H02, "H04": TASKS_H04}


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
    # h07: the repealed 1995 regulation has the document's own title; it is cited (README)
    assert found == d["plans_cited"], (stem, found, d["plans_cited"])
    brackets = cg.responsibility_brackets(stem, text)
    if d["rows"] is None:
        assert not brackets, f"{stem}: unexpected responsibility bracket {brackets[0][1]}"
        tasks = []
    else:
        key, full = d["rows"]
        rows = ROWS[key]
        assert len(rows) == len(brackets), (stem, len(rows), len(brackets))
        for (heading, units, lead), (pos, inner) in zip(rows, brackets):
            h, _ = cg.heading_before(text, pos)
            u, leads = cg.units_of(inner)
            assert h == heading and u == units.split("、") and bool(leads) == lead, (stem, heading, h, u, leads)
            assert not leads or leads == u, (stem, heading, leads)
        tasks = tasks_of(rows, full)
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
