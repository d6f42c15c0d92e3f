"""Network analysis of the knowledge graph with networkx: plain functions over graphs, plain data out.

``graph_from_quads`` turns the store's quads into a ``nx.MultiDiGraph`` of the extracted entities
(Evidence is folded into node attributes, not drawn as nodes). The other functions derive views
(co-responsibility, projections, ego and plan neighbourhoods), measures, communities and the
ranked rows behind ``policykg analyse`` and the explorer's sizes and colours.
"""

from __future__ import annotations

import difflib
import math
import os
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import cast

import networkx as nx
import pyoxigraph as ox

from .vocab import ENTITIES_GRAPH

PKG = "https://w3id.org/policykg/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SKOS_PREF = "http://www.w3.org/2004/02/skos/core#prefLabel"
SKOS_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"
DCT_TITLE = "http://purl.org/dc/terms/title"
DCT_IDENTIFIER = "http://purl.org/dc/terms/identifier"
OA_EXACT = "http://www.w3.org/ns/oa#exact"
OA_START = "http://www.w3.org/ns/oa#start"
OA_END = "http://www.w3.org/ns/oa#end"
OA_HAS_SELECTOR = "http://www.w3.org/ns/oa#hasSelector"

# Entity classes drawn as nodes, in display order; when a resource has several (a term typed
# both IndustryChain and Technology) the first one here is its class.
CLASSES: tuple[str, ...] = (
    "Plan", "Task", "Agency", "AgencyGroup", "Region", "IndustryChain", "Technology", "Park", "Target", "Document",
)
UNIT_CLASSES = ("Agency", "AgencyGroup")
PROJECTIONS = ("agencies", "chains", "plans")
MEASURES = ("degree", "betweenness", "pagerank")
# Exact betweenness is O(n·m): 81 s on a dense 1,000-agency projection; above this many nodes
# it is estimated from BETWEENNESS_SAMPLE pivots (seeded, so the result is reproducible).
BETWEENNESS_EXACT_LIMIT = 500
BETWEENNESS_SAMPLE = 200
SEED = 0
MAX_EVIDENCE_PER_NODE = 25

# Characters XML 1.0 forbids (GraphML and GEXF are XML): C0 controls except tab, LF, CR.
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


class AnalysisError(Exception):
    """A request the graph cannot answer: unknown label, projection or measure; the message says why."""


def local_name(iri: str) -> str:
    """The part of an IRI after its last ``#`` or ``/``."""
    return re.split(r"[#/]", iri)[-1]


def _value(term: object) -> str:
    return term.value if isinstance(term, (ox.NamedNode, ox.Literal, ox.BlankNode)) else str(term)


# --------------------------------------------------------------------------------------------
# Building the graph


