"""Whose a thing an act is done to is: ground, posts and vehicles held, carried or launched by a side
("positions held by the militia", "a drone flown by the rebels", "rebel bases"). An act on the thing
is an act on them (roles.target)."""

from __future__ import annotations

from spacy.tokens import Token

from . import actors as actor_mod
from .lexicon import machines, vocabulary
from .triggers import _lemma

_REGIMES = {"regime", "junta"}
_HOLDING = {"hold", "control", "run", "occupy", "man", "use", "operate", "own"}
# "sites belonging to the group": whose by the preposition, not by an agent
_BELONGING = {"belong"}
_CARRYING = {"carry", "transport", "ferry"}
# a munition or an aircraft "launched by the navy", "fired by the rebels": theirs
_LAUNCHING = {"launch", "fire", "fly", "send", "pilot"}


def with_holders(o: Token) -> list[Token]:
    """The thing an act is done to with those who hold it, in the order they count: a holder a clause
    names before it ("a drone flown by the rebels" is an act on the rebels, not on the force drones
    are named for), a modifier after it ("rebel bases", as written). Whose counted ground is, is said
    on the noun the quantity word counts ("a number of army positions")."""
    found = holders(actor_mod.look_through(o))
    mods = [h for h in found if h.dep_ in ("compound", "amod")]
    return [*(h for h in found if h not in mods), o, *mods]


def holders(o: Token) -> list[Token]:
    """Whose a place or a vehicle is, by the clause that says so: "positions held by the militia",
    "a vehicle carrying members of the police force", "a depot belonging to the rebels". The act on the thing is an act on them."""
    out = []
    # (the model lemmatises "bases" to "basis": the plural as written counts too)
    if {_lemma(o), o.lower_.removesuffix("s")} & (vocabulary()["held_ground"] | vocabulary()["targets"]):
        # "rebel bases", "regime positions": the armed side named in front of the ground holds it
        # (a state force's post is force_of_site's)
        out += [m for m in o.children if m.dep_ in ("compound", "amod") and m.i < o.i
                and _lemma(m) in vocabulary()["armed"] | _REGIMES]
    for v in o.children:
        if v.dep_ != "acl":
            continue
        lemma = v.lemma_.lower()
        if lemma in _HOLDING:
            out += [p for a in v.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
        elif lemma in _BELONGING:
            out += [p for a in v.children if a.dep_ == "prep" and a.lower_ == "to" for p in a.children if p.dep_ == "pobj"]
        elif lemma in _CARRYING:
            out += [c for c in v.children if c.dep_ == "dobj"]
    return out + launchers(o)


def launchers(o: Token) -> list[Token]:
    """Who launched, fired or flew a munition or an aircraft the clause names as its subject ("a
    missile fired by the militia struck a ship"): the act's doers, before the thing itself."""
    if _lemma(o) not in vocabulary()["munitions"] | vocabulary()["warplanes"] | machines():
        return []
    return [p for v in o.children if v.dep_ == "acl" and v.lemma_.lower() in _LAUNCHING
            for a in v.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
