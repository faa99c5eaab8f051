"""Events as JSON lines, CSV, GeoJSON or a terminal table.

GeoJSON never draws a country-level (or region-level) event as a point: its geometry is null and
its properties say the country, because a dot at a country's centroid reads as a precise location.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable

FORMATS = ("table", "jsonl", "csv", "geojson")
POINT_PRECISIONS = {"point", "city", "admin2"}

CSV_COLUMNS = ["id", "date_start", "date_end", "date_precision", "event_type", "mode", "status",
               "actor1", "actor1_country", "actor2", "actor2_country", "place", "geonameid", "country",
               "admin1", "latitude", "longitude", "precision", "where_prec", "fatalities_low",
               "fatalities_best", "fatalities_high", "corroboration", "sources", "first_reported"]


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
    writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    for e in events:
        writer.writerow(flat(e))
    yield buf.getvalue()


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
