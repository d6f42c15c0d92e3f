"""``policykg serve`` and ``policykg push``: the store over HTTP, and the store into another triple store."""

from __future__ import annotations

import logging

import click

STORE_OPTION = click.option(
    "--store", default=".policykg", show_default=True, type=click.Path(file_okay=False), help="Folder of the graph store."
)


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (0.0.0.0: every interface).")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(0, 65535), help="TCP port (0: any free port).")
@click.option("--timeout", default=30.0, show_default=True, type=click.FloatRange(0), help="Stop a query after this many seconds (0: no limit).")
@click.option("--quiet", "-q", is_flag=True, help="Do not log each request.")
@STORE_OPTION
def serve(host: str, port: int, timeout: float, quiet: bool, store: str) -> None:
    """Serve the store read-only at http://HOST:PORT/sparql (SPARQL 1.1 Protocol) until Ctrl-C."""
    from .serve import serve as do_serve
    from .store import StoreError

    if not quiet:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(message)s", "%H:%M:%S"))
        log = logging.getLogger("graphbuild.serve")
        log.addHandler(handler)
        log.setLevel(logging.INFO)

    def ready(url: str) -> None:
        click.echo(f"SPARQL endpoint: {url} (read-only, queries stop after {timeout:g} s); Ctrl-C to stop", err=True)

    try:
        do_serve(store, host=host, port=port, timeout=timeout, on_ready=ready)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc
    except OSError as exc:
        raise click.ClickException(f"cannot listen on {host}:{port}: {exc.strerror or exc}; choose another --port (or --port 0 for any free one)") from exc
    except KeyboardInterrupt:
        click.echo("stopped", err=True)


@click.command()
@click.option("--endpoint", required=True, metavar="URL", help="Graph Store Protocol URL, e.g. http://localhost:8890/sparql-graph-crud-auth (Virtuoso).")
@click.option("--user", help="User name, when the endpoint asks for one (Virtuoso: dba).")
@click.option("--password", help="Password for --user (or set POLICYKG_PASSWORD).", envvar="POLICYKG_PASSWORD")
@click.option("--format", "fmt", type=click.Choice(["turtle", "nt"]), default="turtle", show_default=True, help="Serialization sent to the server.")
@click.option("--no-ontology", is_flag=True, help="Push the document graphs only, not the ontology graph.")
@click.option("--keep-stale", is_flag=True, help="Do not delete graphs this store pushed before and no longer holds.")
@click.option("--timeout", default=120.0, show_default=True, type=click.FloatRange(1), help="Seconds to wait for each answer.")
@STORE_OPTION
def push(endpoint: str, user: str | None, password: str | None, fmt: str, no_ontology: bool, keep_stale: bool, timeout: float, store: str) -> None:
    """Upload each named graph to a triple store (SPARQL 1.1 Graph Store HTTP Protocol), replacing it there."""
    from .push import PushError, push as do_push
    from .store import StoreError

    if password is not None and user is None:
        raise click.BadParameter("a password needs a user name: add --user", param_hint="--password")
    try:
        res = do_push(endpoint, store=store, user=user, password=password, fmt=fmt, with_ontology=not no_ontology, prune=not keep_stale, timeout=timeout)
    except (PushError, StoreError) as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"pushed {len(res.pushed)} graphs ({res.triples} triples) to {res.endpoint}" + (f"; deleted {len(res.deleted)} stale graph(s)" if res.deleted else ""))
