"""The explorer page: a networkx view graph → one self-contained HTML file (pyvis data, vis-network inline).

This is the only module that imports pyvis. The page loads nothing from the network: vis-network's
JavaScript and CSS and our own script are inlined, and a Content-Security-Policy forbids fetches.
Every string taken from the documents (labels, aliases, evidence) enters the page only inside one
JSON data island, with ``<``, ``>``, ``&``, U+2028 and U+2029 escaped, and is shown with textContent.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import networkx as nx

from .. import __version__
from ..analyse import CLASSES, MAX_EVIDENCE_PER_NODE, centrality, communities, community_index, simple_graph
from ..errors import PolicykgError

ASSETS = Path(__file__).parent / "assets"
TEMPLATES = Path(__file__).parent / "templates"
VIS_VERSION = "vis-9.1.2"

FONT_STACK = ('"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "PingFang SC", '
              '"Hiragino Sans GB", "Microsoft YaHei", "Noto Sans", "DejaVu Sans", sans-serif')

# class → (colour, vis shape, legend glyph, title)
CLASS_STYLE: dict[str, tuple[str, str, str, str]] = {
    "Plan": ("#d62728", "square", "■", "Plan 政策文件"),
    "Task": ("#ff7f0e", "triangle", "▲", "Task 任务分工"),
    "Agency": ("#1f77b4", "dot", "●", "Agency 政府机构"),
    "AgencyGroup": ("#17becf", "diamond", "◆", "AgencyGroup 机构集合"),
    "Region": ("#2ca02c", "star", "★", "Region 行政区域"),
    "IndustryChain": ("#9467bd", "hexagon", "⬢", "IndustryChain 产业链"),
    "Technology": ("#b59ddb", "dot", "●", "Technology 技术"),
    "Park": ("#8c564b", "triangleDown", "▼", "Park 园区"),
    "Target": ("#e377c2", "diamond", "◆", "Target 量化目标"),
    "Document": ("#7f7f7f", "square", "■", "Document 源文件"),
    "Other": ("#bcbd22", "dot", "●", "Other 其他"),
}
COMMUNITY_COLOURS = (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#7f7f7f",
    "#aec7e8", "#ffbb78", "#98df8a", "#ff9896", "#c5b0d5", "#c49c94", "#f7b6d2", "#9edae5", "#dbdb8d", "#393b79",
)
SMALL_COMMUNITY_COLOUR = "#c8c8c8"
EDGE_COLOURS = {"leadAgency": "#b3261e", "responsibleAgency": "#6b7c93", "hasTask": "#e0a36b", "wasDerivedFrom": "#d0d0d0"}
LABEL_CHARS = 16
MIN_SIZE, MAX_SIZE = 8.0, 40.0
MAX_EDGE_WIDTH = 12.0

_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_JSON_ESCAPE_RE = re.compile("[<>&\u2028\u2029]")


class RenderError(PolicykgError):
    """The page cannot be produced (an asset that would break out of its inline tag)."""


def safe_json(obj: Any) -> str:
    """JSON that is safe inside an HTML <script> element: no ``<``, ``>``, ``&``, U+2028 or U+2029 appear raw."""
    text = json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return _JSON_ESCAPE_RE.sub(lambda m: _JSON_ESCAPES[m.group(0)], text)


def short_label(label: str, n: int = LABEL_CHARS) -> str:
    """A label cut to ``n`` characters for drawing on the canvas (the panel shows it whole)."""
    return label if len(label) <= n else label[: n - 1] + "…"


def physics_options(n_nodes: int, n_edges: int, sparse_labels: bool = True) -> dict[str, Any]:
    """vis-network physics for a graph of this size: a bounded number of stabilisation iterations, then frozen."""
    if n_nodes <= 200:
        iterations = 1000
    elif n_nodes <= 1000:
        iterations = 600
    elif n_nodes <= 2500:
        iterations = 250
    else:
        iterations = 120
    return {
        "enabled": n_nodes > 1,
        "solver": "forceAtlas2Based",
        # A small labelled network (co-responsibility) gets more room per node than a big one.
        "forceAtlas2Based": {"gravitationalConstant": -55 if sparse_labels else -140, "centralGravity": 0.012,
                             "springLength": 90 if sparse_labels else 170, "springConstant": 0.06 if sparse_labels else 0.03,
                             "damping": 0.55, "avoidOverlap": 0.2 if sparse_labels else 0.8},
        "maxVelocity": 60,
        "minVelocity": 1.0,
        "timestep": 0.45,
        "stabilization": {"enabled": True, "iterations": iterations, "updateInterval": 25, "fit": True},
    }


def vis_options(n_nodes: int, n_edges: int, directed: bool, roomy: bool = False) -> dict[str, Any]:
    """All vis-network options of the page (deterministic: fixed random seed for the initial layout)."""
    return {
        "autoResize": True,
        "layout": {"randomSeed": 7, "improvedLayout": n_nodes <= 150},
        "physics": physics_options(n_nodes, n_edges, sparse_labels=not roomy),
        "interaction": {"hover": True, "tooltipDelay": 200, "hideEdgesOnDrag": n_edges > 1500,
                        "hideEdgesOnZoom": n_edges > 3000, "navigationButtons": False, "keyboard": False,
                        "multiselect": False},
        "nodes": {
            "borderWidth": 1,
            "font": {"face": FONT_STACK, "size": 13, "color": "#1d2430", "strokeWidth": 3, "strokeColor": "#ffffff"},
            # vis maps ``value`` linearly onto [min, max] pixels, labels too: hubs keep a readable label
            # when the whole graph is in view, small nodes show theirs once zoomed in.
            "scaling": {"min": MIN_SIZE, "max": MAX_SIZE,
                        "label": {"enabled": True, "min": 12, "max": 30, "drawThreshold": 6, "maxVisible": 28}},
        },
        "edges": {
            "arrows": {"to": {"enabled": directed, "scaleFactor": 0.45}},
            "color": {"color": "#b8c0cc", "highlight": "#1f5fbf", "hover": "#1f5fbf", "inherit": False},
            "smooth": {"enabled": n_edges <= 600, "type": "continuous", "roundness": 0.3},
            "width": 1,
            "selectionWidth": 2,
        },
    }


def _values(V: nx.Graph, size_by: str) -> dict[str, float]:
    """Node ``value`` in [0, 1]: the square root of the measure relative to its maximum (area ∝ measure)."""
    scores = centrality(V, size_by)
    top = max(scores.values(), default=0.0)
    if top <= 0:
        return {n: 0.0 for n in V}
    return {n: round(math.sqrt(max(scores.get(n, 0.0), 0.0) / top), 4) for n in V}


@lru_cache(maxsize=1)
def _converters() -> tuple[Any, ...]:
    import opencc

    return tuple(opencc.OpenCC(c) for c in ("s2t", "s2tw", "s2hk", "t2s"))


def search_key(label: str, aliases: Sequence[str]) -> str:
    """What the page's search matches against: label and aliases, Simplified, lower case, one per line."""
    from ..normalise import to_simplified

    keys: list[str] = []
    for name in (label, *aliases):
        k = re.sub(r"[《》\s]", "", unicodedata.normalize("NFKC", to_simplified(name)).lower())
        if k and k not in keys:
            keys.append(k)
    return "\n".join(keys)


