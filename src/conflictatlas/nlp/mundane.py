"""Acts that are no one's political act: violence by or to animals, the deployment of nurses and
pumps, an emergency declared over a flood, a ban on a good, a game, a plot, a hack (deaths by
disease, disaster or accident: accidents.py). The coder (coder.py) asks these beside nonevents.py's
questions; all read only the parse and the word classes of data/vocabulary.yaml.
"""

from __future__ import annotations

from spacy.tokens import Token

from . import actors as actor_mod
from .accidents import animal_word, hazard_word, violent_word
from .lexicon import vocabulary
from .media import cyber, fiction, filmed
from .public_work import command_on_the_spot, inspectors_seizure, police_assistance, public_advice, public_service
from .senses import participles_object


def animal_doer(t: Token) -> bool:
    """"a killer bee attack", "bitten by a dog": an animal's act is no political event."""
    animals = vocabulary()["animals"]
    mods = [c for c in t.children if c.dep_ in ("compound", "amod", "nsubj", "agent", "poss")]
    mods += [p for a in t.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    if t.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in t.children):
        mods += [c for c in t.head.children if c.dep_ == "nsubj"]  # "the frogs swelled and then exploded"
    if t.pos_ == "NOUN":
        # "a siege of rabbits", "an attack by wolves"; "foxes mounted a raid": the light verb's doer
        mods += [p for a in t.children if a.dep_ == "prep" and a.lower_ in ("of", "by") for p in a.children
                 if p.dep_ == "pobj"]
        mods += [c for c in t.head.children if c.dep_ == "nsubj"] if t.dep_ == "dobj" else []
    # "the foxes, which mounted ...": the relative pronoun stands for the noun the clause is on
    mods = [m.head.head if m.lower_ in ("which", "that") and m.head.dep_ == "relcl" else m for m in mods]
    # "a swarm of killer bees attacked": the subject's "of" phrase and its modifiers.
    mods += [x for m in list(mods) for x in actor_mod.look_through(m).subtree if x.i != t.i]
    return any(animal_word(m, animals) and not _names_people(m, t) for m in mods)


# What an animal word may qualify and still name people: their cause ("animal welfare campaigners")
_CAUSES = {"right", "rights", "welfare", "protection", "liberation"}


def _names_people(animal: Token, t: Token) -> bool:
    """An animal word that qualifies people, armed men or their cause ("animal rights campaigners",
    "dog owners", "Tiger guerrillas", a unit's "Tiger Forces") names the people, not the animal. One
    that qualifies anything else ("a killer bee swarm") stays the animal's."""
    if animal.dep_ not in ("compound", "amod") or animal.head.i == t.i:
        return False
    v = vocabulary()
    people = v["people"] | v["private_people"] | v["crowds"] | v["political_bannables"] | v["armed"] | v["armies"] | _CAUSES
    head = animal.head.lemma_.lower()
    # or people named by what they do to the animals, an agent noun ("cattle raiders", "goat rustlers")
    agent = animal.head.pos_ == "NOUN" and head.endswith(("er", "or")) and len(head) > 4 and head not in v["animals"]
    return agent or any(w in people for w in (head, animal.head.lower_, animal.head.lower_.removesuffix("s")))


