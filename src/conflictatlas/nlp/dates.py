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

import calendar
import re
from datetime import date, timedelta

from spacy.tokens import Span, Token

from ..records import DATE_PREC, DateSpan
from . import judicial
from .date_clauses import describing_clause, in_a_description, in_a_noun_clause, measured_from, on_other_noun
from .lexicon import triggers, vocabulary

_WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_MONTHS["sept"] = 9  # the AP's abbreviation, which the calendar module lacks
MONTH_WORDS = frozenset(_MONTHS)
# Which third of a year or a month "early", "mid" and "late" name
_PARTS = {"early": 0, "mid": 1, "middle": 1, "late": 2}


def _span(start: date, end: date, precision: str, text: str) -> DateSpan:
    return DateSpan(start=start.isoformat(), end=end.isoformat(), precision=precision,
                    date_prec=DATE_PREC[precision], text=text)


def _month(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


_UNITS = {"day": 1, "days": 1, "week": 7, "weeks": 7, "month": 30, "months": 30, "year": 365, "years": 365,
          "decade": 3652, "decades": 3652}
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20}


def _ago(words: list[str], published: date, text: str) -> DateSpan | None:
    """"15 years ago", "three weeks ago": the unit's span that far back."""
    i = words.index("ago")
    if i < 2 or words[i - 1] not in _UNITS:
        return None
    n = int(words[i - 2]) if words[i - 2].isdigit() else _NUMBER_WORDS.get(words[i - 2])
    if n is None:
        return None
    unit = words[i - 1]
    if unit.startswith(("year", "decade")):
        y = published.year - n * (10 if unit.startswith("decade") else 1)
        return _span(date(y, 1, 1), date(y, 12, 31), "year", text)
    if unit.startswith("month"):
        m = published.month - n
        y = published.year + (m - 1) // 12
        return _span(*_month(y, (m - 1) % 12 + 1), "month", text)
    d = published - timedelta(days=n * _UNITS[unit])
    if unit.startswith("week"):
        start = d - timedelta(days=d.weekday())
        return _span(start, start + timedelta(days=6), "week", text)
    return _span(d, d, "day", text)


# The months of each season as the northern hemisphere counts them (most of the news we code), by
# the month it starts in and its length; winter runs into the next year.
_SEASONS = {"spring": (3, 3), "summer": (6, 3), "autumn": (9, 3), "fall": (9, 3), "winter": (12, 3)}


def _season(words: list[str], published: date, future: bool) -> DateSpan | None:
    """"last summer", "this spring", "in the summer of 2014": the season's three months. Unqualified
    or with "this", the latest one begun by the report (the coming one for a plan); with "last",
    the latest one over before it; with a year, that year's (a winter's January and February)."""
    name = next((w for w in words if w in _SEASONS), None)
    if name is None or (name == "fall" and not ({"the", "last", "this", "next", "of"} & set(words))):
        return None  # "fall" alone is as often the verb
    first, length = _SEASONS[name]
    years = [int(w) for w in words if w.isdigit() and len(w) == 4]

    def bounds(y: int) -> tuple[date, date]:
        end_y, end_m = (y + 1, (first + length - 1) - 12) if first + length - 1 > 12 else (y, first + length - 1)
        return date(y, first, 1), _month(end_y, end_m)[1]

    if years:
        start, end = bounds(years[0] - 1 if name == "winter" else years[0])
    else:
        y = published.year + 1
        while bounds(y)[0] > published or ("last" in words and bounds(y)[1] >= published):
            y -= 1
        if future or "next" in words:
            y += 1
        start, end = bounds(y)
        if not future:
            end = min(end, published)  # a season under way is over only up to the report
    return _span(start, end, "year", " ".join(words))


_RANGE_WORDS = {"between", "to", "through", "until", "till", "and", "from"}