def graph_from_quads(quads: Iterable[ox.Quad]) -> nx.MultiDiGraph:
    """The entity graph of a list of quads: one node per typed entity, one edge per (s, predicate, o).

    Node attributes: ``label``, ``cls``, ``classes``, ``aliases``, ``documents`` (file names of the
    named graphs that state something about the node), ``regions`` (its jurisdiction and the
    jurisdictions of the plans of its documents), ``evidence`` (dicts of text, file, start, end),
    ``props`` (other literal values by property name) and ``iri``. Edge attributes:
    ``rel`` (the predicate's local name) and ``documents``; the edge key is ``rel``. Graph
    attribute ``datatypes``: the XSD datatype IRIs of each literal property, by local name.
    """
    quads = list(quads)
    types: dict[str, set[str]] = defaultdict(set)
    literals: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    links: list[tuple[str, str, str, str]] = []
    graphs_of: dict[str, set[str]] = defaultdict(set)
    datatypes: dict[str, set[str]] = defaultdict(set)
    for q in quads:
        s, p, obj = _value(q.subject), q.predicate.value, q.object
        g = _value(q.graph_name) if not isinstance(q.graph_name, ox.DefaultGraph) else ""
        if p == RDF_TYPE:
            # pyoxigraph types an object as any term, a quoted triple too; a class is an IRI.
            cls = cast("ox.NamedNode | ox.BlankNode | ox.Literal", obj)
            if cls.value.startswith(PKG):
                types[s].add(cls.value[len(PKG):])
            continue
        if g == ENTITIES_GRAPH:
            g = ""  # shared descriptions: the documents of an entity are those whose graphs name it
        if isinstance(obj, ox.Literal):
            literals[s][p].add(obj.value)
            datatypes[local_name(p)].add(obj.datatype.value)
        else:
            links.append((s, p, _value(obj), g))
            if g:
                graphs_of[_value(obj)].add(g)
        if g:
            graphs_of[s].add(g)

    doc_names = {s: sorted(literals[s].get(DCT_IDENTIFIER, ())) or [local_name(s)] for s, t in types.items() if "Document" in t}

    def files(graph_iris: Iterable[str]) -> list[str]:
        return sorted({n for gi in graph_iris for n in doc_names.get(gi, [local_name(gi)])})

    evidence = {s for s, t in types.items() if "Evidence" in t}
    entities = {s: t for s, t in types.items() if s not in evidence and any(c in CLASSES for c in t)}

    G = nx.MultiDiGraph()
    # The XSD datatypes of each literal property (by local name, as in ``props``): GraphML and
    # GEXF declare numbers, years and booleans with their own types.
    G.graph["datatypes"] = {k: sorted(v) for k, v in sorted(datatypes.items())}
    for s in sorted(entities):
        classes = [c for c in CLASSES if c in entities[s]]
        lit = literals.get(s, {})
        label, aliases = _labels(s, classes[0], lit, doc_names)
        props = {local_name(p): sorted(v) for p, v in sorted(lit.items()) if p not in (RDFS_LABEL, SKOS_PREF, SKOS_ALT, DCT_TITLE)}
        G.add_node(
            s, iri=s, label=label, cls=classes[0], classes=classes, aliases=aliases,
            documents=files(graphs_of.get(s, ())) if classes[0] != "Document" else doc_names[s],
            regions=[], evidence=[], props=props,
        )

    ev_of: dict[str, set[str]] = defaultdict(set)
    edge_docs: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for s, p, o, g in links:
        if p == PKG + "evidence" and o in evidence and s in entities:
            ev_of[s].add(o)
        elif p == PKG + "supports" and s in evidence and o in entities:
            ev_of[o].add(s)
        elif s in entities and o in entities:
            edge_docs[(s, local_name(p), o)].update([g] if g else [])
    for (s, rel, o), gs in sorted(edge_docs.items()):
        G.add_edge(s, o, key=rel, rel=rel, documents=files(gs))

    source_of = {s: o for s, p, o, _g in links if p == PKG + "sourceDocument"}
    # The offsets and the quotation sit on the evidence's Web Annotation selector (oa:hasSelector).
    selector_of = {s: o for s, p, o, _g in links if p == OA_HAS_SELECTOR}
    for n, evs in ev_of.items():
        items = []
        for e in evs:
            lit = literals.get(selector_of.get(e, e), {})
            text = min(lit.get(OA_EXACT, {""}))
            start = min((int(v) for v in lit.get(OA_START, ())), default=-1)
            end = min((int(v) for v in lit.get(OA_END, ())), default=-1)
            src = source_of.get(e, "")
            items.append({"text": text, "file": ", ".join(doc_names.get(src, [local_name(src)] if src else [])), "start": start, "end": end})
        items.sort(key=lambda d: (d["file"], d["start"], d["end"], d["text"]))
        G.nodes[n]["evidence"] = items

    _assign_regions(G)
    return G


def _labels(s: str, cls: str, lit: dict[str, set[str]], doc_names: dict[str, list[str]]) -> tuple[str, list[str]]:
    """The display label of a node and its other names."""
    names = sorted(lit.get(RDFS_LABEL, ())) + sorted(lit.get(SKOS_PREF, ())) + sorted(lit.get(DCT_TITLE, ()))
    if cls == "Document":
        names = doc_names[s] + names
    elif cls == "Target" and not names:
        metric = min(lit.get(PKG + "metric", {""}))
        value = min(lit.get(PKG + "valueAsWritten", {""})) + min(lit.get(PKG + "unit", {""}))
        year = min(lit.get(PKG + "targetYear", {""}))
        names = [" ".join(x for x in (metric, value, f"({year})" if year else "") if x)]
    label = names[0] if names and names[0] else local_name(s)
    aliases = sorted({a for a in [*names[1:], *lit.get(SKOS_ALT, ())] if a and a != label})
    return label, aliases


def _assign_regions(G: nx.MultiDiGraph) -> None:
    """Regions of a node: its own jurisdiction or location, and those of the plans of its documents."""
    own: dict[str, set[str]] = defaultdict(set)
    for s, o, rel in G.edges(keys=True):
        if rel in ("jurisdiction", "locatedIn", "withinRegion") and G.nodes[o]["cls"] == "Region":
            own[s].add(G.nodes[o]["label"])
    by_doc: dict[str, set[str]] = defaultdict(set)
    for n, d in G.nodes(data=True):
        if d["cls"] == "Plan" and any(rel == "wasDerivedFrom" for _s, _o, rel in G.out_edges(n, keys=True)):
            for doc in d["documents"]:
                by_doc[doc].update(own[n])
    for n, d in G.nodes(data=True):
        regions = set(own[n])
        if d["cls"] == "Region":
            regions.add(d["label"])
        for doc in d["documents"]:
            regions.update(by_doc.get(doc, ()))
        d["regions"] = sorted(regions)


def load_graph(store: str | Path | ox.Store) -> nx.MultiDiGraph:
    """The entity graph of a store folder (or an open pyoxigraph store), ontology excluded."""
    from .store import StoreDir, data_quads

    st = store if isinstance(store, ox.Store) else StoreDir(store).open_read()
    return graph_from_quads(data_quads(st))


