"""Triggers that belong to another act of their sentence: its background ("after two days of
fighting"), its theme ("lifted the curfew"), its purpose ("marched to demand"), what came before it
("arrested after a state of siege was declared"), or the protest they are part of. Each predicate
takes the trigger token and the sentence's triggers keyed by token index."""

from __future__ import annotations

import calendar

from spacy.tokens import Token

from ..geo.placeroles import besides
from ..records import MATERIAL
from . import judicial
from .counts import WARS
from .lexicon import vocabulary
from .senses import COUNTING
from .triggers import temporal_prep


def earlier(t: Token, triggers: dict) -> bool:
    """An event told as what came before another one ("cancelled a visit after a state of siege was
    declared"; "the province where 28 people have been killed"): background of this sentence's news."""
    node = t if t.pos_ == "VERB" else t.head
    for _ in range(3):
        marks = {c.lower_ for c in node.children if c.dep_ in ("mark", "advmod")}
        if node.dep_ == "advcl" and marks & {"after", "since"} and node.head.i in triggers:
            # ... unless it is violence the news answers: "arrested two men after they robbed a
            # store", "patrolled the city after gunmen killed twelve" tell the attack too. A wound
            # "after gunfire broke out" is that same attack.
            host = triggers[node.head.i]
            # So is people's capture a statement answers ("a week after rebels seized 12 soldiers,
            # the UN expressed concern"), and an act of force, an arrest, a withdrawal or a
            # deployment that the news's act followed ("were arrested after officers searched three
            # homes", "took the town after the army pulled out"): a step of the same story.
            answered = _violent(t, triggers) or (_took_people(t, triggers) and host.type in _VERBAL) \
                or _forceful(t, triggers)
            same_attack = host.type == "ASSAULT" and _violent(t, triggers)
            return not (answered and not same_attack and "after" in marks)
        if node.dep_ == "relcl" and marks & {"where", "when"}:
            # "the province where 28 people have been killed" is the news's background; "on Sunday,
            # when a bomb killed ten" dates the act the sentence tells, and so does a place's clause
            # that dates its own act to a day ("the village where ten were killed on Monday").
            # A single act told in the simple past is an incident too ("a pub, where a man hit
            # a customer"); the perfect or the progressive sums up the place's past ("where an ethnic
            # minority was being attacked").
            told = "when" in marks and _time_noun(node.head) or _day_dated(node) or ("where" in marks and _one_act(node))
            return not (told and not _perfect(node))
        if node.head.i == node.i or node.dep_ not in ("xcomp", "conj", "dobj", "pobj", "prep", "ccomp"):
            return False
        node = node.head
    return False


_DAYS = {d.lower() for d in calendar.day_name} | {"yesterday", "today", "tonight", "overnight"}


def _day_dated(clause: Token) -> bool:
    """A clause that puts its act on a day ("on Thursday", "yesterday"), not a year or a span."""
    return any(t.lower_ in _DAYS for t in clause.subtree)


def _time_noun(t: Token) -> bool:
    return t.ent_type_ in ("DATE", "TIME") or t.lemma_.lower() in vocabulary()["times"]


def _perfect(v: Token) -> bool:
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in v.children)


def _one_act(v: Token) -> bool:
    """A verb in the simple past, active or passive ("punched", "was shot"): not progressive,
    not a plan ("were to be staged")."""
    aux = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
    if v.tag_ == "VBD" and not aux:
        return True
    return v.tag_ == "VBN" and [c.lower_ for c in aux] in (["was"], ["were"]) and aux[0].dep_ == "auxpass"


# What an act of the news may follow as a step of its own story (`earlier`): force, a withdrawal,
# a deployment, or coercion done to people or places, not a decree ("after a curfew was declared")
# nor a ban, a censorship or a blockade, which frame the news rather than step in it.
_FORCEFUL = {"ASSAULT", "RETREAT", "MOBILIZE"}
_DECREES = {"declare", "impose", "enact", "extend", "announce", "order", "lift"}
_FRAMING_MODES = {"ban", "curfew", "censor", "cyber", "blockade"}


