"""Package data is found through importlib.resources (works from a wheel, not only a checkout)."""

from graphbuild.resources import corpus_dir, ontology_file, queries_dir
from graphbuild.rules import bundled


def test_bundled_data_is_reachable():
    assert sorted(f.name for f in corpus_dir().iterdir() if f.name.endswith(".txt"))[0] == "000_015861bc0cb67e04.txt"
    assert ontology_file("policykg.ttl").read_text(encoding="utf-8").startswith("@prefix") or "owl:Ontology" in ontology_file("policykg.ttl").read_text(encoding="utf-8")
    assert ontology_file("authority/regions.tsv").read_text(encoding="utf-8").startswith("name\tshort\tlevel\tparent\tabbrev")
    assert any(f.name == "shared-responsibility.rq" for f in queries_dir().iterdir())
    assert "replacements" in bundled().pattern("agency_abbreviations.json")
