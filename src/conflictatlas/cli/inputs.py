"""Commands that read news in: ingest, code, geoparse, watch."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from ..errors import ConflictAtlasError
from .common import (
    PROGRESS_MIN,
    DbOption,
    Paths,
    PublishedOption,
    Verbose,
    _check_published,
    _count_lines,
    _fail,
    _open_store,
    _problem,
    _stderr_console,
    app,
    setup_logging,
)

SMALL_BATCH = 32  # inputs: fewer are coded in this process by default (a worker's start costs more)


@app.command()
def ingest(
    paths: Paths, db: DbOption = None, published: PublishedOption = None,
    workers: Annotated[int | None, typer.Option(
        "--workers", min=1, max=256, help="Processes that code articles (each loads the model once); this process "
        "stores them [default: one per core; in this process for fewer than 32 inputs]")] = None,
    dask: Annotated[str | None, typer.Option(
        "--dask", help="Read and code on a Dask cluster: a scheduler address (tcp://host:8786), or "
        "`local` for a LocalCluster of --workers processes; this process stores", show_default=False)] = None,
) -> None:
    """Read articles into the database, code their events, and store both.

    Example: conflictatlas ingest articles/ feed-dump.jsonl --db atlas.db --workers 4
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from ..ingest import expand_paths
    from ..parallel import cores
    from ..pipeline import ingest as run_ingest

    published = _check_published(published)
    try:
        store = _open_store(db, create=True)
    except ConflictAtlasError as exc:
        _fail(exc)
    # The bar counts inputs: a file, or a line of a JSONL file.
    total = sum(_count_lines(f) if f.suffix.lower() in (".jsonl", ".ndjson") else 1
                for f in expand_paths(paths) if isinstance(f, Path))
    n = workers or (cores() if total >= SMALL_BATCH or dask else 1)
    with Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  transient=True, console=_stderr_console(), disable=total < PROGRESS_MIN) as bar:
        task = bar.add_task("ingest", total=total)
        say = {"on_problem": lambda e: bar.console.print(f"conflictatlas: {e}", markup=False, highlight=False,
                                                         soft_wrap=True),
               "on_article": lambda: bar.advance(task)}
        try:
            if dask:
                from ..dask_ingest import connect, ingest_dask

                with connect(dask, n) as client:
                    report = ingest_dask(paths, store, client, published=published, **say)
            else:
                report = run_ingest(paths, store, published=published, workers=n, **say)
        except ConflictAtlasError as exc:
            _fail(exc)
    counts = store.counts()
    redated = f", {report.redated} re-dated (events derived again)" if report.redated else ""
    typer.echo(f"ingested {report.added} new article(s), {report.skipped} already stored{redated}, "
               f"{report.mentions} event mention(s); {len(report.problems)} problem(s)")
    typer.echo(f"database: {store.name} "
               f"({counts['articles']} articles, {counts['mentions']} mentions, {counts['events']} events)")
    if report.read == 0 and report.problems:
        raise typer.Exit(1)


@app.command()
def code(paths: Paths, format: Annotated[str, typer.Option("--format", help="jsonl")] = "jsonl",
         published: PublishedOption = None,
         min_confidence: Annotated[float | None, typer.Option(
             "--min-confidence", min=0.0, max=1.0,
             help="Leave out mentions the gate is less confident of [default: the gate's, chosen on dev; "
                  "0 prints every candidate].")] = None) -> None:
    """Code articles and print one EventMention per line; touches no database.

    Example: conflictatlas code article.txt --published 2016-11-25 --format jsonl --min-confidence 0.5
    """
    from ..pipeline import code as run_code

    if format != "jsonl":
        raise typer.BadParameter("only jsonl is supported", param_hint="--format")
    published = _check_published(published)
    read = 0
    out = sys.stdout
    try:
        for coded in run_code(paths, published=published, on_problem=_problem, min_confidence=min_confidence):
            read += 1
            for m in coded.mentions:
                out.write(json.dumps(m.to_dict(), ensure_ascii=False) + "\n")
    except ConflictAtlasError as exc:
        _fail(exc)
    if read == 0:
        raise typer.Exit(1)