def civil_deployment(t: Token) -> bool:
    """Sending people or things that are no force: "deployed forty nurses", "deploying a flood
    barrier system", "the deployment of vaccinators", "nurses' teams patrolled the flooded camps"
    (who patrols is sent, what is patrolled is ground). Forces, monitors and weapons stay MOBILIZE."""
    patrol = t.lemma_.lower() == "patrol"
    objs = [c for c in t.children if c.dep_ in (("nsubj",) if patrol else ("dobj", "nsubjpass"))]
    objs += [p for a in t.children if patrol and a.dep_ == "agent" for p in a.children]
    if t.pos_ == "NOUN":
        objs += [p for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    civil = vocabulary()["civil_deployables"]
    for o in objs:
        head = actor_mod.look_through(o)
        of = [p for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        if head.lemma_.lower() in ("team", "group", "unit", "crew") and of:
            head = of[0]  # "a team of ten inspectors"
        elif head.lemma_.lower() in ("team", "crew") and {c.lemma_.lower() for c in head.children} & vocabulary()["civil_crews"]:
            return True  # "medical teams", "rescue crews"
        forces = [c for c in head.children if c.dep_ in ("compound", "amod") and actor_mod.actors().roles.get(
            c.lemma_.lower()) in ("military", "police")]
        if head.lemma_.lower() in civil and not forces:
            return True
    # sent to fight a fire or a flood ("crews were deployed to the blaze"): no force's deployment; and the hurt taken
    # to be treated ("soldiers were wounded and flown to hospitals"): care ("troops were sent into the hospital" is one)
    carried = t.lemma_.lower() in _CARRYING and any(w.lemma_.lower() in _HURT for w in t.sent)
    return any(c.dep_ == "prep" and c.lower_ in ("to", "against", "into") and any(
        p.dep_ == "pobj" and (hazard_word(p, vocabulary()) or (carried and c.lower_ == "to" and p.lemma_.lower() in _CARE))
        for p in c.children) for c in t.children)


_CARE = {"hospital", "clinic", "infirmary", "ward"}
_HURT = {"wounded", "wound", "injured", "injure", "hurt", "casualty", "victim", "patient", "burn", "injury"}
_CARRYING = {"fly", "send", "rush", "airlift", "ferry"}  # not "deployed troops to the hospital": guards sent


def relief_emergency(t: Token) -> bool:
    """An emergency declared over a disease or a disaster ("declared a public health emergency", "a
    state of emergency as the river rose after the storm"): relief, not coercion. One declared over
    unrest stays COERCE (PLOVER's martial law and state of siege)."""
    return t.lemma_.lower() == "declare" and _over_a_hazard(t, t, ("nsubj",))


def hazard_alert(t: Token) -> bool:
    """An alert over a disease or a disaster ("Sweden has been on high alert since the virus was
    found", "on alert for flooding"): vigilance, no force put on alert (PLOVER MOBILIZE alert)."""
    if t.lemma_.lower() != "alert" or t.pos_ != "NOUN":
        return False
    return _over_a_hazard(t.head.head if t.head.dep_ == "prep" else t.head, t, ("nsubj", "nsubjpass"))


def _over_a_hazard(clause: Token, t: Token, subject_deps: tuple[str, ...]) -> bool:
    """The clause of `t` names health or a hazard outside its subject (what the act is over, not who
    does it: "the health ministry declared a curfew" is no relief)."""
    words = vocabulary()
    subject = {x.i for c in clause.children if c.dep_ in subject_deps for x in c.subtree}
    return any(x.i not in subject and (x.lemma_.lower() in ("health", "medical", "sanitary") or hazard_word(x, words))
               for x in clause.subtree if x.i != t.i)


def trade_ban(t: Token, ctx: actor_mod.ActorContext, base: int) -> bool:
    """A ban on a good, a trade or a pastime ("banned sugary drinks", "a ban on whaling", "exports
    were banned"): regulation that coerces no one in particular. Banning people, groups, parties,
    media, protests or gatherings is COERCE (PLOVER: "banned candidates")."""
    objs = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
    if t.pos_ == "NOUN":
        objs += [p for c in t.children if c.dep_ == "prep" and c.lower_ in ("on", "of") for p in c.children
                 if p.dep_ == "pobj"]
    if not objs:
        return False
    political = vocabulary()["political_bannables"]
    for o in objs:
        head = actor_mod.look_through(o)
        if head.pos_ in ("PRON", "PROPN") or head.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
            return False
        if head.lemma_.lower() in political or head.lemma_.lower() in vocabulary()["people"]:
            return False
        if actor_mod.resolve(head, ctx, base) is not None:
            return False
    return True


_ORDINALS = {"first", "second", "third", "fourth", "final", "opening", "extra"}


def contest(t: Token) -> bool:
    """Force words in a game or a public quarrel: "struck out nine batters", "battled past her rival
    to win the final", "pressed and attacked late in the third period", "was savaged by critics"; and
    campaigns told as fights ("parents fought to keep the school open")."""
    if t.pos_ != "VERB":
        return False
    words, lemma = vocabulary(), t.lemma_.lower()
    kids = list(t.children)
    if lemma == "strike" and any(c.dep_ == "prt" and c.lower_ == "out" for c in kids):
        return True
    if lemma in ("battle", "fight", "storm") and any(c.dep_ == "prep" and c.lower_ == "past" for c in kids):
        return True
    if lemma in ("invade", "storm", "mob") and (
            any(c.dep_ == "dobj" and c.lemma_.lower() in words["playing_fields"] for c in kids)
            or any(c.dep_ == "nsubj" and actor_mod.look_through(c).lemma_.lower() in words["customers"] for c in kids)):
        return True  # "fans invaded the pitch", "shoppers stormed the store"
    goals = [c for c in kids if _to_clause(c)]
    if lemma in ("fight", "battle") and any(c.lemma_.lower() not in words["combat_purposes"] for c in goals) \
            and not _armed_subject(t):
        return True  # a campaign, unless the fighters are armed ("fought to defend their homes" stays)
    if any(c.lemma_.lower() in words["contest_goals"] and all(
            o.lemma_.lower() in words["prizes"] for o in c.children if o.dep_ == "dobj") for c in goals):
        return True  # fought on to win the cup (to win control of a town is war)
    for c in kids:
        if c.dep_ == "prep" and c.lower_ in ("in", "during") and any(
                p.dep_ == "pobj" and p.lemma_.lower() in words["game_spells"]
                and not any(x.dep_ == "prep" for x in p.children) and any(m.lower_ in _ORDINALS for m in p.children)
                for p in c.children):
            return True  # a half, quarter or period of a game with its ordinal (not the first half "of" a year)
    critics = words["critics"]
    doers = [c for c in kids if c.dep_ == "nsubj"]
    doers += [p for a in kids if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    if doers and all(actor_mod.look_through(d).lemma_.lower() in critics | words["game_plays"] for d in doers):
        return True  # "savaged by critics", "ambushed by a late goal"
    # Critics as the target: "fired back at her critics", "hit out at critics": a reply in words.
    targets = [c for c in kids if c.dep_ == "dobj"]
    targets += [p for c in kids if c.dep_ == "prep" and c.lower_ in ("at", "against", "on") for p in c.children
                if p.dep_ == "pobj"]
    return bool(targets) and all(actor_mod.look_through(x).lemma_.lower() in critics for x in targets)


def abstract_capture(t: Token) -> bool:
    """A share, a title or a picture "captured": "captured 40 percent of the market", "captured the
    title", "the blast was captured on camera" (the blast is the event, if any)."""
    if t.lemma_.lower() != "capture" or t.pos_ != "VERB":
        return False
    words = vocabulary()
    objs = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
    if objs and all(o.lemma_.lower() in words["captured_abstractions"] or o.lower_ in words["captured_abstractions"]
                    or any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in words["ranks"] for c in o.children)
                    for o in objs):
        return True
    return any(c.dep_ == "prep" and c.lower_ in ("on", "in", "by") and any(
        p.dep_ == "pobj" and p.lemma_.lower() in ("camera", "video", "film", "tape", "cctv", "footage", "photo", "photograph")
        for p in c.children) for c in t.children)


def civil_enforcement(t: Token) -> bool:
    """A crackdown on traffic, parking or litter ("a seatbelt crackdown", "cracked down on speeding"):
    tickets and fines, no force against anyone (codebook 1.3: traffic offences are not coded)."""
    lemma, offences = t.lemma_.lower(), vocabulary()["civil_offences"]
    if lemma == "crackdown":
        kinds = [c for c in t.children if c.dep_ in ("compound", "amod")]
        if any(k.lemma_.lower() in offences or k.lower_ in offences for k in kinds):
            return True  # "a parking crackdown downtown", "a speeding crackdown on the bypass"
        named = [p for c in t.children if c.dep_ == "prep" and c.lower_ == "on" for p in c.children if p.dep_ == "pobj"]
    elif lemma == "crack" and any(c.dep_ == "prt" and c.lower_ == "down" for c in t.children):
        named = [p for c in t.children if c.dep_ == "prep" and c.lower_ == "on" for p in c.children
                 if p.dep_ in ("pobj", "pcomp")]  # "cracked down on speeding drivers": a gerund
    else:
        return False
    return bool(named) and all(n.lemma_.lower() in offences or n.lower_ in offences for n in named)


# What one "sanctions" in the sense of allowing it: a plan, a building, a deal (PLOVER SANCTION punishes).
_APPROVABLE = {"development", "plan", "project", "scheme", "proposal", "application", "permit", "construction",
               "expansion", "building", "deal", "merger", "sale", "event", "use", "change", "extension", "housing"}


_SITTING = {"meet", "discuss", "debate", "convene"}


def other_sense(t: Token, etype: str) -> bool:
    """A protest, sanction, retreat or meeting word in its everyday sense: "the talks demonstrated that they were still
    friends", "demonstrated their resolve" (showed: a protest is demonstrated against, in or at
    somewhere, or with no object); "escaped injury" (went unhurt); "pulled out a pistol" (drew it:
    troops are pulled out of a town)."""
    if etype == "CONSULT" and t.lemma_.lower() == "summit" and t.pos_ == "NOUN":
        # a mountain's top in a story of climbers ("the path to the summit"), no meeting
        return any(w.lemma_.lower() in vocabulary()["mountaineering"] for w in t.sent)
    if etype == "PROTEST" and t.lemma_.lower() == "rally" and t.pos_ == "NOUN" and any(
            x.lemma_.lower() in vocabulary()["quantities"] for c in t.children if c.dep_ in ("prep", "compound")
            for x in ((c,) if c.dep_ == "compound" else (o for o in c.children if c.lower_ == "in" and o.dep_ == "pobj"))):
        return True  # "a late rally in property shares", "a bond rally": prices rising, no crowd
    if etype == "CONSULT" and t.pos_ == "NOUN" and t.lemma_.lower() in ("meeting", "session", "sitting") and not any(
            c.dep_ == "prep" and c.lower_ in ("with", "between") for c in t.children) and any(
            c.dep_ in ("compound", "poss") and c.lower_ in vocabulary()["deliberative_bodies"] for c in t.children):
        return True  # "the town council's meeting", "the board's session": a body sitting on its own, as below
    if t.pos_ != "VERB":
        return False
    lemma, words, kids = t.lemma_.lower(), vocabulary(), list(t.children)
    objs = [actor_mod.look_through(c).lemma_.lower() for c in kids if c.dep_ == "dobj" and not participles_object(t, c)]
    if etype == "REQUEST" and lemma == "ask" and not any(c.dep_ == "xcomp" for c in kids) and any(
            c.dep_ == "ccomp" and any(m.lower_ in ("if", "whether", "what", "who", "why", "how", "where", "when")
                                      for m in c.children if m.dep_ in ("mark", "advmod", "nsubj", "dobj", "attr"))
            for c in kids):
        return True  # "asked him if he was the owner", "asked why the road was closed": a question, no request
    if etype == "REQUEST" and lemma == "insist" and any(p.lower_ in ("on", "upon") and any(
            g.tag_ == "VBG" and not any(x.dep_ in ("nsubj", "poss") for x in g.children) for g in p.children) for p in kids):
        return True  # "insisted on going ahead": one's own course held to, asked of no one
    if etype == "ACCUSE" and lemma == "blame" and t.tag_ == "VBN" and t.dep_ == "acl" and not any(c.dep_ == "agent" for c in kids):
        return True  # "an attack blamed on rebels": whose the attack was, by no one who is said to blame
    if etype == "REQUEST" and t.tag_ == "VBN" and any(c.lower_ == "as" and c.dep_ in ("mark", "advmod") for c in kids):
        return True  # "as requested by the agency": a reference to a request told elsewhere, if at all
    if etype == "CONSULT" and lemma in _SITTING and (lemma != "meet" or not objs) and not any(
            c.dep_ == "prep" and c.lower_ in ("with", "between") for c in kids):
        # "the aldermen met again on Tuesday", "council members discussed a ban": a body sitting on
        # its own, no meeting between actors; joined subjects ("the mayor and the council met") are two sides
        subj = next((c for c in kids if c.dep_ == "nsubj"), None)
        if subj is not None and not any(c.dep_ == "conj" for c in subj.children):
            said = {subj.lemma_.lower(), subj.lower_, *(f"{c.lower_} {subj.lower_}" for c in subj.children
                                                          if c.dep_ == "compound")}
            if said & words["deliberative_bodies"]:
                return True
    if lemma == "yield" and objs and all(o in ("right", "way", "right-of-way") for o in objs):
        return True  # a driver who failed to yield the right of way: traffic, no concession
    if etype == "PROTEST" and lemma == "rally" and any(c.dep_ == "prep" and c.lower_ == "behind" for c in kids):
        return True  # "rallied behind the bakery": support, not a protest
    if etype == "PROTEST" and lemma == "protest" and (any(c.dep_ == "ccomp" for c in kids) or "innocence" in objs):
        return True  # "protested that the papers were public", "protested his innocence": words, no protest
    if etype == "PROTEST" and lemma == "protest" and objs and all(o in words["abstract"] for o in objs) \
            and any(c.dep_ == "nsubj" for c in kids) and not _crowd_or_somewhere(t):
        # "investors protested the decision", "the coach protested the call": an objection; not an act
        # done "to protest" a policy (a self-immolation, a march), whose doer is another verb's
        return True
    if etype == "PROTEST" and lemma == "demonstrate":
        # "as demonstrated by the paintings": shown (event_location's sentences mark a bare passive
        # of the verb as their act: only the "as" clause is read so)
        shown = any(c.dep_ == "mark" and c.lower_ == "as" for c in kids)
        return shown or any(c.dep_ == "ccomp" for c in kids) or (bool(objs) and not any(o in words["targets"] for o in objs))
    if etype == "SANCTION" and lemma == "sanction" and objs and all(o in _APPROVABLE for o in objs):
        return True  # "the council is sanctioning three developments": approving them, no penalty
    if etype == "RETREAT" and lemma == "escape":
        # (the parser hangs "unhurt" on the verb as an object, a clause or a complement)
        return (bool(objs) and all(o in words["escaped_harms"] for o in objs)) or any(
            c.lower_ in words["escaped_unhurt"] for c in kids)
    if etype == "RETREAT" and lemma == "pull" and any(c.dep_ == "prt" and c.lower_ == "out" for c in kids):
        return bool(objs) and all(o in words["drawn_things"] for o in objs)
    return False


_PRESS = {"reporter", "journalist", "press", "media", "correspondent", "newsman", "newspaper", "broadcaster", "editor"}


def press_encounter(t: Token) -> bool:
    """Talking or meeting with the press ("spoke to reporters by phone", "met journalists in Paris"):
    how a report is sourced, no meeting between political actors."""
    kids = list(t.children)
    others = [c for c in kids if c.dep_ == "dobj"] + [o for p in kids if p.dep_ == "prep" and p.lower_ in ("with", "to")
                                                      for o in p.children if o.dep_ == "pobj"]
    others += [c for o in others for c in o.conjuncts]
    return bool(others) and all(o.lemma_.lower() in _PRESS for o in others)


def _crowd_or_somewhere(t: Token) -> bool:
    """A crowd or a counted group as the subject ("hundreds protested the ruling"), or a place where
    it was done ("protested the decision outside the court"): a demonstration."""
    subj = [actor_mod.look_through(c) for c in t.children if c.dep_ == "nsubj"]
    if any(s.lemma_.lower() in vocabulary()["crowds"] or s.like_num or any(n.dep_ == "nummod" for n in s.children)
           for s in subj):
        return True
    return any(c.dep_ == "prep" and c.lower_ in ("outside", "at", "in", "near", "through", "along", "across", "before")
               and not any(p.ent_type_ in ("DATE", "TIME") for p in c.children) for c in t.children)


def marketing(t: Token) -> bool:
    """A business or a campaign "targeting" its buyers: "the startup is targeting young customers",
    "ads aimed at targeting investors". An attack's targets are people, forces and places."""
    if t.lemma_.lower() != "target" or t.pos_ != "VERB":
        return False
    subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
    if subj is not None and (violent_word(actor_mod.look_through(subj)) or _armed_subject(t)
                             and actor_mod.resolve(subj, actor_mod.ActorContext(), 0) is not None):
        return False  # "airstrikes targeted", "gunmen targeted": whoever they hit
    objs = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(objs) and all(actor_mod.look_through(o).lemma_.lower() in vocabulary()["audiences"] for o in objs)


def _to_clause(c: Token) -> bool:
    """A "to" clause on a verb: what its act is for."""
    return c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)


def self_supplied(t: Token) -> bool:
    """"The militia finances itself through road tolls", "the clinic supports itself on fees": what a body
    gives itself is no aid or support from one side to another."""
    return t.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lower_ in ("itself", "themselves") for c in t.children)