# --------------------------------------------------------------------------------------------
# Derived graphs


def simple_graph(G: nx.Graph) -> nx.Graph:
    """An undirected simple graph of ``G``: parallel edges merged, ``weight`` = their count (or summed weights)."""
    H = nx.Graph()
    H.add_nodes_from(sorted(G.nodes(data=True), key=lambda t: t[0]))
    for u, v, d in sorted(G.edges(data=True), key=lambda t: (t[0], t[1])):
        if u == v:
            continue
        w = d.get("weight", 1)
        if H.has_edge(u, v):
            H[u][v]["weight"] += w
        else:
            H.add_edge(u, v, weight=w)
    return H


def unit_tasks(G: nx.MultiDiGraph, classes: Sequence[str] = ("Agency",)) -> dict[str, set[str]]:
    """For each unit of ``classes``, the tasks it is responsible for (lead counts as responsible)."""
    out: dict[str, set[str]] = defaultdict(set)
    for t, a, rel in G.edges(keys=True):
        if rel in ("responsibleAgency", "leadAgency") and G.nodes[t]["cls"] == "Task" and G.nodes[a]["cls"] in classes:
            out[a].add(t)
    return out


def task_plans(G: nx.MultiDiGraph) -> dict[str, set[str]]:
    """For each task, the plans that list it."""
    out: dict[str, set[str]] = defaultdict(set)
    for p, t, rel in G.edges(keys=True):
        if rel == "hasTask":
            out[t].add(p)
    return out


def _plan_region(G: nx.MultiDiGraph, plan: str) -> list[str]:
    return sorted(G.nodes[o]["label"] for _p, o, rel in G.out_edges(plan, keys=True) if rel == "jurisdiction")


def coresponsibility(G: nx.MultiDiGraph, classes: Sequence[str] = ("Agency",)) -> nx.Graph:
    """Agencies linked by the number of tasks they share (edge ``weight``; ``tasks`` lists them).

    Node attributes are copied from ``G`` and extended with ``tasks`` (count), ``plans`` and
    ``jurisdictions`` (labels of the plans of its tasks and of their jurisdictions).
    """
    tasks_of = unit_tasks(G, classes)
    plans_of_task = task_plans(G)
    H = nx.Graph()
    for a in sorted(tasks_of):
        plans = sorted({p for t in tasks_of[a] for p in plans_of_task.get(t, ())})
        H.add_node(
            a, **G.nodes[a], tasks=len(tasks_of[a]),
            plans=sorted({G.nodes[p]["label"] for p in plans}),
            jurisdictions=sorted({r for p in plans for r in _plan_region(G, p)}),
        )
    by_task: dict[str, list[str]] = defaultdict(list)
    for a in sorted(tasks_of):
        for t in tasks_of[a]:
            by_task[t].append(a)
    pairs: dict[tuple[str, str], set[str]] = defaultdict(set)
    for t, units in by_task.items():
        for i, a in enumerate(units):
            for b in units[i + 1:]:
                pairs[(a, b)].add(t)
    for (a, b), ts in sorted(pairs.items()):
        H.add_edge(a, b, weight=len(ts), tasks=sorted(ts))
    return H


def projection(G: nx.MultiDiGraph, kind: str) -> nx.Graph:
    """A one-class weighted graph: ``agencies`` (shared tasks), ``chains`` (shared plans) or ``plans`` (shared units)."""
    if kind == "agencies":
        return coresponsibility(G)
    if kind == "chains":
        return _chain_projection(G)
    if kind == "plans":
        return _plan_projection(G)
    raise AnalysisError(f"unknown projection {kind!r}; use one of: {', '.join(PROJECTIONS)}")


def _shared_graph(G: nx.MultiDiGraph, members: dict[str, set[str]]) -> nx.Graph:
    """Nodes of ``members`` linked by the number of members they share."""
    H = nx.Graph()
    for n in sorted(members):
        H.add_node(n, **G.nodes[n])
    holders: dict[str, list[str]] = defaultdict(list)
    for n in sorted(members):
        for m in members[n]:
            holders[m].append(n)
    pairs: dict[tuple[str, str], int] = defaultdict(int)
    for ns in holders.values():
        for i, a in enumerate(ns):
            for b in ns[i + 1:]:
                pairs[(a, b)] += 1
    for (a, b), w in sorted(pairs.items()):
        H.add_edge(a, b, weight=w)
    return H


def _chain_projection(G: nx.MultiDiGraph) -> nx.Graph:
    plans_of: dict[str, set[str]] = defaultdict(set)
    for p, c, rel in G.edges(keys=True):
        if rel == "concernsChain" and G.nodes[p]["cls"] == "Plan" and G.nodes[c]["cls"] == "IndustryChain":
            plans_of[c].add(p)
    for c in (n for n, d in G.nodes(data=True) if d["cls"] == "IndustryChain"):
        plans_of.setdefault(c, set())
    H = _shared_graph(G, plans_of)
    for c, ps in plans_of.items():
        H.nodes[c]["plans"] = sorted({G.nodes[p]["label"] for p in ps})
        H.nodes[c]["jurisdictions"] = sorted({r for p in ps for r in _plan_region(G, p)})
    return H


