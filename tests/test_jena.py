"""policykg checked by Apache Jena, not only by its own code.

Jena 4.5 from Debian's ``libapache-jena-java`` runs through ``tests/jena/jena`` (the package ships
jars but no command scripts, and needs two packaging faults worked around: see that script).
Jena's ``riot --validate`` reads every RDF export of the corpus store; Jena's ``rsparql`` asks
``policykg serve`` every bundled query and gets the rows ``policykg query NAME --format csv``
prints; Jena's own engine (``sparql --data export.trig``) and policykg (``policykg query -e`` and
``serve``) count the same triples for FROM / FROM NAMED / GRAPH queries.

Skipped, with the reason, when Jena or Java is not installed (``.ci/run`` installs them).
JVM start-up dominates (about a second a run): the Jena runs of a group go in parallel.
"""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import subprocess
import urllib.parse
import urllib.request
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from netcheck import serve_in_thread

from graphbuild.cli import main
from graphbuild.export import export
from graphbuild.query import param_specs, prepare
from graphbuild.query.params import LABEL_CLASSES, bind, label_term, sparql_term
from graphbuild.store import ONTOLOGY_GRAPH, StoreDir

ROOT = Path(__file__).resolve().parents[1]
JENA = ROOT / "tests" / "jena" / "jena"
JENA_JARS = Path(os.environ.get("JENA_JAVA_DIR", "/usr/share/java"))
MISSING = (
    "Jena is not installed: needs Debian's libapache-jena-java and a Java runtime "
    "(apt-get install libapache-jena-java default-jre-headless; .ci/run does it)"
)
HAVE_JENA = (JENA_JARS / "jena-arq.jar").is_file() and shutil.which("java") is not None and shutil.which("unzip") is not None
pytestmark = [pytest.mark.jena, pytest.mark.skipif(not HAVE_JENA, reason=MISSING)]

QUERIES = sorted((ROOT / "queries").glob("*.rq"))
DOC = "https://w3id.org/policykg/id/doc/"
PKG = "https://w3id.org/policykg/ontology#"
# RDF export formats → file suffix Jena recognises (JSON-LD is read with --syntax, see below).
FORMATS = {"turtle": "ttl", "nt": "nt", "nquads": "nq", "trig": "trig", "xml": "rdf", "jsonld": "jsonld"}
WORKERS = max(2, min(4, os.cpu_count() or 2))


def jena(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(JENA), *args], capture_output=True, text=True, timeout=timeout, check=False)


def parallel(calls: dict[str, tuple[str, ...]]) -> dict[str, subprocess.CompletedProcess[str]]:
    with ThreadPoolExecutor(WORKERS) as pool:
        futures = {k: pool.submit(jena, *args) for k, args in calls.items()}
        return {k: f.result() for k, f in futures.items()}


def _norm(v: str) -> str:
    """A CSV value compared by meaning: numbers by value (1.50 = 1.5), text as is."""
    try:
        d = Decimal(v)
    except InvalidOperation:
        return v
    return format(d.normalize(), "f") if d.is_finite() else v


def csv_rows(text: str) -> tuple[list[str], Counter]:
    """Header and the multiset of rows of SPARQL CSV results (CRLF or LF; "" and unbound alike)."""
    rows = list(csv.reader(io.StringIO(text.replace("\r\n", "\n"))))
    assert rows, "no CSV header"
    return rows[0], Counter(tuple(_norm(v) for v in r) for r in rows[1:])


@pytest.fixture(scope="module")
def jena_version() -> str:
    """Jena runs at all (the xerces workaround is made here, once, before any parallel run)."""
    res = jena("version")
    assert res.returncode == 0, res.stderr
    return res.stdout.strip()


@pytest.fixture(scope="module")
def endpoint(corpus_store: Path) -> Iterator[str]:
    yield from serve_in_thread(corpus_store, timeout=60.0)