def not_political(t: Token, etype: str, mode: str | None, ctx: actor_mod.ActorContext, base: int) -> bool:
    """This module's checks for a trigger of type `etype`."""
    return fiction(t) or other_sense(t, etype) or (etype == "COERCE" and inspectors_seizure(t)) or (etype == "CONSULT" and press_encounter(t)) or (etype in ("AGREE", "AID") and public_service(t)) \
        or (etype in ("AID", "SUPPORT", "COOPERATE") and self_supplied(t)) \
        or (etype == "REQUEST" and command_on_the_spot(t)) or (etype == "AID" and police_assistance(t)) or (etype == "MOBILIZE" and (civil_deployment(t) or hazard_alert(t))) or (etype == "PROTEST" and festivity(t)) \
        or (etype == "ASSAULT" and (contest(t) or cyber(t) or marketing(t) or abstract_capture(t) or filmed(t))) or (etype in ("REQUEST", "THREATEN") and public_advice(t)) \
        or (etype == "COERCE" and (relief_emergency(t) or abstract_capture(t) or civil_enforcement(t)
                                   or (mode == "ban" and trade_ban(t, ctx, base))))


def festivity(t: Token) -> bool:
    """Marching or gathering in a parade, a ceremony or a race: no protest ("veterans marched in the
    holiday parade"), or walking to raise money for a charity. A funeral procession can be one, and is
    not in the list."""
    if any(c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() == "raise" and any(
            o.dep_ == "dobj" and o.lemma_.lower() in _MONEY for o in c.children) for c in t.children):
        return True  # "marched along the seafront, raising £40,000 for a hospice": a charity walk
    subj = [c for c in t.children if c.dep_ == "nsubj"]
    subj += [o for s in subj for p in s.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    if any(s.lemma_.lower() in vocabulary()["customers"] for s in subj):
        return True  # "thousands of runners took to the streets": a race's, a match's or a sale's crowd
    return any(c.dep_ == "prep" and c.lower_ in ("in", "at", "during", "for") and any(
        p.dep_ == "pobj" and p.lemma_.lower() in vocabulary()["festivities"] for p in c.children) for c in t.children)


_MONEY = {"money", "fund", "pound", "dollar", "euro", "rupee", "naira", "shilling", "rand", "cash", "donation"}


_FORCES = {"military", "police", "rebel/insurgent", "militia", "terrorist organisation"}


def _armed_subject(t: Token) -> bool:
    """Whether the subject may be armed: a force or an armed group, or anything but plain people."""
    subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return True  # no one named: leave it to the other rules
    actor = actor_mod.resolve(subj, actor_mod.ActorContext(), 0)
    if actor is not None and actor.type in _FORCES:
        return True
    head = actor_mod.look_through(subj)
    people = head.lemma_.lower() in vocabulary()["people"] or head.lower_.endswith(("er", "ers", "ent", "ents"))
    return not (people or (actor is not None and actor.type == "civilians"))
