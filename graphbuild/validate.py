"""SHACL validation of the store against ontology/shapes.ttl (pySHACL, split by focus node; SPARQL constraints on pyoxigraph).

Why split: pySHACL on the whole real collection (232k quads) took more than 10 minutes, most of it
re-parsing each SPARQL constraint once per focus node. What a shape of ``shapes.ttl`` reads about
a focus node is its own statements (in whatever graph they are), the ``rdf:type`` of the nodes
they point to, and the ontology (docs/architecture.md, "Validation at scale", gives the shape by
shape reasoning; ``check_shapes_are_local`` refuses shapes outside it). So the subjects are
split into chunks; each chunk is validated by pySHACL with the core constraints on its subjects'
statements plus the types of their values (its subjects as sh:targetNode), in ``jobs`` worker
processes. The SPARQL constraints run once each over the whole
data in an in-memory pyoxigraph store (set semantics, like pySHACL's merged graph), ``$this``
joined with the shape's target instead of pre-bound. Results are sorted, so the report does not
depend on ``jobs``; ``tests/test_validate_scale.py`` checks it equals a whole-store pySHACL run.
"""

from __future__ import annotations

import re
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS, SH

from .read.rdf import load_graph
from .resources import ontology_file
from .store import ONTOLOGY_GRAPH, StoreDir

RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
# The constraint components whose check reads only the focus node's own values (and the types of
# those values, for sh:class): anything else in the shapes breaks the split and is refused.
LOCAL_COMPONENTS = {
    SH.minCount, SH.maxCount, SH.datatype, SH.pattern, SH["in"], SH.nodeKind, SH.minInclusive, SH.maxInclusive, SH["class"],
    SH["or"], SH.node, SH.lessThanOrEquals, SH.equals, SH.hasValue, SH.message, SH.path, SH.property, SH.targetClass, SH.sparql, SH.name,
}
CHUNKS_PER_JOB = 4
ROW_KEYS = ("focus", "path", "severity", "message", "constraint")


@dataclass
class ValidationReport:
    """Whether the data conforms, and one row per violation."""

    conforms: bool
    results: list[dict[str, str]] = field(default_factory=list)
    text: str = ""


def shapes_graph() -> Graph:
    """The bundled SHACL shapes."""
    return load_graph(ontology_file("shapes.ttl"), format="turtle")


@lru_cache(maxsize=1)
def _ontology() -> Graph:
    return load_graph(ontology_file("policykg.ttl"), format="turtle")


def _rows(report: Graph) -> list[dict[str, str]]:
    rows = []
    for r in report.subjects(SH.resultSeverity, None):
        rows.append(
            {
                "focus": str(report.value(r, SH.focusNode)),
                "path": str(report.value(r, SH.resultPath) or ""),
                "severity": str(report.value(r, SH.resultSeverity)).rsplit("#", 1)[-1],
                "message": str(report.value(r, SH.resultMessage) or ""),
                "constraint": str(report.value(r, SH.sourceConstraintComponent) or "").rsplit("#", 1)[-1],
            }
        )
    return rows


