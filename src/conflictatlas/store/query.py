"""Event queries: the one function behind `conflictatlas events` and (later) `GET /api/events`."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import and_, func, or_, select
from sqlalchemy.engine import Connection

from ..countries import alpha2
from ..errors import ConflictAtlasError
from ..records import PLOVER_TYPES, STATUSES
from . import schema


class QueryError(ConflictAtlasError):
    code = "E410"


@dataclass
class EventQuery:
    since: str | None = None  # ISO date: events that may have happened on or after it
    until: str | None = None
    country: str | None = None  # ISO alpha-2, alpha-3 or English name
    actor: str | None = None  # part of an actor's canonical name, either side
    type: str | None = None  # PLOVER type
    status: str | None = None
    bbox: tuple[float, float, float, float] | None = None  # west, south, east, north
    limit: int | None = None
    offset: int = 0


def country_code(value: str) -> str:
    code = alpha2(value)
    if code is None:
        raise QueryError(f"unknown country {value!r}: give an ISO code (LY, LBY) or an English name")
    return code


def _check_date(name: str, value: str) -> str:
    from datetime import date

    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        raise QueryError(f"--{name} must be a date as YYYY-MM-DD, not {value!r}") from None


def query_events(conn: Connection, q: EventQuery) -> list[dict]:
    e = schema.events
    where = []
    if q.since:
        where.append(func.coalesce(e.c.date_end, e.c.date_start) >= _check_date("since", q.since))
    if q.until:
        where.append(func.coalesce(e.c.date_start, e.c.date_end) <= _check_date("until", q.until))
    if q.country:
        where.append(e.c.country == country_code(q.country))
    if q.actor:
        needle = q.actor.lower()
        where.append(or_(func.lower(e.c.actor1).contains(needle, autoescape=True),
                         func.lower(e.c.actor2).contains(needle, autoescape=True)))
    if q.type:
        t = q.type.upper()
        if t not in PLOVER_TYPES:
            raise QueryError(f"unknown event type {q.type!r}; one of: {', '.join(PLOVER_TYPES)}")
        where.append(e.c.event_type == t)
    if q.status:
        if q.status not in STATUSES:
            raise QueryError(f"unknown status {q.status!r}; one of: {', '.join(STATUSES)}")
        where.append(e.c.status == q.status)
    if q.bbox:
        west, south, east, north = q.bbox
        where.append(and_(e.c.lat.between(south, north), e.c.lon.between(west, east)))
    stmt = select(e.c.data).where(*where).order_by(
        func.coalesce(e.c.date_end, e.c.date_start, e.c.first_reported).desc(), e.c.id)
    if q.limit is not None:
        stmt = stmt.limit(q.limit)
    if q.offset:
        stmt = stmt.offset(q.offset)
    return [json.loads(r[0]) for r in conn.execute(stmt)]
