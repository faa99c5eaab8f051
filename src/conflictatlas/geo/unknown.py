"""Places the gazetteer lacks: a name the text calls a village, a district or a camp is a toponym,
kept unresolved with the reason; one the text puts inside a place the gazetteer knows takes that
place's point, as ACLED and UCDP code a village they cannot find ("the south Baghdad neighbourhood of
Al-Bayaa": Baghdad's point, UCDP where_prec 2, ACLED geo_precision 2).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from ..records import Place
from . import gazetteer
from . import resolve as georesolve
from .points import km
from .recovery import MISTAKEN_LABELS, name_runs, noun_named
from .toponym import (
    BEARINGS,
    FEATURE_WORDS,
    GENERIC_NAME_WORDS,
    PLACE_NOUNS,
    ROAD_WORDS,
    STREET_WORDS,
    TAKEN,
    Reading,
    Toponym,
    taken,
)
from .words import words

# What a name the gazetteer does not know is, when the text says so: "the village of Qarqur", "the
# Radhwaniyah area", "the Balata refugee camp", "the towns of Tel Hamis and Tel Birak".
_NAMED_PLACE_NOUNS = words("named_place_nouns")


def named_place_noun(name: Token) -> bool:
    """The text calls the name a village, a district, a camp: "the Tarmiyah area", "the village
    of Ashmi", "the towns of Tel Hamis and Tel Birak", "Dunya Pur, a small town"."""
    while name.dep_ == "conj" and name.head.i < name.i:
        name = name.head
    if any(c.dep_ == "appos" and c.lemma_.lower() in _NAMED_PLACE_NOUNS for c in name.children):
        return True  # "Dunya Pur, a small town ..."
    noun = noun_named(name)
    return noun in _NAMED_PLACE_NOUNS and (name.dep_ != "pobj" or noun != "area")


def streets(doc: Doc, art: Reading, found: list[Toponym]) -> list[Toponym]:
    """A street the model tags as an organisation or a facility ("Memphis St."), named after a town
    it is not in: kept as the street it is, unresolved."""
    out, tagged = [], taken(found)
    for ent in doc.ents:
        if (ent.label_ not in _STREET_LABELS or len(ent) < 2 or any(i in tagged for i in range(ent.start, ent.end))
                or ent[-1].lower_.rstrip(".") not in ROAD_WORDS):
            continue
        street = doc[ent.start + (ent[0].lower_ == "the"):ent.end]
        at = art.base + street[0].idx
        out.append(Toponym(street.start, street.end, Place(
            text=street.text, start=at, end=at + len(street.text),
            unresolved_reason=f"{georesolve.SPOT} (a street): the gazetteer holds populated places and divisions"),
            named=False))
        tagged.update(range(street.start, street.end))
    return out


_STREET_LABELS = {"ORG", "FAC", "EVENT", "WORK_OF_ART", "PERSON"}
# Where a name stands for a place an event happens at, went to or came from: "advanced to Aabed",
# "attacks on Kinsibba", "towards Dagapur", "inside Bab Tuma".
_PLACE_PREPOSITIONS = {"in", "at", "near", "inside", "outside", "into", "to", "towards", "toward", "on", "across",
                       "around", "through", "from", "within"}
_NAME_LABELS = {"", "ORG", "PERSON", "GPE", "LOC", "FAC"}


def where_a_place_stands(doc: Doc, art: Reading, found: list[Toponym]) -> list[Toponym]:
    """Names the other passes leave where the syntax puts a place (after "in", "to", "near", "on",
    or as the object of "captured", "stormed"): candidates for an event's place, kept unresolved
    with the reason, however the model tags them. Not acronyms ("in NATO"), nor the people the
    article names. Only for the coder: a geoparser's output leaves them out, since nothing but
    the syntax says they are places."""
    out, tagged = [], taken(found)
    for tok in doc:
        if (tok.i in tagged or tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok.ent_type_ not in _NAME_LABELS
                or not (tok.dep_ == "pobj" and tok.head.lower_ in _PLACE_PREPOSITIONS
                        or tok.dep_ == "dobj" and tok.head.lemma_ in TAKEN)):
            continue
        start = tok.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound":
            start -= 1
        span = doc[start:tok.i + 1]
        text = span.text.removesuffix("’s").removesuffix("'s")
        if (any(i in tagged for i in range(span.start, span.end)) or any(len(t.text) > 1 and t.text.isupper() for t in span)
                or text in art.persons or text in art.given or span[0].lower_ in GENERIC_NAME_WORDS or _a_body(span)
                or _someone(tok, span) or _medium(tok) or _taken_from(tok)):
            continue
        at = art.base + span[0].idx
        resolved = georesolve.resolve(text, art.context, at, at + len(text))
        reason = resolved.unresolved_reason or "a name where a place stands, which the article does not place"
        out.append(Toponym(span.start, span.end, Place(text=text, start=at, end=at + len(text), unresolved_reason=reason),
                           named=False))
        tagged.update(range(span.start, span.end))
    return out