def _forceful(t: Token, triggers: dict) -> bool:
    tr = triggers.get(t.i)
    if tr is None:
        return False
    return tr.type in _FORCEFUL or (tr.type == "COERCE" and tr.mode not in _FRAMING_MODES
                                    and t.lemma_.lower() not in _DECREES)


def arson(tr) -> bool:
    """A destroying trigger that sets fire ("set alight", "torched", "burned")."""
    return tr.type == "COERCE" and tr.mode == "destroy" and tr.token.lemma_.lower() in _FIRE_SETTING


_FIRE_SETTING = {"set", "torch", "burn", "firebomb", "fire-bomb", "petrol-bomb", "arson"}


def _burned(t: Token) -> list[Token]:
    burned = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
    burned += [o for p in t.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]
    burned += [o for b in burned if b.lemma_.lower() in COUNTING | {"fire"} or b.lower_ in COUNTING
               for p in b.children if p.dep_ == "prep" and p.lower_ in ("to", "of") for o in p.children if o.dep_ == "pobj"]
    return burned


def arson_of_dwelling(tr) -> bool:
    """Fire set to where people live ("set a row of huts ablaze", "torched the hamlet", "the
    house was set alight")."""
    return arson(tr) and any(b.lemma_.lower() in vocabulary()["dwellings"] for b in _burned(tr.token))


def arson_of_a_force(tr) -> bool:
    """Fire set to a force's post or vehicle ("set fire to an armoured police vehicle", "torched an
    army truck"): an attack on that force (codebook 1.3), not property destroyed."""
    from .victims import force_of_site  # (here: victims imports modules that import this one)

    return arson(tr) and any(force_of_site(b) is not None for b in _burned(tr.token))


def _violent(t: Token, triggers: dict) -> bool:
    tr = triggers.get(t.i)
    return tr is not None and (tr.type == "ASSAULT" or arson(tr))


_VERBAL = {"ACCUSE", "REQUEST", "REJECT", "SUPPORT", "THREATEN", "CONSULT", "SANCTION"}


def _took_people(t: Token, triggers: dict) -> bool:
    """A capture, abduction or arrest of people ("seized 12 soldiers", "kidnapped two aid workers")."""
    tr = triggers.get(t.i)
    if tr is None or tr.type != "COERCE" or tr.mode not in ("seize", "abduct", "arrest"):
        return False
    v = vocabulary()
    people = v["people"] | v["armed"] | v["armies"] | v["police_officers"] | v["private_people"]
    return any(c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in people or any(n.dep_ == "nummod" for n in c.children))
               for c in t.children)


_TIME_MARKS = {"after", "before", "as", "while", "whilst", "when", "once", "until", "since"}


def adjunct_of_event(t: Token, triggers: dict) -> bool:
    """A purpose or manner clause of another event ("staged demonstrations to demand reforms",
    "blocked roads demanding his return"): it says what that event was for, not a second event."""
    if t.tag_ == "VBG" and t.dep_ in ("pcomp", "pobj") and t.head.lower_ == "for" and t.head.head.i in triggers:
        return True  # "attacked the bus for refusing to stop": the reason given for the act, not an act
    node = t if t.pos_ == "VERB" else t.head
    participle = False
    for _ in range(5):
        if participle and node.i in triggers:
            return True
        if node.dep_ == "advcl" and {c.lower_ for c in node.children if c.dep_ in ("mark", "advmod")} & _TIME_MARKS:
            return False  # "after the troops withdrew", "as envoys met": an act of its own time (see `earlier`)
        if node.dep_ == "advcl" and node.head.i in triggers:
            return True
        if node.dep_ == "advcl" and any(c.dep_ == "dobj" and c.i in triggers for c in node.head.children):
            return True  # "staged demonstrations to demand", "began a hunger strike to demand"
        if node.dep_ == "conj" and node.tag_ == "VBG" and node.head.i in triggers and node.head.tag_ != "VBG" \
                and not any(c.dep_ == "nsubj" for c in node.children):
            return True  # "marched on the embassy, calling for ...": a participle joined to the act, its manner
        # (a participle the parser hangs on a noun of the act's phrase: "walked to the ministry waving
        # banners and calling for ...")
        if node.dep_ not in ("xcomp", "conj", "dobj", "pobj", "prep") and not _on_a_place(node) or node.head.i == node.i:
            return False
        # (only on a noun of place the act went to: "militants fleeing the town", on the act's object,
        # flee themselves, and "despite agencies coordinating" is an act of its own)
        participle = participle or _on_a_place(node)
        node = node.head
    return False


