"""Persisting the merge stage's decisions inside one article's transaction.

The merge package decides (which event a mention joins, what an event's values are); this module
fetches what it needs to decide on, writes the outcome, and appends every new version of an event
to `event_history`, so the store can answer what was known on any past date.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable
from datetime import date, timedelta

from sqlalchemy import and_, bindparam, delete, func, insert, or_, select, update
from sqlalchemy.engine import Connection

from .. import merge
from ..records import Event, EventMention
from . import schema
from .rows import event_row, mention_row

m_, a_, e_ = schema.mentions, schema.articles, schema.events
CANDIDATES = 200  # stored events a new mention is compared with, at most
PLAN_CANDIDATES = 500


def load_refs(conn: Connection, event_ids: Iterable[str],
              reasons: dict[str, dict] | None = None) -> dict[str, list[merge.MentionRef]]:
    """Each event's mentions with their articles; with `reasons`, also why each mention joined."""
    ids = sorted(set(event_ids))
    out: dict[str, list[merge.MentionRef]] = {i: [] for i in ids}
    for i in range(0, len(ids), 500):
        for ref in _refs(conn, m_.c.event_id.in_(ids[i:i + 500]), reasons):
            out[ref.event_id].append(ref)
    return out


def _refs(conn: Connection, where, reasons: dict[str, dict] | None = None) -> list[merge.MentionRef]:
    rows = conn.execute(
        select(m_.c.id, m_.c.event_id, m_.c.data, m_.c.merge_reasons, a_.c.id, a_.c.published, a_.c.outlet,
               a_.c.origin, a_.c.doc)
        .join(a_, a_.c.id == m_.c.article_id).where(where).order_by(m_.c.id))
    out = []
    for mid, eid, data, why, aid, published, outlet, origin, doc in rows:
        meta = merge.ArticleMeta(aid, published, outlet, origin or f"article:{aid}", doc)
        out.append(merge.MentionRef(EventMention.from_dict(json.loads(data)), meta, event_id=eid))
        if reasons is not None:
            reasons[mid] = json.loads(why or "{}")
    return out


def candidates(conn: Connection, ref: merge.MentionRef) -> dict[str, list[merge.MentionRef]]:
    interval = ref.interval()
    if interval is None:
        # No date at all (an undated article): other reports cannot be compared with it, but its
        # own mentions of one event can, the story being one (merge.compare's other rules apply).
        ids = [r[0] for r in conn.execute(select(m_.c.event_id).where(m_.c.article_id == ref.article.id)
                                          .distinct().order_by(m_.c.event_id))]
        return load_refs(conn, ids) if ids else {}
    start, end = (interval[0] - timedelta(days=1)).isoformat(), (interval[1] + timedelta(days=1)).isoformat()
    m = ref.mention
    # window_start <= end bounds window_end by end + the longest window (schema._v6_candidate_window).
    longest = _longest(conn)
    bound = (interval[1] + timedelta(days=1 + longest)).isoformat()
    where = [e_.c.event_type.in_(merge.types_in_family(m.event_type)),
             e_.c.status.in_(merge.statuses_in_group(m.status)),
             e_.c.window_end >= start, e_.c.window_end <= bound, e_.c.window_start <= end]
    if m.place is not None and m.place.country and m.place.rule not in merge.rules.INFERRED:  # not only inferred
        where.append(or_(e_.c.country == m.place.country, e_.c.country.is_(None)))
    # The cap keeps a flood of one story's reports from making every lookup slower; the order makes
    # the capped set the same on every backend: same country first, then the most recent. On
    # PostgreSQL the rows are locked (FOR UPDATE): events of no country are open to mentions of
    # every country, whose writers hold different advisory locks (Store._merge_locks); a writer
    # that waited here reads the event as the other left it.
    stmt = select(e_.c.id).where(and_(*where)).order_by(e_.c.country.is_(None), e_.c.window_end.desc(), e_.c.id)
    ids = [r[0] for r in conn.execute(stmt.limit(CANDIDATES).with_for_update())]
    return load_refs(conn, ids) if ids else {}


_LONGEST = "conflictatlas_longest_window"  # in the connection's info: (transaction, days)


