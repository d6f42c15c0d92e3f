"""Park, chain and technology mentions: the general rules, each on a sentence of its own (not the corpus)."""

import pytest

from graphbuild.extract.pipeline import extract


def _found(text: str, kind: str = "technology") -> set[str]:
    # The rules alone: the tagger beside them is measured on annotated sets (tests/test_tagger.py).
    return {m.text for m in extract(text, tagger=False).mentions if m.kind == kind}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 阀 and 元器件 are technology heads; 产品/设计/研发 may follow a name.
        ("重点发展双偏心硬密封蝶阀等高压产品。", "双偏心硬密封蝶阀"),
        ("以及小型化、集成化的压敏元器件。", "压敏元器件"),
        ("支持企业加快防爆型执行器产品认证。", "防爆型执行器"),
        ("引进一批知名SiC芯片设计企业。", "SiC芯片"),
        # R&D objects, with the verb's follower 研究 and a conjunction inside the object.
        ("加快海洋生物技术研究。", "海洋生物技术"),
        ("聚焦发展功率器件和晶圆级封测工艺，", "晶圆级封测工艺"),
        # A two-item list closed by 等 and a technology-domain head.
        ("力争在氮化镓器件及光电融合等特色工艺领域取得突破。", "光电融合"),
        # A list typed by its items when its head only describes them.
        ("推动高端轴承、关键基础材料、工业基础软件、先进基础工艺等“四基”能力提升。", "工业基础软件"),
        # The head's own qualifier names a field: A、B等长时储能技术 → 长时储能.
        ("推动飞轮储能、重力储能等长时储能技术商业化。", "长时储能"),
        # Later items lose an attribute or verb that is not part of the name.
        ("强化图像传感器、配套DSP芯片、驱动算法等研发能力。", "DSP芯片"),
        ("研发光子晶体、太赫兹应用于无损检测等关键核心技术。", "无损检测"),
        # A server is hardware, not a service.
        ("支持企业研制AI芯片、GPU服务器和高速光模块等核心产品。", "GPU服务器"),
        # The general lexicon.
        ("推动工业互联网创新发展，加快标识解析二级节点建设。", "标识解析"),
    ],
)
def test_technology_rules(text, expected):
    assert expected in _found(text)


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        # An evaluative modifier goes when something specific remains, and stays otherwise.
        ("加强高端光谱分析仪系列产品研发。", "光谱分析仪", "高端光谱分析仪"),
        ("加快推进新型传感器研制。", "新型传感器", "传感器"),
        # A district in front of a technology is a place, not part of the name.
        ("发挥龙岗区激光雷达企业集聚优势。", "激光雷达", "龙岗区激光雷达"),
        # Inside a longer list item a suffix match is not a name of its own.
        ("加快6G芯片/模组/终端、智能传感器等基础软硬件创新。", "6G芯片/模组/终端", "6G芯片"),
        # A lexicon term written with a list comma is one name.
        ("推动碳捕集、利用与封存等低碳技术推广应用。", "碳捕集、利用与封存", "利用与封存"),
    ],
)
def test_technology_names_are_cut_to_the_name(text, expected, not_expected):
    found = _found(text)
    assert expected in found and not_expected not in found


@pytest.mark.parametrize(
    ("text", "not_expected"),
    [
        # Organisations, generic categories, physical quantities and application areas are not technologies.
        ("引进中科院微电子研究院、某某科技芯片公司等机构。", "中科院微电子研究院"),
        ("加大关键共性技术、前沿引领技术等研发力度。", "关键共性技术"),
        ("发展涵盖力、光、声、热、磁等智能传感器产品。", "涵盖力"),
        ("形成一批重大新产品、知识产权、技术标准等关键核心技术成果。", "知识产权"),
        ("推动建设分布式能源中心。", "分布式能源"),
        ("印发《人工智能产业发展规划》。", "人工智能"),
        ("推进省新型储能材料与装备研究院建设。", "新型储能"),
        ("重点突破20项前沿关键核心技术。", "20项前沿关键核心技术"),
    ],
)
def test_not_technologies(text, not_expected):
    assert not_expected not in _found(text)


def test_a_lexicon_term_made_a_section_is_an_industry():
    text = "二、发展重点\n（一）卫星互联网\n推动卫星互联网在多个领域应用，突破星载激光通信终端研制。\n"
    assert "卫星互联网" not in _found(text)
    assert "卫星互联网" in _found(text, "chain")


def test_a_focus_section_item_that_opens_with_a_verb_is_an_action_not_an_industry():
    text = "一、重点领域和发展方向（一）突出重点领域。鼓励企业发展。（二）丰富创业方式。支持创业。（三）生物医药。推动产业发展。"
    chains = _found(text, "chain")
    assert "生物医药" in chains and not {"突出重点领域", "丰富创业方式"} & chains


def test_quantifiers_rank_words_and_planning_concepts_are_no_parks():
    parks = _found("支持省级以上经济技术开发区扩区，在每个养殖集聚区建设设施，各地要符合主体功能区定位。", "park")
    assert not {"上经济技术开发区", "每个养殖集聚区", "符合主体功能区", "主体功能区"} & parks, parks


def test_park_and_chain_rules():
    parks = _found("积极创建国家级“5G+工业互联网”融合应用先导示范区，与邻省共建川渝地区数字经济示范区。", "park")
    assert {"“5G+工业互联网”融合应用先导示范区", "川渝地区数字经济示范区"} <= parks
    assert "龙头企业+产业园区" not in _found("构建“龙头企业+产业园区+高校”型创新平台。", "park")
    assert "“4321”现代制造业集群体系" in _found("加快构建“4321”现代制造业集群体系，", "chain")
    assert "市委" not in _found("按照市委、市政府打造六大未来产业的部署，", "chain")


def test_chain_boundaries_after_a_verb_and_generic_chain_words():
    assert "稀土新材料产业链" in _found("支持龙头企业向下游延伸稀土新材料产业链。", "chain")
    found = _found("立足本地优势产业，统筹安排县级产业发展资金，培育先导性产业。", "chain")
    assert not found & {"本地优势产业", "地优势产业", "县级产业", "先导性产业", "性产业"}


def test_a_list_of_what_firms_make_is_typed_by_its_items():
    assert {"刻蚀设备", "薄膜沉积设备"} <= _found("引进刻蚀设备、薄膜沉积设备等企业。")
    assert not _found("支持华为、中兴等龙头企业。")


def test_new_towns_knowledge_cities_and_ports_are_parks():
    found = _found("加快建设天府知识城、东部新城和滨江医药港，完善配套。", "park")
    assert {"天府知识城", "东部新城", "滨江医药港"} <= found


def test_a_zone_name_is_not_cut_at_its_own_words_and_does_not_open_a_chain():
    assert "临港开发区新材料产业集聚区" in _found("高标准建设临港开发区新材料产业集聚区。", "park")
    chains = _found("设立区新材料产业投资基金，做强临港开发区新材料产业。", "chain")
    assert "新材料产业" in chains
    assert not chains & {"区新材料产业", "临港开发区新材料产业"}
    assert "区块链产业" in _found("培育区块链产业。", "chain")


@pytest.mark.parametrize(
    ("sentence", "chain"),
    [
        ("推动杭州集成电路产业发展", "集成电路产业"),  # a city no sample names
        ("壮大合肥市新能源汽车产业集群", "新能源汽车产业集群"),  # a place with its unit (a bare one names a cluster)
        ("做强济南市生物医药产业链", "生物医药产业链"),
        ("打造广东省深圳市智能传感器产业集群", "智能传感器产业集群"),  # places one inside the other
        ("建设省级数字创意产业集群", "数字创意产业集群"),  # a level word
    ],
)
def test_a_place_before_a_chain_is_not_part_of_its_name_whatever_the_city(sentence, chain):
    ex = extract(f"一、重点任务\n（一）{sentence}。（责任单位：市经信局）", tagger=False)
    assert [m.text for m in ex.mentions if m.kind == "chain"] == [chain]