@pytest.fixture(scope="module")
def exports(corpus_store: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every RDF format, with the ontology graph (the store's whole dataset)."""
    out = tmp_path_factory.mktemp("jena-exports")
    return {name: Path(export(out / f"policykg.{ext}", name, store=corpus_store, with_ontology=True).path) for name, ext in FORMATS.items()}


def test_jena_runs_and_validates(jena_version: str, tmp_path: Path) -> None:
    assert jena_version.startswith("4."), jena_version
    bad = tmp_path / "bad.nt"
    bad.write_text('<http://example.org/s> <http://example.org/p> "x"^^<http://www.w3.org/2001/XMLSchema#integer> .\n')
    res = jena("riot", "--validate", str(bad))
    assert res.returncode != 0 and "not valid for datatype" in res.stderr, res.stderr  # it really checks


def test_riot_validates_every_export(jena_version: str, exports: dict[str, Path], corpus_store: Path) -> None:
    plain = [str(p) for n, p in exports.items() if n != "jsonld"]
    # Debian has no Jakarta JSON provider for Jena's JSON-LD 1.1 reader: JSON-LD 1.0 (jsonld-java).
    runs = parallel({"rdf": ("riot", "--validate", "--count", *plain),
                     "jsonld": ("riot", "--validate", "--count", "--syntax=JSON-LD-10", str(exports["jsonld"]))})
    quads = list(StoreDir(corpus_store).open_read())
    triples = {(q.subject, q.predicate, q.object) for q in quads}
    for res in runs.values():
        assert res.returncode == 0, res.stderr
        assert "WARN" not in res.stderr and "ERROR" not in res.stderr, res.stderr
    counts = {}
    for line in "\n".join(r.stdout + "\n" + r.stderr for r in runs.values()).splitlines():
        if " : " in line and line.startswith("file:"):
            name, _, count = line.partition(" : ")
            counts[Path(urllib.parse.urlparse(name).path).suffix[1:]] = count.strip()
    assert counts == {
        ext: (f"Quads = {len(quads):,}" if name in ("nquads", "trig", "jsonld") else f"Triples = {len(triples):,}")
        for name, ext in FORMATS.items()
    }


# Values for the required parameters of bundled queries (Jena gets the text policykg runs for them).
EXAMPLES: dict[str, dict[str, str]] = {
    "plan-changes": {"from": "重庆市制造业绿色发展行动实施方案", "to": "重庆市未来产业集群培育行动计划（2024—2027年）"},
}


def bound_text(store: Path, query: Path) -> str:
    """The text ``policykg query`` runs for ``query`` with its EXAMPLES values: a VALUES block of
    the checked and resolved terms at the start of its WHERE (graphbuild.query.runner.evaluate)."""
    text = query.read_text(encoding="utf-8")
    values = EXAMPLES.get(query.stem)
    if not values:
        return text
    p = prepare(text, params=values, specs=param_specs(text))
    st = StoreDir(store).open_read()
    terms = {}
    for name, (typ, value) in p.params.items():
        terms[name] = label_term(st, typ, name, value) if typ in LABEL_CLASSES else sparql_term(typ, value)
    return bind(p.sparql, terms)


@pytest.fixture(scope="module")
def rsparql_results(jena_version: str, endpoint: str, corpus_store: Path,
                    tmp_path_factory: pytest.TempPathFactory) -> dict[str, subprocess.CompletedProcess[str]]:
    folder = tmp_path_factory.mktemp("bound-queries")
    files = {}
    for q in QUERIES:
        files[q.stem] = q if q.stem not in EXAMPLES else folder / q.name
        if q.stem in EXAMPLES:
            files[q.stem].write_text(bound_text(corpus_store, q), encoding="utf-8")
    return parallel({name: ("rsparql", "--service", endpoint, "--query", str(f), "--results", "csv") for name, f in files.items()})


def policykg_csv(store: Path, *args: str) -> str:
    res = CliRunner().invoke(main, ["query", *args, "--store", str(store), "--format", "csv"])
    assert res.exit_code == 0, res.output
    return res.stdout


def test_every_bundled_query_is_tested() -> None:
    assert len(QUERIES) >= 9
    # Optional parameters stay unbound; a required one needs a value in EXAMPLES.
    for q in QUERIES:
        for spec in param_specs(q.read_text(encoding="utf-8")):
            if spec.description.lower().startswith("required"):  # as ParamSpec.required says
                assert spec.name in EXAMPLES.get(q.stem, {}), f"{q.name}: give EXAMPLES in tests/test_jena.py a value for ?{spec.name}"


@pytest.mark.parametrize("name", [q.stem for q in QUERIES])
def test_rsparql_against_serve_gives_the_rows_of_policykg_query(rsparql_results: dict, corpus_store: Path, name: str) -> None:
    res = rsparql_results[name]
    assert res.returncode == 0, res.stderr
    jena_head, jena_rows = csv_rows(res.stdout)
    given = [a for k, v in EXAMPLES.get(name, {}).items() for a in ("--param", f"{k}={v}")]
    ours_head, ours_rows = csv_rows(policykg_csv(corpus_store, name, *given))
    assert jena_head == ours_head
    assert sum(ours_rows.values()) > 0, f"{name} has no rows on the corpus: nothing compared"
    assert jena_rows == ours_rows


# --- FROM / FROM NAMED / GRAPH: Jena's engine over a TriG export, policykg's over the store ---------------


def _graph_pair(corpus_store: Path) -> tuple[str, str, int]:
    """Two document graphs that state some triples in common (an agency both documents name)."""
    st = StoreDir(corpus_store).open_read()
    graphs: dict[str, set] = {}
    for q in st:
        if isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value.startswith(DOC):
            graphs.setdefault(q.graph_name.value, set()).add((q.subject, q.predicate, q.object))
    names = sorted(graphs)
    a, b = max(((x, y) for i, x in enumerate(names) for y in names[i + 1:]), key=lambda p: (len(graphs[p[0]] & graphs[p[1]]), p))
    return a, b, len(graphs[a] & graphs[b])


def dataset_queries(a: str, b: str) -> dict[str, str]:
    return {
        "from_one": f"SELECT (COUNT(*) AS ?n) FROM <{a}> WHERE {{ ?s ?p ?o }}",
        "from_two_is_a_merge": f"SELECT (COUNT(*) AS ?n) FROM <{a}> FROM <{b}> WHERE {{ ?s ?p ?o }}",
        "from_two_distinct_subjects": f"SELECT (COUNT(DISTINCT ?s) AS ?n) FROM <{a}> FROM <{b}> WHERE {{ ?s ?p ?o }}",
        "from_has_no_named_graphs": f"SELECT (COUNT(*) AS ?n) FROM <{a}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
        "from_named_only_empty_default": f"SELECT (COUNT(*) AS ?n) FROM NAMED <{a}> WHERE {{ ?s ?p ?o }}",
        "from_named_graph_counts": f"SELECT ?g (COUNT(*) AS ?n) FROM NAMED <{a}> FROM NAMED <{b}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }} GROUP BY ?g",
        "from_and_from_named": (
            f"SELECT ?g (COUNT(*) AS ?n) FROM <{a}> FROM NAMED <{b}> "
            f'WHERE {{ {{ ?s ?p ?o BIND("default" AS ?g) }} UNION {{ GRAPH ?g {{ ?s ?p ?o }} }} }} GROUP BY ?g'
        ),
        "graph_counts_all": "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
        "graph_iri_counts": f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{b}> {{ ?s ?p ?o }} }}",
        "ontology_graph": f"SELECT (COUNT(*) AS ?n) FROM <{ONTOLOGY_GRAPH}> WHERE {{ ?s a ?c }}",
    }


