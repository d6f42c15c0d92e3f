"""Derived graphs: the simple graph, co-responsibility of agencies, projections of agencies, chains and plans."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

import networkx as nx

from .graph import AnalysisError

PROJECTIONS = ("agencies", "chains", "plans")


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
