"""The mention tagger (graphbuild/extract/tagger.py): its pieces on made-up text, the shipped model and its provenance."""

from __future__ import annotations

import hashlib
import json
import shutil
import sys
from pathlib import Path

import pytest

from graphbuild.errors import ModelError
from graphbuild.extract import tagger as T
from graphbuild.extract.model import Mention, Span
from graphbuild.extract.pipeline import extract
from graphbuild.extract.structure import Sentences

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import train_mentions  # noqa: E402


def _m(kind: str, text: str, start: int, confidence: float | None = None) -> Mention:
    span = Span(start, start + len(text), text)
    return Mention(kind, text, span, span, 0, confidence)


def test_chunks_end_at_sentence_ends_semicolons_and_line_breaks():
    text = "发展光伏产业。建设园区；培育集群\n第二行"
    assert [text[a:b] for a, b in T.chunks(text)] == ["发展光伏产业。", "建设园区；", "培育集群", "第二行"]


def test_a_long_clause_is_cut_at_commas_and_a_comma_free_run_blindly():
    clause = "甲" * 300 + "，" + "乙" * 300
    pieces = [clause[a:b] for a, b in T.chunks(clause)]
    assert pieces == ["甲" * 300 + "，", "乙" * 300]
    run = "丙" * (2 * T._LONG + 5)
    assert [b - a for a, b in T.chunks(run)] == [T._LONG, T._LONG, 5]


def test_rule_tags_mark_begin_inside_end_and_single_per_kind():
    tags = T.rule_tags(8, [_m("technology", "机器人", 1), _m("chain", "光伏", 5), _m("park", "X", 7)])
    assert tags == [(), ("BT",), ("IT",), ("ET",), (), ("BC",), ("EC",), ("SP",)]


def test_gold_labels_take_the_longest_string_first_and_every_occurrence():
    text = "发展工业机器人和机器人本体，机器人"
    labels = T.gold_labels(text, {"technology": ["机器人", "工业机器人"], "chain": []})
    got = T.spans_of(labels)
    assert [(k, text[a:b]) for k, a, b in got] == [("technology", "工业机器人"), ("technology", "机器人"), ("technology", "机器人")]


def test_spans_of_opens_a_run_at_an_inside_label_and_closes_at_a_kind_change():
    assert T.spans_of(["IT", "IT", "BC", "IC", "O", "BP"], offset=10) == [("technology", 10, 12), ("chain", 12, 14), ("park", 15, 16)]


def test_features_are_per_character_and_carry_the_rule_tags():
    text = "建设光伏园"
    feats = T.features(text, 0, len(text), T.rule_tags(len(text), [_m("park", "光伏园", 2)]))
    assert len(feats) == len(text)
    assert "c=光" in feats[2] and "r=BP" in feats[2] and "rc=BP光" in feats[2] and "rn=IP" in feats[2]
    assert "r=O" in feats[0] and "pp=^^" in feats[0]


def test_features_carry_the_word_each_character_is_in():
    text = "发展集成电路"
    feats = T.features(text, 0, len(text), T.rule_tags(len(text), []))
    # jieba: 发展 | 集成电路 — the word's position, its part of speech, the word, and the word before it.
    assert "wb=B" in feats[2] and "w=集成电路" in feats[2] and "pwp=vn" in feats[2]
    assert "wb=E" in feats[5] and "nwp=$" in feats[5] and "wb=I" in feats[3]


def test_segment_gives_words_that_make_up_the_chunk():
    text = "推进工业机器人、智能传感器等关键技术攻关"
    assert "".join(w for w, _pos in T.segment(text)) == text


def test_merge_keeps_rule_mentions_the_tagger_is_confident_in_and_one_mention_per_span():
    rules = [_m("park", "甲园区", 0, 0.9), _m("chain", "光伏", 5, 0.01), _m("technology", "机器人", 9, 0.3)]
    tagged = [_m("park", "甲园区", 0, 0.8), _m("chain", "光伏产业", 5, 0.7)]
    got = T.merge(rules, tagged, {"park": 0.05, "chain": 0.0, "technology": 0.5})
    assert [(m.kind, m.text, m.confidence) for m in got] == [("park", "甲园区", 0.8), ("chain", "光伏", 0.01), ("chain", "光伏产业", 0.7)]
    # A kind without a threshold keeps the tagger's mentions alone; a rule mention never scored is not kept.
    assert [(m.kind, m.text) for m in T.merge(rules, tagged, {})] == [("park", "甲园区"), ("chain", "光伏产业")]
    assert T.merge([_m("chain", "光伏", 5)], [], {"chain": 0.0}) == []


def test_the_rules_alone_are_what_the_pipeline_gives_without_the_tagger():
    text = "一、重点任务\n（一）发展集成电路、新型显示和人工智能等产业。"
    rules_only = extract(text, tagger=False).mentions
    both = extract(text).mentions
    found = {(m.kind, m.span.start, m.span.end) for m in both}
    _tagged, scored = T.tagger().tag(text, Sentences(text), lambda _p: 0, rules_only)
    assert [(m.kind, m.span) for m in scored] == [(m.kind, m.span) for m in rules_only]
    assert all(m.confidence is None for m in rules_only)
    thresholds = T.tagger().rule_thresholds
    # Every rule mention the tagger is confident enough in survives the merge.
    assert all((m.kind, m.span.start, m.span.end) in found for m in scored if m.kind in thresholds and m.confidence >= thresholds[m.kind])


