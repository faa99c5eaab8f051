"""A user's corrections of the machine's merges, and the full story of one event.

`split` moves mentions out of an event into a new one and records, pair by pair, that they must
not be merged again; `merge_events` joins events. Both are logged in `corrections` and in the
event history. Ingest only ever adds new mentions to events and never re-clusters stored ones, so
a correction stays as the user left it.
"""

from __future__ import annotations

import hashlib
import json

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Connection

from ..errors import ConflictAtlasError
from . import merging, schema

m_, a_, e_ = schema.mentions, schema.articles, schema.events


class NotFound(ConflictAtlasError):
    code = "E404"
    http_status = 404


class CorrectionError(ConflictAtlasError):
    code = "E420"


def _members(conn: Connection, event_id: str) -> list[str]:
    ids = [r[0] for r in conn.execute(select(m_.c.id).where(m_.c.event_id == event_id).order_by(m_.c.id))]
    if not ids:
        raise NotFound(f"no event {event_id!r}")
    return ids


def _log(conn: Connection, action: str, event_id: str, detail: dict, now: str) -> None:
    conn.execute(insert(schema.corrections).values(recorded_at=now, action=action, event_id=event_id,
                                                   detail=json.dumps(detail)))


def split(conn: Connection, event_id: str, mention_ids: list[str], now: str, note: str | None = None) -> str:
    members = _members(conn, event_id)
    moved = sorted(set(mention_ids))
    unknown = [m for m in moved if m not in members]
    if unknown:
        raise CorrectionError(f"mention(s) {', '.join(unknown)} are not in event {event_id}")
    staying = [m for m in members if m not in moved]
    if not staying:
        raise CorrectionError(f"splitting off every mention of {event_id} would leave it empty; name fewer")
    new_id = moved[0]
    if new_id == event_id or conn.execute(select(e_.c.id).where(e_.c.id == new_id)).first():
        new_id = hashlib.sha256(f"split:{event_id}:{','.join(moved)}".encode()).hexdigest()[:24]
    reason = json.dumps({"reason": "split by user", "from": event_id, **({"note": note} if note else {})})
    conn.execute(update(m_).where(m_.c.id.in_(moved)).values(event_id=new_id, merge_reasons=reason))
    c = schema.cannot_link
    for a in moved:
        for b in staying:
            pair = sorted((a, b))
            if not conn.execute(select(c.c.mention_a).where(c.c.mention_a == pair[0], c.c.mention_b == pair[1])).first():
                conn.execute(insert(c).values(mention_a=pair[0], mention_b=pair[1]))
    _log(conn, "split", event_id, {"moved": moved, "new_event": new_id, "note": note}, now)
    merging.refresh(conn, [event_id, new_id], now, action="split")
    return new_id


def merge_events(conn: Connection, target: str, others: list[str], now: str, note: str | None = None) -> None:
    target_members = _members(conn, target)
    others = [o for o in dict.fromkeys(others) if o != target]
    if not others:
        raise CorrectionError("name at least one other event to merge into the first")
    moved: list[str] = []
    for o in others:
        moved += _members(conn, o)
    reason = json.dumps({"reason": "merged by user", "into": target, **({"note": note} if note else {})})
    for o in others:
        conn.execute(update(m_).where(m_.c.event_id == o).values(event_id=target, merge_reasons=reason))
    c = schema.cannot_link  # the user's word now: earlier splits between these no longer hold
    everyone = target_members + moved
    conn.execute(delete(c).where(c.c.mention_a.in_(everyone), c.c.mention_b.in_(everyone)))
    el = schema.event_links
    for o in others:
        conn.execute(update(el).where(el.c.plan_id == o).values(plan_id=target))
        conn.execute(update(el).where(el.c.outcome_id == o).values(outcome_id=target))
    _log(conn, "merge", target, {"merged": others, "note": note}, now)
    merging.refresh(conn, [target, *others], now, action="merged")


def detail(conn: Connection, event_id: str) -> dict:
    """The event, each mention with its own values and its article, the merge reasons, the plan
    links, the user's corrections and the number of versions in the history."""
    row = conn.execute(select(e_.c.data).where(e_.c.id == event_id)).first()
    if row is None:
        raise NotFound(f"no event {event_id!r}")
    event = json.loads(row[0])
    mentions = []
    for mid, data, reasons, aid, doc, outlet, title, url, published, dup, orig, origin in conn.execute(
            select(m_.c.id, m_.c.data, m_.c.merge_reasons, a_.c.id, a_.c.doc, a_.c.outlet, a_.c.title, a_.c.url,
                   a_.c.published, a_.c.duplicate_of, a_.c.original_outlet, a_.c.origin)
            .join(a_, a_.c.id == m_.c.article_id).where(m_.c.event_id == event_id).order_by(a_.c.published, m_.c.id)):
        mentions.append({"id": mid, "mention": json.loads(data), "merge_reasons": json.loads(reasons or "{}"),
                         "article": {"id": aid, "doc": doc, "outlet": outlet, "title": title, "url": url, "published": published,
                                     "duplicate_of": dup, "original_outlet": orig, "origin": origin}})
    el = schema.event_links
    links = [{"plan": p, "outcome": o, "reasons": json.loads(r)} for p, o, r in conn.execute(
        select(el.c.plan_id, el.c.outcome_id, el.c.reasons).where((el.c.plan_id == event_id) | (el.c.outcome_id == event_id)))]
    cs = schema.corrections
    corrections = [{"at": at, "action": act, "event": eid, **json.loads(d)} for at, act, eid, d in conn.execute(
        select(cs.c.recorded_at, cs.c.action, cs.c.event_id, cs.c.detail).order_by(cs.c.seq))
        if eid == event_id or event_id in d]
    h = schema.event_history
    versions = len(conn.execute(select(h.c.seq).where(h.c.event_id == event_id)).all())
    return {"event": event, "mentions": mentions, "links": links, "corrections": corrections, "versions": versions}
