"""The ``policykg`` command line: parses options, calls one library function, formats the result.

Exit codes: 0 success; 1 user error (bad option value, missing store, refused query);
2 bad input files (with --strict, or nothing buildable); 3 built, but some input files were skipped;
4 the rules are broken (a pattern or authority file fails its check; nothing was read or written).
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .. import __version__
from ..watchdog import DEFAULT_DOC_MEMORY_MB, DEFAULT_DOC_TIMEOUT
from .output import FILE_FORMATS, FORMATS, render, write_rows
from .server import MEMORY_OPTION, _bytes

STORE_OPTION = click.option(
    "--store", default=".policykg", show_default=True, type=click.Path(file_okay=False), help="Folder of the graph store."
)


def format_option(default: str = "table", choices: tuple[str, ...] = FORMATS):
    """The shared --format option."""
    return click.option("--format", "fmt", type=click.Choice(choices), default=default, show_default=True, help="Output format.")


AUTHORITY_OPTION = click.option(
    "--authority", multiple=True, type=click.Path(dir_okay=False, path_type=Path), metavar="FILE",
    help="User authority data to add to or override the bundled agencies.ttl (repeatable; later files win): SKOS .ttl, or the .tsv of "
         "`policykg unresolved --format tsv` with full_name filled in.",
)

EXCEL_OPTION = click.option("--excel", is_flag=True, help="CSV/TSV for spreadsheet programs: a UTF-8 byte-order mark, formula-like cells quoted.")


class InputFilesError(click.ClickException):
    """Bad input files: exit code 2."""

    exit_code = 2


class RulesError(click.ClickException):
    """A pattern or authority file that fails its check: exit code 4, before any document is read."""

    exit_code = 4


class InternalError(click.ClickException):
    """A bug, not the user's input (``validate``, as pySHACL): exit code 3."""

    exit_code = 3


def _fail(exc: Exception) -> click.ClickException:
    return click.ClickException(str(exc))


