"""Force words used figuratively: a violent verb whose object cannot take force ("attacked the record"), a
prize seized ("seized the initiative"), a measure or a law as the doer ("prices exploded", "the law targets"),
a rise or a film told with "shoot". Split from nonevents.py, which asks it as `nonevents.figurative`."""

from __future__ import annotations

from spacy.tokens import Token

from . import actors as actor_mod
from .genre import anchored
from .headlines import clipped_past, headline
from .lexicon import vocabulary
from .pictured import answered, flopped, labelled, market_trade, pursued, simile, state_of_siege
from .senses import is_event_verb

_LITERAL_ENTS = {"PERSON", "NORP", "ORG", "GPE", "LOC", "FAC"}
# Agent and demonym endings that make a common noun a kind of person ("dealer", "smuggler",
# "activist", "civilian", "resident", "occupant"): a class no word list exhausts.
_PERSON_ENDINGS = ("er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "ant", "ants", "ee", "ees")
# What "seize"/"capture"/"take" are said of when no force is used ("seized the initiative").
_ABSTRACT_PRIZES = {"initiative", "opportunity", "chance", "moment", "momentum", "lead", "title", "crown",
                    "headline", "imagination", "attention", "spotlight", "share", "day", "advantage", "victory",
                    "championship", "medal", "award", "trophy", "record", "gold", "silver", "bronze", "seat",
                    "seats", "majority", "plurality", "prize", "nobel", "vote", "votes", "cup",
                    "pennant", "heart", "hearts", "mood", "spirit", "essence", "market"}
# Where a film is made: shooting there is filming.
_RISES = {"fame", "prominence", "stardom", "celebrity", "notoriety", "glory", "top", "success", "popularity"}
_FILMING = {"location", "film", "camera", "video", "tape", "studio", "set"}
_RECORDINGS = {"camera", "video", "tape", "footage", "cctv", "lens", "photograph", "photo", "recording", "webcam"}
# What "fighting" qualifies as a quality, not a fight ("fighting fit", "fighting talk").
_FIGHTING_IDIOMS = {"spirit", "chance", "fit", "talk", "words", "form", "mood", "stance", "fund"}
_SEIZE_VERBS = {"seize", "capture", "take", "grab", "snatch", "win"}
# Verbs whose object is the weapon itself ("detonated a charge", "fired rockets"): never figurative.
_WEAPON_VERBS = {"detonate", "explode", "fire", "launch", "drop", "plant", "throw", "hurl", "lob"}
# What an attack is made with, for "targeted X with ...", beside the weapons and explosives classes:
# fire, rounds and the things thrown in a riot.
_ARMS = {"fire", "gunfire", "shot", "bullet", "round", "gas", "teargas", "stone", "rock", "brick", "bottle",
         "firework", "projectile", "molotov", "cocktail", "flare", "attack", "barrel"}


_HOSTAGES = {"hostage", "captive"}
# Verbs of a flood of things ("bombarded with calls"): figurative unless the things are arms.
_PENALTIES = {"fine", "score", "rating", "grade", "citation", "ticket", "bill", "sanction", "suspension", "ban"}
_SWAMPING = {"bombard", "shower", "barrage", "flood", "inundate", "deluge", "swamp"}
# What is fired in honour, not at anyone.
_CEREMONIES = {"salute"}
# Those whose fight is with a hazard or a disease.
_RESCUERS = {"rescuer", "firefighter", "fireman", "paramedic", "medic", "doctor", "surgeon", "lifeguard"}
# What armed men fight for: ground and its control, not a cause.
_CONTROL = {"control", "territory", "possession", "ground", "town", "city", "village", "hill", "road", "bridge", "airport"}
_REFLEXIVES = {"itself", "themselves", "himself", "herself", "ourselves", "myself", "yourself"}
_WRECKING = {"demolish", "raze", "bulldoze", "wreck", "ransack", "torch", "loot"}
_BODILY_ARRESTS = {"cardiac", "respiratory", "heart", "pulmonary", "cardiopulmonary"}


def _physical(tok: Token, ctx: actor_mod.ActorContext, base: int) -> bool:
    """A word that can be hit, shot or seized: people, groups, places, buildings, vehicles."""
    words = vocabulary()
    head = actor_mod.look_through(tok)
    if head.pos_ in ("PRON", "NUM", "PROPN") or head.like_num or head.ent_type_ in _LITERAL_ENTS:
        return True
    lemma = head.lemma_.lower()
    if lemma in words["people"] or lemma in words["targets"] or head.lower_ in words["people"]:
        return True
    # a word that ends like a person's ("-er", "-ee") is one, unless it is a word listed as abstract
    # ("cancer", "water", "fee")
    if head.lower_.endswith(_PERSON_ENDINGS) and head.pos_ == "NOUN" and lemma not in words["abstract"]:
        return True
    return not (lemma in words["abstract"] and any(c.dep_ == "poss" for c in head.children)) \
        and actor_mod.resolve(head, ctx, base) is not None  # ("Samsung's market share": no target for its owner)


_BLAZES = {"fire", "blaze", "wildfire", "flame", "bushfire", "inferno"}


def _blaze_fought(t: Token) -> bool:
    """A blaze is the one attacking or attacked: gunfire neither attacks nor is attacked, so "fire"
    here is a fire's ("the fire attacked the ridge", "an attack on the fire's eastern flank")."""
    subj = [c for c in t.children if c.dep_ in ("nsubj", "compound")] + ([t.head] if t.dep_ == "acl" else [])
    if t.tag_ == "VBG" and not subj:  # "the Cedar Gulch Fire made a run up the ridge, attacking the line"
        subj = [c for c in t.sent.root.children if c.dep_ == "nsubj"]
    aimed = [c for c in t.children if c.dep_ == "dobj"]
    aimed += [p for c in t.children if c.dep_ == "prep" and c.lower_ == "on" for p in c.children if p.dep_ == "pobj"]
    owners = [o for a in aimed for o in a.children if o.dep_ == "poss"]
    return any(x.lemma_.lower() in _BLAZES for x in subj + aimed + owners)


def figurative(t: Token, event_type: str, ctx: actor_mod.ActorContext, base: int) -> bool:
    """A violent verb whose object cannot take force is used figuratively: "attacked the record",
    "fight the charges", "killed the bill"; so is seizing a prize ("seized the initiative"), "came
    under attack" said of something that cannot be attacked ("shares came under attack"), a noun
    event aimed at such a thing ("an assault on the market") and a verb whose subject is one
    ("prices exploded")."""
    if simile(t):
        return True
    if t.pos_ == "VERB" and event_type == "COERCE" and t.lemma_.lower() in _SEIZE_VERBS:
        objs = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
        # "caught and captured on a doorbell camera", "dashcam footage captured the skid": recorded, not held
        doers = [c for c in t.children if c.dep_ == "nsubj"] + [
            o for a in t.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        return any(actor_mod.look_through(o).lemma_.lower() in _ABSTRACT_PRIZES for o in objs) or any(
            d.lemma_.lower() in _RECORDINGS for d in doers)
    if t.pos_ == "VERB" and event_type == "COERCE" and t.lemma_.lower() == "hold":
        # "the budget was held hostage by the dispute": only people are held hostage
        held = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() not in _HOSTAGES]
        held += [m for c in t.children if c.lemma_.lower() in _HOSTAGES for m in c.children if m.dep_ == "compound"]
        if any(_abstract(h, vocabulary()["abstract"]) for h in held):
            return True
    if t.pos_ == "VERB" and event_type == "COERCE" and t.lemma_.lower() in _WRECKING:
        wrecked = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
        if wrecked and all(_abstract(w, vocabulary()["abstract"]) and not _physical(w, ctx, base) for w in wrecked):
            return True  # "demolished the other side's case": an argument taken apart, no building
    if event_type == "COERCE" and t.lemma_.lower() == "arrest" and any(
            c.dep_ in ("amod", "compound") and c.lower_ in _BODILY_ARRESTS for c in t.children):
        return True  # "went into cardiac arrest": the heart stopping, no one held
    if event_type == "SANCTION" and t.lemma_.lower() == "break" and any(
            c.dep_ == "dobj" and c.lower_ == "tie" for c in t.children):
        return True  # "the judge who broke the tie": a vote's deadlock, not diplomatic ties
    if event_type != "ASSAULT":
        return False
    if labelled(t) or pursued(t) or answered(t) or state_of_siege(t):
        return True  # "called the lawsuit an ambush", "reporters ambushed the minister", "fired back in an interview"
    if t.pos_ == "VERB" and t.lemma_.lower() in ("kill", "murder", "slaughter") and any(
            c.dep_ == "dobj" and c.lower_ == "me" for c in t.children):
        return True  # "she killed me with that serve", "the heat is killing me": whoever says it lived
    if t.lemma_.lower() in ("kick", "boot") and any(c.lower_ == "out" and c.dep_ in ("prt", "prep") for c in t.children):
        return True  # "was kicked out of the party", "booted out of the club": expelled, no blow
    if t.pos_ == "VERB" and headline(t.sent) and clipped_past(t):
        return False  # "Bank robbed at gunpoint": a headline's bare subject is whom it was done to, not a doer
    abstract = vocabulary()["abstract"] | (set(vocabulary()["hazards"]) - {"fire"})
    if t.pos_ == "VERB" and any(c.dep_ == "nsubj" and actor_mod.look_through(c).lemma_.lower() in vocabulary()["instruments"]
                                for c in t.children):
        return True  # "the law targets journalists", "the new tax hits farmers": a rule's reach, no force
    # (an amount it moved by is no object: "prices shot up $1", "rose 5 percent")
    if t.pos_ == "VERB" and not any(c.dep_ in ("dobj", "nsubjpass") and not _an_amount(c) for c in t.children) and any(
            c.dep_ == "nsubj" and _abstract(c, vocabulary()["quantities"]) for c in t.children):
        return True  # "oil prices exploded", "shares were hammered": a measure cannot use force
    if t.pos_ == "VERB" and t.lemma_.lower() in ("hit", "slap", "strike") and any(
            c.dep_ == "prep" and c.lower_ == "with" and any(p.dep_ == "pobj" and _abstract(p, abstract | _PENALTIES)
                                                             for p in c.children) for c in t.children):
        return True  # "was hit with a fine", "slapped with a tax increase", "hit with a low score": a burden, no blow
    if t.pos_ == "VERB" and any(c.dep_ == "prep" and c.lower_ in ("in", "of") and any(
            p.dep_ == "pobj" and p.lemma_.lower() in ("war", "battle", "fight") and _figurative_kind(p)
            for p in c.children) for x in (t, *(c for c in t.children if c.dep_ == "dobj")) for c in x.children):
        return True  # "fired the first shot in the price war", "struck a blow in the custody battle"
    if t.pos_ == "NOUN" and any(c.dep_ == "prep" and c.lower_ == "for" and any(
            p.dep_ == "pobj" and (_abstract(p, vocabulary()["quantities"] | vocabulary()["companies"])
                                  or p.lemma_.lower().endswith("maker")) for p in c.children) for c in t.children):
        return True  # "a massacre for chipmakers", "a bloodbath for bank shares": a market's losses
    if t.lemma_.lower() in ("fight", "battle", "fighting") and any(
            c.dep_ == "prep" and c.lower_ == "for" and any(
                p.dep_ == "pobj" and p.lemma_.lower() in vocabulary()["fought_for"] for p in c.children)
            for c in t.children):
        return True  # "fighting for his life", "fighting for compensation": a struggle, no fight
    if t.lemma_.lower() in ("fight", "battle") and not _anchored(t) and any(
            c.dep_ == "prep" and c.lower_ == "for" and any(
                p.dep_ == "pobj" and not p.ent_type_ and p.lemma_.lower() not in vocabulary()["held_ground"]
                and p.lemma_.lower() not in _CONTROL for p in c.children)
            for c in t.children):
        return True  # "fought for the town's veterans" with no arms or force in sight: a cause championed
    if t.pos_ == "NOUN" and t.lemma_.lower() in ("fight", "battle", "struggle") and _for_an_aim(t):
        return True  # "lost the battle to keep the case out of court": a struggle for an aim; not "the battle to retake X"
    if t.lemma_.lower() == "fight" and t.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in ("battle", "war") and any(
                a.lower_ in ("losing", "lost", "uphill") for a in c.children) for c in t.children):
        return True  # "fighting a losing battle", "an uphill fight": striving that is going badly
    if t.pos_ == "NOUN" and t.lemma_.lower() in ("battle", "war") and t.dep_ == "dobj" \
            and t.head.lemma_.lower() in ("win", "lose") and not _anchored(t) \
            and not any(c.dep_ == "prep" and c.lower_ in ("for", "of", "over", "in", "against") for c in t.children):
        return True  # "we won a battle tonight", "lost the battle but not the war": a contest, not a fight
    if t.lower_ == "fighting" and t.dep_ in ("amod", "compound") and t.head.lemma_.lower() in _FIGHTING_IDIOMS:
        return True  # "a fighting spirit", "a fighting chance": a quality, no fight
    if t.pos_ == "VERB" and any(c.dep_ in ("advmod", "npadvmod") and (c.lower_ in ("higher", "lower") or c.lemma_.lower()
                                                                      in ("percent", "%") or c.ent_type_ == "PERCENT")
                                for x in (t, *t.children) for c in x.children):
        return True  # "exploded 9 percent higher": a price or a share moving, measured as such
    if t.pos_ == "VERB" and t.lemma_.lower() in ("bombard", "pelt", "pepper", "shower", "barrage", "flood") and any(
            c.dep_ == "prep" and c.lower_ == "with" and any(
                p.dep_ == "pobj" and actor_mod.look_through(p).lemma_.lower() in vocabulary()["messages"]
                for p in c.children) for c in t.children):
        return True  # "bombarded the council with letters": words, not shells
    if t.pos_ == "VERB" and t.lemma_.lower() in _SWAMPING and any(
            c.dep_ == "prep" and c.lower_ == "with" and any(not _arms(actor_mod.look_through(p)) for w in c.children
                                                            for p in _with_what(w)) for c in t.children):
        # "bombarded with bookings", "showered with gifts", "with patients seeking care" (the
        # model's clause): anything but arms is a flood of things
        return True
    if t.pos_ == "VERB" and t.lemma_.lower() == "bomb" and flopped(t):
        return True  # "the product bombed", "the final bombed with viewers", "review-bombed": it failed
    if t.pos_ == "VERB" and t.lemma_.lower() == "fire" and any(
            c.dep_ == "dobj" and (actor_mod.look_through(c).lemma_.lower() in vocabulary()["messages"] | _CEREMONIES
                                  | {"broadside"}
                                  or any(m.lower_ == "starting" for m in c.children)) for c in t.children):
        return True  # "fired questions at the panel", "fired a salute", "fired the starting gun": no one shot at
    if t.pos_ == "VERB" and t.lemma_.lower() == "shoot" and not any(c.dep_ in ("dobj", "nsubjpass") for c in t.children) \
            and any(c.dep_ == "prep" and c.lower_ in ("by", "past") for c in t.children) \
            and not any(c.dep_ == "agent" for c in t.children) and not _anchored(t):
        return True  # "the leader shot past her", "a car shot by": speed, no gunfire (none in sight)
    if t.pos_ == "VERB" and t.lemma_.lower() == "kill" and any(c.dep_ == "prt" and c.lower_ == "off" for c in t.children):
        # (the model may hang the object on the particle: "killed off | a service")
        killed = [c for x in (t, *t.children) if x.i == t.i or x.lower_ == "off" for c in x.children
                  if c.dep_ in ("dobj", "nsubjpass", "pobj")]
        if killed and not any(_physical(k, ctx, base) or _animals(k) for k in killed):
            return True  # "the vote killed off the service": ended, no one killed
    if t.pos_ == "VERB" and t.lemma_.lower() == "shoot" and any(
            c.dep_ == "dobj" and c.lower_ in _REFLEXIVES for c in t.children) and any(
            p.dep_ == "prep" and p.lower_ == "in" and any(o.lemma_.lower() == "foot" for o in p.children)
            for c in t.children for p in (c, *c.children)):
        return True  # "shot itself in the foot": harm done by its own choice
    if t.pos_ == "VERB" and t.lemma_.lower() == "target" and any(
            c.dep_ == "prep" and c.lower_ == "with" and any(
                p.dep_ == "pobj" and actor_mod.look_through(p).lemma_.lower() not in _ARMS | vocabulary()["weapons"]
                | vocabulary()["explosives"] for p in c.children)
            for x in (t, *(o for o in t.children if o.dep_ == "dobj")) for c in x.children):
        return True  # "targeted voters with adverts", "the community she targeted with her scams": no arms
    if t.pos_ == "VERB" and t.lemma_.lower() in ("clash", "spar") and any(c.dep_ == "prep" and (c.lower_ in ("in", "at", "during") and any(
                p.dep_ == "pobj" and p.lemma_.lower() in vocabulary()["talk_settings"] for p in c.children)
            or c.lower_ == "over" and any(p.dep_ == "pcomp" for p in c.children)) for c in t.children):
        return True  # "clashed in a televised debate", "at a cabinet meeting", "clashed over whether the fee would pay"
    if t.lemma_.lower() in _WEAPON_VERBS and not (t.dep_ == "pobj" and t.head.lower_ == "under"):
        return False  # (but a minister "under fire from critics" is read below)
    if t.pos_ == "NOUN" and any(c.dep_ == "prep" and c.lower_ in ("on", "against", "over", "with") and any(
            p.dep_ == "pobj" and _abstract(p, abstract) and not _physical(p, ctx, base) for p in c.children)
            for c in t.children):
        return True  # "an assault on the streaming market", "a clash over strategy", "a long fight with the disease"
    if t.lemma_.lower() == "attack" and _blaze_fought(t):
        return True  # "the fire attacked the ridge", "a direct attack on the fire's flank": firefighting
    nature = (vocabulary()["hazards"] | vocabulary()["waters"]) - {"fire"}  # "fire" is also gunfire
    if t.pos_ == "NOUN" and any(c.dep_ == "prep" and c.lower_ in ("of", "by") and any(
            p.dep_ == "pobj" and actor_mod.look_through(p).lemma_.lower() in nature for p in c.children)
            for c in t.children):
        return True  # "the assault of the sea", "a battering by the storm": nature's force, no one's act
    if t.pos_ == "NOUN" and _figurative_kind(t):
        return True  # heart attacks, "a long custody battle", "a price war"
    if t.pos_ == "VERB" and t.lemma_.lower() == "shoot":
        deps = {c.dep_ for c in t.children}
        if "prt" in deps and "dobj" not in deps and any(c.dep_ == "prt" and c.lower_ == "up" for c in t.children):
            return True  # a rise, of a price or a count; with an object it is gunfire at that object
        if any(c.dep_ == "prep" and c.lower_ in ("on", "in") and any(p.dep_ == "pobj" and p.lemma_.lower() in _FILMING
                                                                    for p in c.children) for c in t.children):
            return True  # filming
        # (the model also makes the recording the subject of a past "shot": "Footage shot on a phone showed")
        shot = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass", "nsubj")] + ([t.head] if t.dep_ == "acl" else [])
        if any(actor_mod.look_through(x).lemma_.lower() in _RECORDINGS | _FILMING | {"film", "picture", "clip"}
               for x in shot):
            return True  # "footage shot on a phone", "a video, shot by a bystander": recorded, not fired at
        if any(c.dep_ == "dobj" and (c.like_num and any(d.lower_ in ("a", "an") for d in c.children)
                                     or any("par" in x.lower_.split("-") for x in c.subtree)) for c in t.children):
            return True  # a golfer's score: "shot a 67", "shot a 5-under-par 66" (not "shot 15 people")
        if any(c.dep_ == "prep" and c.lower_ == "to" and any(p.dep_ == "pobj" and p.lemma_.lower() in _RISES
                                                             for p in c.children) for c in t.children):
            return True  # "shot to stardom": a rise (to death stays a shooting)
    if t.pos_ == "VERB" and _inanimate_doer(t, ctx, base):
        return True  # "the engineered cells attacked the tumours", "the firm hired staff to attack the market"
    if t.pos_ == "VERB" and t.lower_ == "wound" and any(c.dep_ == "dobj" and c.lemma_.lower() == "way" for c in t.children):
        return True  # "the floats wound their way to the square": winding, not wounding
    if t.pos_ == "VERB" and t.lemma_.lower() in ("attack", "fight", "battle") and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() == "fire" for c in t.children):
        return True  # "firefighters attacked the fire": a blaze ("fire" stays out of the abstract words: "opened fire")
    if t.pos_ == "VERB" and t.lemma_.lower() in ("fight", "battle", "tackle") and any(
            actor_mod.look_through(c).lemma_.lower() in _RESCUERS
            for c in [*(c for c in t.children if c.dep_ == "nsubj"), *([t.head] if t.dep_ in ("acl", "relcl") else [])]) \
            and not any(w.lemma_.lower() in vocabulary()[k] for w in t.sent for k in ("armed", "weapons", "explosives")):
        return True  # "rescuers battling toxic gas", "firefighters fought the flames": what they fight is a hazard
    if t.pos_ == "VERB":
        objs = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
        # "fought off a takeover bid": the particle parsed as a preposition; "fought over the
        # budget": what an intransitive fight is over
        preps = ("off",) if objs else ("off", "over", "about") + (("after",) if t.lemma_.lower() in ("go", "come") else ())
        objs += [p for c in t.children if c.dep_ == "prep" and c.lower_ in preps for p in c.children if p.dep_ == "pobj"]
    elif t.dep_ == "pobj" and t.head.lower_ == "under" and t.head.head.pos_ in ("VERB", "AUX"):
        attackers = [p for x in (t, t.head.head) for c in x.children if c.dep_ == "prep" and c.lower_ in ("from", "by")
                     for p in c.children if p.dep_ == "pobj"]
        if any(p.lemma_.lower() in vocabulary()["figurative_attackers"] for p in attackers):
            return True  # "came under fire from critics", "under attack from rivals": words and business
        if attackers and not _anchored(t) and all(
                actor_mod.look_through(p).lemma_.lower() in vocabulary()["people"] or p.lower_.endswith("ists")
                for p in attackers):
            return True  # "came under fire from residents", "from motorists": people with no arms in sight
        if t.lemma_.lower() == "fire" and any(
                c.dep_ == "prep" and c.lower_ in ("over", "for") and (
                    any(w.dep_ == "pcomp" for w in c.children)  # what was done: a reason, whatever its date
                    or not any(w.ent_type_ in ("DATE", "TIME") for w in c.subtree))
                for x in (t, t.head.head) for c in x.children):
            return True  # "under fire over its handling", "for approving a 2024 budget": blamed (not "for three hours")
        objs = [c for c in t.head.head.children if c.dep_ == "nsubj"]
    elif t.dep_ == "pobj" and t.head.lower_ == "under" and t.head.head.pos_ == "NOUN":
        objs = [t.head.head]  # a headline's "Tech Stocks Under Attack"
    else:
        return False
    # Only words of an abstract class make the verb figurative: the violent reading is the default,
    # since what force is used on (a "device", a "taxi", "IRGs") is open-ended. Fighting or killing
    # a germ is no violence either ("a drug to fight the virus"); "fire" is also what is opened.
    # Fighting animals is keeping them down ("a campaign to fight rat colonies"), no violence.
    pests = t.lemma_.lower() in ("fight", "combat", "battle")
    return bool(objs) and all(_abstract(o, abstract) and not _physical(o, ctx, base) or market_trade(o) or (pests and _animals(o))
                              for o in objs)


