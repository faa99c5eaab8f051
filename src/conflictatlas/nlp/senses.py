"""Which sense of a lexicon entry (`data/triggers.yaml`) a word has in its sentence: the `needs`
conditions an entry names, read from the parse, and the mode its modifiers refine. Split from
triggers.py, which finds the triggers of a sentence and joins those that tell one act.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..errors import CodingError
from . import conditions, custody
from .conditions import _children, _lemma
from .lexicon import machines, vocabulary
from .lexicon import triggers as lexicon

# Verbs whose object, not subject, does the act of their infinitive ("direct the Pentagon to go").
OBJECT_CONTROL = {"direct", "order", "tell", "ask", "urge", "allow", "force", "persuade", "authorize",
                  "authorise", "instruct", "permit", "enable", "encourage", "call", "prompt", "compel", "oblige"}


# Nouns for a death, which an act named on them tells the cause of ("the shooting death of a clerk")
DEATHS = {"death", "killing", "slaying"}


def death_named(t: Token) -> bool:
    """An act named as the kind of a death: "the shooting death of a clerk", "a stabbing death"."""
    return t.dep_ in ("amod", "compound") and t.head.lemma_.lower() in DEATHS


def an_age(tok: Token) -> bool:
    """An age standing for its person: "punched the 15-year-old", "a 19-year-old was stabbed"."""
    return tok.lower_ == "old" and any(c.lower_ in ("year", "years", "month", "months") for c in tok.children)


# Nouns that only count what their "of" phrase names: "torched dozens of homes" torched homes, "fired
# a salvo of rockets" fired rockets.
COUNTING = {"dozen", "dozens", "score", "scores", "hundred", "hundreds", "thousand", "thousands", "number", "handful",
             "couple", "lot", "lots", "salvo", "salvos", "volley", "volleys",
             # a burst of fire counted: "fired a barrage of shells", "a hail of gunfire"
             "barrage", "barrages", "hail", "burst", "bursts", "flurry"}
# Words for a share of a place: "most of the capital", "part of the town"
_SHARES = {"most", "part", "much", "half", "parts", "swathe", "swath", "bulk", "rest", "area", "areas"}


def _shared_patient(t: Token) -> list[Token]:
    """The subject a passive shares with the passive it is joined to: "was pulled from his car and
    beaten" beat the one pulled."""
    if t.dep_ != "conj" or t.tag_ != "VBN" or _children(t, "nsubj", "nsubjpass", "dobj"):
        return []
    if _children(t, "auxpass") and not _children(t.head, "nsubjpass"):
        # "he ran from the car but was tackled": the one who ran, joined to an active verb
        return _children(t.head, "nsubj")
    return _children(t.head, "nsubjpass")


_PARTICLES = {"off", "up", "down"}


def _object_words(t: Token) -> set[str]:
    objs = _children(t, "dobj", "nsubjpass", "attr") or _shared_patient(t)
    # a phrasal verb's particle the parser took for a preposition ("sealed off the square"): its object
    objs = objs or [p for c in _children(t, "prep") if c.lower_ in _PARTICLES and c.i == t.i + 1 for p in _children(c, "pobj")]
    # "two of the hostages": the hostages
    objs += [p for o in objs if _lemma(o) in COUNTING or o.lower_ in COUNTING or o.like_num
             for c in _children(o, "prep") if c.lower_ == "of" for p in _children(c, "pobj")]
    ages = {"person" for o in objs if an_age(o)}
    return {_lemma(o) for o in objs} | {_lemma(c) for o in objs for c in o.children if c.dep_ == "compound"} | ages


def _objects_or_shares(t: Token) -> list[Token]:
    """The objects, and the places a share of one names ("most of the capital": the capital)."""
    objs = _children(t, "dobj")
    return objs + [x for d in objs if _lemma(d) in _SHARES for p in _children(d, "prep") if p.lower_ == "of"
                   for x in _children(p, "pobj")]


def _measured_words(t: Token) -> set[str]:
    """The object's words, and what it is a measure of: "40 packets of cocaine", "a cache of rifles"."""
    objs = _children(t, "dobj", "nsubjpass")
    return _object_words(t) | {_lemma(p) for o in objs for c in _children(o, "prep") if c.lower_ == "of"
                               for p in _children(c, "pobj")}


def _modifier_words(t: Token) -> set[str]:
    mods = _children(t, "compound", "amod", "nmod", "poss", "advmod")
    return {c.lower_ for c in mods} | {_lemma(c) for c in mods}