def _plan_projection(G: nx.MultiDiGraph) -> nx.Graph:
    units_of: dict[str, set[str]] = defaultdict(set)
    tasks_of: dict[str, int] = defaultdict(int)
    for p, x, rel in G.edges(keys=True):
        if G.nodes[p]["cls"] != "Plan":
            continue
        if rel == "issuedBy":
            units_of[p].add(x)
        elif rel == "hasTask":
            tasks_of[p] += 1
            units_of[p].update(a for _t, a, r in G.out_edges(x, keys=True) if r in ("responsibleAgency", "leadAgency"))
    for p in (n for n, d in G.nodes(data=True) if d["cls"] == "Plan"):
        units_of.setdefault(p, set())
    H = _shared_graph(G, units_of)
    for p, us in units_of.items():
        H.nodes[p]["units"] = len(us)
        H.nodes[p]["tasks"] = tasks_of.get(p, 0)
        H.nodes[p]["jurisdictions"] = _plan_region(G, p)
    return H


# --------------------------------------------------------------------------------------------
# Measures and communities


def centrality(H: nx.Graph, measure: str, k: int | None = None) -> dict[str, float]:
    """A node measure: ``degree`` (sum of edge weights), ``betweenness`` or ``pagerank``.

    Betweenness uses 1/weight as distance (strong ties are short) and is estimated from ``k``
    sampled pivots, by default when the graph has more than BETWEENNESS_EXACT_LIMIT nodes.
    """
    if H.is_multigraph() or H.is_directed():
        H = simple_graph(H)
    if H.number_of_nodes() == 0:
        return {}
    if measure == "degree":
        return {n: float(d) for n, d in H.degree(weight="weight")}
    if measure == "betweenness":
        if k is None and H.number_of_nodes() > BETWEENNESS_EXACT_LIMIT:
            k = BETWEENNESS_SAMPLE
        if k is not None and k >= H.number_of_nodes():
            k = None
        D = nx.Graph()
        D.add_nodes_from(H.nodes)
        D.add_edges_from((u, v, {"distance": 1.0 / d.get("weight", 1)}) for u, v, d in H.edges(data=True))
        return nx.betweenness_centrality(D, k=k, weight="distance", normalized=True, seed=SEED if k else None)
    if measure == "pagerank":
        return pagerank(H)
    raise AnalysisError(f"unknown measure {measure!r}; use one of: {', '.join(MEASURES)}")


def pagerank(H: nx.Graph, alpha: float = 0.85, max_iter: int = 200, tol: float = 1e-10) -> dict[str, float]:
    """Weighted PageRank by power iteration (networkx's own needs scipy, which policykg does not require)."""
    nodes = sorted(H.nodes)
    n = len(nodes)
    if n == 0:
        return {}
    out_w = {u: sum(d.get("weight", 1) for _v, d in H[u].items()) for u in nodes}
    rank_ = dict.fromkeys(nodes, 1.0 / n)
    for _ in range(max_iter):
        dangling = alpha * sum(rank_[u] for u in nodes if out_w[u] == 0) / n
        new = dict.fromkeys(nodes, (1.0 - alpha) / n + dangling)
        for u in nodes:
            if out_w[u]:
                share = alpha * rank_[u] / out_w[u]
                for v, d in H[u].items():
                    new[v] += share * d.get("weight", 1)
        if sum(abs(new[u] - rank_[u]) for u in nodes) < n * tol:
            return new
        rank_ = new
    return rank_


def communities(H: nx.Graph) -> list[list[str]]:
    """Groups of nodes that are more tied to each other than to the rest (Louvain, weighted, seeded).

    Largest first; isolated nodes form groups of one. Members are sorted by id.
    """
    S = simple_graph(H) if H.is_multigraph() or H.is_directed() else H
    if S.number_of_nodes() == 0:
        return []
    groups = nx.community.louvain_communities(S, weight="weight", seed=SEED)
    return sorted((sorted(g) for g in groups), key=lambda g: (-len(g), g[0]))


def community_index(groups: Sequence[Sequence[str]]) -> dict[str, int]:
    """Node → index of its group in ``groups``."""
    return {n: i for i, g in enumerate(groups) for n in g}


# --------------------------------------------------------------------------------------------
# Rows for `policykg analyse`


@dataclass
class Table:
    """One ranked table: a title, column names and rows of plain values."""

    title: str
    columns: list[str]
    rows: list[list[object]] = field(default_factory=list)


def _fmt(x: float) -> float | int:
    return int(x) if float(x).is_integer() else round(x, 6)


