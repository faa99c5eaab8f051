"""Store: idempotent ingest, migrations, WAL, and a SIGKILL in the middle of a batch, on SQLite and
PostgreSQL (`store_db`); passwords never shown."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from conflictatlas.store import Store
from conflictatlas.store.schema import MIGRATIONS


def _counts(db):
    with Store(db) as store:
        return store.counts()


def _sql(db, *statements: str) -> list[list[tuple]]:
    """Run SQL on a store of either backend (outside the Store API, as an older version or a user
    with a SQL shell would); the rows of each statement."""
    from sqlalchemy import text

    with Store(db) as store, store.engine.begin() as conn:
        out = []
        for st in statements:
            res = conn.execute(text(st))
            out.append([tuple(r) for r in res] if res.returns_rows else [])
        return out


def _indexes(db) -> set[str]:
    with Store(db) as store, store.engine.connect() as conn:
        return {r[0] for r in conn.exec_driver_sql(
            "SELECT indexname FROM pg_indexes" if conn.dialect.name == "postgresql"
            else "SELECT name FROM sqlite_master WHERE type = 'index'")}


def test_ingest_twice_same_counts(cli, store_db, example_path):
    first = cli("ingest", example_path, "--db", store_db)
    assert first.exit_code == 0, first.stderr
    after_one = _counts(store_db)
    assert after_one["articles"] == 1 and after_one["mentions"] > 0
    second = cli("ingest", example_path, "--db", store_db)
    assert "0 new article(s), 1 already stored" in second.stdout
    assert _counts(store_db) == after_one
    assert f"database: {store_db.removeprefix('postgresql://')}" in second.stdout.replace("postgresql://", "")


def test_schema_versioned_and_wal(store_db):
    Store(store_db).close()
    assert _sql(store_db, "SELECT version FROM migrations ORDER BY version")[0] == [(m[0],) for m in MIGRATIONS]
    assert {"ix_events_date", "ix_events_country_date", "ix_events_type", "ix_events_latlon"} <= _indexes(store_db)
    if "://" not in store_db:
        con = sqlite3.connect(store_db)
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        con.close()
    assert Store(store_db).migrate() == []  # reopening applies nothing twice


def test_v4_backfills_spans_of_an_older_store(cli, store_db, example_path):
    # A store made before v4 has no span_days; opening it adds and fills the column and the
    # period indexes, and reading it gives what a store made at v4 gives.
    assert cli("ingest", example_path, "--db", store_db).exit_code == 0
    before = cli("events", "--db", store_db, "--format", "jsonl", "--since", "2016-11-01", "--until", "2016-11-30").stdout
    want = _sql(store_db, "SELECT id, span_days FROM events ORDER BY id")[0]
    assert want and all(span is not None for _, span in want)
    _sql(store_db, *(f"DROP INDEX {ix}" for ix in ("ix_events_span", "ix_events_country_days", "ix_events_days")),
         "ALTER TABLE events DROP COLUMN span_days", "DELETE FROM migrations WHERE version = 4")
    assert Store(store_db).migrate() == [] and _indexes(store_db) >= {"ix_events_span", "ix_events_days"}
    assert _sql(store_db, "SELECT id, span_days FROM events ORDER BY id")[0] == want
    assert cli("events", "--db", store_db, "--format", "jsonl", "--since", "2016-11-01", "--until", "2016-11-30").stdout == before


def test_postgres_urls_and_masked_passwords(pg_server, cli, example_path):
    """postgres:// and postgresql:// both open the store; the password appears in no message."""
    url = pg_server.database()
    with_password = url.replace("atlas@", "atlas:s3cret-pw@")  # trust auth: the password is not checked
    short = with_password.replace("postgresql://", "postgres://")
    out = cli("ingest", example_path, "--db", short)
    assert out.exit_code == 0, out.stderr
    assert "s3cret-pw" not in out.stdout + out.stderr and "atlas:***@127.0.0.1" in out.stdout
    assert Store(with_password).counts()["articles"] == 1 and Store(with_password).url.count("***") == 1
    # A server that is not there: a one-line error naming the database, without the password.
    down = cli("events", "--db", f"postgresql://atlas:s3cret-pw@127.0.0.1:{_closed_port()}/x")
    assert down.exit_code == 1 and "s3cret-pw" not in down.stdout + down.stderr
    assert down.stderr.startswith("conflictatlas: [E400]") and "atlas:***@127.0.0.1" in down.stderr
    assert len(down.stderr.strip().splitlines()) == 1


def _closed_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # free now, and nothing listens on it


def test_db_location_rule(tmp_path, cli, example_path, monkeypatch):
    env_db = tmp_path / "from-env.db"
    monkeypatch.setenv("CONFLICTATLAS_DB", str(env_db))
    assert cli("ingest", example_path).exit_code == 0
    assert _counts(env_db)["articles"] == 1
    flag_db = tmp_path / "from-flag.db"
    assert cli("ingest", example_path, "--db", flag_db).exit_code == 0  # --db wins over the variable
    assert _counts(flag_db)["articles"] == 1
    from conflictatlas.config import db_path

    monkeypatch.delenv("CONFLICTATLAS_DB")
    assert db_path(None).name == "conflictatlas.db" and "conflictatlas" in str(db_path(None).parent)


def _corpus(tmp_path, example_path, n):
    base = example_path.read_text(encoding="utf-8")
    folder = tmp_path / "corpus"
    folder.mkdir()
    for i in range(n):
        # Distinct content (so distinct ids), same events.
        (folder / f"copy{i:04d}.txt").write_text(f"Repost number {i}\n\n{base}", encoding="utf-8")
    return folder


