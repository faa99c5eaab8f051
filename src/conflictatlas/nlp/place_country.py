"""Which country an act's place lies in when the gazetteer gives none: the one written on the
place's own noun, the story's, or the one its actors put it in. Split from roles.py; coder.py and
story.py ask these questions once a place is known or left unresolved."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..geo.placeroles import MISSIONS
from ..geo.toponym import is_place_noun
from ..records import Actor, Place

if TYPE_CHECKING:
    from .coder import Paragraph

_HOME_TYPES = {"police", "government", "civilians", "rebel/insurgent", "militia", "opposition"}
# Whom a foreign force's attack finds at home; rebels are often hit across a border ("jets bombed PKK positions")
_STATES_AND_PEOPLE = {"military", "police", "government", "civilians"}


def country_for_unknown_place(place: Place, actor1: Actor | None, actor2: Actor | None,
                              setting: str | None) -> Place:
    """A place the gazetteer does not know ("the village of Kawkab") is at least in a country: the one
    the story is set in, else the one its actors put it in (a state's police, government or people act
    at home; two sides of one country fight in it). Its point stays unknown."""
    if beyond_borders(place):
        return place
    country = setting or actors_country(actor1, actor2)
    return replace(place, country=country) if country else place


def as_written(place: Place, para: Paragraph) -> Place:
    """A place the gazetteer lacks, in the country the text writes on its noun, else in the one the
    story is set in; its actors are not asked yet (country_for_unknown_place asks them after)."""
    stated = stated_country(place, para)
    if stated:
        return replace(place, country=stated)
    if place.precision != "region" and para.country:
        return country_for_unknown_place(place, None, None, para.country)
    return place


def stated_country(place: Place, para: Paragraph) -> str | None:
    """The country the text writes on a place's own noun ("the Lebanese village of X", "the Afghan
    province of X"): where a name the gazetteer lacks lies, over the story's or the actors' country."""
    from ..geo.recognize import demonym_country

    doc = para.doc
    for top in para.toponyms:
        if top.place is not place and top.place.text != place.text:
            continue
        of = doc[top.start - 1] if top.start > 0 else None
        noun = of.head if of is not None and of.lower_ == "of" else None
        if noun is None or not is_place_noun(noun):
            continue
        for mod in (c for c in noun.children if c.dep_ in ("amod", "compound")):
            entry = demonym_country(mod.text)
            if entry is not None and entry.country:
                return entry.country
    return None


def beyond_borders(place: Place) -> bool:
    """A region or a sea that spans countries ("the Horn of Africa", "the Sahel"): it lies in
    no one of them, so neither the story's country nor its actors' places it."""
    from ..geo.candidates import unheld_region

    return unheld_region(place.text or place.name or "")


def actors_country(actor1: Actor | None, actor2: Actor | None, material: bool = False) -> str | None:
    """The country (alpha-2) an act's actors put it in: a state's police, government, rebels or
    people act at home; two sides of one country meet in it. None when they do not agree, except
    that force one state's troops use on another state's forces or people is used where those are
    ("Turkish troops killed three Iraqi border guards"): a material act's target is at home."""
    from ..countries import alpha2

    # (a state's envoy is abroad: "summoned the French ambassador" is no act in France)
    c1 = actor1.country if actor1 is not None and not _envoy(actor1) else None
    c2 = actor2.country if actor2 is not None and not _envoy(actor2) else None
    if c1 and (c1 == c2 or (actor1.type in _HOME_TYPES and c2 in (None, c1))):
        return alpha2(c1)
    if c2 and c1 is None and actor2.type in _HOME_TYPES:
        return alpha2(c2)
    if material and c1 and c2 and actor1.type == "military" and actor2.type in _STATES_AND_PEOPLE:
        return alpha2(c2)
    return None


# (the missions geo.placeroles keeps out of an article's places, and the diplomats who staff them)
_ENVOYS = MISSIONS | {w + "s" for w in MISSIONS} | {"diplomat", "diplomats", "charge", "chargé", "attache", "attaché"}


def _envoy(actor: Actor) -> bool:
    return (actor.text or "").lower().rsplit(" ", 1)[-1] in _ENVOYS


def hometown(actor: Actor | None, tok, para: Paragraph) -> Actor | None:
    """A soldier or an officer the text gives a home town ("an Army paratrooper from Victoria",
    "a Marine from Ohio") serves that town's state, wherever the act happened: local papers name
    their own soldiers killed abroad this way. Returns the actor with that country, else None."""
    from ..countries import alpha3

    if actor is None or tok is None or actor.country or actor.type not in ("military", "police"):
        return None
    towns = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "from" for o in p.children if o.dep_ == "pobj"]
    country = next((top.place.country for o in towns for top in para.toponyms
                    if top.start <= o.i < top.end and top.place is not None and top.place.country), None)
    return replace(actor, country=alpha3(country), name=None) if country else None


# Acts of words, whose target a city named as their object is as a body ("accused Houston of ...")
_ADDRESSED = {"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SANCTION", "CONSULT", "AGREE", "SUPPORT"}


def city_addressed(t, etype: str, actor: Actor | None, para: Paragraph) -> Actor | None:
    """A city the words of an act are addressed to ("accused Houston of breaking a state law", "urged the
    city of Ames to drop the fees"): its city government; a national capital is left to stand for its
    state, as CAMEO reads "urged Moscow to ...". Returns that actor, else None."""
    from ..countries import alpha3
    from ..geo import gazetteer

    if etype not in _ADDRESSED or (actor is not None and actor.type is not None) or t.pos_ != "VERB":
        return None
    objs = [o for o in t.children if o.dep_ == "dobj"]
    # "the city of Ames": the name after it
    objs = [next((x for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for x in p.children
                  if x.dep_ == "pobj"), o) if o.lemma_.lower() == "city" else o for o in objs]
    for o in objs:
        top = next((top for top in para.toponyms if top.start <= o.i < top.end == o.i + 1), None)
        if top is None or top.place.precision != "city" or not top.place.country:
            continue
        seat = gazetteer.capital(top.place.country)
        if seat is not None and seat.geonameid == top.place.geonameid:
            return None  # a capital stands for its state ("urged Moscow to ...")
        text = para.doc[top.start:top.end].text
        return Actor(text=text, name=f"{text} city government", country=alpha3(top.place.country), type="government")
    return None


def addressed_or_home(actor: Actor | None, tok, t, etype: str, para: Paragraph) -> Actor | None:
    """hometown, else city_addressed: what a place written on the act's target says of it."""
    return hometown(actor, tok, para) or city_addressed(t, etype, actor, para)

