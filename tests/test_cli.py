"""The CLI: exact output and exit codes (CliRunner)."""

from __future__ import annotations

import json
from pathlib import Path

import click
from click.testing import CliRunner

from graphbuild.cli import main

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_query_workload_csv(corpus_store):
    r = run("query", "agency-workload", "--store", str(corpus_store), "--format", "csv", "--limit", "3")
    assert r.exit_code == 0
    assert r.stdout == (
        "agency,jurisdiction,tasks,lead_tasks,plans,documents,resolved\n"
        "重庆市经济和信息化委员会,重庆市,64,0,5,1,true\n"
        "重庆市发展和改革委员会,重庆市,28,0,5,1,true\n"
        "重庆市国有资产监督管理委员会,重庆市,28,0,3,1,true\n"
    )
    assert r.stderr == "(truncated: only the first 3 rows are shown; raise --limit to see more)\n"


def test_query_inline_json_with_param(corpus_store):
    r = run(
        "query", "--store", str(corpus_store), "--format", "json", "--param", "name=深圳市教育局",
        # A label is a tagged literal ("…"@zh-hans): the parameter is declared a label type (agency),
        # so it is bound to the agency's label; an undeclared parameter would be a plain string.
        "-e", "# param: name (agency)\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?name (COUNT(?t) AS ?n) WHERE { ?a rdfs:label ?name . ?t <https://w3id.org/policykg/ontology#responsibleAgency> ?a } GROUP BY ?name",
    )
    assert r.exit_code == 0
    assert json.loads(r.stdout) == [{"name": "深圳市教育局", "n": 3}]


def test_query_list_names_every_query():
    r = run("query", "--list", "--format", "tsv")
    assert r.exit_code == 0
    names = [line.split("\t")[0] for line in r.stdout.splitlines()[1:]]
    assert names == sorted(p.stem for p in (ROOT / "queries").glob("*.rq"))


def test_query_without_store_is_a_user_error(tmp_path):
    r = run("query", "plan-overview", "--store", str(tmp_path / "none"))
    assert r.exit_code == 1
    assert r.stderr == f"Error: no graph in {tmp_path / 'none'}/: run `policykg build` first (or pass --store DIR)\n"


def test_query_needs_a_name_or_expression():
    r = run("query")
    assert r.exit_code == 2
    assert "give either a query NAME or FILE.rq, or -e SPARQL (see --list)" in r.stderr


def test_refused_update(corpus_store):
    r = run("query", "--store", str(corpus_store), "-e", "DELETE WHERE { ?s ?p ?o }")
    assert r.exit_code == 1
    assert r.stderr.startswith("Error: refused: DELETE is not allowed")


def test_export_message(corpus_store, tmp_path):
    out = tmp_path / "g.nq"
    r = run("export", "--store", str(corpus_store), "--format", "application/n-quads", "-o", str(out))
    assert r.exit_code == 0
    n = sum(1 for _ in out.open(encoding="utf-8"))
    assert r.stdout == f"wrote {out} (nquads, {n} quads in 6 graphs)\n"  # five documents and the shared entities


def test_export_unknown_format(corpus_store, tmp_path):
    r = run("export", "--store", str(corpus_store), "--format", "docx", "-o", str(tmp_path / "x"))
    assert r.exit_code == 1
    assert r.stderr.startswith("Error: unknown format 'docx'; use one of: turtle, nt, nquads, trig, jsonld, xml")


def test_validate_conforms(corpus_store):
    r = run("validate", "--store", str(corpus_store))
    assert (r.exit_code, r.stdout) == (0, "conforms: the graph satisfies every SHACL shape\n")


def test_stats_json(corpus_store):
    r = run("stats", "--store", str(corpus_store), "--format", "json")
    s = json.loads(r.stdout)
    assert s["classes"]["Task"] == 81 and s["classes"]["Document"] == 5
    assert [d["document"] for d in s["documents"]][0] == "000_015861bc0cb67e04.txt"


def test_build_summary_csv(tmp_path):
    r = run("build", str(ROOT / "tests/data"), "--store", str(tmp_path / "s"), "--format", "csv")
    assert r.exit_code == 0
    assert r.stdout.splitlines()[0] == "document,title,tasks,targets,triples,status"
    assert sorted(line.split(",")[0] for line in r.stdout.splitlines()[1:]) == ["gd_province_sample.txt", "national_sample.txt"]
    assert all(line.endswith(",extracted") for line in r.stdout.splitlines()[1:])


