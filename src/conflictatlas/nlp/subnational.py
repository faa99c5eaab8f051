"""Governments below the state: a governor acts for a state's or a province's government, a mayor,
a city council or its members for their city's ("Kansas state government", "Austin city
government", "Helmand provincial government"), as the hand-coded sets and ACLED's sub-national
actors name them, not for the country's government, which the conventions would otherwise name.

Which state or city: the one the actor's own words name ("the Arizona governor", "the mayor of
Tixtla", "the Austin City Council"), else the one the act is placed in. Lawmakers and legislatures
are the division's legislature ("Kansas legislature"), and only where their words name a division
("Kansas lawmakers"): bare, they may be the nation's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..records import Actor, EventMention, Place

_STATE_OFFICES = {"governor", "governors", "gov", "lieutenant"}
# Heads of a state's or a province's government in federations with a national head of the same
# title elsewhere ("Alberta Premier", "Punjab Chief Minister"): sub-national only where their words
# name the division ("Chinese Premier" names none).
_HEADS = {"premier", "premiers"}
_LEGISLATURES = {"legislature", "legislatures", "lawmakers", "lawmaker", "legislators", "legislator", "statehouse",
                 "assembly"}
_CITY_OFFICES = {"mayor", "mayors", "council", "councils", "councilman", "councilwoman", "councilmen", "councilwomen",
                 "councillor", "councillors", "councilor", "councilors", "councilmember", "councilmembers",
                 "alderman", "aldermen", "alderwoman", "selectman", "selectmen", "city", "municipality",
                 "municipal"}
# Offices of the same titles that govern no place: a central bank's governor, a school's council
_NOT_PLACES = {"bank", "school", "student", "students", "security", "prison", "board", "tribal", "youth",
               # and the nation's own: "the presidential council", "the national assembly"
               "national", "presidential", "federal", "transitional", "supreme",
               # who hold the office no longer ("a former council member")
               "former", "ex", "resigned", "retired", "late"}
# The words of two-word titles above: a chief minister, a state's attorney general (a nation has one too:
# sub-national only where the words name the division)
_TITLE_WORDS = {"chief", "minister", "attorney", "general"}
# Federations whose first-level divisions are states; elsewhere they are provinces or regions.
_STATES = {"US", "MX", "IN", "NG", "BR", "AU", "VE", "MY", "DE", "AT", "SS", "SD", "MM", "FM"}


def local_body(actor: Actor | None, place: Place | None) -> Actor | None:
    """The actor named for its state, province or city where its words are a sub-national office."""
    from ..countries import alpha2, country_name

    if actor is None or actor.type != "government" or not actor.text or not actor.country:
        return actor
    words = {w.strip(".,'’").lower() for w in actor.text.replace("'s", " ").split()}
    # A governor or a mayor named by title ("Gov. Ann Lee", "Mayor Tom Ray") acts for the state or
    # city like the bare office; any other named office-holder or body keeps its name.
    head = bool(words & _HEADS) or {"chief", "minister"} <= words or {"attorney", "general"} <= words
    titled = actor.name == actor.text and (bool(words & (_STATE_OFFICES | _CITY_OFFICES)) or head)
    if actor.name and actor.name != f"{country_name(actor.country)} government" and not titled:
        return actor
    if words & _NOT_PLACES:
        return actor
    iso2 = alpha2(actor.country)
    if _named_place(actor.text, iso2, ("country",)):
        return actor  # "Haiti's council": the state's own
    legislature = bool(words & _LEGISLATURES)
    if head:
        named = _named_place(actor.text, iso2, ("admin1",))
        level = "state government" if iso2 in _STATES else "provincial government"
    elif words & _STATE_OFFICES or legislature:
        named = _named_place(actor.text, iso2, ("admin1",))
        if named is None and not legislature and place is not None and (place.country or "").upper() == iso2 \
                and place.precision not in ("country", None):
            from ..geo.gazetteer import admin1_name

            named = admin1_name(place.country, place.admin1)
        level = "legislature" if legislature else "state government" if iso2 in _STATES else "provincial government"
    elif words & _CITY_OFFICES:
        named = _named_place(actor.text, iso2, ("city", "admin2"))
        if named is None and place is not None and (place.country or "").upper() == iso2 \
                and place.precision not in ("country", "admin1", "region", None):
            named = place.name
        level = "city government"
    else:
        return actor
    return replace(actor, name=f"{named} {level}") if named else actor


def _named_place(text: str, iso2: str | None, kinds: tuple[str, ...]) -> str | None:
    """A place of one of `kinds` in the country that the phrase's capitalised words name."""
    from ..geo.gazetteer import lookup

    words = [w.strip(".,'’") for w in text.replace("'s", " ").split()]
    runs, run = [], []
    for w in words + [""]:
        if w[:1].isupper() and w.lower() not in _STATE_OFFICES | _CITY_OFFICES | _LEGISLATURES | _HEADS | _TITLE_WORDS:
            run.append(w)
        elif run:
            runs.append(" ".join(run))
            run = []
    for name in runs:
        if any(e.kind in kinds and e.country == iso2 for e in lookup(name)):
            return name  # as the text writes it ("Tixtla", not the gazetteer's "Tixtla de Guerrero")
    return None


# A city's own government at work in the story: its hall, its council, its mayor
_CITY_AT_WORK = re.compile(r"\b(?:city|town) hall\b|\b(?:city|town) council\b|\bcouncil meeting\b|\bmayor\b|"
                           r"\bcity commission|\baldermen\b", re.IGNORECASE)
# A state's own bodies and offices, named in the protest's sentence: the protest is at the state
_STATE_AT_WORK = re.compile(r"\b(?:prime minister|president|presidential|parliament|ministry|minister|national|"
                            r"federal|congress|senate|embassy|consulate|governor)", re.IGNORECASE)


def local_protests(mentions: list[EventMention], text: str) -> list[EventMention]:
    """A protest that names no one it addresses is addressed to the government where it happens;
    in a story whose city government is at work (its hall, its council, its mayor), that is the
    city's, in the city it was held in ("marched to City Hall", "rallied before the council meeting":
    "Gainesville city government"), not the nation's; unless the protest's own sentence names the
    state's offices ("marched to the prime minister's office")."""
    from ..countries import alpha3, country_name

    if not _CITY_AT_WORK.search(text):
        return mentions
    for m in mentions:
        a2, place = m.actor2, m.place
        if m.event_type != "PROTEST" or a2 is None or a2.text is not None or not a2.country or place is None \
                or place.precision != "city" or not place.name or a2.name != f"{country_name(a2.country)} government":
            continue
        town = place.name if place.geonameid is not None else _town_of_spot(place)
        if town and alpha3(place.country) == a2.country and not _STATE_AT_WORK.search(m.evidence.sentence or ""):
            m.actor2 = replace(a2, name=f"{town} city government")
    return mentions


def _town_of_spot(place: Place) -> str | None:
    """The town a spot inside it was placed at ("Elm Park (Ames)": Ames)."""
    from ..geo.gazetteer import lookup

    m = re.fullmatch(r".+ \((.+)\)", place.name or "")
    town = m.group(1) if m else None
    return town if town and any(e.kind == "city" and e.country == place.country for e in lookup(town)) else None
