"""Extraction quality on the bundled corpus (the dev set) cannot silently drop."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphbuild.evaluate import Accuracy, Score, _align, evaluate, predict, score_document

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def overall():
    return evaluate(ROOT / "tests/gold").overall


def test_responsibility_and_names_meet_the_floor(overall):
    assert overall["responsibility"].f1 >= 0.97
    assert overall["canonical_names"].value >= 0.95


def test_targets_and_citations_meet_the_floor(overall):
    assert overall["targets"].precision >= 0.9 and overall["targets"].recall >= 0.9
    assert overall["cited_plans"].precision >= 0.95 and overall["cited_plans"].recall >= 0.95


@pytest.mark.parametrize("kind", ["parks", "technologies", "chains"])
def test_mentions_meet_the_floor(overall, kind):
    # The floor: recall 0.8 at precision 0.7.
    assert overall[kind].recall >= 0.8 and overall[kind].precision >= 0.7


@pytest.mark.parametrize(
    ("kind", "recall", "precision"),
    [("parks", 0.99, 0.97), ("technologies", 0.99, 0.88), ("chains", 0.99, 0.72)],
)
def test_mentions_do_not_regress(overall, kind, recall, precision):
    # Since session 13 the mention tagger, trained on this gold among others, gives recall 1.0 on all three
    # kinds and parks' precision 1.0 (training figures); technologies 0.833 and chains 0.733 precision: it adds
    # names this gold leaves out and other sets' gold counts. Before it: recall 0.90 / 0.86 / 0.91.
    # Session 14 (rule mentions kept by the tagger's confidence): technologies 0.894 / 0.995 (超声波 in one list
    # of 001 dropped), chains 0.725 / 1.0, parks 0.972 / 1.0 (the rules' 未来产业集聚区, a class of zones the gold
    # leaves out, kept at confidence ≥ 0.05: parks' precision floor 0.99 → 0.97 for it).
    # Just below today's figures (README, "Extraction quality"), so that a change to the rules cannot
    # silently give back what the general rules gained. Parks' precision was 0.86 while the stop-list
    # held a phrase of a sample (软件特色产业园); without it the dev figure is 0.84, the honest one.
    # Chains' precision was 0.80 before policy categories (战略性新兴产业, 制造业) and business forms (数字经济,
    # 电子商务) became chains as docs/gold-format.md now says; the dev gold, older than that, leaves them out.
    # Technologies' precision was 0.82 before device words (…器) typed list items: 001's definition of a smart
    # sensor (集成传感芯片、通信芯片、微处理器…于一体) was a technology list already, and its 微处理器 now is too.
    assert overall[kind].recall >= recall and overall[kind].precision >= precision


def test_scores_count_misses_and_extras():
    gold = {"tasks": [{"heading": "甲", "responsible_as_written": ["市科技局"], "responsible": ["重庆市科学技术局"]}], "parks": ["两江新区"], "technologies": [], "chains": [], "plans_cited": [], "targets": [{"year": 2025, "value": "2—3", "unit": "家"}], "title": "T", "issuers": []}
    pred = {"tasks": [{"heading": "甲", "responsible_as_written": ["市科技局", "市财政局"], "responsible": ["重庆市科学技术局", "重庆市财政局"], "lead": []}], "parks": ["两江新区", "乙区"], "technologies": [], "chains": [], "plans_cited": [], "targets": [{"year": 2025, "value": "2-3", "unit": "家"}], "title": "T", "issuers": [], "sub_plans": []}
    ds = score_document(pred, gold, "x")
    assert (ds.scores["responsibility"].tp, ds.scores["responsibility"].fp, ds.scores["responsibility"].fn) == (1, 1, 0)
    assert ds.scores["canonical_names"].value == 1.0
    assert ds.scores["parks"].precision == 0.5 and ds.scores["parks"].recall == 1.0
    assert ds.scores["targets"].tp == 1
    # A wrong lead is listed (eval --errors lead_agency), as every other metric's errors are.
    assert ds.scores["lead_agency"].value == 1.0 and ds.errors["lead_agency"] == []
    gold["tasks"][0]["lead"] = ["重庆市科学技术局"]
    ds = score_document(pred, gold, "x")
    assert ds.scores["lead_agency"].value == 0.0
    assert ds.errors["lead_agency"] == ["task 甲: got [] want ['重庆市科学技术局']"]


def test_agencies_split_or_merged_are_counted_over_the_documents_of_a_set():
    from graphbuild.evaluate import EvalReport, split_and_merged

    # One gold agency read two ways (in two documents) is split; two gold agencies read as one are merged.
    a = score_document({"tasks": [{"heading": "甲", "responsible_as_written": ["省新闻广电局"], "responsible": ["东山省新闻广电局"], "lead": []}],
                        "parks": [], "technologies": [], "chains": [], "plans_cited": [], "targets": [], "title": "", "issuers": [], "sub_plans": []},
                       {"tasks": [{"heading": "甲", "responsible_as_written": ["省新闻广电局"], "responsible": ["东山省新闻出版广电局"]}],
                        "parks": [], "technologies": [], "chains": [], "plans_cited": [], "targets": [], "title": "", "issuers": []}, "a")
    b = score_document({"tasks": [{"heading": "乙", "responsible_as_written": ["省新闻出版广电局", "省残联"], "responsible": ["东山省新闻出版广电局", "东山省残联"], "lead": []}],
                        "parks": [], "technologies": [], "chains": [], "plans_cited": [], "targets": [], "title": "", "issuers": [], "sub_plans": []},
                       {"tasks": [{"heading": "乙", "responsible_as_written": ["省新闻出版广电局", "省残联"], "responsible": ["东山省新闻出版广电局", "东山省残疾人联合会"]}],
                        "parks": [], "technologies": [], "chains": [], "plans_cited": [], "targets": [], "title": "", "issuers": []}, "b")
    assert a.errors["agencies"] == [] and b.errors["agencies"] == []  # each document alone reads each name one way
    report = EvalReport([a, b], {})
    assert report.agencies() == (["split: 东山省新闻出版广电局 -> 东山省新闻出版广电局 | 东山省新闻广电局"], [])
    assert report.rows()[-1]["agencies_split"] == 1 and report.rows()[-1]["agencies_merged"] == 0
    assert split_and_merged([("甲局", "乙局"), ("丙局", "乙局")]) == ([], ["merged: 乙局 <- 丙局 | 甲局"])


def test_alignment_survives_a_missed_task():
    assert _align(["a", "c"], ["a", "b", "c"]) == [(0, 0), (None, 1), (1, 2)]


def test_score_arithmetic():
    s = Score(8, 2, 0)
    assert (s.precision, s.recall, round(s.f1, 3)) == (0.8, 1.0, 0.889)
    assert Accuracy().value is None


def test_province_sample_in_another_bracket_style():
    p = predict(ROOT / "tests/data/gd_province_sample.txt")
    assert p["issuers"] == ["广东省人民政府办公厅"]
    assert p["sub_plans"] == ["广东省培育智能机器人产业集群行动方案（2023—2027年）"]
    assert [(t["heading"], t["responsible"], t["lead"]) for t in p["tasks"]] == [
        ("提升核心零部件供给能力", ["广东省工业和信息化厅", "广东省科学技术厅", "广东省发展和改革委员会", "各地级以上市人民政府"], ["广东省工业和信息化厅"]),
        ("建设产业集聚区", ["广东省发展和改革委员会", "广东省自然资源厅", "广东省商务厅"], ["广东省发展和改革委员会"]),
        # Dated 2023-03-15: 广东银保监局 is still the commission's bureau (国家金融监督管理总局 came in May).
        ("拓展应用场景", ["广东省商务厅", "广东省财政厅", "广东省市场监督管理局", "中国银行保险监督管理委员会广东监管局"], ["广东省商务厅"]),
        ("加强组织领导", ["广东省工业和信息化厅", "中共广东省委组织部", "广东省人力资源和社会保障厅", "广东省地方金融监督管理局", "国家税务总局广东省税务局", "有关地级以上市人民政府"], ["广东省工业和信息化厅"]),
    ]
    assert [(t["year"], t["value"], t["unit"]) for t in p["targets"]] == [(2027, "1200", "亿元"), (2027, "20", "家"), (2027, "3—5", "个"), (2027, "400", "台")]
    assert {"佛山高新区", "东莞松山湖科学城", "广州南沙新区"} <= set(p["parks"])
    assert {"精密减速器", "伺服电机", "控制器"} <= set(p["technologies"])


def test_national_sample_resolves_state_council_bodies():
    p = predict(ROOT / "tests/data/national_sample.txt")
    assert p["issuers"] == ["国务院办公厅"]
    assert [t["responsible"] for t in p["tasks"]] == [
        ["科学技术部", "工业和信息化部", "国家发展和改革委员会"],
        ["工业和信息化部", "财政部", "国务院国有资产监督管理委员会", "国家市场监督管理总局"],
    ]


def test_traditional_republication_gives_the_same_extraction(tmp_path):
    from graphbuild.normalise import script

    simplified = (ROOT / "tests/data/gd_province_sample.txt").read_text(encoding="utf-8")
    traditional = script._converter("s2t").convert(simplified)
    assert traditional != simplified
    f = tmp_path / "gd_province_sample_hant.txt"
    f.write_text(traditional, encoding="utf-8")
    a, b = predict(ROOT / "tests/data/gd_province_sample.txt"), predict(f)
    assert a["tasks"] == b["tasks"] and a["targets"] == b["targets"] and a["issuers"] == b["issuers"]


# The later sets, blind on their first run and development sets since (their README.md lists both
# runs): each guard sits just below the figures after the fixes. (set, scalar floors, (recall, precision) floors)
# The mention floors were raised after the general mention rules of branch s7-mentions (CHANGELOG).
LATER_SETS = {
    # Zhejiang, Chengdu, national ministries.
    "tests/heldout": (
        {"responsibility": 0.97, "canonical_names": 0.95, "targets": 0.95, "cited_plans": 0.95},
        # Technologies' precision 0.96 before session 9 added well-known terms (移动互联网, 数据挖掘) to the
        # lexicon: recall rose on heldout6–9, and one term this gold leaves out (a tool, not a focus) came here.
        {"parks": (0.92, 0.92), "technologies": (0.83, 0.94), "chains": (0.91, 0.80)},
    ),
    # Zengcheng district, Shandong in Traditional script, State Council (blind: names 0.61, leads 0.36).
    "tests/heldout2": (
        {"responsibility": 0.98, "canonical_names": 0.95, "lead_agency": 0.95, "targets": 0.95, "cited_plans": 0.95},
        {"parks": (0.92, 0.99), "technologies": (0.73, 0.90), "chains": (0.92, 0.86)},
    ),
    # Thirteen real documents (gov.cn, the national xlsx, Hebei departments); blind first run: responsibility
    # 0.911, names 0.850, leads 0.892, cited plans 0.667; after the general fixes of issue 12 (list endings,
    # role words, titles, glued signatures): 0.994, 0.924, 1.000, 1.000; after issue 12b names 0.976 and
    # issuers 1.000 (signatures glued to each other, Xiong'an's committee); session 7 targets 0.316 -> 0.632
    # (the one year opening a goal section holds for its later paragraphs; densities 台/万人).
    "tests/heldout3": (
        {"responsibility": 0.99, "canonical_names": 0.97, "lead_agency": 0.99, "targets": 0.62, "cited_plans": 0.99, "issuers": 0.99},
        # Chains' recall 0.72 before session 9 joined hard-wrapped lines: r03's text is a PDF's lines, its
        # gold was read on the broken lines, and the joined text names two of its sectors in other forms.
        # Chains' precision 0.84 before categories and business forms named on their own (制造业, 数字经济,
        # 电子商务) became chains (docs/gold-format.md; this gold, older than that convention, leaves them out).
        # Technologies' precision 0.62 before an attribute (能力) of a technology noun typed a list: one list
        # of processes here (激光焊接、精密装配、无损检测…) is gold in part.
        # Chains' precision 0.75 before a process word (数字化, 智能化) could follow an industry: 传统产业数字化
        # names the category, which this gold leaves out.
        # Parks' precision 1.0 before parks of a service industry counted (heldout14, heldout16 and
        # docs/gold-format.md): this gold leaves out r12's 数字人力资源服务产业园.
        {"parks": (0.85, 0.93), "technologies": (0.56, 0.61), "chains": (0.70, 0.74)},
    ),
    # Twelve real documents (Hebei departments and government, ministries reposted, the national
    # xlsx), blind; first run (README.md): responsibility 0.871, names 0.825, leads 1.0, issuers
    # recall 0.10, targets 0; after the general fixes of issue 12b (angle-bracket scope notes, 和,
    # glued signatures, staged goals, Xiong'an's committee): 0.905, 0.878, 1.0, 1.0, 1.0.
    # Session 6 (glued headings, bare-unit brackets after 。, scopes shared along a list run): 1.0, 0.943.
    # Session 7: title 0.833 -> 1.0 (在《…》的基础上 and 编制《…》 name other documents).
    "tests/heldout4": (
        {"responsibility": 0.99, "canonical_names": 0.94, "lead_agency": 0.99, "targets": 0.99, "issuers": 0.99, "title": 0.99},
        # Parks: session 9 leaves the addressee line out (docs/gold-format.md), where this gold, older than
        # that convention, took 雄安新区 from 雄安新区管委会 (was (0.91, 0.85)). Chains' precision 0.76 before
        # sectors in a list of industries became industries (农业与旅游、教育、文化等产业: this gold leaves them out).
        # Technologies' precision 0.91 before the mention tagger (session 13): it marks 互联网 in h02, which this
        # gold leaves out and other sets' gold counts.
        {"parks": (0.85, 0.85), "technologies": (0.67, 0.90), "chains": (0.67, 0.75)},
    ),
    # Ten real Hebei and State Council documents, blind (README.md); first run at 3e51cea: responsibility
    # 0.991, names 0.962, leads 0.980, title 0.9, issuers recall 0.84, targets 0; after 会同 leads and
    # classes of units as groups: 0.996, 0.985, 0.990; targets 1.0 (goals in the opening section).
    "tests/heldout5": (
        {"responsibility": 0.99, "canonical_names": 0.98, "lead_agency": 0.99, "targets": 0.99, "cited_plans": 0.91, "issuers": 0.87, "title": 0.99},
        # Technologies' precision 0.89 before session 9's lexicon terms (one extra here: 移动互联网).
        # Parks: session 9 leaves the addressee line out (docs/gold-format.md), where this gold, older than
        # that convention, took 雄安新区 from 雄安新区管委会 (was (0.69, 0.86)).
        {"parks": (0.29, 0.74), "technologies": (0.68, 0.88), "chains": (0.56, 0.63)},
    ),
    # Twelve real Hebei and national documents, blind (README.md); first run at eabd8bd: responsibility
    # 0.989, names 0.980, leads 1.0, title 0.75, issuers 0.846, targets 0.70/0.84; after the fixes
    # of the errors it showed (cited titles, 各市、县(市、区)政府, 张家口、廊坊市政府, EFlops): all 1.0 but
    # targets 0.781/1.0 and the mentions; session 7 targets 0.926/1.0 (a goal heading inside another read once).
    "tests/heldout6": (
        {"responsibility": 0.99, "canonical_names": 0.99, "lead_agency": 0.99, "targets": 0.92, "cited_plans": 0.99, "issuers": 0.99, "title": 0.99},
        # Chains' precision 0.43 before 制造业 named on its own became a chain (as for heldout3).
        # Parks: session 9 leaves the addressee line out (docs/gold-format.md), where this gold, older than
        # that convention, took 雄安新区 from 雄安新区管委会 (was (0.99, 0.87)).
        {"parks": (0.74, 0.85), "technologies": (0.41, 0.46), "chains": (0.52, 0.42)},
    ),
    # Twelve real Hebei and national documents, blind (README.md); first run at 86902e6: responsibility
    # 1.0, names 0.953, leads 1.0, title 0.833, issuers 1.0, targets 0.765; parks 0.333/0.70, technologies
    # 0.636/0.528, chains 0.363/0.641 (P/R). After 各市、县 as one scope and 编委办 by era: names 0.983;
    # a page's closing link to its own reading (《X》解读) gives its title: title 0.917, cited plans P 0.96.
    "tests/heldout7": (
        {"responsibility": 0.99, "canonical_names": 0.98, "lead_agency": 0.99, "targets": 0.88, "cited_plans": 0.95, "issuers": 0.99, "title": 0.91},
        # Parks: session 9 leaves the addressee line out (docs/gold-format.md), where this gold, older than
        # that convention, took 雄安新区 from 雄安新区管委会 (was (0.69, 0.38)).
        {"parks": (0.59, 0.37), "technologies": (0.61, 0.81), "chains": (0.65, 0.41)},
    ),
    # Twelve real documents chosen for their mentions (工信厅 and 科技厅 sites, the national xlsx), blind
    # (README.md); first run at 7f7f9fe: responsibility 1.0/0.740 (a bracket a crawl cut off swallowed 9
    # tasks), names 0.963, leads 0.941, title 0.917, issuers 1.0/0.8, parks 0/0, technologies 0.616/0.482,
    # chains 0.650/0.220. After the cut bracket ends at the next item number: responsibility 1.0; the
    # mention rules of session 8: parks 0.111/0.333, technologies 0.708/0.573, chains 0.708/0.288.
    "tests/heldout8": (
        {"responsibility": 0.99, "canonical_names": 0.97, "lead_agency": 0.97, "targets": 0.99, "cited_plans": 0.96, "title": 0.91},
        {"parks": (0.33, 0.11), "technologies": (0.63, 0.72), "chains": (0.47, 0.87)},
    ),
    # Twelve real documents chosen for their mentions (工信厅, 科技厅, 人民政府 sites, the national xlsx),
    # blind (README.md); first run at e1cc09d: responsibility 1.0, names 0.617 (one document's signature,
    # glued after an e-mail address, was not found, so its offices had no department), leads 1.0, title
    # 0.833, issuers 1.0/0.4, parks 0.375/0.600, technologies 0.690/0.299, chains 0.083/0.042, targets
    # 0.6/0.6. After the fixes of its errors: names 0.957, issuers 1.0/0.6, targets 0.8/0.8, parks
    # 0.444/0.800, technologies 0.820/0.306.
    "tests/heldout9": (
        {"responsibility": 0.99, "canonical_names": 0.95, "lead_agency": 0.99, "targets": 0.79, "cited_plans": 0.97, "title": 0.83},
        {"parks": (0.79, 0.44), "technologies": (0.30, 0.81), "chains": (0.04, 0.14)},
    ),
    # Twelve real documents chosen for their mentions (工信厅, 科技厅, 人民政府 sites, national govcn and xlsx),
    # blind (README.md); first run at 96b9d8e: responsibility, names and leads 1.0, title 0.833, issuers 1.0,
    # cited plans 0.957/1.0, parks 0.800/0.632, technologies 0.486/0.273, chains 0.545/0.429, targets
    # 0.833/0.588, no split or merge. After numbered lists of names, hard-wrapped lines joined, 发展愿景 goals,
    # zone lists and organisation names: title 0.917, targets 0.895/1.0, parks 0.833/0.789, technologies
    # 0.546/0.461, chains 0.633/0.452.
    "tests/heldout10": (
        {"responsibility": 0.99, "canonical_names": 0.99, "lead_agency": 0.99, "targets": 0.89, "cited_plans": 0.95, "issuers": 0.99, "title": 0.91},
        # Parks: session 9 leaves the addressee line out (docs/gold-format.md), where this gold, older than
        # that convention, took 雄安新区 from 雄安新区管委会 (was (0.78, 0.83)).
        {"parks": (0.73, 0.82), "technologies": (0.46, 0.54), "chains": (0.45, 0.63)},
    ),
    # Twelve real documents chosen for their mentions, with no responsibility bracket (工信厅, 科技厅, 人民政府,
    # 人社厅 sites, national xlsx and govcn), blind (README.md); first run at d143719: title 0.833, issuers
    # 0.909/0.667, cited plans 0.963, targets 0.944/1.0, parks 0.696/0.615, technologies 0.692/0.434, chains
    # 0.656/0.606. After the addressee line, energy bases, standards headings and energy terms: parks
    # 0.885/0.885, technologies 0.723/0.470, chains 0.816/0.606.
    "tests/heldout11": (
        {"targets": 0.94, "cited_plans": 0.96, "issuers": 0.66, "title": 0.83},
        {"parks": (0.88, 0.88), "technologies": (0.45, 0.71), "chains": (0.60, 0.81)},
    ),
    # Twelve real documents (科技厅 and 人民政府 sites, two with 69 responsibility brackets, national xlsx and
    # govcn), blind (README.md); first run at 69b3b2a: responsibility, leads 1.0, names 0.994, no split or
    # merge, title 0.833, issuers 0.912/0.738, cited plans 0.892/0.971, targets 1.0, parks 0.600/0.562,
    # technologies 0.488/0.406, chains 0.474/0.429. After lists of bodies, verbs of renewal and signatures of
    # many bodies: issuers 0.974/0.881, technologies 0.506/0.406, chains 0.543/0.452.
    "tests/heldout12": (
        {"responsibility": 0.99, "canonical_names": 0.99, "lead_agency": 0.99, "targets": 0.99, "cited_plans": 0.89, "issuers": 0.88, "title": 0.83},
        {"parks": (0.56, 0.60), "technologies": (0.40, 0.55), "chains": (0.54, 0.60)},
    ),
    # Twelve real documents (工信厅, 科技厅 and government sites, national xlsx; one with 40 brackets, two
    # flattened or hard-wrapped long plans), blind (README.md); first run at 65e5947: responsibility, names and
    # leads 1.0, no split or merge, title 0.667, issuers 1.0/0.75, targets 0.833/0.250, parks 0.500/0.400,
    # technologies 0.650/0.353, chains 0.673/0.304. After goal labels on their own line, glued headings,
    # shared industry nouns and notices that name what they issue: title 0.833, targets 0.947/0.900, parks
    # 0.562/0.450, technologies 0.645/0.448, chains 0.714/0.435.
    "tests/heldout13": (
        {"responsibility": 0.99, "canonical_names": 0.99, "lead_agency": 0.99, "targets": 0.89, "cited_plans": 0.96, "issuers": 0.74, "title": 0.83},
        {"parks": (0.44, 0.56), "technologies": (0.44, 0.64), "chains": (0.43, 0.71)},
    ),
    # Twelve real documents (工信厅, 科技厅, government and other Hebei sites, national xlsx; 66 tasks), blind
    # (README.md); first run at 70025d0: responsibility, leads, title and cited plans 1.0, names 0.992, one
    # split (2021's 省国土资源厅), issuers 1.0/0.889, targets 0.829/0.967, parks 0.774/0.651, technologies
    # 0.642/0.515, chains 0.535/0.401. After successors of merged bodies and more verbs: names 0.996, no split,
    # chains 0.580/0.401.
    "tests/heldout14": (
        {"responsibility": 0.99, "canonical_names": 0.99, "lead_agency": 0.99, "targets": 0.82, "cited_plans": 0.99, "issuers": 0.88, "title": 0.99},
        {"parks": (0.64, 0.77), "technologies": (0.51, 0.64), "chains": (0.40, 0.57)},
    ),
    # Twelve real documents (工信厅, 科技厅 and other Hebei sites, national xlsx; 45 tasks in one plan), blind
    # (README.md); first run at a156dbc: responsibility 0.995, names 0.995, leads 1.0, no split or merge, title
    # and targets 1.0, issuers 1.0/0.923, parks 0.387/0.706, technologies 0.713/0.457, chains 0.564/0.579.
    # After development zones in their generic sense and industries of application: parks 0.632/0.706,
    # chains 0.596/0.579.
    "tests/heldout15": (
        {"responsibility": 0.99, "canonical_names": 0.99, "lead_agency": 0.99, "targets": 0.99, "cited_plans": 0.9, "issuers": 0.92, "title": 0.99},
        {"parks": (0.70, 0.63), "technologies": (0.49, 0.72), "chains": (0.57, 0.64)},
    ),
    # Twelve real documents (科技厅, 教育厅, 人社厅 sites, national xlsx) with few mentions and no responsibility
    # bracket, blind (README.md); first run at 7316b7d: title 0.833, issuers 0.957/0.880, cited plans
    # 0.980/0.941, targets 1.0, parks 1.0/0.2, technologies 0.267/0.400, chains 0.609/0.560 (5, 20 and 25 in the
    # gold). After parks of a service industry: parks 0.8/0.8, chains 0.737/0.560.
    "tests/heldout16": (
        {"targets": 0.99, "cited_plans": 0.94, "issuers": 0.88, "title": 0.83},
        # Chains' precision 0.737 → 0.70 when chain names came to end before adverbs (session 11: recall up on
        # seven sets): one verb glued in front (服务智能网联汽车产业) in 20 chains found.
        {"parks": (0.8, 0.8), "technologies": (0.4, 0.29), "chains": (0.56, 0.69)},
    ),
    # Twelve real documents drawn for mentions (Hebei sites, national xlsx; 33 tasks in one plan), blind
    # (README.md); first run at 7e89302: responsibility and leads 1.0, names 0.990, no split or merge, title
    # 0.917, issuers 0.812/0.684, cited plans 1.0/0.939, targets 1.0/0.741, parks 0.531/0.630, technologies
    # 0.723/0.426, chains 0.594/0.401 (27, 343 and 142 in the gold).
    "tests/heldout17": (
        {"responsibility": 0.99, "canonical_names": 0.98, "lead_agency": 0.99, "targets": 0.74, "cited_plans": 0.93, "issuers": 0.68, "title": 0.91},
        {"parks": (0.62, 0.53), "technologies": (0.42, 0.72), "chains": (0.40, 0.59)},
    ),
    # Twelve real documents drawn for mentions, six of them short Hebei notices (the pool ran short), national
    # xlsx; no responsibility bracket; blind (README.md); first run at 7e89302: title 0.833, issuers
    # 1.0/0.769, cited plans 0.969/1.0, targets 1.0/0.5, parks 0.1/0.25 (4 in the gold), technologies
    # 0.643/0.323, chains 0.676/0.385.
    "tests/heldout18": (
        {"targets": 0.5, "cited_plans": 0.96, "issuers": 0.76, "title": 0.83},
        {"parks": (0.25, 0.1), "technologies": (0.32, 0.64), "chains": (0.38, 0.67)},
    ),
    # Twelve real documents (Hebei sites with industry words in their titles, national xlsx), no responsibility
    # bracket, blind (README.md); first run at 77115d0: title 0.667, issuers 1.0/0.786, cited plans
    # 0.913/0.955, targets 1.0, parks 0.5/0.75 (4 in the gold), technologies 0.527/0.330, chains 0.277/0.310.
    "tests/heldout19": (
        {"targets": 0.99, "cited_plans": 0.91, "issuers": 0.78, "title": 0.66},
        {"parks": (0.75, 0.5), "technologies": (0.32, 0.52), "chains": (0.30, 0.27)},
    ),
    # Twelve real documents (Hebei sites with industry words in their titles, national xlsx), no responsibility
    # bracket and no park in the gold, blind (README.md); first run at d98bcb8: title 0.917, issuers 1.0/0.955,
    # cited plans 0.897/1.0, targets 0.5/1.0, technologies 0.365/0.314, chains 0.636/0.179 (6 zones found, none
    # in the gold: parks have no recall to guard).
    "tests/heldout20": (
        {"targets": 0.5, "cited_plans": 0.89, "issuers": 0.95, "title": 0.91},
        {"technologies": (0.31, 0.36), "chains": (0.17, 0.63)},
    ),
    # Twelve real documents (the same pools, drawn again), no responsibility bracket, blind (README.md); first run
    # at d253563 with the mention tagger: title 0.917, issuers 0.909/0.625, cited plans 0.876/0.989, targets
    # 0.929/0.605, parks 0.654/0.708, technologies 0.541/0.686, chains 0.496/0.509 (rules alone, a0428fe: parks
    # 0.513/0.833, technologies 0.582/0.517, chains 0.507/0.312).
    "tests/heldout21": (
        {"targets": 0.6, "cited_plans": 0.87, "issuers": 0.62, "title": 0.91},
        {"parks": (0.70, 0.65), "technologies": (0.68, 0.54), "chains": (0.50, 0.49)},
    ),
    # Twelve real documents (Hebei industry titles, two Hebei plans with 67 responsibility brackets, national
    # xlsx), blind (README.md); first run at ec6ff49 (the extractor of de2239f): responsibility 0.993, names
    # 0.978, leads 0.985, no split or merge, title 0.833, issuers 0.889/0.8, cited plans 0.862/0.962, targets
    # 0.674/0.744, technologies 0.360/0.507, chains 0.257/0.422 (one park in the gold, not found: no guard).
    "tests/heldout22": (
        {"responsibility": 0.99, "canonical_names": 0.97, "lead_agency": 0.98, "targets": 0.67, "cited_plans": 0.86, "issuers": 0.8, "title": 0.83},
        {"technologies": (0.50, 0.36), "chains": (0.42, 0.25)},
    ),
    # Twelve real documents (the same pools as heldout22, drawn again; 50 responsibility brackets in two Hebei
    # plans), blind (README.md); first run at 80ba1b1 (the extractor of defc103, session 14): responsibility
    # 0.992, names and leads 1.0, no split or merge, title 0.75, issuers 0.909/0.909, cited plans 0.954/0.984,
    # targets 0.357/0.192 (a goal paragraph's year not carried to the sub-goals after it; 0.963/1.0 after the
    # rules for 奋斗目标-shaped headings and announced goals), parks 0.526/1.0 (10 in the gold), technologies
    # 0.661/0.727, chains 0.468/0.625.
    "tests/heldout23": (
        {"responsibility": 0.99, "canonical_names": 0.99, "lead_agency": 0.99, "targets": 0.96, "cited_plans": 0.95, "issuers": 0.9, "title": 0.75},
        {"parks": (1.0, 0.52), "technologies": (0.72, 0.66), "chains": (0.62, 0.46)},
    ),
}


KNOWN_SPLITS = {"tests/heldout7": 1}


@pytest.mark.parametrize("folder", sorted(LATER_SETS))
def test_the_later_sets_do_not_regress(folder):
    report = evaluate(ROOT / folder / "gold", sorted((ROOT / folder / "texts").glob("*.txt")))
    overall = report.overall
    # No agency split or merged (heldout7's one split: the text writes 省新闻广播电视局, a name the
    # province never had, in one document and 省新闻出版广电局 in another).
    split, merged = report.agencies()
    assert (len(split), merged) == (KNOWN_SPLITS.get(folder, 0), []), (split, merged)
    scalars, pairs = LATER_SETS[folder]
    for metric, floor in scalars.items():
        m = overall[metric]
        got = [m.value] if metric in ("canonical_names", "lead_agency", "title") else [m.f1] if metric == "responsibility" else [m.precision, m.recall]
        assert min(got) >= floor, (metric, got)
    for kind, (recall, precision) in pairs.items():
        assert overall[kind].recall >= recall and overall[kind].precision >= precision, kind
