"""Event triggers, from the dependency parse.

A trigger is a verb heading a clause or a noun heading an argument whose lemma is in the lexicon
(`data/triggers.yaml`) and whose context meets the entry's `needs`. Its arguments come from syntax
(arguments.py): the subject (through control verbs, coordination and light verbs: "began laying the
groundwork for air attacks" takes "The Pentagon") and the object or the "against/on" phrase.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from . import conditions
from .conditions import _children, _lemma  # the parse helpers every rule module shares
from .lexicon import triggers as lexicon
from .lexicon import vocabulary
from .senses import COUNTING, _mode, _sense, death_named

TARGET_PREPS = {"against", "on", "upon", "after"}
# Prepositions that mark who an event is done with or to, by type (beyond TARGET_PREPS). "At" marks
# the target of a shot or a threat ("fired at soldiers"); of an arrest or a protest, where it was.
TYPE_PREPS = {
    "CONSULT": {"with", "to"}, "AGREE": {"with", "to"}, "COOPERATE": {"with"}, "AID": {"to", "for"},
    "SUPPORT": {"to", "for"}, "REQUEST": {"from", "of"}, "ACCUSE": {"of"}, "CONCEDE": {"to", "from"},
    "REJECT": {"from", "by"}, "SANCTION": {"with"}, "ASSAULT": {"with", "at"}, "RETREAT": {"from"},
    "MOBILIZE": {"to", "into"}, "THREATEN": {"with", "at"}, "COERCE": {"from"}, "PROTEST": {"with"},
}
# Verbs whose subject undergoes the noun event they govern: "died in an ambush", "suffered stab wounds".
SUFFERING = {"die", "perish", "suffer", "sustain", "succumb"}


def suffers(v) -> bool:
    """A verb of suffering: "died", "sustained wounds", or the idiom of dying, to lose one's life."""
    lemma = v.lemma_.lower()
    return lemma in SUFFERING or (lemma == "lose" and any(c.dep_ == "dobj" and c.lemma_.lower() == "life"
                                                         for c in v.children))
TEMPORAL_PREPS = {"after", "before", "during", "since", "amid", "following", "until", "despite"}
# Adverbs whose "of"/"to" makes a time phrase of two words ("ahead of a rally", "prior to the vote").
TEMPORAL_HEADS = {"ahead", "prior"}


def temporal_prep(prep: Token) -> bool:
    """A preposition that sets an event in time beside another ("after", "ahead of", "prior to")."""
    return prep.lower_ in TEMPORAL_PREPS or (prep.lower_ in ("of", "to") and prep.head.lower_ in TEMPORAL_HEADS)


# Verbs of reporting: whoever says, reports or confirms that an event happened is its source, not
# its doer ("the army said 12 militants were killed": the army reports the killing); so is who saw
# it ("protesters blocked roads, AFP correspondents saw").
REPORT_VERBS = {"say", "tell", "report", "add", "state", "confirm", "note", "explain", "write", "quote",
                "announce", "disclose", "reveal", "acknowledge", "estimate", "testify", "recount", "describe",
                "see", "witness", "observe"}
_SUBJECT_DEPS = ("nsubj", "csubj", "expl")
_ONSETS = {"begin", "start", "open", "commence"}  # an act's beginning, told of its noun
_RESULTS = {"result", "lead", "spark", "trigger", "escalate", "turn"}  # "resulting in", "led to", "escalated into"
_ENSUING = {"ensue", "follow"}
# Adjectival passives whose subject holds the attitude ("is opposed to", "is committed to").
ATTITUDE_PASSIVES = {"oppose", "commit", "determine", "prepare", "dedicate", "resolve", "dispose",
                     "disappoint", "outrage", "dismay", "shock", "alarm", "horrify", "concern", "trouble"}


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
    finder: bool = False  # the subject found the act's outcome ("police found a body"), did not do it


