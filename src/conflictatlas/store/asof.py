"""What had been published by a given time: `events --as-of`.

A backfilled archive is ingested years after its articles ran, so the time a row was written
says nothing about what was known when. As-of therefore counts an article from its publication
date (the end of that day), and from its ingest time only when the date is unknown. Each event is
derived again from the mentions of the articles counted, so its sources, figures and dates are
those reported by then. Mentions are grouped as they are grouped today (users' splits and merges
included); the history of each event's stored versions stays in `event_history` (`event ID`).
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

from sqlalchemy import and_, or_, select
from sqlalchemy.engine import Connection

from .. import merge
from ..records import EventMention
from . import schema

m_, a_ = schema.mentions, schema.articles


def bounds(value: str) -> tuple[str, str]:
    """(last publication day, last ingest timestamp) for a date (the end of that day, UTC) or an
    ISO timestamp."""
    from .query import QueryError

    try:
        if len(value) == 10:
            day = date.fromisoformat(value)
            return day.isoformat(), datetime.combine(day, datetime.max.time(), UTC).isoformat()
        dt = datetime.fromisoformat(value)
    except ValueError:
        raise QueryError(f"as_of must be a date (YYYY-MM-DD) or an ISO timestamp, not {value!r}") from None
    dt = (dt if dt.tzinfo else dt.replace(tzinfo=UTC)).astimezone(UTC)
    return dt.date().isoformat(), dt.isoformat(timespec="microseconds")


def events_as_of(conn: Connection, value: str) -> list[dict]:
    day, moment = bounds(value)
    known = or_(and_(a_.c.published.is_not(None), a_.c.published <= day),
                and_(a_.c.published.is_(None), a_.c.ingested_at <= moment))
    refs: dict[str, list[merge.MentionRef]] = {}
    reasons: dict[str, dict] = {}
    rows = conn.execute(select(m_.c.id, m_.c.event_id, m_.c.data, m_.c.merge_reasons, a_.c.id, a_.c.published,
                               a_.c.outlet, a_.c.origin, a_.c.doc)
                        .join(a_, a_.c.id == m_.c.article_id).where(known).order_by(m_.c.event_id, m_.c.id))
    for mid, eid, data, why, aid, published, outlet, origin, doc in rows:
        meta = merge.ArticleMeta(aid, published, outlet, origin or f"article:{aid}", doc)
        refs.setdefault(eid, []).append(merge.MentionRef(EventMention.from_dict(json.loads(data)), meta, event_id=eid))
        reasons[mid] = json.loads(why or "{}")
    el = schema.event_links
    plans: dict[str, list[str]] = {}
    outcomes: dict[str, list[str]] = {}
    for plan, outcome in conn.execute(select(el.c.plan_id, el.c.outcome_id)):
        if plan in refs and outcome in refs:  # both had been reported by then
            plans.setdefault(outcome, []).append(plan)
            outcomes.setdefault(plan, []).append(outcome)
    return [merge.derive_event(eid, members, reasons, plans.get(eid), outcomes.get(eid)).to_dict()
            for eid, members in refs.items()]
