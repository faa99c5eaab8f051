"""Rows of the store's tables, built from the pipeline's records (one place for their shape: the
store writes them, merging rewrites them, bench_scale bulk-loads them)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

from ..records import Article, Event, EventMention


def now() -> str:
    # Microseconds: history rows are ordered and cut by these (events --as-of).
    return datetime.now(UTC).isoformat(timespec="microseconds")


def article_row(a: Article, n_mentions: int, origin: str | None = None) -> dict:
    return {"origin": origin,
        "id": a.id, "doc": a.doc, "source": a.source, "url": a.url, "canonical_url": a.canonical_url,
        "outlet": a.outlet, "title": a.title, "author": a.author, "published": a.published,
        "language": a.language, "original_outlet": a.provenance.original_outlet,
        "duplicate_of": a.duplicate_of, "provenance": json.dumps(a.provenance.to_dict()),
        "text": a.text, "n_mentions": n_mentions, "ingested_at": now(),
    }


def actor_cols(prefix: str, actor) -> dict:
    return {prefix: actor.name or actor.text if actor else None,
            f"{prefix}_country": actor.country if actor else None}


def place_cols(p) -> dict:
    return {"place": p.name if p else None, "geonameid": p.geonameid if p else None,
            "country": p.country if p else None, "lat": p.lat if p else None, "lon": p.lon if p else None,
            "precision": p.precision if p else None}


def mention_row(m: EventMention, event_id: str) -> dict:
    return {
        "id": m.id, "article_id": m.evidence.article_id, "event_id": event_id, "event_type": m.event_type,
        "mode": m.mode, "status": m.status, **actor_cols("actor1", m.actor1), **actor_cols("actor2", m.actor2),
        **place_cols(m.place), "date_start": m.date.start, "date_end": m.date.end,
        "fatalities_low": m.fatalities.low, "fatalities_best": m.fatalities.best,
        "fatalities_high": m.fatalities.high, "source": m.attribution.source,
        "anonymous": m.attribution.anonymous, "segment": m.attribution.segment,
        "confidence": m.confidence, "data": json.dumps(m.to_dict()),
    }


def span_days(start: str | None, end: str | None) -> int:
    if not (start and end):
        return 0
    return (date.fromisoformat(end[:10]) - date.fromisoformat(start[:10])).days


def event_row(e: Event) -> dict:
    return {
        "id": e.id, "event_type": e.event_type, "mode": e.mode, "status": e.status,
        **actor_cols("actor1", e.actor1), **actor_cols("actor2", e.actor2), **place_cols(e.place),
        "admin1": e.place.admin1 if e.place else None, "where_prec": e.place.where_prec if e.place else None,
        "date_start": e.date.start, "date_end": e.date.end, "date_precision": e.date.precision,
        "date_prec": e.date.date_prec, "span_days": span_days(e.date.start, e.date.end),
        "fatalities_low": e.fatalities.low,
        "fatalities_best": e.fatalities.best, "fatalities_high": e.fatalities.high,
        "corroboration": e.corroboration, "first_reported": e.first_reported, "n_mentions": len(e.mentions),
        "data": json.dumps(e.to_dict()),
    }