def _a_body(span) -> bool:
    """"surrendered to the Army's 1101st Infantry Brigade", "the Commission on Human Rights": a
    name ending in a unit's or a body's word is that body's, no place."""
    from ..nlp.lexicon import vocabulary

    return span[-1].lower_ in (vocabulary()["name_bodies"] | {"rights", "affairs"}) - STREET_WORDS


# Words that make a name a person's: a title before it, a role it stands in apposition to.
_PERSON_WORDS = words("person_titles")
_SAYING = words("saying_verbs")


def _taken_from(tok) -> bool:
    """"retook the town from al Shabaab": whom ground is taken from is a side (codebook 2), not a place."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "from" and tok.head.head.lemma_.lower() in TAKEN


def _medium(tok) -> bool:
    """"said on Telegram", "posted on Facebook": what one says or publishes on is a medium."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "on" and tok.head.head.lemma_.lower() in _SAYING


def _someone(tok, span) -> bool:
    """A person, not a place, where a place could stand: one captured or taken ("captured Abu Said,
    the group's finance chief", the model tagging a person), one a preposition of direction or
    loyalty names ("loyal to President X", "spoke to Jones"), or one a title or role word names
    ("champion Tom Reed"). After "in", "near" or "at" the model's person tag is too often a village's."""
    doc = tok.doc
    words_before = {t.lower_.rstrip(".") for t in doc[max(0, span.start - 3):span.end]}
    if words_before & _PERSON_WORDS:
        return True
    if tok.ent_type_ != "PERSON":
        return False
    if tok.dep_ == "dobj":
        return tok.head.lemma_ in ("capture", "seize", "take")  # people are captured; squares patrolled
    # "loyal to", "an adviser to": a person; "retreated to", "fled from": a place, whatever the tag.
    return tok.dep_ == "pobj" and tok.head.lower_ in ("to", "toward", "towards", "from", "on") \
        and tok.head.head.pos_ in ("ADJ", "NOUN")


def unknown_places(doc: Doc, art: Reading, found: list[Toponym]) -> list[Toponym]:
    """Names the gazetteer does not hold that the text calls a village, a district or a camp: kept
    unresolved, with the reason, as the most specific place a sentence gives (a neighbourhood of a
    city it does know, as often as not)."""
    out, tagged, base, persons, given = [], taken(found), art.base, art.persons, art.given
    for ent in [e for e in doc.ents if e.label_ in MISTAKEN_LABELS] + name_runs(doc):
        span = doc[ent.start + (ent[0].lower_ == "the"):ent.end]
        if not span or any(i in tagged for i in range(span.start, span.end)):
            continue
        before = doc[span.start - 1] if span.start else None
        after = doc[span.end] if span.end < len(doc) else None
        if (before is not None and (before.pos_ == "PROPN" or before.tag_ == "POS")) or (
                after is not None and after.pos_ == "PROPN" and after.ent_type_ != "DATE"):
            continue
        if not named_place_noun(span[-1]):
            continue
        text = span.text.removesuffix("’s").removesuffix("'s")
        if text in persons or text in given or gazetteer.lookup(text) or _demonym(text):
            continue  # ("the Nigerien village of X": whose the village is, not its name)
        start = base + span[0].idx
        # Romanised otherwise than GeoNames does, in a country the article names: that place.
        entry = georesolve.choose(georesolve.spelled(text, art.context), art.context, text)
        place = (georesolve.to_place(entry, text, start, start + len(text)) if entry is not None else
                 Place(text=text, start=start, end=start + len(text), unresolved_reason="no GeoNames place of that name"))
        out.append(Toponym(span.start, span.end, place))
        tagged.update(range(span.start, span.end))
    return out


_PRECISION_ORDER = ("city", "admin2", "admin1", "country")
_AWAY_WORDS = BEARINGS | words("away_words")
_WHERE_PREC_NEAR = 2  # UCDP: a named part of a known place, or within about 25 km of it


