"""The `conflictatlas` command: a thin shell over the Python API (pipeline, store, export).

Every error the project raises on purpose becomes one line on stderr naming the input and the
reason; a batch goes on past bad inputs and exits non-zero only if nothing could be read.
"""

from __future__ import annotations

import json
import os
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
# Event filters, shared by every command that selects events (events, export, report, track).
Since = Annotated[str | None, typer.Option(help="Events on or after this date (YYYY-MM-DD).")]
Until = Annotated[str | None, typer.Option(help="Events on or before this date (YYYY-MM-DD).")]
Country = Annotated[str | None, typer.Option(help="Country of the event's place: LY, LBY or Libya.")]
Actor = Annotated[str | None, typer.Option(help="Part of an actor's name, either side.")]
EventType = Annotated[str | None, typer.Option("--type", help="PLOVER event type, e.g. ASSAULT.")]
EventStatus = Annotated[str | None, typer.Option(help="occurred, ongoing, planned, threatened, hypothetical or denied.")]
Bbox = Annotated[str | None, typer.Option(help="west,south,east,north in degrees.")]
MinCorroboration = Annotated[int | None, typer.Option(help="Events told by at least this many independent outlets.")]
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
    since: Since = None, until: Until = None, country: Country = None, actor: Actor = None,
    type: EventType = None, status: EventStatus = None, bbox: Bbox = None,
    min_corroboration: MinCorroboration = None,
    as_of: Annotated[str | None, typer.Option("--as-of", help="What was known then: YYYY-MM-DD (end of "
                                              "that day, UTC) or an ISO timestamp.")] = None,
    format: Annotated[str, typer.Option("--format", help="table, jsonl, csv or geojson.")] = "table",
    limit: Annotated[int | None, typer.Option(help="At most this many events.")] = None,
) -> None:
    """Query stored events.

    Example: conflictatlas events --country LY --type ASSAULT --format geojson
    Example: conflictatlas events --as-of 2016-11-30   # the events as known at the end of that day
    """
    from . import export
    from .store import EventQuery

    if format not in export.FORMATS:
        raise typer.BadParameter(f"one of {', '.join(export.FORMATS)}", param_hint="--format")
    try:
        store = _open_store(db)
        rows = store.events(EventQuery(since=since, until=until, country=country, actor=actor, type=type,
                                       status=status, bbox=_bbox(bbox), min_corroboration=min_corroboration,
                                       as_of=as_of, limit=limit))
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


@app.command()
def export(
    db: DbOption = None,
    format: Annotated[str, typer.Option("--format", help="csv, geojson, parquet or jsonl.")] = "csv",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write [default: stdout; "
                                                "parquet needs a file].")] = None,
    since: Since = None, until: Until = None, country: Country = None, actor: Actor = None,
    type: EventType = None, status: EventStatus = None, bbox: Bbox = None,
    min_corroboration: MinCorroboration = None,
) -> None:
    """Export events for other tools: ACLED/UCDP-style CSV (R, Stata), GeoJSON (QGIS, kepler.gl),
    Parquet (pandas, DuckDB) or JSON lines. Country-level events are listed, never drawn as points.

    Example: conflictatlas export --country LY --since 2016-11-01 --format parquet -o libya.parquet
    """
    from . import export as ex
    from .store import EventQuery

    if format not in ex.EXPORT_FORMATS:
        raise typer.BadParameter(f"one of {', '.join(ex.EXPORT_FORMATS)}", param_hint="--format")
    if format == "parquet" and output is None:
        raise typer.BadParameter("Parquet is binary: give a file with --output", param_hint="--output")
    try:
        rows = _open_store(db).events(EventQuery(since=since, until=until, country=country, actor=actor, type=type,
                                                 status=status, bbox=_bbox(bbox), min_corroboration=min_corroboration))
    except ConflictAtlasError as exc:
        _fail(exc)
    if format == "parquet":
        n = ex.write_parquet(rows, output)
    else:
        writer = {"csv": ex.to_csv, "geojson": ex.to_geojson, "jsonl": ex.to_jsonl}[format]
        out = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout
        try:
            for chunk in writer(rows):
                out.write(chunk)
        finally:
            if output:
                out.close()
        n = len(rows)
    if output:
        typer.echo(f"exported {n} event(s) to {output} ({format})", err=True)