class _Group(click.Group):
    """The command group: a PolicykgError a command does not handle itself is a clean message (exit 1), not a traceback."""

    def invoke(self, ctx: click.Context):
        from ..errors import PolicykgError

        try:
            return super().invoke(ctx)
        except PolicykgError as exc:
            raise click.ClickException(str(exc)) from exc


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="policykg")
def main() -> None:
    """Turn Chinese industrial-policy documents into an RDF knowledge graph, and query it."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@STORE_OPTION
@click.option("--max-bytes", default=20 * 1024 * 1024, show_default=True, type=click.IntRange(1), help="Skip files larger than this.")
@click.option("--jobs", "-j", default=1, show_default=True, type=click.IntRange(1, 64), help="Worker processes for extraction.")
@click.option("--replace", is_flag=True, help="Start from an empty graph instead of updating the store.")
@click.option("--strict", is_flag=True, help="Fail (exit 2, store unchanged) when any input file is refused or cannot be extracted.")
@click.option("--doc-timeout", default=DEFAULT_DOC_TIMEOUT, show_default=True, type=click.FloatRange(0), metavar="SECONDS",
              help="Skip a document whose extraction takes longer than this (0: no limit).")
@click.option("--doc-memory", default=DEFAULT_DOC_MEMORY_MB, show_default=True, type=click.IntRange(0), metavar="MB",
              help="Skip a document whose extraction needs more memory than this (0: no limit).")
@click.option("--text-column", metavar="NAME", help="Tables (.csv .tsv .jsonl .xlsx): the column holding a row's text [default: 内容, 正文, content, text …].")
@click.option("--title-column", metavar="NAME", help="Tables: the column of the title [default: 标题 or title, if present].")
@click.option("--date-column", metavar="NAME", help="Tables: the column of the publication date [default: 时间, 发布时间, 发布日期, date …].")
@click.option("--url-column", metavar="NAME", help="Tables: the column of the page's address [default: 访问地址, 网址, 链接, url …].")
@click.option("--id-column", metavar="NAME", help="Tables: a column of unique ids, named in each row's identifier instead of its row number.")
@AUTHORITY_OPTION
@click.option("--no-authority", is_flag=True, help="Build with the bundled authority data only, forgetting the --authority files the store was built with.")
@format_option()
def build(paths: tuple[Path, ...], store: str, max_bytes: int, jobs: int, replace: bool, strict: bool, doc_timeout: float, doc_memory: int,
          text_column: str | None, title_column: str | None, date_column: str | None, url_column: str | None, id_column: str | None,
          authority: tuple[Path, ...], no_authority: bool, fmt: str) -> None:
    """Build or update the graph from files or folders: .txt .html .pdf .docx, and tables with one document per row (default: the bundled corpus)."""
    from ..build import EXIT_SKIPPED, RefusedInput
    from ..build import build as do_build
    from ..read import InputError
    from ..read.table import TableOptions
    from ..report import RichReporter
    from ..rules import RuleError
    from ..store import StoreError

    if authority and no_authority:
        raise click.UsageError("give either --authority FILE or --no-authority, not both")
    if not paths:
        _check_demo_target(store, replace)
    try:
        table = TableOptions(text_column, title_column, date_column, url_column, id_column)
        # No --authority: the files the store was built with (it keeps copies); --no-authority: none.
        user = list(authority) if authority else [] if no_authority else None
        report = do_build(list(paths) or None, store=store, max_bytes=max_bytes, jobs=jobs, replace=replace, strict=strict,
                          doc_timeout=doc_timeout, doc_memory=doc_memory, table=table, reporter=RichReporter(), authority=user)
    except (InputError, RefusedInput) as exc:
        raise InputFilesError(str(exc)) from exc
    except StoreError as exc:
        raise _fail(exc) from exc
    except RuleError as exc:
        raise RulesError(str(exc)) from exc
    from ..rdf.emit import CUT_WARNING

    # A graph cut at the output bound says so in the table too (its warning is on stderr).
    rows = [[", ".join(d.names), d.title, d.counts.get("tasks", 0), d.counts.get("targets", 0), d.quads,
             ("re-publication" if d.alternate_of else "cached" if d.reused else "re-extracted" if d.restored else "extracted")
             + (", cut" if any(w.startswith(CUT_WARNING) for w in d.warnings) else "")] for d in report.documents]
    click.echo(render(["document", "title", "tasks", "targets", "triples", "status"], rows, fmt, title=f"Graph in {report.store}/"), nl=False)
    if fmt == "table":
        click.echo(f"{len(report.documents)} documents ({report.extracted} extracted), {report.total_quads} triples in the store, {len(report.skipped)} files skipped.")
    if report.skipped and not report.documents:
        raise InputFilesError("no document could be built: " + "; ".join(f"{p}: {r}" for p, r in report.skipped))
    if report.skipped:
        sys.exit(EXIT_SKIPPED)


def _check_demo_target(store: str, replace: bool) -> None:
    """With no PATH, the bundled demo corpus goes only into an empty store (or one holding just the demo); say which."""
    import hashlib

    from ..resources import corpus_dir
    from ..store import StoreDir, StoreError

    demo = {hashlib.sha256(f.read_bytes()).hexdigest() for f in sorted(Path(str(corpus_dir())).glob("*.txt"))}
    held: set[str] = set()
    if not replace:
        try:
            gen = StoreDir(store).current()
            held = set(gen.manifest().get("documents", {})) if gen else set()
        except (StoreError, OSError, ValueError, KeyError):
            held = set()  # an unreadable store: the build itself reports it
    other = held - demo
    if other:
        raise click.ClickException(
            f"no PATH given, and {store}/ holds {len(other)} documents besides the bundled demo corpus: give the files or "
            "folders to build (the demo corpus only goes into an empty store, or with --replace)"
        )
    click.echo(f"no PATH given: building the bundled demo corpus ({len(demo)} documents) into {store}/", err=True)


@main.command()
@click.argument("names", nargs=-1, required=True)
@STORE_OPTION
def remove(names: tuple[str, ...], store: str) -> None:
    """Drop documents (by path relative to the folder built, content hash, or file name when only one document has it)."""
    from ..build import remove as do_remove
    from ..report import RichReporter
    from ..store import StoreError

    try:
        gone = do_remove(names, store=store, reporter=RichReporter())
    except StoreError as exc:
        raise _fail(exc) from exc
    click.echo(f"removed {len(gone)} document(s): {', '.join(gone)}")


@main.command()
@click.argument("document")
@click.option("--evidence", is_flag=True, help="Mark the passages the graph cites as evidence (colours on a terminal, 【…】 otherwise).")
@STORE_OPTION
def show(document: str, evidence: bool, store: str) -> None:
    """Print the text the store keeps for DOCUMENT (its path as built, content hash, or file name when only one document has it)."""
    from ..docref import DocumentRefError
    from ..show import innermost, marked, show_document
    from ..store import StoreError

    try:
        doc = show_document(store, document, evidence=evidence)
    except DocumentRefError as exc:
        raise InputFilesError(str(exc)) from exc
    except StoreError as exc:
        raise _fail(exc) from exc
    if evidence and sys.stdout.isatty():
        from rich.console import Console
        from rich.text import Text

        styled = Text(doc.text)
        inner = innermost(doc.spans)
        for s, e in doc.spans:  # a passage that holds others is underlined, the passages inside it highlighted
            styled.stylize("bold black on yellow" if (s, e) in inner else "underline", s, e)
        Console(highlight=False, soft_wrap=True).print(styled, end="")
    else:
        click.echo(marked(doc.text, doc.spans) if evidence else doc.text, nl=False)
    if evidence:
        click.echo(f"{', '.join(doc.names)}: {doc.passages} passages cited by the graph, {len(doc.spans)} marked", err=True)


@main.command()
@click.argument("query", required=False)
@click.option("-e", "--expression", help="A SPARQL query given inline.")
@click.option("--param", "params", multiple=True, metavar="VAR=VALUE", help="Bind ?VAR to VALUE (repeatable).")
@click.option("--list", "list_", is_flag=True, help="List the bundled queries.")
@click.option("--timeout", default=60.0, show_default=True, type=click.FloatRange(0), help="Stop the query after this many seconds (0: no limit).")
@click.option("--limit", type=click.IntRange(1), help="Return at most this many rows (the output says when rows were cut).")
@MEMORY_OPTION
@STORE_OPTION
@format_option(choices=FILE_FORMATS)
@EXCEL_OPTION
def query(query: str | None, expression: str | None, params: tuple[str, ...], list_: bool, timeout: float, limit: int | None,
          memory_limit: str | None, store: str, fmt: str, excel: bool) -> None:
    """Run a bundled query by NAME, a .rq FILE, or -e SPARQL (read-only)."""
    from ..query import QueryError, list_queries, load_query, param_specs, parse_header, run_query
    from ..query.params import parse_assignments
    from ..store import StoreError

    if list_:
        rows = [[q.name, q.title, "; ".join(p.split(" — ")[0].strip() for p in q.params), q.description] for q in list_queries()]
        click.echo(render(["name", "title", "params", "description"], rows, fmt), nl=False)
        return
    if bool(query) == bool(expression):
        raise click.UsageError("give either a query NAME or FILE.rq, or -e SPARQL (see --list)")
    try:
        bound = parse_assignments(params)
        text = expression or load_query(query)  # type: ignore[arg-type]
        result = run_query(text, store=store, params=bound, specs=param_specs(text), timeout=timeout or None, limit=limit,
                           memory_limit=_bytes(memory_limit))
    except (QueryError, StoreError) as exc:
        raise _fail(exc) from exc
    if result.kind == "graph" and fmt == "table":
        click.echo(result.nquads, nl=False)
    else:
        title = str(parse_header(text)["title"]) or None
        write_rows(result.columns, result.rows, fmt, title=title, excel=excel)
    if result.truncated:
        click.echo(f"(truncated: only the first {limit} rows are shown; raise --limit to see more)", err=True)


@main.command()
@click.option("--format", "fmt", default="turtle", show_default=True, help="turtle, nt, nquads, trig, jsonld, xml, graphml, gexf, or a MIME type.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path), help="File to write (- for standard output).")
@click.option("--with-ontology", is_flag=True, help="Include the ontology graph.")
@STORE_OPTION
def export(fmt: str, output: Path, with_ontology: bool, store: str) -> None:
    """Export the graph for other tools (named graphs kept in nquads, trig, jsonld)."""
    from ..export import ExportError
    from ..export import export as do_export
    from ..store import StoreError

    try:
        res = do_export(output, fmt, store=store, with_ontology=with_ontology)
    except (ExportError, StoreError) as exc:
        raise _fail(exc) from exc
    # With -o - the graph is the standard output: the summary goes to stderr.
    click.echo(f"wrote {res.path} ({res.format}, {res.quads} quads in {res.graphs} graphs)", err=res.path == "-")


@main.command()
@STORE_OPTION
@format_option()
def stats(store: str, fmt: str) -> None:
    """Counts per class and per document."""
    from ..stats import stats as do_stats
    from ..store import StoreError

    try:
        s = do_stats(store)
    except StoreError as exc:
        raise _fail(exc) from exc
    if fmt == "json":
        import json

        click.echo(json.dumps(s, ensure_ascii=False, indent=2))
        return
    click.echo(render(["class", "instances"], sorted(s["classes"].items()), fmt, title="Instances per class"), nl=False)
    cols = ["document", "title", "tasks", "targets", "citations", "parks", "chains", "technologies", "quads"]
    click.echo(render(cols, [[d.get(c, "") for c in cols] for d in s["documents"]], fmt, title="Documents"), nl=False)


@main.command()
@STORE_OPTION
@click.option("--jobs", "-j", default=1, show_default=True, type=click.IntRange(1, 64), help="Worker processes for the SHACL engine (the report is the same for any number).")
@format_option()
def validate(store: str, jobs: int, fmt: str) -> None:
    """Check the graph against the SHACL shapes: exit 0 conforms, 1 does not, 2 no usable store, 3 internal error."""
    from ..store import StoreError
    from ..validate import validate as do_validate

    try:
        report = do_validate(store, jobs=jobs)
    except StoreError as exc:
        raise InputFilesError(str(exc)) from exc
    except Exception as exc:  # noqa: BLE001 - as pySHACL does: a bug has its own exit code
        raise InternalError(f"internal error while validating ({type(exc).__name__}: {exc}); please report this as a bug") from exc
    if report.results:
        cols = ["focus", "path", "severity", "message"]
        click.echo(render(cols, [[r[c] for c in cols] for r in report.results], fmt), nl=False)
    if not report.conforms:
        raise click.ClickException(f"the graph does not conform to the SHACL shapes: {len(report.results)} result(s)")
    click.echo("conforms: the graph satisfies every SHACL shape")


def _error_kinds(_ctx: click.Context, _param: click.Parameter, value: tuple[str, ...]) -> tuple[str, ...]:
    """The --errors values, each a metric eval scores (a misspelt one would list nothing, silently)."""
    from ..evaluate import ERROR_KINDS

    bad = [v for v in value if v not in ERROR_KINDS]
    if bad:
        raise click.BadParameter(f"{bad[0]!r} is no metric; use one of: {', '.join(ERROR_KINDS)}")
    return value


@main.command(name="eval")
@click.argument("gold_dir", type=click.Path(path_type=Path))
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--errors", "show_errors", multiple=True, metavar="METRIC", callback=_error_kinds,
              help="Also list the errors of METRIC (repeatable; e.g. responsibility, chains; agencies: split or merged).")
@AUTHORITY_OPTION
@format_option()
def eval_(gold_dir: Path, paths: tuple[Path, ...], show_errors: tuple[str, ...], authority: tuple[Path, ...], fmt: str) -> None:
    """Score extraction against gold annotation files (default texts: the bundled corpus)."""
    from ..evaluate import evaluate
    from ..read import InputError
    from ..rules import RuleError, load_ruleset

    try:
        rules = load_ruleset(extra_authority=list(authority)) if authority else None
        report = evaluate(gold_dir, list(paths) or None, rules=rules)
    except InputError as exc:
        raise InputFilesError(str(exc)) from exc
    except RuleError as exc:
        raise RulesError(str(exc)) from exc
    rows = report.rows()
    if fmt == "json":
        import json

        payload: dict[str, object] = {"documents": rows[:-1], "overall": rows[-1], "missing_texts": report.missing}
        if show_errors:
            errors: dict[str, dict[str, list[str]]] = {d.document: {m: d.errors.get(m, []) for m in show_errors} for d in report.documents}
            if "agencies" in show_errors:
                split, merged = report.agencies()
                errors["overall"] = {"agencies": split + merged}  # over the whole set
            payload["errors"] = errors
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    headline = [
        ("responsibility", "p"), ("responsibility", "r"), ("responsibility", "f1"), ("canonical_names", "acc"), ("lead_agency", "acc"), ("cited_plans", "p"), ("cited_plans", "r"),
        ("parks", "p"), ("parks", "r"), ("technologies", "p"), ("technologies", "r"), ("chains", "p"), ("chains", "r"), ("targets", "p"), ("targets", "r"),
    ]
    names = [str(r["document"]).removesuffix(".txt")[:14] for r in rows]
    cols = ["metric", *names]
    table = [
        [f"{m} {k}"] + ["–" if r.get(f"{m}_{k}") is None else f"{r[f'{m}_{k}']:.3f}" for r in rows]
        for m, k in headline
    ] + [[f"agencies {k}"] + [str(r[f"agencies_{k}"]) for r in rows] for k in ("split", "merged")]
    click.echo(render(cols, table, fmt, title="Extraction quality (precision p, recall r, F1, accuracy acc)"), nl=False)
    for stem in report.missing:
        click.echo(f"warning: no text found for gold file {stem}.json", err=True)
    for d in report.documents:
        for m in show_errors:
            for e in d.errors.get(m, []):
                click.echo(f"{d.document}\t{m}\t{e}")
    if "agencies" in show_errors:
        split, merged = report.agencies()
        for e in split + merged:  # over the whole set: one name read two ways in two documents
            click.echo(f"overall\tagencies\t{e}")


@main.command()
@click.argument("texts", nargs=-1, type=click.Path(path_type=Path))
@STORE_OPTION
@click.option("--per-document", is_flag=True, help="One row per document instead of the overall figures.")
@format_option(choices=("table", "tsv", "json"))
def quality(texts: tuple[Path, ...], store: str, per_document: bool, fmt: str) -> None:
    """Gold-free figures of the graph; give the source TEXTS to count their responsibility brackets too."""
    from ..quality import quality as do_quality
    from ..store import StoreError

    try:
        q = do_quality(store, list(texts) if texts else None)
    except StoreError as exc:
        raise _fail(exc) from exc
    if fmt == "json":
        import json

        click.echo(json.dumps(q if per_document else q["overall"], ensure_ascii=False, indent=2))
        return
    if per_document:
        cols = ["document", "title", "title_problem", "brackets", "tasks", "unit_mentions", "unresolved", "unresolved_non_government", "list_word_labels"]
        rows = [[", ".join(r[c]) if c == "list_word_labels" else r[c] for c in cols] for r in q["documents"]]
        click.echo(render(cols, rows, fmt, title="Gold-free figures per document"), nl=False)
        return
    click.echo(render(["figure", "value"], list(q["overall"].items()), fmt, title="Gold-free figures"), nl=False)


@main.command()
@STORE_OPTION
@format_option(choices=("table", "tsv", "json"))
def unresolved(store: str, fmt: str) -> None:
    """Unresolved unit labels with counts and documents: a template to fill in (full_name, kind, authority_iri) and give to build --authority."""
    from ..quality import unresolved_units
    from ..store import StoreError

    try:
        units = unresolved_units(store)
    except StoreError as exc:
        raise _fail(exc) from exc
    from ..resolve.user_authority import TSV_COLUMNS

    # The columns `build --authority` reads back: full_name, kind (agency or organisation) and authority_iri are the user's to fill.
    cols = list(TSV_COLUMNS)
    rows = [[u["label"], u["count"], " ".join(u["documents"]), "", "", ""] for u in units]
    click.echo(render(cols, rows, fmt, title="Unresolved unit labels"), nl=False)


# --- commands defined in their own modules (graphbuild/cli_*.py): one import + add_command line each ---
from .explore import analyse, viz  # noqa: E402
from .server import push, serve  # noqa: E402

main.add_command(viz)
main.add_command(analyse)
main.add_command(serve)
main.add_command(push)


if __name__ == "__main__":  # pragma: no cover
    main()
