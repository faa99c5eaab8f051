"""Force words that tell no act done: an act a comparison only pictures ("it looked like a bomb had
gone off") and a work that "bombed" with its public. Split from figurative.py, which asks these."""

from __future__ import annotations

from spacy.tokens import Token

from . import actors as actor_mod
from .lexicon import vocabulary

_SEEMING = {"look", "seem", "sound", "feel", "appear", "smell"}


def simile(t: Token) -> bool:
    """An act a comparison only imagines: "it looked like a bomb had gone off", "it felt as if we were
    under attack", "they ran as though they were being shot at". ("Like" compares only after a verb of
    seeming; "as if" and "as though" always.)"""
    for a in [t, *t.ancestors]:
        if a.dep_ == "prep" and a.lower_ in ("after", "before", "since", "during", "following"):
            return False  # "it looks like it did after the bombing": a real act the comparison dates by
        if a.dep_ == "advcl":
            marks = {c.lower_ for c in a.children if c.dep_ == "mark"}
            # "like" before a past perfect pictures what did not happen ("smoke boiling up like a bomb
            # had gone off") after any verb
            pictured = any(c.dep_ == "aux" and c.lower_ == "had" for c in a.children) and a.tag_ == "VBN"
            return bool(marks & {"if", "though"} and "as" in marks) \
                or ("like" in marks and (a.head.lemma_.lower() in _SEEMING or pictured))
    return False


# What fails with its public when it "bombs": a work, a launch, a show.
_FLOPS = {"product", "show", "final", "finale", "launch", "opening", "album", "debut", "premiere", "sequel", "offering",
          "ipo", "season", "series", "book", "joke", "pitch", "release", "version", "update"}


def flopped(t: Token) -> bool:
    """"Bombed" with nothing bombed: a work or a launch that failed ("the final bombed with viewers"), or
    one swamped with bad reviews ("review-bombed"). Aircraft and armies bomb something."""
    if t.i >= 2 and t.doc[t.i - 1].text == "-" and t.doc[t.i - 2].lower_ == "review":
        return True
    if any(c.dep_ in ("dobj", "nsubjpass") for c in t.children):
        return False
    subj = [c for c in t.children if c.dep_ == "nsubj"] + ([t.head] if t.dep_ == "acl" else [])  # "the finale bombed"
    words = _FLOPS | vocabulary()["works_of_fiction"]
    return not subj and t.dep_ == "ROOT" or any(actor_mod.look_through(x).lemma_.lower() in words for x in subj)