def _in_name(t: Token, sent: Span) -> bool:
    """An event noun written with a capital inside a run of capitalised words that names a body
    ("the Metro Police Arson and Bomb Squad", "the Riot Control Unit") is a word of that body's
    name, not an act; a title-case line keeps its capitals on every word and tells nothing by them."""
    if t.i == sent.start or not t.text[:1].isupper():
        return False
    words = [w for w in sent if w.is_alpha]
    if sum(w.text[:1].isupper() for w in words) >= 0.7 * len(words):
        return False
    run, bodies = [t], vocabulary()["name_bodies"]
    for step in (-1, 1):
        i = t.i + step
        while sent.start <= i < sent.end and (sent.doc[i].text[:1].isupper() or sent.doc[i].lower_ in ("and", "of", "&")):
            run.append(sent.doc[i])
            i += step
    return any(w.lower_ in bodies for w in run if w.text[:1].isupper())


def _capital_verb(t: Token, sent: Span) -> bool:
    """A verb written with a capital inside a sentence ("the Group to Support Islam and Muslims",
    "Stand Up for Justice") is a word of a name: prose capitalises no verb but the first word or
    one after a quotation mark or a colon, and a title-case line capitalises all."""
    if t.i == sent.start or not t.text[:1].isupper() or t.is_upper or t.doc[t.i - 1].text in ('"', "“", ":", "‘", "'", "(", "-", "—"):
        return False
    words = [w for w in sent if w.is_alpha]
    return sum(w.text[:1].isupper() for w in words) < 0.7 * len(words)


def _noun_in_adjective(t: Token) -> bool:
    """An adjective standing for the people it describes, "the dead", "the wounded"; or the tagger's
    adjective heading a noun phrase of its own with "a", "an": "began an offensive at dawn"."""
    return t.tag_ in ("JJ", "VBN") and t.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj") \
        and any(c.dep_ == "det" and (c.lower_ == "the" or (c.lower_ in ("a", "an") and t.tag_ == "JJ"))
                for c in t.children)


def _regular_past(t: Token, verbs: dict) -> str | None:
    """The lemma of a regular past form the lemmatizer rebuilt with an "e" the verb never had
    ("cordoned" read as "cordone"): the form less its "-ed", where that is a verb of the lexicon."""
    stem = t.lower_[:-2]
    if t.tag_ in ("VBD", "VBN") and t.lower_.endswith("ed") and _lemma(t) not in verbs and stem in verbs:
        return stem
    return None


