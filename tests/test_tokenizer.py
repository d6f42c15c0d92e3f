"""The pipeline's tokenizer makes exactly the Docs of spacy.blank("zh")'s character segmenter."""

from __future__ import annotations

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from graphbuild.extract.spacy_components import make_nlp
from graphbuild.extract.tokenizer import CharTokenizer
from graphbuild.resources import corpus_dir

BLANK = spacy.blank("zh")
OURS = CharTokenizer(BLANK.vocab)


def tokens(doc) -> list[tuple[str, str]]:
    return [(t.text, t.whitespace_) for t in doc]


@settings(max_examples=300)
@given(st.text(alphabet=st.sampled_from(list("中文a1 \t\n\r\u3000\u00a0\x1c（）、。")), max_size=40))
def test_same_tokens_and_spaces_as_spacy(text: str) -> None:
    doc = OURS(text)
    assert tokens(doc) == tokens(BLANK.make_doc(text))
    assert doc.text == text


@settings(max_examples=100)
@given(st.text(max_size=60))
def test_same_tokens_on_any_unicode(text: str) -> None:
    assert tokens(OURS(text)) == tokens(BLANK.make_doc(text))


def test_same_tokens_on_the_bundled_corpus() -> None:
    for f in sorted(corpus_dir().iterdir()):
        if f.name.endswith(".txt"):
            text = f.read_text(encoding="utf-8")
            assert tokens(OURS(text)) == tokens(BLANK.make_doc(text)), f.name


def test_the_pipeline_uses_it() -> None:
    nlp = make_nlp()
    assert isinstance(nlp.tokenizer, CharTokenizer)
    assert nlp.lang == "zh"
    assert [t.text for t in nlp("重庆 市")] == ["重", "庆", "市"]
    assert nlp("重庆 市")[1].whitespace_ == " "


def test_the_pipeline_config_names_it_and_a_saved_pipeline_reloads_with_it(tmp_path) -> None:
    nlp = make_nlp()
    assert nlp.config["nlp"]["tokenizer"] == {"@tokenizers": "policykg.CharTokenizer.v1"}
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert isinstance(loaded.tokenizer, CharTokenizer)
    assert loaded.pipe_names == nlp.pipe_names
    doc = loaded("重庆市经济信息委牵头。")
    assert doc._.pkg is not None and doc.text == "重庆市经济信息委牵头。"
