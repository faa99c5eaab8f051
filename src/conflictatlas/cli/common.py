"""What every command shares: the Typer app, option types, and the one-line error."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..config import db_path
from ..errors import ConflictAtlasError

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
    from ..store import Store

    return Store(db_path(db) if not (db and "://" in db) else db)


def _count_lines(path: Path) -> int:
    try:
        with open(path, "rb") as fh:
            return sum(1 for line in fh if line.strip())
    except OSError:
        return 1


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True)


def _bbox(value: str | None) -> tuple[float, float, float, float] | None:
    if value is None:
        return None
    try:
        west, south, east, north = (float(v) for v in value.split(","))
    except ValueError:
        raise typer.BadParameter(f"four numbers west,south,east,north, not {value!r}", param_hint="--bbox") from None
    return west, south, east, north


EventId = Annotated[str, typer.Argument(help="An event id, as `events --format jsonl` prints it.", show_default=False)]