def _sort(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    return sorted(rows, key=lambda d: tuple(d[k] for k in ROW_KEYS))


def _pyshacl(data: Graph, shapes: Graph) -> tuple[bool, list[dict[str, str]], str]:
    import pyshacl

    conforms, report, text = pyshacl.validate(data, shacl_graph=shapes, ont_graph=_ontology(), inference="none", advanced=True, allow_warnings=True)
    return bool(conforms), _rows(report), str(text)


def validate_graph(data: Graph) -> ValidationReport:
    """Validate an rdflib graph against the shapes with one pySHACL run (no inference: the data must state what shapes require)."""
    conforms, rows, text = _pyshacl(data, shapes_graph())
    return ValidationReport(conforms, _sort(rows), text)


# --- the split -----------------------------------------------------------------------------


@dataclass(frozen=True)
class SparqlConstraint:
    """One sh:sparql SELECT constraint of a node shape, rewritten to run over all the shape's targets at once."""

    shape: str
    query: str
    messages: tuple[str, ...]
    severity: str


def check_shapes_are_local(shapes: Graph) -> None:
    """Raise ValueError when a shape uses something the split does not keep exact (a target other than sh:targetClass, a path that is not one predicate, ...)."""
    for s, p, o in shapes:
        if not str(p).startswith(str(SH)):
            continue
        if p not in LOCAL_COMPONENTS and p not in (SH.declare, SH.prefix, SH.namespace, SH.prefixes, SH.select):
            raise ValueError(f"shapes.ttl uses {p.n3()} (on {s.n3()}): validation split by focus node is not known to be exact for it")
        if p == SH.path and not isinstance(o, URIRef):
            raise ValueError(f"shapes.ttl has a complex sh:path on {s.n3()}: validation split by focus node is not known to be exact for it")
        if p == SH.sparql and (shapes.value(s, SH.targetClass) is None or shapes.value(s, SH.path) is not None):
            raise ValueError(f"sh:sparql on {s.n3()}: only node shapes with sh:targetClass are supported")
        if p == SH.select and re.search(r"[?$](failure|path)\b|[$](shapesGraph|currentShape)\b", str(o)):
            raise ValueError(f"the SPARQL constraint {s.n3()} uses ?failure, ?path, $shapesGraph or $currentShape")
    # A shape applied to a value (sh:node, a member of sh:or) may read the value and its types,
    # which the chunk holds, but not the value's own statements, which are in the value's chunk.
    seen: set = set()
    todo = list(shapes.objects(None, SH.node)) + [m for lst in shapes.objects(None, SH["or"]) for m in shapes.items(lst)]
    while todo:
        shape = todo.pop()
        if shape in seen:
            continue
        seen.add(shape)
        for p in (SH.property, SH.sparql, SH.path):
            if shapes.value(shape, p) is not None:
                raise ValueError(f"{shape.n3()} is applied to values and reads their statements ({p.n3()}): validation split by focus node is not known to be exact for it")
        todo += list(shapes.objects(shape, SH.node)) + [m for lst in shapes.objects(shape, SH["or"]) for m in shapes.items(lst)]


def _copy(g: Graph) -> Graph:
    """A copy of ``g`` with its prefixes (pySHACL writes paths in messages with the shapes graph's prefixes)."""
    out = Graph(bind_namespaces="none")
    for prefix, ns in g.namespaces():
        out.bind(prefix, ns, override=True, replace=True)
    for t in g:
        out.add(t)
    return out


def _prefix_header(shapes: Graph, node: object) -> str:
    lines = []
    for decl in sorted(shapes.objects(node, SH.declare), key=str):  # type: ignore[arg-type]
        lines.append(f"PREFIX {shapes.value(decl, SH.prefix)}: <{shapes.value(decl, SH.namespace)}>")
    return "\n".join(lines) + "\n"


def split_shapes(shapes: Graph) -> tuple[Graph, list[SparqlConstraint]]:
    """The shapes without their SPARQL constraints (for pySHACL), and those constraints as whole-data queries."""
    check_shapes_are_local(shapes)
    core = _copy(shapes)
    constraints = []
    for shape, c in sorted(shapes.subject_objects(SH.sparql), key=lambda t: (str(t[0]), str(shapes.value(t[1], SH.select)))):
        classes = sorted(str(x) for x in shapes.objects(shape, SH.targetClass))
        select = str(shapes.value(c, SH.select))
        header = "".join(_prefix_header(shapes, p) for p in shapes.objects(c, SH.prefixes))
        inner = re.sub(r"\$this\b", "?this", select)
        values = " ".join(f"<{x}>" for x in classes)
        # SHACL's class target: rdf:type/rdfs:subClassOf* (pySHACL, shape.focus_nodes); DISTINCT as pySHACL de-duplicates solutions.
        query = (f"{header}SELECT DISTINCT * WHERE {{ VALUES ?pkgshTarget {{ {values} }} ?this a/<http://www.w3.org/2000/01/rdf-schema#subClassOf>* ?pkgshTarget . "
                 f"{{ {inner} }} }}")
        severity = str(shapes.value(shape, SH.severity) or SH.Violation).rsplit("#", 1)[-1]
        constraints.append(SparqlConstraint(str(shape), query, tuple(sorted(str(m) for m in shapes.objects(c, SH.message))), severity))
        core.remove((shape, SH.sparql, c))
        for t in list(shapes.triples((c, None, None))):
            core.remove(t)
    return core, constraints


def _message(template: str, solution: dict[str, str]) -> str:
    # As pySHACL's _format_sparql_based_result_message: each {?var} / {$var} replaced by the value's lexical form.
    msg = template
    for var, val in solution.items():
        msg = re.sub(f"{{[?$]{var}}}", val, msg)
    return msg


def run_sparql_constraints(data: ox.Store, constraints: list[SparqlConstraint]) -> list[dict[str, str]]:
    """Rows of the SPARQL constraints over ``data`` (its default graph: the data and the ontology)."""
    rows = []
    for c in constraints:
        res = data.query(c.query)
        assert isinstance(res, ox.QuerySolutions)
        names = [v.value for v in res.variables]
        for sol in res:
            this = sol["this"]
            assert this is not None
            # As pySHACL: the projected variables but this and value, then this, then value (the focus node when unbound).
            values = {n: t.value for n in names if n not in ("this", "value", "pkgshTarget") and (t := sol[n]) is not None}
            values["this"] = this.value
            values["value"] = ((sol["value"] if "value" in names else None) or this).value
            for m in c.messages or ("",):
                rows.append({"focus": this.value, "path": "", "severity": c.severity, "message": _message(m, values), "constraint": "SPARQLConstraintComponent"})
    return rows


def _targeted(core: Graph, data: Graph, keep: frozenset[str]) -> Graph:
    """``core`` with each sh:targetClass replaced by sh:targetNode of the instances among ``keep``.

    Why: the chunk also holds the types of the nodes its subjects point to (for sh:class), so a
    class target would select those nodes too, without their statements; pySHACL would report
    thousands of false results there and build its report text in quadratic time.
    """
    onto = _ontology()
    shapes = _copy(core)
    for shape, cls in list(core.subject_objects(SH.targetClass)):
        shapes.remove((shape, SH.targetClass, cls))
        classes = set(onto.transitive_subjects(RDFS.subClassOf, cls)) | set(data.transitive_subjects(RDFS.subClassOf, cls))  # type: ignore[arg-type]
        for c in classes:
            for node in list(data.subjects(RDF.type, c)) + list(onto.subjects(RDF.type, c)):
                if str(node) in keep:
                    shapes.add((shape, SH.targetNode, node))
    return shapes


def _validate_chunk(nt: str, keep: frozenset[str] | None) -> tuple[list[dict[str, str]], str]:
    """pySHACL (core constraints) over one chunk, on the chunk's own subjects (every targeted node when ``keep`` is None).

    Every result is kept, also those whose focus is not one of the subjects: pySHACL reports what
    fails inside sh:node (sh:or of sh:class on a value) with the value as focus node, once per
    subject that points to it, as the whole-store run does.
    """
    core, _sparql = _split_bundled()
    g = Graph()
    g.parse(data=nt, format="nt")
    _conforms, rows, text = _pyshacl(g, core if keep is None else _targeted(core, g, keep))
    return rows, text


@lru_cache(maxsize=1)
def _split_bundled() -> tuple[Graph, list[SparqlConstraint]]:
    return split_shapes(shapes_graph())


def _chunks(quads: list[ox.Quad], n: int) -> list[tuple[str, frozenset[str]]]:
    """The data as ``n`` (or fewer) chunks: N-Triples of some subjects' statements and of their values' types, and those subjects."""
    own: dict[str, dict[str, None]] = {}  # subject -> its statements (ordered, de-duplicated across graphs)
    home: dict[str, set[str]] = {}
    objects: dict[str, set[str]] = {}
    types: dict[str, list[str]] = {}
    for q in quads:
        s, p, o = str(q.subject), str(q.predicate), str(q.object)
        line = f"{s} {p} {o} .\n"
        own.setdefault(s, {})[line] = None
        home.setdefault(s, set()).add(str(q.graph_name))
        if not isinstance(q.object, ox.Literal):
            objects.setdefault(s, set()).add(o)
        if p == RDF_TYPE:
            types.setdefault(s, []).append(line)
    # A subject stated in one document graph only goes with that document; shared ones (entities, plans) after them.
    order = sorted(own, key=lambda s: (len(home[s]) > 1, min(home[s]) if len(home[s]) == 1 else "", s))
    target = max(1, sum(len(v) for v in own.values()) // max(1, n) + 1)
    chunks: list[tuple[str, frozenset[str]]] = []
    subjects: list[str] = []
    size = 0

    def flush() -> None:
        lines: dict[str, None] = {}
        for s in subjects:
            lines.update(own[s])
            for o in sorted(objects.get(s, ())):
                lines.update(dict.fromkeys(types.get(o, ())))
        chunks.append(("".join(lines), frozenset(s[1:-1] for s in subjects)))

    for s in order:
        subjects.append(s)
        size += len(own[s])
        if size >= target:
            flush()
            subjects, size = [], 0
    if subjects or not chunks:
        flush()
    return chunks


def validate_quads(quads: list[ox.Quad], jobs: int = 1) -> ValidationReport:
    """Validate the union of ``quads`` (data graphs, not the ontology graph) in ``jobs`` processes; the same report for every ``jobs``."""
    _core, sparql = _split_bundled()
    onto = _ontology()
    if any(isinstance(q.subject, ox.BlankNode) or isinstance(q.object, ox.BlankNode) for q in quads):
        # pySHACL's parse renames blank nodes, so results could not be told apart by focus node:
        # one chunk, every result kept (the extractor writes no blank nodes in the data graphs).
        chunks: list[tuple[str, frozenset[str] | None]] = [(_chunks(quads, 1)[0][0], None)]
    else:
        split = _chunks(quads, jobs * CHUNKS_PER_JOB if jobs > 1 else 1)
        # Subjects only the ontology describes go with the first chunk (the ontology is mixed into every chunk).
        data_subjects = set().union(*(k for _nt, k in split))
        onto_only = frozenset(str(s) for s in onto.subjects() if isinstance(s, URIRef) and str(s) not in data_subjects)
        chunks = [(nt, keep | onto_only if i == 0 else keep) for i, (nt, keep) in enumerate(split)]
    rows: list[dict[str, str]] = []
    texts: list[str] = []
    if jobs > 1 and len(chunks) > 1:
        import multiprocessing

        # fork: the workers start with pySHACL imported; the store is closed by now (validate drops it before).
        with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("fork")) as pool:
            futures = [pool.submit(_validate_chunk, nt, keep) for nt, keep in chunks]
            rows += run_sparql_constraints(_memory_store(quads, onto), sparql)  # meanwhile, in this process
            for f in futures:
                part, text = f.result()
                rows += part
                texts.append(text)
    else:
        rows += run_sparql_constraints(_memory_store(quads, onto), sparql)
        for nt, keep in chunks:
            part, text = _validate_chunk(nt, keep)
            rows += part
            texts.append(text)
    rows = _sort(rows)
    return ValidationReport(not any(r["severity"] == "Violation" for r in rows), rows, "\n".join(t for t in texts if t))


def _memory_store(quads: list[ox.Quad], onto: Graph) -> ox.Store:
    """The data and the ontology in one default graph (a set: a statement several graphs hold is there once)."""
    mem = ox.Store()
    mem.bulk_extend(ox.Quad(q.subject, q.predicate, q.object) for q in quads)
    nt = onto.serialize(format="nt")
    mem.bulk_load(nt.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
    return mem


def validate(store: str | Path = ".policykg", jobs: int = 1) -> ValidationReport:
    """Validate the union of the document graphs (and the shared entities graph) in the store, in ``jobs`` processes."""
    st = StoreDir(store).open_read()
    onto = ox.NamedNode(ONTOLOGY_GRAPH)
    quads = [q for q in st if q.graph_name != onto]
    del st
    return validate_quads(quads, jobs)

