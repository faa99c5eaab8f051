"""Event queries: the one function behind `conflictatlas events` and (later) `GET /api/events`."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta

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
    min_corroboration: int | None = None
    as_of: str | None = None  # what was known then: a date or timestamp (the event history)
    limit: int | None = None
    offset: int = 0

    def checked(self) -> EventQuery:
        """The same query with values normalised, or a QueryError naming the bad one."""
        q = EventQuery(**self.__dict__)
        q.since = _check_date("since", q.since) if q.since else None
        q.until = _check_date("until", q.until) if q.until else None
        q.country = country_code(q.country) if q.country else None
        if q.type:
            q.type = q.type.upper()
            if q.type not in PLOVER_TYPES:
                raise QueryError(f"unknown event type {self.type!r}; one of: {', '.join(PLOVER_TYPES)}")
        if q.status and q.status not in STATUSES:
            raise QueryError(f"unknown status {q.status!r}; one of: {', '.join(STATUSES)}")
        if q.bbox is not None:
            west, south, east, north = q.bbox
            if not (-180 <= west <= 180 and -180 <= east <= 180 and -90 <= south <= north <= 90):
                raise QueryError("bbox must be west,south,east,north in degrees with south <= north")
        if q.limit is not None and q.limit < 0 or q.offset < 0:
            raise QueryError("limit and offset must not be negative")
        return q


def country_code(value: str) -> str:
    code = alpha2(value)
    if code is None:
        raise QueryError(f"unknown country {value!r}: give an ISO code (LY, LBY) or an English name")
    return code


def _check_date(name: str, value: str) -> str:
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        raise QueryError(f"--{name} must be a date as YYYY-MM-DD, not {value!r}") from None


def query_events(conn: Connection, q: EventQuery) -> list[dict]:
    q = q.checked()
    if q.as_of:
        from .merging import as_of_bound, history_as_of

        rows = [e for e in history_as_of(conn, as_of_bound(q.as_of)) if matches(e, q)]
        rows.sort(key=_sort_key, reverse=True)
        return rows[q.offset:q.offset + q.limit if q.limit is not None else None]
    e = schema.events
    # Latest first, in the order of the day indexes so a page is read off the index.
    stmt = select(e.c.data).where(*_where(q, conn)).order_by(_day().desc(), _first_day().desc(), e.c.id.desc())
    if q.limit is not None:
        stmt = stmt.limit(q.limit)
    if q.offset:
        stmt = stmt.offset(q.offset)
    return [json.loads(r[0]) for r in conn.execute(stmt)]


def count_events(conn: Connection, q: EventQuery) -> int:
    q = q.checked()
    if q.as_of:
        return len(query_events(conn, EventQuery(**{**q.__dict__, "limit": None, "offset": 0})))
    return conn.execute(select(func.count()).select_from(schema.events).where(*_where(q, conn))).scalar_one()


def _day():
    e = schema.events
    return func.coalesce(e.c.date_end, e.c.date_start)  # schema.EVENT_DAY, the indexed expression


def _first_day():
    e = schema.events
    return func.coalesce(e.c.date_start, e.c.date_end)  # schema.EVENT_FIRST_DAY


def longest_span(conn: Connection) -> int:
    """The most days any stored event's date spans (read off ix_events_span)."""
    return conn.execute(select(func.max(schema.events.c.span_days))).scalar() or 0


def _where(q: EventQuery, conn: Connection) -> list:
    e = schema.events
    where = []
    if q.since:
        where.append(_day() >= q.since)
    if q.until:
        where.append(_first_day() <= q.until)
        # Implied by the line above for every event, but it bounds the index range on the last day:
        # without it a month's query scans every later event of the country.
        bound = date.fromisoformat(q.until) + timedelta(days=longest_span(conn))
        where.append(_day() <= bound.isoformat())
    if q.country:
        where.append(e.c.country == q.country)
    if q.actor:
        needle = q.actor.lower()
        where.append(or_(func.lower(e.c.actor1).contains(needle, autoescape=True),
                         func.lower(e.c.actor2).contains(needle, autoescape=True)))
    if q.type:
        where.append(e.c.event_type == q.type)
    if q.status:
        where.append(e.c.status == q.status)
    if q.bbox:
        west, south, east, north = q.bbox
        where.append(and_(e.c.lat.between(south, north), e.c.lon.between(west, east)))
    if q.min_corroboration:
        where.append(e.c.corroboration >= q.min_corroboration)
    return where


def _sort_key(e: dict) -> tuple[str, str, str]:
    d = e.get("date") or {}
    return d.get("end") or d.get("start") or "", d.get("start") or d.get("end") or "", e["id"]


def _actor_name(a: dict | None) -> str:
    return ((a or {}).get("name") or (a or {}).get("text") or "").lower()


def matches(e: dict, q: EventQuery) -> bool:
    """The SQL filters of `_where`, on an event dict (for versions read from the history)."""
    d, p = e.get("date") or {}, e.get("place") or {}
    if q.since and not (d.get("end") or d.get("start") or "") >= q.since:
        return False
    if q.until and not (d.get("start") or d.get("end") or "9999") <= q.until:
        return False
    if q.country and p.get("country") != q.country:
        return False
    if q.actor and q.actor.lower() not in _actor_name(e.get("actor1")) + "\n" + _actor_name(e.get("actor2")):
        return False
    if q.type and e.get("event_type") != q.type:
        return False
    if q.status and e.get("status") != q.status:
        return False
    if q.bbox:
        west, south, east, north = q.bbox
        if p.get("lat") is None or not (south <= p["lat"] <= north and west <= p["lon"] <= east):
            return False
    return not (q.min_corroboration and (e.get("corroboration") or 0) < q.min_corroboration)