@app.command()
def report(
    db: DbOption = None,
    country: Country = None, since: Since = None, until: Until = None,
    format: Annotated[str, typer.Option("--format", help="html, pdf or md.")] = "html",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write [default: stdout; "
                                                "pdf needs a file].")] = None,
) -> None:
    """A situation report: counts by type and status, a map, a timeline, top actors, the most
    corroborated events with their sources, and reported fatalities with ranges.

    Example: conflictatlas report --country LY --since 2016-11-01 --format pdf -o libya.pdf
    """
    from . import report as rep

    if format not in rep.FORMATS:
        raise typer.BadParameter(f"one of {', '.join(rep.FORMATS)}", param_hint="--format")
    if format == "pdf" and output is None:
        raise typer.BadParameter("PDF is binary: give a file with --output", param_hint="--output")
    try:
        r = rep.build(_open_store(db), country=country, since=since, until=until)
    except ConflictAtlasError as exc:
        _fail(exc)
    body = rep.render(r, format, output)
    if output is None:
        sys.stdout.write(body)
        return
    if isinstance(body, bytes):
        output.write_bytes(body)
    else:
        output.write_text(body, encoding="utf-8")
    typer.echo(f"report: {output} ({len(r.events)} event(s))", err=True)


def _bbox(value: str | None) -> tuple[float, float, float, float] | None:
    if value is None:
        return None
    try:
        west, south, east, north = (float(v) for v in value.split(","))
    except ValueError:
        raise typer.BadParameter(f"four numbers west,south,east,north, not {value!r}", param_hint="--bbox") from None
    return west, south, east, north


EventId = Annotated[str, typer.Argument(help="An event id, as `events --format jsonl` prints it.", show_default=False)]


@app.command("event")
def event_(event_id: EventId, db: DbOption = None,
           format: Annotated[str, typer.Option("--format", help="text or json.")] = "text") -> None:
    """Show one event: its values, every report with its own values, and why they were merged.

    Example: conflictatlas event 3f2a9c1d0b7e4a5f6c8d9e0a
    """
    try:
        detail = _open_store(db).event(event_id)
    except ConflictAtlasError as exc:
        _fail(exc)
    if format == "json":
        typer.echo(json.dumps(detail, ensure_ascii=False, indent=2))
        return
    from .export import flat

    e = flat(detail["event"])
    typer.echo(f"event {e['id']}: {e['event_type']}{'/' + e['mode'] if e['mode'] else ''} ({e['status']})")
    typer.echo(f"  who:   {e['actor1'] or '?'} -> {e['actor2'] or '?'}")
    typer.echo(f"  where: {e['place'] or '?'} ({e['country'] or '?'}, precision {e['precision'] or '?'})")
    typer.echo(f"  when:  {e['date_start'] or '?'} .. {e['date_end'] or '?'}")
    f = detail["event"]["fatalities"]
    if f.get("best") is not None or f.get("low") is not None:
        typer.echo(f"  fatalities: low {f.get('low')}, best {f.get('best')}, high {f.get('high')}")
    typer.echo(f"  sources: {e['sources']}  (independent: {e['corroboration']}; first reported {e['first_reported']})")
    for link in detail["links"]:
        role = "carried out plan" if link["outcome"] == event_id else "carried out by"
        other = link["plan"] if link["outcome"] == event_id else link["outcome"]
        typer.echo(f"  {role} {other}: {json.dumps(link['reasons'])}")
    typer.echo(f"  {len(detail['mentions'])} report(s), {detail['versions']} version(s) in the history:")
    for m in detail["mentions"]:
        art, men = m["article"], m["mention"]
        copy = f", copy of {art['duplicate_of']}" if art["duplicate_of"] else ""
        typer.echo(f"  - mention {m['id']} in {art['outlet'] or art['id'][:12]} ({art['published'] or 'undated'}{copy})")
        typer.echo(f"      \"{men['evidence']['sentence']}\"")
        place = (men.get("place") or {}).get("name")
        typer.echo(f"      says: {men['status']}, place {place or '?'}, date {men['date'].get('start') or '?'}"
                   f"..{men['date'].get('end') or '?'}, fatalities {men['fatalities'].get('best')}, "
                   f"source {men['attribution'].get('source') or men['attribution'].get('outlet') or '?'}")
        typer.echo(f"      why: {json.dumps(m['merge_reasons'], ensure_ascii=False)}")
    for c in detail["corrections"]:
        typer.echo(f"  correction {c['at']}: {c['action']} {json.dumps({k: v for k, v in c.items() if k not in ('at', 'action')})}")


