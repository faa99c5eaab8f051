"""Who did an attack the story tells without its doer: the group a later claim or the sentence's
blame names, the armed group named as the attacker before, or whoever did the acts an attack is
retold as one of ("One strike hit a house"); and on whom, for a target told again by its noun ("The
convoy was hit"). Split from story.py; applied after it."""

from __future__ import annotations

import re
from dataclasses import replace

from ..records import EventMention
from .conventions import ARMED_TYPES
from .headlines import SENTENCE_ENDS
from .lexicon import triggers as lexicon_triggers
from .lexicon import vocabulary
from .story_dates import apart, cut_off, separate_incidents

# An act retold by its noun as one of several told ("One strike hit ...", "Another raid ...").
# (after a phrase of time that moves the story on: "About an hour later, a drone struck ...")
_RETOLD = re.compile(r"\W*(?:(?:about |some |just |only )?(?:an? |one |two |three |\w+ )?(?:hours?|minutes?|moments?)"
                     r" later,?\s+|later,?\s+|minutes after,?\s+)?"
                     r"(one|another|a second|a third|a fourth|a further|the second|the third|the other|the latest|the|an?)"
                     r"\s+(of the\s+)?(\w+\s+)?(air ?strike|strike|raid|missile|shell|rocket|drone|bomb|attack)s?\b", re.I)
# Weapons of the air: one told again by another of them is of the same campaign ("Israeli airstrikes
# ... a drone struck a motorcycle").
_AERIAL = {"airstrike", "strike", "missile", "rocket", "drone"}

# Definite words that point back to attackers the story has named ("the group said it carried out").
_BACK_TO_ATTACKERS = {"the group", "the militants", "the attackers", "the assailants", "the gunmen", "the rebels",
                      "the insurgents", "the fighters", "the militia", "they", "them"}


# A target told again by its noun, opening its sentence ("The convoy was hit by a roadside bomb").
_RETOLD_TARGET = re.compile(r"\W*the\s+(\w+)\s+(?:was|were|had been|has been|came under)\b", re.I)


def _retold_targets(mentions: list[EventMention]) -> None:
    """"Militants ambushed a military convoy ... The convoy was hit by a roadside bomb": a thing
    attacked, told again by its noun with "the", is the one an earlier attack of the story was on,
    and the act on it is on whom that one was (not past a separate incident)."""
    cuts = separate_incidents(mentions)
    for n, m in enumerate(mentions):
        retold = _RETOLD_TARGET.match(m.evidence.sentence or "")
        if m.event_type != "ASSAULT" or (m.actor2 is not None and m.actor2.name) or retold is None \
                or retold.group(1).lower() not in vocabulary()["targets"]:
            continue
        noun = re.compile(rf"\b{re.escape(retold.group(1).lower())}\b")
        donor = next((d for d in reversed(mentions[:n]) if d.event_type == "ASSAULT" and d.actor2 is not None
                      and d.actor2.name and d.evidence.start != m.evidence.start
                      and noun.search((d.evidence.sentence or "").lower())
                      and not cut_off(d.evidence.start, m.evidence.start, cuts)), None)
        if donor is not None:
            m.actor2 = replace(donor.actor2, text=None)


# An attack's noun retold with a word that points back to it ("the attack", "this raid",
# "Wednesday's ambush"); the trigger word is filled in.
_BACK_TO_THE_ACT = r"\b(?:the|this|that|[A-Z][a-z]+day's)\s+(?:[\w-]+\s+)?{}\b"
_ACT_NOUNS = {"attack", "raid", "ambush", "assault", "massacre", "bombing", "killings", "killing", "strike", "airstrike"}


def _retold_acts(mentions: list[EventMention], cuts: list[int]) -> None:
    """"Gunmen killed nine farmers near Gusau ... Police confirmed the attack": an attack told again
    by its noun with a word that points back, and on no one named, was on whom the attack told
    before it was (the last one before, within its incident: `cuts`, separate_incidents)."""
    for n, m in enumerate(mentions):
        word = m.evidence.trigger.lower()
        if m.event_type != "ASSAULT" or (m.actor2 is not None and m.actor2.name) or word not in _ACT_NOUNS \
                or not re.search(_BACK_TO_THE_ACT.format(re.escape(word)), m.evidence.sentence or "", re.I):
            continue
        donor = next((d for d in reversed(mentions[:n]) if d.event_type == "ASSAULT"
                      and d.evidence.start < m.evidence.start), None)
        if donor is not None and donor.actor2 is not None and donor.actor2.name and not apart(m, donor) \
                and not cut_off(donor.evidence.start, m.evidence.start, cuts) \
                and (m.actor1 is None or donor.actor1 is None or m.actor1.name == donor.actor1.name
                     or (m.actor1.name or "").startswith("Unidentified")) \
                and not (m.actor1 is not None and m.actor1.name == donor.actor2.name):
            m.actor2 = replace(donor.actor2, text=None)


