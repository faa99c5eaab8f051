"""The `conflictatlas` command: a thin shell over the Python API (pipeline, store, export).

Every error the project raises on purpose becomes one line on stderr naming the input and the
reason; a batch goes on past bad inputs and exits non-zero only if nothing could be read.
"""

from __future__ import annotations

import sys

import typer

from ..errors import ConflictAtlasError
from . import admin, events, inputs, train  # noqa: F401 (importing a module registers its commands)
from .common import app

# Importing a command module registers its commands; --help lists them in the data's order: news
# in, events out, then serving and upkeep.
_MODULES = [inputs.__name__, events.__name__, admin.__name__]
app.registered_commands.sort(key=lambda c: _MODULES.index(c.callback.__module__))
__all__ = ["app", "main"]


def main() -> None:
    try:
        app()
    except ConflictAtlasError as exc:  # anything a command did not catch itself
        typer.echo(f"conflictatlas: {exc}", err=True)
        sys.exit(1)
    except BrokenPipeError:  # `conflictatlas events | head`: the reader has gone, nothing to say
        sys.exit(1)