def find_triggers(sent: Span) -> list[Trigger]:
    lex = lexicon()
    verbs, nouns, adjectives = lex.get("verbs", {}), lex.get("nouns", {}), lex.get("adjectives", {})
    found: list[Trigger] = []
    for t in sent:
        lemma = _regular_past(t, verbs) or _lemma(t)
        if t.i >= 2 and t.doc[t.i - 1].text == "-" and not t.doc[t.i - 1].whitespace_ \
                and not t.doc[t.i - 2].whitespace_ and t.pos_ in ("NOUN", "ADP", "ADV", "PROPN"):
            word = f"{t.doc[t.i - 2].lower_}-{t.lower_}"  # "a sit-in", "a walk-out": the tokenizer splits them
            if word in nouns and t.dep_ not in ("compound",):
                lemma = word
        named_death = death_named(t)
        if named_death and t.lower_ in nouns:
            # "the stabbing death of a teenager", "a beating death": the act a death is named by
            senses = [{k: v for k, v in e.items() if k != "needs"}
                      for e in (nouns[t.lower_] if isinstance(nouns[t.lower_], list) else [nouns[t.lower_]])
                      if e["type"] == "ASSAULT" and (t.tag_ == "VBG" or "needs" not in e)][:1]
        elif t.pos_ == "VERB" and lemma in verbs and t.dep_ not in ("amod", "compound") and not _capital_verb(t, sent):
            senses = verbs[lemma]
        elif (t.pos_ in ("NOUN", "PROPN") or "-" in lemma or _noun_in_adjective(t)) \
                and (lemma in nouns or t.lower_ in nouns) and t.dep_ not in ("compound",) and not _in_name(t, sent):
            senses = nouns.get(lemma) or nouns[t.lower_]
        elif t.lower_ in adjectives and t.dep_ in ("acomp", "ROOT", "conj", "ccomp") \
                and (t.pos_ == "ADJ" or (t.tag_ == "VBN" and t.dep_ == "acomp")):
            senses = adjectives[t.lower_]  # a predicate of an attitude: "is critical of", "are disappointed with"
        else:
            continue
        # A lemma may have several senses ("expel diplomats" is a sanction, "expel migrants" coercion):
        # the first whose conditions hold is the one meant.
        entry = _sense(t, senses)
        if entry is None:
            continue
        # "shot dead", "beaten to death": the result phrase makes any assault a killing.
        killed = bool(entry.get("kill")) or any(c.lower_ in ("dead", "death", "fatally", "fatal", "deadly")
                                                for c in t.subtree if c.head.i == t.i or c.head.head.i == t.i) \
            or (t.pos_ == "VERB" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "dead") \
            or named_death
        if entry.get("finder") and t.dep_ in ("relcl", "acl"):
            continue  # "a man whose body was found in January": who he was, not the news
        # What was found has no means told ("found dead in a car" is no car bomb).
        mode = entry.get("mode") if entry.get("finder") else _mode(t, entry, entry["type"])
        found.append(Trigger(t, entry["type"], mode, killed, finder=bool(entry.get("finder"))))
    # A body found whose killing the sentence tells ("the body of a man who had been shot", "bodies
    # of 20 men killed by militants") is that killing's mention, which names more of it.
    for tr in [x for x in found if x.finder]:
        dead = [c for c in tr.token.children if c.dep_ in ("dobj", "nsubjpass", "nsubj")]
        told = {x.i for d in dead for x in d.subtree}
        if any(o.type == "ASSAULT" and o.token.i in told for o in found if o is not tr):
            found.remove(tr)
    # Coordinated verbs of one type with one doer tell one act ("shot and killed two guards", "stormed
    # and looted the compound"): one trigger spanning them, a killing if any of them kills.
    by_i = {tr.token.i: tr for tr in found}
    for tr in list(found):
        t = tr.token
        head = by_i.get(t.head.i)
        # the burning a raid does is part of it ("stormed the village and burned the market": codebook 1.1)
        part = head is not None and head.type == "ASSAULT" and tr.type == "COERCE" and tr.mode == "destroy"
        # (an arrest and a seizure are two acts: "arrested 14 men and seized rifles"; so are a
        # dispersal and an arrest: "sprayed the marchers with water cannon and detained four")
        two_kinds = tr.type == "COERCE" and head is not None and head.mode != tr.mode \
            and {head.mode, tr.mode} <= {"arrest", "seize", "dispersal"}
        if t.pos_ == "VERB" and t.dep_ == "conj" and head is not None and head.token.pos_ == "VERB" \
                and (head.type == tr.type or part) and not two_kinds and not _children(t, "nsubj", "nsubjpass"):
            head.kill = head.kill or tr.kill
            head.mode = head.mode or (tr.mode if not part else None)
            head.last = t
            head.parts.append(t)
            found.remove(tr)
    # A noun event that is the object of a verb ("mounted a raid", "carried out strikes"), or the
    # subject of one that tells no act of its own ("a blast tore through the mosque"), is that verb's
    # act in the rules below: what the verb's clauses say of it, they say of the noun's event.
    light = {tr.token.head.i: tr for tr in found if tr.token.pos_ != "VERB" and tr.token.dep_ in ("dobj", "nsubj")
             and tr.token.head.pos_ == "VERB" and tr.token.head.i not in by_i}
    # The outcome of an attack told as a participle clause or a coordinated passive is the same act
    # ("detonated a bomb, killing 15", "12 were killed and 24 wounded when a car bomb exploded",
    # "launched an assault on the base, targeting its gates").
    # The burning it does, told so, is part of it ("attacked the village, torching homes and killing
    # nine"), and a participle joined to a participle of the act is of the act too.
    hosts_of = dict(by_i)
    for tr in list(found):
        t = tr.token
        head = hosts_of.get(t.head.i) or (light.get(t.head.i) if t.dep_ == "advcl" else None) or _clause_host(t, found)
        if head is None and t.tag_ == "VBG" and t.dep_ == "advcl" and t.head.dep_ in ("advcl", "pcomp") \
                and t.head.i not in by_i:
            # hung on the verb of a clause that only times the act ("went off as an army patrol was
            # passing, killing five"): the act's outcome all the same
            clause = t.head.head if t.head.dep_ == "pcomp" else t.head
            head = hosts_of.get(clause.head.i)
        burning = tr.type == "COERCE" and tr.mode == "destroy"
        outcome = t.pos_ == "VERB" and head is not None and head.type == "ASSAULT" and (tr.type == "ASSAULT" or burning) and (
            (t.tag_ == "VBG" and (t.dep_ == "advcl" or (t.dep_ == "conj" and head.token.i != t.head.i)))
            or (t.dep_ == "conj" and t.tag_ == "VBN" and tr.type == "ASSAULT" and _children(t, "nsubjpass", "nsubj")
                and _children(head.token, "nsubjpass") and not conditions.placed_apart(t, head.token)))
        if outcome and tr in found:
            head.kill = head.kill or tr.kill
            if tr.kill:  # only a killing clause says who died
                head.outcome = head.outcome or t
            head.parts.append(t)
            hosts_of[t.i] = head
            found.remove(tr)
    # Fighting an attack results in is that attack, told by its outcome ("stormed the post,
    # resulting in clashes", "an assault that led to heavy fighting").
    absorbed: dict[int, Trigger] = {}  # a noun an attack resulted in -> that attack
    for tr in list(found):
        t = n = tr.token
        if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.lemma_.lower() in COUNTING | {"series", "wave", "round", "minute", "hour", "day", "night", "week"}:
            n = n.head.head  # "resulting in a series of clashes", "sparking hours of fighting"
        res = n.head.head if n.dep_ == "pobj" and n.head.dep_ == "prep" else n.head if n.dep_ == "dobj" else None
        # "tackled the man and a fight ensued": the fight that ensues is the assault going on
        ensuing = n.dep_ == "nsubj" and n.head.lemma_.lower() in _ENSUING
        res = n.head if ensuing else res
        if tr.type != "ASSAULT" or t.pos_ == "VERB" or res is None or (res.lemma_.lower() not in _RESULTS and not ensuing):
            continue
        host = by_i.get(res.head.i) if res.dep_ in ("advcl", "relcl", "conj") else None
        if host is not None and host is not tr and host.type == "ASSAULT" and host in found and tr in found:
            host.parts.append(t)
            found.remove(tr)
            absorbed[t.i] = host
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
    # "A shooting left one man injured": the hurt left behind is the outcome of the act that left it.
    for tr in list(found):
        t = tr.token
        left = t.head.head.head if t.head.dep_ == "pobj" and t.head.head.lower_ == "of" else t.head  # "dozens of people"
        verb = left.head
        if tr.type != "ASSAULT" or t.tag_ != "VBN" or t.dep_ != "acl" or left.dep_ != "dobj" or verb.lemma_.lower() != "leave":
            continue
        host = next((by_i.get(c.i) for c in verb.children if c.dep_ == "nsubj"), None)
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
            # (the noun may itself be the outcome of an attack told before it: "stormed the post,
            # sparking a gunbattle that killed 15": the attack's toll)
            if head.token.i in absorbed:
                host = absorbed[head.token.i]
                host.kill = host.kill or tr.kill
                host.outcome = host.outcome or t  # its toll, whoever it names; the attack keeps its target
                host.parts.append(t)
                found.remove(tr)
                continue
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
        if host is None and (t.head.dep_ == "conj" or t.head.dep_ == "advcl" and t.head.lemma_.lower() in REPORT_VERBS):
            # (the parser may hang the clause on the act's reporting clause: "was killed when insurgents
            # attacked his unit, the ministry announced")
            host = by_i.get(t.head.head.i)
        if host is None and t.head.lemma_.lower() in REPORT_VERBS:
            # or on the reporting verb the act's clause is the object of
            host = next((by_i[c.i] for c in t.head.children if c.dep_ == "ccomp" and c.i < t.i and c.i in by_i), None)
        if host is None and t.head.lemma_.lower() in _ONSETS:
            # "the offensive began when rebels stormed the post": how the act began is the act
            host = next((by_i[c.i] for c in t.head.children if c.dep_ == "nsubj" and c.i in by_i), None)
        if host is not None and _two_doers(host.token, t):
            continue  # "drones hit the depot as militants storm a checkpoint": two sides, two acts at one time
        if host is not None and host is not tr and host.type == "COERCE" and host.mode == "seize" \
                and _children(host.token, "auxpass") and not _children(host.token, "agent") and _children(t, "nsubj") \
                and tr.mode != "occupy":
            # "he was seized when gunmen ambushed the convoy": taken in an attack, by no one named but
            # the attackers, is an abduction in that attack (one act), not an arrest; one taken "while
            # fighting" for a side was captured in his own fight, and a town taken is an act of its own
            host.mode = "abduct"
            host.type = "ASSAULT"
        if host is not None and host.type == "ASSAULT" and host is not tr:
            host.cause = host.cause or t
            host.mode = host.mode or tr.mode
            host.parts.append(tr.token)
            found.remove(tr)
    # "The violence erupted when gunmen attacked a post, killing six", "the violence began on Sunday, when
    # ...": the word names no act of its own where its clause tells one, with its doer, target and toll
    for tr in [tr for tr in found if tr.token.lemma_.lower() == "violence" and tr.token.dep_ == "nsubj"]:
        told = next((o for o in found if o is not tr and o.type == "ASSAULT" and o.token.pos_ == "VERB"
                     and tr.token.head in o.token.ancestors), None)
        if told is not None:
            told.parts.append(tr.token)
            found.remove(tr)
    # A noun that is the object or the subject of a verb trigger of the same type tells the same event
    # ("fought a battle", "Israeli shelling killed three"), as does the subject of a verb coordinated
    # with one ("a blast tore through the bus and killed six"): keep the verb, which finds its doer
    # through the noun.
    verbs_by_i = {tr.token.i: tr for tr in found if tr.token.pos_ == "VERB"}
    # a verb merged into another trigger's act still tells it ("killed when an air strike hit")
    verbs_by_i.update({p.i: tr for tr in found for p in tr.parts if p.pos_ == "VERB" and p.i not in verbs_by_i})

    def verb_of(verb: Token, etype: str) -> bool:
        tr = verbs_by_i.get(verb.i)
        return tr is not None and tr.type == etype

    def told_by_a_verb(tr: Trigger) -> bool:
        n = tr.token
        if n.tag_ == "VBG" and not _children(n, "dobj"):
            # an event noun the tagger took for a gerund: "government shelling on the town killed
            # three" (a clausal subject), "artillery shelling by the rebels struck the camp"
            if n.dep_ in ("csubj", "nsubj") and verb_of(n.head, tr.type):
                return True  # (or its subject: "Fighting between the two sides killed 40")
            if n.dep_ == "acl" and n.head.dep_ == "nsubj" and verb_of(n.head.head, tr.type):
                return True
        if n.pos_ == "VERB":
            return False
        if n.dep_ in ("dobj", "nsubj") and verb_of(n.head, tr.type):
            return True
        return n.dep_ == "nsubj" and any(c.dep_ == "conj" and verb_of(c, tr.type) and not _children(c, "nsubj", "nsubjpass")
                                         for c in n.head.children)

    return [tr for tr in found if not told_by_a_verb(tr)]


