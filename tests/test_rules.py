"""The RuleSet: pattern and authority files checked once, before any document; passed in, not read from globals."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from types import MappingProxyType

import pytest
from click.testing import CliRunner

from graphbuild.pipeline import check_rules as check
from graphbuild.rules import RuleError, RuleSet, bundled, load_ruleset, using

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def package(tmp_path) -> Path:
    """A copy of the package's rule files, to break."""
    pkg = tmp_path / "graphbuild"
    shutil.copytree(ROOT / "graphbuild/patterns", pkg / "patterns")
    shutil.copytree(ROOT / "graphbuild/ontology/authority", pkg / "ontology/authority")
    return pkg


def _edit(pkg: Path, name: str, change) -> None:
    path = pkg / "patterns" / name
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def test_the_bundled_rules_pass_their_checks_and_are_read_only():
    rules = bundled()
    check(rules)
    assert load_ruleset().digest == rules.digest
    assert isinstance(rules.pattern("mentions.json"), MappingProxyType)
    with pytest.raises(TypeError):
        rules.pattern("mentions.json")["max_len"] = 1  # type: ignore[index]


def test_a_missing_key_names_the_file_and_the_key(package):
    _edit(package, "mentions.json", lambda d: d["park"].pop("suffixes"))
    with pytest.raises(RuleError) as err:
        load_ruleset(package)
    assert (err.value.file, err.value.key) == ("patterns/mentions.json", "park")
    assert str(err.value).startswith("patterns/mentions.json: park: 'suffixes' is a required property")


def test_a_pattern_that_does_not_compile_names_its_key(package):
    _edit(package, "agency_shapes.json", lambda d: d["collective_patterns"].__setitem__(1, "各(级"))
    with pytest.raises(RuleError) as err:
        load_ruleset(package)
    assert (err.value.file, err.value.key) == ("patterns/agency_shapes.json", "collective_patterns/1")
    assert "is not a 'regex'" in err.value.reason


def test_a_wrong_type_and_a_file_that_is_not_json(package):
    _edit(package, "national_signals.json", lambda d: d.__setitem__("addressee", ["not", "a", "pattern"]))
    with pytest.raises(RuleError, match=r"^patterns/national_signals.json: addressee: \['not', 'a', 'pattern'\] is not of type 'string'"):
        load_ruleset(package)
    shutil.copy(ROOT / "graphbuild/patterns/national_signals.json", package / "patterns/national_signals.json")
    (package / "patterns/standard_bodies.json").write_bytes(b"{\xff")
    with pytest.raises(RuleError, match="^patterns/standard_bodies.json: is not valid UTF-8 JSON"):
        load_ruleset(package)


def test_check_builds_what_the_components_derive_and_names_the_file_that_breaks_it():
    good = bundled()
    broken = dict(good.pattern("mentions.json"))
    del broken["max_len"]  # a key the schema would catch, removed behind its back
    rules = RuleSet(MappingProxyType({**good.patterns, "mentions.json": MappingProxyType(broken)}), good.authority, "broken")
    with pytest.raises(RuleError) as err:
        check(rules)
    assert (err.value.file, err.value.key) == ("patterns/mentions.json", "max_len")


def test_the_pipeline_runs_with_the_rules_it_is_given(package):
    from graphbuild.extract.pipeline import extract

    text = "一、重点任务\n（一）建设区级数字创意产业集群。（责任单位：市经信局）"
    assert [m.text for m in extract(text, tagger=False).mentions] == ["区级数字创意产业集群"]
    _edit(package, "mentions.json", lambda d: d["level_prefixes"].append("区级"))
    with using(load_ruleset(package)):
        assert [m.text for m in extract(text, tagger=False).mentions] == ["数字创意产业集群"]
    assert [m.text for m in extract(text, tagger=False).mentions] == ["区级数字创意产业集群"]  # the bundled rules again


def test_a_build_with_broken_rules_stops_before_reading_a_document(package, tmp_path, monkeypatch):
    import graphbuild.build as b
    from graphbuild.cli import main

    _edit(package, "mentions.json", lambda d: d.pop("followers"))
    monkeypatch.setattr(b, "bundled", lambda: load_ruleset(package))
    monkeypatch.setattr(b, "read_source", lambda *a, **k: pytest.fail("a document was read"))
    doc = tmp_path / "plan.txt"
    doc.write_text("一、任务\n（一）推进。（责任单位：市经信委）", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(doc), "--store", str(tmp_path / "store")])
    assert result.exit_code == 4
    assert result.output == (
        "Error: patterns/mentions.json: (top level): 'followers' is a required property (the rules are checked "
        "before any document is read; fix the file, or reinstall policykg)\n"
    )
    assert not (tmp_path / "store").exists()
