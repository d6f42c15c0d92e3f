"""User authority files (`policykg build --authority FILE`): graphbuild/resolve/user_authority.py, the merge in
resolve/agencies.authority, the RuleSet digest, the store's record of them, and the round trip from `policykg unresolved`.

Every name here is made up (星河…): none is in the bundled authority file, so what resolves them is the user's data.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from graphbuild.cli import main
from graphbuild.pipeline import check_rules
from graphbuild.resolve.agencies import resolve_unit
from graphbuild.resolve.regions import Jurisdiction, gazetteer
from graphbuild.resolve.user_authority import MAX_FILE_BYTES
from graphbuild.rules import RuleError, bundled, load_ruleset, using

G = gazetteer()
CQ = Jurisdiction("municipality", province=G.get("重庆市"))
NATIONAL = Jurisdiction("national")
PREFIXES = (
    "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
    "@prefix dcterms: <http://purl.org/dc/terms/> .\n"
    "@prefix pkg: <https://w3id.org/policykg/ontology#> .\n"
    "@prefix auth: <https://w3id.org/policykg/authority/agency/> .\n"
)
XINGHE_TTL = PREFIXES + (
    '<https://example.org/auth/xinghe> a skos:Concept ; skos:prefLabel "星河产业协调办公室"@zh-Hans ; skos:altLabel "星河协调办"@zh-Hans .\n'
    '<https://example.org/auth/guangqi> a skos:Concept, pkg:Organisation ; skos:prefLabel "光启星河科技有限公司"@zh-Hans ;\n'
    '    skos:altLabel "光启星河"@zh-Hans .\n'
)


def write(path: Path, text: str | bytes) -> Path:
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return path


def resolved(rules, unit: str, ctx: Jurisdiction = NATIONAL, year: int = 2024) -> tuple[str, str, bool, str]:
    check_rules(rules)
    with using(rules):
        r = resolve_unit(unit, ctx, year=year)
    return r.label, r.kind, r.resolved, r.level


# --- the rules: add, override by IRI, override by label, kind ----------------------------------------------------


def test_user_concept_adds_to_the_bundled_ones(tmp_path):
    rules = load_ruleset(extra_authority=[write(tmp_path / "x.ttl", XINGHE_TTL)])
    assert resolved(bundled(), "星河协调办") == ("星河协调办公室", "agency", False, "national")
    assert resolved(rules, "星河协调办") == ("星河产业协调办公室", "agency", True, "national")
    # The bundled concepts are all still there.
    assert resolved(rules, "发展改革委") == ("国家发展和改革委员会", "agency", True, "national")


def test_user_concept_of_an_organisation_is_not_a_government_body(tmp_path):
    rules = load_ruleset(extra_authority=[write(tmp_path / "x.ttl", XINGHE_TTL)])
    assert resolved(bundled(), "光启星河", CQ) == ("重庆市光启星河", "agency", False, "municipality")
    assert resolved(rules, "光启星河", CQ) == ("光启星河科技有限公司", "organisation", True, "organisation")


def test_user_concept_with_a_bundled_iri_replaces_it(tmp_path):
    ttl = PREFIXES + 'auth:ndrc a skos:Concept ; skos:prefLabel "星河发展和改革委员会"@zh-Hans ; skos:altLabel "发展改革委"@zh-Hans .\n'
    rules = load_ruleset(extra_authority=[write(tmp_path / "ndrc.ttl", ttl)])
    assert resolved(rules, "发展改革委") == ("星河发展和改革委员会", "agency", True, "national")
    # The bundled concept's other labels went with it: 发改委 no longer names the bundled body.
    assert resolved(bundled(), "发改委")[0] == "国家发展和改革委员会"
    assert resolved(rules, "发改委")[0] != "国家发展和改革委员会"


def test_user_label_of_a_bundled_concept_maps_to_the_user_concept(tmp_path):
    ttl = PREFIXES + '<https://example.org/auth/fgw> a skos:Concept ; skos:prefLabel "星河发展改革局"@zh-Hans ; skos:altLabel "发改委"@zh-Hans .\n'
    rules = load_ruleset(extra_authority=[write(tmp_path / "label.ttl", ttl)])
    assert resolved(rules, "发改委") == ("星河发展改革局", "agency", True, "national")
    # Labels the user did not claim keep their bundled reading.
    assert resolved(rules, "发展改革委") == ("国家发展和改革委员会", "agency", True, "national")


def test_later_user_file_wins(tmp_path):
    first = write(tmp_path / "a.ttl", XINGHE_TTL)
    second = write(tmp_path / "b.tsv", "label\tfull_name\n星河协调办\t星河产业发展办公室\n")
    rules = load_ruleset(extra_authority=[first, second])
    assert resolved(rules, "星河协调办") == ("星河产业发展办公室", "agency", True, "national")


def test_tsv_rows_kinds_iris_and_skipped_rows(tmp_path):
    tsv = (
        "label\tcount\tdocuments\tfull_name\tkind\tauthority_iri\n"
        "重庆市星河办公室\t2\ta.txt b.txt\t重庆市星河产业发展办公室\t\t\n"
        "市星河联盟\t1\ta.txt\t重庆星河产业联盟\torganisation\thttps://example.org/auth/lm\n"
        "星河委\t1\ta.txt\t\t\thttps://w3id.org/policykg/authority/agency/ndrc\n"
        "未填写的单位\t1\ta.txt\t\t\t\n"
    )
    rules = load_ruleset(extra_authority=[write(tmp_path / "filled.tsv", tsv)])
    assert rules.user_authority[0].skipped == 1
    assert resolved(rules, "市星河办", CQ) == ("重庆市星河产业发展办公室", "agency", True, "municipality")
    assert resolved(rules, "市星河联盟", CQ) == ("重庆星河产业联盟", "organisation", True, "organisation")
    # A row's own IRI is the concept the graph links the unit to; a row without one links to nothing.
    with using(rules):
        assert resolve_unit("市星河联盟", CQ, year=2024).authority_iri == "https://example.org/auth/lm"
        assert resolve_unit("市星河办", CQ, year=2024).authority_iri == ""
    # A row with only an IRI adds its label to that concept, which keeps its name and its other labels.
    assert resolved(rules, "星河委") == ("国家发展和改革委员会", "agency", True, "national")
    assert resolved(rules, "发改委") == ("国家发展和改革委员会", "agency", True, "national")


def test_user_data_enters_the_digest_by_content(tmp_path):
    a = load_ruleset(extra_authority=[write(tmp_path / "a.ttl", XINGHE_TTL)])
    same = load_ruleset(extra_authority=[write(tmp_path / "other-name.ttl", XINGHE_TTL)])
    changed = load_ruleset(extra_authority=[write(tmp_path / "c.ttl", XINGHE_TTL.replace("星河产业协调办公室", "星河协调办公室"))])
    assert len({bundled().digest, a.digest, changed.digest}) == 3
    assert same.digest == a.digest


# --- bad files: a RuleError naming the file and the fix -------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("bad.ttl", b"\xff\xfe\x00not utf-8", "is not UTF-8 (byte 0); save it as UTF-8"),
        ("bad.ttl", PREFIXES + "<https://example.org/a> skos:prefLabel .\n", "is not valid turtle"),
        ("bad.ttl", PREFIXES + '<https://example.org/a> a skos:Concept ; skos:altLabel "星河办" .\n',
         "https://example.org/a: a concept without skos:prefLabel; give its full official name as skos:prefLabel"),
        ("bad.ttl", PREFIXES + '[] skos:prefLabel "星河办" .\n', "(blank node): a concept without an IRI"),
        ("bad.ttl", PREFIXES + "<https://example.org/a> a skos:ConceptScheme .\n", "holds no skos:Concept"),
        ("deep.ttl", PREFIXES + "<https://example.org/a> skos:note " + "(" * 50_000 + ")" * 50_000 + " .\n", "is not valid turtle"),
        ("bad.tsv", "label\tfull_name\tkind\n星河办\t星河办公室\tcompany\n", "line 2: unknown kind 'company': write agency"),
        ("bad.tsv", "name\tvalue\n星河办\t星河办公室\n", "line 1: has no label and full_name columns"),
        ("bad.tsv", "label\tfull_name\n" + "星" * 300 + "\t星河办公室\n", "line 2: a label of 300 characters"),
        ("bad.tsv", "label\tfull_name\tauthority_iri\n星河办\t\tnot an iri\n", "line 2: IRI 'not an iri' is not an absolute IRI (https://…); give one, or leave authority_iri empty"),
        ("bad.tsv", "label\tfull_name\n" + "x" * 200_000 + "\t星河办公室\n", "is not a readable TSV file (field larger than field limit"),
        ("bad.txt", "星河办", "is not a .ttl (SKOS, as ontology/authority/agencies.ttl) or .tsv"),
    ],
)
def test_bad_user_file_is_a_rule_error_naming_it(tmp_path, name, content, reason):
    path = write(tmp_path / name, content)
    with pytest.raises(RuleError) as err:
        load_ruleset(extra_authority=[path])
    assert err.value.file == str(path)
    assert reason in str(err.value)
    assert str(err.value).endswith("(the rules are checked before any document is read; fix the file, or leave out its --authority)")


def test_missing_and_huge_user_files(tmp_path):
    with pytest.raises(RuleError, match=r"none\.ttl: no such file \(give the path of a \.ttl or \.tsv authority file\)"):
        load_ruleset(extra_authority=[tmp_path / "none.ttl"])
    huge = write(tmp_path / "huge.tsv", b"label\tfull_name\n" + b"x" * MAX_FILE_BYTES)
    with pytest.raises(RuleError, match=rf"huge\.tsv: is {MAX_FILE_BYTES + 16:,} bytes, over the limit of {MAX_FILE_BYTES:,}"):
        load_ruleset(extra_authority=[huge])


def test_tsv_iri_of_no_concept_fails_the_rules_check(tmp_path):
    path = write(tmp_path / "iri.tsv", "label\tfull_name\tauthority_iri\n星河办\t\thttps://example.org/none\n")
    rules = load_ruleset(extra_authority=[path])  # the file is well formed; what it refers to is checked with the rules
    with pytest.raises(RuleError, match=r"iri\.tsv: https://example\.org/none: names no concept of the bundled authority file"):
        check_rules(rules)


# --- the command line: the round trip, the .ttl form, later builds -------------------------------------------------

PLAN = (
    "重庆市星河产业发展行动方案\n"
    "一、建设星河算力中心。（责任单位：市星河办、市经济信息委）\n"
    "二、培育星河数据市场。（责任单位：市星河联盟、市财政局）\n"
)
PLAN_B = "重庆市星河二期方案\n一、推进星河二期。（责任单位：市星河办）\n"
AGENCIES = (
    "PREFIX pkg: <https://w3id.org/policykg/ontology#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
    "SELECT ?label ?resolved ?organisation WHERE { ?a a pkg:Agency ; skos:prefLabel ?label ; pkg:resolved ?resolved . "
    "BIND(EXISTS { ?a a pkg:Organisation } AS ?organisation) } ORDER BY ?label"
)
LINKS = (
    "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
    "SELECT ?label ?concept WHERE { ?a skos:exactMatch ?concept ; skos:prefLabel ?label } ORDER BY ?label"
)
TEMPLATE = (
    "label\tcount\tdocuments\tfull_name\tkind\tauthority_iri\n"
    "市星河联盟\t1\tplan.txt\t\t\t\n"
    "重庆市星河办公室\t1\tplan.txt\t\t\t\n"
)


def run(*args: str):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def docs(tmp_path: Path, name: str = "docs", files: dict[str, str] | None = None) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    for f, text in (files or {"plan.txt": PLAN}).items():
        (folder / f).write_text(text, encoding="utf-8")
    return folder


def fill(template: str) -> str:
    """Fill the unresolved template as a user would: a full name for the office, kind organisation for the alliance."""
    rows = [line.split("\t") for line in template.splitlines()]
    for r in rows[1:]:
        if r[0] == "重庆市星河办公室":
            r[3] = "重庆市星河产业发展办公室"
        elif r[0] == "市星河联盟":
            r[3], r[4] = "重庆星河产业联盟", "organisation"
    return "".join("\t".join(r) + "\n" for r in rows)


def test_round_trip_from_the_unresolved_template(tmp_path):
    store = tmp_path / "store"
    first = run("build", docs(tmp_path), "--store", store, "--format", "tsv")
    assert (first.exit_code, first.stdout, first.stderr) == (
        0, "document\ttitle\ttasks\ttargets\ttriples\tstatus\nplan.txt\t重庆市星河产业发展行动方案\t2\t0\t147\textracted\n", "")
    template = run("unresolved", "--store", store, "--format", "tsv")
    assert (template.exit_code, template.stdout) == (0, TEMPLATE)

    # The user fills two rows and leaves a third one (added here) for later.
    filled = write(tmp_path / "filled.tsv", fill(template.stdout) + "某未知单位\t1\tplan.txt\t\t\t\n")
    second = run("build", docs(tmp_path, "docs2"), "--store", store, "--authority", filled, "--format", "tsv")
    assert (second.exit_code, second.stdout) == (
        0, "document\ttitle\ttasks\ttargets\ttriples\tstatus\nplan.txt\t重庆市星河产业发展行动方案\t2\t0\t148\textracted\n")
    assert second.stderr == f"warning: {filled}: 1 row(s) without a full name or IRI skipped\n"

    after = run("unresolved", "--store", store, "--format", "tsv")
    assert (after.exit_code, after.stdout) == (0, "label\tcount\tdocuments\tfull_name\tkind\tauthority_iri\n")
    graph = run("query", "-e", AGENCIES, "--store", store, "--format", "tsv")
    assert (graph.exit_code, graph.stdout) == (0, (
        "label\tresolved\torganisation\n"
        "重庆市星河产业发展办公室\ttrue\tfalse\n"
        "重庆市经济和信息化委员会\ttrue\tfalse\n"
        "重庆市财政局\ttrue\tfalse\n"
        "重庆星河产业联盟\ttrue\ttrue\n"
    ))
    # Rows without an IRI link to nothing: the IRI minted for them is no concept anyone published.
    assert run("query", "-e", LINKS, "--store", store, "--format", "tsv").stdout == "label\tconcept\n"
    # The store keeps a copy of the file it was built with, named in the manifest.
    manifest = json.loads((store / "current" / "manifest.json").read_text(encoding="utf-8"))
    (entry,) = manifest["authority"]
    assert (entry["name"], entry["kind"]) == ("filled.tsv", "tsv")
    assert (store / "authority" / f"{entry['sha256']}.tsv").read_bytes() == filled.read_bytes()


def test_round_trip_with_a_ttl_file(tmp_path):
    store = tmp_path / "store"
    assert run("build", docs(tmp_path), "--store", store, "--format", "tsv").exit_code == 0
    ttl = write(tmp_path / "mine.ttl", PREFIXES + (
        '<https://example.org/auth/xh> a skos:Concept ; skos:prefLabel "重庆市星河产业发展办公室"@zh-Hans ;\n'
        '    skos:altLabel "重庆市星河办公室"@zh-Hans ; dcterms:spatial "重庆市" .\n'
    ))
    r = run("build", docs(tmp_path, "again"), "--store", store, "--authority", ttl, "--format", "tsv")
    assert (r.exit_code, r.stderr) == (0, "")
    after = run("unresolved", "--store", store, "--format", "tsv")
    assert after.stdout == "label\tcount\tdocuments\tfull_name\tkind\tauthority_iri\n市星河联盟\t1\tplan.txt\t\t\t\n"
    graph = run("query", "-e", AGENCIES, "--store", store, "--format", "tsv")
    assert "重庆市星河产业发展办公室\ttrue\tfalse\n" in graph.stdout
    # The unit is linked to the user's concept.
    linked = run("query", "-e", LINKS, "--store", store, "--format", "tsv")
    assert (linked.exit_code, linked.stdout) == (0, "label\tconcept\n重庆市星河产业发展办公室\thttps://example.org/auth/xh\n")


def test_later_builds_use_the_recorded_files_until_replaced(tmp_path):
    store = tmp_path / "store"
    filled = write(tmp_path / "filled.tsv", fill(TEMPLATE))
    assert run("build", docs(tmp_path), "--store", store, "--authority", filled, "--format", "tsv").exit_code == 0
    filled.unlink()  # the store's copy is what later builds use

    # A later build without --authority resolves its new document with the same data, and says so.
    later = run("build", docs(tmp_path, "b", {"b.txt": PLAN_B}), "--store", store, "--format", "tsv")
    assert (later.exit_code, later.stdout) == (
        0, "document\ttitle\ttasks\ttargets\ttriples\tstatus\nb.txt\t重庆市星河二期方案\t1\t0\t68\textracted\n")
    assert later.stderr == (f"warning: using the 1 authority file(s) {store}/ was built with (filled.tsv); "
                            "give --authority FILE to replace them, --no-authority to build without them\n")
    assert run("unresolved", "--store", store, "--format", "tsv").stdout == "label\tcount\tdocuments\tfull_name\tkind\tauthority_iri\n"

    # Dropping the data rebuilds the document kept from the first build from the store's text: no mixed store.
    dropped = run("build", docs(tmp_path, "b2", {"b.txt": PLAN_B}), "--store", store, "--no-authority", "--format", "tsv")
    assert (dropped.exit_code, dropped.stdout) == (0, (
        "document\ttitle\ttasks\ttargets\ttriples\tstatus\n"
        "b.txt\t重庆市星河二期方案\t1\t0\t68\textracted\n"
        "plan.txt\t重庆市星河产业发展行动方案\t2\t0\t147\tre-extracted\n"
    ))
    assert dropped.stderr == f"warning: rebuilding 1 document(s) of {store}/ from the texts it keeps: they were built with other authority data\n"
    assert run("unresolved", "--store", store, "--format", "tsv").stdout == (
        "label\tcount\tdocuments\tfull_name\tkind\tauthority_iri\n"
        "重庆市星河办公室\t2\tb.txt plan.txt\t\t\t\n"
        "市星河联盟\t1\tplan.txt\t\t\t\n"
    )
    manifest = json.loads((store / "current" / "manifest.json").read_text(encoding="utf-8"))
    assert "authority" not in manifest
    # The document rebuilt from the store has the graph a fresh build of its file gives.
    fresh = tmp_path / "fresh"
    assert run("build", docs(tmp_path, "fresh-docs"), "--store", fresh, "--format", "tsv").exit_code == 0
    (plan_hash,) = [h for h, d in manifest["documents"].items() if d["names"] == ["plan.txt"]]
    key = manifest["documents"][plan_hash]["cache"]
    assert (store / "cache" / f"{key}.nq").read_bytes() == (fresh / "cache" / f"{key}.nq").read_bytes()
    # Nothing is recorded any more: the next build says nothing about authority files.
    quiet = run("build", docs(tmp_path, "b3", {"b.txt": PLAN_B}), "--store", store, "--format", "tsv")
    assert (quiet.exit_code, quiet.stderr) == (0, "")


def test_a_web_page_rebuilt_from_the_store_keeps_its_metadata(tmp_path):
    # A reader's metadata (the gov.cn table: 发文机关, 索引号 …) is not in the text: the store keeps it beside.
    page = (Path(__file__).parent / "formats" / "govcn_37.html").read_bytes()
    folder = docs(tmp_path)
    (folder / "page.html").write_bytes(page)
    store, fresh = tmp_path / "store", tmp_path / "fresh"
    assert run("build", folder, "--store", store, "--authority", write(tmp_path / "filled.tsv", fill(TEMPLATE)), "--format", "tsv").exit_code == 0
    only_plan = docs(tmp_path, "plan-only")
    dropped = run("build", only_plan, "--store", store, "--no-authority", "--format", "tsv")
    assert dropped.exit_code == 0
    statuses = [(row.split("\t")[0], row.split("\t")[-1]) for row in dropped.stdout.splitlines()[1:]]
    assert statuses == [("page.html", "re-extracted"), ("plan.txt", "extracted")]
    assert run("build", folder, "--store", fresh, "--format", "tsv").exit_code == 0
    manifest = json.loads((store / "current" / "manifest.json").read_text(encoding="utf-8"))
    (key,) = [d["cache"] for d in manifest["documents"].values() if d["names"] == ["page.html"]]
    assert (store / "cache" / f"{key}.nq").read_bytes() == (fresh / "cache" / f"{key}.nq").read_bytes()


def test_store_without_copies_of_how_documents_were_read_says_how_many_and_the_fix(tmp_path):
    store = tmp_path / "store"
    assert run("build", docs(tmp_path), "--store", store, "--format", "tsv").exit_code == 0
    for f in (store / "texts").glob("*.source.json"):
        f.unlink()  # as a store written before they were kept
    filled = write(tmp_path / "filled.tsv", fill(TEMPLATE))
    r = run("build", docs(tmp_path, "b", {"b.txt": PLAN_B}), "--store", store, "--authority", filled, "--format", "tsv")
    assert r.exit_code == 0
    assert r.stderr == (f"warning: 1 document(s) of {store}/ were built with other authority data and the store keeps no copy to re-extract "
                        f"them from (built by an earlier policykg); build them again: policykg build PATHS --store {store}\n")


def test_bad_authority_file_exits_4_and_leaves_the_store_unchanged(tmp_path):
    store = tmp_path / "store"
    assert run("build", docs(tmp_path), "--store", store, "--format", "tsv").exit_code == 0
    before = (store / "current").resolve(), (store / "current" / "manifest.json").read_bytes()
    bad = write(tmp_path / "bad.ttl", PREFIXES + '<https://example.org/a> a skos:Concept ; skos:altLabel "星河办" .\n')
    r = run("build", docs(tmp_path, "b", {"b.txt": PLAN_B}), "--store", store, "--authority", bad)
    assert (r.exit_code, r.stdout) == (4, "")
    assert r.stderr == (f"Error: {bad}: https://example.org/a: a concept without skos:prefLabel; give its full official name as skos:prefLabel "
                        "(the rules are checked before any document is read; fix the file, or leave out its --authority)\n")
    assert ((store / "current").resolve(), (store / "current" / "manifest.json").read_bytes()) == before
    assert not (store / "authority").exists()
    both = run("build", docs(tmp_path, "c", {"b.txt": PLAN_B}), "--store", store, "--authority", bad, "--no-authority")
    assert (both.exit_code, both.stderr.splitlines()[-1]) == (2, "Error: give either --authority FILE or --no-authority, not both")


GOLD = {
    "title": "重庆市星河产业发展行动方案", "issuers": [], "plans_cited": [], "sub_plans": [], "parks": [], "technologies": [], "chains": [],
    "targets": [], "tasks": [
        {"heading": "建设星河算力中心", "responsible": ["重庆市星河产业发展办公室", "重庆市经济和信息化委员会"], "responsible_as_written": ["市星河办", "市经济信息委"]},
        {"heading": "培育星河数据市场", "responsible": ["重庆星河产业联盟", "重庆市财政局"], "responsible_as_written": ["市星河联盟", "市财政局"]},
    ],
}


def test_eval_takes_authority_files(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "plan.json").write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    texts = docs(tmp_path)
    filled = write(tmp_path / "filled.tsv", fill(TEMPLATE))
    without = run("eval", gold, texts, "--format", "json")
    with_data = run("eval", gold, texts, "--format", "json", "--authority", filled)
    assert (without.exit_code, with_data.exit_code) == (0, 0)
    assert json.loads(without.stdout)["overall"]["canonical_names_acc"] == 0.5
    assert json.loads(with_data.stdout)["overall"]["canonical_names_acc"] == 1.0

    missing = run("eval", tmp_path, "--authority", tmp_path / "none.tsv")
    assert missing.exit_code == 4
    assert missing.stderr == (f"Error: {tmp_path / 'none.tsv'}: no such file (give the path of a .ttl or .tsv authority file) "
                              "(the rules are checked before any document is read; fix the file, or leave out its --authority)\n")


def test_remove_keeps_the_record_of_authority_files(tmp_path):
    store = tmp_path / "store"
    filled = write(tmp_path / "filled.tsv", fill(TEMPLATE))
    folder = docs(tmp_path, "two", {"plan.txt": PLAN, "b.txt": PLAN_B})
    assert run("build", folder, "--store", store, "--authority", filled, "--format", "tsv").exit_code == 0
    assert run("remove", "b.txt", "--store", store).exit_code == 0
    manifest = json.loads((store / "current" / "manifest.json").read_text(encoding="utf-8"))
    assert [a["name"] for a in manifest["authority"]] == ["filled.tsv"]
