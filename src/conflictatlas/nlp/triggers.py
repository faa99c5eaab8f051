"""Event triggers and their arguments, from the dependency parse.

A trigger is a verb heading a clause or a noun heading an argument whose lemma is in the lexicon
(`data/triggers.yaml`) and whose context meets the entry's `needs`. Its arguments come from syntax:
the subject (through control verbs, coordination and light verbs: "began laying the groundwork for
air attacks" takes "The Pentagon") and the object or the "against/on" phrase.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from ..errors import CodingError
from .lexicon import triggers as lexicon
from .lexicon import vocabulary

# Verbs whose object, not subject, does the act of their infinitive ("direct the Pentagon to go").
OBJECT_CONTROL = {"direct", "order", "tell", "ask", "urge", "allow", "force", "persuade", "authorize",
                  "authorise", "instruct", "permit", "enable", "encourage", "call"}
TARGET_PREPS = {"against", "on", "at", "upon", "after"}
# Prepositions that mark who an event is done with or to, by type (beyond TARGET_PREPS).
TYPE_PREPS = {
    "CONSULT": {"with", "to"}, "AGREE": {"with", "to"}, "COOPERATE": {"with"}, "AID": {"to", "for"},
    "SUPPORT": {"to", "for"}, "REQUEST": {"from", "of"}, "ACCUSE": {"of"}, "CONCEDE": {"to", "from"},
    "REJECT": {"from", "by"}, "SANCTION": {"with"}, "ASSAULT": {"with"}, "RETREAT": {"from"},
    "MOBILIZE": {"to", "into"}, "THREATEN": {"with"}, "COERCE": {"from"}, "PROTEST": {"with"},
}
# Verbs whose subject undergoes the noun event they govern: "died in an ambush", "suffered stab wounds".
SUFFERING = {"die", "perish", "suffer", "sustain", "succumb"}
TEMPORAL_PREPS = {"after", "before", "during", "since", "amid", "following", "until", "despite"}
# Verbs of reporting: whoever says, reports or confirms that an event happened is its source, not
# its doer ("the army said 12 militants were killed": the army reports the killing).
REPORT_VERBS = {"say", "tell", "report", "add", "state", "confirm", "note", "explain", "write", "quote",
                "announce", "disclose", "reveal", "acknowledge", "estimate", "testify", "recount", "describe"}
_SUBJECT_DEPS = ("nsubj", "csubj", "expl")
# Adjectival passives whose subject holds the attitude ("is opposed to", "is committed to").
ATTITUDE_PASSIVES = {"oppose", "commit", "determine", "prepare", "dedicate", "resolve", "dispose"}


@dataclass
class Trigger:
    token: Token
    type: str
    mode: str | None
    kill: bool
    last: Token | None = None  # the last verb of a coordination telling the same act ("shot and killed")
    outcome: Token | None = None  # a clause telling its outcome ("..., killing 15")
    cause: Token | None = None  # the clause telling the act whose outcome this is ("when gunmen attacked")
    parts: list[Token] = field(default_factory=list)  # other trigger words found to tell this same act


def _lemma(t: Token) -> str:
    return t.lemma_.lower()


def _children(t: Token, *deps: str) -> list[Token]:
    return [c for c in t.children if c.dep_ in deps]


def an_age(tok: Token) -> bool:
    """An age standing for its person: "punched the 15-year-old", "a 19-year-old was stabbed"."""
    return tok.lower_ == "old" and any(c.lower_ in ("year", "years", "month", "months") for c in tok.children)


def _object_words(t: Token) -> set[str]:
    objs = _children(t, "dobj", "nsubjpass", "attr")
    ages = {"person" for o in objs if an_age(o)}
    return {_lemma(o) for o in objs} | {_lemma(c) for o in objs for c in o.children if c.dep_ == "compound"} | ages


def _measured_words(t: Token) -> set[str]:
    """The object's words, and what it is a measure of: "40 packets of cocaine", "a cache of rifles"."""
    objs = _children(t, "dobj", "nsubjpass")
    return _object_words(t) | {_lemma(p) for o in objs for c in _children(o, "prep") if c.lower_ == "of"
                               for p in _children(c, "pobj")}


