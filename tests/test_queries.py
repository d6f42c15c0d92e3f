"""One test per competency query on the bundled corpus."""

from __future__ import annotations

import pytest

from graphbuild.query import QueryError, list_queries, load_query, param_specs, run_query


def rows(store, name, **params):
    text = load_query(name)
    return run_query(text, store=store, params=params, specs=param_specs(text), timeout=60).records()


def test_every_bundled_query_has_a_header():
    for q in list_queries():
        assert q.title and q.description and q.columns, q.name


def test_shared_responsibility_lists_pairs_of_both_cities(corpus_store):
    r = rows(corpus_store, "shared-responsibility")
    top = {(x["agency_a"], x["agency_b"]): x["shared_tasks"] for x in r}
    assert top[("重庆市发展和改革委员会", "重庆市经济和信息化委员会")] == 28
    assert top[("深圳市工业和信息化局", "深圳市科技创新委员会")] == 16
    assert top[("深圳市发展和改革委员会", "深圳市工业和信息化局")] == 15
    assert all(x["agency_a"] < x["agency_b"] for x in r)
    sz = next(x for x in r if x["agency_a"] == "深圳市工业和信息化局" and x["agency_b"] == "深圳市科技创新委员会")
    assert "智能传感器产业集群" in sz["chains"]


def test_shared_responsibility_with_agency_parameter(corpus_store):
    r = rows(corpus_store, "shared-responsibility", agency="深圳市教育局")
    assert {(x["agency_a"], x["agency_b"], x["shared_tasks"]) for x in r} >= {("深圳市工业和信息化局", "深圳市教育局", 3), ("深圳市教育局", "深圳市科技创新委员会", 3)}
    assert all("深圳市教育局" in (x["agency_a"], x["agency_b"]) for x in r)


def test_agency_chains_inherit_plan_chains(corpus_store):
    r = rows(corpus_store, "agency-chains", agency="深圳市教育局")
    chains = {x["chain"]: x["tasks"] for x in r}
    assert chains["智能传感器产业集群"] == 3


def test_agency_workload(corpus_store):
    r = rows(corpus_store, "agency-workload")
    first = r[0]
    assert (first["agency"], first["jurisdiction"], first["tasks"], first["plans"]) == ("重庆市经济和信息化委员会", "重庆市", 64, 5)
    assert all(x["resolved"] for x in r)


def test_plan_citations(corpus_store):
    r = rows(corpus_store, "plan-citations")
    assert len(r) == 6
    assert {"plan": "深圳市培育发展智能传感器产业集群行动计划(2022-2025年)", "cited_plan": "深圳市人民政府关于发展壮大战略性新兴产业集群和培育发展未来产业的意见", "cited_in_graph": False} in r


def test_technology_plans(corpus_store):
    r = rows(corpus_store, "technology-plans", technology="智能传感器")
    assert len(r) == 1
    assert set(r[0]["regions"].split("、")) == {"深圳市", "重庆市", "广州市"}


def test_parks(corpus_store):
    r = {x["park"]: x for x in rows(corpus_store, "parks")}
    assert r["重庆高新区"]["plans"] >= 2
    assert "两江新区" in r


def test_targets_by_year(corpus_store):
    r = rows(corpus_store, "targets", year="2027")
    assert len(r) == 15
    row = next(x for x in r if x["metric"] == "传感器及仪器仪表规上企业产值")
    assert (row["value"], row["unit"], row["qualifier"], row["base_value"]) == ("500", "亿元", "达到", 50_000_000_000)


def test_multi_region_chains(corpus_store):
    r = rows(corpus_store, "multi-region-chains")
    assert any(x["chain"] == "智能传感器产业" and x["region_names"] for x in r)
    assert all(x["regions"] >= 2 for x in r)


