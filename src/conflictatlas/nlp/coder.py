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

from ..records import MATERIAL, Article, EventMention, Evidence, Fatalities, Place
from . import actors as actor_mod
from . import conventions, gate, generalities, nonevents, place_country, remembering, roles, sides
from .arguments import subject_candidates
from .attribution import attribution, doc_text, quote_speaker
from .clauses import (
    PROTESTERS,
    arson,
    arson_of_a_force,
    arson_of_dwelling,
    at_a_protest,
    called_protest,
    complement_of,
    grieved,
    purpose_of_its_kind,
)
from .conditions import people_freed
from .dates import dated_ahead, event_date
from .genre import business_dealing, cheering_rally, played_or_plotted
from .judicial import sentenced
from .lexicon import vocabulary
from .numbers import fatalities, quantity
from .placenames import Toponym
from .places import event_place, joined_places
from .senses import death_named
from .standing import private_crime
from .status import announced, commitment, conditional, demand, failed, refusal, status
from .tolls import fold_borrowed_tolls, gapped_tolls, toll_of
from .triggers import find_triggers
from .victims import hit, police_shooting, the_hurt

COOPERATIVE = {"CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"}
FORCE = {"ASSAULT", "MOBILIZE"}
HOSTILE = MATERIAL | {"SANCTION"}
# Set only while the gate's training codes its texts (train_gate.training_set): candidates the
# codebook's rules drop are then kept, marked, for the gate to learn what a non-event looks like.
KEEP_DROPPED = False


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
    force: str | None = None  # the first town or county force the article names ("Oxford police")
    finds: list[EventMention] | None = None  # bodies found, kept only where the story tells of violence
    genre: str | None = None  # "sport", "arts" or "cyber": a game's report, a review, a hack (genre.py)


