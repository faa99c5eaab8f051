"""The two sides of an act: the second side joined to the doer in an act two sides do together
("Sudan and Chad agreed to a truce"), and the side a story has set against an armed side whose
attack names none ("the army launched an offensive near the town"), and the side whose words an
answer answers ("the union rejected the ultimatum"), and the two sides a fight is "between". Split
from roles.py, which asks these questions of a trigger."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..records import Actor, EventMention
from .triggers import _lemma

if TYPE_CHECKING:
    from .coder import Paragraph

# Acts two sides do together: joined subjects ("Sudan and Chad agreed to a truce", "police and
# protesters clashed") are the two sides, the second the act's actor2 (PLOVER's dyad).
_TOGETHER = {"CONSULT", "AGREE", "COOPERATE"}
RECIPROCAL = {"clash", "fight", "battle", "skirmish", "scuffle", "brawl", "exchange"}


def partners(a1_tok: Token | None) -> list[Token]:
    """The subjects joined to the doer's word ("Sudan and Chad"), or to the state its "of" names
    ("the presidents of Kenya and Uganda")."""
    if a1_tok is None or a1_tok.dep_ not in ("nsubj", "pobj"):
        return []
    joined = [c for c in a1_tok.children if c.dep_ == "conj"]
    if not joined:
        # "Chadian and Sudanese forces": two peoples' forces named by one noun
        joined = [c for m in a1_tok.children if m.dep_ in ("amod", "compound", "nmod") and m.ent_type_ in ("NORP", "GPE", "ORG")
                  for c in m.children if c.dep_ == "conj" and c.ent_type_ in ("NORP", "GPE")]
    if not joined and a1_tok.dep_ == "nsubj":
        joined = [c for p in a1_tok.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj" for c in o.children if c.dep_ == "conj"]
    return joined


def joint_side(t: Token, etype: str, actor1: Actor | None, a1_tok: Token | None, para: Paragraph):
    """The second side of an act done together, named by a subject joined to the doer's."""
    from .roles import first_actor  # roles imports this module

    if not (etype in _TOGETHER or (etype == "ASSAULT" and (_lemma(t) in RECIPROCAL or _each_other(t)))
            or (etype == "SUPPORT" and _lemma(t) == "sign")):
        return None, None
    if etype == "ASSAULT" and actor1 is not None and actor1.name and a1_tok is not None and not partners(a1_tok) \
            and _rivals(a1_tok):
        # "rival clans clashed", "rival gangs fought one another": one kind of side on both ends
        # (ACLED's intra-group dyad, "Communal militia" against "Communal militia")
        return replace(actor1, text=None), a1_tok
    side, side_tok = first_actor(partners(a1_tok), para, exclude=actor1.name if actor1 else None)
    if side is not None and side_tok is not None and side_tok.dep_ == "conj" and side_tok.head.dep_ in ("amod", "compound", "nmod") \
            and actor1 is not None and actor1.type in ("military", "police") and side.country and side.type == "government":
        # "Chadian and Sudanese forces": the second people's force of the same kind as the first's
        from ..countries import country_name
        side = replace(side, name=f"{country_name(side.country)} {actor1.type}", type=actor1.type)
    # (a name for the same side is no second one: a dateline "NAIROBI, Kenya -" before "Kenya agreed")
    if side is None or (actor1 is not None and (side.name, side.country, side.type)
                        == (actor1.name, actor1.country, actor1.type)):
        return None, None
    return side, side_tok


def _rivals(head: Token) -> bool:
    """"Rival clans", "rival Congolese militias": "rival" among the words just before the noun (the
    model hangs a capitalised one on other words)."""
    for x in reversed(head.doc[max(head.sent.start, head.i - 3):head.i]):
        if x.lower_ == "rival":
            return True
        if x.pos_ not in ("ADJ", "PROPN", "NOUN"):
            return False
    return False


