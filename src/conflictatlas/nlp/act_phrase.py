"""What the words on and around an act say of its sides: a cause it is for or against ("a pro-EU
rally"), a town it happened in ("a Jenin gun battle"), an attack its clause's subject repelled,
deaths a side reports of its enemy, the side ground fell to, and acts named only as what others
hold someone for or class."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..records import Actor
from .lexicon import vocabulary
from .triggers import REPORT_VERBS, _lemma

_REPELLING = {"repel", "repulse", "foil", "thwart", "withstand", "resist", "rebuff", "counter"}


def repelled(t: Token) -> Token | None:
    """The verb whose subject an attack was made on: one it repelled ("repelled an attack", "fended off
    an assault") or came under ("troops came under attack", "came under fire from rebels")."""
    if t.dep_ == "pobj" and t.head.lower_ == "under" and t.head.head.lemma_.lower() in ("come", "be"):
        return t.head.head
    verb = t.head if t.dep_ == "dobj" else None
    if verb is not None and (verb.lemma_.lower() in _REPELLING or (
            verb.lemma_.lower() in ("fend", "beat", "fight") and any(c.dep_ == "prt" and c.lower_ in ("off", "back")
                                                                      for c in verb.children))):
        return verb
    return None


def fallen_to(t: Token) -> list[Token]:
    """Whom ground "fell to" ("two checkpoints fell to the Taliban"): the side that took it, the doer
    of the act; the ground itself, the verb's subject, is where it happened, not who did it."""
    if t.lemma_.lower() != "fall" or t.pos_ != "VERB":
        return []
    ground = vocabulary()["held_ground"]  # not shells that "fell to the ground"
    subj = [s for c in t.children if c.dep_ == "nsubj" for s in (c, *(a for a in c.children if a.dep_ == "appos"))]
    if not any(s.lemma_.lower() in ground for s in subj):
        return []
    return [o for p in t.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]


def lost_to(t: Token) -> list[Token]:
    """Whom a side "lost" ground "to" ("the rebels lost three villages to the army"): the side that
    took it, the act's doer; the loser, the verb's subject, is whom it was taken from."""
    if t.lemma_.lower() != "lose" or t.pos_ != "VERB":
        return []
    ground = vocabulary()["held_ground"]  # not a match or a seat lost to a rival
    if not any(c.dep_ == "dobj" and (c.lemma_.lower() in ground or c.ent_type_ in ("GPE", "LOC", "FAC"))
               for c in t.children):
        return []
    return [o for p in t.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]


def a_cause(tok: Token) -> bool:
    """"a pro-EU rally", "an anti-Kremlin march": the side the act is for or against, not its doer."""
    return tok.i >= 2 and tok.doc[tok.i - 1].text == "-" and tok.doc[tok.i - 2].lower_ in ("pro", "anti")


def town_on_act(tok: Token, actor) -> bool:
    """"A Jenin gun battle", "the Nairobi bombing": a town's name on the act's noun says where, not
    who; a state's ("a U.S. strike") or a group's name the dictionary knows says who."""
    return tok.dep_ == "compound" and tok.ent_type_ == "GPE" and actor.type is None and actor.country is None


def reporting_force(t: Token, para, first_actor) -> Actor | None:
    """"The army said 17 al-Shabaab fighters were killed", "army says 17 militants killed": armed
    men killed by no one named, as a state's force reports it, were killed by that force; soldiers
    killed as an armed group reports it ("al-Shabaab said 17 soldiers were killed"), by that group.
    `first_actor` is roles.first_actor, passed in: roles imports this module."""
    if t.pos_ != "VERB" or _lemma(t) not in ("kill", "neutralise", "neutralize", "eliminate") \
            or any(c.dep_ == "agent" for c in t.children):
        return None
    if t.dep_ == "ccomp" and t.head.lemma_.lower() in REPORT_VERBS:
        saying, dead = t.head, [c for c in t.children if c.dep_ == "nsubjpass"]
    elif t.dep_ == "acl" and t.head.dep_ == "dobj" and t.head.head.lemma_.lower() in REPORT_VERBS:
        saying, dead = t.head.head, [t.head]  # a headline's "army says 17 militants killed"
    else:
        return None
    victims, _ = first_actor(dead, para)
    speaker, _ = first_actor([c for c in saying.children if c.dep_ == "nsubj"], para)
    if victims is None or speaker is None or not (
            victims.type in _ARMED and speaker.type in _FORCES or victims.type in _FORCES and speaker.type in _ARMED):
        return None
    return replace(speaker, text=None)


_ARMED = {"rebel/insurgent", "terrorist organisation", "militia"}
_FORCES = {"military", "police"}


_HELD_FOR = {"arrest", "charge", "detain", "detention", "hold", "seek", "question", "jail", "book", "indict"}
# Verbs of classing or examining an act: their subject regards it, did not do it.
_REGARDING = {"treat", "classify", "class", "label", "describe", "examine", "review", "solve", "link", "connect"}


def held_for(t: Token) -> bool:
    """The act's noun names what someone is arrested or charged in ("made an arrest in the Elm Street
    shooting"): the arresters did not do it."""
    outer = t.head.head if t.pos_ != "VERB" and t.dep_ == "pobj" and t.head.lower_ in ("in", "for") else None
    return outer is not None and (_lemma(outer) in _HELD_FOR or any(_lemma(c) in _HELD_FOR for c in outer.children
                                                                    if c.dep_ == "dobj"))


def regarded(t: Token) -> bool:
    """The act's noun is what a verb of classing or examining is about ("police treat the attack as
    attempted murder", "detectives are investigating the stabbing"): its subject did not do it."""
    return t.pos_ != "VERB" and t.dep_ in ("dobj", "nsubjpass") and _lemma(t.head) in _REGARDING | vocabulary()["inquiry"]
