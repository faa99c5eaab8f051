"""Feeds and pages from a real HTTP server on 127.0.0.1, fetched by the real watcher; WARC input."""

from __future__ import annotations

import functools
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from conftest import html_page, news_articles

MANY = 40


def _rss(base: str, items: list[tuple[str, str]]) -> bytes:
    body = "".join(f"<item><title>{t}</title><link>{base}{p}</link><guid>{base}{p}</guid>"
                   f"<pubDate>{formatdate(1479900000)}</pubDate></item>" for p, t in items)
    return (f"<?xml version='1.0'?><rss version='2.0'><channel><title>Test Gazette</title>"
            f"<link>{base}/</link>{body}</channel></rss>").encode()


class Site:
    """What the server serves; `changing.xml` gains an item after the first poll."""

    def __init__(self):
        self.arts = news_articles(4)
        self.log: list[str] = []
        self.polls = 0
        self.base = ""
        self.flaky = 0  # requests of /flaky so far: the first pass's two tries fail with a 503

    @functools.cached_property
    def many(self) -> list[tuple[str, str]]:
        # The first two sentences of each: real, distinct news, quick to code.
        return [(title, ". ".join(text.split(". ")[:2]) + ".") for title, text in news_articles(MANY)]

    def _validated(self, headers, etag: str, items: list[tuple[str, str]]) -> tuple[int, bytes, dict]:
        """A feed that honours conditional GET, as most servers do."""
        modified = formatdate(1479900000, usegmt=True)
        if headers.get("If-None-Match") == etag or headers.get("If-Modified-Since") == modified:
            return 304, b"", {"ETag": etag, "Last-Modified": modified}
        return 200, _rss(self.base, items), {"ETag": etag, "Last-Modified": modified}

    def route(self, path: str, headers) -> tuple[int, bytes, dict]:
        self.log.append(path)
        if path == "/robots.txt":
            return 200, b"User-agent: *\nDisallow: /private/\n", {}
        if path == "/feed.xml":
            items = [("/a/1", "One"), ("/a/2", "Two"), ("/slow", "Slow"), ("/missing", "Gone"),
                     ("/big", "Huge"), ("/private/x", "Private")]
            return 200, _rss(self.base, items), {}
        if path == "/changing.xml":
            etag = f'"v{min(self.polls, 1)}"'
            if headers.get("If-None-Match") == etag:
                return 304, b"", {"ETag": etag}
            self.polls += 1
            items = [("/a/1", "One")] + ([("/a/3", "Three")] if self.polls > 1 else [])
            return 200, _rss(self.base, items), {"ETag": f'"v{min(self.polls - 1, 1)}"'}
        if path == "/many.xml":
            return self._validated(headers, '"many"', [(f"/m/{i}", f"Item {i}") for i in range(MANY)])
        if path.startswith("/m/"):
            time.sleep(0.1)  # a real site's latency: a watcher can be killed between two items
            title, text = self.many[int(path[3:])]
            return 200, html_page(title, text), {"Content-Type": "text/html; charset=utf-8"}
        if path == "/stable.xml":
            return self._validated(headers, '"stable"', [("/a/1", "One"), ("/flaky", "Flaky")])
        if path == "/flaky":
            self.flaky += 1
            if self.flaky <= 2:
                return 503, b"busy", {}
            return 200, html_page(*self.arts[2]), {"Content-Type": "text/html"}
        if path == "/broken.xml":
            return 200, b"<rss><channel><title>Broken</title><item><link>", {}
        if path.startswith("/a/"):
            title, text = self.arts[int(path[3:]) - 1]
            return 200, html_page(title, text), {"Content-Type": "text/html; charset=utf-8"}
        if path == "/slow":
            time.sleep(1.5)
            return 200, html_page(*self.arts[3]), {"Content-Type": "text/html"}
        if path == "/big":
            return 200, b"<html><body>" + b"x" * (10 * 1024 * 1024 + 1000) + b"</body></html>", {"Content-Type": "text/html"}
        return 404, b"not here", {}


@pytest.fixture
def site():
    s = Site()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            status, body, headers = s.route(self.path, self.headers)
            self.send_response(status)
            for k, v in headers.items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            try:
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    s.base = f"http://127.0.0.1:{server.server_port}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield s
    server.shutdown()