def _longest(conn: Connection) -> int:
    """The longest event window, which bounds each candidate query. Read once per transaction (an
    article's), not once per mention: exact, since the locks the article took keep other writers'
    events of the same keys out until it commits, and the events it writes update it (_widened).
    Kept with its transaction, so the next one on this pooled connection reads it afresh."""
    txn = conn.get_transaction()
    cached = conn.info.get(_LONGEST)
    if cached is None or cached[0] is not txn:
        cached = conn.info[_LONGEST] = (txn, conn.execute(select(func.max(e_.c.window_days))).scalar() or 0)
    return cached[1]


def _widened(conn: Connection, days: int | None) -> None:
    cached = conn.info.get(_LONGEST)
    if days is not None and cached is not None and cached[0] is conn.get_transaction() and days > cached[1]:
        conn.info[_LONGEST] = (cached[0], days)


def cannot_links(conn: Connection, mention_ids: list[str]) -> set[frozenset[str]]:
    c = schema.cannot_link
    rows = conn.execute(select(c.c.mention_a, c.c.mention_b).where(
        or_(c.c.mention_a.in_(mention_ids), c.c.mention_b.in_(mention_ids))))
    return {frozenset(r) for r in rows}


def _window(refs: list[merge.MentionRef]) -> tuple[str | None, str | None]:
    spans = [iv for iv in (r.interval() for r in refs) if iv is not None]
    if not spans:
        return None, None
    return min(s[0] for s in spans).isoformat(), max(s[1] for s in spans).isoformat()


def _days(start: str | None, end: str | None) -> int | None:
    return (date.fromisoformat(end) - date.fromisoformat(start)).days if start and end else None


def _links(conn: Connection, event_ids: list[str]) -> dict[str, tuple[list[str], list[str]]]:
    """Each event's plans and outcomes (event_links), in (plan, outcome) order."""
    el = schema.event_links
    out: dict[str, tuple[list[str], list[str]]] = {i: ([], []) for i in event_ids}
    for i in range(0, len(event_ids), 500):
        chunk = event_ids[i:i + 500]
        mine = set(chunk)  # a link between two chunks comes back twice: counted for its own chunk's side
        for plan, outcome in conn.execute(select(el.c.plan_id, el.c.outcome_id).where(
                or_(el.c.outcome_id.in_(chunk), el.c.plan_id.in_(chunk))).order_by(el.c.plan_id, el.c.outcome_id)):
            if outcome in mine:
                out[outcome][0].append(plan)
            if plan in mine:
                out[plan][1].append(outcome)
    return out


def _last_recorded(conn: Connection, event_ids: list[str]) -> dict[str, str]:
    """When each event's latest version was recorded (versions are recorded in time order, so the
    latest time is the last version's)."""
    h = schema.event_history
    out: dict[str, str] = {}
    for i in range(0, len(event_ids), 500):
        out.update(conn.execute(select(h.c.event_id, func.max(h.c.recorded_at))
                                .where(h.c.event_id.in_(event_ids[i:i + 500])).group_by(h.c.event_id)).all())
    return out


_NO_LAST = object()


def record(conn: Connection, event_id: str, action: str, data: dict | str | None, now: str,
           first: str | None = None, last=_NO_LAST) -> None:
    """Append a version of an event (`data`: the event as a dict, or as its JSON already); `first`
    is the action to record instead if this is the event's first version. `last`: when its latest
    version was recorded (None: it has none), if the caller read it already."""
    # Never before the event's previous version: a writer that waited for the event's row took its
    # time stamp before another writer's, but its version comes after (seq order = time order).
    h = schema.event_history
    if last is _NO_LAST:
        last = _last_recorded(conn, [event_id]).get(event_id)
    if last is None and first:
        action = first
    conn.execute(insert(h), {"event_id": event_id, "recorded_at": max(now, last or now), "action": action,
                             "data": data if data is None or isinstance(data, str) else json.dumps(data)})


