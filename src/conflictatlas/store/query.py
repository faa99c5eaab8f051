"""Event queries: the one function behind `conflictatlas events` and (later) `GET /api/events`."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.engine import Connection

from ..countries import alpha2
from ..errors import ConflictAtlasError
from ..records import PLOVER_TYPES, STATUSES
from . import schema


class QueryError(ConflictAtlasError):
    code = "E410"


# SQLite's INTEGER is 64-bit signed: a larger limit or offset cannot even be bound as a parameter.
MAX_INT = 2**63 - 1
POINT_PRECISIONS = ("point", "city", "admin2")  # places a map or a box may treat as a location


@dataclass
class EventQuery:
    since: str | None = None  # ISO date: events that may have happened on or after it
    until: str | None = None
    country: str | None = None  # ISO alpha-2, alpha-3 or English name
    actor: str | None = None  # a name or alias ("ISIS"), matched as part of either side's canonical name
    type: str | None = None  # PLOVER type
    status: str | None = None  # one status, or several separated by commas ("occurred,ongoing")
    bbox: tuple[float, float, float, float] | None = None  # west, south, east, north
    min_corroboration: int | None = None
    min_confidence: float | None = None  # events with a mention at least this confident (the gate's)
    as_of: str | None = None  # what had been published by then: a date or timestamp
    limit: int | None = None
    offset: int = 0

    def checked(self) -> EventQuery:
        """The same query with values normalised, or a QueryError naming the bad one. The CLI and
        the API both come through here, so a value is accepted by both or refused by both."""
        q = EventQuery(**self.__dict__)
        q.since = check_date("since", q.since) if q.since else None
        q.until = check_date("until", q.until) if q.until else None
        if q.since and q.until and q.since > q.until:
            raise QueryError(f"since ({q.since}) is after until ({q.until}): no day can match")
        q.country = country_code(q.country) if q.country else None
        if q.as_of:
            from .asof import bounds

            bounds(q.as_of)  # refused here, before any reading
        if q.actor is not None:
            q.actor = q.actor.strip() or None
        if q.type:
            q.type = q.type.upper()
            if q.type not in PLOVER_TYPES:
                raise QueryError(f"unknown event type {self.type!r}; one of: {', '.join(PLOVER_TYPES)}")
        if q.status:
            wanted = [s.strip().lower() for s in q.status.split(",") if s.strip()]
            if wanted == ["all"]:
                wanted = list(STATUSES)
            bad = [s for s in wanted if s not in STATUSES]
            if bad or not wanted:
                raise QueryError(f"unknown status {q.status!r}; one or more (comma-separated) of: "
                                 f"{', '.join(STATUSES)}, or all")
            q.status = ",".join(s for s in STATUSES if s in wanted)
        if q.bbox is not None:
            q.bbox = check_bbox(q.bbox)
        if q.min_corroboration is not None and not 1 <= q.min_corroboration <= MAX_INT:
            raise QueryError(f"min_corroboration must be a whole number of outlets, at least 1, "
                             f"not {q.min_corroboration}")
        if q.min_confidence is not None and not 0 <= q.min_confidence <= 1:  # also refuses nan
            raise QueryError(f"min_confidence must be between 0 and 1, not {q.min_confidence}")
        if q.limit is not None and not 1 <= q.limit <= MAX_INT:
            raise QueryError(f"limit must be at least 1 (and at most {MAX_INT}), not {q.limit}")
        if not 0 <= q.offset <= MAX_INT:
            raise QueryError(f"offset must be between 0 and {MAX_INT}, not {q.offset}")
        return q

    @property
    def statuses(self) -> list[str]:
        return self.status.split(",") if self.status else []


def check_bbox(box) -> tuple[float, float, float, float]:
    """west, south, east, north in degrees. West greater than east is a box across the
    antimeridian (170,-20,-170,20 spans Fiji); each bad value is named with its own reason."""
    try:
        west, south, east, north = (float(v) for v in box)
    except (TypeError, ValueError):
        raise QueryError(f"bbox must be four numbers west,south,east,north, not {box!r}") from None
    for name, v in (("west", west), ("east", east)):
        if not -180 <= v <= 180:  # also refuses nan
            raise QueryError(f"bbox {name} must be a longitude between -180 and 180, not {v:g}")
    for name, v in (("south", south), ("north", north)):
        if not -90 <= v <= 90:
            raise QueryError(f"bbox {name} must be a latitude between -90 and 90, not {v:g}")
    if south > north:
        raise QueryError(f"bbox south ({south:g}) must be <= north ({north:g})")
    return west, south, east, north


def parse_bbox(value: str) -> tuple[float, float, float, float]:
    """The CLI's and the API's `W,S,E,N` string, checked."""
    parts = value.split(",")
    if len(parts) != 4:
        raise QueryError(f"bbox must be four numbers west,south,east,north, not {value!r}")
    try:
        return check_bbox(tuple(float(p) for p in parts))
    except ValueError:
        raise QueryError(f"bbox must be four numbers west,south,east,north, not {value!r}") from None


def country_code(value: str) -> str:
    code = alpha2(value)
    if code is None:
        raise QueryError(f"unknown country {value!r}: give an ISO code (LY, LBY) or an English name")
    return code


def check_date(name: str, value: str) -> str:
    """An ISO date (YYYY-MM-DD; a timestamp's date part is kept), or a QueryError naming `name`."""
    try:
        if not isinstance(value, str) or len(value) < 10:
            raise ValueError
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        raise QueryError(f"{name} must be a date as YYYY-MM-DD, not {value!r}") from None


def actor_needles(actor: str) -> list[str]:
    """What an actor filter matches: the text as typed and, when the actor dictionary knows it as
    an alias, its canonical name ("ISIS" -> "islamic state", "Pentagon" -> "... department of defense")."""
    from ..nlp.lexicon import canonical_name

    needles = [actor.lower()]
    canonical = canonical_name(actor).lower()
    if canonical not in needles:
        needles.append(canonical)
    return needles


def query_events(conn: Connection, q: EventQuery) -> list[dict]:
    q = q.checked()
    if q.as_of:
        from .asof import events_as_of

        rows = [e for e in events_as_of(conn, q.as_of) if matches(e, q)]
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
        where.append(or_(*(side.contains(needle, autoescape=True) for needle in actor_needles(q.actor)
                           for side in (func.lower(e.c.actor1), func.lower(e.c.actor2)))))
    if q.type:
        where.append(e.c.event_type == q.type)
    if q.status:
        where.append(e.c.status.in_(q.statuses))
    if q.bbox:
        # Only events whose place is a location (point, city, admin2) can be inside a box: an event
        # known only as "in Libya" is not in every box drawn over Libya.
        west, south, east, north = q.bbox
        lon = e.c.lon.between(west, east) if west <= east else or_(e.c.lon >= west, e.c.lon <= east)
        where.append(and_(e.c.precision.in_(POINT_PRECISIONS), e.c.lat.between(south, north), lon))
    if q.min_corroboration:
        where.append(e.c.corroboration >= q.min_corroboration)
    if q.min_confidence:
        m = schema.mentions
        where.append(exists().where(m.c.event_id == e.c.id, m.c.confidence >= q.min_confidence))
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
    if q.actor:
        names = _actor_name(e.get("actor1")) + "\n" + _actor_name(e.get("actor2"))
        if not any(needle in names for needle in actor_needles(q.actor)):
            return False
    if q.type and e.get("event_type") != q.type:
        return False
    if q.status and e.get("status") not in q.statuses:
        return False
    if q.bbox:
        west, south, east, north = q.bbox
        if p.get("lat") is None or p.get("precision") not in POINT_PRECISIONS or not south <= p["lat"] <= north:
            return False
        if not (west <= p["lon"] <= east if west <= east else p["lon"] >= west or p["lon"] <= east):
            return False
    if q.min_confidence and (e.get("confidence") if e.get("confidence") is not None else 1.0) < q.min_confidence:
        return False  # versions stored before events had a confidence pass
    return not (q.min_corroboration and (e.get("corroboration") or 0) < q.min_corroboration)
