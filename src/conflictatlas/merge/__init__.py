"""Stage 3: EventMentions -> Events. The only stage that looks across articles.

It decides; the store asks and persists. Given a new mention and the stored events it might
belong to, `choose_event` says which one (or none) and why; `derive_event` computes an Event from
its mentions; `plan_outcome` says whether a later event carried out a planned one; `origin` says
who first told an article's story, so copies never count as independent corroboration.
"""

from __future__ import annotations

from datetime import date

from ..records import Article, Event
from .dedup import Fingerprint, band_keys, containment
from .derive import derive_event
from .rules import (
    STATUS_GROUP,
    ArticleMeta,
    MentionRef,
    actor_relation,
    choose_event,
    compare,
    copy_match,
    family,
    haversine_km,
    statuses_in_group,
    types_in_family,
)

__all__ = ["ArticleMeta", "Fingerprint", "MentionRef", "band_keys", "choose_event", "compare", "copy_match",
           "containment", "derive_event", "origin", "plan_outcome", "statuses_in_group", "types_in_family"]

PLAN_WINDOW_DAYS = 180
PLAN_SLACK_DAYS = 3  # a plan may be reported a few days after it was carried out
PLAN_RADIUS_KM = 300.0


def _norm(outlet: str) -> str:
    return " ".join(outlet.casefold().replace("the ", " ").split())


def origin(article: Article, original_origin: str | None = None) -> str:
    """Independence key: the original's origin for a copy, the credited outlet for a repost."""
    if original_origin:
        return original_origin
    if article.provenance.original_outlet:
        return _norm(article.provenance.original_outlet)
    if article.outlet:
        return _norm(article.outlet)
    return f"article:{article.id}"


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def plan_outcome(plan: Event, outcome: Event) -> dict | None:
    """Reasons why `outcome` carried out `plan` (same actor, type and area, later), or None."""
    if STATUS_GROUP.get(plan.status) != "intent" or STATUS_GROUP.get(outcome.status) != "real":
        return None
    if family(plan.event_type) != family(outcome.event_type):
        return None
    actor = actor_relation(plan.actor1, outcome.actor1)
    if actor not in ("same", "related"):
        return None
    p, o = plan.place, outcome.place
    reasons: dict = {"type": outcome.event_type, "actor1": actor}
    if p is None or o is None or not p.country or p.country != o.country:
        return None
    if p.lat is not None and o.lat is not None and p.precision in ("point", "city", "admin2", "admin1") \
            and o.precision in ("point", "city", "admin2", "admin1"):
        km = haversine_km(p.lat, p.lon, o.lat, o.lon)
        if km > PLAN_RADIUS_KM:
            return None
        reasons["km"] = round(km, 1)
    else:
        reasons["place"] = f"same country ({p.country})"
    planned_at = _day(plan.first_reported) or _day(plan.date.end)
    done_at = _day(outcome.date.end) or _day(outcome.first_reported)
    if planned_at is None or done_at is None:
        return None
    days = (done_at - planned_at).days
    if not -PLAN_SLACK_DAYS <= days <= PLAN_WINDOW_DAYS:
        return None
    reasons["days"] = days
    return reasons
