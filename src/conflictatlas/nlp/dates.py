"""When an event happened: a date interval with a precision, anchored on the publication date.

Relative expressions ("on Monday", "last week", "in November", "in recent months", "15 years
ago") need the publication date; without one only absolute dates resolve. A planned or threatened
event looks forward ("will rally on Tuesday", "protests from April 9"), anything else back. With no
date expression at all the event is known only to precede its report: `end` is the publication
date and `start` is null. Absolute dates go to dateparser, which knows the many ways dates are written.

Numbers are dates only in date context: a phone number ("(800) 252-8011"), a street or lodge
number ("1935 Orchard St.", "Lodge No. 1205"), an age or a pregnancy ("eight months pregnant"),
a deadline or target ("until 2047", "by 2030") is never the event's date, and an event that
occurred is never dated after its report.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Span, Token

from ..records import DATE_PREC, DateSpan
from . import judicial
from .date_clauses import describing_clause, in_a_description, in_a_noun_clause, measured_from, on_other_noun
from .date_words import MONTHS, WEEKDAYS, resolve_expression
from .lexicon import triggers, vocabulary
from .model import sentence_ents

# Words around a number that make it an address, a code or a phone number, not a year.
_NOT_DATE_BEFORE = {"no", "number", "#", "room", "suite", "route", "highway", "hwy", "lodge", "post", "unit",
                    "box", "apt", "interstate", "i", "sr", "us", "county", "exit", "flight", "bus", "log", "ref", "reference"}
_NOT_DATE_AFTER = {"st", "street", "ave", "avenue", "road", "rd", "drive", "dr", "lane", "ln", "blvd", "boulevard",
                   "way", "court", "ct", "place", "pl", "circle", "parkway", "pkwy", "highway", "hwy", "block",
                   "pregnant", "old", "years-old", "year-old", "gmt", "utc"}
_NUMERIC_DATE = re.compile(r"\d{1,2}/\d{1,2}/(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d")
_DEADLINE_PREPS = {"until", "by", "till", "through", "before"}


# Words before a year that make it a time ("in 2019", "since 2011")
_YEAR_PREPS = {"in", "since", "of", "by", "until", "till", "from", "during", "before", "after", "early", "late",
               "mid", "through", "to", "and", "or", "between", "circa", "around"}


def _date_context(e: Span) -> bool:
    """Whether a DATE/TIME entity is a date of something: not a phone number, an address, an age, a
    pregnancy or a deadline."""
    doc = e.doc
    before = doc[e.start - 1].lower_.rstrip(".") if e.start > 0 else ""
    after = doc[e.end].lower_.rstrip(".") if e.end < len(doc) else ""
    text = e.text.lower()
    if re.search(r"\(\d{3}\)|\d{3}-\d{4}|\d{3}\.\d{3}\.\d{4}", e.sent.text[max(0, e.start_char - e.sent.start_char - 6):
                                                                     e.end_char - e.sent.start_char + 6]):
        return False
    if before in _NOT_DATE_BEFORE or after in _NOT_DATE_AFTER or re.search(r"\b(old|aged|pregnant)\b", text):
        return False
    # "1935 Orchard St.", "6016 Dublin Road": a number, a name, then a street word.
    ahead = doc[e.end:e.end + 3]
    for n, tok in enumerate(ahead):
        if tok.lower_.rstrip(".") in _NOT_DATE_AFTER and all(x.is_title for x in ahead[:n]):
            return False
    if len(e) == 1 and e.text.isdigit() and len(e.text) == 4 and before not in _YEAR_PREPS and (
            (after[:1].isalpha() and doc[e.end].is_title and doc[e.end].pos_ == "PROPN")
            or (e.root.dep_ in ("nummod", "compound", "amod") and e.root.head.lemma_.lower() in vocabulary()["vehicles"])):
        return False  # "her gray 2019 Honda", "a 2008 pickup": a model year, not when anything happened
    return e.root.head.lower_ not in _DEADLINE_PREPS or e.root.dep_ != "pobj"


def _with_day(e: Span) -> Span:
    """"9 February 2023" where the tagger took only "February 2023" (a list item's "- 9 February
    2023:"): the day number before a month is the date's."""
    if e.start > 0 and e[0].lower_.rstrip(".") in MONTHS:
        day = e.doc[e.start - 1]
        if day.text.isdigit() and 1 <= int(day.text) <= 31:
            return e.doc[e.start - 1:e.end]
    return e


def event_date(trigger: Token, sent: Span, published: date | None, future: bool = False) -> DateSpan:
    """The date expression nearest the trigger in its sentence, else 'before publication'. `future`
    for planned and threatened events, whose "Tuesday" is the coming one; an event that occurred is
    never dated after its report."""
    sent_ents = sentence_ents(sent)
    ents = [_with_day(e) for e in sent_ents if e.label_ in ("DATE", "TIME") and _date_context(e)]
    # A named event's year ("during the 1973 war", "in the 2011 uprising") dates what happened in it.
    ents += [e.doc[t.i:t.i + 1] for e in sent_ents if e.label_ == "EVENT" for t in e
             if t.like_num and len(t.text) == 4 and t.text.isdigit() and 1800 <= int(t.text) <= 2100]
    # A weekday the tagger left untagged ("the robbery Friday of two men") is a date all the same.
    tagged = {i for e in sent_ents for i in range(e.start, e.end)}
    # So is a wire's "overnight" on the act ("drones struck Odesa overnight").
    # So is a date written in figures the tagger left untagged ("on Friday [03/05/2010]").
    ents += [sent.doc[t.i:t.i + 1] for t in sent if t.i not in tagged
             and (t.is_title and t.lower_ in WEEKDAYS or t.lower_ == "overnight" and trigger.is_ancestor(t)
                  or _NUMERIC_DATE.fullmatch(t.text))]
    ents = [e for e in ents if not in_a_noun_clause(e, trigger)]
    if len(ents) > 1 and (said := _reported_on(ents, trigger)) is not None and (published is None or said[1] <= published):
        # A report that says when its source spoke ("AFP reported on 03/05/2010 that ... on
        # Wednesday"): the days it tells count back from that day, not from the report's own.
        ents, published = [e for e in ents if e is not said[0]], said[1]
    if (measured := measured_from(trigger, ents)) is not None:
        # "two days after police shot a man": that many days from the day the clause above is dated
        other, days = measured
        told = event_date(other, sent, published, future)
        if told.start and told.start == told.end and told.precision == "day":
            day = date.fromisoformat(told.start) + timedelta(days=days)
            if future or published is None or day <= published:
                return DateSpan(start=day.isoformat(), end=day.isoformat(), precision="day",
                                date_prec=DATE_PREC["day"], text=None)
    clause = describing_clause(trigger)
    if clause is not None and ents and not any(e.root.i == clause.i or clause.is_ancestor(e.root) for e in ents):
        # The act told in a clause on someone ("a deputy who was stabbed by an inmate has left
        # hospital, the sheriff said Thursday"): a time outside the clause dates what the sentence
        # says of that person now; the act came before it.
        for e in ents:
            span = resolve_expression(e.text, published)
            if span is not None and span.start is not None and (published is None or date.fromisoformat(span.start) <= published):
                return DateSpan(start=None, end=span.end or span.start, precision=None, date_prec=None, text=None)
    anchor = judicial.named_in_charge(trigger)
    charge_dates = []
    if anchor is not None:
        charge_dates = [e for e in ents if not (anchor.is_ancestor(e.root) or e.root.i == anchor.i)]
        ents = [e for e in ents if e not in charge_dates]
    # A time written on another act's noun ("a suspect in the July shooting was arrested") dates that
    # act, which came before this one: none of this act's.
    ents = [e for e in ents if not (on_other_noun(e, trigger) and e.root.head.lemma_.lower() in triggers().get("nouns", {}))]
    # Nor one inside what describes a noun, in apposition or a participle's clause ("the LRA, a rebel
    # group founded in Uganda in 1987"): it dates what the noun is, not the act.
    # (a year: a weekday there is more often the act's own, the parse having taken a clause of it for
    # a participle: "as a patrol passed through the district on Friday")
    ents = [e for e in ents if not (on_other_noun(e, trigger) and e.text.isdigit() and in_a_description(e.root, trigger))]
    # So is a month or a year told in such a clause ("arrested two men suspected of an attack last
    # month"): the described act's time, never this one's, where a weekday may be either.
    ents = [e for e in ents if not (in_a_description(e.root, trigger) and not _a_day(e, published))]
    # A year written on another noun ("linked to the 2013 siege", "bombed a camp of rebels who rejected
    # the 2016 accord") dates that thing: it comes last however near it stands; the act's own first.
    # The day a dateline gives ("BANGUI, May 20 (AFP) -") dates the filing: the act's own day, where
    # the sentence tells one, comes first.
    ents.sort(key=lambda e: (_filed(e), on_other_noun(e, trigger),
                             0 if e.root.head.i == trigger.i or trigger.is_ancestor(e.root) else 1,
                             abs(e.start - trigger.i)))
    for e in ents:
        after = e.doc[e.end].lower_ if e.end < len(e.doc) else ""
        # "(1700 GMT)": spaCy tags the number alone; the word after it says it is a clock time.
        text = f"{e.text} {after}" if after in ("gmt", "utc", "hrs", "hours", "local") else e.text
        text = _that_year(e, text)
        # (a time on the past verb that reports a plan dates the report: "In March, the ministry said
        # it would send more troops" was said last March, not next)
        host = e.root.head
        while host.pos_ in ("ADP", "ADV") and host.head.i != host.i:
            host = host.head  # through "in", "back in": the verb the time is written on
        said = host.tag_ == "VBD" and host.is_ancestor(trigger) and host.i != trigger.i
        ahead = (future and not said) or _scheduled(e)
        span = resolve_expression(text, published, ahead)
        if span is None or span.start is None:
            continue
        if published is not None and not ahead and date.fromisoformat(span.start) > published:
            continue
        if date.fromisoformat(span.start).year < 1800:
            continue
        if e.root.is_ancestor(trigger):  # ("since May 2012, when ... bombs killed 180": the act the date's own clause tells is on that date)
            return span
        span = _since(e, span, published)
        # An act that happened is over by its report: a span of the current month ends on the report's day
        if not ahead and published is not None and span.end and span.start and span.end > published.isoformat():
            span = replace(span, end=published.isoformat())
        return span
    for e in charge_dates:
        # the act came before the charge or the arrest that names it
        span = resolve_expression(e.text, published)
        if span is not None and span.start is not None and (published is None or date.fromisoformat(span.start) <= published):
            return DateSpan(start=None, end=span.start, precision=None, date_prec=None, text=None)
    if published is not None:
        return DateSpan(start=None, end=published.isoformat(), precision=None, date_prec=None, text=None)
    return DateSpan()


def _since(e: Span, span: DateSpan, published: date | None) -> DateSpan:
    """A time after "since" starts what has gone on to the report ("since March 3, the sheriff
    has posted deputies at the plant"): from it to the report's day, never one day to lend others."""
    if e.root.head.lower_ != "since" or published is None or not span.start:
        return span
    days = (published - date.fromisoformat(span.start)).days
    precision = "week" if days <= 7 else "month" if days <= 31 else "year"
    return DateSpan(start=span.start, end=published.isoformat(), precision=precision, date_prec=DATE_PREC[precision],
                    text=f"since {span.text or e.text}")


def _that_year(e: Span, text: str) -> str:
    """"In September of that year", "later that year", "the same year": the year the text named last
    before it ("captured in 2022 and retaken in September of that year"), not the report's."""
    if not re.search(r"\b(?:that|the same) year\b", text, re.I):
        return text
    years = [t.text for t in e.doc[max(0, e.start - 80):e.start]
             if t.text.isdigit() and len(t.text) == 4 and 1800 <= int(t.text) <= 2100]
    return re.sub(r"\b(?:that|the same) year\b", years[-1], text, flags=re.I) if years else text


def _a_day(e: Span, published: date | None) -> bool:
    if any(t.lower_ in WEEKDAYS or t.lower_ in ("today", "yesterday", "tonight", "overnight") for t in e):
        return True
    span = resolve_expression(e.text, published)
    return span is not None and span.start is not None and span.start == span.end  # "on Aug. 12, 2018"


def _reported_on(ents: list[Span], trigger: Token) -> tuple[Span, date] | None:
    """The day written on the verb that reports the act ("reported on 03/05/2010 that ..."), with its span."""
    from .triggers import REPORT_VERBS

    for e in ents:
        host = e.root.head.head if e.root.head.pos_ == "ADP" else e.root.head
        if host.lemma_.lower() in REPORT_VERBS and host.is_ancestor(trigger) and host.i != trigger.i:
            span = resolve_expression(e.text, None)
            if span is not None and span.precision == "day" and span.start:
                return e, date.fromisoformat(span.start)
    return None


def _filed(e: Span) -> bool:
    """The date a dateline gives: all that comes before it in the paragraph is the dateline's place,
    blanked out (nlp._without_dateline)."""
    before = e.doc.text[:e.start_char]
    return len(before) > 1 and not before.strip()


def _scheduled(e: Span) -> bool:
    """A day something is called or set "for" ("a strike for Thursday", "a hearing set for Monday"):
    the coming one."""
    return e.root.dep_ == "pobj" and e.root.head.lower_ == "for" and e.root.lower_ in WEEKDAYS


def dated_ahead(trigger: Token, published: date | None) -> bool:
    """A noun event whose own time phrase lies after its report ("protests next month", "the April
    9 rally" in a March report): announced, not told as done."""
    if published is None or trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    for e in sentence_ents(trigger.sent):
        if e.label_ == "DATE" and (e.root.head.i == trigger.i or trigger.is_ancestor(e.root)) and _date_context(e):
            # read as a past report reads it: only what is after the report even so ("next month")
            span = resolve_expression(e.text, published, future=_scheduled(e))
            if span is not None and span.start is not None and date.fromisoformat(span.start) > published:
                return True
    return False


def occurrence_date(sent: Span, published: date | None) -> DateSpan | None:
    """The day a sentence says "it" happened ("The incident happened at 4:30 a.m. Saturday", "The
    shooting took place Wednesday"): news dates its incident once, often in a sentence whose verb
    is no event, and the act's own sentences ("A man was stabbed") then carry no date."""
    for t in sent:
        takes_place = t.lemma_ == "take" and any(c.lower_ == "place" and c.dep_ == "dobj" for c in t.children)
        if t.pos_ == "VERB" and (t.lemma_ in ("happen", "occur") or takes_place):
            span = event_date(t, sent, published)
            return span if span.start else None
    return None


def date_heading(sent: Span, published: date | None) -> DateSpan | None:
    """A line that is a day and nothing else ("Tuesday, March 4" over a police log's entries, a
    chronology's "March 3"): the day of the items under it, as a sentence saying when "it" happened
    is. A year or a month alone heads no items of one day."""
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    if not words or len(words) > 6 or any(t.pos_ in ("VERB", "AUX") for t in words) \
            or not all(t.ent_type_ == "DATE" or t.like_num for t in words):
        return None
    span = resolve_expression(sent.text.strip(" .:—–-"), published, False)
    # (the report's own day under its headline is a byline's, heading nothing)
    return span if span is not None and span.start and span.start == span.end \
        and (published is None or span.start < published.isoformat()) else None


def past_days(sent: Span, published: date | None) -> set[str]:
    """The days a sentence in the past tense names ("the car was stopped March 16", "she was last seen
    Friday"): what a span elsewhere in the story ("last week") may be narrowed to (story.py)."""
    root = sent.root
    if root.tag_ not in ("VBD", "VBN") and not any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in root.children):
        return set()
    days = set()
    for e in sentence_ents(sent):
        if e.label_ != "DATE" or not _date_context(e):
            continue
        span = resolve_expression(_with_day(e).text, published, False)
        if span is not None and span.start and span.start == span.end and span.precision == "day" and (
                published is None or date.fromisoformat(span.start) <= published):
            days.add(span.start)
    return days
