"""The coding conventions that fill what a report leaves implicit (ACLED, CAMEO/PLOVER): whose
unnamed people, police or armed men they are, whom a protest or a coercion with no named target
addresses, and how ACLED names those it cannot name otherwise. Split from roles.py, which finds
who the text names; the coder (coder.py) applies these to what roles.py found.
"""

from __future__ import annotations

from dataclasses import replace

from ..records import MATERIAL, Actor, EventMention, Place
from .forces import POLICE_TITLES as OFFICER_TITLES
from .lexicon import actors, vocabulary
from .nonevents import PROTESTERS
from .subnational import local_body

DOMESTIC_TYPES = {"civilians", "rebel/insurgent", "opposition", "militia", "police", "government", "military", None}
COUNTERPART_TYPES = {"CONSULT", "AID", "SUPPORT", "COOPERATE", "AGREE"}
ARMED_TYPES = {"terrorist organisation", "rebel/insurgent", "militia"}


def implied(etype: str, actor1: Actor | None, actor2: Actor | None, place: Place | None,
             private_victim: bool = False, arrest: bool = False, setting: str | None = None,
             mode: str | None = None, force: str | None = None, by_verb: bool = False):
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
    # A guest of the host state ("visited Kyiv", "met his Kenyan counterpart in Nairobi"): the
    # place is the host's, and says nothing of the visitor's state
    guest = etype in COUNTERPART_TYPES and actor2 is not None and actor2.type == "government" and actor2.country == here
    if actor1 is not None and actor1.country is None and here and not (guest and actor1.type == "government") and (
            actor1.type in DOMESTIC_TYPES - {None} or (actor1.type in ARMED_TYPES and _no_group(actor1))):
        actor1 = replace(actor1, country=here)
        if not actor1.name and actor1.type == "police":
            # "Police arrested a woman in Tulsa": the story's local force where it names one, else the
            # police of the state where the act is placed, named as ACLED names an unnamed force
            # ("Police Forces of the United States"). Only where the act is placed (a story's setting
            # alone: dev actor1 0.667 -> 0.658).
            actor1 = replace(actor1, name=force or f"{country_name(here)} police")
        elif not actor1.name and (actor1.type in ("military", "government")
                                  or (actor1.type == "opposition" and etype != "PROTEST"  # its marchers: protesters
                                      and "opposition" in (actor1.text or "").lower())):
            # Unnamed soldiers, authorities or opposition figures acting where the act is placed ("two
            # army soldiers were patrolling in Narathiwat", "opposition leaders accused ...") are that
            # state's, as the country just given says: named so.
            actor1 = replace(actor1, name=f"{country_name(here)} {actor1.type}")
    if actor1 is not None and not actor1.name and actor1.country and actor1.type in ("police", "military", "government"):
        # "Police in Kenya", "troops in Mali": a force the text places in a state is that state's,
        # named as an unnamed force placed by the act is (the story's local police where it names one).
        actor1 = replace(actor1, name=force if force and actor1.type == "police"
                         else f"{country_name(actor1.country)} {actor1.type}")
    state = here or (alpha3(setting) if setting else None)
    if actor1 is not None and not actor1.name and actor1.country is None and actor1.type == "police" and (state or force) \
            and actor1.text and any(w.lower().rstrip(".") in OFFICER_TITLES for w in actor1.text.split()[:3]):
        # A named officer ("Trooper Ann Lee") serves in the story's local force where it names one
        # ("the Dover Police Department"), else in the police of its country, placed or not.
        actor1 = replace(actor1, name=force or f"{country_name(state)} police", country=state)
    if actor1 is None and arrest and state:
        actor1 = Actor(text=None, name=f"{country_name(state)} police", country=state, type="police")
    if actor1 is not None and etype == "ASSAULT" and actor1.type == "civilians" and not actor1.name \
            and (actor1.text or "").lower().rsplit(" ", 1)[-1] in vocabulary()["armed_trades"]:
        # herders who attack ("suspected herders killed 11"): armed men of a trade, ACLED's armed group of
        # the country where they act, as an implied one is; herders hit are civilians, as farmers are
        actor1 = replace(actor1, type="militia", country=actor1.country or state)
    if actor1 is not None and _no_group(actor1) and actor1.type in ARMED_TYPES and etype in ("ASSAULT", "COERCE"):
        # Armed men the report names by no group ("gunmen", "suicide bombers", "masked attackers"),
        # attacking or abducting, are ACLED's unidentified armed group of the country where they act;
        # of none, where none is known.
        actor1 = replace(actor1, name=_unidentified(actor1.country))
    if actor1 is None and etype == "ASSAULT":
        # ACLED's convention for attacks whose perpetrators the report does not name; where the
        # sentence gives no place, the country the story is set in; with none known, no country.
        actor1 = Actor(text=None, name=_unidentified(state), country=state, type="militia")
    if actor2 is not None and actor2.country is None and actor2.type in DOMESTIC_TYPES:
        home = here or (actor1.country if actor1 is not None and actor1.type in ("government", "military", "police")
                        else None)
        if etype not in MATERIAL and setting and here and here != alpha3(setting) \
                and actor2.type in ("police", "military", "government"):
            # a body abroad that speaks of "the military" ("the UN, in Geneva, urged the military to
            # halt its attacks") speaks of the one the story is about, not its host's
            home = alpha3(setting)
        if home is None and etype == "ASSAULT" and actor2.type == "civilians" and setting:
            home = alpha3(setting)  # people attacked where the story is set, the act placed nowhere
        if home:
            label = f"Civilians ({country_name(home)})" if actor2.type == "civilians" else actor2.name
            if label is None and actor2.type in ("police", "military", "government") and (actor2.text is None or here):
                # a force known by its post (force_of_site), or unnamed soldiers, police or officials hit
                # where the act is placed ("four soldiers were killed near Ansongo"): that state's
                label = f"{country_name(home)} {actor2.type}"
            actor2 = replace(actor2, country=home, name=label)
    if actor2 is not None and not actor2.name and actor2.country and actor2.type in ("police", "military", "government"):
        # "shot two police officers in Imphal, India": a force the text places in a state is that
        # state's, as for the doer
        actor2 = replace(actor2, name=f"{country_name(actor2.country)} {actor2.type}")
    a1_country = actor1.country if actor1 is not None else None
    # With no place named, a state body's coercion or concession, or a protest, is domestic.
    home = here or a1_country
    # The opposition's people protesting ("opposition supporters marched") are protesters too; a
    # party named by name keeps its name.
    crowd = actor1 is not None and (actor1.type == "civilians" or (actor1.type == "opposition" and not actor1.name))
    if etype == "PROTEST" and crowd and (actor1.country or home):
        actor1 = replace(actor1, name=f"Protesters ({country_name(actor1.country or home)})",
                         country=actor1.country or home)
    elif etype == "PROTEST" and crowd and not actor1.name:
        actor1 = replace(actor1, name="Protesters")  # ACLED's name for them, in a country the text does not give
    if etype in ("ASSAULT", "COERCE") and crowd and not actor1.name and (actor1.country or home) \
            and {w.removesuffix("s") for w in (actor1.text or "").lower().split()} & (PROTESTERS | {"crowd", "mob"}):
        # protesters, a crowd or a mob who attack or seize are ACLED's rioters ("protesters stoned a
        # police post", "a mob burned the houses": mob violence)
        actor1 = replace(actor1, name=f"Rioters ({country_name(actor1.country or home)})", country=actor1.country or home)
    if etype == "PROTEST" and actor1 is None and here and mode in ("demonstrate", "riot", "strike"):
        # "thousands marched", "most of the crowd rallied", "a riot broke out", "nurses went on
        # strike": ACLED names those it cannot name otherwise by what they did and where.
        label = "Rioters" if mode == "riot" else "Protesters"
        actor1 = Actor(text=None, name=f"{label} ({country_name(here)})", country=here, type="civilians")
    victims_home = home or (alpha3(setting) if setting else None)  # where the story is set, failing all else
    if etype == "ASSAULT" and not here and setting:
        # Whom an attack kills is of the place it happened, which the story's setting says better
        # than the attacker's nationality ("a Syrian bomber ... killing a woman" in a story from Turkey).
        victims_home = alpha3(setting)
    if actor2 is None and private_victim and etype in ("ASSAULT", "COERCE"):
        # With no country known at all, ACLED's bare "Civilians" still says who was hit.
        actor2 = Actor(text=None, name=f"Civilians ({country_name(victims_home)})" if victims_home else "Civilians",
                       country=victims_home, type="civilians")
    if actor2 is None and etype == "ASSAULT" and mode == "explosives" and by_verb and here and not (
            actor1 is not None and actor1.type in ("government", "police", "military")):
        # A bomb set off by armed men with no one named as its target hits whoever is there: ACLED
        # names the people of the place it went off in ("a device exploded near a bus stop in X"); a
        # noun may name bombings in general ("the bombings of last year").
        actor2 = Actor(text=None, name=f"Civilians ({country_name(here)})", country=here, type="civilians")
    if actor2 is None and home:
        state_body = actor1 is not None and actor1.type in ("government", "police", "military")
        if etype == "PROTEST":
            actor2 = Actor(text=None, name=f"{country_name(home)} government", country=home, type="government")
        elif etype in ("COERCE", "CONCEDE") and state_body and a1_country == home:
            actor2 = Actor(text=None, name=f"Civilians ({country_name(home)})", country=home, type="civilians")
        elif etype in COUNTERPART_TYPES and here and a1_country and a1_country != here:
            actor2 = Actor(text=None, name=country_name(here), country=here, type="government")
    if etype == "ASSAULT" and actor1 is not None and actor1.type in ARMED_TYPES and actor1.name == _unidentified(None) \
            and here is None and actor2 is not None and actor2.country and actor2.type in _AT_HOME:
        # an unnamed band's attack placed nowhere is where its victims serve or live: a state's
        # people, police, officials and soldiers, told with no place, are hit at home
        actor1 = replace(actor1, country=actor2.country, name=_unidentified(actor2.country))
    if actor2 is not None and _no_group(actor2) and actor2.type in ARMED_TYPES and etype in ("ASSAULT", "COERCE"):
        # Armed men the report names by no group, attacked or seized ("killed ten militants"), are
        # ACLED's unidentified armed group of where it happened, as they are when they attack.
        home2 = actor2.country or here or (alpha3(setting) if setting else None)
        actor2 = replace(actor2, country=home2, name=_unidentified(home2))
    if actor2 is not None and actor2.name is None and actor2.text is None and actor2.type in ("police", "military"):
        actor2 = replace(actor2, name=actor2.type.capitalize())  # a force known by its post, its country unknown
    if actor2 is not None and actor2.type == "civilians" and etype in ("ASSAULT", "COERCE") and (
            not actor2.name or actor2.name.endswith(" people") or actor2.name.startswith("Civilians")):
        # Victims are civilians by ACLED's name, whatever the report calls them ("seven villagers",
        # "two Palestinians"), except people protesting, whom ACLED names as such ("police fired on
        # demonstrators": Protesters (Country)); with no country known, plain "Civilians".
        words = {w.removesuffix("s") for w in (actor2.text or "").lower().replace(",", " ").split()}
        # A crowd dispersed is one gathered to protest ("fired teargas at hundreds", "dispersed the
        # crowd"); a fight or a party dispersed is not.
        crowd = words & PROTESTERS or (mode == "dispersal" and not words & vocabulary()["private_gatherings"])
        label = "Rioters" if words & {"rioter", "mob"} else "Protesters" if crowd else "Civilians"
        actor2 = replace(actor2, name=f"{label} ({country_name(actor2.country)})" if actor2.country else label)
    return local_body(_state_body(etype, actor1, True), place), local_body(_state_body(etype, actor2, False), place)