def test_eval_json_reports_every_document():
    r = run("eval", str(ROOT / "tests/gold"), "--format", "json")
    assert r.exit_code == 0
    data = json.loads(r.stdout)
    assert [d["document"] for d in data["documents"]] == sorted(p.stem + ".txt" for p in (ROOT / "tests/gold").glob("*.json"))
    assert data["overall"]["responsibility_f1"] == 1.0
    assert (data["overall"]["agencies_split"], data["overall"]["agencies_merged"]) == (0, 0)


def test_eval_refuses_errors_of_a_metric_it_does_not_score():
    # A misspelt metric (technology for technologies) used to list nothing, as if there were no errors.
    r = run("eval", str(ROOT / "tests/gold"), "--errors", "technology")
    assert r.exit_code == 2
    assert r.stderr.endswith("Error: Invalid value for '--errors': 'technology' is no metric; use one of: responsibility, canonical_names, "
                             "lead_agency, cited_plans, parks, technologies, chains, targets, title, issuers, agencies\n")


def test_build_without_path_refuses_to_add_the_demo_to_a_research_store(tmp_path):
    store = tmp_path / "research"
    one = ROOT / "tests" / "heldout2" / "texts"
    first = next(iter(sorted(one.glob("*.txt"))))
    assert run("build", str(first), "--store", str(store)).exit_code == 0
    r = run("build", "--store", str(store))
    assert (r.exit_code, r.stdout) == (1, "")
    assert r.stderr == (f"Error: no PATH given, and {store}/ holds 1 documents besides the bundled demo corpus: give the files or folders "
                        "to build (the demo corpus only goes into an empty store, or with --replace)\n")


def test_build_without_path_says_it_builds_the_demo_into_an_empty_store(tmp_path):
    store = tmp_path / "empty"
    r = run("build", "--store", str(store), "--format", "csv")
    assert r.exit_code == 0
    assert r.stderr.startswith(f"no PATH given: building the bundled demo corpus (5 documents) into {store}/\n")
    assert len(r.stdout.splitlines()) == 6
    again = run("build", "--store", str(store), "--format", "csv")  # a store holding only the demo may be rebuilt
    assert again.exit_code == 0


def test_validate_exit_codes_tell_non_conformance_from_bad_input_and_bugs(tmp_path, monkeypatch, corpus_store):
    missing = run("validate", "--store", str(tmp_path / "none"))
    assert (missing.exit_code, missing.stderr) == (2, f"Error: no graph in {tmp_path / 'none'}/: run `policykg build` first (or pass --store DIR)\n")

    import graphbuild.validate as v

    def broken(store, jobs=1):
        raise RuntimeError("boom")

    monkeypatch.setattr(v, "validate", broken)
    bug = run("validate", "--store", str(corpus_store))
    assert (bug.exit_code, bug.stderr) == (3, "Error: internal error while validating (RuntimeError: boom); please report this as a bug\n")

    def not_conform(store, jobs=1):
        return v.ValidationReport(False, [{"focus": "x", "path": "p", "severity": "Violation", "message": "m"}])

    monkeypatch.setattr(v, "validate", not_conform)
    bad = run("validate", "--store", str(corpus_store), "--format", "csv")
    assert (bad.exit_code, bad.stdout, bad.stderr) == (1, "focus,path,severity,message\nx,p,Violation,m\n",
                                                      "Error: the graph does not conform to the SHACL shapes: 1 result(s)\n")


def test_a_policykg_error_no_command_handles_is_a_clean_message(monkeypatch, tmp_path):
    import graphbuild.stats as stats_module
    from graphbuild.errors import PolicykgError

    def broken(*_a, **_k):
        raise PolicykgError("the store says no; run policykg build")

    monkeypatch.setattr(stats_module, "stats", broken)
    result = CliRunner().invoke(main, ["stats", "--store", str(tmp_path)])
    assert (result.exit_code, result.output) == (1, "Error: the store says no; run policykg build\n")


def test_every_error_policykg_raises_on_purpose_shares_one_base():
    import importlib
    import inspect
    import pkgutil

    import graphbuild
    from graphbuild.errors import PolicykgError

    own = []
    for info in pkgutil.walk_packages(graphbuild.__path__, "graphbuild."):
        module = importlib.import_module(info.name)
        for name, obj in vars(module).items():
            if inspect.isclass(obj) and issubclass(obj, Exception) and obj.__module__ == module.__name__ and not issubclass(obj, click.ClickException):
                own.append((name, issubclass(obj, PolicykgError)))
    # Private ones (_Full, _Aborted) are control flow inside a module, never shown to a user.
    assert len(own) > 10 and [name for name, ok in own if not ok and not name.startswith("_")] == []
