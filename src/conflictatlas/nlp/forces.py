"""A town's or county's own police, named after it ("Tulsa police", "the Dover Police Department",
"Orange County Sheriff's Office", "Dover Police Department Sgt. Ray"): local news names the force
that made its arrests, and a named officer acts as that force."""

from __future__ import annotations

from spacy.tokens import Token

from . import actors as actors_mod  # resolved at call time: actors imports this module
from . import lexicon
from .lexicon import ActorDictionary

# Titles of police officers ("Trooper Ann Lee", "Sgt. Ray", "PPD Patrolman Cole").
POLICE_TITLES = {"officer", "trooper", "deputy", "sgt", "sergeant", "patrolman", "patrolwoman", "detective", "det",
                 "constable", "cpl", "corporal", "ofc", "dep", "tpr"}
INSTITUTION_HEADS = {"police", "department", "office", "sheriff", "patrol", "deputies", "officers", "troopers"}


def local_force(head: Token, phrase: list[Token], d: ActorDictionary) -> str | None:
    """"Tulsa police", "the Dover Police Department", "Orange County Sheriff's Office": a town's or
    county's own force, named after it (not the state a capital's name stands for: "Paris police"
    in Texas are not France's). Its name is the phrase as written, without the determiner."""
    if head.lower_ not in INSTITUTION_HEADS or not (d.roles.get(head.lower_) == "police" or head.lower_ in (
            "department", "office", "patrol")):
        return None
    names = [t for t in phrase if t.i < head.i and t.pos_ == "PROPN"]
    if not names or any(t.lower_ in ("state", "federal", "national") for t in phrase):
        return None
    if head.lower_ in ("department", "office") and not any(t.lower_ in ("police", "sheriff", "sheriff's")
                                                           for t in phrase):
        return None
    if any(e.is_state and not e.name.startswith(names[0].text) for _, _, e in actors_mod.match_names(names, d)) and \
            head.lower_ == "police" and len(names) == 1 and names[0].ent_type_ == "NORP":
        return None  # "Iraqi police": the state's
    # The name as written, the run of proper nouns that ends at the head ("Miami-Dade police",
    # "Orange County Sheriff's Office"), not a dateline or another name before it.
    doc, first = head.doc, head.i
    while first > 0 and ((doc[first - 1].pos_ == "PROPN" and doc[first - 1].text[0].isalnum())
                         or doc[first - 1].text in ("-", "'s", "’s")
                         or doc[first - 1].lower_ in ("county", "city", "police", "sheriff", "sheriff's")):
        first -= 1
    if first == head.i:
        return None
    return doc[first:head.i + 1].text.strip(" -—")


def force_of_officer(head: Token) -> Token | None:
    """The force's own head word in "Dover Police Department Sgt." or "Sheriff's Office Deputy", where
    the officer's title heads the phrase."""
    if head.lower_.rstrip(".") not in POLICE_TITLES or head.i == 0:
        return None
    before = head.doc[head.i - 1]
    return before if before.lower_ in INSTITUTION_HEADS and before.head.i == head.i else None


def local_forces(doc) -> list[str]:
    """The names of the town and county forces a parsed paragraph names, in order."""
    d = lexicon.actors()
    out = []
    for tok in doc:
        force = force_of_officer(tok.head) if tok.dep_ == "compound" else None
        officer_of = force is not None and force.i == tok.i
        if tok.lower_ in INSTITUTION_HEADS and (tok.dep_ not in ("compound", "amod") or officer_of):
            name = local_force(tok, actors_mod._phrase(tok) if not officer_of else
                                [t for t in actors_mod._phrase(tok.head) if t.i <= tok.i], d)
            if name and name not in out:
                out.append(name)
    return out
