"""Who did what to whom, from a trigger and its sentence: the doer, the target and the victims the
text names (the conventions that fill what it leaves implicit are in conventions.py).

The coder (coder.py) asks these questions of each trigger; everything here reads the parse and the
article's ActorContext, and answers with Actors (records.Actor) and the tokens that named them.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..geo.resolve import is_spot
from ..geo.toponym import is_place_noun
from ..records import MATERIAL, Actor, Place
from . import actors as actor_mod
from . import sides
from .act_phrase import a_cause, fallen_to, held_for, lost_to, regarded, repelled, reporting_force, town_on_act
from .aimed import targets_of
from .arguments import object_candidates, purpose_objects, subject_candidates
from .casualties import casualties_noun as casualties_noun
from .casualties import casualties_untold as casualties_untold
from .custody import escaping_arrest
from .headlines import clipped_patient
from .heads import named_for_someone
from .holding import launchers, with_holders
from .lexicon import gives_self_up, vocabulary
from .lexicon import triggers as lexicon
from .senses import _sense
from .sides import opponent as opponent
from .standing import POLITICAL_TYPES
from .standing import political as political
from .standing import political_target as political_target
from .standing import private as private
from .triggers import REPORT_VERBS, SUFFERING, _lemma
from .victims import a_person as a_person
from .victims import a_town as a_town
from .victims import civilian_site as civilian_site
from .victims import force_members as force_members
from .victims import force_of_site as force_of_site
from .victims import inhabited as inhabited
from .victims import passing as passing
from .victims import placed_below_country
from .victims import the_dead as the_dead
from .victims import town_attacked as town_attacked
from .victims import victim as victim
from .victims import victims_where as victims_where

if TYPE_CHECKING:
    from .coder import Paragraph

def first_actor(tokens, para: Paragraph, exclude: str | None = None) -> tuple[Actor | None, Token | None]:
    """The first candidate naming an actor; a named one (a state, a group) beats a bare role noun
    ("sent its envoy to Chad's president": the president of Chad, not "envoy")."""
    best, best_rank = (None, None), 0
    ends: set[int] = set()  # where each candidate resolved so far ends
    for tok in tokens:
        if tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.i - 1 in ends and tok.ent_type_ in ("GPE", "LOC"):
            continue  # "the police in Nairobi": where the actor before it is, no actor of its own
        actor = actor_mod.resolve(tok, para.ctx, para.base, exclude=exclude)
        if actor is None:
            continue
        ends.add(tok.i)
        # A known actor (dictionary or state) outranks an unknown organisation name, then a role noun ("troops").
        rank = 3 if actor.name and (actor.country or actor.type) else 2 if actor.name or actor.country else 1
        # (a name tagged as a place no dictionary knows is likelier a village than a body: "the rebels at Tal X")
        rank = 0.5 if rank == 2 and not actor.country and tok.ent_type_ in ("GPE", "LOC", "FAC") else rank
        if rank == 3:
            return actor, tok
        if rank > best_rank:
            best, best_rank = (actor, tok), rank
    return best


def armed_arm(actor: Actor | None, arm: str = "military") -> Actor | None:
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


def counterpart(t: Token) -> Token | None:
    """The other side of a fight told by its noun ("got into a fight with a neighbour", "an
    altercation with store guards"): whom it was with."""
    if t.pos_ != "NOUN":
        return None
    for p in (c for c in t.children if c.dep_ == "prep" and c.lower_ == "with"):
        return next((c for c in p.children if c.dep_ == "pobj"), None)
    return None


def on_verb(place: Place, verb: Token, para: Paragraph) -> bool:
    """Whether the place's name sits in a prepositional phrase of the verb itself ("killed in X");
    for the dateline's town put for a country the verb names ("kills three in central Israel"), that
    country's."""
    if place.rule == "dateline" and place.country:
        return any(top.place.country == place.country and verb.doc[top.end - 1].dep_ == "pobj"
                   and verb.doc[top.end - 1].head.head.i == verb.i for top in para.toponyms
                   if verb.sent.start <= top.start < verb.sent.end)
    if place.start is None:
        return False
    tok = next((x for x in verb.sent if para.base + x.idx == place.start), None)
    while tok is not None and tok.dep_ in ("compound", "amod", "pobj", "appos", "conj") and tok.head.i != tok.i:
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.i == verb.i:
            return True
        tok = tok.head
    return False


_HURT = {"kill", "wound", "injure", "hurt"}
# sites only a force keeps: named by a state's adjective, that state's forces ("a Turkish convoy")
_MILITARY_SITES = {"patrol", "convoy", "column", "garrison", "outpost", "post", "checkpoint", "base", "barracks", "position"}
# What people are killed "in" with someone that is a fight only then: "killed in an encounter with
# security forces" (South Asian English for a gunfight with police), "in a confrontation with troops",
# "in an exchange of fire with police"
_DEADLY_MEETINGS = {"fire", "gunfire", "crossfire", "encounter", "confrontation", "exchange", "standoff", "stand-off"}


def doer_elsewhere(t: Token, etype: str, mode: str | None, para: Paragraph):
    """The doer of an act whose own clause names none, where the sentence or article gives it:
    - the other side of the fight it happened in ("guards were killed in a clash with the KDLF",
      "killed in a Turkish drone strike"), or the owner of the weapon ("killed by police gunfire");
    - the subject of the act that caused it ("were killed when the air force dropped barrels");
    - for an arrest, the police the article has named, or the police of the country (ACLED codes
      arrests as the police's)."""
    nouns = lexicon().get("nouns", {})
    # the cause phrase may hang on a joined verb ("were killed and others wounded in a Turkish shelling")
    acts = [t, *(c for c in t.conjuncts if c.pos_ == "VERB" and c.lemma_.lower() in SUFFERING | _HURT)]
    for prep in (c for a in acts for c in a.children if c.dep_ in ("prep", "agent")
                 and c.lower_ in ("in", "during", "by", "from", "under", "due", "owing")):
        for noun in (c for c in _cause_objects(prep)
                     if c.lemma_.lower() in nouns or c.lower_ in nouns or c.lemma_.lower() in _DEADLY_MEETINGS):
            with_ = [p for c in noun.children if c.dep_ == "prep" and c.lower_ in ("with", "by")
                     for p in c.children if p.dep_ == "pobj"]
            # "killed in shelling launched by government helicopters": the agent of the noun's participle
            with_ += [p for c in noun.children if c.dep_ in ("acl", "xcomp") and c.tag_ == "VBN"
                      for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
            mods = [c for c in noun.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
            actor, tok = first_actor(with_ + mods, para)
            if actor is not None and actor.type != "civilians" and not town_on_act(tok, actor):
                return actor, tok
    # A bomb that went off "as" soldiers did something went off while they did it: they did not set it off.
    bomb = any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in vocabulary()["explosives"] for c in t.children)
    beside = ("while", "whereas", "although", "though", "before") + (("as",) if bomb else ())
    # (an act with a subject of its own, however unnamed, "gang members stormed ..., as police
    # launched an operation", was done by that subject, not by a clause's)
    own_subject = any(c.dep_ == "nsubj" for c in t.children)
    patient = any(c.dep_ == "nsubjpass" for c in t.children)
    clauses = [c for a in acts if not own_subject for c in a.children if c.dep_ == "advcl"]
    # "killed Wednesday when troops stormed the slum": the parser hangs the clause on the day
    clauses += [r for a in acts if not own_subject for c in a.children if c.dep_ == "npadvmod"
                for r in c.children if r.dep_ == "relcl" and any(m.lower_ == "when" for m in r.children)]
    # A clause of reporting ("..., the ministry announced") tells who says so, never the cause; the
    # parser may hang the act's own clause of time on it ("killed when insurgents attacked ..., the
    # ministry announced")
    clauses = [x for c in clauses for x in ([g for g in c.children if g.dep_ == "advcl"]
                                            if c.lemma_.lower() in REPORT_VERBS else [c])]
    # nor does a clause telling only words ("shelling killed 12 as the UN urged talks")
    said = {c.i for c in clauses if (sense := _sense(c, lexicon().get("verbs", {}).get(c.lemma_.lower()) or []))
            and sense["type"] not in MATERIAL}
    for clause in (c for c in clauses if c.i not in said and c.lemma_.lower() not in SUFFERING
                   and c.lemma_.lower() not in vocabulary()["passing"]  # "as a convoy passed": whom, not who
                   and not any(m.lower_ in beside for m in c.children)):
        # the cause's subject ("killed when the air force dropped barrels"), not who suffered in a
        # clause set beside it ("while a guard was wounded nearby"), nor the one the act was done to
        # ("was struck as he tried to separate them")
        actor, tok = first_actor([c for c in clause.children if c.dep_ == "nsubj"
                                  and not (c.pos_ == "PRON" and patient)], para)
        if actor is not None and actor.type in POLITICAL_TYPES - {"government"}:
            return actor, tok
    if etype == "ASSAULT" and (force := reporting_force(t, para, first_actor)) is not None:
        return force, None
    if etype == "COERCE" and mode in ("arrest", "dispersal") or etype == "ASSAULT" and (
            escaping_arrest(t) or _lemma(t) in _POLICE_WEAPONS
            or any(x.dep_ == "pobj" and _lemma(x) in _POLICE_WEAPONS for x in t.subtree)):
        # a crowd dispersed by no one named: by the police, as an arrest is; so is one shot fleeing
        # them, and one "tased" (the Taser is the police's weapon)
        police = para.ctx.recent_of_type("police", para.base + t.idx)
        if police is not None:
            return replace(police, text=None), None
        if para.force:
            return Actor(text=None, name=para.force, type="police"), None
        if etype == "ASSAULT":
            return Actor(text=None, name=None, type="police"), None  # the police of where it happened (implied)
    return None, None


_POLICE_WEAPONS = {"tase", "taser", "tasere"}
_FIGHTING = {"fight", "battle", "confront", "repel", "engage"}
# Harm a side takes in a fight ("were killed while fighting the army"), not an arrest made then.
_HARMED = _HURT | {"shoot", "slay", "martyr"}


def _cause_objects(prep: Token) -> list[Token]:
    """What a cause phrase names: "in clashes", "in shelling" (parsed as a gerund), "due to bombardment"."""
    objs = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    if prep.lower_ in ("due", "owing"):
        objs = [o for to in objs if to.lower_ == "to" for o in to.children if o.dep_ == "pobj"]
    return objs


def sent_force(t: Token, etype: str, para: Paragraph) -> tuple[Actor | None, Token | None]:
    """The force a passive deploys: "troops were deployed to the border", "two warships were sent to
    the gulf". The ones sent are PLOVER's mobilising actor, whoever sent them (no "by" phrase here)."""
    if etype != "MOBILIZE" or t.tag_ != "VBN" or any(c.dep_ == "agent" for c in t.children):
        return None, None
    return first_actor([c for c in t.children if c.dep_ == "nsubjpass"], para)


_LOCAL_BODIES = {"city", "county", "town", "village", "borough", "township", "municipality"}
_WORDS_AND_DEALS = {"ACCUSE", "REQUEST", "REJECT", "AGREE", "CONCEDE", "SUPPORT", "SANCTION", "COOPERATE", "AID"}


def local_authority(t: Token, etype: str) -> tuple[Actor | None, Token | None]:
    """"The city rejected the union's demand", "the county agreed to pay": a town or county named as
    the subject of a political act is its government (never the doer of force: "the city was shelled")."""
    if etype not in _WORDS_AND_DEALS or t.pos_ != "VERB":
        return None, None
    subj = next((c for c in t.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lemma_.lower() in _LOCAL_BODIES
                 and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)), None)
    return (Actor(text=subj.text, name=None, type="government"), subj) if subj is not None else (None, None)


def given_up_to(t: Token) -> list[Token]:
    """Those someone gave themselves up "to" ("surrendered to two troopers"): the arrest's doers."""
    if not gives_self_up(t.lemma_.lower()):
        return []
    return [o for p in t.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"
            and (o.lemma_.lower() in vocabulary()["police_officers"] or o.lower_ == "authorities")]


def _gerund_noun(t: Token) -> bool:
    """A gerund the parser took for the verb of its sentence though an adjective stands before it
    ("Russian shelling damaged ..."): a verb takes no adjective, so it is the noun of the act."""
    return t.tag_ == "VBG" and any(c.dep_ == "amod" and c.i < t.i for c in t.children)


def doer(t: Token, para: Paragraph) -> tuple[Actor | None, Token | None]:
    if takers := given_up_to(t) or fallen_to(t) or lost_to(t):
        return first_actor(takers, para)
    if held_for(t):
        return None, None  # "police made an arrest in the Elm Street shooting": the arresters did not shoot
    if t.pos_ != "VERB" and sides.between(t):
        return first_actor(sides.between(t)[:1], para)
    if t.pos_ != "VERB" and (verb := repelled(t)) is not None:
        # "the army repelled an attack on its base", "came under fire from rebels": the army was attacked
        return first_actor([p for h in (t, verb) for c in h.children if c.dep_ in ("prep", "agent")
                            and c.lower_ in ("by", "from") for p in c.children if p.dep_ == "pobj"], para)
    if t.pos_ != "VERB" or _gerund_noun(t):
        # A noun event's doer is often written on the noun itself: "U.S. strikes", "Islamic State attack".
        # "its official reply", "a public plea", a strike called "general": the adjective tells how, not by whom
        mods = [c for c in t.children if c.dep_ in ("poss", "compound", "amod", "nmod") and not a_cause(c)
                and not (c.dep_ == "amod" and c.pos_ == "ADJ" and c.lower_ in ("official", "public", "general"))]
        by = [p for c in t.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children if p.dep_ == "pobj"]
        if t.lemma_.lower() in vocabulary()["reproaches"]:
            # a reproach's author is written with "from", on the noun or on the verb it is drawn by
            # ("drew condemnation from the UN", "criticism from rights groups")
            hosts = [t, t.head] if t.dep_ == "dobj" else [t]
            by += [p for h in hosts for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
                   for p in c.children if p.dep_ == "pobj"]
        actor, tok = first_actor(mods + by, para)
        if actor is not None and not town_on_act(tok, actor):
            return actor, tok
    if regarded(t):
        return None, None  # "police treat the attack as attempted murder": who classes an act did not do it
    patient = clipped_patient(t)  # "Soldier shot near Gao": the one shot, not the shooter
    doers = [x for c in subject_candidates(t) if patient is None or c.i != patient.i
             for x in (*launchers(c), *_acts_by(c), c)]
    actor, tok = first_actor(doers, para)
    if actor is None and t.pos_ == "VERB" and t.lemma_.lower() in _HARMED and any(c.dep_ == "nsubjpass" for c in t.children):
        # "three rebels were killed while fighting the army": whom the dead were fighting
        foes = [o for c in t.children if c.dep_ == "advcl" and c.lemma_.lower() in _FIGHTING
                for o in c.children if o.dep_ == "dobj"]
        if foes:
            return first_actor(foes[:1], para)
    if actor is None and t.dep_ != "amod":
        # "were killed in clashes between the army and rebels": the fight's first side
        for p in t.children:
            if p.dep_ == "prep" and p.lower_ in ("in", "during"):
                pair = [s for o in p.children if o.dep_ == "pobj" for s in sides.between(o)]
                if pair:
                    return first_actor(pair[:1], para)
    return actor, tok


def target(t: Token, etype: str, actor1: Actor | None, a1_tok: Token | None, para: Paragraph):
    exclude = actor1.name if actor1 else None
    side, side_tok = sides.joint_side(t, etype, actor1, a1_tok, para)
    if side is not None:
        return side, side_tok
    # whom the act was aimed at, told by a participle on it or its means ("a bomb targeting a patrol"),
    # a force by its post or convoy as an attack on that post is
    aimed = targets_of(t, etype)
    if (force := next(((a, o) for o in aimed if (a := force_of_site(o)) is not None), None)) is not None:
        return force
    objects = [o for o in (*aimed, *object_candidates(t, etype)) if a1_tok is None or o.i != a1_tok.i]
    if t.pos_ != "VERB" and (verb := repelled(t)) is not None:
        objects = [c for c in verb.children if c.dep_ == "nsubj"] + objects  # who repelled it was attacked
    if given_up_to(t) or lost_to(t):
        objects = subject_candidates(t)  # who gave themselves up is who was taken; who lost ground, whom it was taken from
    if t.pos_ != "VERB":
        objects = sides.between(t)[1:] + objects
    objects = [x for o in objects for x in with_holders(o)]
    if etype == "COERCE" and objects and t.lemma_.lower() in _DISPERSING and _gathering(objects[0]):
        # a fight or a party dispersed: force on the people in it, whatever the phrase names
        return Actor(text=objects[0].lemma_.lower(), name=None, type="civilians"), objects[0]
    actor2, a2_tok = first_actor(objects, para, exclude=exclude)
    if actor2 is not None and actor2.type is None and etype in ("ASSAULT", "COERCE", "MOBILIZE", "AID", "RETREAT") \
            and a_town(a2_tok, para.toponyms):
        # A town the geoparser placed is where the act was, not whom: an attack on it hits its
        # people, as one on a village does ("shelled Idlib"); taking it or a raid in it, no one
        # named; nor is one the wounded were flown to ("evacuated to Bunia") or people fled to.
        hits = etype == "ASSAULT" and town_attacked(a2_tok, t, para.toponyms)
        actor2 = Actor(text=None, name=None, type="civilians") if hits else None
        a2_tok = a2_tok if hits else None
    if actor2 is None and t.pos_ != "VERB":
        actor2, a2_tok = first_actor(purpose_objects(t), para, exclude=exclude)
    if actor2 is None and t.pos_ != "VERB" and (v := victim(t)) is not None and (a1_tok is None or v.i != a1_tok.i):
        actor2, a2_tok = first_actor([v], para, exclude=exclude)  # "two soldiers died in an ambush"
    if (actor2 is None or not actor2.name) and etype not in ("ASSAULT", "COERCE", "MOBILIZE"):
        # CAMEO's convention for acts with no named recipient: the state or group named inside the
        # act's own phrase is its target ("lifted a curfew in Montenegro", "withdrawal from Panama").
        # Not for violence: "operations in Somalia" are not operations against Somalia.
        skip = {x.i for x in a1_tok.subtree} if a1_tok is not None else set()
        # Whom one flees or leaves is not a place, nor a state that only says whose a place is
        # ("fled shelling in Syria's northern city": codebook 2). Other acts keep CAMEO's convention,
        # the state of a place in the phrase as target ("eased curfews in X province").
        inner = [x for x in own_phrase(t) if x.i not in skip and x.i != t.i
                 and x.dep_ in ("pobj", "dobj", "conj", "poss", "compound", "appos")
                 and (etype != "RETREAT" or not (is_place_noun(x) or (x.dep_ in ("poss", "compound")
                                                                        and is_place_noun(x.head))))
                 and not named_for_someone(x)]
        named, tok = first_actor(inner, para, exclude=exclude)
        # A town named inside the phrase ("marched in Lyon") is where, not whom: a name the
        # geoparser resolved below country level is no target by this convention; nor, for a
        # protest, a capital, whose name elsewhere stands for its government ("marched in Nairobi":
        # the government where it happens, named as such below).
        town = tok is not None and (placed_below_country(tok, para.toponyms) or any(
            top.start <= tok.i < top.end and is_spot(top.place) for top in para.toponyms))
        if named is not None and named.name and not (town and (named.type is None or etype == "PROTEST")):
            actor2, a2_tok = named, tok
    site = next((x for x in (a2_tok, a2_tok.head) if x.lemma_.lower() in _MILITARY_SITES), None) if a2_tok is not None else None
    if etype == "ASSAULT" and site is not None and not any(placed_below_country(x, para.toponyms)
                                                           for x in (a2_tok, *site.children)):
        # "a bomb targeting an Israeli patrol", "shelled a Turkish post": that state's forces (not a
        # state read from a town's name: "a Baghdad checkpoint"; and only sites that
        # only a force keeps: "an Israeli car", "a Chinese office" are its people's)
        actor2 = armed_arm(actor2)
    if actor2 is not None and a2_tok is not None and etype == "RETREAT" and any(
            top.start <= a2_tok.i < top.end for top in para.toponyms) and (
            actor2.type is None or a2_tok.head.lower_ in ("to", "toward", "towards", "into")):
        # "withdrew from Kibumba": a place left, placed or not, is no one; nor is a state one fled
        # to ("Hadi, who fled to Saudi Arabia": where he went, not whom he fled)
        return None, None
    return actor2, a2_tok


def _acts_by(noun: Token) -> list[Token]:
    """Who a subject act was made by ("shelling by troops killed two"), or a fight's first side (between)."""
    if not (noun.pos_ == "NOUN" or noun.tag_ == "VBG") or not {noun.lemma_.lower(), noun.lower_} & set(lexicon().get("nouns", {})):
        return []
    return [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children if p.dep_ == "pobj"] \
        + sides.between(noun)[:1]


_DISPERSING = {"disperse", "scatter"}


def _gathering(t: Token) -> bool:
    """A fight or a party: no one's name, though its phrase may hold one ("the Main Street bar brawl")."""
    return t.lemma_.lower() in vocabulary()["private_gatherings"] and not t.ent_type_


def private_fight(t: Token) -> bool:
    """A fight told by a word only private people's fights are called by ("a bar brawl"), or by "a
    fight" (the noun is a trigger only where people get into one, start one or one breaks out;
    armies are in "fighting")."""
    return t.lemma_.lower() in vocabulary()["private_fights"] or (t.lemma_.lower() == "fight" and t.pos_ == "NOUN")


def own_phrase(t: Token) -> list[Token]:
    """The trigger's subtree without relative clauses and without its subject."""
    out, stack = [], [t]
    while stack:
        x = stack.pop()
        out.append(x)
        # (nor a clause joined with a subject of its own: "blocked a road, and the government sent troops")
        stack += [c for c in x.children if c.dep_ not in ("relcl", "nsubj", "nsubjpass", "advcl", "parataxis")
                  and not (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                           and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children))]
    return sorted(out, key=lambda x: x.i)
