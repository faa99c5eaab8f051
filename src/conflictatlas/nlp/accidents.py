"""Deaths and injuries that are no one's act: by disease, disaster or accident ("killed when a tree
fell on her car", "a tanker rammed a bus"), with their guards for the acts that look like them (a
bomb, a pursuit), and the word tests mundane.py shares with it (an animal, a hazard, violence).
Split from mundane.py; the coder asks it through nonevents.py.
"""

from __future__ import annotations

from spacy.tokens import Token

from . import actors as actor_mod
from . import conditions
from .headlines import clipped_patient
from .lexicon import triggers, verb_senses, vocabulary


def _of_a_weapon(s: Token, words) -> bool:
    """"Debris from a downed drone", "the wreckage of a missile": what falls is a weapon's, no hazard."""
    arms = words["explosives"] | words["aircraft"] | words["munitions"]
    return any(p.lower_ in ("from", "of") and any(o.lemma_.lower() in arms for o in p.children if o.dep_ == "pobj")
               for p in s.children if p.dep_ == "prep")


def harmless_cause(t: Token) -> bool:
    """Deaths caused by a disease, a disaster or an accident, and violence to animals: no one's act
    ("an outbreak of plague has killed 61", "the strain that killed the flock", "Typhoon Mira struck
    the coast", "two hikers were killed in an avalanche", "a neighbour accidentally hit her", "pets
    are being shot"). Animals' own acts: animal_doer."""
    words = vocabulary()
    if t.pos_ == "NOUN" and fuel_blast(t):
        return True  # "a gas explosion tore through the mine"
    if t.pos_ == "NOUN" and t.dep_ == "dobj" and t.head.lemma_.lower() in ("suffer", "sustain", "receive"):
        # "suffered wounds in a car crash", as "was injured in" one (who suffers them did nothing);
        # a player's in a match is no one's act either
        if any(w.lemma_.lower() in words["sport_words"] for w in t.sent):
            return True
        return _caused_by_hazard(t.head, words) or harmless_cause(t.head)
    verb = t if t.pos_ == "VERB" else None
    if verb is None:
        return False
    if _disposal(verb):
        return True
    if _arrest(verb):
        return False  # "crashed into a fence and was arrested": a crash hurts, it arrests no one
    holders, node = [verb], verb
    while node.dep_ in ("conj", "advcl", "xcomp") and node.head.pos_ == "VERB" and len(holders) < 4:
        # "a fire destroyed the roof, displacing tenants and injuring firefighters"; "floods forced
        # thousands to evacuate"
        node = node.head
        holders.append(node)
    subj = [_antecedent(c) for h in holders for c in h.children if c.dep_ in ("nsubj", "agent")]
    # "the areas of the earthquake that has killed 30,000": the parser may hang the clause on the
    # first noun; the noun right before the pronoun is the other reading.
    subj += [c.doc[c.i - 1] for h in holders for c in h.children if c.dep_ == "nsubj" and c.lower_ in ("that", "which")
             and c.i > 0 and c.doc[c.i - 1].pos_ in ("NOUN", "PROPN")]
    subj += [_antecedent(p) for a in verb.children if a.dep_ == "agent" for p in a.children]
    if not any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in verb.children):
        subj += _subject_by_position(verb)
    # "infection is reported in ... and has killed": the subject the act shares with the verb before.
    subj += [_antecedent(c) for h in holders[1:] for c in h.children if c.dep_ == "nsubjpass"]
    if verb.dep_ == "acl" and any(c.dep_ == "dobj" for c in verb.children):
        # "an outbreak of typhoid killed 30", parsed as describing its noun: the noun, or the one
        # it is "of"
        subj.append(verb.head)
        if verb.head.dep_ == "pobj" and verb.head.head.lower_ == "of":
            subj.append(verb.head.head.head)
    # "Cyclone Mira", "Hurricane Ada": the name's class word says what it is.
    named = [c for s_ in subj for c in s_.children if c.dep_ == "compound"]
    if any((hazard_word(s_, words) and not _of_a_weapon(s_, words)) or fuel_blast(s_) for s_ in subj + named):
        return True
    if any(h.lemma_.lower() in vocabulary()["accident_verbs"] for h in holders) \
            and not any(s_.lemma_.lower() in words["explosives"] for s_ in subj):
        # "a truck crashed into a bus, injuring 14": the injuries of a crash; "two rockets crashed
        # into a school" were fired
        return True
    told = holders + [c for c in verb.children if c.dep_ == "conj"]  # "and nine (were) hurt", any tag
    arms = _arms(words)
    armed = arms | {"hit", "fire", "shoot", "attack", "ram"}
    # a clause of its own ("when vehicles collided"), not a consequence told by a participle ("plunging
    # the city into darkness", which the force's act caused)
    # (the parser may make the clause's subject its head: "when his truck overturned" as "truck" with
    # "when" and "overturned" below it)
    if any(c.dep_ == "advcl" and any(x.dep_ in ("nsubj", "nsubjpass", "mark")
                                     or (x.dep_ == "advmod" and x.lower_ in ("when", "as", "after")) for x in c.children)
           and any(x.lemma_.lower() in words["accident_verbs"] for x in (c, *c.children))
           and not any(x.lemma_.lower() in armed for x in c.subtree) for h in told for c in h.children):
        return True  # "three were killed when vehicles collided in fog"; not "when a bomber crashed his car into"
    if not any(c.dep_ in ("nsubj", "agent") for c in verb.children) and any(
            _caused_by_hazard(v, words) for v in (*holders, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"))):
        # also on a verb coordinated with it ("nine were killed and 60 remain ill after an outbreak",
        # "two died under the rubble and five were hurt")
        return True
    if any(c.dep_ == "advcl" and any(m.lower_ in ("as", "after", "when", "because") for m in c.children
                                     if m.dep_ in ("mark", "advmod"))
           and any(hazard_word(d := _antecedent(x), words) or d.lemma_.lower() in words["waters"]
                   for x in c.children if x.dep_ == "nsubj")
           and not any(x.lemma_.lower() in arms for x in c.subtree) for h in told for c in h.children):
        return True  # "1,400 have died as waterborne diseases spread", "was killed when a branch fell on her"
    if _run_over(verb, words):
        return True
    if any(p.dep_ == "prep" and p.lower_ in ("in", "after", "from") and any(
            o.dep_ == "pobj" and o.lemma_.lower() == "fall" and any(
                (x.dep_ == "det" and x.lower_ == "a") or (x.dep_ == "prep" and x.lower_ == "from") for x in o.children)
            for o in p.children) for p in verb.children):
        return True  # "killed in a fall from scaffolding", "injured in a fall" (not "in the fall of 2008")
    if any(_collision(v, words) for v in (*holders, *(c for h in told for c in h.children if c.dep_ == "advcl"))):
        return True  # "a lorry rammed a minibus, killing seven"; "six died when a truck slammed into a bus"
    if any(c.lower_ in ("accidentally", "inadvertently", "unintentionally") for c in verb.subtree
           if c.dep_ == "advmod"):
        return True
    if verb.lemma_.lower() == "deploy" and not any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children) and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in ("airbag", "parachute", "chute") for c in verb.children):
        return True  # "airbags deployed": safety gear opening, no force sent
    if verb.lemma_.lower() in ("injure", "hurt", "tear", "break", "strain") and any(
            c.dep_ == "dobj" and c.lemma_.lower() in words["body_parts"] for c in verb.children):
        return True  # "injured his knee in training": no one's act
    objs = [actor_mod.look_through(c) for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objs and (patient := clipped_patient(verb)) is not None:
        objs = [actor_mod.look_through(patient)]  # "a horse was killed after being attacked"
    if not objs:
        # "culling, burning and burying 900 geese": the object hangs on the last of the verbs
        objs = [actor_mod.look_through(c) for v in verb.conjuncts if v.pos_ == "VERB"
                for c in v.children if c.dep_ == "dobj"]
    return bool(objs) and all(animal_word(o, words["animals"] | words["plants"]) for o in objs)


def _arrest(verb: Token) -> bool:
    """Every sense of the verb is an arrest (triggers.yaml `mode: arrest`)."""
    senses = verb_senses(verb.lemma_.lower())
    return bool(senses) and all(e.get("mode") == "arrest" for e in senses)


def _arms(words: dict) -> frozenset[str]:
    """Armed doers, explosives and weapons: a clause naming one tells an attack, not an accident."""
    return words["armed"] | words["explosives"] | words["weapons"]


_COLLIDING = {"ram", "hit", "strike", "slam", "smash", "plough", "plow", "crash", "collide", "run"}
_PURSUIT = {"police", "patrol", "squad", "army", "military", "stolen", "fleeing", "getaway", "sheriff", "trooper"}
# What a vehicle runs into on a road besides another vehicle.
_ROADSIDE = {"barrier", "wall", "pole", "post", "lamppost", "guardrail", "ditch", "tree", "bridge", "embankment"}


def _collision(verb: Token, words: dict) -> bool:
    """A vehicle that hits another vehicle or the roadside is a crash, whoever dies: "a tanker rammed
    into a bus". A vehicle driven into people ("a car ploughed into the crowd") is not one of these:
    its object is no vehicle."""
    if verb.lemma_.lower() not in _COLLIDING:
        return False
    subj = [actor_mod.look_through(c) for c in verb.children if c.dep_ == "nsubj"]
    if not subj or not all(s.lemma_.lower() in words["vehicles"] for s in subj):
        return False
    # A vehicle laden with explosives or driven by a bomber is the attack ("an explosives-laden truck
    # rammed a police vehicle").
    armed = _arms(words) | {"suicide", "bomber"}
    if any(x.lemma_.lower() in armed or x.lower_ in armed or "explosive" in x.lower_ for x in verb.subtree):
        return False
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    objs += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("into", "with", "onto", "against")
             for p in c.children if p.dep_ == "pobj"]
    # A fleeing or stolen vehicle, or one driven at a police or army vehicle, is used against them
    # ("the fleeing pickup rammed a patrol car").
    if any(c.lower_ in _PURSUIT or c.dep_ == "poss" for x in (*subj, *objs) for c in x.children):
        return False
    return bool(objs) and all(o.lemma_.lower() in words["vehicles"] or o.lemma_.lower() in _ROADSIDE for o in objs)