def test_a_count_of_categories_is_not_a_chain():
    ex = extract("一、重点任务\n（一）培育六大未来产业，壮大十大产业集群，发展集成电路产业。（责任单位：市经信局）", tagger=False)
    assert [m.text for m in ex.mentions if m.kind == "chain"] == ["集成电路产业"]


def test_zones_of_a_kind_and_activity_bases_are_no_named_parks():
    parks = _found("将东山新区打造成中国6G发展先导区，打造一批现代化生态农业创新发展示范区，建设科普基地和实践基地。", "park")
    assert "中国6G发展先导区" in parks
    assert not {"成中国6G发展先导区", "现代化生态农业创新发展示范区", "科普基地", "实践基地"} & parks, parks


def test_a_new_area_is_named_in_the_name_of_its_organ():
    parks = _found("各县政府，青岚新区管委会，白沙新区社会事务局、经济发展局，翠湖新区党工委负责落实。", "park")
    assert {"青岚新区", "白沙新区", "翠湖新区"} <= parks, parks
    # A development zone's committee is the agency that runs the zone, not a mention of it.
    assert not _found("各区政府、白沙高新区管委会按职责分工负责。", "park")
    # 布局 is no organ: the zone word inside 园区布局 ends no name.
    assert not _found("优化各类生态科技园区布局。", "park")


def test_a_rank_word_and_a_zone_type_name_a_class_of_zones():
    parks = _found("支持国家高新区、国家级经济技术开发区和省级开发区扩区，建设青岚新区。", "park")
    assert parks == {"青岚新区"}, parks


def test_sectors_named_by_their_trade_word_are_chains():
    chains = _found("大力发展康复护理服务业和冷链物流业，培育茶叶烘焙、手工编织、研学体验等乡村旅游业。", "chain")
    assert {"康复护理服务业", "冷链物流业", "茶叶烘焙", "手工编织", "研学体验", "乡村旅游业"} <= chains, chains
    # A place and a trade word name the place's sector, no industry of its own; a verb is cut off the front.
    chains = _found("推动湖南省服务业提质，开创家居制造业新局面，适合康养旅游业发展。", "chain")
    assert "湖南省服务业" not in chains and "开创家居制造业" not in chains and "康养旅游业" in chains, chains


def test_a_product_in_a_list_of_industries_is_a_technology():
    text = "完善储能电控芯片、碳化硅功率器件、热管理系统等配套产业。"
    assert {"储能电控芯片", "碳化硅功率器件"} <= _found(text)
    assert not {"储能电控芯片", "碳化硅功率器件"} & _found(text, "chain")


def test_fragments_counts_and_verbs_are_cut_from_technologies():
    found = _found("加强原创性和引领性技术攻关，力争每年突破3-5种关键短板材料，为农机按需加装卫星定位终端。")
    assert not {"性技术", "3-5种关键短板材料"} & found, found
    assert "卫星定位终端" in _found("为农机按需加装卫星定位终端、远程监控系统等智能设备。")
    # A qualifier that only says 现代 names no field: 利用A、B等现代信息技术.
    assert "现代信息" not in _found("利用遥感监测、智能分析等现代信息技术，提升服务水平。")
    # The CCUS term in its other wording is one name, not list items.
    found = _found("加强氢基竖炉以及碳捕获、利用与封存等低碳技术的研发。")
    assert "碳捕获、利用与封存" in found and "利用与封存" not in found, found


def test_a_base_is_a_zone_only_when_it_names_its_industry_rank_or_place():
    parks = _found("建设优质蜂蜜原料基地和冷链仓储基地，打造光伏装备制造基地，创建国家碳纤维产业示范基地，扩建青岚基地。", "park")
    assert {"光伏装备制造基地", "国家碳纤维产业示范基地"} <= parks, parks
    assert not {"优质蜂蜜原料基地", "冷链仓储基地"} & parks, parks
    # A base a description leads up to (…的X产业基地) is described, not named.
    assert not _found("建成全国领先的光伏装备产业基地。", "park")


def test_zone_boundaries_brackets_and_organ_words():
    # A bracket closed before the name ends what came before it; 发展 opens no zone name.
    parks = _found("（财政局、税务局按职责分工负责）（十二）发展产业园区。", "park")
    assert not parks, parks
    # 对标 is a verb; 创新驱动发展 is part of a name; a zone may be followed by 申报.
    parks = _found("指导某某农业科技园区对标国家农业高新技术产业示范区，建设青岚新区创新驱动发展引领区，推动白沙产业园申报国家级园区。", "park")
    assert {"国家农业高新技术产业示范区", "青岚新区创新驱动发展引领区", "白沙产业园"} <= parks, parks
    assert "标国家农业高新技术产业示范区" not in parks
    # A park of the human-resources service industry is a park of that industry (docs/gold-format.md, as
    # heldout14 and heldout16 annotate it); a labour-brand park is a talent carrier.
    assert _found("建设某某人力资源服务产业园和劳务品牌产业园。", "park") == {"某某人力资源服务产业园"}


def test_chain_fragments_verbs_document_codes_and_process_words():
    chains = _found("主动对接县域特色产业集群，适应数字产业新要求，助推产业升级，发展在线教育产业。", "chain")
    assert {"县域特色产业集群", "在线教育产业"} <= chains, chains
    assert not {"接县域特色产业集群", "适应数字产业", "助推产业", "线教育产业"} & chains, chains
    # A document number's prefix is no industry.
    assert not _found("根据《某某办法》（某工信产业〔2020〕12号）执行。", "chain")
    # Process words (…化) are no industries; 重要/比较优势 say how good, not which.
    chains = _found("推动数字化、网络化、智能化与特色产业集群融合，做强重要支柱产业和比较优势产业集群，壮大石化、纺织等产业。", "chain")
    assert not {"数字化", "网络化", "智能化与", "重要支柱产业", "比较优势产业集群"} & chains, chains
    assert "石化" in chains


def test_a_cluster_keeps_the_bare_place_name_that_names_it():
    chains = _found("推动芜湖新能源汽车产业集群和绵阳市电子信息产业集群建设，壮大合肥集成电路产业。", "chain")
    assert {"芜湖新能源汽车产业集群", "电子信息产业集群", "集成电路产业"} <= chains, chains
    assert not {"新能源汽车产业集群", "绵阳市电子信息产业集群", "合肥集成电路产业"} & chains, chains


def test_kinds_of_farming_are_chains():
    chains = _found("引导农户从事观光农业，培训设施农业和庭院种植人才，大力发展智慧农业。", "chain")
    assert {"观光农业", "设施农业", "智慧农业"} <= chains, chains
    assert not {"事观光农业", "培训设施农业"} & chains, chains
    assert not _found("发展现代农业和农业。", "chain")


def test_properties_places_documents_loans_and_farms_are_no_technologies():
    found = _found("开发耐高温、耐磨损、抗疲劳等高端性能产品。")
    assert not {"耐高温", "耐磨损", "抗疲劳"} & found, found
    found = _found("鼓励芜湖、滁州、安庆整车制造企业应用柔性焊装系统。")
    assert not {"芜湖", "滁州", "安庆"} & found, found
    found = _found("推出养殖户设施贷、饲草贷等产品，发放变更登记通知书、经营许可证书等材料，扶持家庭农场、农民专业合作社等主体采用智能灌溉设备。")
    assert not {"养殖户设施贷", "饲草贷", "变更登记通知书", "经营许可证书", "家庭农场", "农民专业合作社"} & found, found


