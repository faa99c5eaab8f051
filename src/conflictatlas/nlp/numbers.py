"""How many: quantities of people as low/high ranges, fatalities as UCDP low/best/high.

Vague quantifiers get the ranges below, chosen to be conservative readings of English usage
("scores" is at least two score; "several" is more than a couple and fewer than ten). Hedges set
bounds: "up to N" bounds only the top, "at least N"/"more than N" only the bottom. A number that
is not written is never produced.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..records import Fatalities, Quantity
from .conditions import placed_apart
from .lexicon import vocabulary
from .senses import an_age

_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
          "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
          "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
          "a dozen": 12, "dozen": 12, "hundred": 100, "thousand": 1000}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
# (low, high) for vague counts of people.
_VAGUE = {"a few": (2, 5), "few": (2, 5), "several": (3, 9), "a couple of": (2, 3), "dozens": (24, 99),
          "scores": (40, 99), "hundreds": (200, 999), "thousands": (2000, 9999), "tens of thousands": (20000, 99999),
          "many": (None, None), "some": (None, None)}
_HEDGE_LOW = ("at least", "more than", "over", "upwards of", "no fewer than")
_HEDGE_HIGH = ("up to", "as many as", "fewer than", "less than", "nearly", "almost", "under")
_NUM = re.compile(
    r"(?P<hedge>at least|more than|over|upwards of|no fewer than|up to|as many as|fewer than|less than|"
    r"nearly|almost|under|about|around|some|approximately|roughly)?\s*"
    r"(?P<num>tens of thousands|a couple of|a few|several|dozens|scores|hundreds|thousands|\d[\d,]*|"
    r"(?:" + "|".join(sorted((w for w in _WORDS if " " not in w), key=len, reverse=True)) + r")(?:[- ]\w+)?)"
    r"(?:\s+(?P<scale>hundred|thousand|million))?(?:\s+of)?\b",
    re.IGNORECASE,
)


_ONE_NUMBER = r"(?:\d[\d,]*|" + "|".join(sorted((w for w in _WORDS if " " not in w), key=len, reverse=True)) + r")"
# "between 10 and 15", "two to four", "19-26": a range is low and high both (codebook 7)
_RANGE = re.compile(rf"\b(?:between\s+(?P<a>{_ONE_NUMBER})\s+and|(?P<c>{_ONE_NUMBER})\s+to|(?P<e>\d+)\s*[-–])"
                    rf"\s*(?P<b>{_ONE_NUMBER})\b", re.IGNORECASE)


def parse_count(text: str) -> tuple[int | None, int | None, str] | None:
    """(low, high, matched text) for a count expression, or None."""
    m = _NUM.search(text)
    if not m:
        return None
    r = _RANGE.search(text)
    if r is not None and r.start() <= m.start():
        low, high = to_int((r.group("a") or r.group("c") or r.group("e")).lower()), to_int(r.group("b").lower())
        if low is not None and high is not None and low < high:
            return low, high, r.group(0).strip()
    hedge = (m.group("hedge") or "").lower()
    num = m.group("num").lower()
    scale = _SCALES.get((m.group("scale") or "").lower(), 1)
    if num in _VAGUE:
        low, high = _VAGUE[num]
        if scale > 1 and low is not None:
            # "several hundred" = several x hundred.
            low, high = low * scale, high * scale
        if low is None:
            return None
    else:
        value = to_int(num)
        if value is None:
            return None
        low = high = value * scale
    if hedge in _HEDGE_LOW:
        # "more than 39" is coded 39, the number written (ACLED's and UCDP's low estimate)
        high = None
    elif hedge in _HEDGE_HIGH:
        low = None
    return low, high, m.group(0).strip()


def to_int(num: str) -> int | None:
    num = num.replace(",", "")
    if num.isdigit():
        return int(num)
    parts = re.split(r"[- ]", num)
    total = 0
    for p in parts:
        if p not in _WORDS:
            return None if total == 0 else total
        total += _WORDS[p]
    return total


def _one(head: Token) -> bool:
    """A single person named or pointed at: "Maria Lopez", "Lopez" (a name the tagger left untyped),
    "he", "a man", "another soldier", "a 17-year-old"."""
    if head.lower_ in ("he", "him", "she", "her", "himself", "herself"):
        return True
    if head.ent_type_ in ("PERSON", "") and head.pos_ == "PROPN":
        return True
    if an_age(head):
        return True  # "a 17-year-old was shot dead": an age stands for one person
    if head.tag_ == "NN" and any(c.dep_ == "appos" and c.like_num for c in head.children):
        return True  # a headline's "Woman (58) stabbed to death", "Teenager, 17, shot dead": a person and an age
    if head.tag_ == "NN" and head.left_edge.lower_ in ("a", "an") and head.left_edge.head.i != head.i \
            and head.left_edge.head.head.i == head.i:
        return True  # "a film producer and music magnate", the article on a noun the parser hung on this one
    if head.tag_ == "NN" and head.lemma_.lower() in vocabulary()["people"] and not any(
            c.dep_ in ("det", "poss", "nummod", "compound") for c in head.children):
        return True  # a headline's bare "Police shoot teenager dead": a person its article dropped
    # (an owner of any name points at one too: "the gang's leader", "Peru's mining minister")
    return head.tag_ in ("NN", "NNP") and any(c.dep_ == "poss" or c.lower_ in ("a", "an", "one", "another", "the", "this",
                                                                               "that")
                                              for c in head.children if c.dep_ in ("det", "nummod", "poss"))


def victims(tok: Token) -> Quantity | None:
    """How many people a victim phrase names, its coordinated parts added up ("Reyes and Park",
    "a farmer and his son", "Diallo ... alongside two other guards")."""
    if tok.lower_ in ("bodies", "corpses"):
        # "the bodies of Ann Lee and her son": the dead are those the bodies are of.
        tok = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                    if p.dep_ == "pobj"), tok)
    if tok.lower_ in ("who", "that") and tok.head.dep_ == "relcl":
        tok = tok.head.head  # "a commander who was killed while fighting": the one the clause is on
    parts = [tok, *(c for c in tok.children if c.dep_ == "conj")]
    if tok.dep_ == "nsubjpass" and any(c.dep_ == "auxpass" and c.lower_ in ("was", "is") for c in tok.head.children):
        parts = [tok]  # "a film producer and music magnate was shot dead": one person, as the verb says
    elif tok.dep_ in ("nsubjpass", "dobj") and any(c.dep_ == "cc" and c.lower_ == "and" for c in tok.children):
        # "A coach and two of his players were shot": the parser makes each part an argument of the verb
        parts += [c for c in tok.head.children if c.dep_ == tok.dep_ and c.i > tok.i]
    parts += [p for c in tok.head.children if c.dep_ == "prep" and c.lower_ in ("alongside", "along", "with")
              for o in c.subtree if o.dep_ == "pobj" and c in (o.head, o.head.head) and o.head.lower_ in ("alongside", "with")
              and not any(a.dep_ == "acl" for a in o.children)
              for p in (o, *(j for j in o.children if j.dep_ == "conj")) if _companion(p)]
    if tok.dep_ == "pobj" and tok.head.lower_ in ("with", "alongside") and tok.head.head.pos_ == "VERB":
        # "was killed along with three other fighters": the ones the verb's subject died with, and it
        # (every name of it: "Lee and Park were killed along with three others" is five)
        parts += [x for c in tok.head.head.children if c.dep_ in ("nsubjpass", "dobj")
                  for x in (c, *(j for j in c.children if j.dep_ == "conj"))]
    low = high = 0
    for p in parts:
        q = quantity(p)
        if q is None and p.tag_ == "NNP" and p.ent_type_ not in ("GPE", "LOC", "NORP", "FAC"):
            # Someone killed by name, whatever the tagger took the name for ("Tifrit and his
            # accomplice were killed": two): a place or a people is not killed by name.
            q = Quantity(what=p.lower_, low=1, high=1, text=p.text)
        if q is None and p is not tok and p.tag_ == "NN" and _one(tok):
            q = Quantity(what=p.lower_, low=1, high=1, text=p.text)  # "a farmer and son": one each
        if q is None:
            return None if p is tok else Quantity(tok.lemma_.lower(), low or None, high or None, None)
        low += q.low or 0
        high = (high or 0) + (q.high or 0) if q.high is not None and high is not None else None
    return Quantity(what=tok.lemma_.lower(), low=low or None, high=high, text=None)


def _companion(p: Token) -> bool:
    """Those an act's victim was hit "along with": people in the plural, or one person ("her
    husband", "a militia leader"); not "with his kidnappers taking orders", which says how."""
    return p.tag_ == "NNS" or (p.tag_ == "NN" and p.lemma_.lower() in vocabulary()["people"] and _one(p))


