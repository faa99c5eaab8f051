"""Sentences that say how things are done or tend to go, not that an act was done (codebook 1.2):
instructions ("how to burn a village"), what a kind of thing is known to do, propensities ("are more likely to be arrested"), duties ("the
harbour police's first duty is to board smugglers' boats"), daily routines ("migrants are caught every day"), displays of a
skill ("cooking demonstrations"), and acts done to animals ("birds captured on the island"). Each
reads only the parse and the word classes of data/vocabulary.yaml.
"""

from __future__ import annotations

from spacy.tokens import Token

from .accidents import animal_word
from .lexicon import vocabulary

_PRONE = {"likely", "liable", "prone", "apt", "inclined", "unlikely"}
# Not "mission": a UN mission is a body that acts
_DUTIES = {"task", "job", "duty", "role", "responsibility", "function", "aim", "goal", "purpose"}
_ROUTINE_UNITS = {"day", "night", "week", "month", "morning", "evening", "weekend",
                  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_ROUTINE_ADVERBS = {"daily", "nightly", "weekly", "monthly"}
# A force that patrols or guards every night is deployed there: an ongoing MOBILIZE (codebook 5)
_STANDING = {"patrol", "guard", "deploy", "station", "man", "occupy", "besiege", "blockade"}


def _first_conjunct(t: Token) -> Token:
    # "to be detained, beaten or robbed": the list shares its first member's frame
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    return t


def instructions(t: Token) -> bool:
    """"a manual on how to raze a village", "taught them how to fire a rocket": a way of doing, not a deed."""
    v = _first_conjunct(t)
    return v.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children) and any(
        c.dep_ == "advmod" and c.lower_ == "how" for c in v.children)


def propensity(t: Token) -> bool:
    """"Children are more likely to be injured or arrested", "men prone to attack": who tends to suffer
    or do an act, a comparison of chances, not an act told."""
    v = _first_conjunct(t)
    adj = v.head if v.dep_ == "xcomp" else None
    if adj is None or adj.lemma_.lower() not in _PRONE:
        return False
    # "was likely to be arrested" of one person is a forecast (status); a comparison or a class is not
    return any(c.dep_ == "advmod" and c.lower_ in ("more", "less", "most", "least") for c in adj.children) \
        or adj.lemma_.lower() in ("prone", "liable", "apt", "inclined")


def duty(t: Token) -> bool:
    """"The harbour police's first duty is guarding the straits", "their job is to arrest smugglers": what a body
    is for, not what it did."""
    v = _first_conjunct(t)
    if v.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in v.children) and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in _DUTIES for c in v.children):
        return True  # parsed as a progressive: a task does not patrol
    if v.dep_ not in ("attr", "xcomp", "acomp", "ccomp") or v.head.lemma_ != "be":
        return False
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in _DUTIES for c in v.head.children)


def routine(t: Token) -> bool:
    """"Dozens of migrants are caught every day", "police patrol the market daily", "pensioners have
    marched every Thursday for years": a present or present-perfect act said to recur on a calendar
    is a routine, no one act."""
    v = _first_conjunct(t)
    if v.pos_ != "VERB" or v.lemma_.lower() in _STANDING:
        return False
    present = v.tag_ in ("VBZ", "VBP") or (v.tag_ == "VBN" and any(
        c.dep_ in ("auxpass", "aux") and c.tag_ in ("VBZ", "VBP") for c in v.children))
    if not present:
        return False
    for c in v.children:
        if c.dep_ == "advmod" and c.lower_ in _ROUTINE_ADVERBS:
            return True
        if c.dep_ in ("npadvmod", "advmod") and c.lemma_.lower() in _ROUTINE_UNITS and any(
                d.dep_ == "det" and d.lower_ in ("every", "each") for d in c.children):
            return True
    return False


def display(t: Token) -> bool:
    """"Cooking demonstrations", "interactive demonstrations will cover pruning", "a demonstration of
    the new drone": a showing of a skill or a product, not a protest (which is held against, over or
    for something, by people)."""
    if t.lemma_.lower() != "demonstration" or t.pos_ != "NOUN":
        return False
    mods = {w for c in t.children if c.dep_ in ("amod", "compound") for w in (c.lemma_.lower(), c.lower_)}
    words = {x.lower_ for c in t.children if c.dep_ in ("amod", "compound") for x in c.subtree}
    if mods & set(vocabulary()["display_kinds"]) or {"air", "assault"} <= words:  # (an air assault's show)
        return True
    if any(c.dep_ == "prep" and c.lower_ == "by" and any(p.lemma_.lower() in _PERFORMERS for p in c.children)
           for c in t.children):
        return True  # "a demonstration by the Army's jump team": a team shows what it does
    # "a demonstration of how to prune", "demonstrations on flower arranging"
    return any(c.dep_ == "prep" and c.lower_ in ("of", "on") and any(
        p.dep_ in ("pcomp", "pobj") and (p.tag_ == "VBG" or p.lower_ == "how" or any(
            w.lower_ == "how" for w in p.subtree)) for p in c.children) for c in t.children)