def _feeds(tmp_path, site, *names):
    f = tmp_path / "feeds.yaml"
    f.write_text("feeds:\n" + "".join(f"  - url: {site.base}/{n}\n" for n in names) +
                 "settings:\n  min_interval: 0.01\n  timeout: 0.5\n  retries: 1\n  backoff: 0.05\n")
    return f


def _articles(db):
    con = sqlite3.connect(db)
    try:
        return sorted(r[0] for r in con.execute("SELECT url FROM articles"))
    finally:
        con.close()


def test_watch_once_twice_ingests_each_article_once(cli, db, tmp_path, site):
    feeds = _feeds(tmp_path, site, "feed.xml", "changing.xml", "broken.xml")
    first = cli("watch", feeds, "--once", "--db", db)
    assert first.exit_code == 0, first.stderr
    base = site.base
    assert _articles(db) == [f"{base}/a/1", f"{base}/a/2"]
    err = first.stderr
    assert f"{base}/slow: timed out after 0.5 s" in err
    assert f"{base}/missing: HTTP 404" in err
    assert f"{base}/big: too large" in err
    assert f"{base}/private/x: disallowed by robots.txt" in err
    assert f"{base}/broken.xml: malformed feed" in err
    assert "/private/x" not in site.log  # robots.txt obeyed: never requested
    for line in err.strip().splitlines():  # one line per problem, naming the input
        assert line.startswith("conflictatlas: [E1")
    assert "2 stored" in first.stdout

    site.log.clear()
    second = cli("watch", feeds, "--once", "--db", db)
    assert second.exit_code == 0, second.stderr
    assert _articles(db) == [f"{base}/a/1", f"{base}/a/2", f"{base}/a/3"]  # the new item, once
    assert "/a/1" not in site.log and "/a/2" not in site.log  # stored items are not fetched again
    assert "/slow" not in site.log and "/missing" not in site.log  # failures wait or are given up
    assert "1 stored" in second.stdout
    state = (tmp_path / "atlas.db.watch.json").read_text()
    assert '"status": "stored"' in state and '"status": "retry"' in state and '"status": "failed"' in state

    third = cli("watch", feeds, "--once", "--db", db)
    assert "not modified" in third.stdout and _articles(db) == [f"{base}/a/1", f"{base}/a/2", f"{base}/a/3"]
    assert "1 not modified" in third.stdout  # the changing feed answered 304 to its ETag


def test_opml_feed_list(cli, db, tmp_path, site):
    opml = tmp_path / "feeds.opml"
    opml.write_text(f"<?xml version='1.0'?><opml version='2.0'><body><outline text='Test' "
                    f"xmlUrl='{site.base}/changing.xml'/></body></opml>")
    result = cli("watch", opml, "--once", "--db", db, "--min-interval", "0", "--timeout", "2")
    assert result.exit_code == 0, result.stderr
    assert _articles(db) == [f"{site.base}/a/1"]


def test_dead_feed_host_is_one_line(cli, db, tmp_path):
    f = tmp_path / "feeds.yaml"
    f.write_text("feeds:\n  - http://127.0.0.1:9/rss.xml\nsettings:\n  retries: 0\n  timeout: 1\n")
    result = cli("watch", f, "--once", "--db", db)
    assert result.exit_code == 1  # every feed failed: cron must hear of it
    assert result.stderr.strip().count("\n") == 0 and "http://127.0.0.1:9" in result.stderr
    assert "1 failed" in result.stdout