_WHERE_TO = {"to", "into", "toward", "towards", "at", "in", "through", "outside", "past", "around", "on"}


def _on_a_place(node: Token) -> bool:
    """A participle the parser hung on the noun of where an act went ("walked to the ministry waving
    banners"): the act's manner all the same."""
    return node.dep_ == "acl" and node.tag_ == "VBG" and node.head.dep_ == "pobj" and node.head.head.lower_ in _WHERE_TO


PROTESTERS = vocabulary()["protesters"]
_SIGNS_OF_PROTEST = {"chant", "wave", "unfurl", "hold", "carry", "brandish", "shout", "sing"}


def part_of_protest(t: Token, event_type: str, triggers: dict) -> bool:
    """What a protest is for, told beside it: "marched on the ministry to protest unpaid wages",
    "gathered for a rally to protest the fees" (PROTEST), "protesters demanding his resignation",
    "protests by students calling for reform" (REQUEST): the protest's own cause, one act."""
    def protest(tok: Token) -> bool:
        tr = triggers.get(tok.i)
        return tr is not None and tr.type == "PROTEST" and tok.i != t.i

    if event_type == "PROTEST" and t.pos_ == "VERB" and t.dep_ in ("advcl", "xcomp") \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
        head = t.head
        return protest(head) or any(protest(c) for c in head.children if c.dep_ == "dobj") or any(
            protest(p) for c in head.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj")
    if event_type == "PROTEST" and t.tag_ == "VBG" and t.lemma_.lower() in _SIGNS_OF_PROTEST:
        # "marched through the city, drumming and chanting slogans", "marched to the office to demand
        # security, chanting slogans": how the march went, one act (a road blocked on the way is an
        # act of its own: "clashed with police, blocking highways")
        return any(protest(a) for a in t.ancestors)
    if event_type == "ASSAULT" and t.lemma_.lower() in ("throw", "hurl"):
        # "threw stones during the demonstrations": the violence of the protest, coded with it (riot)
        return any(protest(p) for c in t.children if c.dep_ == "prep" and c.lower_ in ("during", "at", "in")
                   for p in c.children if p.dep_ == "pobj")
    if event_type == "REQUEST" and t.tag_ == "VBG" and t.dep_ == "acl":
        noun = t.head
        if protest(noun) or noun.lemma_.lower() in PROTESTERS:
            return True
        # "protests by students demanding": the protest the demanders are the doers of
        return noun.dep_ == "pobj" and noun.head.lower_ == "by" and protest(noun.head.head)
    return False


def at_a_protest(t: Token, victim: Token | None, triggers: dict) -> bool:
    """Force used at a protest the sentence tells ("shot a man during the march", "three held after
    a sit-in", "protests in which police killed two"): those it was used on are protesters, as ACLED
    names them. A protest told inside the victim's description ("men suspected of attacking
    marchers") is not the occasion."""
    for i, tr in triggers.items():
        if tr.type != "PROTEST" or i == t.i:
            continue
        p = t.doc[i]
        if p.dep_ == "dobj" and p.head.lemma_.lower() in vocabulary()["witnessing"]:
            continue  # "detained while covering the protest": reporters at it, not protesters
        if any(w.text == ";" for w in t.doc[min(t.i, p.i):max(t.i, p.i)]):
            continue  # "trooper shoots driver at toll booth; relatives march on courthouse": two acts, whatever the parse
        if (p in t.subtree and (victim is None or p not in victim.subtree)) or t in p.subtree:
            return True
    return False


def theme(t: Token, triggers: dict) -> bool:
    """A noun act inside the object of another event ("lifted the curfew", "rejected an offer for
    direct talks", "demands for talks"): what that event is about, not an event of its own."""
    node = t
    for _ in range(5):
        # "killed by a French drone strike": the act named as the killing's agent is the killing
        if node.dep_ not in ("dobj", "pobj", "prep", "conj", "compound", "nsubjpass", "attr", "appos", "agent") \
                and not (node is t and node.dep_ == "pcomp"):  # a gerund noun: "in a drive-by shooting"
            return False
        if node.dep_ == "pobj" and temporal_prep(node.head):
            return False  # what came before: background() decides
        if node.dep_ == "pobj" and besides(node.head):
            return False  # "in addition to the airstrikes, troops shelled ...": an act beside the other
        node = node.head
        if node.i in triggers and node.i != t.i:
            if judicial.tells_the_act(t, node):
                return False  # "charged with murder in the death of her husband": the killing is told
            # A protest or a fight the police disperse was held or fought, and is told as well ("used
            # water cannon to scatter a sit-in by nurses", "dispersed a brawl"): the dispersal is about
            # it, and it happened.
            own, host = triggers.get(t.i), triggers[node.i]
            if own is not None and _grievance(t, own, host):
                return False
            return not (host.type == "COERCE" and host.mode == "dispersal" and own is not None
                        and own.type in ("PROTEST", "ASSAULT"))
        if node.pos_ in ("VERB", "AUX") and not (node.dep_ == "prep" and node.lower_ in ("owing", "due")):
            # ("killed owing to clashes", "due to": a preposition the tagger reads as a verb)
            return _named_in_its_time_clause(t, node, triggers)
    return False


def _grievance(t: Token, own, host) -> bool:
    """An attack on someone named as what a protest is against, what an arrest is made over or what
    is condemned ("protested the killing of five youths", "arrested in connection with the stabbing
    of a teenager", "condemned the shooting of a journalist"): it happened, and is an event of its own."""
    # someone attacked, not a country or a town a war was waged on ("the bombing of Serbia", a campaign);
    # an act that happened, not one threatened or planned ("a threatened invasion")
    victim = any(c.dep_ == "prep" and c.lower_ == "of" and any(
        p.dep_ == "pobj" and p.ent_type_ not in ("GPE", "LOC", "FAC", "ORG", "NORP") for p in c.children) for c in t.children)
    unreal = any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in _UNREAL for c in t.children)
    return own.type == "ASSAULT" and victim and not unreal and (
        host.type in ("PROTEST", "ACCUSE") or (host.type == "COERCE" and host.mode == "arrest"))


