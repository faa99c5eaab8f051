"""When an article's acts happened, as the story as a whole tells it: a retelling takes the day of
the mention that gave one, "that year" is the year the text named last, a span narrows to the one day
the story names inside it, and an act dated nowhere falls a few days before the report. Split from
story.py; also where the story moves to another incident (separate_incidents), which neither date nor
place crosses."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from ..records import DATE_PREC, MATERIAL, REPORTED, REPORTED_DAYS, DateSpan, EventMention

FUTURE = {"planned", "threatened"}
# The openings by which news moves to another incident than the one it has been telling.
_SEPARATE = re.compile(r"\W*(in (a|an|another) (separate|different|unrelated|second) |in another (incident|attack|case|raid|"
                       r"development)\b|separately\b|elsewhere\b)", re.I)

# A live blog's time-stamped entry ("09:40 — ...") or a roundup's bullet ("• ..."): an item of its own.
_ENTRY = re.compile(r"\s*(?:[•·▪]\s|\d{1,2}[:.]\d{2}\s*(?:GMT|UTC|BST|CET|EST|ET|local time)?\s*[—–-]\s)")


def _inherit_dates(mentions: list[EventMention], told: list[tuple[int, DateSpan]] = (),
                   cuts: list[int] = ()) -> list[EventMention]:
    """A mention whose sentence gives no time is dated like the nearest dated mention of the same
    kind in the article (another kind, or a later one, counts as farther): news states the day once
    ("on Saturday, gunmen ...") and retells the act without it ("The gunmen fled", the headline
    before, a quote paragraphs later). Plans and facts never lend each
    other dates. `told`: (offset, date) of sentences saying when the incident happened, which date
    the acts around them of any kind, as facts. `cuts`: where the story moves to a separate incident
    (separate_incidents)."""
    # (sentence offset, event type or None for any, lends to plans, date) of everything dated.
    # (not what went on "since" a day: its start is no day of another act)
    dated = [(m.evidence.start, m.event_type, m.status in FUTURE, m.date) for m in mentions
             if m.date.start and not (m.date.text or "").startswith("since ")]
    dated += [(start, None, False, when) for start, when in told]
    order = {start: n for n, start in enumerate(sorted({m.evidence.start for m in mentions} | {d[0] for d in dated}))}
    for m in mentions:
        if m.date.start or not dated:
            continue
        best = None
        # a date told after the act that lies well before every date told before it is background
        # ("... The war, which erupted in April 2023, has ..."), not this act's
        before = [_day(when.start) for start, _, _, when in dated if start < m.evidence.start and when.start]
        for start, kind, future, when in dated:
            if before and start > m.evidence.start and when.end and (
                    _day(when.end) < min(before) - timedelta(days=60)
                    # nor is another kind of act told later and dated over a week before them (the
                    # earlier attacks a wire story closes on), a date for a denial or a call told now
                    or (kind != m.event_type and _day(when.end) < min(before) - timedelta(days=7))):
                continue
            # words said with no day of their own (a condemnation, a call) are the report's news,
            # not a background act's a month or more before it
            if m.event_type not in MATERIAL and m.date.end and when.end \
                    and _day(when.end) < _day(m.date.end) - timedelta(days=30):
                continue
            # a date its own sentence gives it did not take is another act's ("charged Friday in
            # the death of"); nor do plans and facts lend each other dates
            if future != (m.status in FUTURE) or (kind is not None and start == m.evidence.start) \
                    or cut_off(m.evidence.start, start, cuts):
                continue
            gap = abs(order[start] - order[m.evidence.start])
            cost = gap + (0 if kind in (None, m.event_type) else 2) + (0.5 if start > m.evidence.start else 0)
            # No distance limit: a report dates its incident once and retells it paragraphs later
            # (on our dev split, a limit of 3 sentences: date 0.699; of 5: 0.760; 8 or more: 0.765).
            if best is None or cost < best[0]:
                best = (cost, when)
        if best is not None:
            m.date = replace(best[1], text=None)
    return mentions


_THAT_YEAR = re.compile(r"\b(that|the same) year\b", re.I)


def _that_year(mentions: list[EventMention], told: list[tuple[int, DateSpan]] = ()) -> list[EventMention]:
    """"Rebels took the town in 2009 ... and lost it in early March of that year": the year the text
    named last before the sentence, not the latest September before the report."""
    dated = sorted([(m.evidence.start, m.date) for m in mentions if m.date.start and not _THAT_YEAR.search(m.date.text or "")]
                   + list(told), key=lambda x: x[0])
    for m in mentions:
        if not (m.date.start and m.date.end and _THAT_YEAR.search(m.date.text or "")):
            continue
        before = [when for at, when in dated if at < m.evidence.start and when.start and when.end
                  and when.start[:4] == when.end[:4]]
        if not before or before[-1].start[:4] == m.date.start[:4] or m.date.start[:4] != m.date.end[:4] \
                or "02-29" in (m.date.start[5:], m.date.end[5:]):
            continue
        year = before[-1].start[:4]
        m.date = replace(m.date, start=year + m.date.start[4:], end=year + m.date.end[4:])
    return mentions


def _day(iso: str) -> date:
    return date.fromisoformat(iso[:10])


def separate_incidents(mentions: list[EventMention]) -> list[int]:
    """Where the story moves to another incident ("In a separate incident on Monday, ..."): those
    sentences close the story told before them, which takes neither date nor place from them or
    from anything after them."""
    return sorted({m.evidence.start for m in mentions if _SEPARATE.match(m.evidence.sentence or "")
                   or _ENTRY.match(m.evidence.sentence or "")})


def cut_off(at: int, donor: int, cuts: list[int]) -> bool:
    return any(at < cut <= donor for cut in cuts)


def _narrow_dates(mentions: list[EventMention], told: list[tuple[int, DateSpan]] = (),
                  said_days: set[str] = frozenset()) -> list[EventMention]:
    """A fact dated by a span ("last week", "in March") that the article dates elsewhere to one day
    inside it ("the car was stopped March 16") happened that day: a report gives the day once and
    the span in its other sentences. Only where a single such day exists; two days in the span
    leave it a span."""
    days = {m.date.start for m in mentions if m.date.start and m.date.start == m.date.end
            and m.status not in FUTURE and m.date.precision == "day"}
    days |= {when.start for _, when in told if when.start and when.start == when.end} | set(said_days)
    for m in mentions:
        if m.status in FUTURE or not (m.date.start and m.date.end) or m.date.precision not in ("week", "month", "year"):
            continue
        if m.date.precision == "year" and not (m.date.start[5:10] == "01-01" and m.date.end[5:10] == "12-31"):
            continue  # a calendar year ("the 2019 robbery"), not what went on "since March 3" to the report
        inside = {d for d in days if m.date.start <= d <= m.date.end}
        if len(inside) == 1:
            (day,) = inside
            m.date = replace(m.date, start=day, end=day, precision="day", date_prec=DATE_PREC["day"])
    return mentions


def _few_days_before(mentions: list[EventMention]) -> list[EventMention]:
    """A fact the story dates nowhere falls within a few days before its report (codebook 6): the
    report's day and the day before it, at UCDP's precision 2 ("within 2-6 days"), instead of an
    interval open to the past. Precision "reported" says so: merging still reads such a date as
    none (merge.rules.MentionRef.interval), since another report may tell the same act days later."""
    for m in mentions:
        if m.date.start is None and m.date.end and m.status not in FUTURE:
            end = date.fromisoformat(m.date.end[:10])
            m.date = replace(m.date, start=(end - timedelta(days=REPORTED_DAYS)).isoformat(), precision=REPORTED,
                             date_prec=DATE_PREC[REPORTED])
    return mentions


def apart(a: EventMention, b: EventMention, days: int = 60) -> bool:
    """Two mentions dated months or years apart tell different incidents, wherever one is told."""
    if not (a.date and b.date and a.date.start and b.date.start):
        return False
    return abs((date.fromisoformat(a.date.start[:10]) - date.fromisoformat(b.date.start[:10])).days) > days


def dated_by_the_story(mentions: list[EventMention], told: list[tuple[int, DateSpan]], cuts: list[int],
                       said_days: set[str] = frozenset()) -> list[EventMention]:
    """The mentions with the dates the story gives them (the steps above, in order)."""
    return _few_days_before(_narrow_dates(_inherit_dates(_that_year(mentions, told), told, cuts), told, said_days))
