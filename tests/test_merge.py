"""Cross-report merging on a real store (SQLite and PostgreSQL): corroboration, corrections,
history, plans, track."""

from __future__ import annotations

import json
import time

import pytest
from conftest import DATA, SHARED_EVAL

from conflictatlas.evaluate_merge import build_articles
from conflictatlas.pipeline import ingest_items
from conflictatlas.store import EventQuery, Store


@pytest.fixture
def db(store_db):
    """Every test here runs on both backends."""
    return store_db


@pytest.fixture(scope="module")
def wire():
    spec = json.loads((DATA / "dedup_merge.clusters.json").read_text())
    return dict(build_articles(spec, SHARED_EVAL))


def _event_of(store: Store, article_id: str) -> str:
    from sqlalchemy import select

    from conflictatlas.store import schema

    with store.engine.connect() as conn:
        ids = {r[0] for r in conn.execute(select(schema.mentions.c.event_id)
                                          .where(schema.mentions.c.article_id == article_id))}
    assert len(ids) == 1, ids
    return ids.pop()


def test_reposts_do_not_corroborate(db, wire):
    store = Store(db)
    names = ["kadirgamar-1", "kadirgamar-blog", "kadirgamar-blog2"]
    ingest_items([wire[n] for n in names], store)
    event = store.event(_event_of(store, wire["kadirgamar-1"].id))
    outlets = {m["article"]["outlet"] for m in event["mentions"]}
    assert outlets == {"Associated Press", "Lanka Watch", "South Asia Digest"}
    assert event["event"]["corroboration"] == 1  # three sites, one original telling
    dups = {m["article"]["outlet"]: m["article"]["duplicate_of"] for m in event["mentions"]}
    assert dups["Lanka Watch"] == wire["kadirgamar-1"].id and dups["South Asia Digest"] == wire["kadirgamar-1"].id


def test_independent_outlets_corroborate_and_figures_keep_their_range(db):
    from conflictatlas.ingest.provenance import detect_provenance
    from conflictatlas.records import Article, content_id

    texts = [("Agence France-Presse", "Gunmen killed 12 villagers in an attack on a village near Mosul in northern Iraq on Tuesday, officials said."),
             ("Reuters", "At least 15 villagers were killed when gunmen attacked a village near Mosul, Iraq, on Tuesday, a local official told Reuters."),
             ("Xinhua", "Gunmen attacked a village outside the northern Iraqi city of Mosul on Tuesday, killing 13 villagers, the army said.")]
    arts = [Article(id=content_id(t), text=t, source=o, outlet=o, published="2024-03-07", language="en",
                    provenance=detect_provenance(t)) for o, t in texts]
    store = Store(db)
    ingest_items(arts, store)
    eid = _event_of(store, arts[0].id)
    assert all(_event_of(store, a.id) == eid for a in arts)
    ev = store.event(eid)["event"]
    assert ev["corroboration"] == 3
    f = ev["fatalities"]
    assert (f["low"], f["best"], f["high"]) == (12, 13, 15)  # min, median of bests, max
    assert ev["place"]["name"] == "Mosul" and ev["date"]["start"] == "2024-03-05"


def test_event_shows_what_each_report_says(cli, tmp_path):
    """`conflictatlas event` lists each report's own actors, place, date and figure (an unknown one
    as "?", never "None"), so a merge of reports that disagree is visible."""
    from conflictatlas.records import Article, content_id

    texts = [("Agence France-Presse", "Gunmen killed 12 villagers in an attack on a village near Mosul in northern "
                                      "Iraq on Tuesday, officials said."),
             ("Xinhua", "Islamic State fighters attacked a village outside the northern Iraqi city of Mosul on "
                        "Tuesday, the army said.")]
    arts = [Article(id=content_id(t), text=t, source=o, outlet=o, published="2024-03-07", language="en")
            for o, t in texts]
    db = tmp_path / "shown.db"
    store = Store(db)
    ingest_items(arts, store)
    eid = _event_of(store, arts[0].id)
    assert _event_of(store, arts[1].id) == eid
    shown = cli("event", eid, "--db", db).stdout
    says = [line.strip() for line in shown.splitlines() if line.strip().startswith("says:")]
    assert len(says) == 2 and "None" not in shown
    assert any("Unidentified armed group (Iraq) -> Civilians" in s and "fatalities 12" in s for s in says)
    assert any("Islamic State -> " in s and "fatalities ?" in s for s in says)
    assert all("place Mosul" in s and "date 2024-03-05" in s for s in says)


