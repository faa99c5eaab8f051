"""Toponym recognition: the toponyms of one parsed paragraph, each resolved to a GeoNames place with
the article's context (geo.resolve), or kept unresolved with the reason.

The passes run in a fixed order, each reading the toponyms found before it and returning its own:
0. for the coder (`event_candidates`), `capitals` (capitals.py): a capital named by its country ("the
   Somali capital"), which places an event though a geoparser's corpus marks no toponym there;
1. `entities`: what the model tags as a place, completed where the gazetteer knows a name inside
   it, or read as a demonym ("Sri Lankan" tagged GPE);
2. `mistagged_divisions` (divisions.py): a name before a division noun ("the Dhamar governorate"),
   then `after_locatives`: a proper noun after a locative preposition ("near Samarra");
3. the passes of `recovery`, each reading one construction the model misses or mistags, then
   `orgnames` (the place heading an organisation's name; an option, off by default) and `unknown`
   (names the gazetteer lacks that the text calls a village or a district);
4. with `demonyms`, nationalities as their country (a geoparser's toponyms, no event's place);
then two rewrites: a name listed among states or called a state is the state, and a name the
gazetteer lacks takes the point of the known place the text puts it in.

`Recognizer` is also a spaCy pipeline component ("geo_toponyms") writing doc.spans["toponyms"] with
each span's `._.place`; without an article around it (doc._.geo_reading), a doc is its own article.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span

from . import extent, gazetteer, orgnames, recovery, unknown
from . import resolve as georesolve
from .capitals import capitals
from .divisions import _division, division_after, mistagged_divisions, placed_in_division
from .thresholds import BIG_CITY_POPULATION
from .toponym import (
    LOCATIVE,
    PLACE_NOUNS,
    ROAD_WORDS,
    SETTLEMENTS,
    TOPONYM_LABELS,
    Reading,
    Toponym,
    a_roads_end,
    a_surname,
    given_names,
    heads_longer_name,
    hierarchy,
    initials_of_a_name,
    located,
    names_disease,
    read_spans,
    said_near,
    surnames,
    taken,
    write_spans,
    written_container,
)
from .words import words


def entities(doc: Doc, art: Reading, found: list[Toponym]) -> list[Toponym]:
    """The model's place entities, completed or narrowed where the gazetteer says so."""
    out = []
    covered = 0  # a name completed past the model's entity ("of the Congo") is not read again
    # In capitalised text a place name has capitals ("a meth lab" is none); all-lower-case text keeps its entities.
    cased = any(c.isupper() for c in doc.text)
    for ent in doc.ents:
        if ent.label_ not in TOPONYM_LABELS or ent.start < covered:
            continue
        if cased and not any(c.isupper() for c in ent.text):
            continue
        if ((len(ent) == 1 and ent.text in art.persons and a_surname(ent.text, art.context))
                or names_disease(doc, ent.start, ent.end) or _a_persons_name(ent)):
            continue
        start_tok = ent.start + (ent[0].lower_ == "the")
        if cased:
            # "the hamlet of Achkhoy earlier this year": a time the model ran into the name
            cut = next((t.i for t in ent[1:] if t.is_lower and (t.tag_.startswith("RB") or t.lower_ in _TIME_OPENERS)), None)
            ent = ent if cut is None else doc[ent.start:cut]
        if (ent.end < len(doc) and doc[ent.end].lower_.rstrip(".") in ROAD_WORDS and doc[ent.end].text[:1].isupper()
                and ent.start > 0 and doc[ent.start - 1].like_num):
            ent = doc[ent.start:ent.end + 1]  # "14 Memphis St., Alexandria": an address, which the model cut short
        else:
            ent = doc[ent.start:extent.completed(doc, start_tok, ent.end)]
        ent = _owned_facility(doc, ent)
        text = doc[start_tok:ent.end].text
        text = text.removesuffix("’s").removesuffix("'s").strip()
        if not text:
            continue
        start = art.base + doc[start_tok].idx
        region = division_after(doc, ent.end, art.context)  # "the village of X in the Y region"
        within = written_container(doc, start_tok, ent.end, art.context) or region
        # "Illinois, Missouri" is a list, no state inside the next ("Palestine, Texas", "Washington, D.C." nest).
        if (within is not None and (own := georesolve.container(text)) is not None and own.kind == within.kind
                and not doc[ent.end + 1].text.endswith(".")):
            within = None
        place = _division(doc, start_tok, ent.end, text, art.context, start, within.country if within else None) \
            if within is None or within.kind == "country" else None
        place = place or georesolve.resolve(text, art.context, start, start + len(text), within=within,
                                            supported=located(doc[ent.end - 1]), nearby=said_near(doc, start_tok))
        place = placed_in_division(place, region) if region is not None and within is region else place
        inner = None
        if place.geonameid is None and (country := demonym_country(text)) is not None:
            place = georesolve.to_place(country, text, start, start + len(text))  # "Sri Lankan" tagged GPE
        elif place.geonameid is None and (inner := extent.inner_name(doc, start_tok, ent.end)) is not None:
            place = extent.inner_place(inner, art.base, art.context) or place
        if place.geonameid is None and all(t.tag_ in ("NN", "NNS") for t in doc[start_tok:ent.end]):
            continue  # "Gunmen executed ...": a common noun the model capitalised into a place
        if place.geonameid is None and _a_groups_name(text):
            continue  # "between the army and Islamic State": an armed group the model took for a state
        covered = max(ent.end, inner.end if inner is not None else 0)
        out.append(Toponym(start_tok, covered, place, within is not None and place.geonameid is not None))
    return out


