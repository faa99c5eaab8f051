"""Events as JSON lines, CSV, GeoJSON, Parquet or a terminal table.

GeoJSON never draws a country-level (or region-level) event as a point: its geometry is null and
its properties say the country, because a dot at a country's centroid reads as a precise location.

CSV and Parquet share one flat shape (`COLUMNS`): ACLED-style columns first (so R and Stata code
written for ACLED exports reads them), then UCDP-style ones, then ours. Only the *formats* follow
ACLED and UCDP: the rows are our own coding of the news; no ACLED or UCDP data is used.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable

FORMATS = ("table", "jsonl", "csv", "geojson")
EXPORT_FORMATS = ("csv", "geojson", "parquet", "jsonl")
# ACLED- and UCDP-style rows record events that took place, dated by when they did: a planned or
# hypothetical strike in such a row reads as a strike. `export` writes these by default in the row
# formats (`--status` widens it); JSON lines and GeoJSON carry every status, each row saying which.
ROW_FORMATS = ("csv", "parquet")
ROW_STATUSES = ("occurred", "ongoing")
POINT_PRECISIONS = {"point", "city", "admin2"}

ACLED_COLUMNS = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
                 "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
                 "country", "iso", "admin1", "location", "latitude", "longitude", "geo_precision", "source",
                 "source_scale", "notes", "fatalities"]
UCDP_COLUMNS = ["date_start", "date_end", "date_prec", "where_prec", "best", "low", "high"]
OUR_COLUMNS = ["status", "corroboration", "plover_type", "mode", "attribution", "geonameid", "precision",
               "first_reported", "n_reports", "plans", "outcomes"]
COLUMNS = ACLED_COLUMNS + UCDP_COLUMNS + OUR_COLUMNS
# ACLED's geo_precision: 1 the named town, 2 near it or part of a region, 3 a province or larger.
_GEO_PRECISION = {"point": 1, "city": 1, "admin2": 2, "admin1": 3}
_TIME_PRECISION = {"day": 1, "days": 2, "reported": 2, "week": 2, "month": 3, "year": 3}
_INTER = {"government": 1, "military": 1, "police": 1, "rebel/insurgent": 2, "terrorist organisation": 2,
          "militia": 4, "civilians": 7, "international organisation": 8}


def acled_type(event_type: str, mode: str | None, actor2: dict | None) -> tuple[str, str, str]:
    """(disorder_type, event_type, sub_event_type) in ACLED's vocabulary for a PLOVER event.

    A crosswalk of categories, documented in README.md; ACLED's own codebook is the reference."""
    target_civilian = (actor2 or {}).get("type") == "civilians"
    if event_type == "ASSAULT":
        if mode in ("aerial", "drone"):
            return "Political violence", "Explosions/Remote violence", "Air/drone strike"
        if mode in ("artillery", "missile", "shelling"):
            return "Political violence", "Explosions/Remote violence", "Shelling/artillery/missile attack"
        if mode == "suicide":
            return "Political violence", "Explosions/Remote violence", "Suicide bomb"
        if mode == "explosives":
            return "Political violence", "Explosions/Remote violence", "Remote explosive/landmine/IED"
        if mode == "sexual":
            return "Political violence", "Violence against civilians", "Sexual violence"
        if mode == "occupy":
            return "Political violence", "Battles", "Non-state actor overtakes territory"
        if target_civilian or mode in ("mass killing", "execute", "torture"):
            return "Political violence", "Violence against civilians", "Attack"
        return "Political violence", "Battles", "Armed clash"
    if event_type == "COERCE":
        if mode in ("abduct", "kidnap"):
            return "Political violence", "Violence against civilians", "Abduction/forced disappearance"
        if mode == "arrest":
            return "Strategic developments", "Strategic developments", "Arrests"
        if mode == "seize":
            return "Strategic developments", "Strategic developments", "Looting/property destruction"
        return "Strategic developments", "Strategic developments", "Other"
    if event_type == "PROTEST":
        if mode in ("riot", "violent"):
            return "Demonstrations", "Riots", "Violent demonstration"
        return "Demonstrations", "Protests", "Peaceful protest"
    if event_type == "AGREE":
        return "Strategic developments", "Strategic developments", "Agreement"
    if event_type in ("MOBILIZE", "RETREAT"):
        return "Strategic developments", "Strategic developments", "Change to group/activity"
    return "Strategic developments", "Strategic developments", "Other"


def _name(a: dict | None) -> str | None:
    return (a or {}).get("name") or (a or {}).get("text") if a else None


def iso_numeric(code2: str | None) -> int | None:
    """ISO 3166-1 numeric code, ACLED's `iso` ("LY" -> 434)."""
    import pycountry

    c = pycountry.countries.get(alpha_2=code2.upper()) if code2 else None
    return int(c.numeric) if c else None


