"""Exports read back by the tools users have: csv (ACLED/UCDP columns), GeoJSON, Parquet via pyarrow."""

from __future__ import annotations

import csv
import io
import json

import pytest


@pytest.fixture
def loaded(example_db):
    return example_db


def _csv(path):
    with open(path, newline="") as fh:
        reader = csv.DictReader(fh)
        return reader.fieldnames, list(reader)


def test_csv_has_acled_ucdp_and_our_columns(cli, loaded, tmp_path):
    from conflictatlas.export import ACLED_COLUMNS, OUR_COLUMNS, UCDP_COLUMNS

    out = tmp_path / "ly.csv"
    r = cli("export", "--db", loaded, "--country", "LY", "--format", "csv", "--status", "all", "-o", out)
    assert r.exit_code == 0 and "exported" in r.stderr
    fields, rows = _csv(out)
    assert fields == ACLED_COLUMNS + UCDP_COLUMNS + OUR_COLUMNS
    assert rows and all(row["iso"] == "434" and row["country"] == "Libya" for row in rows)  # ISO 3166 numeric
    planned = [row for row in rows if row["status"] == "planned" and row["location"] == "Sirte"]
    assert planned and planned[0]["sub_event_type"] == "Air/drone strike" and planned[0]["geo_precision"] == "1"
    assert planned[0]["where_prec"] == "1" and planned[0]["notes"] and planned[0]["attribution"]
    everywhere = tmp_path / "all.csv"
    assert cli("export", "--db", loaded, "--format", "csv", "-o", everywhere).exit_code == 0
    country_level = [row for row in _csv(everywhere)[1] if row["precision"] == "country"]
    assert country_level and all(row["latitude"] == "" and row["location"] == "" for row in country_level)


def test_acled_and_ucdp_rows_hold_only_events_that_happened(cli, loaded, tmp_path):
    # A planned or hypothetical strike in an ACLED-style row, with an event date, reads as a strike.
    every = [json.loads(x) for x in cli("events", "--db", loaded, "--format", "jsonl").stdout.splitlines()]
    happened = sorted(e["id"] for e in every if e["status"] in ("occurred", "ongoing"))
    assert happened and len(happened) < len(every)
    out = tmp_path / "rows.csv"
    assert cli("export", "--db", loaded, "--format", "csv", "-o", out).exit_code == 0
    rows = _csv(out)[1]
    assert sorted(row["event_id_cnty"] for row in rows) == happened
    assert cli("export", "--db", loaded, "--format", "csv", "--status", "all", "-o", out).exit_code == 0
    assert len(_csv(out)[1]) == len(every)
    planned = cli("export", "--db", loaded, "--format", "csv", "--status", "planned").stdout
    assert {row["status"] for row in csv.DictReader(io.StringIO(planned))} == {"planned"}
    # JSON lines and GeoJSON say each event's status, so they carry every one.
    assert len(cli("export", "--db", loaded, "--format", "jsonl").stdout.splitlines()) == len(every)


def test_parquet_reads_back_with_types(cli, loaded, tmp_path):
    import pyarrow.parquet as pq

    out = tmp_path / "all.parquet"
    assert cli("export", "--db", loaded, "--format", "parquet", "-o", out).exit_code == 0
    table = pq.read_table(out)
    happened = cli("events", "--db", loaded, "--format", "jsonl", "--status", "occurred,ongoing").stdout
    assert table.num_rows == len(happened.splitlines())
    assert str(table.schema.field("latitude").type) == "double" and str(table.schema.field("corroboration").type) == "int64"
    assert cli("export", "--db", loaded, "--format", "parquet").exit_code == 2  # needs --output


def test_geojson_and_jsonl_exports(cli, loaded):
    g = json.loads(cli("export", "--db", loaded, "--format", "geojson", "--type", "ASSAULT").stdout)
    assert g["features"] and all(f["properties"]["event_type"] == "ASSAULT" for f in g["features"])
    lines = cli("export", "--db", loaded, "--format", "jsonl", "--status", "planned").stdout.splitlines()
    assert lines and all(json.loads(x)["status"] == "planned" for x in lines)
    bad = cli("export", "--db", loaded, "--format", "xlsx")
    assert bad.exit_code == 2


def test_a_neighbourhood_placed_at_its_city_is_near_it_in_acled_terms(cli, tmp_path):
    text = tmp_path / "bayaa.txt"
    text.write_text("MOSUL -- In the east Mosul neighbourhood of Al-Warda, a mortar round killed two children on "
                    "Tuesday, police said.", encoding="utf-8")
    db = tmp_path / "atlas.db"
    assert cli("ingest", text, "--db", db, "--published", "2016-05-03").exit_code == 0
    out = tmp_path / "iq.csv"
    assert cli("export", "--db", db, "--format", "csv", "-o", out).exit_code == 0
    with open(out, newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if r["location"].startswith("Al-Warda")]
    # Al-Warda is in no gazetteer; the row keeps its name, Mosul's point, and says it is near there.
    assert rows and rows[0]["geo_precision"] == "2" and rows[0]["where_prec"] == "2" and rows[0]["geonameid"] == ""
    assert abs(float(rows[0]["latitude"]) - 36.34) < 0.2 and abs(float(rows[0]["longitude"]) - 43.13) < 0.2