def refresh(conn: Connection, event_ids: Iterable[str], now: str, action: str = "updated",
            history: bool = True) -> list[Event]:
    """Derive each event again from its stored mentions, write it, and (unless `history` is off,
    for the intermediate states inside one article's transaction) append it to the history."""

    out = []
    event_ids = sorted(set(event_ids))
    # Lock the events' rows before reading their mentions, so what is derived is what the last
    # writer of each committed (PostgreSQL; SQLite's writers are serialised already).
    stored: set[str] = set()
    for i in range(0, len(event_ids), 500):
        stored |= {r[0] for r in conn.execute(select(e_.c.id).where(e_.c.id.in_(event_ids[i:i + 500]))
                                              .order_by(e_.c.id).with_for_update())}
    reasons: dict[str, dict] = {}
    by_event = load_refs(conn, event_ids, reasons)
    links = _links(conn, [i for i, refs in by_event.items() if refs])
    last = _last_recorded(conn, event_ids) if history else {}
    for event_id, refs in by_event.items():
        exists = event_id in stored
        if not refs:
            if exists:
                conn.execute(delete(e_).where(e_.c.id == event_id))
                el = schema.event_links  # a plan link to nothing is no link
                conn.execute(delete(el).where(or_(el.c.plan_id == event_id, el.c.outcome_id == event_id)))
                record(conn, event_id, "removed", None, now, last=last.get(event_id))
            continue
        plans, outcomes = links[event_id]
        event = merge.derive_event(event_id, refs, reasons, plans, outcomes)
        row = event_row(event)
        row["window_start"], row["window_end"] = _window(refs)
        row["window_days"] = _days(row["window_start"], row["window_end"])
        _widened(conn, row["window_days"])
        if exists:
            conn.execute(update(e_).where(e_.c.id == bindparam("event_id")), {**row, "event_id": event_id})
        else:
            conn.execute(insert(e_), row)
        if history:
            record(conn, event_id, action, row["data"], now, first="created" if action == "updated" else None,
                   last=last.get(event_id))
        out.append(event)
    return out


def _plan_days(ev: Event, intent: bool):
    """The days merge.plan_outcome allows the other side of a plan link to fall on, as SQL over
    the indexed day columns; None if `ev` has no day to measure from."""
    def day(value):
        try:
            return date.fromisoformat(value[:10]) if value else None
        except ValueError:
            return None

    def between(first, then, lo, hi):  # first day column, else the other, in [lo, hi)
        lo, hi = lo.isoformat(), hi.isoformat()
        return or_(and_(first >= lo, first < hi), and_(first.is_(None), then >= lo, then < hi))

    slack, window = merge.PLAN_SLACK_DAYS, merge.PLAN_WINDOW_DAYS
    if intent:  # ev is the plan, reported on `at`: the outcome's day is within [at - slack, at + window]
        at = day(ev.first_reported) or day(ev.date.end)
        return None if at is None else between(e_.c.date_end, e_.c.first_reported, at - timedelta(days=slack),
                                               at + timedelta(days=window + 1))
    at = day(ev.date.end) or day(ev.first_reported)  # ev is the outcome: the plan was reported before
    return None if at is None else between(e_.c.first_reported, e_.c.date_end, at - timedelta(days=window),
                                           at + timedelta(days=slack + 1))


def link_plans(conn: Connection, events: list[Event], now: str) -> set[str]:
    """Link planned events to later events that carried them out; the ids whose links changed."""
    el = schema.event_links
    changed: set[str] = set()
    for ev in events:
        group = merge.rules.STATUS_GROUP.get(ev.status)
        if group not in ("intent", "real") or ev.place is None or not ev.place.country:
            continue
        intent = group == "intent"
        other_statuses = ["occurred", "ongoing"] if intent else ["planned", "threatened"]
        when = _plan_days(ev, intent)
        if when is None:
            continue
        where = [e_.c.event_type.in_(merge.types_in_family(ev.event_type)), e_.c.status.in_(other_statuses),
                 e_.c.id != ev.id, e_.c.country == ev.place.country, when]
        stmt = select(e_.c.data).where(*where).order_by(e_.c.window_end.desc(), e_.c.id).limit(PLAN_CANDIDATES)
        for (data,) in conn.execute(stmt):
            other = Event.from_dict(json.loads(data))
            plan, outcome = (ev, other) if intent else (other, ev)
            reasons = merge.plan_outcome(plan, outcome)
            if reasons is None:
                continue
            if conn.execute(select(el.c.plan_id).where(el.c.plan_id == plan.id, el.c.outcome_id == outcome.id)).first():
                continue
            conn.execute(insert(el).values(plan_id=plan.id, outcome_id=outcome.id, reasons=json.dumps(reasons),
                                           recorded_at=now))
            changed |= {plan.id, outcome.id}
    return changed