def test_plan_overview(corpus_store):
    r = {x["plan"]: x for x in rows(corpus_store, "plan-overview")}
    notice = r["重庆市人民政府办公厅关于印发重庆市推动制造业高质量发展重点专项实施方案的通知"]
    assert (notice["document_number"], notice["period"], notice["jurisdiction"]) == ("渝府办发〔2021〕80号", "2021—2025", "重庆市")
    sz = r["深圳市培育发展智能传感器产业集群行动计划(2022-2025年)"]
    assert (sz["tasks"], sz["targets"], sz["issuers"]) == (17, 3, "深圳市发展和改革委员会、深圳市工业和信息化局、深圳市科技创新委员会")  # sorted by label
    schemes = [x for x in r.values() if x["parent"]]
    assert len(schemes) == 5 and sum(x["tasks"] for x in schemes) == 64


def test_unknown_query_name_lists_the_known_ones():
    with pytest.raises(QueryError, match="known queries: agency-chains"):
        load_query("nope")


def test_multi_region_chains_meet_at_the_industry_of_a_cluster_or_chain(tmp_path):
    from graphbuild.build import build

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "gz.txt").write_text(
        "广州市人民政府办公厅关于印发广州市低空经济发展行动方案的通知\n一、重点任务\n"
        "（一）壮大无人机产业集群。支持整机企业扩大产能。（责任单位：市工业和信息化局、市发展改革委）\n",
        encoding="utf-8",
    )
    (docs / "cd.txt").write_text(
        "成都市人民政府办公厅关于印发成都市低空经济发展实施方案的通知\n一、重点任务\n"
        "（一）完善无人机产业链。引育关键零部件企业。（责任单位：市经信局、市科技局）\n",
        encoding="utf-8",
    )
    build([docs], store=tmp_path / "store")
    r = {x["chain"]: x for x in rows(tmp_path / "store", "multi-region-chains")}
    assert r["无人机产业"]["regions"] == 2 and sorted(r["无人机产业"]["region_names"].split("、")) == ["广州市", "成都市"]
    assert "无人机产业集群" not in r and "无人机产业链" not in r


def test_plan_tasks_lists_units_and_evidence_in_document_order(corpus_store):
    plan = "重庆市制造业绿色发展行动实施方案"
    r = rows(corpus_store, "plan-tasks", plan=plan)
    assert r and all(x["plan"] == plan for x in r)
    assert [x["ordinal"] for x in r] == sorted(x["ordinal"] for x in r)
    first = r[0]
    assert first["task"] == "严守产业政策底线"
    assert set(first["units"].split("、")) == {"重庆市经济和信息化委员会", "重庆市发展和改革委员会", "各区县"}
    assert first["document"] == "004_41ef264a0a45cb47.txt" and first["end"] > first["start"]
    assert "責任單位" in first["evidence"]  # the sentence as the (Traditional) file writes it


def test_plan_tasks_evidence_quotes_the_file(corpus_store):
    from graphbuild.read import read_source
    from graphbuild.resources import corpus_dir

    every = rows(corpus_store, "plan-tasks")
    assert every
    for x in every:
        # The text and the offsets are one passage's (a MIN of each apart had mixed two passages).
        text = read_source(corpus_dir() / x["document"]).text
        assert text[x["start"]:x["end"]] == x["evidence"], x


def test_agency_profile(corpus_store):
    r = rows(corpus_store, "agency-profile", agency="深圳市工业和信息化局")
    assert len(r) == 1
    p = r[0]
    assert (p["jurisdiction"], p["plans"], p["tasks"], p["lead_tasks"], p["years"]) == ("深圳市", 1, 17, 0, "2022—2025")
    assert p["top_partners"].startswith("深圳市科技创新委员会 (16)、深圳市发展和改革委员会 (15)")
    assert "智能传感器产业集群" in p["chains"].split("、")
    every = rows(corpus_store, "agency-profile")
    assert [x["tasks"] for x in every] == sorted((x["tasks"] for x in every), reverse=True)