def code_sentence(sent: Span, para: Paragraph) -> list[EventMention]:
    remembering.remember_names(sent, para.ctx, para.base)
    quote = quote_speaker(para.doc, sent)
    triggers = find_triggers(sent)
    by_token = {tr.token.i: tr for tr in triggers}
    words = vocabulary()
    # Courts and investigators handling private people's cases tell no political event; what an
    # inquiry looks into ("investigating a stabbing") is still the story's event.
    judicial = {i for i, tr in by_token.items()
                if tr.token.lemma_.lower() in words["judicial"] and not roles.political_target(tr.token, para)}
    hosts = {i: tr for i, tr in by_token.items() if not (i in judicial and tr.token.lemma_.lower() in words["inquiry"])}
    # A word merged into another trigger's act ("and five wounded") still hosts what hangs on it.
    hosts.update({p.i: tr for tr in hosts.values() for p in tr.parts if p.i not in hosts})
    # The violence of a protest is coded with it: it is no act the protest is background to.
    hosts = {i: tr for i, tr in hosts.items()
             if not (tr.type == "ASSAULT" and nonevents.part_of_protest(tr.token, tr.type, by_token))}
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
        if the_hurt(t) and (para.base + sent.start_char > 0 or t.head.i in by_token):
            # The victims of the harm the article told before: incidents.wounds_or_death retells it if
            # it was an attack. A lone sentence ("the wounded were flown to Kabul") is all the telling
            # there is, unless they are whom its own act was done to ("flew the injured out").
            continue
        if purpose_of_its_kind(t, trig.type, by_token) or nonevents.part_of_protest(t, trig.type, by_token):
            continue  # told as part of another act of the sentence, and coded with it
        # What the codebook says is no event. The gate's training keeps these candidates (negatives it would
        # otherwise never see, since the rules drop them on the texts they were written from); coding drops them.
        # An arson by people who are no authority ("settlers set fire to a house") is violence against
        # those people (ACLED), not a coercion; so is an abduction by anyone (below).
        outlaw = trig.type == "COERCE" and nonevents.no_authority(t, para.ctx, para.base)
        dropped = _no_event(t, trig, sent, para, hosts, by_token, outlaw)
        if dropped and not KEEP_DROPPED:
            continue
        st = "occurred" if (st := status(t)) == "planned" and grieved(t, by_token) else st
        if st == "occurred" and dated_ahead(t, para.published):
            st = "planned"
        # an abduction is violence against those taken, whoever takes them (ACLED; PLOVER maps CAMEO 181 to ASSAULT abduct)
        etype = "ASSAULT" if outlaw or trig.mode == "abduct" else trig.type
        if st is None:
            if not refusal(t):
                continue
            # force tried and failed ("the charge failed to explode") is an attempt, as one "tried" is; accord failed, a refusal
            etype, st = (etype, "hypothetical") if etype in ("ASSAULT", "COERCE") and failed(t) else ("REJECT", "occurred")
        elif etype in COOPERATIVE and commitment(t):
            etype, st = "AGREE", "occurred"
        if etype == "REQUEST" and called_protest(t, by_token):
            etype, st = "PROTEST", "planned"  # "students called for a sit-in on Monday": a rally announced
        # A force announcing it will deploy or patrol ("officers would patrol the fair"), or a group
        # that it will demonstrate ("organisers said they would rally again"), tells a plan, not a
        # threat; a threat of either says so ("threatened to send troops": st "threatened").
        # A boycott or a strike announced is leverage, a threat as PLOVER codes it; a sanction
        # announced is decided (vocabulary "decisions"), a threat only on a condition ("unless ...").
        rally = etype == "PROTEST" and trig.mode == "demonstrate"
        threat = (etype in HOSTILE - {"MOBILIZE"} and not rally and (commitment(t) or conditional(t))
                  and ((announced(t) and etype != "SANCTION") or conditional(t))) \
            or (etype == "AGREE" and conditional(t, unless_only=True)) or (etype in HOSTILE and st == "threatened")
        actor1, a1_tok = roles.doer(t, para)
        if actor1 is None:
            actor1, a1_tok = roles.sent_force(t, etype, para) if etype == "MOBILIZE" else roles.local_authority(t, etype)
        if trig.finder or roles.casualties_noun(t):
            actor1, a1_tok = None, None  # who found the dead, or who "the dead" were, is not who killed them
        if etype in FORCE and not threat:
            actor1 = roles.armed_arm(actor1)
        elif etype == "COERCE" and trig.mode == "arrest":
            actor1 = roles.armed_arm(actor1, "police")
        elif etype == "PROTEST":
            actor1 = conventions.staff_in_a_crowd(actor1, a1_tok)
        actor2, a2_tok = roles.target(t, etype, actor1, a1_tok, para)
        if actor2 is None and trig.last is not None:
            actor2, a2_tok = roles.target(trig.last, etype, actor1, a1_tok, para)
        if actor1 is None and trig.cause is not None:
            actor1, a1_tok = roles.doer(trig.cause, para)
        if actor1 is None and etype in ("ASSAULT", "COERCE") and not threat:
            actor1, a1_tok = roles.doer_elsewhere(t, etype, trig.mode, para)
            if etype in FORCE:
                actor1 = roles.armed_arm(actor1)  # "killed in a Russian artillery attack": Russia's military
        if etype == "COERCE" and not threat and arson(trig) and (actor1 is None or arson_of_dwelling(trig)
                                                                 or arson_of_a_force(trig)):
            # "a flat was set alight", "houses burned in the night": a burning by no one named, or fire
            # set to where people live by anyone ("soldiers torched the village"), is no authority's
            # demolition but arson, violence against those it was done to (codebook 1.3); a
            # demolition, or offices burned by a named party, stays a coercion (PLOVER's "destroy").
            etype, outlaw = "ASSAULT", True
        # a bureau's dateline places no physical act (geo/article.py)
        dateline = None if para.dateline is not None and para.dateline.rule == "bureau" and etype in MATERIAL \
            else para.dateline
        place = event_place(t, sent, para.toponyms, dateline, physical=etype in MATERIAL)
        for part in (trig.last, trig.cause):
            # "was shot and killed in southern Afghanistan": the place may hang on any verb of the act,
            # and one in a locative phrase of a verb beats one inside a person's description ("a
            # worker ... of El Salvador").
            if part is None or (place is not None and roles.on_verb(place, t, para)):
                continue
            other = event_place(part, sent, para.toponyms, dateline, physical=etype in MATERIAL)
            if other is not None and other.rule == "syntax" and (place is None or place.rule != "syntax"
                                                                 or roles.on_verb(other, part, para)):
                place = other
        victim = roles.victims_where(t) or roles.victim(t) or next((roles.victim(x) for x in (trig.last, trig.outcome) if x is not None and roles.victim(x)),
                                    None)
        if trig.finder and not roles.the_dead(victim, t):
            continue
        if etype == "ASSAULT":
            actor2, victim = hit(t, trig.outcome, actor2, victim, para, roles.first_actor)
        other = roles.counterpart(t) if etype == "ASSAULT" else None
        # a village, or a town by name, attacked (not taken): its people were hit
        peopled = victim is not None and trig.mode != "occupy" and (roles.inhabited(victim) or (
            etype == "ASSAULT" and roles.town_attacked(victim, t, para.toponyms)))
        private = actor2 is None and (trig.finder or peopled
                                      or (victim is not None and trig.mode != "occupy"  # (a town the model took for a person)
                                          and (roles.a_person(victim) or roles.civilian_site(victim)))
                                      or (other is not None and roles.a_person(other))
                                      or police_shooting(t, actor1)
                                      or private_crime(t, actor1) or (t.pos_ == "NOUN" and roles.private_fight(t)))
        if place is not None and not place.country:
            # before the actors are named from where it happened ("attacked the Afghan village of X")
            place = place_country.as_written(place, para)
        # A private person, or one sought, "captured" with no captor named is caught as a fugitive is: an arrest.
        caught = trig.mode == "seize" and actor1 is None and victim is not None \
            and (roles.a_person(victim) or victim.lemma_.lower() in vocabulary()["sought"]) \
            and not any(c.dep_ == "agent" for c in t.children)
        if etype == "ASSAULT" and actor2 is None and (victim is None or trig.mode == "occupy" or sides.ground(victim)) \
                and not private and not threat:
            actor2 = roles.opponent(actor1, t, para, place.country if place is not None else None)  # "the army launched an offensive near X"
        actor2 = place_country.addressed_or_home(actor2, a2_tok, t, etype, para) or actor2
        actor1, actor2 = conventions.implied("THREATEN" if threat else etype, actor1, actor2, place, private_victim=private,
                                  arrest=etype == "COERCE" and (trig.mode == "arrest" or caught), setting=para.country,
                                  mode=trig.mode, force=para.force, by_verb=t.pos_ == "VERB")
        if actor1 is not None and actor2 is not None and actor1.name and actor2.name == actor1.name and a2_tok is not None \
                and (etype == "MOBILIZE" or actor_mod.look_through(a2_tok).lemma_.lower() in vocabulary()["airborne"]):
            # "air defences downed 40 drones": whose drones, the place's army does not say; "massed
            # tanks", "called up reserve battalions": a force moving its own units acts on no one
            actor2 = None
        elif etype == "MOBILIZE" and trig.mode == "troops" and a2_tok is not None and a2_tok.dep_ == "dobj" \
                and a2_tok.head.i == t.i and actor2 is not None and actor2.type in (None, "police", "military"):
            actor2 = None  # "sent 300 police officers to the town": the units sent, not whom they act on
        if etype == "ASSAULT":
            actor1 = conventions.crowd_violence(t, actor1, para.seen) or conventions.riot_violence(t, actor1, actor2, para.seen) or actor1
            actor1, actor2 = conventions.force_in_a_struggle(t, actor1, actor2) \
                or sides.both_sides_dead(actor1, actor2, a2_tok, para) or (actor1, actor2)
            actor1 = conventions.state_in_an_operation(t, actor1, actor2) or actor1
        if victim is not None and actor2 is not None and (actor2.name or "").startswith("Civilians") \
                and (actor_mod.look_through(victim).lemma_.lower() in PROTESTERS
                     or actor1 is not None and actor1.type in ("police", "military")
                     and at_a_protest(t, victim, by_token)):
            # "police shot a protester dead": people protesting are named as such (codebook 2)
            actor2 = replace(actor2, name=actor2.name.replace("Civilians", "Protesters", 1))
        if place is not None and not place.country and place.precision != "region":  # a continent is in none
            place = place_country.country_for_unknown_place(place, actor1, actor2, para.country)
            actor1 = conventions.implied_where(actor1, place)
        if roles.private_fight(t) and actor2 is not None and actor2.type == "civilians" and (
                actor1 is None or actor1.text is None or (t.pos_ == "NOUN" and t.dep_ in ("dobj", "pobj"))):
            # A brawl among private people: civilians on both sides. Who "broke up" or was "called
            # to" it did not brawl.
            actor1 = replace(actor2, text=None)

        kind = "THREATEN" if threat else etype
        if trig.type == "CONCEDE" and actor1 is None and (trig.mode == "freed" or people_freed(t)):
            # people "freed" in a story of their captivity: their captors, told before, set them free
            trig = replace(trig, mode="freed")
        if business_dealing(kind, actor1, para.genre) or (kind not in MATERIAL and not roles.political(actor1, t)
                                                          and trig.mode != "freed") \
                or (kind == "MOBILIZE" and roles.private(actor1, t)):
            # Verbal and cooperative acts, threats and retreats are political events only between
            # political actors (codebook 3): a tenant "asked", a suspect "fled", a neighbour "backing
            # up" tell none; a deployment by someone private ("a volunteer patrols") neither.
            if not KEEP_DROPPED:
                continue
            dropped = True
        if threat:
            # An actor announcing a hostile act of its own is a threat (PLOVER THREATEN): one event,
            # coded once, with the act threatened as its mode ("threatened to bomb": THREATEN/assault).
            # The announcing verb is not coded again, nor the act itself as if it were a second event;
            # whom the announcement names is the threat's target when the act names none ("issued an
            # ultimatum to Ecuador to halt attacks").
            if actor2 is None:
                for anc in list(t.ancestors)[:3]:
                    actor2, a2_tok = roles.target(anc, "THREATEN", actor1, a1_tok, para)
                    if actor2 is not None:
                        break
            out.append((t.i, _mention(t, "THREATEN", trig.type.lower(), "occurred", sent, para, quote,
                                      actor1, a1_tok, actor2, a2_tok, place)))
            gate.mark_dropped(out[-1][1], dropped)
            announcers.update(a.i for a in list(t.ancestors)[:3])
            continue
        # "was shot ... and later died at a hospital": the act killed whom it was done to
        died = any(c.dep_ == "conj" and c.lemma_.lower() == "die" for c in t.children)
        out.append((t.i, _mention(t, etype, trig.mode if etype == trig.type or outlaw else None, st, sent, para, quote,
                                  actor1, a1_tok, actor2, a2_tok, place, kill=trig.kill or died, last=trig.last,
                                  outcome=trig.outcome)))
        gate.mark_dropped(out[-1][1], dropped)
        first = out[-1][1]
        # "marched in Lyon and Marseille": an event at each place; the toll stays with the first,
        # since the text does not say how it divides; "three were killed in Homs and two in Hama"
        # says it
        out += [(t.i, gate.copy(first, place=other, fatalities=Fatalities()))
                for other in joined_places(place, sent, para.toponyms, t)]
        out += [(t.i, gate.copy(first, place=replace(other, rule=place.rule),
                                fatalities=toll_of(n, first.fatalities.best is not None)))
                for other, n in gapped_tolls(t, place, para.toponyms)]
        if trig.finder and para.finds is not None:
            para.finds.append(out[-1][1])
    mentions = fold_borrowed_tolls([(sent.doc[i], m) for i, m in out
                                     if not (i in announcers and m.event_type == "THREATEN" and m.mode is None)])
    para.seen.update(m.event_type for m in mentions if not gate.dropped(m))
    for verb_i, speech in demands.items():
        verb = sent.doc[verb_i]
        if played_or_plotted(verb, sent, para.genre):
            continue  # "the pass rush must be more aggressive, the coach said": the game's
        actor1, a1_tok = roles.first_actor(subject_candidates(speech), para)
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        actor2, a2_tok = roles.first_actor(subj, para, exclude=actor1.name if actor1 else None)
        mentions.append(_mention(speech, "REQUEST", None, "occurred", sent, para, quote, actor1, a1_tok, actor2,
                                 a2_tok, event_place(speech, sent, para.toponyms, para.dateline)))
    return mentions


