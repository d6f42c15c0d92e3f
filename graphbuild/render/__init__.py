"""``policykg viz``: choose a view of the graph and write the explorer page for it.

``write_explorer`` is the library entry point; it never prints. Views: the full entity graph, the
agency co-responsibility network, an ego view around a label, a plan's own graph, and the rows of a
SPARQL query. Above ``max_nodes`` it refuses (a page that size would hang the browser) and says
which focused view to draw instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from ..analyse import MEASURES, close_matches, coresponsibility, ego, find_nodes, graph_from_rows, load_graph, plan_view
from ..errors import PolicykgError
from ..outfile import OutputError, is_stdout, output_file

VIEWS = ("full", "coresponsibility")
COLOURINGS = ("class", "community")
CLUSTERINGS = ("auto", "none", "plan", "community")
DEFAULT_MAX_NODES = 5000
EDGES_PER_NODE_LIMIT = 5


class ExplorerError(PolicykgError):
    """A view that cannot be drawn: unknown label, empty or too large; the message says what to do."""


@dataclass(frozen=True)
class ExplorerResult:
    """What was written."""

    path: str
    view: str
    title: str
    nodes: int
    edges: int
    bytes: int


@dataclass(frozen=True)
class View:
    """A graph to draw with its title and a one-line description."""

    graph: nx.Graph
    name: str
    title: str
    subtitle: str


def _resolve(G: nx.MultiDiGraph, label: str, option: str, classes: tuple[str, ...] | None = None) -> list[str]:
    found = find_nodes(G, label, classes)
    if found:
        return found
    near = close_matches(G, label, classes)
    what_of: dict[tuple[str, ...], str] = {("Plan",): "plan", ("Agency",): "agency"}
    what = what_of.get(classes or (), "node")
    hint = ("; close matches: " + ", ".join(near)) if near else ""
    raise ExplorerError(f"no {what} is labelled {label!r} ({option} takes a label or alias, Simplified or Traditional){hint}")


def select_view(
    G: nx.MultiDiGraph,
    *,
    view: str = "full",
    focus: str | None = None,
    depth: int = 2,
    plan: str | None = None,
    query_rows: tuple[str, list[str], list[list[object]], str] | None = None,
) -> View:
    """The graph to draw for the options of ``policykg viz`` (focus, plan and query narrow the chosen view)."""
    if view not in VIEWS:
        raise ExplorerError(f"unknown view {view!r}; use one of: {', '.join(VIEWS)}")
    if sum(x is not None for x in (focus, plan, query_rows)) > 1:
        raise ExplorerError("give only one of --focus, --plan and --query")
    if query_rows is not None:
        if view != "full":
            raise ExplorerError("--query draws its own result rows: leave out --view coresponsibility")
        kind, columns, rows, qname = query_rows
        sub = f"{len(rows)} result row(s)" + ("" if kind == "graph" else "; the nodes of a row are linked from its first")
        return View(graph_from_rows(G, kind, columns, rows), "query", f"Query: {qname}", sub)
    co = view == "coresponsibility"
    co_sub = "agencies linked by the number of tasks they share (edge width)"
    if plan is not None:
        p = _resolve(G, plan, "--plan", ("Plan",))[0]
        P = plan_view(G, p)
        label = G.nodes[p]["label"]
        if co:
            return View(coresponsibility(P), "coresponsibility", f"Co-responsibility in {label}", co_sub + " in this plan's tasks")
        return View(P, "plan", f"Plan: {label}", "the plan, the schemes it issues, their tasks and targets, and all they name")
    if co:
        H = coresponsibility(G)
        if focus is None:
            return View(H, "coresponsibility", "Agency co-responsibility network", co_sub)
        centres = _resolve(H, focus, "--focus", ("Agency",))
        label = H.nodes[centres[0]]["label"]
        return View(ego(H, centres, depth), "coresponsibility", f"Co-responsibility around {label}", f"{co_sub}; within {depth} hop(s)")
    if focus is not None:
        centres = _resolve(G, focus, "--focus")
        label = G.nodes[centres[0]]["label"]
        kinds = " / ".join(sorted({G.nodes[c]["cls"] for c in centres}))
        return View(ego(G, centres, depth), "ego", f"Around {label}", f"everything within {depth} hop(s) of the {kinds} {label}")
    return View(G, "full", "policykg: the whole graph", "every extracted entity and relation; evidence in the panel")


def _check_size(V: View, max_nodes: int) -> None:
    n, m = V.graph.number_of_nodes(), V.graph.number_of_edges()
    if n == 0:
        raise ExplorerError(f"the {V.name} view is empty: nothing to draw (check the store with `policykg stats`, or choose another view)")
    if n > max_nodes or m > max_nodes * EDGES_PER_NODE_LIMIT:
        raise ExplorerError(
            f"the {V.name} view has {n:,} nodes and {m:,} edges, more than --max-nodes {max_nodes:,} allows "
            f"(and {max_nodes * EDGES_PER_NODE_LIMIT:,} edges); a page that size would hang the browser. "
            "Draw a focused view instead: --focus LABEL --depth 1, --plan LABEL, --view coresponsibility, "
            "or --query NAME; or raise --max-nodes"
        )


def _run_query(store: str | Path, name: str, params: dict[str, str] | None = None) -> tuple[str, list[str], list[list[object]], str]:
    from ..query import QueryError, load_query, param_specs, run_query

    try:
        text = load_query(name)
        result = run_query(text, store=store, params=params, specs=param_specs(text))
    except QueryError as exc:
        raise ExplorerError(f"--query {name}: {exc}") from exc
    if result.kind == "ask":
        raise ExplorerError(f"--query {name}: an ASK query has no rows to draw; use a SELECT or CONSTRUCT query")
    return result.kind, result.columns, result.rows, Path(name).name


def _documents(store: str | Path) -> list[dict[str, str]]:
    from ..store import StoreDir

    gen = StoreDir(store).current()
    docs = gen.manifest()["documents"] if gen else {}
    return sorted(({"name": n, "title": d.get("title", "")} for d in docs.values() for n in d.get("names", [])), key=lambda d: d["name"])


def write_explorer(
    output: str | Path,
    *,
    store: str | Path = ".policykg",
    view: str = "full",
    focus: str | None = None,
    depth: int = 2,
    plan: str | None = None,
    query: str | None = None,
    params: dict[str, str] | None = None,
    size_by: str = "degree",
    colour_by: str | None = None,
    max_nodes: int = DEFAULT_MAX_NODES,
    cluster: str = "auto",
) -> ExplorerResult:
    """Write the explorer page for a view of the store to ``output`` (``-``: standard output; a file via a temporary file, renamed).

    ``colour_by`` defaults to communities for the co-responsibility view and to classes otherwise.
    """
    from .explorer import page_data, render_html

    if size_by not in MEASURES:
        raise ExplorerError(f"unknown --size-by {size_by!r}; use one of: {', '.join(MEASURES)}")
    colour_by = colour_by or ("community" if view == "coresponsibility" else "class")
    if colour_by not in COLOURINGS:
        raise ExplorerError(f"unknown --colour-by {colour_by!r}; use one of: {', '.join(COLOURINGS)}")
    if depth < 0:
        raise ExplorerError(f"--depth must be 0 or more, not {depth}")
    if cluster not in CLUSTERINGS:
        raise ExplorerError(f"unknown --cluster {cluster!r}; use one of: {', '.join(CLUSTERINGS)}")
    out = Path(output)
    # Standard output (-o -), a device or a FIFO has no name of its own to check.
    named = not is_stdout(output) and not (out.exists() and not out.is_file() and not out.is_dir())
    if named and out.suffix.lower() not in (".html", ".htm"):
        raise ExplorerError(f"-o {output}: the explorer is an HTML page; name the file *.html")
    if named and not out.parent.is_dir():
        raise ExplorerError(f"-o {output}: the folder {out.parent} does not exist; create it or choose another path")
    G = load_graph(store)
    rows = _run_query(store, query, params) if query is not None else None
    V = select_view(G, view=view, focus=focus, depth=depth, plan=plan, query_rows=rows)
    _check_size(V, max_nodes)
    data = page_data(V.graph, title=V.title, subtitle=V.subtitle, size_by=size_by, colour_by=colour_by, G=G, documents=_documents(store), cluster=cluster)
    html = render_html(data)
    try:
        with output_file(out) as tmp:
            tmp.write_text(html, encoding="utf-8")
    except OutputError as exc:
        raise ExplorerError(str(exc)) from exc
    return ExplorerResult(str(out), V.name, V.title, V.graph.number_of_nodes(), V.graph.number_of_edges(), len(html.encode("utf-8")))


__all__ = ["CLUSTERINGS", "COLOURINGS", "DEFAULT_MAX_NODES", "VIEWS", "ExplorerError", "ExplorerResult", "View", "select_view", "write_explorer"]
