"""Acts told as a habit, a rule or a long-standing stance, not as one act: "the group regularly
abducts officials", "whenever an officer fires a weapon", "rights groups have long accused the
police" (split from nonevents.py)."""

from __future__ import annotations

from spacy.tokens import Token

from .generalities import every_time
from .headlines import headline_part, telegraphic

_WHENEVER = {"when", "whenever", "if", "once", "every"}
_ANYONE = {"anyone", "anybody", "whoever", "everyone", "everybody"}
_FREQUENTLY = {"regularly", "routinely", "often", "frequently", "usually", "typically", "habitually", "always",
               "sometimes", "occasionally", "commonly", "generally", "normally"}


# how often a habit recurs, said of the act ("raids daily") or of its noun ("near-daily raids")
_DAILY = {"daily", "near-daily", "nightly", "weekly", "regular", "frequent", "routine"}


def _repeatedly(verb: Token) -> bool:
    """"often", "daily" on the verb. ("Almost every day" was measured and dropped: event_location
    codes acts told so, "are killed every day", as acts, and its accuracy fell 0.808 -> 0.806.)"""
    return any(c.dep_ == "advmod" and (c.lower_ in _FREQUENTLY or c.lower_ in _DAILY) for c in verb.children)


def habitual(t: Token) -> bool:
    """What someone does as a rule, not an act told: a present-tense act under a present-tense "when"
    ("when a bomber blows himself up, he kills many") or done to whoever comes ("soldiers shoot
    anyone who approaches"). Headlines tell past acts in the present, but name whom."""
    # (a noun's light verb carries its tense: "the army often launches raids")
    verb = t.head if t.pos_ == "NOUN" and t.dep_ == "dobj" and t.head.pos_ == "VERB" else t
    # (a present passive too: "shopkeepers are often targeted")
    present = verb.tag_ in ("VBZ", "VBP") or (verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP")
                                                                        for c in verb.children))
    if verb.pos_ == "VERB" and present and (_repeatedly(verb) or (verb is not t and any(
            c.dep_ in ("amod", "compound") and c.lower_ in _DAILY for c in t.children))):
        # "the group regularly abducts officials": a habit. Not in the past tense, where "often
        # criticised" or "repeatedly attacked last week" tell acts (PLOVER's sentences fell with it).
        return True
    if _within_a_habit(verb) or every_time(verb) or _long_standing(verb):
        return True
    if verb.tag_ == "VBN" and present and any(r.dep_ == "relcl" and r.tag_ == "VBP" for c in verb.children
                                              if c.dep_ == "nsubjpass" and (c.tag_ == "NNS" or c.lower_ in _ANYONE | {"those"})
                                              for r in c.children):
        return True  # done to whoever does something, in the present: "people who leave the city are killed"
    if t.pos_ != "VERB" or t.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in t.children) \
            or telegraphic(headline_part(t)):
        return False
    if any(m.lower_ == "whenever" for m in t.children if m.dep_ in ("mark", "advmod")):
        return True  # "whenever an officer fires a weapon": a rule, whatever the clause it hangs on
    if _quoted(t) and not any(w.ent_type_ in ("DATE", "TIME") or (w.tag_ == "VBD" and _quoted(w)) for w in t.sent):
        # '"They fire on our villages," an officer said': a witness telling what is done, no act
        # dated, and no past told in the quotation ("forced the armed men to leave and escape")
        return True
    when = any(c.dep_ == "advcl" and c.tag_ in ("VBZ", "VBP") and any(m.lower_ in _WHENEVER for m in c.children
                                                                      if m.dep_ in ("mark", "advmod"))
               for c in t.children)
    # "(as is routine) when an officer fires a weapon": the present "when" clause itself
    rule = t.dep_ == "advcl" and t.head.tag_ in ("VBZ", "VBP") and any(
        m.lower_ in _WHENEVER for m in t.children if m.dep_ in ("mark", "advmod"))
    return when or rule or any(c.dep_ == "dobj" and c.lower_ in _ANYONE for c in t.children)


def _quoted(t: Token) -> bool:
    """`t` is inside a quotation of its sentence (an odd number of quotation marks before it)."""
    return sum(w.text in ('"', "“", "”") for w in t.sent if w.i < t.i) % 2 == 1


_AT_LENGTH = {"long", "repeatedly", "consistently", "persistently", "continually", "constantly"}
_SPANS_OF_YEARS = {"year", "decade", "month"}


def _long_standing(verb: Token) -> bool:
    """A present perfect over a long or repeated span ("rights groups have long accused the police",
    "the government has repeatedly rejected such criticism", "Washington has in the past blamed such
    attacks on militias", "have for years denied it"): a stance or a series, no one act told. The
    simple past keeps its act ("repeatedly attacked the convoy on Monday")."""
    # (the tagger reads some such participles as a past: "has in the past blamed")
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBN", "VBD") or not any(
            c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in verb.children):
        return False
    if any(c.ent_type_ in ("DATE", "TIME") for c in verb.subtree if c.lower_ not in ("past", "years", "decades", "months")):
        return False  # "has repeatedly shelled the town this week": acts of a week, told with their time
    # (not "regularly" or "often": "officers have been deployed regularly at the checkpoints" tells
    # a deployment that stands)
    if any(c.dep_ == "advmod" and c.lower_ in _AT_LENGTH for c in verb.children):
        return True
    return any(c.dep_ == "prep" and any((p.lower_ == "past" and c.lower_ == "in") or
                                        (p.lemma_.lower() in _SPANS_OF_YEARS and p.tag_ == "NNS" and c.lower_ == "for")
                                        for p in c.children if p.dep_ == "pobj")
               for c in verb.children)


def _within_a_habit(verb: Token) -> bool:
    """An act told in a clause of a habit ("Ankara often carries out strikes in the region, saying it
    is targeting militants"): the habit's reason or manner, no act of its own."""
    node = verb
    for _ in range(3):
        if node.dep_ not in ("advcl", "ccomp", "xcomp") or node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ == "VERB" and node.tag_ in ("VBZ", "VBP") and any(
                c.dep_ == "advmod" and c.lower_ in _FREQUENTLY for c in node.children):
            return True
    return False
