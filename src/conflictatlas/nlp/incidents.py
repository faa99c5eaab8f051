"""An act told again under a word of no type of its own: "The incident happened at 4:30 a.m.",
"the incident took place outside a bar". Local news dates and places its incident in such a
sentence; the codebook (section 1) makes every sentence that tells an act's place or time a mention
of it, and the act is the violence the article told last (else its last material act).
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span, Token

from ..records import Actor, EventMention, Fatalities
from . import gate
from .coder import MATERIAL, Paragraph, evidence_of
from .conventions import ARMED_TYPES
from .dates import event_date
from .headlines import headline
from .lexicon import triggers as lexicon
from .nonevents import FEELINGS, named_by_what
from .places import event_place
from .sides import RECIPROCAL
from .victims import the_hurt

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


# Wounds of an attack ("found with stab wounds", "gunshot wounds to the chest") and a death at its
# scene ("was declared dead where he lay", "died hours later at the clinic"): local news tells the victims' fate in
# sentences of their own, which tell the attack again.
_WEAPON_WOUNDS = {"gunshot", "stab", "knife", "bullet", "shrapnel", "puncture", "slash"}
_DEATH_PLACES = {"scene", "hospital", "hospitals"}


def wounds_or_death(sent: Span) -> Token | None:
    """The word telling an attack's victims' wounds or death at its scene ("the wounded"), else None."""
    for t in sent:
        lemma = t.lemma_.lower()
        if the_hurt(t):
            return t
        if lemma == "wound" and t.pos_ == "NOUN" and (
                any(c.lower_ in _WEAPON_WOUNDS for c in t.children if c.dep_ in ("compound", "amod"))
                or any(c.dep_ == "prep" and c.lower_ == "to" for c in t.children)) \
                and not any(a.lemma_.lower() in ("treat", "treatment", "care") for a in t.ancestors):
            return t  # not the care given ("taken to hospital for treatment of his gunshot wounds")
        if t.pos_ == "VERB" and (
                (lemma == "pronounce" and any(c.lower_ == "dead" for c in t.children))
                or (lemma == "die" and any(p.lemma_.lower() in _DEATH_PLACES for c in t.children
                                           if c.dep_ == "prep" and c.lower_ in ("at", "in") for p in c.children)
                    and not _natural_death(t))):
            return t
    return None


# Causes of a death that no one inflicted ("died in hospital after a short illness").
_ILLNESSES = {"illness", "cancer", "disease", "stroke", "cause", "complication", "pneumonia", "dementia", "age",
              "infection", "failure", "condition"}


def _natural_death(t: Token) -> bool:
    """A death told with an illness or natural causes as its cause ("of cancer", "after a long
    illness", "from complications of a stroke"): an obituary's, no violence."""
    return any(c.dep_ == "prep" and c.lower_ in ("of", "after", "from", "following") and any(
        o.lemma_.lower() in _ILLNESSES for o in c.subtree) for c in t.children)


def _one_dead(t: Token) -> Fatalities:
    """"A 31-year-old man was pronounced dead", "She died at the scene": one death, where the
    subject is one person."""
    subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None) if t.pos_ == "VERB" else None
    if subj is not None and subj.tag_ in ("NN", "NNP", "PRP") and subj.lower_ not in ("they", "we", "it") \
            and not any(c.dep_ == "conj" for c in subj.children) \
            and not any(c.like_num and c.lower_ not in ("one", "1") for c in subj.children):
        return Fatalities(low=1, best=1, high=1, text=subj.text)
    return Fatalities()


def retold(t: Token, sent: Span, para: Paragraph, earlier: list[EventMention],
           violence_only: bool = False) -> EventMention | None:
    """The last material act the article told, told again by this sentence: its place and time where
    the sentence gives them, its type and sides from the act. `violence_only`: only an attack."""
    told = [m for m in earlier if m.event_type in (("ASSAULT",) if violence_only else MATERIAL)
            and m.status == "occurred"]
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
                      quantities=[], fatalities=_one_dead(t))
    gate.record(mention, gate.sentence_features(t, sent, act.event_type, act.mode, act.status))
    return mention


# Verbs of judging an act ("condemned the attack", "denounced the arrests"): whom they accuse is
# whoever did the act, when the act is one the article told.
_JUDGING = {"condemn", "denounce", "deplore", "decry", "censure", "criticise", "criticize", "blame"}


def condemned_doer(m: EventMention, sent: Span, base: int, earlier: list[EventMention]) -> EventMention:
    """"Washington condemned the attack": an accusation of an act the article told, whose doer is
    its target (CAMEO codes the condemned side as the target). Left as it is when the doer is
    unknown or the object is no act of the article's."""
    if m.event_type != "ACCUSE" or m.actor2 is not None or m.evidence.trigger_start is None:
        return m
    verb = next((t for t in sent if base + t.idx == m.evidence.trigger_start), None)
    if verb is None or verb.lemma_.lower() not in _JUDGING and verb.lower_ not in FEELINGS:
        return m
    nouns = lexicon().get("nouns", {})
    acts = [o for o in verb.children if o.dep_ == "dobj"]
    # "deeply concerned by the bombing", "outraged at the killings"
    acts += [o for p in verb.children if p.dep_ in ("prep", "agent") and p.lower_ in ("by", "at", "over")
             for o in p.children if o.dep_ == "pobj"] if verb.lower_ in FEELINGS else []
    # "condemned what it called a cowardly attack": the act is the one it is called
    acts += [o for c in verb.children if c.dep_ == "ccomp" for o in c.subtree if named_by_what(o)]
    acts += [c for o in acts for c in o.conjuncts]
    for o in acts:
        senses = nouns.get(o.lemma_.lower()) or []  # one sense, or a list of them ("strike")
        kinds = {e.get("type") for e in (senses if isinstance(senses, list) else [senses])} & set(MATERIAL)
        if not kinds or not any(c.dep_ in ("det", "poss") for c in o.children):
            continue
        told = [e for e in reversed(earlier) if e.event_type in kinds and e.actor1 is not None and e.status == "occurred"]
        # "the attack" points back to the act last told by that noun, which need not be the last act
        # of its kind ("... in an attack on a post. Troops later killed 20 of them. X condemned the attack")
        named = re.compile(rf"\b({re.escape(o.lemma_.lower())}|{re.escape(o.lower_)})\b", re.I)
        done = next((e for e in told if named.search(e.evidence.sentence or "")), told[0] if told else None)
        if done is not None:
            return gate.copy(m, actor2=done.actor1)
    return m