_AT_HOME = {"civilians", "police", "government", "military"}


_SOME = {"some", "many", "several", "dozens", "scores", "hundreds", "others", "members", "part", "one", "two", "three"}


def crowd_violence(t, actor1: Actor | None, seen: set[str]) -> Actor | None:
    """In a story that has told a protest, people of the crowd who attack ("some traders hurled stones
    at the officers", "some in the crowd threw bottles") are ACLED's rioters, not an armed group."""
    from ..countries import country_name

    if "PROTEST" not in seen or not _implied_band(actor1):
        return None
    verb = t
    while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in _SOME:  # "some in the crowd", "some of the marchers"
        subj = next((o for p in subj.children if p.dep_ == "prep" and p.lower_ in ("of", "in", "among")
                     for o in p.children if o.dep_ == "pobj"), subj)
    words = vocabulary()
    lemma = subj.lemma_.lower() if subj is not None else ""
    # people named by what they do ("hawkers", "students", "fans"): a plural noun that names no armed
    # men, force, weapon or vehicle
    things = words["armed"] | words["armies"] | words["weapons"] | words["explosives"] | words["vehicles"] \
        | words["munitions"] | words["aircraft"] | words["animals"]
    if subj is None or lemma in things or not (lemma in words["people"] | words["crowds"] | PROTESTERS
                                                or (subj.tag_ == "NNS" and subj.pos_ == "NOUN")):
        return None
    if any(c.lower_ in ("suspected", "armed", "alleged") for c in subj.children):
        return None  # "suspected herders killed 11", "armed youths": a band the report suspects, no crowd
    name = f"Rioters ({country_name(actor1.country)})" if actor1.country else "Rioters"
    return replace(actor1, name=name, type="civilians")