def char_map(texts: Sequence[str]) -> dict[str, str]:
    """Traditional → Simplified for the characters the page's labels use, so a Traditional query finds them."""
    s2t, s2tw, s2hk, t2s = _converters()
    chars = sorted({c for t in texts for c in t if not c.isascii()})
    out: dict[str, str] = {}
    for c in chars:
        simp = t2s.convert(c)
        if simp != c and len(simp) == 1:
            out[c] = simp
        for conv in (s2t, s2tw, s2hk):
            trad = conv.convert(simp)
            if trad != simp and len(trad) == 1:
                out.setdefault(trad, simp)
    return dict(sorted(out.items()))


def _evidence_for(V: nx.MultiDiGraph | nx.Graph, G: nx.MultiDiGraph | None, n: str) -> tuple[list[dict], bool, int]:
    """A node's evidence; a unit without its own passages shows those of its tasks (the bracket that names it)."""
    own = list(V.nodes[n].get("evidence", ()))
    via = False
    if not own and G is not None and n in G and G.nodes[n]["cls"] in ("Agency", "AgencyGroup"):
        via = True
        for t, _n, rel in sorted(G.in_edges(n, keys=True)):
            if rel in ("responsibleAgency", "leadAgency") and G.nodes[t]["cls"] == "Task":
                for e in G.nodes[t].get("evidence", ()):
                    item = dict(e, via=f"task: {G.nodes[t]['label']}")
                    if item not in own:
                        own.append(item)
        own.sort(key=lambda d: (d["file"], d["start"], d["end"], d["text"]))
    more = max(0, len(own) - MAX_EVIDENCE_PER_NODE)
    return own[:MAX_EVIDENCE_PER_NODE], via, more


