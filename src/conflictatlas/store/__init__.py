"""Stage 4: the store. One transaction per article: a crash leaves whole articles or none.

`Store(path)` opens (and on first use creates and migrates) a SQLite file in WAL mode, or any
SQLAlchemy URL (postgresql://...). All SQL goes through SQLAlchemy Core with bound parameters.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Self

from sqlalchemy import create_engine, event, func, insert, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from ..errors import StoreError
from ..records import Article, Event, EventMention
from . import schema
from .query import EventQuery, query_events

__all__ = ["EventQuery", "Store", "query_events"]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")  # readers never block the ingest writer
    cur.execute("PRAGMA synchronous=NORMAL")  # durable at checkpoints; WAL keeps it consistent
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


class Store:
    def __init__(self, location: str | Path):
        url = str(location)
        if "://" not in url:
            path = Path(url)
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"cannot create the database folder {path.parent}: {exc.strerror}") from exc
            url = f"sqlite:///{path}"
        self.url = url
        self.engine: Engine = create_engine(url)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self.migrate()

    def migrate(self) -> list[int]:
        try:
            with self.engine.begin() as conn:
                todo = schema.pending(conn)
                if todo:
                    schema.metadata.create_all(conn, tables=[schema.migrations_table])
                for version, name, apply in todo:
                    apply(conn)
                    conn.execute(insert(schema.migrations_table).values(version=version, name=name,
                                                                        applied_at=_now()))
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot open database {self.url}: {exc.__class__.__name__}: {exc.orig if hasattr(exc, 'orig') else exc}") from exc
        return [v for v, _, _ in todo]

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- writing --------------------------------------------------------------------------

    def known_ids(self, ids: list[str]) -> set[str]:
        out: set[str] = set()
        with self.engine.connect() as conn:
            for i in range(0, len(ids), 500):
                chunk = ids[i:i + 500]
                out |= {r[0] for r in conn.execute(select(schema.articles.c.id).where(schema.articles.c.id.in_(chunk)))}
        return out

    def add_article(self, article: Article, mentions: list[EventMention], events: list[Event]) -> bool:
        """Store an article with its mentions and events atomically. False if it was already there."""
        with self.engine.begin() as conn:
            if conn.execute(select(schema.articles.c.id).where(schema.articles.c.id == article.id)).first():
                return False
            conn.execute(insert(schema.articles).values(_article_row(article, len(mentions))))
            if mentions:
                conn.execute(insert(schema.mentions), [_mention_row(m, e.id) for m, e in zip(mentions, events, strict=True)])
            new_events = [e for e in events if not conn.execute(
                select(schema.events.c.id).where(schema.events.c.id == e.id)).first()]
            if new_events:
                conn.execute(insert(schema.events), [_event_row(e) for e in new_events])
        return True

    # --- reading --------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                    for t in (schema.articles, schema.mentions, schema.events)}

    def events(self, q: EventQuery | None = None) -> list[dict]:
        with self.engine.connect() as conn:
            return query_events(conn, q or EventQuery())


def _article_row(a: Article, n_mentions: int) -> dict:
    return {
        "id": a.id, "doc": a.doc, "source": a.source, "url": a.url, "canonical_url": a.canonical_url,
        "outlet": a.outlet, "title": a.title, "author": a.author, "published": a.published,
        "language": a.language, "original_outlet": a.provenance.original_outlet,
        "duplicate_of": a.duplicate_of, "provenance": json.dumps(a.provenance.to_dict()),
        "text": a.text, "n_mentions": n_mentions, "ingested_at": _now(),
    }


def _actor_cols(prefix: str, actor) -> dict:
    return {prefix: actor.name or actor.text if actor else None,
            f"{prefix}_country": actor.country if actor else None}


def _place_cols(p) -> dict:
    return {"place": p.name if p else None, "geonameid": p.geonameid if p else None,
            "country": p.country if p else None, "lat": p.lat if p else None, "lon": p.lon if p else None,
            "precision": p.precision if p else None}


def _mention_row(m: EventMention, event_id: str) -> dict:
    return {
        "id": m.id, "article_id": m.evidence.article_id, "event_id": event_id, "event_type": m.event_type,
        "mode": m.mode, "status": m.status, **_actor_cols("actor1", m.actor1), **_actor_cols("actor2", m.actor2),
        **_place_cols(m.place), "date_start": m.date.start, "date_end": m.date.end,
        "fatalities_low": m.fatalities.low, "fatalities_best": m.fatalities.best,
        "fatalities_high": m.fatalities.high, "source": m.attribution.source,
        "anonymous": m.attribution.anonymous, "segment": m.attribution.segment,
        "confidence": m.confidence, "data": json.dumps(m.to_dict()),
    }


def _event_row(e: Event) -> dict:
    return {
        "id": e.id, "event_type": e.event_type, "mode": e.mode, "status": e.status,
        **_actor_cols("actor1", e.actor1), **_actor_cols("actor2", e.actor2), **_place_cols(e.place),
        "admin1": e.place.admin1 if e.place else None, "where_prec": e.place.where_prec if e.place else None,
        "date_start": e.date.start, "date_end": e.date.end, "date_precision": e.date.precision,
        "date_prec": e.date.date_prec, "fatalities_low": e.fatalities.low,
        "fatalities_best": e.fatalities.best, "fatalities_high": e.fatalities.high,
        "corroboration": e.corroboration, "first_reported": e.first_reported, "n_mentions": len(e.mentions),
        "data": json.dumps(e.to_dict()),
    }
