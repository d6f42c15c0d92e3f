"""Finding nodes by label (Simplified or Traditional) and cutting neighbourhoods: ego graphs, a plan's view, a query's rows as a graph."""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from collections.abc import Sequence
from decimal import Decimal

import networkx as nx

from .graph import CLASSES, UNIT_CLASSES, local_name


def _norm(s: str) -> str:
    from ..normalise import label_key

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