def _owned_facility(doc: Doc, ent: Span) -> Span:
    """"St Mary's Park", "Queen's Hospital": a name in the possessive before a capitalised word for a
    site is the site's name, one place, not an owner and a second place (the model stops at "'s")."""
    pos = ent.end - 1 if ent[-1].tag_ == "POS" else ent.end
    nxt = pos + 1
    if pos < len(doc) and doc[pos].tag_ == "POS" and nxt < len(doc) and doc[nxt].text[:1].isupper() \
            and doc[nxt].lower_ in _OWNED_SITES and getattr(georesolve.container(doc[ent.start:pos].text), "kind", None) != "country":
        return doc[ent.start:nxt + 1]  # (a country's own park stays in it: "Kenya's Uhuru Park")
    return ent


_OWNED_SITES = {"park", "hospital", "church", "cathedral", "college", "school", "square", "hall", "stadium", "market",
                "road", "street", "avenue", "terrace", "green", "estate", "bridge", "field", "gardens", "cross"}


_PERSON_APPOSITIONS = words("person_appositions")
_TIME_OPENERS = {"last", "this", "next", "yesterday", "today", "tonight", "overnight"}


def _a_persons_name(ent: Span) -> bool:
    """"his wife, Amelia", "Amelia, his wife": a name in apposition to a kin or victim noun is a person's."""
    root = ent.root
    if root.dep_ == "appos" and root.head.lemma_.lower() in _PERSON_APPOSITIONS:
        return True
    return any(c.dep_ == "appos" and c.lemma_.lower() in _PERSON_APPOSITIONS for c in root.children)


# a state body called by its own word is no town that bears it (places.yaml)
_STATE_BODIES = words("state_bodies")


