#!/usr/bin/env python3
"""Scale-out figures, all ratios measured in one run against baselines of the same run.

    .venv/bin/python bench/bench_scale.py            # 588 LGL articles per ingest; stores of 10k and 100k articles
    .venv/bin/python bench/bench_scale.py --quick    # 128 articles per ingest (a few minutes on 2 cores)
    .venv/bin/python bench/bench_scale.py --repeat 2 # each ingest twice, alternating widths; the fastest counts

1. Parallel ingest: `conflictatlas ingest DIR --workers 1` and `--workers 2` as a user runs them
   (a fresh process each, model loading included), on SQLite and on PostgreSQL, and `--dask local`
   with a LocalCluster of 1 and of 2 worker processes on PostgreSQL; each ratio is the 1-worker wall
   time over the 2-worker one. Every run, and one with 4 workers on each backend, must store the
   same events (checked: sorted event ids, mention groupings and event data).
2. A large store: synthetic articles (random text, 1-3 mentions each copied from real coded LGL
   mentions and moved to the article's day, each its own event, LSH bands and signatures) written
   straight into the tables, on PostgreSQL: one store of 10,000 articles over one year and one of
   100,000 over ten (the same density: a store grows by years of news).
   On each: the start of a fresh process (open the store, store one coded article: what used to
   rebuild the in-memory LSH index) and the rate of storing 95 (quick: 43) real coded articles, in
   three rounds alternating between the two stores after 5 articles stored in each (the fastest
   round of each counts).

The PostgreSQL server is a throwaway one started here (tests/pgserver.py; fsync on). The machine's
load average is printed first and last: on a shared machine the ratios are only as good as the quiet.

Last line:
    scale: sqlite_2v1=X postgres_2v1=Y dask_2v1=Z start_100k_s=S rate_100k_vs_10k=R
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
LGL = ROOT.parent / "shared" / "eval" / "geo" / "lgl.xml"
PUBLISHED = "2009-03-02"
MEASURED = "2014-06-15"  # the day the articles measured on the large stores were published


def lgl_texts() -> list[str]:
    return [t for a in ET.parse(LGL).getroot().iter("article") if (t := (a.findtext("text") or "").strip())]


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


# --- 1. parallel ingest ------------------------------------------------------------------------

def ingest_wall(folder: Path, db: str, workers: int, dask: bool = False) -> float:
    cmd = [sys.executable, "-m", "conflictatlas", "ingest", str(folder), "--db", db, "--published", PUBLISHED,
           "--workers", str(workers), *(["--dask", "local"] if dask else [])]
    t = time.perf_counter()
    res = subprocess.run(cmd, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - t
    if res.returncode != 0:
        sys.exit(f"bench_scale: {' '.join(cmd)} failed:\n{res.stderr[-2000:]}")
    return wall


def state_digest(db: str) -> str:
    from sqlalchemy import select

    from conflictatlas.store import Store, schema

    store = Store(db)
    with store.engine.connect() as conn:
        groups: dict[str, list[str]] = {}
        for mid, eid in conn.execute(select(schema.mentions.c.id, schema.mentions.c.event_id)):
            groups.setdefault(eid, []).append(mid)
        data = sorted(tuple(r) for r in conn.execute(select(schema.events.c.id, schema.events.c.data)))
    store.close()
    key = json.dumps([sorted(groups), sorted(sorted(g) for g in groups.values()), data])
    return f"{len(groups)} events, {hashlib.sha256(key.encode()).hexdigest()[:12]}"


def parallel(folder: Path, tmp: Path, server, repeat: int = 1) -> dict[str, float]:
    """Each ratio from the fastest of `repeat` runs of each width, 1 and 2 workers alternating, so a
    slow spell of a shared machine falls on both or on neither (the minimum, as timeit takes)."""
    out, digests = {}, {}
    for name, make, dask in (("sqlite", lambda w, k: str(tmp / f"w{w}-{k}.db"), False),
                             ("postgres", lambda w, k: server.database(f"w{w}"), False),
                             ("dask", lambda w, k: server.database(f"d{w}"), True)):
        walls: dict[int, list[float]] = {1: [], 2: []}
        for k in range(repeat):
            for w in (1, 2):
                db = make(w, k)
                walls[w].append(ingest_wall(folder, db, w, dask))
                digests[f"{name}/{w}/{k}"] = state_digest(db)
                print(f"{name} workers={w}: {walls[w][-1]:.1f} s (load {load()}); {digests[f'{name}/{w}/{k}']}",
                      flush=True)
        out[name] = min(walls[1]) / min(walls[2])
        if not dask:  # four workers too, for the events alone (on two cores they are not faster)
            db = make(4, "x")
            ingest_wall(folder, db, 4)
            digests[f"{name}/4"] = state_digest(db)
            print(f"{name} workers=4: {digests[f'{name}/4']}", flush=True)
    same = len(set(digests.values())) == 1
    print(f"same events in all {len(digests)} runs: {'yes' if same else 'NO: ' + json.dumps(digests)}", flush=True)
    return out


# --- 2. a large store --------------------------------------------------------------------------

def coded(texts: list[str], published: str) -> list:
    from conflictatlas.ingest.readers import article_from_text
    from conflictatlas.nlp import code_articles

    arts = [article_from_text(f"bench-{i}.txt", t, published=published) for i, t in enumerate(texts)]
    return [(c.article, c.mentions) for c in code_articles(arts)]


def _shift(m: dict, days: int) -> dict:
    d = m["date"]
    for k in ("start", "end"):
        if d.get(k):
            d[k] = (date.fromisoformat(d[k][:10]) + timedelta(days=days)).isoformat()
    return m


def _prepared(templates: list[dict]) -> list[tuple]:
    """Each template mention with the rows it gives as an event of its own (derived once)."""
    from conflictatlas import merge
    from conflictatlas.records import EventMention
    from conflictatlas.store.merging import _days, _window
    from conflictatlas.store.rows import event_row, mention_row

    out = []
    for t in templates:
        m = EventMention.from_dict(t)
        ref = merge.MentionRef(m, merge.ArticleMeta("a", PUBLISHED, "Outlet", "outlet", "doc"))
        event = merge.derive_event(m.id, [ref], {}, [], []).to_dict()
        erow = event_row(merge.derive_event(m.id, [ref], {}, [], []))
        erow["window_start"], erow["window_end"] = _window([ref])
        erow["window_days"] = _days(erow["window_start"], erow["window_end"])
        out.append((t, mention_row(m, m.id), event, erow))
    return out


def _day(value: str | None, days: int) -> str | None:
    return (date.fromisoformat(value[:10]) + timedelta(days=days)).isoformat() if value else None


def synthetic_rows(n: int, templates: list, seed: int = 11):
    """Rows of n synthetic articles, their signatures, bands, mentions and events, 5,000 at a time:
    each mention a real coded one moved to the article's day, its event derived as merging would."""
    import numpy as np

    rng = random.Random(seed)
    nprng = np.random.default_rng(seed)
    prepared = _prepared(templates)
    words = [f"w{i}" for i in range(5000)]
    # The store grows as a backfill does, by years at the same density (10,000 articles a year):
    # around the day the measured articles tell of, a store of 100,000 holds as many candidate
    # events as one of 10,000, so what differs is the store's size alone.
    days, end, published = 365 * max(1, n // 10_000), date(2015, 1, 1), date.fromisoformat(PUBLISHED)
    chunk: dict[str, list] = {k: [] for k in ("articles", "signatures", "lsh_bands", "mentions", "events")}
    for i in range(n):
        aid = f"{i:032x}"
        day = end - timedelta(days=1 + rng.randrange(days))
        shift = (day - published).days
        outlet = f"Outlet {i % 500}"
        mentions = {}
        for t, mrow, event, erow in rng.sample(prepared, rng.randint(1, 3)):
            ev = t["evidence"]
            mid = hashlib.sha256(f"{aid}:{ev['start']}:{ev['trigger_start']}:{t['event_type']}".encode()).hexdigest()[:24]
            if mid in mentions:
                continue
            d = {**t, "evidence": {**ev, "article_id": aid},
                 "date": {**t["date"], "start": _day(t["date"]["start"], shift), "end": _day(t["date"]["end"], shift)}}
            e = {**event, "id": mid, "mentions": [mid], "date": {**event["date"], "start": _day(event["date"]["start"], shift),
                                                              "end": _day(event["date"]["end"], shift)},
                 "first_reported": day.isoformat(), "sources": [outlet],
                 "merge_reasons": [{"mention": mid, "article": aid}]}
            mentions[mid] = {**mrow, "id": mid, "article_id": aid, "event_id": mid, "date_start": d["date"]["start"],
                             "date_end": d["date"]["end"], "data": json.dumps(d),
                             "merge_reasons": '{"reason": "first report"}'}
            chunk["events"].append({**erow, "id": mid, "date_start": e["date"]["start"], "date_end": e["date"]["end"],
                                    "first_reported": e["first_reported"], "data": json.dumps(e),
                                    "window_start": _day(erow["window_start"], shift),
                                    "window_end": _day(erow["window_end"], shift)})
        chunk["mentions"] += mentions.values()
        chunk["articles"].append({
            "id": aid, "doc": f"syn{i}", "source": f"syn{i}", "url": None, "canonical_url": None,
            "outlet": outlet, "title": None, "author": None, "published": day.isoformat(),
            "language": "en", "original_outlet": None, "duplicate_of": None, "origin": outlet.lower(),
            "provenance": "{}", "text": " ".join(rng.choices(words, k=120)), "n_mentions": len(mentions),
            "ingested_at": "2024-01-01T00:00:00+00:00"})
        chunk["signatures"].append({"article_id": aid, "minhash": nprng.integers(0, 2**32, 128, dtype=np.uint64).tobytes()})
        chunk["lsh_bands"] += [{"band_key": k, "article_id": aid}
                               for k in set(nprng.integers(-2**63, 2**63 - 1, 37, dtype=np.int64).tolist())]
        if (i + 1) % 5000 == 0 or i == n - 1:
            yield chunk
            chunk = {k: [] for k in chunk}


def bulk_load(url: str, n: int, templates: list) -> float:
    """Write n synthetic articles into an empty store; seconds taken."""
    from conflictatlas.store import Store, schema

    store = Store(url)
    raw = store.engine.raw_connection()
    t = time.perf_counter()
    # The bands' primary key is built once at the end: random keys inserted one by one into a
    # growing B-tree take most of the loading time otherwise. The store ends up the same.
    raw.cursor().execute("ALTER TABLE lsh_bands DROP CONSTRAINT lsh_bands_pkey")
    for chunk in synthetic_rows(n, templates):
        cur = raw.cursor()
        for table in ("articles", "signatures", "lsh_bands", "mentions", "events"):
            cols = [c.name for c in schema.metadata.tables[table].columns]
            with cur.copy(f"COPY {table} ({', '.join(cols)}) FROM STDIN") as copy:
                for row in chunk[table]:
                    copy.write_row([row.get(c) for c in cols])
        raw.commit()
    raw.cursor().execute("ALTER TABLE lsh_bands ADD PRIMARY KEY (band_key, article_id)")
    raw.cursor().execute("ANALYZE")
    raw.commit()
    raw.close()
    store.close()
    return time.perf_counter() - t


START = """
import json, sys, time
t0 = time.perf_counter()
from conflictatlas.records import Article, EventMention
from conflictatlas.store import Store
t1 = time.perf_counter()
item = json.loads(open(sys.argv[2]).read())
store = Store(sys.argv[1])
store.add_article(Article.from_dict(item["article"]), [EventMention.from_dict(m) for m in item["mentions"]])
print(json.dumps({"import_s": t1 - t0, "start_s": time.perf_counter() - t1}))
"""


def rekeyed(items: list, tag: str) -> list:
    """The coded articles as new articles (new ids): the same content for each store measured."""
    from conflictatlas.records import Article, EventMention

    out = []
    for article, mentions in items:
        d = article.to_dict()
        d["id"] = hashlib.sha256(f"{tag}:{article.id}".encode()).hexdigest()[:32]
        ms = []
        for m in mentions:
            md = m.to_dict()
            md["evidence"]["article_id"] = d["id"]
            ms.append(EventMention.from_dict(md))
        out.append((Article.from_dict(d), ms))
    return out


def large_store(server, tmp: Path, templates: list, extra: list, sizes: list[int], rounds: int = 3) -> dict:
    """Start time and storing rate on each store size. The rate is measured in `rounds` rounds that
    alternate between the stores (after a few articles stored in each to warm its caches), and the
    fastest round of each is taken: a store just bulk-loaded, or a busy spell of the machine, would
    otherwise decide the ratio."""
    from conflictatlas.store import Store

    out: dict[str, list] = {"start": [], "rate": []}
    urls = {}
    for size in sizes:
        urls[size] = url = server.database(f"s{size}")
        print(f"store of {size} articles: built in {bulk_load(url, size, templates):.0f} s (load {load()})", flush=True)
    stores, todo = {}, {}
    for size, url in urls.items():
        starts = []
        for k in range(3):
            (article, mentions), = rekeyed(extra[k:k + 1], f"start{size}")
            item = tmp / "start.json"
            item.write_text(json.dumps({"article": article.to_dict(), "mentions": [m.to_dict() for m in mentions]}))
            res = subprocess.run([sys.executable, "-c", START, url, str(item)], capture_output=True, text=True,
                                 check=True)
            starts.append(json.loads(res.stdout))
        out["start"].append(statistics.median(s["start_s"] for s in starts))
        print(f"store of {size} articles: start {out['start'][-1]:.2f} s (imports {starts[0]['import_s']:.2f} s, "
              f"not counted)", flush=True)
        stores[size] = Store(url)
        for article, mentions in rekeyed(extra[3:8], f"warm{size}"):
            stores[size].add_article(article, mentions)
        todo[size] = rekeyed(extra[8:], f"rate{size}")
    per = max(1, len(todo[sizes[0]]) // rounds)
    rates: dict[int, list[float]] = {size: [] for size in sizes}
    for r in range(rounds):
        for size in sizes:
            part = todo[size][r * per:(r + 1) * per]
            t = time.perf_counter()
            for article, mentions in part:
                stores[size].add_article(article, mentions)
            rates[size].append(len(part) / (time.perf_counter() - t))
            print(f"store of {size} articles, round {r + 1}: {rates[size][-1]:.1f} articles/s (load {load()})",
                  flush=True)
    for size in sizes:
        stores[size].close()
        out["rate"].append(max(rates[size]))
    return out


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="128 articles per ingest, 43 for the rate")
    ap.add_argument("--articles", type=int, help="articles per ingest [588; --quick: 128]")
    ap.add_argument("--sizes", default="10000,100000", help="the two store sizes (the last line names 10k and 100k)")
    ap.add_argument("--repeat", type=int, default=1, help="runs of each ingest width, the fastest taken [1]")
    args = ap.parse_args(argv)
    sizes = [int(x) for x in args.sizes.split(",")]
    from pgserver import PgServer

    print(f"load average at start: {load()} on {os.cpu_count()} cores", flush=True)
    texts = lgl_texts()
    n = args.articles or (128 if args.quick else len(texts))
    server = PgServer(durable=True)
    server.start()
    try:
        with tempfile.TemporaryDirectory() as tmp_name:
            tmp = Path(tmp_name)
            folder = tmp / "lgl"
            folder.mkdir()
            for i, t in enumerate(texts[:n]):
                (folder / f"{i:04d}.txt").write_text(t, encoding="utf-8")
            ratios = parallel(folder, tmp, server, args.repeat)
            n_templates, n_extra = (60, 51) if args.quick else (200, 103)
            templates = [m.to_dict() for _, ms in coded(texts[-n_templates:], PUBLISHED) for m in ms]
            extra = coded(texts[-n_templates - n_extra:-n_templates], MEASURED)
            big = large_store(server, tmp, templates, extra, sizes)
    finally:
        server.stop()
    print(f"load average at end: {load()}")
    print(f"scale: sqlite_2v1={ratios['sqlite']:.2f} postgres_2v1={ratios['postgres']:.2f} "
          f"dask_2v1={ratios['dask']:.2f} start_100k_s={big['start'][-1]:.2f} "
          f"rate_100k_vs_10k={big['rate'][-1] / big['rate'][0]:.2f}")


if __name__ == "__main__":
    main()
