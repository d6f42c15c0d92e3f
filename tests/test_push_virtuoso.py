"""``policykg push`` against a real Virtuoso (Debian's virtuoso-opensource-7), started here.

The test starts ``virtuoso-t`` on free 127.0.0.1 ports with a fresh database in a temporary
folder, pushes the corpus store through the Graph Store Protocol, runs the bundled
shared-responsibility query on Virtuoso's /sparql and compares the rows with the local store's,
and stops Virtuoso whatever happens. Skipped when ``virtuoso-t`` is not installed.
"""

from __future__ import annotations

import json
import re
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
import requests
from click.testing import CliRunner
from requests.auth import HTTPDigestAuth

from graphbuild.build import remove
from graphbuild.cli import main
from graphbuild.query import load_query, run_query
from graphbuild.store import ONTOLOGY_GRAPH, StoreDir

pytestmark = [
    pytest.mark.server,
    pytest.mark.skipif(
        shutil.which("virtuoso-t") is None,
        reason="virtuoso-t not found: install Debian's virtuoso-opensource-7 (apt-get install virtuoso-opensource-7; .ci/run does)",
    ),
]

INI = """[Database]
DatabaseFile       = {dir}/virtuoso.db
ErrorLogFile       = {dir}/virtuoso.log
LockFile           = {dir}/virtuoso.lck
TransactionFile    = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
ErrorLogLevel      = 7
FileExtend         = 200
MaxCheckpointRemap = 2000
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile       = {dir}/virtuoso-temp.db
TransactionFile    = {dir}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping           = 0

[Parameters]
ServerPort           = 127.0.0.1:{sql_port}
DisableUnixSocket    = 1
CheckpointInterval   = 60
CaseMode             = 2
DirsAllowed          = ., {dir}
NumberOfBuffers      = 10000
MaxDirtyBuffers      = 6000

[HTTPServer]
ServerPort           = 127.0.0.1:{http_port}
ServerRoot           = {dir}
MaxClientConnections = 4
ServerThreads        = 4
Charset              = UTF-8

[SPARQL]
ResultSetMaxRows      = 100000
MaxQueryExecutionTime = 120
"""
GRAPHS = "https://w3id.org/policykg/"
READY_WITHIN = 180.0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Virtuoso:
    """A running virtuoso-t with its ports."""

    def __init__(self, proc: subprocess.Popen, folder: Path, http_port: int, sql_port: int) -> None:
        self.proc, self.folder, self.http_port, self.sql_port = proc, folder, http_port, sql_port

    @property
    def sparql(self) -> str:
        return f"http://127.0.0.1:{self.http_port}/sparql"

    @property
    def gsp(self) -> str:
        return f"http://127.0.0.1:{self.http_port}/sparql-graph-crud-auth"

    def log_tail(self) -> str:
        f = self.folder / "virtuoso.log"
        return "\n".join(f.read_text(errors="replace").splitlines()[-20:]) if f.exists() else "(no log)"

    def select(self, query: str) -> list[dict[str, object]]:
        """Rows of a SELECT on /sparql (form POST, JSON results) as plain values."""
        data = urllib.parse.urlencode({"query": query}).encode()
        req = urllib.request.Request(self.sparql, data=data, headers={"Accept": "application/sparql-results+json"})
        try:
            with urllib.request.urlopen(req, timeout=120) as resp:
                res = json.loads(resp.read())
        except urllib.error.HTTPError as exc:
            raise AssertionError(f"Virtuoso refused the query: HTTP {exc.code}: {exc.read()[:600]!r}") from exc
        rows = []
        for b in res["results"]["bindings"]:
            row: dict[str, object] = {}
            for k, v in b.items():
                dt = v.get("datatype", "")
                row[k] = int(v["value"]) if dt.endswith(("#integer", "#int", "#long")) else v["value"]
            rows.append(row)
        return rows

    def count_policykg_triples(self) -> int:
        q = f'SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), "{GRAPHS}")) }}'
        return int(self.select(q)[0]["n"])  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Virtuoso]:
    """Virtuoso on free 127.0.0.1 ports with an empty database; stopped at the end in all cases."""
    folder = tmp_path_factory.mktemp("virtuoso")
    http_port, sql_port = _free_port(), _free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(INI.format(dir=folder, http_port=http_port, sql_port=sql_port), encoding="utf-8")
    out = open(folder / "stdout.log", "wb")
    proc = subprocess.Popen(["virtuoso-t", "+foreground", "+configfile", str(ini)], cwd=folder, stdout=out, stderr=subprocess.STDOUT)
    server = Virtuoso(proc, folder, http_port, sql_port)
    try:
        deadline = time.monotonic() + READY_WITHIN
        while True:
            if proc.poll() is not None:
                pytest.fail(f"virtuoso-t exited with {proc.returncode} before it was ready:\n{server.log_tail()}")
            try:
                with urllib.request.urlopen(f"{server.sparql}?query=ASK%7B%7D", timeout=5) as resp:
                    if resp.status == 200:
                        break
            except (urllib.error.URLError, OSError):
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"Virtuoso did not answer on {server.sparql} within {READY_WITHIN:g} s:\n{server.log_tail()}")
            time.sleep(0.5)
        yield server
    finally:
        proc.terminate()
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)
        out.close()