def _run_over(verb: Token, words: dict) -> bool:
    """"A man was struck and killed by a car", "hit by a train": a person hit by a vehicle, with no one
    named driving it at them, is a road death (a fleeing or stolen car, or one driven by a bomber, is
    not: _collision's tests)."""
    if verb.lemma_.lower() not in _COLLIDING | {"kill", "injure", "hurt", "knock"}:
        return False
    vs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        vs.append(verb.head)
    agents = [actor_mod.look_through(p) for v in vs for a in v.children if a.dep_ == "agent"
              for p in a.children if p.dep_ == "pobj"]
    if not agents or not all(a.lemma_.lower() in words["vehicles"] for a in agents):
        return False
    armed = _arms(words) | {"suicide", "bomber"}
    return not any(c.lower_ in _PURSUIT or c.dep_ == "poss" or c.lower_ in armed for a in agents for c in a.subtree)


def _subject_by_position(verb: Token) -> list[Token]:
    """The noun phrase that ends right before a verb the parser gave no subject: "since a 2021 crash
    involving a fleeing driver killed a bystander" is parsed with the crash under "since" and the
    killing as a clause of its own."""
    node, found = verb.doc[verb.i - 1] if verb.i else verb, []
    while node.i < verb.i and node.right_edge.i == verb.i - 1:
        if node.pos_ in ("NOUN", "PROPN"):
            found = [node]
        if node.head.i == node.i:
            break
        node = node.head
    return found