def rank(H: nx.Graph, measure: str, top: int | None = None, kind: str = "agencies") -> Table:
    """Nodes of a projection ranked by ``measure`` (ties by label), with the projection's facts per node."""
    if measure == "regions":
        if kind != "chains":
            raise AnalysisError("--measure regions ranks chains only: use it with --projection chains")
        scores = {n: float(len(H.nodes[n].get("jurisdictions", ()))) for n in H}
    else:
        scores = centrality(H, measure)
    groups = community_index(communities(H))
    order = sorted(H.nodes, key=lambda n: (-scores.get(n, 0.0), H.nodes[n]["label"], n))
    if top is not None:
        order = order[:top]
    name = {"agencies": "agency", "chains": "chain", "plans": "plan"}[kind]
    if kind == "agencies":
        columns = ["rank", name, measure, "partners", "shared_tasks", "tasks", "plans", "jurisdictions", "community"]
    elif kind == "chains":
        columns = ["rank", name, measure, *(["regions"] if measure != "regions" else []), "region_names", "plans", "linked_chains", "community"]
    else:
        columns = ["rank", name, measure, "units", "tasks", "linked_plans", "jurisdiction", "community"]
    rows: list[list[object]] = []
    for i, n in enumerate(order, 1):
        d = H.nodes[n]
        score = _fmt(scores.get(n, 0.0))
        if kind == "agencies":
            rows.append([i, d["label"], score, H.degree(n), int(H.degree(n, weight="weight")), d.get("tasks", 0),
                         len(d.get("plans", ())), "、".join(d.get("jurisdictions", ())), groups.get(n, -1) + 1])
        elif kind == "chains":
            regions = [len(d.get("jurisdictions", ()))] if measure != "regions" else []
            rows.append([i, d["label"], score, *regions, "、".join(d.get("jurisdictions", ())),
                         len(d.get("plans", ())), H.degree(n), groups.get(n, -1) + 1])
        else:
            rows.append([i, d["label"], score, d.get("units", 0), d.get("tasks", 0), H.degree(n),
                         "、".join(d.get("jurisdictions", ())), groups.get(n, -1) + 1])
    titles = {
        "agencies": "Agencies in the co-responsibility network",
        "chains": "Industry chains (linked when the same plan names both)",
        "plans": "Plans (linked when they share responsible units)",
    }
    return Table(f"{titles[kind]}, by {measure}", columns, rows)


def community_table(H: nx.Graph, top: int | None = None, kind: str = "agencies", show: int = 8) -> Table:
    """The communities of a projection, largest first, with their most connected members."""
    groups = communities(H)
    if top is not None:
        groups = groups[:top]
    strength = dict(H.degree(weight="weight"))
    rows: list[list[object]] = []
    for i, g in enumerate(groups, 1):
        members = sorted(g, key=lambda n: (-strength.get(n, 0), H.nodes[n]["label"], n))
        inside = H.subgraph(g)
        labels = [H.nodes[n]["label"] for n in members[:show]]
        more = f" … (+{len(g) - show})" if len(g) > show else ""
        jur = sorted({r for n in g for r in H.nodes[n].get("jurisdictions", ())})
        rows.append([i, len(g), int(inside.size(weight="weight")), "、".join(jur), "、".join(labels) + more])
    return Table(f"Communities of the {kind} projection (Louvain, by shared {'tasks' if kind == 'agencies' else 'plans' if kind == 'chains' else 'units'})",
                 ["community", "size", "internal_weight", "jurisdictions", "members"], rows)


def analyse(store: str | Path, *, projection_kind: str = "agencies", measure: str | None = None,
            top: int | None = 20, show_communities: bool = False) -> Table:
    """The table behind ``policykg analyse``: a ranked projection, or its communities."""
    if projection_kind not in PROJECTIONS:
        raise AnalysisError(f"unknown projection {projection_kind!r}; use one of: {', '.join(PROJECTIONS)}")
    measure = measure or ("regions" if projection_kind == "chains" else "degree")
    if measure not in (*MEASURES, "regions"):
        raise AnalysisError(f"unknown measure {measure!r}; use one of: {', '.join(MEASURES)}, regions")
    H = projection(load_graph(store), projection_kind)
    if show_communities:
        return community_table(H, top, projection_kind)
    return rank(H, measure, top, projection_kind)


# --------------------------------------------------------------------------------------------
# Finding nodes and neighbourhoods


def _norm(s: str) -> str:
    from .normalise import label_key

    return label_key(s)


def find_nodes(G: nx.Graph, label: str, classes: Sequence[str] | None = None) -> list[str]:
    """Nodes whose label or alias equals ``label`` (Simplified or Traditional, 《》 ignored), or whose IRI is ``label``."""
    if label in G and (classes is None or G.nodes[label]["cls"] in classes):
        return [label]
    want = _norm(label)
    return sorted(
        n for n, d in G.nodes(data=True)
        if (classes is None or d["cls"] in classes) and any(_norm(x) == want for x in (d["label"], *d.get("aliases", ())))
    )