# Each condition a lexicon entry may name under `needs`, as a predicate of the trigger and the
# entry's values. An entry fires when any one of its conditions holds, or all of those under `all`.
_NEEDS = {
    "object": lambda t, v: bool(_object_words(t) & v),
    "object_measured": lambda t, v: bool(_measured_words(t) & v),
    # (a clause "for" opens is the verb's "for" too: "called for the governor to resign")
    "prep": lambda t, v: bool(({c.lower_ for c in _children(t, "prep", "agent") if not _temporal(c)}
                               | {m.lower_ for c in _children(t, "advcl") for m in _children(c, "mark") if m.lower_ == "for"})
                              & v),
    # a preposition of the trigger's own or one the parser hung on its object: "launched shells toward a post"
    # (on the verb, its object, or the last of its joined objects: "launched 62 drones and a missile against Kyiv")
    "aimed_prep": lambda t, v: any(p.lower_ in v
                                   for h in [t, *(o for d in _children(t, "dobj") for o in (d, *d.conjuncts))]
                                   for p in _children(h, "prep")),
    "particle": lambda t, v: bool({c.lower_ for c in _children(t, "prt", "advmod")} & v),
    "particle_prep": lambda t, v: bool({c.lower_ for c in _children(t, "prt", "prep")} & v),
    "modifier": lambda t, v: bool(_modifier_words(t) & v),
    "object_of": lambda t, v: t.dep_ == "dobj" and _lemma(t.head) in v,
    # a noun that is the subject of a verb of happening: a fight that erupts or starts
    "subject_of": lambda t, v: t.dep_ == "nsubj" and _lemma(t.head) in v,
    "after_prep": lambda t, v: t.dep_ == "pobj" and t.head.lower_ in v,
    # the same with no definite article or owner, as an idiom has none: workers "on strike" or "on an
    # indefinite strike", not a report "on the strike" a drone carried out
    "idiom_prep": lambda t, v: t.dep_ == "pobj" and t.head.lower_ in v
    and not any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ not in ("a", "an")) for c in t.children),
    "prep_object": lambda t, v: any(x.dep_ in ("pobj", "pcomp") and _lemma(x) in v and x.head.dep_ in ("prep", "agent")
                                    for x in t.subtree if x.i > t.i),
    # only a preposition of the trigger's own, of the act it is for ("held in the shooting", "held over
    # the attack"; not "held for the victims of the shooting", not "held a vigil after the attack")
    "own_prep_object": lambda t, v: any(_lemma(x) in v or x.lower_ in v for p in _children(t, "prep")
                                        if p.lower_ in ("in", "over", "for") for x in _children(p, "pobj", "pcomp")),
    # a preposition of the trigger's own and its object, written "off job": dockers walking off the job;
    # or one the parser hung on the direct object ("set his barn on fire")
    "prep_phrase": lambda t, v: any(f"{p.lower_} {_lemma(x)}" in v for h in [t, *_children(t, "dobj")]
                                    for p in _children(h, "prep") for x in _children(p, "pobj")),
    # where someone is taken or put: "taken to a police station", "put into custody" (not "taken from reports")
    # (someone, or a weapon held to someone: an object there is never "care" or "the car")
    # (a named one by its kind: "the Lucas County Detention Center")
    "destination": lambda t, v: any(_lemma(y) in v for p in _children(t, "prep") if p.lower_ in ("to", "into", "in")
                                    for x in _children(p, "pobj") for y in [x, *_children(x, "compound")])
    and all(_someone(o) for o in _children(t, "dobj")),
    # blamed "for" something done: "attacked the council for cutting the consultation short"
    "reason_gerund": lambda t, v: any(x.tag_ == "VBG" for p in _children(t, "prep") if p.lower_ == "for"
                                      for x in _children(p, "pcomp", "pobj"))
    and not (_object_words(t) & (vocabulary()["targets"] | vocabulary()["vehicles"]))
    and not (_subject_words(t) & vocabulary()["armed"]),
    # or for a matter named: "attacked the ministry over the pace of the rollout", "attacked the
    # governor for his handling of the budget"
    # (the parser hangs the preposition on the verb or on its object)
    "reason_matter": lambda t, v: any(_lemma(x) in v for h in [t, *_children(t, "dobj")] for p in _children(h, "prep")
                                      if p.lower_ in ("over", "for") for x in _children(p, "pobj"))
    and not (_object_words(t) & vocabulary()["vehicles"]) and not (_subject_words(t) & vocabulary()["armed"]),
    # who the dead or the hurt were: "among the dead", "two of the wounded", "the dead included"
    "casualties_told": lambda t, v: (t.dep_ == "pobj" and t.head.lower_ in ("among", "of"))
    or (t.dep_ in ("nsubj", "nsubjpass") and t.head.lemma_.lower() in ("be", "include", "number", "comprise")),
    # (on a noun, a clause that says what is asked, "calls to resign", "calls that he quit"; not a
    # participle that says which ones, "calls involving people in crisis")
    "object_clause": lambda t, v: bool(_children(t, "xcomp", "ccomp")
                                       or (t.pos_ != "VERB" and any(c.tag_ not in ("VBG", "VBN")
                                                                    for c in _children(t, "acl", "advcl")))),
    # a that-clause whose verb is bare or modal-less ("insisted that troops withdraw"), not a
    # report of what is or was ("insisted she had not lied")
    "object_clause_subjunctive": lambda t, v: any(c.tag_ in ("VB", "VBP") and c.pos_ == "VERB" and not _children(c, "aux")
                                                  for c in _children(t, "ccomp")),
    # a place named by its name as the object ("militia fighters seized Bunia")
    # (or a share of one, "seized most of the capital": with words listed, a word for ground too)
    "object_place": lambda t, v: any(o.ent_type_ in ("GPE", "LOC", "FAC") or _placed(o) or (v is not True and _lemma(o) in v)
                                     for o in _objects_or_shares(t)),
    # armed men of no state by a word for them, or a group the dictionary names ("Hamas militants
    # captured a soldier"): their taking people is an abduction, not an arrest
    "irregular_subject": lambda t, v: bool(_subject_words(t) & _IRREGULARS)
    or any(conditions._armed_name(c, state=False) for c in _children(t, "nsubj")),
    # armed men by a word for them, or a body the dictionary names as armed ("the M23 seized Bukavu")
    "armed_subject": lambda t, v: bool(_subject_words(t) & (vocabulary()["armed"] | vocabulary()["armies"]))
    or any(conditions._armed_name(c) for c in _children(t, "nsubj")),
    # no "in" phrase: "engaged the militants in a gun battle" tells the act by its noun, not its verb
    "without_in": lambda t, v: not any(p.lower_ == "in" for p in _children(t, "prep")),
    "intransitive": lambda t, v: not _children(t, "dobj"),
    # (or a participle on a noun with an object of its own, which the parser reads as one for "aircraft
    # bombed Mosul"; the act is still done to something)
    "passive": lambda t, v: bool(_children(t, "auxpass", "nsubjpass"))
    or (t.dep_ == "acl" and t.tag_ == "VBN" and bool(_children(t, "npadvmod", "dobj"))),
    "transitive": lambda t, v: bool(_children(t, "dobj")),
    # no object and no clause: "thousands demonstrated", not "demonstrated how to lock a door"
    # (an object after a comma is a participle's the model hung on the verb: "demonstrated outside
    # the consulate, brandishing signs")
    "bare": lambda t, v: not [o for o in _children(t, "dobj", "ccomp") if not participles_object(t, o)] and not any(
        c.lower_ in ("how", "what", "where", "why") for x in _children(t, "xcomp") for c in x.children),
    "pronoun_object": lambda t, v: any(o.pos_ == "PRON" and o.lower_ not in ("it", "this", "that")
                                       for o in _children(t, "dobj")),
    # a person a passive with its doer is done to: "he was kicked by officers", "was knocked down and
    # kicked by two men" (not "was kicked out of the party")
    "passive_person": lambda t, v: bool(_children(t, "agent")) and any(
        (o.pos_ == "PRON" and o.lower_ not in ("it", "this", "that")) or o.ent_type_ == "PERSON"
        or _lemma(o) in vocabulary()["people"] for o in _children(t, "nsubjpass") or _shared_patient(t)),
    "subject": lambda t, v: bool(_subject_words(t) & v),
    "police_stop": lambda t, v: conditions.police_stop(t),
    "custody": lambda t, v: custody.custody(t),
    "held_in_custody": lambda t, v: custody.held_in_custody(t),
    "armed_aircraft": lambda t, v: conditions.armed_aircraft(t),
    "police_doer": lambda t, v: conditions.police_doer(t),
    "force_vehicle": lambda t, v: conditions.force_vehicle(t),
    "on_purpose": lambda t, v: conditions.on_purpose(t),
    "found_sought": lambda t, v: conditions.found_sought(t),
    "headline_patient": lambda t, v: conditions.headline_patient(t),
    "repeated": lambda t, v: conditions.repeated(t),
    # (the model also hangs a bare complement as a clause of its own, "held three people hostage", or
    # as the object with the people for its compound, "held the family hostage", or as an adjective
    # after the object, "took three soldiers captive": English puts no attributive adjective there)
    "complement": lambda t, v: bool({_lemma(c) for c in _children(t, "oprd", "acomp")} & v) or any(
        _lemma(c) in v and not _children(c, "nsubj", "mark", "aux") for c in _children(t, "advcl")) or any(
        c.lower_ in v and _children(c, "compound") for c in _children(t, "dobj")) or any(
        a.lower_ in v and a.i > o.i for o in _children(t, "dobj") for a in _children(o, "amod")),
    "judged": lambda t, v: conditions.judged(t, v),
    "verdict": lambda t, v: conditions.verdict(t, v),
    # a clause opened by "why", "whether" or "how" ("questioned why the files were leaked")
    "wh_clause": lambda t, v: any(m.lower_ in ("why", "whether", "how") for c in _children(t, "ccomp")
                                  for m in c.children if m.dep_ in ("advmod", "mark")),
    "turned_violent": lambda t, v: conditions.turned_violent(t),
    "control_of_ground": lambda t, v: conditions.control_of_ground(t, _subject_words(t)),
    "consequence_clause": lambda t, v: conditions.consequence_clause(t),
    "seaward": lambda t, v: conditions.seaward(t, v),
    "people_freed": lambda t, v: conditions.people_freed(t),
    # what a verb is done for, as its infinitive clause: "gathered outside parliament to demand his release"
    "purpose": lambda t, v: any(_lemma(c) in v and any(a.lower_ == "to" for a in _children(c, "aux"))
                                for c in _children(t, "advcl", "xcomp")),
    "gerund_complement": lambda t, v: any(c.tag_ == "VBG" for c in _children(t, "xcomp")),
    # people who stand or gather holding or with signs ("stood outside the hall, holding placards")
    # (anywhere in the gathering's clause, the subject's too: "marchers carrying placards gathered",
    # and as the model may read it, "on Saturday holding signs" a noun phrase)
    "with_signs": lambda t, v: any(_lemma(o) in _SIGNS for c in t.subtree
                                   if c.tag_ == "VBG" and _lemma(c) in _DISPLAYING for o in _children(c, "dobj"))
    or any(_lemma(w) in _SIGNS and any(a.tag_ == "VBG" and _lemma(a) in _DISPLAYING for a in _children(w, "amod"))
           for w in t.subtree)
    or any(_lemma(o) in _SIGNS for p in _children(t, "prep") if p.lower_ == "with" for o in _children(p, "pobj")),
}
# What a crowd holds up to say what it wants, and holding it up.
_SIGNS = {"sign", "placard", "banner", "poster", "picket"}
_DISPLAYING = {"hold", "wave", "carry", "brandish", "raise", "display"}