def test_the_head_of_an_industry_list_ends_at_its_noun():
    text = (
        "推动青岚木雕、白沙五金等先进制造产业集群优化数据资源利用，支持翠湖茶叶、东岭竹编等比较优势产业集群，"
        "鼓励南溪陶瓷、北坡草编等劳动密集度较高的产业集群开放研发。"
    )
    chains = _found(text, "chain")
    assert {"青岚木雕", "白沙五金", "翠湖茶叶", "东岭竹编", "南溪陶瓷", "北坡草编"} <= chains, chains
    # The words after the noun still decide when no industry noun ends the head: 等技术成果 are results.
    assert not _found("转化智能焊接、激光切割等技术成果。") & {"智能焊接", "激光切割"}


def test_a_cluster_named_with_two_halves_and_a_size_class():
    chains = _found("打造千亿级智能家电产业集群，推动阀门及管件产业集群建设，发展光伏及储能产业。", "chain")
    assert {"智能家电产业集群", "阀门及管件产业集群"} <= chains, chains
    assert not {"千亿级智能家电产业集群", "管件产业集群"} & chains, chains
    # Outside a cluster 及 still joins two industries.
    assert "光伏及储能产业" not in chains


def test_a_kind_word_far_after_a_list_is_a_new_clause_not_its_head():
    chains = _found("鼓励农户以出租、托管、代耕等形式盘活集体土地发展特色种植产业。", "chain")
    assert not {"出租", "托管", "代耕"} & chains, chains
    found = _found("支持企业建立覆盖选矿、烧结、轧制等全流程数字化生产管控系统。")
    assert not {"选矿", "烧结", "轧制"} & found, found


def test_technologies_as_the_object_of_an_adoption_verb():
    found = _found("推广热泵干燥技术，采用柔性装配系统，通过条码追溯技术，提高效率，推广先进适用种植技术和数字化技术。")
    assert {"热泵干燥技术", "柔性装配系统", "条码追溯技术"} <= found, found
    assert not {"适用种植技术", "数字化技术"} & found, found


def test_what_a_list_without_a_head_develops_is_a_technology():
    assert {"氢能叉车", "电动拖拉机", "无人清扫车"} <= _found("推动氢能叉车、电动拖拉机、无人清扫车研发生产。")
    assert {"钠硫电池", "液态金属电池", "锌空电池"} <= _found("推动钠硫电池、液态金属电池和锌空电池产业化。")
    assert {"蛋白折叠预测", "分子对接"} <= _found("开展蛋白折叠预测、分子对接和高通量筛选研究。")
    # Properties of the product are no technologies; nor is a phrase with 的.
    found = _found("支持高能量、长循环、宽温区钠离子电池研发，加快新原理、材料、器件的共性技术攻关。")
    assert not {"高能量", "长循环", "新原理", "器件的共性技术"} & found, found
    # Packaging processes and farm inputs are technologies; 等行为 are acts, not products.
    assert {"扇出型封装", "倒装封装"} <= _found("引进培育扇出型封装、倒装封装等先进封装企业。")
    assert {"生物农药", "有机肥料", "配合饲料", "动物疫苗"} <= _found("推广生物农药、有机肥料、配合饲料和动物疫苗。")
    assert not _found("依法查处强买强卖化肥、农药、农机等行为的经营者。")


def test_equipment_as_an_object_and_new_type_kept_in_the_name():
    found = _found("积极发展新型轧机装备，加快研制智能巡检装备。")
    assert {"新型轧机装备", "智能巡检装备"} <= found, found
    assert "轧机装备" not in found


def test_one_industry_is_named_once_in_its_most_specific_form():
    chains = _found("壮大海洋装备产业，完善海洋装备产业链，打造海洋装备产业集群，发展邮轮产业。", "chain")
    assert {"海洋装备产业集群", "邮轮产业"} <= chains, chains
    assert not {"海洋装备产业", "海洋装备产业链"} & chains, chains


def test_a_zone_named_in_full_and_by_its_tail_is_named_once():
    parks = _found("加快建设青岚国家生态文明先行示范区（以下简称先行示范区），支持先行示范区、科学城绵阳高新区和绵阳高新区发展。", "park")
    assert "青岚国家生态文明先行示范区" in parks and not {"先行示范区", "下简称先行示范区"} & parks, parks
    # A tail that starts with a place is a zone's name of its own.
    assert {"科学城绵阳高新区", "绵阳高新区"} <= parks, parks


def test_the_links_of_a_chain_are_no_industries():
    chains = _found("培育形成原料采购、加工制造、仓储配送、终端销售等完整产业链条。", "chain")
    assert not {"原料采购", "加工制造", "仓储配送", "终端销售"} & chains, chains


def test_kinds_of_tourism_are_chains():
    chains = _found("推动滨海度假旅游和研学旅游发展，动员旅游企业参与。", "chain")
    assert {"滨海度假旅游", "研学旅游"} <= chains, chains
    assert "动员旅游" not in chains


def test_a_list_closed_by_industrial_fields_names_industries():
    chains = _found("在海洋工程、航空材料、高端装备等优势产业领域，滚动实施一批重大项目。", "chain")
    assert {"海洋工程", "航空材料", "高端装备"} <= chains, chains
    # 等…资源行业: the items are the resources, not industries.
    assert not _found("围绕废纸、废玻璃、废电池等再生资源行业，落实规范条件。", "chain")


def test_a_named_cluster_without_the_word_industry():
    chains = _found("打造世界一流的稀土永磁集群，建成肉牛种业集群，激活广大集群和同类集群活力。", "chain")
    assert {"稀土永磁集群", "肉牛种业集群"} <= chains, chains
    assert not {"激活广大集群", "广大集群", "同类集群"} & chains, chains


def test_zone_names_after_a_field_word_a_place_alone_and_education_zones():
    parks = _found("支持海洋装备领域国家新型工业化产业示范基地建设，推动绵阳产业园申报国家级园区，创建青岚智慧教育示范区，确保青岚新区建设按期完成。", "park")
    assert {"国家新型工业化产业示范基地", "绵阳产业园", "青岚智慧教育示范区", "青岚新区"} <= parks, parks
    assert not {"海洋装备领域国家新型工业化产业示范基地", "确保青岚新区"} & parks, parks


def test_generic_tool_and_service_words_are_no_technologies():
    found = _found("推广数字化工具、设计工具、检验检测、零部件等共性服务和激光熔覆设备。")
    assert not {"数字化工具", "设计工具", "检验检测", "零部件"} & found, found


def test_the_last_item_of_a_headless_list_that_ends_the_sentence_counts():
    found = _found("重点发展智能假肢控制器、康复机器人、即时检测试剂、可吸收缝合线和助听辅具。")
    assert {"康复机器人", "即时检测试剂", "可吸收缝合线", "助听辅具"} <= found, found
    # One that runs on into the sentence does not.
    assert "助听辅具推广" not in _found("重点发展康复机器人、即时检测试剂、助听辅具推广，提升服务。")


def test_a_focus_heading_that_opens_with_an_adverb_and_a_verb_is_an_action():
    text = "二、重点领域\n（一）全面提升产品质量\n推动质量提升。\n（二）电子与信息\n发展电子信息。\n"
    chains = _found(text, "chain")
    assert "全面提升产品质量" not in chains and "电子与信息" in chains, chains


def test_a_verb_phrase_that_is_part_of_a_zone_name_does_not_cut_it():
    parks = _found("建成长三角智能制造协同发展示范区，推动协同发展。", "park")
    assert "长三角智能制造协同发展示范区" in parks, parks


def test_a_zone_name_joined_by_yu_is_one_name():
    parks = _found("建设海洋牧场育种与产业化示范区，完善安置点和产业园区配套。", "park")
    assert "海洋牧场育种与产业化示范区" in parks, parks
    assert not {"安置点和产业园区", "产业园区"} & parks, parks


def test_a_zone_type_named_after_industry_integration_is_a_zone():
    parks = _found("培育产业集群和产业融合示范区，建设产业化基地。", "park")
    assert "产业融合示范区" in parks and "产业化基地" not in parks, parks


