"""``policykg serve`` and ``policykg push``: the store over HTTP, and the store into another triple store."""

from __future__ import annotations

import logging
import re

import click

STORE_OPTION = click.option(
    "--store", default=".policykg", show_default=True, type=click.Path(file_okay=False), help="Folder of the graph store."
)


def _bytes(value: str | None) -> int | None:
    """A size such as 4G, 512M or 1073741824 in bytes (None: the default)."""
    if value is None:
        return None
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kmgt]?)i?b?\s*", value.lower())
    if not m:
        raise click.BadParameter(f"{value!r} is not a size; write e.g. 4G, 512M or 0 (no limit)", param_hint="--memory-limit")
    return int(float(m.group(1)) * 1024 ** " kmgt".index(m.group(2) or " "))


MEMORY_OPTION = click.option("--memory-limit", metavar="SIZE", help="Memory cap of each query process, e.g. 2G (default: a quarter of RAM, at most 4G; 0: none).")


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (0.0.0.0: every interface).")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(0, 65535), help="TCP port (0: any free port).")
@click.option("--timeout", default=30.0, show_default=True, type=click.FloatRange(0, min_open=True), help="Stop a query after this many seconds (a request can only ask for less).")
@MEMORY_OPTION
@click.option("--allow-origin", "allow_origins", multiple=True, metavar="ORIGIN",
              help="Send CORS headers for this origin only, e.g. http://localhost:3000 (repeatable; default: * while the query sandbox holds).")
@click.option("--allow-host", "allow_hosts", multiple=True, metavar="NAME", help="Also answer to this Host name (repeatable; e.g. behind a proxy).")
@click.option("--quiet", "-q", is_flag=True, help="Do not log each request.")
@STORE_OPTION
def serve(host: str, port: int, timeout: float, memory_limit: str | None, allow_origins: tuple[str, ...], allow_hosts: tuple[str, ...],
          quiet: bool, store: str) -> None:
    """Serve the store read-only at http://HOST:PORT/sparql (SPARQL 1.1 Protocol) until Ctrl-C."""
    from ..query import sandbox
    from ..serve import serve as do_serve
    from ..store import StoreError

    if not quiet:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(message)s", "%H:%M:%S"))
        log = logging.getLogger("graphbuild.serve")
        log.addHandler(handler)
        log.setLevel(logging.INFO)
    limit = _bytes(memory_limit)

    def ready(url: str) -> None:
        wall = sandbox.network_wall()
        click.echo(f"SPARQL endpoint: {url} (read-only, queries stop after {timeout:g} s); Ctrl-C to stop", err=True)
        if not wall:
            click.echo("warning: the query processes could not be shut off from the network here (no seccomp); "
                       "SERVICE is still refused by the grammar check, and no CORS header is sent unless --allow-origin asks", err=True)

    try:
        do_serve(store, host=host, port=port, timeout=timeout, memory_limit=limit, allow_origins=allow_origins or None,
                 allow_hosts=allow_hosts, on_ready=ready)
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
@click.option("--merge-entities", is_flag=True, help="Add the shared entities graph to the server's (POST) instead of replacing it: for several stores (shards) pushed to one server.")
@click.option("--timeout", default=120.0, show_default=True, type=click.FloatRange(1), help="Seconds to wait for each answer.")
@STORE_OPTION
def push(endpoint: str, user: str | None, password: str | None, fmt: str, no_ontology: bool, keep_stale: bool, merge_entities: bool, timeout: float, store: str) -> None:
    """Upload each named graph to a triple store (SPARQL 1.1 Graph Store HTTP Protocol), replacing it there."""
    from ..push import PushError
    from ..push import push as do_push
    from ..store import StoreError

    if password is not None and user is None:
        raise click.BadParameter("a password needs a user name: add --user", param_hint="--password")
    try:
        res = do_push(endpoint, store=store, user=user, password=password, fmt=fmt, with_ontology=not no_ontology, prune=not keep_stale,
                      merge_entities=merge_entities, timeout=timeout)
    except (PushError, StoreError) as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"pushed {len(res.pushed)} graphs ({res.triples} triples) to {res.endpoint}" + (f"; deleted {len(res.deleted)} stale graph(s)" if res.deleted else ""))
