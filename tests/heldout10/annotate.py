"""The hand annotations of heldout10, written as data, and the script that writes gold/*.json from them.

Everything here was decided by the annotator from reading each text in full (README.md, "How it was made"):
titles, sub-plans, issuers, cited plans, the full official name of every unit at the document's date, parks,
technologies, chains, targets, regions, agency groups and uncertain names. Only the bracket tokens and task
headings of h09 (the only text with responsibility brackets) were drafted mechanically with check_gold.py's own
splitter (not the extractor, which the annotator never saw) and then read against each bracket by hand
(`python3 tests/heldout10/check_gold.py --draft h09_hebei_0389`). h05's cited titles were listed by hand and
compared with a plain re.findall(r"《([^》]+)》") over its text (assert below).

The mention lists (parks, technologies, chains) are written below in reading order and put into order of first
occurrence in the text by `first_occurrence` (the position of the string's first occurrence anywhere in the text).

Usage (once, before the freeze): python3 tests/heldout10/annotate.py
"""
import json
import re
from pathlib import Path

import check_gold as cg

HERE = Path(__file__).resolve().parent

DOCS = {
    # 2020年度京津冀产业转移系列对接活动工作方案 (河北省工业和信息化厅 site, 2020-05-25). The text has no title
    # line and names no issuer (only 厅相关处室 / 厅对外经济合作处).
    "h01_hebei_0046": dict(
        names={},
        title="",
        issuers=[],
        # 专场《工作方案》 names the kind of scheme each event is to draw up, not a document: not cited (README).
        plans_cited=["进一步加强产业协同发展备忘录"],
        parks=["雄安新区", "北京·沧州渤海新区生物医药产业园", "金隅产业园"],
        technologies=[],
        chains=["高端装备制造", "人工智能", "新一代信息技术制造业", "新材料"],
        targets=[],
        regions=["河北省", "沧州市"],
        uncertain=[],
    ),
    # 河北省工业和信息化厅, 2021-06-25: notice issuing 关于着力推进新型工业化和信息化融合的实施方案.
    "h02_hebei_0021": dict(
        names={},
        title="河北省工业和信息化厅关于印发《关于着力推进新型工业化和信息化融合的实施方案》的通知",
        sub_plans=["关于着力推进新型工业化和信息化融合的实施方案"],
        issuers=["河北省工业和信息化厅"],
        plans_cited=["关于大力发展工业互联网平台加快推进工业化和信息化深度融合的工作方案"],
        parks=[
            "雄安新区", "“5G+工业互联网”示范区", "张北云计算", "正定数字经济", "怀来大数据",
            "京津冀工业互联网协同发展示范区",
        ],
        technologies=[
            "互联网", "大数据", "人工智能", "新一代信息技术", "工业互联网", "智能制造", "云计算", "5G",
            "云网融合", "确定性网络", "IPv6分段路由", "工业互联网标识解析", "柔性制造",
            "制造执行系统", "企业资源计划", "产品配方建模", "产品性能分析", "虚拟生产制造", "工艺流程设计",
            "智能装备", "机器人", "智能制造装备", "原料检测", "生产过程动态监测", "快速检测", "制药设备",
        ],
        chains=[
            "先进制造业", "制造业", "传统产业", "信息产业",
            "钢铁", "建材", "汽车及零部件", "工程装备", "医药", "食品", "民爆行业",
            "工业电子商务", "服装", "共享经济", "县域特色产业", "移动电商", "直播电商", "社交电商",
            "原材料行业", "石化", "装备行业", "消费品行业", "纺织服装行业",
            "电子信息产业", "新型显示", "现代通信", "半导体器件", "太阳能光伏", "大数据", "软件与信息技术服务",
            "软件", "集成电路产业",
        ],
        targets=[
            {"year": 2025, "metric": "规模以上制造业企业关键业务环节全面数字化的比例", "value": "50", "unit": "%",
             "qualifier": "达到"},
            {"year": 2025, "metric": "建设“5G+工业互联网”示范区", "value": "10", "unit": "个"},
            {"year": 2025, "metric": "实施工业企业数字化改造项目", "value": "1000", "unit": "项"},
            {"year": 2025, "metric": "打造网络知名工业品牌和产品", "value": "1000", "unit": "个"},
            {"year": 2025, "metric": "推动规模以上工业企业信息化水平提档升级", "value": "1", "unit": "万家"},
            {"year": 2025, "metric": "引导企业上云", "value": "10", "unit": "万家"},
            {"year": 2025, "metric": "培育“制造业+互联网”试点示范项目", "value": "100", "unit": "个"},
            {"year": 2025, "metric": "打造省级工业互联网标杆企业", "value": "100", "unit": "个"},
            {"year": 2025, "metric": "规模以上工业企业关键工序数控化率", "value": "58", "unit": "%", "qualifier": "达到"},
            {"year": 2025, "metric": "数据中心在线运营服务器规模", "value": "500", "unit": "万台", "qualifier": "突破"},
        ],
        regions=["河北省"],
        agency_groups=[
            dict(name="河北省推进京津冀协同发展工作领导小组", members_as_written=[], members=[]),
            dict(name="省制造强省建设领导小组", members_as_written=[], members=[]),
        ],
        uncertain=[],
    ),
    # 河北省工业和信息化厅, 2023-06-08 (冀工信科〔2023〕114号). The notice's own title is not in the text; the
    # 办法's heading is.
    "h03_hebei_0004": dict(
        names={},
        title="河北省工业设计中心管理办法",
        issuers=["河北省工业和信息化厅"],
        plans_cited=["河北省工业设计中心申请表", "河北省工业设计中心复核表", "河北省工业设计中心和工业设计示范企业管理办法"],
        parks=["雄安新区"],
        technologies=[],
        chains=["工业设计", "制造业"],
        targets=[],
        regions=["河北省"],
        uncertain=[],
    ),
    # 河北省工业和信息化厅 and 河北省财政厅, 2021-10-21.
    "h04_hebei_0014": dict(
        names={},
        title="河北省工业和信息化厅河北省财政厅关于印发《河北省重点领域首台(套)重大技术装备产品评定办法》的通知",
        sub_plans=["河北省重点领域首台(套)重大技术装备产品评定办法"],
        issuers=["河北省工业和信息化厅", "河北省财政厅"],
        plans_cited=[
            "财政部工业和信息化部银保监会关于进一步深入推进首台（套）重大技术装备保险补偿机制试点工作的通知",
            "河北省重点领域首台（套）重大技术装备产品公告目录",
            "河北省工业和信息化厅河北省财政厅关于印发河北省重点领域首台（套）重大技术装备产品评定办法的通知",
        ],
        parks=["雄安新区"],
        technologies=[
            "重大技术装备", "电力装备", "大型石油和化工装备", "大型矿山和冶金装备", "先进轨道交通装备", "先进节能环保装备",
            "大型工程机械", "新型轻工和纺织机械", "航空和航天装备", "高技术船舶", "海洋工程装备", "高端机床装备", "机器人",
            "新型农机装备", "电子专用装备", "高端医疗装备", "精密仪器仪表", "冰雪装备", "汽车装备",
            "重大技术装备关键配套基础件",
        ],
        chains=["制造业"],
        targets=[],
        regions=["河北省"],
        uncertain=[],
    ),
    # 科学技术部令第12号 (2008-01-25): the 令 promulgates the 决定; the 决定's title is the document's title.
    "h05_hebei_0822": dict(
        names={},
        title="科学技术部关于废止部分规章与规范性文件的决定",
        issuers=["科学技术部"],
        plans_cited=[
            "国家秘密技术出口审查暂行规定", "发明奖励条例实施细则", "大型精密仪器管理暂行办法",
            "技术创新工程区域试点管理办法（试行）", "国家秘密技术出口审查规定", "技术合同认定登记管理办法",
            "关于调整科技期刊申报程序和审批办法的通知", "国家科学技术奖励条例", "药品非临床质量管理规范",
            "关于国家科研计划项目成果知识产权管理的若干规定", "关于加强国家科技计划知识产权管理工作的规定", "发明奖励条例",
            "自然科学奖励条例", "中央级科学事业单位修缮购置专项资金管理办法", "国家大学科技园认定和管理办法",
            "科技企业孵化器（高新技术创业服务中心）认定和管理办法", "国家高技术研究发展计划（863计划）专项经费管理办法",
            "关于在华举办国际会议的管理办法", "国际科学技术会议与展览管理暂行办法", "国家软科学研究计划管理办法",
        ],
        parks=[],
        technologies=[],
        chains=[],
        targets=[],
        regions=[],
        uncertain=[],
    ),
    # 科技部 (科学技术部), 2023-02-06, 国科发奖〔2023〕11号.
    "h06_hebei_0749": dict(
        names={},
        title="科技部关于印发《社会力量设立科学技术奖管理办法》的通知",
        sub_plans=["社会力量设立科学技术奖管理办法"],
        issuers=["科学技术部"],
        plans_cited=["中华人民共和国科学技术进步法", "国家功勋荣誉表彰条例", "国家科学技术奖励条例", "评比达标表彰活动管理办法"],
        parks=[],
        technologies=[],
        chains=[],
        targets=[],
        regions=[],
        agency_groups=[dict(name="全国评比达标表彰工作协调小组", members_as_written=[], members=[])],
        uncertain=[],
    ),
    # 河北省建筑工程材料设备使用管理规定 (a 政府规章; the text has no title line, no issuer, no date but the
    # commencement 2008年2月1日, and never writes 河北).
    "h07_hebei_0719": dict(
        names={},
        title="",
        issuers=[],
        plans_cited=["中华人民共和国建筑法"],
        parks=[],
        technologies=["新型建筑工程材料设备", "新型节能材料设备", "太阳能"],
        chains=[],
        targets=[],
        regions=[],
        uncertain=[],
    ),
    # 河北省民兵武器装备管理实施办法 (a 政府规章; no title line, no issuer; 河北 only inside a cited title).
    "h08_hebei_0741": dict(
        names={},
        title="",
        issuers=[],
        plans_cited=["民兵武器装备管理条例", "河北省民兵预备役工作条例", "伤残抚恤管理暂行办法",
                     "中华人民共和国治安管理处罚条例", "中华人民共和国军事设施保护法"],
        parks=[],
        technologies=[],
        chains=[],
        targets=[],
        regions=[],
        uncertain=[],
    ),
    # Five Hebei bodies, 2023-06-30 (signature). No title line in the text.
    "h09_hebei_0389": dict(
        # The bare units stand under the 各级 written before the first unit of their list (README): collectives.
        names={"工会": "各级工会", "企协": "各级企协", "工商联": "各级工商联", "企联": "各级企联"},
        title="",
        issuers=["河北省人力资源和社会保障厅", "河北省总工会", "河北省企业家协会", "河北省工商业联合会", "河北省企业联合会"],
        plans_cited=["人力资源社会保障部全国总工会中国企业联合会/中国企业家协会全国工商联关于开展劳动用工“查风险强协商保支付促和谐”专项行动的通知"],
        parks=[],
        technologies=[],
        chains=[],
        targets=[],
        regions=["河北省"],
        agency_groups=[dict(name="省协调劳动关系三方", members_as_written=[], members=[])],
        uncertain=[],
    ),
    # 国务院, 国函〔2018〕145号 (2018-11-23).
    "h10_govcn_0045": dict(
        names={},
        title="国务院关于同意乌鲁木齐、昌吉、石河子高新技术产业开发区建设国家自主创新示范区的批复",
        issuers=["国务院"],
        plans_cited=[],
        parks=[
            "石河子高新技术产业开发区", "国家自主创新示范区", "科技体制改革和创新政策试验区", "创新创业生态优化示范区",
            "科技成果转化示范区", "新兴产业集聚示范区", "转型升级引领区", "科技创新国际合作先导区",
        ],
        technologies=[],
        chains=[],
        targets=[],
        regions=["新疆维吾尔自治区", "乌鲁木齐市", "昌吉市", "石河子市"],
        agency_groups=[dict(name="国家自主创新示范区部际协调小组", members_as_written=[], members=[])],
        uncertain=[],
    ),
    # 国务院办公厅, 国办函〔1996〕16号 (1996-02-09).
    "h11_govcn_0036": dict(
        names={},
        title="国务院办公厅关于黄金经济政策有关问题的复函",
        issuers=["国务院办公厅"],
        plans_cited=["关于解决当前黄金生产问题的意见", "关于“九五”期间黄金经济政策的请示", "黄金地质勘探资金管理暂行办法",
                     "国务院办公厅关于调整白银经济政策问题的复函"],
        parks=[],
        technologies=[],
        chains=["黄金工业"],
        targets=[],
        regions=[],
        uncertain=[],
    ),
    # 智慧健康养老产业发展行动计划（2021-2025年） (工业和信息化部, 民政部, 国家卫生健康委员会, 2021-10; the text
    # is the plan only and names no issuer). PDF text with hard line breaks: a term broken across a line is
    # recorded only where it also occurs unbroken, or by its bare form where only a generic head 技术 is cut off
    # (README).
    "h12_xlsx_0057": dict(
        names={},
        title="智慧健康养老产业发展行动计划（2021-2025年）",
        issuers=[],
        plans_cited=["智慧健康养老产品及服务推广目录"],
        parks=[],
        technologies=[
            "大数据", "云计算", "人工智能", "新一代信息技术", "物联网", "区块链", "超高清视频", "虚拟现实",
            "芯片", "传感器", "操作系统", "行为监测", "生理检测", "室内外高精度定位",
            "高灵敏度生物传感技术", "微型化电池技术", "快速充电技术", "低功耗微处理器", "轻量级操作系统",
            "多模态行为监测", "跌倒防护技术", "高精度定位技术", "康复干预", "神经调控技术", "运动功能康复评估与反馈",
            "环境感知", "脑机接口",
            "健康管理类产品", "康复辅助器具类产品", "养老监护类产品", "中医数字化智能产品", "家庭服务机器人",
            "健康管理类智能产品", "可穿戴设备", "家庭医生随访工具包", "社区自助式健康检测设备",
            "康复辅助器具类智能产品", "外骨骼机器人", "肢体康复训练", "康复训练类设备", "智能轮椅", "仿生假肢", "助行器",
            "功能代偿类设备", "养老监护类智能产品", "防跌倒", "防走失", "紧急呼叫", "室内外定位", "搬运机器人",
            "智能护理床", "智能床垫", "睡眠监测仪", "智能看护产品", "智能中医设备", "智能服务型机器人",
            "云管边端", "数据挖掘", "行为画像", "安全监控", "数据脱敏", "身份认证", "访问控制", "数据安全技术",
            "手机应用程序", "5G", "医疗机器人", "移动终端", "服务机器人", "烟雾传感器", "门磁传感器", "红外传感器",
            "互联网", "摄像头", "毫米波雷达", "手机", "电视", "音箱", "移动互联网",
        ],
        chains=["智慧健康养老产业", "信息技术产业"],
        targets=[
            {"year": 2025, "metric": "面向应用场景", "value": "10", "unit": "个", "qualifier": "不少于"},
            {"year": 2025, "metric": "再培育示范企业", "value": "100", "unit": "个", "qualifier": "以上"},
            {"year": 2025, "metric": "再培育示范园区", "value": "50", "unit": "个", "qualifier": "以上"},
            {"year": 2025, "metric": "再培育示范街道（乡镇）", "value": "150", "unit": "个", "qualifier": "以上"},
            {"year": 2025, "metric": "再培育示范基地", "value": "50", "unit": "个", "qualifier": "以上"},
            {"year": 2025, "metric": "推动建设公共服务平台", "value": "5", "unit": "个", "qualifier": "以上"},
            {"year": 2025, "metric": "研究制定行业急需标准", "value": "20", "unit": "项", "qualifier": "以上"},
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


def full_names(units, names):
    """Full names; collectives (各…, 有关…, 相关…) are copied unchanged."""
    return [u if cg.COLLECTIVE.search(u) else names[u] for u in units]


def build(stem, d):
    text = cg.T2S.convert((HERE / "texts" / f"{stem}.txt").read_text(encoding="utf-8"))
    if stem == "h05_hebei_0822":
        found = []
        for q in re.findall(r"《([^》]+)》", text):
            if q != d["title"] and q not in found:
                found.append(q)
        assert found == d["plans_cited"], (found, d["plans_cited"])
    tasks = []
    for pos, inner in cg.responsibility_brackets(stem, text):
        h, _ = cg.heading_before(text, pos)
        units, leads = cg.units_of(inner)
        full = full_names(units, d["names"])
        lead = [f for u, f in zip(units, full) if u in leads]
        tasks.append({"heading": h, "responsible_as_written": units, "responsible": full, "lead": lead})
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
