"""The `conflictatlas` command: a thin shell over the Python API (pipeline, store, export).

Every error the project raises on purpose becomes one line on stderr naming the input and the
reason; a batch goes on past bad inputs and exits non-zero only if nothing could be read.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from . import __version__
from .config import db_path
from .errors import ConflictAtlasError

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Conflict Atlas: news reports in; sourced, geolocated conflict events out.")

DbOption = Annotated[str | None, typer.Option("--db", help="SQLite file or database URL "
                                              "[default: $CONFLICTATLAS_DB, else the user data folder]")]
Paths = Annotated[list[Path], typer.Argument(help="Files or folders (text, HTML, JSONL).", show_default=False)]
PublishedOption = Annotated[str | None, typer.Option("--published", help="Publication date (YYYY-MM-DD) "
                                                     "for inputs that carry none.")]
PROGRESS_MIN = 20  # inputs; fewer finish before a bar would be worth drawing


def _problem(exc: ConflictAtlasError) -> None:
    typer.echo(f"conflictatlas: {exc}", err=True)


def _fail(exc: ConflictAtlasError) -> None:
    _problem(exc)
    raise typer.Exit(1)


def _check_published(value: str | None) -> str | None:
    if value is None:
        return None
    from datetime import date

    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise typer.BadParameter(f"not a date as YYYY-MM-DD: {value!r}", param_hint="--published") from None


def _open_store(db: str | None):
    from .store import Store

    return Store(db_path(db) if not (db and "://" in db) else db)


@app.command()
def ingest(paths: Paths, db: DbOption = None, published: PublishedOption = None) -> None:
    """Read articles into the database, code their events, and store both.

    Example: conflictatlas ingest articles/ feed-dump.jsonl --db atlas.db
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from .ingest import expand_paths
    from .pipeline import ingest as run_ingest

    published = _check_published(published)
    try:
        store = _open_store(db)
    except ConflictAtlasError as exc:
        _fail(exc)
    # The bar counts inputs: a file, or a line of a JSONL file.
    total = sum(_count_lines(f) if f.suffix.lower() in (".jsonl", ".ndjson") else 1
                for f in expand_paths(paths) if isinstance(f, Path))
    with Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  transient=True, console=_stderr_console(), disable=total < PROGRESS_MIN) as bar:
        task = bar.add_task("ingest", total=total)
        try:
            report = run_ingest(paths, store, published=published,
                                on_problem=lambda e: bar.console.print(f"conflictatlas: {e}", markup=False,
                                                                       highlight=False, soft_wrap=True),
                                on_article=lambda: bar.advance(task))
        except ConflictAtlasError as exc:
            _fail(exc)
    counts = store.counts()
    typer.echo(f"ingested {report.added} new article(s), {report.skipped} already stored, "
               f"{report.mentions} event mention(s); {len(report.problems)} problem(s)")
    typer.echo(f"database: {store.url.removeprefix('sqlite:///')} "
               f"({counts['articles']} articles, {counts['mentions']} mentions, {counts['events']} events)")
    if report.read == 0 and report.problems:
        raise typer.Exit(1)


def _count_lines(path: Path) -> int:
    try:
        with open(path, "rb") as fh:
            return sum(1 for line in fh if line.strip())
    except OSError:
        return 1


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True)


@app.command()
def code(paths: Paths, format: Annotated[str, typer.Option("--format", help="jsonl")] = "jsonl",
         published: PublishedOption = None) -> None:
    """Code articles and print one EventMention per line; touches no database.

    Example: conflictatlas code article.txt --published 2016-11-25 --format jsonl
    """
    from .pipeline import code as run_code

    if format != "jsonl":
        raise typer.BadParameter("only jsonl is supported", param_hint="--format")
    published = _check_published(published)
    read = 0
    out = sys.stdout
    try:
        for coded in run_code(paths, published=published, on_problem=_problem):
            read += 1
            for m in coded.mentions:
                out.write(json.dumps(m.to_dict(), ensure_ascii=False) + "\n")
    except ConflictAtlasError as exc:
        _fail(exc)
    if read == 0:
        raise typer.Exit(1)


