"""Repairs of single words the tagger misreads, run after the parser (see repair.py)."""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from .lexicon import vocabulary


@lru_cache(maxsize=1)
def _people() -> frozenset[str]:
    return vocabulary()["people"] | vocabulary()["protesters"]


@Language.component("adjective_nouns")
def adjective_nouns(doc: Doc) -> Doc:
    """"Kenyan police shoot protester dead": a headline's bare object the tagger reads as an
    adjective, as it does a noun with no article before it; a word for people that a verb takes
    as its object is a noun."""
    for t in doc:
        if t.tag_ == "JJ" and t.dep_ == "dobj" and t.lower_ in _people():
            t.tag_, t.pos_ = "NN", "NOUN"
    return doc


@lru_cache(maxsize=1)
def _doers() -> frozenset[str]:
    words = vocabulary()
    return frozenset(words["people"] | words["police_officers"] | words["armed"] | words["armies"])


@Language.component("shot_verbs")
def shot_verbs(doc: Doc) -> Doc:
    """"A trooper shot and killed a driver", "a deputy shot and injured a teenager": the tagger reads "shot"
    after a word for a person as a compound noun ("a trooper shot"), which leaves the killing with a
    noun for its subject. Followed by a past verb joined to it, it is that person's act: a verb,
    the person its subject."""
    doers = _doers()
    for t in doc:
        after = doc[t.i + 2] if t.i + 2 < len(doc) and doc[t.i + 1].lower_ == "and" else None
        if t.lower_ != "shot" or not t.tag_.startswith("NN") or after is None or after.tag_ != "VBD" \
                or after.dep_ != "conj":
            continue
        # (no lemmas yet: the lemmatizer runs after the repairs)
        subject = next((c for c in t.children if c.dep_ == "compound" and c.i == t.i - 1
                        and (c.lower_ in doers or c.lower_.removesuffix("s") in doers)), None)
        if subject is None:
            continue
        t.tag_, subject.dep_ = "VBD", "nsubj"
        after.head, doc[t.i + 1].head = t, t  # ("said a guard shot and hurt a man": the hurting is the guard's too)
        for c in t.children:
            if c.dep_ in ("det", "amod", "poss") and c.i < subject.i:
                c.head = subject  # "a deputy": the article is the person's
        if t.dep_ == "dobj":
            t.dep_ = "ccomp"  # "investigators said a deputy shot ...": what was said
    return doc


# A day is when, not what ("officers arrested Tuesday": a headline's clipped passive)
_DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight"}


@Language.component("finite_participles")
def finite_participles(doc: Doc) -> Doc:
    """"US-led coalition aircraft bombed Mosul on Friday": a sentence the parser leaves with no
    finite verb, its subject as the root and the verb as a participle on it, takes the participle
    that has an object of its own right after the noun as its verb (a sentence has one; "a convoy
    bombed near the border", with no object, stays a noun phrase)."""
    for sent in doc.sents:
        root = sent.root
        # (tags only: the parts of speech are set after the parser, from them)
        verb = next((c for c in root.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD") and c.i == root.i + 1),
                    None)
        if not root.tag_.startswith("NN") or verb is None \
                or any(t.tag_ in ("VBD", "VBZ", "VBP") and t.i != verb.i for t in sent):
            continue
        obj = next((c for c in verb.children if c.dep_ in ("npadvmod", "advmod", "dobj") and c.i == verb.i + 1
                    and c.tag_.startswith("NN") and c.lower_ not in _DAYS), None)
        if obj is None:
            continue
        verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
        root.head, root.dep_ = verb, "nsubj"
        obj.dep_ = "dobj"
    return doc


@Language.component("trailing_participles")
def trailing_participles(doc: Doc) -> Doc:
    """"Two car bombs targeting patrols detonated in the city, killing a civilian": a participle set
    off by a comma after the verb tells what the clause's act did, though the parser hangs it on the
    subject, far before it; it is the verb's."""
    for t in doc:
        subject = t.head
        verb = subject.head
        if t.dep_ == "acl" and t.tag_ == "VBG" and subject.dep_ in ("nsubj", "nsubjpass") \
                and verb.tag_.startswith("VB") and subject.i < verb.i < t.i and t.i > 0 and doc[t.i - 1].text == ",":
            t.head, t.dep_ = verb, "advcl"
    return doc


# Verbs whose subject says something to or of someone: a person's or a body's acts, not a thing's
_ADDRESSING = {"accuse", "urge", "call", "ask", "criticise", "criticize", "blame", "warn", "demand", "praise",
               "condemn", "thank", "invite", "order", "vow", "pledge", "promise", "reject", "dismiss"}
_SAYING = {"say", "state", "write", "argue", "insist", "claim", "add", "tell", "note"}


def _forms(verbs: set[str], irregular: set[str] = frozenset()) -> frozenset[str]:
    """The written forms of regular verbs (the repair runs before the lemmatizer)."""
    stems = {v[:-1] if v.endswith("e") else v for v in verbs}
    return frozenset(verbs | irregular | {v + "s" for v in verbs} | {s + "ed" for s in stems} | {s + "ing" for s in stems})


_ADDRESSING_FORMS = _forms(_ADDRESSING)
_SAYING_FORMS = _forms(_SAYING, {"said", "told", "wrote", "says", "tells", "writes"})


@Language.component("said_conjuncts")
def said_conjuncts(doc: Doc) -> Doc:
    """"The mayor said the plan costs too much and accused the council of waste": a verb of
    addressing someone joined to what was said, with no subject of its own, where what was said is
    about a thing, is the speaker's second act (the parser hangs it on the clause said, whose
    subject, the plan, accuses no one)."""
    from .lexicon import actors

    roles = actors().roles
    people = _people()
    for t in doc:
        said = t.head
        if t.dep_ != "conj" or not t.tag_.startswith("VB") or t.lower_ not in _ADDRESSING_FORMS \
                or said.dep_ != "ccomp" or said.head.lower_ not in _SAYING_FORMS or said.i > t.i \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            continue
        subj = next((c for c in said.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or not subj.tag_.startswith("NN") or subj.tag_.startswith("NNP") \
                or any(w in people or w in roles for w in (subj.lower_, subj.lower_.removesuffix("s"))):
            continue  # what people or a body said they did is theirs: "the officers acted and praised"
        t.head = said.head
    return doc
