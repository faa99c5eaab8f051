"""Who an act was done to, by syntax and word class: the victim of a killing verb, the dead a find
names, a private person, the people among whom a bomb exploded, a force known by its post, a village's
or a clinic's people. Split from roles.py, which turns these into actors."""

from __future__ import annotations

from spacy.tokens import Token

from ..records import Actor
from . import actors as actor_mod
from .arguments import HITTING
from .casualties import CASUALTIES, casualties_named
from .headlines import clipped_patient
from .lexicon import triggers as lexicon
from .lexicon import vocabulary
from .senses import COUNTING, an_age, death_named
from .triggers import suffers

_DELIVERING = {"drop", "launch", "lob", "fire", "throw", "hurl"}
_KILLINGS = {"murder", "killing", "slaying", "homicide"}
_ROUNDS = {"fire", "shot", "round", "bullet", "volley", "burst", "salvo"}


def _weapon_held_to(t: Token) -> Token | None:
    """"held a knife to the cashier's throat", "put a gun to her head": whose body it was."""
    weapons = vocabulary()["weapons"]
    held = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")] + ([t.head] if t.dep_ == "acl" else [])
    if not any(h.lemma_.lower() in weapons for h in held):
        return None
    return next((o for p in t.children if p.dep_ == "prep" and p.lower_ in ("to", "against")
                 for part in p.children if part.dep_ == "pobj" and part.lemma_.lower() in vocabulary()["body_parts"]
                 # "the driver's throat" (a curly apostrophe parses as nmod with its case marker)
                 for o in [*(c for c in part.children if c.dep_ == "poss"
                             or (c.dep_ == "nmod" and any(x.dep_ == "case" for x in c.children))),
                           *(x for of in part.children if of.dep_ == "prep" and of.lower_ == "of"
                             for x in of.children if x.dep_ == "pobj")]), None)


def counted(t: Token) -> Token:
    """What a counting noun counts: "dozens of homes" are homes."""
    if t.lower_ in COUNTING:
        return next((o for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                     if o.dep_ == "pobj"), t)
    return t


