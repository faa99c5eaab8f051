"""Which words of a noun phrase name the actor: what a quantity, a membership or a spokesman is
looked through to ("scores of militants", "a spokesman for Hamas"), the group armed men are "of",
the sponsor written before a side, the state a people lives in, and a site named only by its town.
Split from actors.py, which resolves the token these choose."""

from __future__ import annotations

from spacy.tokens import Token

from ..records import Actor
from .lexicon import ActorDictionary, ActorEntry, actors, vocabulary
from .lexicon import triggers as lexicon_triggers
from .names import match_names, office_title, toponym_at
from .phrases import clean_text


def to_actor(entry: ActorEntry, text: str) -> Actor:
    return Actor(text=text, name=entry.name, country=entry.country, type=entry.type, parent=entry.parent)


def residence(head: Token, d: ActorDictionary) -> ActorEntry | None:
    """The state a group lives in: "Albanians in southern Serbia", "opposition parties in Malawi"."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "of", "from", "inside"):
            words = list(prep.subtree)
            # the place's own name before a word on it ("in Greek-dominated southern Cyprus": Cyprus)
            states = sorted(((not any(words[i].dep_ == "pobj" for i in range(a, b)), e)
                             for a, b, e in match_names(words, d) if e.is_state), key=lambda x: x[0])
            if states:
                return states[0][1]
    return None


# Who speaks for a body ("a spokesman for the Kenyan police"): the body acts.
_SPEAKING_FOR = {"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople"}
_COMMANDING = {"commander", "commanders", "leader", "leaders", "command", "leadership"}


# Who follows a leader: of a party they act for it, of a person they are not that person
_FOLLOWING = {"supporter", "ally", "follower", "loyalist"}


# Who leads a group, by the noun set beside a person's name ("X, a senior commander of the Front")
_LEADING = frozenset({"leader", "commander", "founder", "chief"})


_REPRESENTING = {"representative", "representatives", "delegation", "envoy", "member", "members"}


def look_through(head: Token, d: ActorDictionary | None = None) -> Token:
    d = d or actors()
    if head.lower_ in _SPEAKING_FOR and not any(c.dep_ in ("compound", "amod") and c.lower_ in d.roles
                                                for c in head.children):  # "a police spokesman for the region"
        body = next((o for p in head.children if p.dep_ == "prep" and p.lower_ == "for"
                     for o in p.children if o.dep_ == "pobj"), None)
        head = body if body is not None else head
    if head.lower_ in _SPEAKING_FOR | _COMMANDING | {"office"}:
        # "its spokesman", "the militia's spokesman", "the army's commander", "the governor's office":
        # the body whose he is acts (a person's spokeswoman, "his commander", speaks or leads for no
        # body named; an office is an office-holder's only: "the newspaper's office" is a building)
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if owner is not None and owner.lower_ not in ("his", "her", "my", "your", "our") and owner.ent_type_ != "PERSON" \
                and (head.lower_ != "office" or d.roles.get(owner.lower_) == "government"):
            head = owner
    for _ in range(4):
        # (any number is a partitive: "20 of the assailants", as the words listed are "two of the gunmen")
        if head.lower_ not in d.look_through and head.lemma_.lower() not in d.look_through and not head.like_num:
            break
        # (who speak for a body come "from" it as well: "representatives from the union")
        of = next((c for c in head.children if c.dep_ == "prep" and (
            c.lower_ == "of" or (c.lower_ == "from" and head.lower_ in _REPRESENTING))), None)
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if pobj is None or (head.lemma_.lower() in _FOLLOWING and pobj.ent_type_ == "PERSON"):
            break  # "supporters of ousted President X" are a crowd of their own, not X
        head = pobj
    return head


def placed_site(head: Token) -> bool:
    """A home, a shop or a hotel named by the town it is in, and an act named by the town it happened
    in ("the Dayton shooting", "a Kabul bombing"): its modifiers are all place names below a country
    (a country's name on an act is its doer: "Israel strikes")."""
    words = [c for c in head.children if c.dep_ == "compound" and c.i < head.i]
    names = [c for c in words if c.ent_type_ in ("GPE", "LOC") or toponym_at(c) is not None]
    # (the kind of site may come between: "a Mogadishu tea shop", "the Kabul bus station")
    kinds = [c for c in words if c not in names]
    if head.pos_ not in ("NOUN", "PROPN") or not names or any(c.pos_ == "PROPN" or c.text[:1].isupper() for c in kinds):
        return False
    if head.lemma_.lower() in vocabulary()["civilian_sites"]:
        return True  # (also by its proper name: "Dhaka University" is no state)
    if head.pos_ == "PROPN":
        return False
    return head.lemma_.lower() in lexicon_triggers().get("nouns", {}) and not any(
        (place := toponym_at(c)) is None or place.precision in ("country", "region") for c in names)


def named_for_someone(tok: Token) -> bool:
    """`tok` is a word of a building's or a site's proper name that honours an office-holder ("the
    Queen Elizabeth II Centre", "King Fahd Hospital"): the name says where, and the titled person
    is no side of what happens there."""
    from ..geo.candidates import FACILITY_WORDS

    head = tok
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    if head is tok or head.pos_ != "PROPN" or head.lower_ not in FACILITY_WORDS:
        return False
    name = [c for c in head.subtree if c.dep_ == "compound" and c.i < head.i]
    return any(office_title(c) and c.i + 1 < head.i and c.doc[c.i + 1].pos_ == "PROPN" for c in name)


# Those who act for a body they belong to: "activists of the Chhatra League", "members of Hamas".
_MEMBERS = {"member", "activist", "supporter", "cadre"}


def member_of_group(head: Token, d: ActorDictionary, also: frozenset[str] = frozenset()) -> Actor | None:
    """"rebels of the Lord's Resistance Army", "gunmen from the Taliban", "activists of the ruling
    party's student wing, the X League": armed men or members of a group the dictionary names, or of
    a body named in full, are that group (not what an aside in brackets calls it); of or from a
    country ("fighters from Chechnya") they are not its state."""
    if head.lower_ not in d.generic_armed and head.lemma_.lower() not in d.generic_armed | _MEMBERS | also:
        return None
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "from")):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            aside = {x.i for a in pobj.subtree if a.dep_ in ("appos", "parataxis") for x in a.subtree}
            words = [x for x in pobj.subtree if x.i not in aside]
            found = match_names(words, d)
            entry = next((e for _, _, e in found if not e.is_state), None)
            if entry is not None:
                return to_actor(entry, clean_text(words))
            # (a hyphenated name the recogniser cuts short, "Tehrik-e-X", is the whole proper phrase)
            if pobj.pos_ != "PROPN" or not any(w.ent_type_ == "ORG" for w in words):
                continue
            start = pobj.i
            while start > 0 and (pobj.doc[start - 1].text == "-" or pobj.doc[start - 1].pos_ == "PROPN" and
                                 pobj.doc[start].text == "-"):
                start -= 1
            name = next((e for e in pobj.doc.ents if e.start <= start and pobj.i < e.end), pobj.doc[start:pobj.i + 1])
            if all(b - a < len(name) for a, b, _ in found):
                # a group the dictionary lacks, by its full name ("rebels of the West Papua National
                # Liberation Army", "activists of the Bangladesh Chhatra League"): that group, not an
                # unidentified one, nor the state a word of its name is
                return Actor(text=clean_text(words), name=clean_text(list(name)),
                             type=d.roles.get(head.lower_) or d.roles.get(head.lemma_.lower()))
    return None


