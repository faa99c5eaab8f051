#!/usr/bin/env python3
"""Fault injection: SIGKILL `ingest` and `watch --once` at random moments, then check the store.

    .venv/bin/python bench/fault_injection.py              # 20 kills of each, ~25 min on 2 cores
    .venv/bin/python bench/fault_injection.py --runs 3     # a quick look

A feed of real local-news articles (LGL, read in place from ../shared/eval) is served by a
ThreadingHTTPServer on 127.0.0.1, conditional GET and all, each page with a little latency; the
same articles are written as files for `ingest`. A clean run of each command gives the reference
counts. Then, `--runs` times for each command: a fresh store, the command started as a real
process and SIGKILLed at a moment drawn uniformly over the clean run's duration, then checked:

- `PRAGMA integrity_check` is ok;
- whole articles only (each article's stored mention count is its mentions);
- a re-run exits 0 (completes);
- articles, mentions and events equal the clean run's, and so do the event groupings (which
  mentions share an event).

Drawn over the whole run, most kills land while the model loads (nothing stored yet): storing
two dozen short articles takes a fraction of a second. `--focus` aims the kills at the writing
instead: each run is killed as soon as k articles are stored, k drawn uniformly from 1..N (the
store is polled every 20 ms, so the kill lands while later articles, or the feed's validators,
are being written).

Last line: `fault-injection: ingest R/R ok, watch R/R ok (killed after A..B s; N before anything
was stored, M mid-run, K after the run had finished)`.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
CLI = [sys.executable, "-m", "conflictatlas"]


def serve(articles: list[tuple[str, str]], latency: float):
    """The feed and its pages on 127.0.0.1; returns (base URL, stop)."""
    from conftest import html_page

    modified = formatdate(1479900000, usegmt=True)
    state = {"base": ""}

    def rss() -> bytes:
        items = "".join(f"<item><title>Item {i}</title><link>{state['base']}/a/{i}</link>"
                        f"<guid>{state['base']}/a/{i}</guid><pubDate>{modified}</pubDate></item>"
                        for i in range(len(articles)))
        return (f"<?xml version='1.0'?><rss version='2.0'><channel><title>Test Gazette</title>{items}"
                f"</channel></rss>").encode()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            headers: dict[str, str] = {}
            if self.path == "/robots.txt":
                status, body = 200, b"User-agent: *\nAllow: /\n"
            elif self.path == "/feed.xml":
                headers = {"ETag": '"v1"', "Last-Modified": modified}
                if self.headers.get("If-None-Match") == '"v1"':
                    status, body = 304, b""
                else:
                    status, body = 200, rss()
            elif self.path.startswith("/a/"):
                time.sleep(latency)
                status, body = 200, html_page(*articles[int(self.path[3:])])
                headers = {"Content-Type": "text/html; charset=utf-8"}
            else:
                status, body = 404, b""
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
    state["base"] = f"http://127.0.0.1:{server.server_port}"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return state["base"], server.shutdown


def snapshot(db: Path) -> dict:
    con = sqlite3.connect(db)
    try:
        counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "mentions", "events")}
        groups: dict[str, list[str]] = {}
        for mid, eid in con.execute("SELECT id, event_id FROM mentions"):
            groups.setdefault(eid, []).append(mid)
        counts["groupings"] = sorted(sorted(g) for g in groups.values())
        return counts
    finally:
        con.close()


def check(db: Path) -> list[str]:
    """What is wrong with a store a killed process left (nothing, ideally)."""
    if not db.exists():
        return []
    con = sqlite3.connect(db)
    try:
        problems = []
        ok = con.execute("PRAGMA integrity_check").fetchone()[0]
        if ok != "ok":
            problems.append(f"integrity_check: {ok}")
        try:
            broken = con.execute("""SELECT a.id FROM articles a LEFT JOIN mentions m ON m.article_id = a.id
                                    GROUP BY a.id HAVING count(m.id) != max(a.n_mentions)""").fetchall()
        except sqlite3.OperationalError:
            broken = []  # killed before the schema was made
        if broken:
            problems.append(f"{len(broken)} article(s) stored without all their mentions")
        return problems
    finally:
        con.close()


def stored(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)  # never creates the file itself
        try:
            return con.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return 0


def run(cmd: list[str], timeout: float = 900) -> tuple[int, float]:
    start = time.monotonic()
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    return proc.returncode, time.monotonic() - start


def killed(cmd: list[str], after: float, db: Path) -> tuple[str, int]:
    """Start `cmd`, SIGKILL it `after` seconds later (if still running): (when, articles then)."""
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        proc.wait(timeout=after)
        return "finished", stored(db)
    except subprocess.TimeoutExpired:
        n = stored(db)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        return ("before any article" if n == 0 else "mid-run"), n


def killed_at(cmd: list[str], k: int, db: Path) -> tuple[str, int, float]:
    """Start `cmd`, SIGKILL it once `k` articles are stored (if still running): (when, articles then, seconds)."""
    start = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while proc.poll() is None:
        if stored(db) >= k:
            n = stored(db)
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            return "mid-run", n, time.monotonic() - start
        time.sleep(0.02)
    return "finished", stored(db), time.monotonic() - start


def trials(name: str, make_cmd, runs: int, rng: random.Random, work: Path,
           focus: bool = False) -> tuple[int, list[str], list[float]]:
    clean = work / f"{name}-clean.db"
    rc, took = run(make_cmd(clean))
    if rc != 0:
        raise SystemExit(f"{name}: the clean run failed (exit {rc})")
    want = snapshot(clean)
    print(f"{name}: clean run {took:.1f} s: {want['articles']} articles, {want['mentions']} mentions, "
          f"{want['events']} events", flush=True)
    ok, whens, delays = 0, [], []
    for i in range(runs):
        db = work / f"{name}-{i}.db"
        if focus:
            when, n, after = killed_at(make_cmd(db), rng.randint(1, want["articles"]), db)
        else:
            after = rng.uniform(0.2, took)
            when, n = killed(make_cmd(db), after, db)
        problems = check(db)
        rc, _ = run(make_cmd(db))
        if rc != 0:
            problems.append(f"re-run exit {rc}")
        got = snapshot(db) if db.exists() else {}
        for k in ("articles", "mentions", "events", "groupings"):
            if got.get(k) != want[k]:
                problems.append(f"{k} differ from the clean run" + (f" ({got.get(k)} vs {want[k]})" if k != "groupings" else ""))
        ok += not problems
        whens.append(when)
        delays.append(after)
        print(f"{name} {i + 1}/{runs}: killed after {after:.1f} s ({when}, {n} stored): "
              f"{'ok' if not problems else '; '.join(problems)}", flush=True)
        for suffix in ("", "-wal", "-shm", ".watch.json"):
            Path(str(db) + suffix).unlink(missing_ok=True)
    return ok, whens, delays


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=20, help="kills of each command")
    ap.add_argument("--articles", type=int, default=24)
    ap.add_argument("--latency", type=float, default=0.1, help="seconds each page takes to serve")
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--focus", action="store_true",
                    help="kill once k articles are stored (k uniform over 1..N) instead of at a random time")
    args = ap.parse_args()
    from conftest import news_articles

    rng = random.Random(args.seed)
    # The first sentences of each: real, distinct news, quick enough to code that many runs fit.
    arts = [(t, ". ".join(x.split(". ")[:4]) + ".") for t, x in news_articles(args.articles)]
    base, stop = serve(arts, args.latency)
    with tempfile.TemporaryDirectory(prefix="fault-injection-") as tmp:
        work = Path(tmp)
        folder = work / "news"
        folder.mkdir()
        for i, (title, text) in enumerate(arts):
            (folder / f"{i:03d}.txt").write_text(f"{title}\n\n{text}\n", encoding="utf-8")
        feeds = work / "feeds.yaml"
        feeds.write_text(f"feeds:\n  - url: {base}/feed.xml\nsettings:\n  min_interval: 0\n  timeout: 10\n")
        results = {}
        for name, make in (
                ("ingest", lambda db: [*CLI, "ingest", str(folder), "--db", str(db), "--published", "2016-11-25"]),
                ("watch", lambda db: [*CLI, "watch", str(feeds), "--once", "--db", str(db)])):
            results[name] = trials(name, make, args.runs, rng, work, args.focus)
    stop()
    parts, whens, delays = [], [], []
    for name, (ok, w, d) in results.items():
        parts.append(f"{name} {ok}/{args.runs} ok")
        whens += w
        delays += d
    print(f"fault-injection: {', '.join(parts)} (killed after {min(delays):.1f}..{max(delays):.1f} s; "
          f"{whens.count('before any article')} before anything was stored, {whens.count('mid-run')} mid-run, "
          f"{whens.count('finished')} after the run had finished)")


if __name__ == "__main__":
    main()