_UNREAL = {"threaten", "threatened", "plan", "planned", "possible", "potential", "proposed", "feared", "impending"}


def grieved(t: Token, triggers: dict) -> bool:
    """An attack told as a grievance (_grievance): it happened, whatever the mood of the protest or
    the demand it is told in ("gathered to protest the killing of ...")."""
    node = t
    for _ in range(5):
        if node.dep_ not in ("dobj", "pobj", "prep", "conj", "compound") and not (node is t and node.dep_ == "pcomp"):
            return False
        node = node.head
        if node.i in triggers and node.i != t.i:
            own = triggers.get(t.i)
            return own is not None and _grievance(t, own, triggers[node.i])
    return False


def _named_in_its_time_clause(t: Token, verb: Token, triggers: dict) -> bool:
    """"killed two traders as they walked home in an evening attack": a noun act in the "as" clause that
    times an act of its own type is that act named again."""
    own = triggers.get(t.i)
    if own is None or t.dep_ != "pobj" or t.head.lower_ not in ("in", "during") or t.head.head.i != verb.i:
        return False
    host = triggers.get(verb.head.i)
    return (host is not None and host.type == own.type and verb.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ == "as" for m in verb.children))  # "while" sets apart


def background(t: Token, triggers: dict) -> bool:
    """A noun event inside a time phrase of another event's clause ("agreed to a ceasefire after
    two days of fierce fighting"): a reference to what came before, not the news of this sentence.
    When the clause itself tells no event ("25 people are dead after an explosion"), it is the news."""
    node = t
    for _ in range(4):
        if node.head.i == node.i or node.pos_ in ("VERB", "AUX") and node is not t:
            return False
        if node.dep_ == "pobj" and temporal_prep(node.head):
            host = triggers.get(node.head.head.i)
            own = triggers.get(t.i)
            if host is None:
                return False
            # "arrested after a brawl", "seized after a shootout": the violence a seizure answers
            # is told too, as in a clause ("arrested two men after they robbed a store")
            if node.head.lower_ == "after" and _violent(t, triggers) and host.type == "COERCE" \
                    and host.mode in ("arrest", "seize", "abduct", None):
                return False
            # "captured during clashes between the army and the militia", "withdrew during a brief
            # battle": an act of another kind told at the same time is one more event; a killing
            # "during clashes" is the clash's own toll, and a war is a period, not an act.
            return not (node.head.lower_ == "during" and own is not None and own.type != host.type
                        and t.lemma_.lower() not in _PERIODS)
        node = node.head
    return False


