"""What every command shares: the Typer app, option types, and the one-line error."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from typer.core import TyperGroup

from ..config import db_path
from ..errors import ConflictAtlasError, UsageError

# click's exception classes, whether typer vendors click (0.2x) or depends on it.
_ClickException, _ClickUsageError = (next(c for c in typer.BadParameter.__mro__ if c.__name__ == name)
                                     for name in ("ClickException", "UsageError"))


class OneLineErrors(TyperGroup):
    """Every way a command line can be wrong ends as one line on stderr, like every other error:
    click's usage errors (an unknown option, a value of the wrong type or out of range) would
    otherwise print a usage block and a boxed message."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        try:
            rv = super().main(args=args, prog_name=prog_name or "conflictatlas", complete_var=complete_var,
                              standalone_mode=False, **extra)
        except _ClickUsageError as exc:
            cmd = exc.ctx.command_path if exc.ctx is not None else "conflictatlas"
            typer.echo(f"conflictatlas: {UsageError(f'{cmd}: {exc.format_message()}')} "
                       f"(see: {cmd} --help)", err=True)
            rv = exc.exit_code
        except _ClickException as exc:
            typer.echo(f"conflictatlas: {UsageError(exc.format_message())}", err=True)
            rv = exc.exit_code
        except typer.Abort:
            typer.echo("conflictatlas: aborted", err=True)
            rv = 1
        except ConflictAtlasError as exc:  # anything a command did not catch itself
            typer.echo(f"conflictatlas: {exc}", err=True)
            rv = 1
        if not standalone_mode:
            return rv
        sys.exit(rv if isinstance(rv, int) else 0)


app = typer.Typer(cls=OneLineErrors, add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Conflict Atlas: news reports in; sourced, geolocated conflict events out.")

DbOption = Annotated[str | None, typer.Option("--db", help="SQLite file or database URL "
                                              "[default: $CONFLICTATLAS_DB, else the user data folder]")]
def _paths(values: list[str]) -> list[Path]:
    # Path("") is ".": an empty argument (an unset shell variable) would read the whole current folder.
    if any(not v.strip() for v in values):
        raise typer.BadParameter("an empty path; give files or folders ('.' for the current one)")
    return [Path(v) for v in values]


Paths = Annotated[list[str], typer.Argument(help="Files or folders (text, HTML, JSONL).", show_default=False,
                                            callback=_paths)]
PublishedOption = Annotated[str | None, typer.Option("--published", help="Publication date (YYYY-MM-DD) "
                                                     "for inputs that carry none.")]
# Event filters, shared by every command that selects events (events, export, report, track).
Since = Annotated[str | None, typer.Option(help="Events on or after this date (YYYY-MM-DD).")]
Until = Annotated[str | None, typer.Option(help="Events on or before this date (YYYY-MM-DD).")]
Country = Annotated[str | None, typer.Option(help="Country of the event's place: LY, LBY or Libya.")]
Actor = Annotated[str | None, typer.Option(help="An actor's name or alias (ISIS, Pentagon) or part of a name, "
                                          "either side.")]
EventType = Annotated[str | None, typer.Option("--type", help="PLOVER event type, e.g. ASSAULT.")]
EventStatus = Annotated[str | None, typer.Option(help="occurred, ongoing, planned, threatened, hypothetical or denied; "
                                                "several comma-separated, or all.")]
Bbox = Annotated[str | None, typer.Option(help="west,south,east,north in degrees; only events placed at a point, "
                                         "town or district inside it (west > east crosses the antimeridian).")]
MinCorroboration = Annotated[int | None, typer.Option(help="Events told by at least this many independent outlets.")]
MinConfidence = Annotated[float | None, typer.Option(
    "--min-confidence", help="Events with a mention at least this confident (the gate's probability that a careful "
                             "coder would code it) [default: the gate's threshold, chosen on dev; 0 for all].")]


def _min_confidence(value: float | None) -> float:
    from ..nlp.gate import default_min_confidence

    return default_min_confidence() if value is None else value
AsOf = Annotated[str | None, typer.Option("--as-of", help="What had been published by then: YYYY-MM-DD (end of "
                                         "that day, UTC) or an ISO timestamp.")]
Limit = Annotated[int | None, typer.Option(help="At most this many events.")]
Verbose = Annotated[int, typer.Option("--verbose", "-v", count=True, help="Log what is done to stderr "
                                      "(-v: each feed, item and request; -vv: debugging detail).")]
PROGRESS_MIN = 20  # inputs; fewer finish before a bar would be worth drawing


def logging_config(verbose: int) -> dict:
    """Timestamped lines on stderr for the long-running commands (watch, serve): -v our work, each
    feed, item and request; -vv debugging detail (each HTTP request the watcher makes). A dict for
    `logging.config.dictConfig`, which uvicorn also applies in each of its worker processes."""
    level = "DEBUG" if verbose > 1 else "INFO" if verbose else "WARNING"
    return {
        "version": 1, "disable_existing_loggers": False,
        "formatters": {"line": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
        "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "line", "stream": "ext://sys.stderr"}},
        "root": {"handlers": ["stderr"], "level": level},
        "loggers": {"httpx": {"level": "DEBUG" if verbose > 1 else "WARNING"},
                    "httpcore": {"level": "INFO" if verbose > 1 else "WARNING"},
                    "uvicorn": {"level": level}, "uvicorn.access": {"level": level}},
    }


def setup_logging(verbose: int) -> None:
    import logging.config

    if verbose:
        logging.config.dictConfig(logging_config(verbose))


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


def _open_store(db: str | None, *, create: bool = False, readonly: bool = False):
    """The store `--db` names. Only commands that add news (`ingest`, `watch`) create one: a
    mistyped path for any other command is an error, not a new empty database."""
    from ..store import Store

    return Store(db_path(db) if not (db and "://" in db) else db, create=create, readonly=readonly)


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
    from ..store.query import parse_bbox

    return parse_bbox(value) if value is not None else None


EventId = Annotated[str, typer.Argument(help="An event id, as `events --format jsonl` prints it.", show_default=False)]
