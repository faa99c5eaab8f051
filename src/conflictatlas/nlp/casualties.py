"""Who "the dead" and "the wounded" of an attack told were: a sentence that names them is a mention
of that attack (codebook 1, stop 65), none where the article told no attack. Split from victims.py."""

from __future__ import annotations

from spacy.tokens import Token

CASUALTIES = {"dead", "wounded", "injured"}


def casualties_named(t: Token) -> Token | None:
    """Who "the dead" were: "Among the dead was a teacher", "four fighters were among the dead", "two
    of the dead were civilians", "the dead included two children"."""
    verb = t.head if t.dep_ in ("nsubj", "nsubjpass") else t.head.head
    named = [c for c in verb.children if c.dep_ in ("attr", "dobj", "nsubj", "nsubjpass")
             and not (c.i == t.i or c.is_ancestor(t))]
    return min(named, key=lambda c: c.dep_ not in ("attr", "dobj"), default=None)


def casualties_noun(t: Token) -> bool:
    """"The dead", "the wounded" as the trigger: whom the sentence names were hit, and did nothing."""
    return t.pos_ != "VERB" and t.lower_ in CASUALTIES


def casualties_untold(t: Token, seen: set[str]) -> bool:
    """"Among the dead were two children" where the article has told no attack (a crash, a flood, a
    fire): whose dead they are is no act of force."""
    return casualties_noun(t) and "ASSAULT" not in seen
