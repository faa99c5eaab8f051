"""Conditions of the trigger lexicon (data/triggers.yaml, `needs:`) that read more than one word:
who the police are the doers of, a headline's clipped passive, an act counted in times. Split from
triggers.py, which reads them by name."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import actors, alias_key, vocabulary
from .names import model_year, surname


# The parse helpers triggers.py and arguments.py share; here because triggers.py imports this module.
def _children(t: Token, *deps: str) -> list[Token]:
    return [c for c in t.children if c.dep_ in deps]


def _lemma(t: Token) -> str:
    return t.lemma_.lower()


def headline_patient(t: Token) -> bool:
    """"Woman held after shooting": a headline's clipped passive, its bare subject the one it was done to."""
    from .headlines import clipped_past, headline, telegraphic  # headlines imports triggers, which imports this

    if t.tag_ == "VBN" and t.dep_ == "acl" and headline(t.sent) and telegraphic(t.sent):
        return _lemma(t.head) in vocabulary()["people"]  # "Teen caught in Toledo"
    # Only people are held or caught: a site a headline names bare was robbed or shelled, but "Funeral
    # held for two officers" holds a funeral.
    subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
    sites = (vocabulary()["civilian_sites"] | vocabulary()["targets"]) - vocabulary()["people"]
    return clipped_past(t) and subj is not None and _lemma(subj) not in sites


def force_vehicle(t: Token) -> bool:
    """`t`'s object is a force's car ("rammed a squad car", "a police cruiser"): a car driven at it
    is driven at the force (victims.force_of_site reads whose it is)."""
    from .victims import force_of_site  # (imported here: victims depends on modules that import this one)

    return any((o.lemma_.lower() in vocabulary()["vehicles"] or o.lemma_.lower() == "cruiser")
               and force_of_site(o) is not None for o in _children(t, "dobj"))


_TRYING = {"try", "attempt"}
_ON_PURPOSE = {"deliberately", "intentionally", "purposely", "purposefully"}


def on_purpose(t: Token) -> bool:
    """Done meaning to ("attempted to run down a deputy", "deliberately ran over"): no accident."""
    return (t.dep_ == "xcomp" and t.head.lemma_.lower() in _TRYING) or any(
        c.dep_ == "advmod" and c.lower_ in _ON_PURPOSE for c in t.children)


def police_doer(t: Token) -> bool:
    """The police are who does `t`: its subject, through "tried to" and "and", or its "by" agent
    ("caught by a police dog", "surrounded by officers"), or an officer named by rank ("Deputy Ann Lee")."""
    police = vocabulary()["police_officers"]
    doers = [p for a in _children(t, "agent") for p in _children(a, "pobj")]
    node = _light_verb(t) if t.pos_ == "NOUN" else t
    for _ in range(3):
        doers += _children(node, "nsubj")
        if node.dep_ not in ("xcomp", "conj") or node.head.i == node.i:
            break
        node = node.head
    # an officer named with a rank ("Deputy Ann Lee"), a unit of the police ("a police dog")
    doers += [c for d in doers for c in d.children if c.dep_ == "compound"]
    return bool({_lemma(d) for d in doers} & police)


def _light_verb(noun: Token) -> Token:
    """The verb an act's noun is the object of ("conducted a raid", "carried out a series of
    raids"), whose subject does it; else the noun ("died during a raid" names no raider)."""
    node = noun
    while node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.i != node.head.i:
        node = node.head.head
    return node.head if node.dep_ == "dobj" and node.head.pos_ == "VERB" else noun


_WAR_MODIFIERS = {"military", "air", "force", "coalition", "enemy", "fighter", "war", "attack", "combat", "navy", "army"}


def armed_aircraft(t: Token) -> bool:
    """`t`'s subject is a munition or a military aircraft: "shells struck the maternity wing",
    "warplanes struck Gaza", "Israeli jets hit the port". A plane with no sign of whose arms it is
    ("the plane hit turbulence") is not."""
    for s in _children(t, "nsubj"):
        lemma = _lemma(s)
        if lemma in vocabulary()["explosives"] | vocabulary()["warplanes"]:
            return True
        if lemma in vocabulary()["aircraft"] and any(
                c.dep_ in ("amod", "compound", "poss") and (c.ent_type_ in ("NORP", "GPE") or _lemma(c) in _WAR_MODIFIERS
                                                              or c.lower_ in ("its", "their"))
                for c in s.children):
            return True
    return False


def police_stop(t: Token) -> bool:
    """"Officers stopped the car", "a trooper tried to stop him", "was pulled over by deputies": the
    police halting a person or a vehicle (a stop is force, PLOVER COERCE), not a driver stopping or
    the police stopping a search."""
    if not police_doer(t):
        return False
    stopped = _children(t, "dobj", "nsubjpass")
    return any(_lemma(o) in vocabulary()["people"] | vocabulary()["vehicles"] or o.ent_type_ == "PERSON"
               or (o.pos_ == "PRON" and o.lower_ in ("him", "her", "them", "he", "she", "they"))
               or model_year(o) or surname(o) for o in stopped)