def close_matches(G: nx.Graph, label: str, classes: Sequence[str] | None = None, n: int = 8) -> list[str]:
    """Labels that look like ``label``: containing it, contained in it, or similar by difflib."""
    want = _norm(label)
    names: dict[str, str] = {}
    for _n, d in sorted(G.nodes(data=True), key=lambda t: t[0]):
        if classes is None or d["cls"] in classes:
            for x in (d["label"], *d.get("aliases", ())):
                names.setdefault(_norm(x), d["label"])
    hits = [lab for k, lab in names.items() if want and (want in k or k in want)]
    hits.sort(key=lambda lab: (abs(len(_norm(lab)) - len(want)), lab))
    similar = difflib.get_close_matches(want, list(names), n=n, cutoff=0.4)
    out: list[str] = []
    for lab in [*hits, *(names[k] for k in similar)]:
        if lab not in out:
            out.append(lab)
    return out[:n]


def ego(G: nx.MultiDiGraph, centres: Sequence[str], depth: int) -> nx.MultiDiGraph:
    """The nodes within ``depth`` hops of any centre (edges in either direction), with the edges among them."""
    U = G.to_undirected(as_view=True)
    keep: set[str] = set()
    for c in centres:
        keep.update(nx.single_source_shortest_path_length(U, c, cutoff=depth))
    return G.subgraph(sorted(keep)).copy()


def plan_view(G: nx.MultiDiGraph, plan: str) -> nx.MultiDiGraph:
    """A plan, the plans issued within it (``partOf``), their tasks and targets, and everything those name."""
    plans = {plan}
    frontier = [plan]
    while frontier:
        p = frontier.pop()
        for child, _p, rel in G.in_edges(p, keys=True):
            if rel == "partOf" and child not in plans:
                plans.add(child)
                frontier.append(child)
    keep = set(plans)
    for p in plans:
        for _p, x, rel in G.out_edges(p, keys=True):
            keep.add(x)
            if G.nodes[x]["cls"] in ("Task", "Target") and rel in ("hasTask", "hasTarget"):
                keep.update(y for _x, y in G.out_edges(x))
    return G.subgraph(sorted(keep)).copy()


def graph_from_rows(G: nx.MultiDiGraph, kind: str, columns: Sequence[str], rows: Sequence[Sequence[object]]) -> nx.MultiDiGraph:
    """Draw query results: CONSTRUCT triples (``kind`` "graph") or SELECT rows, as a graph enriched from ``G``.

    A SELECT cell becomes a node when it is an IRI or the label of a node (the column name picks
    the class when several match: agency, chain, plan …); the nodes of one row are linked from the
    first, and the row's other values go on those edges (a numeric one sets ``weight``).
    """
    R = nx.MultiDiGraph()
    by_label: dict[str, list[str]] = defaultdict(list)
    for n, d in sorted(G.nodes(data=True), key=lambda t: t[0]):
        by_label[d["label"]].append(n)

    def add(n: str) -> str:
        if n not in R:
            R.add_node(n, **G.nodes[n]) if n in G else R.add_node(
                n, iri=n, label=local_name(n) or n, cls="Other", classes=["Other"], aliases=[], documents=[], regions=[], evidence=[], props={}
            )
        return n

    if kind == "graph":
        extra: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        for s, p, o in rows:
            s, p, o = str(s), str(p), str(o)
            subj = add(_strip_iri(s))
            if o.startswith("<") or o.startswith("_:"):
                obj = add(_strip_iri(o))
                rel = local_name(_strip_iri(p))
                R.add_edge(subj, obj, key=rel, rel=rel, documents=[])
            else:
                extra[subj][local_name(_strip_iri(p))].add(_literal_text(o))
        for n, props in extra.items():
            if n not in G:
                if "label" in props:
                    R.nodes[n]["label"] = min(props["label"])
                R.nodes[n]["props"] = {k: sorted(v) for k, v in sorted(props.items())}
        return R

    hint = {"agenc": UNIT_CLASSES, "unit": UNIT_CLASSES, "chain": ("IndustryChain",), "plan": ("Plan",), "polic": ("Plan",),
            "tech": ("Technology",), "park": ("Park",), "region": ("Region",), "task": ("Task",), "target": ("Target",), "doc": ("Document",)}

    def resolve(col: str, v: object) -> str | None:
        if not isinstance(v, str):
            return None
        if v.startswith(("http://", "https://")) and not any(ch.isspace() for ch in v):
            return v
        cands = by_label.get(v, [])
        if len(cands) > 1:
            classes = next((c for h, c in hint.items() if h in col.lower()), None)
            narrowed = [c for c in cands if classes and G.nodes[c]["cls"] in classes]
            cands = narrowed or sorted(cands, key=lambda c: (CLASSES.index(G.nodes[c]["cls"]), c))
        return cands[0] if cands else None

    # A column is drawn as nodes only when every value in it names a node: a column of
    # concatenated labels (GROUP_CONCAT) that happens to hold one name in some rows stays text.
    node_cols = [
        c for j, c in enumerate(columns)
        if any(r[j] is not None for r in rows) and all(r[j] is None or resolve(c, r[j]) for r in rows)
    ]
    for i, row in enumerate(rows):
        nodes = [(c, add(resolve(c, v))) for c, v in zip(columns, row) if c in node_cols and v is not None]  # type: ignore[arg-type]
        values = {c: v for c, v in zip(columns, row) if c not in node_cols and v is not None}
        weight = next((float(v) for v in values.values() if isinstance(v, (int, float, Decimal)) and not isinstance(v, bool)), None)
        info = "; ".join(f"{k}={v}" for k, v in values.items())
        for col, n in nodes[1:]:
            attrs: dict[str, object] = {"rel": f"{nodes[0][0]} → {col}", "documents": [], "row": i + 1, "info": info}
            if weight is not None:
                attrs["weight"] = weight
            R.add_edge(nodes[0][1], n, key=f"row{i + 1}:{col}", **attrs)
        if len(nodes) == 1 and info:
            R.nodes[nodes[0][1]].setdefault("rows", []).append(info)
    return R