def _a_spot(doc: Doc, t: Toponym) -> bool:
    """A name that stands for a spot inside a bigger place: a street, a park, a neighbourhood, a
    village the text calls so or puts an event in. Not a region (the Middle East), a river or a
    mountain range, which run past any town, nor a word the model took for a name."""
    if t.place.unresolved_reason and "region" in t.place.unresolved_reason:
        return False
    ws = [w.lower_.strip(".") for w in doc[t.start:t.end]]
    first = doc[t.start].text
    if not ws or set(ws) & FEATURE_WORDS or not first[:1].isupper() or (len(first) > 1 and first.isupper()):
        return False  # "STMA", "NHS West Midlands": an organisation's initials
    if ws[-1] in STREET_WORDS | _SPOT_WORDS:
        return len(ws) > 1  # "Gillis Street", not a bare "District"
    return named_place_noun(doc[t.end - 1])


_SPOT_WORDS = words("spot_words")


def _inward(tok) -> bool:
    """A link that keeps inside: "of", "in", a compound or a possessive, not "100 km northeast of"."""
    if tok.lower_ in _AWAY_WORDS:
        return False
    if tok.dep_ == "prep":
        return tok.lower_ in ("in", "of", "inside", "within")
    return tok.dep_ in ("compound", "poss", "pobj", "appos", "amod", "nmod", "conj")


def place_in_containers(doc: Doc, tops: list[Toponym]) -> list[Toponym]:
    """A name the gazetteer does not know, inside a place the text names with it ("the south
    Baghdad neighbourhood of Al-Bayaa", "the village of Qarqur in the countryside of Kobane",
    "Baghdad's district of Saiydiah"), is placed at that place, as ACLED and UCDP code a village
    they cannot find: its own name, the container's point, and a precision that says so. A place
    named only as a bearing ("100 km northeast of Multan") is no container."""
    tops = list(tops)
    known = [t for t in tops if t.place.geonameid is not None and t.place.precision in _PRECISION_ORDER]
    for i, u in enumerate(tops):
        if u.place.geonameid is not None or u.place.lat is not None or not _a_spot(doc, u):
            continue
        name = doc[u.end - 1]
        anchors = [name] + ([name.head] if name.dep_ in ("compound", "appos", "poss") else []) + (
            [name.head.head] if name.dep_ == "pobj" and name.head.lower_ == "of" else [])
        found = []
        for t in known:
            tok = doc[t.end - 1]
            path, node = [], tok
            while node.i not in {a.i for a in anchors} and node.head.i != node.i:
                path.append(node)
                node = node.head
            if node.i in {a.i for a in anchors} and all(_inward(x) for x in path):
                found.append((_PRECISION_ORDER.index(t.place.precision), len(path), t))
        if not found:
            continue
        c = min(found, key=lambda f: f[:2])[2].place
        where_prec = _WHERE_PREC_NEAR if c.precision == "city" else c.where_prec
        tops[i] = replace(u, place=replace(
            u.place, name=f"{u.place.text} ({c.name})", country=c.country, admin1=c.admin1, lat=c.lat, lon=c.lon,
            precision=c.precision, where_prec=where_prec,
            unresolved_reason=f"no GeoNames place of that name; placed at {c.name} (GeoNames {c.geonameid}), "
                              "which the text puts it in"))
    return tops


def contradicted_containers(doc: Doc, tops: list[Toponym], context: set[str]) -> list[Toponym]:
    """A town the text puts in a country or a province it names right after ("the village of Kiri in
    Mali", "Springfield in Illinois", or in apposition, "Kiri, Mali,"), or owned by one named before it
    ("Mali's Kiri"), is that country's, not a
    namesake elsewhere the gazetteer preferred: it is read again inside the container, and where the
    gazetteer has no such place there it stays unresolved (place_in_containers then places it at the
    container)."""
    starts = {t.start: t for t in tops}
    # "Sagaing Region's Kani Township": a province or a country that owns the name before it
    owners = {t.start: c for t in tops for c in tops if t.start > 0 and doc[t.start - 1].tag_ == "POS"
              and c.end in (t.start - 1, t.start) and c is not t}
    owners |= {t.start: c for t in tops if t.start not in owners and (c := _stated_country(doc, t, starts)) is not None}
    out = []
    for t in tops:
        p, j = t.place, t.end + 1
        owner = owners.get(t.start)
        if p.geonameid is None or p.precision not in ("city", "admin2") or (owner is None and (t.end >= len(doc) or not (
                doc[t.end].lower_ == "in" or _apposed(doc, t, starts.get(j))))):
            out.append(t)
            continue
        while owner is None and doc[t.end].lower_ == "in" and j < len(doc) and (doc[j].pos_ == "ADJ" or doc[j].lower_ == "the"):
            j += 1  # "in northern Mali"
        c = owner or starts.get(j)
        holder = c.place if c is not None else None
        if holder is None or holder.geonameid is None or holder.precision not in ("country", "admin1") or (
                holder.country == p.country and (holder.precision == "country" or holder.admin1 == p.admin1)) \
                or _also_holds(c.place.text, p):
            out.append(t)
            continue
        inside = [e for e in georesolve.candidates(p.text) if e.country == holder.country
                  and (holder.precision == "country" or e.admin1 == holder.admin1) and e.geonameid != holder.geonameid]
        entry = georesolve.choose(inside, context, p.text) if inside else None
        if entry is not None:
            out.append(replace(t, place=georesolve.to_place(entry, p.text, p.start, p.end)))
        else:
            out.append(replace(t, place=Place(text=p.text, start=p.start, end=p.end, rule=p.rule, unresolved_reason=(
                f"no GeoNames place of that name in {holder.name}, where the text puts it"))))
    return near_anchors(doc, out, context)


