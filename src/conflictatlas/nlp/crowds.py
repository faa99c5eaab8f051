"""Whom force hits in a story of protest. ACLED names the people of a demonstration by what they
were doing, also when they are the ones hit: "police fired into the crowd, killing a student" in
a report of a march is violence against protesters, not against civilians at large, and those
arrested at it are protesters arrested. A sentence rarely says so again; the story does.
Applied to an article's mentions after the story's places and doers are settled."""

from __future__ import annotations

from dataclasses import replace

from ..countries import alpha3, country_name
from ..records import EventMention

# What a story must tell to be one of protest: this many demonstrations that took place.
_PROTESTS = 2
# Who hits a crowd: the state's forces, or someone the report does not name (armed men it names, who
# shoot a villager in a story that also tells a march, are another story's violence).
_FORCES = ("police", "military", "government")


def protest_victims(mentions: list[EventMention]) -> list[EventMention]:
    protests = [m for m in mentions if m.event_type == "PROTEST" and m.status in ("occurred", "ongoing")]
    if len(protests) < _PROTESTS:
        return mentions
    # the countries the protests were in, by their protesters' name or their place; and the towns
    # and days they were in: force on another day or in another town is not at them
    where = {c for m in protests for c in (m.actor1.country if m.actor1 else None,
                                           alpha3(m.place.country) if m.place and m.place.country else None) if c}
    towns = {m.place.geonameid for m in protests if m.place is not None and m.place.geonameid is not None}
    days = [m.date.start for m in protests if m.date.start and m.date.start == m.date.end]
    # An unnamed doer's victims are the protest's only where the story tells the state's force used on
    # a crowd; in a story of a crime and the march that followed it they are the crime's.
    # (on the crowd: a force's fire across a border, told beside a protest over it, is no force on a crowd)
    forced = any(m.event_type in ("ASSAULT", "COERCE") and m.actor1 is not None and m.actor1.type in _FORCES
                 and m.actor2 is not None
                 and ((m.actor2.name or "").startswith("Protesters") or m.actor2.type == "protesters")
                 for m in mentions)
    for m in mentions:
        a1, a2 = m.actor1, m.actor2
        if m.event_type not in ("ASSAULT", "COERCE") or a2 is None or a2.type != "civilians" \
                or not (a2.name or "").startswith("Civilians (") or a2.country not in where:
            continue
        # (or a doer the report does not name: "a student was shot" after police fired on the crowd)
        unnamed = forced and (a1 is None or (a1.text is None and (a1.name or "").startswith("Unidentified")))
        if not unnamed and (a1 is None or a1.type not in _FORCES):
            continue
        # not before the protests began (the shooting a march mourns), nor in another town
        before = bool(days) and m.date.start is not None and m.date.start < min(days)
        elsewhere = m.place is not None and m.place.geonameid is not None and towns and m.place.geonameid not in towns
        if not before and not elsewhere:
            m.actor2 = replace(a2, name=f"Protesters ({country_name(a2.country)})")
    return mentions
