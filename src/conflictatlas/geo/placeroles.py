"""What a toponym says about an act in its sentence, beyond where it is: a place that only modifies
a noun, someone's origin or a target ("U.S. strikes", "a driver from Abidjan"), the other act of a
comparison ("the worst since ... in Waco"), the seat of the report's source ("according to
officials in Bamako"), or a reference point for another place ("south of Baghdad"). Split from
eventplace.py, whose choice these predicates filter."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from . import gazetteer
from .toponym import BEARINGS, PLACE_NOUNS, ROUTES, WAR_NOUNS, Toponym
from .words import words


def _locates(t: Toponym, doc: Doc) -> bool:
    """A toponym locates an event unless it only modifies a non-place noun ("U.S. strikes"), names
    someone's origin ("a driver from Abidjan"), a target ("protested against ... Libya"), a side
    ("the border crossing with Turkey"), or sits in an attribution ("according to Los Angeles
    station KCAL")."""
    head = doc[t.end - 1]
    if head.dep_ in ("compound", "amod", "nmod", "poss") and head.head.lemma_.lower() not in PLACE_NOUNS | WAR_NOUNS \
            and not _town_on_act(t, head):
        return False
    if border_side(t, doc):
        return False
    if route_end(t, doc):
        return False  # "near the Nairobi-Mombasa highway": the road runs between them, the act is on it
    if head.dep_ == "pobj" and head.head.lower_ in ("from", "against") and head.head.head.pos_ in ("NOUN", "PROPN"):
        return False
    if origin(t, doc):
        return False
    if head.dep_ == "pobj" and head.head.lower_ in ("against", "with"):
        return False  # "protested against Libya"; "the crossing with Turkey", "talks with Israel": a side
    if any(a.lower_ == "according" for a in head.ancestors):
        return False
    return head.dep_ not in ("nsubj", "nsubjpass") or head.head.lemma_ in ("be",)


def _town_on_act(t: Toponym, head) -> bool:
    """"Two wounded in Salem shooting", "killed in Narathiwat bomb": a town's name on the act's
    noun says where it was; a state's ("U.S. strikes") says whose."""
    from ..nlp.lexicon import triggers, vocabulary

    noun = head.head.lemma_.lower()
    return head.dep_ == "compound" and t.place.precision not in ("country", "admin1", "region") \
        and (noun in triggers().get("nouns", {}) or noun in vocabulary()["explosives"])


_ORIGIN_VERBS = {"come", "hail", "originate", "emigrate", "migrate", "travel", "arrive", "be"}  # "the men were from Sindh"


def border_side(t: Toponym, doc: Doc) -> bool:
    """"Fled toward the Laos border": a country naming a border is the other side of it, not
    where an act on the border was (on whichever side; the story says which)."""
    head = doc[t.end - 1]
    # so is one the border is "with" ("along the border with Chad") or a place "borders" ("a district bordering Pakistan")
    beyond = (head.dep_ == "pobj" and head.head.lower_ == "with" and head.head.i > 0  # (the model may hang "with" on the verb)
              and {head.head.head.lemma_.lower(), doc[head.head.i - 1].lemma_.lower()} & {"border", "frontier"}) \
        or (head.dep_ == "dobj" and head.head.lemma_.lower() == "border")
    return (beyond or head.dep_ in ("compound", "amod", "nmod") and head.head.lemma_.lower() in ("border", "frontier")) \
        and t.place.precision == "country"


def origin(t: Toponym, doc: Doc) -> bool:
    """Where someone set out from ("said they came from Somalia, Eritrea and Afghanistan", "troops
    arrived from Kabul"): no place of an act told with it."""
    head = doc[t.end - 1]
    if any(c.dep_ in ("relcl", "acl") for c in head.children):
        return False  # "arrived from Djugu, where armed men attacked his village": the clause's act is there
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head  # each name of a list hangs on the first
    return head.dep_ == "pobj" and head.head.lower_ == "from" and head.head.head.lemma_.lower() in _ORIGIN_VERBS


def route_end(t: Toponym, doc: Doc) -> bool:
    """One end of a route named by its two ends ("the Nairobi-Mombasa highway", "the Kabul-Jalalabad
    road"): no place of an act on it."""
    before = doc[t.start - 1] if t.start > 0 else None
    after = doc[t.end] if t.end < len(doc) else None
    joined = (after is not None and after.text in ("-", "–")) or (before is not None and before.text in ("-", "–")) \
        or any(x.text in ("-", "–") for x in doc[t.start:t.end])
    if not joined:
        return False
    node = doc[t.end - 1]
    for _ in range(3):
        if node.lemma_.lower() in ROUTES:
            return True
        if node.head.i == node.i:
            break
        node = node.head
    return False


_COMPARING = {"since", "than", "unlike", "like"}


def compared(t: Toponym, doc: Doc, trigger: Token) -> bool:
    """A place in a clause that compares the act with another or dates it from another ("the worst
    loss since four agents died in Waco", "more than in Kabul"), a clause that does not hold the
    act: the other act's place."""
    node = doc[t.end - 1]
    while node.i != trigger.i:
        if (node.lower_ in _COMPARING and node.dep_ == "prep") or any(
                c.dep_ == "mark" and c.lower_ in _COMPARING for c in node.children):
            # The act is not in this clause, or hangs on it as a clause of its own (the parser
            # sometimes makes the "since" clause the root and the act its complement).
            below = next((a for a in [trigger, *trigger.ancestors] if a.head.i == node.i and a.i != node.i), None)
            return below is None or below.dep_ in ("ccomp", "parataxis", "advcl", "conj", "xcomp")
        if node.head.i == node.i:
            break
        node = node.head
    return False


def besides(prep: Token) -> bool:
    """"Besides", "in addition to", "apart from", "on top of": what the phrase names is one thing
    more beside what the sentence tells, not part of it."""
    before = prep.doc[prep.i - 1].lower_ if prep.i > 0 else ""  # (the parser hangs "apart" beside "from")
    return prep.dep_ == "prep" and (prep.lower_ == "besides" or (prep.lower_, before) in (
        ("to", "addition"), ("from", "apart"), ("from", "aside"), ("of", "top")))


def beside_the_act(t: Toponym, doc: Doc, act: Token) -> bool:
    """The name is in such a phrase, and the act is not ("in addition to the airstrikes on X, troops
    shelled Y": X is the airstrikes' place, not the shelling's)."""
    return any(besides(p) and act not in p.subtree for p in doc[t.end - 1].ancestors)


def sourced(t: Toponym, doc: Doc) -> bool:
    """A place in the phrase that names the report's source ("according to a statement from the
    ministry in Bamako", "according to media sources in Mopti"): where the source is, not the
    act (codebook 4; the source is never the actor either)."""
    node = doc[t.end - 1]
    for _ in range(8):
        if node.lower_ == "according" and node.dep_ == "prep":
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


_STANDS_OBJECT = set(words("demand_verbs")) | set(words("addressing_verbs")) | set(words("stance_objects"))


def _state_place(t: Toponym) -> bool:
    """A country, or its capital: the names the news gives a government by ("Moscow insisted")."""
    p = t.place
    if p.precision == "country":
        return True
    if p.geonameid is None or not p.country:
        return False
    seat = gazetteer.capital(p.country)
    return seat is not None and seat.geonameid == p.geonameid


def stands_for_state(t: Toponym, doc: Doc, physical: bool = True, act: Token | None = None) -> bool:
    """A country or its capital named as a government: one that acts ("Russia launched 300 drones",
    "Moscow insisted": the place of its own words, where the government sits, but of no act of force
    and of no other `act`), is spoken to ("urged Washington", "accused India and Pakistan", "called on
    Tehran") or dealt with ("sanctions on Moscow"): a side, not where anything was. For words (not
    `physical`), any country or capital they are "on", "over", "with" or "against" is their topic or
    their other side ("talks over Ukraine"); an act of force "on Kyiv" was there."""
    if not _state_place(t):
        return False
    head = doc[t.end - 1]
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    verb = head.head.lemma_.lower()
    if head.dep_ == "nsubj" and verb not in _UNDERGOING:
        # the subject of any other verb acts as its government ("Russia launched 300 drones",
        # "Moscow has massed troops"): where its words are, not its acts of force
        return physical if act is not None and act.i == head.head.i else True
    if act is not None and any(c.dep_ == "relcl" and c.i == act.i for c in head.children):
        return False  # "Washington, which imposed sanctions on ...": its own act
    if head.dep_ == "dobj" and verb in _STANDS_OBJECT:
        return True
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ not in ("on", "upon", "over", "against", "with"):
        return False
    return not physical or (prep.lower_ in ("on", "upon") and prep.head.lemma_.lower() in _STANDS_OBJECT | _PRESSURE)


_PRESSURE = {"pressure", "sanctions", "embargo", "call", "demand"}
# What a place is said to undergo ("Kabul fell", "Kyiv came under attack", "Ukraine saw its largest
# attack"): it is where, not who.
_UNDERGOING = {"be", "fall", "come", "see", "witness", "suffer", "endure", "experience", "record", "remain", "lie",
               "face", "shake", "burn", "wake"}


# Words said, the occasions they are said on, and those who say them: where they were said is where
# the speaker was. (Not an office or a headquarters: a sit-in or a bombing happens outside one.)
_SAYING = {"say", "tell", "announce", "state", "declare", "add", "issue", "release", "publish", "speak", "brief",
           "statement", "conference", "briefing", "interview", "speech", "communique", "communiqué", "address",
           "spokesman", "spokeswoman", "spokesperson"}


def spoken_at(t: Toponym, doc: Doc, act: Token | None = None) -> bool:
    """Where words were said ("a statement released in Gao", "told reporters in Abuja", "a news
    conference in Dakar"): the speaker's town, which says nothing of where the acts spoken of were;
    unless the words are said in the `act`'s own phrase ("rejected it in a statement issued in X")."""
    head = doc[t.end - 1]
    if act is not None and (head.i == act.i or any(a.i == act.i for a in head.ancestors)):
        return False
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ not in ("in", "at"):
        return False
    # after the words it places: "In Mosul, residents said troops fired" sets the whole report there
    return prep.head.lemma_.lower() in _SAYING and prep.i > prep.head.i


def describes(t: Toponym, doc: Doc) -> bool:
    """A place named in an apposition that says what another is ("Goma, the capital of North Kivu
    province"): the other's container, not a second place of the act."""
    head = doc[t.end - 1]
    while head.dep_ in ("conj", "compound", "poss") and head.head.i != head.i:
        head = head.head  # (also "the capital of Iraq's Kurdistan region")
    of = head.head
    return head.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in ("capital", "seat") \
        and of.head.dep_ == "appos"


def reference(t: Toponym, doc: Doc) -> bool:
    """A place named to say where another is: "Amara, south of Baghdad", "Sinjar town, some 100 km
    west of Mosul", "southwest of the city of Quetta". The event is at the other, if the sentence
    names one."""
    return bearing_of(t, doc) is not None


def bearing_of(t: Toponym, doc: Doc) -> Token | None:
    """The bearing word ("south") that makes `t` a reference point, if one does."""
    tok = doc[t.end - 1]
    while tok.dep_ == "pobj" and tok.head.lower_ == "of":
        up = tok.head.head
        if up.lower_ in BEARINGS:
            return up
        if up.lemma_.lower() not in PLACE_NOUNS or up.head.i == up.i:
            break
        tok = up
    return None


# A state's diplomatic missions, which are abroad: "the US embassy said" is no story in the US
MISSIONS = {"embassy", "consulate", "ambassador", "envoy", "legation", "consul"}


def mission_owner(tok: Token) -> bool:
    """A state named on its diplomatic mission ("the US consulate in Frankfurt", "the Kenyan embassy")."""
    return tok.dep_ in ("compound", "amod", "poss", "nmod") and tok.head.lemma_.lower() in MISSIONS


def flag_state(doc: Doc, end: int) -> bool:
    """"a Panama-flagged grain vessel", "a Liberian-registered tanker", "vessels flying the flags of
    Panama and Malta": where a ship is registered, not where it was hit."""
    name = doc[end - 1]
    while name.dep_ == "conj":
        name = name.head
    return any(t.lower_ in ("flagged", "registered") for t in doc[end:end + 2]) or (
        name.dep_ == "pobj" and name.head.lower_ == "of" and name.head.head.lemma_.lower() == "flag")
