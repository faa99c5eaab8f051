"""Triggers that tell no event of their own, each a class of language.

Every predicate takes the trigger token (and where needed the sentence's other triggers, keyed by
token index) and says True when the word is there for another reason: the background or content of
another event (clauses.py), a condition, a statement about a kind of event, a back-reference, or the reporter's
own sourcing language ("spoke on condition of anonymity to discuss the operation").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from . import actors as actor_mod
from .accidents import harmless_cause, traffic  # noqa: F401
from .aimed import means_aimed
from .clauses import PROTESTERS, adjunct_of_event, background, earlier, part_of_protest, theme, to_be_ended  # noqa: F401
from .counts import aggregate, characterised, counted, part_of_a_toll, service_record, span_toll, tally, war_history  # noqa: F401  (the coder asks them here)
from .figurative import figurative  # noqa: F401  (the coder asks it here)
from .habits import habitual  # noqa: F401  (the coder asks it here)
from .headlines import clipped_past, headline_part, telegraphic
from .judicial import legal_category  # noqa: F401  (the coder asks it here)
from .lexicon import gives_self_up, vocabulary
from .mundane import animal_doer, not_political  # noqa: F401

GENERIC_PREDICATES = {"fall", "rise", "drop", "decline", "increase", "decrease", "double", "surge", "grow",
                      "diminish", "ease", "halve", "triple"}
FREQUENCY_ADJECTIVES = {"frequent", "common", "rare", "routine", "commonplace", "regular", "rife", "widespread"}


def generic(t: Token) -> bool:
    """A statement about a kind of event, not an event: "Clashes are frequent in Dagestan",
    "overall attacks nationwide have fallen"."""
    if t.dep_ == "attr" and t.head.lemma_ == "be" and any(c.dep_ == "nsubj" and c.lower_ in ("it", "this", "that", "which")
                                                            for c in t.head.children):
        return True  # "it was a war crime", "this was an assault on us all": what something is called
    if t.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("any", "every") for c in t.children):
        return True  # "any rally held without a permit is illegal", "every attack on a school": a kind of act
    if t.dep_ not in ("nsubj", "nsubjpass"):
        return False
    pred = t.head
    if pred.lemma_.lower() in GENERIC_PREDICATES:
        return True
    if pred.lemma_ == "be" and any(c.dep_ == "attr" and c.lemma_.lower() in _CATEGORIES for c in pred.children):
        return True  # "attacks on aid workers are a war crime": what such acts are
    return pred.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in FREQUENCY_ADJECTIVES for c in pred.children)


_CATEGORIES = {"crime", "violation", "breach", "offence", "offense", "tactic", "form", "hallmark", "weapon", "red line"}
_RULES = {"law", "rule", "bill", "act", "order", "decree", "constitution", "policy", "measure", "regulation",
          "legislation", "code", "statute", "provision", "resolution", "mandate"}
_REPUTED = {"known", "notorious", "famous", "infamous", "renowned", "feared"}


def standing(t: Token) -> bool:
    """A power, a reputation or a state, not an act: what a rule allows ("the law allows police to detain
    suspects"), what someone is known for ("the militia is known for kidnapping foreigners"), what
    someone has in the present tense ("the navy has a blockade on the port")."""
    if t.lemma_.lower() in _BANS and t.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in t.children) \
            and not any(c.dep_ == "aux" for c in t.children) \
            and not any(x.ent_type_ in ("DATE", "TIME") or x.lower_ in ("now", "immediately") for x in t.subtree):
        # "a practice that is outlawed in most states": a law in force, not an act told ("is banned
        # from today" tells the ban)
        return True
    if t.pos_ == "NOUN" and t.dep_ == "dobj" and t.head.lemma_.lower() == "have" and t.head.tag_ in ("VBZ", "VBP") \
            and not any(c.dep_ == "aux" for c in t.head.children):
        return True  # "the navy has a blockade on the port": a state of things the present tense describes
    node = t if t.pos_ in ("VERB", "AUX") else t.head if t.dep_ == "pcomp" else t
    if node.dep_ in ("xcomp", "ccomp") and node.head.lemma_.lower() in ("allow", "permit", "authorize", "authorise", "empower",
                                                               "enable"):
        subj = next((c for c in node.head.children if c.dep_ == "nsubj"), None)
        return subj is not None and subj.lemma_.lower() in _RULES
    prep = node.head if node.dep_ in ("pcomp", "pobj") else None
    return prep is not None and prep.lower_ == "for" and prep.head.lower_ in _REPUTED


def back_reference(t: Token, event_type: str, seen: set[str]) -> bool:
    """"The blast came a day after ...", "the fighting was the most intense", "the attack drew
    condemnation": a definite noun for an event of a type the article has already told, said to be
    when, how big or what it led to, refers back to it. A retelling that tells the act itself ("the
    attack killed three", "the shooting took place at the corner") is a mention of it (codebook 1)."""
    if event_type not in seen:
        return False
    if any(c.dep_ == "poss" for c in t.children) and _time_anchor(t):
        return True
    definite = any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "these", "those", "his", "her", "their")
                   for c in t.children)
    # "Sunday's shooting", "Monday's robbery": the day it was told on names it as well as "the" does
    definite = definite or any(c.dep_ == "poss" and c.ent_type_ == "DATE" for c in t.children)
    if t.dep_ in ("dobj", "nsubjpass") and definite and t.head.lemma_.lower() in _CHARACTERISING | vocabulary()["looked_into"]:
        # "the mayor called the shooting a senseless act", "condemned the attack", "a teacher who
        # survived the attack said", "no group has claimed the bombing"
        return True
    if named_by_what(t):
        return True  # "condemned what he called a cowardly attack": the speaker's name for the act told
    if t.dep_ == "pobj" and definite and t.head.lower_ in ("by", "at", "over", "about") \
            and t.head.head.lemma_.lower() in FEELINGS:
        return True  # "deeply concerned by the killings", "condolences over the attack": a feeling about it
    if t.dep_ == "pobj" and definite and t.head.lower_ == "for" and t.head.head.lemma_.lower() in ("responsibility", "credit"):
        return True  # "X took responsibility for the bombing": who owns it, not the act again
    if t.dep_ == "pobj" and t.head.lower_ in ("after", "following", "since") \
            and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children) \
            and not any(c.dep_ in ("prep", "acl", "relcl", "compound", "amod", "poss") for c in t.children):
        # "rescuers searched the rubble hours after the attack": the time of what followed it (not
        # "after his detention", whose people the article may not have told of)
        return True
    if t.dep_ != "nsubj" or not definite:
        return False
    return t.head.lemma_.lower() in _REFERRING_PREDICATES