def _each_other(t: Token) -> bool:
    """An act its joined subjects did to each other ("troops and gunmen shot at each other", "fired
    on one another"): done by both sides, whatever its verb."""
    objects = [c for c in t.children if c.dep_ == "dobj"]
    objects += [o for p in t.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return any((o.lower_ == "other" and any(c.lower_ == "each" for c in o.children))
               or (o.lower_ == "one" and any(c.lower_ == "another" for c in o.children))
               or o.lower_ == "another" and any(c.lower_ == "one" for c in o.children) for o in objects)


_NON_STATE = {"terrorist organisation", "rebel/insurgent", "militia"}


def opponent(actor1: Actor | None, t: Token, para: Paragraph, where: str | None = None) -> Actor | None:
    """The other side of an armed side's attack that names none ("the army launched an offensive
    near Palmyra", "the rebels stormed the base"): the side the article has set against it, the
    last armed group it named for a state's forces, the last of that state's forces for an armed
    group (ACLED codes a battle between two sides; an unnamed gunman's attack has none). With none
    told, a named group's fight for ground is on the army of the country where it acts (`where`,
    the act's place, alpha-2), unless the story has told some army already."""
    if actor1 is None:
        return None

    def named_group(a: Actor) -> bool:
        return a.type in _NON_STATE and bool(a.name) and not a.name.startswith("Unidentified")

    # (rebels named or not are armed against a state: "rebel fighters stormed the district")
    rebels = named_group(actor1) or actor1.type == "rebel/insurgent"
    if actor1.type == "military":
        def fits(a: Actor) -> bool:  # a named group, or rebels however named
            return named_group(a) or a.type == "rebel/insurgent"
    elif rebels:
        def fits(a: Actor) -> bool:
            return a.type == "military" and (actor1.country is None or a.country == actor1.country)
    else:
        return None
    offset = para.base + t.idx
    told = next((replace(a, text=None) for pos, a in reversed(para.ctx.history)
                 if pos < offset and a.name != actor1.name and fits(a)), None)
    if told is None:
        # the sentence may name the other side after the act ("stormed the hills, seizing rifles
        # of the Taliban"; "... sparking clashes with the army"): the first so named
        end = para.base + t.sent.end_char
        told = next((replace(a, text=None) for pos, a in para.ctx.history
                     if offset < pos < end and a.name != actor1.name and fits(a)), None)
    from ..countries import alpha3, country_name

    # (a group of no one state fights the army of where it acts: Islamic State's assault in Syria)
    home = actor1.country or (alpha3(where) if where else None)
    if told is None and rebels and home and _lemma(t) in _GROUND_FIGHT \
            and (where is None or alpha3(where) == home) \
            and not any(a.type == "military" for pos, a in para.ctx.history if pos < offset):
        # a rebel group's offensive, storm or capture at home, in a story that has told no army
        # yet, is on its own state's army, as ACLED codes an insurgent's battle whose other side
        # goes unnamed (a foreign army told before leaves it open)
        return Actor(text=None, name=f"{country_name(home)} military", country=home, type="military")
    return told


def ground(victim: Token) -> bool:
    """What an attack is made on is ground, not people or things ("stormed the southern part of the
    district", "the eastern outskirts of the town"): whom it is fought with is still to be found."""
    from ..geo.toponym import is_place_noun

    return victim.pos_ == "NOUN" and (is_place_noun(victim) or victim.lemma_.lower() in _GROUND_PARTS)


_GROUND_PARTS = {"part", "section", "edge", "outskirt", "outskirts", "flank", "sector", "front",
                 # held points of a front, not people or homes
                 "hill", "hilltop", "ridge", "height", "position", "site", "checkpoint", "post", "stronghold",
                 "territory", "line"}


# Acts that take or fight for ground: their other side is an armed one.
_GROUND_FIGHT = {"offensive", "counteroffensive", "counter-offensive", "storm", "capture", "seize", "overrun",
                 "assault", "advance", "push"}


_ARMED_SIDES = _NON_STATE | {"military", "police"}


def both_sides_dead(actor1: Actor | None, actor2: Actor | None, a2_tok: Token | None, para: Paragraph):
    """The dead of two armed sides told together ("20 Taliban fighters and four Afghan soldiers were
    killed in the battle") name the two sides of the fight, not victims of an unnamed third: one is
    actor1, the other actor2, a state's force first where there is one (ACLED's battle dyad).
    Returns (actor1, actor2), or None where the rule does not apply."""
    from .conventions import _implied_band
    from .roles import first_actor  # roles imports this module

    if not _implied_band(actor1) or actor2 is None or a2_tok is None or actor2.type not in _ARMED_SIDES:
        return None
    joined = [c for c in a2_tok.children if c.dep_ == "conj"]
    other, _ = first_actor(joined, para, exclude=actor2.name)
    if other is None or other.type not in _ARMED_SIDES or (other.name, other.country) == (actor2.name, actor2.country) \
            or (other.type in _NON_STATE and actor2.type in _NON_STATE and not (other.name and actor2.name)):
        return None
    return (other, actor2) if other.type in ("military", "police") or actor2.type not in ("military", "police") \
        else (actor2, other)


# Words for what a side said, by the type of the mention that told it: an answer to one ("rejected
# the accusations", "accepted the demands", "dismissed calls for talks") answers whoever said it.
_SAID = {"accusation": "ACCUSE", "allegation": "ACCUSE", "charge": "ACCUSE", "criticism": "ACCUSE", "claim": "ACCUSE",
         "ultimatum": "THREATEN", "threat": "THREATEN", "warning": "THREATEN",
         "demand": "REQUEST", "call": "REQUEST", "request": "REQUEST", "appeal": "REQUEST", "plea": "REQUEST"}
_ANSWERS = {"REJECT", "AGREE", "CONCEDE"}


def answered(m: EventMention, sent: Span, base: int, earlier: list[EventMention]) -> EventMention:
    """An answer that names no one answers the side the article last told saying what it answers:
    "The union rejected the ultimatum" (the president's, told before), "the minister dismissed the
    accusations" (the opposition's). Left as it is where the words are no earlier mention's."""
    if m.event_type not in _ANSWERS or m.actor2 is not None or m.evidence.trigger_start is None:
        return m
    verb = next((t for t in sent if base + t.idx == m.evidence.trigger_start), None)
    if verb is None:
        return m
    said = [o for o in verb.children if o.dep_ in ("dobj", "nsubjpass")]
    said += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]
    kinds = {_SAID[_lemma(o)] for o in said if _lemma(o) in _SAID}
    mine = m.actor1.name if m.actor1 is not None else None
    sayer = next((e.actor1 for e in reversed(earlier) if e.event_type in kinds and e.actor1 is not None
                  and e.actor1.name != mine), None)
    if sayer is None:
        return m
    from . import gate

    return gate.copy(m, actor2=replace(sayer, text=None))


