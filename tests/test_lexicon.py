"""The trie-shaped alternation matches exactly what a longest-first alternation matches."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from graphbuild.lexicon import alternation
from graphbuild.resolve.regions import gazetteer


def longest_first(words: list[str]) -> re.Pattern:
    words = sorted({w for w in words if w}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)) if words else "(?!)")


def found(p: re.Pattern, text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in p.finditer(text)]


@settings(max_examples=500)
@given(st.lists(st.text(alphabet="ab区市\\.(*", max_size=4), max_size=8), st.text(alphabet="ab区市\\.(* ", max_size=30))
def test_same_matches_as_longest_first(words: list[str], text: str) -> None:
    assert found(re.compile(alternation(words)), text) == found(longest_first(words), text)


def test_gazetteer_names_in_a_sentence() -> None:
    g = gazetteer()
    names = [*(r.name for r in g.regions.values()), *g.by_short]
    text = "重庆市两江新区、广东省深圳市南山区和广州市黄埔区联合印发，江北区、深圳配合。"
    assert found(re.compile(alternation(names)), text) == found(longest_first(names), text)
    assert "深圳市" in [s for _i, s in found(re.compile(alternation(names)), text)]


def test_empty_list_matches_nothing() -> None:
    assert re.compile(alternation([])).search("任何文字") is None
    assert re.compile(alternation([""])).search("任何文字") is None