def test_tagged_mentions_are_verbatim_spans_of_the_text_with_a_confidence():
    text = "支持建设新能源汽车产业园，发展工业机器人、增材制造装备和生物医药产业。"
    found, _scored = T.tagger().tag(text, Sentences(text), lambda _p: 0, [])
    assert found, "the model finds nothing in a sentence full of names"
    for m in found:
        assert text[m.span.start : m.span.end] == m.text == m.span.text and len(m.text) >= 2
        assert m.kind in T.KINDS
        assert m.confidence is not None and 0.0 <= m.confidence <= 1.0


def test_a_rule_mention_across_a_chunk_end_gets_no_confidence():
    text = "发展光伏。产业"
    _found, scored = T.tagger().tag(text, Sentences(text), lambda _p: 0, [_m("chain", "光伏。产业", 2)])
    assert [m.confidence for m in scored] == [0.0]


def test_tagging_is_deterministic():
    text = "发展光伏、风电、氢能等新能源产业，建设一批特色产业园区。"
    a = T.tagger().tag(text, Sentences(text), lambda _p: 0, [])
    b = T.Tagger().tag(text, Sentences(text), lambda _p: 0, [])
    assert a == b


def _copy_model(tmp_path: Path) -> tuple[Path, Path]:
    model, prov = tmp_path / "m.crfsuite", tmp_path / "m.json"
    shutil.copy(T.MODEL_FILE, model)
    shutil.copy(T.PROVENANCE_FILE, prov)
    return model, prov


def test_a_file_that_is_not_a_model_is_refused_with_its_code(tmp_path):
    model, prov = _copy_model(tmp_path)
    model.write_bytes(b"\x00not a crfsuite model")
    with pytest.raises(ModelError, match=r"\[E304\].*make model"):
        T.Tagger(model, prov)


def test_a_model_of_another_feature_version_is_refused(tmp_path):
    model, prov = _copy_model(tmp_path)
    data = json.loads(prov.read_text(encoding="utf-8"))
    data["feature_version"] = T.FEATURE_VERSION + 1
    prov.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ModelError, match=r"\[E303\]"):
        T.Tagger(model, prov)


def test_rule_thresholds_that_are_not_kinds_and_numbers_are_refused(tmp_path):
    model, prov = _copy_model(tmp_path)
    data = json.loads(prov.read_text(encoding="utf-8"))
    data["rule_thresholds"] = {"factory": 0.5}
    prov.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ModelError, match=r"\[E303\].*rule_thresholds"):
        T.Tagger(model, prov)


def test_a_missing_provenance_file_is_refused(tmp_path):
    model, prov = _copy_model(tmp_path)
    prov.unlink()
    with pytest.raises(ModelError, match=r"\[E302\]"):
        T.Tagger(model, prov)


def test_the_provenance_names_the_shipped_model():
    prov = json.loads(T.PROVENANCE_FILE.read_text(encoding="utf-8"))
    assert prov["model_sha256"] == hashlib.sha256(T.MODEL_FILE.read_bytes()).hexdigest()
    assert prov["feature_version"] == T.FEATURE_VERSION
    assert prov["made_by"] == "tools/train_mentions.py"


def test_the_model_is_trained_on_the_annotated_sets_as_they_are_now():
    """A gold file or text edited, a set added, or a rule changed since training: the model is stale (`make model`)."""
    prov = json.loads(T.PROVENANCE_FILE.read_text(encoding="utf-8"))
    sets = list(prov["training_sets"])
    assert {s: train_mentions.set_digest(s) for s in sets} == prov["training_sets"], "a training set changed: run `make model`"
    rows = [train_mentions.prepared(t, g) for s in sets for t, g in train_mentions.documents(s)]
    assert train_mentions.rules_digest(rows) == prov["rules_digest"], "the mention rules changed since training: run `make model`"


@pytest.fixture
def damaged_model(tmp_path, monkeypatch):
    """The shipped model replaced by bytes that are no model, for this test only."""
    bad = tmp_path / "mentions.crfsuite"
    bad.write_bytes(b"\x00\x01 not a model")
    monkeypatch.setattr(T, "MODEL_FILE", bad)
    T.tagger.cache_clear()
    yield bad
    T.tagger.cache_clear()


def test_a_build_with_a_damaged_model_stops_before_reading_a_document(damaged_model, tmp_path, monkeypatch):
    from click.testing import CliRunner

    import graphbuild.build as b
    from graphbuild.cli import main

    monkeypatch.setattr(b, "read_source", lambda *a, **k: pytest.fail("a document was read"))
    doc = tmp_path / "plan.txt"
    doc.write_text("一、任务\n（一）推进。（责任单位：市经信委）", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(doc), "--store", str(tmp_path / "store")])
    assert result.exit_code == 4
    assert result.output.startswith(f"Error: {damaged_model}: [E304] not a CRFsuite model (")
    assert result.output.endswith("; `make model` rebuilds it (the rules are checked before any document is read; fix the file, or reinstall policykg)\n")
    assert not (tmp_path / "store").exists()