def returned_fire(m: EventMention, sent: Span, base: int, earlier: list[EventMention]) -> EventMention:
    """Fire "returned", fire "fired back" and a side that "retaliated" with no one named answer the
    article's last attack on that side, else its last attack by another side: "Gunmen attacked the
    post. The officers returned fire" fired at the gunmen."""
    if m.event_type != "ASSAULT" or m.actor2 is not None or m.evidence.trigger_start is None:
        return m
    verb = next((t for t in sent if base + t.idx == m.evidence.trigger_start), None)
    if verb is None or not _answering_fire(verb):
        return m
    mine = m.actor1.name if m.actor1 is not None else None
    attacks = [e for e in reversed(earlier) if e.event_type == "ASSAULT" and e.actor1 is not None
               and e.actor1.name != mine and e.actor1.type not in ("civilians", "protesters")]
    on_me = [e for e in attacks if mine is not None and e.actor2 is not None and e.actor2.name == mine]
    answered = (on_me or attacks or [None])[0]
    if answered is None:
        return m
    from . import gate

    return gate.copy(m, actor2=replace(answered.actor1, text=None))


def _answering_fire(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma == "retaliate":
        return not any(c.dep_ in ("dobj", "prep") and c.lower_ != "by" for c in verb.children)
    if lemma == "return":
        # not "returned fire on the truck", which names what it fired at
        fire = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in ("fire", "gunfire")]
        return bool(fire) and not any(p.dep_ == "prep" and p.lower_ in ("on", "at") for t in (verb, *fire) for p in t.children)
    return lemma in ("fire", "shoot") and any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children)


