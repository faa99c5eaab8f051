#!/usr/bin/env python3
"""A bounded load test of `conflictatlas serve`: 1 worker beside 2, same store, same requests.

    .venv/bin/python bench/load_api.py                      # builds a 300-article store first (~5 min)
    .venv/bin/python bench/load_api.py --db store.db        # an existing store (built if missing)
    .venv/bin/python bench/load_api.py --requests 500       # a quick look

The store holds real local-news articles (LGL, read in place from ../shared/eval), ingested by the
real pipeline. For each worker count the server is started as a real process (`serve --workers N`
on 127.0.0.1) and sent `--requests` requests (default 2,000) by `--concurrency` (default 20)
concurrent httpx clients, a fixed mix drawn once with a seed: event lists with mixed filters
(country, type, status, period, bbox, actor, min_corroboration, paging, GeoJSON), the timeline,
event details, articles and actors. Every answer must be a 200 with JSON (a 4xx/5xx or a transport
error counts as an error).

Last lines:
    workers=1: requests=2000 errors=0 p50_ms=.. p95_ms=.. p99_ms=.. rps=..
    workers=2: requests=2000 errors=0 p50_ms=.. p95_ms=.. p99_ms=.. rps=..
    load: p95_2v1=..  (ratio of p95s in this run; < 1 means 2 workers answer faster)
    {"store": .., "requests": .., "concurrency": ..}
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))


def build(db: Path, n: int) -> None:
    from conftest import news_articles

    from conflictatlas.ingest.readers import article_from_text
    from conflictatlas.pipeline import ingest_items
    from conflictatlas.store import Store

    xml_date = _lgl_dates()
    items = []
    for i, (title, text) in enumerate(news_articles(n)):
        items.append(article_from_text(f"lgl-{i}", text, title=title, published=xml_date[i % len(xml_date)],
                                       outlet=f"Local Paper {i % 37}"))
    t = time.monotonic()
    report = ingest_items(items, Store(db))
    print(f"store: {report.added} articles, {report.mentions} mentions in {time.monotonic() - t:.0f} s", flush=True)


def _lgl_dates() -> list[str]:
    # LGL carries no dates: spread the articles over two years so period filters mean something.
    rng = random.Random(1)
    return [f"20{rng.choice(['15', '16'])}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}" for _ in range(500)]


def requests_mix(db: Path, n: int, seed: int) -> list[tuple[str, dict]]:
    con = sqlite3.connect(db)
    countries = [r[0] for r in con.execute("SELECT country FROM events WHERE country IS NOT NULL "
                                           "GROUP BY country ORDER BY count(*) DESC LIMIT 10")]
    ids = [r[0] for r in con.execute("SELECT id FROM events ORDER BY id")]
    articles = [r[0] for r in con.execute("SELECT id FROM articles ORDER BY id")]
    points = con.execute("SELECT lat, lon FROM events WHERE precision IN ('point', 'city', 'admin2')").fetchall()
    actors = [r[0] for r in con.execute("SELECT actor1 FROM events WHERE actor1 IS NOT NULL "
                                        "GROUP BY actor1 ORDER BY count(*) DESC LIMIT 10")]
    con.close()
    rng = random.Random(seed)
    out: list[tuple[str, dict]] = []
    for _ in range(n):
        kind = rng.random()
        if kind < 0.55:
            p: dict = {}
            for name, gen in (("country", lambda: rng.choice(countries)),
                              ("type", lambda: rng.choice(["ASSAULT", "COERCE", "PROTEST", "ACCUSE"])),
                              ("status", lambda: rng.choice(["occurred", "planned", "occurred,ongoing"])),
                              ("since", lambda: f"2015-{rng.randint(1, 12):02d}-01"),
                              ("until", lambda: f"2016-{rng.randint(1, 12):02d}-28"),
                              ("actor", lambda: rng.choice(actors)),
                              ("min_corroboration", lambda: "1")):
                if rng.random() < 0.3:
                    p[name] = gen()
            if points and rng.random() < 0.3:
                lat, lon = rng.choice(points)
                p["bbox"] = f"{lon - 2},{lat - 2},{lon + 2},{lat + 2}"
            p["limit"] = rng.choice([10, 50, 100])
            p["offset"] = rng.choice([0, 0, 0, 50])
            if rng.random() < 0.2:
                p["format"] = "geojson"
            out.append(("/api/events", p))
        elif kind < 0.7:
            out.append(("/api/timeline", {"country": rng.choice(countries)} if rng.random() < 0.5 else {}))
        elif kind < 0.9:
            out.append((f"/api/events/{rng.choice(ids)}", {}))
        elif kind < 0.95:
            out.append((f"/api/articles/{rng.choice(articles)}", {}))
        else:
            out.append(("/api/actors", {"limit": 50}))
    return out


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def hammer(base: str, mix: list[tuple[str, dict]], concurrency: int) -> tuple[list[float], list[str], float]:
    import httpx

    latencies: list[float] = []
    errors: list[str] = []
    queue = list(reversed(mix))

    async def client():
        async with httpx.AsyncClient(base_url=base, timeout=60) as c:
            while queue:
                path, params = queue.pop()
                t = time.perf_counter()
                try:
                    r = await c.get(path, params=params)
                    r.json()
                    if r.status_code != 200:
                        errors.append(f"{r.status_code} {path} {params}: {r.text[:120]}")
                except Exception as exc:  # a transport error or a body that is not JSON
                    errors.append(f"{exc.__class__.__name__} {path} {params}")
                latencies.append(time.perf_counter() - t)

    start = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(concurrency)))
    return latencies, errors, time.perf_counter() - start


def serve(db: Path, workers: int):
    port = free_port()
    env = {**os.environ}
    env.pop("CONFLICTATLAS_TOKEN", None)
    proc = subprocess.Popen([sys.executable, "-m", "conflictatlas", "serve", "--db", str(db), "--port", str(port),
                             "--workers", str(workers)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    import httpx

    base = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            if httpx.get(f"{base}/api/config", timeout=2).status_code == 200:
                # every worker up: a few more calls so each has loaded what it needs
                for _ in range(4 * workers):
                    httpx.get(f"{base}/api/events", params={"limit": 1}, timeout=30)
                return base, proc
        except httpx.HTTPError:
            pass
        if proc.poll() is not None:
            raise SystemExit(f"serve exited with {proc.returncode}")
        time.sleep(0.2)
    proc.kill()
    raise SystemExit("serve did not answer within 2 minutes")


def pct(xs: list[float], q: float) -> float:
    return statistics.quantiles(xs, n=100, method="inclusive")[q - 1] * 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", type=Path, help="the store to serve (built with --articles LGL articles if missing)")
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--concurrency", type=int, default=20)
    ap.add_argument("--seed", type=int, default=15)
    args = ap.parse_args()
    tmp = None
    db = args.db
    if db is None:
        tmp = tempfile.TemporaryDirectory(prefix="load-api-")
        db = Path(tmp.name) / "load.db"
    if not db.exists():
        build(db, args.articles)
    mix = requests_mix(db, args.requests, args.seed)
    p95 = {}
    for workers in (1, 2):
        base, proc = serve(db, workers)
        try:
            latencies, errors, took = asyncio.run(hammer(base, mix, args.concurrency))
        finally:
            proc.send_signal(signal.SIGTERM)
            proc.wait(30)
        p95[workers] = pct(latencies, 95)
        for e in errors[:5]:
            print(f"  error: {e}")
        print(f"workers={workers}: requests={len(latencies)} errors={len(errors)} p50_ms={pct(latencies, 50):.1f} "
              f"p95_ms={p95[workers]:.1f} p99_ms={pct(latencies, 99):.1f} rps={len(latencies) / took:.0f}", flush=True)
    print(f"load: p95_2v1={p95[2] / p95[1]:.2f}")
    print(json.dumps({"store": str(db), "requests": args.requests, "concurrency": args.concurrency}))
    if tmp is not None:
        tmp.cleanup()


if __name__ == "__main__":
    main()
