"""Opening a database: SQLite files or PostgreSQL URLs, and the rules writers follow on each.

Writers must be safe beside each other (two `ingest` runs, a `watch` beside an `ingest`, Dask
writers on one PostgreSQL server):

- SQLite: every writing transaction starts with BEGIN IMMEDIATE, so it holds the file's one write
  lock from its first read. (A deferred transaction that reads, then writes after another process
  committed, fails at once with "database is locked": its snapshot is stale and no wait can help.)
- PostgreSQL: transactions run at READ COMMITTED and take advisory locks (`lock`) on what they are
  about to decide on, all at once and in sorted order, so they cannot deadlock on them; after the
  locks every statement sees what the previous holder committed. Deadlocks on rows (rare) and
  serialization failures are retried (`retrying`).
"""

from __future__ import annotations

import hashlib
import sqlite3
import time
from collections.abc import Callable, Iterable
from typing import TypeVar

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError

from ..errors import StoreError

T = TypeVar("T")

# postgres:// is what Heroku, Render and libpq's own docs hand out; SQLAlchemy knows only postgresql.
_SCHEMES = {"postgres": "postgresql+psycopg", "postgresql": "postgresql+psycopg"}
RETRY_SQLSTATES = {"40001", "40P01"}  # serialization failure, deadlock detected
RETRIES = 8


def normalise_url(location: str) -> str:
    """A SQLAlchemy URL for what a user wrote: a file path, sqlite:///..., postgres(ql)://..."""
    scheme, sep, rest = location.partition("://")
    if not sep:
        return location
    return f"{_SCHEMES.get(scheme.lower(), scheme)}://{rest}"


def masked(url: str) -> str:
    """The URL as shown to people: the password replaced by ***; the driver name left out."""
    try:
        u = make_url(url)
    except ArgumentError:
        return url
    if u.drivername.startswith("postgresql"):
        u = u.set(drivername="postgresql")
    return u.render_as_string(hide_password=True)


def scrub(message: str, url: str) -> str:
    """A message with the URL's password taken out, wherever a driver may have echoed it."""
    try:
        password = make_url(url).password
    except ArgumentError:
        return message
    return message.replace(password, "***") if password else message


def open_engine(url: str) -> Engine:
    try:
        engine = create_engine(url, pool_pre_ping=url.startswith("postgresql"))
    except ModuleNotFoundError as exc:
        if url.startswith("postgresql"):
            raise StoreError(f"{masked(url)}: PostgreSQL needs the psycopg driver: "
                             "pip install 'conflictatlas[postgres]'") from exc
        raise StoreError(f"{masked(url)}: no driver for this database ({exc.name} is not installed)") from exc
    except ArgumentError as exc:
        raise StoreError(f"{masked(url)}: not a database URL or file path ({exc})") from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
    elif engine.dialect.name != "postgresql":
        raise StoreError(f"{masked(url)}: only SQLite files and PostgreSQL URLs are supported")
    return engine


def _sqlite_connect(dbapi_conn, _record) -> None:
    # Transactions are begun by _sqlite_begin, not by the sqlite3 module (which would begin them
    # lazily, deferred, and never for DDL): SQLAlchemy's documented recipe for pysqlite.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA busy_timeout=30000")  # first: switching to WAL may itself wait for a lock
    # Readers never block the ingest writer. Switching a new file to WAL while another process
    # creates or switches it can fail at once with "database is locked", without the busy handler
    # waiting (SQLite gives up rather than risk a deadlock): so retry, for up to the same 30 s.
    deadline = time.monotonic() + 30
    while True:
        try:
            cur.execute("PRAGMA journal_mode=WAL")
            break
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)
    cur.execute("PRAGMA synchronous=NORMAL")  # durable at checkpoints; WAL keeps it consistent
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def _sqlite_begin(conn: Connection) -> None:
    mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


def writer(engine: Engine) -> Engine:
    """The engine writing transactions go through: on SQLite they take the write lock up front."""
    return engine.execution_options(sqlite_begin="IMMEDIATE") if engine.dialect.name == "sqlite" else engine


def lock_key(*parts: object) -> int:
    """A signed 64-bit advisory-lock key for a tuple of names (the same in every process)."""
    digest = hashlib.blake2b("\x1f".join(map(str, parts)).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def lock(conn: Connection, exclusive: Iterable[int], shared: Iterable[int] = ()) -> None:
    """Take transaction-scoped advisory locks, all in one statement and in key order (PostgreSQL;
    SQLite's write lock already serialises writers). A key wanted both ways is taken exclusively."""
    if conn.dialect.name != "postgresql":
        return
    modes = {k: False for k in shared}
    modes.update({k: True for k in exclusive})
    if not modes:
        return
    keys = sorted(modes)
    conn.execute(text("SELECT CASE WHEN x THEN pg_advisory_xact_lock(k) ELSE pg_advisory_xact_lock_shared(k) END "
                      "FROM unnest(CAST(:keys AS bigint[]), CAST(:modes AS boolean[])) AS t(k, x)"),
                 {"keys": keys, "modes": [modes[k] for k in keys]})


def _retryable(exc: DBAPIError) -> bool:
    code = getattr(exc.orig, "sqlstate", None)
    if code in RETRY_SQLSTATES:
        return True
    # SQLite: a writer that waited out busy_timeout behind a very long transaction.
    return isinstance(exc, OperationalError) and "database is locked" in str(exc.orig)


def retrying(what: Callable[[], T]) -> T:
    """Run a whole transaction again when the database aborted it for a lock conflict."""
    for attempt in range(RETRIES):
        try:
            return what()
        except DBAPIError as exc:
            if attempt == RETRIES - 1 or not _retryable(exc):
                raise
            time.sleep(0.05 * 2 ** attempt)
    raise AssertionError("unreachable")
