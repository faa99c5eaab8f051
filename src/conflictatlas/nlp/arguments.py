"""The arguments of a trigger, from the dependency parse: who did it (subject_candidates, through
control verbs, coordination and light verbs), to whom (object_candidates, purpose_objects), and whom a
clipped passive is done to (headlines.clipped_patient). Split from triggers.py, which finds the triggers."""

from __future__ import annotations

from spacy.tokens import Token

from ..geo.placeroles import besides
from .custody import held_in_custody
from .headlines import _suffered, clipped_patient, found_in_state, headline_part
from .lexicon import actors, vocabulary
from .lexicon import triggers as lexicon
from .names import clause_antecedent, speaker_agrees
from .senses import OBJECT_CONTROL, _temporal, _types, is_event_verb
from .triggers import (
    _SUBJECT_DEPS,
    ATTITUDE_PASSIVES,
    REPORT_VERBS,
    TARGET_PREPS,
    TYPE_PREPS,
    _children,
    _lemma,
    suffers,
    temporal_prep,
)

# Announcing a measure is taking it (vocabulary "decisions"): "Italy announced sanctions".
_DECLARING = {"announce", "declare", "unveil"}
# Passives whose subject does the act of their complement ("rebels are believed to have killed")
_RAISING = {"say", "believe", "think", "report", "understand", "know", "allege", "suspect", "fear", "rumour", "rumor"}
# Pronouns that stand for no one named: "someone opened fire" has no antecedent in the speaker.
_INDEFINITE = {"someone", "somebody", "anyone", "anybody", "no", "nobody", "everyone", "everybody", "one"}