@pytest.fixture()
def store_copy(corpus_store: Path, tmp_path: Path) -> Path:
    """A copy of the corpus store (push writes its push-state.json into the store folder)."""
    dst = tmp_path / "store"
    shutil.copytree(corpus_store, dst, symlinks=True)
    return dst


def _push(store: Path, endpoint: str, *extra: str) -> str:
    res = CliRunner().invoke(main, ["push", "--endpoint", endpoint, "--store", str(store), *extra])
    assert res.exit_code == 0, res.output
    return res.output


def _local_triples(store: Path) -> int:
    return len(StoreDir(store).open_read())


# Virtuoso 7 writes a non-ASCII GROUP_CONCAT separator as "?": split on both to compare the items.
_SEPARATORS = re.compile(r"[、?]| \| ")


def _normalise(row: dict[str, object]) -> tuple:
    def items(v: object) -> frozenset[str]:
        return frozenset(p for p in _SEPARATORS.split(str(v or "")) if p)

    n = row["shared_tasks"]
    return (row["agency_a"], row["agency_b"], int(n) if isinstance(n, (int, Decimal, str)) else n, items(row.get("chains")), items(row.get("plans")))


def test_push_then_shared_responsibility_gives_the_local_rows(virtuoso: Virtuoso, store_copy: Path) -> None:
    out = _push(store_copy, virtuoso.gsp, "--user", "dba", "--password", "dba")
    assert "pushed 7 graphs" in out  # five documents, the shared entities and the ontology
    assert virtuoso.count_policykg_triples() == _local_triples(store_copy)

    text = load_query("shared-responsibility")
    # No FROM: Virtuoso's default graph is the union of all its graphs, like the local store's.
    remote = virtuoso.select(text)
    local = run_query(text, store=store_copy).records()
    assert len(local) > 50
    assert sorted(map(_normalise, remote), key=repr) == sorted(map(_normalise, local), key=repr)
    assert remote[0]["shared_tasks"] == local[0]["shared_tasks"]  # the same order: most shared first


def test_push_is_idempotent_and_drops_removed_documents(virtuoso: Virtuoso, store_copy: Path) -> None:
    _push(store_copy, virtuoso.gsp, "--user", "dba", "--password", "dba")
    _push(store_copy, virtuoso.gsp, "--user", "dba", "--password", "dba", "--format", "nt")
    assert virtuoso.count_policykg_triples() == _local_triples(store_copy)

    gone = remove(["002_edffe4667c0bf87f.txt"], store=store_copy)
    assert gone == ["002_edffe4667c0bf87f.txt"]
    out = _push(store_copy, virtuoso.gsp, "--user", "dba", "--password", "dba")
    assert "deleted 1 stale graph" in out
    assert virtuoso.count_policykg_triples() == _local_triples(store_copy)