def affiliation(head: Token, d: ActorDictionary) -> Actor | None:
    """"Tom Ray, a senior member of the X Front": a person named with the group they belong to, in
    apposition, is that group, as "members of the X Front" are (ACLED codes a militant killed by
    the group, not as a civilian)."""
    if head.pos_ != "PROPN":
        return None
    titled = led_body(head, d)
    if titled is not None:
        return titled
    return next((member for a in head.children if a.dep_ == "appos" and a.pos_ == "NOUN"
                 for member in [member_of_group(a, d, _LEADING)] if member is not None), None)


# Titles of who heads or speaks for a party, a union or a movement, written before the name
_HEADING = {"leader", "chairman", "chairwoman", "chairperson", "chair", "president", "head", "secretary",
            "spokesman", "spokeswoman", "spokesperson", "founder", "general"}


def led_body(head: Token, d: ActorDictionary) -> Actor | None:
    """"KPU leader Ann Banda", "MDP chairman Tom Ray": a person titled as the head of a body the
    text names by an acronym the dictionary lacks acts for that body (a body it knows is named by
    the dictionary, as before; "Council President X" by a common word is the person)."""
    if head.ent_type_ != "PERSON":
        return None
    title = next((c for c in head.children if c.dep_ == "compound" and c.lower_ in _HEADING), None)
    # ("KPU secretary general X": the body may hang on the title's first word)
    body = next((c for c in title.subtree if c.i < title.i and c.dep_ in ("compound", "amod")
                 and c.pos_ == "PROPN" and c.text.isupper() and len(c.text) > 1),
                None) if title is not None else None
    if body is None:
        return None
    ent = next((e for e in body.doc.ents if e.start <= body.i < e.end), None)  # "Kenyan National Assembly"
    words = list(ent) if ent is not None else list(body.doc[body.left_edge.i:body.i + 1])
    if match_names(words, d) or any(w.ent_type_ in ("GPE", "NORP") for w in words):
        return None  # a body the dictionary knows, or a state's, is named as before
    return Actor(text=body.text, name=body.text, type=None)


