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


def news_articles(n: int) -> list[tuple[str, str]]:
    """(title, text) of n real local-news articles from LGL, read in place from ../shared/eval."""
    import xml.etree.ElementTree as ET

    root = ET.parse(SHARED_EVAL / "geo" / "lgl.xml").getroot()
    out = []
    for a in root.iter("article"):
        text = (a.findtext("text") or "").strip()
        if len(text.split()) > 120:
            out.append(((a.findtext("title") or "").strip(), text))
        if len(out) == n:
            break
    return out


def html_page(title: str, text: str) -> bytes:
    """A news page around a real article's text: navigation, the article, a footer."""
    from html import escape

    paras = "".join(f"<p>{escape(p)}</p>" for p in text.split(". ") if p.strip())
    return (f"<!doctype html><html><head><title>{escape(title)}</title>"
            f"<meta property='og:site_name' content='Test Gazette'></head><body>"
            f"<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article><h1>{escape(title)}</h1>"
            f"{paras}</article><footer>Copyright Test Gazette</footer></body></html>").encode("utf-8")