CLUSTER_MODES = ("none", "plan", "community")
CLUSTER_ABOVE = 600  # nodes; larger views open clustered (by plan when the view has plans)
LABELS_MAX = 60  # most labels drawn at once (the page also drops any that would overlap)
PYTHON_LAYOUT_ABOVE = 1000  # nodes; larger views get positions from Python (layout_positions), physics off
EVIDENCE_PER_TASK = 3
_YEAR_RE = re.compile(r"(1[89]\d\d|2\d\d\d)")


def _year(value: str) -> int | None:
    """The first four-digit year in a literal ('2025', '2024-08-12'), or None."""
    m = _YEAR_RE.search(str(value))
    return int(m.group(1)) if m else None


def _first_year(props: dict[str, Sequence[str]], key: str) -> int | None:
    years = [y for y in (_year(v) for v in props.get(key, ())) if y is not None]
    return min(years) if years else None


def plan_rows(G: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """Every plan of ``G`` for the timeline: period, issue date, target years (with counts), tasks; sorted by first year, label, IRI."""
    rows = []
    for n, d in G.nodes(data=True):
        if "Plan" not in d.get("classes", [d.get("cls")]):
            continue
        props = d.get("props", {})
        targets: dict[int, int] = {}
        tasks = 0
        for _p, o, rel in G.out_edges(n, keys=True):
            if rel == "hasTarget":
                y = _first_year(G.nodes[o].get("props", {}), "targetYear")
                if y is not None:
                    targets[y] = targets.get(y, 0) + 1
            elif rel == "hasTask":
                tasks += 1
        start, end = _first_year(props, "periodStart"), _first_year(props, "periodEnd")
        issued = min(props.get("issued", ()), default="")
        years = [y for y in (start, end, _year(issued) if issued else None, *targets) if y is not None]
        rows.append({
            "iri": n, "label": d.get("label", n), "start": start, "end": end, "issued": issued,
            "targets": [[y, targets[y]] for y in sorted(targets)], "tasks": tasks,
            "from": min(years) if years else None, "to": max(years) if years else None,
            "regions": list(d.get("regions", ())),
        })
    rows.sort(key=lambda r: (r["from"] is None, r["from"] or 0, r["to"] or 0, r["label"], r["iri"]))
    return rows


def task_rows(G: nx.MultiDiGraph, plan_index: dict[str, int]) -> list[dict[str, Any]]:
    """Every task of ``G``: label, plans, responsible units (lead marked), chains (its own, else its plans'), evidence; sorted by IRI.

    ``agencies`` are the responsible units of class Agency and ``chains`` the chain labels, exactly as
    the bundled query ``agency-chains`` counts them.
    """
    chains_of: dict[str, set[str]] = {}

    def chains(n: str) -> set[str]:
        if n not in chains_of:
            chains_of[n] = {G.nodes[o]["label"] for _s, o, rel in G.out_edges(n, keys=True)
                            if rel == "concernsChain" and "IndustryChain" in G.nodes[o].get("classes", [G.nodes[o]["cls"]])}
        return chains_of[n]

    rows = []
    for t in sorted(n for n, d in G.nodes(data=True) if d.get("cls") == "Task"):
        d = G.nodes[t]
        plans = sorted({p for p, _t, rel in G.in_edges(t, keys=True) if rel == "hasTask" and p in plan_index}, key=plan_index.__getitem__)
        units: set[str] = set()
        lead: set[str] = set()
        agencies: set[str] = set()
        for _t, a, rel in G.out_edges(t, keys=True):
            if rel in ("responsibleAgency", "leadAgency") and G.nodes[a]["cls"] in ("Agency", "AgencyGroup"):
                units.add(a)
                if rel == "leadAgency":
                    lead.add(a)
                if rel == "responsibleAgency" and "Agency" in G.nodes[a].get("classes", [G.nodes[a]["cls"]]):
                    agencies.add(G.nodes[a]["label"])
        own = chains(t)
        task_chains = own or {c for p in plans for c in chains(p)}
        evidence = [[e["text"], e["file"], e["start"], e.get("url", "")] for e in d.get("evidence", ())[:EVIDENCE_PER_TASK]]
        rows.append({
            "iri": t, "label": d.get("label", t), "plans": [plan_index[p] for p in plans],
            "units": sorted(G.nodes[a]["label"] for a in units), "lead": sorted(G.nodes[a]["label"] for a in lead),
            "unitIris": sorted(units), "agencies": sorted(agencies) if plans else [], "chains": sorted(task_chains) if plans else [],
            "section": min(d.get("props", {}).get("sectionPath", ()), default=""), "evidence": evidence,
        })
    return rows


def agency_chain_cells(tasks: Sequence[dict[str, Any]]) -> list[tuple[str, str, int]]:
    """(agency, chain, number of tasks) for the matrix, ordered as the ``agency-chains`` query orders its rows."""
    cells: dict[tuple[str, str], set[int]] = {}
    for i, t in enumerate(tasks):
        for a in t["agencies"]:
            for c in t["chains"]:
                cells.setdefault((a, c), set()).add(i)
    return sorted(((a, c, len(s)) for (a, c), s in cells.items()), key=lambda r: (r[0], -r[2], r[1]))


def home_plans(V: nx.Graph, plan_of: dict[str, int]) -> dict[str, int]:
    """Each node of ``V`` → the plan cluster it is drawn in: its own plan, else the plan its neighbours belong to most (ties: first plan)."""
    home: dict[str, int] = {n: plan_of[n] for n in V if n in plan_of}
    U = V.to_undirected(as_view=True) if V.is_directed() else V
    for _round in range(3):
        new: dict[str, int] = {}
        for n in sorted(V):
            if n in home:
                continue
            votes: dict[int, int] = {}
            for m in U[n]:
                if m in home:
                    votes[home[m]] = votes.get(home[m], 0) + 1
            if votes:
                new[n] = min(votes, key=lambda p: (-votes[p], p))
        if not new:
            break
        home.update(new)
    return home


def node_plans(V: nx.Graph, G: nx.MultiDiGraph, plan_index: dict[str, int]) -> dict[str, list[int]]:
    """The plans a node of ``V`` belongs to, for the date filter: a plan itself, a task's or target's plans, else the plans of its documents."""
    by_doc: dict[str, set[int]] = {}
    for p, i in plan_index.items():
        for doc in G.nodes[p].get("documents", ()):
            by_doc.setdefault(doc, set()).add(i)
    out: dict[str, list[int]] = {}
    for n in V:
        if n in plan_index:
            out[n] = [plan_index[n]]
            continue
        own: set[int] = set()
        if n in G and G.nodes[n].get("cls") in ("Task", "Target"):
            own = {plan_index[p] for p, _n, rel in G.in_edges(n, keys=True) if rel in ("hasTask", "hasTarget") and p in plan_index}
        if not own:
            own = {i for doc in V.nodes[n].get("documents", ()) for i in by_doc.get(doc, ())}
        out[n] = sorted(own)
    return out


def _cluster_list(members_of: dict[int, list[str]], index: dict[str, int], label_of: Any) -> list[dict[str, Any]]:
    """Clusters of two or more nodes as page data: label, member indices (sorted)."""
    out = []
    for key in sorted(members_of):
        members = sorted(index[n] for n in members_of[key])
        if len(members) >= 2:
            out.append({"label": label_of(key), "members": members})
    return out


def _spring(H: nx.Graph, iterations: int = 60, seed: int = 7) -> dict[Any, tuple[float, float]]:
    """Fruchterman-Reingold positions in [-1, 1] (dense numpy, seeded; networkx's own needs scipy above 500 nodes)."""
    import numpy as np

    nodes = sorted(H.nodes, key=str)
    n = len(nodes)
    if n <= 1:
        return {v: (0.0, 0.0) for v in nodes}
    at = {v: i for i, v in enumerate(nodes)}
    A = np.zeros((n, n))
    for u, v, d in H.edges(data=True):
        A[at[u], at[v]] = A[at[v], at[u]] = float(d.get("weight", 1.0))
    pos = np.random.RandomState(seed).rand(n, 2)
    k = math.sqrt(1.0 / n)
    t = max(float(np.ptp(pos[:, 0])), float(np.ptp(pos[:, 1]))) * 0.1
    dt = t / (iterations + 1)
    for _i in range(iterations):
        delta = pos[:, None, :] - pos[None, :, :]
        dist = np.clip(np.sqrt((delta ** 2).sum(axis=2)), 0.01, None)
        force = (k * k / dist ** 2 - A * dist / k)[:, :, None] * delta
        disp = force.sum(axis=1)
        length = np.clip(np.sqrt((disp ** 2).sum(axis=1)), 0.01, None)
        pos += disp * (t / length)[:, None]
        t -= dt
    pos -= pos.mean(axis=0)
    scale = float(np.abs(pos).max()) or 1.0
    return {v: (float(pos[i, 0] / scale), float(pos[i, 1] / scale)) for i, v in enumerate(nodes)}


def layout_positions(V: nx.Graph, groups: Sequence[Sequence[str]], spacing: float = 22.0) -> dict[str, tuple[float, float]]:
    """Deterministic positions for a large view: each group a disc laid out by networkx (spring, seeded), the discs
    placed by a spring layout of the graph of groups and pushed apart until none overlap.

    The page draws these with physics off, so a view of thousands of nodes is usable as soon as it is drawn.
    """
    import numpy as np

    U = simple_graph(V)
    group_of = {n: g for g, members in enumerate(groups) for n in members}
    Q = nx.Graph()
    Q.add_nodes_from(range(len(groups)))
    for u, v in U.edges():
        a, b = group_of[u], group_of[v]
        if a != b:
            Q.add_edge(min(a, b), max(a, b), weight=1.0)
    # A weak tie of every group to a hub keeps unconnected groups near the rest instead of far away.
    Q.add_edges_from(((g, -1) for g in range(len(groups))), weight=0.08)
    radius = np.array([spacing * math.sqrt(len(m)) for m in groups])
    if len(groups) > 1:
        qpos = _spring(Q, iterations=100)
        xy = np.array([qpos[g] for g in range(len(groups))], dtype=float)
        xy *= 1.1 * math.sqrt(float((radius ** 2).sum()))
        gap = spacing
        for _step in range(120):
            d = xy[:, None, :] - xy[None, :, :]
            dist = np.sqrt((d ** 2).sum(axis=2)) + np.eye(len(groups))
            need = radius[:, None] + radius[None, :] + gap
            over = np.clip(need - dist, 0, None)
            np.fill_diagonal(over, 0)
            if not over.any():
                break
            xy += (d / dist[:, :, None] * (over / 2)[:, :, None]).sum(axis=1)
    else:
        xy = np.zeros((len(groups), 2))
    pos: dict[str, tuple[float, float]] = {}
    for g, members in enumerate(groups):
        r, (cx, cy) = radius[g], xy[g]
        if len(members) == 1:
            local = {members[0]: (0.0, 0.0)}
        elif len(members) <= 400 and U.subgraph(members).number_of_edges() >= len(members) / 2:
            local = _spring(U.subgraph(members), iterations=60)
        else:
            local = {}
            for k, n in enumerate(sorted(members, key=lambda n: (-U.degree(n), n))):  # sunflower, hubs in the middle: big or unlinked groups
                angle, dd = k * 2.399963, math.sqrt((k + 0.5) / len(members))
                local[n] = (dd * math.cos(angle), dd * math.sin(angle))
        xs = [float(p[0]) for p in local.values()]
        ys = [float(p[1]) for p in local.values()]
        ext = max(max(xs) - min(xs), max(ys) - min(ys), 1e-9) / 2
        mx, my = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
        for n in members:
            x, y = local[n]
            pos[n] = (round(float(cx) + (float(x) - mx) / ext * r, 1), round(float(cy) + (float(y) - my) / ext * r, 1))
    return pos

def page_data(
    V: nx.Graph,
    *,
    title: str,
    subtitle: str,
    size_by: str = "degree",
    colour_by: str = "class",
    G: nx.MultiDiGraph | None = None,
    documents: Sequence[dict[str, str]] = (),
    cluster: str = "auto",
) -> dict[str, Any]:
    """Everything the page shows, as plain data: vis nodes/edges/options (for pyvis), the panel's details, and the
    matrix, timeline and cluster data.

    ``V`` is the view (a MultiDiGraph of entities, or a weighted Graph such as the co-responsibility
    network); ``G`` the full graph, used to find the evidence of units through their tasks and for the
    matrix and timeline (which always cover the whole store). ``cluster``: the initial grouping of the
    graph view, ``none``, ``plan``, ``community`` or ``auto`` (clustered above CLUSTER_ABOVE nodes).
    """
    if cluster not in (*CLUSTER_MODES, "auto"):
        raise ValueError(f"unknown cluster mode {cluster!r}")
    order = sorted(V.nodes)
    index = {n: i for i, n in enumerate(order)}
    sizes = _values(V, size_by)
    groups = communities(V)
    group_of = community_index(groups)
    weighted = not V.is_multigraph()
    full = G if G is not None else (V if V.is_multigraph() else nx.MultiDiGraph())

    plans = plan_rows(full)
    plan_index = {r["iri"]: i for i, r in enumerate(plans)}
    tasks = task_rows(full, plan_index)
    cells = agency_chain_cells(tasks)
    m_agencies = sorted({a for a, _c, _n in cells})
    m_chains = sorted({c for _a, c, _n in cells})
    a_index = {a: i for i, a in enumerate(m_agencies)}
    c_index = {c: i for i, c in enumerate(m_chains)}
    tasks_of_unit: dict[str, list[int]] = {}
    for k, t in enumerate(tasks):
        for u in t.pop("unitIris"):
            tasks_of_unit.setdefault(u, []).append(k)
        t["agencies"] = [a_index[a] for a in t["agencies"] if a in a_index]
        t["chains"] = [c_index[c] for c in t["chains"]] if t["agencies"] else []
        t["node"] = index.get(t.pop("iri"), -1)
    for r in plans:
        r["node"] = index.get(r.pop("iri"), -1)
    in_plans = node_plans(V, full, plan_index)

    homes = home_plans(V, {n: plan_index[n] for n in V if n in plan_index})
    by_plan: dict[int, list[str]] = {}
    for n, p in homes.items():
        by_plan.setdefault(p, []).append(n)
    plan_clusters = _cluster_list(by_plan, index, lambda p: plans[p]["label"])
    community_clusters = [{"label": V.nodes[max(m, key=lambda n: (sizes[n], -index[n]))].get("label", ""), "members": sorted(index[n] for n in m)}
                          for m in groups if len(m) >= 2]
    if cluster == "auto":
        cluster = ("plan" if plan_clusters else "community") if len(order) > CLUSTER_ABOVE else "none"
    if len(order) > PYTHON_LAYOUT_ABOVE:
        if cluster == "plan" or (cluster == "none" and plan_clusters):
            placed = {n for n in homes}
            layout_groups = [sorted(m) for m in by_plan.values()] + [[n for n in m if n not in placed] for m in groups]
        else:
            layout_groups = [sorted(m) for m in groups]
        # Nodes alone in their group (a cited plan, a stray entity) share one disc: fewer discs to place.
        loose = sorted(n for g in layout_groups if len(g) == 1 for n in g)
        layout_groups = sorted((g for g in [*layout_groups, loose] if len(g) > 1 or (g and g is loose)), key=lambda g: (-len(g), g[0]))
        seeds = layout_positions(V, layout_groups)
    else:
        seeds = {}

    vis_nodes: list[dict[str, Any]] = []
    info: list[dict[str, Any]] = []
    for i, n in enumerate(order):
        d = V.nodes[n]
        cls = d.get("cls", "Other") if d.get("cls") in CLASS_STYLE else "Other"
        colour, shape, _glyph, _title = CLASS_STYLE[cls]
        g = group_of.get(n, -1)
        community_colour = COMMUNITY_COLOURS[g] if 0 <= g < len(COMMUNITY_COLOURS) else SMALL_COMMUNITY_COLOUR
        # No vis label: the page draws the labels of the most central nodes itself, never overlapping.
        vis_nodes.append({"id": i, "shape": shape, "value": sizes[n], "color": colour})
        if n in seeds:
            vis_nodes[-1]["x"], vis_nodes[-1]["y"] = seeds[n]
        evidence, via, more = _evidence_for(V, G, n)
        props = [[k, " | ".join(map(str, v))] for k, v in sorted(d.get("props", {}).items())]
        for count in ("tasks", "units"):
            if isinstance(d.get(count), int):
                props.append([count, str(d[count])])
        info.append({
            "iri": d.get("iri", n), "label": d.get("label", n), "cls": cls, "aliases": list(d.get("aliases", ())),
            "documents": list(d.get("documents", ())), "regions": list(d.get("regions", ())),
            "evidence": evidence, "evidenceVia": via, "evidenceMore": more, "props": props,
            "rows": list(d.get("rows", ())), "community": g,
            "colours": {"class": colour, "community": community_colour},
            "search": search_key(d.get("label", n), d.get("aliases", ())),
            "short": short_label(d.get("label", n)), "plans": in_plans.get(n, []), "tasks": tasks_of_unit.get(n, []),
        })

    if weighted:
        raw = [(u, v, "shares", d) for u, v, d in V.edges(data=True)]
    else:
        raw = [(u, v, k, d) for u, v, k, d in V.edges(keys=True, data=True)]
    raw.sort(key=lambda t: (index[t[0]], index[t[1]], str(t[2])))
    weights = [float(d.get("weight", 1)) for *_x, d in raw]
    wmax = max(weights, default=1.0)
    vis_edges: list[dict[str, Any]] = []
    edge_info: list[dict[str, Any]] = []
    for j, (u, v, edge_key, d) in enumerate(raw):
        w = float(d.get("weight", 1))
        rel = d.get("rel", str(edge_key))
        edge: dict[str, Any] = {"id": j, "from": index[u], "to": index[v]}
        if "weight" in d:
            # Width is proportional to the weight (shared tasks …), capped so hubs stay readable.
            edge["width"] = round(w if wmax <= MAX_EDGE_WIDTH else 1 + (MAX_EDGE_WIDTH - 1) * (w - 1) / max(wmax - 1, 1), 2)
        if rel in EDGE_COLOURS:
            edge["color"] = EDGE_COLOURS[rel]
        vis_edges.append(edge)
        if weighted:
            n_shared = int(w) if w.is_integer() else w
            detail = f"{n_shared} shared task{'s' if n_shared != 1 else ''}"
            rel = "shares tasks with"
        else:
            detail = d.get("info", "")
            if "weight" in d and not detail:
                detail = f"weight {w:g}"
        edge_info.append({"rel": rel, "detail": detail, "documents": list(d.get("documents", ()))})

    counts: dict[str, int] = {}
    for d in info:
        counts[d["cls"]] = counts.get(d["cls"], 0) + 1
    legend = [
        {"name": c, "colour": CLASS_STYLE[c][0], "shape": CLASS_STYLE[c][1], "glyph": CLASS_STYLE[c][2], "title": CLASS_STYLE[c][3], "count": counts[c]}
        for c in (*CLASSES, "Other") if c in counts
    ]
    community_legend = []
    for g, members in enumerate(groups):
        top = max(members, key=lambda n: (sizes[n], -index[n]))
        community_legend.append({
            "index": g, "size": len(members), "label": V.nodes[top].get("label", top),
            "colour": COMMUNITY_COLOURS[g] if g < len(COMMUNITY_COLOURS) else SMALL_COMMUNITY_COLOUR,
        })
    used_docs = sorted({doc for d in info for doc in d["documents"]})
    titles = {d["name"]: d.get("title", "") for d in documents}
    texts = [t for d in info for t in (d["label"], *d["aliases"])]
    options = vis_options(len(vis_nodes), len(vis_edges), directed=not weighted, roomy=weighted and len(vis_nodes) <= 300)
    if seeds:
        options["physics"]["enabled"] = False  # positions computed above: drawn at once, no stabilisation
    return {
        "meta": {
            "title": title, "subtitle": subtitle, "sizeBy": size_by, "colourBy": colour_by,
            "nodes": len(vis_nodes), "edges": len(vis_edges), "generator": f"policykg {__version__}",
            "edgeLegend": "Edge width: number of shared tasks." if weighted else "",
            "cluster": cluster, "layout": "python" if seeds else "physics", "labelsMax": LABELS_MAX,
        },
        "nodes": vis_nodes,
        "edges": vis_edges,
        "options": options,
        "plans": plans,
        "tasks": tasks,
        "matrix": {"agencies": m_agencies, "chains": m_chains, "cells": [[a_index[a], c_index[c], k] for a, c, k in cells]},
        "clusters": {"plan": plan_clusters, "community": community_clusters},
        "info": info,
        "edgeInfo": edge_info,
        "classes": legend,
        "communities": community_legend,
        "documents": [{"name": n, "title": titles.get(n, "")} for n in used_docs],
        "regions": sorted({r for d in info for r in d["regions"]}),
        "charMap": char_map(texts),
    }


def _inline_asset(text: str, tag: str, name: str) -> str:
    """An asset's text, checked so it cannot end its inline <script>/<style> element early."""
    text = re.sub(r"/[/*]# sourceMappingURL=\S+", "", text)
    if re.search(rf"</{tag}|<!--", text, re.I):
        raise RenderError(f"{name} contains '</{tag}' or '<!--' and cannot be inlined safely")
    return text


def _network(data: dict[str, Any]) -> Any:
    """A pyvis Network holding the page's nodes, edges and options (lists filled directly: add_edge is quadratic)."""
    from pyvis.network import Network

    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    net.nodes = data["nodes"]
    net.edges = data["edges"]
    net.node_ids = [n["id"] for n in data["nodes"]]
    net.node_map = {n["id"]: n for n in data["nodes"]}
    net.options = data["options"]
    return net


def render_html(data: dict[str, Any]) -> str:
    """The explorer page for ``page_data(...)``: one HTML document with every asset inline."""
    from jinja2 import Environment, FileSystemLoader, select_autoescape
    from markupsafe import Markup

    net = _network(data)
    nodes, edges, _heading, _height, _width, options_json = net.get_network_data()
    payload = dict(data, nodes=nodes, edges=edges, options=json.loads(options_json))
    lib = Path(net.template_dir) / "lib" / VIS_VERSION
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(["html"]), keep_trailing_newline=True)
    template = env.get_template("explorer.html")
    return template.render(
        version=__version__,
        title=data["meta"]["title"],
        data_json=Markup(safe_json(payload)),
        vis_js=Markup(_inline_asset((lib / "vis-network.min.js").read_text(encoding="utf-8"), "script", "vis-network.min.js")),
        vis_css=Markup(_inline_asset((lib / "vis-network.css").read_text(encoding="utf-8"), "style", "vis-network.css")),
        app_js=Markup(_inline_asset((ASSETS / "explorer.js").read_text(encoding="utf-8"), "script", "explorer.js")),
        app_css=Markup(_inline_asset((ASSETS / "explorer.css").read_text(encoding="utf-8"), "style", "explorer.css")),
    )
