"""Shared fixtures: the shared evaluation folder, a CLI runner, and real SQLite files in tmp_path."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
SHARED_EVAL = ROOT.parent / "shared" / "eval"
EXAMPLE = SHARED_EVAL / "000_a2d6e3adf7c3a122.txt"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def example_path() -> Path:
    if not EXAMPLE.exists():
        pytest.fail(f"the shared example is expected at {EXAMPLE} (clone with ../shared beside it)")
    return EXAMPLE


@pytest.fixture
def db(tmp_path) -> Path:
    return tmp_path / "atlas.db"


@pytest.fixture
def cli():
    """Run `conflictatlas ...` in-process; stdout and stderr kept apart."""
    from conflictatlas.cli import app

    runner = CliRunner()

    def invoke(*args: str | os.PathLike):
        return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)

    return invoke