# Fights two sides wage (sides.RECIPROCAL and their nouns), whose one side is whoever did the act they frame
_FIGHTS = RECIPROCAL | {"fighting", "shootout", "gunfight", "firefight", "gunbattle", "confrontation", "standoff",
                        "encounter", "struggle", "combat"}


def frame_sides(coded: list[EventMention], sent: Span, base: int) -> list[EventMention]:
    """A fight or a protest told as the time of another act of the sentence ("troops captured two
    commanders during heavy fighting", "was seized after a shootout", "police clashed with
    marchers during a protest"): who did the act fought the fight, and those the police acted on
    held the protest. Only fills a side the frame's own words leave unnamed."""
    if len(coded) < 2:
        return coded
    at = {base + t.idx: t for t in sent}
    by_trigger = {m.evidence.trigger_start: m for m in coded if m.evidence.trigger_start is not None}
    out = []
    for m in coded:
        t = at.get(m.evidence.trigger_start)
        host = by_trigger.get(base + t.head.head.idx) if t is not None and t.dep_ == "pobj" \
            and t.head.lower_ in ("during", "after", "amid") else None
        new = m
        if host is not None and host is not m and (host.event_type in MATERIAL or host.event_type == "RETREAT"):
            # (the operation it was done "during", or a fight: a stabbing or a robbery "after" which
            # police arrested a man was no police act)
            if m.event_type == "ASSAULT" and (m.actor1 is None or m.actor1.text is None) \
                    and (t.lemma_.lower() in _FIGHTS or t.head.lower_ != "after") \
                    and host.actor1 is not None and host.actor1.text is not None:
                other = m.actor2 or (host.actor2 if host.actor2 is not None and host.actor2.type != "civilians" else None)
                new = gate.copy(m, actor1=host.actor1, actor2=other)
            elif m.event_type == "PROTEST" and host.actor2 is not None and (host.actor2.name or "").startswith("Protesters"):
                new = gate.copy(m, actor1=host.actor2)
        out.append(new)
    return out


# Owning an act: claiming, taking or accepting responsibility for it, or claiming it
_OWNING = {"claim", "accept", "take", "admit", "carry"}


def _carried_out(v: Token, objs: list[Token], nouns: dict) -> bool:
    """"The X said it carried out the attack": a group saying it did the act the story told (with
    "the", "that" or its own possessive) claims it, as "claimed responsibility" does."""
    return v.lemma_.lower() == "carry" and any(c.dep_ == "prt" and c.lower_ == "out" for c in v.children) \
        and v.dep_ == "ccomp" and v.head.lemma_.lower() in ("say", "announce", "confirm") \
        and any(o.lemma_.lower() in nouns and any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "that", "this", "its", "their")
                                                  for c in o.children) for o in objs)


def _tag_claim(v: Token) -> bool:
    """A headline's last words "..., X claims" after the act it tells ("Bomb kills nine at checkpoint,
    militants claim"): the wire's form of a claim of responsibility, with nothing after the verb
    (the model reads the act as what is claimed, and may run the headline into the dateline)."""
    sent = v.sent
    rest = []
    for t in sent[v.i - sent.start + 1:]:
        if "\n" in t.text:
            break
        rest += [t] if not t.is_punct else []
    return headline(sent) and not rest and v.tag_ in ("VBZ", "VBP", "VBD") \
        and any(t.text == "," for t in sent if t.i < v.i) \
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.i > v.i and "\n" not in sent.doc[v.i:c.i].text
                    for c in v.children)


def claimant(sent: Span, para: Paragraph) -> tuple[int, Actor] | None:
    """"The militia claims responsibility for Sunday's bombing", "the ambush was claimed by X": the armed
    group that owned an act of the story (ACLED names the group a claim names as its actor).
    (sentence offset in the article, the group), or None."""
    from .roles import first_actor  # roles needs the coder, which this module's callers load first

    nouns = lexicon().get("nouns", {})
    for v in sent:
        lemma = v.lemma_.lower()
        if lemma not in _OWNING or any(c.dep_ == "neg" for c in v.children):
            continue
        objs = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
        owned = _carried_out(v, objs, nouns) or any(o.lemma_.lower() in ("responsibility", "credit") for o in objs) \
            or (lemma == "claim" and any(o.lemma_.lower() in nouns for o in objs)) \
            or (lemma == "claim" and _tag_claim(v))
        if not owned:
            continue
        doers = [p for a in v.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
        doers += [c for c in v.children if c.dep_ == "nsubj"]
        # "a group, which claimed ...": the noun the relative clause is on
        doers = [v.head if d.lower_ in ("which", "who", "that") and v.dep_ == "relcl" else d for d in doers]
        actor, _ = first_actor(doers, para)
        if actor is not None and actor.name and actor.type in ARMED_TYPES:
            return para.base + sent.start_char, actor
    return None
