"""Divisions by their nouns: "Helmand province", "the Dhamar governorate", "the Lakki Marwat
district" name the division, not a town of that name, whatever the model tagged the name (split
from recognize.py, whose pass `mistagged_divisions` this is)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from ..records import Place
from . import gazetteer
from . import resolve as georesolve
from .toponym import Reading, Toponym, taken
from .words import table

# What a division noun calls a name: "Helmand province", "the Dhamar governorate", "Kandahar district"
# are divisions, not the town of that name.
# A county is left to the gazetteer's own names: GeoNames calls US counties "X County", so the bare
# name finds another division of that name (LGL acc161 0.870 -> 0.869 with it).
_DIVISION_KINDS = {noun: tuple(kinds) for noun, kinds in table("division_nouns").items() if noun != "county"}


# Nigeria's second-level division, in the three words its press writes out ("the Kajuru Local
# Government Area"); "LGA" is in the table
_LGA = ("local", "government", "area")


def _lga_end(doc: Doc, start: int, end: int) -> bool:
    return end - start > 3 and tuple(t.lower_ for t in doc[end - 3:end]) == _LGA


def _division(doc: Doc, start: int, end: int, text: str, context: set[str], at: int,
              country: str | None = None) -> Place | None:
    """The division a name followed by (or ending in) a division noun names, where the gazetteer
    has a division of that name (in `country`, where the text puts it in one: "Russia's Bryansk
    region"); None otherwise."""
    last = doc[end - 1].lower_
    if _lga_end(doc, start, end):
        noun, name = "lga", doc[start:end - 3].text
    elif last in _DIVISION_KINDS and end - start > 1:
        noun, name = last, doc[start:end - 1].text
    elif end < len(doc) and doc[end].lower_ in _DIVISION_KINDS:
        noun, name = doc[end].lower_, text
    elif tuple(t.lower_ for t in doc[end:end + 3]) == _LGA:
        noun, name = "lga", text  # "in Kauru local government area", written in lower case
    elif end + 1 < len(doc) and doc[end].lower_ in ("'s", "’s") and doc[end + 1].lower_ in _DIVISION_KINDS \
            and doc[end + 1].dep_ not in ("compound", "amod"):
        # "Hama's countryside"; not "Jordan's state media", whose state is the nation's
        noun, name = doc[end + 1].lower_, text
    elif start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in _DIVISION_KINDS:
        noun, name = doc[start - 2].lower_, text  # "the countryside of Hama", "the province of Idlib"
    else:
        return None
    kinds = _DIVISION_KINDS[noun]
    divisions = [c for c in georesolve.candidates(name) or georesolve.spelled(name, context) if c.kind in kinds
                 and country in (None, c.country)]
    if not divisions and not context:
        # A report that names no country yet: a division of that loosely spelled name in one country
        # only is the one meant, the division noun saying what kind of place it is ("in Maiwand
        # district" for GeoNames' Maywand)
        divisions = georesolve.spelled_in_one_country(name, lambda c: c.kind in kinds and country in (None, c.country))
    if not divisions:
        return _around_town(name, noun, context, country, text, at)
    best = min(kinds.index(c.kind) for c in divisions)
    entry = georesolve.choose([c for c in divisions if kinds.index(c.kind) == best], context, name)
    return georesolve.to_place(entry, text, at, at + len(text)) if entry is not None else None


# The nouns of first-level divisions only ("region" and "state" name either level)
_FIRST_LEVEL = {"governorate", "province", "oblast", "prefecture"}


def _around_town(name: str, noun: str, context: set[str], country: str | None, text: str, at: int) -> Place | None:
    """A province or governorate named after its town, under a spelling the gazetteer knows for the
    town only ("the Idleb Governorate"): the first-level division around the town the name resolves to."""
    if noun not in _FIRST_LEVEL:
        return None
    town = georesolve.resolve(name, context)
    if town.precision != "city" or country not in (None, town.country):
        return None
    division = gazetteer.admin1_entry(town.country, town.admin1)
    return georesolve.to_place(division, text, at, at + len(text)) if division is not None else None


def mistagged_divisions(doc: Doc, art: Reading, found: list[Toponym]) -> list[Toponym]:
    """A name the model took for an organisation or a person, or left untagged, followed by a division
    noun ("the Dhamar Governorate", "Kunar Province"): the division, where the gazetteer has one of
    that name."""
    out, seen = [], taken(found)
    for ent in [e for e in doc.ents if e.label_ in ("ORG", "PERSON", "NORP")] + _untagged_before_division(doc):
        if any(i in seen for i in range(ent.start, ent.end)):
            continue
        if (ent.end >= len(doc) or doc[ent.end].lower_ not in _DIVISION_KINDS) and ent[-1].lower_ not in _DIVISION_KINDS \
                and not _lga_end(doc, ent.start, ent.end):
            continue
        first = ent.start + (ent[0].lower_ == "the")
        if first >= ent.end:
            continue
        text = doc[first:ent.end].text
        place = _division(doc, first, ent.end, text, art.context, art.base + doc[first].idx)
        if place is not None and place.geonameid is not None:
            out.append(Toponym(first, ent.end, place))
            seen.update(range(first, ent.end))
    return out


def _untagged_before_division(doc: Doc) -> list:
    """Runs of proper nouns the model left untagged before a division noun ("in the Lakki Marwat
    district", the noun itself taken for a name's last word)."""
    out, i = [], 0
    while i < len(doc):
        j = i
        while j < len(doc) and doc[j].pos_ == "PROPN" and not doc[j].ent_type_ and doc[j].text[:1].isupper() \
                and doc[j].lower_ not in _DIVISION_KINDS:
            j += 1
        if j > i and j < len(doc) and doc[j].lower_ in _DIVISION_KINDS:
            out.append(doc[i:j + 1])  # with its noun, as the name is written ("Adamawa State")
        i = j + 1 if j > i else i + 1
    return out


def inside(inner: Place, outer: Place) -> bool:
    """`inner` is a finer place within the country or first-level division `outer`."""
    if outer.precision == "country":
        return inner.country == outer.country and inner.precision not in ("country", "region")
    if outer.precision == "admin1":
        return (inner.country, inner.admin1) == (outer.country, outer.admin1) and inner.precision in ("city", "admin2", "point")
    return False


def division_after(doc: Doc, end: int, context: set[str]):
    """The division a toponym is put in by "in the X region" right after it ("the village of Zorinovka
    in the Kursk region", "Gwoza in Borno state"): a village the gazetteer lacks is no same-named
    town abroad, and one it holds there is the one meant."""
    if end + 2 >= len(doc) or doc[end].lower_ != "in":
        return None
    start = end + 1 + (doc[end + 1].lower_ == "the")
    stop = start
    while stop < len(doc) and doc[stop].pos_ == "PROPN" and stop - start < 3:
        stop += 1
    if stop == start or stop >= len(doc) or doc[stop].lower_ not in _DIVISION_KINDS:
        return None
    name, kinds = doc[start:stop].text, _DIVISION_KINDS[doc[stop].lower_]
    found = [c for c in georesolve.candidates(name) or georesolve.spelled(name, context) if c.kind in kinds]
    return georesolve.choose(found, context, name) if found else None


def placed_in_division(place: Place, within) -> Place:
    """A name the gazetteer lacks in the division the text puts it in, kept at that division."""
    if place.geonameid is not None or within is None or within.kind not in ("admin1", "admin2"):
        return place
    return georesolve.placed_within(within, place.text, place.start, place.end)


def only_division(place: Place, sent: Span, tops: list[Toponym]) -> Place | None:
    """The one division (a province, a district) a sentence names in a place's country, if one."""
    found = {t.place.geonameid: t.place for t in tops if sent.start <= t.start < sent.end
             and t.place.precision in ("admin1", "admin2") and t.place.country and place.country in (None, t.place.country)}
    return next(iter(found.values())) if len(found) == 1 else None


# A quarter of a country in the words its divisions are named by: "eastern Uganda" is the Eastern
# Region, "southern Lebanon" the South governorate (GeoNames' admin1 names; "northeastern" names none)
_QUARTER_NAMES = {"eastern": ("Eastern", "East"), "western": ("Western", "West"), "northern": ("Northern", "North"),
                  "southern": ("Southern", "South"), "east": ("East", "Eastern"), "west": ("West", "Western"),
                  "north": ("North", "Northern"), "south": ("South", "Southern")}


def quarter_division(place: Place, doc: Doc, start: int) -> Place:
    """A country named with the quarter of it the act was in, where one first-level division of that
    country bears the quarter's name ("in eastern Uganda": the Eastern Region); else the country."""
    names = _QUARTER_NAMES.get(doc[start - 1].lower_) if start > 0 and place.precision == "country" else None
    if not names:
        return place
    found = {e.geonameid: e for n in names for e in gazetteer.lookup(n) if e.kind == "admin1" and e.country == place.country}
    if len(found) != 1:
        return place
    return replace(georesolve.to_place(next(iter(found.values())), place.text, place.start, place.end), rule=place.rule)