def _modifier_words(t: Token) -> set[str]:
    mods = _children(t, "compound", "amod", "nmod", "poss", "advmod")
    return {c.lower_ for c in mods} | {_lemma(c) for c in mods}


# Each condition a lexicon entry may name under `needs`, as a predicate of the trigger and the
# entry's values. An entry fires when any one of its conditions holds.
_NEEDS = {
    "object": lambda t, v: bool(_object_words(t) & v),
    "object_measured": lambda t, v: bool(_measured_words(t) & v),
    "prep": lambda t, v: bool({c.lower_ for c in _children(t, "prep", "agent") if not _temporal(c)} & v),
    "particle": lambda t, v: bool({c.lower_ for c in _children(t, "prt", "advmod")} & v),
    "particle_prep": lambda t, v: bool({c.lower_ for c in _children(t, "prt", "prep")} & v),
    "modifier": lambda t, v: bool(_modifier_words(t) & v),
    "object_of": lambda t, v: t.dep_ == "dobj" and _lemma(t.head) in v,
    "after_prep": lambda t, v: t.dep_ == "pobj" and t.head.lower_ in v,
    "prep_object": lambda t, v: any(x.dep_ == "pobj" and _lemma(x) in v and x.head.dep_ == "prep"
                                    for x in t.subtree if x.i > t.i),
    "object_clause": lambda t, v: bool(_children(t, "xcomp", "ccomp")
                                       or (t.pos_ != "VERB" and _children(t, "acl", "advcl"))),
    # a that-clause whose verb is bare or modal-less ("insisted that troops withdraw"), not a
    # report of what is or was ("insisted she had not lied")
    "object_clause_subjunctive": lambda t, v: any(c.tag_ in ("VB", "VBP") and c.pos_ == "VERB" and not _children(c, "aux")
                                                  for c in _children(t, "ccomp")),
    "intransitive": lambda t, v: not _children(t, "dobj"),
    "pronoun_object": lambda t, v: any(o.pos_ == "PRON" and o.lower_ not in ("it", "this", "that")
                                       for o in _children(t, "dobj")),
    "subject": lambda t, v: bool(_subject_words(t) & v),
}


def _subject_words(t: Token) -> set[str]:
    """The subject's lemmas; a counted subject ("some 5,000 people", "thousands") is also a crowd."""
    subj = _children(t, "nsubj")
    counted = any(c.like_num or any(n.dep_ == "nummod" for n in c.children) for c in subj)
    return {_lemma(c) for c in subj} | ({"crowd"} if counted else set())


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
        check = _NEEDS.get(kind)
        if check is None:
            raise CodingError(f"unknown condition {kind!r} in the trigger lexicon; one of: {', '.join(_NEEDS)}")
        if check(t, _values(values) if isinstance(values, list) else values):
            return True
    return False


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


