"""The corpus of malformed inputs in tests/data/bad/ (its README says what is wrong with each file),
each through the command that reads it: no traceback, one line per fault naming the input and the
reason, the documented exit code, and in a batch the good inputs beside the bad one stored (once,
however often the batch is run again)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from conftest import DATA, article, html_page, mention, serve_pages

BAD = DATA / "bad"
GOOD_TEXT = "Police arrested twelve protesters in Lagos, Nigeria, on Monday, officials said."

# file -> (what the command says about it (one line each), what of it is stored: url, JSONL id or file name)
INGEST = {
    "gzip-not-a-warc.warc.gz": (["not a readable WARC/ARC file"], []),
    "not-a-warc.warc": (["not a readable WARC/ARC file"], []),
    "no-target-uri.warc.gz": (["#record-1: response record without a WARC-Target-URI"], ["https://news.example/dakar"]),
    "truncated.warc.gz": (["cut short in record 2"], ["https://news.example/kirkuk"]),
    "binary.html": (["binary file"], []),
    "empty.html": (["empty file"], []),
    "broken.html": ([], ["broken.html"]),
    "wrong-encoding.html": (["declares charset utf-8 but is not written in it; read as cp1252"],
                            ["wrong-encoding.html"]),
    "one-bad-byte.txt": (["1 byte sequence(s) are not valid UTF-8"], ["one-bad-byte.txt"]),
    "bad-line.jsonl": (["bad-line.jsonl:2: not JSON"], ["jl-good-1", "jl-good-2"]),
    "wrong-types.jsonl": (['wrong-types.jsonl:1: JSON line has no "text" string',
                           'wrong-types.jsonl:2: "published" is not an ISO date',
                           "wrong-types.jsonl:3: "], ["wt-ok"]),
    "missing-text.jsonl": (['missing-text.jsonl:1: JSON line has no "text" string'], ["mt-ok"]),
}


def _lines(result) -> list[str]:
    assert "Traceback" not in result.stdout + result.stderr, result.stderr
    return [ln for ln in result.stderr.splitlines() if ln.strip()]


def _stored(db: Path) -> list[str]:
    con = sqlite3.connect(db)
    try:
        rows = con.execute("SELECT url, doc, source FROM articles").fetchall()
    finally:
        con.close()
    return sorted(url or (doc if doc and doc != Path(source).name else Path(source).name) for url, doc, source in rows)


def _says(lines: list[str], name: str, needles: list[str], code: str = "[E1") -> None:
    assert len(lines) == len(needles), lines
    for line, needle in zip(sorted(lines), sorted(needles), strict=True):
        assert line.startswith(f"conflictatlas: {code}") and name in line and needle in line, (line, needle)


@pytest.fixture(scope="module")
def good(tmp_path_factory) -> Path:
    f = tmp_path_factory.mktemp("good") / "good.txt"
    f.write_text(GOOD_TEXT, encoding="utf-8")
    return f


@pytest.mark.parametrize("name", sorted(INGEST))
def test_ingest_a_bad_file_beside_a_good_one(cli, tmp_path, good, name):
    said, kept = INGEST[name]
    bad = tmp_path / name
    shutil.copy(BAD / name, bad)
    db = tmp_path / "atlas.db"
    r = cli("ingest", bad, good, "--db", db)
    assert r.exit_code == 0, r.stderr
    _says(_lines(r), name, said)
    assert f"{len(said)} problem(s)" in r.stdout
    assert _stored(db) == sorted(["good.txt", *kept])
    again = cli("ingest", bad, good, "--db", db)  # the batch run again: nothing lost, nothing twice
    assert again.exit_code == 0 and _stored(db) == sorted(["good.txt", *kept])
    alone = cli("ingest", bad, "--db", tmp_path / "alone.db")
    _says(_lines(alone), name, said)
    assert alone.exit_code == (1 if not kept else 0), alone.stderr  # nothing read: exit 1


@pytest.mark.parametrize("name", ["binary.html", "wrong-types.jsonl", "truncated.warc.gz", "one-bad-byte.txt"])
def test_code_a_bad_file_beside_a_good_one(cli, tmp_path, good, name):
    said, _ = INGEST[name]
    bad = tmp_path / name
    shutil.copy(BAD / name, bad)
    r = cli("code", bad, good, "--published", "2024-01-08")
    assert r.exit_code == 0
    _says(_lines(r), name, said)
    assert '"Lagos"' in r.stdout or "Lagos" in r.stdout  # the good file was coded


# --- feed lists and feeds: watch --once -----------------------------------------------------------

FEED_LISTS = {
    "feeds-not-yaml.yaml": "not a readable YAML feed list",
    "feeds-timeout-abc.yaml": "setting timeout must be a number of seconds",
    "feeds-entry-without-url.yaml": "each feed is a URL or a mapping with 'url'",
}


@pytest.mark.parametrize("name", sorted(FEED_LISTS))
def test_watch_a_bad_feed_list(cli, tmp_path, name):
    feeds = tmp_path / name
    shutil.copy(BAD / name, feeds)
    db = tmp_path / "atlas.db"
    r = cli("watch", feeds, "--once", "--db", db)
    assert r.exit_code == 1
    _says(_lines(r), name, [FEED_LISTS[name]], code="[E001]")
    assert not db.exists()  # refused before anything was opened


@pytest.fixture
def feed_site():
    """A 127.0.0.1 server: /bad.rss is the corpus's feed that is not XML, /good.rss a feed of one
    page, /page that page."""
    pages: dict[str, tuple[bytes, str]] = {}
    server = serve_pages(pages)
    base = f"http://127.0.0.1:{server.server_port}"
    pages["/bad.rss"] = ((BAD / "not-xml.rss").read_bytes(), "application/rss+xml")
    pages["/good.rss"] = (f"<?xml version='1.0'?><rss version='2.0'><channel><title>Good</title><item><title>Arrests"
                          f"</title><link>{base}/page</link><guid>{base}/page</guid></item></channel></rss>".encode(),
                          "application/rss+xml")
    pages["/page"] = (html_page("Arrests in Lagos", GOOD_TEXT + " " + GOOD_TEXT.replace("twelve", "more")),
                      "text/html; charset=utf-8")
    yield base
    server.shutdown()


def test_watch_a_feed_that_is_not_xml(cli, tmp_path, feed_site):
    settings = "settings: {min_interval: 0, timeout: 5, retries: 0}\n"
    both = tmp_path / "feeds.yaml"
    both.write_text(f"feeds:\n  - {feed_site}/bad.rss\n  - {feed_site}/good.rss\n{settings}", encoding="utf-8")
    db = tmp_path / "atlas.db"
    r = cli("watch", both, "--once", "--db", db)
    assert r.exit_code == 0, r.stderr
    _says(_lines(r), f"{feed_site}/bad.rss", ["malformed feed"])
    assert _stored(db) == [f"{feed_site}/page"]
    alone = tmp_path / "bad-only.yaml"
    alone.write_text(f"feeds:\n  - {feed_site}/bad.rss\n{settings}", encoding="utf-8")
    r = cli("watch", alone, "--once", "--db", tmp_path / "alone.db")
    assert r.exit_code == 1  # every feed failed
    _says(_lines(r), f"{feed_site}/bad.rss", ["malformed feed"])


# --- an actors file: read by the coder (code, ingest) --------------------------------------------

ACTORS = {"actors-without-name.yaml": "entry 1 has no 'name'", "actors-not-yaml.yaml": "actors-not-yaml.yaml"}


@pytest.mark.parametrize("name", sorted(ACTORS))
@pytest.mark.parametrize("command", ["code", "ingest"])
def test_a_bad_actors_file(cli, tmp_path, good, monkeypatch, name, command):
    from conflictatlas.nlp import lexicon

    actors = tmp_path / name
    shutil.copy(BAD / name, actors)
    monkeypatch.setenv("CONFLICTATLAS_ACTORS", str(actors))
    lexicon.actors.cache_clear()  # read once per process: read this file now
    try:
        args = ["--published", "2024-01-08"] + (["--db", tmp_path / "atlas.db"] if command == "ingest" else [])
        r = cli(command, good, *args)
    finally:
        monkeypatch.delenv("CONFLICTATLAS_ACTORS")
        lexicon.actors.cache_clear()
    assert r.exit_code == 1
    _says(_lines(r), name, [ACTORS[name]], code="[E200]")


# --- a damaged SQLite file: every command that reads a store ---------------------------------------

@pytest.fixture(scope="module")
def damaged(tmp_path_factory) -> dict[str, Path]:
    """A real store with a page of its events table overwritten, and a file that is no database."""
    from conflictatlas.store import Store

    folder = tmp_path_factory.mktemp("damaged")
    db = folder / "damaged.db"
    store = Store(db)
    for i, name in enumerate(["Sirte", "Goma", "Mosul"]):
        text = f"Fighting was reported in {name} ({i})."
        a = article(text, published=f"2024-01-0{i + 1}")
        store.add_article(a, [mention(a.id, text, place=(name, "LY", 31.0 + i, 16.0 + i, "city"),
                                      date=(a.published, a.published), actor1="Islamic State")])
    store.close()
    con = sqlite3.connect(db)
    event = con.execute("SELECT id FROM events LIMIT 1").fetchone()[0]
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page = con.execute("PRAGMA page_size").fetchone()[0]
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'events'").fetchone()[0]
    con.close()
    with open(db, "r+b") as fh:
        fh.seek((root - 1) * page)
        fh.write(b"\xde\xad\xbe\xef" * (page // 4))
    text = folder / "notes.db"
    text.write_text("These are my notes, not a database.\n" * 50, encoding="utf-8")
    return {"damaged": db, "not-a-database": text, "event": event}


READERS = [["events"], ["export", "--format", "jsonl"], ["report", "--format", "md"], ["track", "ISIS"],
           ["event", "EVENT"]]


# serve opens a store whose events table is damaged (each request then answers E400 with a 503):
# reading every page first would take minutes on a large store. A file that is no database it refuses.
@pytest.mark.parametrize("which, command", [(w, c) for w in ("damaged", "not-a-database") for c in READERS]
                         + [("not-a-database", ["serve", "--port", "0"])])
def test_a_damaged_store(cli, damaged, which, command):
    db = damaged[which]
    before = db.read_bytes()
    r = cli(*[damaged["event"] if a == "EVENT" else a for a in command], "--db", db)
    assert r.exit_code == 1
    _says(_lines(r), str(db), ["damaged"], code="[E400]")
    assert db.read_bytes() == before  # reading never writes


def test_an_empty_path_is_refused_not_read_as_the_current_folder(cli, tmp_path, good, monkeypatch):
    # Found by the fuzz: Path("") is ".", so `ingest ''` read every file under the current folder.
    (tmp_path / "here.txt").write_text("Rebels attacked a convoy near Goma, Congo, on Friday.", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for command in (["ingest", "--db", tmp_path / "atlas.db"], ["code"], ["geoparse"]):
        r = cli(command[0], "", good, *command[1:])
        assert r.exit_code == 2
        _says(_lines(r), command[0], ["an empty path"], code="[E002]")
    assert not (tmp_path / "atlas.db").exists()