def _told_by(retold: re.Match, told: EventMention, indefinite: bool) -> bool:
    """The noun that retells the act is one the earlier sentence told it by; a weapon of the air,
    told by "a", by any of them ("a drone struck" after "airstrikes killed")."""
    noun = retold.group(4).lower().replace(" ", "")
    donor = (told.evidence.sentence or "").lower().replace(" ", "")
    if indefinite:
        return noun in _AERIAL and any(w in donor for w in _AERIAL)
    return noun in donor


def _placed_force(a1, told: EventMention | None) -> bool:
    """A force the coder named only by where the act was ("a drone" in Lebanon: Lebanon's military),
    while the story told its acts of this kind as another state's."""
    return told is not None and told.actor1 is not None and a1.type == "military" and bool(a1.text) \
        and not any(w[:1].isupper() for w in a1.text.split() if w.lower().removesuffix("s") not in _WEAPON_WORDS) \
        and a1.country != told.actor1.country  # ("Turkish drones" opening a sentence say whose)



def _blamed_for_violence(blame: EventMention) -> bool:
    """A blame with no "for", or "for" an act of violence ("blamed the rebels for the attack"), not
    "for the fuel shortage"."""
    ev = blame.evidence
    after = ev.sentence[(ev.trigger_end or 0) - (ev.start or 0):] if ev.trigger_end is not None else ""
    _, sep, rest = after.partition(" for ")
    if not sep:
        return True
    lex = lexicon_triggers()
    nouns, verbs = lex.get("nouns", {}), lex.get("verbs", {})
    words = [w.strip(".,;") for w in rest.lower().split()[:4]]
    # an act's noun, or its gerund ("for killing", "for shelling")
    # (also plural: "for the shootings")
    return any(w in nouns or w.removesuffix("s") in nouns
               or (w.endswith("ing") and {w[:-3], w[:-3] + "e", w[:-4]} & verbs.keys()) for w in words)


def _by_weapon(a1) -> bool:
    """A doer read off the weapon alone ("two drones dropped explosives": whose drones the story's
    country suggests), which the group a report blames or a claim names outweighs."""
    words = (a1.text or "").split()
    # (not "Israeli drones": the text says whose)
    arms = vocabulary()["explosives"] | vocabulary()["aircraft"]
    return bool(words) and words[-1].lower().removesuffix("s") in arms \
        and not any(w[:1].isupper() and not w.isdigit() and w.lower() not in _OPENERS for w in words[:-1])


_SET_OFF = ("explod", "detonat", "went", "go", "blew", "blast")
_OPENERS = {"a", "an", "the", "one", "two", "three", "four", "five", "six", "several", "some", "many", "dozens"}
# Words of a weapon told with no owner, capitalised where they open a sentence or a headline
_WEAPON_WORDS = _OPENERS | _AERIAL | {"air", "airstrike", "bomb", "shell", "shelling", "artillery"}


def _claimed(mentions: list[EventMention], claims) -> None:
    """An attack told without its doer, then claimed by a group ("X said it carried out the
    assault"): the group, as ACLED names the claimant; only the attacks told since the claim before
    it, in the same incident and country, never the group's own losses."""
    cuts = separate_incidents(mentions)
    since = -1
    for at, group in sorted(claims, key=lambda c: c[0]):
        for m in mentions:
            a1 = m.actor1
            if m.event_type != "ASSAULT" or not since < m.evidence.start <= at or cut_off(m.evidence.start, at, cuts) \
                    or a1 is None or not ((a1.name or "").startswith("Unidentified armed group") or _by_weapon(a1)):
                continue
            if (group.country is None or a1.country in (None, group.country)) \
                    and (m.actor2 is None or m.actor2.name != group.name):
                m.actor1 = replace(group, text=a1.text)
        since = at


def _opening(mentions: list[EventMention]) -> tuple[list[EventMention], list[EventMention]]:
    """The attacks the headline tells and those its lede (the next sentence) tells."""
    starts = sorted({m.evidence.start for m in mentions})
    if len(starts) < 2:
        return [], []
    heads = [m for m in mentions if m.evidence.start == starts[0] and m.event_type == "ASSAULT"
             and _headline(m.evidence.sentence or "")]
    return heads, [m for m in mentions if m.evidence.start == starts[1] and m.event_type == "ASSAULT"]


def _named(a1) -> bool:
    return a1 is not None and bool(a1.name) and not a1.name.startswith("Unidentified")