def other_side(head: Token) -> range | None:
    """Where, in the doc's characters, the act's other side is told: the victim of the act whose
    doer `head` names ("X, a leader of the Front, was shot by gunmen"; "gunmen killed X, a leader
    of the Front"). A group named there is not whose unnamed gunmen they are."""
    verb = head.head.head if head.dep_ == "pobj" and head.head.dep_ == "agent" else head.head if head.dep_ == "nsubj" else None
    side = next((c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")), None) if verb is not None else None
    if side is None or side.i == head.i:
        return None
    return range(side.left_edge.idx, side.right_edge.idx + len(side.right_edge))


# "Turkish-backed rebels", "Iran-allied militias": a name before these names a sponsor, not the actor
_SPONSORING = {"backed", "supported", "sponsored", "allied", "funded", "trained", "armed"}


# "the al-Qaeda-linked Group for the Support of Islam and Muslims (JNIM)": an affiliation written
# before a body's own name; on a common noun ("al-Qaeda-linked militants") it is all the name there is
_AFFILIATED = {"linked", "affiliated", "aligned"}


def after_sponsor(phrase: list[Token]) -> list[Token]:
    """The phrase without the sponsor written before it ("Turkish-backed rebels": the rebels), or the
    affiliation before a body's own name ("the al-Qaeda-linked Group for ... (JNIM)": the group)."""
    cut = next((i for i in range(len(phrase) - 1, 0, -1)
                if (phrase[i].lower_ in _SPONSORING or phrase[i].lower_ in _AFFILIATED and phrase[-1].pos_ == "PROPN")
                and phrase[i - 1].text == "-" and i + 1 < len(phrase)), None)
    return phrase[cut + 1:] if cut is not None else phrase


def own_acronym(head: Token) -> Token | None:
    """The acronym a body's name is given in brackets after it ("... Muslims (JNIM)")."""
    return next((c for c in head.subtree if c.dep_ == "appos" and c.i > head.i and c.text.isupper() and c.is_alpha
                 and head.doc[c.i - 1].text == "("), None)


# Words of what armed men are, not whose ("Jihadi fighters", "Islamist militants"); on "the group"
# ("the armed group") they leave it the group told before
KIND_WORDS = {"armed", "jihadi", "jihadist", "islamist", "militant", "rebel", "insurgent", "separatist", "extremist",
              "tribal"}


def the_group(head: Token) -> bool:
    """"The group", "this armed group": a body the article named before, referred to again; not a
    group said by its kind, its name or its members ("a rights group", "the group of men")."""
    return head.lower_ == "group" and head.pos_ == "NOUN" \
        and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in head.children) \
        and all(c.dep_ in ("det", "punct", "case") or (c.dep_ == "amod" and c.lower_ in KIND_WORDS) for c in head.children)


def home_of(head: Token, d) -> str | None:
    """The country (ISO3) the phrase's residence words put someone in, if any."""
    home = residence(head, d)
    return home.country if home else None


# Bodies of civil society a state's adjective or a city's "-based" may qualify ("a German rescue
# charity", "a Nairobi-based rights group", "the Moroccan League for Citizens' Rights"): not the state.
_CIVIC_BODIES = {"charity", "league", "ngo", "watchdog", "observatory", "foundation", "platform", "society",
                 "monitor", "institute", "trust", "association", "guild", "confederation"}


def civic_body(head: Token, phrase: list[Token], text: str) -> Actor | None:
    """The civic body a phrase names though a state's word qualifies it, by its own name where the
    phrase gives one ("the Italian rescue charity Mare-Libero": Mare-Libero)."""
    kinds = [t for t in phrase if t.i <= head.i and (t.lemma_.lower() in _CIVIC_BODIES or (
        t.lemma_.lower() in ("group", "organisation", "organization") and any(w.lower_ == "rights" for w in phrase)))]
    if not kinds:
        return None
    after = [t for t in phrase if t.i > kinds[-1].i and t.pos_ == "PROPN"]
    # a kind word capitalised is a word of the name itself ("the Christian Association of Nigeria")
    name = text if kinds[-1].pos_ == "PROPN" else head.doc[after[0].i:after[-1].i + 1].text if after else None
    return Actor(text=text, name=name, country=None, type=None)


def sentence_state(head: Token, d: ActorDictionary) -> ActorEntry | None:
    """The first state the head's sentence names."""
    return next((e for _, _, e in match_names(list(head.sent), d) if e.is_state), None)


def state_body(head: Token, role: str | None, text: str, d: ActorDictionary) -> Actor | None:
    """A state's body called by its own word, capitalised ("Parliament", "the Senate", British
    usage's "the Government"): the government of the state the sentence names, not an office-holder
    the article has not named."""
    bodies = vocabulary()["deliberative_bodies"] | {"government", "administration"}
    if role != "government" or head.pos_ != "PROPN" or head.lemma_.lower() not in bodies:
        return None
    state = sentence_state(head, d)
    return Actor(text=text, name=None, type="government", country=state.country if state else None)