def named_by_what(t: Token) -> bool:
    """The noun a speaker names an act by in "what he called a X" ("condemned what it described as
    a barbaric act"): the speaker's word for an act, not an act of its own."""
    verb = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "as" else t.head
    return t.dep_ in ("oprd", "attr", "dobj", "pobj") and verb.lemma_.lower() in _NAMING and t.lower_ != "what" \
        and any(c.lower_ == "what" and c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in verb.children)


_NAMING = {"call", "describe", "term", "label", "brand", "characterise", "characterize"}
# Feelings about an act told before ("concerned by", "alarmed at"): said of it, not telling it again.
FEELINGS = {"concerned", "alarmed", "shocked", "saddened", "outraged", "appalled", "horrified", "dismayed", "troubled",
          "worried", "disturbed", "concern", "outrage", "condolence", "sorrow", "grief", "shock", "dismay", "alarm"}


def _time_anchor(t: Token) -> bool:
    """Someone's act named to date another, once the article has told it ("at the time of Lee's
    arrest", "in the days of their detention", "died two days after his arrest")."""
    if t.dep_ != "pobj":
        return False
    if t.head.lower_ in ("after", "following"):
        return not any(c.dep_ in ("prep", "acl", "relcl", "amod") for c in t.children)
    return t.head.lower_ == "of" and t.head.head.lemma_.lower() in ("time", "day", "night", "moment", "wake", "aftermath")