FLIGHT = """Rebels withdraw from Khan Sheikhoun

Rebel fighters withdrew from the Syrian town of Khan Sheikhoun on Tuesday after days of heavy shelling, a monitoring group said.

"Our fighters have retreated from Khan Sheikhoun," a rebel commander told reporters.
"""


def _events_of(store: Store, article_id: str) -> list[str]:
    from sqlalchemy import select

    from conflictatlas.store import schema

    with store.engine.connect() as conn:
        return sorted({r[0] for r in conn.execute(select(schema.mentions.c.event_id)
                                                  .where(schema.mentions.c.article_id == article_id))})


def test_one_reports_mentions_of_one_act_are_one_event(db):
    """A headline, a lede and a quote telling one withdrawal: one event, although the gazetteer
    knows neither the town nor the rebels' name (issue 15, item 11)."""
    from conftest import article

    flight = article(FLIGHT, published="2019-08-21")
    store = Store(db)
    ingest_items([flight], store)
    mentions = store.counts()["mentions"]
    assert mentions == 3 and len(_events_of(store, flight.id)) == 1


def test_split_survives_later_ingest_and_merge_undoes_it(cli, db, wire):
    store = Store(db)
    ingest_items([wire[n] for n in ("barbot-1", "barbot-2")], store)
    eid = _event_of(store, wire["barbot-1"].id)
    assert _event_of(store, wire["barbot-2"].id) == eid
    moved = next(m["id"] for m in store.event(eid)["mentions"] if m["article"]["id"] == wire["barbot-2"].id)
    result = cli("split", eid, "--mention", moved, "--db", db, "--note", "check")
    assert result.exit_code == 0, result.stderr
    new_id = result.stdout.strip().split()[-1]
    assert _event_of(store, wire["barbot-2"].id) == new_id != eid
    ingest_items([wire["barbot-3"], wire["barbot-copy"]], store)  # more reports of the same killing
    assert _event_of(store, wire["barbot-1"].id) == eid and _event_of(store, wire["barbot-2"].id) == new_id
    shown = cli("event", eid, "--db", db)
    assert "correction" in shown.stdout and "split" in shown.stdout and "why:" in shown.stdout
    assert cli("merge", eid, new_id, "--db", db).exit_code == 0
    assert _event_of(store, wire["barbot-2"].id) == eid
    assert store.count_events(EventQuery()) == len(store.events())
    bad = cli("split", eid, "--mention", "nope", "--db", db)
    assert bad.exit_code == 1 and bad.stderr.startswith("conflictatlas: [E420]")
    missing = cli("event", "nope", "--db", db)
    assert missing.exit_code == 1 and "[E404] no event 'nope'" in missing.stderr


def test_as_of_answers_what_had_been_published_then(cli, db, wire):
    # A backfilled archive: every article is ingested now, long after it ran. As-of goes by the
    # publication date (helene-1 ran 2003-11-06, helene-3 2003-11-19, sailors-1 2007-03-24).
    store = Store(db)
    ingest_items([wire["helene-1"], wire["helene-3"], wire["sailors-1"]], store)
    eid = _event_of(store, wire["helene-1"].id)
    assert _event_of(store, wire["helene-3"].id) == eid
    then = store.events(EventQuery(as_of="2003-11-10"))
    assert [e["id"] for e in then] == [eid] and len(then[0]["mentions"]) == 1
    later = store.events(EventQuery(as_of="2003-11-30"))
    now = store.events()
    assert len(now) > 1
    assert [e["id"] for e in later] == [eid] and later[0]["mentions"] == next(e for e in now if e["id"] == eid)["mentions"]
    assert later[0]["first_reported"] == "2003-11-06" and len(later[0]["mentions"]) > 1
    out = cli("events", "--db", db, "--as-of", "2003-11-10", "--format", "jsonl")
    assert [json.loads(x)["id"] for x in out.stdout.splitlines()] == [eid]
    assert store.count_events(EventQuery(as_of="2007-12-31")) == len(now)
    assert cli("events", "--db", db, "--as-of", "yesterday").exit_code == 1
    assert cli("events", "--db", db, "--as-of", "1999-01-01", "--format", "jsonl").stdout == ""


def test_as_of_counts_an_undated_article_from_when_it_was_stored(db, wire):
    from datetime import UTC, datetime

    from conflictatlas.records import Article

    store = Store(db)
    undated = Article(**{**wire["sailors-1"].__dict__, "published": None})
    before = datetime.now(UTC).isoformat()
    time.sleep(0.01)
    ingest_items([undated], store)
    assert store.events(EventQuery(as_of=before)) == []
    assert store.count_events(EventQuery(as_of=datetime.now(UTC).isoformat())) == len(store.events()) > 0


