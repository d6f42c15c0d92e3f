"""extract/structure.py on made-up texts: sentences, the schemes of a notice, numbered headings, section paths."""

from __future__ import annotations

from graphbuild.extract.structure import Sentences, find_headings, find_parts, section_path

NOTICE = (
    "云川市人民政府关于印发《云川市数字产业行动方案》的通知\n"
    "各区县人民政府：\n现将《云川市数字产业行动方案》印发给你们，请认真贯彻执行。\n"
    "云川市数字产业行动方案\n"
    "一、总体要求\n"
    "（一）发展目标。到2027年，数字产业规模达到100亿元。\n"
    "二、重点任务\n"
    "（一）建设算力设施。推进数据中心建设。\n"
    "1.建设智算中心。\n"
)


def test_sentences_end_at_full_stops_and_line_ends_and_are_trimmed():
    text = "第一句。第二句！\n  第三句"
    s = Sentences(text)
    assert [text[a:b] for a, b in s.spans()] == ["第一句。", "第二句！", "\n", "  第三句"]
    assert s.around(5).text == "第二句！" and s.around(text.index("第三")).text == "第三句"
    assert s.around(1, text.index("第二") + 1).text == "第一句。第二句！"  # a span across two sentences


def test_a_notice_is_split_into_its_own_part_and_the_scheme_it_issues():
    parts = find_parts(NOTICE, ["云川市数字产业行动方案"])
    assert [(p.title, NOTICE[p.start : p.start + 6]) for p in parts] == [("", "云川市人民政"), ("云川市数字产业行动方案", "云川市数字产")]
    assert parts[0].end == parts[1].start and parts[1].end == len(NOTICE)
    # The title inside the notice's own sentence (《…》) is a citation of the scheme, not its start.
    assert find_parts(NOTICE, []) == [parts[0].__class__(title="", start=0, end=len(NOTICE))]


def test_headings_have_their_level_number_title_and_part():
    parts = find_parts(NOTICE, ["云川市数字产业行动方案"])
    hs = find_headings(NOTICE, parts, Sentences(NOTICE))
    assert [(h.level, h.number, h.title, h.part) for h in hs] == [
        (1, "一", "总体要求", 1),
        (2, "一", "发展目标", 1),
        (1, "二", "重点任务", 1),
        (2, "一", "建设算力设施", 1),
        (3, "1", "建设智算中心", 1),
    ]
    assert section_path([hs[2], hs[3], hs[4]]) == "二/（一）/1"


def test_a_number_that_starts_no_title_is_not_a_heading():
    text = "一、\n（一）。\n二、重点任务\n"
    assert [h.title for h in find_headings(text, find_parts(text, []), Sentences(text))] == ["重点任务"]


def _titles(text: str) -> list[tuple[int, str, str]]:
    return [(h.level, h.number, h.title) for h in find_headings(text, find_parts(text, []), Sentences(text))]


def test_markers_glued_to_the_text_before_them_are_headings_when_they_continue_the_numbering():
    # A crawl flattened to one line: no line ends, no spaces, markers right after the text before them.
    text = (
        "云川市数据产业方案一、总体要求（一）指导思想坚持创新引领。二、重点任务（一）建设算力设施。"
        "（市数据局负责）（二）培育数据企业。（市经信局负责）三、保障措施"
    )
    assert _titles(text) == [
        (1, "一", "总体要求"),
        (2, "一", "指导思想坚持创新引领"),
        (1, "二", "重点任务"),
        (2, "一", "建设算力设施"),
        (2, "二", "培育数据企业"),
        (1, "三", "保障措施"),
    ]


def test_a_glued_marker_out_of_sequence_or_ending_a_word_is_no_heading():
    # 统一、 ends a word; 第（二）项 cites an item; 五、 after 二、 skips numbers; 一、二、三产业 enumerates.
    text = "一、总体要求\n建立统一、开放的市场，按第（二）项执行，推动一、二、三产业融合。二、重点任务\n落实到位五、其他"
    assert _titles(text) == [(1, "一", "总体要求"), (1, "二", "重点任务")]


def test_a_title_run_on_into_its_first_sentence_is_cut_before_the_sentence():
    text = "一、加快发展算力产业支持企业建设智算中心，提升算力水平。二、加强人才培养各地要落实人才政策，做好服务。"
    assert _titles(text) == [(1, "一", "加快发展算力产业"), (1, "二", "加强人才培养")]
    # Short and without a comma it may be a whole title (推动企业积极参与国际合作。): left as it is.
    assert _titles("一、推动企业积极参与合作。") == [(1, "一", "推动企业积极参与合作")]
    # A title closed by a line end is whole, even with a body word or a comma in it.
    assert _titles("一、坚持创新驱动，推动产业升级\n正文。") == [(1, "一", "坚持创新驱动，推动产业升级")]


def test_a_notice_named_after_the_scheme_it_issues_is_that_plan_not_its_own_part():
    from graphbuild.extract.structure import drop_parts_titled

    text = "各区县人民政府：\n现将《云川市数字产业行动方案》印发给你们。\n云川市数字产业行动方案\n一、总体要求\n"
    parts = find_parts(text, ["云川市数字产业行动方案"])
    assert len(parts) == 2
    kept = drop_parts_titled(parts, "云川市数字产业行动方案")
    assert [(p.title, p.start, p.end) for p in kept] == [("", 0, len(text))]
    assert drop_parts_titled(find_parts(text, ["云川市数字产业行动方案"]), "另一个方案") == find_parts(text, ["云川市数字产业行动方案"])


def test_an_item_number_before_a_number_of_the_title_is_read_when_it_continues_the_numbering():
    text = "一、重点项目\n11.政务服务平台项目。建设平台。\n12.365服务热线项目。建设热线。\n3.5%以上的企业上云。\n"
    assert _titles(text) == [(1, "一", "重点项目"), (3, "11", "政务服务平台项目"), (3, "12", "365服务热线项目")]
