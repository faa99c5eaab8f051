"""What the toponym passes share: the Toponym record and the Span extensions it is written to, what
every pass reads about the article (`Reading`), the syntax that marks a name as a place ("in
Al-Dawr", "the city of Azaz"), the "X, Y" hierarchy, and the names an article gives people.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..records import Place
from . import gazetteer, thresholds
from . import resolve as georesolve
from .words import table, words

TOPONYM_LABELS = words("toponym_labels")
LOCATIVE = words("locative")
PLACE_NOUNS = words("place_nouns")
WAR_NOUNS = words("war_nouns")
BEARINGS = words("bearings")
TAKEN = words("taken")
DISEASE_WORDS = words("disease_words")
DISEASE_NAMES = words("disease_names")
GENERIC_NAME_WORDS = words("generic_name_words")
FEATURE_WORDS = words("feature_words")
STREET_WORDS = words("street_words")
ROAD_WORDS = words("road_words")

# The Span group and extensions the recogniser writes (geo.recognize): doc.spans["toponyms"], and on
# each span its place, whether the text says where it is ("Dublin, Ohio"), and whether the model or
# a locative preposition marks it as a place name.
SPAN_GROUP = "toponyms"
for _name, _default in (("place", None), ("placed_by_text", False), ("named", True)):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=_default)
if not Doc.has_extension("geo_reading"):
    Doc.set_extension("geo_reading", default=None)


@dataclass
class Toponym:
    start: int  # token indices in the doc
    end: int
    place: Place
    placed_by_text: bool = False  # the text says where it is: "Dublin, Ohio"
    named: bool = True  # the model or a locative preposition marks it as a place name


@dataclass(frozen=True)
class Reading:
    """What the passes know of the article a paragraph belongs to: the paragraph's character offset
    in it, its place context (geo.resolve.article_context), and the names it gives people."""
    base: int = 0
    context: set[str] = field(default_factory=set)
    persons: frozenset[str] = frozenset()
    given: frozenset[str] = frozenset()


def taken(found) -> set[int]:
    """The tokens the toponyms found so far cover: a later pass reads none of them again."""
    return {i for t in found for i in range(t.start, t.end)}


def write_spans(doc: Doc, tops: list[Toponym]) -> None:
    """The toponyms as doc.spans["toponyms"], each span carrying its place."""
    spans = []
    for t in tops:
        span = doc[t.start:t.end]
        span._.place, span._.placed_by_text, span._.named = t.place, t.placed_by_text, t.named
        spans.append(span)
    doc.spans[SPAN_GROUP] = spans


def read_spans(doc: Doc) -> list[Toponym]:
    """The toponyms a recogniser wrote to the doc, in its order."""
    return [Toponym(s.start, s.end, s._.place, s._.placed_by_text, s._.named)
            for s in doc.spans.get(SPAN_GROUP, [])]


# Nouns of routes, named by where they run ("the road to X") or by their two ends ("the X-Y highway")
ROUTES = {"road", "highway", "motorway", "route", "expressway", "freeway", "railway", "corridor", "pipeline"}
_RUNNING = {"lead", "link", "connect", "run", "head"}


def a_roads_end(tok: Token) -> bool:
    """Where a road runs to, which the text names as a place ("the highway leading to Urfa", "on
    the road to Kandahar"), as a locative preposition would."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "to":
        return False
    road = tok.head.head
    if road.lemma_.lower() in _RUNNING:
        # (the participle right after its road, whatever noun the parse hung it on)
        return road.head.lemma_.lower() in ROUTES or (road.i > 0 and tok.doc[road.i - 1].lemma_.lower() in ROUTES)
    return road.lemma_.lower() in ROUTES


_CONTESTS = {"battle", "fight", "fighting", "struggle"}


def located(head: Token) -> bool:
    """Syntax marks a name (by its last token) as a location: object of a locative preposition ("in
    Al-Dawr"), or the name of a place noun ("the San Carlos municipality", "Tadif town", "the
    regional capital, Grozny", "the neighbourhood of Al-Bayaa", "Tadif, a small town")."""
    if head.dep_ == "pobj" and (head.head.lower_ in LOCATIVE or head.head.lower_ == "for" and
                                head.head.head.lemma_.lower() in _CONTESTS):
        return True  # "in Al-Dawr"; "the battle for Homs": the ground fought over
    if head.dep_ in ("compound", "appos") and is_place_noun(head.head):
        return True
    if any(c.dep_ == "appos" and c.i > head.i and is_place_noun(c) and any(d.dep_ == "det" for d in c.children)
           for c in head.children):
        return True  # a noun phrase set beside the name says what it is ("KY 80 west" says no such thing)
    return head.dep_ == "pobj" and head.head.lower_ == "of" and is_place_noun(head.head.head)


def of_person(head: Token) -> bool:
    """"John Doe, 31, of Springfield": a person's home town (or street)."""
    if not (head.dep_ == "pobj" and head.head.lower_ in ("from", "of")):
        return False
    owner = head.head.head
    if owner.lemma_.lower() == "block" and owner.dep_ == "pobj" and owner.head.lower_ in ("from", "of"):
        owner = owner.head.head  # "Tom Frye, 20, of the 900 block of Elm Road": the address he lives at
    # A number standing alone there is the person's age ("Doe, 31, of"); one inside the owner's
    # phrase is not ("Route 9, two miles from Dover").
    return owner.ent_type_ == "PERSON" or owner.pos_ == "NUM" \
        or owner.lemma_.lower() in ("man", "woman", "resident", "native", "boy", "girl", "teen", "teenager")


_RESIDENTS = {"man", "woman", "resident", "native", "boy", "girl", "teen", "teenager", "couple", "mother", "father",
              "family", "student", "driver", "youth"}
JURISDICTIONS = {"police", "sheriff", "officer", "deputy", "detective", "trooper", "authority", "prosecutor"}


def of_resident(head: Token) -> bool:
    """"a Toledo woman", "the Berea man": where a person lives, said as a modifier of the person."""
    return head.dep_ in ("compound", "amod", "nmod") and head.head.lemma_.lower() in _RESIDENTS


_FORCE_NOUNS = words("force_nouns")


def of_force(head: Token) -> bool:
    """"a U.S. aircraft bombed a house", "U.S. troops", "a U.S. gunship": a country's name
    on a force or a weapon says whose it is, not where it acted (a Kabul hotel is in Kabul, but a
    U.S. gunship over Kunduz is not in the United States); nor does the country a force is "from"
    ("peacekeepers from Nepal", "troops from Kenya and Uganda")."""
    origin = head
    while origin.dep_ == "conj" and origin.head.i != origin.i:
        origin = origin.head
    if origin.dep_ == "pobj" and origin.head.lower_ == "from" and origin.head.head.lemma_.lower() in _FORCE_NOUNS:
        return True
    node = head
    for _ in range(3):  # through a compound's parts: "U.S.-backed militia jets", "U.S." -> "backed" -> "jets"
        if node.dep_ not in ("compound", "amod", "nmod", "npadvmod", "poss") or node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in _FORCE_NOUNS or (node.lemma_.lower() in ("strike", "raid") and any(
                c.lower_ in ("air", "drone", "missile", "naval") for c in node.children)):
            return True  # (so are "U.S. air strikes", "Israeli drone strikes"; a "French strike" may be a walkout in France)
    return False


_BACKING = frozenset({"back", "led", "lead", "support", "sponsor", "fund", "finance", "arm", "train"})


def a_backer(tok: Token) -> bool:
    """A state named as a force's backer or leader: "US-backed fighters", "a Saudi-led coalition",
    "rebels supported by Turkey". It backs a side in another country's war as often as not."""
    backing = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "by" else tok.head if tok.dep_ in (
        "npadvmod", "compound", "amod") else None
    return backing is not None and backing.i != tok.i and backing.lemma_.lower() in _BACKING


def of_jurisdiction(head: Token) -> bool:
    """"Columbus police", "the Knox County sheriff": whose officers act, which is where they act."""
    return head.dep_ in ("compound", "amod", "nmod", "poss") and head.head.lemma_.lower() in JURISDICTIONS


_DEMANDING = words("demand_verbs")


def in_a_demand(head: Token, trigger: Token) -> bool:
    """A place inside what another verb of the sentence asks for ("marched ..., calling for a
    ceasefire in Gaza"): the demand's subject, not where the act was."""
    node = head
    for _ in range(8):
        if node.i == trigger.i or node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in _DEMANDING and node.pos_ == "VERB" and node.i != trigger.i \
                and not node.is_ancestor(trigger):
            return True
    return False


# Verbs that charge someone with an act ("accused Kyiv of shelling X", "blamed them for the attack in Y")
_ALLEGING = {"accuse", "blame", "charge", "suspect", "criticise", "criticize", "condemn"}


def alleged(head: Token, trigger: Token) -> bool:
    """A place inside what an accusation charges ("accused the party of copying the methods of
    Moscow"): the charge's subject, not where it was made (codebook 4: words are where they are said)."""
    if trigger.lemma_.lower() not in _ALLEGING:
        return False
    # (the parser may hang the charge on the accused: "accused [the party of copying ...]")
    accused = {trigger.i} | {c.i for c in trigger.children if c.dep_ == "dobj"}
    node = head
    for _ in range(10):
        if node.head.i == node.i or node.i == trigger.i:
            return False
        if node.head.i in accused and node.dep_ == "prep" and node.lower_ in ("of", "for"):
            return True
        node = node.head
    return False


def is_place_noun(tok: Token) -> bool:
    # The small model lemmatises "outskirts" to "outskirt" and sometimes leaves plurals alone.
    return tok.lemma_.lower() in PLACE_NOUNS or tok.lower_ in PLACE_NOUNS


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


def possessive_container(doc: Doc, start: int, context=None):
    """The division or country a toponym is put in by a possessive before it: "Ohio's Lebanon",
    "Nigeria's Borno state", "Laclede County's quiet Lebanon" (a plain adjective between)."""
    pos = start - 1
    while pos > 0 and doc[pos].tag_ == "JJ" and doc[pos].is_lower:
        pos -= 1
    if pos < 1 or doc[pos].tag_ != "POS":
        return None
    for width in (3, 2, 1):
        span = doc[max(0, pos - width):pos]
        if len(span) == width and all(t.pos_ == "PROPN" for t in span):
            entry = georesolve.container(span.text)
            if entry is None and context is not None and span[-1].lower_ in _SECOND_LEVEL_NOUNS:
                # "Wilson County's Lebanon": a county, of the state the article is in where
                # several bear the name, holds the town as its state would
                entry = georesolve.choose([c for c in georesolve.candidates(span.text) if c.kind == "admin2"],
                                          context, span.text)
            if entry is not None:
                return entry
    return None


# Nouns that name a second-level division first ("X County", "X District"): the division_nouns table's.
_SECOND_LEVEL_NOUNS = frozenset(noun for noun, kinds in table("division_nouns").items() if kinds[0] == "admin2")


def written_container(doc: Doc, start: int, end: int, context=None):
    """The place the words around a toponym put it in: after it, a possessive or a people's adjective."""
    return hierarchy(doc, end) or possessive_container(doc, start, context) or demonym_container(doc, start)


def demonym_container(doc: Doc, start: int):
    """The country a people's adjective right before a toponym puts it in: "Iraqi Kurdistan",
    "Syrian Kurdistan", "Indian Kashmir", as "Iraq's Kurdistan" does."""
    if start < 1:
        return None
    adj = doc[start - 1]
    if adj.ent_type_ != "NORP" or adj.dep_ not in ("amod", "compound") or not doc[start].is_title:
        return None
    from .recognize import demonym_country  # recognize imports this module

    return demonym_country(adj.text)


def surnames(docs) -> set[str]:
    """Last names of the people an article names in full: "Darren Ripley" makes "coach Ripley" a
    person, whatever NER says of the later mention."""
    return {e[-1].text for d in docs for e in d.ents if e.label_ == "PERSON" and len(e) > 1}


def a_surname(text: str, context) -> bool:
    """A full name's last word said alone is the person ("Council member Dana Brandenburg ...
    Brandenburg thanked volunteers"), unless it is a state or first-level division the article is in
    on the strength of its other names (a "Jordan" in a story on Amman may be either)."""
    own = georesolve.container(text)
    return own is None or own.country is None or not context.by_others(own.country, gazetteer.norm(text))


def given_names(docs) -> set[str]:
    """First names of the people an article names in full: "Chad Smith" makes a later "Chad said" a
    person, not the country, even where the model tags it so."""
    return {e[0].text for d in docs for e in d.ents if e.label_ == "PERSON" and len(e) > 1}


def names_disease(doc: Doc, start: int, end: int) -> bool:
    """A place a disease is named after names the disease: "West Nile virus", "Ebola"."""
    if doc[start:end].text.lower() in DISEASE_NAMES:
        return True
    return end < len(doc) and doc[end].lower_ in DISEASE_WORDS


# Last words of a name that lies in what its "of" names ("the Bacha district of Kunduz province", "the
# Kajuru Local Government Area of Kaduna State", "the Riyom LGA of Plateau")
_CONTAINED = set(words("settlement_nouns")) | set(words("named_place_nouns")) | {"lga"}


def heads_longer_name(doc: Doc, end: int) -> bool:
    """Whether the name ending before token `end` is the head of an "X of Y" name ("the Cape of
    Good Hope", "the Group of Twenty", "the Bank of Commerce"): "of" then a capitalised word or a
    number. Such a head is a word of the longer name, not a place of its own."""
    if end + 1 >= len(doc) or doc[end].lower_ != "of" or doc[end - 1].lower_ in _CONTAINED:
        return False  # (a district's or an area's "of" names what it lies in: "the X district of Y province")
    nxt = doc[end + 1] if doc[end + 1].lower_ != "the" or end + 2 >= len(doc) else doc[end + 2]
    return nxt.text[:1].isupper() or nxt.like_num


_NAME_JOINERS = {"of", "the", "and", "for", "&", "de"}


def initials_of_a_name(doc: Doc, start: int, end: int) -> bool:
    """A capitalised abbreviation in brackets right after a name is that name's initials ("the
    Border Security Force (BSF)", "Tehrik-e-Taliban Pakistan (TTP)"), not a place it may spell."""
    text = doc[start:end].text
    if end - start != 1 or not (text.isupper() and 2 <= len(text) <= 6) or start < 2 or end >= len(doc) \
            or doc[start - 1].text != "(" or doc[end].text != ")":
        return False
    words = []
    for w in reversed(doc[max(0, start - 10):start - 1]):
        if w.lower_ in _NAME_JOINERS and words:
            continue
        if not w.text[:1].isupper():
            break
        words.append(w)
    initials = "".join(w.text[0] for w in reversed(words))
    return len(initials) >= len(text) and initials.endswith(text)


# Nouns of a place where people live that a name is the name of ("the town of X", "X district").
SETTLEMENTS = {"town", "city", "village", "hamlet", "district", "province", "region", "county", "municipality", "state"}
_NEAR_WORDS = {"nearby", "neighbouring", "neighboring", "adjacent"}


def said_near(doc: Doc, i: int) -> bool:
    """The word before the name says it is near the story's place ("in nearby Malvern"), or the
    place noun it names does ("the nearby town of Mocimboa", "the neighbouring village of X")."""
    if i > 0 and doc[i - 1].lower_ in _NEAR_WORDS:
        return True
    noun = doc[i - 2] if i > 1 and doc[i - 1].lower_ == "of" else None
    return noun is not None and noun.lower_ in SETTLEMENTS \
        and any(c.dep_ == "amod" and c.lower_ in _NEAR_WORDS for c in noun.children)


def another_name_of_a_village(place: Place, text: str, context: set[str]) -> bool:
    """A name before a local noun that is only another name of a small place outside the article's
    countries: a hospital, a church or a school named for a virtue or a saint ("Mercy Hospital") far
    more often than for a village abroad that GeoNames also calls so."""
    if place.country in context or gazetteer.norm(place.name or "") == gazetteer.norm(text):
        return False
    entry = next((e for e in gazetteer.lookup(text) if e.geonameid == place.geonameid), None)
    return entry is not None and entry.kind == "city" and entry.population < thresholds.SMALL_PLACE_POPULATION