_AGE = re.compile(r"\b(?:\d+|[a-z]+)-(?:year|month)s?-old\b|\baged?\s+\d+", re.IGNORECASE)


def quantity(tok: Token) -> Quantity | None:
    """A count written in the phrase of `tok` ("scores of militants", "up to several hundred militants")."""
    head = tok
    # "scores of militants", "dozens of civilians": the count is the noun, what it counts is its pobj.
    # So do "the bodies of two women": the dead are counted in what the bodies are of.
    while head.lower_ in _VAGUE or head.like_num or head.lower_ in ("dozen", "hundred", "thousand", "bodies", "corpses"):
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if pobj is None:
            break
        head = pobj
    start = tok.left_edge.i
    if start > 0 and tok.doc[start - 1].lower_ == "between":
        start -= 1  # "killed between 6 and 9 farmers": the parse leaves "between" out of the phrase
    phrase = _AGE.sub(" ", tok.doc[start:head.i + 1].text)  # "a 48-year-old man" is one man
    numbers = [x for x in tok.doc[start:head.i + 1] if x.like_num]
    # (a year that opens a chronology's line, "2003 - A rapper is shot", counts no one)
    parsed = None if numbers and all(x.ent_type_ == "DATE" for x in numbers) else parse_count(phrase)
    if parsed is None:
        # "a couple was found dead in their flat": two people, unless it counts something ("a couple of").
        if head.lower_ == "couple" and not any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
            return Quantity(what="couple", low=2, high=2, text=head.doc[head.left_edge.i:head.i + 1].text)
        # "A Turkish policeman was shot dead": a singular person is one person, as written.
        if _one(head):
            return Quantity(what=head.lemma_.lower(), low=1, high=1, text=head.doc[head.left_edge.i:head.i + 1].text)
        return None
    low, high, text = parsed
    return Quantity(what=head.lemma_.lower() or head.lower_, low=low, high=high, text=text)