# What a crowd's violence is told by with no doer named ("six officers were hurt", "two patrol cars
# were torched", "the town hall was stormed"); not shooting, bombing or killing, which armed men do
_RIOTING = {"hurt", "injure", "burn", "set", "torch", "attack", "pelt", "stone", "throw", "smash", "loot",
            "vandalise", "vandalize", "ransack", "storm", "damage"}


def riot_violence(t, actor1: Actor | None, actor2: Actor | None, seen: set[str]) -> Actor | None:
    """In a story that has told a protest, violence no word gives a doer, done to the police or to
    property, is the crowd's: ACLED's rioters of where it happened, not an armed group."""
    from ..countries import country_name

    if "PROTEST" not in seen or not _implied_band(actor1) or t.lemma_.lower() not in _RIOTING:
        return missiles_at_police(t, actor1, actor2)  # a crowd's missiles tell it with no protest told
    if actor2 is not None and actor2.type not in ("police", "government", "civilians"):
        return None
    if any(c.dep_ in ("nsubj", "agent") for c in t.children):
        return None  # a doer the text names, whoever it is
    name = f"Rioters ({country_name(actor1.country)})" if actor1.country else "Rioters"
    return replace(actor1, name=name, type="civilians")


# What a crowd throws (not a soldier's missile): "hurled stones", "petrol bombs were thrown"
_CROWD_MISSILES = {"firework", "bottle", "stone", "rock", "brick", "egg", "projectile", "flare", "firecracker"}
_IGNITED = {"petrol", "gasoline", "molotov", "fire"}  # "petrol bombs", "Molotov cocktails", "fire bombs"