# SPARQL 1.1 §13.2: the default graph of FROM <a> FROM <b> is the RDF merge of the graphs (a set):
# a triple both graphs hold counts once (graphbuild.query.runner merges them; pyoxigraph alone would not).
# Disagreements found today, kept as strict xfails so that each one says so when fixed.
KNOWN: dict[str, str] = {}


@pytest.fixture(scope="module")
def dataset_case_results(jena_version: str, exports: dict[str, Path], corpus_store: Path, endpoint: str,
                         tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[str, str, str]]:
    """Per query: (Jena over the TriG export, policykg query -e, serve) as CSV text."""
    a, b, _shared = _graph_pair(corpus_store)
    queries = dataset_queries(a, b)
    folder = tmp_path_factory.mktemp("dataset-queries")
    files = {}
    for k, q in queries.items():
        files[k] = folder / f"{k}.rq"
        files[k].write_text(q, encoding="utf-8")
    runs = parallel({k: ("sparql", "--data", str(exports["trig"]), "--query", str(f), "--results", "csv") for k, f in files.items()})
    out = {}
    for k, q in queries.items():
        assert runs[k].returncode == 0, runs[k].stderr
        # The same dataset given by the Protocol's parameters instead of FROM / FROM NAMED.
        params = [("named-graph-uri" if named else "default-graph-uri", iri) for named, iri in FROM.findall(q)]
        protocol = _served(endpoint, [("query", FROM.sub("", q)), *params]) if params else None
        out[k] = (runs[k].stdout, policykg_csv(corpus_store, "-e", q), _served(endpoint, [("query", q)]), protocol)
    return out


FROM = re.compile(r"FROM (NAMED )?<([^>]+)>\s*")


def _served(endpoint: str, params: list[tuple[str, str]]) -> str:
    req = urllib.request.Request(f"{endpoint}?{urllib.parse.urlencode(params)}", headers={"Accept": "text/csv"})
    with urllib.request.urlopen(req, timeout=60) as resp:
        return resp.read().decode("utf-8")


