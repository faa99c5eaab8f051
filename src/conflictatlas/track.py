"""Where and when an actor is reported: one row per event that names it, in time order.

Reads stored events only. This is the public record of what sources report about an
organisation's movements, never a prediction of where it will be (DESIGN.md, out of scope).
"""

from __future__ import annotations

from .export import POINT_PRECISIONS
from .nlp.lexicon import canonical_name
from .store import EventQuery, Store


def track(store: Store, actor: str, *, since: str | None = None, until: str | None = None,
          country: str | None = None) -> tuple[str, list[dict]]:
    name = canonical_name(actor)
    rows = []
    for e in store.events(EventQuery(actor=name, since=since, until=until, country=country)):
        p, d = e.get("place") or {}, e.get("date") or {}
        if not p.get("name") and not p.get("country"):
            continue  # reported without a place: nothing to put on a track
        sides = [s for s in ("actor1", "actor2")
                 if name.lower() in ((e.get(s) or {}).get("name") or (e.get(s) or {}).get("text") or "").lower()]
        rows.append({
            "date_start": d.get("start"), "date_end": d.get("end"), "event_id": e["id"],
            "role": "actor1" if "actor1" in sides else "actor2", "event_type": e["event_type"],
            "status": e["status"], "place": p.get("name"), "country": p.get("country"),
            "lat": p.get("lat"), "lon": p.get("lon"), "precision": p.get("precision"),
            "sources": e.get("sources") or [], "corroboration": e.get("corroboration"),
        })
    rows.sort(key=lambda r: (r["date_start"] or r["date_end"] or "", r["event_id"]))
    return name, rows


def feature(row: dict) -> dict:
    point = row["precision"] in POINT_PRECISIONS and row["lat"] is not None
    return {"type": "Feature", "id": row["event_id"],
            "geometry": {"type": "Point", "coordinates": [row["lon"], row["lat"]]} if point else None,
            "properties": {k: v for k, v in row.items() if k not in ("lat", "lon")}}