def subject_candidates(t: Token) -> list[Token]:
    """Possible doers of the event at `t`, nearest first, climbing through the clauses above it."""
    if found_in_state(t):
        return [p for a in _children(t, "agent") for p in _children(a, "pobj")]  # only "... shot by X"
    out: list[Token] = []
    node, prev = t, None
    first_verb = True
    if _passive_complement(t):
        return [p for a in _children(t, "agent") for p in _children(a, "pobj")]  # its subject above is its patient
    if _lemma(t) == "custody" and held_in_custody(t):
        return _children(t, "compound")  # "two men are in police custody": the men are held, the police hold
    if t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head.lower_ in _IN_ACT and suffers(t.head.head) and (byes := [
            o for p in _children(t.head.head, "prep") if p.lower_ == "by" and not _temporal(p) for o in _children(p, "pobj")]):
        return byes  # "died in the shelling by regime troops", the "by" hung on the death: the shelling's doers
    if t.tag_ == "VBG" and t.dep_ == "pcomp" and t.head.lower_ in _IN_ACT and suffers(t.head.head):
        # "died in shelling by regime troops": who died did not shell; the gerund's "by" did
        return [o for p in _children(t, "prep") if p.lower_ == "by" and not _temporal(p) for o in _children(p, "pobj")]
    part = headline_part(t)
    for _ in range(8):
        if not part.start <= node.i < part.end:
            break  # "Bank robbed; suspect arrested": a headline's other clause is another act's
        if node is not t and prev is not None and prev.dep_ == "pobj" and temporal_prep(node):
            # "25 people are dead after an explosion": a time phrase links two events, and the
            # subject of one is not the doer of the other.
            break
        if node is not t and t.pos_ != "VERB" and node.pos_ == "VERB" and first_verb:
            first_verb = False
            # ("in addition to their airstrikes, the air force shelled ...": the same doer, the one
            # "their" looks ahead to, of another act)
            aside = any(besides(a) for a in t.ancestors if node in a.ancestors) and any(
                c.dep_ == "poss" and c.lower_ in ("their", "its", "his", "her") for c in t.children)
            if (is_event_verb(node) or suffers(node) or _lemma(node) in _ANSWERING
                    or _lemma(node) in vocabulary()["senses"]) and prev is not None and prev.dep_ in ("dobj", "pobj", "prep") \
                    and not aside:
                # "fleeing the fighting": a noun event that another event acts on is not done by
                # that event's subject; "died in an ambush", "sustained bullet wounds": its subject
                # is whom it was done to (victim()); who answered a call about it came after it
                # ("deputies responded to a stabbing").
                break
        if node is t and _lemma(t) in ATTITUDE_PASSIVES:
            out += _children(t, "nsubjpass")  # "the council is opposed to", "the army is prepared to"
        if out == [] and prev is not None and prev.dep_ == "prep" and node.dep_ in ("dobj", "nsubjpass") \
                and (prev.lower_, _lemma(node.head)) in _IMPUTING:
            return [node]  # "accused soldiers of executing civilians": the accused are who did it
        if node.pos_ in ("VERB", "AUX") and prev is not None and prev.dep_ == "prep" and out == [] \
                and (prev.lower_ == "for" or (prev.lower_, _lemma(node)) in _IMPUTING) \
                and (objs := _children(node, "dobj", "nsubjpass")):
            # "arrested a man for killing his neighbour", "the army was blamed for shelling": whom the
            # verb was done to for the act did it, not who did the verb
            return objs
        if node.pos_ in ("VERB", "AUX"):
            if prev is not None and prev.dep_ in ("ccomp", "parataxis", "dobj") and (
                    _lemma(node) in REPORT_VERBS or (prev.dep_ == "ccomp" and _lemma(node) in _FINDING_OUT)) \
                    and not any(c.pos_ == "PRON" and c.lower_ not in _INDEFINITE and c.lower_ not in ("you", "your")
                                and speaker_agrees(c, _children(node, "nsubj")) for c in out) \
                    and not (prev is t and prev.dep_ == "dobj" and _lemma(node) in _DECLARING
                             and _lemma(t) in vocabulary()["decisions"]):
                # The speaker is only the antecedent of a pronoun doer ("the army said it killed").
                break
            if prev is not None and prev.dep_ == "xcomp" and _lemma(node) in OBJECT_CONTROL:
                out += _children(node, "dobj")
            if prev is not None and prev.dep_ == "xcomp" and _lemma(node) in _RAISING and _children(node, "auxpass"):
                out += _children(node, "nsubjpass")  # "police are said to have arrested": they did it
            subjects = [c for c in _children(node, *_SUBJECT_DEPS) if part.start <= c.i < part.end]
            if node is t and not subjects:
                # the parser sometimes hangs the subject on the auxiliary ("troops are ..."): still the verb's subject
                subjects = [s for a in _children(t, "aux", "auxpass") for s in _children(a, *_SUBJECT_DEPS)
                            if part.start <= s.i < part.end]
            if node is not t and _lemma(node) in REPORT_VERBS and not any(c.pos_ == "PRON" for c in out):
                # "gunmen armed with rifles killed 28, the U.N. office said", the act misread as
                # hanging on its doer: a speaker named after the act reports it, never did it
                # (unless a pronoun stands for the speaker: '"I will not resign," she said')
                subjects = [c for c in subjects if c.i < t.i]
            # an adjective parsed as a second subject modifies the noun ("Sudan's paramilitary RSF")
            out += [c for c in subjects if not (c.tag_ == "JJ" and any(o.i > c.i and o.pos_ in ("NOUN", "PROPN")
                                                                        for o in subjects))]
            if node is not t and prev is not None and prev.dep_ == "conj" and prev.pos_ == "VERB" and prev.tag_ != "VBN" \
                    and _children(prev, "dobj", "xcomp", "ccomp") \
                    and _children(node, "auxpass") and not _children(prev, "nsubj", "nsubjpass"):
                # "was treated by paramedics and declined to go": an active verb joined to a passive
                # shares its subject, the one it was done to, not its agent ("was captured by X and
                # handed over to Y", passive too, keeps X)
                out += _children(node, "nsubjpass")
            else:
                out += [p for a in _children(node, "agent") for p in _children(a, "pobj")]
            if node is t:
                out += by_agents(t)
                out += placed_by(t)
            if node is t and t.dep_ in ("advcl", "conj", "relcl") and _children(t, "nsubj"):
                # A clause with a subject of its own ("patrolled the city after gunmen killed
                # twelve", "saw unrest in June, when police opened fire") is not done by the
                # subject of the clause it hangs on.
                break
            if node is t and t.dep_ == "advcl" and _children(t, "nsubjpass") and _violent(t):
                # "police released images after a driver was punched", "troops withdrew after they were
                # attacked": violence told in the passive in a clause of its own is not done by the
                # subject of the clause it hangs on (its "by" phrase, read above, names who did it)
                break
            if node is t and (_conjoined_passive(t) or _passive_of_the_same(t)):
                break  # "surrendered and were detained": the subject they share is whom it was done to
            if prev is t and t.dep_ == "conj" and t.pos_ == "VERB" and subjects and node.dep_ == "advcl":
                # "police detained 40 after protesters set fires and clashed with officers": the
                # subject the clause of time shares, not the main clause's (a conjunct hung on a
                # reported clause may be the parser's slip for the main clause's own)
                break
            if prev is t and t.pos_ != "VERB" and t.dep_ in ("nsubj", "nsubjpass") and node.dep_ == "advcl":
                # "police fired as protests turned violent": a noun that is the subject of a clause
                # of time is done by no one the clause hangs on (its light verb's agent counts: "an
                # attack was carried out by gunmen"); "X met Y, but the talks broke down": X's talks
                break
            if prev is not None and prev.dep_ == "advcl" and prev.tag_ == "VBG":
                # "tracked militants escaping the fighting": the gerund's doer is the object before it;
                # one set off by a comma tells what the subject's act did ("shot at the car,
                # killing two")
                objs = [o for o in _children(node, "dobj") if o.i < prev.i
                        and not any(x.text == "," for x in o.doc[o.i:prev.i])]
                out = objs + out
        elif node is not t and node.pos_ in ("NOUN", "PROPN", "PRON", "DET") and prev is not None and prev.dep_ == "acl":
            if prev is t and t.tag_ == "VBN" and _suffered(t) and not _children(t, "dobj"):
                break  # "the men held in the slaying", "a convoy attacked near Gao": the noun it was done to
            out.append(node)
            if prev is not t and _lemma(prev) in _SUSPECTING:
                break  # "arrested a man suspected of stabbing two women": the man, not who arrested him
            if prev.tag_ == "VBG" and _lemma(node) in vocabulary()["people"]:
                # "sent food to refugees fleeing the war": the people the participle describes do it,
                # or no one named does; never the subject of the clause they are named in
                break
        if node.dep_ == "relcl" and (node is not t or _children(t, "auxpass")
                                     or any(c.lower_ == "who" for c in _children(t, "nsubj"))):
            # A relative clause is closed: its doer is in it, or by its "who" ("critics who accused
            # her": the critics, whoever she is); a passive one with no agent names none ("the body
            # of a man who had been shot": not the finders).
            break
        if node.head.i == node.i:
            break
        prev, node = node, node.head
    return out