def _anchored(t: Token) -> bool:
    """A weapon, a force or a casualty in the act's sentence besides its own word: genre.py's anchors
    of the real world, and any armed men, army or thing thrown as a weapon."""
    words = vocabulary()
    armed = set(words["armed"]) | set(words["armies"])
    return anchored(t.sent, own=t) or any(_arms(w) or w.lemma_.lower() in armed or w.lower_ in armed
                                          for w in t.sent if w.i != t.i)


def _arms(tok: Token) -> bool:
    """A weapon, a munition or a thing thrown as one ("rockets", "stones", "tear gas")."""
    words = vocabulary()
    lemma = tok.lemma_.lower()
    return lemma in _ARMS or lemma in words["weapons"] or lemma in words["explosives"] or tok.lower_ in _ARMS


def _with_what(w: Token) -> list[Token]:
    """What a "with" phrase's child names: its object, or the subject of the clause the model made of it."""
    return [w] if w.dep_ == "pobj" else [s for s in w.children if s.dep_ == "nsubj"] if w.dep_ == "pcomp" else []


def _for_an_aim(noun: Token) -> bool:
    """The noun's infinitive, on it or (as the model often hangs it) on the verb it is the object of,
    names no act of force: "won their fight to keep the school open"."""
    clauses = [c for c in noun.children if c.dep_ in ("acl", "relcl")]
    if noun.dep_ == "dobj":
        clauses += [c for c in noun.head.children if c.dep_ in ("advcl", "xcomp") and c.i > noun.i]
    aims = [c for c in clauses if c.tag_ == "VB" and any(a.lower_ == "to" for a in c.children)]
    # a fight to take, hold or defend ground is one ("the battle to hold the bridge")
    armed = vocabulary()["combat_purposes"]
    ground = vocabulary()["held_ground"] | vocabulary()["targets"]
    return bool(aims) and not any(is_event_verb(c) or c.lemma_.lower() in armed or any(
        o.dep_ == "dobj" and o.lemma_.lower() in ground for o in c.children) for c in aims)