def test_warc_html_responses_only(cli, db, tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    (title, text), (title2, text2) = news_articles(2)
    path = tmp_path / "crawl.warc.gz"
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=True)

        def response(url, status, ctype, body):
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))

        w.write_record(w.create_warc_record("https://news.example/a", "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
        response("https://news.example/a", "200 OK", "text/html; charset=utf-8", html_page(title, text))
        response("https://news.example/logo.png", "200 OK", "image/png", b"\x89PNG....")
        response("https://news.example/gone", "404 Not Found", "text/html", b"<html>gone</html>")
        response("https://news.example/menu", "200 OK", "text/html", b"<html><body><nav>Home World</nav></body></html>")
        response("https://news.example/b", "200 OK", "text/html", html_page(title2, text2))
    result = cli("ingest", path, "--db", db)
    assert result.exit_code == 0, result.stderr
    assert _articles(db) == ["https://news.example/a", "https://news.example/b"]
    assert "crawl.warc.gz#https://news.example/menu: HTML page with no article text" in result.stderr
    again = cli("ingest", path, "--db", db)
    assert "0 new article(s), 2 already stored" in again.stdout


def test_broken_warc_is_one_line(cli, db, tmp_path):
    path = tmp_path / "broken.warc"
    path.write_bytes(b"this is not a warc file at all\n" * 10)
    result = cli("ingest", path, "--db", db)
    assert "broken.warc: not a readable WARC/ARC file" in result.stderr


def test_a_watcher_killed_mid_pass_loses_no_item(db, tmp_path, site, cli):
    # The feed answers 304 once its validators are saved: the items not yet stored when the
    # watcher dies must still be found, from the state file, on the next pass.
    feeds = _feeds(tmp_path, site, "many.xml")
    cmd = [sys.executable, "-m", "conflictatlas", "watch", str(feeds), "--once", "--db", str(db)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
        try:
            if db.exists() and len(_articles(db)) >= 3:
                break
        except sqlite3.OperationalError:
            continue  # the schema is being created
    assert proc.poll() is None, "the pass ended before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = len(_articles(db))
    assert 3 <= partial < MANY
    again = cli("watch", feeds, "--once", "--db", db)
    assert again.exit_code == 0, again.stderr
    assert "1 not modified" in again.stdout  # the feed itself had nothing new to say
    # On a loaded machine a page fetch can time out: that item is kept for a retry after its
    # back-off (never lost, never marked stored); here its back-off is made to have passed.
    from conflictatlas.watch import default_state_path

    path = default_state_path(str(db))
    state = json.loads(path.read_text())
    waiting = [it for it in state["items"].values() if it["status"] == "retry"]
    assert all(it.get("reason") for it in waiting)
    if waiting:
        for it in waiting:
            it["next_try"] = 0
        path.write_text(json.dumps(state))
        assert cli("watch", feeds, "--once", "--db", db).exit_code == 0
    assert len(_articles(db)) == MANY
    assert cli("watch", feeds, "--once", "--db", db).stdout.count("0 new item(s)") == 1


def test_a_transient_failure_is_retried_though_the_feed_says_not_modified(cli, db, tmp_path, site, monkeypatch):
    from conflictatlas import watch

    monkeypatch.setattr(watch, "RETRY_AFTER_S", 0.0)  # no back-off wait between the two passes
    feeds = _feeds(tmp_path, site, "stable.xml")
    first = cli("watch", feeds, "--once", "--db", db)
    assert "HTTP 503" in first.stderr and _articles(db) == [f"{site.base}/a/1"]
    second = cli("watch", feeds, "--once", "--db", db)
    assert "1 not modified" in second.stdout
    assert _articles(db) == [f"{site.base}/a/1", f"{site.base}/flaky"]


@pytest.mark.parametrize("settings, needle", [
    ("timeout: abc", "timeout"), ("retries: -1", "retries"), ("retries: 1.5", "retries"),
    ("min_interval: [1]", "min_interval"), ("timout: 3", "unknown setting 'timout'"), ("- 3", "settings"),
])
def test_bad_feed_settings_are_one_line(cli, db, tmp_path, settings, needle):
    f = tmp_path / "feeds.yaml"
    f.write_text(f"feeds:\n  - http://127.0.0.1:9/rss.xml\nsettings:\n  {settings}\n")
    r = cli("watch", f, "--once", "--db", db)
    assert r.exit_code == 1
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "[E001]" in lines[0] and needle in lines[0] and "feeds.yaml" in lines[0]


def test_watch_verbose_logs_each_feed_and_item(db, tmp_path, site, cli):
    import logging

    root = logging.getLogger()
    before = (root.handlers[:], root.level)
    feeds = _feeds(tmp_path, site, "changing.xml")
    try:
        r = cli("watch", feeds, "--once", "--db", db, "-v")
    finally:  # -v configured logging onto the runner's stderr, which is gone after the call
        root.handlers[:], _ = before
        root.setLevel(before[1])
    assert r.exit_code == 0, r.stderr
    log = r.stderr
    assert f"INFO conflictatlas.watch: feed {site.base}/changing.xml: 1 item(s), 1 new" in log
    assert f"INFO conflictatlas.watch: item {site.base}/a/1: stored" in log
    assert "INFO conflictatlas.watch: pass: 1 feed(s)" in log
