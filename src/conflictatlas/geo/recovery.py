"""Names the small model misses or mistags, recovered from the gazetteer and the syntax: each pass
reads one construction ("Dayton police", "Adams, Brown and Clark counties", "captured Jaffna",
"Ohio University") and adds the toponyms the model's entities lack."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..records import Place
from . import gazetteer
from . import resolve as georesolve
from .context import Context, near_context
from .extent import inside_a_name
from .thresholds import ABSTAIN_POPULATION, BIG_CITY_POPULATION, LOCATED_MIN_POPULATION, MILLION_CITY_POPULATION
from .toponym import (
    GENERIC_NAME_WORDS,
    PLACE_NOUNS,
    TAKEN,
    TOPONYM_LABELS,
    WAR_NOUNS,
    Reading,
    Toponym,
    another_name_of_a_village,
    given_names,
    hierarchy,
    located,
    taken,
)
from .words import table, words

# Nouns that a place name modifies in local news: "Alexandria woman", "Dayton police", "the
# Gainesville area"; and nouns a place follows with "of"/"from": "Steven Sachs of Alexandria".
LOCAL_HEADS = words("local_heads")
LOCAL_SITES = words("local_sites")


def local_names(doc: Doc, art: Reading, found: list[Toponym]) -> list[Toponym]:
    """Place names the model leaves untagged in the two constructions local news uses most."""
    out, tagged, base, context = [], taken(found), art.base, art.context
    for tok in doc:
        if tok.i in tagged or tok.pos_ != "PROPN" or tok.ent_type_ not in ("", "ORG", "NORP", "PERSON"):
            continue
        modifier = tok.dep_ in ("compound", "nmod") and (
            tok.head.lower_ in LOCAL_HEADS or (tok.head.text in LOCAL_SITES and tok.head.pos_ == "NOUN"))
        origin = (tok.dep_ == "pobj" and tok.head.lower_ in ("of", "from") and tok.ent_type_ != "PERSON"
                  and (tok.head.head.ent_type_ == "PERSON" or tok.head.head.lower_ in LOCAL_HEADS))
        if not (modifier or origin):
            continue
        if modifier and inside_a_name(doc, tok):
            continue  # "Valley" in "Scioto Valley Hospital": a word inside a longer name is no town alone
        # "A Palm Springs man": the name's own words before it, proper nouns the model ran into it.
        first = tok.i
        while first > 0 and doc[first - 1].dep_ == "compound" and doc[first - 1].head.i == first \
                and doc[first - 1].pos_ == "PROPN" and doc[first - 1].text[:1].isupper():
            first -= 1
        if any(c.dep_ == "compound" and c.i < first for c in tok.children) or any(i in tagged for i in range(first, tok.i)):
            continue
        if doc[first].lower_ in GENERIC_NAME_WORDS:
            continue
        # "Madison County Health Department": the name is the county's, not its namesake town's.
        end = tok.i + 2 if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in PLURAL_DIVISIONS_SINGULAR else tok.i + 1
        span = doc[first:end]
        start = base + doc[first].idx
        within = hierarchy(doc, end)
        place = georesolve.resolve(span.text, context, start, start + len(span.text), within=within)
        # A name the model took for a person is a place only where the article is: in its country,
        # or beside another of its names in the same state or county ("Alexandria woman" beside
        # Rapides Parish).
        if place.geonameid is not None and another_name_of_a_village(place, span.text, context):
            continue  # "Mercy Hospital": no French village that "Mercy" is another name of
        if place.geonameid is not None and (tok.ent_type_ != "PERSON" or place.country in context
                                            or _shares_division(place, context, span.text)):
            out.append(Toponym(first, end, place, within is not None, named=False))
            tagged.update(range(first, end))
    return out


def mistagged(doc: Doc, art: Reading, found: list[Toponym]) -> list[Toponym]:
    """Whole names the model took for a person or an organisation that are places in the article's
    own state or province ("Sioux Falls", "Greer Station", "Gainesville’s"): a local paper names its
    towns without saying what they are. A name the article gives a person ("Sharon Smith") is not one."""
    given, persons = art.given | given_names([doc]), art.persons
    out, tagged, base, context = [], taken(found), art.base, art.context
    # Countries and capitals by their own names are places wherever the article is, untagged too
    # ("Nigeria reported 782 cases", "cases in Mozambique and Botswana": Botswana tagged PERSON).
    bare = _untagged_names(doc)
    from .recognize import demonym_country, in_a_joined_name  # recognize imports this module's passes

    # A bare name taken for a people that names none ("rebels attacked Kidal"): a town of one of
    # the article's countries, where it heads its phrase with no article ("the Fulani" is a people,
    # "Tuareg rebels" qualify a noun).
    peoples = [e for e in doc.ents if e.label_ == "NORP" and demonym_country(e.text) is None
               and e.root.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "conj", "appos")
               and not any(c.dep_ == "det" for c in e.root.children) and e[0].lower_ != "the"]
    for ent in [e for e in doc.ents if e.label_ in ("PERSON", "ORG", "PRODUCT")] + peoples + bare:
        if any(i in tagged for i in range(ent.start, ent.end)):
            continue
        span = doc[ent.start + (ent[0].lower_ == "the"):ent.end]
        text = span.text.removesuffix("’s").removesuffix("'s")
        # An untagged run of names the gazetteer holds whole ("West Virginia", "Iowa City") is
        # one name, even when it opens with a word that alone names nothing.
        whole = ent.label_ == "" and len(span) > 1
        if (not span or not all(t.pos_ == "PROPN" or (t.text == "-" and not t.whitespace_) for t in span) or text in persons or text in given
                or (span[0].lower_ in GENERIC_NAME_WORDS and not whole) or in_a_joined_name(doc, span)):
            continue
        entry = georesolve.choose(gazetteer.lookup(text), context, text)
        if entry is None:
            continue
        own_name = gazetteer.norm(entry.name) == gazetteer.norm(text)
        by_name = own_name and (
            entry.kind == "country" or entry.capital
            # a city of some size in or beside the article's countries (a town ending a charity's name,
            # beside its country), where the model took it for an organisation or left it; of a million, anywhere
            or (ent.label_ != "PERSON" and entry.kind == "city" and (entry.population >= BIG_CITY_POPULATION and near_context(
                entry.country, context) or (ent.label_ == "" and entry.population >= MILLION_CITY_POPULATION))))
        # a province of one of the article's countries by its own name ("Manicaland", untagged)
        division = entry.kind == "admin1" and entry.country in context and own_name
        local = division or ((ent.label_ != "" or whole and own_name) and (f"{entry.country}.{entry.admin1}" in context or (
            entry.kind in ("country", "admin1") and entry.country in context))) \
            or (ent.label_ == "NORP" and own_name and entry.country in context)
        if not (by_name or local):
            continue
        start = base + span[0].idx
        place = georesolve.to_place(entry, text, start, start + len(text))
        out.append(Toponym(span.start, span.end, place, named=False))
        tagged.update(range(span.start, span.end))
    return out


# Labels the small model gives place names it does not recognise as places.
MISTAKEN_LABELS = words("mistaken_labels")
_OWNED_PARTS = words("owned_city_parts")  # "Kandahar's streets": a town's, unlike a person's things
_MOVING = words("moving_verbs")


def located_names(doc: Doc, art: Reading, found: list[Toponym]) -> list[Toponym]:
    """Names the model took for a person, an organisation or a product, or left untagged, where
    the syntax says they are a place and the gazetteer knows the whole name: "in Tel Abyad"
    (PERSON), "the city of Azaz" (PRODUCT), "Tadif town" (ORG), "the rebels captured Kidal".
    A small town of that name counts only in the article's own state: "at Harvard" is not
    Harvard, Illinois, in a story from Boston."""
    from .recognize import demonym_country  # (recognize runs this module's passes)

    out, tagged, base, context, persons, given = [], taken(found), art.base, art.context, art.persons, art.given
    for ent in [e for e in doc.ents if e.label_ in MISTAKEN_LABELS] + name_runs(doc) + _adjective_names(doc):
        # (a label run on past a possessive names the owner: "Aleppo's western districts")
        span = doc[ent.start + (ent[0].lower_ == "the"):next((t.i for t in ent[1:] if t.tag_ == "POS"), ent.end)]
        if not span or any(i in tagged for i in range(span.start, span.end)):
            continue
        weak = not _whole_name(span)
        possessive = span.end < len(doc) and doc[span.end].tag_ == "POS"
        # A big city owns its streets ("Kandahar's streets", tagged a person); a person's restaurant is theirs.
        owned_place = possessive and span[-1].dep_ == "poss" and span[-1].head.lemma_.lower() in _OWNED_PARTS
        if weak and ((ent.label_ == "PERSON" and possessive and not owned_place)
                     or not (owned_place or _whole_name(span, _weak_place_syntax))):
            continue
        text = span.text.removesuffix("’s").removesuffix("'s")
        if text in persons or text in given or not gazetteer.lookup(text) or (not weak and not _mostly_located(doc, text)):
            continue
        if len(span) == 1 and span[0].tag_ == "JJ" and demonym_country(text) is not None:
            continue  # "a Somali army base": a people's adjective, not the region named after it abroad
        start = base + span[0].idx
        within = hierarchy(doc, span.end)
        # "the Bacha district of Narathiwat province" is a district, not a town of that name in India.
        divisions = [e for e in gazetteer.lookup(text) if e.kind in ("admin1", "admin2")]
        if within is None and divisions and noun_named(span[-1]) in _DIVISION_NOUNS:
            entry = georesolve.choose(divisions, context, text)
            place = georesolve.to_place(entry, text, start, start + len(text))
        else:
            place = georesolve.resolve(text, context, start, start + len(text), within=within)
        if place.geonameid is None:
            continue
        entry = next(e for e in gazetteer.lookup(text) if e.geonameid == place.geonameid)
        own_name = gazetteer.norm(entry.name) == gazetteer.norm(text)
        if entry.kind == "admin2" and not own_name and noun_named(span[-1]) not in _DIVISION_NOUNS:
            continue  # "Thomas elementary schools" is not Thomas County
        # A small town, or a mid-sized one GeoNames only calls so ("Max" is an alias of Matam),
        # counts only in the article's own state.
        small = entry.population < (LOCATED_MIN_POPULATION if own_name else ABSTAIN_POPULATION)
        if entry.kind == "city" and small and within is None and f"{entry.country}.{entry.admin1}" not in context \
                and (weak or not _sentence_names_its_division(span, entry)):
            continue
        if weak and not (own_name and (entry.kind == "country" or entry.population >= BIG_CITY_POPULATION)):
            continue
        out.append(Toponym(span.start, span.end, place, within is not None))
        tagged.update(range(span.start, span.end))
    return out


def _sentence_names_its_division(span: Span, entry) -> bool:
    """"Armanaz town in the countryside of Idlib", "Dibis district, northern Iraq": a small town
    named with a place noun, where the same sentence names its province or its country, is placed
    (issue 14's support rule)."""
    names = {t.text for t in span.sent if t.pos_ == "PROPN" and t.text[:1].isupper() and not span.start <= t.i < span.end}
    # Its country is enough where the text calls it a town or a district, not where only the syntax
    # does ("Dibis was captured ... in Iraq" may name a man).
    noun = noun_named(span[-1]) in _DIVISION_NOUNS | PLACE_NOUNS
    return any(c.country == entry.country and (c.admin1 == entry.admin1 or (noun and c.kind == "country"))
               and c.geonameid != entry.geonameid for n in names for c in georesolve.candidates(n)[:3])


def _shares_division(place: Place, context: set[str], name: str) -> bool:
    entry = next((e for e in gazetteer.lookup(name) if e.geonameid == place.geonameid), None)
    return entry is not None and georesolve.shares_division(entry, context, name)


def listed_names(doc: Doc, art: Reading, found: list[Toponym]) -> list[Toponym]:
    """The other names of a list a known place heads or joins, where the gazetteer knows them by
    their own name in the same country: "Cairo, Giza, and Al-Minya", "Rogaland, Vestfold, Buskerud",
    "Benin, Cape Verde, Central African Republic", "Darfur and Malakal"."""
    out, tagged, base, context, persons, given = [], taken(found), art.base, art.context, art.persons, art.given
    # Only a list a whole place name stands in: not "Liberty" inside "the Peace and Liberty Party".
    for t in [t for t in found if t.place.geonameid is not None and t.place.country
              and (t.end == len(doc) or doc[t.end].pos_ != "PROPN")]:
        for c in doc[t.end - 1].conjuncts:
            start = c.i
            while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN":
                start -= 1
            span = doc[start:c.i + 1]
            if (c.pos_ != "PROPN" or not c.text[:1].isupper() or any(i in tagged for i in range(span.start, span.end))
                    or span.text in persons or span.text in given or not _whole_entity(span) or len(span.text) < 3
                    or _list_of(doc[t.end - 1]) in _NOT_PLACES or _list_of(c) in _NOT_PLACES):
                continue
            after = doc[span.end] if span.end < len(doc) else None
            if after is not None and (after.pos_ == "PROPN" or after.text == "-" or after.lower_ in _NOT_PLACES):
                continue  # "the Justice and Equality Movement", "El-Feki", "Ellis counties"
            own = [e for e in gazetteer.lookup(span.text) if e.country == t.place.country
                   and (gazetteer.norm(e.name) == gazetteer.norm(span.text) or e.kind in ("country", "admin1"))]
            if t.place.precision == "country":  # a list of countries: "Benin, Cape Verde"
                own = [e for e in gazetteer.lookup(span.text) if e.kind == "country"]
            ctx = context.including(t.place.country) if isinstance(context, Context) else context | {t.place.country}
            entry = georesolve.choose(own, ctx, span.text)
            if entry is None:
                continue
            at = base + span[0].idx
            out.append(Toponym(span.start, span.end, georesolve.to_place(entry, span.text, at, at + len(span.text))))
            tagged.update(range(span.start, span.end))
    return out


# What a list of names may be a list of, other than places: "Elm and Maple streets".
_NOT_PLACES = words("not_places")


def _list_of(tok: Token) -> str:
    while tok.dep_ == "conj" and tok.head.i != tok.i and tok.head.dep_ not in ("compound", "nmod"):
        tok = tok.head
    if tok.dep_ == "conj":
        tok = tok.head
    return tok.head.lower_ if tok.dep_ in ("compound", "nmod") else ""


def _whole_entity(span: Span) -> bool:
    """The span is no part of a person's or an organisation's longer name ("the Justice and Equality
    Movement", "Long & Foster", "El-Feki"); a whole entity the model mistook is fine ("Malakal",
    "Giza" tagged PERSON)."""
    for ent in span.doc.ents:
        if ent.start < span.end and span.start < ent.end and (ent.start, ent.end) != (span.start, span.end):
            return ent.label_ in TOPONYM_LABELS
    return True


def country_named(text: str) -> bool:
    return any(e.kind == "country" and gazetteer.norm(e.name) == gazetteer.norm(text) for e in gazetteer.lookup(text))


# Nouns whose name is a settlement or a division ("Tadif town"); a facility's is as often a brand's.
SETTLEMENT_NOUNS = words("settlement_nouns")
_DIVISION_NOUNS = words("division_nouns")


def _place_syntax(head: Token) -> bool:
    if head.dep_ == "pobj" and head.head.lower_ == "over":
        return False  # "over a handgun", "over the weekend": rarely a place
    if head.dep_ in ("compound", "appos"):
        # "the Kalandia refugee camp": a camp people live in, not a party's or a team's ("the Obama camp")
        refugees = head.head.lemma_.lower() == "camp" and any(
            c.dep_ == "compound" and c.lemma_.lower() in ("refugee", "displacement", "idp") for c in head.head.children)
        return head.head.lemma_.lower() in SETTLEMENT_NOUNS or refugees
    # "the rebels captured Kidal", "Kidal was captured": the object of taking a place (not "X, a Yemeni, was captured")
    return located(head) or (head.dep_ in ("dobj", "nsubjpass") and head.head.lemma_ in TAKEN
                             and not any(c.dep_ == "appos" and c.ent_type_ == "NORP" for c in head.children))


_ATTACK_NOUNS = WAR_NOUNS | {"attack", "raid", "strike", "airstrike", "bombing", "march", "advance", "push"}
_ATTACK_VERBS = {"strike", "hit", "pound", "bombard", "shell", "target", "attack"}  # "missiles struck Kharkiv"


def _weak_place_syntax(head: Token) -> bool:
    """A name modifying a home, a shop or an offensive ("his Lahore home", "the Kherson offensive"), what
    an attack is made on ("an air raid on Hama"), or where someone is sent ("sent troops to Goma"): a place
    only if it is a big one by its own name (a brand names shops too, a person is attacked too)."""
    noun = head.head.lemma_.lower()
    if head.dep_ == "pobj" and head.head.lower_ in ("on", "against", "upon", "to", "into"):  # (letters go to people too)
        return head.head.head.lemma_.lower() in (_MOVING if head.head.lower_ in ("to", "into") else _ATTACK_NOUNS)
    return (head.dep_ == "dobj" and noun in _ATTACK_VERBS) or (
        head.dep_ in ("compound", "poss", "amod", "nmod") and (noun in WAR_NOUNS or noun in PLACE_NOUNS))


def noun_named(head: Token) -> str:
    """The place noun a name is the name of: "district" for "the Bacha district", "the city of Azaz"."""
    if head.dep_ in ("compound", "appos"):
        return head.head.lemma_.lower()
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        return head.head.head.lemma_.lower()
    return ""


def _whole_name(span: Span, syntax=None) -> bool:
    """The span is a name by itself: not the tail of "Taco Bell" or "Moore's Ford", nor the head
    of "Bell Atlantic"."""
    doc = span.doc
    before = doc[span.start - 1] if span.start else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is not None and (before.pos_ == "PROPN" or before.tag_ == "POS"):
        return False
    # "in Corsica Thursday": a date after the name does not lengthen it
    return (after is None or after.pos_ != "PROPN" or after.ent_type_ == "DATE") and (syntax or _place_syntax)(span[-1])


def _mostly_located(doc: Doc, text: str) -> bool:
    """Most of the doc's mentions of the name stand where a place stands: one "over Bell" in a story
    that has Bell run, struggle and fall is a parse, not a place."""
    first = text.split()[0]
    heads = [doc[t.i + len(text.split()) - 1] for t in doc if t.text == first
             and doc[t.i:t.i + len(text.split())].text == text]
    return 2 * sum(_place_syntax(h) for h in heads) >= len(heads)


def name_runs(doc: Doc) -> list[Span]:
    """The runs of capitalised proper nouns the model left untagged, each as one span."""
    # Kept on the doc: several passes ask, twice per article, and the parse is final by then.
    if "conflictatlas.name_runs" not in doc.user_data:
        bare = [_bare_name(t) for t in doc] + [False]
        doc.user_data["conflictatlas.name_runs"] = [(i, next(j for j in range(i, len(bare)) if not bare[j]))
                                                    for i in range(len(doc)) if bare[i] and (i == 0 or not bare[i - 1])]
    return [doc[a:b] for a, b in doc.user_data["conflictatlas.name_runs"]]


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


def _adjective_names(doc: Doc) -> list[Span]:
    """A capitalised name the tagger took for an adjective, inside a sentence, on a place or war
    noun ("the eastern Homs neighbourhoods"): weak syntax, so only a big city by its own name counts."""
    from .recognize import demonym_country  # recognize imports this module's passes

    return [doc[t.i:t.i + 1] for t in doc
            if t.tag_ == "JJ" and t.ent_type_ == "" and t.text[:1].isupper() and not t.is_sent_start
            and t.dep_ in ("amod", "compound") and demonym_country(t.text) is None]


def _bare_name(tok) -> bool:
    return tok.ent_type_ == "" and tok.pos_ == "PROPN" and tok.text[0].isupper()


# What each name of a list is: "X County" for counties, a first-level division for provinces.
_PLURAL_DIVISIONS = table("plural_divisions")
PLURAL_DIVISIONS_SINGULAR = words("plural_divisions_singular")


def county_lists(doc: Doc, art: Reading, found: list[Toponym]) -> list[Toponym]:
    """Each name of a list of counties or provinces: "Adams, Brown and Clark counties" names
    Jackson County; "Manicaland and Masvingo provinces" names Masvingo province, not its town."""
    out, tagged, base, context = [], taken(found), art.base, art.context
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