def victim(t: Token) -> Token | None:
    """Who a killing verb is done to, by syntax alone ("killed two villagers", "a man was stabbed to
    death"), whether or not the victim is an actor: the count is what matters."""
    if t.lower_ in CASUALTIES and t.pos_ != "VERB":
        return casualties_named(t)
    # the fire, or the gun it came from ("fired a rifle at the van")
    fire = next((c for c in t.children if c.dep_ == "dobj" and (c.lemma_.lower() in _ROUNDS or (
        t.lemma_.lower() == "fire" and c.lemma_.lower() in vocabulary()["weapons"]))), None)
    if fire is None and t.lemma_.lower() == "fire" and not any(c.dep_ == "dobj" for c in t.children):
        fire = t  # "gunmen fired on a truck": the verb alone tells the fire
    if fire is None and t.lemma_.lower() in _DELIVERING:
        # "dropped bombs on villages", "launched rockets at the base": where the munitions were sent
        fire = next((c for c in t.children if c.dep_ == "dobj"
                     and c.lemma_.lower() in vocabulary()["explosives"] | vocabulary()["weapons"]), None)
    if fire is None and t.lemma_.lower() == "point":
        # "pointed a pistol at the clerk": whom the weapon was aimed at
        fire = next((c for c in t.children if c.dep_ == "dobj" and c.lemma_.lower() in vocabulary()["weapons"]), None)
    if fire is not None:
        # "opened fire on a minibus", "fired shots at the crowd": whom the fire was aimed at
        # "set fire to homes": what was set on fire
        aims = ("on", "at", "upon", "into", "to") if t.lemma_.lower() == "set" else ("on", "at", "upon", "into")
        for prep in (c for x in (t, fire) for c in x.children if c.dep_ == "prep" and c.lower_ in aims):
            aim = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if aim is not None and not (aim.ent_type_ in ("DATE", "TIME") or aim.lemma_.lower() in vocabulary()["times"]):
                return counted(aim)  # a time ("on the night of the 4th"): when, not whom
        # "fired three times, hitting the clerk", "opened fire, wounding a man": no aim named, whom
        # the shots struck is told in their outcome
        struck = next((o for c in t.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in HITTING
                       for o in c.children if o.dep_ == "dobj"), None)
        if struck is not None:
            return counted(struck)
    held = _weapon_held_to(t)
    if held is not None:
        return held
    for c in t.children:
        if fire is not None and c.i == fire.i:
            continue  # "opened fire inside a bar, killing a barman": the fire is no one; the outcome says who
        if c.dep_ in ("dobj", "nsubjpass"):
            # What was set off is the weapon, not its victim ("detonated an explosive belt, killing
            # a woman": the woman, from the outcome clause).
            if c.dep_ == "dobj" and c.lemma_.lower() in vocabulary()["explosives"] | vocabulary()["weapons"]:
                return None
            return c
    patient = clipped_patient(t)
    if patient is not None:
        return patient
    if t.dep_ == "conj" and t.head.pos_ == "VERB":
        return victim(t.head)
    if (t.pos_ == "NOUN" and t.lemma_.lower() in _KILLINGS) or death_named(t):
        # "the murder of a clerk", "murder in the death of her husband", "the shooting death of a
        # clerk": whom the killing was of
        deaths = [t] + ([t.head] if death_named(t) else []) + [d for c in t.children if c.dep_ == "prep" and c.lower_ == "in"
                                for d in c.children if d.dep_ == "pobj" and d.lemma_.lower() == "death"]
        of = next((p for d in deaths for c in d.children if c.dep_ == "prep" and c.lower_ == "of"
                   for p in c.children if p.dep_ == "pobj"), None)
        if of is not None:
            return of
    if t.pos_ == "NOUN":
        # "two soldiers died in an ambush", "a man sustained bullet wounds": the subject of the
        # verb of suffering that governs the noun event
        verb = t.head.head if t.dep_ == "pobj" and t.head.dep_ == "prep" else t.head if t.dep_ == "dobj" else None
        if verb is not None and verb.pos_ == "VERB" and suffers(verb):
            return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if t.pos_ == "NOUN" and t.dep_ == "nsubj" and t.head.pos_ == "VERB":
        # an attack told by its noun as the subject of what it did: "the strike hit a school"
        return next((c for c in t.head.children if c.dep_ == "dobj"), None)
    if t.dep_ == "acl" and t.tag_ == "VBN" and t.head.pos_ in ("NOUN", "PROPN"):
        return t.head  # "a man shot by police": the noun a passive participle describes
    if (t.dep_ in ("xcomp", "oprd", "advcl") or (t.dep_ == "ccomp" and t.head.lemma_ == "find")) \
            and t.tag_ == "VBN" and t.head.pos_ == "VERB":
        # "was found beaten to death", "lay killed": the subject of the verb the participle completes.
        return next((c for c in t.head.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    return None


_victim_of = victim  # hit() takes a parameter of that name


def the_dead(tok: Token | None, trigger: Token) -> bool:
    """Whether what was found dead tells a killing: people or their bodies, not animals ("swans found
    dead"), and no cause of death told ("of an overdose") unless an attack's ("from gunshot wounds")."""
    if tok is None:
        return False
    holders = [trigger, *(c for c in trigger.children if c.dep_ in ("oprd", "acomp"))]
    # (bodies pulled or recovered "from the ruins": where from, not of what)
    preps = ("of",) if trigger.lemma_.lower() in ("pull", "recover", "retrieve") else ("of", "from")
    causes = [p for x in holders for c in x.children if c.dep_ == "prep" and c.lower_ in preps
              for p in c.children if p.dep_ == "pobj"]
    if any(p.lemma_.lower() not in lexicon().get("nouns", {}) for p in causes):
        return False
    head = actor_mod.look_through(tok)
    return head.lemma_.lower() in ("body", "corpse") or a_person(tok) or head.lemma_.lower() in actor_mod.actors().roles


_COUNTED_ONLY = {"others", "several", "many", "some", "dozens", "scores", "hundreds", "thousands", "few", "more"}
_KILLING = {"kill", "wound", "injure", "shoot", "slaughter", "massacre", "murder", "execute", "behead", "stab"}


def a_person(tok: Token) -> bool:
    """A private person or people, by syntax and word class ("a 19-year-old man", "his girlfriend",
    "Smith", "her"); not one the dictionary makes a force or an official ("an Oakland officer")."""
    head = actor_mod.look_through(tok)
    if actor_mod.actors().roles.get(head.lemma_.lower()) in ("police", "military", "government",
                                                               "terrorist organisation", "rebel/insurgent"):
        return False
    if head.ent_type_ == "PERSON" or actor_mod.surname(head) or head.lower_ in (
            "he", "him", "she", "her", "they", "them", "i", "me", "we", "us", "who", "whom"):
        return True
    # (opening a sentence, the tagger may take the name for a common noun)
    named = head.pos_ == "PROPN" or (head.tag_ == "NN" and head.is_sent_start)
    if named and not head.ent_type_ and head.dep_ in ("nsubjpass", "dobj") and head.text.istitle() \
            and not any(c.dep_ in ("compound", "det", "amod") for c in head.children):
        return True  # "Monika was murdered": a given name the model tagged as nothing is a person's
    lemma = head.lemma_.lower()
    # "gunmen killed at least 20", "the nine were shot", "many were hurt": people, unless it says of
    # whom ("20 of the soldiers"); an age stands for a person
    if an_age(head) or ((head.like_num or head.lower_ in _COUNTED_ONLY) and head.dep_ in ("dobj", "nsubjpass")
                        and head.head.lemma_.lower() in _KILLING
                        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)):
        return True
    if head.pos_ == "PROPN" and not head.ent_type_ and head.lower_ in vocabulary()["people"]:
        return True  # a headline's capitals: "Girl, 16, attacked in park", "Man Stabbed Near Station"
    return head.pos_ == "NOUN" and (lemma in vocabulary()["people"] or head.lower_.endswith(("er", "or", "ist", "ee")))


def victims_where(t: Token) -> Token | None:
    """Whom a bomb set off was set off among: the people or the place of people in its locative
    phrase, where the verb's object is the bomb itself ("detonated his explosive belt among mourners",
    "... in a crowded restaurant"), or where the explosion is told with no object at all ("a car bomb
    exploded outside a hotel", "a bomber blew himself up at a market", "an explosion at a bakery",
    "the blast occurred near a school"): what a blast set off in a civilian place hits is its people,
    and one at a force's post ("at the gate of a police training centre") that force."""
    obj = next((c for c in t.children if c.dep_ == "dobj"), None)
    if obj is not None and obj.lemma_.lower() in vocabulary()["explosives"] | vocabulary()["weapons"]:
        # ("outside an army base": that force, as for a blast told with no object)
        return next((p for p in _locatives(t, _AROUND)
                     if a_person(p) or civilian_site(p) or force_of_site(p) is not None or force_members(p)), None)
    lemma = t.lemma_.lower()
    if lemma == "go" and any(c.dep_ == "prt" and c.lower_ == "off" for c in t.children):
        lemma = "explode"  # "the device went off"
    if t.pos_ == "NOUN" and lemma in _BLASTS:
        # "the blast occurred near the hotel": the place hangs on the verb the noun is subject of
        heads = [t, t.head] if t.dep_ == "nsubj" and t.head.lemma_.lower() in ("occur", "happen", "go") else [t]
    elif lemma in _BLASTS | _IMPACTS and (obj is None or obj.lower_ in ("himself", "herself", "themselves")):
        heads = [t]  # also where a shell or a rocket fell ("slammed into a school")
    else:
        return None
    # a village or a district shells fell on is its people's, as one shelled is (inhabited)
    return next((p for h in heads for p in _locatives(h, _AROUND)
                 if civilian_site(p) or _among_people(p) or force_of_site(p) is not None or force_members(p)
                 or (lemma in _IMPACTS and inhabited(p))), None)


# explosions told by their verb or noun; "blow" only with "up", as the lexicon has it
_BLASTS = {"explode", "detonate", "blow", "explosion", "blast", "bombing"}
# a munition's fall on a place, as the lexicon codes it with a munition as subject
_IMPACTS = {"land", "fall", "slam", "crash", "rain", "smash"}
_AROUND = ("among", "amid", "in", "at", "inside", "into", "on", "onto", "outside", "near", "beside", "by", "next", "opposite")
# the part of a place a blast was at, which names the place after it ("at the entrance of a
# supermarket", "in front of a clinic")
_PARTS = {"entrance", "gate", "front", "door", "doorstep", "outside", "vicinity", "side", "edge", "courtyard", "yard"}


def _locatives(t: Token, preps: tuple[str, ...]):
    """The objects of the verb's locative phrases, through a place's part and "next to"."""
    for prep in (c for c in t.children if c.dep_ in ("prep", "advmod") and c.lower_ in preps):
        objs = [c for c in prep.children if c.dep_ == "pobj"]
        if prep.lower_ == "next":  # "next to a school bus"
            objs = [o for to in prep.children if to.dep_ == "prep" and to.lower_ == "to" for o in to.children if o.dep_ == "pobj"]
        for o in objs:
            yield o
            if o.lemma_.lower() in _PARTS:
                yield from (x for of in o.children if of.dep_ == "prep" and of.lower_ in ("of", "to")
                            for x in of.children if x.dep_ == "pobj")


def force_members(tok: Token) -> bool:
    """Soldiers, troops, policemen: the members of a police or military force ("blew himself up
    among Afghan soldiers" hit that army)."""
    head = actor_mod.look_through(tok)
    roles = actor_mod.actors().roles
    return head.pos_ == "NOUN" and (roles.get(head.lower_) or roles.get(head.lemma_.lower())) in ("police", "military")


def _among_people(tok: Token) -> bool:
    """People a blast went off among: private people, a crowd, not a place word ending like one."""
    head = actor_mod.look_through(tok)
    return head.ent_type_ == "PERSON" or head.lemma_.lower() in vocabulary()["private_people"] | _GATHERED


# a crowd, and those gathered round someone ("amid a group of supporters of the president")
_GATHERED = {"crowd", "mourner", "shopper", "worshipper", "guest", "supporter", "follower"}


def passing(t: Token) -> Token | None:
    """Who was going by when a bomb exploded or fire was opened, told in a clause of time ("as a
    NATO convoy passed", "when a police vehicle was passing by"): whom the attack was set for."""
    for c in t.children:
        if c.dep_ == "advcl" and c.lemma_.lower() in vocabulary()["passing"] \
                and any(m.dep_ in ("mark", "advmod") and m.lower_ in ("as", "when", "while") for m in c.children):
            return next((s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")), None)
    return None


_FORCE_SITES = {"post", "station", "substation", "checkpoint", "base", "barracks", "convoy", "patrol", "column",
                "centre", "center", "office", "building",
                "outpost", "garrison", "headquarters", "vehicle", "truck", "van", "camp", "academy", "compound",
                "car", "jeep", "boat", "helicopter", "position", "cruiser"}
# The words a police car goes by without the word "police" ("patrol cars", "squad cars").
_POLICE_CARS = {"patrol", "squad"}


def force_of_site(tok: Token) -> Actor | None:
    """A post, a base or a convoy of a force ("stormed a police post", "ambushed an army convoy"): an
    attack on it is an attack on that force, whose country the act's place gives (implied)."""
    tok = actor_mod.look_through(tok)  # "a number of army checkpoints", "dozens of police posts"
    # (the model lemmatises "barracks" to "barrack": the word as written counts too)
    if tok.pos_ != "NOUN" or not {tok.lemma_.lower(), tok.lower_} & _FORCE_SITES:
        return None
    roles = actor_mod.actors().roles  # the dictionary's role nouns: "police", "army", "navy", "troops"...
    # its modifiers, and theirs ("a police training centre"); its owner ("the army's checkpoint")
    mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "poss")]
    mods += [g for c in mods for g in c.children if g.dep_ in ("compound", "amod")]
    kind = next((kind for c in mods for kind in [roles.get(c.lower_) or roles.get(c.lemma_.lower())
                                                 or ("police" if c.lower_ in _POLICE_CARS else None)]
                 if kind in ("police", "military")), None)
    return Actor(text=None, name=None, type=kind) if kind else None


def inhabited(tok: Token) -> bool:
    """A village or a neighbourhood shelled or raided with no armed side named in it: its people are
    the ones attacked (ACLED's civilians); taking it (mode occupy) is another matter."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in vocabulary()["inhabited"]


# Words of civilian use on a site or a vehicle ("a residential block", "an aid convoy", "cargo vessels")
_CIVILIAN_USE = {"residential", "civilian", "refugee", "refugees", "displacement", "displaced", "idp",
                 "passenger", "commercial", "aid", "humanitarian", "relief", "mining", "fishing", "cargo",
                 "merchant", "private"}
# A line of vehicles or a part of a building is what it is of ("a convoy of buses", "a school's roof")
_LINES = {"convoy", "column", "caravan", "fleet", "wing", "roof", "ward", "courtyard", "entrance", "gate", "yard",
          "outskirt", "vicinity"}


def civilian_site(tok: Token) -> bool:
    """A place people live, heal, learn, trade or worship in ("hit a residential house", "destroyed a
    hospital"): what an attack on it with no armed target named strikes is civilians. So is a named
    one ("the Al-Amal Hospital"), a building of that use ("an apartment tower", "a residential
    block", "a wedding hall"), and a list with one among it ("a depot and a school")."""
    return _site(tok) or any(_site(c) for c in tok.conjuncts)


def _site(tok: Token) -> bool:
    sites = vocabulary()["civilian_sites"]
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in _LINES and any(
            _site(o) for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"):
        return True
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in sites:
        return True
    if tok.pos_ == "PROPN" and tok.lower_ in sites and any(c.dep_ == "compound" for c in tok.children):
        return True  # a facility's proper name ends in what it is
    if tok.pos_ == "NOUN" and any(o.lemma_.lower() in _CIVILIAN_USE or any(
            c.dep_ in ("amod", "compound") and c.lower_ in _CIVILIAN_USE for c in o.children)
            for p in tok.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children if o.dep_ == "pobj"):
        return True  # "a camp for the displaced", "a shelter for refugees": theirs
    return tok.pos_ == "NOUN" and any(
        c.dep_ in ("compound", "amod") and (c.lower_ in _CIVILIAN_USE or c.pos_ == "NOUN" and c.lemma_.lower() in sites)
        for c in tok.children)


def the_hurt(t: Token) -> bool:
    """"The injured", "the wounded" as a noun phrase of their own ("the injured were taken to a
    clinic", "the wounded included a guard"): the victims of an act the article has told, never an
    act by themselves. Where the article told an attack, the sentence retells it (incidents.py);
    where it told a crash or a storm, nothing."""
    return t.lower_ in ("injured", "wounded") and t.dep_ not in ("amod", "acomp", "ROOT") \
        and t.head.pos_ != "AUX" and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)



# Verbs of taking a place: a town taken names no one hit in it
_TAKING = {"capture", "seize", "take", "overrun", "storm", "enter", "liberate", "recapture", "retake", "occupy"}


def placed_below_country(tok: Token, toponyms, whole: bool = False) -> bool:
    """`tok` is in (with `whole`, ends) a name the geoparser placed below country level (a spot it
    placed at its town, "Lincoln Park (Dayton)", too)."""
    return any(top.start <= tok.i < top.end and (not whole or top.end == tok.i + 1)
               and (top.place.geonameid or top.place.lat is not None)
               and top.place.precision not in ("country", "region") for top in toponyms)


def a_town(tok: Token, toponyms) -> bool:
    """The whole name is a town the geoparser placed (whose people an attack hits): not part of a facility's name."""
    from ..geo.candidates import FACILITY_WORDS

    return tok.dep_ != "compound" and tok.lower_ not in FACILITY_WORDS and placed_below_country(tok, toponyms, whole=True)


def town_attacked(tok: Token, t: Token, toponyms) -> bool:
    """A town by name attacked at `t`, not taken: its people were hit, as a village's are."""
    return t.lemma_.lower() not in _TAKING and a_town(tok, toponyms)


def police_shooting(t: Token, actor1: Actor | None = None) -> bool:
    """"A police shooting in Dayton", "the deputy shooting on Elm Street" (the act's noun read as a clause on
    the force), an officer who "fired" or "opened fire": no one the coder names was shot. Whom police shoot
    so is the place's civilians (ACLED's state forces against civilians; "fired on striking dockers")."""
    if actor1 is not None and actor1.type == "police" and t.pos_ == "VERB" and (t.lemma_.lower() == "fire" or (
            t.lemma_.lower() == "open" and any(c.dep_ == "dobj" and c.lower_ == "fire" for c in t.children))):
        return True
    return t.lemma_.lower() == "shoot" and t.tag_ == "VBG" and t.dep_ in ("acl", "amod", "compound") \
        and t.head.lemma_.lower() in vocabulary()["police_officers"] \
        and not any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ not in ("in", "on", "at", "near", "outside"))
                    for c in t.children)


def hit(t: Token, outcome: Token | None, actor2: Actor | None, victim: Token | None,
        para, first_actor) -> tuple[Actor | None, Token | None]:
    """Whom an attack hit, where its syntax named no actor: the force whose post or vehicle it hit,
    or whose post its purpose names, those its outcome names, or who went by. Returns (actor2, victim).
    `first_actor` is roles.first_actor, passed in (roles imports this module). Moved from roles.py."""
    from .act_phrase import repelled
    from .arguments import purpose_objects

    named_site = actor2 is not None and ((actor2.text or "").split() or [""])[-1].lower() in vocabulary()["civilian_sites"]
    if actor2 is not None and actor2.type is None and ((victim is not None and civilian_site(victim)) or named_site):
        # a clinic or a school known by its own name, hit or where people were ("two students were
        # stabbed at Jefferson High School"): those in it were attacked (codebook 2)
        actor2 = None
    if actor2 is None and victim is not None:
        actor2 = force_of_site(victim)
    if actor2 is None and t.pos_ != "VERB" and (verb := repelled(t)) is not None:
        # "an army patrol came under fire": the force whose patrol or post it was
        actor2 = next((a for s in verb.children if s.dep_ == "nsubj" and (a := force_of_site(s)) is not None), None)
    if actor2 is None and victim is not None and force_members(victim):
        actor2 = first_actor([victim], para)[0]  # "blew himself up among Afghan soldiers": that army
    if actor2 is None and t.pos_ != "VERB":
        # "launched an offensive, targeting army positions": the force whose post its purpose names
        actor2 = next((a for o in purpose_objects(t) if (a := force_of_site(o)) is not None), None)
    if actor2 is None and outcome is not None and victim is not None and victim not in outcome.subtree \
            and not (inhabited(victim) or civilian_site(victim) or a_person(victim)) \
            and (named := _victim_of(outcome)) is not None:
        # "raided a farm, killing four labourers": a site that names no side is where; whom the
        # outcome names was hit
        victim = named
    if actor2 is None and outcome is not None and victim is not None and victim in outcome.subtree:
        # "a bomb went off, killing three soldiers": whom the outcome names was hit
        actor2 = first_actor([victim], para)[0]
    if actor2 is None and victim is None and (going := passing(t)) is not None:
        # "a bomb exploded as a NATO convoy passed": the force or the people going by
        victim = going
        actor2 = force_of_site(going) or first_actor([going], para)[0]
    return actor2, victim