def _strip_iri(t: str) -> str:
    return t[1:-1] if t.startswith("<") and t.endswith(">") else t


def _literal_text(t: str) -> str:
    m = re.match(r'^"((?:[^"\\]|\\.)*)"', t, re.S)
    if not m:
        return t
    return re.sub(r"\\(.)", lambda x: {"n": "\n", "t": "\t", "r": "\r"}.get(x.group(1), x.group(1)), m.group(1))


# --------------------------------------------------------------------------------------------
# GraphML / GEXF for Gephi and Cytoscape


def _xml_text(s: str) -> str:
    return _XML_BAD.sub("", s)


XSD = "http://www.w3.org/2001/XMLSchema#"
_INT_TYPES = {XSD + t for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
                                "nonPositiveInteger", "negativeInteger", "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte")}
_REAL_TYPES = {XSD + t for t in ("decimal", "double", "float")}
_GYEAR = re.compile(r"(-?\d{4,})(?:Z|[+-]\d\d:\d\d)?")
_INT32 = 2**31 - 1


def _typed(value: str, datatypes: Sequence[str]) -> bool | int | float | None:
    """A literal's value as a Python bool, int or float when its one datatype is boolean, an integer
    type, decimal/double/float or gYear (the year); None when it is anything else or does not parse."""
    if len(datatypes) != 1:
        return None
    dt, v = datatypes[0], value.strip()
    try:
        if dt == XSD + "boolean":
            return {"true": True, "1": True, "false": False, "0": False}.get(v)
        if dt in _INT_TYPES:
            return int(v)
        if dt in _REAL_TYPES:
            f = float(v)
            return f if math.isfinite(f) else None
        if dt == XSD + "gYear":
            m = _GYEAR.fullmatch(v)
            return int(m.group(1)) if m else None
    except ValueError:
        return None
    return None


def flat_attributes(d: dict, datatypes: dict[str, Sequence[str]] | None = None) -> dict[str, str | bool | int | float]:
    """Node or edge attributes as strings, booleans and numbers only (lists joined with " | "; None,
    empty lists and empty text left out).

    A property of ``props`` with a single value whose datatype (``datatypes``, by property name)
    is numeric, boolean or gYear keeps that type; other properties are text.
    """
    out: dict[str, str | bool | int | float] = {}
    for k, v in sorted(d.items()):
        if v is None:
            continue
        if k == "evidence":
            out["evidence_count"] = len(v)
            out["evidence"] = _xml_text(" | ".join(f"{e['file']}:{e['start']}-{e['end']} {e['text']}" for e in v[:MAX_EVIDENCE_PER_NODE]))
        elif k == "props":
            for pk, pv in v.items():
                pv = list(pv) if isinstance(pv, (list, tuple, set)) else [pv]
                typed = _typed(str(pv[0]), (datatypes or {}).get(pk, ())) if len(pv) == 1 else None
                out[f"prop_{pk}"] = typed if typed is not None else _xml_text(" | ".join(map(str, pv)))
        elif isinstance(v, bool):
            out[k] = v
        elif isinstance(v, (int, float)):
            if not (isinstance(v, float) and not math.isfinite(v)):
                out[k] = v
        elif isinstance(v, (list, tuple, set)):
            out[k] = _xml_text(" | ".join(str(x) for x in v))
        else:
            out[k] = _xml_text(str(v))
    # An empty list or text is no value: left out, not written as "".
    return {k: v for k, v in out.items() if v != ""}


def _one_type_per_key(items: list[dict[str, str | bool | int | float]]) -> None:
    """Make every key hold one Python type across ``items`` (GraphML and GEXF declare one per key):
    ints with floats become floats; any other mix (a property with several values somewhere,
    kept as text) becomes text."""
    kinds: dict[str, set[type]] = defaultdict(set)
    for a in items:
        for k, v in a.items():
            kinds[k].add(type(v))
    for k, ts in kinds.items():
        if len(ts) < 2:
            continue
        to: type = float if ts == {int, float} else str
        for a in items:
            if k in a:
                a[k] = float(a[k]) if to is float else (str(a[k]).lower() if isinstance(a[k], bool) else str(a[k]))


