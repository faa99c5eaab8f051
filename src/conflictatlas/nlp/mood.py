"""The auxiliaries that mark a clause's mood, and a clause that is a view ("should be"): split from
status.py, which reads a trigger's path to its root with them."""

from __future__ import annotations

from spacy.tokens import Token


def modals(t: Token) -> set[str]:
    """The auxiliaries on a verb ("will", "could", "has"), as written."""
    return {c.lower_.replace("’", "'") for c in t.children if c.dep_ in ("aux", "auxpass") and not a_name(c)}


def a_name(aux: Token) -> bool:
    """"Will was stabbed": a modal takes a bare verb, never a tensed one; before "was" or "is"
    the capitalised word the tagger took for "will" is someone's name."""
    nxt = aux.doc[aux.i + 1] if aux.i + 1 < len(aux.doc) else None
    return aux.text[:1].isupper() and nxt is not None and nxt.tag_ in ("VBD", "VBZ")


def believed_done(node: Token, complement: Token) -> bool:
    """"Rebels are believed to have killed ten", "five are feared to have died": a past act
    reported with its doubt, which happened (whoever did it), not a fear of what may be."""
    return complement.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in node.children) \
        and any(c.lower_ == "have" for c in complement.children)


def a_view(verb: Token) -> bool:
    """What something "should be" or "should become" is a view, asked of no one; not what someone
    must be ready or willing to do ("the state must be ready to negotiate")."""
    preds = [c for c in verb.children if c.dep_ in ("attr", "acomp")]
    return verb.lemma_.lower() in ("be", "become", "remain") and bool(preds) and not any(
        g.dep_ in ("xcomp", "ccomp") for p in preds for g in p.children)


_HOPING = {"information", "tip", "tips", "reward", "bounty"}


def sought_outcome(trigger: Token) -> bool:
    """An arrest or a capture a reward is offered for ("information leading to the arrest of the
    gunmen", "a reward for the capture of"): hoped for, not done."""
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.lower_ not in ("to", "for"):
        return False
    holder = prep.head
    if prep.lower_ == "to":
        return holder.lemma_.lower() == "lead" and holder.tag_ == "VBG" and holder.head.lower_ in _HOPING
    return holder.lower_ in _HOPING
