"""An authority at its daily work: a service offered to the public, help a force gives people in
trouble, advice or warnings to the public, orders given at the scene, goods inspectors seize. No
political act between sides (codebook 1.2). Split from mundane.py, which asks these among its questions."""

from __future__ import annotations

from spacy.tokens import Token

from . import actors as actor_mod
from .lexicon import vocabulary


def public_service(t: Token) -> bool:
    """A service offered to the public ("the ministry will offer free screening", "the county offers
    grants to shops"): an authority at its daily work, no agreement between political actors."""
    if t.lemma_.lower() != "offer":
        return False
    words = vocabulary()
    objs = [actor_mod.look_through(c) for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
    if objs and all(o.lemma_.lower() in words["public_services"] for o in objs):
        return True
    served = words["general_public"] | words["companies"] | words["service_users"]
    if objs and all(any(c.dep_ == "compound" and c.lemma_.lower() in served for c in o.children) for o in objs):
        return True  # "offers family support", "shop help": help named by whom it serves
    return any(o.lemma_.lower() in served for p in t.children if p.dep_ in ("prep", "dative") and p.lower_ in ("to", "for")
               for o in p.children if o.dep_ == "pobj") or any(
        o.lemma_.lower() in served for o in t.children if o.dep_ == "dative")


_FORCE_UNITS = {"department", "office", "unit", "squad", "team", "agency", "bureau", "force"}


def _a_force_or_its_work(tok: Token) -> bool:
    words = {tok.lemma_.lower()} | {c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod")}
    return bool(words & (set(vocabulary()["police_officers"]) | set(vocabulary()["inquiry"]))) or (
        tok.lemma_.lower() in _FORCE_UNITS and bool(words & set(vocabulary()["police_officers"])))


def police_assistance(t: Token) -> bool:
    """Police helping police at their work ("was assisted by officers from the state police", "deputies
    assisted city police at the scene", "assisting the investigation"): routine work among forces of
    one state, no material aid (PLOVER AID); a state or a people named beside them makes it more."""
    if t.lemma_.lower() not in ("assist", "help", "aid") or t.pos_ != "VERB":
        return False
    parts = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    parts += [p for a in t.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    parts += [p for x in [t, *parts] for c in x.children if c.dep_ == "prep" and c.lower_ in ("from", "in", "with")
              for p in c.children if p.dep_ == "pobj"]
    d = actor_mod.actors()
    if any(x.ent_type_ == "NORP" for p in parts for x in p.subtree) or any(
            e.is_state for p in parts for _, _, e in actor_mod.match_names(list(p.subtree), d)):
        return False  # "assisted Iraqi police", "the United States assisted": help between states
    return any(_a_force_or_its_work(p) for p in parts)


def public_advice(t: Token) -> bool:
    """Advice to the public at large ("police asked the public to stay alert", "officials urged
    residents to boil water"): public administration, not a demand on an actor (PLOVER REQUEST asks
    someone for support or a change of policy)."""
    asked = [c for c in t.children if c.dep_ == "dobj"]
    # "appealed for anyone with footage to come forward": the one asked is the "for ... to" clause's subject
    # "asked that anyone who saw it come forward": the subject of the clause asked for
    asked += [x for c in t.children if c.dep_ in ("advcl", "xcomp", "ccomp")
              and (c.dep_ == "ccomp" or any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children))
              for x in c.children if x.dep_ == "nsubj"]
    # (the model can make the subject of a bare subjunctive the clause's head: "asked that anyone who saw it call")
    asked += [c for c in t.children if c.dep_ == "ccomp" and c.pos_ in ("PRON", "NOUN")]
    # "called on residents", "appealed for witnesses to come forward"
    asked += [p for c in t.children if c.dep_ == "prep" and c.lower_ in ("on", "upon", "for") for p in c.children
              if p.dep_ == "pobj" and (c.lower_ != "for" or p.lemma_.lower() in vocabulary()["general_public"])]
    return bool(asked) and all(a.lemma_.lower() in vocabulary()["general_public"] for a in asked)


# What an officer orders someone to do where they stand: "drop the knife", "step out of the car"
# (not "leave" or "turn back": a diplomat ordered to leave the country, a convoy turned back, are acts of state)
_ON_THE_SPOT = {"drop", "stop", "step", "get", "put", "raise", "show", "lie", "freeze", "exit", "pull", "disperse",
                "sit", "kneel"}


def command_on_the_spot(t: Token) -> bool:
    """"The deputy ordered the man to drop the knife", "ordered the crowd to disperse": an order given
    at the scene to do something there and then is part of the police action it belongs to, no
    request of one political actor to another (codebook 3)."""
    if t.lemma_.lower() not in ("order", "tell", "command", "instruct") or t.pos_ != "VERB":
        return False
    return any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in _ON_THE_SPOT for c in t.children) and not any(
        c.dep_ in ("dobj", "nsubjpass") and (c.ent_type_ in ("ORG", "GPE", "NORP") or c.lemma_.lower() in _BODIES)
        for c in t.children)


_BODIES = {"government", "ministry", "army", "military", "troops", "force", "police", "council", "agency", "company",
           "state", "authority", "rebel", "militia"}


_INSPECTING = {"health", "sanitation", "inspection", "inspector", "food", "hygiene", "veterinary"}


def inspectors_seizure(t: Token) -> bool:
    """"Public health officers seized samples of the food", "inspectors confiscated 40 pounds of
    meat": goods taken by inspectors are public administration (codebook 1.3), no coercion."""
    if t.lemma_.lower() not in ("seize", "confiscate", "impound"):
        return False
    doers = [c for c in t.children if c.dep_ == "nsubj"] + [
        p for a in t.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    return any(d.lemma_.lower() in _INSPECTING or any(m.lemma_.lower() in _INSPECTING for m in d.children
                                                       if m.dep_ in ("compound", "amod")) for d in doers)