def _antecedent(tok: Token) -> Token:
    """A relative pronoun stands for the noun its clause describes ("the strain that killed"); any
    other word for the noun it counts ("millions of ducks")."""
    if tok.lower_ in ("that", "which", "who") and tok.head.dep_ in ("relcl", "acl") and tok.head.head.i != tok.head.i:
        tok = tok.head.head
    return actor_mod.look_through(tok)


def _caused_by_hazard(verb: Token, words: dict) -> bool:
    """"died of cholera", "were killed in an earthquake", "were hurt after the storm": a subjectless
    act whose cause is told by a phrase naming a hazard."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("of", "from", "in", "by", "during",
                                                                                 "after", "as")):
        if any(hazard_word(_antecedent(p), words) for p in prep.children if p.dep_ == "pobj"):
            return True
    return False


# What makes "fire" gunfire, not a blaze.
_WEAPON_FIRE = {"sniper", "mortar", "artillery", "rocket", "tank", "machine", "machine-gun", "enemy", "heavy",
                "automatic", "cross", "small", "arms", "gun", "police", "army", "hostile", "friendly", "return", "live"}


# What blows up by accident in a mine, a plant or a kitchen: "a gas explosion", "a methane blast"
# (gas alone may be a weapon's: "poison gas killed hundreds").
_FUELS = {"gas", "methane", "firedamp", "propane", "butane", "dust", "boiler", "cylinder"}
_BLASTS = {"explosion", "blast", "burst"}


def fuel_blast(tok: Token) -> bool:
    return tok.lemma_.lower() in _BLASTS and any(c.dep_ in ("compound", "amod") and c.lower_ in _FUELS
                                                 for c in tok.children)


def hazard_word(tok: Token, words: dict) -> bool:
    lemma = tok.lemma_.lower()
    of = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    if of and lemma in words["hazards"] and violent_word(of[0]):
        return False  # "an outbreak of violence", "a wave of raids": what it is an outbreak of
    if lemma in ("fire", "blaze"):
        # a fire, unless it is shooting: "sniper fire", or a people's, state's or force's fire
        # ("Israeli fire", "the army's fire")
        return not any(c.lower_ in _WEAPON_FIRE or c.ent_type_ in ("NORP", "GPE", "ORG") or c.dep_ == "poss"
                       for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "poss"))
    # "measles", "AIDS": no singular; "Wildfires" opening a sentence, which the model takes for a name
    plural = tok.tag_ in ("NNS", "NNPS", "NNP") and tok.lower_.endswith("s") and tok.lower_[:-1] in words["hazards"]
    # a word the tokenizer split at its hyphen ("a 27-vehicle pile-up": its head is "up")
    doc = tok.doc
    joined = tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 2].whitespace_ \
        and f"{doc[tok.i - 2].lower_}-{tok.lower_}" in words["hazards"]
    return lemma in words["hazards"] or tok.lower_ in words["hazards"] or plural or joined


def animal_word(tok: Token, animals) -> bool:
    # A name is no animal: "Turkey bombed", "Fox reported"; a police or army dog is the force's.
    # (a power plant is a works, not a living plant)
    owners = vocabulary()["police_officers"] | {"army", "military", "k-9", "k9"} | vocabulary()["works_kinds"]
    named = tok.text[:1].isupper() and bool(tok.ent_type_)
    return not named and (tok.lemma_.lower() in animals or tok.lower_ in animals) \
        and not any(c.dep_ in ("compound", "amod") and (c.lemma_.lower() in owners or c.lower_ in owners) for c in tok.children)


def violent_word(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    return lemma in ("violence", "unrest", "bloodshed") or lemma in triggers().get("nouns", {})


_SETTING_OFF = {"detonate", "explode", "blow", "defuse", "destroy"}


def _disposal(verb: Token) -> bool:
    """A bomb set off or destroyed by those who clear bombs ("sappers detonated the device", "bomb
    squad officers blew it up", "destroyed in a controlled explosion"): its disposal, no attack."""
    if verb.lemma_.lower() not in _SETTING_OFF:
        return False
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    disposers = vocabulary()["bomb_disposers"]
    mods = [[m.lemma_.lower() for m in d.subtree if m.dep_ in ("compound", "amod")] for d in doers]
    if any(d.lemma_.lower() in disposers or set(ms) & (disposers | {"disposal"})
           or (d.lemma_.lower() == "squad" or "squad" in ms) and "bomb" in ms  # a bomb squad, not a suicide squad
           for d, ms in zip(doers, mods, strict=True)):
        return True
    return any(m.lower_ == "controlled" for p in verb.children if p.dep_ == "prep"
               for o in p.children if o.dep_ == "pobj" for m in o.children if m.dep_ == "amod")


def traffic(t: Token) -> bool:
    """"The driver struck a parked car", "the pickup was struck in the eastbound lane": a road vehicle
    hitting or hit, with no weapon, explosive or armed doer in the clause, is a crash, not an attack
    ("a roadside bomb struck an army truck" stays one)."""
    if t.pos_ != "VERB" or t.lemma_.lower() not in ("hit", "strike", "ram"):
        return False
    words = vocabulary()
    own = _own_clause(t)
    if not any(c.lemma_.lower() in words["vehicles"] or c.lower_ in words["road_words"] for c in own):
        return False  # a car as the one hitting or hit, or in the clause ("hit a cyclist, pinning him under the van")
    if t.lemma_.lower() == "ram" and conditions.force_vehicle(t):
        return False  # "rammed a squad car": driven at the force (ramming "into" one may be a crash)
    said = {x.lemma_.lower() for x in own}
    return not (said & words["explosives"] or said & words["armed"])


def _own_clause(t: Token) -> list[Token]:
    """The words of the verb's clause, less any finite clause of its own, which tells another act
    ("struck him after he kicked a patrol car")."""
    out: list[Token] = []
    for c in t.children:
        if c.dep_ in ("advcl", "relcl", "ccomp") and any(x.dep_ in ("nsubj", "nsubjpass", "mark") for x in c.children):
            continue
        out += [c, *_own_clause(c)]
    return out