# Verbs that name or judge an act told before: what they say of it is the speaker's act (an ACCUSE,
# a statement), not a new telling of it.
_CHARACTERISING = {"call", "describe", "term", "label", "brand", "condemn", "denounce", "deplore", "decry", "criticise",
                   "attribute",
                   "criticize", "praise", "hail", "welcome", "mourn", "regret"}

# Predicates that place or weigh an event told before rather than tell it again.
_REFERRING_PREDICATES = {"be", "come", "follow", "mark", "draw", "spark", "prompt", "trigger", "raise", "bring", "set",
                         "lead", "underscore", "highlight", "add", "fuel", "deepen", "renew", "revive", "reignite",
                         "appear", "seem", "stem", "send", "show", "signal", "demonstrate"}  # "the raid sent a signal"


# Verbs that say an event happened, with where or when: their subject event is told, not referred to.
_HAPPEN_VERBS = {"take", "occur", "happen", "erupt", "break", "unfold", "begin", "start", "continue", "rage"}


def no_authority(t: Token, ctx: actor_mod.ActorContext, base: int) -> bool:
    """Coercion is done by an authority or an armed group; "electricity suppliers are cracking down
    on non-payers" names a subject that is neither, so it is not a political event."""
    subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
    if gives_self_up(t.lemma_.lower()):
        return False  # the authority is whom they gave themselves up to (its sense asks for officers)
    if t.lemma_.lower() in ("find", "uncover") and t.pos_ == "VERB":
        # A find is a seizure only when an authority is said to have made it: "drug traces were found in samples" names none.
        agent = next((p for a in t.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"), None)
        finder = subj or agent
        return finder is None or (finder.pos_ == "NOUN" and actor_mod.resolve(finder, ctx, base) is None)
    if subj is None or subj.pos_ != "NOUN" or (t.tag_ == "VBN" and telegraphic(headline_part(t))) \
            or (t.tag_ == "VBD" and t.dep_ == "ROOT" and clipped_past(t)):
        return False  # "Armed suspect arrested", "Teen arrested in ...": a headline's passive, its subject the one arrested
    actor = actor_mod.resolve(subj, ctx, base)
    # "In Aden, the port city, police arrested ...": the parser hangs the doers on the place's description
    actor = actor or next((a for c in subj.children if c.dep_ == "appos"
                           and (a := actor_mod.resolve(c, ctx, base))), None)
    return actor is None or actor.type == "civilians"  # "villagers detained a thief": no authority either


def condition(t: Token) -> bool:
    """Inside an 'if'/'unless' clause: the condition of another act, not a reported event."""
    node = t
    for _ in range(6):
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in node.children):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


# Words for talking about something, and the words that govern them when the talk is the reporter's
# sourcing, not a political consultation: "spoke on condition of anonymity to discuss", "was not
# authorized to talk about", "declined to comment on".
TALK_WORDS = {"discuss", "talk", "speak", "comment", "describe", "disclose", "detail", "brief", "elaborate"}
SOURCING_HEADS = {"speak", "talk", "say", "comment", "authorize", "authorise", "authorized", "authorised",
                  "permit", "allow", "decline", "refuse", "able", "free", "anonymity", "condition"}


def sourcing(t: Token) -> bool:
    """A talk word that is the purpose or complement of the source's own speaking or permission to
    speak: how the report got its information, not an event of the story."""
    if t.lemma_.lower() not in TALK_WORDS or t.dep_ not in ("advcl", "xcomp", "acl", "ccomp"):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
        return False
    head = t.head
    return head.lemma_.lower() in SOURCING_HEADS or head.lower_ in SOURCING_HEADS


# What a source declines to do when it declines to talk to the press ("refused to elaborate",
# "refused to say who fired first"): speaking and disclosing, not an act asked of it.
_DISCLOSE = {"comment", "say", "discuss", "elaborate", "identify", "name", "speculate", "confirm", "disclose",
             "specify", "reveal", "talk", "describe", "detail"}  # not "respond": to a demand it is a rejection


# What courts and parties to a case accept, reject or decline: their procedure, not a political act.
_COURT_OBJECTS = {"plea", "motion", "appeal", "bail", "bond", "objection", "petition", "deal", "damages"}
_STATES_DEALS = {"peace", "ceasefire", "truce", "trade", "nuclear", "security", "prisoner", "hostage"}  # no plea deals
_COURT_ACTS = {"plead", "testify", "appear", "pay", "refund", "reimburse", "compensate"}
# Who decides a case: what they order, grant or deny between private parties is the case's procedure.
_BENCH = {"jury", "judge", "court", "magistrate", "arbitrator", "tribunal", "juror", "jurors"}


def courtroom(t: Token, event_type: str) -> bool:
    """"The magistrate accepted the guilty plea", "turned down a defence motion", "refused to enter a plea": a
    case's procedure between private parties (codebook 3); the caller checks that no political actor
    is the one acted on."""
    if event_type == "REQUEST" and any(c.dep_ == "nsubj" and c.lemma_.lower() in _BENCH for c in t.children) \
            and any(c.dep_ == "xcomp" and c.lemma_.lower() in _COURT_ACTS for c in t.children):
        return True  # "a jury ordered the builder to pay $3 million"
    if event_type not in ("AGREE", "REJECT"):
        return False
    if any(c.dep_ == "nsubj" and (c.lemma_.lower() in _BENCH or any(
            m.dep_ == "compound" and m.lower_ in _BENCH for m in c.children)) for c in t.children):
        # "the jury rejected a claim of fraud", "Judge Ann Roe denied the request": what the bench
        # decides between the parties
        return True
    objs = [c for c in t.children if c.dep_ == "dobj"]
    court_object = any((o.lemma_.lower() in _COURT_OBJECTS and not {c.lower_ for c in o.children} & _STATES_DEALS)
                       or any(c.lemma_.lower() == "plea" for c in o.children) for o in objs)
    return court_object or any(c.dep_ == "xcomp" and c.lemma_.lower() in _COURT_ACTS for c in t.children)


_PROSPECTS = {"fear", "risk", "danger", "possibility", "prospect", "likelihood", "chance", "spectre", "specter",
              "potential"}
_BANS = {"ban", "outlaw", "prohibit", "forbid", "criminalise", "criminalize", "restrict"}
_CAPABILITIES = {"capacity", "ability", "capability", "power", "means", "right", "freedom", "license", "licence"}


def prospect(t: Token) -> bool:
    """"living in dread and fear of detention", "the risk of an ambush": an act feared or risked, not
    one told; nor one someone is able or entitled to do ("has the capacity to strike", "the right to
    protest")."""
    if t.pos_ == "VERB" and t.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
        # a power used is the act done with it ("used its powers to detain him")
        return t.head.lemma_.lower() in _PROSPECTS | _CAPABILITIES and t.head.head.lemma_.lower() not in ("use", "exercise", "wield")
    return t.pos_ != "VERB" and t.dep_ == "pobj" and t.head.lower_ in ("of", "for") \
        and t.head.head.lemma_.lower() in _PROSPECTS  # "the potential for a blast"


def no_comment(t: Token) -> bool:
    """"Officers would not name the driver", "she refused to say more", "asked that she not be identified": a
    source not answering the reporter, or asking not to be named, is no rejection or request of
    anyone's (PLOVER REJECT needs a demand or offer refused)."""
    if t.lemma_.lower() in ("ask", "request"):
        # "a deputy, who asked that his name be withheld", "who requested anonymity": the source's
        # anonymity, asked of the reporter
        if any(c.dep_ in ("dobj", "pobj") and c.lemma_.lower() == "anonymity"
               for c in (*t.children, *(x for p in t.children if p.dep_ == "prep" for x in p.children))):
            return True
        return any(c.dep_ == "xcomp" and c.lemma_.lower() in _DISCLOSE | {"quote"}
                   and any(n.dep_ == "neg" for n in c.children) for c in t.children)
    if t.lemma_.lower() not in ("decline", "refuse"):
        return False
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in _DISCLOSE for c in t.children)


