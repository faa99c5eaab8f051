"""Who acts as a political actor (codebook 3): a state body, an office-holder, an armed group, an
organisation or a national group the text names, not a private person or an unnamed crowd; and whether
a judicial act is aimed at one. Split from roles.py, which asks these questions of a trigger's doer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..records import Actor
from . import actors as actor_mod
from .arguments import subject_candidates
from .lexicon import vocabulary

if TYPE_CHECKING:
    from .coder import Paragraph


POLITICAL_TYPES = {"government", "military", "police", "rebel/insurgent", "militia", "terrorist organisation",
                   "international organisation", "opposition"}


def political(actor: Actor | None, t: Token) -> bool:
    """A state body, office-holder, armed group, organisation or national group the text names: not a
    private person, not an unnamed crowd ("residents", "a tenant")."""
    subj = subject_candidates(t)[:1]
    # A people or organisation named on the subject ("ethnic Albanians", "Druze inhabitants").
    named = bool(subj) and not actor_mod.surname(subj[0]) and (subj[0].ent_type_ in ("ORG", "GPE", "NORP") or any(
        c.ent_type_ in ("ORG", "GPE", "NORP") for c in subj[0].children if c.dep_ in ("compound", "amod", "poss")))
    # "committee spokeswoman Tammy Bowers", "a spokesman for the tenants": who speaks for a body
    # acts for it, whether or not the body has a name the dictionary knows
    speaks = bool(subj) and any(c.lower_ in _SPEAKING_FOR for c in (subj[0], *subj[0].children))
    if actor is None:
        # "the group", "the movement": an organisation referred to, not a private person.
        return named or speaks or (bool(subj) and subj[0].lemma_.lower() in actor_mod.ORGANISATION_NOUNS)
    if actor.type == "civilians":
        return named or speaks or bool(actor.country)
    return actor.type in POLITICAL_TYPES or bool(actor.name) or bool(actor.country)


def _of_people(noun: Token) -> bool:
    """"a group of residents", "a committee of parents": private people gathered, not a body."""
    people = vocabulary()["people"] | vocabulary()["private_people"]
    return any(o.lemma_.lower() in people for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj")


_SPEAKING_FOR = {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen"}


def private(actor: Actor | None, t: Token) -> bool:
    """A doer the text shows to be a private person or an unnamed crowd."""
    if actor is not None:
        return actor.type == "civilians"
    subj = subject_candidates(t)[:1]
    return bool(subj) and (subj[0].ent_type_ == "PERSON" or subj[0].lemma_.lower() in vocabulary()["people"])


# What American and British local news calls a local government by ("the city", "the county",
# "the board" of a school district): a body acting, where a case is brought against it.
_LOCAL_BODIES = {"city", "county", "board", "township", "borough", "state", "municipality"}


def political_target(t: Token, para: Paragraph) -> bool:
    """Whether a judicial act is aimed at a political actor ("investigating war crimes by Croatian
    extremists", "indicted the prime minister"): anywhere in its object or prepositional phrases."""
    holders = [t, t.head] if t.dep_ == "dobj" else [t]  # "opened an investigation against X"
    # The one acted on, not the one acting ("sentenced by District Judge X") nor where ("at the
    # county courthouse", "in a county jail").
    args = [c for h in holders for c in h.children if c.i != t.i and (
        c.dep_ in ("dobj", "nsubjpass", "dative") or (c.dep_ == "prep" and c.lower_ in ("against", "of", "into", "for",
                                                                                           "on", "over")))]
    subj = subject_candidates(t)[:1]
    # (private people's own case against their town is a private matter: "neighbours took the town to court")
    bodies = _LOCAL_BODIES if not (subj and (subj[0].lemma_.lower() in vocabulary()["people"] or _of_people(subj[0]))) \
        else set()
    for tok in (x for a in args for x in a.subtree):
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in bodies and any(
                c.dep_ in ("det", "poss") and c.lower_ in ("the", "its", "their") for c in tok.children):
            return True  # "a lawsuit against the county", "a complaint against the school board": a local government
        if tok.pos_ in ("NOUN", "PROPN"):
            actor = actor_mod.resolve(tok, para.ctx, para.base)
            if actor is not None and (actor.type in POLITICAL_TYPES or (actor.name and actor.type is not None
                                                                          and actor.type != "civilians")):
                return True
    return False


_NAMED_FORCES = {"military", "rebel/insurgent", "terrorist organisation"}


def private_crime(t: Token, actor1: Actor | None) -> bool:
    """A crime against a person told by its noun ("a stabbing", "the robbery", "an assault on a woman"):
    its victims are private people; an army's or a named armed group's "assault" is a battle, whose
    other side the story gives ("Islamic State began its assault near Palmyra")."""
    # (a headline drops the article, and the tagger reads the bare act as a gerund: "arrested after stabbing")
    nominal = t.pos_ == "NOUN" or (t.tag_ == "VBG" and t.dep_ in ("pcomp", "pobj") and not any(
        c.dep_ in ("dobj", "nsubj") for c in t.children))
    if not nominal or (t.lemma_.lower() not in vocabulary()["person_crimes"] and t.lower_ not in vocabulary()["person_crimes"]):
        return False
    return not (t.lemma_.lower() == "assault" and actor1 is not None and actor1.type in _NAMED_FORCES and actor1.name
                and not actor1.name.startswith("Unidentified"))