def test_push_errors_name_the_fix(virtuoso: Virtuoso, store_copy: Path) -> None:
    res = CliRunner().invoke(main, ["push", "--endpoint", virtuoso.gsp, "--store", str(store_copy)])
    assert res.exit_code == 1 and "--user" in res.output and "401" in res.output
    plain = virtuoso.gsp.replace("-auth", "")
    res = CliRunner().invoke(main, ["push", "--endpoint", plain, "--store", str(store_copy)])
    assert res.exit_code == 1 and "SPARQL_UPDATE" in res.output and "403" in res.output
    res = CliRunner().invoke(main, ["push", "--endpoint", virtuoso.sparql.replace("/sparql", "/nothing"), "--store", str(store_copy)])
    assert res.exit_code == 1 and "not a Graph Store Protocol endpoint" in res.output


def test_unauthenticated_endpoint_after_grant(virtuoso: Virtuoso, store_copy: Path) -> None:
    """The recipe of docs/interoperability.md: grant SPARQL_UPDATE, then push to /sparql-graph-crud."""
    isql = shutil.which("isql-vt") or shutil.which("isql")
    if isql is None:
        pytest.skip("isql-vt not found (it comes with virtuoso-opensource-7)")
    done = subprocess.run(
        [isql, f"127.0.0.1:{virtuoso.sql_port}", "dba", "dba", 'EXEC=GRANT SPARQL_UPDATE TO "SPARQL";'],
        capture_output=True, text=True, timeout=60,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    _push(store_copy, virtuoso.gsp.replace("-auth", ""))
    assert virtuoso.count_policykg_triples() == _local_triples(store_copy)


def test_push_to_the_query_endpoint_fails_at_once(virtuoso: Virtuoso, store_copy: Path) -> None:
    """Virtuoso's /sparql never answers a PUT (the push used to wait out its 120 s timeout): it is recognised first."""
    t0 = time.monotonic()
    res = CliRunner().invoke(main, ["push", "--endpoint", virtuoso.sparql, "--store", str(store_copy), "--user", "dba", "--password", "dba"])
    assert time.monotonic() - t0 < 15
    assert res.exit_code == 1
    assert res.stderr.startswith(f"Error: --endpoint {virtuoso.sparql} is a SPARQL query endpoint, not a Graph Store Protocol endpoint")


# --- shards: two stores built apart, pushed into one server ---------------------------------


def _clear(server: Virtuoso) -> None:
    """Delete every policykg graph on the server (the module's other tests pushed the corpus)."""
    rows = server.select(f'SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), "{GRAPHS}")) }}')
    for row in rows:
        resp = requests.delete(server.gsp, params={"graph": str(row["g"])}, auth=HTTPDigestAuth("dba", "dba"), timeout=60)
        assert resp.status_code in (200, 201, 204, 404), resp.text[:300]
    assert server.count_policykg_triples() == 0


def _answers(server: Virtuoso, local: Path) -> dict[str, list[tuple] | str]:
    """Every bundled query's rows on the server, sorted, or the error Virtuoso gives (parameters: the two plans of the local store with the most tasks)."""
    from graphbuild.query import list_queries, param_specs
    from graphbuild.query.params import LABEL_CLASSES, bind, label_term, sparql_term

    plans = run_query(
        "SELECT ?l (COUNT(?t) AS ?n) WHERE { ?p a <https://w3id.org/policykg/ontology#Plan> ; <http://www.w3.org/2000/01/rdf-schema#label> ?l ; "
        "<https://w3id.org/policykg/ontology#hasTask> ?t } GROUP BY ?l ORDER BY DESC(?n) ?l LIMIT 2", store=local).records()
    params = {"from": str(plans[0]["l"]), "to": str(plans[1]["l"])}
    out: dict[str, list[tuple] | str] = {}
    for q in list_queries():
        text = load_query(q.name)
        needed = {s.name for s in param_specs(text) if s.required}
        if needed - set(params):
            continue
        types = {s.name: s.type for s in param_specs(text)}
        # A label parameter is bound as the runner binds it: the label literal with its language tag.
        st = StoreDir(local).open_read()
        text = bind(text, {k: label_term(st, types[k], k, params[k]) if types[k] in LABEL_CLASSES else sparql_term("string", params[k])
                           for k in sorted(needed)})
        try:
            out[q.name] = sorted((tuple(sorted((k, repr(v)) for k, v in row.items())) for row in server.select(text)), key=repr)
        except AssertionError as exc:  # Virtuoso 7 cannot run some SPARQL 1.1 the bundled queries use: the same error either way
            out[q.name] = str(exc).split("\\n", 1)[0]
    return out


def _build(files: list[Path], store: Path) -> Path:
    from graphbuild.build import build

    build([str(f) for f in files], store=store)
    return store


def test_two_shards_pushed_into_one_server_answer_as_one_store(virtuoso: Virtuoso, tmp_path: Path) -> None:
    """docs/scaling.md: stores built apart (two halves of the corpus), pushed with --merge-entities, answer every bundled query as one store of all."""
    from graphbuild.resources import corpus_dir

    files = sorted((Path(str(f)) for f in corpus_dir().iterdir() if f.name.endswith(".txt")), key=lambda f: f.name)
    whole = _build(files, tmp_path / "whole")
    halves = [_build(files[:2], tmp_path / "half-a"), _build(files[2:], tmp_path / "half-b")]

    _clear(virtuoso)
    _push(whole, virtuoso.gsp, "--user", "dba", "--password", "dba")
    assert virtuoso.count_policykg_triples() == _local_triples(whole)
    expected = _answers(virtuoso, whole)
    answered = {name: rows for name, rows in expected.items() if isinstance(rows, list)}
    # Virtuoso 7.2 runs 12 of the 13 (agency-profile: "SR066 Unsupported case in CONVERT"), each with rows on the corpus.
    assert len(expected) == 13 and len(answered) >= 12 and all(answered.values())

    _clear(virtuoso)
    for half in halves:
        _push(half, virtuoso.gsp, "--user", "dba", "--password", "dba", "--merge-entities")
    assert virtuoso.count_policykg_triples() == _local_triples(whole)  # the entities graph is the union: each statement once
    got = _answers(virtuoso, whole)
    assert got == expected

    # Without --merge-entities the second shard's entities graph replaces the first's: answers are lost.
    _clear(virtuoso)
    for half in halves:
        _push(half, virtuoso.gsp, "--user", "dba", "--password", "dba")
    assert virtuoso.count_policykg_triples() < _local_triples(whole)
    assert _answers(virtuoso, whole) != expected


def test_bulk_loader_on_the_cached_nquads_gives_the_store(virtuoso: Virtuoso, corpus_store: Path) -> None:
    """docs/scaling.md, step 2-3: the cache's per-document N-Quads through Virtuoso's ld_dir / rdf_loader_run hold exactly the store's data quads."""
    import json as _json

    isql = shutil.which("isql-vt") or shutil.which("isql")
    if isql is None:
        pytest.skip("isql-vt not found (it comes with virtuoso-opensource-7)")
    _clear(virtuoso)
    folder = virtuoso.folder / "nq"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    manifest = _json.loads((StoreDir(corpus_store).require_current().path / "manifest.json").read_text(encoding="utf-8"))
    for doc in manifest["documents"].values():  # only the entries the manifest lists
        shutil.copy(corpus_store / "cache" / f"{doc['cache']}.nq", folder)
    done = subprocess.run(
        [isql, f"127.0.0.1:{virtuoso.sql_port}", "dba", "dba",
         f"EXEC=ld_dir('{folder}', '*.nq', 'https://w3id.org/policykg/unused'); rdf_loader_run(); checkpoint;"],
        capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0 and "Error" not in done.stdout, done.stdout + done.stderr
    local = StoreDir(corpus_store).open_read()
    per_graph: dict[str, int] = {}
    for q in local:
        if q.graph_name.value != ONTOLOGY_GRAPH:  # type: ignore[union-attr]
            per_graph[q.graph_name.value] = per_graph.get(q.graph_name.value, 0) + 1  # type: ignore[union-attr]
    rows = virtuoso.select(f'SELECT ?g (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), "{GRAPHS}")) }} GROUP BY ?g')
    assert {str(r["g"]): r["n"] for r in rows} == per_graph
