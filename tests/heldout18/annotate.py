"""The hand annotations of heldout18, written as data, and the script that writes gold/*.json from them.

Everything here was decided by the annotator from reading each text in full (README.md, "How it was made"):
titles, sub-plans, issuers, cited plans, the full official name of every unit at the document's date, parks,
technologies, chains, targets, regions, agency groups and uncertain names. None of the twelve texts has a
responsibility bracket (reading; check_gold.py's splitter and census find none, h11's scope note excepted), so every
`tasks` list is empty; build() still runs the splitter and fails loudly if it finds one. The cited titles of every
text were listed by hand and compared with a plain re.findall over 《…》 / «…» (assert in build(), with the
exclusions written per text in `not_cited`).

The mention lists (parks, technologies, chains) are written below in reading order and put into order of first
occurrence in the text by `first_occurrence` (the position of the string's first occurrence anywhere in the
text); every mention is asserted to occur verbatim. Borderline mention decisions are written as comments next to
the lists and in CONVENTIONS.md ("Decisions taken while annotating"); `uncertain` holds agency names only
(docs/gold-format.md), and no agency name of this set was uncertain.

Usage (once, before the freeze): python3 tests/heldout18/annotate.py   (a python3 with opencc; see README)
"""
import json
import re
from pathlib import Path

import check_gold as cg

HERE = Path(__file__).resolve().parent