@app.command()
def geoparse(paths: Paths, format: Annotated[str, typer.Option("--format", help="jsonl")] = "jsonl") -> None:
    """Print each toponym of each text with its GeoNames place; touches no database.

    Example: conflictatlas geoparse article.txt --format jsonl
    """
    from .ingest import read_sources
    from .nlp.geoparse import geoparse_articles

    if format != "jsonl":
        raise typer.BadParameter("only jsonl is supported", param_hint="--format")
    read = 0

    def good():
        nonlocal read
        for item in read_sources(paths):
            if isinstance(item, ConflictAtlasError):
                _problem(item)
            else:
                read += 1
                yield item

    try:
        for line in geoparse_articles(good()):
            sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
    except ConflictAtlasError as exc:
        _fail(exc)
    if read == 0:
        raise typer.Exit(1)


@app.command()
def events(
    db: DbOption = None,
    since: Annotated[str | None, typer.Option(help="Events on or after this date (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Events on or before this date (YYYY-MM-DD).")] = None,
    country: Annotated[str | None, typer.Option(help="Country of the event's place: LY, LBY or Libya.")] = None,
    actor: Annotated[str | None, typer.Option(help="Part of an actor's name, either side.")] = None,
    type: Annotated[str | None, typer.Option("--type", help="PLOVER event type, e.g. ASSAULT.")] = None,
    status: Annotated[str | None, typer.Option(help="occurred, ongoing, planned, threatened, "
                                               "hypothetical or denied.")] = None,
    format: Annotated[str, typer.Option("--format", help="table, jsonl, csv or geojson.")] = "table",
    limit: Annotated[int | None, typer.Option(help="At most this many events.")] = None,
) -> None:
    """Query stored events.

    Example: conflictatlas events --country LY --type ASSAULT --format geojson
    """
    from . import export
    from .store import EventQuery

    if format not in export.FORMATS:
        raise typer.BadParameter(f"one of {', '.join(export.FORMATS)}", param_hint="--format")
    try:
        store = _open_store(db)
        rows = store.events(EventQuery(since=since, until=until, country=country, actor=actor, type=type,
                                       status=status, limit=limit))
    except ConflictAtlasError as exc:
        _fail(exc)
    if format == "table":
        from rich.console import Console

        console = Console()
        if not console.is_terminal:
            console = Console(width=160)  # piped output is read in files and logs, not 80 columns
        console.print(export.to_table(rows, title=f"{len(rows)} event(s)"))
        return
    writer = {"jsonl": export.to_jsonl, "csv": export.to_csv, "geojson": export.to_geojson}[format]
    for chunk in writer(rows):
        sys.stdout.write(chunk)


@app.command("eval")
def eval_(
    suite: Annotated[list[str] | None, typer.Option("--suite", help="seed, plover, gold, geo or places; repeatable "
                                                    "[default: all]")] = None,
    shared: Annotated[Path | None, typer.Option(help="The shared evaluation folder [default: ../shared/eval]")] = None,
    gold: Annotated[list[Path] | None, typer.Option("--gold", help="Gold files of our own "
                                                    "[default: tests/data/*.gold.json]")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", help="Print each scorer's full output.")] = False,
) -> None:
    """Run the reference scorers on the coder's output and print their summary lines.

    Example: conflictatlas eval --suite seed --suite plover
    """
    from . import evaluate

    suites = tuple(suite or evaluate.SUITES)
    unknown = set(suites) - set(evaluate.SUITES)
    if unknown:
        raise typer.BadParameter(f"unknown suite(s) {', '.join(sorted(unknown))}", param_hint="--suite")
    try:
        results = evaluate.run(suites, shared=shared, gold_files=gold)
    except ConflictAtlasError as exc:
        _fail(exc)
    for r in results:
        if verbose:
            typer.echo(r.output.rstrip())
        typer.echo(f"{r.suite}: {r.summary}")


@app.command()
def gazetteer(rebuild: Annotated[bool, typer.Option(help="Build it again even if present.")] = False) -> None:
    """Build the local GeoNames index from package data (done on first use otherwise).

    Example: conflictatlas gazetteer --rebuild
    """
    from .geo import gazetteer as g

    path = g.index_path()
    if path.exists() and not rebuild:
        typer.echo(f"gazetteer: {path} ({path.stat().st_size / 1e6:.1f} MB, already built)")
        return
    path, seconds = g.build(path)
    typer.echo(f"gazetteer: {path} ({path.stat().st_size / 1e6:.1f} MB, built in {seconds:.1f} s)")


@app.command()
def version() -> None:
    """Print the version."""
    typer.echo(__version__)


def main() -> None:
    try:
        app()
    except ConflictAtlasError as exc:  # anything a command did not catch itself
        typer.echo(f"conflictatlas: {exc}", err=True)
        sys.exit(1)