def _unnamed(a1) -> bool:
    """No doer, or ACLED's "Unidentified armed group" (not a doer known by its words alone)."""
    return a1 is None or (a1.name or "").startswith("Unidentified")


def _from_headline(mentions: list[EventMention]) -> None:
    """"Ethiopian drone strike kills 12 ... A drone strike on a market killed at least 12": the lede
    retells the headline's act; where the headline names its doer and the lede names none, the
    headline's doer did it."""
    heads, ledes = _opening(mentions)
    heads = [m for m in heads if _named(m.actor1) and m.actor1.type not in ("civilians", None)]
    if len(heads) != 1:
        return
    for m in ledes:
        # (the lede may call them by a word for armed men: "a suicide bomber drove ...")
        if not apart(m, heads[0]) and _unnamed(m.actor1):
            m.actor1 = replace(heads[0].actor1, text=m.actor1.text if m.actor1 is not None else None)


def _headline_from_lede(mentions: list[EventMention]) -> None:
    """"Gang kills 12 in raid on farming town ... Gunmen of the X gang raided the town of Y": where
    the headline names no doer and the lede retelling its act names one, the lede's doer did it."""
    heads, ledes = _opening(mentions)
    ledes = [m for m in ledes if _named(m.actor1) and (m.actor1.type in ARMED_TYPES or m.actor1.type == "military")]
    if len({m.actor1.name for m in ledes}) != 1:
        return
    for m in heads:
        # (a state's army only over a weapon the headline placed, it may not tell who fired; or where
        # the headline names no doer at all and tells another state's people hit: "Kyrgyz guard
        # killed in border shooting", then "Tajik troops opened fire")
        foreign = m.actor1 is None or (m.actor1.text is None and m.actor2 is not None and m.actor2.country
                                       and m.actor2.country != ledes[0].actor1.country)
        if ledes[0].actor1.type not in ARMED_TYPES and not _placed_force(m.actor1, ledes[0]) and not foreign:
            continue
        # (or names one only by where it struck: "Airstrike hits car" near Mandera, then "a Kenyan airstrike")
        if (_unnamed(m.actor1) or _placed_force(m.actor1, ledes[0])) and not apart(m, ledes[0]) \
                and (m.actor2 is None or m.actor2.name != ledes[0].actor1.name):
            m.actor1 = replace(ledes[0].actor1, text=m.actor1.text if m.actor1 is not None else None)


def _headline(sentence: str) -> bool:
    # (headlines.headline reads a parsed line so; a mention keeps only its sentence's text)
    return not sentence.rstrip().endswith(SENTENCE_ENDS)