def missiles_at_police(t, actor1: Actor | None, actor2: Actor | None) -> Actor | None:
    """Stones, bottles, fireworks or petrol bombs thrown at the police by no one the text names: a
    crowd's violence (ACLED's rioters of where it happened), whether or not a protest was told
    ("fireworks were fired at officers", "a petrol bomb was thrown at a police van")."""
    from ..countries import country_name

    if not _implied_band(actor1) or actor2 is None or actor2.type != "police":
        return None
    clause = [w for c in (t, *t.children) if c.dep_ not in ("advcl", "conj", "ccomp", "relcl") for w in c.subtree] \
        if t.pos_ == "VERB" else list(t.subtree)
    if not any(w.lemma_.lower() in _CROWD_MISSILES or (w.lemma_.lower() in ("bomb", "cocktail") and any(
            c.lower_ in _IGNITED for c in w.children)) for w in clause):
        return None
    name = f"Rioters ({country_name(actor1.country)})" if actor1.country else "Rioters"
    return replace(actor1, name=name, type="civilians")


def force_in_a_struggle(t, actor1: Actor | None, actor2: Actor | None) -> tuple[Actor | None, Actor | None] | None:
    """A fight or a struggle between one private person and a force ("fought with the deputies", "died
    after a struggle with officers"): the force's use of force on a civilian, not an armed group's act."""
    from ..countries import country_name

    if t.lemma_.lower() not in vocabulary()["mutual_verbs"] or actor2 is None or actor2.type not in ("police", "military") \
            or not _implied_band(actor1):
        return None
    # the other side is a private person the text names: the subject of the fight or of the clause
    # its noun hangs on ("Ann Lee fought with deputies", "a man died after a struggle with officers")
    node = t
    while node.pos_ != "VERB" and node.head.i != node.i:
        node = node.head
    subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    words = vocabulary()
    # (one person: a crowd that clashes with police is a protest's or a riot's, not a struggle)
    if subj is None or subj.lemma_.lower() in words["armed"] or subj.tag_ not in ("NN", "NNP") \
            or any(c.dep_ in ("conj", "nummod") for c in subj.children) or not (
            subj.ent_type_ == "PERSON" or subj.lemma_.lower() in words["people"] | words["private_people"]):
        return None
    country = actor2.country or actor1.country
    victims = Actor(text=None, name=f"Civilians ({country_name(country)})" if country else "Civilians",
                    country=country, type="civilians")
    return actor2, victims


