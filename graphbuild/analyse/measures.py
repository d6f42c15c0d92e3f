"""Measures and communities of a projection, and the ranked rows behind ``policykg analyse``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from .graph import AnalysisError, load_graph
from .projections import PROJECTIONS, projection, simple_graph

MEASURES = ("degree", "betweenness", "pagerank")
# Exact betweenness is O(n·m): 81 s on a dense 1,000-agency projection; above this many nodes
# it is estimated from BETWEENNESS_SAMPLE pivots (seeded, so the result is reproducible).
BETWEENNESS_EXACT_LIMIT = 500
BETWEENNESS_SAMPLE = 200
SEED = 0


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
