"""Which stored article a new one copies, found through the LSH bands kept in the database.

Every writer reads and writes the same `lsh_bands` table, so an article stored by another process
(or another Dask writer) a moment ago is a candidate like any other, and no process builds an
index at start. On PostgreSQL the writer holds an advisory lock on each of the article's band keys
(Store.add_article), so two articles that could be copies of each other are never stored side by
side unseen: the second waits, then finds the first.
"""

from __future__ import annotations

from sqlalchemy import insert, or_, select, update
from sqlalchemy.engine import Connection

from .. import merge
from ..merge.dedup import MIN_CONTAINMENT, MIN_SHINGLES, Fingerprint, containment, shingles
from ..records import Article
from . import schema

a_ = schema.articles


def save(conn: Connection, article_id: str, fp: Fingerprint, bands: list[int]) -> None:
    conn.execute(insert(schema.signatures), {"article_id": article_id, "minhash": fp.to_bytes()})
    conn.execute(insert(schema.lsh_bands), [{"band_key": k, "article_id": article_id} for k in bands])


def candidates(conn: Connection, bands: list[int]) -> list[str]:
    b = schema.lsh_bands
    return [r[0] for r in conn.execute(select(b.c.article_id).where(b.c.band_key.in_(bands))
                                       .distinct().order_by(b.c.article_id))]


def original(conn: Connection, article: Article, fp: Fingerprint, bands: list[int]):
    """The stored article this one copies (its root); and if the new article turns out to be the
    earlier original of stored copies, those copies and the events to refresh."""
    ids = candidates(conn, bands)
    if not ids:
        return None, [], []
    roots = {}
    for i in range(0, len(ids), 500):
        rows = conn.execute(select(a_.c.id, a_.c.text, a_.c.published, a_.c.outlet, a_.c.duplicate_of, a_.c.origin)
                            .where(a_.c.id.in_(ids[i:i + 500])).order_by(a_.c.id)).all()
        for r in rows:
            other = shingles(r.text)
            if min(len(other), len(fp.shingles)) < MIN_SHINGLES or containment(fp.shingles, other) < MIN_CONTAINMENT:
                continue
            root_id = r.duplicate_of or r.id
            root = r if root_id == r.id else conn.execute(
                select(a_.c.id, a_.c.published, a_.c.outlet, a_.c.origin).where(a_.c.id == root_id)).first()
            if root is not None:
                roots[root.id] = root
    if not roots:
        return None, [], []
    credited = merge.origin(article) if article.provenance.original_outlet else None
    root = min(roots.values(), key=lambda r: (r.origin != credited, r.published or "9999", r.id))
    if credited is None and (root.origin == merge.origin(article) or (
            article.published and root.published and article.published < root.published)):
        # The new article is the original the stored copies credit, or an earlier telling: the
        # copies now point at it. (Within a batch articles are stored by date, then id, so a
        # credited copy of the same day may well come first.)
        copies = [r[0] for r in conn.execute(select(a_.c.id).where(or_(a_.c.id == root.id, a_.c.duplicate_of == root.id))
                                             .order_by(a_.c.id).with_for_update())]
        conn.execute(update(a_).where(a_.c.id.in_(copies)).values(duplicate_of=article.id, origin=merge.origin(article)))
        events = [r[0] for r in conn.execute(select(schema.mentions.c.event_id).where(
            schema.mentions.c.article_id.in_(copies)).distinct().order_by(schema.mentions.c.event_id))]
        return None, copies, events
    return root, [], []


def copies_of(conn: Connection, article_id: str) -> list[str]:
    """The stored articles that are copies of this one."""
    return [r[0] for r in conn.execute(select(a_.c.id).where(a_.c.duplicate_of == article_id).order_by(a_.c.id))]
