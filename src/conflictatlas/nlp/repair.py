"""Repairs of parses the small English model gets wrong in a regular way, as spaCy components.

Each repair names a construction, not a sentence. They run right after the parser, so every later
step (triggers, actors, places) reads the corrected tree.

- `participle_modifiers`: a past participle used as an adjective in front of a noun ("hunt down
  escaped prisoners", "freed kidnapped hostages", "evacuated wounded soldiers") is often parsed as a
  clause verb with the noun as its object, which leaves the real verb without an object and turns
  the adjective into an event of its own. Where the participle has no subject and no auxiliary,
  and the verb before it (or its particle) has no object, the noun phrase is that verb's object and
  the participle its modifier.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

# The component runs before the attribute ruler sets `pos_`, so it reads the tagger's `tag_`.

_CLAUSE_DEPS = {"advcl", "conj", "ccomp", "xcomp", "dep", "acl"}
_NP_LEFT = {"amod", "compound", "det", "nummod", "poss", "nmod", "quantmod"}


def _governor(prev: Token) -> Token | None:
    """The verb the word before the participle belongs to: itself, or the verb of its particle."""
    if prev.tag_.startswith("VB"):
        return prev
    if prev.dep_ == "prt" and prev.head.tag_.startswith("VB"):
        return prev.head
    return None


def _misparsed_participle(v: Token) -> tuple[Token, Token] | None:
    if v.tag_ not in ("VBD", "VBN") or v.dep_ not in _CLAUSE_DEPS or v.i == 0:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark", "advmod", "neg") for c in v.children):
        return None
    verb = _governor(v.doc[v.i - 1])
    if verb is None or verb.i == v.i or any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.i != v.i
                                            for c in verb.children):
        return None
    objs = [c for c in v.children if c.dep_ == "dobj"]
    if len(objs) != 1 or any(c.dep_ not in ("dobj", "prep", "npadvmod", "punct") for c in v.children):
        return None
    obj = objs[0]
    # Only the noun's own left modifiers may stand between the participle and the noun.
    if any(not t.is_space and (t.head.i != obj.i and t.head.head.i != obj.i or t.dep_ not in _NP_LEFT)
           for t in v.doc[v.i + 1:obj.i]):
        return None
    return verb, obj


@Language.component("participle_modifiers")
def participle_modifiers(doc: Doc) -> Doc:
    for v in doc:
        found = _misparsed_participle(v)
        if found is None:
            continue
        verb, obj = found
        for c in list(v.children):
            if c.i != obj.i:
                c.head = verb  # "near Kismayo" said where the hunt was, not the escape
        obj.head, obj.dep_ = verb, "dobj"
        v.head, v.dep_ = obj, "amod"
    return doc


REPAIRS = ("participle_modifiers",)


def _abbreviation_end(sent) -> bool:
    """Whether a sentence ends on a short capitalised abbreviation ("Phila.", "Calif.", "Gen."),
    whether the tokenizer kept its period on it or split it off."""
    last = sent[-1]
    if last.text == "." and len(sent) > 1 and not sent[-2].whitespace_:
        last = sent[-2]
        word = last.text
    else:
        word = last.text[:-1] if last.text.endswith(".") else ""
    return 1 <= len(word) <= 5 and word[0].isupper() and word.isalpha()


_CLOCK = {"a.m.", "p.m.", "a.m", "p.m"}
_DAY_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
              "yesterday", "tonight", "jan", "feb", "march", "april", "may", "june", "july", "aug", "sept", "oct",
              "nov", "dec", "january", "february", "august", "september", "october", "november", "december"}


def _clock_end(sent) -> bool:
    """Whether a sentence ends on a clock time's "a.m."/"p.m." (the tokenizer may split its period)."""
    last = sent[-1].lower_
    if last == "." and len(sent) > 1 and not sent[-2].whitespace_:
        last = sent[-2].lower_ + "."
    return last in _CLOCK


def sentences(doc: Doc) -> list:
    """The doc's sentences, with a split after an abbreviation undone when the next part starts in
    lower case ("One dead, two hurt in W. Phila. | shooting"), or after a clock time when the next
    part starts with its day ("at 9:15 p.m. | Friday, police said"): the parser's segmentation
    cannot be rewritten after parsing, so the coder reads these merged spans instead."""
    out = []
    for sent in doc.sents:
        last = out[-1] if out else None
        first = sent[0]
        lower_run_on = first.is_lower and first.is_alpha and _abbreviation_end(last) if last is not None else False
        day_run_on = last is not None and _clock_end(last) and first.lower_.rstrip(".") in _DAY_WORDS
        if lower_run_on or day_run_on:
            out[-1] = doc[last.start:sent.end]
        else:
            out.append(sent)
    return out
