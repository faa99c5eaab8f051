"""Stage 4: the store. One transaction per article: a crash leaves whole articles or none.

`Store(location)` opens (and on first use creates and migrates) a SQLite file in WAL mode, or a
PostgreSQL database given as postgresql://user:password@host/db or postgres://... (the psycopg 3
driver: `pip install 'conflictatlas[postgres]'`). All SQL goes through SQLAlchemy Core with bound
parameters. Any number of processes may write to one store at once (engine.py says how).
`Store(path, create=False)` refuses a path where no database is, and `readonly=True` opens a
SQLite file without writing to it or beside it (a store on read-only media or in a folder the user
may not write). Every database failure, a damaged file included, is one StoreError.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Self
from urllib.parse import quote

from sqlalchemy import create_engine, func, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import QueuePool

from .. import merge
from ..errors import StoreError
from ..merge.dedup import Fingerprint
from ..records import Article, EventMention
from . import browse, copies, corrections, merging, rows, schema
from .engine import lock, lock_key, masked, normalise_url, open_engine, retrying, scrub, writer
from .query import EventQuery, count_events, query_events

__all__ = ["EventQuery", "Store", "query_events"]

MIGRATION_LOCK = lock_key("conflictatlas", "migrations")


class _AlreadyStored(Exception):
    """Another writer stored the article first: this transaction is rolled back."""


def _sqlite_reader(path: Path):
    """A connection factory that never writes. `mode=ro` still needs the WAL's shared-memory file
    beside the database; where that cannot be created (a read-only folder or medium) the file is
    opened `immutable`, which reads it as it is, without locks."""
    target = quote(str(path.resolve()))

    def connect():
        conn = sqlite3.connect(f"file:{target}?mode=ro", uri=True, check_same_thread=False)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return conn
        except sqlite3.OperationalError:
            conn.close()
        return sqlite3.connect(f"file:{target}?immutable=1", uri=True, check_same_thread=False)

    return connect


class Store:
    def __init__(self, location: str | Path, *, create: bool = True, readonly: bool = False):
        url = str(location)
        self.readonly = readonly
        self._path: Path | None = None
        if "://" not in url:
            path = Path(url)
            if path.is_dir():
                raise StoreError(f"{path} is a folder, not a database file")
            if not path.exists():
                if not create:
                    raise StoreError(f"no database at {path}: only `ingest` and `watch` create one "
                                     "(check --db or $CONFLICTATLAS_DB)")
                try:
                    path.parent.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    raise StoreError(f"cannot create the database folder {path.parent}: {exc.strerror}") from exc
            url = f"sqlite:///{path}"
        self._url = normalise_url(url)
        self.url = masked(self._url)  # what messages show: never the password
        if readonly and self._url.startswith("sqlite:///"):
            self._path = Path(self._url.removeprefix("sqlite:///"))
            # QueuePool, as for any SQLite file: for a "sqlite://" URL SQLAlchemy would pick its
            # in-memory pool (one connection per thread, at most five), which closes connections
            # that other threads are still using: 503s, then a segfault, under `serve`'s threads.
            self.engine = create_engine("sqlite://", creator=_sqlite_reader(self._path), poolclass=QueuePool)
        else:
            self.engine = open_engine(self._url)
            if self.engine.dialect.name == "sqlite":
                self._path = Path(self.engine.url.database)
        self._writer = writer(self.engine)
        self.migrate()

    @property
    def path(self) -> Path | None:
        """The SQLite file, or None for a server database."""
        return self._path

    @property
    def location(self) -> str:
        """What opens this store again in another process: the file's path or the full URL."""
        return str(self._path) if self._path is not None else self._url

    @contextmanager
    def _read(self) -> Iterator:
        """A reading connection; a database failure (a damaged file, a lost server) is one StoreError."""
        try:
            with self.engine.connect() as conn:
                yield conn
        except SQLAlchemyError as exc:
            raise self._error("cannot read database", exc) from exc

    @property
    def name(self) -> str:
        """The store as messages name it: the file's path, or the URL without its password."""
        path = self.path
        return str(path) if path is not None else self.url

    def _error(self, what: str, exc: SQLAlchemyError) -> StoreError:
        detail = " ".join(str(exc.orig if getattr(exc, "orig", None) is not None else exc).split())  # one line
        if "malformed" in detail or "not a database" in detail:
            detail += "; the file is damaged (sqlite3's .recover can save what is left)"
        return StoreError(scrub(f"{what} {self.name}: {exc.__class__.__name__}: {detail}", self._url))

    def migrate(self) -> list[int]:
        """Apply pending migrations, once, however many processes open a new store together: the
        first takes the lock (SQLite's write lock, a PostgreSQL advisory lock) and migrates; the
        others wait, then find nothing left to do."""
        try:
            with self.engine.connect() as conn:
                if not schema.pending(conn):
                    return []
            if self.readonly:
                raise StoreError(f"database {self.name} needs upgrading to this version's schema, which a "
                                 "read-only command cannot do: run `conflictatlas ingest --db ...` on it once "
                                 "(with no input it only upgrades)")
            with self._writer.begin() as conn:
                lock(conn, [MIGRATION_LOCK])
                todo = schema.pending(conn)
                if todo:
                    schema.metadata.create_all(conn, tables=[schema.migrations_table])
                for version, name, apply in todo:
                    apply(conn)
                    conn.execute(insert(schema.migrations_table).values(version=version, name=name,
                                                                        applied_at=rows.now()))
        except SQLAlchemyError as exc:
            raise self._error("cannot open database", exc) from exc
        return [v for v, _, _ in todo]

    def close(self) -> None:
        if self.engine.dialect.name == "sqlite" and not self.readonly:
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
        with self._read() as conn:
            for i in range(0, len(ids), 500):
                chunk = ids[i:i + 500]
                out |= {r[0] for r in conn.execute(select(schema.articles.c.id).where(schema.articles.c.id.in_(chunk)))}
        return out

    def add_article(self, article: Article, mentions: list[EventMention], fingerprint: Fingerprint | None = None) -> bool:
        """Store an article with its mentions atomically, linking it to the story it copies and
        merging its mentions into events. False if it was already there (stored by this or any
        other process: never an error). `fingerprint` may come precomputed from a worker."""
        fp = fingerprint or Fingerprint.of(article.text)
        bands = merge.band_keys(fp.minhash)
        # Two mentions with one id are one mention told twice (same sentence, trigger and type).
        mentions = list({m.id: m for m in mentions}.values())
        exclusive, shared = _merge_locks(mentions)
        exclusive |= {lock_key("article", article.id), *bands}

        def transaction() -> bool:
            with self._writer.begin() as conn:
                lock(conn, exclusive, shared)
                if conn.execute(select(schema.articles.c.id).where(schema.articles.c.id == article.id)).first():
                    return False
                now = rows.now()
                original, repointed_copies, repointed = copies.original(conn, article, fp, bands)
                article.duplicate_of = original.id if original else None
                origin = merge.origin(article, original.origin if original else None)
                row = rows.article_row(article, len(mentions), origin)
                if conn.execute(_insert_ignore(conn, schema.articles), row).rowcount == 0:
                    raise _AlreadyStored  # only without locks to prevent it; undo what was done
                copies.save(conn, article.id, fp, bands)
                kin = [original.id] if original else repointed_copies  # a new article has no other copies
                touched = set(merging.assign(conn, mentions, merge.ArticleMeta(
                    article.id, article.published, article.outlet, origin, article.doc), now, copy_of=kin))
                touched |= set(repointed)  # an earlier original arrived late: its copies' events change
                _settle(conn, touched, now)
            return True

        try:
            return retrying(transaction)
        except _AlreadyStored:
            return False
        except SQLAlchemyError as exc:
            raise self._error(f"cannot store {article.source} in", exc) from exc

    def redate_article(self, article: Article, mentions: list[EventMention]) -> bool:
        """Give a stored article a corrected publication date, with its mentions coded again under
        it (relative dates such as "on Monday" hang on it): the old mentions leave their events, the
        new ones are merged like any, and every event that changed gets a new version in the
        history (the old ones stay). False if the article is not stored."""
        mentions = list({m.id: m for m in mentions}.values())
        with self._read() as conn:
            old = merging.article_mentions(conn, article.id)
        exclusive, shared = _merge_locks(mentions + old)
        exclusive |= {lock_key("article", article.id)}

        def transaction() -> bool:
            with self._writer.begin() as conn:
                lock(conn, exclusive, shared)
                a = schema.articles
                row = conn.execute(select(a.c.origin, a.c.duplicate_of, a.c.outlet, a.c.doc)
                                   .where(a.c.id == article.id)).first()
                if row is None:
                    return False
                now = rows.now()
                left = merging.remove_mentions(conn, article.id, now)
                conn.execute(update(a).where(a.c.id == article.id).values(published=article.published,
                                                                          n_mentions=len(mentions)))
                kin = [row.duplicate_of] if row.duplicate_of else copies.copies_of(conn, article.id)
                meta = merge.ArticleMeta(article.id, article.published, row.outlet, row.origin or f"article:{article.id}",
                                         row.doc)
                _settle(conn, set(merging.assign(conn, mentions, meta, now, copy_of=kin)) | set(left), now)
            return True

        try:
            return retrying(transaction)
        except SQLAlchemyError as exc:
            raise self._error(f"cannot re-date {article.source} in", exc) from exc

    # --- reading --------------------------------------------------------------------------

    def published_dates(self, ids: list[str]) -> dict[str, str | None]:
        """The publication date each stored article has now."""
        a = schema.articles
        out: dict[str, str | None] = {}
        with self._read() as conn:
            for i in range(0, len(ids), 500):
                out.update(conn.execute(select(a.c.id, a.c.published).where(a.c.id.in_(ids[i:i + 500]))).all())
        return out

    def counts(self) -> dict[str, int]:
        with self._read() as conn:
            return {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                    for t in (schema.articles, schema.mentions, schema.events)}

    def events(self, q: EventQuery | None = None) -> list[dict]:
        with self._read() as conn:
            return query_events(conn, q or EventQuery())

    def count_events(self, q: EventQuery | None = None) -> int:
        with self._read() as conn:
            return count_events(conn, q or EventQuery())

    def event(self, event_id: str) -> dict:
        """One event with its mentions, sources, merge reasons, plan links and corrections."""
        with self._read() as conn:
            return corrections.detail(conn, event_id)

    def daily_counts(self, q: EventQuery | None = None) -> list[dict]:
        with self._read() as conn:
            return browse.daily_counts(conn, q or EventQuery())

    def articles(self, limit: int = 100, offset: int = 0) -> list[dict]:
        with self._read() as conn:
            return browse.articles(conn, limit, offset)

    def article(self, article_id: str) -> dict:
        with self._read() as conn:
            return browse.article(conn, article_id)

    def actors(self, limit: int = 100) -> list[dict]:
        with self._read() as conn:
            return browse.actors(conn, limit)

    # --- corrections ------------------------------------------------------------------------

    def split(self, event_id: str, mention_ids: list[str], note: str | None = None) -> str:
        def transaction() -> str:
            with self._writer.begin() as conn:
                return corrections.split(conn, event_id, mention_ids, rows.now(), note)
        try:
            return retrying(transaction)
        except SQLAlchemyError as exc:
            raise self._error("cannot write to", exc) from exc

    def merge_events(self, target: str, others: list[str], note: str | None = None) -> None:
        def transaction() -> None:
            with self._writer.begin() as conn:
                corrections.merge_events(conn, target, others, rows.now(), note)
        try:
            retrying(transaction)
        except SQLAlchemyError as exc:
            raise self._error("cannot write to", exc) from exc


def _merge_locks(mentions: list[EventMention]) -> tuple[set[int], set[int]]:
    """Advisory-lock keys that serialise this article's merging with every other merge that could
    read or change the same candidate events. A mention of country C may join events of its type
    family in C or of no known country: it takes (family, C) exclusively and (family) shared; a
    mention of no country may join any event of its family: it takes (family) exclusively.
    Events of no country that two countries' mentions both read are locked row by row
    (merging.candidates)."""
    exclusive, shared = set(), set()
    for m in mentions:
        fam = merge.rules.family(m.event_type)
        country = m.place.country if m.place is not None else None
        if country:
            exclusive.add(lock_key("merge", fam, country))
            shared.add(lock_key("merge", fam))
        else:
            exclusive.add(lock_key("merge", fam))
    return exclusive, shared - exclusive


def _insert_ignore(conn, table):
    """INSERT that leaves an existing row (same key) as it is, on either backend."""
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    return dialect.insert(table).on_conflict_do_nothing()


def _settle(conn, touched: set, now: str) -> None:
    """New versions of the events a write touched, then of those whose plan links that changed."""
    events = merging.refresh(conn, touched, now) if touched else []
    changed = merging.link_plans(conn, events, now)
    if changed:
        merging.refresh(conn, changed, now)