def after_locatives(doc: Doc, art: Reading, found: list[Toponym]) -> list[Toponym]:
    """A proper noun right after a locative preposition ("near Samarra") that the gazetteer knows,
    which the model missed or tagged as a nationality or an organisation."""
    out, seen = [], taken(found)
    for tok in (t for t in doc if t.pos_ == "PROPN"):
        # The small model also takes a city for a language ("in Mosul"): a big city then, not a
        # language's namesake town ("written in English").
        label = tok.ent_type_ in ("", "NORP", "ORG", "LANGUAGE")
        # "the town of Mirebalais" says what the name is, whatever the model tagged it
        named_so = tok.head.lower_ == "of" and tok.head.i == tok.i - 1 and tok.head.head.lemma_.lower() in SETTLEMENTS
        if tok.lower_ in _STATE_BODIES and not named_so:
            continue
        if (tok.pos_ == "PROPN" and tok.text[:1].isupper() and (label or named_so) and tok.i not in seen
                and tok.dep_ == "pobj" and (tok.head.lower_ in LOCATIVE or named_so or a_roads_end(tok))
                and not any(c.dep_ == "compound" for c in tok.children)):
            if tok.ent_type_ == "LANGUAGE" and not _big(tok.text, art.context):
                continue
            start = art.base + tok.idx
            within = hierarchy(doc, tok.i + 1)
            place = georesolve.resolve(tok.text, art.context, start, start + len(tok.text), within=within,
                                       nearby=said_near(doc, tok.i))
            if place.geonameid is not None:
                out.append(Toponym(tok.i, tok.i + 1, place, within is not None))
                seen.add(tok.i)
    return out


def _big(name: str, context: set[str]) -> bool:
    entry = georesolve.choose(georesolve.candidates(name), context, name)
    return entry is not None and entry.population >= BIG_CITY_POPULATION


def demonyms(doc: Doc, art: Reading, found: list[Toponym]) -> list[Toponym]:
    """Adjectival and plural forms of country names ("Libyan", "Russians") as their country. They
    are toponyms for a geoparser, but they locate no event, so the coder does not ask for them."""
    out, seen = [], taken(found)
    for ent in doc.ents:
        if ent.label_ != "NORP" or any(i in seen for i in range(ent.start, ent.end)):
            continue
        country = demonym_country(ent.text)
        if country is None:
            continue
        start = art.base + doc[ent.start].idx
        out.append(Toponym(ent.start, ent.end, georesolve.to_place(country, ent.text, start, start + len(ent.text)),
                           named=False))
    return out


def passes(org_names: bool = False, with_demonyms: bool = False, event_candidates: bool = False, tagged=True) -> list:
    """The passes in the order they run, each seeing what those before found; without `tagged`, not the model's."""
    return [*([capitals] if event_candidates else []), *([entities] if tagged else []), mistagged_divisions, after_locatives, recovery.located_names, recovery.local_names, recovery.county_lists,
            recovery.mistagged, unknown.streets, *([orgnames.embedded] if org_names else []), recovery.listed_names,
            unknown.unknown_places, *([demonyms] if with_demonyms else []),
            *([unknown.where_a_place_stands] if event_candidates else [])]


def toponyms(doc: Doc, art: Reading, org_names: bool = False, with_demonyms: bool = False,
             event_candidates: bool = False, tagged: bool = True) -> list[Toponym]:
    found: list[Toponym] = []
    for step in passes(org_names, with_demonyms, event_candidates, tagged):
        found += step(doc, art, found)
    found = [t for t in _hyphen_joined(doc, art, _states_in_lists(doc, found)) if not _a_thing(doc, t)
             and not _a_person_by_apposition(doc, t) and not _an_armed_group(doc, t, art.context)
             and not (event_candidates and _in_a_groups_name(doc, t)) and not initials_of_a_name(doc, t.start, t.end)]
    # Whichever pass took it, the head of an "X of Y" name is a word of that name ("the Bank of
    # Commerce" is no Bank, India); a country or a state keeps its name ("Texas of the 1950s").
    found = [t for t in found if not heads_longer_name(doc, t.end) or t.place.precision in ("country", "admin1")]
    return unknown.place_in_containers(doc, unknown.contradicted_containers(doc, found, art.context))


class Recognizer:
    """The spaCy component: runs the passes on a doc and writes its toponyms as spans."""

    def __init__(self, org_names: bool = False, demonyms: bool = False, event_candidates: bool = False):
        self.org_names, self.demonyms, self.event_candidates = org_names, demonyms, event_candidates

    def __call__(self, doc: Doc) -> Doc:
        art = doc._.geo_reading
        if art is None:  # a doc on its own is its own article
            names = [e.text for e in doc.ents if e.label_ in TOPONYM_LABELS]
            art = Reading(0, georesolve.article_context(names), frozenset(surnames([doc])),
                          frozenset(given_names([doc])))
        write_spans(doc, toponyms(doc, art, self.org_names, self.demonyms, self.event_candidates))
        return doc