@app.command()
def split(event_id: EventId,
          mention: Annotated[list[str], typer.Option("--mention", help="A mention to move out; repeatable.")],
          db: DbOption = None, note: Annotated[str | None, typer.Option(help="Why, for the record.")] = None) -> None:
    """Move mentions out of an event into a new one; they are never merged back automatically.

    Example: conflictatlas split EVENT_ID --mention MENTION_ID --note "different day"
    """
    try:
        new_id = _open_store(db).split(event_id, mention, note)
    except ConflictAtlasError as exc:
        _fail(exc)
    typer.echo(f"split {len(set(mention))} mention(s) from {event_id} into new event {new_id}")


@app.command()
def merge(event_ids: Annotated[list[str], typer.Argument(help="The event to keep, then the events to merge "
                                                         "into it.", show_default=False)],
          db: DbOption = None, note: Annotated[str | None, typer.Option(help="Why, for the record.")] = None) -> None:
    """Merge events the machine kept apart into the first one named.

    Example: conflictatlas merge EVENT_ID OTHER_EVENT_ID --note "same strike"
    """
    if len(event_ids) < 2:
        raise typer.BadParameter("name the event to keep and at least one to merge into it")
    try:
        _open_store(db).merge_events(event_ids[0], event_ids[1:], note)
    except ConflictAtlasError as exc:
        _fail(exc)
    typer.echo(f"merged {', '.join(event_ids[1:])} into {event_ids[0]}")


@app.command()
def track(actor: Annotated[str, typer.Argument(help="An organisation or office-holder, as named in the news; "
                                               "aliases resolve (ISIS = Islamic State).", show_default=False)],
          db: DbOption = None,
          since: Since = None, until: Until = None, country: Country = None,
          format: Annotated[str, typer.Option("--format", help="table or geojson (one Feature per line).")] = "table",
          ) -> None:
    """Where and when the sources report an actor, in time order, with the sources.

    Example: conflictatlas track "Islamic State" --country LY --format geojson
    """
    from .track import feature
    from .track import track as run_track

    if format not in ("table", "geojson"):
        raise typer.BadParameter("table or geojson", param_hint="--format")
    try:
        name, rows = run_track(_open_store(db), actor, since=since, until=until, country=country)
    except ConflictAtlasError as exc:
        _fail(exc)
    if format == "geojson":
        for r in rows:
            sys.stdout.write(json.dumps(feature(r), ensure_ascii=False) + "\n")
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{name}: {len(rows)} reported place(s)")
    for col in ("date", "place", "event", "role", "sources"):
        table.add_column(col, overflow="fold")
    for r in rows:
        when = r["date_start"] if r["date_start"] == r["date_end"] else f"{r['date_start'] or '?'}..{r['date_end'] or '?'}"
        table.add_row(when, f"{r['place'] or ''} ({r['country'] or '?'}, {r['precision'] or '?'})",
                      f"{r['event_type']} {r['status']}", r["role"], "; ".join(r["sources"]))
    console = Console()
    if not console.is_terminal:
        console = Console(width=160)
    console.print(table)


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 8000,
    token: Annotated[str | None, typer.Option(help="Allow writes (POST /api/ingest) with this bearer token "
                                              "[default: $CONFLICTATLAS_TOKEN; none: read-only].")] = None,
    tiles: Annotated[str | None, typer.Option(help="A tile URL template for the map, e.g. "
                                              "https://tile.openstreetmap.org/{z}/{x}/{y}.png [default: "
                                              "offline country outlines only].")] = None,
) -> None:
    """Serve the API and the map page.

    Example: conflictatlas serve --db atlas.db --port 8000   # then open http://127.0.0.1:8000/
    """
    import uvicorn

    from .api import create_app

    try:
        store = _open_store(db)
    except ConflictAtlasError as exc:
        _fail(exc)
    typer.echo(f"serving {store.url.removeprefix('sqlite:///')} at http://{host}:{port}/ "
               f"({'writes need the token' if token or os.environ.get('CONFLICTATLAS_TOKEN') else 'read-only'})",
               err=True)
    uvicorn.run(create_app(store, token=token, tile_url=tiles), host=host, port=port, log_level="warning")