@pytest.mark.parametrize("case", [
    pytest.param(k, marks=pytest.mark.xfail(strict=True, reason=KNOWN[k])) if k in KNOWN else k
    for k in dataset_queries("a", "b")
])
def test_dataset_counts_agree_with_jena(dataset_case_results: dict, corpus_store: Path, case: str) -> None:
    jena_csv, cli_csv, served_csv, _protocol = dataset_case_results[case]
    jena_res, cli_res, served_res = csv_rows(jena_csv), csv_rows(cli_csv), csv_rows(served_csv)
    assert cli_res == served_res  # policykg's two doors give one answer
    assert sum(jena_res[1].values()) > 0
    assert cli_res == jena_res, f"Jena {sorted(jena_res[1].items())} policykg {sorted(cli_res[1].items())}"


@pytest.mark.parametrize("case", [
    pytest.param(k, marks=pytest.mark.xfail(strict=True, reason=KNOWN[k])) if k in KNOWN else k
    for k, q in dataset_queries("a", "b").items() if FROM.search(q)
])
def test_protocol_dataset_parameters_agree_with_jenas_from(dataset_case_results: dict, corpus_store: Path, case: str) -> None:
    """default-graph-uri / named-graph-uri to serve (the query without FROM) = Jena's FROM / FROM NAMED."""
    jena_csv, _cli, _served_csv, protocol_csv = dataset_case_results[case]
    assert protocol_csv is not None
    jena_res, protocol_res = csv_rows(jena_csv), csv_rows(protocol_csv)
    assert protocol_res == jena_res, f"Jena {sorted(jena_res[1].items())} serve {sorted(protocol_res[1].items())}"


# The merge on two graphs made to overlap: the corpus's may not (shared descriptions in one graph).
TINY = "https://w3id.org/policykg/test/"
TINY_TRIG = f"""<{TINY}g1> {{ <{TINY}s> <{TINY}p> <{TINY}o> . <{TINY}s> <{TINY}p> <{TINY}o1> . }}
<{TINY}g2> {{ <{TINY}s> <{TINY}p> <{TINY}o> . <{TINY}s> <{TINY}p> <{TINY}o2> . }}
"""
MERGE_QUERY = f"SELECT (COUNT(*) AS ?n) FROM <{TINY}g1> FROM <{TINY}g2> WHERE {{ ?s ?p ?o }}"


@pytest.fixture(scope="module")
def tiny_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of two graphs sharing one triple, and the same dataset as TriG beside it."""
    root = tmp_path_factory.mktemp("tiny-store")
    sd = StoreDir(root / "store")
    gen = sd.new_generation()
    st = ox.Store(str(gen.db))
    st.load(TINY_TRIG.encode("utf-8"), format=ox.RdfFormat.TRIG)
    st.flush()
    del st
    sd.publish(gen, {"documents": {}})
    (root / "tiny.trig").write_text(TINY_TRIG, encoding="utf-8")
    (root / "merge.rq").write_text(MERGE_QUERY, encoding="utf-8")
    return root


def test_jena_merges_the_from_graphs(jena_version: str, tiny_store: Path) -> None:
    res = jena("sparql", "--data", str(tiny_store / "tiny.trig"), "--query", str(tiny_store / "merge.rq"), "--results", "csv")
    assert res.returncode == 0, res.stderr
    assert csv_rows(res.stdout) == (["n"], Counter({("3",): 1}))  # s p o, o1, o2: the shared triple once


def test_policykg_merges_the_from_graphs(tiny_store: Path) -> None:
    assert csv_rows(policykg_csv(tiny_store / "store", "-e", MERGE_QUERY)) == (["n"], Counter({("3",): 1}))


def test_jena_rdfs_closure_types_no_resource_with_an_anonymous_class(jena_version: str, exports: dict[str, Path]) -> None:
    """Jena's ``infer --rdfs`` over the export: named classes only (a union-class domain typed every subject with a blank node)."""
    res = jena("infer", f"--rdfs={ROOT / 'ontology' / 'policykg.ttl'}", str(exports["nt"]))
    assert res.returncode == 0, res.stderr
    # The RDFS rules also derive generalised triples (a literal as subject), which N-Triples has not.
    lines = "".join(line + "\n" for line in res.stdout.splitlines() if line.startswith(("<", "_:")))
    closure = list(ox.parse(lines.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES))
    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    types = [(t.subject, t.object) for t in closure if t.predicate == rdf_type]
    assert not [s for s, o in types if isinstance(o, ox.BlankNode) and not isinstance(s, ox.BlankNode)]
    # The closure does infer: every Plan is a prov:Entity (Plan ⊑ prov:Plan ⊑ prov:Entity).
    plans = {s for s, o in types if o == ox.NamedNode(PKG + "Plan")}
    entities = {s for s, o in types if o == ox.NamedNode("http://www.w3.org/ns/prov#Entity")}
    assert plans and plans <= entities