def _animals(tok: Token) -> bool:
    """Animals, or a population, colony or plague of them ("rats", "locust swarms", "rat colonies")."""
    animals = vocabulary()["animals"]
    return tok.lemma_.lower() in animals or tok.lemma_.lower() in ("population", "colony", "plague", "infestation") and any(
        c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in animals for c in tok.children)


def _figurative_kind(noun: Token) -> bool:
    return any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in vocabulary()["figurative_kinds"] for c in noun.children)


def _an_amount(t: Token) -> bool:
    return t.like_num or t.ent_type_ in ("MONEY", "PERCENT", "QUANTITY", "CARDINAL")


# Ground that names a word otherwise abstract as a place: "a mountain pass", "the border post"
_TERRAIN = {"mountain", "border", "hill", "valley", "desert", "river", "road", "highway", "coastal", "frontier"}


def _abstract(tok: Token, abstract) -> bool:
    head = actor_mod.look_through(tok)
    if any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in _TERRAIN for c in head.children):
        return False
    return head.lemma_.lower() in abstract or head.lower_ in abstract


def _inanimate_doer(t: Token, ctx: actor_mod.ActorContext, base: int) -> bool:
    """A doer that cannot use force on people: a cell, a drug, a company, a product. Its object must
    not be a person or a place ("a company's guards attacked the strikers" has people as object), and
    the sentence's own doer counts, through "to" clauses ("the firm hired staff to attack ...")."""
    node = t
    subj = None
    for _ in range(3):
        subj = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subj is not None or node.dep_ not in ("xcomp", "advcl", "conj", "relcl") or node.head.i == node.i:
            break
        node = node.head
    if node.dep_ == "relcl" and subj is not None and subj.lower_ in ("that", "which"):
        subj = node.head
    if subj is None or actor_mod.look_through(subj).lemma_.lower() not in vocabulary()["inanimate_doers"]:
        return False
    objs = [c for c in t.children if c.dep_ == "dobj"]
    return not any(_physical(o, ctx, base) and actor_mod.look_through(o).lemma_.lower() not in vocabulary()["abstract"]
                   for o in objs)