def no_such_event(t: Token) -> bool:
    """"No arrests were made", "no one was hurt", "no residents were injured": a determiner or a
    pronoun negates the event; so does "without" ("took the town without firing a shot")."""
    if t.dep_ in ("pobj", "pcomp") and t.head.lower_ == "without":
        return True
    if t.tag_ == "VBG" and t.dep_ == "acl" and t.head.dep_ == "pobj" and t.head.head.lower_ == "without":
        return True  # "without the rebels firing a shot": the model hangs the gerund on its subject
    if t.dep_ in ("pobj", "pcomp") and t.head.lower_ == "of" and any(
            c.dep_ == "det" and c.lower_ == "no" for c in t.head.head.children):
        return True  # "there was no report of gunfire", "no sign of a raid"
    if t.pos_ != "VERB":
        return any(c.dep_ == "det" and c.lower_ == "no" for c in t.children)
    for c in t.children:
        if c.dep_ in ("nsubj", "nsubjpass", "dobj"):
            if c.lower_ in ("nobody", "none", "noone") or (c.lower_ == "one" and any(
                    d.lower_ == "no" for d in c.children)) or any(d.dep_ == "det" and d.lower_ == "no"
                                                               for d in c.children):
                return True
    return False


_RECORDS = {"history", "record", "past", "background", "conviction", "sheet"}


