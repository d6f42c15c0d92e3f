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
from functools import lru_cache
from pathlib import Path
from typing import Any, Sequence

import networkx as nx

from .. import __version__
from ..analyse import CLASSES, MAX_EVIDENCE_PER_NODE, centrality, communities, community_index, simple_graph

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
SEED_LAYOUT_ABOVE = 1000  # nodes; larger views start from community discs (see seed_positions)

_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_JSON_ESCAPE_RE = re.compile("[<>&\u2028\u2029]")


class RenderError(Exception):
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


def seed_positions(groups: Sequence[Sequence[str]], spacing: float = 18.0) -> dict[str, tuple[float, float]]:
    """Deterministic starting positions for a large graph: each community a disc, discs along a spiral.

    vis-network's own initial placement needs far more iterations than a large page can afford to
    untangle; starting from communities, a few hundred iterations give a readable layout.
    """
    import random

    rng = random.Random(7)
    pos: dict[str, tuple[float, float]] = {}
    placed_radius = 0.0
    angle = 0.0
    for g, members in enumerate(groups):
        r = spacing * math.sqrt(len(members))
        if g:
            placed_radius += r
            angle += (r + spacing) / max(placed_radius, 1.0)
        cx, cy = placed_radius * math.cos(angle), placed_radius * math.sin(angle)
        for n in members:
            a, d = rng.uniform(0, 2 * math.pi), r * math.sqrt(rng.random())
            pos[n] = (round(cx + d * math.cos(a), 1), round(cy + d * math.sin(a), 1))
        placed_radius += r * 0.35
    return pos


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


def page_data(
    V: nx.Graph,
    *,
    title: str,
    subtitle: str,
    size_by: str = "degree",
    colour_by: str = "class",
    G: nx.MultiDiGraph | None = None,
    documents: Sequence[dict[str, str]] = (),
) -> dict[str, Any]:
    """Everything the page shows, as plain data: vis nodes/edges/options (for pyvis) and the panel's details.

    ``V`` is the view (a MultiDiGraph of entities, or a weighted Graph such as the co-responsibility
    network); ``G`` the full graph, used to find the evidence of units through their tasks.
    """
    order = sorted(V.nodes)
    index = {n: i for i, n in enumerate(order)}
    sizes = _values(V, size_by)
    groups = communities(V)
    group_of = community_index(groups)
    weighted = not V.is_multigraph()
    seeds = seed_positions(groups) if len(order) > SEED_LAYOUT_ABOVE else {}

    vis_nodes: list[dict[str, Any]] = []
    info: list[dict[str, Any]] = []
    for i, n in enumerate(order):
        d = V.nodes[n]
        cls = d.get("cls", "Other") if d.get("cls") in CLASS_STYLE else "Other"
        colour, shape, _glyph, _title = CLASS_STYLE[cls]
        g = group_of.get(n, -1)
        community_colour = COMMUNITY_COLOURS[g] if 0 <= g < len(COMMUNITY_COLOURS) else SMALL_COMMUNITY_COLOUR
        vis_nodes.append({"id": i, "label": short_label(d.get("label", n)), "shape": shape, "value": sizes[n], "color": colour})
        if n in seeds:
            vis_nodes[-1]["x"], vis_nodes[-1]["y"] = seeds[n]
        evidence, via, more = _evidence_for(V, G, n)
        props = [[k, " | ".join(map(str, v))] for k, v in sorted(d.get("props", {}).items())]
        for k in ("tasks", "units"):
            if isinstance(d.get(k), int):
                props.append([k, str(d[k])])
        info.append({
            "iri": d.get("iri", n), "label": d.get("label", n), "cls": cls, "aliases": list(d.get("aliases", ())),
            "documents": list(d.get("documents", ())), "regions": list(d.get("regions", ())),
            "evidence": evidence, "evidenceVia": via, "evidenceMore": more, "props": props,
            "rows": list(d.get("rows", ())), "community": g,
            "colours": {"class": colour, "community": community_colour},
            "search": search_key(d.get("label", n), d.get("aliases", ())),
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
    for j, (u, v, k, d) in enumerate(raw):
        w = float(d.get("weight", 1))
        rel = d.get("rel", str(k))
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
    return {
        "meta": {
            "title": title, "subtitle": subtitle, "sizeBy": size_by, "colourBy": colour_by,
            "nodes": len(vis_nodes), "edges": len(vis_edges), "generator": f"policykg {__version__}",
            "edgeLegend": "Edge width: number of shared tasks." if weighted else "",
        },
        "nodes": vis_nodes,
        "edges": vis_edges,
        "options": vis_options(len(vis_nodes), len(vis_edges), directed=not weighted, roomy=weighted and len(vis_nodes) <= 300),
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