@Language.factory("geo_toponyms", default_config={"org_names": False, "demonyms": False})
def make_recognizer(nlp: Language, name: str, org_names: bool, demonyms: bool) -> Recognizer:
    return Recognizer(org_names, demonyms)


def recognize(doc: Doc, art: Reading, org_names: bool = False, with_demonyms: bool = False,
              event_candidates: bool = False) -> list[Toponym]:
    """The toponyms of one paragraph of an article, written to the doc's spans and returned."""
    doc._.geo_reading = art
    Recognizer(org_names, with_demonyms, event_candidates)(doc)
    return read_spans(doc)


_PERSON_ROLES = words("person_titles")


def _a_person_by_apposition(doc: Doc, t: Toponym) -> bool:
    """A name the gazetteer lacks, in apposition to a person's role ("Abu Said, the group's finance
    coordinator", whatever the model tagged it), is that person, not a place ("Potocari, a village
    near Srebrenica")."""
    if t.place.geonameid is not None:
        return False  # a known place's apposition is more often the parser's slip ("Framingham, a ... member")
    role = next((c for c in doc[t.end - 1].children if c.dep_ == "appos" and c.pos_ == "NOUN"), None)
    if role is None or role.lemma_.lower() in PLACE_NOUNS or any(c.dep_ == "nummod" or c.like_num for c in role.children):
        return False  # a place, or a measure ("Oaxaca City, 350 kilometers southeast of ...")
    lemma = role.lemma_.lower()
    return lemma in _PERSON_ROLES or lemma.endswith(("er", "or", "ist", "ian", "ant", "ent"))


def _an_armed_group(doc: Doc, t: Toponym, context: set[str]) -> bool:
    """A name the actor dictionary knows for an armed band ("Taliban commanders", "officials of
    the group") names the group, though some place carries it as one of its other names in another
    language; a place of that very name counts only in the article's own countries, and a name
    no gazetteer place carries is the group's."""
    from ..nlp.conventions import ARMED_TYPES

    text = doc[t.start:t.end].text
    entry = _group_entry(text)
    if entry is None or entry.type not in ARMED_TYPES:
        return False
    if t.place.geonameid is None:
        return True  # no place of that name: only the syntax said place ("killed in Houthi shelling")
    return gazetteer.norm(t.place.name) != gazetteer.norm(text) or t.place.country not in context


def _in_a_groups_name(doc: Doc, t: Toponym) -> bool:
    """"Islamic State West Africa Province", "al-Qaeda in the Arabian Peninsula": a place inside a
    name the actor dictionary knows for a group is a word of that name, no place of an act (the
    geoparser's own output keeps it, as gazetteer corpora mark places inside names)."""
    from ..nlp.lexicon import actors
    from ..nlp.names import match_names

    window = list(doc[max(0, t.start - 4):min(len(doc), t.end + 3)])
    first = window[0].i
    return any(not e.is_state and first + a <= t.start and t.end <= first + b and b - a > t.end - t.start
               for a, b, e in match_names(window, actors()))


def _a_thing(doc: Doc, t: Toponym) -> bool:
    """A town's name said with "a" or "an" names a thing of that name, a car or a product ("the driver
    of a silver Pontiac", "bought a Lincoln"), not the town; unless it qualifies a common noun ("a
    Dallas man") or is a country or province ("a new Iraq")."""
    if t.place.precision in ("country", "admin1", "region"):
        return False
    head = doc[t.end - 1]
    while head.dep_ == "compound" and head.head.pos_ == "PROPN":
        head = head.head
    return head.pos_ == "PROPN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)


