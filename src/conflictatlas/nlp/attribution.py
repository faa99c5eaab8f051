"""Who says so: the speaker of a quote or of reported speech, and whether they are named.

A claim belongs to the subject of the speech or cognition verb that governs it ("said one U.S.
senior official", "officials fear", "state media agency Xinhua said"), to the object of "according
to", or, inside quotation marks, to the speaker named next to the quote in the same paragraph. A
speaker is anonymous when they are described only by role ("a senior official", "sources") or the
paragraph says they spoke on condition of anonymity. With no speaker, the outlet speaks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..records import Attribution

SPEECH = {"say", "tell", "add", "state", "claim", "report", "announce", "confirm", "allege", "note",
          "explain", "insist", "estimate", "declare", "write", "quote", "acknowledge", "warn"}
COGNITION = {"fear", "believe", "think", "suspect", "expect", "assess", "worry", "estimate", "conclude"}
ANONYMOUS_HEADS = {"official", "officials", "source", "sources", "diplomat", "diplomats", "officer", "officers",
                   "person", "people", "analyst", "analysts", "aide", "aides", "insider", "insiders",
                   "witness", "witnesses", "resident", "residents", "planner", "planners", "adviser",
                   "advisers", "advisor", "advisors"}
_ANON_CUE = re.compile(r"anonymity|not authori[sz]ed to|declined to be (?:named|identified)|"
                       r"asked not to be (?:named|identified)|on condition that (?:he|she|they) not be", re.IGNORECASE)
_QUOTE = re.compile(r"[“\"]([^”\"]+)[”\"]")


@dataclass
class Speaker:
    text: str
    anonymous: bool


def _speaker(subject: Token, paragraph_text: str) -> Speaker:
    phrase = [t for t in subject.subtree if t.i <= subject.i and t.dep_ not in ("det", "punct")
              and t.lower_ not in ("one", "a", "an")]
    text = " ".join(t.text for t in phrase) or subject.text
    named = any(t.ent_type_ in ("PERSON",) for t in subject.subtree) or (
        subject.pos_ == "PROPN" and subject.lower_ not in ANONYMOUS_HEADS)
    anonymous = (not named and subject.lower_ in ANONYMOUS_HEADS) or bool(_ANON_CUE.search(paragraph_text))
    return Speaker(text=text, anonymous=anonymous and not (named and subject.ent_type_ == "PERSON"))


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def governing_speaker(trigger: Token, paragraph_text: str) -> Speaker | None:
    """The subject of a speech/cognition verb above the trigger, or the object of "according to"."""
    node = trigger
    while node.head.i != node.i:
        prev, node = node, node.head
        if node.lemma_.lower() in SPEECH | COGNITION and prev.dep_ in ("ccomp", "parataxis", "xcomp", "advcl", "conj"):
            subj = _subject(node)
            if subj is not None and subj.lower_ not in ("it", "this", "that"):
                return _speaker(subj, paragraph_text)
        if node.dep_ == "relcl" and node.lemma_.lower() not in SPEECH | COGNITION:
            break
    for t in trigger.sent:
        if t.lower_ == "according" and t.nbor(1).lower_ == "to" if t.i + 1 < len(t.doc) else False:
            pobj = next((c for c in t.nbor(1).children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return _speaker(pobj, paragraph_text)
    return None


_TEXT, _QUOTED = "conflictatlas.text", "conflictatlas.quoted"  # keys of Doc.user_data, which other code may use


def doc_text(doc: Doc) -> str:
    """The doc's text, joined once: spaCy rebuilds `Doc.text` from its tokens on every access, which
    per sentence of a long paragraph costs more than coding it."""
    if _TEXT not in doc.user_data:
        doc.user_data[_TEXT] = doc.text
    return doc.user_data[_TEXT]


def _quoted(doc: Doc) -> list[tuple[int, int]]:
    if _QUOTED not in doc.user_data:
        doc.user_data[_QUOTED] = [(m.start(), m.end()) for m in _QUOTE.finditer(doc_text(doc))]
    return doc.user_data[_QUOTED]


def quote_speaker(doc: Doc, sent: Span) -> Speaker | None:
    """For a sentence inside quotation marks, the speaker named beside the quote in the paragraph."""
    quoted = _quoted(doc)
    inside = any(a <= sent.start_char + 1 and sent.end_char - 1 <= b + 1 or a <= sent.start_char + 1 < b
                 for a, b in quoted)
    if not inside:
        return None
    text = doc_text(doc)
    for t in doc:
        if t.lemma_.lower() in SPEECH and t.pos_ == "VERB" and not any(a <= t.idx < b for a, b in quoted):
            subj = _subject(t)
            if subj is not None:
                return _speaker(subj, text)
    return None


def attribution(trigger: Token, sent: Span, segment: str, outlet: str | None, quote: Speaker | None,
                paragraph_text: str) -> Attribution:
    speaker = governing_speaker(trigger, paragraph_text) or quote
    if speaker is None:
        return Attribution(source=outlet, anonymous=False, outlet=outlet, segment=segment)
    return Attribution(source=speaker.text, anonymous=speaker.anonymous, outlet=outlet, segment=segment)