def test_plan_linked_to_later_strike_and_track(cli, db):
    from conflictatlas.records import Article, content_id

    texts = [("2016-11-20", "U.S. Africa Command is planning air strikes against Islamic State fighters near Sirte, officials said."),
             ("2016-12-02", "U.S. aircraft struck Islamic State fighters near Sirte on Thursday, the Pentagon said.")]
    arts = [Article(id=content_id(t), text=t, source=f"a{i}", outlet="Test Wire", published=d, language="en")
            for i, (d, t) in enumerate(texts)]
    store = Store(db)
    ingest_items(arts, store)
    plan = _event_of(store, arts[0].id)
    strike = _event_of(store, arts[1].id)
    shown = store.event(strike)
    assert shown["event"]["plans"] == [plan] and store.event(plan)["event"]["outcomes"] == [strike]
    assert shown["links"][0]["reasons"]["days"] >= 0
    table = cli("track", "ISIS", "--db", db)
    assert "Islamic State" in table.stdout and "Sirte" in table.stdout
    lines = cli("track", "Daesh", "--db", db, "--format", "geojson").stdout.splitlines()
    feats = [json.loads(x) for x in lines]
    assert [f["properties"]["date_start"] or f["properties"]["date_end"] for f in feats] == \
        sorted(f["properties"]["date_start"] or f["properties"]["date_end"] for f in feats)
    assert all(f["geometry"]["coordinates"][1] == pytest.approx(31.2, abs=0.1) for f in feats)


def _ingest_texts(db, texts):
    from conflictatlas.records import Article, content_id

    arts = [Article(id=content_id(t), text=t, source=f"w{i}", outlet=o, published=d, language="en")
            for i, (o, d, t) in enumerate(texts)]
    store = Store(db)
    ingest_items(arts, store)
    return store, arts


def test_protests_of_different_days_and_sizes_stay_apart(db):
    store, arts = _ingest_texts(db, [
        ("Wire A", "2021-05-06", "Some 3,000 people marched in Basra on Wednesday demanding jobs."),
        ("Wire B", "2021-05-10", "Some 12,000 people demonstrated in Basra demanding electricity."),
    ])
    assert _event_of(store, arts[0].id) != _event_of(store, arts[1].id)


def test_a_village_the_gazetteer_lacks_named_alike_by_two_reports_is_one_place(db):
    # Each report puts the unknown village at a different known town's point (Kirkuk, Tuz Khurmatu,
    # some 70 km apart); the name they share says it is one place.
    store, arts = _ingest_texts(db, [
        ("Wire A", "2021-05-09", "A car bomb killed five people in the village of Zanqoura near Kirkuk on Sunday."),
        ("Wire B", "2021-05-09", "A car bomb killed five people on Sunday in the village of Zanqoura, 60 km south "
                                 "of Kirkuk, near Tuz Khurmatu."),
    ])
    assert _event_of(store, arts[0].id) == _event_of(store, arts[1].id)


def test_a_place_the_linker_doubts_does_not_split_one_articles_act():
    """Two mentions of one stabbing in one report: the lede places it in a town; a later sentence
    names a town 180 km away that the linker doubts is where the act was (rule "context"). Within
    the article that doubt is no evidence of a second act; across reports it still keeps them apart."""
    from dataclasses import replace

    from conftest import mention

    from conflictatlas.merge import ArticleMeta, MentionRef
    from conflictatlas.merge.rules import compare

    lede = mention("a1", "A man was stabbed outside a bar in Amarillo on Friday.",
                   place=("Amarillo", "US", 35.22, -101.83, "city"), date=("2021-03-05", "2021-03-05"))
    later = mention("a1", "The victim, who had driven up from Lubbock that evening, was stabbed twice.",
                    place=("Lubbock", "US", 33.58, -101.86, "city"), date=("2021-03-05", "2021-03-05"))
    here = ArticleMeta(id="a1", published="2021-03-06", outlet=None, origin="a1")
    assert compare(MentionRef(lede, here), MentionRef(later, here)).compatible is False
    doubted = replace(later, place=replace(later.place, rule="context"))
    assert compare(MentionRef(lede, here), MentionRef(doubted, here)).same_event
    elsewhere = ArticleMeta(id="a2", published="2021-03-06", outlet=None, origin="a2")
    assert compare(MentionRef(lede, here), MentionRef(doubted, elsewhere)).compatible is False
