"""Which clause a date in a sentence belongs to: a date written on another noun, or in a clause set
off to describe a thing away from the act, dates that thing, not the act (split from dates.py)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .lexicon import triggers
from .numbers import to_int

# Words that set an act for a time ("scheduled for June 9", "a rally called for Tuesday"): that time is the act's.
_SET_FOR = {"schedule", "set", "plan", "slate", "call", "fix", "postpone", "delay", "move", "reschedule", "due",
            "rally", "protest", "strike", "march", "meeting", "talks", "vote"}


# Things made or issued at a time of their own: a clause on them dates their making, not the act
_ENACTED = {"law", "decree", "ruling", "order", "policy", "measure", "bill", "rule", "regulation", "budget", "verdict",
            "decision", "amendment", "constitution", "ordinance", "legislation", "resolution", "agreement", "deal",
            "accord", "treaty", "directive"}


def on_other_noun(e: Span, trigger: Token) -> bool:
    """A date written on a noun the trigger's clause does not hang on ("a man linked to the 2013
    siege was arrested", "agreed a budget for 2013-14 on Wednesday"). One on the trigger's own frame
    dates it: "wounded in Friday's raid"."""
    head = e.root.head
    if e.root.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() not in _SET_FOR:
        return True  # the period a budget or a plan is for, ranked after the act's own time
    if e.root.dep_ not in ("compound", "nummod", "amod", "poss") or head.pos_ not in ("NOUN", "PROPN") \
            or e.start <= head.i < e.end:
        return False
    frame = head.head.head if head.dep_ == "pobj" else head.head
    return trigger.i not in (head.i, frame.i)


def in_a_description(tok: Token, trigger: Token) -> bool:
    """`tok` lies in an appositive or a participle's clause set on a noun away from the act ("the
    LRA, a rebel group founded in Uganda in 1987", "rebels who rejected the accord signed in 2016")."""
    node = tok
    while node.head.i != node.i and node.i != trigger.i:
        # (a participle the tagger took for a past tense too: "three men wanted for a robbery")
        if node.dep_ == "appos" or (node.dep_ == "acl" and node.tag_ in ("VBN", "VBD")):
            return not node.is_ancestor(trigger)
        node = node.head
    return False


def in_a_noun_clause(e: Span, trigger: Token) -> bool:
    """A date in a clause set off to describe a thing away from the act ("vowed protests unless the
    price rise, announced last week, is reversed"): it dates that clause's verb, not the act. A
    clause on an act's noun ("killed in an attack that happened Monday") or on one of its people
    dates the act; a clause's "since" ("the town, which they have held since 2015") dates its state."""
    node = e.root
    since = node.head if node.dep_ == "pobj" and node.head.lower_ == "since" else None
    if since is not None and since.head.dep_ in ("relcl", "acl") and since.head.i != trigger.i:
        return True
    while node.head.i != node.i and node.i != trigger.i:
        # (a clause set off by a comma: ", which it approved last week", ", announced last week,"; not one the parser
        # hangs a date of the act on, "a checkpoint manned by soldiers on Friday", "crowds protesting")
        set_off = node.left_edge.i > 0 and node.doc[node.left_edge.i - 1].text == ","
        # (or a clause on a law or a ruling, which tells when it was made: "against the law issued last month")
        enacted = node.head.lemma_.lower() in _ENACTED
        if node.dep_ in ("acl", "relcl") and node.pos_ == "VERB" and (set_off or enacted) and node.tag_ in ("VBN", "VBD"):
            described = node.head
            # (one of the act's own people keeps the time the clause gives: "shot a man who came at
            # officers Saturday", "a man who robbed a bank Tuesday was arrested", "tied up by two men
            # who broke in on Sunday")
            frame = {trigger.i, *(c.i for c in trigger.conjuncts)}
            holder = described.head.head if described.dep_ == "pobj" and described.head.dep_ == "agent" \
                else described.head
            return described.i not in frame and described.head.i not in frame and holder.i not in frame \
                and described.lemma_.lower() not in triggers().get("nouns", {})
        node = node.head
    return False


def describing_clause(trigger: Token) -> Token | None:
    """The relative clause or participle the act is told in, when it describes someone the sentence
    says something else of ("a deputy who was stabbed has left hospital", "a man wounded in a raid
    was released"): its verb, or None where the act is the sentence's own."""
    node = trigger
    for _ in range(3):
        if node.dep_ == "relcl" or (node.dep_ == "acl" and node.tag_ == "VBN"):
            noun = node.head
            return node if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX") else None
        if node.dep_ not in ("conj", "xcomp") or node.head.i == node.i:
            return None
        node = node.head
    return None


_UNIT_DAYS = {"day": 1, "week": 7}


def measured_from(trigger: Token, dates: list[Span]) -> tuple[Token, int] | None:
    """An act told as so long after or before another ("two days after police shot a man", "a week
    before troops stormed the camp") whose own clause gives no date among `dates`: the verb of the
    clause it is measured from, and the days to add to that clause's date (negative for "after": the
    act came first)."""
    v = trigger
    while v.dep_ == "conj" and v.head.i != v.i:
        v = v.head
    if v.dep_ != "advcl" or v.head.i == v.i:
        return None
    mark = next((c for c in v.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
    unit = next((c for c in v.children if c.dep_ == "npadvmod" and c.lemma_.lower() in _UNIT_DAYS and c.i < v.i), None)
    if mark is None or unit is None:
        return None
    if any(v.is_ancestor(e.root) and not e.start <= unit.i < e.end for e in dates):
        return None  # "two weeks after gunmen killed four farmers on May 1": its own day
    count = next((c.lower_ for c in unit.children if c.dep_ in ("nummod", "det")), None)
    n = 1 if count in ("a", "an") else to_int(count) if count is not None else None
    if n is None:
        return None
    days = n * _UNIT_DAYS[unit.lemma_.lower()]
    return v.head, -days if mark.lower_ == "after" else days
