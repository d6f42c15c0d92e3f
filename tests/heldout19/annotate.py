"""The hand annotations of heldout19, written as data, and the script that writes gold/*.json from them.

Everything here was decided by the annotator from reading each text in full (README.md, "How it was made"):
titles, sub-plans, issuers, cited plans, parks, technologies, chains, targets, regions, agency groups and
uncertain names. No text of this set has a responsibility bracket (reading, confirmed by check_gold.py's splitter
and census, both 0 in every text); build() asserts that, so every `tasks` list is []. The cited titles of every
text were listed by hand and compared with a plain re.findall over 《…》 / «…» (assert in build(), with the
exclusions written per text in `not_cited`: the document itself, its sub-plans and its own short names).

The mention lists (parks, technologies, chains) are written below in reading order and put into order of first
occurrence in the text by `first_occurrence` (the position of the string's first occurrence anywhere in the
text); every mention is asserted to occur verbatim and once per list. The decisions behind doubtful entries are in
CONVENTIONS.md ("Decisions taken while annotating") and README.md.

Usage (once, before the freeze): /dev/shm/h19/venv/bin/python tests/heldout19/annotate.py   (python with opencc)
"""
import json
import re
from pathlib import Path

import check_gold as cg

HERE = Path(__file__).resolve().parent

