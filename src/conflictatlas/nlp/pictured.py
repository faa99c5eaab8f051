"""Force words that tell no act done: an act a comparison only pictures ("it looked like a bomb had
gone off"), a work that "bombed" with its public, a market that is a trade, not a place. Split from
figurative.py, which asks these."""

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


# Verbs that give something a name: "called the lawsuit an ambush", "described the vote as a massacre".
_NAMING = {"call", "brand", "label", "term", "describe", "dub", "characterise", "characterize", "liken"}


def state_of_siege(t: Token) -> bool:
    """A "state of siege" is a law in force, martial law (Congo's eastern provinces, Colombia's estado
    de sitio), no siege laid: "the state of siege was extended", "under a state of siege"."""
    return t.lemma_.lower() == "siege" and t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() == "state"


def labelled(t: Token) -> bool:
    """A force noun that is the name a speaker gives something else: "called the lawsuit a cynical
    ambush", "described the audit as a witch hunt", "branded the vote a massacre of democracy". The
    thing named is told (or not) in its own words; the name tells no act (codebook 1.1)."""
    if t.pos_ != "NOUN":
        return False
    verb = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "as" else t.head if t.dep_ in ("oprd", "dobj") else None
    if verb is None or verb.lemma_.lower() not in _NAMING:
        return False
    return any(c.dep_ == "dobj" and c.i != t.i for c in verb.children)


# Who "ambushes" or "mobs" a celebrity without arms: cameras and admirers.
_PURSUERS = {"photographer", "paparazzo", "paparazzi", "reporter", "journalist", "cameraman", "fan", "admirer",
             "autograph", "selfie"}
_PURSUITS = {"ambush", "besiege", "mob", "hound", "swarm", "doorstep"}


def pursued(t: Token) -> bool:
    """A press pack or fans who "ambushed" or "mobbed" someone: cameras and questions, no force
    ("reporters ambushed the minister at the airport", "fans mobbed the singer")."""
    if t.pos_ != "VERB" or t.lemma_.lower() not in _PURSUITS:
        return False
    doers = [c for c in t.children if c.dep_ == "nsubj"]
    doers += [o for a in t.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    return any(actor_mod.look_through(d).lemma_.lower() in _PURSUERS for d in doers)


# Where an answer in words is given: "fired back in an interview", "hit back with a statement".
_SAYINGS = {"filing", "statement", "interview", "podcast", "column", "essay", "speech", "video", "lawsuit", "motion"}


def answered(t: Token) -> bool:
    """"Fired back" or "hit back" in or with words: an answer, no shot ("the coach fired back at the
    league in an interview", "the minister hit back with a statement"). Fire returned "at" a side
    with no such words stays fire."""
    if t.pos_ != "VERB" or not any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in t.children):
        return False
    said = vocabulary()["messages"] | _SAYINGS
    return any(c.dep_ == "prep" and c.lower_ in ("in", "with", "on") and any(
        actor_mod.look_through(p).lemma_.lower() in said for p in c.children if p.dep_ == "pobj") for c in t.children)


# What a market of stalls is known by ("the fish market", "the old covered market"): a place people shop in.
_STALLS = {"fish", "fruit", "vegetable", "meat", "cattle", "livestock", "camel", "goat", "sheep", "flower", "flea",
           "night", "street", "open", "central", "main", "crowded", "busy", "local", "weekly", "village", "town",
           "city", "covered", "outdoor", "food", "spice", "grain", "old", "popular", "bustling", "wholesale"}
_SHARES = {"part", "share", "slice", "segment", "corner", "end", "half", "percent", "quarter", "third"}


def market_trade(tok: Token) -> bool:
    """A market as the trade in a good ("the memory-chip market", "the market for phones", "a share
    of the market", a speaker's "this market") rather than a place of stalls: what is stormed,
    targeted or gone after there is custom, not people. A market with a place or a stall word on
    it ("a market in Aleppo", "the fish market") is the place."""
    share = actor_mod.look_through(tok)
    head = next((p for c in share.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj"), share) if share.lemma_.lower() in _SHARES else share
    partitive = head is not share  # "a share of the market" speaks of the trade
    if head.lemma_.lower() != "market":
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("in", "at", "near", "outside", "inside") for c in head.children) \
            or any(c.ent_type_ in ("GPE", "LOC", "FAC") for c in head.subtree):
        return False
    mods = [c for c in head.children if c.dep_ in ("compound", "amod", "nmod")]
    if any(c.lemma_.lower() in _STALLS or c.lower_ in _STALLS or c.pos_ == "PROPN" for c in mods):
        return False  # a stall word, or a market's own name ("the Bakara market")
    return bool(mods) or partitive or any(
        c.dep_ == "prep" and c.lower_ == "for" for c in head.children) or any(
        c.dep_ == "det" and c.lower_ in ("this", "that") for c in head.children)
