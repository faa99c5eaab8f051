"""What a date expression means, relative to the report: "on Monday", "last week", "3 November last
year", "in recent months", "15 years ago", "late 2005". A planned or threatened act looks forward
("will rally on Tuesday"), anything else back; absolute dates go to dateparser, which knows the many
ways dates are written. Split from dates.py, which chooses the expression that dates an act."""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date, timedelta
from itertools import pairwise

from ..records import DATE_PREC, DateSpan

WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9  # the AP's abbreviation, which the calendar module lacks
MONTH_WORDS = frozenset(MONTHS)
# Which third of a year or a month "early", "mid" and "late" name ("the beginning", "the end of")
_PARTS = {"early": 0, "mid": 1, "middle": 1, "late": 2, "beginning": 0, "start": 0, "end": 2}


def _span(start: date, end: date, precision: str, text: str) -> DateSpan:
    return DateSpan(start=start.isoformat(), end=end.isoformat(), precision=precision,
                    date_prec=DATE_PREC[precision], text=text)


def _same_day(day: date, year: int) -> date | None:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return None


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
_DAY_RANGE = re.compile(r"\b(\d{1,2})\s*(?:-|–|to|and)\s*(\d{1,2})\b")
# Dates written in figures: ISO's year first ("2024-07-12"), or day and month in an order the figures
# alone may not tell ("12/07/2024" is 12 July in Europe, 7 December in the United States).
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_SLASHED_DATE = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b")


_WEEK_OF = re.compile(r"\b(first|second|third|fourth|last|final)\s+week\s+of\s+([a-z]+)\b")
_WEEK_NUMBER = {"first": 0, "second": 1, "third": 2, "fourth": 3}
_DAY_OF_MONTH = re.compile(r"\bthe\s+(\d{1,2})(?:st|nd|rd|th)[.,]?$")  # closing the phrase: not "the 21st century"


def _month_year(month: int, years: list[int], published: date | None, future: bool) -> int | None:
    """The year of a month named without one: the last such month before the report (the next one for
    what is planned)."""
    if years:
        return years[0]
    if published is None:
        return None
    if month > published.month and not future:
        return published.year - 1
    return published.year + 1 if month < published.month and future else published.year


def _week_of_month(low: str, years: list[int], published: date | None, future: bool) -> DateSpan | None:
    """ "the first week of July": its first seven days ("the last week of July": its last seven)."""
    m = _WEEK_OF.search(low)
    if m is None or m[2] not in MONTHS or (y := _month_year(MONTHS[m[2]], years, published, future)) is None:
        return None
    first, last = _month(y, MONTHS[m[2]])
    if m[1] in ("last", "final"):
        return _span(last - timedelta(days=6), last, "week", low)
    start = first + timedelta(days=7 * _WEEK_NUMBER[m[1]])
    return _span(start, start + timedelta(days=6), "week", low)


def _day_of_this_month(low: str, published: date | None, future: bool) -> DateSpan | None:
    """ "on the 15th", with no month: that day of the report's month, or of the month before for what
    happened after it in the month (of the next one for what is planned before it)."""
    m = _DAY_OF_MONTH.search(low)
    if m is None or published is None or not 1 <= int(m[1]) <= 31:
        return None
    y, mo, d = published.year, published.month, int(m[1])
    if d > published.day and not future:
        y, mo = (y - 1, 12) if mo == 1 else (y, mo - 1)
    elif d < published.day and future:
        y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
    try:
        day = date(y, mo, d)
    except ValueError:
        return None
    return _span(day, day, "day", low)


def _numeric_date(low: str, published: date | None, future: bool) -> date | None:
    """A date in figures. Where both orders give a date, the one on the right side of the report (before
    it for what happened, after it for what is planned) and nearest to it; with no report date, the
    month first, as the American wires write it."""
    if (iso := _ISO_DATE.search(low)) is not None:
        readings = [(int(iso[1]), int(iso[2]), int(iso[3]))]
    elif (sl := _SLASHED_DATE.search(low)) is not None:
        year = int(sl[3]) + (2000 if len(sl[3]) == 2 and int(sl[3]) < 50 else 1900 if len(sl[3]) == 2 else 0)
        readings = [(year, int(sl[1]), int(sl[2])), (year, int(sl[2]), int(sl[1]))]
    else:
        return None
    days = []
    for y, m, d in readings:
        try:
            days.append(date(y, m, d))
        except ValueError:
            continue
    if published is not None:
        side = [d for d in days if (d >= published if future else d <= published)]
        days = sorted(side or days, key=lambda d: abs((published - d).days))
    return days[0] if days else None


def _in_year(words: list[str], y: int, text: str) -> DateSpan:
    """A year told relative to the report ("last year"), with the month, the day or the part of it
    the words name: "3 November last year" is that day, "August last year" that month, "late last
    year" its last four months."""
    months = [MONTHS[w] for w in words if w in MONTHS]
    days = [int(w) for w in words if w.isdigit() and 1 <= int(w) <= 31]
    part = next((_PARTS[w] for w in words if w in _PARTS), None)
    if months:
        first, last = _month(y, months[0])
        if days and days[0] <= last.day:
            d = date(y, months[0], days[0])
            return _span(d, d, "day", text)
        return _span(first, last, "month", text)
    if part is not None:
        return _span(date(y, 4 * part + 1, 1), _month(y, 4 * part + 4)[1], "year", text)
    return _span(date(y, 1, 1), date(y, 12, 31), "year", text)


