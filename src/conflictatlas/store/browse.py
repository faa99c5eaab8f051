"""Read-only listings behind the API: articles, actors, daily counts for the timeline."""

from __future__ import annotations

import json

from sqlalchemy import case, func, literal, or_, select, union_all
from sqlalchemy.engine import Connection

from ..records import REPORTED
from . import schema
from .corrections import NotFound
from .query import EventQuery, _where

a_, e_ = schema.articles, schema.events
_ARTICLE_LIST = (a_.c.id, a_.c.title, a_.c.outlet, a_.c.url, a_.c.published, a_.c.language, a_.c.duplicate_of,
                 a_.c.original_outlet, a_.c.n_mentions, a_.c.ingested_at)


def articles(conn: Connection, limit: int, offset: int) -> list[dict]:
    rows = conn.execute(select(*_ARTICLE_LIST).order_by(a_.c.published.desc(), a_.c.id).limit(limit).offset(offset))
    return [dict(r._mapping) for r in rows]


def article(conn: Connection, article_id: str) -> dict:
    row = conn.execute(select(*_ARTICLE_LIST, a_.c.text, a_.c.provenance, a_.c.source)
                       .where(a_.c.id == article_id)).first()
    if row is None:
        raise NotFound(f"no article {article_id!r}")
    out = dict(row._mapping)
    out["provenance"] = json.loads(out["provenance"] or "{}")
    return out


def actors(conn: Connection, limit: int) -> list[dict]:
    sides = union_all(
        select(e_.c.actor1.label("name"), e_.c.actor1_country.label("country"), literal("actor1").label("side"))
        .where(e_.c.actor1.is_not(None)),
        select(e_.c.actor2, e_.c.actor2_country, literal("actor2")).where(e_.c.actor2.is_not(None)),
    ).subquery()
    rows = conn.execute(select(sides.c.name, sides.c.country, func.count().label("events"),
                               func.sum(case((sides.c.side == "actor1", 1), else_=0)).label("as_actor1"))
                        .group_by(sides.c.name, sides.c.country).order_by(func.count().desc(), sides.c.name)
                        .limit(limit))
    return [dict(r._mapping) for r in rows]


def daily_counts(conn: Connection, q: EventQuery) -> list[dict]:
    # Dated by its report only ("reported": the report's day and the day before): its report's day.
    by_report = or_(e_.c.date_start.is_(None), e_.c.date_precision == REPORTED)
    day = case((by_report, e_.c.date_end), else_=func.coalesce(e_.c.date_start, e_.c.date_end))
    undated = func.sum(case((by_report, 1), else_=0))
    rows = conn.execute(select(day.label("date"), e_.c.status, func.count(), undated)
                        .where(*_where(q.checked(), conn), day.is_not(None)).group_by(day, e_.c.status).order_by(day))
    out: dict[str, dict] = {}
    # An event the text does not date is counted on its report's date, and said to be ("undated").
    for d, status, n, nodate in rows:
        entry = out.setdefault(d, {"date": d, "count": 0, "undated": 0, "by_status": {}})
        entry["count"] += n
        entry["undated"] += int(nodate or 0)
        entry["by_status"][status] = n
    return list(out.values())