def _no_event(t: Token, trig, sent: Span, para: Paragraph, hosts: dict, by_token: dict, outlaw: bool) -> bool:
    """Whether the codebook says this candidate tells no event: background, figurative, general,
    aggregate, judicial, not political, and the rest of nonevents.py and its kin."""
    # a gerund after a preposition, or with an article, is a noun ("murdered in a drive-by shooting"),
    # as is one naming a death ("the shooting deaths of two guards")
    nominal = t.pos_ != "VERB" or death_named(t) or (t.tag_ == "VBG" and (t.dep_ == "pobj" or (
        t.dep_ == "pcomp" and (any(c.dep_ == "det" for c in t.children)
                               # a headline drops the article: "two wounded in shooting outside tavern"
                               or (t.head.lower_ in ("in", "during") and not any(
                                   c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in t.children))))))
    if nominal and (nonevents.background(t, hosts) or nonevents.theme(t, hosts)):
        return True
    if nonevents.figurative(t, trig.type, para.ctx, para.base) or nonevents.aggregate(t) or nonevents.span_toll(t) \
            or roles.casualties_untold(t, para.seen) \
            or nonevents.harmless_cause(t) or nonevents.no_such_event(t) or nonevents.earlier_record(t) \
            or nonevents.description(t, trig.type, by_token) or nonevents.manner_of_the_act(t, by_token) \
            or nonevents.not_political(t, trig.type, trig.mode, para.ctx, para.base) \
            or nonevents.empty_threat(t, trig.type, para.ctx, para.base):
        return True
    if played_or_plotted(t, sent, para.genre, trig.type) or sentenced(t) or cheering_rally(t):
        return True
    if nonevents.condition(t) or nonevents.earlier(t, by_token) or nonevents.sourcing(t) or nonevents.no_comment(t) \
            or nonevents.standing(t) or nonevents.habitual(t) or generalities.general(t) \
            or nonevents.traffic(t) or nonevents.prospect(t):
        return True
    if nonevents.legal_category(t) or nonevents.imperative(t) or nonevents.animal_doer(t) \
            or nonevents.bare_label(sent) or nonevents.reference_in_a_noun_phrase(t, para.seen, trig.type) \
            or nonevents.counted(t) or nonevents.tally(t) or nonevents.war_history(t) or nonevents.service_record(t) \
            or nonevents.part_of_a_toll(t) or nonevents.to_be_ended(t) \
            or nonevents.characterised(t, trig.type, by_token):
        return True
    if trig.type not in MATERIAL and nonevents.adjunct_of_event(t, by_token):
        return True
    if t.pos_ != "VERB" and (nonevents.generic(t) or nonevents.back_reference(t, trig.type, para.seen)):
        return True
    if outlaw and trig.mode not in ("abduct", "destroy"):
        return True  # a coercion by people who are no authority, other than abducting or burning: none
    return nonevents.courtroom(t, trig.type) and not roles.political_target(t, para)


