"""Tables and versioned migrations (SQLAlchemy Core; SQLite by default, PostgreSQL for teams).

Every stage's output is kept: articles with their provenance, every mention with its own values,
and events derived from them. Columns that users filter on are real columns with indexes; the full
record rides along as JSON so nothing a stage produced is lost.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    insert,
    inspect,
    select,
    text,
)
from sqlalchemy.engine import Connection

metadata = MetaData()

migrations_table = Table(
    "migrations", metadata,
    Column("version", Integer, primary_key=True),
    Column("name", String, nullable=False),
    Column("applied_at", String, nullable=False),
)

articles = Table(
    "articles", metadata,
    Column("id", String, primary_key=True),
    Column("doc", String, nullable=False),
    Column("source", Text, nullable=False),
    Column("url", Text), Column("canonical_url", Text), Column("outlet", String), Column("title", Text),
    Column("author", String), Column("published", String), Column("language", String),
    Column("original_outlet", String), Column("duplicate_of", String),
    Column("origin", String),  # independence key: copies share their original's (v2)
    Column("provenance", Text),  # JSON: credit text and reporting/commentary segments
    Column("text", Text, nullable=False),
    Column("n_mentions", Integer, nullable=False),  # written in the same transaction as the mentions
    Column("ingested_at", String, nullable=False),
    Index("ix_articles_published", "published"),
)

mentions = Table(
    "mentions", metadata,
    Column("id", String, primary_key=True),
    Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("event_id", String, nullable=False),
    Column("event_type", String, nullable=False), Column("mode", String), Column("status", String, nullable=False),
    Column("actor1", String), Column("actor1_country", String),
    Column("actor2", String), Column("actor2_country", String),
    Column("place", String), Column("geonameid", Integer), Column("country", String),
    Column("lat", Float), Column("lon", Float), Column("precision", String),
    Column("date_start", String), Column("date_end", String),
    Column("fatalities_low", Integer), Column("fatalities_best", Integer), Column("fatalities_high", Integer),
    Column("source", String), Column("anonymous", Boolean), Column("segment", String),
    Column("confidence", Float), Column("data", Text, nullable=False),
    Column("merge_reasons", Text),  # JSON: why this mention joined its event (v2)
    Index("ix_mentions_article", "article_id"),
    Index("ix_mentions_event", "event_id"),
)

events = Table(
    "events", metadata,
    Column("id", String, primary_key=True),
    Column("event_type", String, nullable=False), Column("mode", String), Column("status", String, nullable=False),
    Column("actor1", String), Column("actor1_country", String),
    Column("actor2", String), Column("actor2_country", String),
    Column("place", String), Column("geonameid", Integer), Column("country", String), Column("admin1", String),
    Column("lat", Float), Column("lon", Float), Column("precision", String), Column("where_prec", Integer),
    Column("date_start", String), Column("date_end", String), Column("date_precision", String),
    Column("date_prec", Integer),
    Column("fatalities_low", Integer), Column("fatalities_best", Integer), Column("fatalities_high", Integer),
    Column("corroboration", Integer, nullable=False), Column("first_reported", String),
    Column("n_mentions", Integer, nullable=False),
    Column("data", Text, nullable=False),
    # When the event can have happened, as merging reads it (v2): indexed for candidate lookup.
    Column("window_start", String), Column("window_end", String),
    # Days between the first and last possible day (v4): its maximum bounds a period query's scan.
    Column("span_days", Integer),
    # Days between window_start and window_end (v6): its maximum bounds a candidate lookup's scan.
    Column("window_days", Integer),
    Index("ix_events_date", "date_end", "date_start"),
    Index("ix_events_country_date", "country", "date_end"),
    Index("ix_events_type", "event_type", "status"),
    Index("ix_events_latlon", "lat", "lon"),
    Index("ix_events_actor1", "actor1"),
    Index("ix_events_actor2", "actor2"),
    Index("ix_events_merge", "event_type", "window_end"),
    Index("ix_events_corroboration", "corroboration"),
)

signatures = Table(
    "signatures", metadata,  # MinHash of each article's shingles, for near-duplicate lookup (v2)
    Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("minhash", LargeBinary, nullable=False),
)

lsh_bands = Table(
    # Each article's MinHash cut into LSH bands, one row per band (v5): every writer finds every
    # stored article a new one may copy with one indexed lookup, and no process rebuilds an index.
    "lsh_bands", metadata,
    Column("band_key", BigInteger, primary_key=True),
    Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    sqlite_with_rowid=False,
)

event_history = Table(
    "event_history", metadata,  # append-only: every version of every event (v2)
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("event_id", String, nullable=False),
    Column("recorded_at", String, nullable=False),
    Column("action", String, nullable=False),  # created, updated, split, merged, removed
    Column("data", Text),  # the event as it then was; null once removed
    Index("ix_history_event", "event_id", "seq"),
    Index("ix_history_time", "recorded_at"),
)

corrections = Table(
    "corrections", metadata,  # what users changed by hand, so it can be shown and honoured (v2)
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("recorded_at", String, nullable=False),
    Column("action", String, nullable=False),  # split, merge
    Column("event_id", String, nullable=False),
    Column("detail", Text, nullable=False),  # JSON
)

cannot_link = Table(
    "cannot_link", metadata,  # mention pairs a user split apart: never merged again (v2)
    Column("mention_a", String, primary_key=True),
    Column("mention_b", String, primary_key=True),
)

event_links = Table(
    "event_links", metadata,  # a planned or threatened event and a later event that carried it out (v2)
    Column("plan_id", String, primary_key=True),
    Column("outcome_id", String, primary_key=True),
    Column("reasons", Text, nullable=False),
    Column("recorded_at", String, nullable=False),
)

V2_COLUMNS = {"articles": ["origin"], "mentions": ["merge_reasons"], "events": ["window_start", "window_end"]}


def _v1_initial(conn: Connection) -> None:
    metadata.create_all(conn, tables=[articles, mentions, events])


def _v2_merging(conn: Connection) -> None:
    # A database created at v1 lacks the v2 columns; one created now has them from v1's create_all.
    inspector = inspect(conn)
    for table, names in V2_COLUMNS.items():
        have = {c["name"] for c in inspector.get_columns(table)}
        for name in names:
            if name not in have:
                conn.execute(text(f"ALTER TABLE {table} ADD COLUMN {name} {'TEXT'}"))
    metadata.create_all(conn, tables=[signatures, event_history, corrections, cannot_link, event_links])
    have_ix = {ix["name"] for ix in inspect(conn).get_indexes("events")}
    for ix in events.indexes:
        if ix.name not in have_ix:
            ix.create(conn)


def _v3_day_indexes(conn: Connection) -> None:
    # The date filters compare coalesce(date_end, date_start): an index on that expression turns a
    # country+period query into a range scan. Expression indexes are not reflected by SQLAlchemy,
    # hence plain DDL (valid in SQLite and PostgreSQL).
    conn.execute(text("CREATE INDEX IF NOT EXISTS ix_events_country_day ON events (country, coalesce(date_end, date_start))"))
    conn.execute(text("CREATE INDEX IF NOT EXISTS ix_events_day ON events (coalesce(date_end, date_start))"))


# The event's day as the period filters read it: last possible day, then first possible day.
EVENT_DAY = "coalesce(date_end, date_start)"
EVENT_FIRST_DAY = "coalesce(date_start, date_end)"


def _v4_spans(conn: Connection) -> None:
    # An event may have happened in [since, until] when its last day >= since and its first day <=
    # until. Only the first condition bounds an index on the last day; with the store's longest
    # span S, "last day <= until + S" bounds it from above too (see query._where). The indexes carry
    # both days and the id so a count or a page is read from the index alone.
    if "span_days" not in {c["name"] for c in inspect(conn).get_columns("events")}:
        conn.execute(text("ALTER TABLE events ADD COLUMN span_days INTEGER"))
    days = ("CAST(julianday(date_end) - julianday(date_start) AS INTEGER)" if conn.dialect.name == "sqlite"
            else "(CAST(date_end AS DATE) - CAST(date_start AS DATE))")
    conn.execute(text(f"UPDATE events SET span_days = CASE WHEN date_start IS NULL OR date_end IS NULL THEN 0 "
                      f"ELSE {days} END WHERE span_days IS NULL"))
    conn.execute(text("CREATE INDEX IF NOT EXISTS ix_events_span ON events (span_days)"))
    conn.execute(text("DROP INDEX IF EXISTS ix_events_country_day"))
    conn.execute(text("DROP INDEX IF EXISTS ix_events_day"))
    conn.execute(text(f"CREATE INDEX IF NOT EXISTS ix_events_country_days ON events "
                      f"(country, {EVENT_DAY}, {EVENT_FIRST_DAY}, id)"))
    conn.execute(text(f"CREATE INDEX IF NOT EXISTS ix_events_days ON events ({EVENT_DAY}, {EVENT_FIRST_DAY}, id)"))


def _v5_lsh_bands(conn: Connection) -> None:
    from ..merge.dedup import band_keys, minhash_from_bytes

    metadata.create_all(conn, tables=[lsh_bands])
    rows = conn.execute(select(signatures.c.article_id, signatures.c.minhash).order_by(signatures.c.article_id))
    batch: list[dict] = []
    for article_id, raw in rows:
        batch += [{"band_key": k, "article_id": article_id} for k in band_keys(minhash_from_bytes(raw))]
        if len(batch) >= 10000:
            conn.execute(insert(lsh_bands), batch)
            batch = []
    if batch:
        conn.execute(insert(lsh_bands), batch)


def _v6_candidate_window(conn: Connection) -> None:
    # A stored event can be a candidate for a mention whose interval is [s, e] when window_end >= s
    # and window_start <= e. An index on window_end bounds only the first: the scan ran to the end
    # of the store (all later events of the type), so merging slowed as the store grew. With the
    # longest window W, window_end <= e + W bounds it too (merging.candidates); the country is in
    # the index because a mention only meets events of its own country or of none.
    if "window_days" not in {c["name"] for c in inspect(conn).get_columns("events")}:
        conn.execute(text("ALTER TABLE events ADD COLUMN window_days INTEGER"))
    days = ("CAST(julianday(window_end) - julianday(window_start) AS INTEGER)" if conn.dialect.name == "sqlite"
            else "(CAST(window_end AS DATE) - CAST(window_start AS DATE))")
    conn.execute(text(f"UPDATE events SET window_days = {days} WHERE window_days IS NULL AND window_start IS NOT NULL"))
    conn.execute(text("CREATE INDEX IF NOT EXISTS ix_events_window_days ON events (window_days)"))
    conn.execute(text("CREATE INDEX IF NOT EXISTS ix_events_merge_country ON events (event_type, country, window_end)"))
    # Plan links look for the other side by country and the day it was reported (merging.link_plans).
    conn.execute(text("CREATE INDEX IF NOT EXISTS ix_events_country_reported ON events (country, first_reported)"))


def _v7_lookup_indexes(conn: Connection) -> None:
    # Lookups made for every stored article that no index served, so each scanned its whole table
    # and storing slowed as the store grew (bench_scale: 100 k articles stored at 0.57-0.68 of the
    # rate at 10 k): an original's copies (copies.copies_of, copies.original), an event's plan
    # links by outcome (merging), a mention's user-made splits by their second mention.
    conn.execute(text("CREATE INDEX IF NOT EXISTS ix_articles_duplicate_of ON articles (duplicate_of)"))
    conn.execute(text("CREATE INDEX IF NOT EXISTS ix_event_links_outcome ON event_links (outcome_id)"))
    conn.execute(text("CREATE INDEX IF NOT EXISTS ix_cannot_link_b ON cannot_link (mention_b)"))


# Append-only: a released migration is never edited; a change of schema is a new entry.
MIGRATIONS: list[tuple[int, str, Callable[[Connection], None]]] = [
    (1, "articles, mentions and events", _v1_initial),
    (2, "near-duplicates, cross-report merging, history, corrections, plan links", _v2_merging),
    (3, "indexes on the event day for period queries", _v3_day_indexes),
    (4, "event spans and covering day indexes: bounded period queries", _v4_spans),
    (5, "near-duplicate lookup in the database (LSH bands)", _v5_lsh_bands),
    (6, "bounded lookups for merging and plan links (event windows, report days)", _v6_candidate_window),
    (7, "indexed lookups of copies, plan links by outcome and splits", _v7_lookup_indexes),
]


def pending(conn: Connection) -> list[tuple[int, str, Callable[[Connection], None]]]:
    if not inspect(conn).has_table("migrations"):
        return list(MIGRATIONS)
    done = {row[0] for row in conn.execute(migrations_table.select().with_only_columns(migrations_table.c.version))}
    return [m for m in MIGRATIONS if m[0] not in done]
