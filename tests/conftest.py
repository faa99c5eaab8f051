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


def _ci() -> bool:
    return os.environ.get("CI", "").lower() not in ("", "0", "false", "no")


@pytest.fixture(scope="session")
def pg_server():
    """A real PostgreSQL server on 127.0.0.1 for this test session (tests/pgserver.py), stopped at
    the end. Where none can be started the PostgreSQL tests are skipped with the reason, except
    under CI, where they must run."""
    from pgserver import NoServer, PgServer

    try:
        import psycopg  # noqa: F401

        server = PgServer()
        server.start()
    except (ImportError, NoServer) as exc:
        why = ("the psycopg driver is not installed (pip install -e '.[test]')" if isinstance(exc, ImportError)
               else str(exc))
        if _ci():
            pytest.fail(f"PostgreSQL tests must run under CI: {why}")
        server = None
        pytest.skip(f"no PostgreSQL server for the store tests: {why}")
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", "postgres"])
def store_db(request, tmp_path) -> str:
    """A new, empty store on each backend: a SQLite file in tmp_path, or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "atlas.db")
    return request.getfixturevalue("pg_server").database()


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
            f"{paras}</article><footer>Copyright Test Gazette</footer></body></html>").encode()


XSS_TEXT = ("Militants attacked an army checkpoint near Mosul, Iraq, on Monday, killing three soldiers, "
            "officials said <script>window.__xss = 1</script> <img src=x onerror=\"window.__xss = 2\">.\n\n"
            "The attack was the third this month, the army said.")


@pytest.fixture(scope="session")
def served(tmp_path_factory):
    """A real server (uvicorn on 127.0.0.1, a free port) over a store holding the example article,
    a few real wire reports and an article whose text carries HTML; with a write token."""
    import json as _json

    from conflictatlas.api import create_app
    from conflictatlas.evaluate_merge import build_articles
    from conflictatlas.pipeline import ingest, ingest_items
    from conflictatlas.records import Article, content_id
    from conflictatlas.store import Store

    db = tmp_path_factory.mktemp("served") / "served.db"
    store = Store(db)
    ingest([EXAMPLE], store, published="2016-11-25")
    spec = _json.loads((DATA / "dedup_merge.clusters.json").read_text())
    wire = dict(build_articles(spec, SHARED_EVAL))
    ingest_items([wire[k] for k in ("barbot-1", "barbot-2", "barbot-copy", "huddur-1", "huddur-2", "london-1",
                                    "basra-march-1", "ambon-1")], store)
    ingest_items([Article(id=content_id(XSS_TEXT), text=XSS_TEXT, source="xss", outlet="<b>Evil</b> Times",
                          title="<script>alert(1)</script>", url="javascript:alert(1)", published="2024-05-06",
                          language="en")], store)
    base, stop = serve_app(create_app(store, token="s3cret"))
    yield {"base": base, "store": store, "db": db, "token": "s3cret"}
    stop()


@pytest.fixture
def writable(tmp_path):
    """A server over an empty store of its own, with the token "s3cret": for tests that write, so
    the session's shared store stays as every other test expects. Yields (client, token)."""
    import httpx

    from conflictatlas.api import create_app
    from conflictatlas.store import Store

    base, stop = serve_app(create_app(Store(tmp_path / "writable.db"), token="s3cret"))
    with httpx.Client(base_url=base, timeout=30) as client:
        yield client, "s3cret"
    stop()


def serve_app(app):
    """Run an ASGI app with uvicorn on 127.0.0.1 (a free port) in a thread: (base URL, stop)."""
    import threading
    import time

    import uvicorn

    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(400):
        if server.started:
            break
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]

    def stop():
        server.should_exit = True
        thread.join(10)

    return f"http://127.0.0.1:{port}", stop


@pytest.fixture(scope="session")
def example_db(tmp_path_factory, example_path):
    """A store holding the example article's events (published 2016-11-25)."""
    from conflictatlas.pipeline import ingest
    from conflictatlas.store import Store

    db = tmp_path_factory.mktemp("example") / "example.db"
    ingest([example_path], Store(db), published="2016-11-25")
    return db


def mention(article_id: str, sentence: str, *, type: str = "ASSAULT", status: str = "occurred",
            place: tuple | None = None, date: tuple | None = None, actor1: str | None = None,
            actor2: str | None = None, start: int = 0, trigger_start: int = 0):
    """An EventMention built by hand, for store and query tests that must control places and dates
    exactly (the coder is tested elsewhere). `place` is (name, country, lat, lon, precision)."""
    from conflictatlas.records import Actor, DateSpan, EventMention, Evidence, Place

    p = None
    if place is not None:
        name, country, lat, lon, precision = place
        p = Place(text=name, name=name, country=country, lat=lat, lon=lon, precision=precision,
                  where_prec={"point": 1, "city": 1, "admin2": 3, "admin1": 4, "country": 6}.get(precision))
    d = DateSpan(start=date[0], end=date[1], precision="day", date_prec=1) if date else DateSpan()
    return EventMention(event_type=type, status=status, doc=article_id,
                        evidence=Evidence(article_id=article_id, sentence=sentence, start=start, end=start + len(sentence),
                                          trigger_start=trigger_start),
                        place=p, date=d,
                        actor1=Actor(text=actor1, name=actor1) if actor1 else None,
                        actor2=Actor(text=actor2, name=actor2) if actor2 else None)


def article(text: str, **meta):
    from conflictatlas.records import Article, content_id

    meta.setdefault("language", "en")
    return Article(id=content_id(text), text=text, source=meta.pop("source", "test"), **meta)


def coded(text: str, published: str = "2024-03-02"):
    """The coder's mentions of one text written for a test, as an article published that day."""
    from conflictatlas.nlp import code_article

    return code_article(article(text, source="t", published=published))


def coded_types(text: str) -> list[str]:
    """The event types the coder gives one text written for a test."""
    return [m.event_type for m in coded(text)]


def sole_place(text: str):
    """The place of the one mention a test's text is written to give."""
    mentions = coded(text)
    assert len(mentions) == 1, (text, mentions)
    return mentions[0].place


def serve_pages(pages: dict[str, tuple[bytes, str]], redirects: dict[str, str] | None = None):
    """A plain HTTP server on 127.0.0.1 (a free port), started: `pages` maps a path to (body,
    content type) and may be filled after the server's port is known; `redirects` maps a path to a
    Location, "{port}" standing for the server's own. Anything else is a 404. Stop it with
    `server.shutdown()`."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            if redirects and self.path in redirects:
                self.send_response(302)
                self.send_header("Location", redirects[self.path].format(port=self.server.server_port))
                self.end_headers()
                return
            body, ctype = pages.get(self.path, (b"not here", "text/plain"))
            self.send_response(200 if self.path in pages else 404)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server