_ANCHORING = {"in", "near", "outside"}
_REACH_KM = 100


def near_anchors(doc: Doc, tops: list[Toponym], context: set[str]) -> list[Toponym]:
    """A town the text sets in or near a city it names ("the village of Kafr X near Hama", "the X
    camp in Jenin") lies within reach of that city: a namesake far away is read again near it, and
    with none there the name stays unresolved (the city then holds it, as a container does)."""
    starts = {t.start: t for t in tops}
    out = []
    for t in tops:
        p, j = t.place, t.end
        while j < len(doc) and j < t.end + 3 and (doc[j].lemma_.lower() in PLACE_NOUNS or doc[j].lower_ == "refugee"):
            j += 1  # "the X refugee camp in Jenin"
        k = j + 1 + (j + 1 < len(doc) and doc[j + 1].lower_ == "the")
        anchor = starts.get(k).place if j < len(doc) and doc[j].lower_ in _ANCHORING and k in starts else None
        if anchor is None or p.geonameid is None or p.lat is None or p.precision != "city" \
                or anchor.precision != "city" or anchor.lat is None or km(p.lat, p.lon, anchor.lat, anchor.lon) <= _REACH_KM:
            out.append(t)
            continue
        near = [e for e in georesolve.candidates(p.text) if km(e.lat, e.lon, anchor.lat, anchor.lon) <= _REACH_KM]
        entry = georesolve.choose(near, context, p.text) if near else None
        out.append(replace(t, place=georesolve.to_place(entry, p.text, p.start, p.end) if entry is not None else Place(
            text=p.text, start=p.start, end=p.end, rule=p.rule,
            unresolved_reason=f"no GeoNames place of that name near {anchor.name}, where the text puts it")))
    return out


def _demonym(text: str):
    from .recognize import demonym_country  # (recognize runs this module's passes)

    return demonym_country(text)


def _stated_country(doc: Doc, t: Toponym, starts: dict[int, Toponym]) -> Toponym | None:
    """The country written on the place noun a name is "of" ("the Niger village of X", "the Nigerien
    village of X"): that country holds the name, as "Niger's X" does."""
    if t.start < 2 or doc[t.start - 1].lower_ != "of" or doc[t.start - 1].head.lemma_.lower() not in PLACE_NOUNS:
        return None
    for mod in (c for c in doc[t.start - 1].head.children if c.dep_ in ("compound", "amod") and c.i < t.start):
        named = starts.get(mod.i)
        if named is not None and named.place.precision == "country":
            return named
        entry = _demonym(mod.text) if mod.text[:1].isupper() else None
        if entry is not None:
            return Toponym(mod.i, mod.i + 1, georesolve.to_place(entry, mod.text))
    return None


def _also_holds(name: str, town: Place) -> bool:
    """The container's name is also that of the country or first-level division the town lies in
    ("Athens, Georgia": the US state, not the country the gazetteer preferred for the name alone)."""
    return any(e.country == town.country and (e.kind == "country" or (e.kind == "admin1" and e.admin1 == town.admin1))
               for e in georesolve.candidates(name))


def _apposed(doc: Doc, town: Toponym, holder: Toponym | None) -> bool:
    """"Kiri, Mali": the second name set beside the first as its apposition, not as the next item of
    a list ("Kabul, Pakistan and India"), which the parser joins as a conjunct."""
    return holder is not None and doc[town.end].text == "," and doc[holder.end - 1].dep_ == "appos" \
        and doc[holder.end - 1].head.i == town.end - 1