def test_plan_changes_between_two_plans_of_a_region(corpus_store):
    a, b = "重庆市制造业绿色发展行动实施方案", "重庆市未来产业集群培育行动计划（2024—2027年）"
    r = rows(corpus_store, "plan-changes", **{"from": a, "to": b})
    assert r and all(x["plan_a"] == a and x["change"] in ("added", "dropped") for x in r)
    assert {x["plan_b"] for x in r} == {"重庆市未来产业集群培育行动计划(2024—2027年)"}  # found by label, full-width brackets or not
    added = {(x["aspect"], x["item"]) for x in r if x["change"] == "added"}
    dropped = {(x["aspect"], x["item"]) for x in r if x["change"] == "dropped"}
    assert added and dropped and not added & dropped
    assert ("agency", "重庆市水利局") in dropped
    # Reversed, the same differences with the roles swapped.
    back = rows(corpus_store, "plan-changes", **{"from": b, "to": a})
    assert {(x["aspect"], x["item"]) for x in back if x["change"] == "dropped"} == added


def test_plan_changes_needs_both_plans(corpus_store):
    with pytest.raises(QueryError) as err:
        rows(corpus_store, "plan-changes", **{"from": "重庆市制造业绿色发展行动实施方案"})
    assert str(err.value) == "this query needs --param to=… (required; the later plan (label or alias))"


def test_targets_by_metric(corpus_store):
    r = rows(corpus_store, "targets-by-metric", contains="产值")
    assert r and all("产值" in x["metric"] for x in r)
    assert {"metric": "传感器及仪器仪表规上企业产值", "jurisdiction": "重庆市", "target_year": "2027", "value": "500", "unit": "亿元"}.items() <= r[0].items()
    every = rows(corpus_store, "targets-by-metric")
    assert len(every) > len(r)
    assert [x["metric"] for x in every] == sorted(x["metric"] for x in every)


def test_plan_overview_shows_every_value_a_plan_holds_never_one_at_random(tmp_path):
    # Two copies of one edition that write its number with other brackets: the plan holds both forms, shown
    # sorted. Another edition of the title (2030) is a plan of its own, never a second number of this one.
    from graphbuild.build import build

    docs = tmp_path / "docs"
    docs.mkdir()
    for name, number, year in (("a.txt", "赣府发〔2031〕7号", 2031), ("b.txt", "赣府发﹝2031﹞7号", 2031), ("c.txt", "赣府发〔2030〕1号", 2030)):
        (docs / name).write_text(
            f"江西省人民政府关于推进数字经济发展的意见\n{number}\n各设区市人民政府：\n一、总体要求\n坚持创新。\n"
            f"江西省人民政府\n{year}年1月2日\n",
            encoding="utf-8",
        )
    build([docs], store=tmp_path / "store")
    got = rows(tmp_path / "store", "plan-overview")
    assert sorted(r["document_number"] for r in got) == ["赣府发〔2030〕1号", "赣府发〔2031〕7号；赣府发﹝2031﹞7号"]
    assert {r["jurisdiction"] for r in got} == {"江西省"}


def test_mention_confidences_are_per_document_graph_and_between_0_and_1(corpus_store):
    # The query README.md ("What is in the graph") gives analysts for keeping only confident mentions.
    text = (
        "PREFIX pkg: <https://w3id.org/policykg/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
        "SELECT ?label ?g ?c WHERE { ?t a pkg:Technology ; rdfs:label ?label . GRAPH ?g { ?t pkg:confidence ?c } }"
    )
    got = run_query(text, store=corpus_store, params={}, specs={}, timeout=60).records()
    assert len(got) >= 20
    assert all(0.0 <= float(r["c"]) <= 1.0 for r in got)
    assert all(r["g"].startswith("https://w3id.org/policykg/id/doc/") for r in got)
    # Each document states its own confidences, in its own graph (five documents in the corpus).
    assert len({r["g"] for r in got}) >= 3