def _joined_run(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The whole hyphenated name a span is written into ("Post-Intelligencer", "Pas-de-Calais"):
    the words joined to it by hyphens without spaces."""
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
            and not doc[start - 2].whitespace_ and doc[start - 2].is_alpha:
        start -= 2
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and doc[end + 1].is_alpha:
        end += 2
    return start, end


def in_a_joined_name(doc: Doc, span: Span) -> bool:
    """"Ado" of "Ado-Ekiti": a word hyphen-joined to others into a name the gazetteer knows whole
    (the recognizer's own pass reads the whole; "Ilorin" of "the Ilorin-Ado-Ekiti road" stays)."""
    start, end = _joined_run(doc, span.start, span.end)
    return any(gazetteer.norm(doc[a:b].text) in {gazetteer.norm(e.name) for e in gazetteer.lookup(doc[a:b].text)}
               for a in range(start, span.start + 1, 2) for b in range(end, span.end - 1, -2)
               if (a, b) != (span.start, span.end))


def _hyphen_joined(doc: Doc, art: Reading, tops: list[Toponym]) -> list[Toponym]:
    """A name written into a hyphenated one is that name's part: "Post" in a newspaper called the
    "Post-Intelligencer" is no town, "Barre" of "Wilkes-Barre" is the city of that whole name."""
    out = []
    for t in tops:
        start, end = _joined_run(doc, t.start, t.end)
        if (start, end) == (t.start, t.end):
            out.append(t)
            continue
        whole = doc[start:end].text
        own = [e for e in gazetteer.lookup(whole) if gazetteer.norm(e.name) == gazetteer.norm(whole)]
        entry = georesolve.choose(own, art.context, whole) if own else None
        if entry is not None:
            if not any(o.start == start and o.end == end for o in out):
                at = art.base + doc[start].idx
                out.append(Toponym(start, end, georesolve.to_place(entry, whole, at, at + len(whole)), t.placed_by_text,
                                   t.named))
            continue
        # The other pieces: a party's letters ("R-Charleston", "DFL-Duluth"), a place name or its
        # people ("Miami-Dade", "Egypt-US", "Israeli-Egyptian") keep the toponym; only words no gazetteer holds make it
        # part of another kind of name ("Post-Intelligencer", "Journal-Constitution").
        pieces = [w.text for w in doc[start:end] if w.text != "-" and not t.start <= w.i < t.end and w.text[:1].isupper()]
        if not pieces or any(len(p) <= 2 or (p.isupper() and len(p) <= 4) or gazetteer.lookup(p)
                             or demonym_country(p) is not None for p in pieces) or any(
                o is not t and o.start < end and start < o.end and o.place.geonameid is not None for o in tops):
            out.append(t)
    return out


def _states_in_lists(doc: Doc, tops: list[Toponym]) -> list[Toponym]:
    """A name listed among states is the state ("Utah, Virginia, Washington and Wisconsin"; "Alberta,
    Manitoba, Ontario and New Brunswick"), and so is one the text calls a state ("a Washington state
    farm", "the state of Washington")."""
    by_token = {t.end - 1: t for t in tops}
    out = list(tops)
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
            out[i] = replace(t, place=georesolve.to_place(state, t.place.text, t.place.start, t.place.end),
                             placed_by_text=True)
    return out


def _group_entry(text: str):
    """The actor dictionary's entry for a name it knows as a group or an organisation, not a state
    ("Islamic State"), else None."""
    from ..nlp.lexicon import actors, alias_key

    d = actors()
    # (short acronyms are kept as written: "M23", "RSF")
    entry = d.aliases.get(alias_key(text)) or d.case_sensitive.get(text.replace(".", ""))
    return entry if entry is not None and not entry.is_state else None


def _a_groups_name(text: str) -> bool:
    return _group_entry(text) is not None


def demonym_country(text: str):
    """The country a demonym names ("Libyan", "Sri Lankans"), from the actor dictionary's state aliases."""
    from ..countries import alpha2
    from ..nlp.lexicon import actors

    entry = actors().aliases.get(tuple(w.lower() for w in text.replace(".", "").split()))
    if entry is None or not entry.is_state or not entry.country:
        return None
    code = alpha2(entry.country)
    return gazetteer.country(code) if code else None
