"""Forms met in the held-out documents, each on a made-up sentence: the general rules, not those texts."""

import pytest

from graphbuild.extract.pipeline import extract


def _found(text: str, kind: str) -> set[str]:
    # The rules alone: the tagger beside them is measured on annotated sets (tests/test_tagger.py).
    return {m.text for m in extract(text, tagger=False).mentions if m.kind == kind}


def _assert_name(text: str, kind: str, expected: str, not_expected: str | None) -> None:
    found = _found(text, kind)
    assert expected in found
    assert not_expected is None or not_expected not in found


# Chains ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        # A verb such as 印发 ends what stands before a name.
        ("某市人民政府关于印发湖南省新材料产业发展计划的通知", "新材料产业", "印发湖南省新材料产业"),
        # An economic area in front of an industry is cut like a place name.
        ("积极融入京津冀集成电路产业协同发展。", "集成电路产业", "京津冀集成电路产业"),
        # A boundary word inside a longer word (电驱动) does not cut the name.
        ("加快打造电驱动系统产业集群。", "电驱动系统产业集群", "系统产业集群"),
        # …先进制造业集群 is a chain suffix.
        ("支持建设氢能装备先进制造业集群。", "氢能装备先进制造业集群", None),
    ],
)
def test_chain_boundaries(text, expected, not_expected):
    _assert_name(text, "chain", expected, not_expected)


@pytest.mark.parametrize(
    ("text", "not_expected"),
    [
        # Regions and economic areas listed before a head with 产业 are not industries.
        ("依托京津冀、长江经济带、关中平原城市群等区域产业基础，优化布局。", {"京津冀", "长江经济带", "关中平原城市群"}),
        # A heading word with nothing specific in it.
        ("（二）做强优势产业链。", {"优势产业链"}),
        ("打造世界级先进制造业集群。", {"世界级先进制造业集群"}),
    ],
)
def test_not_chains(text, not_expected):
    assert not (not_expected & _found(text, "chain"))


# Parks ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A name with a parenthesised region is kept whole (自由 holds the boundary word 由).
        ("依托中国（福建）自由贸易试验区开展进口试点。", "中国（福建）自由贸易试验区"),
        ("依托中国(广东)自由贸易试验区，扩大开放。", "中国(广东)自由贸易试验区"),
        # A verb may follow a park name that is the subject of the sentence.
        ("支持南湖科学城、东湖科技城打造创新策源地。", "东湖科技城"),
    ],
)
def test_park_names(text, expected):
    assert expected in _found(text, "park")


def test_an_aspirational_base_after_a_place_is_no_park():
    found = _found("落实《湖南省全球先进制造业基地建设规划》，推动各市建设特色化产业基地。", "park")
    assert not found & {"湖南省全球先进制造业基地", "全球先进制造业基地", "特色化产业基地"}


# Technologies ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        # A conjunction ends what stands before the first item.
        ("产值增长较快，但燃料电池、储氢罐等核心零部件依赖外地。", "燃料电池", "但燃料电池"),
        # A list closed by …等领域 at the end of its clause is typed by its items; the item is the
        # name, not the lexicon term inside it.
        ("聚焦多肽药物、mRNA疫苗、小核酸药物等领域，支持企业攻关。", "mRNA疫苗", "mRNA"),
        # …部件 is a technology head.
        ("重点发展双极板、膜电极、空压机等关键部件。", "膜电极", None),
        # …等环节 names no kind: the items' suffixes type the list.
        ("围绕隔膜、电解液、正极材料、电池管理系统等环节招商。", "电解液", None),
        # A list with no head whose items are nearly all named by a product suffix.
        ("重点发展免疫检测试剂、康复机器人、人工晶体、骨科植入器件。", "康复机器人", None),
        ("推动企业开展电机控制器、功率模块、车规级芯片研发和产业化。", "功率模块", None),
    ],
)
def test_technology_forms(text, expected, not_expected):
    _assert_name(text, "technology", expected, not_expected)


@pytest.mark.parametrize(
    "text",
    [
        # Technology suffixes: …药物, …试剂, …机器人, …膜, …电芯, …底盘.
        "加快溶瘤病毒药物研发。",
        "支持化学发光试剂生产。",
        "推广骨科手术机器人应用。",
        "推进反渗透膜产业化。",
        "发展大容量储能电芯。",
        "推进线控底盘研发。",
    ],
)
def test_technology_suffixes(text):
    assert _found(text, "technology")


def test_items_of_a_scenario_list_are_not_technologies():
    found = _found("支持在商业楼宇、数据中心、5G基站等场景推广分布式光伏。", "technology")
    assert not found & {"数据中心", "5G"}


def test_a_list_of_policy_categories_with_no_head_is_not_typed():
    found = _found("推动首台（套）装备、首批次材料、首版次软件推广应用。", "technology")
    assert not found & {"首批次材料", "首版次软件"}


# Targets --------------------------------------------------------------------------------------------


def _targets(text: str) -> list[tuple[int | None, str, str]]:
    return [(t.year, t.value, t.unit) for t in extract(text).targets]


def test_a_threshold_inside_a_class_is_no_target():
    got = _targets("二、发展目标\n到2026年，培育产值超千亿元企业3家、超五十亿元企业30家，形成百亿级产业集群5个。\n")
    assert (2026, "3", "家") in got and (2026, "30", "家") in got and (2026, "5", "个") in got
    assert not [t for t in got if t[2] == "亿元" or t[1] in ("千", "五十", "百")]


def test_a_count_before_its_noun_stays_a_target():
    got = _targets("二、发展目标\n到2026年，培育百家高新技术企业、五十家专精特新企业。\n")
    assert (2026, "百", "家") in got and (2026, "五十", "家") in got


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("储能电池产能达到80吉瓦时", "80", "吉瓦时"),
        ("新增装机容量达到300万千瓦", "300", "万千瓦"),
        ("光伏装机达到12吉瓦", "12", "吉瓦"),
        ("年发电量达到50亿千瓦时", "50", "亿千瓦时"),
        ("电池循环寿命达到8000次以上", "8000", "次"),
    ],
)
def test_energy_and_count_units(sentence, value, unit):
    got = _targets(f"二、发展目标\n到2026年，{sentence}。\n")
    assert (2026, value, unit) in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("研究氢能高效储运技术。", {"氢能高效储运技术"}),
        ("推动柔性直流输电技术应用。", {"柔性直流输电技术"}),
        ("发展高比能动力电池。", {"高比能动力电池"}),
        # Generic objects of the same verbs are no technologies.
        ("加快发展数字技术。", set()),
        ("研究制定支持政策。", set()),
    ],
)
def test_objects_of_develop_and_research(text, expected):
    assert _found(text, "technology") == expected