def resolve_expression(text: str, published: date | None, future: bool = False) -> DateSpan | None:
    low = text.lower().strip()
    words = re.findall(r"[a-z]+|\d+", low)
    if published is not None:
        if "today" in words or "tonight" in words:
            return _span(published, published, "day", text)
        if "yesterday" in words:
            d = published - timedelta(days=1)
            return _span(d, d, "day", text)
        if "tomorrow" in words:
            d = published + timedelta(days=1)
            return _span(d, d, "day", text)
        if "ago" in words:
            return _ago(words, published, text)
        ahead = future or "next" in words or "coming" in words
        # "Sunday, May 2, 2021": the calendar date the weekday only names (resolved below)
        dated = any(w in _MONTHS for w in words) and any(w.isdigit() and int(w) <= 31 for w in words)
        for w in words if not dated else []:
            if w in _WEEKDAYS:
                if ahead and "last" not in words:
                    d = published + timedelta(days=(_WEEKDAYS[w] - published.weekday()) % 7)
                else:
                    d = published - timedelta(days=(published.weekday() - _WEEKDAYS[w]) % 7)
                    if "last" in words and (published - d).days <= 1:
                        # The day before the report is "yesterday" or its name alone; "last Sunday"
                        # said on a Monday is the Sunday a week before.
                        d -= timedelta(days=7)
                return _span(d, d, "day", text)
        if "weekend" in words:
            # A weekend is the Saturday and Sunday before the report (the coming ones for a
            # plan, or with "next"); said on a weekend day, the one under way.
            if ahead and "last" not in words:
                sat = published + timedelta(days=(5 - published.weekday()) % 7 or (7 if "next" in words else 0))
            else:
                sat = published - timedelta(days=(published.weekday() - 5) % 7)
            end = sat + timedelta(days=1)
            return _span(sat, end if ahead else min(end, published), "days", text)
        if "week" in words or "weeks" in words:
            shift = 7 if "next" in words else -7 if "last" in words else 0
            start = published - timedelta(days=published.weekday()) + timedelta(days=shift)
            if "weeks" in words and ("recent" in words or "past" in words or "last" in words):
                return _span(published - timedelta(days=21), published, "month", text)
            if "weeks" in words:
                return None  # "for two weeks": a duration, not a date
            return _span(start, start + timedelta(days=6) if shift > 0 else min(start + timedelta(days=6), published),
                         "week", text)
        if "months" in words:
            if "recent" in words or "past" in words or "last" in words:
                # "in recent months": a span of several months up to the report, not one month.
                return _span(published - timedelta(days=90), published, "year", text)
            return None  # "for six months": a duration
        if "month" in words:
            y, m = (published.year, published.month)
            if "last" in words:
                y, m = (y - 1, 12) if m == 1 else (y, m - 1)
            elif "next" in words:
                y, m = (y + 1, 1) if m == 12 else (y, m + 1)
            return _span(*_month(y, m), "month", text)
        season = _season(words, published, future)
        if season is not None:
            return season
        if "year" in words and ("this" in words or "last" in words or "next" in words):
            y = published.year - (1 if "last" in words else 0) + (1 if "next" in words else 0)
            return _span(date(y, 1, 1), date(y, 12, 31), "year", text)
    # "1700 GMT" and "0930 local time" are clock times, not years.
    clock = {m.group(1) for m in re.finditer(r"\b(\d{4})\s*(?:gmt|utc|hrs|hours|local)\b", low)}
    words = [w for w in words if w not in clock]
    days = [w for w in words if w.isdigit() and int(w) <= 31]
    years = [int(w) for w in words if w.isdigit() and len(w) == 4]
    months = [_MONTHS[w] for w in words if w in _MONTHS]
    part = next((_PARTS[w] for w in words if w in _PARTS), None)
    if months and not days:
        y = years[0] if years else (published.year if published else None)
        if y is None:
            return None
        if published and not years and months[0] > published.month and not future:
            y -= 1  # "in November" said in March means last November
        if published and not years and months[0] < published.month and future:
            y += 1  # "rallies in February" planned in March means next February
        first, last = _month(y, months[0])
        if len(months) > 1 and months[-1] > months[0] and _RANGE_WORDS & set(words):
            last = _month(years[-1] if years else y, months[-1])[1]  # "from March to May 2015": all of it
            return _span(first, last, "year", text)
        if part is not None:
            # "late March": the month's last ten days (its first or middle ten for "early", "mid")
            start = first + timedelta(days=10 * part)
            return _span(start, last if part == 2 else start + timedelta(days=9), "week", text)
        return _span(first, last, "month", text)
    if years and not months:
        if (decade := re.search(r"\b(\d{3}0)'?s\b", low)) is not None and len(years) == 1:
            return _span(date(int(decade.group(1)), 1, 1), date(int(decade.group(1)) + 9, 12, 31), "year", text)  # "the 1990s"
        if len(years) > 1 and years[-1] > years[0] and _RANGE_WORDS & set(words):
            # "between 1994 and 2009": the whole span, not its first year
            return _span(date(years[0], 1, 1), date(years[-1], 12, 31), "year", text)
        if part is not None:
            # "late 2005": the year's last four months (its first or middle four for "early", "mid")
            return _span(date(years[0], 4 * part + 1, 1), _month(years[0], 4 * part + 4)[1], "year", text)
        return _span(date(years[0], 1, 1), date(years[0], 12, 31), "year", text)
    if months and days and not years and published is None:
        return None  # "on Sept. 11" in a text with no date of its own: the year is unknown, not this one
    if months and days:
        import dateparser

        settings = {"PREFER_DATES_FROM": "future" if future else "past", "RETURN_AS_TIMEZONE_AWARE": False}
        if published:
            from datetime import datetime

            settings["RELATIVE_BASE"] = datetime(published.year, published.month, published.day)
        parsed = dateparser.parse(text, languages=["en"], settings=settings)
        if parsed:
            return _span(parsed.date(), parsed.date(), "day", text)
    return None


