"""What the words on a role noun say about whom it names: "a birthday party" is its guests, "a youth
leader" leads private people, "two army officers" are the army's, "opposition members" act for the
opposition. actors.resolve looks the role noun up first; this module reads its modifiers."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import ActorDictionary, machines, vocabulary

# Ranks a force word makes a member of that force ("a police superintendent", "an army major").
RANKS = {"captain", "sergeant", "lieutenant", "major", "colonel", "general", "commander", "chief", "constable",
         "inspector", "corporal", "superintendent", "brigadier", "commandant"}

# Who leads, commands or speaks for a body: of an armed group where an armed word is written on them.
_LEADING = {"leader", "commander", "chief", "head", "spokesman", "spokeswoman", "spokesperson", "official"}
_ARMED = ("rebel/insurgent", "militia", "terrorist organisation")

_FESTIVE = {"birthday", "wedding", "dinner", "house", "pool", "block", "christmas", "graduation", "engagement",
            "street", "dance", "garden", "baptism", "holiday", "halloween", "quinceañera", "quinceanera"}


def _modifiers(head: Token) -> list[Token]:
    return [c for c in head.children if c.dep_ in ("compound", "amod")]


def refine_role(head: Token, role: str | None, d: ActorDictionary) -> str | None:
    """The role the dictionary gave `head`, as the words written on it correct it."""
    if role == "opposition" and head.lemma_.lower() == "party" and any(c.lemma_.lower() in _FESTIVE
                                                                       for c in _modifiers(head)):
        role = "civilians"  # a party thrown for a birthday or a wedding: its guests, no political party
    if role == "government" and any(c.lemma_.lower() in vocabulary()["civil_kinds"] for c in _modifiers(head)):
        role = "civilians"  # "a youth leader", "tribal elders": who lead no state body lead private people
    if role in ("government", "civilians", None) and any(c.lemma_.lower() == "opposition" for c in head.lefts):
        role = "opposition"  # "opposition members", its leader: they act for the opposition
    if role in ("government", None) and head.lemma_.lower() in _LEADING:
        # "a rebel leader", "a militant commander", "an insurgent spokesman": who leads or speaks for
        # armed men is one of them, not a state's office-holder or a private person
        role = next((d.roles[c.lower_] for c in _modifiers(head) if d.roles.get(c.lower_) in _ARMED), role)
    machine = role is None and head.lemma_.lower() in machines()
    if role in ("police", "military") or (role is None and head.lemma_.lower() in RANKS) or machine:  # "police cars" act for the police
        # "two army officers": the force word on the noun says which force; "rebel forces" are no state's
        role = next((d.roles[c.lower_] for c in _modifiers(head)
                     if d.roles.get(c.lower_) in ("military", "police", "rebel/insurgent", "militia")), role)
        if role == "military" and any(c.lemma_.lower() == "opposition" for c in _modifiers(head)):
            role = "rebel/insurgent"  # "opposition forces" are armed against the state, as "rebel forces"
    return role
