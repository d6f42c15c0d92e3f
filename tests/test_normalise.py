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