# What a state's forces mount against armed men: "killed in an encounter", "in an intelligence-based
# operation", "in a crackdown". (Not "clash", "fighting", "raid" or "offensive": armed groups fight,
# raid and launch offensives too.)
_OPERATIONS = {"encounter", "operation", "crackdown"}


def state_in_an_operation(t, actor1: Actor | None, actor2: Actor | None) -> Actor | None:
    """Armed men killed or hurt in an operation or an "encounter" whose forces the sentence does not
    name ("two militants were killed in an encounter in Pulwama"): the state's forces there did it,
    not another unidentified group. ACLED names them "Military forces of" the country."""
    from ..countries import country_name

    if not _implied_band(actor1) or actor2 is None or actor2.type not in ARMED_TYPES:
        return None
    country = actor2.country or actor1.country
    node = t
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    if country is None or not any(w.lemma_.lower() in _OPERATIONS and w.pos_ == "NOUN" for w in node.subtree):
        return None
    return Actor(text=None, name=f"{country_name(country)} military", country=country, type="military")


_FORCE_TYPES = {"ASSAULT", "MOBILIZE", "RETREAT"}


def _state_body(etype: str, actor: Actor | None, doer: bool) -> Actor | None:
    """A state named bare is the body of it that does such an act (codebook 2): "Gabon expelled the
    envoy" and a protest outside "the US consulate" are governments' doings, "Israel captured the
    town" its military's. The text keeps the bare name; an attack on a state names no body of it."""
    from ..countries import country_name

    if actor is None or actor.type != "government" or not actor.country:
        return actor
    if doer and etype in _FORCE_TYPES and actor.name == f"{country_name(actor.country)} government" \
            and (actor.text or "").lower() in ("its", "it", "their", "they"):
        # "its invasion", read off a government told before: its army's
        return replace(actor, name=f"{country_name(actor.country)} military", type="military")
    if actor.name != country_name(actor.country):
        return actor
    words = (actor.text or "").lower().split()
    last = words[-1].removesuffix("s") if words else ""
    kinds = vocabulary()
    if words in (["it"], ["its"], ["they"], ["their"], ["them"]) or (
            last != "official" and last in kinds["people"] | kinds["police_officers"] | kinds["deliberative_bodies"]):
        # a state read off a pronoun or off people or a body it has ("Malian prisoners", "Ohio state
        # troopers", "the state's parliament"): no body of the state is named by it
        return actor
    if etype in _FORCE_TYPES:
        return replace(actor, name=f"{actor.name} military", type="military") if doer else actor
    if etype == "PROTEST" and doer:
        # a state does not march: "Chile protests", "Chile protests enter a third day" name where
        return replace(actor, name=f"Protesters ({actor.name})", type="civilians")
    return replace(actor, name=f"{actor.name} government")