_OUTCOMES = {"kill", "wound", "injure", "hurt", "maim", "die"}


def _two_doers(host: Token, clause_verb: Token) -> bool:
    """The main act and the act of its clause of time each have a doer of their own, named by a noun,
    and the main verb tells no outcome: two acts ("drones hit the depot as militants stormed a checkpoint"),
    not one told by its outcome ("two guards were killed when gunmen attacked")."""
    own = [[c for c in v.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")] for v in (host, clause_verb)]
    return all(own) and host.lemma_.lower() not in _OUTCOMES \
        and {c.lemma_.lower() for c in own[0]} != {c.lemma_.lower() for c in own[1]}


def _clause_host(t: Token, found: list) -> Trigger | None:
    """"The violence began on Sunday, when gunmen attacked the posts, killing 12": the parser hangs
    the outcome participle on the main verb, but it tells the outcome of the attack in the clause
    just before it."""
    if not (t.tag_ == "VBG" and t.dep_ == "advcl") or t.head.i in {tr.token.i for tr in found}:
        return None
    before = [tr for tr in found if tr.token.pos_ == "VERB" and tr.token.i < t.i and tr.type == "ASSAULT"
              and tr.token.dep_ in ("relcl", "advcl") and t.head in tr.token.ancestors]
    return max(before, key=lambda tr: tr.token.i) if before else None
