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
_HELD_FORMS = {"hold", "control", "occupy", "run"}
_HELD_BY = {"under": "control", "in": "hand"}
# a munition or an aircraft "launched by the navy", "fired by the rebels": theirs
_LAUNCHING = {"launch", "fire", "fly", "send", "pilot"}


def with_holders(o: Token) -> list[Token]:
    """The thing an act is done to with those who hold it, in the order they count: a holder a clause
    names before it ("a drone flown by the rebels" is an act on the rebels, not on the force drones
    are named for), a modifier after it ("rebel bases", as written). Whose counted ground is, is said
    on the noun the quantity word counts ("a number of army positions")."""
    inner = actor_mod.look_through(o)
    found = holders(inner)
    mods = [h for h in found if h.dep_ in ("compound", "amod") and h.head.i == inner.i]
    if inner.i != o.i and _lemma(o) in vocabulary()["held_ground"] and (found := found + holders(o)):
        return found  # "the rebel stronghold of Idlib" is the rebels', not the town's
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
    if _lemma(o) in vocabulary()["vehicles"]:
        # "a vehicle with five policemen", as one carrying them: those aboard
        out += [p for w in o.children if w.dep_ == "prep" and w.lower_ == "with" for p in w.children if p.dep_ == "pobj"]
    # "a rebel-held village", "government-controlled districts": the side written before the hyphen
    out += [h for m in o.children if m.dep_ in ("amod", "compound") and m.i < o.i and _lemma(m) in _HELD_FORMS
            for h in m.children if h.dep_ in ("npadvmod", "compound", "amod", "nmod") and h.i < m.i]
    # "villages under the control of the militia", "a town that is under Taliban control", "the last
    # district still in government hands"; the parser often hangs the phrase on the verb of the act
    clauses = [o] + [r for r in o.children if r.dep_ == "relcl"] + ([o.head] if o.dep_ == "dobj" else [])
    return out + [h for c in clauses for h in controllers(c)] + launchers(o)


def controllers(head: Token) -> list[Token]:
    """Who the phrase "under X('s) control", "under the control of X", "in X hands" or "in the hands of
    X" on `head` says holds it."""
    out = []
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("under", "in")):
        for held in (p for p in prep.children if p.dep_ == "pobj" and _lemma(p) == _HELD_BY[prep.lower_]):
            out += [m for m in held.children if m.dep_ in ("compound", "poss", "amod", "nmod") and m.pos_ != "ADJ"
                    or m.dep_ == "amod" and m.pos_ == "ADJ" and m.text[:1].isupper()]
            out += [p for of in held.children if of.dep_ == "prep" and of.lower_ == "of"
                    for p in of.children if p.dep_ == "pobj"]
    return out


def launchers(o: Token) -> list[Token]:
    """Who launched, fired or flew a munition or an aircraft the clause names as its subject ("a
    missile fired by the militia struck a ship"): the act's doers, before the thing itself."""
    if _lemma(o) not in vocabulary()["munitions"] | vocabulary()["warplanes"] | machines():
        return []
    return [p for v in o.children if v.dep_ == "acl" and v.lemma_.lower() in _LAUNCHING
            for a in v.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
