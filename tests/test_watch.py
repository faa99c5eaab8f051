"""Feeds and pages from a real HTTP server on 127.0.0.1, fetched by the real watcher; WARC input."""

from __future__ import annotations

import io
import sqlite3
import threading
import time
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from conftest import html_page, news_articles


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
    assert result.exit_code == 0
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