DOCS = {
    # 国务院关于印发国家技术转移体系建设方案的通知, 国发〔2017〕44号 (the manifest date 2018-03-14 is the repost's).
    # The notice's own title (two lines) is in the text; the 方案 it issues is the sub-plan.
    "h01_hebei_0786": dict(
        title="国务院关于印发国家技术转移体系建设方案的通知",
        sub_plans=["国家技术转移体系建设方案"],
        issuers=["国务院"],
        plans_cited=["中华人民共和国促进科技成果转化法"],
        not_cited=["国家技术转移体系建设方案"],
        parks=["国家科技成果转移转化示范区"],
        technologies=[
            "互联网技术", "开源软硬件", "3D打印", "网络制造", "人工智能", "大数据", "云计算",
        ],
        chains=[
            "技术转移服务业", "反恐防爆", "维稳", "安保", "国家安全", "应急产业",
        ],
        targets=[],
        regions=[],
        agency_groups=[dict(name="国家科技体制改革和创新体系建设领导小组", members_as_written=[], members=[])],
        uncertain=[],
    ),
    # 中华人民共和国国务院令第782号 (2024-05-26) carrying 国务院关于修改《国家科学技术奖励条例》的决定, followed by the
    # 条例 as revised and republished. The 决定 is the title; the republished 条例 (the title inside the document's
    # own title) is the sub-plan. The 2003 决定 of the same name (第一次修订) is another document: cited.
    "h02_hebei_0933": dict(
        title="国务院关于修改《国家科学技术奖励条例》的决定",
        sub_plans=["国家科学技术奖励条例"],
        issuers=["国务院"],
        plans_cited=["国务院关于修改〈国家科学技术奖励条例〉的决定", "国务院关于废止和修改部分行政法规的决定",
                     "中华人民共和国科学技术进步法"],
        not_cited=["国家科学技术奖励条例"],
        parks=[],
        technologies=[],
        chains=[],
        targets=[],
        regions=[],
        uncertain=[],
    ),
    # 中华人民共和国科学技术部令第10号 (2006-02-05) carrying 关于修改《社会力量设立科学技术奖管理办法》的决定 (heading as
    # the text writes it, without the issuing body), followed by the 办法 as revised and republished (sub-plan).
    "h03_hebei_0836": dict(
        title="关于修改《社会力量设立科学技术奖管理办法》的决定",
        sub_plans=["社会力量设立科学技术奖管理办法"],
        issuers=["科学技术部"],
        plans_cited=["受理通知书", "基金会管理条例", "中华人民共和国社会力量设立科学技术奖登记证书", "国家科学技术奖励条例"],
        # the 令 line's 《关于修改〈…〉的决定》 is the document itself; 《条例》 is the short name of 国家科学技术奖励条例
        not_cited=["关于修改〈社会力量设立科学技术奖管理办法〉的决定", "社会力量设立科学技术奖管理办法", "条例"],
        parks=[],
        technologies=[],
        chains=[],
        targets=[],
        regions=[],
        uncertain=[],
    ),
    # 国科发高〔2019〕280号: the six bodies' notice (its own title is not in the text) and the issued 指导意见, whose
    # heading (after 附件) is the title.
    "h04_hebei_0777": dict(
        title="关于促进文化和科技深度融合的指导意见",
        issuers=["科学技术部", "中共中央宣传部", "中央网络安全和信息化委员会办公室", "财政部", "文化和旅游部", "国家广播电视总局"],
        plans_cited=[],
        not_cited=["关于促进文化和科技深度融合的指导意见"],
        parks=["国家文化和科技融合示范基地"],
        technologies=[
            # 二（一）: 智能基础理论与方法, 关键技术, 智能技术
            "跨媒体内容识别与分析", "情感分析", "人机交互", "混合现实", "类人视觉",
            # 文化生产技术, 文化传播技术, 文化服务技术, 文化管理技术 (items of each list, as written)
            "文化资源分类与标识", "数字化采集与管理", "多媒体内容知识化加工处理", "VR/AR虚拟制作", "基于数据智能的自适配生产",
            "智能创作", "文化产品多渠道发布", "多网络分发", "多终端呈现", "文化产品价值评估与版权交易", "基于大数据的个性化推荐",
            "文化产品与服务质量评测", "文化资源保护与开发利用", "知识产权保护与侵权追踪", "舆情分析与内容安全监管", "文化艺术品鉴定",
            # 系统集成应用技术 …
            "内容可视化呈现", "互动化传播", "沉浸化体验", "文化数据提取", "存储", "数字化技术",
            # 二（四）
            "文化大数据", "文化数据采集", "清洗", "分析发掘", "可视化",
            # 二（五）（六）
            "人工智能", "VR/AR技术", "云平台技术", "分布式云架构", "物联网", "云计算", "大数据", "智慧型呈现技术",
            # 二（七）
            "文化装备", "激光放映", "虚拟现实", "光学捕捉", "影视摄录", "高清制播", "图像编辑", "广播电视网络",
            "绿色印刷", "数字印刷", "纳米印刷", "按需印刷", "智能印刷", "印刷技术", "现代物流",
        ],
        chains=[
            "文化产业", "数字经济", "文化科技产业", "文化科技服务", "文化服务业", "出版发行", "广播影视", "演艺娱乐", "印刷复制",
            "广告服务", "会展服务", "传统文化产业", "新闻出版业", "新兴产业",
        ],
        targets=[
            {"year": 2025, "metric": "建成国家文化和科技融合示范基地", "value": "100", "unit": "家", "qualifier": "左右"},
            {"year": 2025, "metric": "文化和科技融合领军企业", "value": "200", "unit": "家", "qualifier": "左右"},
        ],
        regions=[],
        uncertain=[],
    ),
    # 冀财教〔2013〕29号: the notice of 省财政厅 and 省科技厅 (its own title is not in the text) and the issued 办法,
    # whose heading is the title.
    "h05_hebei_0122": dict(
        title="河北省省级科技计划专项经费管理办法",
        issuers=["河北省财政厅", "河北省科学技术厅"],
        plans_cited=["河北省省级预算管理规定", "企业财务通则", "财政违法行为处罚处分条例", "河北省应用技术研究与开发专项资金管理暂行办法"],
        not_cited=["河北省省级科技计划专项经费管理办法"],
        parks=[],
        technologies=[],
        chains=[],
        targets=[],
        regions=["河北省"],
        agency_groups=[dict(
            name="省财政厅、省科技厅联席会议", members_as_written=["省财政厅", "省科技厅"],
            members=["河北省财政厅", "河北省科学技术厅"],
        )],
        uncertain=[],
    ),
    # 河北省促进科技成果转化条例, adopted 2003-07-18 by 河北省第十届人民代表大会常务委员会第四次会议 (named in the text).
    "h06_hebei_0129": dict(
        title="河北省促进科技成果转化条例",
        issuers=["河北省人民代表大会常务委员会"],
        plans_cited=["中华人民共和国促进科技成果转化法"],
        not_cited=[],
        parks=[],
        technologies=[],
        chains=["风险投资"],
        targets=[],
        regions=["河北省"],
        uncertain=[],
    ),
    # 实施方案 of 河北省人力资源和社会保障厅 and 河北省新闻出版局 (2021-05-25): the text begins with the preamble; no
    # title line of the document.
    "h07_hebei_0531": dict(
        title="",
        issuers=["河北省人力资源和社会保障厅", "河北省新闻出版局"],
        plans_cited=["人力资源社会保障部、国家新闻出版署印发<关于深化出版专业技术人员职称制度改革的指导意见>",
                     "中共河北省委办公厅、河北省人民政府办公厅关于印发<深化职称制度改革的实施意见>的通知",
                     "出版专业技术人员职称评价基本标准"],
        not_cited=[],
        parks=[],
        technologies=[],
        chains=["出版业"],
        targets=[],
        regions=["河北省"],
        uncertain=[],
    ),
    # 人工智能领域研究生指导性培养方案（试行）: title as its first line; the text names no issuer.
    "h08_xlsx_0045": dict(
        title="人工智能领域研究生指导性培养方案（试行）",
        issuers=[],
        plans_cited=["关于“双一流”建设高校促进学科融合加快人工智能领域研究生培养的若干意见"],
        not_cited=[],
        parks=[],
        technologies=[
            "人工智能", "机器学习", "类脑智能", "智能感知技术", "计算机视觉", "自然语言理解", "智能控制与决策",
            "人工智能架构与系统", "人工智能开发工具", "人工智能框架", "智能芯片", "智能制造", "机器人", "无人驾驶",
            "智能网联汽车", "智慧交通", "智慧医疗", "机器翻译", "科学计算", "互联网", "大数据技术", "自然语言处理",
            # 附件2: contents of the core courses
            "逻辑推理", "探询搜索", "强化学习", "决策智能", "免疫算法", "粒子群算法", "深度学习", "图像分类", "图像分割",
            "目标检测", "形状分析", "纹理分析", "图像重构", "图像生成", "人脸识别", "统计模式分类", "人工神经网络",
            "词法分析", "句法分析", "语义分析", "语用分析", "情感倾向分析", "文本摘要", "对话系统", "问答系统",
            "脉冲神经网络", "场景感知技术", "人工智能算法硬件加速", "软硬件协同智能计算架构", "云-边缘-端智能系统",
        ],
        chains=[],
        targets=[],
        regions=[],
        uncertain=[],
    ),
    # 国家新一代人工智能创新发展试验区建设工作指引（修订版）: the text begins with the preamble (no title line) and
    # names no issuer (科技部 is named as the body that reviews and approves, not as the issuer).
    "h09_xlsx_0070": dict(
        title="",
        issuers=[],
        plans_cited=["国务院关于印发新一代人工智能发展规划的通知", "国家新一代人工智能创新发展试验区建设方案"],
        not_cited=[],
        parks=["国家新一代人工智能创新发展试验区"],
        technologies=[
            "人工智能", "5G", "工业互联网", "区块链", "通信网络", "大数据中心", "计算中心", "云计算中心", "移动通信", "物联网",
        ],
        chains=["人工智能核心产业", "人工智能相关产业", "人工智能产业"],
        targets=[
            {"year": 2023, "metric": "布局建设试验区", "value": "20", "unit": "个", "qualifier": "左右"},
        ],
        regions=[],
        agency_groups=[dict(name="新一代人工智能发展规划推进办公室", members_as_written=[], members=[])],
        uncertain=[],
    ),
    # 关于加快推进能源数字化智能化发展的若干意见 (2023): no title line; the text names no issuer (国家能源局 is named as
    # the body that sets up the coordination mechanism). The goal section's year is OCR-garbled (到1262年) and it
    # gives no number.
    "h10_xlsx_0030": dict(
        title="",
        issuers=[],
        plans_cited=[],
        not_cited=[],
        parks=[],
        technologies=[
            "数字技术", "智能电网", "人工智能", "数字孪生", "物联网", "区块链",
            # （四）发电
            "水能功率预测技术", "储能", "智能分散控制系统", "燃煤机组", "抽水蓄能", "新型储能", "智能核电厂",
            # （五）电网
            "新能源微网", "高可靠性数字配电系统", "分布式电源",
            # （六）煤炭
            "智能地质保障", "煤矿采掘成套装备", "智能快速掘进", "主煤流运输系统", "辅助运输系统", "无人驾驶系统", "连续开采工艺系统",
            "智能采掘", "智能洗选", "智能安控",
            # （七）油气
            "油气勘探开发专业软件", "数字盆地", "智能测井", "智能化节点地震采集系统", "智能钻完井", "智能注采", "智能化压裂系统",
            "二氧化碳驱油技术", "智能钻机", "机器人", "无人机", "智能感知", "油气管网", "智能管道", "智能储气库",
            # （八）（九）用能, 新模式
            "电动汽车充电网络", "智能楼宇", "虚拟电厂", "多能互补集成供能基础设施", "氢能", "新能源汽车",
            # （十）应用场景
            "智能电厂", "智能变电站", "自愈配网", "智能微网", "氢电耦合", "智慧库坝", "智能煤矿", "智能油气田", "智能炼厂",
            "行业大数据中心",
            # （十二）–（十四）共性技术
            "智能终端技术", "智能传感与量测技术", "先进定位与授时技术", "特种智能机器人", "人机交互", "能源装备状态识别", "可靠性评估",
            "故障诊断", "智能调控", "智能控制算法", "信息通信技术", "群体智能", "云边协同", "混合增强", "能源系统调控辅助决策技术",
            "网络安全", "能源装备及系统保护技术", "内生安全理论技术", "主动免疫", "主动防御", "能源数据安全共享", "多方协同技术",
            "能源数据可信共享与精准溯源技术", "动态访问控制",
            # （十五）（十六）
            "工控系统", "芯片", "操作系统", "通用基础软硬件", "数据脱敏", "加密保护",
        ],
        chains=[
            "传统产业", "能源产业", "能源数字经济", "绿色低碳循环经济", "电力行业", "煤炭", "油气", "新能源", "火电", "水电", "核电",
            "能源托管", "碳排放计量", "绿电交易", "综合能源服务", "车网互动", "光储充放",
        ],
        targets=[],
        regions=[],
        agency_groups=[dict(
            name="能源数字化智能化发展专项协调推进机制", members_as_written=["国家能源局", "有关部门"],
            members=["国家能源局", "有关部门"],
        )],
        uncertain=[],
    ),
    # 智能网联汽车生产企业及产品准入管理指南（试行）（征求意见稿）: title as its heading (two lines, whitespace removed;
    # the status note (征求意见稿) is not part of it). The text names no issuer (工业和信息化部 organises the review).
    "h11_xlsx_0065": dict(
        title="智能网联汽车生产企业及产品准入管理指南（试行）",
        issuers=[],
        plans_cited=["中国人民共和国道路交通安全法", "中华人民共和国网络安全法", "道路机动车辆生产企业及产品准入管理办法"],
        not_cited=[],
        parks=[],
        technologies=["智能网联汽车", "有条件自动驾驶", "高度自动驾驶"],
        chains=[],
        targets=[],
        regions=[],
        uncertain=[],
    ),
    # 中小企业数字化赋能服务产品及活动推荐目录（第二批）: a table of 105 providers and products; no title line, no
    # issuer, no 《》.
    "h12_xlsx_0075": dict(
        title="",
        issuers=[],
        plans_cited=[],
        not_cited=[],
        parks=["中国（昆明）南亚东南亚跨境电商产业园"],
        technologies=[
            "推荐算法", "区块链", "大数据", "AI", "物联网", "新一代信息技术", "互联网", "移动互联网", "云仿真", "云计算", "云存储",
            "智能焊接机器人", "喷涂机器人", "智能制造", "3D打印", "脚型扫描仪", "蓝光扫描仪", "深度学习", "工艺建模", "工业智能",
            "智能制造装备", "大数据中心", "智能工厂", "人工智能", "工业机器人", "物流机器人", "智能传感", "数字化控制系统",
            "高性能计算技术", "大规模分布式算法", "公有云", "私有云", "工业互联网", "数据挖掘分析", "图像处理", "家电自动生产线",
            "自动化立体仓储", "智能制造设备", "威胁情报", "边缘计算", "智能分析", "龙芯", "国产芯片", "国产化服务器", "国产化CPU", "中间件",
            "操作系统", "SD-WAN", "广域网优化", "网络安全",
        ],
        chains=[],
        targets=[],
        regions=["昆明市"],
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
    assert found == d["plans_cited"], (stem, found, d["plans_cited"])
    for s in d["not_cited"]:
        assert s in [re.sub(r"\s+", "", a or b) for a, b in re.findall(r"《([^》]+)》|«([^»]+)»", text)], (stem, s)
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