def _children(pid: int) -> list[int]:
    out = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        out += [int(c) for c in (task / "children").read_text().split()]
    return out


def test_sigkill_midway_leaves_whole_articles_and_rerun_completes(tmp_path, example_path):
    # Coded in two worker processes and stored in batches of 64: the kill lands while the first
    # batch is being stored, and the workers leave with their parent. The re-run codes in-process.
    n = 72
    folder = _corpus(tmp_path, example_path, n)
    db = tmp_path / "killed.db"
    cmd = [sys.executable, "-m", "conflictatlas", "ingest", str(folder), "--db", str(db), "--workers", "2"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
        if db.exists():
            try:
                con = sqlite3.connect(db)
                stored = con.execute("SELECT count(*) FROM articles").fetchone()[0]
            except sqlite3.OperationalError:
                continue  # schema not created yet
            finally:
                con.close()
            if stored >= 5:
                break
    assert proc.poll() is None, "ingest finished before it could be killed; raise n"
    workers = _children(proc.pid)
    assert len(workers) >= 2  # the coding processes
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 30
    while any(Path(f"/proc/{w}").exists() for w in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not [w for w in workers if Path(f"/proc/{w}").exists()], "worker processes outlived the killed ingest"
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    partial = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert 5 <= partial < n
    # Only whole articles: each article's mention count was written in the same transaction.
    broken = con.execute("""SELECT a.id FROM articles a LEFT JOIN mentions m ON m.article_id = a.id
                            GROUP BY a.id HAVING count(m.id) != max(a.n_mentions)""").fetchall()
    assert broken == []
    per_article = con.execute("SELECT DISTINCT n_mentions FROM articles").fetchall()
    assert len(per_article) == 1 and per_article[0][0] > 0
    con.close()
    rerun = subprocess.run([*cmd[:-1], "1"], check=False, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{partial} already stored" in rerun.stdout
    counts = _counts(db)
    assert counts["articles"] == n
    assert counts["mentions"] == n * per_article[0][0]
    # The copies retell one article: their mentions join its events, killed run or not.
    con = sqlite3.connect(db)
    one = con.execute("SELECT count(DISTINCT event_id) FROM mentions WHERE article_id = "
                      "(SELECT id FROM articles WHERE duplicate_of IS NULL)").fetchone()[0]
    con.close()
    assert counts["events"] == one > 0


def test_storing_an_article_scans_no_table(tmp_path, example_path):
    """Every statement storing an article (an original, a copy, articles of other stories) finds its
    rows by an index (SQLite's plan: SEARCH, never SCAN): a scan costs time in proportion to the
    store, so storing would slow as the store grows. Before v7 `copies_of` scanned the articles,
    the plan links by outcome and the splits scanned theirs."""
    from conftest import news_articles
    from sqlalchemy import event

    from conflictatlas.ingest.readers import article_from_text
    from conflictatlas.pipeline import ingest, ingest_items

    db = tmp_path / "plans.db"
    store = Store(db)
    ingest([example_path], store, published="2016-11-25")
    statements = []

    @event.listens_for(store.engine, "before_cursor_execute")
    def _grab(conn, cursor, statement, params, context, executemany):
        if not executemany and statement.lstrip().upper().startswith(("SELECT", "UPDATE", "DELETE")):
            statements.append((statement, params))

    body = example_path.read_text(encoding="utf-8").split("\n", 1)[1]
    items = [article_from_text(f"lgl-{i}.txt", text, title=title, published="2016-11-26")
             for i, (title, text) in enumerate(news_articles(3))]
    items.append(article_from_text("repost.txt", body, title="A new headline", published="2016-11-26"))
    ingest_items(items, store)
    store.close()
    assert len(statements) > 20
    con = sqlite3.connect(db)
    # Without statistics the plan says whether an index serves the lookup at all; with a tiny
    # store's (PRAGMA optimize on close) the planner rightly scans a table of ten rows.
    if con.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone():
        con.execute("DELETE FROM sqlite_stat1")
        con.commit()
        con.close()
        con = sqlite3.connect(db)
    scans = {" ".join(st.split()): [r[3] for r in con.execute(f"EXPLAIN QUERY PLAN {st}", params)
                                    if r[3].startswith("SCAN")]
             for st, params in statements}
    con.close()
    found = {st: plan for st, plan in scans.items() if plan}
    assert not found, "\n".join(f"{plan}: {st}" for st, plan in found.items())


def test_an_event_dated_by_its_report_counts_on_the_reports_day_as_undated(tmp_path):
    # Codebook 6: no time in the text, so the event is dated by its report (the report's day and
    # the day before it); the timeline counts it on the report's day and says it is undated.
    from conflictatlas.pipeline import ingest_items
    from conflictatlas.records import Article, content_id
    from conflictatlas.store.query import EventQuery

    store = Store(str(tmp_path / "t.db"))
    dated = "Police arrested 12 protesters in Cairo on Monday."
    undated = "Police arrested four journalists in Alexandria."
    ingest_items([Article(id=content_id(t), text=t, source=f"{n}.txt", published="2016-11-25")
                  for n, t in enumerate((dated, undated))], store)
    days = {d["date"]: d for d in store.daily_counts(EventQuery(min_confidence=0))}
    assert days["2016-11-21"]["count"] == 1 and days["2016-11-21"]["undated"] == 0  # the Monday before
    assert days["2016-11-25"]["count"] == 1 and days["2016-11-25"]["undated"] == 1
    [e] = [e for e in store.events(EventQuery(min_confidence=0)) if e["date"]["precision"] == "reported"]
    assert (e["date"]["start"], e["date"]["end"]) == ("2016-11-24", "2016-11-25")
    store.close()