def row(e: dict) -> dict:
    """One event as the flat CSV/Parquet row (COLUMNS)."""
    from .countries import alpha3, country_name

    a1, a2, p = e.get("actor1") or {}, e.get("actor2") or {}, e.get("place") or {}
    d, f = e.get("date") or {}, e.get("fatalities") or {}
    point = p.get("precision") in POINT_PRECISIONS and p.get("lat") is not None
    disorder, etype, sub = acled_type(e["event_type"], e.get("mode"), a2)
    admin1 = None
    if p.get("admin1") and p.get("country"):
        from .geo.gazetteer import admin1_name

        admin1 = admin1_name(p["country"], p["admin1"])
    day = d.get("start") or d.get("end")
    return {
        "event_id_cnty": e["id"], "event_date": day, "year": int(day[:4]) if day else None,
        "time_precision": _TIME_PRECISION.get(d.get("precision") or "", 3 if day else None),
        "disorder_type": disorder, "event_type": etype, "sub_event_type": sub,
        "actor1": _name(a1), "assoc_actor_1": a1.get("parent"), "inter1": _INTER.get(a1.get("type") or ""),
        "actor2": _name(a2), "assoc_actor_2": a2.get("parent"), "inter2": _INTER.get(a2.get("type") or ""),
        "country": country_name(alpha3(p["country"]) or p["country"]) if p.get("country") else None,
        "iso": iso_numeric(p.get("country")), "admin1": admin1,
        "location": p.get("name") if p.get("precision") not in ("country", "region") else None,
        "latitude": p.get("lat") if point or p.get("precision") == "admin1" else None,
        "longitude": p.get("lon") if point or p.get("precision") == "admin1" else None,
        # a village or neighbourhood placed at the town the text puts it in is "near" that town
        "geo_precision": 2 if p.get("precision") == "city" and p.get("where_prec") == 2
        else _GEO_PRECISION.get(p.get("precision") or ""),
        "source": "; ".join(e.get("sources") or []), "source_scale": None, "notes": e.get("summary"),
        "fatalities": f.get("best"),
        "date_start": d.get("start"), "date_end": d.get("end"), "date_prec": d.get("date_prec"),
        "where_prec": p.get("where_prec"), "best": f.get("best"), "low": f.get("low"), "high": f.get("high"),
        "status": e["status"], "corroboration": e.get("corroboration"), "plover_type": e["event_type"],
        "mode": e.get("mode"), "attribution": "; ".join(e.get("claims") or []), "geonameid": p.get("geonameid"),
        "precision": p.get("precision"), "first_reported": e.get("first_reported"),
        "n_reports": len(e.get("mentions") or []), "plans": " ".join(e.get("plans") or []),
        "outcomes": " ".join(e.get("outcomes") or []),
    }


def flat(e: dict) -> dict:
    a1, a2, p = e.get("actor1") or {}, e.get("actor2") or {}, e.get("place") or {}
    d, f = e.get("date") or {}, e.get("fatalities") or {}
    return {
        "id": e["id"], "date_start": d.get("start"), "date_end": d.get("end"), "date_precision": d.get("precision"),
        "event_type": e["event_type"], "mode": e.get("mode"), "status": e["status"],
        "actor1": a1.get("name") or a1.get("text"), "actor1_country": a1.get("country"),
        "actor2": a2.get("name") or a2.get("text"), "actor2_country": a2.get("country"),
        "place": p.get("name"), "geonameid": p.get("geonameid"), "country": p.get("country"),
        "admin1": p.get("admin1"), "latitude": p.get("lat"), "longitude": p.get("lon"),
        "precision": p.get("precision"), "where_prec": p.get("where_prec"),
        "fatalities_low": f.get("low"), "fatalities_best": f.get("best"), "fatalities_high": f.get("high"),
        "corroboration": e.get("corroboration"), "sources": "; ".join(e.get("sources") or []),
        "first_reported": e.get("first_reported"),
    }


def to_jsonl(events: Iterable[dict]) -> Iterable[str]:
    for e in events:
        yield json.dumps(e, ensure_ascii=False) + "\n"


def to_csv(events: Iterable[dict]) -> Iterable[str]:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS)
    writer.writeheader()
    for e in events:
        writer.writerow(row(e))
    yield buf.getvalue()


def write_parquet(events: Iterable[dict], path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [row(e) for e in events]
    ints = {"year", "iso", "time_precision", "inter1", "inter2", "geo_precision", "fatalities", "date_prec", "where_prec",
            "best", "low", "high", "corroboration", "geonameid", "n_reports"}
    floats = {"latitude", "longitude"}
    schema = pa.schema([(c, pa.int64() if c in ints else pa.float64() if c in floats else pa.string())
                        for c in COLUMNS])
    table = pa.Table.from_pylist(rows, schema=schema)
    pq.write_table(table, path)
    return len(rows)


def geojson_feature(e: dict) -> dict:
    p = e.get("place") or {}
    point = p.get("precision") in POINT_PRECISIONS and p.get("lat") is not None
    props = flat(e)
    if not point:
        props["latitude"] = props["longitude"] = None
    return {"type": "Feature", "id": e["id"],
            "geometry": {"type": "Point", "coordinates": [p["lon"], p["lat"]]} if point else None,
            "properties": props}


def to_geojson(events: Iterable[dict]) -> Iterable[str]:
    features = [geojson_feature(e) for e in events]
    yield json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False) + "\n"


def to_table(events: list[dict], title: str | None = None):
    from rich.table import Table

    table = Table(title=title, show_lines=False)
    for col in ("date", "type", "status", "actor1", "actor2", "place", "source"):
        table.add_column(col, overflow="fold")
    for e in events:
        r = flat(e)
        table.add_row(r["date_start"] or (f"≤{r['date_end']}" if r["date_end"] else ""),
                      f"{r['event_type']}{'/' + r['mode'] if r['mode'] else ''}", r["status"],
                      r["actor1"] or "", r["actor2"] or "",
                      f"{r['place'] or ''}{' (' + r['country'] + ')' if r['country'] else ''}", r["sources"])
    return table
