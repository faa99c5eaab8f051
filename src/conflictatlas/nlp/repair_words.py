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
