"""`conflictatlas events`: every filter and every output format, on a real SQLite file."""

from __future__ import annotations

import csv
import io
import json

import pytest

ARTICLES = [
    {"id": "a1", "published": "2016-11-25", "outlet": "Wire One",
     "text": "Islamic State militants attacked a checkpoint in Sirte on Monday, Libyan officials said."},
    {"id": "a2", "published": "2017-03-10", "outlet": "Wire Two",
     "text": "Police arrested dozens of protesters in Istanbul on Thursday, the governor's office said."},
    {"id": "a3", "published": "2017-03-12", "outlet": "Wire Three",
     "text": "The army plans to attack the rebel stronghold near Goma, a military spokesman said on Sunday."},
]


@pytest.fixture
def loaded(tmp_path, cli, db):
    f = tmp_path / "batch.jsonl"
    f.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    assert cli("ingest", f, "--db", db).exit_code == 0
    return db


def _jsonl(cli, db, *args):
    r = cli("events", "--db", db, "--format", "jsonl", *args)
    assert r.exit_code == 0, r.stderr
    return [json.loads(ln) for ln in r.stdout.splitlines()]


def test_filters(cli, loaded):
    every = _jsonl(cli, loaded)
    assert {e["event_type"] for e in every} == {"ASSAULT", "COERCE"}
    assert [e["place"]["name"] for e in _jsonl(cli, loaded, "--country", "LY")] == ["Sirte"]
    assert [e["place"]["name"] for e in _jsonl(cli, loaded, "--country", "LBY")] == ["Sirte"]
    assert [e["place"]["name"] for e in _jsonl(cli, loaded, "--country", "Turkey")] == ["Istanbul"]
    assert {e["event_type"] for e in _jsonl(cli, loaded, "--type", "coerce")} == {"COERCE"}
    assert [e["status"] for e in _jsonl(cli, loaded, "--status", "planned")] == ["planned"]
    assert [e["actor1"]["name"] for e in _jsonl(cli, loaded, "--actor", "islamic")] == ["Islamic State"]
    assert {e["date"]["start"] for e in _jsonl(cli, loaded, "--since", "2017-01-01")} == {"2017-03-09", "2017-03-12"}
    assert [e["date"]["start"] for e in _jsonl(cli, loaded, "--until", "2016-12-31")] == ["2016-11-21"]
    assert len(_jsonl(cli, loaded, "--limit", "1")) == 1


SPANS = [
    {"id": "y", "published": "2017-01-15", "outlet": "Wire One",
     "text": "Rebels attacked a police station in Goma in 2016, a spokesman said."},
    {"id": "d", "published": "2016-03-20", "outlet": "Wire Two",
     "text": "Islamic State militants attacked a checkpoint in Sirte on Monday, Libyan officials said."},
    {"id": "n", "published": "2016-11-25", "outlet": "Wire Three",
     "text": "Police arrested dozens of protesters in Istanbul on Monday, the governor's office said."},
]


def test_period_overlaps_long_events(cli, db, tmp_path):
    # A period query returns every event that may have happened in it: a year-long event is in
    # each of its months, though the index scan is bounded by the longest span in the store.
    f = tmp_path / "spans.jsonl"
    f.write_text("".join(json.dumps(a) + "\n" for a in SPANS), encoding="utf-8")
    assert cli("ingest", f, "--db", db).exit_code == 0
    spans = {e["place"]["name"]: (e["date"]["start"], e["date"]["end"]) for e in _jsonl(cli, db)}
    assert spans == {"Goma": ("2016-01-01", "2016-12-31"), "Sirte": ("2016-03-14", "2016-03-14"),
                     "Istanbul": ("2016-11-21", "2016-11-21")}
    march = _jsonl(cli, db, "--since", "2016-03-01", "--until", "2016-03-31")
    assert [e["place"]["name"] for e in march] == ["Goma", "Sirte"]  # latest possible day first
    assert [e["place"]["name"] for e in _jsonl(cli, db, "--since", "2016-12-01", "--until", "2016-12-31")] == ["Goma"]
    assert [e["place"]["name"] for e in _jsonl(cli, db, "--until", "2016-01-01")] == ["Goma"]
    assert _jsonl(cli, db, "--since", "2017-01-01") == []


@pytest.mark.parametrize("args,message", [
    (("--country", "Atlantis"), "unknown country"),
    (("--type", "PICNIC"), "unknown event type"),
    (("--status", "rumoured"), "unknown status"),
    (("--since", "last tuesday"), "YYYY-MM-DD"),
])
def test_bad_filters_one_line(cli, loaded, args, message):
    r = cli("events", "--db", loaded, *args)
    assert r.exit_code == 1
    assert message in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_csv_and_geojson(cli, loaded):
    r = cli("events", "--db", loaded, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    sirte = next(row for row in rows if row["location"] == "Sirte")
    assert sirte["geonameid"] == "2210554" and sirte["iso"] == "434" and sirte["country"] == "Libya"
    assert sirte["plover_type"] == "ASSAULT"
    assert sirte["event_type"] in ("Battles", "Explosions/Remote violence", "Violence against civilians")
    g = json.loads(cli("events", "--db", loaded, "--format", "geojson").stdout)
    assert g["type"] == "FeatureCollection"
    pts = {f["properties"]["place"]: f["geometry"] for f in g["features"]}
    assert pts["Sirte"] == {"type": "Point", "coordinates": [16.58866, 31.20892]}


def test_country_level_event_is_not_a_point(cli, db, tmp_path):
    f = tmp_path / "c.jsonl"
    f.write_text(json.dumps({"id": "c1", "published": "2016-11-25",
                             "text": "The Pentagon has also expanded operations in Somalia."}) + "\n")
    cli("ingest", f, "--db", db)
    g = json.loads(cli("events", "--db", db, "--format", "geojson").stdout)
    [feat] = g["features"]
    assert feat["properties"]["precision"] == "country" and feat["geometry"] is None


def test_table_output(cli, loaded):
    r = cli("events", "--db", loaded)
    assert r.exit_code == 0 and "Sirte" in r.stdout and "3 event(s)" in r.stdout


def test_min_confidence_filters_events(cli, example_db):
    """--min-confidence keeps events with a mention at least that confident; 1.0 keeps none of the
    example's (no mention is certain), 0 keeps them all, and a value outside 0-1 is refused."""
    import json

    every = [json.loads(x) for x in cli("events", "--db", example_db, "--format", "jsonl",
                                       "--min-confidence", "0").stdout.splitlines()]
    assert every and all(0 <= e["confidence"] <= 1 for e in every)
    top = max(e["confidence"] for e in every)
    kept = cli("events", "--db", example_db, "--format", "jsonl", "--min-confidence", str(top)).stdout.splitlines()
    assert 1 <= len(kept) < len(every) or top == min(e["confidence"] for e in every)
    assert cli("events", "--db", example_db, "--format", "jsonl", "--min-confidence", "1").stdout == ""
    bad = cli("events", "--db", example_db, "--min-confidence", "2")
    assert bad.exit_code != 0 and "min_confidence must be between 0 and 1" in bad.stderr