_HIDING = {"hide", "cower", "crouch", "lurk"}  # found "hiding", "cowering": a named person who was sought


def found_sought(t: Token) -> bool:
    """"Deputies located the fugitive in a motel", "police found Tom Ray hiding in a barn": the one the
    police were after, found, which is how an arrest is told. Not someone found dead, hurt or with
    wounds ("found the man unresponsive", "found her with a gunshot wound"): a victim found."""
    if not police_doer(t) or _children(t, "acomp", "oprd") or any(
            p.lower_ == "with" for p in _children(t, "prep")):
        return False
    if any(x.pos_ == "ADJ" or _lemma(x) in ("dead", "unconscious", "injure", "wound", "suffer", "bleed")
           for x in _children(t, "xcomp", "ccomp")):
        return False
    found = _children(t, "dobj", "nsubjpass")
    # "found the suspect hiding in a barn": the model makes the one found the subject of "hiding"
    hiding = [c for c in _children(t, "ccomp", "xcomp") if c.tag_ == "VBG"]
    found += [s for c in hiding for s in _children(c, "nsubj")]
    # a named person found is a victim as often as a suspect, unless found hiding; one "located" was
    # looked for, as a suspect or as someone missing ("located the missing hiker")
    named = any(_lemma(c) in _HIDING for c in hiding) or (
        _lemma(t) == "locate" and not any(_lemma(x) in ("missing", "lost", "body") for o in found for x in o.subtree))
    return any(_lemma(o) in vocabulary()["sought"] or (o.ent_type_ == "PERSON" and named) for o in found)


def repeated(t: Token) -> bool:
    """Done a counted number of times, in the active: "fired six times", "fired twice" (not "was
    fired twice from jobs")."""
    return not _children(t, "nsubjpass", "auxpass") and any(
        (c.dep_ == "npadvmod" and c.lower_ == "times") or c.lower_ in ("twice", "thrice") for c in t.children)


def _places_named(v: Token) -> set[str]:
    return {x.text for c in v.children if c.dep_ == "prep" and c.lower_ in ("in", "at", "near", "outside")
            for x in c.subtree if x.ent_type_ in ("GPE", "LOC", "FAC")}


def placed_apart(t: Token, host: Token) -> bool:
    """A clause placed apart from the one it is joined to ("one was shot dead in Lahore and six were
    wounded in a shootout in Multan"): another incident, not the first one's toll. An act named on
    the second clause alone ("... and 12 wounded during clashes") is not enough: the parser hangs
    a shared phrase on the last verb."""
    here, there = _places_named(t), _places_named(host)
    return bool(here and there and not here & there)


_PREDICATES = ("oprd", "acomp", "npadvmod", "xcomp", "ccomp")


def judged(t: Token, words: set[str]) -> bool:
    """A verb of naming that passes a damning judgement on its object: "called the raid cowardly",
    "branded the plan a disgrace", "described the strike as illegal", "was described as reckless".
    The judgement is the verb's predicate (or the object of its "as"), or a word qualifying it ("a
    cowardly act"); "called the meeting productive" judges, but not damningly."""
    preds = _children(t, *_PREDICATES) + [o for p in _children(t, "prep") if p.lower_ == "as"
                                          for o in _children(p, "pobj", "amod", "acomp")]
    # the small model often reads "branded the vote a sham" as two objects, or as a clause
    # ("the rules [are] a betrayal"): the second object, or the clause's, is the name given
    preds += _children(t, "dobj")[1:] + [o for c in _children(t, "ccomp") for o in _children(c, "dobj", "attr")]
    # ... or the name hung on the object ("called the beating 'shameful'"), or the object on the
    # name ("called [the stabbing a cowardly act]" read as a clause)
    preds += [c for o in _children(t, "dobj") for c in _children(o, "acl", "amod") if c.i > o.i]
    preds += [o for c in _children(t, "oprd") for o in _children(c, "dobj")]
    preds += [c for p in preds for c in _children(p, "conj")]
    # "an act of terrorism", "an act of aggression": the kind of act named
    preds += [o for p in preds for of in _children(p, "prep") if of.lower_ == "of" for o in _children(of, "pobj")]
    return any(_lemma(x) in words or x.lower_ in words
               for p in preds for x in [p, *_children(p, "amod", "advmod")])


