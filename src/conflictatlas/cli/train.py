"""`conflictatlas train`: train the small models the package ships (weights as JSON, no pickles)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..errors import ConflictAtlasError
from .common import _fail, app

train_app = typer.Typer(no_args_is_help=True, help="Train the models the package ships.")
app.add_typer(train_app, name="train")


@train_app.command("gate")
def gate(
    shared: Annotated[Path | None, typer.Option(help="The shared evaluation folder [default: ../shared/eval]")] = None,
    events: Annotated[Path | None, typer.Option(help="Our hand-coded sets [default: tests/data/events]")] = None,
    out: Annotated[Path | None, typer.Option("--out", help="Where to write the weights "
                                             "[default: the package's data/gate.json]")] = None,
    written: Annotated[Path | None, typer.Option(help="Our written sets, whose dev documents it also learns "
                                                 "from [default: tests/data/written]")] = None,
    events_only: Annotated[bool, typer.Option("--events-only", help="Learn from tests/data/events alone")] = False,
    min_confidence: Annotated[float | None, typer.Option(
        "--min-confidence", help="Ship this threshold instead of the one the procedure picks from the dev curve "
                                 "(the reference floors are still checked); the curve is printed either way")] = None,
) -> None:
    """Train the gate that sets each mention's confidence, on the dev split of our hand-coded and written sets.

    Example: conflictatlas train gate   # under two minutes on 2 cores; prints cross-validated calibration
    """
    from importlib import resources

    from ..evaluate import find_shared
    from ..nlp import gate as gate_mod
    from ..nlp.train_gate import TrainingError, train

    target = out or Path(str(resources.files("conflictatlas").joinpath(gate_mod.WEIGHTS_FILE)))
    try:
        if written is not None and not written.is_dir():
            raise TrainingError(f"{written}: no such folder of written sets")
        default = Path.cwd() / "tests" / "data" / "written"
        written = None if events_only else written or (default if default.is_dir() else None)
        report = train(shared or find_shared(), target, events, written, fixed=min_confidence)
    except ConflictAtlasError as exc:
        _fail(exc)
    gate_mod.model.cache_clear()
    for key in ("candidates", "positives", "C", "cv_log_loss", "features", "min_confidence"):
        typer.echo(f"{key}: {report[key]}")
    typer.echo("reference score on the dev articles by threshold (cross-validated): " + ", ".join(
        f"{t:.2f}={v:.3f}" for t, v in report["reference_score_by_threshold"]))
    typer.echo("reliability on held-out folds (confidence bin, mentions, mean confidence, observed precision):")
    for b, n, c, o in report["reliability"]:
        typer.echo(f"  {b}  n={n:<4} predicted={c:.2f}  observed={o:.2f}")
    typer.echo(f"weights written to {target}")


@train_app.command("linker")
def linker(
    exclude: Annotated[list[Path] | None, typer.Option("--exclude", help="Folders of tests/data/events/select.py "
                                                       "output: their sentences are left out; repeatable")] = None,
    shared: Annotated[Path | None, typer.Option(help="The shared evaluation folder [default: ../shared/eval]")] = None,
    out: Annotated[Path | None, typer.Option("--out", help="Where to write the weights "
                                             "[default: the package's data/linker.json]")] = None,
) -> None:
    """Train the event-place linker on the event_location sentences outside its 496 gold.

    Example: python3 tests/data/events/select.py /tmp/sel && conflictatlas train linker --exclude /tmp/sel
    """
    from importlib import resources

    from ..evaluate import find_shared
    from ..geo import linker as linker_mod
    from ..geo.train import train

    target = out or Path(str(resources.files("conflictatlas").joinpath(linker_mod.WEIGHTS_FILE)))
    try:
        report = train(shared or find_shared(), list(exclude or []), target)
    except ConflictAtlasError as exc:
        _fail(exc)
    linker_mod.weights.cache_clear()
    for key, value in report.items():
        typer.echo(f"{key}: {value}")
    typer.echo(f"weights written to {target}")
