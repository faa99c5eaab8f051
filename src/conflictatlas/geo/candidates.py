"""A name's GeoNames candidates: the gazetteer's places of that name, or of the place the name is
a facility, part or spelling of ("Greene County Sheriff's Department", "Port of Oakland", "Tel
Tamer"). Choosing among them is resolve.py's."""

from __future__ import annotations

import re

from . import gazetteer, spelling
from .thresholds import INITIALS_CITY_POPULATION
from .words import table, words

# A facility, an office or a part of a place resolves to the place: "Greene County Sheriff's
# Department", "Lincoln Park Civic Center", "Port of Oakland", "Northeast Georgia".
FACILITY_WORDS = words("facility_words")
MEMORIAL_FACILITIES = words("memorial_facilities")
SCHOOLS = words("schools")
_FEATURE_WORDS = words("feature_words")
_OF_HEADS = words("of_heads")
_DIRECTIONS = words("directions")
_CITY_PARTS = words("city_parts")


def bare(word: str) -> str:
    return word.lower().removesuffix("’s").removesuffix("'s").strip(".,")


# Regions no package holds, which GeoNames also lists as some town's name ("Middle East", a Baltimore
# neighbourhood): only a country, state or continent of that name may stand for them; else the
# name stays unresolved.
UNHELD_REGIONS = words("unheld_regions")


_ABBREVIATED = table("abbreviated")


def unheld_region(text: str) -> bool:
    return gazetteer.norm(text.removeprefix("the ").removeprefix("The ")) in UNHELD_REGIONS


# A name ending so is a natural feature unless a place bears it whole ("Sioux Falls", "Green Bay"):
# "the Snake River" is no town called Snake River.
_FEATURE_ENDINGS = words("feature_endings")


def natural_feature(text: str) -> bool:
    return gazetteer.norm(text).rsplit(" ", 1)[-1] in _FEATURE_ENDINGS


_WATERS = {"sea", "ocean", "gulf"}


def sea_or_division(words: list[str], cands: list, countries: set[str]) -> list:
    """"The Red Sea" is the sea ships sail in: a division named after it (Sudan's Red Sea state) is
    meant only in a story of that division's country."""
    return [c for c in cands if c.country in countries] if words and bare(words[-1]) in _WATERS else cands


def compass_only(text: str) -> bool:
    """"the North", "South": a part of some country, named by its direction alone."""
    parts = [bare(w) for w in text.split() if bare(w) != "the"]
    return bool(parts) and all(p in _DIRECTIONS for p in parts)


def candidates(text: str) -> list[gazetteer.Entry]:
    if unheld_region(text):
        return [c for c in gazetteer.lookup(text) if c.kind in ("country", "admin1", "region")]
    parts = [bare(w) for w in text.split()]
    if len(parts) == 2 and parts[0] in _DIRECTIONS and parts[1] in _CITY_PARTS:
        return []  # a compass word with "side" or "end": a part of the story's city, no town elsewhere
    found = gazetteer.lookup(text)
    if found and text.isalpha() and text.isupper() and len(text) <= 4:
        # "the SUV", "an ATM": capitals a common word is written in, which GeoNames keeps as some
        # town's code (Suva's airport); a country's, a division's or a great city's initials stay ("UAE", "NYC")
        own = gazetteer.norm(text)
        found = [c for c in found if c.kind != "city" or gazetteer.norm(c.name) == own
                 or c.population >= INITIALS_CITY_POPULATION]
    if found and natural_feature(text):
        own = gazetteer.norm(text)
        return [c for c in found if gazetteer.norm(c.name) == own]
    if found:
        return found
    words = text.split()
    # "St. Marc", "Ste. Genevieve", "Mt. Hood", "Ft. Dodge": GeoNames often spells the word out.
    if words and (full := _ABBREVIATED.get(gazetteer.norm(words[0]))) and (
            found := gazetteer.lookup(" ".join([full, *words[1:]]))):
        return found
    if words and words[0].lower() == "the":
        words = words[1:]
        if found := gazetteer.lookup(" ".join(words)):
            return found
    if len(words) < 2:
        return []
    low = [bare(w) for w in words]
    if "of" in low[1:-1] and low[0] in _OF_HEADS:
        return gazetteer.lookup(" ".join(words[low.index("of") + 1:]))
    if low[0] in _DIRECTIONS:
        # "North Waziristan" is Waziristan's north; "the South Hospital" is a building, not a town
        # called Hospital.
        # Nor is "the East Sea" a town the feature word is some place's other name for (Seattle's "Sea").
        return [] if low[1:] and all(w in FACILITY_WORDS or w in _FEATURE_ENDINGS for w in low[1:]) \
            else gazetteer.lookup(" ".join(words[1:]))
    # The longest run of words before a facility word that names a place; not a park or a hall named
    # after someone.
    for end in range(len(words) - 1, 0, -1):
        if low[-1] in MEMORIAL_FACILITIES:
            break
        if low[end] in FACILITY_WORDS or words[end - 1].lower().endswith(("’s", "'s")):
            head = " ".join(words[:end - 1] + [words[end - 1].removesuffix("’s").removesuffix("'s")])
            if bare(words[end - 1]) not in FACILITY_WORDS and (found := gazetteer.lookup(head)):
                return found
    return []


def facility_stem(words: list[str]) -> list[str]:
    """A facility's whole name is no romanisation of a town, but its town may be: the words before
    all its facility words ("the Tiyas Military Airport"); two at least, since a one-word name
    before a facility word is as often a person's ("the Salim Hospital")."""
    stem = words[:-1]
    while len(stem) > 2 and bare(stem[-1]) in FACILITY_WORDS:
        stem = stem[:-1]
    return stem


def spelled_in_one_country(text: str, keep, every: bool = False) -> list[gazetteer.Entry]:
    """For a report that names no country yet: the places of that loosely spelled name that `keep`
    accepts, where they all lie in one country (in several, the loose key says nothing). `every`:
    where every place of that key, kept or not, lies in that country."""
    found = gazetteer.lookup(text, spelled=True)
    loose = [c for c in found if keep(c)]
    return loose if len({c.country for c in (found if every else loose)}) == 1 else []


def spelled(text: str, countries: set[str]) -> list[gazetteer.Entry]:
    """Places of a name romanised otherwise than GeoNames does ("Tel Tamer" for Tall Tamr;
    spelling.py), only in the countries given (those the article names): the key is loose. A short
    name has too short a key to say anything; its final "h" after a vowel, which some romanisations
    write and others drop ("Hodeidah", "Hodeida"), is tried as an exact name instead."""
    found = [c for c in gazetteer.lookup(text, spelled=True) if c.country in countries]
    if found or not text[-1:].isalpha():
        return found
    other = text[:-1] if re.search(r"[aeiou]h$", text) else text + "h" if re.search(r"[aeiou]$", text) else None
    tries = ([other] if other else []) + spelling.article_forms(text)
    return next((found for t in tries if (found := [c for c in gazetteer.lookup(t)
                                                    if c.country in countries and c.country in spelling.COUNTRIES])), [])


def feature_alone(text: str) -> bool:
    """A feature word alone ("the Gulf", "the Valley", "the Hills"): the story's own feature, which
    says nothing of where the story is (Papua New Guinea's Gulf Province is not "the Gulf")."""
    own = [w for w in text.split() if bare(w) != "the"]
    return len(own) == 1 and bare(own[0]) in _FEATURE_WORDS
