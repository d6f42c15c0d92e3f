"""The hand annotations of heldout20, written as data, and the script that writes gold/*.json from them.

Everything here was decided by the annotator from reading each text in full (README.md, "How it was made"):
titles, sub-plans, issuers, cited plans, parks, technologies, chains, targets, regions, agency groups and
uncertain names. No text of this set has a responsibility bracket (reading, confirmed by check_gold.py's splitter
and census, both 0 in every text once h09's note on a form is set aside, README "Brackets"); build() asserts that,
so every `tasks` list is []. The cited titles of every text were listed by hand and compared with a plain
re.findall over 《…》 / «…» (assert in build(), with the exclusions written per text in `not_cited`: the document
itself, its sub-plans and its own short names, and short names of titles already cited).

The mention lists (parks, technologies, chains) are written below in reading order and put into order of first
occurrence in the text by `first_occurrence` (the position of the string's first occurrence anywhere in the
text); every mention is asserted to occur verbatim and once per list. The decisions behind doubtful entries are in
CONVENTIONS.md ("Decisions taken while annotating") and README.md.

Adapted from tests/heldout19/annotate.py (the structure of tests/heldout17/annotate.py without its bracket part,
since no text here has a bracket).

Usage (once, before the freeze): /dev/shm/h20/venv/bin/python tests/heldout20/annotate.py   (python with opencc)
"""
import json
import re
from pathlib import Path

import check_gold as cg

HERE = Path(__file__).resolve().parent

