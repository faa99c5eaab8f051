"""The toponyms of one parsed paragraph: what the model tags as a place, and the names it misses
or mistags that the gazetteer and the syntax recover (each pass says which construction it reads).
Every toponym is resolved to a GeoNames place with the article's context (geo.resolve), or kept
unresolved with the reason.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from ..geo import gazetteer
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
               "farm", "zone", "enclave", "territory", "valley", "island", "quarter"}
# Verbs whose object is a place when the gazetteer knows it as one: "Eritrea captured Badme".
TAKEN = {"capture", "seize", "take", "retake", "recapture", "overrun", "storm", "besiege", "shell", "bomb",
         "liberate", "occupy", "enter", "encircle", "surround", "raid", "invade"}


def located(head: Token) -> bool:
    """Syntax marks a name (by its last token) as a location: object of a locative preposition ("in
    Al-Dawr"), or the name of a place noun ("the San Carlos municipality", "Khanasir town", "the
    regional capital, Grozny", "the neighbourhood of Al-Bayaa")."""
    if head.dep_ == "pobj" and head.head.lower_ in LOCATIVE:
        return True
    if head.dep_ in ("compound", "appos") and head.head.lemma_.lower() in PLACE_NOUNS:
        return True
    return head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in PLACE_NOUNS


@dataclass
class Toponym:
    start: int  # token indices in the doc
    end: int
    place: Place
    placed_by_text: bool = False  # the text says where it is: "Dublin, Ohio"
    named: bool = True  # the model or a locative preposition marks it as a place name


def _hierarchy(doc: Doc, end: int):
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


def toponyms(doc: Doc, base: int, context: set[str], demonyms: bool = False,
             persons: set[str] = frozenset(), given: set[str] = frozenset()) -> list[Toponym]:
    out = []
    covered = 0  # a name completed past the model's entity ("of the Congo") is not read again
    for ent in doc.ents:
        if ent.label_ not in TOPONYM_LABELS or ent.start < covered:
            continue
        if ((len(ent) == 1 and ent.text in persons and not georesolve.container(ent.text))
                or names_disease(doc, ent.start, ent.end)):
            continue
        text = ent.text
        start_tok = ent.start
        if ent[0].lower_ == "the":
            text, start_tok = doc[ent.start + 1:ent.end].text, ent.start + 1
        text = text.removesuffix("’s").removesuffix("'s").strip()
        if not text:
            continue
        start = base + doc[start_tok].idx
        within = _hierarchy(doc, ent.end)
        # "Illinois, Missouri" is a list: a state is not inside the next one ("Palestine, Texas"
        # and "Washington, D.C." are hierarchies).
        if (within is not None and (own := georesolve.container(text)) is not None and own.kind == within.kind
                and not doc[ent.end + 1].text.endswith(".")):
            within = None
        place = georesolve.resolve(text, context, start, start + len(text), within=within)
        inner = None
        if place.geonameid is None and (country := demonym_country(text)) is not None:
            place = georesolve.to_place(country, text, start, start + len(text))  # "Sri Lankan" tagged GPE
        elif place.geonameid is None and (inner := _inner_name(doc, start_tok, ent.end)) is not None:
            place = _inner_place(inner, base, context) or place
        covered = max(ent.end, inner.end if inner is not None else 0)
        out.append(Toponym(start_tok, covered, place, within is not None and place.geonameid is not None))
    # The model misses some names; a proper noun right after a locative preposition ("near Samarra")
    # that the gazetteer knows is a toponym too.
    tagged = {i for t in out for i in range(t.start, t.end)}
    for tok in doc:
        # NER sometimes tags such a name as a nationality or an organisation ("near Samarra": NORP).
        if (tok.pos_ == "PROPN" and tok.ent_type_ in ("", "NORP", "ORG") and tok.i not in tagged and tok.dep_ == "pobj"
                and tok.head.lower_ in LOCATIVE and not any(c.dep_ == "compound" for c in tok.children)):
            start = base + tok.idx
            within = _hierarchy(doc, tok.i + 1)
            place = georesolve.resolve(tok.text, context, start, start + len(tok.text), within=within)
            if place.geonameid is not None:
                out.append(Toponym(tok.i, tok.i + 1, place, within is not None))
                tagged.add(tok.i)
    out += _located_names(doc, base, context, tagged, persons, given)
    out += _local_names(doc, base, context, tagged)
    out += _county_lists(doc, base, context, tagged)
    out += _mistagged(doc, base, context, tagged, persons, given)
    out += _embedded(doc, base, context, tagged)
    if demonyms:
        out += _demonyms(doc, base, tagged)
    _states_in_lists(doc, out)
    return out


def _states_in_lists(doc: Doc, tops: list[Toponym]) -> None:
    """A name listed among states is the state ("Utah, Virginia, Washington and Wisconsin"; "Alberta,
    Manitoba, Ontario and New Brunswick"), and so is one the text calls a state ("a Washington state
    farm", "the state of Washington")."""
    by_token = {t.end - 1: t for t in tops}
    for i, t in enumerate(tops):
        if t.place.precision not in ("city", "admin2") or t.placed_by_text:
            continue
        listed = [by_token.get(c.i) for c in doc[t.end - 1].conjuncts]
        countries = {s.place.country for s in listed if s is not None and s.place.precision == "admin1"}
        states = [s for s in listed if s is not None and s.place.precision == "admin1"]
        called = ((t.end < len(doc) and doc[t.end].lower_ == "state")
                  or (t.start >= 2 and doc[t.start - 1].lower_ == "of" and doc[t.start - 2].lower_ == "state"))
        if not (called or (len(states) >= 2 and len(countries) == 1)):
            continue
        state = next((c for c in georesolve.candidates(t.place.text)
                      if c.kind == "admin1" and (called or c.country in countries)), None)
        if state is not None:
            tops[i] = replace(t, place=georesolve.to_place(state, t.place.text, t.place.start, t.place.end),
                              placed_by_text=True)


# Words that make a name a natural feature or a site: the name inside is not the place ("Mount
# Hood" is not Hood County).
FEATURE_WORDS = {"lake", "lakes", "mount", "mountain", "mountains", "river", "creek", "bay", "island", "islands",
                 "valley", "sea", "ocean", "gulf", "fort", "camp", "park", "forest", "canyon", "falls", "beach",
                 "peninsula", "strait", "desert", "hill", "hills", "national", "reservoir", "dam", "springs"}
# A street is in the article's town, not in the town its name recalls ("Memphis St., Alexandria").
STREET_WORDS = {"street", "st", "road", "rd", "avenue", "ave", "boulevard", "blvd", "drive", "dr", "lane", "ln",
                "way", "trail", "court", "ct", "place", "pl", "highway", "hwy", "parkway", "pkwy", "circle", "terrace",
                "pike", "route", "square", "plaza", "hall", "center", "centre", "building", "tower", "bridge"}


def _inner_name(doc: Doc, start: int, end: int) -> Span | None:
    """The place in an entity the gazetteer does not know as a whole: one the model cut short
    ("Democratic Republic" + "of the Congo"), or a name inside a longer one ("Metro Nashville",
    "West Virginia Democratic Party", "Hebei province", "SOS Children's Villages Sudan")."""
    words = {t.lower_.rstrip(".") for t in doc[start:end]}
    if words & (FEATURE_WORDS | STREET_WORDS):
        return None
    for k in (4, 3, 2):
        if end + k > len(doc) or doc[end].lower_ != "of":
            continue
        span = doc[start:end + k]
        if doc[span.end - 1].pos_ == "PROPN" and gazetteer.lookup(span.text):
            return span
    for width in range(end - start - 1, 0, -1):
        for at in range(start, end - width + 1):
            span = doc[at:at + width]
            # "Tijara" in "al-Tijara" is not a name of its own ("D-Iowa City" is).
            if at - 2 >= start and doc[at - 1].text == "-" and doc[at - 2].text.islower():
                continue
            if (span[0].pos_ == "PROPN" and span[-1].pos_ == "PROPN" and span[0].text[0].isupper()
                    and span[0].lower_ not in GENERIC_NAME_WORDS and gazetteer.lookup(span.text)):
                return span
    return None


def _inner_place(inner: Span, base: int, context: set[str]) -> Place | None:
    """The place a name found inside a longer one stands for. A word of a longer name that is also
    a hamlet somewhere ("Olive Garden"), or a rare alternate name of a town ("Boy Scouts":
    Bobo-Dioulasso), is not one; a state or country, a town of some size by its own name, or one in
    the article's state, is."""
    entry = georesolve.choose(georesolve.candidates(inner.text), context, inner.text)
    if entry is None:
        return None
    division = entry.kind in ("country", "admin1") and len(inner.text) > 3
    town = gazetteer.norm(entry.name) == gazetteer.norm(inner.text) and (
        f"{entry.country}.{entry.admin1}" in context or entry.population >= 50_000
        or (entry.country in context and entry.population >= 20_000))
    if not (division or town):
        return None
    at = base + inner[0].idx
    return georesolve.to_place(entry, inner.text, at, at + len(inner.text))


# Nouns that a place name modifies in local news: "Alexandria woman", "Fargo police", "the
# Gainesville area"; and nouns a place follows with "of"/"from": "Steven Sachs of Alexandria".
LOCAL_HEADS = {"man", "woman", "men", "women", "boy", "girl", "teen", "teenager", "resident", "residents",
               "police", "area", "native", "couple", "family", "jury", "official", "officials", "council",
               "mayor", "schools", "school", "hospital", "county", "authorities", "people", "students",
               "student", "driver", "firefighters", "citizens", "voters", "community", "neighborhood"}


# Words that head organisation names and also name some small place somewhere ("Central Bank",
# "First Baptist", "University of ..."): never a toponym on their own in these passes.
GENERIC_NAME_WORDS = {"university", "college", "central", "white", "first", "second", "metro", "north", "south",
                      "east", "west", "northeast", "northwest", "southeast", "southwest", "northern", "southern",
                      "eastern", "western", "federal", "national", "united", "state", "city", "county", "new",
                      "old", "great", "royal", "grand", "saint", "st", "mount", "union", "liberty", "hope", "delta",
                      "story", "loop", "titan", "general", "international", "american", "community", "memorial",
                      "regional", "global", "public", "christian", "catholic", "baptist", "methodist", "victory"}


def _local_names(doc: Doc, base: int, context: set[str], tagged: set[int]) -> list[Toponym]:
    """Place names the model leaves untagged in the two constructions local news uses most."""
    out = []
    for tok in doc:
        if tok.i in tagged or tok.pos_ != "PROPN" or tok.ent_type_ not in ("", "ORG", "NORP", "PERSON"):
            continue
        modifier = tok.dep_ in ("compound", "nmod") and tok.head.lower_ in LOCAL_HEADS
        origin = (tok.dep_ == "pobj" and tok.head.lower_ in ("of", "from") and tok.ent_type_ != "PERSON"
                  and (tok.head.head.ent_type_ == "PERSON" or tok.head.head.lower_ in LOCAL_HEADS))
        if not (modifier or origin) or any(c.dep_ == "compound" for c in tok.children):
            continue
        if tok.lower_ in GENERIC_NAME_WORDS:
            continue
        # "Madison County Health Department": the name is the county's, not its namesake town's.
        end = tok.i + 2 if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in _PLURAL_DIVISIONS_SINGULAR else tok.i + 1
        span = doc[tok.i:end]
        start = base + tok.idx
        within = _hierarchy(doc, end)
        place = georesolve.resolve(span.text, context, start, start + len(span.text), within=within)
        # A name the model took for a person is a place only where the article is.
        if place.geonameid is not None and (tok.ent_type_ != "PERSON" or place.country in context):
            out.append(Toponym(tok.i, end, place, within is not None, named=False))
            tagged.update(range(tok.i, end))
    return out


def _mistagged(doc: Doc, base: int, context: set[str], tagged: set[int], persons: set[str],
               given: set[str]) -> list[Toponym]:
    """Whole names the model took for a person or an organisation that are places in the article's
    own state or province ("Sioux Falls", "Greer Station", "Gainesville’s"): a local paper names its
    towns without saying what they are. A name the article gives a person ("Sharon Smith") is not one."""
    given = given | given_names([doc])
    out = []
    # Countries and capitals by their own names are places wherever the article is, untagged too
    # ("Nigeria reported 782 cases", "cases in Mozambique and Botswana": Botswana tagged PERSON).
    bare = _untagged_names(doc)
    for ent in [e for e in doc.ents if e.label_ in ("PERSON", "ORG", "PRODUCT")] + bare:
        if any(i in tagged for i in range(ent.start, ent.end)):
            continue
        span = doc[ent.start + (ent[0].lower_ == "the"):ent.end]
        text = span.text.removesuffix("’s").removesuffix("'s")
        # An untagged run of names the gazetteer holds whole ("West Virginia", "Iowa City") is
        # one name, even when it opens with a word that alone names nothing.
        whole = ent.label_ == "" and len(span) > 1
        if (not span or not all(t.pos_ == "PROPN" for t in span) or text in persons or text in given
                or (span[0].lower_ in GENERIC_NAME_WORDS and not whole)):
            continue
        entry = georesolve.choose(gazetteer.lookup(text), context, text)
        if entry is None:
            continue
        own_name = gazetteer.norm(entry.name) == gazetteer.norm(text)
        by_name = own_name and (
            entry.kind == "country" or entry.capital
            # a city of some size in or beside the article's countries ("SOS Children's Village
            # Malakal" beside Sudan), where the model took it for an organisation or left it
            or (ent.label_ != "PERSON" and entry.kind == "city" and entry.population >= 100_000
                and georesolve.near_context(entry.country, context)))
        # a province of one of the article's countries by its own name ("Manicaland", untagged)
        division = entry.kind == "admin1" and entry.country in context and own_name
        local = division or ((ent.label_ != "" or whole and own_name) and (f"{entry.country}.{entry.admin1}" in context or (
            entry.kind in ("country", "admin1") and entry.country in context)))
        if not (by_name or local):
            continue
        start = base + span[0].idx
        place = georesolve.to_place(entry, text, start, start + len(text))
        out.append(Toponym(span.start, span.end, place, named=False))
        tagged.update(range(span.start, span.end))
    return out


# Labels the small model gives place names it does not recognise as places.
_MISTAKEN_LABELS = {"PERSON", "ORG", "PRODUCT", "NORP", "WORK_OF_ART", "EVENT"}
_LOCATED_MIN_POPULATION = 20_000


def _located_names(doc: Doc, base: int, context: set[str], tagged: set[int], persons: set[str],
                   given: set[str]) -> list[Toponym]:
    """Names the model took for a person, an organisation or a product, or left untagged, where
    the syntax says they are a place and the gazetteer knows the whole name: "in Tel Abyad"
    (PERSON), "the city of Manbij" (PRODUCT), "Khanasir town" (ORG), "Eritrea captured Badme".
    A small town of that name counts only in the article's own state: "at Harvard" is not
    Harvard, Illinois, in a story from Boston."""
    out = []
    runs = [doc[r[0].i:r[-1].i + 1] for r in _runs(doc, _bare_name)]
    for ent in [e for e in doc.ents if e.label_ in _MISTAKEN_LABELS] + runs:
        span = doc[ent.start + (ent[0].lower_ == "the"):ent.end]
        if not span or any(i in tagged for i in range(span.start, span.end)) or not _whole_name(span):
            continue
        text = span.text.removesuffix("’s").removesuffix("'s")
        if text in persons or text in given or not gazetteer.lookup(text) or not _mostly_located(doc, text):
            continue
        start = base + span[0].idx
        within = _hierarchy(doc, span.end)
        # "the Raman district of Yala province" is a district, not a town of that name in India.
        divisions = [e for e in gazetteer.lookup(text) if e.kind in ("admin1", "admin2")]
        if within is None and divisions and _place_noun(span[-1]) in _DIVISION_NOUNS:
            entry = georesolve.choose(divisions, context, text)
            place = georesolve.to_place(entry, text, start, start + len(text))
        else:
            place = georesolve.resolve(text, context, start, start + len(text), within=within)
        if place.geonameid is None:
            continue
        entry = next(e for e in gazetteer.lookup(text) if e.geonameid == place.geonameid)
        own_name = gazetteer.norm(entry.name) == gazetteer.norm(text)
        if entry.kind == "admin2" and not own_name and _place_noun(span[-1]) not in _DIVISION_NOUNS:
            continue  # "Thomas elementary schools" is not Thomas County
        # A small town, or a mid-sized one GeoNames only calls so ("Max" is an alias of Matam),
        # counts only in the article's own state.
        small = entry.population < (_LOCATED_MIN_POPULATION if own_name else georesolve.ABSTAIN_POPULATION)
        if entry.kind == "city" and small and within is None and f"{entry.country}.{entry.admin1}" not in context:
            continue
        out.append(Toponym(span.start, span.end, place, within is not None))
        tagged.update(range(span.start, span.end))
    return out


# Nouns whose name is a settlement or a division ("Khanasir town", "the Raman district"): a
# facility's name ("the Max shopping center") is as often a brand or a person.
SETTLEMENT_NOUNS = {"city", "town", "village", "province", "region", "district", "county", "governorate",
                    "municipality", "capital", "suburb", "neighbourhood", "neighborhood", "outskirts", "state"}
_DIVISION_NOUNS = {"province", "region", "district", "county", "governorate", "municipality", "state"}


def _place_syntax(head: Token) -> bool:
    if head.dep_ == "pobj" and head.head.lower_ == "over":
        return False  # "over a handgun", "over the weekend": rarely a place
    if head.dep_ in ("compound", "appos"):
        return head.head.lemma_.lower() in SETTLEMENT_NOUNS
    return located(head) or (head.dep_ == "dobj" and head.head.lemma_ in TAKEN)


def _place_noun(head: Token) -> str:
    """The place noun a name is the name of: "district" for "the Raman district", "the city of Manbij"."""
    if head.dep_ in ("compound", "appos"):
        return head.head.lemma_.lower()
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        return head.head.head.lemma_.lower()
    return ""


def _whole_name(span: Span) -> bool:
    """The span is a name by itself: not the tail of "Taco Bell" or "Moore's Ford", nor the head
    of "Bell Atlantic"."""
    doc = span.doc
    before = doc[span.start - 1] if span.start else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is not None and (before.pos_ == "PROPN" or before.tag_ == "POS"):
        return False
    return (after is None or after.pos_ != "PROPN") and _place_syntax(span[-1])


def _mostly_located(doc: Doc, text: str) -> bool:
    """Most of the doc's mentions of the name stand where a place stands: one "over Bell" in a story
    that has Bell run, struggle and fall is a parse, not a place."""
    first = text.split()[0]
    heads = [doc[t.i + len(text.split()) - 1] for t in doc if t.text == first
             and doc[t.i:t.i + len(text.split())].text == text]
    return 2 * sum(_place_syntax(h) for h in heads) >= len(heads)


def _runs(doc: Doc, keep) -> list[list[Token]]:
    out, run = [], []
    for tok in doc:
        if keep(tok):
            run.append(tok)
        elif run:
            out.append(run)
            run = []
    return out + ([run] if run else [])


def _untagged_names(doc: Doc) -> list[Span]:
    """The longest known names in runs of capitalised proper nouns the model left untagged: "West
    Virginia" in "the West Virginia Make it Shine program", not its "Virginia"."""
    out = []
    i = 0
    while i < len(doc):
        if not _bare_name(doc[i]):
            i += 1
            continue
        end = i + 1
        while end < len(doc) and end - i < 4 and _bare_name(doc[end]):
            end += 1
        while end > i + 1 and not gazetteer.lookup(doc[i:end].text):
            end -= 1
        out.append(doc[i:end])
        i = end
    return out


def _bare_name(tok) -> bool:
    return tok.ent_type_ == "" and tok.pos_ == "PROPN" and tok.text[0].isupper()


# What each name of a list is: "X County" for counties, a first-level division for provinces.
_PLURAL_DIVISIONS = {"counties": "County", "parishes": "Parish", "townships": "Township", "provinces": None}
_PLURAL_DIVISIONS_SINGULAR = {"county", "parish", "township"}


def _county_lists(doc: Doc, base: int, context: set[str], tagged: set[int]) -> list[Toponym]:
    """Each name of a list of counties or provinces: "Barrow, Jackson and Madison counties" names
    Jackson County; "Manicaland and Masvingo provinces" names Masvingo province, not its town."""
    out = []
    for tok in doc:
        if tok.i in tagged or tok.pos_ != "PROPN" or not tok.text[0].isupper():
            continue
        head = tok
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        if head.dep_ not in ("compound", "nmod", "amod") or head.head.lower_ not in _PLURAL_DIVISIONS:
            continue
        suffix = _PLURAL_DIVISIONS[head.head.lower_]
        name = f"{tok.text} {suffix}" if suffix else tok.text
        cands = [c for c in gazetteer.lookup(name) if suffix or c.kind == "admin1"]
        entry = georesolve.choose(cands, context, name)
        if entry is None or entry.country not in context:
            continue
        start = base + tok.idx
        place = georesolve.to_place(entry, tok.text, start, start + len(tok.text))
        out.append(Toponym(tok.i, tok.i + 1, place, named=False))
        tagged.add(tok.i)
    return out


def _embedded(doc: Doc, base: int, context: set[str], tagged: set[int]) -> list[Toponym]:
    """The place in an organisation's name: at its head ("Ohio University", "Athens Police
    Department", "Dublin Arts Council") or after its "of" ("University of Nebraska", "Science Museum
    of Virginia", "Miss America"). It names a place (and locates no event: it modifies the organisation)."""
    out = []
    for ent in doc.ents:
        if (ent.label_ not in ("ORG", "FAC", "EVENT", "WORK_OF_ART") or len(ent) < 2
                or any(i in tagged for i in range(ent.start, ent.end))):
            continue
        first = 1 if ent[0].lower_ == "the" else 0
        starts = [ent.start + first] + [t.i + 1 for t in ent if t.lower_ == "of" and t.i + 1 < ent.end]
        for at in starts:
            head = at == ent.start + first
            for width in (3, 2, 1):
                span = doc[at:at + width]
                if (len(span) != width or span.end > ent.end or (head and span.end >= ent.end)
                        or not all(t.pos_ == "PROPN" for t in span)):
                    continue
                if span[0].lower_ in GENERIC_NAME_WORDS:
                    break
                cands = georesolve.candidates(span.text)
                entry = georesolve.choose(cands, context, span.text)
                if entry is None or (entry.kind == "city" and entry.country not in context and entry.population < 100_000
                                     and not georesolve.shares_division(entry, context, span.text)):
                    continue
                start = base + span[0].idx
                out.append(Toponym(span.start, span.end,
                                   georesolve.to_place(entry, span.text, start, start + len(span.text)), named=False))
                tagged.update(range(span.start, span.end))
                break
    return out


def demonym_country(text: str):
    """The country a demonym names ("Libyan", "Sri Lankans"), from the actor dictionary's state aliases."""
    from ..countries import alpha2
    from .lexicon import actors

    entry = actors().aliases.get(tuple(w.lower() for w in text.replace(".", "").split()))
    if entry is None or not entry.is_state or not entry.country:
        return None
    code = alpha2(entry.country)
    return gazetteer.country(code) if code else None


def _demonyms(doc: Doc, base: int, tagged: set[int]) -> list[Toponym]:
    """Adjectival and plural forms of country names ("Libyan", "Russians") as their country. They
    are toponyms for a geoparser, but they locate no event, so the coder does not ask for them."""
    out = []
    for ent in doc.ents:
        if ent.label_ != "NORP" or any(i in tagged for i in range(ent.start, ent.end)):
            continue
        country = demonym_country(ent.text)
        if country is None:
            continue
        start = base + doc[ent.start].idx
        out.append(Toponym(ent.start, ent.end, georesolve.to_place(country, ent.text, start, start + len(ent.text)),
                           named=False))
    return out