def named_perpetrators(mentions: list[EventMention], claims=()) -> list[EventMention]:
    """An attack whose sentence names no doer ("six soldiers were wounded", "the group carried out
    the attack") by the armed group the story named as the attacker before, in the same country,
    rather than "Unidentified armed group" (ACLED names the group a report attributes the attack to);
    or by the group its own sentence blames or a later one says claimed it. Not a group that is this
    act's victim, nor across countries."""
    blamed = {m.evidence.start: m.actor2 for m in mentions if m.event_type == "ACCUSE" and m.actor2 is not None
              and m.actor2.name and m.actor2.type in ARMED_TYPES
              and m.evidence.trigger.lower().startswith(("blam", "attribut")) and _blamed_for_violence(m)}
    # a group the report blames for the attack is named as its doer, as one that claims it is ("a
    # patrolman was shot dead ... Police blamed the Clan del Golfo for the killing"; stop 65)
    _claimed(mentions, [*claims, *blamed.items()])
    _from_headline(mentions)
    _headline_from_lede(mentions)
    _retold_targets(mentions)
    cuts = separate_incidents(mentions)
    last: EventMention | None = None
    told: EventMention | None = None  # the last attack whose doer the story named
    force: EventMention | None = None  # the last act of force by a state's army or police
    for m in mentions:
        a1 = m.actor1
        if m.event_type == "ASSAULT" and (a1 is None or not a1.name or (a1.text is None and a1.name.startswith("Unidentified"))
                                          or _placed_force(a1, told)) \
                and told is not None and (retold := _RETOLD.match(m.evidence.sentence or "")) \
                and _told_by(retold, told, indefinite=retold.group(1).lower() in ("a", "an")) \
                and not apart(m, told) \
                and not cut_off(told.evidence.start, m.evidence.start, cuts):
            # "Israeli strikes killed nine ... One strike hit a house", "... The strike hit a market":
            # one of the acts told before by that noun, by whoever did them, wherever they came from
            m.actor1 = replace(told.actor1, text=a1.text if a1 is not None else None)
        elif m.event_type == "ASSAULT" and a1 is not None and a1.name and a1.type not in ("civilians", None) \
                and not a1.name.startswith("Unidentified"):
            told = m
        a1 = m.actor1
        unnamed = a1 is not None and (a1.name or "").startswith("Unidentified armed group") and (
            a1.text is None or a1.text.lower() in _BACK_TO_ATTACKERS)
        group = blamed.get(m.evidence.start)
        if m.event_type == "ASSAULT" and a1 is not None and (a1.name or "").startswith("Unidentified armed group") \
                and group is not None and (m.actor2 is None or m.actor2.name != group.name):
            # "... was shot dead, and the army blamed the killing on the rebels": the group the sentence
            # blames, as ACLED names the group a report attributes an attack to
            m.actor1 = replace(group, text=a1.text)
            continue
        if m.event_type == "ASSAULT" and a1 is not None and a1.text is None and (a1.name or "").startswith(
                "Unidentified armed group") and force is not None and not apart(m, force) \
                and not cut_off(force.evidence.start, m.evidence.start, cuts) \
                and m.evidence.trigger.lower().startswith(_CASUALTY_WORDS) \
                and not (m.actor2 is not None and m.actor2.type in ("military", "police")) \
                and (last is None or force.evidence.start > last.evidence.start):
            # "police opened fire on the crowd. At least 11 people were killed there": the dead of the
            # force's fire told next, with no one named, are its own (not an attack a group made);
            # soldiers or officers hurt were hit by the other side
            m.actor1 = replace(force.actor1, text=None)
            continue
        if m.event_type == "ASSAULT" and unnamed and last is not None and not apart(m, last) \
                and not cut_off(last.evidence.start, m.evidence.start, cuts):
            # (not to an attack months apart: "the deadliest since January, when bombings killed 32")
            group = last.actor1
            victim = m.actor2.name if m.actor2 is not None else None
            # (an act placed in no country may be the group's wherever it is from; a group the story
            # told attacking in this country acts here, whatever its home: Boko Haram in Chad)
            if group.name != victim and (group.country is None or a1.country in (None, group.country)
                                         or a1.country == _placed_in(last)):
                m.actor1 = replace(group, text=a1.text)
        elif m.event_type == "ASSAULT" and a1 is not None and a1.name and a1.type in ARMED_TYPES \
                and not a1.name.startswith("Unidentified"):
            last = m
        elif m.event_type == "ASSAULT" and a1 is not None and a1.name and a1.type in ("military", "police"):
            force = m
    _state_munitions(mentions, cuts)
    _retold_acts(mentions, cuts)  # (once the doers are known: no attack's victims are its own doers)
    return mentions


def _state_munitions(mentions: list[EventMention], cuts: list[int]) -> None:
    """"Russian missiles struck Kharkiv ... A glide bomb destroyed two houses", "... a drone hit a
    tractor": a bomb, a missile or a drone told with no doer, on the people or forces of a country
    another state's army was told attacking, is that army's; not a weapon of the victims' own state
    (a war's drones are the other side's), nor past a separate incident."""
    war: EventMention | None = None  # the last attack by one state's army on another country's people
    for m in mentions:
        if m.event_type != "ASSAULT":
            continue
        a1, a2 = m.actor1, m.actor2
        if a1 is not None and a1.type == "military" and a1.country and a2 is not None and a2.country \
                and a2.country != a1.country and (a1.text or "").split()[-1:] != ["drone"]:
            war = m
            continue
        if war is None or apart(m, war) or cut_off(war.evidence.start, m.evidence.start, cuts) \
                or m.evidence.trigger.lower().startswith(_SET_OFF):
            continue  # (a bomb that "exploded at a market" was planted, not dropped: no war's)
        target = war.actor2.country
        unnamed = a1 is None or (a1.text is None and (a1.name or "").startswith("Unidentified armed group"))
        words = (a1.text or "").lower().split() if a1 is not None else []
        own_weapon = bool(words) and words[-1] in vocabulary()["explosives"] | vocabulary()["aircraft"] \
            and a1.country == target  # ("a drone hit ...": a war's drones are the other side's)
        if (unnamed or own_weapon) and (a2 is None or a2.country == target) and _placed_in(m) in (None, target) \
                and (a1 is None or a1.country in (None, target)):
            m.actor1 = replace(war.actor1, text=a1.text if a1 is not None else None)


def _placed_in(m: EventMention) -> str | None:
    """The country (ISO3) the mention's act is placed in."""
    from ..countries import alpha3

    return alpha3(m.place.country) if m.place is not None and m.place.country else None


# The words a report gives the dead and the hurt of an act told just before.
_CASUALTY_WORDS = ("kill", "wound", "die", "injur", "hurt", "dead", "shot")
