"""Events are neither doubled nor wrongly joined: copies join their original's events whatever the
dates, an undated article's mentions of one event merge, a corrected date re-derives events, and a
contradicting actor keeps two reports apart."""

from __future__ import annotations

import json
import sqlite3

import pytest
from conftest import article, mention

from conflictatlas.pipeline import ingest, ingest_items
from conflictatlas.store import Store

HEADLINE = "US forces prepare to pursue IS fighters who fled Sirte"


def _events(db) -> dict[str, list[tuple]]:
    """Each event's mentions as (article, type, status, sentence start)."""
    con = sqlite3.connect(db)
    try:
        out: dict[str, list[tuple]] = {}
        for eid, aid, kind, status, data in con.execute(
                "SELECT event_id, article_id, event_type, status, data FROM mentions ORDER BY event_id, id"):
            out.setdefault(eid, []).append((aid, kind, status, json.loads(data)["evidence"]["start"]))
        return out
    finally:
        con.close()


@pytest.fixture(scope="module")
def stores(tmp_path_factory, example_path):
    """The example stored with and without its date; the undated one then gets a repost of it under
    a new headline."""
    base = tmp_path_factory.mktemp("copies")
    repost = base / "repost.txt"
    body = example_path.read_text(encoding="utf-8").split("\n", 1)[1]
    repost.write_text(f"{HEADLINE}\n\n{body}", encoding="utf-8")
    undated, dated = base / "undated.db", base / "dated.db"
    ingest([example_path], Store(undated))
    before = _events(undated)
    report = ingest([repost], Store(undated))
    ingest([example_path], Store(dated), published="2016-11-25")
    return {"undated": undated, "dated": dated, "before": before, "repost": report}


def test_a_repost_joins_its_originals_events_whatever_the_dates(stores):
    after = _events(stores["undated"])
    con = sqlite3.connect(stores["undated"])
    [(copy, original)] = con.execute("SELECT id, duplicate_of FROM articles WHERE duplicate_of IS NOT NULL").fetchall()
    con.close()
    assert original and stores["repost"].mentions > 0
    assert len(after) == len(stores["before"])  # no event is told twice because a blog re-posted it
    for eid, members in after.items():
        arts = {m[0] for m in members}
        assert arts == {original, copy} or eid in stores["before"], (eid, members)


def test_undated_mentions_of_one_event_merge_within_the_article(stores):
    assert len(stores["before"]) == len(_events(stores["dated"]))
    for db in ("undated", "dated"):
        flight = {eid for eid, members in _events(stores[db]).items() for m in members if m[1] == "RETREAT"}
        assert len(flight) == 1, (db, flight)  # the fighters' flight from Sirte, told three ways: one event


def test_a_corrected_publication_date_re_derives_the_events(cli, tmp_path, example_path, stores):
    db = tmp_path / "redate.db"
    assert cli("ingest", example_path, "--db", db).exit_code == 0
    again = cli("ingest", example_path, "--db", db, "--published", "2016-11-25")
    assert again.exit_code == 0 and "1 re-dated" in again.stdout and "0 new article(s)" in again.stdout
    con = sqlite3.connect(db)
    assert con.execute("SELECT published FROM articles").fetchall() == [("2016-11-25",)]
    ends = {r[0] for r in con.execute("SELECT date_end FROM events")}
    versions = dict(con.execute("SELECT event_id, count(*) FROM event_history GROUP BY event_id").fetchall())
    con.close()
    assert ends == {"2016-11-25"}  # every event now ends at the report, none is undated
    assert all(n >= 2 for n in versions.values())  # the undated versions are kept in the history
    assert sorted(map(sorted, _events(db).values())) == sorted(map(sorted, _events(stores["dated"]).values()))
    assert "1 already stored" in cli("ingest", example_path, "--db", db, "--published", "2016-11-25").stdout


INTROS = ["Residents described hours of heavy gunfire and fleeing families in the early morning darkness.",
          "Local officials reached by telephone gave differing accounts of casualties and damage overnight."]


def _two_reports(db, first: dict, second: dict) -> int:
    """Two reports by two outlets, each a sentence of its own then the mention's sentence (so they are
    not copies of each other); the number of events they make."""
    store = Store(db)
    for i, m in enumerate((first, second)):
        sentence = m.pop("text")
        a = article(f"{INTROS[i]} {sentence}", published="2024-03-06", outlet=f"Wire {i}")
        store.add_article(a, [mention(a.id, sentence, start=len(INTROS[i]) + 1, **m)])
    n = len(_events(db))
    store.close()
    return n


def test_a_contradicting_actor_vetoes_a_merge(tmp_path):
    sentence = "U.S. aircraft struck militants near Raqqa, Syria, on Monday, the Pentagon said."
    common = {"place": ("Raqqa", "SY", 35.95, 39.01, "city"), "date": ("2024-03-04", "2024-03-04"),
              "actor1": "United States military"}
    assert _two_reports(tmp_path / "a.db", {"text": sentence, "actor2": "al-Qaeda", **common},
                        {"text": sentence, "actor2": "Islamic State", **common}) == 2
    assert _two_reports(tmp_path / "b.db", {"text": sentence, "actor2": "Islamic State", **common},
                        {"text": sentence, "actor2": "Islamic State", **common}) == 1


def test_a_plan_with_no_place_joins_no_other_reports_placed_plan(tmp_path):
    common = {"status": "planned", "date": ("2024-03-04", "2024-03-04"), "actor1": "United States military",
              "actor2": "Islamic State"}
    placed = {"text": "U.S. commanders are drawing up plans for air strikes on Islamic State fighters near Sirte.",
              "place": ("Sirte", "LY", 31.2, 16.59, "city"), **common}
    unplaced = {"text": "Washington intends to strike the group's leaders wherever they hide, an official said.",
                **common}
    assert _two_reports(tmp_path / "a.db", dict(placed), dict(unplaced)) == 2
    retold = {**unplaced, "text": placed["text"]}  # the same sentence, its place not resolved
    assert _two_reports(tmp_path / "b.db", dict(placed), retold) == 1


def test_the_summary_counts_the_mentions_stored(db):
    from conflictatlas.parallel import Coded
    from conflictatlas.pipeline import _Run

    text = "Rebels attacked an army post near Goma on Monday and attacked a convoy, officials said."
    a = article(text, published="2024-03-06")
    one = mention(a.id, text, trigger_start=7, actor1="Rebels")
    told_twice = mention(a.id, text, trigger_start=7, actor1="M23")  # one sentence, trigger and type
    other = mention(a.id, text, trigger_start=50, actor1="Rebels", date=("2024-03-04", "2024-03-04"))
    run = _Run(Store(db), None, None, None)
    run.write([Coded(a, [one, told_twice, other], None)])
    con = sqlite3.connect(db)
    stored = con.execute("SELECT count(*) FROM mentions").fetchone()[0]
    con.close()
    assert run.report.mentions == stored == 2


def test_ingest_items_counts_what_it_stores(db):
    text = "Police arrested ten protesters in Lagos on Monday, the police spokesman said."
    report = ingest_items([article(text, published="2024-03-06", outlet="Wire")], Store(db))
    con = sqlite3.connect(db)
    assert report.mentions == con.execute("SELECT count(*) FROM mentions").fetchone()[0] > 0
    con.close()