def earlier_record(t: Token) -> bool:
    """"his prior arrests", "previous attacks": a noun event put before the story by its modifier;
    "a long criminal history, including arrests for burglary", "a record of assaults": one listed in
    a person's record; and "this was not the first time she had been detained": a repeat, told as such."""
    if t.pos_ != "VERB":
        if any(c.dep_ == "amod" and c.lower_ in vocabulary()["earlier"] for c in t.children):
            return True
        node = t
        while node.dep_ == "conj" and node.head.i != node.i:
            node = node.head
        return (node.dep_ == "pobj" and node.head.lower_ in ("including", "of", "for")
                and node.head.head.lemma_.lower() in _RECORDS)
    node = t
    while node.dep_ in ("relcl", "ccomp", "acl") and node.head.i != node.i:
        if node.head.lemma_.lower() == "time" and any(c.dep_ == "amod" and c.lower_ == "first" for c in node.head.children):
            cop = node.head.head
            return any(c.dep_ == "neg" for c in cop.children)
        node = node.head
    return False


_SPANS = {"decade", "year", "century"}
_CHARGED = {"accuse", "suspect", "charge", "allege"}  # "the first captured in four decades": a span measured, no time told


def description(t: Token, event_type: str, triggers: dict | None = None) -> bool:
    """A past participle describing a noun as a standing relation, not an act the sentence tells:
    support ("the army, backed by Hezbollah"), detention ("inmates jailed in Ankara"), or the noun's
    own event told again ("a meeting hosted by", "a curfew imposed after the riots"); what a person is
    by an earlier coercion ("inmates jailed in Ankara"); civilians named by their flight ("aid for
    families fleeing the floods"). Violent participles stay events ("two soldiers killed in the
    blast"), and so do seizures ("weapons seized on Monday")."""
    if event_type == "RETREAT" and t.tag_ == "VBG" and t.dep_ == "acl" and t.head.lemma_.lower() in vocabulary()["people"] \
            and t.head.lemma_.lower() not in vocabulary()["armed"]:
        return True  # "food for refugees fleeing the war": who they are, not a flight told ("militants fleeing" is)
    if not (t.pos_ == "VERB" and t.tag_ == "VBN" and t.dep_ == "acl" and t.head.pos_ in ("NOUN", "PROPN")):
        return False
    if event_type in ("SUPPORT", "AID", "COOPERATE"):
        return True
    if event_type == "ACCUSE" and t.lemma_.lower() in _CHARGED and not any(c.dep_ in ("agent", "nsubj") for c in t.children) \
            and not telegraphic(headline_part(t)):
        # "two men accused of robbing a pharmacy": who they are by a charge, no one's accusation told.
        # Not a headline's clipped passive ("Rebels accused of burning villages": they are accused, by
        # someone the story names), nor a relative clause the parse took for one ("a measure the
        # commission condemned"), nor "an attack blamed on the rebels" (perpetrators.py reads whom).
        return True
    host = (triggers or {}).get(t.head.i)
    if host is not None and host.type == event_type:
        return True  # "a meeting hosted by", "a curfew imposed after": the noun tells the event
    # "inmates jailed in Ankara", "detainees held at the base": a standing detention, unless the
    # participle is a headline's predicate ("Two men arrested in robbery") or gives its own time
    # ("activists arrested in Lahore last week": an arrest told, not a state; "since 2019" is one).
    after = {x.i for x in t.subtree if x.i > t.i}
    own_time = any(e.label_ in ("DATE", "TIME") and e.start in after and not (e[-1].lemma_.lower() in _SPANS and e[0].like_num)
                   for e in t.doc.ents) and not any(t.doc[i].lower_ in ("since", "for") for i in after)
    return event_type == "COERCE" and t.head.lemma_.lower() in vocabulary()["people"] and not own_time \
        and not telegraphic(headline_part(t))


