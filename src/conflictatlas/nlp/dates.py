"""When an event happened: a date interval with a precision, anchored on the publication date.

Relative expressions ("on Monday", "last week", "in November", "in recent months") need the
publication date; without one only absolute dates resolve. With no date expression at all the
event is known only to precede its report: `end` is the publication date and `start` is null.
Absolute dates go to dateparser, which knows the many ways dates are written.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from spacy.tokens import Span, Token

from ..records import DATE_PREC, DateSpan

_WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})


def _span(start: date, end: date, precision: str, text: str) -> DateSpan:
    return DateSpan(start=start.isoformat(), end=end.isoformat(), precision=precision,
                    date_prec=DATE_PREC[precision], text=text)


def _month(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def resolve_expression(text: str, published: date | None) -> DateSpan | None:
    low = text.lower().strip()
    words = re.findall(r"[a-z]+|\d+", low)
    if published is not None:
        if "today" in words or "tonight" in words:
            return _span(published, published, "day", text)
        if "yesterday" in words:
            d = published - timedelta(days=1)
            return _span(d, d, "day", text)
        for w in words:
            if w in _WEEKDAYS:
                back = (published.weekday() - _WEEKDAYS[w]) % 7
                d = published - timedelta(days=back)
                return _span(d, d, "day", text)
        if "week" in words or "weeks" in words:
            start = published - timedelta(days=published.weekday() + (7 if "last" in words else 0))
            if "weeks" in words or "recent" in words or "past" in words:
                return _span(published - timedelta(days=21), published, "month", text)
            return _span(start, min(start + timedelta(days=6), published), "week", text)
        if "months" in words:
            return _span(*_month(published.year, published.month), "month", text)
        if "month" in words:
            y, m = (published.year, published.month)
            if "last" in words:
                y, m = (y - 1, 12) if m == 1 else (y, m - 1)
            return _span(*_month(y, m), "month", text)
        if "year" in words and ("this" in words or "last" in words):
            y = published.year - (1 if "last" in words else 0)
            return _span(date(y, 1, 1), date(y, 12, 31), "year", text)
    # "1700 GMT" and "0930 local time" are clock times, not years.
    clock = {m.group(1) for m in re.finditer(r"\b(\d{4})\s*(?:gmt|utc|hrs|hours|local)\b", low)}
    words = [w for w in words if w not in clock]
    days = [w for w in words if w.isdigit() and int(w) <= 31]
    years = [int(w) for w in words if w.isdigit() and len(w) == 4]
    months = [_MONTHS[w] for w in words if w in _MONTHS]
    if months and not days:
        y = years[0] if years else (published.year if published else None)
        if y is None:
            return None
        if published and not years and months[0] > published.month:
            y -= 1  # "in November" said in March means last November
        return _span(*_month(y, months[0]), "month", text)
    if years and not months:
        return _span(date(years[0], 1, 1), date(years[0], 12, 31), "year", text)
    if months and days:
        import dateparser

        settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
        if published:
            from datetime import datetime

            settings["RELATIVE_BASE"] = datetime(published.year, published.month, published.day)
        parsed = dateparser.parse(text, languages=["en"], settings=settings)
        if parsed:
            return _span(parsed.date(), parsed.date(), "day", text)
    return None


def event_date(trigger: Token, sent: Span, published: date | None) -> DateSpan:
    """The date expression nearest the trigger in its sentence, else 'before publication'."""
    ents = [e for e in sent.ents if e.label_ in ("DATE", "TIME")]
    ents.sort(key=lambda e: (0 if e.root.head.i == trigger.i or trigger.is_ancestor(e.root) else 1,
                             abs(e.start - trigger.i)))
    for e in ents:
        after = e.doc[e.end].lower_ if e.end < len(e.doc) else ""
        # "(1700 GMT)": spaCy tags the number alone; the word after it says it is a clock time.
        text = f"{e.text} {after}" if after in ("gmt", "utc", "hrs", "hours", "local") else e.text
        span = resolve_expression(text, published)
        if span is not None:
            return span
    if published is not None:
        return DateSpan(start=None, end=published.isoformat(), precision=None, date_prec=None, text=None)
    return DateSpan()