def verdict(t: Token, words: set[str]) -> bool:
    """A verb of saying whose clause passes a damning judgement on a thing: "the minister said the vote
    was a sham", "claimed the summit was a stunt". Not a judgement denied ("said the vote was not a
    sham"), nor a general one ("said it is illegal to carry arms": no thing judged)."""
    for c in _children(t, "ccomp"):
        subj = _children(c, "nsubj", "nsubjpass")
        if _lemma(c) != "be" or not subj or _children(c, "neg", "xcomp", "ccomp") \
                or subj[0].lower_ in ("it", "there", "this", "that", "what"):
            continue
        preds = _children(c, "attr", "acomp")
        if any(_lemma(x) in words or x.lower_ in words for p in preds for x in [p, *_children(p, "amod", "conj")]):
            return True
    return False


_HARMED = {"dead", "injured", "wounded", "hurt", "deadly", "violent", "bloody", "fatal"}


def turned_violent(t: Token) -> bool:
    """A noun that is the subject of an outcome of harm: "a family feud left two people dead", "the
    argument turned deadly", "a row left one man injured"."""
    head = t.head
    if t.dep_ != "nsubj" or _lemma(head) not in ("leave", "turn"):
        return False
    outcome = _children(head, "oprd", "acomp", "xcomp", "ccomp")
    outcome += [c for o in _children(head, "dobj") for c in _children(o, "acl", "amod") if c.i > o.i]
    return any(_lemma(o) in _HARMED or o.lower_ in _HARMED for o in outcome)


def control_of_ground(t: Token, subject_words: set[str]) -> bool:
    """Armed men took "control of" ground: "rebels seized control of Kidal", "the army regained control
    over the base". A party, a mayor or a firm taking control of a council or a company takes none."""
    v = vocabulary()
    if not subject_words & (v["armed"] | v["armies"]) and not any(_armed_name(c) for c in _children(t, "nsubj")):
        return False
    ground = v["held_ground"] | v["targets"]
    for obj in _children(t, "dobj"):
        if _lemma(obj) != "control":
            continue
        held = [o for p in _children(obj, "prep") + _children(t, "prep") if p.lower_ in ("of", "over")
                for o in _children(p, "pobj")]
        # (a name: the small model tags towns it does not know as people or peoples, "control of Kamanyola")
        if any(_lemma(o) in ground or o.ent_type_ in ("GPE", "LOC", "FAC") or o.pos_ == "PROPN" for o in held):
            return True
    return False


def _armed_name(subj: Token, state: bool = True) -> bool:
    """A subject the actor dictionary names as an armed group or (with `state`) a state's forces ("the Taliban")."""
    from .conventions import ARMED_TYPES  # here, not at the top: conventions imports this module's importers

    words = [w for w in subj.subtree if w.dep_ not in ("det", "punct") and w.i <= subj.i]
    written = " ".join(w.text for w in words)
    # (an acronym is kept as written: "RSF", "M23")
    entry = actors().aliases.get(alias_key(written)) or actors().case_sensitive.get(written.replace(".", ""))
    return entry is not None and (entry.type in ARMED_TYPES or (state and entry.type == "military"))


# What a threatened party is told it will suffer: "would pay a heavy price", "will bear the consequences"
_PAYING = {"pay", "bear", "face", "suffer"}
_DUES = {"price", "consequence"}
_REQUITING = {"retaliate", "regret", "avenge", "punish"}
# ... or what the speaker will do: "would respond strongly", "would take decisive measures"
_FIRMLY = {"strongly", "firmly", "forcefully", "decisively", "harshly", "militarily", "resolutely", "swiftly"}
_MEASURES = {"measure", "step", "action", "countermeasure"}
_STERN = {"decisive", "further", "necessary", "strong", "tough", "military", "retaliatory", "firm", "appropriate"}


def consequence_clause(t: Token) -> bool:
    """`t` ("warned") says in its clause what someone will suffer for acting, or what the speaker
    will do: "warned that Israel would bear the full consequences", "warned that the group would
    retaliate", "warned it would take decisive measures" (a threat, PLOVER THREATEN); a forecast of
    prices or weather names no dues ("warned that prices would rise", "would take steps to cut costs"
    has no stern word on its steps)."""
    return any(_future(v) and requital(v) for v in _children(t, "ccomp"))


_FUTURE = ("will", "would", "'ll", "shall")
# what an act of its will "not go": "will not go unpunished"
_UNANSWERED = {"unpunished", "unanswered", "unavenged"}
_REPLIES = {"response", "answer", "reply", "retaliation"}


def _future(v: Token) -> bool:
    return any(a.lower_ in _FUTURE for a in _children(v, "aux"))


