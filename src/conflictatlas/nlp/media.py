"""Acts in media, not in the world: inside a work of fiction, on computers or online, on a film set.
Split from mundane.py, which asks these for the coder."""

from __future__ import annotations

from spacy.tokens import Token

from . import actors as actor_mod
from .lexicon import vocabulary


def fiction(t: Token) -> bool:
    """An act inside a work of fiction: "the film follows a soldier who kills", "in the game,
    players shoot zombies", "the novel tells of a man who murders". A documentary, a video or a
    book may show real acts, and are not in the list."""
    works = vocabulary()["works_of_fiction"]
    for node in [t, *t.ancestors][:6]:
        for c in node.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN" and c.lemma_.lower() in works:
                return True
            if c.dep_ == "prep" and c.lower_ in ("in", "into") and any(
                    p.dep_ == "pobj" and p.lemma_.lower() in works
                    and any(d.lower_ in ("the", "this", "a") for d in p.children) for p in c.children):
                return True
    return False


def cyber(t: Token) -> bool:
    """An attack on computers ("a cyberattack", "attacked the bank's servers", "the attack on its
    website") or in words online ("was attacked on social media"): ACLED and UCDP code physical
    violence only."""
    if any(c.dep_ in ("compound", "amod") and c.lower_ in ("cyber", "ddos", "ransomware", "phishing", "online")
           for c in t.children) or t.lower_.startswith("cyber"):
        return True
    online = vocabulary()["online_media"]
    if any(c.lower_ == "online" for c in t.children) or any(
            c.dep_ == "prep" and c.lower_ in ("on", "via", "over")
            and any(p.dep_ == "pobj" and p.lemma_.lower() in online for p in c.children) for c in t.children):
        return True  # "was attacked on social media", "attacked online": words, not force
    objs = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += [p for c in t.children if c.dep_ == "prep" and c.lower_ in ("on", "against") for p in c.children
             if p.dep_ == "pobj"]
    words = vocabulary()
    digital = set(words["digital_targets"])
    if any(w.lemma_.lower() in words["computing"] or w.lower_ in words["computing"] for w in t.sent):
        digital |= set(words["digital_if_computing"])
    if objs and all(actor_mod.look_through(o).lemma_.lower() in digital for o in objs):
        return True
    doers = [c for c in t.children if c.dep_ == "nsubj"]
    # "the hospital was hit by a cyberattack": the agent is the digital attack itself
    agents = [p for a in t.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    if agents and all(_cyber(actor_mod.look_through(a)) for a in agents):
        return True
    return bool(doers) and all(actor_mod.look_through(d).lemma_.lower() in ("hacker", "hacktivist") for d in doers)


def _cyber(tok) -> bool:
    return tok.lower_.startswith("cyber") or tok.lemma_.lower() in ("hacker", "hacktivist", "hack", "malware", "ransomware") \
        or any(c.dep_ in ("compound", "amod") and c.lower_ in ("cyber", "ddos", "ransomware") for c in tok.children)


_FILMING = {"film", "filming", "movie", "scene", "episode", "footage", "sitcom", "series", "documentary", "drama",
            "thriller", "sequel"}
_FILMED = {"part", "sequence", "shot", "clip", "video", "commercial", "advert", "pilot", "season", "picture"}


def filmed(t: Token) -> bool:
    """"Parts of the film were shot on the quayside", "the episode was shot in Belfast", "shot the
    music video", "the shooting of the film": filming, where what was shot is no person (an actor
    shot on set was shot)."""
    if t.lemma_.lower() == "shooting" and t.pos_ == "NOUN":
        return any(c.dep_ == "prep" and c.lower_ == "of" and any(
            p.dep_ == "pobj" and p.lemma_.lower() in _FILMING | _FILMED for p in c.children) for c in t.children)
    if t.lemma_.lower() != "shoot" or t.pos_ != "VERB":
        return False
    if any(c.dep_ == "dobj" and c.lemma_.lower() in _FILMING | _FILMED - {"shot", "part", "season"} for c in t.children):
        return True  # what the camera takes, named as the object
    if not any(w.lemma_.lower() in _FILMING for w in t.sent):
        return False
    patients = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
    works = _FILMING | _FILMED | set(vocabulary()["works_of_fiction"])
    return bool(patients) and all(p.lemma_.lower() in works or actor_mod.look_through(p).lemma_.lower() in works
                                  or actor_mod.look_through(p).ent_type_ == "WORK_OF_ART" for p in patients)
