#!/usr/bin/env python3
"""API latency on a store of synthetic-but-realistic events (default 1,000,000), over real HTTP.

    .venv/bin/python bench/bench_api.py                 # 1,000,000 events (~3 min to build)
    .venv/bin/python bench/bench_api.py --events 100000
    .venv/bin/python bench/bench_api.py --postgres      # on a throwaway PostgreSQL server (tests/pgserver.py)
    .venv/bin/python bench/bench_api.py --db postgresql://user@host/emptydb

Events are drawn like a real conflict dataset's: countries weighted by a long tail (a few
countries hold most events), places among the gazetteer's towns of that country, dates over
ten years, PLOVER types and statuses in news-like proportions. They are written straight into the
events table (the merge stage is measured by bench_merge.py), without mentions, so the queries ask
for `min_confidence=0`: the API's default minimum confidence would keep only events with a mention
that confident (an EXISTS on the indexed mentions table), and these have none. The server is uvicorn on 127.0.0.1;
queries go through httpx. Baseline in the same run: `GET /api/config` (no database work).

Last lines:
    country_month: p50_ms=.. p95_ms=..
    bbox: p50_ms=.. p95_ms=..
    baseline: p50_ms=.. p95_ms=..
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))


def build(db: str, n: int, seed: int = 7) -> list[str]:
    from conflictatlas.records import DATE_PREC
    from conflictatlas.store import Store, schema  # noqa: F401  (creates the schema)

    store = Store(db)
    from conflictatlas.geo.gazetteer import _connection

    rng = random.Random(seed)
    towns: dict[str, list[tuple]] = {}
    for gid, name, cc, admin1, lat, lon in _connection().execute(
            "SELECT geonameid, name, country, admin1, lat, lon FROM places WHERE kind = 'city' AND population > 20000"):
        towns.setdefault(cc, []).append((gid, name, admin1, lat, lon))
    countries = sorted(towns, key=lambda c: -len(towns[c]))[:120]
    weights = [1 / (i + 1) for i in range(len(countries))]
    types = ["ASSAULT"] * 6 + ["PROTEST"] * 3 + ["COERCE"] * 2 + ["MOBILIZE", "THREATEN", "AGREE", "ACCUSE"]
    statuses = ["occurred"] * 8 + ["planned", "threatened", "hypothetical"]
    start = date(2015, 1, 1)
    con = store.engine.raw_connection()
    rows = []
    for i in range(n):
        cc = rng.choices(countries, weights)[0]
        gid, name, admin1, lat, lon = rng.choice(towns[cc])
        day = start + timedelta(days=rng.randrange(3650))
        d0, d1, prec = _when(rng, day)
        t, st = rng.choice(types), rng.choice(statuses)
        eid = f"e{i:08d}"
        data = {"id": eid, "event_type": t, "status": st, "mode": None,
                "actor1": {"text": "Unidentified armed group", "name": "Unidentified armed group", "country": None,
                           "type": "militia", "parent": None}, "actor2": None,
                "place": {"text": name, "name": name, "geonameid": gid, "country": cc, "admin1": admin1, "lat": lat,
                          "lon": lon, "precision": "city", "where_prec": 1},
                "date": {"start": d0, "end": d1, "precision": prec, "date_prec": DATE_PREC.get(prec)}, "fatalities": {},
                "mentions": [eid], "sources": [f"Outlet {i % 300}"], "first_reported": d1, "corroboration": 1}
        rows.append((eid, t, st, "Unidentified armed group", name, gid, cc, admin1, lat, lon, "city", 1, d0, d1, prec,
                     DATE_PREC.get(prec), 1, d1, 1, json.dumps(data), d0 or d1, d1, _span(d0, d1)))
        if len(rows) == 50_000:
            _insert(con, rows)
            rows = []
    _insert(con, rows)
    con.commit()
    if store.engine.dialect.name == "postgresql":
        # What autovacuum does to a table after a bulk load: statistics, and the visibility map
        # without which PostgreSQL's index-only scans read the table anyway.
        con.driver_connection.autocommit = True
        con.cursor().execute("VACUUM ANALYZE events")
    else:
        con.cursor().execute("ANALYZE")
        con.commit()
    con.close()
    store.close()
    return countries


def _when(rng: random.Random, day: date) -> tuple[str | None, str, str | None]:
    """Dates as the coder gives them: mostly a day, some a week, month or year (a year spans 365
    days, which widens every period query's index range), some only "before the report"."""
    r = rng.random()
    if r < 0.80:
        return day.isoformat(), day.isoformat(), "day"
    if r < 0.85:
        monday = day - timedelta(days=day.weekday())
        return monday.isoformat(), (monday + timedelta(days=6)).isoformat(), "week"
    if r < 0.93:
        first = day.replace(day=1)
        last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        return first.isoformat(), last.isoformat(), "month"
    if r < 0.95:
        return date(day.year, 1, 1).isoformat(), date(day.year, 12, 31).isoformat(), "year"
    return None, day.isoformat(), None


def _span(d0: str | None, d1: str) -> int:
    return (date.fromisoformat(d1) - date.fromisoformat(d0)).days if d0 else 0


COLUMNS = ("id, event_type, status, actor1, place, geonameid, country, admin1, lat, lon, precision, where_prec, "
           "date_start, date_end, date_precision, date_prec, corroboration, first_reported, n_mentions, data, "
           "window_start, window_end, span_days")


def _insert(con, rows):
    """Rows straight into the events table: COPY on PostgreSQL, executemany on SQLite (DBAPI level)."""
    cur = con.cursor()
    if hasattr(cur, "copy"):  # psycopg 3
        with cur.copy(f"COPY events ({COLUMNS}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
    else:  # the store's SQLite connections leave transactions to the caller (store/engine.py)
        cur.execute("BEGIN")
        cur.executemany(f"INSERT INTO events ({COLUMNS}) VALUES ({','.join('?' * 23)})", rows)
    con.commit()


def _check_totals(client, db: str, params) -> None:
    """The API's totals equal a plain count of the period's definition (the index bound loses nothing)."""
    from sqlalchemy import text

    from conflictatlas.store import Store

    store = Store(db)
    with store.engine.connect() as conn:
        for _ in range(20):
            p = params()
            want = conn.execute(text("SELECT count(*) FROM events WHERE country = :c AND coalesce(date_end, date_start) "
                                     ">= :s AND coalesce(date_start, date_end) <= :u"),
                                {"c": p["country"], "s": p["since"], "u": p["until"]}).scalar_one()
            got = client.get("/api/events", params=p).json()["total"]
            assert got == want, (p, got, want)
    store.close()
    print("totals: 20 country+month queries equal a plain count")


def _size(db: str) -> int:
    from conflictatlas.store import Store

    store = Store(db)
    if store.path is not None:
        return store.path.stat().st_size
    with store.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT pg_database_size(current_database())").scalar_one()


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--postgres", action="store_true", help="on a throwaway PostgreSQL server started here")
    ap.add_argument("--db", help="an empty database to fill (a PostgreSQL URL); default a SQLite file in a temp folder")
    args = ap.parse_args(argv)
    import httpx
    from conftest import serve_app

    from conflictatlas.api import create_app
    from conflictatlas.store import Store

    server = None
    if args.postgres:
        from pgserver import PgServer

        server = PgServer(durable=True)
        server.start()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or (server.database("bench") if server else str(Path(tmp) / "big.db"))
        t0 = time.perf_counter()
        countries = build(db, args.events)
        print(f"built {args.events} events in {time.perf_counter() - t0:.0f} s ({_size(db) / 1e6:.0f} MB) "
              f"in {Store(db).engine.dialect.name}")
        base, stop = serve_app(create_app(Store(db)))
        rng = random.Random(1)
        try:
            with httpx.Client(base_url=base, timeout=60) as c:
                def timed(path, params):
                    out = []
                    for _ in range(args.queries):
                        p = params()
                        t = time.perf_counter()
                        r = c.get(path, params=p)
                        out.append((time.perf_counter() - t) * 1000)
                        assert r.status_code == 200, r.text
                    return out

                def country_month():
                    y, m = rng.randrange(2015, 2025), rng.randrange(1, 13)
                    end = (date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1)).isoformat()
                    return {"country": rng.choice(countries[:30]), "since": f"{y}-{m:02d}-01", "until": end,
                            "min_confidence": 0}

                def bbox():
                    lon, lat = rng.uniform(-10, 60), rng.uniform(0, 50)
                    return {"bbox": f"{lon},{lat},{lon + 2},{lat + 2}", "min_confidence": 0}

                timed("/api/config", dict)  # warm-up
                _check_totals(c, db, country_month)
                results = {"country_month": timed("/api/events", country_month), "bbox": timed("/api/events", bbox),
                           "baseline": timed("/api/config", dict)}
        finally:
            stop()
            if server:
                server.stop()
    for name, ms in results.items():
        ms.sort()
        print(f"{name}: p50_ms={statistics.median(ms):.1f} p95_ms={ms[int(0.95 * len(ms)) - 1]:.1f}")


if __name__ == "__main__":
    main()