def article_mentions(conn: Connection, article_id: str) -> list[EventMention]:
    return [EventMention.from_dict(json.loads(d)) for (d,) in conn.execute(
        select(m_.c.data).where(m_.c.article_id == article_id).order_by(m_.c.id))]


def remove_mentions(conn: Connection, article_id: str, now: str) -> list[str]:
    """Take an article's mentions out of their events (which are derived again, or removed when
    nothing is left of them); the ids of those events."""
    ids = [r[0] for r in conn.execute(select(m_.c.event_id).where(m_.c.article_id == article_id)
                                      .distinct().order_by(m_.c.event_id))]
    conn.execute(delete(m_).where(m_.c.article_id == article_id))
    refresh(conn, ids, now)
    return ids


def counterparts(conn: Connection, article_ids: list[str]) -> list[merge.MentionRef]:
    """The mentions of the articles a new one copies or is copied by (with their events)."""
    return [r for i in range(0, len(article_ids), 500)
            for r in _refs(conn, m_.c.article_id.in_(article_ids[i:i + 500]))]


def _copied(conn: Connection, ref: merge.MentionRef, others: list[merge.MentionRef]) -> tuple[str | None, dict]:
    """The event of the counterpart mention `ref` retells, checked against that event's splits."""
    if not others:
        return None, {}
    split = cannot_links(conn, [ref.id])  # pairs a user split apart that involve this mention
    found = merge.copy_match(ref, others, split)
    if found is None:
        return None, {}
    other, reasons = found
    members = [r[0] for r in conn.execute(select(m_.c.id).where(m_.c.event_id == other.event_id))]
    if any(frozenset((ref.id, m)) in split for m in members):
        return None, {}
    return other.event_id, {"reason": "copy", **reasons}


def assign(conn: Connection, mentions: list[EventMention], meta: merge.ArticleMeta, now: str,
           copy_of: list[str] | None = None) -> list[str]:
    """Join each new mention to a stored event or start one; returns the event ids touched. With
    `copy_of` (the articles this one copies, or that copy it), a mention that retells one of theirs
    joins its event first, dates or none: a copy's events are its original's."""

    touched: list[str] = []
    others = counterparts(conn, copy_of or [])
    copied = {m.id: _copied(conn, merge.MentionRef(m, meta), others) for m in mentions} if others else {}
    # Retellings first: they place the article's story among its original's events, where its
    # own new mentions (a new headline) can then find them.
    mentions = sorted(mentions, key=lambda m: copied.get(m.id, (None,))[0] is None)
    later = Counter(merge.rules.family(m.event_type) for m in mentions)  # this article's mentions to come, by family
    for m in mentions:
        later[merge.rules.family(m.event_type)] -= 1
        ref = merge.MentionRef(m, meta)
        event_id, reasons = copied.get(m.id, (None, {}))
        if event_id is None:
            cands = candidates(conn, ref)
            member_ids = [r.id for refs in cands.values() for r in refs]
            event_id, reasons = merge.choose_event(ref, cands, cannot_links(conn, member_ids) if member_ids else set())
            if event_id is not None:
                reasons = {"reason": "same event", **reasons}
        if event_id is None:
            event_id, reasons = m.id, {"reason": "first report"}
            n = 0
            while conn.execute(select(e_.c.id).where(e_.c.id == event_id)).first():  # taken (a split kept it)
                n += 1
                event_id = hashlib.sha256(f"{m.id}:{n}".encode()).hexdigest()[:24]
        row = mention_row(m, event_id)
        row["merge_reasons"] = json.dumps(reasons)
        conn.execute(insert(m_), row)
        # Written now if a later mention of this article could join it (same type family); recorded
        # in the history once, when the article's transaction ends (Store.add_article). A retelling
        # joined a stored event whose window it cannot widen: that can wait for the end too.
        if later[merge.rules.family(m.event_type)] > 0 and reasons.get("reason") != "copy":
            refresh(conn, [event_id], now, history=False)
        if event_id not in touched:
            touched.append(event_id)
    return touched
