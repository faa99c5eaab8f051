"""One sentence -> its EventMentions.

For each trigger: its factuality decides whether there is an event and which (status.py); PLOVER's
conventions then name some of them differently — an actor's commitment to a cooperative act is an
AGREE ("will provide aid", "is willing to withdraw"), a refused act is the refuser's REJECT ("will
not accept"), and a "must" clause in reported speech is the speaker's REQUEST ("Libya must hand
over the suspects, the minister said"). A non-violent event that is only the content of another
event in the same sentence ("agreed to postpone the demonstration") is not coded twice; material
events (assaults, arrests, deployments, protests) are kept with their status, since a threatened
or planned attack is what a monitor needs to see.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from ..records import Actor, Article, EventMention, Evidence, Fatalities, Place
from . import actors as actor_mod
from . import gate, nonevents
from .attribution import attribution, quote_speaker
from .dates import event_date
from .lexicon import vocabulary
from .numbers import fatalities, quantity
from .placenames import Toponym
from .places import event_place
from .status import announced, commitment, complement_of, conditional, demand, refusal, status
from .triggers import (
    TEMPORAL_PREPS,
    find_triggers,
    object_candidates,
    purpose_objects,
    subject_candidates,
)

COOPERATIVE = {"CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"}
FORCE = {"ASSAULT", "MOBILIZE"}
MATERIAL = {"ASSAULT", "COERCE", "MOBILIZE", "PROTEST"}
HOSTILE = MATERIAL | {"SANCTION"}


@dataclass
class Paragraph:
    """What coding a sentence needs to know about its paragraph and article."""

    article: Article
    doc: Doc
    base: int  # the paragraph's offset in the article text
    toponyms: list[Toponym]
    dateline: Place | None
    published: date | None
    segment: str
    outlet: str | None
    ctx: actor_mod.ActorContext
    seen: set[str]  # event types the article has already told, for back-references
    country: str | None = None  # the country the article is set in (ISO alpha-2), when it is clear


def code_sentence(sent: Span, para: Paragraph) -> list[EventMention]:
    actor_mod.remember_names(sent, para.ctx, para.base)
    quote = quote_speaker(para.doc, sent)
    triggers = find_triggers(sent)
    by_token = {tr.token.i: tr for tr in triggers}
    words = vocabulary()
    # Courts and investigators handling private people's cases tell no political event; what an
    # inquiry looks into ("investigating a stabbing") is still the story's event.
    judicial = {i for i, tr in by_token.items()
                if tr.token.lemma_.lower() in words["judicial"] and not _political_target(tr.token, para)}
    hosts = {i: tr for i, tr in by_token.items() if not (i in judicial and tr.token.lemma_.lower() in words["inquiry"])}
    demands = {t.i: speech for t in sent if t.pos_ in ("VERB", "AUX") and (speech := demand(t)) is not None}
    out: list[tuple[int, EventMention]] = []  # (trigger token index, mention)
    announcers: set[int] = set()  # verbs announcing a threat coded from its content
    for trig in triggers:
        t = trig.token
        if t.i in demands or t.i in judicial:
            continue  # a demand's content is coded as the speaker's REQUEST below
        host = complement_of(t)
        if host is not None and host.i in hosts and trig.type not in MATERIAL:
            # The content of another event of this sentence: "agreed to postpone the demonstration".
            continue
        if t.pos_ != "VERB" and (nonevents.background(t, hosts) or nonevents.theme(t, hosts)):
            continue
        if nonevents.figurative(t, trig.type, para.ctx, para.base) or nonevents.aggregate(t) \
                or nonevents.harmless_cause(t) or nonevents.no_such_event(t) or nonevents.earlier_record(t) \
                or nonevents.description(t, trig.type, by_token):
            continue
        if nonevents.condition(t) or nonevents.earlier(t, by_token) or nonevents.sourcing(t):
            continue
        if nonevents.legal_category(t) or nonevents.imperative(t) or nonevents.animal_doer(t) \
                or nonevents.reference_in_a_noun_phrase(t, para.seen, trig.type) or nonevents.counted(t) \
                or nonevents.war_history(t):
            continue
        if trig.type not in MATERIAL and nonevents.adjunct_of_event(t, by_token):
            continue
        if t.pos_ != "VERB" and (nonevents.generic(t) or nonevents.back_reference(t, trig.type, para.seen)):
            continue
        if trig.type == "COERCE" and nonevents.no_authority(t, para.ctx, para.base):
            continue
        st = status(t)
        etype = trig.type
        if st is None:
            if not refusal(t):
                continue
            etype, st = "REJECT", "occurred"
        elif etype in COOPERATIVE and commitment(t):
            etype, st = "AGREE", "occurred"
        threat = (etype in HOSTILE and (commitment(t) or conditional(t)) and (announced(t) or conditional(t))) \
            or (etype == "AGREE" and conditional(t, unless_only=True)) or (etype in HOSTILE and st == "threatened")
        actor1, a1_tok = _doer(t, para)
        if etype in FORCE and not threat:
            actor1 = _armed_arm(actor1)
        elif etype == "COERCE" and trig.mode == "arrest":
            actor1 = _armed_arm(actor1, "police")
        actor2, a2_tok = _target(t, etype, actor1, a1_tok, para)
        if actor2 is None and trig.last is not None:
            actor2, a2_tok = _target(trig.last, etype, actor1, a1_tok, para)
        if actor1 is None and trig.cause is not None:
            actor1, a1_tok = _doer(trig.cause, para)
        if actor1 is None and etype in ("ASSAULT", "COERCE") and not threat:
            actor1, a1_tok = _doer_elsewhere(t, etype, trig.mode, para)
        place = event_place(t, sent, para.toponyms, para.dateline)
        for part in (trig.last, trig.cause):
            # "was shot and killed in southern Afghanistan": the place may hang on any verb of the act,
            # and one in a locative phrase of a verb beats one inside a person's description ("a
            # worker ... of El Salvador").
            if part is None or (place is not None and _on_verb(place, t, para)):
                continue
            other = event_place(part, sent, para.toponyms, para.dateline)
            if other is not None and other.rule == "syntax" and (place is None or place.rule != "syntax"
                                                                 or _on_verb(other, part, para)):
                place = other
        victim = _victim(t) or next((_victim(x) for x in (trig.last, trig.outcome) if x is not None and _victim(x)),
                                    None)
        private = actor2 is None and victim is not None and _a_person(victim)
        actor1, actor2 = _implied("THREATEN" if threat else etype, actor1, actor2, place, private_victim=private,
                                  arrest=etype == "COERCE" and trig.mode == "arrest", setting=para.country)
        kind = "THREATEN" if threat else etype
        if (kind not in MATERIAL and not _political(actor1, t)) or (kind == "MOBILIZE" and _private(actor1, t)):
            # Verbal and cooperative acts, threats and retreats are political events only between
            # political actors (codebook 3): a tenant "asked", a suspect "fled", a neighbour "backing
            # up" tell none; a deployment by someone private ("a volunteer patrols") neither.
            continue
        if threat:
            # An actor announcing a hostile act of its own is a threat (PLOVER THREATEN): one event,
            # coded once, with the act threatened as its mode ("threatened to bomb": THREATEN/assault).
            # The announcing verb is not coded again, nor the act itself as if it were a second event;
            # whom the announcement names is the threat's target when the act names none ("issued an
            # ultimatum to Ecuador to halt attacks").
            if actor2 is None:
                for anc in list(t.ancestors)[:3]:
                    actor2, a2_tok = _target(anc, "THREATEN", actor1, a1_tok, para)
                    if actor2 is not None:
                        break
            out.append((t.i, _mention(t, "THREATEN", trig.type.lower(), "occurred", sent, para, quote,
                                      actor1, a1_tok, actor2, a2_tok, place)))
            announcers.update(a.i for a in list(t.ancestors)[:3])
            continue
        out.append((t.i, _mention(t, etype, trig.mode if etype == trig.type else None, st, sent, para, quote,
                                  actor1, a1_tok, actor2, a2_tok, place, kill=trig.kill, last=trig.last,
                                  outcome=trig.outcome)))
    mentions = [m for i, m in out if not (i in announcers and m.event_type == "THREATEN" and m.mode is None)]
    para.seen.update(m.event_type for m in mentions)
    for verb_i, speech in demands.items():
        verb = sent.doc[verb_i]
        actor1, a1_tok = _first_actor(subject_candidates(speech), para)
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        actor2, a2_tok = _first_actor(subj, para, exclude=actor1.name if actor1 else None)
        mentions.append(_mention(speech, "REQUEST", None, "occurred", sent, para, quote, actor1, a1_tok, actor2,
                                 a2_tok, event_place(speech, sent, para.toponyms, para.dateline)))
    return mentions


DOMESTIC_TYPES = {"civilians", "rebel/insurgent", "opposition", "militia", "police", "government", "military", None}
COUNTERPART_TYPES = {"CONSULT", "AID", "SUPPORT", "COOPERATE", "AGREE"}
ARMED_TYPES = {"terrorist organisation", "rebel/insurgent", "militia"}


def _implied(etype: str, actor1: Actor | None, actor2: Actor | None, place: Place | None,
             private_victim: bool = False, arrest: bool = False, setting: str | None = None):
    """Fill what the text leaves implicit by the coding conventions of CAMEO/PLOVER and ACLED:
    - unnamed people, rebels, police or protesters belong to the state where the event happens
      ("killed 23 people in Tel Aviv": civilians of Israel), else to the state acting on them;
    - a protest with no named addressee addresses the government where it happens;
    - coercion by a state's own forces with no named target falls on that place's civilians;
    - a visit, aid or cooperation with no named counterpart is with the host state;
    - private people attacked or arrested are that state's civilians, never named (ACLED);
    - people protesting are that state's protesters ("Protesters (Iraq)", ACLED);
    - an arrest whose arresting body the report does not name is by that state's police.
    Implied actors carry `text: null`, so they are never mistaken for words of the report."""
    from ..countries import alpha3, country_name

    here = alpha3(place.country) if place is not None and place.country else None
    if actor1 is not None and actor1.country is None and here and (
            actor1.type in DOMESTIC_TYPES - {None} or (actor1.type in ARMED_TYPES and not actor1.name)):
        actor1 = replace(actor1, country=here)
    state = here or (alpha3(setting) if setting else None)
    if actor1 is None and arrest and state:
        actor1 = Actor(text=None, name=f"{country_name(state)} police", country=state, type="police")
    if actor1 is None and etype == "ASSAULT" and here:
        # ACLED's convention for attacks whose perpetrators the report does not name.
        actor1 = Actor(text=None, name=f"Unidentified armed group ({country_name(here)})", country=here,
                       type="militia")
    if actor2 is not None and actor2.country is None and actor2.type in DOMESTIC_TYPES:
        home = here or (actor1.country if actor1 is not None and actor1.type in ("government", "military", "police")
                        else None)
        if home:
            label = f"Civilians ({country_name(home)})" if actor2.type == "civilians" else actor2.name
            actor2 = replace(actor2, country=home, name=label)
    a1_country = actor1.country if actor1 is not None else None
    # With no place named, a state body's coercion or concession, or a protest, is domestic.
    home = here or a1_country
    if etype == "PROTEST" and actor1 is not None and actor1.type == "civilians" and (actor1.country or home):
        actor1 = replace(actor1, name=f"Protesters ({country_name(actor1.country or home)})",
                         country=actor1.country or home)
    victims_home = home or (alpha3(setting) if setting else None)  # where the story is set, failing all else
    if actor2 is None and private_victim and etype in ("ASSAULT", "COERCE") and victims_home:
        actor2 = Actor(text=None, name=f"Civilians ({country_name(victims_home)})", country=victims_home,
                       type="civilians")
    if actor2 is None and home:
        state_body = actor1 is not None and actor1.type in ("government", "police", "military")
        if etype == "PROTEST":
            actor2 = Actor(text=None, name=f"{country_name(home)} government", country=home, type="government")
        elif etype in ("COERCE", "CONCEDE") and state_body and a1_country == home:
            actor2 = Actor(text=None, name=f"Civilians ({country_name(home)})", country=home, type="civilians")
        elif etype in COUNTERPART_TYPES and here and a1_country and a1_country != here:
            actor2 = Actor(text=None, name=country_name(here), country=here, type="government")
    return actor1, actor2


def _first_actor(tokens, para: Paragraph, exclude: str | None = None) -> tuple[Actor | None, Token | None]:
    """The first candidate naming an actor; a named one (a state, a group) beats a bare role noun
    ("offered its troops to Lebanon's president": the president of Lebanon, not "troops")."""
    best, best_rank = (None, None), 0
    for tok in tokens:
        actor = actor_mod.resolve(tok, para.ctx, para.base, exclude=exclude)
        if actor is None:
            continue
        # A known actor (dictionary or state) outranks an unknown organisation name, which
        # outranks a bare role noun ("troops").
        rank = 3 if actor.name and (actor.country or actor.type) else 2 if actor.name or actor.country else 1
        if rank == 3:
            return actor, tok
        if rank > best_rank:
            best, best_rank = (actor, tok), rank
    return best


def _between(t: Token) -> list[Token]:
    """"fighting between police and insurgents": the two sides, in the order written; also where the
    sides hang on the verb the event noun is the subject of ("clashes erupted between ...")."""
    holders = [t, t.head] if t.dep_ == "nsubj" and t.head.pos_ == "VERB" else [t]
    for p in (c for h in holders for c in h.children):
        if p.dep_ == "prep" and p.lower_ == "between":
            first = next((c for c in p.children if c.dep_ == "pobj"), None)
            if first is not None:
                return [first, *(c for c in first.children if c.dep_ == "conj")]
    return []


POLITICAL_TYPES = {"government", "military", "police", "rebel/insurgent", "militia", "terrorist organisation",
                   "international organisation", "opposition"}


ORGANISATION_NOUNS = {"group", "organisation", "organization", "movement", "party", "faction", "militia", "coalition",
                      "alliance", "union", "association", "committee", "council", "network", "front", "brigade",
                      "army", "force", "government", "administration", "ministry", "agency", "court", "parliament"}


def _political(actor: Actor | None, t: Token) -> bool:
    """A state body, office-holder, armed group, organisation or national group the text names: not a
    private person, not an unnamed crowd ("residents", "a tenant")."""
    subj = subject_candidates(t)[:1]
    # A people or organisation named on the subject ("ethnic Albanians", "Druze inhabitants").
    named = bool(subj) and (subj[0].ent_type_ in ("ORG", "GPE", "NORP") or any(
        c.ent_type_ in ("ORG", "GPE", "NORP") for c in subj[0].children if c.dep_ in ("compound", "amod", "poss")))
    if actor is None:
        # "the group", "the movement": an organisation referred to, not a private person.
        return named or (bool(subj) and subj[0].lemma_.lower() in ORGANISATION_NOUNS)
    if actor.type == "civilians":
        return named or bool(actor.country)
    return actor.type in POLITICAL_TYPES or bool(actor.name) or bool(actor.country)


def _private(actor: Actor | None, t: Token) -> bool:
    """A doer the text shows to be a private person or an unnamed crowd."""
    if actor is not None:
        return actor.type == "civilians"
    subj = subject_candidates(t)[:1]
    return bool(subj) and (subj[0].ent_type_ == "PERSON" or subj[0].lemma_.lower() in vocabulary()["people"])


def _political_target(t: Token, para: Paragraph) -> bool:
    """Whether a judicial act is aimed at a political actor ("investigating war crimes by Croatian
    extremists", "indicted the prime minister"): anywhere in its object or prepositional phrases."""
    holders = [t, t.head] if t.dep_ == "dobj" else [t]  # "opened an investigation against X"
    args = [c for h in holders for c in h.children if c.dep_ in ("dobj", "nsubjpass", "prep", "dative") and c.i != t.i]
    for tok in (x for a in args for x in a.subtree):
        if tok.pos_ in ("NOUN", "PROPN"):
            actor = actor_mod.resolve(tok, para.ctx, para.base)
            if actor is not None and (actor.type in POLITICAL_TYPES or (actor.name and actor.type is not None
                                                                          and actor.type != "civilians")):
                return True
    return False


def _armed_arm(actor: Actor | None, arm: str = "military") -> Actor | None:
    """A state named as the doer of force acts through its military ("Israeli shelling", "Russia
    bombed"), and of arrests through its police ("Georgia arrests opposition members"): ACLED and
    CAMEO code the state's forces, not its government."""
    from ..countries import country_name

    if actor is None or actor.type != "government" or actor.parent or not actor.country:
        return actor
    state = country_name(actor.country)
    if actor.name != state:
        return actor
    return Actor(text=actor.text, name=f"{state} {arm}", country=actor.country, type=arm, parent=state)


def _victim(t: Token) -> Token | None:
    """Who a killing verb is done to, by syntax alone ("killed two villagers", "a man was stabbed to
    death"), whether or not the victim is an actor: the count is what matters."""
    for c in t.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            return c
    if t.dep_ == "conj" and t.head.pos_ == "VERB":
        return _victim(t.head)
    return None


def _on_verb(place: Place, verb: Token, para: Paragraph) -> bool:
    """Whether the place's name sits in a prepositional phrase of the verb itself ("killed in X")."""
    if place.start is None:
        return False
    tok = next((x for x in verb.sent if para.base + x.idx == place.start), None)
    while tok is not None and tok.dep_ in ("compound", "amod", "pobj", "appos", "conj") and tok.head.i != tok.i:
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.i == verb.i:
            return True
        tok = tok.head
    return False


def _a_person(tok: Token) -> bool:
    """A private person or people, by syntax and word class ("a 19-year-old man", "his girlfriend",
    "Smith", "her")."""
    head = actor_mod.look_through(tok)
    if head.ent_type_ == "PERSON" or head.lower_ in ("he", "him", "she", "her", "they", "them", "i", "me", "we", "us"):
        return True
    lemma = head.lemma_.lower()
    return head.pos_ == "NOUN" and (lemma in vocabulary()["people"] or head.lower_.endswith(("er", "or", "ist", "ee")))


def _doer_elsewhere(t: Token, etype: str, mode: str | None, para: Paragraph):
    """The doer of an act whose own clause names none, where the sentence or article gives it:
    - the other side of the fight it happened in ("soldiers were killed in a clash with PJAK",
      "killed in an Israeli air strike");
    - the subject of the act that caused it ("were killed when the air force dropped barrels");
    - for an arrest, the police the article has named, or the police of the country (ACLED codes
      arrests as the police's)."""
    from .lexicon import triggers as lexicon

    nouns = lexicon().get("nouns", {})
    for prep in (c for c in t.children if c.dep_ == "prep" and c.lower_ in ("in", "during", "by", "from")):
        for noun in (c for c in prep.children if c.dep_ == "pobj"
                     and (c.lemma_.lower() in nouns or c.lemma_.lower() in ("fire", "gunfire", "crossfire"))):
            with_ = [p for c in noun.children if c.dep_ == "prep" and c.lower_ in ("with", "by")
                     for p in c.children if p.dep_ == "pobj"]
            mods = [c for c in noun.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
            actor, tok = _first_actor(with_ + mods, para)
            if actor is not None and actor.type != "civilians":
                return actor, tok
    for clause in (c for c in t.children if c.dep_ == "advcl"):
        actor, tok = _first_actor([c for c in clause.children if c.dep_ == "nsubj"], para)
        if actor is not None and actor.type in POLITICAL_TYPES - {"government"}:
            return actor, tok
    if etype == "COERCE" and mode == "arrest":
        police = para.ctx.recent_of_type("police", para.base + t.idx)
        if police is not None:
            return replace(police, text=None), None
    return None, None


def _doer(t: Token, para: Paragraph) -> tuple[Actor | None, Token | None]:
    if t.pos_ != "VERB" and _between(t):
        return _first_actor(_between(t)[:1], para)
    if t.pos_ != "VERB":
        # A noun event's doer is often written on the noun itself: "U.S. strikes", "Islamic State attack".
        mods = [c for c in t.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
        by = [p for c in t.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children if p.dep_ == "pobj"]
        actor, tok = _first_actor(mods + by, para)
        if actor is not None:
            return actor, tok
    return _first_actor(subject_candidates(t), para)


def _target(t: Token, etype: str, actor1: Actor | None, a1_tok: Token | None, para: Paragraph):
    exclude = actor1.name if actor1 else None
    objects = [o for o in object_candidates(t, etype) if a1_tok is None or o.i != a1_tok.i]
    if t.pos_ != "VERB":
        objects = _between(t)[1:] + objects
    actor2, a2_tok = _first_actor(objects, para, exclude=exclude)
    if actor2 is None and t.pos_ != "VERB":
        actor2, a2_tok = _first_actor(purpose_objects(t), para, exclude=exclude)
    if (actor2 is None or not actor2.name) and etype not in ("ASSAULT", "COERCE", "MOBILIZE"):
        # CAMEO's convention for acts with no named recipient: the state or group named inside the
        # act's own phrase is its target ("lifted a curfew in Montenegro", "withdrawal from Panama").
        # Not for violence: "operations in Somalia" are not operations against Somalia.
        skip = {x.i for x in a1_tok.subtree} if a1_tok is not None else set()
        inner = [x for x in _own_phrase(t) if x.i not in skip and x.i != t.i
                 and x.dep_ in ("pobj", "dobj", "conj", "poss", "compound", "appos")]
        named, tok = _first_actor(inner, para, exclude=exclude)
        if named is not None and named.name:
            actor2, a2_tok = named, tok
    return actor2, a2_tok


def _own_phrase(t: Token) -> list[Token]:
    """The trigger's subtree without relative clauses and without its subject."""
    out, stack = [], [t]
    while stack:
        x = stack.pop()
        out.append(x)
        stack += [c for c in x.children if c.dep_ not in ("relcl", "nsubj", "nsubjpass", "advcl", "parataxis")]
    return sorted(out, key=lambda x: x.i)


def _mention(t: Token, etype: str, mode: str | None, st: str, sent: Span, para: Paragraph, quote,
             actor1, a1_tok, actor2, a2_tok, place: Place | None, kill: bool = False,
             last: Token | None = None, outcome: Token | None = None) -> EventMention:
    base = para.base
    for a, tok in ((actor1, a1_tok), (actor2, a2_tok)):
        if a is not None and tok is not None:
            para.ctx.remember(base + tok.idx, a)
    quantities = [q for q in (quantity(x) for x in (a1_tok, a2_tok) if x is not None) if q]
    # The killed are the outcome clause's victims when one is told ("detonated a bomb, killing 15"),
    # else the act's own.
    victim = next((v for v in (_victim(outcome) if outcome is not None else None, a2_tok, _victim(t),
                               _victim(last) if last is not None else None) if v is not None), None)
    fat = fatalities(t, sent, victim if kill else None) if etype == "ASSAULT" else Fatalities()
    attr = attribution(t, sent, para.segment, para.outlet, quote, para.doc.text)
    start = base + sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
    # The article's own characters: the parsed text may differ in case (headline_case) or spaces.
    sent_text = para.article.text[start:start + len(sent.text.strip())]
    end_tok = last if last is not None else t
    words = para.article.text[base + t.idx:base + end_tok.idx + len(end_tok.text)]
    evidence = Evidence(article_id=para.article.id, sentence=sent_text, start=start, end=start + len(sent_text),
                        trigger=words, trigger_start=base + t.idx, trigger_end=base + end_tok.idx + len(end_tok.text))
    # The rules' own confidence grows with what syntax supplied: a doer, a target, a place, a verb
    # trigger, a fact. The learned gate (gate.py) replaces it once the article is coded.
    confidence = 0.45 + 0.2 * (actor1 is not None) + 0.1 * (actor2 is not None) + 0.1 * (place is not None) \
        + 0.05 * (t.pos_ == "VERB") + 0.05 * (st in ("occurred", "ongoing"))
    mention = EventMention(
        event_type=etype, status=st, evidence=evidence, doc=para.article.doc, mode=mode,
        actor1=actor1, actor2=actor2, place=place,
        date=event_date(t, sent, para.published, future=st in ("planned", "threatened")),
        quantities=quantities, fatalities=fat, attribution=attr, confidence=round(min(confidence, 0.95), 2),
    )
    gate.record(mention, gate.sentence_features(t, sent, etype, mode, st))
    return mention


__all__ = ["Paragraph", "code_sentence"]
