"""What the toponym passes share: the Toponym record, the words and the syntax that mark a name as
a place ("in Al-Dawr", "the city of Manbij", "captured Jaffna"), the "X, Y" hierarchy, and the names
an article gives people.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..geo import resolve as georesolve
from ..records import Place

TOPONYM_LABELS = {"GPE", "LOC", "FAC"}
LOCATIVE = {"in", "near", "at", "outside", "across", "over", "around", "inside", "throughout", "into", "from", "south", "north", "east", "west"}

PLACE_NOUNS = {"city", "town", "village", "province", "region", "area", "capital", "district", "outskirts",
               "coast", "border", "country", "state", "county", "governorate", "neighbourhood",
               "neighborhood", "port", "suburb", "north", "south", "east", "west", "centre", "center",
               # facilities are places too: "the Beirut airport highway", "a Kabul market"
               "airport", "highway", "road", "street", "market", "camp", "base", "checkpoint", "bridge",
               "hospital", "prison", "jail", "university", "mosque", "church", "school", "station", "square",
               "park", "compound", "embassy", "hotel", "harbour", "harbor", "crossing", "headquarters",
               "municipality", "villages", "towns", "cities", "provinces", "areas", "countryside", "site", "plant",
               "farm", "zone", "enclave", "territory", "valley", "island", "quarter", "vicinity", "settlement",
               "outpost", "barracks",
               # where people are attacked or gather: "their north Belfast home", "a posh Sofia restaurant"
               "home", "house", "residence", "restaurant", "cafe", "shop", "store", "office", "building",
               "factory", "refinery", "installation", "facility", "mine", "field"}
# A war, battle or operation a place names is fought there: "Syria's conflict", "the Mosul
# operation", "the Helmand battle".
WAR_NOUNS = {"conflict", "war", "fighting", "violence", "offensive", "operation", "campaign", "battle", "siege",
             "crisis", "uprising", "insurgency", "clash", "unrest", "bombardment", "shelling", "assault"}
# Words that give a place as a bearing from another ("south of Baghdad"): the other is a reference point.
BEARINGS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
            "north-east", "north-west", "south-east", "south-west"}
# Verbs whose object is a place when the gazetteer knows it as one: "Eritrea captured Badme".
TAKEN = {"capture", "seize", "take", "retake", "recapture", "overrun", "storm", "besiege", "shell", "bomb",
         "liberate", "occupy", "enter", "encircle", "surround", "raid", "invade", "patrol"}


def located(head: Token) -> bool:
    """Syntax marks a name (by its last token) as a location: object of a locative preposition ("in
    Al-Dawr"), or the name of a place noun ("the San Carlos municipality", "Khanasir town", "the
    regional capital, Grozny", "the neighbourhood of Al-Bayaa")."""
    if head.dep_ == "pobj" and head.head.lower_ in LOCATIVE:
        return True
    if head.dep_ in ("compound", "appos") and is_place_noun(head.head):
        return True
    return head.dep_ == "pobj" and head.head.lower_ == "of" and is_place_noun(head.head.head)


def is_place_noun(tok: Token) -> bool:
    # The small model lemmatises "outskirts" to "outskirt" and sometimes leaves plurals alone.
    return tok.lemma_.lower() in PLACE_NOUNS or tok.lower_ in PLACE_NOUNS


@dataclass
class Toponym:
    start: int  # token indices in the doc
    end: int
    place: Place
    placed_by_text: bool = False  # the text says where it is: "Dublin, Ohio"
    named: bool = True  # the model or a locative preposition marks it as a place name


def hierarchy(doc: Doc, end: int):
    """The container named right after a toponym: "Charleston, W.Va.", "Paris, Texas"."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return None
    for width in (3, 2, 1):
        span = doc[end + 1:end + 1 + width]
        if len(span) == width and all(t.pos_ == "PROPN" or t.text.endswith(".") for t in span):
            entry = georesolve.container(span.text)
            if entry is not None:
                return entry
    return None


def surnames(docs) -> set[str]:
    """Last names of the people an article names in full: "Darren Ripley" makes "coach Ripley" a
    person, whatever NER says of the later mention."""
    return {e[-1].text for d in docs for e in d.ents if e.label_ == "PERSON" and len(e) > 1}


def given_names(docs) -> set[str]:
    """First names of the people an article names in full: "Chad Smith" makes a later "Chad said" a
    person, not the country, even where the model tags it so."""
    return {e[0].text for d in docs for e in d.ents if e.label_ == "PERSON" and len(e) > 1}


# A place a disease is named after names the disease before it: "West Nile virus", "Marburg
# haemorrhagic fever", "Ebola".
DISEASE_WORDS = {"virus", "viruses", "fever", "disease", "flu", "influenza", "strain", "vaccine", "encephalitis",
                 "syndrome", "haemorrhagic", "hemorrhagic"}
DISEASE_NAMES = {"ebola", "zika"}


def names_disease(doc: Doc, start: int, end: int) -> bool:
    if doc[start:end].text.lower() in DISEASE_NAMES:
        return True
    return end < len(doc) and doc[end].lower_ in DISEASE_WORDS


# Words that head organisation names and also name some small place somewhere ("Central Bank",
# "First Baptist", "University of ..."): never a toponym on their own in these passes.
GENERIC_NAME_WORDS = {"university", "college", "central", "white", "first", "second", "metro", "north", "south",
                      "east", "west", "northeast", "northwest", "southeast", "southwest", "northern", "southern",
                      "eastern", "western", "federal", "national", "united", "state", "city", "county", "new",
                      "old", "great", "royal", "grand", "saint", "st", "mount", "union", "liberty", "hope", "delta",
                      "story", "loop", "titan", "general", "international", "american", "community", "memorial",
                      "regional", "global", "public", "christian", "catholic", "baptist", "methodist", "victory"}


# Words that make a name a natural feature or a site: the name inside is not the place ("Mount
# Hood" is not Hood County).
FEATURE_WORDS = {"lake", "lakes", "mount", "mountain", "mountains", "river", "creek", "bay", "island", "islands",
                 "valley", "sea", "ocean", "gulf", "fort", "camp", "park", "forest", "canyon", "falls", "beach",
                 "peninsula", "strait", "desert", "hill", "hills", "national", "reservoir", "dam", "springs"}
# A street is in the article's town, not in the town its name recalls ("Memphis St., Alexandria").
STREET_WORDS = {"street", "st", "road", "rd", "avenue", "ave", "boulevard", "blvd", "drive", "dr", "lane", "ln",
                "way", "trail", "court", "ct", "place", "pl", "highway", "hwy", "parkway", "pkwy", "circle", "terrace",
                "pike", "route", "square", "plaza", "hall", "center", "centre", "building", "tower", "bridge"}
# What ends a town street's name in an address ("14 Memphis St."), never a building the town heads
# ("Civic Center", "County Court") nor a road between towns ("U.S. Highway 1").
ROAD_WORDS = {"street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "drive", "dr", "lane", "ln"}