def requital(v: Token) -> bool:
    """`v` tells what someone will suffer for what they did, or what the speaker will do back: "would
    pay a heavy price", "would retaliate", "would respond in kind", "will not go unpunished", "will not
    hesitate to act", "will receive a crushing response", "will be held accountable"."""
    lemma, objs = _lemma(v), _children(v, "dobj")
    if lemma in _REQUITING or (lemma in _PAYING and any(_lemma(o) in _DUES for o in objs)):
        return True
    manner = _children(v, "advmod") + [c for p in _children(v, "prep") for c in _children(p, "pcomp", "advmod")]
    if lemma in ("respond", "deal") and any(c.lower_ in _FIRMLY for c in manner):
        return True  # "would respond firmly", "would be dealt with decisively"
    if lemma == "respond" and any(p.lower_ == "in" and any(_lemma(o) in ("kind", "fashion", "manner") for o in _children(p, "pobj"))
                                  for p in _children(v, "prep")):
        return True  # "would respond in kind", "in like manner"
    if lemma == "pay" and any(c.lower_ == "dearly" for c in _children(v, "advmod")):
        return True  # "would pay dearly"
    if lemma == "take" and any(_lemma(o) in _MEASURES and any(_lemma(m) in _STERN for m in _children(o, "amod"))
                               for o in objs):
        return True
    said = _children(v, "acomp", "oprd", "advmod", "xcomp", "dobj")
    if lemma == "go" and any(c.lower_ in _UNANSWERED for c in said):
        return True
    if lemma == "hold" and (any(c.lower_ in ("accountable", "responsible") for c in said)
                            or any(p.lower_ == "to" and any(_lemma(o) == "account" for o in _children(p, "pobj"))
                                   for p in _children(v, "prep"))):
        return True  # "will be held accountable", "held to account"
    if lemma == "receive" and any(_lemma(o) in _REPLIES for o in objs):
        return True  # "they will receive a crushing response"
    # "will not hesitate to act": (not "would not hesitate to call the police")
    return lemma == "hesitate" and bool(_children(v, "neg")) and any(
        _lemma(x) in ("act", "respond", "defend", "strike", "use", "retaliate", "hit") for x in _children(v, "xcomp"))


# Prepositions that name what munitions were sent at
_AIMED = {"at", "on", "against", "toward", "towards", "into"}


def seaward(t: Token, waters: set[str]) -> bool:
    """Munitions `t` sends into open water and at nothing else ("fired a ballistic missile into the
    sea", "launched two cruise missiles over the Yellow Sea"): a test or a show of force, PLOVER
    MOBILIZE (CAMEO's exhibit of military posture), not an attack. One aimed at a ship or a coast
    ("fired a missile at a tanker in the Red Sea") is one."""
    objects = [(p.lower_, x) for h in [t, *_children(t, "dobj")] for p in _children(h, "prep")
               for x in _children(p, "pobj") if x.ent_type_ not in ("DATE", "TIME")]  # not "on Thursday"
    if not any(_lemma(x) in waters for _, x in objects):
        return False
    return not any(p in _AIMED and _lemma(x) not in waters for p, x in objects)


# Where a person set free goes back from, or on what terms a court or the police let them go: no
# captor gives anyone up there ("released from hospital", "released on bail", "released to his parents").
_NOT_FROM_CAPTIVITY = {"hospital", "prison", "jail", "clinic", "care", "treatment"}
_RELEASE_TERMS = {"bail", "bond", "parole", "licence", "license", "recognizance", "undertaking", "investigation",
                  "parent", "arrest", "condition", "probation"}
_PEOPLE_PRONOUNS = {"he", "she", "they", "him", "her", "them"}
_COURTS = {"court", "judge", "magistrate", "tribunal", "jury"}


def people_freed(t: Token) -> bool:
    """People the text already told held, "released" or "freed" ("Five were released on Sunday", "she was
    freed two days later", "three of the passengers were released"): the released told by a pronoun, a
    count or a word for people. Whether the article tells a captivity at all, the coder asks of the
    whole text (a hospital's patient "has since been released" in a story of an arrest)."""
    freed = _children(t, "nsubjpass", "dobj")
    if len(freed) != 1:
        return False
    who = freed[0]
    people = who.lower_ in _PEOPLE_PRONOUNS or who.like_num or who.ent_type_ == "PERSON" \
        or _lemma(who) in vocabulary()["people"] | vocabulary()["private_people"] \
        or who.lower_ in ("some", "most", "all", "several", "both", "others", "rest")
    if not people:
        return False
    if any(_lemma(c) in _COURTS for c in _children(t, "nsubj")):
        return False  # "a court released them": a ruling, no captor giving anyone up
    for p in _children(t, "prep"):
        objs = {_lemma(x) for x in _children(p, "pobj")}
        if p.lower_ == "pending" or (p.lower_ == "from" and objs & _NOT_FROM_CAPTIVITY) \
                or (p.lower_ in ("on", "under", "with", "to") and objs & _RELEASE_TERMS):
            return False
    return True