def find_triggers(sent: Span) -> list[Trigger]:
    lex = lexicon()
    verbs, nouns = lex.get("verbs", {}), lex.get("nouns", {})
    found: list[Trigger] = []
    for t in sent:
        lemma = _lemma(t)
        if t.pos_ == "VERB" and lemma in verbs and t.dep_ not in ("amod", "compound"):
            senses = verbs[lemma]
        elif t.pos_ in ("NOUN", "PROPN") and (lemma in nouns or t.lower_ in nouns) and t.dep_ not in ("compound",):
            senses = nouns.get(lemma) or nouns[t.lower_]
        else:
            continue
        # A lemma may have several senses ("expel diplomats" is a sanction, "expel migrants" coercion):
        # the first whose conditions hold is the one meant.
        entry = _sense(t, senses)
        if entry is None:
            continue
        # "shot dead", "beaten to death": the result phrase makes any assault a killing.
        killed = bool(entry.get("kill")) or any(c.lower_ in ("dead", "death", "fatally", "fatal", "deadly")
                                                for c in t.subtree if c.head.i == t.i or c.head.head.i == t.i)
        found.append(Trigger(t, entry["type"], _mode(t, entry, entry["type"]), killed))
    # Coordinated verbs of one type with one doer tell one act ("shot and killed two guards", "stormed
    # and looted the compound"): one trigger spanning them, a killing if any of them kills.
    by_i = {tr.token.i: tr for tr in found}
    for tr in list(found):
        t = tr.token
        head = by_i.get(t.head.i)
        if t.pos_ == "VERB" and t.dep_ == "conj" and head is not None and head.token.pos_ == "VERB" \
                and head.type == tr.type and not _children(t, "nsubj", "nsubjpass"):
            head.kill = head.kill or tr.kill
            head.mode = head.mode or tr.mode
            head.last = t
            head.parts.append(t)
            found.remove(tr)
    # A noun event that is the object of a verb ("mounted a raid", "carried out strikes") is that
    # verb's act in the rules below: what the verb's clauses say of it, they say of the noun's event.
    light = {tr.token.head.i: tr for tr in found if tr.token.pos_ != "VERB" and tr.token.dep_ == "dobj"
             and tr.token.head.pos_ == "VERB" and tr.token.head.i not in by_i}
    # The outcome of an attack told as a participle clause or a coordinated passive is the same act
    # ("detonated a bomb, killing 15", "12 were killed and 24 wounded when a car bomb exploded",
    # "launched an assault on the base, targeting its gates").
    for tr in list(found):
        t = tr.token
        head = by_i.get(t.head.i) or (light.get(t.head.i) if t.dep_ == "advcl" else None)
        outcome = t.pos_ == "VERB" and head is not None and head.type == tr.type == "ASSAULT" and (
            (t.dep_ == "advcl" and t.tag_ == "VBG")
            or (t.dep_ == "conj" and t.tag_ == "VBN" and _children(t, "nsubjpass", "nsubj")
                and _children(head.token, "nsubjpass")))
        if outcome and tr in found:
            head.kill = head.kill or tr.kill
            if tr.kill:  # only a killing clause says who died
                head.outcome = head.outcome or t
            head.parts.append(t)
            found.remove(tr)
    # The ellipsis "three were killed and five (others) wounded" tells one attack's toll: the wounded
    # participle hangs on a number or "others" coordinated with the killing verb or its subject.
    for tr in list(found):
        t = tr.token
        if tr.type != "ASSAULT" or t.tag_ != "VBN" or t.dep_ != "acl" or t.head.dep_ != "conj" or tr not in found:
            continue
        partner = t.head.head
        host = by_i.get(partner.i) or (by_i.get(partner.head.i) if partner.dep_ in ("nsubjpass", "nsubj") else None)
        if host is not None and host is not tr and host.type == "ASSAULT" and host in found:
            host.kill = host.kill or tr.kill
            host.parts.append(t)
            found.remove(tr)
    # A relative clause on a noun event that tells an act of its type tells that event ("an offensive
    # that targeted the town"): one act, its target in the clause.
    for tr in list(found):
        t = tr.token
        head = by_i.get(t.head.i)
        if t.pos_ == "VERB" and t.dep_ == "relcl" and head is not None and head.token.pos_ != "VERB" \
                and head.type == tr.type and tr in found:
            head.kill = head.kill or tr.kill
            head.last = head.last or t
            head.parts.append(t)
            found.remove(tr)
    # The attack a "when"/"as"/"after" clause tells is the one whose outcome the main clause gives
    # ("two guards were killed when gunmen attacked the convoy", "... after jets carried out air
    # strikes"): one act, its doer in that clause.
    by_i = {tr.token.i: tr for tr in found}
    for tr in list(found):
        t = tr.token
        if tr.type == "ASSAULT" and t.pos_ != "VERB" and t.dep_ == "dobj" and t.head.i in light \
                and light[t.head.i] is tr:
            t = t.head  # the noun's verb carries the clause
        if tr.type != "ASSAULT" or t.pos_ != "VERB" or t.dep_ != "advcl":
            continue
        if not any(c.lower_ in ("when", "as", "after", "while") for c in t.children if c.dep_ in ("mark", "advmod")):
            continue
        host = by_i.get(t.head.i)
        if host is None and t.head.dep_ == "conj":
            host = by_i.get(t.head.head.i)
        if host is not None and host.type == "ASSAULT" and host is not tr:
            host.cause = host.cause or t
            host.mode = host.mode or tr.mode
            host.parts.append(tr.token)
            found.remove(tr)
    # A noun that is the object or the subject of a verb trigger of the same type tells the same event
    # ("fought a battle", "Israeli shelling killed three"), as does the subject of a verb coordinated
    # with one ("a blast tore through the bus and killed six"): keep the verb, which finds its doer
    # through the noun.
    verbs_by_i = {tr.token.i: tr for tr in found if tr.token.pos_ == "VERB"}

    def verb_of(verb: Token, etype: str) -> bool:
        tr = verbs_by_i.get(verb.i)
        return tr is not None and tr.type == etype

    def told_by_a_verb(tr: Trigger) -> bool:
        n = tr.token
        if n.pos_ == "VERB":
            return False
        if n.dep_ in ("dobj", "nsubj") and verb_of(n.head, tr.type):
            return True
        return n.dep_ == "nsubj" and any(c.dep_ == "conj" and verb_of(c, tr.type) and not _children(c, "nsubj", "nsubjpass")
                                         for c in n.head.children)

    return [tr for tr in found if not told_by_a_verb(tr)]