def participles_object(t: Token, o: Token) -> bool:
    """The object is a participle's, after a comma ("..., brandishing signs"), the model hung on the verb."""
    return o.i > t.i and any(x.text == "," for x in t.doc[t.i + 1:o.left_edge.i]) and any(
        c.dep_ == "amod" and c.tag_ == "VBG" and c.i == o.left_edge.i for c in o.children)


def _placed(tok: Token) -> bool:
    """A name the geoparser placed below country level (the tagger may take a town for an organisation)."""
    from .names import toponym_at

    place = toponym_at(tok)
    return place is not None and place.geonameid is not None and place.precision in ("city", "admin2", "admin1")


_IRREGULARS = {"militant", "rebel", "insurgent", "gunman", "jihadist", "terrorist", "guerrilla", "militiaman",
               "kidnapper", "pirate", "bandit"}


def _subject_words(t: Token) -> set[str]:
    """The subject's lemmas; a counted subject ("some 5,000 people", "thousands") is also a crowd."""
    subj = _children(t, "nsubj")
    if not subj:
        # a passive's doer is its agent ("was destroyed by a bomb")
        subj = [o for a in _children(t, "agent") for o in _children(a, "pobj")]
    if not subj and t.dep_ == "xcomp":
        # a controlled verb's doer is its controller's ("began marching", "vowed to storm"), or the
        # object of a verb of ordering ("ordered the troops to storm")
        head = t.head
        subj = _children(head, "dobj") if _lemma(head) in OBJECT_CONTROL else []
        subj = subj or _children(head, "nsubj")
        if not subj and head.dep_ == "conj":  # "walked in and began chanting": the first verb's doer
            subj = _children(head.head, "nsubj")
    counted = any(c.like_num or any(n.dep_ == "nummod" for n in c.children) for c in subj)
    # "scores of marchers": the marchers too, as for an object
    subj += [p for o in subj if _lemma(o) in COUNTING or o.lower_ in COUNTING
             for c in _children(o, "prep") if c.lower_ == "of" for p in _children(c, "pobj")]
    # "Kunduz, a city of 300,000, fell to": what the subject's apposition calls it
    subj += [a for o in subj for a in o.children if a.dep_ == "appos" and a.pos_ == "NOUN"]
    # "police cars", "army trucks": a force's machines act for it, and say whose they are
    subj += [m for o in subj if _lemma(o) in machines() for m in o.children if m.dep_ in ("compound", "amod")]
    # "French Special Forces members": members of a force named on them act as that force
    subj += [m for o in subj if _lemma(o) == "member" for m in o.children if m.dep_ == "compound"]
    # the model leaves a plural name unlemmatised ("the Malian Armed Forces"): its singular too
    plurals = {c.lower_[:-1] for c in subj if c.tag_ == "NNPS" and c.lower_.endswith("s")}
    return {_lemma(c) for c in subj} | plurals | ({"crowd"} if counted else set())