def done_to_animals(t: Token) -> bool:
    """"Birds captured on the island were released", "poachers killed two rhinos": animals taken or
    killed are no political event (animal_doer covers acts by animals)."""
    if t.pos_ != "VERB":
        return False
    patients = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
    if t.dep_ == "acl" and t.tag_ == "VBN":
        patients.append(t.head)  # "birds captured on the island"
    if not patients and t.lemma_.lower() in ("shoot", "fire"):
        patients = [p for c in t.children if c.dep_ == "prep" and c.lower_ == "at" for p in c.children if p.dep_ == "pobj"]
    animals = vocabulary()["animals"]

    def animal(p: Token) -> bool:  # "most of the turtles", "dozens of deer"
        return animal_word(p, animals) or any(animal_word(o, animals) for c in p.children
                                              if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj")
    return bool(patients) and all(animal(p) for p in patients)


def known_to(t: Token) -> bool:
    """"Bright meteors are known to explode", "the gang is known to rob travellers": what a kind of
    thing is known to do, not a deed ("is known to have killed two" tells one, in the perfect)."""
    v = _first_conjunct(t)
    return v.dep_ == "xcomp" and v.head.lemma_.lower() == "know" and v.head.tag_ == "VBN" \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children) \
        and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in v.children)


_WORD_NOUNS = {"term", "word", "phrase", "label", "euphemism", "expression", "name"}
_DEFINING = {"refer", "mean", "denote", "describe", "use", "cover", "apply", "include"}


def definition(t: Token) -> bool:
    """"Officials use the term to refer to militants killed or captured", "the word is used for
    fighters killed in battle": an act named in saying what a word means; no one did it."""
    above = []
    for a in (t, *t.ancestors):  # (not a clause of time: "used the word after its fighters killed three")
        if a.dep_ == "advcl":
            break
        above.append(a.head)
    return any(a.lemma_.lower() in _DEFINING for a in above) and any(
        c.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") and any(w.lemma_.lower() in _WORD_NOUNS for w in (c, *c.children)
                                                                if w.i == c.i or w.dep_ == "compound")
        for a in above for c in a.children)


_BEING = {"be", "become", "remain"}


def kind_of_act(t: Token) -> bool:
    """"Kidnappings for ransom have become a source of revenue", "attacks are rare on that road": a
    kind of act, bare and plural, said to be something; no one act (a count, an article, an owner or
    a day makes it acts told: "the attacks were deadly", "two attacks were reported on Friday")."""
    return t.pos_ == "NOUN" and t.tag_ == "NNS" and t.dep_ == "nsubj" and t.head.lemma_ in _BEING \
        and any(c.dep_ in ("attr", "acomp") for c in t.head.children) \
        and not any(c.dep_ in ("det", "nummod", "poss") for c in t.children) \
        and not any(e.label_ in ("DATE", "TIME") for e in t.sent.ents)


_WAGING = {"fight", "battle", "combat", "wage", "face", "confront", "counter"}


def whole_war(t: Token) -> bool:
    """"Burkina Faso has been battling a jihadist insurgency", "the army is fighting a rebellion": the
    war as a whole, no act of it (codebook 1.2: aggregates)."""
    from .counts import WARS  # (here: counts imports modules that import this one)

    if t.pos_ != "VERB" or t.lemma_.lower() not in _WAGING:
        return False
    # "a militia that has been battling the army for three years": a war told by how long it has lasted
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in t.children)
    lasted = any(c.dep_ == "prep" and c.lower_ == "for" and any(
        p.lemma_.lower() in _LONG for p in c.subtree if p.dep_ == "pobj") for c in t.children)
    # "rebels fighting President Kabila captured a dam": a participle that says which side armed men
    # are on names them, no act (one placed, "rebels fighting troops near Goma", may be a battle)
    side = t.tag_ == "VBG" and t.dep_ == "acl" and t.head.lemma_.lower() in vocabulary()["armed"] | vocabulary()["armies"] \
        and not any(c.dep_ == "prep" and c.lower_ in ("in", "near", "at", "around", "outside", "on") for c in t.subtree)
    return side or any(c.dep_ == "dobj" and c.lemma_.lower() in WARS for c in t.children) or (perfect and lasted)


_LONG = {"year", "decade", "month", "generation"}
_PERFORMERS = {"team", "squad", "troupe", "crew", "chef", "instructor"}


def general(t: Token) -> bool:
    """This module's checks."""
    return instructions(t) or propensity(t) or duty(t) or routine(t) or display(t) or staged(t) or done_to_animals(t) \
        or known_to(t) or definition(t) or kind_of_act(t) or whole_war(t)


def staged(t: Token) -> bool:
    """What a sentence telling a display shows ("an air assault demonstration, where a squad stormed a
    mock village and fired blanks"; "a K-9 demonstration in which the dog tackled a soldier"): a show."""
    return t.lemma_.lower() != "demonstration" and any(display(x) for x in t.sent if x.lemma_.lower() == "demonstration")


def every_time(verb: Token) -> bool:
    """A present act, active or passive, under "every time" ("every time there is a blast, our sons
    are rounded up and beaten"): what is done as a rule."""
    if verb.pos_ == "NOUN" and verb.dep_ in ("attr", "nsubj", "dobj"):
        verb = verb.head  # "every time there is a bombing"
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    present = verb.tag_ in ("VBZ", "VBP") or (verb.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in verb.children))
    if verb.pos_ not in ("VERB", "AUX") or not present:
        return False
    clauses = [verb, *(c for c in verb.children if c.dep_ in ("advcl", "ccomp"))]
    return any(n.dep_ == "npadvmod" and n.lemma_.lower() in ("time", "occasion") and any(
        d.dep_ == "det" and d.lower_ in ("every", "each") for d in n.children) for c in clauses for n in c.children)
