"""How an act was aimed: "a car bomb targeting a patrol", "an attack aimed at a checkpoint", "began
the assault by targeting the hills" (or by capturing them: an act's first move). The participle of
aiming hangs on the act's means (its bomb, its rockets) or on the act itself; it tells whom that act
was aimed at, not a second act (codebook 1: one event per act). Its object is the act's target."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from .lexicon import vocabulary

_AIMING = {"target", "aim"}
# what a participle of aiming may hang on and still be the act's aim, not its doer's ("militants
# targeting the town" are the doers, and say who they are)
_MEANS = {w for key in ("explosives", "weapons", "munitions", "airborne", "warplanes", "aircraft", "vehicles")
          for w in vocabulary()[key]}
# the links from a means up to the act that used it ("detonated a car loaded with explosives
# targeting ...": explosives, with, loaded, car, detonated)
_UP = {"pobj", "prep", "acl", "dobj", "nsubj", "nsubjpass", "compound", "conj", "appos"}


def _participle(p: Token) -> bool:
    if p.lemma_.lower() not in _AIMING:
        return False
    return (p.tag_ == "VBG" and p.dep_ in ("acl", "pcomp")) or (p.tag_ == "VBN" and p.dep_ == "acl" and any(
        c.dep_ == "prep" and c.lower_ == "at" for c in p.children))


def _begun_by(p: Token, is_act: Callable[[Token], bool]) -> Token | None:
    """"opened the attack by seizing the bridges", "began the push by shelling the ridge":
    the first move of an act a light verb names, by any gerund, is that act's, not one of its own."""
    if not (p.tag_ == "VBG" and p.dep_ == "pcomp" and p.head.lower_ == "by") or is_act(verb := p.head.head):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and is_act(c)), None)


def act_aimed(p: Token, is_act: Callable[[Token], bool]) -> Token | None:
    """The act a participle of aiming belongs to, if it is one (`is_act` says which tokens are acts)."""
    if (begun := _begun_by(p, is_act)) is not None:
        return begun
    if not _participle(p):
        return None
    if p.dep_ == "pcomp":
        # "shelled the town by targeting its outskirts": the aim of the act the verb names (a light
        # verb's object, "began the assault by targeting ...", is _begun_by's)
        return p.head.head if p.head.lower_ == "by" and is_act(p.head.head) else None
    node = p.head
    if is_act(node):
        return node  # "an attack targeting a police station"
    if node.lemma_.lower() not in _MEANS:
        return None
    for _ in range(6):
        if node.dep_ not in _UP or node.head.i == node.i:
            return None
        node = node.head
        if is_act(node):
            return node
    return None


def aimed_at(p: Token) -> list[Token]:
    """Whom a participle of aiming names: "targeting a patrol", "aimed at the checkpoint"."""
    out = [c for c in p.children if c.dep_ == "dobj"]
    return out + [o for c in p.children if c.dep_ == "prep" and c.lower_ == "at" for o in c.children if o.dep_ == "pobj"]


def targets_of(t: Token, etype: str | None = None) -> list[Token]:
    """Whom the act at `t` was aimed at, by a participle of aiming on it or on its means; for an
    attack, also who was passing when it struck ("a bomb went off as a police convoy passed")."""
    scope = t.head if t.dep_ == "dobj" else t
    out = _passing(t) if etype == "ASSAULT" else []
    for p in (*t.subtree, *(x for x in scope.subtree if x.dep_ == "pcomp")):
        if p.i != t.i and act_aimed(p, lambda x: x.i == t.i) is not None:
            out += [o for o in aimed_at(p) if o not in out]
    # whom the ground the act took was taken from ("launched an assault, seizing two farms from the rebels")
    out += [o for p in scope.children if _ground_taken_in(p, lambda x: x.i == t.i)
            for h in (p, *(c for c in p.children if c.dep_ == "dobj")) for f in h.children
            if f.dep_ == "prep" and f.lower_ == "from" for o in f.children if o.dep_ == "pobj" and o not in out]
    return out


_PASSING = {"pass", "drive", "travel", "cross", "patrol", "go", "move", "return", "leave", "arrive"}


def _passing(t: Token) -> list[Token]:
    """Who was passing when the act struck: the subject of an "as"/"when" clause of passing, or (the
    model's other parse, "as" a preposition) its object with the clause hung on it."""
    out = []
    for c in t.children:
        if c.dep_ == "advcl" and c.lemma_.lower() in _PASSING and any(
                m.lower_ in ("as", "when", "while") for m in c.children if m.dep_ in ("mark", "advmod")):
            out += [s for s in c.children if s.dep_ == "nsubj"]
        elif c.dep_ == "prep" and c.lower_ == "as":
            out += [o for o in c.children if o.dep_ == "pobj" and any(
                v.dep_ == "acl" and v.lemma_.lower() in _PASSING for v in o.children)]
    return out


def means_aimed(t: Token, triggers: dict) -> bool:
    """The participle is the aim of another act of the sentence, or ground taken in it: no act of its own."""
    return act_aimed(t, lambda x: x.i in triggers and x.i != t.i) is not None or _ground_taken_in(
        t, lambda x: x.i in triggers and triggers[x.i].type == "ASSAULT")


_TAKING = {"capture", "seize", "take", "retake", "recapture", "overrun", "occupy"}


def _ground_taken_in(p: Token, is_attack: Callable[[Token], bool]) -> bool:
    """"stormed the outskirts, capturing several buildings", "launched an assault, seizing two
    farms": ground an attack took, told by a participle after it with no subject of its own, is that
    attack's outcome (ACLED's one battle), not a second act (`is_attack` says which tokens are attacks)."""
    if p.tag_ != "VBG" or p.dep_ != "advcl" or p.lemma_.lower() not in _TAKING or p.i < p.head.i \
            or any(c.dep_ in ("nsubj", "mark") for c in p.children) or not any(x.text == "," for x in p.doc[p.head.i:p.i]):
        return False
    host = p.head
    return is_attack(host) or any(c.dep_ == "dobj" and is_attack(c) for c in host.children)
