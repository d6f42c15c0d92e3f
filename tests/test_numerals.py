"""The one Chinese-numeral parser (targets and dates use it)."""

import pytest

from graphbuild.extract.numerals import cjk_number


@pytest.mark.parametrize(
    ("text", "value"),
    [("三", 3), ("十", 10), ("十二", 12), ("二十", 20), ("二十四", 24), ("两百", 200), ("三百零五", 305), ("一千二百", 1200),
     ("二〇二四", 2024), ("二○一九", 2019), ("零", 0)],
)
def test_numerals(text, value):
    assert cjk_number(text) == value


@pytest.mark.parametrize("text", ["", "三个", "十x", "abc", "第三"])
def test_what_is_not_a_numeral(text):
    assert cjk_number(text) is None
