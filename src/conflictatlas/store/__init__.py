"""Stage 4: the store. One transaction per article: a crash leaves whole articles or none.

`Store(path)` opens (and on first use creates and migrates) a SQLite file in WAL mode, or any
SQLAlchemy URL (postgresql://...). All SQL goes through SQLAlchemy Core with bound parameters.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Self

from sqlalchemy import create_engine, event, func, insert, or_, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from .. import merge
from ..errors import StoreError
from ..merge.dedup import (
    MIN_CONTAINMENT,
    MIN_SHINGLES,
    DuplicateIndex,
    Fingerprint,
    containment,
    minhash_from_bytes,
    shingles,
)
from ..records import Article, Event, EventMention
from . import browse, corrections, merging, schema
from .query import EventQuery, count_events, query_events

__all__ = ["EventQuery", "Store", "query_events"]


def _now() -> str:
    # Microseconds: history rows are ordered and cut by these (events --as-of).
    return datetime.now(UTC).isoformat(timespec="microseconds")


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
        self._dup_index: DuplicateIndex | None = None
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
        if self.engine.dialect.name == "sqlite":
            # Keeps the planner's statistics current as the store grows (SQLite's advice for
            # long-lived databases); without them it may pick a non-covering index for a count.
            try:
                with self.engine.begin() as conn:
                    conn.exec_driver_sql("PRAGMA optimize")
            except SQLAlchemyError:
                pass  # a read-only file or a busy database: statistics can wait for the next close
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

    def add_article(self, article: Article, mentions: list[EventMention]) -> bool:
        """Store an article with its mentions atomically, linking it to the story it copies and
        merging its mentions into events. False if it was already there."""
        fp = Fingerprint.of(article.text)
        # Two mentions with one id are one mention told twice (same sentence, trigger and type).
        mentions = list({m.id: m for m in mentions}.values())
        with self.engine.begin() as conn:
            if conn.execute(select(schema.articles.c.id).where(schema.articles.c.id == article.id)).first():
                return False
            now = _now()
            original, repointed = self._original(conn, article, fp)
            article.duplicate_of = original.id if original else None
            origin = merge.origin(article, original.origin if original else None)
            conn.execute(insert(schema.articles).values(_article_row(article, len(mentions), origin)))
            conn.execute(insert(schema.signatures).values(article_id=article.id, minhash=fp.to_bytes()))
            touched = set(merging.assign(conn, mentions, merge.ArticleMeta(article.id, article.published,
                                                                           article.outlet, origin, article.doc), now))
            touched |= set(repointed)  # an earlier original arrived late: its copies' events change
            events = merging.refresh(conn, touched, now) if touched else []
            changed = merging.link_plans(conn, events, now)
            if changed:
                merging.refresh(conn, changed, now)
        self._duplicates().add(article.id, fp.minhash)
        return True

    def _duplicates(self) -> DuplicateIndex:
        if self._dup_index is None:
            index = DuplicateIndex()
            with self.engine.connect() as conn:
                for aid, raw in conn.execute(select(schema.signatures.c.article_id, schema.signatures.c.minhash)):
                    index.add(aid, minhash_from_bytes(raw))
            self._dup_index = index
        return self._dup_index

    def _original(self, conn, article: Article, fp: Fingerprint):
        """The stored article this one copies (its root), and the events to refresh if the new
        article turns out to be the earlier original of stored copies."""
        a = schema.articles
        ids = self._duplicates().candidates(fp.minhash)
        if not ids:
            return None, []
        rows = conn.execute(select(a.c.id, a.c.text, a.c.published, a.c.outlet, a.c.duplicate_of, a.c.origin)
                            .where(a.c.id.in_(ids))).all()
        roots = {}
        for r in rows:
            other = shingles(r.text)
            if min(len(other), len(fp.shingles)) >= MIN_SHINGLES and containment(fp.shingles, other) >= MIN_CONTAINMENT:
                root_id = r.duplicate_of or r.id
                root = r if root_id == r.id else conn.execute(
                    select(a.c.id, a.c.published, a.c.outlet, a.c.origin).where(a.c.id == root_id)).first()
                if root is not None:
                    roots[root.id] = root
        if not roots:
            return None, []
        credited = merge.origin(article) if article.provenance.original_outlet else None
        root = min(roots.values(), key=lambda r: (r.origin != credited, r.published or "9999", r.id))
        if credited is None and article.published and root.published and article.published < root.published:
            # The new article is the earlier telling: the stored copies now point at it.
            copies = [r[0] for r in conn.execute(select(a.c.id).where(or_(a.c.id == root.id, a.c.duplicate_of == root.id)))]
            conn.execute(update(a).where(a.c.id.in_(copies)).values(duplicate_of=article.id, origin=merge.origin(article)))
            events = [r[0] for r in conn.execute(select(schema.mentions.c.event_id).where(
                schema.mentions.c.article_id.in_(copies)).distinct())]
            return None, events
        return root, []

    # --- reading --------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                    for t in (schema.articles, schema.mentions, schema.events)}

    def events(self, q: EventQuery | None = None) -> list[dict]:
        with self.engine.connect() as conn:
            return query_events(conn, q or EventQuery())

    def count_events(self, q: EventQuery | None = None) -> int:
        with self.engine.connect() as conn:
            return count_events(conn, q or EventQuery())

    def event(self, event_id: str) -> dict:
        """One event with its mentions, sources, merge reasons, plan links and corrections."""
        with self.engine.connect() as conn:
            return corrections.detail(conn, event_id)

    def daily_counts(self, q: EventQuery | None = None) -> list[dict]:
        with self.engine.connect() as conn:
            return browse.daily_counts(conn, q or EventQuery())

    def articles(self, limit: int = 100, offset: int = 0) -> list[dict]:
        with self.engine.connect() as conn:
            return browse.articles(conn, limit, offset)

    def article(self, article_id: str) -> dict:
        with self.engine.connect() as conn:
            return browse.article(conn, article_id)

    def actors(self, limit: int = 100) -> list[dict]:
        with self.engine.connect() as conn:
            return browse.actors(conn, limit)

    # --- corrections ------------------------------------------------------------------------

    def split(self, event_id: str, mention_ids: list[str], note: str | None = None) -> str:
        with self.engine.begin() as conn:
            return corrections.split(conn, event_id, mention_ids, _now(), note)

    def merge_events(self, target: str, others: list[str], note: str | None = None) -> None:
        with self.engine.begin() as conn:
            corrections.merge_events(conn, target, others, _now(), note)


def _article_row(a: Article, n_mentions: int, origin: str | None = None) -> dict:
    return {"origin": origin,
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


def _span_days(start: str | None, end: str | None) -> int:
    if not (start and end):
        return 0
    return (date.fromisoformat(end[:10]) - date.fromisoformat(start[:10])).days


def _event_row(e: Event) -> dict:
    return {
        "id": e.id, "event_type": e.event_type, "mode": e.mode, "status": e.status,
        **_actor_cols("actor1", e.actor1), **_actor_cols("actor2", e.actor2), **_place_cols(e.place),
        "admin1": e.place.admin1 if e.place else None, "where_prec": e.place.where_prec if e.place else None,
        "date_start": e.date.start, "date_end": e.date.end, "date_precision": e.date.precision,
        "date_prec": e.date.date_prec, "span_days": _span_days(e.date.start, e.date.end),
        "fatalities_low": e.fatalities.low,
        "fatalities_best": e.fatalities.best, "fatalities_high": e.fatalities.high,
        "corroboration": e.corroboration, "first_reported": e.first_reported, "n_mentions": len(e.mentions),
        "data": json.dumps(e.to_dict()),
    }
