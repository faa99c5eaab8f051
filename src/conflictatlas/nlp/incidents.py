"""An act told again under a word of no type of its own: "The incident happened at 4:30 a.m.",
"the incident took place outside a bar". Local news dates and places its incident in such a
sentence; the codebook (section 1) makes every sentence that tells an act's place or time a mention
of it, and the act is the violence the article told last (else its last material act).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from ..records import EventMention, Fatalities
from . import gate
from .coder import MATERIAL, Paragraph, evidence_of
from .dates import event_date
from .places import event_place

_GENERIC = {"incident"}
_TELLING = {"happen", "occur", "unfold"}


def _telling_verb(v: Token) -> bool:
    lemma = v.lemma_.lower()
    return lemma in _TELLING or (lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in v.children))


def generic_act(sent: Span) -> Token | None:
    """"The incident" (or "this incident") as the subject of a verb that says where or when it was."""
    for t in sent:
        if t.lemma_.lower() in _GENERIC and t.dep_ in ("nsubj", "nsubjpass") and _telling_verb(t.head) \
                and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children):
            return t
    return None


def retold(t: Token, sent: Span, para: Paragraph, earlier: list[EventMention]) -> EventMention | None:
    """The last material act the article told, told again by this sentence: its place and time where
    the sentence gives them, its type and sides from the act."""
    told = [m for m in earlier if m.event_type in MATERIAL and m.status == "occurred"]
    # The violence, where there was any: an arrest or a search told after it is the response to
    # the incident, not the incident ("... stabbed ... Police arrested ... The incident happened at").
    act = next((m for m in reversed(told) if m.event_type == "ASSAULT"), told[-1] if told else None)
    if act is None:
        return None
    verb = t.head
    evidence = evidence_of(t, sent, para)
    own = event_place(verb, sent, para.toponyms, para.dateline)
    place = own if own is not None and own.rule == "syntax" else act.place
    date = event_date(verb, sent, para.published)
    mention = replace(act, evidence=evidence, place=place, date=date if date.start else act.date,
                      quantities=[], fatalities=Fatalities())
    gate.record(mention, gate.sentence_features(t, sent, act.event_type, act.mode, act.status))
    return mention