def resolve_expression(text: str, published: date | None, future: bool = False) -> DateSpan | None:
    low = text.lower().strip()
    words = re.findall(r"[a-z]+|\d+", low)
    years = [int(w) for w in words if w.isdigit() and len(w) == 4]
    if (week := _week_of_month(low, years, published, future)) is not None:
        return replace(week, text=text)
    if not any(w in MONTHS for w in words) and (day := _day_of_this_month(low, published, future)) is not None:
        return replace(day, text=text)
    if published is not None:
        if "today" in words or "tonight" in words or (
                "this" in words and {"morning", "afternoon", "evening"} & set(words)):
            return _span(published, published, "day", text)
        if words == ["overnight"] and not future:
            # a wire's "overnight": the night before the report, ending on its day
            return _span(published - timedelta(days=1), published, "days", text)
        # ("the day before yesterday", "the day after tomorrow": a day further off)
        further = 1 if "day" in words and ("before" in words or "after" in words) else 0
        if "yesterday" in words:
            d = published - timedelta(days=1 + further)
            return _span(d, d, "day", text)
        if "tomorrow" in words:
            d = published + timedelta(days=1 + further)
            return _span(d, d, "day", text)
        if "ago" in words:
            return _ago(words, published, text)
        ahead = future or "next" in words or "coming" in words
        # "Sunday, May 2, 2021": the calendar date the weekday only names (resolved below)
        dated = any(w in MONTHS for w in words) and any(w.isdigit() and int(w) <= 31 for w in words)
        named = []
        for w in words if not dated else []:
            if w in WEEKDAYS:
                if ahead and "last" not in words:
                    d = published + timedelta(days=(WEEKDAYS[w] - published.weekday()) % 7)
                else:
                    d = published - timedelta(days=(published.weekday() - WEEKDAYS[w]) % 7)
                    if "last" in words and (published - d).days <= 1:
                        # The day before the report is "yesterday" or its name alone; "last Sunday"
                        # said on a Monday is the Sunday a week before.
                        d -= timedelta(days=7)
                named.append(d)
        if len(named) > 1 and _RANGE_WORDS & set(words):
            # two weekdays joined as a span ("from Monday to Wednesday"): the days between the first and the last
            return _span(min(named), max(named), "days", text)
        if named:
            return _span(named[0], named[0], "day", text)
        if "weekend" in words:
            # A weekend is the Saturday and Sunday before the report (the coming ones for a
            # plan, or with "next"); said on a weekend day, the one under way.
            if ahead and "last" not in words:
                sat = published + timedelta(days=(5 - published.weekday()) % 7 or (7 if "next" in words else 0))
            else:
                sat = published - timedelta(days=(published.weekday() - 5) % 7)
            end = sat + timedelta(days=1)
            return _span(sat, end if ahead else min(end, published), "days", text)
        if "week" in words and "past" in words and "last" not in words and not future:
            return _span(published - timedelta(days=7), published, "week", text)  # a week counted back ("the past week"): seven days to the report
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
            return _in_year(words, y, text)
    if (figures := _numeric_date(low, published, future)) is not None:
        return _span(figures, figures, "day", text)
    # "1700 GMT" and "0930 local time" are clock times, not years.
    clock = {m.group(1) for m in re.finditer(r"\b(\d{4})\s*(?:gmt|utc|hrs|hours|local)\b", low)}
    words = [w for w in words if w not in clock]
    days = [w for w in words if w.isdigit() and int(w) <= 31]
    years = [int(w) for w in words if w.isdigit() and len(w) == 4]
    months = [MONTHS[w] for w in words if w in MONTHS]
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
    if len(months) > 1 and days and _RANGE_WORDS & set(words) and (published or years):
        # "between July 1 and July 3", "from 30 June to 2 July": the days from the first to the last
        pairs = [(MONTHS[a], int(b)) if a in MONTHS else (MONTHS[b], int(a)) for a, b in pairwise(words)
                 if (a in MONTHS and b.isdigit() and int(b) <= 31) or (b in MONTHS and a.isdigit() and int(a) <= 31)]
        y = years[0] if years else published.year
        if not years and pairs and pairs[0][0] > published.month and not future:
            y -= 1
        try:
            first, last = (date(y, *pairs[0]), date(y, *pairs[-1])) if len(pairs) > 1 else (None, None)
        except ValueError:
            first, last = None, None
        if first is not None and first < last:
            return _span(first, last, "days", text)
    if months and (pair := _DAY_RANGE.search(low)) is not None and 1 <= int(pair[1]) < int(pair[2]) <= 31:
        # "the night of 18-19 February", "March 3-5": the days between (dateparser reads "19" as a year)
        y = years[0] if years else published.year
        if not years and months[0] > published.month and not future:
            y -= 1
        try:
            return _span(date(y, months[0], int(pair[1])), date(y, months[0], int(pair[2])), "day", text)
        except ValueError:
            return None
    if months and days:
        import dateparser

        settings = {"PREFER_DATES_FROM": "future" if future else "past", "RETURN_AS_TIMEZONE_AWARE": False}
        if published:
            from datetime import datetime

            settings["RELATIVE_BASE"] = datetime(published.year, published.month, published.day)
        parsed = dateparser.parse(text, languages=["en"], settings=settings)
        if parsed:
            day = parsed.date()
            if published and not future and (published - day).days > 300:
                # "on June 5" in a report of May 27: a day weeks ahead is the coming one, not one
                # eleven months back (a writer gives the year of a day that long ago)
                ahead = _same_day(day, day.year + 1)
                if ahead is not None and 0 < (ahead - published).days <= 45:
                    day = ahead
            return _span(day, day, "day", text)
    return None
