"""The dateline: where the reporter files from, read once per article from the opening of its body.

The styles of the wires and of papers that copy them:
- AP: "HAYWARD, Calif. (AP) —", "KABUL, Afghanistan (AP) —", "WASHINGTON (AP) —";
- Reuters: "KABUL (Reuters) -", "WASHINGTON, Jan 5 (Reuters) -" (the date follows the place);
- AFP: "KABUL, Afghanistan (AFP) --", "RAMALLAH, Palestinian Territories, Nov 13, 2024 (AFP) -" (with
  the year), and "Kabul (AFP) -" in mixed case;
- papers: "BAGHDAD —", "BEIRUT:", "SIRTE, Libya --"; and a paper's "where it happened / where it was
  filed from" ("TYRE/BEIRUT:"), whose first place that the gazetteer knows is the dateline's.
The city is in capitals, or followed by a wire's name in brackets, which keeps ordinary sentence
openings out; the state or country after the comma (AP's "Calif.", "W.Va.", or a name) places it.
The dateline is the place of an event only when the event's sentence names no place (eventplace.py).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..records import Place
from . import gazetteer
from . import resolve as georesolve
from .context import Context

# (in capitals too: the Kathmandu Post's "JALESHWAR, SEP 11 -")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)[a-z]*\.?\s+\d{1,2}"
_AGENCY = r"\((?:AP|Reuters|AFP|UPI|dpa|DPA|Xinhua|IANS|PTI|ANI|Bloomberg|CNN|BBC|[A-Z][A-Za-z .]{1,24})\)"
# \x96/\x97: the en and em dash of Windows-1252 read as Latin-1, as older wire archives carry them.
_DASH = r"(?:[—–\x96\x97]|--?|:)"
_MONTH_NAME = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[a-zA-Z]*\.?"
# ", Nov 13" or ", Nov 13, 2024" after the place, or the day first: ", 22 July 2024"
_DATED = r"(?:,\s*(?:" + _MONTH + r"|\d{1,2}\s+" + _MONTH_NAME + r")(?:,?\s+\d{4})?)?"
# (a day written first, "18 August 2025", is left out: kept bare, the model reads its day as a count)
MONTH_DAY = re.compile(_MONTH + r"(?!\d)")
_OPENING = r"(?:^|\n|[.!?]\s+)\s*"
# "HAYWARD, Calif. (AP) —": a city in capitals, optionally its state or country, a date, a wire.
_CAPS = r"[A-Z][A-Z .'-]{2,40}?"
_UPPER = re.compile(_OPENING + r"(" + _CAPS + r"(?:/" + _CAPS + r")?)(?:,\s*(?!" + _MONTH + r")([A-Z][A-Za-z .'-]{1,30}?))?"
                    + _DATED + r"\s*(?:" + _AGENCY + r")?\s*" + _DASH + r"\s")
# "Kabul (AFP) -", "Kabul, Afghanistan (AFP) -": a mixed-case city needs the wire's name.
_MIXED = re.compile(_OPENING + r"([A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,3})(?:,\s*(?!" + _MONTH + r")([A-Z][A-Za-z .'-]{1,30}?))?"
                    + _DATED + r"\s*" + _AGENCY + r"\s*" + _DASH + r"\s")
_READ = 400  # a dateline opens the body, after the headline at most


def find(text: str) -> tuple[str, str | None, int, int] | None:
    """(city, state or country as written, start, end of the city) of the text's dateline."""
    head = text[:_READ]
    found = [m for m in (_UPPER.search(head), _MIXED.search(head)) if m]
    if not found:
        return None
    m = min(found, key=lambda m: m.start(1))
    city = m.group(1).strip()
    return city, (m.group(2) or "").strip() or None, m.start(1), m.start(1) + len(city)


def opening(para: str) -> int:
    """How many characters a dateline opening the paragraph takes, wire and dash included
    ("TULSA, Okla. (AP) — " -> 19), else 0."""
    found = [m for m in (_UPPER.match(para), _MIXED.match(para)) if m and m.start(1) == 0]
    return max((m.end() for m in found), default=0)


def dateline_place(text: str, context: set[str]) -> Place | None:
    """The dateline's place, resolved within the state or country written after it ("HAYWARD,
    Calif.": Hayward, California), else with the article's context; None if there is none or it
    names no place the gazetteer knows."""
    found = find(text)
    if found is None:
        return None
    city, container, start, end = found
    within = georesolve.container(container) if container else None
    unknown: tuple[str, int] | None = None  # the first part the gazetteer lacks, with its offset
    for part in city.split("/"):  # "TYRE/BEIRUT": the story's place, then the bureau's
        name = part.strip().title() if part.isupper() else part.strip()
        offset = start + city.index(part) + len(part) - len(part.lstrip())
        # The article's other names weigh in ("CLINTON —" over a story that names New Haven).
        ctx = (context.including(within.country if within else None) if isinstance(context, Context)
               else context | ({within.country} if within else set()))
        place = georesolve.resolve(name, ctx, offset,
                                   offset + len(name), within=within)
        if place.geonameid is None and within is not None and georesolve.container(name) is None:
            unknown = unknown or (name, offset)
            continue
        if place.geonameid and within is None and place.precision in ("country", "admin1"):
            place = _town_meant(name, place, ctx, offset)
        if place.geonameid:
            return place
    if unknown is not None and within is not None and within.kind == "country":
        # "BAQOUBA, Iraq (AP) —": a town the gazetteer lacks, in the country the dateline writes
        # (a town of a small place or another spelling): the country is where the reporter is
        name, offset = unknown
        return replace(georesolve.to_place(within, name, offset, offset + len(name)), name=f"{name} ({within.name})",
                       unresolved_reason=f"no GeoNames place of that name; placed at {within.name} "
                                         f"(GeoNames {within.geonameid}), the country its dateline writes")
    return None


def _town_meant(name: str, place: Place, context: set[str], offset: int) -> Place:
    """A dateline names a town, never a country or a state alone: "LEBANON (AP) —" over a story
    from Ohio is Lebanon, Ohio, where the article's other places have a town of that name."""
    towns = [e for e in gazetteer.lookup(name) if e.kind == "city" and e.country in context
             and gazetteer.norm(e.name) == gazetteer.norm(name)]
    entry = georesolve.choose(towns, context, name) if towns else None
    return georesolve.to_place(entry, name, offset, offset + len(name)) if entry is not None else place
