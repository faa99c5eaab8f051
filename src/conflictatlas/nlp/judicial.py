"""The courts' handling of an act, told apart from the act (codebook 1.2): a charge names a legal
category ("charged with vandalism"), unless it names whom the act was done to, which tells the act."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import vocabulary
from .senses import DEATHS, death_named

# Words whose argument names a legal category, not an act told ("charged with killing", "convicted of
# murdering", "charges of vehicular homicide", "indicted in the robberies").
_LEGAL_HEADS = {"charge", "convict", "indict", "accuse", "sentence", "plead", "acquit", "prosecute",
                "arraign", "conviction", "indictment", "count", "case", "allegation", "suspicion", "statute",
                "crime", "offense", "offence", "guilty", "innocent", "serve", "prison", "jail", "warrant",
                # what a suspect confesses to is his case, looked back on ("confessed to killing 16 women")
                "confess", "confession",
                # a law's numbered section, the crime it defines in brackets: "sections 307 (attempt to murder)"
                "section"}

_FRESH = {"charge", "accuse", "indict", "arraign", "suspicion", "allegation"}


# What investigators look into when they look into a crime (codebook 1.2: an investigation is the
# handling of an earlier act, as a charge is).
_INVESTIGATING = {"investigate", "probe", "investigation"}
_INQUIRERS = {"police", "detective", "investigator", "sheriff", "coroner", "examiner", "officer", "deputy",
              "trooper", "agent", "authority", "prosecutor"}


def crime_investigated(t: Token) -> bool:
    """"Detectives are investigating the killing", "police probed the shooting": the investigators'
    handling of an act (the act itself is told by its own words), no accusation between actors."""
    if t.lemma_.lower() not in _INVESTIGATING:
        return False
    looked_into = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
    looked_into += [p for c in t.children if c.dep_ == "prep" and c.lower_ in ("into", "of")
                    for p in c.children if p.dep_ == "pobj"]
    doers = [c for c in t.children if c.dep_ == "nsubj"]
    crime = vocabulary()["person_crimes"] | DEATHS | {"case", "incident", "shooting", "stabbing", "fire", "crash",
                                                      "disappearance", "killing"}
    return any(o.lemma_.lower() in crime for o in looked_into) and (
        not doers or any(d.lemma_.lower() in _INQUIRERS for d in doers))


def legal_category(t: Token) -> bool:
    """An act named as what someone is charged with, convicted of or suspected of: the courts'
    category for an earlier act, not a telling of it (codebook 1.2). A fresh charge naming whom the
    act was done to tells the act, also where the article told it before (one more mention of it)."""
    if crime_investigated(t) or _bracketed_statute(t):
        return True
    node = t
    for _ in range(6):
        if node.head.i == node.i:
            return False
        head = node.head
        if node.dep_ == "prep" and node.lower_ in ("after", "following", "before"):
            return False  # "man charged after woman stabbed": the act told, the charge came after it
        if node.dep_ == "conj" and node.tag_ in ("VBD", "VBZ", "VBP") and head.pos_ in ("VERB", "AUX"):
            return False  # "accused the council of waste and demanded a vote": a second act of its own
        if head.lemma_.lower() in _LEGAL_HEADS and node.dep_ in ("pobj", "pcomp", "prep", "dobj", "compound",
                                                                  "conj", "xcomp", "appos"):
            # A fresh charge that names whom the act was done to tells the act; a conviction or a
            # sentence looks back on one the news is not about.
            return head.lemma_.lower() not in _FRESH or not _names_its_victim(t)
        if node.dep_ in ("dobj", "attr") and any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _LEGAL_HEADS
                                                 for c in head.children):
            return True  # "his convictions include assault and battery"
        # Up through prepositions and the clauses on a charge's nouns ("robbery with intent to maim"),
        # and a charge's gerund the act is the means of ("charged with breaching the peace by
        # fighting"; one "accused of taking part in a robbery" tells the robbery).
        through_prep = node.dep_ == "prep" and (head.pos_ == "NOUN" or (node.lower_ == "by" and head.tag_ == "VBG"))
        if head.pos_ == "ADP" or node.dep_ in ("pobj", "pcomp", "conj", "compound", "amod", "acl") or through_prep:
            node = head
            continue
        return False
    return False


def _bracketed_statute(t: Token) -> bool:
    """The crime a numbered section of a law defines, written in brackets after its number ("a case
    under sections 307 (attempt to murder) and 386 (extortion)"): a charge sheet, whatever the parse."""
    doc = t.doc
    opening = next((i for i in range(t.i - 1, max(t.i - 6, 0) - 1, -1) if doc[i].text in ("(", ")")), None)
    return opening is not None and doc[opening].text == "(" and opening > 0 and doc[opening - 1].like_num \
        and any(doc[i].lower_ in ("section", "sections", "article", "articles", "ipc", "ppc", "act", "code")
                for i in range(max(opening - 5, 0), opening))


_HOLDING = {"arrest", "hold", "seek", "detain", "question", "jail", "book", "identify"}


def named_in_charge(t: Token) -> Token | None:
    """The noun phrase of an act named as what someone is charged, arrested or held in ("charged
    Friday in the shooting death of a clerk", "arrested Monday in the killing"): it, whose own
    words alone date the act; the charge's date is the charge's."""
    anchor = t.head if death_named(t) else t
    if anchor.pos_ not in ("NOUN", "PROPN"):
        return None
    node = anchor
    for _ in range(4):
        if node.dep_ not in ("pobj", "prep") or node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return anchor if node.lemma_.lower() in _LEGAL_HEADS | _HOLDING else None
    return None


def tells_the_act(t: Token, charge: Token) -> bool:
    """`t` is the act a fresh charge names together with whom it was done to."""
    return charge.lemma_.lower() in _FRESH and _names_its_victim(t)


def _names_its_victim(t: Token) -> bool:
    """"accused of strangling her landlord", "charged in the death of Ann Lee": a charge that names
    whom the act was done to tells that act, unlike the bare category ("charged with vandalism")."""
    named_death = death_named(t)
    if t.pos_ == "VERB" and not named_death:
        objs = [c for c in t.children if c.dep_ == "dobj"]
    else:
        # the act's own "of", or that of the death it is named as or named in ("the shooting death of
        # a clerk", "murder in the death of her husband")
        nouns = [t] + ([t.head] if named_death else [])
        nouns += [d for c in t.children if c.dep_ == "prep" and c.lower_ == "in"
                  for d in c.children if d.dep_ == "pobj" and d.lemma_.lower() in DEATHS]
        objs = [g for n in nouns for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children if g.dep_ == "pobj"]
    return any(o.ent_type_ == "PERSON" or o.lemma_.lower() in vocabulary()["people"]
               or o.lower_ in ("him", "her", "them") for o in objs)


_TERMS = {"life", "year", "month", "week", "day", "term", "decade"}


def sentenced(t: Token) -> bool:
    """"Jailed for twenty years", "imprisoned for six years", "sentenced to four years": a court's
    sentence, not an arrest (codebook 1.2)."""
    if t.lemma_.lower() == "sentence" and t.pos_ == "VERB":
        return True
    if t.lemma_.lower() not in ("jail", "imprison") or t.pos_ != "VERB":
        return False
    # "jailed for fraud", "imprisoned for his role in the riots": a sentence for a crime too, unless
    # held for what police do with a suspect ("jailed for questioning")
    return any(p.lower_ == "for" and any(o.lemma_.lower() in _TERMS or (o.pos_ == "NOUN" and o.lemma_.lower() not in _HELD_FOR)
                                         for o in p.children if o.dep_ == "pobj")
               for p in t.children if p.dep_ == "prep")


_HELD_FOR = {"questioning", "interrogation", "investigation", "safekeeping", "protection", "night", "hour", "weekend"}