@app.command()
def geoparse(paths: Paths, format: Annotated[str, typer.Option("--format", help="jsonl")] = "jsonl",
             org_names: Annotated[bool, typer.Option("--org-names/--no-org-names", help="Also the places inside "
                                                     "organisation names ('Ohio University').")] = True) -> None:
    """Print each toponym of each text with its GeoNames place; touches no database.

    Example: conflictatlas geoparse article.txt --format jsonl
    """
    from ..ingest import read_sources
    from ..nlp.geoparse import geoparse_articles

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
        for line in geoparse_articles(good(), org_names=org_names):
            sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
    except ConflictAtlasError as exc:
        _fail(exc)
    if read == 0:
        raise typer.Exit(1)


@app.command()
def watch(
    feeds: Annotated[Path, typer.Argument(help="Feed list: YAML (feeds: [url, ...]) or OPML.", show_default=False)],
    db: DbOption = None,
    once: Annotated[bool, typer.Option("--once", help="One pass over the feeds, then exit (for cron).")] = False,
    interval: Annotated[float, typer.Option(min=0, help="Seconds between passes.")] = 900.0,
    state: Annotated[Path | None, typer.Option(help="State file [default: the database path + .watch.json]")] = None,
    min_interval: Annotated[float | None, typer.Option(min=0, help="Seconds between requests to one host "
                                                       "[default: the list's setting, else 1].")] = None,
    timeout: Annotated[float | None, typer.Option(min=0, help="Seconds before a request is given up "
                                                  "[default: the list's setting, else 20].")] = None,
    verbose: Verbose = 0,
) -> None:
    """Poll RSS/Atom feeds, fetch each new item's page politely, and ingest it. With --once, the
    exit code is 1 when every feed failed.

    Example: conflictatlas watch feeds.yaml --once --db atlas.db
    """
    import time

    from rich.progress import Progress, SpinnerColumn, TextColumn

    from ..ingest.feeds import check_settings, load_feed_list
    from ..ingest.fetch import Fetcher
    from ..watch import WatchState, default_state_path, log, watch_once

    setup_logging(verbose)
    try:
        feed_list = load_feed_list(feeds)
        overrides = {k: v for k, v in (("timeout", timeout), ("min_interval", min_interval)) if v is not None}
        settings = check_settings({**feed_list.settings, **overrides}, "the command line")
        store = _open_store(db, create=True)
        state_file = state or default_state_path(store.name)
        watch_state = WatchState(state_file)
    except ConflictAtlasError as exc:
        _fail(exc)
    fetcher = Fetcher(**settings)
    console = _stderr_console()
    every_feed_failed = False
    try:
        while True:
            # With -v the log says what happens; a spinner would only garble it.
            with Progress(SpinnerColumn(), TextColumn("watch: {task.completed} item(s) handled"), transient=True,
                          console=console, disable=verbose > 0) as bar:
                task = bar.add_task("watch", total=None)
                report = watch_once(feed_list, store, watch_state, fetcher,
                                    on_problem=lambda e: bar.console.print(f"conflictatlas: {e}", markup=False,
                                                                           highlight=False, soft_wrap=True),
                                    on_item=lambda task=task: bar.advance(task))
            r = report.ingest
            typer.echo(f"watch: {report.feeds} feed(s) polled ({report.not_modified} not modified, "
                       f"{report.feed_failures} failed); {report.new_items} new item(s): {r.added} stored, "
                       f"{r.skipped} already stored, {len(r.problems)} problem(s); state: {state_file}")
            every_feed_failed = report.feed_failures == report.feeds
            if every_feed_failed:
                log.error("every feed failed this pass")
            if once:
                break
            time.sleep(interval)
    except KeyboardInterrupt:
        typer.echo("watch: stopped; the state file is up to date", err=True)
    finally:
        fetcher.close()
    if once and every_feed_failed:
        raise typer.Exit(1)
