"""Commands over the stored events: list, export, report, inspect, split, merge, track."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from ..errors import ConflictAtlasError, OutputError
from .common import (
    Actor,
    AsOf,
    Bbox,
    Country,
    DbOption,
    EventId,
    EventStatus,
    EventType,
    Limit,
    MinConfidence,
    MinCorroboration,
    Since,
    Until,
    _bbox,
    _fail,
    _min_confidence,
    _open_store,
    app,
)


@app.command()
def events(
    db: DbOption = None,
    since: Since = None, until: Until = None, country: Country = None, actor: Actor = None,
    type: EventType = None, status: EventStatus = None, bbox: Bbox = None,
    min_corroboration: MinCorroboration = None,
    min_confidence: MinConfidence = None,
    as_of: AsOf = None,
    format: Annotated[str, typer.Option("--format", help="table, jsonl, csv or geojson.")] = "table",
    limit: Limit = None,
) -> None:
    """Query stored events.

    Example: conflictatlas events --country LY --type ASSAULT --format geojson
    Example: conflictatlas events --as-of 2016-11-30   # the events as known at the end of that day
    """
    from .. import export
    from ..store import EventQuery

    _check_format(format, export.FORMATS)
    try:
        store = _open_store(db, readonly=True)
        rows = store.events(EventQuery(since=since, until=until, country=country, actor=actor, type=type,
                                       status=status, bbox=_bbox(bbox), min_corroboration=min_corroboration,
                                       min_confidence=_min_confidence(min_confidence), as_of=as_of, limit=limit))
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
    type: EventType = None,
    status: Annotated[str | None, typer.Option(help="Statuses to export, comma-separated, or all [default: csv and "
                                               "parquet: occurred,ongoing (ACLED- and UCDP-style rows are events "
                                               "that happened); jsonl and geojson: all].")] = None,
    bbox: Bbox = None, min_corroboration: MinCorroboration = None, min_confidence: MinConfidence = None,
    as_of: AsOf = None, limit: Limit = None,
) -> None:
    """Export events for other tools: ACLED/UCDP-style CSV (R, Stata), GeoJSON (QGIS, kepler.gl),
    Parquet (pandas, DuckDB) or JSON lines. Country-level events are listed, never drawn as points.

    Example: conflictatlas export --country LY --since 2016-11-01 --format parquet -o libya.parquet
    """
    from .. import export as ex
    from ..store import EventQuery

    _check_format(format, ex.EXPORT_FORMATS, output, binary=("parquet", "Parquet"))
    if status is None and format in ex.ROW_FORMATS:
        status = ",".join(ex.ROW_STATUSES)
    try:
        rows = _open_store(db, readonly=True).events(EventQuery(
            since=since, until=until, country=country, actor=actor, type=type, status=status, bbox=_bbox(bbox),
            min_corroboration=min_corroboration, min_confidence=_min_confidence(min_confidence), as_of=as_of,
            limit=limit))
    except ConflictAtlasError as exc:
        _fail(exc)
    try:
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
    except OSError as exc:
        if output is None:  # stdout: a closed pipe is the reader's business (cli.main)
            raise
        _fail(OutputError(output, exc))
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
    from .. import report as rep

    _check_format(format, rep.FORMATS, output, binary=("pdf", "PDF"))
    try:
        r = rep.build(_open_store(db, readonly=True), country=country, since=since, until=until)
    except ConflictAtlasError as exc:
        _fail(exc)
    if output is None:
        sys.stdout.write(rep.render(r, format, output))
        return
    try:
        body = rep.render(r, format, output)  # Markdown writes its images beside the output
        if isinstance(body, bytes):
            output.write_bytes(body)
        else:
            output.write_text(body, encoding="utf-8")
    except OSError as exc:
        _fail(OutputError(output, exc))
    typer.echo(f"report: {output} ({len(r.events)} event(s))", err=True)


@app.command("event")
def event_(event_id: EventId, db: DbOption = None,
           format: Annotated[str, typer.Option("--format", help="text or json.")] = "text") -> None:
    """Show one event: its values, every report with its own values, and why they were merged.

    Example: conflictatlas event 3f2a9c1d0b7e4a5f6c8d9e0a
    """
    try:
        detail = _open_store(db, readonly=True).event(event_id)
    except ConflictAtlasError as exc:
        _fail(exc)
    if format == "json":
        typer.echo(json.dumps(detail, ensure_ascii=False, indent=2))
        return
    from ..export import flat

    e = flat(detail["event"])
    typer.echo(f"event {e['id']}: {e['event_type']}{'/' + e['mode'] if e['mode'] else ''} ({e['status']})")
    typer.echo(f"  who:   {e['actor1'] or '?'} -> {e['actor2'] or '?'}")
    typer.echo(f"  where: {e['place'] or '?'} ({e['country'] or '?'}, precision {e['precision'] or '?'})")
    if e["date_start"]:
        typer.echo(f"  when:  {e['date_start']} .. {e['date_end'] or '?'}")
    else:  # the text gives no date: the report's date bounds it, and is not its date
        typer.echo(f"  when:  not stated; {'reported by ' + e['date_end'] if e['date_end'] else 'undated report'}")
    f = detail["event"]["fatalities"]
    if f.get("best") is not None or f.get("low") is not None:
        typer.echo(f"  fatalities: low {f.get('low')}, best {f.get('best')}, high {f.get('high')}")
    typer.echo(f"  sources: {e['sources']}  (independent: {e['corroboration']}; first reported {e['first_reported'] or '?'})")
    for link in detail["links"]:
        role = "carried out plan" if link["outcome"] == event_id else "carried out by"
        other = link["plan"] if link["outcome"] == event_id else link["outcome"]
        typer.echo(f"  {role} {other}: {json.dumps(link['reasons'])}")
    typer.echo(f"  {len(detail['mentions'])} report(s), {detail['versions']} version(s) in the history:")
    for m in detail["mentions"]:
        art, men = m["article"], m["mention"]
        copy = f", copy of {art['duplicate_of']}" if art["duplicate_of"] else ""
        typer.echo(f"  - mention {m['id']} in {art['outlet'] or art.get('doc') or art['id'][:12]} ({art['published'] or 'undated'}{copy})")
        typer.echo(f"      \"{men['evidence']['sentence']}\"")
        typer.echo(f"      says: {_report_values(men)}")
        typer.echo(f"      why: {json.dumps(m['merge_reasons'], ensure_ascii=False)}")
    for c in detail["corrections"]:
        typer.echo(f"  correction {c['at']}: {c['action']} {json.dumps({k: v for k, v in c.items() if k not in ('at', 'action')})}")


def _report_values(men: dict) -> str:
    """What one report says, field by field, so that a merge of reports that disagree shows."""
    def name(value: dict | None) -> str:
        return (value or {}).get("name") or (value or {}).get("text") or "?"

    date, deaths, att = men.get("date") or {}, (men.get("fatalities") or {}).get("best"), men.get("attribution") or {}
    when = date.get("start") or (f"by {date['end']}" if date.get("end") else "?")
    if date.get("start") and date.get("end") and date["end"] != date["start"]:
        when += f"..{date['end']}"
    return (f"{men['event_type']} {men['status']}, {name(men.get('actor1'))} -> {name(men.get('actor2'))}, "
            f"place {name(men.get('place'))}, date {when}, fatalities {'?' if deaths is None else deaths}, "
            f"source {att.get('source') or att.get('outlet') or '?'}")


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
    from ..track import feature
    from ..track import track as run_track

    if format not in ("table", "geojson"):
        raise typer.BadParameter("table or geojson", param_hint="--format")
    try:
        name, rows = run_track(_open_store(db, readonly=True), actor, since=since, until=until, country=country)
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


def _check_format(format: str, choices, output: Path | None = None, binary: tuple[str, str] | None = None) -> None:
    if format not in choices:
        raise typer.BadParameter(f"one of {', '.join(choices)}", param_hint="--format")
    if binary and format == binary[0] and output is None:
        raise typer.BadParameter(f"{binary[1]} is binary: give a file with --output", param_hint="--output")