def test_cultural_tourist_and_financial_products_are_no_technologies():
    found = _found("开发古村落民宿、民俗节庆、手工扎染等文化和旅游产品，推出科技贷、知识产权质押等金融产品。")
    assert not {"古村落民宿", "民俗节庆", "手工扎染", "知识产权质押"} & found, found


def test_what_equipment_does_is_no_technology():
    assert not _found("提升分拣、码垛、包装等设备的智能化水平。")
    assert {"服务器", "交换机"} <= _found("部署服务器、交换机等设备。")


def test_a_lexicon_term_made_an_adjective_by_hua_is_no_mention():
    assert "氢能" not in _found("推动氢能化重卡研发。")
    assert "氢能" in _found("发展氢能，推动氢能重卡研发。")
    # Nor is a term extended by a hyphen (5G-A is its own generation).
    assert "5G" not in _found("推进5G-A网络部署。")


def test_the_places_of_a_list_of_zones_are_no_industries_or_technologies():
    text = "以西河科技城和东山、南湖、北岭•固原等高新技术产业开发区为载体，发展电子信息产业。"
    assert _found(text, "chain") == {"电子信息产业"} and _found(text, "technology") == set()


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("对服务业进行评价，把握科技服务业发展动态。", "chain", {"科技服务业"}),
        ("增强东山新区内生发展动力，建立连接东山新区与西河的交通网络。", "park", {"东山新区"}),
    ],
)
def test_a_verb_before_a_name_is_no_part_of_it(text, kind, expected):
    assert _found(text, kind) == expected


@pytest.mark.parametrize(
    "text",
    ["加快知识产权质押、专利权等产品研发。", "按要求提交项目任务书、年度报告等材料。"],
)
def test_rights_pledges_insurance_and_documents_are_no_technologies(text):
    assert _found(text) == set()


def test_devices_before_a_device_head_are_items_not_attributes():
    # 温度、压力 describe the 变送器 the head names; 温度计、压力表 are devices of their own.
    assert _found("推广温度计、压力表等智能仪表。") == {"温度计", "压力表"}
    assert _found("温度、压力等智能变送器。") == {"智能变送器"}


def test_zhong_that_opens_a_word_does_not_end_a_lists_head():
    # 数据中心设备: 中 of 中心 is no preposition; the head names devices.
    assert _found("发展服务器、交换机、高低压柜等数据中心设备。") >= {"服务器", "交换机", "高低压柜"}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("推动12大主导产业和十二类精深加工产业链延链补链。", {"12大主导产业", "十二类精深加工产业链"}),
        ("对科技服务业进行评价，定期发布科技服务业发展动态和趋势。", {"定期发布科技服务业"}),
    ],
)
def test_counts_of_classes_and_verbs_before_an_industry_are_no_chains(text, absent):
    assert not (_found(text, "chain") & absent)


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # Places, organisations or zones before a verb inside a list are its subjects: the names start after it.
        ("南昌、九江瞄准通信设备与系统、新型显示器件、光学镜头等产品，打造产业集群。", "technology", {"通信设备与系统", "新型显示器件", "光学镜头"}),
        ("依托东山电科13所、54所推动车载光学系统、车载雷达系统、高精度定位终端等产品研发。", "technology", {"车载光学系统", "车载雷达系统", "高精度定位终端"}),
        ("支持企业进驻国家级、省级经济技术开发区发展医疗健康、社区服务等服务业。", "chain", {"医疗健康", "社区服务"}),
    ],
)
def test_a_subject_and_its_verb_inside_a_list_start_the_names_after_the_verb(text, kind, expected):
    assert _found(text, kind) == expected


@pytest.mark.parametrize(
    ("text", "kind", "absent"),
    [
        # Certificates a list of papers names are documents, not materials.
        ("全面清理取消学历证明、居住证明、婚育证明等无谓证明材料。", "technology", {"学历证明", "居住证明", "婚育证明"}),
        # 5G+ is the first half of a compound (5G+智慧教育), no technology of its own.
        ("支持5G+、人工智能、区块链等新技术应用示范。", "technology", {"5G+"}),
        # A rank opens a programme's or a class's name (国家高新技术企业), never a technology's.
        ("在高新区和国家高新技术产业化基地、省级高新技术研究平台等设立服务机构，推广智能装备、工业机器人等技术。", "technology", {"国家高新技术", "省级高新技术"}),
        # Modifiers alone name nothing (新型、车载及可穿戴等显示终端 names the displays).
        ("引进车载、可穿戴、新型等显示终端。", "technology", {"车载", "新型"}),
        # A category (成果转化类…) or a class written for two kinds of zone (经济（技术）开发区) is no park.
        ("建设一批成果转化类国家科技创新基地，支持各类经济（技术）开发区提质升级。", "park", {"成果转化类国家科技创新基地", "经济（技术）开发区"}),
    ],
)
def test_documents_compound_halves_ranks_modifiers_and_categories_are_no_mentions(text, kind, absent):
    assert not (_found(text, kind) & absent)


def test_a_verb_in_front_of_a_later_list_item_is_no_part_of_its_name():
    assert _found("加快补齐驱动芯片、偏光片等短板，布局微缩显示等前沿技术。", "technology") >= {"驱动芯片"}
    assert "补齐驱动芯片" not in _found("引进偏光片、补齐驱动芯片等关键材料和器件。", "technology")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The firms of the industries a list names (等七大优势行业规上企业): the items are industries still.
        ("重点推动机械、纺织、食品等七大优势行业规上企业上云。", {"纺织", "食品"}),
        ("支持纺织、食品等行业企业开展改造。", {"纺织", "食品"}),
        # What an industry's name is followed by: its size, strength or output (产业规模, 产业优势, 产业产值).
        ("对于集成电路产业优势明显的城市，给予支持。", {"集成电路产业"}),
        ("全市软件产业产值突破100亿元，动漫产业规模超过10亿元。", {"软件产业", "动漫产业"}),
    ],
)
def test_industries_followed_by_their_firms_size_or_strength(text, expected):
    assert _found(text, "chain") >= expected


def test_a_bare_core_industry_is_no_chain():
    assert "核心产业" not in _found("培育壮大核心产业，规模超过50亿元。", "chain")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Verbs before a zone word are no part of its name; 及时 is a word, not 及 joining two names.
        ("综合考虑试验区建设的总体布局。", set()),
        ("及时宣传试验区建设工作取得的新进展。", set()),
        ("进一步明确东山人工智能创新发展试验区的建设任务。", {"东山人工智能创新发展试验区"}),
        # A base for the training of professionals is no park.
        ("建设区域性、行业性专业技术人员继续教育基地。", set()),
    ],
)
def test_verbs_and_training_bases_around_zone_words(text, expected):
    assert _found(text, "park") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # What a class of systems serves is no technology; acronyms before it are systems.
        ("建设交通诱导、出行信息服务、公共交通、综合客运枢纽等智能系统。", set()),
        ("推广ERP、MES、PLM等管理系统。", {"ERP", "MES", "PLM"}),
        # Financial instruments are no products of technology.
        ("探索对发行企业债券、信托计划、中期票据等直接融资产品的企业给予补贴。", set()),
        # 叠加 is a verb; 以太网 holds 以 as a word of its own; 网络 alone is generic.
        ("鼓励企业基于云架构，叠加物联网、大数据、人工智能等技术。", {"物联网", "大数据", "人工智能"}),
        ("推广工业以太网、工业无源光网络等网络技术。", {"工业以太网", "工业无源光网络"}),
    ],
)
def test_systems_served_instruments_verbs_and_words_holding_boundaries(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Storage, computing and network services of a cloud are technologies; what a firm uses them for is not.
        ("推动企业使用云平台的块存储、对象存储等云存储服务。", {"块存储", "对象存储"}),
        ("使用虚拟专有云、虚拟专有网络、负载均衡等网络服务。", {"虚拟专有云", "虚拟专有网络", "负载均衡"}),
        ("推动企业使用人力资源管理、行政管理、财务管理等云服务。", set()),
        ("提供家政、养老等生活服务。", set()),
        # 企业 before a list of devices is the subject, not part of the first device's name.
        ("推动企业柴油发动机、大中型电机、大型空压机等通用动力设备上云。", {"柴油发动机", "大中型电机", "大型空压机"}),
    ],
)
def test_cloud_services_and_devices_a_firm_puts_on_the_cloud(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A system whose building a verb calls for is a technology; 增强 inside a name (地基增强系统) is no verb.
        ("推进北斗导航卫星地基增强系统建设。", {"北斗导航卫星地基增强系统"}),
        ("推广碳纤维增强材料等新材料。", {"碳纤维增强材料"}),
        ("增强企业创新能力。", set()),
    ],
)
def test_an_object_system_built_and_zengqiang_inside_a_name(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The sectors a plan supports or invests in are industries; where something is used is no industry.
        ("重点支持高端装备、电器电子、医疗器械、食品饮料等领域，以工业设计提升产品品质。", {"高端装备", "电器电子", "医疗器械", "食品饮料"}),
        ("引导社会资本加大健康、养老、托育等重点领域投入力度。", {"健康", "养老", "托育"}),
        ("在交通、医疗、教育等领域推广应用。", set()),
        # 支持 before the subjects of another verb (支持高校…围绕A、B) does not govern the list.
        ("支持高校、科研院所和企业重点围绕电子信息、软件、大数据等领域，整合人才。", set()),
    ],
)
def test_sectors_a_plan_supports_or_invests_in_are_industries(text, expected):
    assert _found(text, "chain") == expected