def evidence_of(t: Token, sent: Span, para: Paragraph, last: Token | None = None) -> Evidence:
    """Where in the article the mention's sentence and trigger (through `last`) are."""
    base = para.base
    start = base + sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
    # The article's own characters: the parsed text may differ in case (headline_case) or spaces.
    sent_text = para.article.text[start:start + len(sent.text.strip())]
    end_tok = last if last is not None else t
    return Evidence(article_id=para.article.id, sentence=sent_text, start=start, end=start + len(sent_text),
                    trigger=para.article.text[base + t.idx:base + end_tok.idx + len(end_tok.text)],
                    trigger_start=base + t.idx, trigger_end=base + end_tok.idx + len(end_tok.text))


def _mention(t: Token, etype: str, mode: str | None, st: str, sent: Span, para: Paragraph, quote,
             actor1, a1_tok, actor2, a2_tok, place: Place | None, kill: bool = False,
             last: Token | None = None, outcome: Token | None = None) -> EventMention:
    base = para.base
    for a, tok in ((actor1, a1_tok), (actor2, a2_tok)):
        if a is not None and tok is not None:
            para.ctx.remember(base + tok.idx, a)
    if actor1 is not None and a1_tok is None and actor1.name and actor1.name.startswith(actor_mod.CROWDS):
        # "three hundred traders marched ... They threw bricks": a crowd the conventions named
        # (no word of the sentence is its name) is whom a later "they" means.
        para.ctx.remember(base + t.idx, actor1)
    quantities = [q for q in (quantity(x) for x in (a1_tok, a2_tok) if x is not None) if q]
    # The killed are the outcome clause's victims when one is told ("detonated a bomb, killing 15"),
    # else the act's own.
    victim = next((v for v in (roles.victim(outcome) if outcome is not None else None, a2_tok, roles.victim(t),
                               roles.victim(last) if last is not None else None) if v is not None), None)
    # a riot's own toll ("the riots left four dead") is counted as an attack's is
    toll = etype == "PROTEST" and mode == "riot" and t.dep_ == "nsubj" and t.head.lemma_.lower() in ("leave", "claim")
    fat = fatalities(t, sent, victim if kill else None) if etype == "ASSAULT" or toll else Fatalities()
    attr = attribution(t, sent, para.segment, para.outlet, quote, doc_text(para.doc))
    evidence = evidence_of(t, sent, para, last)
    # The rules' own confidence grows with what syntax supplied: a doer, a target, a place, a verb
    # trigger, a fact. The learned gate (gate.py) replaces it once the article is coded.
    confidence = 0.45 + 0.2 * (actor1 is not None) + 0.1 * (actor2 is not None) + 0.1 * (place is not None) \
        + 0.05 * (t.pos_ == "VERB") + 0.05 * (st in ("occurred", "ongoing"))
    mention = EventMention(
        event_type=etype, status=st, evidence=evidence, doc=para.article.doc, mode=mode,
        actor1=actor1, actor2=actor2, place=place,
        date=_date(t, sent, para.published, etype, st),
        quantities=quantities, fatalities=fat, attribution=attr, confidence=round(min(confidence, 0.95), 2),
    )
    gate.record(mention, gate.sentence_features(t, sent, etype, mode, st))
    return mention


def _date(t: Token, sent: Span, published, etype: str, st: str):
    """A promise is dated when it is made: "will resign on Wednesday" is not last Wednesday's act."""
    promised = etype == "AGREE" and st == "occurred" and commitment(t)
    when = event_date(t, sent, published, future=promised or st in ("planned", "threatened"))
    if promised and published is not None and when.start is not None and when.start > published.isoformat():
        return replace(when, start=None, end=published.isoformat(), precision=None, date_prec=None, text=None)
    return when


__all__ = ["Paragraph", "code_sentence", "evidence_of"]
