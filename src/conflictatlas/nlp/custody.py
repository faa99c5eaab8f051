"""Someone held: in a jail or a detention centre, or "in custody" (trigger conditions for the
verbs and nouns of detention, split from conditions.py), and someone evading it (from clauses.py)."""

from __future__ import annotations

from spacy.tokens import Token

from .conditions import _children, _lemma
from .lexicon import vocabulary

_STAYING = {"be", "remain", "stay"}


def held_in_custody(t: Token) -> bool:
    """Someone who "is", "was" or "remains in custody" (`t` the lockup word): held, told on its own, as
    an arrest is. One who was arrested "and remains in custody" is told by the arrest already (a
    verb joined to another), and "no one is in custody" tells of no one held."""
    if t.dep_ != "pobj" or t.head.lower_ != "in" or t.head.dep_ != "prep" or _children(t, "prep"):
        return False  # (the custody "of" a guardian is no one's detention)
    verb = t.head.head
    if verb.lemma_.lower() not in _STAYING or verb.dep_ == "conj" or any(c.dep_ == "neg" for c in verb.children):
        return False
    return any(_someone(h) for h in _children(verb, "nsubj"))


def _someone(h: Token) -> bool:
    """A person or people ("he", "Ann Lee", "two men", "both"), not a thing ("it") nor no one."""
    if any(d.lower_ == "no" for d in h.children):
        return False  # "no one", "no suspects"
    return (h.pos_ == "PRON" and h.lower_ not in ("it", "this", "that", "nobody", "none")) or h.ent_type_ == "PERSON" \
        or _lemma(h) in vocabulary()["people"] or h.like_num or h.lower_ in ("both", "all")


_LOCKUPS = {"jail", "prison", "lockup", "cell", "custody", "penitentiary", "gaol"}
_LOCKUP_KINDS = {"detention", "correctional", "correction", "justice", "juvenile", "holding", "remand"}


def custody(t: Token) -> bool:
    """Someone held in a jail or a detention centre ("was being held in the county jail", "held
    Wednesday at the Lee County Detention Center"), or held on a day: a detention, as the arrest
    before it was. Not a meeting or a vote held at a jail (an object)."""
    if _children(t, "dobj") or t.tag_ != "VBN":
        return False
    held = _children(t, "nsubjpass") or (_children(t.head, "nsubjpass") if t.dep_ == "conj" else [])
    if not any(_someone(h) for h in held):
        return False  # "the concert was held at the old prison"
    for p in _children(t, "prep"):
        if p.lower_ not in ("in", "at", "inside"):
            continue
        for o in _children(p, "pobj"):
            kinds = {_lemma(c) for c in o.children if c.dep_ in ("compound", "amod")}
            if _lemma(o) in _LOCKUPS or (_lemma(o) in ("center", "centre", "facility", "complex") and kinds & _LOCKUP_KINDS):
                return True
    # a person held on a day ("six were held on Saturday evening"): taken into custody then. One
    # "being held" on a day is still in custody, a state; so is one who "has been held", or held for
    # a length of time ("held up to six years")
    if any(a.lower_ == "being" for a in _children(t, "auxpass")) or any(a.lemma_ == "have" for a in _children(t, "aux")):
        return False
    return any(x.ent_type_ in ("DATE", "TIME") and not _a_length(x) for c in t.children
               if c.dep_ in ("npadvmod", "prep", "advmod")
               and not (c.dep_ == "prep" and c.lower_ in ("for", "since", "until", "without"))
               for x in (c, *_children(c, "pobj")))


_UNITS = {"year", "month", "week", "day", "hour", "minute"}


def _a_length(x: Token) -> bool:
    """A date phrase that measures a length (a number of years or days), not one that places a day
    by a word of when (later, ago, earlier, same, last, this, next, previous)."""
    words = [w for w in x.doc[x.left_edge.i:x.right_edge.i + 1] if w.ent_type_ in ("DATE", "TIME")]
    return any(_lemma(w) in _UNITS for w in words) and not any(
        w.lower_ in ("later", "ago", "earlier", "same", "last", "this", "next", "previous") for w in words)


_ESCAPING = {"escape", "flee", "evade", "resist", "elude"}
_CUSTODY = {"arrest", "police", "officer", "custody", "capture", "detention", "checkpoint"}


def escaping_arrest(t: Token) -> bool:
    """"shot as he tried to slip away from arrest", "killed as he fled police": force used on someone
    evading those who would hold him is theirs, the police's, where no one else is named."""
    return any(c.dep_ == "advcl" and any(m.lower_ in ("while", "as", "when", "after") for m in c.children)
               and any(x.lemma_.lower() in _ESCAPING for x in c.subtree)
               and any(x.lemma_.lower() in _CUSTODY for x in c.subtree) for c in t.children)