_STATE_SIDES = {"military", "government", "police"}


def war_fronts(mentions: list[EventMention]) -> list[EventMention]:
    """Ground taken or fought over in a war between two states, told with no other side ("its troops
    captured the village", "retook the town", "heavy fighting near the city"), was the other state's
    army's, as ACLED codes a battle between the two; only where the article tells the two states'
    forces at war (one state's army on the other's forces or state, or each on the other's country),
    so that an army fighting insurgents abroad is not set against its host."""
    from ..countries import alpha3, country_name

    # the pairs of states whose armies the article tells at war, read once before any side is added
    hits = {(m.actor1.country, m.actor2.country, m.actor2.type) for m in mentions
            if m.event_type == "ASSAULT" and m.actor1 is not None and m.actor2 is not None
            and m.actor1.type == "military" and m.actor1.country and m.actor2.country
            and m.actor1.country != m.actor2.country}
    pairs = {(x, y) for x, y, _ in hits}

    def at_war(a: str, b: str) -> bool:
        return any(kind in _STATE_SIDES and {x, y} == {a, b} for x, y, kind in hits) \
            or {(a, b), (b, a)} <= pairs

    states = {c for m in mentions for a in (m.actor1, m.actor2) if a is not None and a.type == "military"
              and (c := a.country)}
    for m in mentions:
        a1 = m.actor1
        if m.event_type != "ASSAULT" or m.actor2 is not None or a1 is None or a1.type != "military" \
                or not a1.country or m.mode not in (None, "occupy"):
            continue
        where = alpha3(m.place.country) if m.place is not None and m.place.country else None
        rivals = [b for b in states | {where} if b and b != a1.country and at_war(a1.country, b)]
        if len(rivals) == 1 and where in (None, a1.country, rivals[0]):
            m.actor2 = Actor(text=None, name=f"{country_name(rivals[0])} military", country=rivals[0], type="military")
    return mentions


def between(t: Token) -> list[Token]:
    """"clashes between police and rebels": the two sides, in the order written; also where the
    sides hang on the verb the event noun is the subject of ("clashes erupted between ...") or on
    that of its relative clause ("clashes that broke out between ...")."""
    holders = [t, t.head] if t.dep_ == "nsubj" and t.head.pos_ == "VERB" else [t]
    # "clashes that broke out between ...": the sides on the verb of the noun's own relative clause
    holders += [c for c in t.children if c.dep_ in ("relcl", "acl") and c.pos_ == "VERB"]
    for p in (c for h in holders for c in h.children):
        if p.dep_ == "prep" and p.lower_ == "between":
            first = next((c for c in p.children if c.dep_ == "pobj"), None)
            if first is None:
                continue
            sides = [c for c in first.children if c.dep_ == "conj"]
            # "between the YPG and Islamic State fighters": two sides sharing one head noun, the
            # first parsed as its modifier
            shared = [c for c in first.children if c.dep_ in ("nmod", "compound")
                      and any(g.dep_ == "cc" and g.lower_ == "and" for g in c.children)]
            if shared and not sides:
                # "the army and Houthi fighters": the second side's own name where the parse gives it
                second = next((g for g in shared[0].children if g.dep_ == "conj"), first)
                return [shared[0], second]
            return [first, *sides]
    return []