_DEATH = re.compile(r"\b(killed|dead|died|killing|deaths?|death toll|lives)\b", re.IGNORECASE)


def _kills(v: Token) -> bool:
    """A verb whose object the trigger lexicon counts as dead ("kill", "murder", "behead": `kill: true`)."""
    from .lexicon import triggers

    senses = triggers().get("verbs", {}).get(v.lemma_.lower()) or []
    return any(s.get("kill") for s in (senses if isinstance(senses, list) else [senses]))


def fatalities(trigger: Token, sent: Span, kill_object: Token | None) -> Fatalities:
    """UCDP low/best/high from "killed 13 soldiers", "at least 25 people are dead"."""
    if kill_object is None:
        # "killed between 6 and 9 farmers": the parse hangs the range on "between", a preposition
        # (a range: "fighting between two of the largest tribes" names sides, not dead)
        kill_object = next((p for c in trigger.children if c.dep_ == "prep" and c.lower_ == "between"
                            for p in c.children if p.dep_ == "pobj" and any(
                                n.dep_ == "nummod" and any(j.dep_ == "conj" and j.like_num for j in n.children)
                                for n in p.children)), None)
    if kill_object is None and trigger.pos_ != "VERB":
        # "another attack killed 50 civilians": the act named as the killing's subject counts the
        # killing's object as its dead (with an aside between, the parser hangs the verb on the noun)
        killing = [trigger.head] if trigger.dep_ == "nsubj" else [c for c in trigger.children if c.dep_ == "acl"]
        kill_object = next((o for v in killing if _kills(v) for o in v.children if o.dep_ == "dobj"), None)
    # "fired on the crowd and killed two protesters": the dead are the killing verb's object, not the crowd
    killing = [o for c in trigger.children if c.dep_ == "conj" and c.pos_ == "VERB" and _kills(c)
               for o in c.children if o.dep_ == "dobj"]
    kill_object = killing[0] if killing else kill_object
    q = victims(kill_object) if kill_object is not None else None
    if q is None and kill_object is not None and trigger.pos_ == "VERB":
        # "killed 16 militants ... and seized arms from their strongholds": the side the act's other
        # verb names is no count of the dead; the killing verb's own object is
        q = next((x for o in trigger.children if o.dep_ in ("dobj", "nsubjpass") and o is not kill_object
                  for x in [victims(o)] if x), None)
    text = q.text if q else None
    scope = sent
    if trigger.pos_ == "VERB" and trigger.lemma_.lower() in ("wound", "injure", "hurt") and trigger.dep_ == "conj" \
            and placed_apart(trigger, trigger.head):
        # "two were killed in Kirkuk and five wounded in Mosul": the wounding's own clause says
        # whether it killed; the other clause's dead are the other act's.
        scope = trigger.doc[trigger.left_edge.i:trigger.right_edge.i + 1]
    if q is None:
        # "at least 25 people are dead", "the death toll rose to 40": a number next to a death word.
        m = re.search(r"((?:between\s+[\w,-]+\s+and\s+)?(?:at least|more than|up to|about|some|nearly)?\s*[\w,-]+)\s+(?:\w+\s+){0,2}"
                      r"(?:were|are|was|have been|had been)?\s*(?:killed|dead|died|dies?|fatalities|deaths|lost (?:their|his|her) lives?)\b"
                      r"|death toll\D{0,20}(\d[\d,]*)"
                      # (the toll of an act named on the way: "the death toll from Tuesday's bombing rose to 25")
                      r"|death toll\b[^.\d]{0,60}?\b(?:rose|risen|climbed|reached|jumped|increased|stood|stands)"
                      r"(?: to| at)?\s+(?:at least |more than |over )?\d[\d,]*",
                      _AGE.sub(" ", scope.text), re.IGNORECASE)  # "a 19-year-old woman died": one, not 19
        if m:
            parsed = parse_count(m.group(0))
            if parsed:
                q = Quantity("people", parsed[0], parsed[1], parsed[2])
                text = m.group(0).strip()
    if q is None:
        # "a fatal stabbing", "the deadly shooting": someone died, the text does not say how many.
        if any(c.lower_ in ("fatal", "deadly", "fatally") for c in trigger.children if c.dep_ in ("amod", "advmod")):
            return Fatalities(low=1, text=trigger.doc[trigger.left_edge.i:trigger.i + 1].text)
        return Fatalities()
    best = q.low if q.high is None or q.low == q.high else None
    civilians = q.low if q.what in ("civilian", "civilians") and q.low == q.high else None
    return Fatalities(low=q.low, best=best if best is not None else q.high if q.low is None else None,
                      high=q.high, civilians=civilians, text=text)