# A state's own people counted as a crowd ("dozens of officials", "some 300 police officers") march
# as protesters; a few officials who "protest" a decision speak for the state.
_CROWD_SIZE = 20


def staff_in_a_crowd(actor: Actor | None, tok) -> Actor | None:
    """A state's officials, police or soldiers protesting in a counted crowd are protesters (ACLED
    names them so, their employer associated), not their government protesting."""
    from .numbers import quantity

    if actor is None or tok is None or actor.type not in ("government", "police", "military") or tok.tag_ != "NNS":
        return actor
    counted = quantity(tok)  # (the parse may give the count itself as the doer: "hundreds of ...")
    return replace(actor, name=None, type="civilians") if counted and (counted.low or 0) >= _CROWD_SIZE else actor


def implied_where(actor: Actor | None, place: Place | None) -> Actor | None:
    """An unidentified armed group the coder implied (no word of the text names it) is of the country
    where the act turns out to have been, once a later step finds it: a Texas paper's roadside bomb in
    Baghdad was set by Iraq's unidentified armed group, not the United States'; a village the gazetteer
    lacks, put in a country by the act's other side, puts the group there too."""
    from ..countries import alpha3

    here = alpha3(place.country) if place is not None and place.country else None
    if here is None or actor is None or actor.text is not None or actor.country == here \
            or actor.name != _unidentified(actor.country):
        return actor
    return replace(actor, country=here, name=_unidentified(here))


def _implied_band(actor: Actor | None) -> bool:
    """The unidentified armed group the convention gave an attack whose doer no word names."""
    return actor is not None and actor.text is None and (actor.name or "").startswith(_unidentified(None))


def _no_group(actor: Actor) -> bool:
    """Armed men named by no group: unnamed, or named as such before their country was known ("the
    attackers" pointing back to "unidentified gunmen")."""
    return not actor.name or actor.name == _unidentified(None)


def _unidentified(country: str | None) -> str:
    """ACLED's name for armed men no group is named for, of the country where they act where one is known."""
    from ..countries import country_name

    return f"Unidentified armed group ({country_name(country)})" if country else "Unidentified armed group"


def rebels_by_name(m: EventMention) -> EventMention:
    """Armed men the report calls rebels, insurgents or guerrillas (the dictionary's rebel role
    nouns) and names by no group are ACLED's and our sets' "Rebels (Country)", not the unidentified
    armed group gunmen are: the word says they fight the state. Applied once the story has had its
    chance to name their group."""
    from ..countries import country_name

    roles = actors().roles
    for side in ("actor1", "actor2"):
        a = getattr(m, side)
        if a is None or a.type != "rebel/insurgent" or not (a.name or "").startswith(_unidentified(None)) \
                or not any(roles.get(w) == "rebel/insurgent" for w in (a.text or "").lower().replace("-", " ").split()):
            continue
        setattr(m, side, replace(a, name=f"Rebels ({country_name(a.country)})" if a.country else "Rebels"))
    return m