def _values(values) -> set[str]:
    """A condition's words; "@name" stands for a class of data/vocabulary.yaml."""
    out: set[str] = set()
    for v in values:
        v = str(v).lower()
        out |= vocabulary().get(v[1:], frozenset()) if v.startswith("@") else {v}
    return out


def _needs_met(t: Token, needs: dict | None) -> bool:
    if not needs:
        return True
    for kind, values in needs.items():
        if kind == "all":  # conditions that must hold together ("went" with "off" and a bomb as subject)
            if not isinstance(values, dict) or not values:
                raise CodingError(f"`all:` in the trigger lexicon takes conditions by name, e.g. "
                                  f"{{particle: [off], subject: [bomb]}}; got {values!r}")
            if all(_needs_met(t, {k: v}) for k, v in values.items()):
                return True
            continue
        check = _NEEDS.get(kind)
        if check is None:
            raise CodingError(f"unknown condition {kind!r} in the trigger lexicon; one of: {', '.join(_NEEDS)}")
        if isinstance(values, str):  # a bare word where a list belongs would match letter by letter
            raise CodingError(f"condition {kind!r} in the trigger lexicon takes a list of words, e.g. [{values}]; "
                              f"got {values!r}")
        if check(t, _values(values) if isinstance(values, list) else values):
            return True
    return False


