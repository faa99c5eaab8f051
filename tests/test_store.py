"""Store: idempotent ingest, migrations, WAL, and a SIGKILL in the middle of a batch."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

from conflictatlas.store import Store
from conflictatlas.store.schema import MIGRATIONS


def _counts(db):
    con = sqlite3.connect(db)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "mentions", "events")}
    finally:
        con.close()


def test_ingest_twice_same_counts(cli, db, example_path):
    first = cli("ingest", example_path, "--db", db)
    assert first.exit_code == 0
    after_one = _counts(db)
    assert after_one["articles"] == 1 and after_one["mentions"] > 0
    second = cli("ingest", example_path, "--db", db)
    assert "0 new article(s), 1 already stored" in second.stdout
    assert _counts(db) == after_one
    assert str(db) in second.stdout  # says where the database is


def test_schema_versioned_and_wal(db):
    store = Store(db)
    store.close()
    con = sqlite3.connect(db)
    versions = [r[0] for r in con.execute("SELECT version FROM migrations ORDER BY version")]
    assert versions == [m[0] for m in MIGRATIONS]
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    indexes = {r[1] for r in con.execute("SELECT * FROM sqlite_master WHERE type='index'")}
    assert {"ix_events_date", "ix_events_country_date", "ix_events_type", "ix_events_latlon"} <= indexes
    con.close()
    assert Store(db).migrate() == []  # reopening applies nothing twice


def test_v4_backfills_spans_of_an_older_store(cli, db, example_path):
    # A store made before v4 has no span_days; opening it adds and fills the column and the
    # period indexes, and reading it gives what a store made at v4 gives.
    assert cli("ingest", example_path, "--db", db).exit_code == 0
    before = cli("events", "--db", db, "--format", "jsonl", "--since", "2016-11-01", "--until", "2016-11-30").stdout
    con = sqlite3.connect(db)
    want = con.execute("SELECT id, span_days FROM events ORDER BY id").fetchall()
    assert want and all(span is not None for _, span in want)
    for ix in ("ix_events_span", "ix_events_country_days", "ix_events_days"):
        con.execute(f"DROP INDEX {ix}")
    con.execute("ALTER TABLE events DROP COLUMN span_days")
    con.execute("DELETE FROM migrations WHERE version = 4")
    con.commit()
    con.close()
    assert Store(db).migrate() == [] and _indexes(db) >= {"ix_events_span", "ix_events_days"}
    con = sqlite3.connect(db)
    assert con.execute("SELECT id, span_days FROM events ORDER BY id").fetchall() == want
    con.close()
    assert cli("events", "--db", db, "--format", "jsonl", "--since", "2016-11-01", "--until", "2016-11-30").stdout == before


def _indexes(db) -> set[str]:
    con = sqlite3.connect(db)
    try:
        return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    finally:
        con.close()


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


def test_sigkill_midway_leaves_whole_articles_and_rerun_completes(tmp_path, example_path):
    n = 120
    folder = _corpus(tmp_path, example_path, n)
    db = tmp_path / "killed.db"
    cmd = [sys.executable, "-m", "conflictatlas", "ingest", str(folder), "--db", str(db)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
        if db.exists():
            try:
                stored = _counts(db)["articles"]
            except sqlite3.OperationalError:
                continue  # schema not created yet
            if stored >= 5:
                break
    assert proc.poll() is None, "ingest finished before it could be killed; raise n"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
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
    rerun = subprocess.run(cmd, check=False, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{partial} already stored" in rerun.stdout
    counts = _counts(db)
    assert counts["articles"] == n
    assert counts["mentions"] == n * per_article[0][0]
    assert counts["events"] == counts["mentions"]