def test_the_last_noun_of_a_lists_head_names_its_kind():
    # 等高耗能流程行业设备: devices of those industries, not industries.
    text = "推动工业窑炉、工业锅炉、石油化工设备等高耗能流程行业设备上云。"
    assert _found(text) == {"工业窑炉", "工业锅炉", "石油化工设备"} and _found(text, "chain") == set()
    assert _found("发展钢铁、石化等行业。", "chain") == {"钢铁", "石化"}


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # A count is no list closer before firms (时限5个特困行业企业): the words before it are a heading.
        ("二、延长缓缴社会保险费补缴时限5个特困行业企业、17个缓缴扩围行业所属困难企业、中小企业，可延长。", "chain", set()),
        ("进一步破除制约制造服务业发展的隐性壁垒。", "chain", {"制造服务业"}),
        ("鼓励企业进行免疫细胞治疗、单抗药物、基因治疗等新技术研究。", "technology", {"免疫细胞治疗", "单抗药物", "基因治疗"}),
        ("我国工业互联网核心产业规模超过1万亿元。", "chain", {"工业互联网核心产业"}),
        ("把握物联网背景下物流产业发展规律。", "chain", {"物流产业"}),
        # 年金 and 年度 are words: 年 in them is no date's end.
        ("推动年金管理信息系统建设。", "technology", {"年金管理信息系统"}),
        # Supporting papers are documents, not materials.
        ("提交应用单位佐证材料、检测报告等。", "technology", set()),
    ],
)
def test_verbs_words_and_papers_seen_on_the_real_collection(text, kind, expected):
    assert _found(text, kind) == expected


@pytest.mark.parametrize(
    ("text", "kind", "absent"),
    [
        ("各地要及时总结开发区建设经验。", "park", {"地要及时总结开发区", "总结开发区"}),
        ("扩大生态旅游规模。", "chain", {"扩大生态旅游"}),
        ("支持劳动密集型加工制造企业、科研院所等发展。", "chain", {"劳动密集型加工制造企业", "科研院所"}),
        ("建设一批成果转化类国家科技创新基地。", "park", {"类国家科技创新基地"}),
    ],
)
def test_verbs_firms_institutes_and_a_category_mark_are_no_part_of_names(text, kind, absent):
    assert not (_found(text, kind) & absent)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Recognition, computing, encryption, sensing, gateways, firewalls, middleware and databases are technologies.
        ("形成语音识别、图像识别、人脸识别等智能服务能力。", {"语音识别", "图像识别", "人脸识别"}),
        ("提供弹性计算、云数据库、中间件等能力。", {"弹性计算", "云数据库", "中间件"}),
        # A bare word of that kind is what a device does, not a technology (提升拣选、传送、识别等设备).
        ("提升物品拣选、传送、识别等设备的效率。", set()),
    ],
)
def test_it_item_suffixes_and_what_devices_do(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text", ["由管委会提交认定申请材料、验收申请书等。", "支持发行“双创”、绿色等债券产品。", "精简申报、提出需求等系统。"])
def test_applications_needs_and_quoted_labels_are_no_technologies(text):
    assert not {t for t in _found(text) if any(w in t for w in ("申请", "申报", "需求", "“"))}


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # A chemical park named with its place is a park; one named by a quality only (智慧化工园区) is a class.
        ("重点推进九江临港化工园区建设智慧化工园区。", "park", {"九江临港化工园区"}),
        # A heading's number (二、) is no first item of a list.
        ("二、关于把粮食加工转化行业做成一个大产业的建议。", "chain", set()),
        ("三、发展钢铁、石化等行业。", "chain", {"钢铁", "石化"}),
        # Inside a park (园区内), alike industries (相近产业) and verbs (依据, 培植) name no industry.
        ("园区内产业链协同、能源综合利用水平得到提升。", "chain", set()),
        ("对跨区域相同或相近产业，合理布局。", "chain", set()),
        ("依据主导产业确定方向，培植主导特色产业。", "chain", set()),
    ],
)
def test_chemical_parks_heading_numbers_and_words_around_industries(text, kind, expected):
    assert _found(text, kind) == expected


@pytest.mark.parametrize(
    ("text", "kind", "absent"),
    [
        # Where something goes (向…) is no name; institutes, organisations and records are no technologies.
        ("推动传统产业向微笑曲线两端延伸、向中高端跃升、向整机等终端产品进军。", "technology", {"向中高端跃升", "向整机"}),
        ("支持科研机构、行业组织、企业等开展智能装备研发。", "technology", {"科研机构", "行业组织"}),
        ("随着互联网、大数据等技术发展，加强保障。", "technology", {"随着互联网"}),
    ],
)
def test_directions_organisations_and_records_are_no_technologies(text, kind, absent):
    assert not (_found(text, kind) & absent)


def test_a_sector_named_by_a_verb_stays_an_industry():
    assert _found("引导社会资本加大教育、培训、养老等重点领域投入力度。", "chain") >= {"培训"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # What a text says to fit (配置, 配备, 安装, 部署) is a device; a machine (…机) is one too, an occasion (契机) not.
        ("电站应配置视频监控设备、自动清污机等。", {"视频监控设备", "自动清污机"}),
        ("抓住发展契机、时机等。", set()),
        ("机房应配备专用设备。", set()),
        # Two short modifiers of one head (渗流和位移监测设备) are one name as written; a name before 和 is its own.
        ("大坝宜配置渗流和位移监测设备。", {"渗流和位移监测设备"}),
        ("推动研发芯片和操作系统。", {"操作系统"}),
    ],
)
def test_devices_a_text_says_to_fit(text, expected):
    assert _found(text) == expected


def test_necessary_other_and_joined_leftovers_are_no_technologies():
    assert _found("配备必要设备和其他电子设备。") <= {"电子设备"}
    assert not {t for t in _found("推动研发关键材料和关键核心技术装备，编写程序。") if t.startswith("和") or t == "程序"}