_IN_ACT = {"in", "under", "during", "amid", "amidst"}
# Coming to an act after it was told of: its doers are not who came
_ANSWERING = {"respond", "react", "rush", "race", "investigate"}
# What a person is held to have done: "a man suspected of", "a woman accused of", "wanted for".
_SUSPECTING = {"suspect", "accuse", "charge", "convict", "want", "blame"}


def _passive(v: Token) -> bool:
    return bool(_children(v, "auxpass")) or (v.dep_ == "conj" and bool(_children(v.head, "auxpass"))
                                             and not _children(v, "nsubj", "nsubjpass"))


def by_agents(t: Token) -> list[Token]:
    """Who did a passive act where the parse gives its "by" phrase no agent's label: after an adverb
    ("killed, allegedly by police"), on a verb joined to it ("were shot and killed by soldiers"), or
    on the act it was done in ("killed under bombardment by rebels", "died in an attack by militants"),
    or on the judgment it passed ("was described as reckless by X")."""
    if t.pos_ != "VERB" or not _passive(t):
        return []
    verbs = [t, *(c for c in t.children if c.dep_ == "conj" and c.pos_ == "VERB" and _passive(c))]
    holders = [*verbs, *(o for v in verbs for p in _children(v, "prep") if p.lower_ in _IN_ACT
                         for o in _children(p, "pobj") if _lemma(o) in lexicon().get("nouns", {})),
               # the judgment a passive passes: "was described as reckless by X"
               *(o for v in verbs for p in _children(v, "prep") if p.lower_ == "as" for o in p.children)]
    return [o for h in holders for p in h.children if p.lower_ == "by" and (
                p.dep_ == "agent" and h is not t or p.dep_ == "prep" and not _temporal(p))
            for o in _children(p, "pobj")]