def network_for_export(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``G`` with flat attributes (text, booleans, numbers), one type per key.

    A node or edge without a value for a key has no value (no ``""`` or 0 standing in); edges
    have unique keys ``e0``, ``e1`` … (the GraphML/GEXF edge ids) and a float ``weight`` (1 when unset).
    """
    datatypes = G.graph.get("datatypes", {})
    nodes = {n: flat_attributes(d, datatypes) for n, d in G.nodes(data=True)}
    edges = []
    for u, v, _k, d in sorted(G.edges(keys=True, data=True), key=lambda t: (t[0], t[1], str(t[2]))):
        attrs = flat_attributes(d, datatypes)
        attrs["weight"] = float(attrs.get("weight", 1))
        edges.append((u, v, attrs))
    _one_type_per_key(list(nodes.values()))
    _one_type_per_key([a for _u, _v, a in edges])
    F = nx.MultiDiGraph()
    for n in sorted(nodes):
        F.add_node(n, **nodes[n])
    for i, (u, v, attrs) in enumerate(edges):
        F.add_edge(u, v, key=f"e{i}", **attrs)
    return F


class _GraphMLWriter(nx.readwrite.graphml.GraphMLWriter):
    """networkx's GraphML writer declaring Python ints as ``int`` (Java int, what Cytoscape and
    Gephi map to an integer column) instead of ``long`` when every int value fits, with unique key ids."""

    def __init__(self, *args: object, int_type: str = "int", **kwargs: object) -> None:
        self._int_type = int_type
        super().__init__(*args, **kwargs)

    def construct_types(self) -> None:
        super().construct_types()
        self.xml_type[int] = self._int_type

    def add_data(self, name: str, element_type: type, value: object, scope: str = "all", default: object = None):  # type: ignore[no-untyped-def]
        element = super().add_data(name, element_type, value, scope, default)
        if element_type is bool:  # networkx passes str(value): XML Schema booleans, not True/False
            element.text = {"True": "true", "False": "false"}.get(str(value), str(value))
        return element

    def get_key(self, name: str, attr_type: str, scope: str, default: object) -> str:
        # Key ids are the attribute names, unique in the file: a name used by nodes and edges
        # (``documents``) is "edge_documents" on edges (networkx would declare one id twice).
        if (name, attr_type, scope) not in self.keys and name in self.keys.values():
            self.keys[name, attr_type, scope] = new_id = f"{scope}_{name}"
            self.xml.insert(0, self.myElement("key", **{"id": new_id, "for": scope, "attr.name": name, "attr.type": attr_type}))
            return new_id
        return super().get_key(name, attr_type, scope, default)


def write_network(quads: Iterable[ox.Quad], path: str | Path, fmt: str) -> None:
    """Write the entity graph of ``quads`` as GraphML or GEXF (for Gephi, Cytoscape, yEd).

    Numbers, years and booleans are declared with their types (GraphML ``int``/``double``/
    ``boolean``, GEXF ``long``/``double``/``boolean``); missing values are left out; edge ids are
    unique; the file is the same for the same graph.
    """
    F = network_for_export(graph_from_quads(quads))
    path = os.fspath(path)
    if fmt == "graphml":
        ints = [v for _n, d in F.nodes(data=True) for v in d.values() if type(v) is int]
        ints += [v for _u, _v, d in F.edges(data=True) for v in d.values() if type(v) is int]
        writer = _GraphMLWriter(encoding="utf-8", prettyprint=True, named_key_ids=True,
                                int_type="int" if all(abs(v) <= _INT32 for v in ints) else "long")
        writer.add_graph_element(F)
        with open(path, "wb") as fh:
            writer.dump(fh)
    elif fmt == "gexf":
        for _u, _v, k, d in F.edges(keys=True, data=True):
            d["id"] = k  # the GEXF edge id, as in GraphML
        # networkx stamps today's date into <meta>; drop it so the same graph gives the same file.
        text = "\n".join(nx.generate_gexf(F, encoding="utf-8", prettyprint=True))
        text = re.sub(r'(<meta)\s+lastmodifieddate="[^"]*"', r"\1", text, count=1)
        # networkx writes each MultiDiGraph key as a "networkx_key" edge attribute: the keys are
        # our own e0, e1 … (no attribute of the graph), so drop its declaration and values.
        m = re.search(r'\n\s*<attribute id="(\d+)" title="networkx_key" type="string"\s*/>', text)
        if m:
            text = text[:m.start()] + text[m.end():]
            text = re.sub(rf'\n\s*<attvalue for="{m.group(1)}" value="e\d+"\s*/>', "", text)
            text = re.sub(r"\n(\s*)<attvalues>\s*</attvalues>", "", text)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write("<?xml version='1.0' encoding='utf-8'?>\n" + text + "\n")
    else:
        raise AnalysisError(f"unknown network format {fmt!r}; use graphml or gexf")
