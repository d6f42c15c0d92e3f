"""The ``policykg viz`` and ``policykg analyse`` commands: parse, call one library function, format."""

from __future__ import annotations

from pathlib import Path

import click

from .output import FILE_FORMATS, write_rows

_STORE = click.option("--store", default=".policykg", show_default=True, type=click.Path(file_okay=False), help="Folder of the graph store.")
_MEASURES = ("degree", "betweenness", "pagerank")


@click.command()
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path), help="HTML file to write.")
@click.option("--view", type=click.Choice(["full", "coresponsibility"]), default="full", show_default=True,
              help="The whole graph, or agencies linked by the tasks they share.")
@click.option("--focus", metavar="LABEL", help="Draw only what lies within --depth hops of this node (label or alias, 简/繁).")
@click.option("--depth", default=2, show_default=True, type=click.IntRange(0, 10), help="Hops around --focus.")
@click.option("--plan", metavar="LABEL", help="Draw one plan: its schemes, tasks, targets and all they name.")
@click.option("--query", metavar="NAME|FILE.rq", help="Draw the rows of a bundled query or of a SELECT/CONSTRUCT file.")
@click.option("--param", "params", multiple=True, metavar="VAR=VALUE", help="Bind a parameter of --query (repeatable; as in policykg query).")
@click.option("--size-by", type=click.Choice(_MEASURES), default="degree", show_default=True, help="Node size by this networkx measure.")
@click.option("--colour-by", "colour_by", type=click.Choice(["class", "community"]),
              help="Initial node colouring, switchable in the page [default: community for coresponsibility, else class].")
@click.option("--cluster", type=click.Choice(["auto", "none", "plan", "community"]), default="auto", show_default=True,
              help="Initial grouping of the graph view (switchable in the page); auto: by plan above 600 nodes.")
@click.option("--max-nodes", default=5000, show_default=True, type=click.IntRange(1), help="Refuse views larger than this.")
@_STORE
def viz(output: Path, view: str, focus: str | None, depth: int, plan: str | None, query: str | None, params: tuple[str, ...], size_by: str,
        colour_by: str | None, cluster: str, max_nodes: int, store: str) -> None:
    """Write an interactive graph explorer: one self-contained HTML file that works offline."""
    from ..query import QueryError
    from ..query.params import parse_assignments
    from ..render import ExplorerError, write_explorer
    from ..store import StoreError

    if params and query is None:
        raise click.UsageError("--param binds a parameter of --query; give --query NAME too")
    try:
        res = write_explorer(output, store=store, view=view, focus=focus, depth=depth, plan=plan, query=query, params=parse_assignments(params),
                             size_by=size_by, colour_by=colour_by, max_nodes=max_nodes, cluster=cluster)
    except (ExplorerError, StoreError, QueryError) as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"wrote {res.path} ({res.view} view: {res.nodes} nodes, {res.edges} edges, {res.bytes // 1024} KiB); open it in a browser, it works offline",
               err=res.path == "-")  # with -o - the page is the standard output


@click.command()
@click.option("--projection", "projection_kind", type=click.Choice(["agencies", "chains", "plans"]), default="agencies", show_default=True,
              help="agencies: linked by shared tasks; chains: by shared plans; plans: by shared responsible units.")
@click.option("--measure", type=click.Choice([*_MEASURES, "regions"]),
              help="Rank by this measure [default: degree; regions for chains (how many jurisdictions' plans name the chain)].")
@click.option("--top", default=20, show_default=True, type=click.IntRange(1), help="Show the first N rows.")
@click.option("--communities", "show_communities", is_flag=True, help="List the communities (Louvain) instead of ranking nodes.")
@click.option("--format", "fmt", type=click.Choice(FILE_FORMATS), default="table", show_default=True, help="Output format.")
@click.option("--excel", is_flag=True, help="CSV/TSV for spreadsheet programs: a UTF-8 byte-order mark, formula-like cells quoted.")
@_STORE
def analyse(projection_kind: str, measure: str | None, top: int, show_communities: bool, fmt: str, excel: bool, store: str) -> None:
    """Rank agencies, chains or plans by a network measure, or list their communities."""
    from ..analyse import AnalysisError
    from ..analyse import analyse as do_analyse
    from ..store import StoreError

    try:
        table = do_analyse(store, projection_kind=projection_kind, measure=measure, top=top, show_communities=show_communities)
    except (AnalysisError, StoreError) as exc:
        raise click.ClickException(str(exc)) from exc
    write_rows(table.columns, table.rows, fmt, title=table.title, excel=excel)