def test_a_policy_category_of_industries_is_a_chain_a_generic_industry_word_is_not():
    chains = _found("发展新材料等战略性新兴产业，改造提升钢铁、建材等传统产业，加快现代服务业发展，统筹重点产业和特色产业。", "chain")
    assert {"战略性新兴产业", "传统产业", "现代服务业", "钢铁", "建材"} <= chains
    assert not {"重点产业", "特色产业", "产业"} & chains
    # 新兴 opens names elsewhere (新兴产业 is generic); inside the category it cuts nothing.
    assert "战略性新兴产业" in _found("结合支持战略性新兴产业发展。", "chain")
    assert "新兴产业" not in _found("培育一批新兴产业。", "chain")


def test_well_known_network_and_computing_terms_are_technologies():
    techs = _found("推广车联网和自动驾驶应用，部署防火墙、中间件等安全软件，发展移动互联网。")
    assert {"车联网", "自动驾驶", "防火墙", "中间件", "移动互联网"} <= techs
    techs = _found("推进分布式光伏和光热发电，建设特高压通道与充电站，发展海水淡化。")
    assert {"分布式光伏", "光热发电", "特高压", "充电站", "海水淡化"} <= techs


def test_our_district_or_this_city_before_a_chain_only_says_where():
    assert _found("推动我区集成电路产业发展，做强本市生物医药产业集群。", "chain") == {"集成电路产业", "生物医药产业集群"}


def test_a_name_ends_before_the_verb_it_is_subject_of():
    assert "电子信息产业" in _found("电子信息产业是我省的支柱产业。", "chain")
    assert "新能源汽车产业" in _found("推动新能源汽车产业做大做强。", "chain")
    assert "新材料产业" in _found("新材料产业加快发展。", "chain")


def test_a_list_headed_by_an_industrial_domain_names_sectors():
    # 等…化工领域 / 等…制造领域: the domain is an industry, so its items are sectors; a bare 等领域 after
    # nothing that says so stays a list of fields of use.
    assert _found("在染料、橡胶助剂、农药中间体等精细化工领域推进智能工厂建设。", "chain") == {"染料", "橡胶助剂", "农药中间体"}
    assert {"纺织", "家具"} <= _found("在纺织、家具等传统制造领域推进智能工厂建设。", "chain")
    # Where a technology is applied (推广应用机器人) they are places of use, not industries developed.
    assert not _found("在纺织、家具等传统制造领域推广应用机器人。", "chain")
    assert not _found("在交通、医疗等领域推广北斗导航。", "chain")


def test_a_run_of_numbered_short_names_is_a_list_typed_by_its_items():
    text = "第三条支持范围。1.海洋装备。2.智能农机装备。3.数控机床装备和工业机器人。4.专用传感器。5.大型工程机械。"
    techs = _found(text)
    # An untyped item (大型工程机械) takes the list's kind; two typed names joined by 和 are two.
    assert {"海洋装备", "智能农机装备", "数控机床装备", "工业机器人", "专用传感器", "大型工程机械"} <= techs
    assert "数控机床装备和工业机器人" not in techs
    # Items that are clauses or actions name nothing.
    assert not _found("第五条申报条件。1.产品技术先进。2.加强质量管理。3.拥有自主品牌。")


def test_a_preposition_after_the_industry_noun_belongs_to_the_next_clause():
    chains = _found("支持纺织、陶瓷、五金等行业龙头企业率先在供应链中应用标识解析。", "chain")
    assert {"纺织", "陶瓷", "五金"} <= chains


def test_a_head_that_opens_with_another_kind_of_noun_names_no_industries():
    # 等方式 (ways), whatever industry word follows in the clause; 等制造领域 bare after parts: the parts.
    assert not _found("通过联合、兼并、重组等方式提高产业集中度。", "chain")
    assert not _found("提升刹车片、滤清器等制造领域的数字化水平。", "chain")


def test_a_list_closed_by_a_kind_of_zone_names_zones_by_place_and_industry():
    assert _found("推动东光云计算、吴桥数字经济等产业基地建设。", "park") == {"东光云计算", "吴桥数字经济"}
    # Plain places name where the zones are.
    assert not _found("支持保定、承德、沧州等高新技术产业开发区发展。", "park")


def test_numbered_items_that_end_in_a_product_head_are_technologies():
    text = "（二）拓展产品供给。1.健康监测类智能产品。2.康复训练类智能设备。3.家庭陪护机器人。"
    assert {"健康监测类智能产品", "康复训练类智能设备", "家庭陪护机器人"} <= _found(text)


def test_list_items_before_a_clause_with_de_describe_the_first_name():
    techs = _found("鼓励发展能为护理员减负、提高护理效率的移位机器人、智能护理床等智能设备。")
    assert {"移位机器人", "智能护理床"} <= techs and not any("的" in t or "减负" in t for t in techs)
    # A name that says what it is based on keeps its 的.
    assert "基于大数据的流程管控" in _found("突破洁净钢冶炼、高效轧制、基于大数据的流程管控、低碳冶金等关键共性技术。")


def test_ji_joins_two_technologies_only_after_a_named_one():
    techs = _found("推动功率芯片、温度传感器及嵌入式操作系统等底层技术攻关。")
    assert {"温度传感器", "嵌入式操作系统"} <= techs
    assert "半导体及微电子封装用复合材料" in _found("发展碳纤维、半导体及微电子封装用复合材料等前沿新材料。")


def test_a_category_named_on_its_own_is_a_chain_not_inside_other_names():
    chains = _found("推动制造业高质量发展，加快发展先进制造业，建设先进制造业集群和制造业创新中心。", "chain")
    assert {"制造业", "先进制造业"} <= chains
    assert not _found("依托某某制造业创新中心和《某某制造业发展规划》开展工作。", "chain")


def test_business_forms_named_on_their_own_are_chains():
    chains = _found("大力发展数字经济和跨境电子商务，构建直播电商、社交电商等新型营销网络，发展冷链物流。", "chain")
    assert {"数字经济", "跨境电子商务", "直播电商", "社交电商", "冷链物流"} <= chains
    # A zone list item that holds one is a zone still.
    assert "东光数字经济" in _found("推动东光数字经济、吴桥大数据等产业基地建设。", "park")


def test_a_latin_gloss_after_a_technology_is_no_part_of_it():
    techs = _found("推广IPv6分段路由（SRv6）、工业无源光网络（PON）等新型网络技术。")
    assert {"IPv6分段路由", "工业无源光网络"} <= techs and not any("（" in t for t in techs)


def test_items_that_are_kinds_of_the_head_give_the_head():
    techs = _found("加强助行训练型、感知代偿型等智能辅具类产品的设计与研发。")
    assert "智能辅具类产品" in techs and not {"助行训练型", "感知代偿型"} & techs


def test_words_that_hold_a_preposition_are_not_cut_there():
    techs = _found("夯实基础，行为监测、生理检测等一批关键技术的集成创新能力大幅增强。")
    assert "行为监测" in techs and "监测" not in techs


def test_tool_and_device_heads_type_a_list_and_an_evaluative_de_does_not_hide_them():
    assert {"配方建模", "性能仿真"} <= _found("推广配方建模、性能仿真等数字化设计工具。")
    assert {"在线称重", "视觉分拣"} <= _found("推广在线称重、视觉分拣等先进的自动化装置。")
    # Tools of finance name no technologies.
    assert not _found("发行短期融资券、可转债等债务融资工具。")


def test_a_latin_gloss_between_an_object_and_its_follower():
    assert "仓储管理系统" in _found("加快仓储管理系统（WMS）建设。")


def test_verbs_before_an_industry_and_computing_clusters_are_no_chains():
    chains = _found("抢抓人工智能产业发展机遇，坚持产业协同，建设大规模计算集群。", "chain")
    assert "人工智能产业" in chains and not {"抢抓人工智能产业", "坚持产业", "大规模计算集群"} & chains


def test_standards_under_a_focus_heading_are_no_industries():
    text = "三、重点方向\n（一）基础共性标准\n规范术语。\n（二）智能网联汽车\n发展整车。\n"
    chains = _found(text, "chain")
    assert "基础共性标准" not in chains and "智能网联汽车" in chains