def _someone(o: Token) -> bool:
    words = vocabulary()
    return o.pos_ in ("PRON", "PROPN") or _lemma(o) in words["people"] | words["armed"] | words["sought"] | words["crowds"] \
        | words["protesters"] | words["private_people"] | words["weapons"] | words["hand_weapons"] | words["drawn_things"]


def _temporal(prep: Token) -> bool:
    """'on Monday', 'in March': a time phrase, not the target of an act."""
    return any(c.ent_type_ in ("DATE", "TIME") for c in prep.children if c.dep_ == "pobj")


def _mode(t: Token, entry: dict, kind: str) -> str | None:
    words = {_lemma(c) for c in t.subtree if c.i <= t.i or c.dep_ in ("prep", "pobj", "compound")}
    words |= {_lemma(c) for p in _children(t, "prep") if p.lower_ in ("with", "by") for c in p.subtree}
    for mode, cues in (lexicon().get("modes", {}).get(kind) or {}).items():
        if words & set(cues):
            return mode
    return entry.get("mode")


def _types(senses) -> set[str]:
    if not senses:
        return set()
    return {e["type"] for e in (senses if isinstance(senses, list) else [senses])}


def _sense(t: Token, senses) -> dict | None:
    return next((e for e in (senses if isinstance(senses, list) else [senses]) if _needs_met(t, e.get("needs"))),
                None)


def is_event_verb(t: Token) -> bool:
    senses = lexicon().get("verbs", {}).get(_lemma(t))
    return t.pos_ == "VERB" and senses is not None and _sense(t, senses) is not None
