"""Commands that serve, measure and maintain: serve, eval, gazetteer, version."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from .. import __version__
from ..errors import ConflictAtlasError
from .common import DbOption, Verbose, _fail, _open_store, app, logging_config, setup_logging


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port (0: any free port).")] = 8000,
    token: Annotated[str | None, typer.Option(help="Allow writes (POST /api/ingest) with this bearer token "
                                              "[default: $CONFLICTATLAS_TOKEN; none: read-only].")] = None,
    tiles: Annotated[str | None, typer.Option(help="A tile URL template for the map, e.g. "
                                              "https://tile.openstreetmap.org/{z}/{x}/{y}.png [default: "
                                              "offline country outlines only].")] = None,
    workers: Annotated[int, typer.Option(min=1, max=64, help="Worker processes answering requests "
                                         "(each opens the database itself).")] = 1,
    verbose: Verbose = 0,
) -> None:
    """Serve the API and the map page.

    Example: conflictatlas serve --db atlas.db --port 8000   # then open http://127.0.0.1:8000/
    """
    import uvicorn

    from ..api import SERVE_ENV

    setup_logging(verbose)
    token = token if token is not None else os.environ.get("CONFLICTATLAS_TOKEN") or None
    try:
        store = _open_store(db, readonly=token is None)  # check it opens before forking workers
        store.close()
    except ConflictAtlasError as exc:
        _fail(exc)
    # Workers are separate processes: each builds the app from these variables (api.app_from_env).
    os.environ.update({SERVE_ENV["db"]: store.location,
                       SERVE_ENV["tiles"]: tiles or ""})
    if token:
        os.environ["CONFLICTATLAS_TOKEN"] = token
    typer.echo(f"serving {store.name} at http://{host}:{port}/ with {workers} worker(s) "
               f"({'writes need the token' if token else 'read-only'})", err=True)
    uvicorn.run("conflictatlas.api:app_from_env", factory=True, host=host, port=port, workers=workers,
                access_log=verbose > 0, log_config=logging_config(verbose))


@app.command("eval")
def eval_(
    suite: Annotated[list[str] | None, typer.Option("--suite", help="seed, plover, gold, geo, places, merge, events, health, written or verbs; repeatable "
                                                    "[default: all]")] = None,
    shared: Annotated[Path | None, typer.Option(help="The shared evaluation folder [default: ../shared/eval]")] = None,
    gold: Annotated[list[Path] | None, typer.Option("--gold", help="Gold files of our own "
                                                    "[default: tests/data/*.gold.json]")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", help="Print each scorer's full output (on the test split: its totals only).")] = False,
    workers: Annotated[int, typer.Option(min=0, max=64, help="Run the suites side by side in this many "
                                         "processes (0: one per core)")] = 0,
) -> None:
    """Run the reference scorers on the coder's output and print their summary lines.

    Example: conflictatlas eval --suite seed --suite plover
    """
    from .. import evaluate

    suites = tuple(suite or evaluate.SUITES)
    unknown = set(suites) - set(evaluate.SUITES)
    if unknown:
        raise typer.BadParameter(f"unknown suite(s) {', '.join(sorted(unknown))}", param_hint="--suite")
    try:
        results = evaluate.run(suites, shared=shared, gold_files=gold, workers=workers or os.cpu_count() or 1)
    except ConflictAtlasError as exc:
        _fail(exc)
    for r in results:
        if verbose:
            typer.echo(r.shown().rstrip())
        typer.echo(f"{r.suite} [{r.split}]: {r.summary}")


@app.command()
def gazetteer(rebuild: Annotated[bool, typer.Option(help="Build it again even if present.")] = False) -> None:
    """Build the local GeoNames index from package data (done on first use otherwise).

    Example: conflictatlas gazetteer --rebuild
    """
    from ..geo import gazetteer as g

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