def placed_by(t: Token) -> list[Token]:
    """Who set the device that went off: "a bomb planted by militants exploded", "a mine laid by the
    rebels was detonated"."""
    return [o for d in _children(t, "nsubj", "nsubjpass") if _lemma(d) in vocabulary()["explosives"]
            for v in _children(d, "acl") if _lemma(v) in _PLACING
            for a in _children(v, "agent") for o in _children(a, "pobj")]


_PLACING = {"plant", "place", "lay", "set", "hide", "leave", "attach", "fit", "rig"}


_CROWD_MUNITIONS = {"gas", "teargas", "cannon", "spray", "pellet", "ball", "canister", "bullet", "grenade"}


def object_candidates(t: Token, event_type: str | None = None) -> list[Token]:
    """Possible targets of the event at `t`, nearest first: the recipient of a giving verb, the
    object, the subject of a demanded or accused clause ("demanded that the ministry withdraw the decree"), then the
    prepositions that mark a target for this type of event ("talks with", "aid to", "against")."""
    preps = TARGET_PREPS | TYPE_PREPS.get(event_type or "", set())
    if event_type == "COERCE" and any(_lemma(o) in _CROWD_MUNITIONS for o in _children(t, "dobj")):
        preps = preps | {"at"}  # "fired tear gas at the marchers": whom the munitions were fired at
    out: list[Token] = []
    # "donated and delivered goods to X": a coordinated verb shares its partner's recipient.
    # (not a verb of reporting the model joined to the act: "killed two and wounded five, the
    # governor said on Telegram")
    heads = [t, *(c for c in t.children if c.dep_ == "conj" and c.pos_ == "VERB" and _lemma(c) not in REPORT_VERBS)] \
        if t.pos_ == "VERB" else [t]
    if t.pos_ == "VERB":
        out += _children(t, "dative", "iobj")
        out += _children(t, "dobj", "nsubjpass")
        patient = clipped_patient(t)
        if patient is None and t.tag_ == "VBN" and t.dep_ == "acl" and _suffered(t) and t.head.pos_ in ("NOUN", "PROPN") \
                and not _children(t, "dobj"):
            patient = t.head  # "two men seized with them", "sailors captured on Friday": whom it was done to
        if patient is not None:
            out.append(patient)
        # (a clause "for" opens is a demanded one too: "called for the governor to resign")
        for clause in [*_children(t, "ccomp", "xcomp"),
                       *(c for c in _children(t, "advcl") if any(m.lower_ == "for" for m in _children(c, "mark")))]:
            if _lemma(clause) in _NAMING and any(x.lower_ == "what" for x in clause.doc[clause.left_edge.i:clause.i]):
                # "struck what the army described as Hezbollah infrastructure", "bombed what officials
                # called Taliban hideouts": what was struck is what the clause names it as, not whoever named it
                out += [o for p in _children(clause, "prep") if p.lower_ == "as" for o in _children(p, "pobj")]
                out += [o for o in _children(clause, "oprd", "dobj") if o.lower_ != "what"]
                continue
            # "warned it would take decisive measures": with no one addressed, the clause's pronoun
            # is the speaker itself, no target
            out += [s for s in _children(clause, "nsubj", "nsubjpass")
                    if not (s.lower_ in ("it", "we") and clause.dep_ == "ccomp" and not _children(t, "dobj"))]
        if _passive_complement(t) or _conjoined_passive(t):
            out += _children(t.head, "nsubj", "nsubjpass")  # "Smith wound up being stabbed": Smith was
    if t.pos_ == "VERB" and _lemma(t) in _WRESTING and _ground_taken(t):
        # "took the town from the rebels": whom ground is taken from is whom the act is done to
        # (the model hangs "from" on the verb or on the ground taken)
        out += [o for h in (t, *_children(t, "dobj")) for p in _children(h, "prep") if p.lower_ == "from"
                for o in _children(p, "pobj")]
    for h in heads:
        for p in _children(h, "prep", "dative"):
            if p.lower_ == "at" and t.pos_ != "VERB" and not any(
                    _people(o) or any(_people(c) for c in o.children if c.dep_ in ("poss", "compound", "amod"))
                    for o in _children(p, "pobj")):
                # "a robbery at a gas station", "a shooting at the Quick Stop": where, not whom (but
                # "an attack at the army's checkpoint", "at a police post": on those who hold it)
                continue
            if (p.lower_ in preps or (t.pos_ != "VERB" and p.lower_ == "of")) and not _temporal(p):
                # "attacked the city with drones": what it was done with is the arm, not a side
                out += [o for o in _children(p, "pobj") if not (p.lower_ == "with" and _an_arm(o))]
    if t.pos_ == "VERB":
        # "exchanged gunfire with M23 rebels", "fought pitched battles with troops": the model hangs
        # "with" on the fight the verb names; its pobj is the other side
        out += [o for d in _children(t, "dobj") if _lemma(t) in ("exchange", "trade") or _a_fight(d)
                for p in _children(d, "prep") if p.lower_ in ("with", "against") and not _temporal(p)
                for o in _children(p, "pobj") if not _an_arm(o)]
    if t.pos_ == "VERB" and event_type == "PROTEST":
        # "marched to demand that Britain free them", "rallied to urge the council to act": whom the
        # protest's purpose addresses
        out += [x for c in _children(t, "advcl", "xcomp") if _lemma(c) in _DEMANDING and _children(c, "aux")
                for x in (*_children(c, "dobj"), *(s for cc in _children(c, "ccomp") for s in _children(cc, "nsubj")),
                          *(o for p in _children(c, "prep") if p.lower_ == "on" for o in _children(p, "pobj")))]
    if t.pos_ == "VERB" and _lemma(t) == "run":
        # "tried to run over a trooper": the model hangs whom the car was driven at on "over" as a preposition
        out += [o for p in _children(t, "prep") if p.lower_ in ("over", "down") for o in _children(p, "pobj")]
    if t.pos_ == "VERB" and _lemma(t) in ("set", "put"):
        # "set fire to the consulate": what the fire was set to
        fire = [d for d in _children(t, "dobj") if d.lemma_.lower() == "fire"]
        out += [o for h in (t, *fire) if fire for p in _children(h, "prep") if p.lower_ == "to"
                for o in _children(p, "pobj")]
    if t.pos_ == "VERB" and _lemma(t) in ("fire", "shoot", "open"):
        # "fired four times, striking the man": whom the shots hit, told in their outcome
        out += [o for c in _children(t, "advcl") if c.tag_ == "VBG" and _lemma(c) in HITTING
                for o in _children(c, "dobj")]
    if t.pos_ != "VERB":
        out += _children(t, "poss") if _children(t, "prep") else []
        if t.dep_ == "pobj" and t.head.lower_ == "in" and _lemma(t.head.head) == "engage":
            out += _children(t.head.head, "dobj")  # "engaged the bandits in a gunfight": whom it was fought with
        if _lemma(t) == "custody" and held_in_custody(t):
            out += _children(t.head.head, "nsubj")  # "three men are in custody": those held
    return out