def test_energy_and_recycling_bases_economic_zones_and_demonstration_parks_are_parks():
    parks = _found("建设坝下风电基地和资源循环利用基地，打造东山临空经济区和国家农村产业融合发展示范园。", "park")
    assert {"坝下风电基地", "资源循环利用基地", "东山临空经济区", "国家农村产业融合发展示范园"} <= parks
    # A standards base and a trial class of zones are none; 综合利用 before a thing is a verb.
    assert not _found("建设国家技术标准创新基地，支持试点高新区。", "park")
    assert "电子标签" in _found("综合利用电子标签、RFID等技术。")


def test_an_attribute_of_a_technology_noun_after_a_list_types_it_by_that_noun():
    techs = _found("提升导电浆料、光伏背板、封装胶膜等关键光伏材料高端产业化能力。")
    assert {"导电浆料", "光伏背板", "封装胶膜"} <= techs
    # Another kind of word heading the phrase (活动) keeps the items untyped.
    assert not {"视频教学", "体验学习"} & _found("开展视频教学、体验学习等智能技术应用培训活动。")


def test_norm_setting_verbs_are_cut_before_a_technology():
    assert "人工智能加速板卡" in _found("规范人工智能加速板卡、智能芯片等硬件的技术要求。")


def test_a_technology_head_ends_at_a_conjunction_before_an_industry():
    text = "推动互联网、大数据、云计算等新一代信息技术和制造业深度融合。"
    assert {"互联网", "大数据", "云计算"} <= _found(text)
    assert not {"互联网", "大数据"} & _found(text, "chain")
    # An industry head joined to another industry stays an industry list.
    assert {"钢铁", "化工"} <= _found("推动钢铁、化工等传统产业和新兴产业发展。", "chain")


def test_a_first_item_joined_by_ji_holds_two_names_and_a_generic_half_is_none():
    techs = _found("发展碳化硅衬底及器件、氮化镓外延片等产品。")
    assert {"碳化硅衬底", "氮化镓外延片"} <= techs and "器件" not in techs
    # 及 inside a verb (普及) is no joiner: the verb is cut.
    techs = _found("全面普及烧结烟气循环、余热回收等技术。")
    assert "烧结烟气循环" in techs and "全面普及烧结烟气循环" not in techs


def test_properties_and_kinds_of_zone_in_a_technology_list_are_no_technologies():
    assert not {"公平性", "可解释性"} & _found("规范算法的公平性、可解释性、鲁棒性等技术要求。")
    assert not {"高新区", "经开区"} & _found("支持高新区、经开区等载体应用光伏技术。")


def test_device_and_material_words_type_a_list_with_no_head():
    techs = _found("重点发展高速驱动器、跨阻抗放大器、电子浆料。")
    assert {"高速驱动器", "跨阻抗放大器", "电子浆料"} <= techs


def test_a_list_of_bodies_names_no_technologies_whatever_they_do():
    found = _found("请科技部、建设部和环保总局认真研究。") | _found("请科技部、建设部和环保总局认真研究。", "chain")
    assert not {"建设部", "环保总局认真", "科技部"} & found


def test_verbs_of_speed_renewal_and_choice_open_an_industry_name():
    chains = _found("加速医药产业集聚发展，改造升级传统产业，选择石油、钢铁等行业试点。", "chain")
    assert {"医药产业", "传统产业", "石油", "钢铁"} <= chains
    assert not {"加速医药产业", "改造升级传统产业", "选择石油"} & chains
    # The same characters inside a word are no verb.
    assert {"选择性透过膜", "人工智能加速板卡"} <= _found("研发选择性透过膜、人工智能加速板卡等产品。")
    assert "单一产业" not in _found("由单一产业领域向多领域扩展。", "chain")


def test_sectors_in_a_list_of_industries_are_industries_but_no_technologies():
    chains = _found("推动金融、物流等生产性服务业和商贸、文旅等生活性服务业数字化转型。", "chain")
    assert {"金融", "物流", "商贸", "文旅", "生产性服务业"} <= chains
    assert not {"金融", "物流"} & _found("推广工业、农业、金融、物流等领域的智能终端。")


def test_a_process_word_after_an_industry_ends_its_name():
    assert "制造业" in _found("推动制造业智能化改造。", "chain")
    assert "生活性服务业" in _found("推动生活性服务业数字化转型。", "chain")


def test_business_forms_are_chains_and_a_category_named_as_its_cluster_is_named_once():
    assert {"分享经济", "银发经济"} <= _found("发展分享经济，壮大银发经济。", "chain")
    chains = _found("发展低空经济，打造低空经济产业集群。", "chain")
    assert "低空经济产业集群" in chains and "低空经济" not in chains


def test_short_sectors_share_the_industry_noun_of_the_last_item():
    chains = _found("推动冶金、建材、化工、轻工行业和甲市、乙市等地开展试点。", "chain")
    assert {"冶金", "建材", "化工", "轻工行业"} <= chains
    # A rank word before the noun names no sector.
    assert not {"区域", "重点行业"} & _found("聚焦重点区域、重点群体、重点行业。", "chain")


def test_a_list_closed_by_industry_fields_names_industries():
    chains = _found("推动地理信息与汽车、信息通信、电子、交通运输等行业领域协同发展。", "chain")
    assert {"汽车", "信息通信", "电子", "交通运输"} <= chains


def test_industrial_areas_and_clustering_zones_are_parks_but_quality_words_name_none():
    parks = _found("建设承德双滦钒钛冶金产业聚集区，支持曹妃甸工业区和沧州临港工业园区发展。", "park")
    assert {"承德双滦钒钛冶金产业聚集区", "曹妃甸工业区", "沧州临港工业园区"} <= parks
    assert not _found("打造高质量产业聚集区，建设高水平产业园区，推动人口聚集区建设。", "park")


def test_terms_glossed_by_acronyms_make_a_technology_list():
    techs = _found("支持企业加快计算机辅助（CAX）、过程控制（PCS）、制造执行（MES）等应用的综合集成。")
    assert {"计算机辅助", "过程控制", "制造执行"} <= techs


def test_a_use_technology_compound_keeps_its_verb():
    assert {"中药残渣综合利用技术", "低浓度瓦斯利用技术"} <= _found("推广中药残渣综合利用技术，研发低浓度瓦斯利用技术。")
    assert not _found("推动企业利用技术改造提升水平。")


def test_broad_technology_classes_and_activities_are_no_technologies():
    found = _found("推动高新技术产业化，加强工业技术、医学技术研究，推进技术、工艺、装备、软件和管理创新。")
    assert not {"高新技术", "工业技术", "医学技术", "管理"} & found


def test_material_words_type_a_list_with_no_head():
    techs = _found("重点发展再生高温合金、再生钛合金、环氧树脂、碳纤维、特种陶瓷。")
    assert {"再生高温合金", "再生钛合金", "环氧树脂", "特种陶瓷"} <= techs


def test_contracts_counts_activities_and_a_cut_class_word_are_no_technologies():
    found = _found("签订合作开发合同、委托开发协议书等材料，支持各类药物和适应症二次开发，建设一批、试验、维护等设备。")
    assert not {"合作开发合同", "委托开发协议书", "类药物", "症二次开发", "一批", "试验", "维护"} & found
    assert "类脑芯片" in _found("研发类脑芯片、神经网络芯片等产品。")


def test_verbs_of_planning_and_attention_open_an_industry_name():
    chains = _found("高度重视体育用品产业，顺应全球纺织产业发展，推介机器人产业集群，安排应急产业发展，催生新能源产业。", "chain")
    assert {"体育用品产业", "机器人产业集群", "应急产业", "新能源产业"} <= chains
    assert not {c for c in chains if c.startswith(("重视", "顺应", "推介", "安排", "催生", "高度"))}
    # 转化 is no verb inside a zone's name.
    assert "京南国家科技成果转移转化示范区" in _found("建设京南国家科技成果转移转化示范区。", "park")