# Words around a number that make it an address, a code or a phone number, not a year.
_NOT_DATE_BEFORE = {"no", "number", "#", "room", "suite", "route", "highway", "hwy", "lodge", "post", "unit",
                    "box", "apt", "interstate", "i", "sr", "us", "county", "exit", "flight", "bus", "log", "ref", "reference"}
_NOT_DATE_AFTER = {"st", "street", "ave", "avenue", "road", "rd", "drive", "dr", "lane", "ln", "blvd", "boulevard",
                   "way", "court", "ct", "place", "pl", "circle", "parkway", "pkwy", "highway", "hwy", "block",
                   "pregnant", "old", "years-old", "year-old", "gmt", "utc"}
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
    if e.start > 0 and e[0].lower_.rstrip(".") in _MONTHS:
        day = e.doc[e.start - 1]
        if day.text.isdigit() and 1 <= int(day.text) <= 31:
            return e.doc[e.start - 1:e.end]
    return e


def event_date(trigger: Token, sent: Span, published: date | None, future: bool = False) -> DateSpan:
    """The date expression nearest the trigger in its sentence, else 'before publication'. `future`
    for planned and threatened events, whose "Tuesday" is the coming one; an event that occurred is
    never dated after its report."""
    ents = [_with_day(e) for e in sent.ents if e.label_ in ("DATE", "TIME") and _date_context(e)]
    # A named event's year ("during the 1973 war", "in the 2011 uprising") dates what happened in it.
    ents += [e.doc[t.i:t.i + 1] for e in sent.ents if e.label_ == "EVENT" for t in e
             if t.like_num and len(t.text) == 4 and t.text.isdigit() and 1800 <= int(t.text) <= 2100]
    # A weekday the tagger left untagged ("the robbery Friday of two men") is a date all the same.
    tagged = {i for e in sent.ents for i in range(e.start, e.end)}
    ents += [sent.doc[t.i:t.i + 1] for t in sent if t.i not in tagged and t.is_title and t.lower_ in _WEEKDAYS]
    ents = [e for e in ents if not in_a_noun_clause(e, trigger)]
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
    # A year written on another noun ("linked to the 2013 siege", "bombed a camp of rebels who rejected
    # the 2016 accord") dates that thing: it comes last however near it stands; the act's own first.
    ents.sort(key=lambda e: (on_other_noun(e, trigger),
                             0 if e.root.head.i == trigger.i or trigger.is_ancestor(e.root) else 1,
                             abs(e.start - trigger.i)))
    for e in ents:
        after = e.doc[e.end].lower_ if e.end < len(e.doc) else ""
        # "(1700 GMT)": spaCy tags the number alone; the word after it says it is a clock time.
        text = f"{e.text} {after}" if after in ("gmt", "utc", "hrs", "hours", "local") else e.text
        ahead = future or _scheduled(e)
        span = resolve_expression(text, published, ahead)
        if span is None or span.start is None:
            continue
        if published is not None and not ahead and date.fromisoformat(span.start) > published:
            continue
        if date.fromisoformat(span.start).year < 1800:
            continue
        return span
    for e in charge_dates:
        # the act came before the charge or the arrest that names it
        span = resolve_expression(e.text, published)
        if span is not None and span.start is not None and (published is None or date.fromisoformat(span.start) <= published):
            return DateSpan(start=None, end=span.start, precision=None, date_prec=None, text=None)
    if published is not None:
        return DateSpan(start=None, end=published.isoformat(), precision=None, date_prec=None, text=None)
    return DateSpan()


def _scheduled(e: Span) -> bool:
    """A day something is called or set "for" ("a strike for Thursday", "a hearing set for Monday"):
    the coming one."""
    return e.root.dep_ == "pobj" and e.root.head.lower_ == "for" and e.root.lower_ in _WEEKDAYS


def dated_ahead(trigger: Token, published: date | None) -> bool:
    """A noun event whose own time phrase lies after its report ("protests next month", "the April
    9 rally" in a March report): announced, not told as done."""
    if published is None or trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    for e in trigger.sent.ents:
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


def past_days(sent: Span, published: date | None) -> set[str]:
    """The days a sentence in the past tense names ("the car was stopped March 16", "she was last seen
    Friday"): what a span elsewhere in the story ("last week") may be narrowed to (story.py)."""
    root = sent.root
    if root.tag_ not in ("VBD", "VBN") and not any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in root.children):
        return set()
    days = set()
    for e in sent.ents:
        if e.label_ != "DATE" or not _date_context(e):
            continue
        span = resolve_expression(_with_day(e).text, published, False)
        if span is not None and span.start and span.start == span.end and span.precision == "day" and (
                published is None or date.fromisoformat(span.start) <= published):
            days.add(span.start)
    return days