# Verbs of a protest's purpose that name whom it is made of ("to demand that", "to urge")
_DEMANDING = {"demand", "urge", "press", "call", "ask", "petition", "pressure", "protest", "denounce", "condemn"}


def _a_fight(tok: Token) -> bool:
    """A noun that names a fight between two sides ("battles", "a gunfight"), by the trigger lexicon."""
    entry = lexicon().get("nouns", {}).get(tok.lemma_.lower())
    senses = entry if isinstance(entry, list) else [entry] if entry else []
    return any(e.get("type") == "ASSAULT" and not e.get("needs") for e in senses)


def _an_arm(tok: Token) -> bool:
    words = vocabulary()
    arms = words["explosives"] | words["weapons"] | words["airborne"] | words["warplanes"] | words["aircraft"] \
        | words["munitions"]
    return tok.lemma_.lower() in arms - {"fighter"}  # ("died with two rebel fighters": men, not jets)


# What shots do to whom they strike: the verbs of an outcome clause after the fire.
HITTING = {"strike", "hit", "wound", "kill", "injure"}
# A paper that "learnt" or "gathered" that something happened found it out: its source, never its
# doer ("Vanguard gathered that the gunmen stormed ...", as Nigerian and South Asian papers write)
_FINDING_OUT = {"learn", "gather"}
# An act imputed to someone by the preposition after the verb: "accused X of", "charged X with"
_IMPUTING = {("of", v) for v in ("accuse", "suspect", "convict", "acquit", "clear", "absolve")} | {
    ("with", v) for v in ("charge", "indict")}