def test_a_headless_list_of_specific_equipment_names_technologies():
    techs = _found("重点发展移动式医疗垃圾快速处理装备、禽类病原体无害化快速处理装备、有害有毒液体快速处理技术装备；加强管理。")
    assert {"移动式医疗垃圾快速处理装备", "禽类病原体无害化快速处理装备", "有害有毒液体快速处理技术装备"} <= techs
    # Short qualifiers before a category word name policy categories.
    assert not _found("落实首台（套）装备、首批次材料、首版次软件政策。")
    # A list closed by 等 earlier in the clause does not hide a headless list after it.
    techs = _found("发展防护服、口罩等防护产品及其关键原辅材料、数字化消防单兵装备、燃爆防控技术装备、矿山井下紧急避险装备；灭火毯。")
    assert {"数字化消防单兵装备", "燃爆防控技术装备", "矿山井下紧急避险装备"} <= techs


def test_kinds_of_manufacturing_listed_as_categories_are_industries_whole_or_split_by_their_own_head():
    chains = _found("体育用品产业涵盖体育用品及器材制造、体育相关用品和设备制造等门类。", "chain")
    assert {"体育用品及器材制造", "体育相关用品和设备制造"} <= chains
    chains = _found("发展休闲农业和乡村旅游、民族风情旅游等产业。", "chain")
    assert {"休闲农业", "乡村旅游", "民族风情旅游"} <= chains and "休闲农业和乡村旅游" not in chains
    # A date before a name is none of it; 本地 places a name without naming a place.
    assert _found("2021年3月19日河北省应急产业大会召开，发展本地应急产业。", "chain") == {"应急产业"}


def test_a_bullet_between_two_place_names_is_part_of_a_zones_name():
    parks = _found("建设河北•京南国家科技成果转移转化示范区和北京・沧州渤海新区生物医药产业园。", "park")
    assert {"河北•京南国家科技成果转移转化示范区", "北京・沧州渤海新区生物医药产业园"} <= parks


def test_branch_parks_science_parks_and_named_agricultural_parks_but_not_their_class():
    parks = _found("建设中关村海淀园秦皇岛分园、固安肽谷生命科学园和河北涿州国家农业科技园区。", "park")
    assert {"中关村海淀园秦皇岛分园", "固安肽谷生命科学园", "河北涿州国家农业科技园区"} <= parks
    assert not _found("创建国家农业科技园区，推动科技园区建设。", "park")


def test_development_zones_in_their_generic_sense_are_no_parks():
    text = ("依照法定程序下放给开发区，全面反映开发区的开发程度，加强新形势下开发区的改革，激发新时期开发区的活力，"
            "逐步理顺开发区与乡镇的关系，推进海绵型开发区建设，经济开发区、高新技术产业园区等要依法管理。")
    assert not _found(text, "park")
    assert "国家新型工业化产业示范基地" in _found("创建国家新型工业化产业示范基地。", "park")


def test_industries_a_technology_is_applied_in_are_no_chains_and_a_list_word_ends_no_name():
    assert not _found("鼓励在制造、农业、金融、商务等重点行业深入挖掘人工智能技术应用场景。", "chain")
    assert {"钢铁", "化工"} <= _found("在钢铁、化工等行业培育龙头企业。", "chain")
    chains = _found("聚焦钢铁、建材、机械、轻工等行业，实施改造。", "chain")
    assert "轻工" in chains and "轻工等行业" not in chains
    assert not _found("第十一条各级旅游、文物行政主管部门应当宣传。", "chain")


def test_materials_equipment_and_storage_in_an_industry_list_are_technologies_but_not_in_a_list_of_chains():
    text = "推动电化学储能、压缩空气储能、飞轮储能等储能产业和先进金属材料、碳基新材料等新材料产业发展。"
    assert {"电化学储能", "压缩空气储能", "飞轮储能", "先进金属材料", "碳基新材料"} <= _found(text)
    assert {"先进钢铁材料", "现代中药"} <= _found("培育先进钢铁材料、现代中药等33条重点产业链。", "chain")


def test_pumps_and_furnaces_type_list_items():
    techs = _found("开展高温热泵、大功率电热储能锅炉、低温吸收式制冷机等电能替代。")
    assert {"高温热泵", "大功率电热储能锅炉", "低温吸收式制冷机"} <= techs


def test_named_human_resources_parks_are_parks_and_research_kinds_no_technologies():
    parks = _found("建设中国石家庄人力资源服务产业园，推动人力资源服务产业园建设。", "park")
    assert parks == {"中国石家庄人力资源服务产业园"}
    assert not {"基础研究", "应用研究", "智能技术"} & _found("加强基础研究、应用研究和智能技术攻关。")
    chains = _found("规划人力资源服务业，挖掘当地特色产业，发展新时代河北人力资源服务业。", "chain")
    assert not {c for c in chains if c.startswith(("规划", "挖掘", "新时代", "当地"))}


def test_a_technology_word_after_qualifiers_only_names_a_class_of_technologies():
    techs = _found("研究推广专用检测技术和绿色低碳技术，提供大型设备、科研仪器设备，推动数据新技术研发。")
    assert not {"专用检测技术", "绿色低碳技术", "大型设备", "科研仪器设备", "数据新技术"} & techs
    # A qualifier in front of a named technology leaves the name standing.
    assert "低碳水泥生产技术" in _found("推广高固废掺量的低碳水泥生产技术。") | _found("推广低碳水泥生产技术。")
    assert "尾矿再选技术" in _found("研发尾矿再选技术，提高尾矿有价金属回收率。")


def test_a_chain_starts_after_a_sector_word_or_a_verb_of_sorting_and_a_rank_word_alone_names_none():
    chains = _found("推动农机、家电等领域再制造产业发展，培育深耕垂直产业的平台，梳理拟转出产业清单。", "chain")
    assert "再制造产业" in chains
    assert not {c for c in chains if c.startswith(("领域", "深耕", "梳理"))}
    assert not _found("打造完整产业链，壮大重大产业和新型产业集群。", "chain")
    assert "光伏产业链" in _found("打造完整的光伏产业链。", "chain")


def test_sectors_a_technology_is_applied_to_and_organisations_in_a_list_are_no_chains():
    assert not _found("人工智能应用于金融、能源、电信等传统行业。", "chain")
    assert not _found("支持产业联盟、行业协会等行业组织发展壮大。", "chain")
    assert {"金融", "能源"} <= _found("大力发展金融、能源等重点产业。", "chain")


def test_verbs_of_administration_cut_a_park_and_a_regions_rank_of_a_zone_names_a_class():
    parks = _found("负责协办农业科技园区的申报，承办某某农业科技园区的评审，撤销某某省级农业科技园区资格。", "park")
    assert not {p for p in parks if p.startswith(("协办", "承办", "撤销"))}
    assert not _found("本办法所称农业科技园区，是指河北省省级农业科技园区。", "park")
    assert {"石家庄市高新区", "河北某某省级农业科技园区"} <= _found("建设石家庄市高新区和河北某某省级农业科技园区。", "park")


def test_a_chain_name_ends_before_an_adverb_or_a_verb_no_industry_name_holds():
    assert "文化产业" in _found("推动文化事业和文化产业更好更快发展。", "chain")
    assert "人工智能产业链" in _found("人工智能产业链呈现全球化分工格局。", "chain")
    # 融合 follows a class of industries in a policy phrase (农村一二三产业融合): no name ends there.
    assert not _found("推进农村一二三产业融合发展。", "chain")


def test_a_regional_class_of_industries_and_a_planned_transfer_name_no_chain():
    chains = _found("培育区域性特色产业，发展行政区域产业，梳理北京拟转出产业，深耕垂直产业。", "chain")
    assert not chains, chains