def _found_aux(t: Token) -> Token | None:
    """A headline's "Man found shot", which the model reads with "found" as an auxiliary."""
    return next((c for c in t.children if c.dep_ == "aux" and c.lower_ in ("found", "discovered")), None)


def found_in_state(t: Token) -> bool:
    """A past participle telling the state someone was found in ("police found a man shot", "was
    found stabbed"): whoever found them did not do it."""
    if t.tag_ in ("VBN", "VBD") and _found_aux(t) is not None:
        return True
    if t.dep_ not in ("ccomp", "xcomp", "oprd") or t.head.lemma_ not in ("find", "discover"):
        return False
    # The model often reads the participle as a past tense ("found a man shot" as "a man shot"): a
    # past with no object, no auxiliary and no "that" is the participle ("found the man shot his wife" is not).
    return t.tag_ == "VBN" or (t.tag_ == "VBD" and not _children(t, "dobj", "aux", "auxpass", "mark"))


def subject_candidates(t: Token) -> list[Token]:
    """Possible doers of the event at `t`, nearest first, climbing through the clauses above it."""
    if found_in_state(t):
        return [p for a in _children(t, "agent") for p in _children(a, "pobj")]  # only "... shot by X"
    out: list[Token] = []
    node, prev = t, None
    first_verb = True
    for _ in range(8):
        if node is not t and prev is not None and prev.dep_ == "pobj" and node.lower_ in TEMPORAL_PREPS:
            # "25 people are dead after an explosion": a time phrase links two events, and the
            # subject of one is not the doer of the other.
            break
        if node is not t and t.pos_ != "VERB" and node.pos_ == "VERB" and first_verb:
            first_verb = False
            if (is_event_verb(node) or _lemma(node) in SUFFERING) and prev is not None \
                    and prev.dep_ in ("dobj", "pobj", "prep"):
                # "fleeing the fighting": a noun event that another event acts on is not done by
                # that event's subject; "died in an ambush", "sustained bullet wounds": its subject
                # is whom it was done to (victim()).
                break
        if node is t and _lemma(t) in ATTITUDE_PASSIVES:
            out += _children(t, "nsubjpass")  # "Israel is opposed to", "the army is prepared to"
        if node.pos_ in ("VERB", "AUX"):
            if prev is not None and prev.dep_ in ("ccomp", "parataxis", "dobj") and _lemma(node) in REPORT_VERBS \
                    and not any(c.pos_ == "PRON" for c in out):
                # The speaker is only the antecedent of a pronoun doer ("the army said it killed").
                break
            if prev is not None and prev.dep_ == "xcomp" and _lemma(node) in OBJECT_CONTROL:
                out += _children(node, "dobj")
            out += _children(node, *_SUBJECT_DEPS)
            out += [p for a in _children(node, "agent") for p in _children(a, "pobj")]
            if prev is not None and prev.dep_ == "advcl" and prev.tag_ == "VBG":
                # "tracked militants escaping the fighting": the gerund's doer is the object before it.
                objs = [o for o in _children(node, "dobj") if o.i < prev.i]
                out = objs + out
        elif node is not t and node.pos_ in ("NOUN", "PROPN") and prev is not None and prev.dep_ == "acl":
            out.append(node)
        if node.dep_ == "relcl" and node is not t:
            break
        if node.head.i == node.i:
            break
        prev, node = node, node.head
    return out