_NAMING = {"describe", "call", "term", "label", "characterise", "characterize", "identify", "brand"}


def _people(t: Token) -> bool:
    """People or a force, named or by a word for them ("shots at police", "fire at protesters")."""
    return t.ent_type_ in ("PERSON", "NORP") or t.lower_ in actors().roles or _lemma(t) in actors().roles \
        or _lemma(t) in vocabulary()["people"]


_WRESTING = {"capture", "seize", "take", "recapture", "retake", "wrest", "regain"}


def _ground_taken(t: Token) -> bool:
    """What is taken is ground: a word for it, or a name the model calls a place."""
    return any(_lemma(o) in vocabulary()["held_ground"] or o.ent_type_ in ("GPE", "LOC", "FAC")
               for o in _children(t, "dobj", "nsubjpass"))


def _violent(t: Token) -> bool:
    """A verb whose senses include an attack."""
    return "ASSAULT" in _types(lexicon().get("verbs", {}).get(_lemma(t)))


def _conjoined_passive(t: Token) -> bool:
    """A passive joined to an active verb, with no subject of its own ("surrendered to police and were
    detained"): the subject they share is whom the passive was done to."""
    return t.dep_ == "conj" and t.head.pos_ == "VERB" and bool(_children(t, "auxpass")) \
        and not _children(t, "nsubj", "nsubjpass")


def _passive_of_the_same(t: Token) -> bool:
    """A passive joined to a verb whose subject it names again by a pronoun ("soldiers came under
    fire and two of them were killed"): those it was done to, never its doers."""
    if t.dep_ != "conj":
        return False
    return any(clause_antecedent(p) is not None for s in _children(t, "nsubjpass")
               for p in [s, *(x for o in _children(s, "prep") if o.lower_ == "of" for x in _children(o, "pobj"))])


def _passive_complement(t: Token) -> bool:
    """A passive with no subject of its own under another verb ("wound up being stabbed", "were
    reported to have been killed"): the other verb's subject is whom it was done to."""
    return t.dep_ == "xcomp" and bool(_children(t, "auxpass")) and not _children(t, "nsubj", "nsubjpass")


def purpose_objects(t: Token) -> list[Token]:
    """Objects of an assault verb in a purpose clause near a planned noun event: "groundwork for air
    attacks to follow and kill them" -> them."""
    verbs = lexicon().get("verbs", {})
    out = []
    node = t
    for _ in range(3):  # purpose clauses hang at most a few links above the noun
        if node.head.i == node.i:
            break
        node = node.head
        for c in node.children:
            for v in [c, *(x for x in c.children if x.dep_ == "conj")]:
                if v.pos_ == "VERB" and "ASSAULT" in _types(verbs.get(_lemma(v))) and v.i != t.i:
                    out += _children(v, "dobj")
    return out