DOCS = {
    # 河北省人民政府关于推动科技创新平台和大型仪器设备面向社会开放服务的实施意见, 冀政发〔2015〕16号 (2015-05-28; the
    # manifest date 2018-03-14 is the repost's). Title on two lines (版头 form, the body before 关于); signed 河北省人民政府.
    "h01_hebei_0092": dict(
        title="河北省人民政府关于推动科技创新平台和大型仪器设备面向社会开放服务的实施意见",
        issuers=["河北省人民政府"],
        plans_cited=["国务院关于国家重大科研基础设施和大型科研仪器向社会开放的意见", "河北省大型仪器管理办法",
                     "河北省大型科学仪器设施共享服务评估办法", "河北省大型科研仪器管理办法"],
        not_cited=[],
        parks=[],
        technologies=[],
        chains=["现代科技服务业"],
        targets=[],
        regions=["河北省"],
        uncertain=[],
    ),
    # 河北省人民政府关于深化省级财政科技计划（专项、基金等）管理改革的意见, 冀政发〔2015〕24号. Title in three lines (版头);
    # no signature: the heading names the issuer.
    "h02_hebei_0094": dict(
        title="河北省人民政府关于深化省级财政科技计划（专项、基金等）管理改革的意见",
        issuers=["河北省人民政府"],
        plans_cited=["国务院关于改进加强中央财政科研项目和资金管理的若干意见",
                     "国务院关于深化中央财政科技计划（专项、基金等）管理改革的方案"],
        not_cited=[],
        parks=[],
        technologies=[],
        chains=[],
        targets=[],
        regions=["河北省"],
        agency_groups=[dict(
            name="科技计划（专项、基金等）管理联席会议",
            members_as_written=["省科技行政主管部门", "省财政", "发展改革"],
            members=["河北省科学技术厅", "河北省财政厅", "河北省发展和改革委员会"],
        )],
        uncertain=[],
    ),
    # 国科发政〔2019〕260号: the six bodies' notice (its own title is not in the text) and the issued 若干意见, whose
    # heading (after 附件, two lines) is the title. The notice's 《…若干意见》 is the document itself.
    "h03_hebei_0778": dict(
        title="关于扩大高校和科研院所科研相关自主权的若干意见",
        issuers=["科学技术部", "教育部", "国家发展和改革委员会", "财政部", "人力资源和社会保障部", "中国科学院"],
        plans_cited=[],
        not_cited=["关于扩大高校和科研院所科研相关自主权的若干意见"],
        parks=[],
        technologies=[],
        chains=[],
        targets=[],
        regions=[],
        uncertain=[],
    ),
    # The three Hebei bodies' 实施方案 on 卫生 titles (signed 2021-11-17). No heading line; the document's own title
    # occurs once, in the page's trailing link 《关于深化卫生专业技术人员职称制度改革的实施方案》政策解读: used as the title
    # (CONVENTIONS "Decisions"), not cited.
    "h04_hebei_0541": dict(
        title="关于深化卫生专业技术人员职称制度改革的实施方案",
        issuers=["河北省人力资源和社会保障厅", "河北省卫生健康委员会", "河北省中医药管理局"],
        plans_cited=["关于深化卫生专业技术人员职称制度改革的指导意见", "中华人民共和国执业医师法", "护士条例",
                     "中华人民共和国中医药法", "卫生专业技术人员职称评价基本标准"],
        not_cited=["关于深化卫生专业技术人员职称制度改革的实施方案"],
        parks=[],
        technologies=[],
        chains=[],
        targets=[],
        regions=["河北省"],
        uncertain=[],
    ),
    # 国科发区〔2020〕67号: 科技部's notice (its own title not in the text, signed 科技部) and the 若干措施, whose heading
    # line is the title; the notice's 《…若干措施》 is the document itself.
    "h05_hebei_0770": dict(
        title="关于科技创新支撑复工复产和经济平稳运行的若干措施",
        issuers=["科学技术部"],
        plans_cited=[],
        not_cited=["关于科技创新支撑复工复产和经济平稳运行的若干措施"],
        parks=[],
        technologies=[
            "健康监测", "智慧物流", "远程办公", "数字政务", "5G", "人工智能", "量子通信", "工业互联网", "新药",
            "高端医疗器械", "新能源", "新材料", "春耕备耕技术",
        ],
        chains=[
            "高新技术产业", "新药", "医疗装备", "检测", "疫苗", "高科技产业", "医疗健康", "智能制造", "无人配送",
            "在线教育", "新兴产业",
        ],
        targets=[],
        regions=[],
        uncertain=[],
    ),
    # 河北省科学技术厅关于印发《河北省国际科技合作基地评估办法（试行）》的通知, 冀科外〔2017〕1号 (signed 2016-12-19).
    "h06_hebei_0109": dict(
        title="河北省科学技术厅关于印发《河北省国际科技合作基地评估办法（试行）》的通知",
        sub_plans=["河北省国际科技合作基地评估办法（试行）"],
        issuers=["河北省科学技术厅"],
        plans_cited=["河北省国际科技合作基地管理办法", "河北省国际科技合作基地评估申请书"],
        not_cited=["河北省国际科技合作基地评估办法（试行）"],
        parks=[],
        technologies=[],
        chains=["高新技术产业"],
        targets=[],
        regions=["河北省"],
        uncertain=[],
    ),
    # 关于印发《河北省促进高等学校和科研院所科技成果转化暂行办法实施细则》的通知, 冀科政〔2015〕20号, signed by eight
    # Hebei bodies (2015-12-30); the heading names no body before 关于.
    "h07_hebei_0098": dict(
        title="关于印发《河北省促进高等学校和科研院所科技成果转化暂行办法实施细则》的通知",
        sub_plans=["河北省促进高等学校和科研院所科技成果转化暂行办法实施细则"],
        issuers=["河北省科学技术厅", "河北省教育厅", "河北省财政厅", "河北省人力资源和社会保障厅",
                 "河北省机构编制委员会办公室", "河北省人民政府国有资产监督管理委员会", "河北省国家税务局",
                 "河北省地方税务局"],
        plans_cited=["河北省促进高等学校和科研院所科技成果转化暂行办法", "中华人民共和国促进科技成果转化法",
                     "中共中央国务院关于深化体制机制改革加快实施创新驱动发展战略的若干意见",
                     "中共河北省委河北省人民政府关于深化科技体制改革加快推进创新发展的实施意见",
                     "个人所得税分期缴纳备案表（转增股本）", "河北省科技型中小企业成长计划",
                     "河北省人民政府关于推动科技创新平台和大型仪器设备面向社会开放服务的实施意见"],
        # the sub-plan's title, and 《个人所得税分期缴纳备案表》, the short form of the form already cited
        not_cited=["河北省促进高等学校和科研院所科技成果转化暂行办法实施细则", "个人所得税分期缴纳备案表"],
        parks=[],
        technologies=[],
        chains=[],
        targets=[],
        regions=["河北省"],
        uncertain=[],
    ),
    # 国家智能制造标准体系建设指南（2018年版）: no title line (the text begins with 一、总体要求); the text names no issuer
    # (工业和信息化部 and 国家标准化管理委员会 only guide the work). 《国家智能制造标准体系建设指南》 (每两年滚动修订) is
    # the document's own series name.
    "h08_xlsx_0101": dict(
        title="",
        issuers=[],
        plans_cited=["智能制造发展规划（2016-2020年）", "装备制造业标准化和质量提升规划",
                     "国家智能制造标准体系建设指南（2015年版）"],
        not_cited=["国家智能制造标准体系建设指南"],
        parks=[],
        technologies=[
            "智能制造", "识别与传感", "控制系统", "工业机器人", "智能工厂", "边缘计算", "工业无线通信", "工业有线通信",
            "工业网络", "轨道交通网络控制系统", "新一代信息通信技术", "传感器", "仪器仪表", "云计算", "大数据",
            "智能生产单元", "智能生产线", "数字化车间", "人机交互系统", "增材制造", "数控机床", "智能传感器",
            "自动识别系统", "工业软件", "工业云", "非接触式感知设备", "工控键盘", "语音交互系统", "虚拟显示软件",
            "VR/AR设备", "操作屏", "虚拟现实/增强现实", "可编程逻辑控制器", "可编程自动控制器", "分布式控制系统",
            "现场总线控制系统", "数据采集与监控系统", "铸造", "塑性成形", "焊接", "热处理", "表面改性", "粉末冶金成形",
            "物联网系统", "虚拟工厂", "出入库输送系统", "物料智能分拣系统", "新一代信息技术", "柔性制造技术",
            "人工智能技术", "工业大数据", "嵌入式软件", "工业应用程序", "工业无线网络", "工业有线网络", "工业现场总线",
            "工业以太网", "工业布缆", "射频识别", "数字化双胞胎", "海洋石油装备", "车载信号系统", "高端工程机械",
        ],
        chains=[
            "智能制造产业", "制造业", "新一代信息技术", "高档数控机床", "机器人", "航空航天装备", "海洋工程装备",
            "高技术船舶", "先进轨道交通装备", "新能源汽车", "电力装备", "农业机械装备", "新材料", "生物医药",
            "高性能医疗器械", "传统制造业", "家电行业", "石油石化行业", "纺织行业", "锂离子电池制造行业",
            "建筑专用设备制造行业",
        ],
        targets=[
            {"year": 2018, "metric": "制修订智能制造标准", "value": "150", "unit": "项", "qualifier": "累计……以上"},
            {"year": 2019, "metric": "制修订智能制造标准", "value": "300", "unit": "项", "qualifier": "累计……以上"},
        ],
        regions=[],
        agency_groups=[dict(name="国家智能制造标准化协调推进组", members_as_written=[], members=[])],
        uncertain=[],
    ),
    # 2021年人工智能创新任务揭榜挂帅申报指南--人工智能医疗器械方向: title its first line; the text names no issuer.
    "h09_xlsx_0058": dict(
        title="2021年人工智能创新任务揭榜挂帅申报指南--人工智能医疗器械方向",
        issuers=[],
        plans_cited=["医疗器械通用名称命名规则"],
        not_cited=[],
        parks=[],
        technologies=[
            "人工智能医疗器械", "人工智能技术", "智能辅助诊断产品", "人工智能算法", "辅助诊断", "辅助检测", "辅助分诊",
            "智能辅助治疗产品", "手术导航", "治疗规划系统", "智能监护产品", "生命支持产品", "智能重症监护", "智能急救",
            "智能新生儿监护", "智能康复理疗产品", "脑机接口", "人-机-电融合", "虚拟现实/增强现实", "智能医用康复产品",
            "智能中医诊疗产品", "脉诊仪", "目诊仪", "舌诊仪", "四相仪",
        ],
        chains=[],
        targets=[],
        regions=[],
        uncertain=[],
    ),
    # 智能网联汽车道路测试管理规范（试行） (2018): no title line (第一章 总则 first); 工业和信息化部、公安部、交通运输部
    # are named only as bodies that publish information and receive reports: no issuer.
    "h10_xlsx_0107": dict(
        title="",
        issuers=[],
        plans_cited=["道路交通安全法", "公路法", "机动车登记规定"],
        not_cited=[],
        parks=[],
        technologies=["智能网联汽车"],
        chains=["交通运输"],
        targets=[],
        regions=[],
        uncertain=[],
    ),
    # 数字技术工程师培育项目培训机构和评价机构管理办法（试行） (2024): no title line (第一章总则 first); no issuer named
    # (the 工程指导协调小组办公室 interprets it).
    "h11_xlsx_0004": dict(
        title="",
        issuers=[],
        plans_cited=["专业技术人才知识更新工程实施方案", "专业技术人才知识更新工程数字技术工程师培育项目实施办法"],
        not_cited=[],
        parks=[],
        technologies=["数字技术", "智慧教室", "数字李生", "虚拟现实"],
        chains=[],
        targets=[],
        regions=[],
        agency_groups=[dict(name="专业技术人才知识更新工程指导协调小组", members_as_written=[], members=[])],
        uncertain=[],
    ),
    # 有色金属行业智能制造标准体系建设指南（2023版）: no heading line; the preface says that 工业和信息化部 组织编制了
    # 《有色金属行业智能制造标准体系建设指南（2023 版）》 (broken over two lines): that title is the title (whitespace
    # removed) and 工业和信息化部, the body that compiled it, the issuer. Hard line breaks (PDF text).
    "h12_xlsx_0032": dict(
        title="有色金属行业智能制造标准体系建设指南（2023版）",
        issuers=["工业和信息化部"],
        plans_cited=["国家标准化发展纲要", "“十四五”数字经济发展规划", "“十四五”智能制造发展规划",
                     "“十四五”原材料工业发展规划", "有色金属行业智能工厂（矿山）建设指南（试行）",
                     "国家智能制造标准体系建设指南（2021版）"],
        # the document itself, and its own short name in 适时修订《有色金属行业智能制造标准体系建设指南》
        not_cited=["有色金属行业智能制造标准体系建设指南（2023版）", "有色金属行业智能制造标准体系建设指南"],
        parks=[],
        technologies=[
            "智能制造", "智能工厂", "智能控制系统", "数字化车间", "工业大数据", "工业网络", "数字仿真",
            "无线网络通信", "有线网络通信", "有线网络技术", "数字孪生", "机理模型", "人工智能", "在线监测", "在线检测系统",
        ],
        chains=["有色金属行业", "有色金属采选", "有色金属冶炼", "有色金属加工"],
        targets=[
            {"year": 2025, "metric": "研制有色金属行业智能制造领域标准", "value": "40", "unit": "项",
             "qualifier": "累计……以上"},
        ],
        regions=[],
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
    quoted = [re.sub(r"\s+", "", a or b) for a, b in re.findall(r"《([^》]+)》|«([^»]+)»", text)]
    found = []
    for q in quoted:
        if q not in found and q not in d["not_cited"]:
            found.append(q)
    assert found == d["plans_cited"], (stem, found, d["plans_cited"])
    for s in d["not_cited"]:
        assert s in quoted, (stem, s)
    for pos, inner in cg.responsibility_brackets(stem, text):
        raise AssertionError(f"{stem}: unexpected responsibility bracket {inner}")
    assert cg.census(text, stem) == 0, stem
    out = {"title": d["title"]}
    if "sub_plans" in d:
        out["sub_plans"] = d["sub_plans"]
    out.update(
        issuers=d["issuers"], plans_cited=d["plans_cited"], tasks=[],
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
    assert sorted(DOCS) == sorted(p.stem for p in (HERE / "texts").glob("*.txt")), "one entry per text"
    for stem, d in DOCS.items():
        build(stem, d)
    print("wrote", len(DOCS), "gold files")
