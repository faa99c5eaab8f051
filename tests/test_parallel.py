"""Parallel ingest gives the events a plain ingest gives: `--workers 2` (real worker processes) on
SQLite, a Dask LocalCluster of two worker processes coding for a PostgreSQL store, inputs in
another order."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import news_articles
from sqlalchemy import select

from conflictatlas.store import Store, schema

PUBLISHED = "2009-03-02"


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    """24 real local-news texts (LGL), and blog copies of four of them, as plain-text files."""
    out = tmp_path_factory.mktemp("parallel")
    for i, (_title, text) in enumerate(news_articles(24)):
        text = text[:1200]
        (out / f"story-{i:02d}.txt").write_text(text, encoding="utf-8")
        if i % 6 == 0:
            (out / f"copy-{i:02d}.txt").write_text(f"Posted by a reader.\n\n{text}", encoding="utf-8")
    return out


def _state(db) -> dict:
    store = Store(db)
    m, a, e = schema.mentions, schema.articles, schema.events
    with store.engine.connect() as conn:
        groups: dict[str, list[str]] = {}
        for mid, eid in conn.execute(select(m.c.id, m.c.event_id)):
            groups.setdefault(eid, []).append(mid)
        state = {"events": sorted(groups), "groups": sorted(sorted(g) for g in groups.values()),
                 "copies": sorted(conn.execute(select(a.c.id, a.c.duplicate_of)).all()),
                 "data": sorted(conn.execute(select(e.c.id, e.c.data)).all())}
    store.close()
    return state


@pytest.fixture(scope="module")
def sequential(folder, tmp_path_factory) -> dict:
    from conflictatlas.pipeline import ingest

    db = tmp_path_factory.mktemp("sequential") / "one.db"
    report = ingest([folder], Store(db), published=PUBLISHED, workers=1)
    assert report.added == 28 and report.mentions > 20
    state = _state(db)
    assert any(dup for _, dup in state["copies"]) and any(len(g) > 1 for g in state["groups"])
    return state


def test_inputs_in_another_order_same_events(folder, sequential, tmp_path):
    from conflictatlas.ingest import read_sources
    from conflictatlas.pipeline import ingest_items

    items = list(read_sources([folder], published=PUBLISHED))[::-1]
    ingest_items(items, Store(tmp_path / "reversed.db"))
    assert _state(tmp_path / "reversed.db") == sequential


def test_two_worker_processes_same_events(cli, folder, sequential, tmp_path):
    # On SQLite; the Dask test below stores into PostgreSQL what two worker processes coded.
    db = tmp_path / "two.db"
    out = cli("ingest", folder, "--db", db, "--published", PUBLISHED, "--workers", "2")
    assert out.exit_code == 0, out.stderr
    assert "ingested 28 new article(s)" in out.stdout
    assert _state(db) == sequential


def test_dask_local_cluster_same_events(folder, sequential, pg_server):
    from dask.distributed import Client, LocalCluster

    from conflictatlas.dask_ingest import ingest_dask

    db = pg_server.database()
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        report = ingest_dask([folder], Store(db), client, published=PUBLISHED, files_per_task=4)
        assert report.added == 28 and not report.problems
        assert len(client.scheduler_info()["workers"]) == 2
        again = ingest_dask([folder], Store(db), client, published=PUBLISHED, files_per_task=4)
    assert again.added == 0 and again.skipped == 28  # stored once
    assert _state(db) == sequential


@pytest.mark.parametrize("address", ["é", "tcp://no-port", "http://", "local:x"])
def test_a_malformed_scheduler_address_is_a_config_error_before_dask_runs(address):
    from conflictatlas.dask_ingest import connect
    from conflictatlas.errors import ConfigError

    with pytest.raises(ConfigError, match="not a scheduler address"), connect(address, 1):
        pass