DOCS = {
    # 财政部, 科技部, 工业和信息化部, 金融监管总局, 2024-07-24, 财金〔2024〕60号. The text begins with the document
    # number and the addressee line: the notice's own title is not in the text; the issued plan's heading is.
    "h01_hebei_0744": dict(
        title="支持科技创新专项担保计划",
        issuers=["财政部", "科学技术部", "工业和信息化部", "国家金融监督管理总局"],
        plans_cited=[
            "科技部财政部国家税务总局关于印发〈科技型中小企业评价办法〉的通知",
            "科技部财政部国家税务总局关于修订印发〈高新技术企业认定管理办法〉的通知",
            "工业和信息化部关于印发〈优质中小企业梯度培育管理暂行办法〉的通知",
            "工业和信息化部国家统计局国家发展和改革委员会财政部关于印发中小企业划型标准规定的通知",
        ],
        not_cited=[],
        parks=[],
        # 知识产权质押融资, 应收账款质押融资 (financing products), the 数字化平台 and its 模块: services and
        # platforms, not technologies.
        technologies=[],
        # 融资担保 / 再担保 (the instrument the plan uses, not an industry it develops) and 科技金融服务 (a service
        # to firms) are not chains; 实体经济 is generic.
        chains=[],
        targets=[],
        regions=[],
        uncertain=[],
    ),
    # 河北省高新技术产业开发区条例, adopted 2002-03-30 by the 河北省第九届人民代表大会常务委员会 (named in the text).
    "h02_hebei_0133": dict(
        title="河北省高新技术产业开发区条例",
        issuers=["河北省人民代表大会常务委员会"],
        plans_cited=[],
        not_cited=[],
        # the regulation is about 高新区 as a class (高新技术产业开发区（以下简称高新区）, 经国务院或者省人民政府批准
        # 在本省设立的高新区); 大学科技园, 孵化器 are classes: no named zone.
        parks=[],
        technologies=[],
        # 高新技术产业 (加快高新技术产业的发展); 风险投资 (第二十二条 鼓励…创办高新技术风险投资机构, 风险投资退出
        # 机制, 收回风险投资: a financial business form the text develops, as heldout16's 创业投资). 信用担保 /
        # 融资担保 (a service to firms), 高新技术企业 (a kind of enterprise) are not recorded.
        chains=["高新技术产业", "风险投资"],
        targets=[],
        regions=["河北省"],
        uncertain=[],
    ),
    # 财政部办公厅 and 工业和信息化部办公厅, 2024-04-22, 财办会〔2024〕15号. No title line (document number,
    # addressee line, body).
    "h03_hebei_0967": dict(
        title="",
        issuers=["财政部办公厅", "工业和信息化部办公厅"],
        plans_cited=[
            "中共中央办公厅国务院办公厅印发<关于进一步加强财会监督工作的意见>的通知",
            "国务院办公厅关于进一步规范财务审计秩序促进注册会计师行业健康发展的意见",
            "优质中小企业梯度培育管理暂行办法",
        ],
        not_cited=[],
        parks=[],
        # 审计报告验证码 (an administrative instrument), 手机 (only the means of checking), the 统一监管平台: none.
        technologies=[],
        # 注册会计师行业 is named only as the object of supervision (加强注册会计师行业监管信息化建设): not a chain.
        chains=[],
        targets=[],
        regions=[],
        uncertain=[],
    ),
    # 河北省高新技术企业认定管理工作领导小组办公室, 2017-05-08, 冀高认办〔2017〕7号. The notice's title is in the
    # text, broken by the crawl (　　 removed); the issued 细则 is its sub-plan.
    "h04_hebei_0074": dict(
        title="河北省高新技术企业认定管理工作领导小组办公室关于印发《河北省高新技术企业跨认定机构管理区域整体迁移资质"
              "认定实施细则》的通知",
        sub_plans=["河北省高新技术企业跨认定机构管理区域整体迁移资质认定实施细则"],
        issuers=["河北省高新技术企业认定管理工作领导小组办公室"],
        plans_cited=["高新技术企业认定管理办法"],
        not_cited=["河北省高新技术企业跨认定机构管理区域整体迁移资质认定实施细则"],
        # 各国家级高新区 (addressee line and 第二条) is a class of zone: not a park.
        parks=[],
        technologies=[],
        chains=[],
        targets=[],
        regions=["河北省"],
        agency_groups=[dict(name="河北省高新技术企业认定管理工作领导小组", members_as_written=[], members=[])],
        uncertain=[],
    ),
    # 河北省教育厅, 2015-06-11 (signature), 冀教基〔2015〕15号. No title line.
    "h05_hebei_1048": dict(
        title="",
        issuers=["河北省教育厅"],
        plans_cited=[
            "河北省教育厅关于2015—2016学年河北省中小学教学用书有关事项的通知",
            "河北省2014年秋季学期中小学教辅材料（同步练习册）评议推荐目录",
            "河北省2015年春季学期中小学教辅材料（同步练习册）评议推荐目录",
            "河北省中小学教科书选用管理实施细则（试行）", "中华人民共和国地图编制出版管理条例", "地图审核管理规定",
            "征订教辅材料告家长书",
        ],
        not_cited=[],
        parks=[],
        # 教辅材料, 地理、历史填充图册: teaching materials named as objects of rules, not technologies.
        technologies=[],
        chains=[],
        targets=[],
        regions=["河北省"],
        uncertain=[],
    ),
    # 河北省工业和信息化厅, 2021-09-27, 冀工信科函〔2021〕781号. The notice's title is in the text.
    "h06_hebei_0017": dict(
        title="河北省工业和信息化厅关于印发《2021年河北省资助工业设计公共服务平台项目申报指南》的通知",
        sub_plans=["2021年河北省资助工业设计公共服务平台项目申报指南"],
        issuers=["河北省工业和信息化厅"],
        plans_cited=[
            "关于支持工业设计发展的若干政策措施", "河北省工业设计2021年工作要点", "河北省资助工业设计公共服务平台操作规程（试行）",
            "河北省资助工业设计公共服务平台项目申报书",
        ],
        not_cited=["2021年河北省资助工业设计公共服务平台项目申报指南"],
        # 雄安新区 occurs besides the addressee line in the body (经…雄安新区改革发展局初审; 雄安新区工信主管部门): a body
        # of the zone named in the body (docs/gold-format.md; as heldout15 h03).
        parks=["雄安新区"],
        # the platform kinds (工业设计资源数据库, 成果展示库, 快速模具手板打印中心, 工程实验室) are platforms and centres.
        technologies=[],
        # 工业设计 (加快构建工业设计发展公共服务支撑; 促进工业设计应用与发展); 传统优势产业 (a policy category the
        # platforms serve, as heldout12 h01). 特色产业集群 without a proper modifier is generic (特色产业 bare).
        chains=["工业设计", "传统优势产业"],
        targets=[],
        regions=["河北省"],
        uncertain=[],
    ),
    # 河北省人力资源和社会保障厅, 2024-03-27. 人社厅 CSV: no separators; no title line (begins with the addressee).
    "h07_hebei_0307": dict(
        title="",
        issuers=["河北省人力资源和社会保障厅"],
        # the two annexes in 《》 (a 目录 and a 流程) are cited, as heldout16 cites forms and tables in 《》; 《目录》 is
        # the short name of the first.
        plans_cited=["雄安新区境外职业资格认可目录（1.0版）", "雄安新区境外职业资格证书查询验证流程"],
        not_cited=["目录"],
        parks=["雄安新区"],
        technologies=[],
        chains=[],
        targets=[],
        # 北京市人力资源和社会保障局 provides a service named outside any bracket; it is not an issuer: no region.
        regions=["河北省"],
        uncertain=[],
    ),
    # 河北省工业和信息化厅, 2021-08-08, 冀工信科函〔2021〕607号. The notice's title is in the text.
    "h08_hebei_0044": dict(
        title="河北省工业和信息化厅关于印发《2021年河北省工业设计中心申报指南（第二批）》的通知",
        sub_plans=["2021年河北省工业设计中心申报指南（第二批）"],
        issuers=["河北省工业和信息化厅"],
        plans_cited=[
            "关于支持工业设计发展的若干政策措施", "河北省工业设计发展专项规划", "河北省工业设计2021年工作要点",
            "河北省工业设计中心和工业设计示范企业管理办法", "河北省工业设计中心申请表", "河北省工业设计中心创建方案",
        ],
        not_cited=["2021年河北省工业设计中心申报指南（第二批）", "管理办法"],
        # 雄安新区 in the body (定州、辛集、雄安新区推荐数量…; 雄安新区改革发展局…负责组织).
        parks=["雄安新区"],
        technologies=[],
        # the sectors before 等领域 in which the 厅 cultivates design centres (重点围绕…等领域优势企业，开展培育创建).
        # 工业设计 occurs only inside names (工业设计中心, 工业设计示范企业, 省工业设计发展工作领导小组, titles): not
        # recorded (docs/gold-format.md).
        chains=["高端装备", "电子信息", "医疗器械", "食品饮料", "服装箱包", "家居用品", "文体器具"],
        targets=[],
        regions=["河北省"],
        agency_groups=[dict(name="省工业设计发展工作领导小组", members_as_written=[], members=[])],
        uncertain=[],
    ),
    # 国家人工智能产业综合标准化体系建设指南（2024版） (manifest; the text has no title line and names no issuer).
    # A standards-system guideline: the technologies it names as the objects of the standards it plans are its
    # focus and are recorded; aspects of a standard (架构, 接口, 协议, 格式, 要求, 评测/测试/评估方法, 指标, 性能,
    # 生命周期), services (基础数据服务, 智能服务, 模型即服务, 人工智能应用服务 and its examples 智能软件开发,
    # 智能设计, 智能防伪), management (数据治理, 供应链管理, 数据管理, 风险管理, 管理体系), safety and ethics
    # properties, data modalities (文本、语音、图像) and generic words (关键共性技术, 新技术, 数据, 智能产品) are not.
    "h09_xlsx_0127": dict(
        title="",
        issuers=[],
        plans_cited=["国家标准化发展纲要", "全球人工智能治理倡议"],
        not_cited=[],
        parks=[],
        technologies=[
            "人工智能", "算力", "算法", "深度学习框架", "大模型",
            "人机混合增强智能", "智能体", "跨媒体智能", "具身智能",
            "人工智能软件开源基础框架",
            "智能芯片", "智能传感器", "计算设备", "算力中心", "系统软件", "开发框架", "软硬件协同",
            "数据采集", "数据标注", "指令集", "多模态新型传感器",
            "人工智能加速卡", "人工智能加速模组", "人工智能服务器", "使能软件",
            "大规模计算集群", "新型数据中心", "智算中心", "基础网络通信", "算力网络", "数据存储",
            "软硬件编译器", "人工智能算子库", "芯片软件运行时库", "调试工具", "人工智能软硬件平台",
            "神经网络模型", "人工智能计算任务调度", "分布式计算",
            "机器学习", "知识图谱", "自然语言处理", "智能语音", "计算机视觉", "生物特征识别", "群体智能",
            "数据预处理", "自监督学习", "无监督学习", "半监督学习", "深度学习", "强化学习",
            "知识表示与建模", "知识获取与存储", "知识融合与可视化", "知识计算与管理",
            "语言信息提取", "文本处理", "语义处理", "语法分析", "语义理解", "语义表达", "机器翻译", "自动摘要", "自动问答",
            "语言大模型",
            "前端处理", "语音处理", "全双工交互", "语音大模型",
            "图像获取", "图像/视频处理", "图像内容分析", "三维计算机视觉", "计算摄影学", "跨媒体融合",
            "生物特征样本处理",
            "脑机接口", "在线知识演化", "动态自适应", "动态识别", "人机协同感知", "人机协同决策与控制",
            "通用大模型", "智能体强化学习", "多任务分解", "提示词工程", "人机协作", "智能体自主操作", "多智能体分布式一致性",
            "自主控制", "协同控制", "任务规划", "路径规划", "协同决策", "组网通信",
            "模态转换", "模态对齐",
            "多模态主动与交互", "自主行为学习", "仿真模拟", "知识推理", "具身导航", "群体具身智能",
            "智能机器人", "智能运载工具", "智能移动终端", "数字人",
            "机器人智能认知", "智能决策", "环境融合感知", "智能识别预判", "智能决策控制",
            "图像识别", "人脸识别", "智能语音交互",
            "动作生成", "语音识别与合成", "自然语言交互", "多媒体合成渲染",
            "跨领域知识整合", "新型设计模式生成", "人机协同研发设计",
            "全流程仿真模型", "智能虚拟中试", "产线监测及维护",
            "智能客服", "商品三维模型", "在线监测调控", "需求预测", "智能装备",
        ],
        # 人工智能 as an industry in its most specific form (人工智能产业链包括基础层…; 人工智能产业 elsewhere). The
        # sectors of 重点行业智能升级 (原材料行业, 消费品行业, 装备行业), the fields of 行业应用标准 (智慧城市 … 智慧文旅),
        # 机器人领域, 移动终端领域 and 制造业 (全流程智能化) are where AI is applied: application fields, not chains.
        chains=["人工智能产业链"],
        targets=[
            {"year": 2026, "metric": "新制定国家标准和行业标准", "value": "50", "unit": "项", "qualifier": "以上"},
            {"year": 2026, "metric": "开展标准宣贯和实施推广的企业", "value": "1000", "unit": "家", "qualifier": "超过"},
            {"year": 2026, "metric": "参与制定国际标准", "value": "20", "unit": "项", "qualifier": "以上"},
        ],
        regions=[],
        uncertain=[],
    ),
    # 文化和旅游部, 2020-11-18 (signature): 关于推动数字文化产业高质量发展的意见. The text begins with the addressee
    # line: no title line.
    "h10_xlsx_0069": dict(
        title="",
        issuers=["文化和旅游部"],
        plans_cited=[],
        not_cited=[],
        # 黄河国家文化公园 (one named national cultural park; 长城、大运河、长征 are plain names of the coordinated list,
        # whose full names never occur). The designations in （二十） (国家级文化产业示范园区, 国家文化产业创新实验区,
        # 国家文化与科技融合示范基地, 国家全域旅游示范区, 国家文化产业和旅游产业融合发展示范区, 国家级夜间文旅消费集聚区,
        # 国家文化与金融合作示范区, 国家级旅游度假区) are used as kinds of zone (…等重点功能平台; …等发展相衔接): classes,
        # not parks (CONVENTIONS, kept from heldout16). 数字文化产业发展集聚区 (a class named by its industry), 特色小镇,
        # 景区景点, 主题公园, 在线剧院, 数字剧场 are classes; 国家文化人才培训基地, 实训基地 are training bases.
        parks=["黄河国家文化公园"],
        technologies=[
            "文化大数据", "数据中心", "云平台", "人工智能", "模型算法", "APP", "小程序", "移动互联网基础设施",
            "5G", "大数据", "云计算", "物联网", "区块链", "数据汇聚平台", "全流程数据采集", "文化消费大数据", "互联网", "数字技术",
            "虚拟现实", "5G+4K/8K超高清", "VR/AR", "多媒体",
            "展品数字化采集", "图像呈现", "信息共享", "按需传播", "智慧服务",
            "增强现实", "无人机", "全息互动投影", "无人机表演", "夜间光影秀",
            "数字文化装备", "工业互联网", "车联网", "智能文化装备", "沉浸式设施", "无人智能游览", "可穿戴设备", "智能终端",
            "智能装备",
        ],
        # one industry in several forms, in its most specific form: 数字文化产业集群 (数字文化产业, 数字文化产业链,
        # 数字文化产业集群), 文化产业链 (文化产业), 演艺产业链 (演艺产业), 云演艺业态, 云展览业态. Not recorded: art
        # forms (戏曲, 曲艺, 民乐), kinds of consumption (网络消费 … 互动消费), service modes (线上直播,
        # 有声产品, 地理信息 as 服务新方式), 国家级战略性新兴产业集群 (a designation in the list of zone kinds),
        # 实体经济 (generic). 云旅游, 云娱乐 (培育壮大…等新型消费形态) are recorded as business forms, like 云演艺 and
        # 云展览 (业态).
        chains=[
            "数字文化产业集群", "文化产业链", "旅游", "数字经济",
            "动漫游戏", "网络文学", "网络音乐", "网络表演", "网络视频", "数字艺术", "创意设计",
            "交互娱乐", "智慧旅游",
            "文化创意", "先进制造业", "消费品工业", "智慧农业", "金融", "物流", "教育", "体育", "电子商务", "现代服务业",
            "品牌授权", "制造业", "服务业", "社交电商", "网络直播", "短视频", "在线新经济", "旅游直播", "旅游带货",
            "平台经济", "宅经济", "演艺产业链", "云演艺业态", "云展览业态", "文化会展行业",
            "沉浸式业态", "旅游演艺", "线下娱乐", "数字艺术展示产业", "云旅游", "云娱乐", "夜间经济", "产业链金融",
            "风险投资", "天使投资",
            "数字贸易", "战略性新兴产业",
        ],
        targets=[
            {"year": 2025, "metric": "培育具有国际影响力的领军企业", "value": "20", "unit": "家"},
            {"year": 2025, "metric": "打造引领数字文化产业发展的产业集群", "value": "5", "unit": "个"},
            {"year": 2025, "metric": "建设具有示范带动作用的数字文化产业项目", "value": "200", "unit": "个"},
        ],
        regions=[],
        uncertain=[],
    ),
    # 科技部 (known from outside the text; the text is not signed) 2019 notice publishing the 重点专项 guidelines.
    # The text begins with the addressee line: no title line; the guidelines are not listed by title: no sub_plans.
    "h11_xlsx_0088": dict(
        title="",
        issuers=[],
        plans_cited=["关于深化中央财政科技计划（专项、基金等）管理改革的方案", "关于进一步加强科研诚信建设的若干意见"],
        not_cited=[],
        parks=[],
        # the technologies occur only inside the names of 重点专项 and programmes (“智能机器人”重点专项, 973计划 …):
        # nothing is recorded (as heldout16 h11). 网络视频 is the means of the oral defence.
        technologies=[],
        # 科技服务业 occurs only inside the name of an alliance (科技服务业创新发展行业试点联盟).
        chains=[],
        targets=[],
        regions=[],
        uncertain=[],
    ),
    # 智能船舶发展行动计划（2019—2021年） (manifest; the text has no title line and names no issuer).
    "h12_xlsx_0096": dict(
        title="",
        issuers=[],
        plans_cited=[],
        not_cited=[],
        # 水上综合试验场, 综合测试与验证平台 are test facilities and platforms, not named zones.
        parks=[],
        technologies=[
            "智能船舶", "现代信息技术", "人工智能", "智能感知",
            "远洋运输船舶", "沿海运输船舶", "内河运输船舶", "工程船舶", "公务船舶",
            "航行态势智能感知", "自动靠离泊", "远程遥控", "自主航行",
            "全船综合智能管理及控制系统", "智能硬件", "船用传感技术", "多源感知数据融合技术", "数据采集", "数据融合",
            "船域网", "船岸交互", "船舶海上自组网", "船岸一体通信系统", "船船通信系统",
            "智能航行", "态势感知", "远程遥控驾驶技术", "船岸协同", "自主航行避碰技术",
            "智能船舶辅助决策", "自主控制", "感知与控制基础元器件", "新型船用设备",
            "动力机电", "通信与导航", "靠离泊", "货物操作", "舱室设备", "新型船用动力设备", "新型船船自组织通信设备",
            "抗干扰", "防阻断", "反窃听", "硬件加固技术", "数据加密", "防篡改", "数据恢复",
            "半物理环境测试", "跨域协同测试", "场景导调", "高精度模拟器", "组网通信", "高精定位", "立体感知服务网络",
            "交管雷达", "岸基船舶自动识别系统", "航标", "水中标定", "电子围栏", "陪试船",
            "智能集成平台", "智能机舱", "智能能效管理", "智能货物管理", "岸基系统", "远程控制",
            "智能船舶集成平台", "智能船体", "能效管理", "辅机管控",
            "岸基共享云服务平台",
            "北斗定位导航系统", "雷达", "夜视装备", "微机电系统", "天基通信系统", "目标探测",
            "互联网", "大数据",
        ],
        # 船舶工业 and 航运业 (航运 is the same industry: the form with the head), 智能航运 (支撑我国智能航运建设). 航运、
        # 港口、物流 in （八） are the fields of the 智能应用 (application fields).
        chains=["船舶工业", "航运业", "智能航运"],
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
    assert sorted(DOCS) == sorted(p.stem for p in (HERE / "texts").glob("*.txt")), "one entry per text"
    for stem, d in DOCS.items():
        build(stem, d)
