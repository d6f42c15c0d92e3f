"""The hand annotations of heldout11, written as data, and the script that writes gold/*.json from them.

Everything here was decided by the annotator from reading each text in full (README.md, "How it was made"):
titles, sub-plans, issuers, cited plans, the full official name of every unit at the document's date, parks,
technologies, chains, targets, regions, agency groups and uncertain names. None of the twelve texts has a
responsibility bracket (check_gold.py's splitter finds none, `python3 tests/heldout11/check_gold.py --draft S`
prints nothing for every text, and reading confirms it), so every `tasks` list is empty; build() still runs the
splitter and would fail loudly if it found one. The cited titles of every text were listed by hand and compared
with a plain re.findall over 《…》 / «…» (assert in build(), with the exclusions written per text).

The mention lists (parks, technologies, chains) are written below in reading order and put into order of first
occurrence in the text by `first_occurrence` (the position of the string's first occurrence anywhere in the text).

Usage (once, before the freeze): python3 tests/heldout11/annotate.py
"""
import json
import re
from pathlib import Path

import check_gold as cg

HERE = Path(__file__).resolve().parent

DOCS = {
    # 河北省人民政府, 2021-04-29 (signature), 实施意见. Title line is the first line of the text.
    "h01_hebei_0022": dict(
        title="河北省人民政府关于建立健全绿色低碳循环发展经济体系的实施意见",
        issuers=["河北省人民政府"],
        plans_cited=["国务院关于加快建立健全绿色低碳循环发展经济体系的指导意见"],
        # not cited: 《建立健全绿色低碳循环发展经济体系的实施意见》 after 政策解读： (the document itself)
        not_cited=["建立健全绿色低碳循环发展经济体系的实施意见"],
        parks=[
            "雄安新区", "国家再制造产业示范基地", "国家固体废弃物综合利用基地", "现代林业产业示范区",
            "国家农村产业融合发展示范园", "国家绿色产业示范基地", "国家“城市矿产”基地", "资源循环利用基地",
            "质量认证示范区", "北京大兴国际机场临空经济区", "张家口可再生能源示范区", "张承百万千瓦风电基地",
            "光伏发电应用基地", "坝上氢能基地",
        ],
        technologies=[
            "数据中心", "低（无）VOCs原辅材料", "互联网", "大数据", "人工智能", "节水种植技术", "节水抗旱作物",
            "新能源", "清洁能源车船", "氢能货车", "港口岸电设施", "电驱动货物装卸", "飞机辅助动力装置替代设备",
            "厢式化物流载具", "智能回收终端", "生物质热电联产", "光热发电", "氢能", "抽水蓄能电站", "分布式储能",
            "分布式光伏", "生物质能源", "可再生能源", "高参数煤电机组", "二氧化碳捕集、利用和封存", "海水淡化",
            "充电桩", "充电站", "温拌沥青", "智能通风", "辅助动力替代", "节能灯具", "隔声屏障",
            "被动式超低能耗建筑",
        ],
        chains=[
            "绿色产业", "高新技术产业", "钢铁", "石化", "化工", "建材", "制造业", "再制造产业", "生态循环农业",
            "林业循环经济", "木本粮油", "林下经济", "水产养殖", "农产品加工", "生产性服务业", "农业休闲",
            "生态旅游", "文化康养", "服务业", "共享经济", "会展业", "绿色环保产业", "信息智能", "生物医药健康",
            "新材料", "战略性新兴产业", "智慧商贸物流", "再生资源产业", "焦化", "火电", "绿色金融",
        ],
        targets=[
            {"year": 2025, "metric": "地级城市空气质量优良天数比例比2020年提高", "value": "10", "unit": "个百分点",
             "qualifier": "以上"},
            {"year": 2025, "metric": "单位GDP能耗下降", "value": "15", "unit": "%"},
            {"year": 2025, "metric": "单位GDP二氧化碳排放下降", "value": "19", "unit": "%"},
            {"year": 2025, "metric": "高新技术产业增加值占规模以上工业比重", "value": "25", "unit": "%",
             "qualifier": "提高到……左右"},
            {"year": 2025, "metric": "非化石能源消费占比", "value": "11", "unit": "%", "qualifier": "提高到"},
        ],
        regions=["河北省", "张家口市"],
        uncertain=[],
    ),
    # 河北省人民政府办公厅, 2023-12-09, 冀政办字〔2023〕132号. The notice's own title is not in the text; the
    # 办法's heading is.
    "h02_hebei_0003": dict(
        title="河北省化工园区认定管理办法",
        issuers=["河北省人民政府办公厅"],
        plans_cited=["城镇污水处理厂污染物排放标准", "河北省化工园区评分标准", "河北省化工园区认定办法（试行）"],
        not_cited=["河北省化工园区认定管理办法", "评分标准"],
        parks=[],
        technologies=[],
        chains=["化工产业"],
        targets=[],
        regions=["河北省"],
        uncertain=[],
    ),
    # 河北省工业和信息化厅 and 中国人民银行河北省分行, 2024-04-29. The notice's own title is not in the text; the
    # 实施方案's heading is.
    "h03_hebei_0001": dict(
        title="河北省工业和信息化领域数字人民币试点工作实施方案",
        issuers=["河北省工业和信息化厅", "中国人民银行河北省分行"],
        plans_cited=["河北省数字人民币试点工作实施方案", "2024年河北省数字人民币试点工作要点"],
        not_cited=["河北省工业和信息化领域数字人民币试点工作实施方案"],
        parks=["石家庄高新区", "保定高新区", "数字人民币应用示范区"],
        technologies=[
            "数字人民币", "工业互联网", "新一代信息技术", "支付终端", "主流货币兑换终端", "伞列钱包", "智能合约",
            "受控支付", "区块链技术",
        ],
        chains=[
            "汽车", "钢铁", "石化", "医药", "轻工", "制造业", "建材", "光伏", "清河羊绒", "保定白沟", "临西轴承",
            "唐山陶瓷", "河间再制造",
        ],
        targets=[
            {"year": None, "metric": "产业链链主企业开展试点示范", "value": "10", "unit": "个"},
            {"year": None, "metric": "平台企业率先开通数字人民币交易渠道", "value": "10", "unit": "个"},
            {"year": None, "metric": "高新区或产业集群规模化应用数字人民币", "value": "10", "unit": "个"},
            {"year": 2025, "metric": "打造数字人民币试点示范项目", "value": "100", "unit": "个"},
        ],
        regions=["河北省", "石家庄市", "保定市"],
        agency_groups=[dict(
            name="省工信系统数字人民币试点工作专班",
            members_as_written=["省工信厅", "人行河北省分行", "试点高新区", "各市工信局", "各市人民银行"],
            members=["河北省工业和信息化厅", "中国人民银行河北省分行", "试点高新区", "各市工信局", "各市人民银行"],
        )],
        uncertain=[],
    ),
    # Six Hebei bodies, 2023-04-27 (冀工信电子〔2023〕73号). The notice's own title is not in the text; the
    # 实施方案's heading is. 河北银保监局 in April 2023: 中国银行保险监督管理委员会河北监管局.
    "h04_hebei_0005": dict(
        title="河北省推动能源电子产业发展的实施方案",
        issuers=["河北省工业和信息化厅", "河北省发展和改革委员会", "河北省教育厅", "河北省科学技术厅",
                 "中国人民银行石家庄中心支行", "中国银行保险监督管理委员会河北监管局"],
        plans_cited=["工业和信息化部等六部门关于推动能源电子产业发展的指导意见"],
        not_cited=["河北省推动能源电子产业发展的实施方案"],
        parks=[
            "雄安新区", "张家口国家可再生能源示范区", "承德国家钒钛基地", "张承综合储能示范区", "邢台太阳能光伏",
            "保定新能源装备国家新型工业化产业示范基地", "能源电子示范区", "可再生能源基地", "能源电子产品研发制造基地",
        ],
        technologies=[
            "太阳能光伏", "新型储能电池", "PERC+光伏电池", "锂离子电池正负极材料", "锂离子电池", "第三代半导体",
            "关键浆料", "碳化硅衬底", "5G/6G", "先进计算", "人工智能", "工业互联网", "新一代信息技术",
            "单晶硅电池", "单晶炉", "层压机", "多线切割机", "光伏专用设备", "钙钛矿", "第三代薄膜电池", "电池浆料",
            "封装胶膜", "智能逆变器", "控制器", "智能清洗机器人", "智能巡检无人机", "光伏发电监控系统", "晶硅电池",
            "PERC", "PERC+SE", "MBB", "PERC+高效电池技术", "TOPCon", "HJT", "IBC", "高效电池", "N型电池",
            "薄膜电池", "钙钛矿电池", "非晶硅/微晶硅/多晶硅薄膜电池", "化合物薄膜电池", "BIPV构件", "车用构件",
            "户外用品", "光伏材料", "低成本多晶硅材料", "硅片", "单晶硅棒", "电子浆料", "光伏背板", "光伏玻璃",
            "电子化学品", "智能组件", "逆变器", "智能光伏组件", "光伏组件", "智能管理系统", "集成运维技术",
            "无人智慧化电站运维系统", "智能AI系统平台", "1500V光伏系统技术",
            "磷酸铁锂", "前驱体", "磷酸铁锰锂", "石墨类负极材料", "非碳类钛酸锂负极材料", "电解液", "湿法隔膜",
            "铝箔", "添加剂", "电池生产设备", "钠硫电池", "钠盐电池", "钠空气电池", "水系钠离子电池", "钠离子电池",
            "液流电池", "氢储能/燃料电池", "氢储能", "燃料电池", "锂电材料", "高性能碳酸锂", "氢氧化锂", "单晶高镍",
            "正极材料", "石墨", "锂复合负极", "负极材料", "隔膜", "搅拌", "涂覆", "辊压", "卷绕", "分切",
            "聚合物锂离子电池", "全气候电池", "固态电池", "快充电池", "硬碳负极材料", "正负极材料",
            "高效模块化系统集成技术", "全钒", "铬铁", "锌溴液流电池", "质子交换膜", "电极材料", "氢", "甲醇",
            "天然气", "电堆", "双极板", "催化剂", "膜电极材料", "制氢", "储氢", "燃氢", "超级电容器",
            "高电压电解液技术", "活性炭技术", "新型铅炭电池", "专用多孔炭材料", "塑铅复合化", "新型空气电池",
            "金属负极保护", "枝晶抑制", "选择性透过膜", "电池结构设计", "压缩空气", "储热", "电池系统集成",
            "储能集成系统", "电池管理系统", "电池全自动信息化生产工艺", "储能电池多维度安全测试技术",
            "热失控安全预警技术", "电池安全高效回收拆解", "梯次利用", "再生利用", "储能电池", "智能安全预警技术",
            "消防技术", "储能系统安全状态动态智能评估技术",
            "关键能源电子器件", "功率半导体", "传感类器件", "光电子器件", "基础电子元器件", "关键能源电子材料",
            "聚合物单体", "智慧能源信息系统", "工业软件", "传输通信", "工业机器人", "特高压", "高速光通信芯片",
            "高速高精度光探测器", "高速直调和外调制激光器", "高速调制器芯片", "高功率激光器",
            "光传输用数字信号处理器芯片", "高速驱动器", "跨阻抗放大器芯片", "功率半导体器件",
            "新能源用高性能IGBT器件", "SiC", "GaN", "先进宽禁带半导体材料", "先进拓扑结构", "封装技术",
            "新型电力电子器件", "敏感元件", "高端传感器", "新型MEMS传感器", "智能传感器", "电声器件", "图像传感器件",
            "发光二极管", "全光谱LED芯片", "晶片", "银胶", "环氧树脂", "LED生产工艺", "高光效黄光LED芯片",
            "新型高效非可见光发光材料", "云计算", "量子计算", "机器学习",
            "光伏电池", "半导体材料", "智慧能源系统", "电网智能调度运行控制与维护技术", "智能光伏", "压缩空气储能",
            "太阳能电池", "储能电池封装", "半导体器件", "能源电子", "光储融合", "工业绿色微电网", "光伏",
            "新能源汽车", "墙面光伏系统", "户用光储超微电站", "农光互补", "光伏发电", "分布式储能", "储能",
            "分布式光伏", "数据中心", "集中式风光", "分布式能源",
        ],
        chains=[
            "能源电子产业集群", "太阳能光伏", "新型储能电池", "锂离子电池产业", "功率半导体器件", "电池回收利用产业",
            "关键能源电子器件", "石家庄能源电子配套产业集群", "唐沧邯新型储能电池产业集群", "邢保光伏产业集群",
            "光伏农业", "新能源产业链",
        ],
        targets=[
            {"year": 2025, "metric": "主营业务收入", "value": "1500", "unit": "亿元", "qualifier": "突破"},
            {"year": 2025, "metric": "可复制、可推广的典型应用场景", "value": "30", "unit": "个", "qualifier": "以上"},
            {"year": 2030, "metric": "具有国内影响力的能源电子产业集群", "value": "2", "unit": "个", "qualifier": "以上"},
            {"year": 2030, "metric": "主营业务收入", "value": "3000", "unit": "亿元", "qualifier": "突破"},
        ],
        regions=["河北省", "张家口市", "承德市", "邢台市", "保定市"],
        uncertain=[],
    ),
    # 河北省技术市场管理条例（修正）: a 地方性法规 from a legal database; 【颁布部门】河北省人大常委会, 1997-06-29.
    "h05_hebei_0135": dict(
        title="河北省技术市场管理条例（修正）",
        issuers=["河北省人民代表大会常务委员会"],
        plans_cited=["技术贸易证书", "企业法人营业执照", "营业执照", "技术市场检查证", "中华人民共和国技术合同法",
                     "技术合同登记员证书", "河北省技术贸易奖酬金审批凭证"],
        not_cited=[],
        parks=[],
        technologies=[],
        chains=[],
        targets=[],
        regions=["河北省"],
        uncertain=[],
    ),
    # 科学技术部令第4号 (2001-01-20): 国家科技计划管理暂行规定.
    "h06_hebei_0841": dict(
        title="国家科技计划管理暂行规定",
        issuers=["科学技术部"],
        plans_cited=["中华人民共和国科学技术进步法", "科学技术保密规定"],
        not_cited=[],
        parks=[],
        technologies=[],
        chains=[],
        targets=[],
        regions=[],
        uncertain=[],
    ),
    # 河北省农村集体经济审计规定 (a 政府规章, in force 2010-12-01): no title line, no issuer; the only 《…》 with its
    # name is the repealed 1997 regulation (another document, cited); 河北 never stands outside that sentence's
    # description of the 1997 regulation and cited titles.
    "h07_hebei_0682": dict(
        title="",
        issuers=[],
        plans_cited=["河北省村集体财务管理条例", "中华人民共和国治安管理处罚法", "河北省农村集体经济审计规定"],
        not_cited=[],
        parks=[],
        technologies=[],
        chains=[],
        targets=[],
        regions=[],
        uncertain=[],
    ),
    # 河北省关于禁止在市场经济活动中实行地区封锁的规定 (a 政府规章): no title line, no issuer, never writes 河北.
    "h08_hebei_0735": dict(
        title="",
        issuers=[],
        plans_cited=["中华人民共和国反不正当竞争法", "国务院关于禁止在市场经济活动中实行地区封锁的规定"],
        not_cited=[],
        parks=[],
        technologies=[],
        chains=[],
        targets=[],
        regions=[],
        uncertain=[],
    ),
    # 河北省人力资源和社会保障厅, 2024-09-03, 冀人社发〔2024〕23号. The notice's own title is not in the text; the
    # measures' heading is.
    "h09_hebei_0211": dict(
        title="强化支持举措助力银发经济发展壮大的九条措施",
        issuers=["河北省人力资源和社会保障厅"],
        plans_cited=["关于强化支持举措助力银发经济发展壮大的通知"],
        not_cited=["强化支持举措助力银发经济发展壮大的九条措施"],
        parks=[],
        technologies=[],
        chains=["银发经济", "家政", "养老", "康养护理", "文化旅游"],
        targets=[],
        regions=["河北省"],
        uncertain=[],
    ),
    # 国家人工智能产业综合标准化体系建设指南 (PDF text with hard line breaks and page numbers; names no issuer).
    # Mention strings are strictly verbatim: a term broken across a line is recorded only where it also occurs
    # unbroken (README).
    "h10_xlsx_0129": dict(
        title="国家人工智能产业综合标准化体系建设指南",
        issuers=[],
        plans_cited=["国家标准化发展纲要", "全球人工智能治理倡议"],
        not_cited=["国家人工智能产业综合标准化体系建设指南"],
        parks=[],
        technologies=[
            "人工智能", "算力", "算法", "深度学习框架", "大模型", "人机混合增强智能", "智能体", "跨媒体智能",
            "具身智能", "智能芯片", "智能传感器", "计算设备", "算力中心", "系统软件", "开发框架", "指令集",
            "多模态新型传感器", "人工智能加速板卡", "人工智能加速模组", "人工智能服务器", "新型数据中心", "智算中心",
            "算力网络", "人工智能算子库", "芯片软件运行时库", "神经网络模型", "机器学习", "知识图谱", "自然语言处理",
            "智能语音", "计算机视觉", "生物特征识别", "群体智能", "自监督学习", "无监督学习", "半监督学习", "深度学习",
            "强化学习", "知识表示与建模", "知识获取与存储", "知识融合与可视化", "知识计算与管理", "文本处理", "语义处理",
            "语法分析", "语义理解", "语义表达", "机器翻译", "自动摘要", "自动问答", "语言大模型", "语音处理",
            "深度合成", "全双工交互", "通用语音大模型", "图像获取", "图像/视频处理", "图像内容分析", "三维计算机视觉",
            "计算摄影学", "跨媒体融合", "脑机接口", "在线知识演化", "动态自适应", "动态识别", "人机协同感知",
            "多任务分解", "提示词工程", "人机协作", "智能体自主操作", "协同控制", "任务规划", "路径规划", "协同决策",
            "模态转换", "模态对齐", "多模态主动与交互", "仿真模拟", "知识推理", "具身导航", "群体具身智能", "智能机器人",
            "智能运载工具", "智能移动终端", "数字人", "环境融合感知", "智能识别预判", "智能决策控制", "图像识别",
            "人脸识别", "智能语音交互", "自然语言交互", "多媒体合成渲染", "智能家居", "工业知识表达", "工业知识图谱",
            "工业场景大模型", "家居智能硬件",
        ],
        chains=["人工智能产业"],
        targets=[
            {"year": 2026, "metric": "共性关键技术和应用开发类计划项目形成标准成果的比例", "value": "60", "unit": "%",
             "qualifier": "达到……以上"},
            {"year": 2026, "metric": "新制定国家标准和行业标准", "value": "50", "unit": "项", "qualifier": "以上"},
            {"year": 2026, "metric": "开展标准宣贯和实施推广的企业", "value": "1000", "unit": "家", "qualifier": "超过"},
            {"year": 2026, "metric": "参与制定国际标准", "value": "20", "unit": "项", "qualifier": "以上"},
        ],
        regions=[],
        agency_groups=[dict(name="国家人工智能标准化总体组", members_as_written=[], members=[])],
        uncertain=[],
    ),
    # 智能航运发展指导意见 (2019-05; the text names only 交通运输部办公厅 in its 印发 line). Title marks are «…».
    "h11_xlsx_0093": dict(
        title="智能航运发展指导意见",
        issuers=["交通运输部办公厅"],
        plans_cited=["国务院关于印发新一代人工智能发展规划的通知"],
        not_cited=[],
        parks=[],
        technologies=[
            "人工智能", "新一代信息技术", "智能船舶", "智能航保", "智能航运", "智能港口", "自动化集装箱码头",
            "自主航行", "自动化装卸货", "能效监测与优化控制", "货物状态监控与优化配载",
            "船体及设备系统全生命周期状态监控与管理", "物联网", "云计算", "大数据", "状态感知", "认知推理",
            "自主决策执行", "信息交互", "运行协同", "复杂场景感知", "自主协同控制", "调度组织优化", "信息安全交互",
            "卫星通信", "岸基蜂窝移动通信", "高频/甚高频数字通信", "北斗导航系统", "陆基备份定位系统", "增强系统",
            "电子海图", "内河电子航道图", "虚拟航标", "E航海", "船舶智能航行", "船舶智能航行岸基协同系统",
            "安全保障系统", "远程操控系统", "智能控制", "建筑信息化模型", "船舶智能航行安全风险防控技术",
            "网络安全技术",
        ],
        chains=["智能航运", "航运"],
        targets=[],
        regions=[],
        uncertain=[],
    ),
    # 国务院办公厅, 国办发〔2018〕126号 (2018-12-23), with its annex (the 推广清单).
    "h12_govcn_0008": dict(
        title="国务院办公厅关于推广第二批支持创新相关改革举措的通知",
        sub_plans=["第二批支持创新相关改革举措推广清单"],
        issuers=["国务院办公厅"],
        plans_cited=["诉讼要素表", "有效抗辩释明表"],
        not_cited=[],
        parks=[],
        technologies=[],
        chains=["战略性新兴产业"],
        targets=[],
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
    found = []
    for a, b in re.findall(r"《([^》]+)》|«([^»]+)»", text):
        q = re.sub(r"\s+", "", a or b)
        if q not in found and q not in d["not_cited"]:
            found.append(q)
    assert found == d["plans_cited"], (stem, found, d["plans_cited"])
    tasks = []
    for pos, inner in cg.responsibility_brackets(stem, text):
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
    for stem, d in DOCS.items():
        build(stem, d)