def manner_of_the_act(t: Token, triggers: dict) -> bool:
    """"Investigators think the stabbing was targeted": said of an act the sentence names by its noun,
    a bare "targeted" is how it was done (on purpose, at someone chosen), not a second act; "the
    attack was targeted at a convoy" still tells whom it struck. Nor is the aim of an act's means
    ("a car bomb targeting a patrol": aimed.py)."""
    if means_aimed(t, triggers):
        return True
    return t.lemma_.lower() == "target" and t.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in t.children) \
        and any(c.dep_ == "nsubjpass" and (c.i in triggers or c.lemma_.lower() in vocabulary()["person_crimes"])
                for c in t.children) \
        and not any(c.dep_ in ("prep", "agent", "dobj") for c in t.children)


def bare_label(sent: Span) -> bool:
    """A headline or label of one word ("Attack", "Arrests."): it names a kind of event and tells
    none, with no one who did it, nowhere and at no time; the article's sentences tell the event.
    `sent` is the span the coder reads (a sentence rejoined after an abbreviation is one)."""
    return sum(1 for w in sent if w.is_alpha) == 1


def imperative(t: Token) -> bool:
    """"Go ahead, shoot me", "Shoot the messenger": a command quoted, not an act told."""
    if t.tag_ != "VB" or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in t.children):
        return False
    return t.dep_ in ("ROOT", "conj", "ccomp", "parataxis") and not any(
        c.dep_ == "aux" for c in t.head.children if t.dep_ == "conj")


def reference_in_a_noun_phrase(t: Token, seen: set[str], event_type: str) -> bool:
    """"the scene of the shooting", "the motive for the shooting", "the vehicle used in the attack":
    an event told before, named to say something about another thing."""
    if event_type not in seen or t.pos_ == "VERB" or t.dep_ != "pobj":
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children):
        return False
    prep = t.head
    return prep.head.pos_ in ("NOUN", "PROPN") or (prep.head.dep_ == "acl" and prep.head.tag_ == "VBN")


_VOWS = {"vow", "threaten", "pledge", "promise", "swear"}


def empty_threat(t: Token, event_type: str, ctx: actor_mod.ActorContext, base: int) -> bool:
    """A vow of a figurative act ("vowed to fight the ruling", "threatened to kill the bill") is no
    threat of force."""
    return event_type == "THREATEN" and t.lemma_.lower() in _VOWS and any(
        c.dep_ == "xcomp" and figurative(c, "ASSAULT", ctx, base) for c in t.children)