# Long struggles whose name dates what happens in them, not acts of their own
_PERIODS = WARS | {"siege", "rule", "regime", "era", "period", "reign", "truce", "ceasefire"}


def called_protest(t: Token, by_token: dict) -> bool:
    """"Called for a march on parliament", "called for rallies on Friday": a group calling its
    people out announces a demonstration (codebook 5, a planned PROTEST), not a request of anyone.
    A strike or a boycott called is leverage (a threat), left to the strike's own word."""
    if t.lemma_.lower() != "call":
        return False
    called = [p for c in t.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children if p.dep_ == "pobj"]
    return any((tr := by_token.get(p.i)) is not None and tr.type == "PROTEST" and tr.mode == "demonstrate"
               for p in called)


def purpose_of_its_kind(t: Token, etype: str, by_token: dict) -> bool:
    """"Riot police used water cannon to disperse the marchers": a purpose clause naming an act of the kind
    its host is, is what the host was for (one COERCE), not a second act."""
    host = by_token.get(t.head.i)
    # "condemned the raid, calling it cowardly": a participle with no subject of its own that says
    # again what a verbal act said is that act, not a second one; the model may hang it on the
    # act's object ("denounced the bombing calling it cowardly")
    restated = etype not in MATERIAL and t.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
    if restated and t.dep_ == "acl" and t.head.dep_ == "dobj":
        on_object = by_token.get(t.head.head.i)
        return on_object is not None and on_object.type == etype
    if host is None or host.type != etype or t.dep_ not in ("advcl", "xcomp"):
        return False
    return restated or any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)


def complement_of(trigger: Token) -> Token | None:
    """The verb whose complement the trigger verb is ("agreed to withdraw" -> agreed), if any."""
    if trigger.pos_ == "VERB" and trigger.dep_ in ("xcomp", "ccomp") and trigger.head.pos_ in ("VERB", "AUX"):
        return trigger.head
    if trigger.pos_ == "VERB" and trigger.dep_ == "advcl" and trigger.head.pos_ in ("VERB", "AUX") \
            and any(c.dep_ == "mark" and c.lower_ == "for" for c in trigger.children):
        return trigger.head  # "called for the governor to resign": what was called for
    return None


# Verbs that end an act: what a party is asked, or agrees, to end is named, not told.
_ENDING = {"stop", "halt", "end", "cease", "suspend", "abandon", "renounce"}


def to_be_ended(t: Token) -> bool:
    """"Urged both sides to stop fighting", "called on the rebels to halt attacks", "agreed to end
    the clashes": the act a demand, a promise or a deal is to end is named as a thing to stop, not
    told as an event of the sentence (the demand or the deal is). Not a purpose: "used tear gas to
    end the protest" tells the protest."""
    verb = t.head if t.dep_ in ("dobj", "xcomp") else None
    return verb is not None and verb.lemma_.lower() in _ENDING and verb.dep_ in ("xcomp", "ccomp") \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and verb.head.lemma_.lower() in _ASKING


# Verbs that ask, press, promise or agree that something be done
_ASKING = {"urge", "call", "ask", "demand", "appeal", "press", "plead", "implore", "beg", "tell", "order", "want",
           "agree", "vow", "pledge", "promise", "decide", "commit", "refuse", "offer", "undertake"}
