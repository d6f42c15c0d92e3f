"""Fuzz the whole extraction (normalise → extract → resolve → RDF) with random Chinese text and
bracket soup: it never raises, every evidence offset lies inside the file and quotes it exactly,
and every emitted graph conforms to the SHACL shapes.
"""

from __future__ import annotations

import time
from pathlib import Path

import pyoxigraph as ox
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st
from rdflib import Graph

from graphbuild.build import extract_document
from graphbuild.read import InputError, source_from_bytes
from graphbuild.validate import validate_graph

ADV = Path(__file__).parent / "adversarial"
OA = "http://www.w3.org/ns/oa#"
EVIDENCE = "https://w3id.org/policykg/ontology#Evidence"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

# The pieces policy texts are made of: numbering, brackets, titles, units, years, amounts.
TOKENS = [
    "一、", "二、", "十三、", "(一)", "（二）", "(十)", "1.", "2．", "（1）", "(3)", "第一章", "第二条", "附件", "附件1",
    "《", "》", "〈", "〉", "(", ")", "（", "）", "【", "】", "「", "」", "『", "』", "〔", "〕", "[", "]",
    "〔2024〕", "号", "粤府办〔2023〕12号", "关于印发", "的通知", "行动计划", "实施方案", "（2024—2027年）", "(2021-2025年)",
    "市工业和信息化局", "省发展改革委", "区政府", "各区政府", "管委会", "牵头", "配合", "负责", "按职责分工负责", "、", "，", ",", "。", "；", ":", "：",
    "到2025年", "2030年", "达到", "超过", "亿元", "万家", "%", "以上", "翻番", "增长", "个百分点",
    "产业园", "产业集群", "产业链", "传感器", "人工智能", "技术", "智能制造", "重庆市", "深圳市", "广东省",
    "\n", "\r\n", "\n\n", " ", "\u3000", "\t",
    "發展", "產業", "著力", "裡", "於", "後", "臺灣", "乾淨",
]
CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
PUNCT = st.sampled_from(list("，。、；：（）()《》【】「」“”‘’—-…·!！?？0123456789%％ \n"))
random_chinese = st.text(alphabet=st.one_of(CJK, PUNCT), min_size=1, max_size=400)
bracket_soup = st.lists(st.one_of(st.sampled_from(TOKENS), st.text(alphabet=CJK, min_size=1, max_size=6)), min_size=1, max_size=120).map("".join)

_CORPUS = "".join(p.read_text(encoding="utf-8") for p in sorted((Path(__file__).parents[1] / "graphbuild" / "corpus").glob("*.txt")))


@st.composite
def _corpus_slice(draw: st.DrawFn) -> str:
    start = draw(st.integers(0, len(_CORPUS) - 1))
    return _CORPUS[start : start + draw(st.integers(1, 300))]


# Real policy text cut at random places and spliced with the tokens: structure that breaks off mid-way.
spliced = st.lists(st.one_of(_corpus_slice(), st.sampled_from(TOKENS)), min_size=1, max_size=12).map("".join)

EXAMPLE_CPU_BUDGET = 2.0  # CPU seconds for the extraction of one example (typically a few milliseconds)
FUZZ = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])


def _check(text: str) -> None:
    try:
        src = source_from_bytes(text.encode("utf-8"), "fuzz.txt")
    except InputError:
        assume(False)  # empty or white space only: refused by the reader, not the extractor's job
        return
    t0 = time.process_time()
    nq, meta = extract_document(src, [src.name])
    cpu = time.process_time() - t0
    # A time budget per example (issue 16): these texts are at most a few hundred characters, which
    # the extractor handles in milliseconds; a pattern that backtracks without bound runs past it.
    assert cpu < EXAMPLE_CPU_BUDGET, f"extraction of a {len(text)}-character example took {cpu:.2f} CPU s"
    assert meta["quads"] > 0

    quads = list(ox.parse(nq, format=ox.RdfFormat.N_QUADS))
    by_subject: dict[str, dict[str, str]] = {}
    for q in quads:
        if isinstance(q.object, ox.Literal) and q.predicate.value.startswith(OA):
            by_subject.setdefault(q.subject.value, {})[q.predicate.value[len(OA):]] = q.object.value
    evidence = {q.subject.value for q in quads if q.predicate.value == RDF_TYPE and q.object.value == EVIDENCE}
    # The offsets and the quotation sit on the evidence's Web Annotation selector.
    selector = {q.subject.value: q.object.value for q in quads if q.predicate.value == OA + "hasSelector"}
    for e in evidence:
        span = by_subject[selector[e]]
        start, end = int(span["start"]), int(span["end"])
        assert 0 <= start <= end <= len(src.text), (e, start, end, len(src.text))
        assert span.get("exact", "") == src.text[start:end], (e, start, end)

    g = Graph()
    g.parse(data="".join(f"{q.subject} {q.predicate} {q.object} .\n" for q in quads), format="nt")
    report = validate_graph(g)
    assert report.conforms, report.text


@FUZZ
@given(random_chinese)
@example((ADV / "bracket_soup.txt").read_text(encoding="utf-8"))
@example((ADV / "no_structure.txt").read_text(encoding="utf-8"))
@example((ADV / "hostile_title.txt").read_text(encoding="utf-8"))
def test_random_chinese_text_never_breaks_extraction(text: str) -> None:
    _check(text)


@FUZZ
@given(bracket_soup)
@example("（一）（市工业和信息化局负责）")
@example("一、\n(一)\n（（（市区政府负责）")
@example("关于印发《》的通知\n《《《》》》")
def test_bracket_soup_never_breaks_extraction(text: str) -> None:
    _check(text)


@FUZZ
@given(spliced, st.sampled_from(["", "s2tw", "s2twp"]))
def test_spliced_policy_text_never_breaks_extraction(text: str, to_traditional: str) -> None:
    # Traditional script (s2twp also swaps whole phrases) exercises the offset map back to the file.
    if to_traditional:
        import opencc

        text = opencc.OpenCC(to_traditional).convert(text)
    _check(text)

