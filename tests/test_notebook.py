"""The Python API a researcher uses in a notebook (issue 15, usability): `import conflictatlas` gives
`code_text`, `geoparse_text` and `open_store`, whose `events(...)` takes the CLI's filters and agrees
with the CLI's answer on the same store."""

from __future__ import annotations

import json

import pytest

import conflictatlas as ca
from conflictatlas.errors import CodingError, IngestError, StoreError
from conflictatlas.store.query import QueryError


def test_the_package_exposes_the_notebook_api():
    assert {"code_text", "geoparse_text", "open_store"} <= set(ca.__all__)
    for name in ca.__all__:
        assert getattr(ca, name) is not None
    assert ca.code_text.__doc__ and ca.geoparse_text.__doc__ and ca.open_store.__doc__


def test_code_text_codes_a_string():
    mentions = ca.code_text("Gunmen attacked a checkpoint near Mosul on Tuesday, killing two soldiers, "
                            "the army said.", published="2017-03-09")
    assert len(mentions) == 1
    m = mentions[0]
    assert (m.event_type, m.status) == ("ASSAULT", "occurred")
    assert m.place.name == "Mosul" and m.place.country == "IQ" and m.place.lat is not None
    assert m.date.start == "2017-03-07"  # the Tuesday before the report
    assert m.fatalities.best == 2
    assert m.attribution.source and "army" in m.attribution.source.lower()


def test_code_text_refuses_what_the_cli_refuses():
    with pytest.raises(IngestError):
        ca.code_text("   ")
    with pytest.raises(CodingError):
        ca.code_text("Les rebelles ont attaqué un poste de police près de Goma mardi, selon l'armée, "
                     "et trois policiers ont été tués dans les combats qui ont duré toute la nuit.")
    with pytest.raises(QueryError):
        ca.code_text("Rebels attacked Goma.", published="last week")


def test_geoparse_text_gives_places_in_text_order():
    text = "Fighting spread from Aleppo to Damascus, and refugees crossed into Turkey."
    places = ca.geoparse_text(text)
    assert [p.text for p in places] == ["Aleppo", "Damascus", "Turkey"]
    assert [p.country for p in places] == ["SY", "SY", "TR"]
    assert all(p.geonameid and text[p.start:p.end] == p.text for p in places)


def test_open_store_never_creates_a_mistyped_database(tmp_path):
    with pytest.raises(StoreError):
        ca.open_store(tmp_path / "typo.db")
    assert not (tmp_path / "typo.db").exists()


@pytest.fixture(scope="module")
def atlas(example_db):
    with ca.open_store(example_db) as a:
        yield a


@pytest.mark.parametrize("filters, options", [
    ({}, []),
    ({"country": "LY"}, ["--country", "LY"]),
    ({"actor": "ISIS"}, ["--actor", "ISIS"]),  # an alias, resolved as the CLI resolves it
    ({"status": "planned", "type": "assault"}, ["--status", "planned", "--type", "assault"]),
    ({"min_confidence": 0}, ["--min-confidence", "0"]),
    ({"bbox": "10,25,25,35"}, ["--bbox", "10,25,25,35"]),
])
def test_events_agree_with_the_cli(atlas, cli, example_db, filters, options):
    result = cli("events", "--db", example_db, "--format", "jsonl", *options)
    assert result.exit_code == 0, result.stderr
    expected = [json.loads(line)["id"] for line in result.stdout.splitlines()]
    got = atlas.events(**filters)
    assert [e.id for e in got] == expected
    assert atlas.count(**filters) == len(expected)
    assert all(e.event_type and e.status for e in got)


def test_a_bad_filter_is_named(atlas):
    with pytest.raises(QueryError, match="unknown filter 'contry'"):
        atlas.events(contry="LY")
    with pytest.raises(QueryError, match="since"):
        atlas.events(since="2017-02-01", until="2017-01-01")


def test_events_frame(atlas):
    frame = atlas.events_frame(min_confidence=0)
    events = atlas.events(min_confidence=0)
    assert list(frame["id"]) == [e.id for e in events]
    assert {"event_type", "status", "actor1", "latitude", "longitude", "fatalities_best"} <= set(frame.columns)
    assert str(frame["first_reported"].dtype).startswith("datetime64")
    libya = atlas.events_frame(country="LY")
    assert len(libya) == len(atlas.events(country="LY")) and set(libya["country"]) == {"LY"}
