"""An Event's values, derived from its mentions (which keep their own).

- place: the most specific one reported (city over admin1 over country), the most often reported
  among those; date: the narrowest interval that every precise report allows;
- fatalities: low = the smallest figure, high = the largest, best = the median of reported bests
  (UCDP's low/best/high, keeping every report's figure in the mentions);
- sources: distinct outlets; corroboration: distinct *origins*, so a repost or a credited copy
  of a story counts once however many sites carry it.
"""

from __future__ import annotations

import statistics
from collections import Counter
from datetime import date

from ..records import PRECISIONS, DateSpan, Event, Fatalities
from .rules import MentionRef

_RANK = {p: i for i, p in enumerate(PRECISIONS)}


def _most_common(values):
    values = [v for v in values if v is not None]
    if not values:
        return None
    counts = Counter(values)
    return max(values, key=lambda v: (counts[v], -values.index(v)))


def _actor(refs: list[MentionRef], side: str):
    actors = [getattr(r.mention, side) for r in refs if getattr(r.mention, side) is not None]
    named = [a for a in actors if a.text is not None and a.name] or actors
    if not named:
        return None
    best = _most_common([a.name or a.text for a in named])
    return next(a for a in named if (a.name or a.text) == best)


def _place(refs: list[MentionRef]):
    places = [r.mention.place for r in refs if r.mention.place is not None and r.mention.place.precision]
    if not places:
        return next((r.mention.place for r in refs if r.mention.place is not None), None)
    top = min(_RANK.get(p.precision, 99) for p in places)
    specific = [p for p in places if _RANK.get(p.precision, 99) == top]
    key = _most_common([(p.geonameid, p.name) for p in specific])
    return next(p for p in specific if (p.geonameid, p.name) == key)


def _date(refs: list[MentionRef]) -> DateSpan:
    dated = [r.mention.date for r in refs if r.mention.date.told]
    if not dated:
        # Dated by its reports only: by the first of them ("reported"), or open before it.
        reported = [r.mention.date for r in refs if r.mention.date.start and r.mention.date.end]
        if reported:
            return min(reported, key=lambda d: d.end)
        ends = [r.mention.date.end for r in refs if r.mention.date.end]
        return DateSpan(end=min(ends)) if ends else DateSpan()
    narrowest = min(dated, key=lambda d: (date.fromisoformat(d.end[:10]) - date.fromisoformat(d.start[:10])).days
                    if d.end else 0)
    start = max(d.start for d in dated)
    end = min(d.end or d.start for d in dated)
    if start <= end and (start, end) != (narrowest.start, narrowest.end):
        span = DateSpan(start=start, end=end, precision=narrowest.precision, date_prec=narrowest.date_prec,
                        text=narrowest.text)
        if start == end:
            span.precision, span.date_prec = "day", 1
        return span
    return narrowest


def _fatalities(refs: list[MentionRef]) -> Fatalities:
    fs = [r.mention.fatalities for r in refs]
    bests = [f.best for f in fs if f.best is not None]
    lows = [f.low if f.low is not None else f.best for f in fs if f.low is not None or f.best is not None]
    highs = [f.high if f.high is not None else f.best for f in fs if f.high is not None or f.best is not None]
    civ = [f.civilians for f in fs if f.civilians is not None]
    if not (bests or lows or highs):
        return Fatalities()
    texts = sorted({f.text for f in fs if f.text})
    return Fatalities(low=min(lows) if lows else None,
                      best=int(statistics.median_low(bests)) if bests else None,
                      high=max(highs) if highs else None, civilians=max(civ) if civ else None,
                      text="; ".join(texts) or None)


def derive_event(event_id: str, refs: list[MentionRef], reasons: dict[str, dict],
                 plans: list[str] | None = None, outcomes: list[str] | None = None) -> Event:
    refs = sorted(refs, key=lambda r: (r.article.published or "9999", r.id))
    first = refs[0].mention
    sources = []
    for r in refs:
        s = r.mention.attribution.outlet or r.article.outlet or r.article.doc or r.article.id[:12]
        if s not in sources:
            sources.append(s)
    status_order = ("occurred", "ongoing", "denied", "planned", "threatened", "hypothetical")
    statuses = [r.mention.status for r in refs]
    status = min(set(statuses), key=lambda s: (-statuses.count(s), status_order.index(s)
                                                if s in status_order else 99))
    published = [r.article.published for r in refs if r.article.published]
    claims = []
    for r in refs:
        a = r.mention.attribution
        who = a.source or a.outlet or r.article.outlet or r.article.doc
        if who:
            claim = f"{who}{' (anonymous)' if a.anonymous else ''}{' (commentary)' if a.segment == 'commentary' else ''}"
            if claim not in claims:
                claims.append(claim)
    return Event(
        id=event_id,
        event_type=_most_common([r.mention.event_type for r in refs]) or first.event_type,
        status=status, mode=_most_common([r.mention.mode for r in refs]),
        actor1=_actor(refs, "actor1"), actor2=_actor(refs, "actor2"), place=_place(refs), date=_date(refs),
        fatalities=_fatalities(refs), mentions=[r.id for r in refs], sources=sources,
        first_reported=min(published) if published else None,
        corroboration=len({r.article.origin for r in refs}),
        merge_reasons=[{"mention": r.id, "article": r.article.id, **reasons.get(r.id, {})} for r in refs],
        summary=first.evidence.sentence, claims=claims,
        plans=sorted(plans or []), outcomes=sorted(outcomes or []),
        # The best report's: an event is as certain as the clearest telling of it.
        confidence=max(r.mention.confidence for r in refs),
    )
