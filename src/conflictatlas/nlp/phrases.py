"""How a noun phrase reads as a name: its naming words, the name a tagged entity gives, whether a
word is a proper name, a subject a plural verb agrees with, people the text arms. Split from
actors.py, which turns phrases into Actors."""

from __future__ import annotations

import re

from spacy.tokens import Token

from .lexicon import vocabulary

# Dependents that stay on the left of the noun they name ("the U.S. military's Africa Command").
_NP_LEFT = {"compound", "amod", "poss", "nmod", "nummod", "det", "quantmod", "case", "punct", "npadvmod"}
_ARMING = {"armed", "masked", "hooded"}


def name_phrase(head: Token) -> list[Token]:
    """The head and its left modifiers: the words that name it ("the U.S. military's Africa Command"),
    and for a proper name its "of" complement ("King Hassan of Morocco", "Republic of Korea")."""
    left = [t for t in head.subtree if t.i < head.i and _attached_left(t, head)]
    right = []
    if head.pos_ == "PROPN":
        # a name that ends in a number ("Barrio 18"): the number right after it is a word of it
        right = [c for c in head.children if c.dep_ == "nummod" and c.i == head.i + 1]
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None:
            right += [of, *(t for t in of.subtree if t.i > of.i and t.dep_ not in ("relcl", "acl"))]
            right = [t for t in right if t.i <= max(x.i for x in of.subtree)]
    return left + [head] + sorted(right, key=lambda t: t.i)


def _attached_left(t: Token, head: Token) -> bool:
    while t.i != head.i:
        if t.dep_ not in _NP_LEFT and t.head.i != head.i:
            return False
        if t.head.i == t.i:
            return False
        t = t.head
    return True


def clean_text(phrase: list[Token]) -> str:
    words = [t for t in phrase if t.dep_ != "det" and t.lower_ not in ("one",) and not _bracketed(t)]
    while words and (words[0].is_punct or words[0].dep_ == "case"):
        words = words[1:]
    return "".join(t.text_with_ws for t in words).strip() or phrase[-1].text


def _bracketed(t: Token) -> bool:
    """A word of an editor's insertion in square brackets, or a bracket."""
    if t.text in ("[", "]"):
        return True
    before = next((x.text for x in reversed(t.doc[max(t.i - 8, 0):t.i]) if x.text in ("[", "]")), None)
    after = next((x.text for x in t.doc[t.i + 1:t.i + 9] if x.text in ("[", "]")), None)
    return before == "[" and after == "]"


def armed_people(head: Token) -> bool:
    """People the text arms: "armed men", "masked youths", "two men armed with pistols", "men carrying
    rifles". A band, not one person with a knife, who is a private individual (codebook 2)."""
    if head.lemma_.lower() in ("group", "band") and any(c.dep_ == "amod" and c.lower_ == "armed" for c in head.children):
        return True  # "a band of armed men", "members of armed bands": a band the text arms, whoever's it is
    if head.lemma_.lower() not in vocabulary()["private_people"] or head.tag_ != "NNS":
        return False
    return any(c.dep_ == "amod" and c.lower_ in _ARMING for c in head.children) or any(
        c.dep_ == "acl" and (c.lower_ == "armed" or c.lemma_.lower() in ("carry", "wield", "brandish") and any(
            o.lemma_.lower() in vocabulary()["hand_weapons"] for o in c.children if o.dep_ == "dobj"))
        for c in head.children)


def plural_subject(head: Token) -> bool:
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = head.head
    return verb.tag_ == "VBP" or any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("are", "were", "have")
                                     for c in verb.children)


def proper(t: Token) -> bool:
    """A proper name, which is capitalised: "the jihadist rebels" is a kind the tagger took for a name."""
    return t.pos_ == "PROPN" and t.text[:1].isupper()


def ent_text(t: Token) -> str:
    for ent in t.doc.ents:
        if ent.start <= t.i < ent.end:
            # the name without the article or the possessive the entity was tagged with ("Acme's plan")
            # less an editor's insertion the recognizer took in ("[Islamist] Turkistan Islamic Party")
            text = re.sub(r"\[[^\]]*\]\s*|^[^\[\]]*\]\s*|\s*\[[^\]]*$", "", ent.text).strip() or ent.text
            return re.sub(r"['’]s?$", "", text.removeprefix("the ").removeprefix("The "))
    return t.text



def aged(head: Token) -> bool:
    """A name with an age after it ("Tom Ray, 45, of Somerset"): a person's, however the verb agrees."""
    after = head.doc[head.i + 1:head.i + 4]
    return len(after) == 3 and after[0].text == "," and after[1].like_num and after[2].text in (",", ";")
