"""Script normalisation keeps a map back to the original offsets."""

from graphbuild.normalise import normalise, to_simplified


def test_traditional_is_converted_and_offsets_are_identity():
    original = "重慶市經濟和信息化委員會印發《行動計劃》"
    n = normalise(original)
    assert n.script == "Hant"
    assert n.text == "重庆市经济和信息化委员会印发《行动计划》"
    assert n.to_original(0, 3) == (0, 3)
    assert n.original_slice(0, 3) == "重慶市"


def test_simplified_text_is_unchanged():
    n = normalise("深圳市发展和改革委员会")
    assert n.script == "Hans" and n.text == n.original and n.offsets is None


def test_length_changing_conversion_keeps_a_full_offset_map(monkeypatch):
    # OpenCC's t2s keeps lengths for real text; force a 2→1 conversion to exercise the map.
    import graphbuild.normalise.script as script

    real = script.to_simplified

    def fake(text: str) -> str:
        return real(text).replace("甲乙", "丙")

    monkeypatch.setattr(script, "to_simplified", fake)
    n = script.normalise("前文\n甲乙後文\n末")
    assert len(n.offsets) == len(n.text)
    i = n.text.index("后")
    assert n.original[n.to_original(i, i + 1)[0]] == "後"


def test_to_simplified_uses_phrase_conversion():
    assert to_simplified("於是") == "于是"


# A made-up plan as a PDF's text layer stores it: lines cut at the page width, a page number between
# two halves of a paragraph, headings and a dash-led item on lines of their own.
_WRAPPED = (
    "某某产业发展行动计划\n"
    "一、总体要求\n"
    "推动物联网、大数据、云计算、人工智能等新一代信息技术在健康及\n"
    "养老领域的集成创新和融合应用，提升健康养老产品及服务的智慧化\n"
    "水平。加强跨学科、跨领域合作，推动智能传感器、可穿戴设备等产\n"
    "2\n"
    "品的研发，丰富产品供给，打造一批示范企业和示范园区，形成完整\n"
    "的产业链条。\n"
    "——科技支撑能力显著增强。芯片、传感器及操作系统等底层技术进一\n"
    "步夯实，行为监测、生理检测、室内外高精度定位等关键技术的集成创\n"
    "新能力大幅增强。\n"
    "二、重点任务\n"
    "（一）推动新技术研发。发展适用于健康管理的智能化、微型化、高灵\n"
    "敏度生物传感技术，大容量、微型化电池技术和快速充电技术。\n"
)


def test_hard_wrapped_lines_are_joined_and_map_back_to_the_original():
    n = normalise(_WRAPPED)
    assert "健康及养老领域" in n.text and "可穿戴设备等产品的研发" in n.text and "高灵敏度生物传感技术" in n.text
    # Headings, the dash-led item and the end of a sentence still start lines; the page number went
    # with the break it stood in.
    assert "\n一、总体要求\n" in n.text and "\n——科技支撑能力" in n.text and "\n二、重点任务\n" in n.text
    assert "\n2\n" not in n.text
    a = n.text.index("可穿戴设备等产品")
    start, end = n.to_original(a, a + len("可穿戴设备等产品"))
    assert n.original[start:end] == "可穿戴设备等产\n2\n品"


def test_lines_of_a_paragraph_each_and_lists_of_short_lines_are_not_joined():
    crawl = "".join(f"第{k}条 某某单位应当按照本办法的规定做好第{k}项工作，确保各项措施落到实处并接受监督。\n" for k in range(1, 12))
    assert normalise(crawl).text == crawl
    names = "".join(f"某某市第{k}职业技术学校\n" for k in range(1, 20))
    assert normalise(names).text == names


def test_a_wrapped_text_with_many_short_lines_is_joined_but_a_table_of_short_lines_is_not():
    # A PDF's text layer: headings, a contents page and short item lines between its wrapped paragraphs.
    para = ("面向汽车、工程机械、轨道交通装备、航空航天装备、船舶与海洋工程装备、\n"
            "电力装备、医疗装备、家用电器、集成电路等行业，支持智能制造应用水平\n"
            "高、核心竞争优势突出、资源配置能力强的龙头企业建设供应链协同平台，\n"
            "打造数据互联互通、信息可信交互、生产深度协同、资源柔性配置的供应链\n"
            "体系，推动产业链上下游企业之间的数据贯通、资源共享和业务协同发展。\n")
    short = "".join(f"（{k}）某项标准\n" for k in range(1, 11))
    text = (para + short) * 12
    joined = normalise(text).text
    assert "船舶与海洋工程装备、电力装备" in joined and "（1）某项标准\n（2）" in joined
    table = "主  任：某某某　　某某部部长\n" + "".join(f"某某{k}　　某某委员会副主任兼秘书长\n" for k in range(1, 50))
    assert normalise(table).text == table