def telegraphic(sent) -> bool:
    """A headline's clipped grammar ("Two men arrested in robbery", "Suspect held"): no finite verb
    and no auxiliary, so a bare past participle is the predicate, a passive told, not a description."""
    return not any(w.tag_ in ("VBD", "VBZ", "VBP", "MD") or w.pos_ == "AUX" for w in sent)


def _clipped_past(t: Token) -> bool:
    """A headline's clipped passive the tagger read as a past tense ("Woman stabbed near park",
    "Teen shot outside school"): a bare person noun as subject (no article, as headlines write it),
    no object and no other finite verb. Headlines tell what someone did in the present ("Man stabs
    neighbour"), so a bare past with no object is what was done to them."""
    senses = lexicon().get("verbs", {}).get(t.lemma_.lower()) or []
    if not any(e.get("type") in ("ASSAULT", "COERCE") for e in (senses if isinstance(senses, list) else [senses])):
        return False  # "women marched": a protest verb has no patient to clip
    subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
    return (subj is not None and subj.i < t.i and subj.lemma_.lower() in vocabulary()["people"]
            and not any(c.dep_ in ("det", "poss") for c in subj.children)
            and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "dative", "attr") for c in t.children)
            and not any(w.i != t.i and (w.tag_ in ("VBD", "VBZ", "VBP", "MD") or w.pos_ == "AUX") for w in t.sent))


def clipped_patient(t: Token) -> Token | None:
    """Whom a passive participle with no subject of its own is done to: the subject of a headline's
    clipped passive ("Farmer, 60, shot near Leeds"), or of the clause a passive participle phrase
    completes ("a cyclist was treated in hospital after being hit by a van")."""
    def about(v: Token) -> Token | None:  # a clause's subject, or the noun a reduced relative is on
        subj = next((c for c in v.children if c.dep_ in ("nsubjpass", "nsubj")), None)
        return v.head if subj is None and v.dep_ == "acl" and v.head.pos_ in ("NOUN", "PROPN") else subj

    if t.tag_ == "VBD" and t.dep_ == "ROOT" and _clipped_past(t):
        return about(t)
    if found_in_state(t):  # "found a man shot": the man; "a woman was found stabbed": the woman
        aux = _found_aux(t)
        return (next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                or (about(aux) if aux is not None else about(t.head)))
    if t.tag_ != "VBN":
        return None
    if telegraphic(t.sent) and (t.dep_ == "ROOT" or (t.dep_ == "acl" and t.head.dep_ == "ROOT")):
        return about(t)
    if t.dep_ == "pcomp" and t.head.dep_ == "prep" and any(c.dep_ == "auxpass" for c in t.children):
        return about(t.head.head)
    return None


def object_candidates(t: Token, event_type: str | None = None) -> list[Token]:
    """Possible targets of the event at `t`, nearest first: the recipient of a giving verb, the
    object, the subject of a demanded or accused clause ("demanded that the US cancel"), then the
    prepositions that mark a target for this type of event ("talks with", "aid to", "against")."""
    preps = TARGET_PREPS | TYPE_PREPS.get(event_type or "", set())
    out: list[Token] = []
    # "donated and delivered goods to X": a coordinated verb shares its partner's recipient.
    heads = [t, *(c for c in t.children if c.dep_ == "conj" and c.pos_ == "VERB")] if t.pos_ == "VERB" else [t]
    if t.pos_ == "VERB":
        out += _children(t, "dative", "iobj")
        out += _children(t, "dobj", "nsubjpass")
        patient = clipped_patient(t)
        if patient is not None:
            out.append(patient)
        for clause in _children(t, "ccomp", "xcomp"):
            out += _children(clause, "nsubj", "nsubjpass")
    for h in heads:
        for p in _children(h, "prep", "dative"):
            if (p.lower_ in preps or (t.pos_ != "VERB" and p.lower_ == "of")) and not _temporal(p):
                out += _children(p, "pobj")
    if t.pos_ != "VERB":
        out += _children(t, "poss") if _children(t, "prep") else []
    return out


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