@app.command()
def watch(
    feeds: Annotated[Path, typer.Argument(help="Feed list: YAML (feeds: [url, ...]) or OPML.", show_default=False)],
    db: DbOption = None,
    once: Annotated[bool, typer.Option("--once", help="One pass over the feeds, then exit (for cron).")] = False,
    interval: Annotated[float, typer.Option(help="Seconds between passes.")] = 900.0,
    state: Annotated[Path | None, typer.Option(help="State file [default: the database path + .watch.json]")] = None,
    min_interval: Annotated[float | None, typer.Option(help="Seconds between requests to one host "
                                                       "[default: the list's setting, else 1].")] = None,
    timeout: Annotated[float | None, typer.Option(help="Seconds before a request is given up "
                                                  "[default: the list's setting, else 20].")] = None,
) -> None:
    """Poll RSS/Atom feeds, fetch each new item's page politely, and ingest it.

    Example: conflictatlas watch feeds.yaml --once --db atlas.db
    """
    import time

    from rich.progress import Progress, SpinnerColumn, TextColumn

    from .ingest.feeds import load_feed_list
    from .ingest.fetch import Fetcher
    from .watch import WatchState, default_state_path, watch_once

    try:
        feed_list = load_feed_list(feeds)
        store = _open_store(db)
        state_file = state or default_state_path(store.url.removeprefix("sqlite:///"))
        watch_state = WatchState(state_file)
    except ConflictAtlasError as exc:
        _fail(exc)
    settings = feed_list.settings
    fetcher = Fetcher(timeout=timeout or float(settings.get("timeout", 20)),
                      min_interval=min_interval if min_interval is not None else float(settings.get("min_interval", 1)),
                      retries=int(settings.get("retries", 2)), backoff=float(settings.get("backoff", 1)))
    console = _stderr_console()
    try:
        while True:
            with Progress(SpinnerColumn(), TextColumn("watch: {task.completed} item(s) handled"), transient=True,
                          console=console) as bar:
                task = bar.add_task("watch", total=None)
                report = watch_once(feed_list, store, watch_state, fetcher,
                                    on_problem=lambda e: bar.console.print(f"conflictatlas: {e}", markup=False,
                                                                           highlight=False, soft_wrap=True),
                                    on_item=lambda task=task: bar.advance(task))
            r = report.ingest
            typer.echo(f"watch: {report.feeds} feed(s) polled ({report.not_modified} not modified, "
                       f"{report.feed_failures} failed); {report.new_items} new item(s): {r.added} stored, "
                       f"{r.skipped} already stored, {len(r.problems)} problem(s); state: {state_file}")
            if once:
                break
            time.sleep(interval)
    except KeyboardInterrupt:
        typer.echo("watch: stopped; the state file is up to date", err=True)
    finally:
        fetcher.close()


@app.command("eval")
def eval_(
    suite: Annotated[list[str] | None, typer.Option("--suite", help="seed, plover, gold, geo, places or merge; repeatable "
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
