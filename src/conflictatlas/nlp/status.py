"""Whether an event happened, is happening, is planned, threatened, only possible, or denied.

The status comes from the path between the trigger and the root of its sentence. Each cue below is
a grammatical marker of factuality (after FactBank and the ACLED codebook's "only events that
occurred"): modals and "try" make an event possible, not actual; plans, preparations and "will" make
it planned; "threaten"/"vow" make it threatened; "deny" makes it denied. Some contexts carry no
event at all, and then `status()` returns None: questions, negated events, wishes ("eager for X to
pursue", "want to"), and purpose clauses ("to ensure that ..."), which say what someone means to
achieve, not what happened.
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import vocabulary
from .mood import a_view, believed_done, sought_outcome
from .mood import modals as _modals

# ("can" on the act itself, "police can arrest anyone who", tells no act; above it it does)
HYPOTHETICAL_MODALS = {"could", "might", "may", "would", "should", "must", "ca", "can"}
FUTURE_MODALS = {"will", "shall", "'ll", "wo", "’ll"}
PLAN_WORDS = {"plan", "prepare", "preparation", "groundwork", "intend", "intention", "aim", "seek",
              "decide", "decision", "schedule", "consider", "propose", "bid", "push", "order", "direct",
              "authorize", "authorise", "approve", "ready", "poised", "set", "expect", "prepared",
              "going", "gear", "plot", "due", "slated", "slate"}
THREAT_WORDS = {"threaten", "vow", "warn", "pledge", "swear", "promise", "ultimatum"}
ATTEMPT_WORDS = {"try", "attempt", "seek"}
# Verbs that entail their complement did not happen ("refused to withdraw", "failed to stop").
NEG_IMPLICATIVE = {"refuse", "decline", "fail", "reject", "deny"}
COMMITMENT_WORDS = {"offer", "promise", "pledge", "vow", "commit", "willing", "ready", "prepared",
                    "committed", "agree", "accept", "consent"}
DEONTIC_MODALS = {"must", "should"}
SPEECH_HEADS = {"say", "tell", "declare", "announce", "insist", "reiterate", "stress", "conclude", "state",
                "add", "issue", "warn", "write", "demand", "argue", "maintain", "emphasize", "emphasise"}
FEAR_WORDS = {"fear", "worry", "suspect", "believe", "think", "suggest", "speculate", "concern", "feared"}
_FORECAST = {"expect", "likely", "unlikely", "poised", "bound"}  # said of an act: "skirmishes are expected to flare again"
DENY_WORDS = {"deny", "dismiss", "refute"}
# "accused Rwanda of backing the rebels, a charge Kigali denies": what the other side denies is the charge
_CHARGES = {"charge", "claim", "allegation", "accusation", "assertion"}


def _charge_denied(trigger: Token, deny: Token) -> bool:
    """The deny verb answers a charge the trigger's clause made, named between them after a comma:
    the accusation was made; it is the charge's content that is denied."""
    between = trigger.doc[trigger.i + 1:deny.i]
    return any(w.lemma_.lower() in _CHARGES and w.i > 0 and any(x.text == "," for x in trigger.doc[trigger.i:w.i])
               for w in between)
def _own_account(clause) -> bool:
    """"denied that, saying troops had repelled the attackers": the participle of saying gives the
    denier's own account, which it does not deny."""
    return clause is not None and clause.dep_ == "advcl" and clause.tag_ == "VBG" \
        and clause.lemma_.lower() in ("say", "add", "insist", "explain", "state", "claim")


def _done(verb) -> bool:
    """A verb told as done, in the past ("blocked the highway to protest", "had burned tyres to
    protest"): what was done to protest was the protest."""
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "has", "have", "was", "were") for c in verb.children))


# Coming together in public: a protest given as its purpose ("gathered to protest the tax") is the gathering.
ASSEMBLY_WORDS = {"gather", "assemble", "converge", "march", "rally", "mass", "throng", "pack", "crowd", "line"}


def _assembly(verb) -> bool:
    """Coming together in public, said as such or as going out into the streets ("took to the
    streets", "poured into the streets")."""
    return verb.lemma_.lower() in ASSEMBLY_WORDS or any(
        p.lower_ in ("to", "into", "onto") and any(o.lemma_.lower() in ("street", "road", "square") for o in p.children)
        for p in verb.children if p.dep_ == "prep")
_DISPERSING = {"disperse", "scatter"}
PROTEST_LEMMAS = {"protest", "demonstrate", "rally", "march", "picket", "chant"}
WISH_WORDS = {"want", "wish", "hope", "eager", "keen", "like", "desire", "anxious", "need"}
# Activities kept up over time: told in the present tense, they go on as the report is written.
STANDING_ACTIVITIES = {"patrol", "guard", "occupy", "besiege", "blockade", "police"}
# Verbs that carry out the act their object names ("launched the planned offensive").
REALIZE_VERBS = {"mount", "launch", "begin", "start", "stage", "conduct", "carry", "execute", "undertake", "hold",
                 "resume", "unleash", "wage"}
# Purpose subordinators: the clause says what an action is for; what it wards off has not happened
# ("to guard against attacks", "to protect the churches from raids", "to deter raids").
PURPOSE_HEADS = {"ensure", "make", "prevent", "avoid", "help", "allow", "enable", "guard", "protect", "deter", "avert",
                 "forestall", "safeguard", "shield"}


_COMPLEMENT_LINKS = {"xcomp", "ccomp", "dobj", "acl", "advcl"}
# Links through which a negation on a governing word reaches the event below it.
_ARGUMENT_LINKS = {"xcomp", "ccomp", "dobj", "nsubj", "nsubjpass", "pobj", "prep"}


def _negated(t: Token) -> bool:
    return any(c.dep_ == "neg" for c in t.children)


def _is_question(t: Token) -> bool:
    sent = t.sent
    last = [x for x in sent if not x.is_space and x.text not in ('"', "”", "’", "'")]
    if not (last and last[-1].text == "?"):
        return False
    # A question quoted after the act is the quote's, not the act's: "rallied, carrying signs that
    # read 'Who is listening?'"; a quoted question holding the act stays one.
    quotes = [x.i for x in sent if x.text in ('"', "“", "”") and x.i < last[-1].i]
    opening = quotes[-1] if len(quotes) % 2 == 1 else None
    return opening is None or opening < t.i


def _purpose(t: Token) -> str | None:
    """'goal' for a clause that states an aim about a state of affairs ("to ensure that ..."),
    'act' for an infinitival purpose that is itself an action ("to follow and kill them")."""
    if t.dep_ != "advcl":
        return None
    marks = {c.lower_ for c in t.children if c.dep_ in ("aux", "mark")}
    if not ({"to", "so", "order"} & marks):
        return None
    return "goal" if t.lemma_ in PURPOSE_HEADS or "so" in marks else "act"


_OPENERS = {"\"", "“", "‘", "'", ":", "–", "—", "-", "("}


def _imperative(verb: Token) -> bool:
    """A command ("Arrest them all", "Go ahead, shoot me"): a bare verb with no subject, auxiliary or
    marker that opens its sentence or a quotation. What someone orders or calls for is not told as
    done (a verb without "to" completing another, "helped arrest him", opens nothing)."""
    if verb.tag_ != "VB" or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass", "mark") for c in verb.children):
        return False
    first = verb.left_edge
    if first.i != verb.i:
        return False
    return first.is_sent_start or first.i == 0 or first.nbor(-1).text in _OPENERS


def status(trigger: Token) -> str | None:
    """One of occurred/ongoing/planned/threatened/hypothetical/denied, or None for no event."""
    if _is_question(trigger) or sought_outcome(trigger):  # (a reward's hoped-for arrest: no event)
        return None
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "dobj" and (
            trigger.head.lemma_.lower() in _DISPERSING or (trigger.head.lemma_.lower() == "break" and any(
                c.dep_ == "prt" and c.lower_ == "up" for c in trigger.head.children))) \
            and _purpose(trigger.head) == "act":
        # "used pepper spray to disperse (to break up) a sit-in by nurses": the sit-in is there to be dispersed;
        # it is as real as the spraying, whatever became of the dispersal.
        return status(trigger.head.head)
    clause = trigger
    while clause.dep_ == "conj" and clause.head.pos_ == "VERB":
        clause = clause.head
    if _imperative(clause):
        return None
    found: set[str] = set()
    realized = trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in REALIZE_VERBS
    if trigger.pos_ in ("NOUN", "PROPN") and not realized:
        # "the planned April 9 protest rally", "a proposed strike": the noun's own modifier, unless
        # a verb says it was carried out ("mounted its long-threatened invasion").
        mods = {c.lemma_.lower() for c in trigger.children if c.dep_ in ("amod", "compound")}
        if mods & {"plan", "planned", "schedule", "scheduled", "propose", "proposed", "upcoming", "expected"}:
            found.add("planned")
        if mods & {"threaten", "threatened"}:
            found.add("threatened")
        if mods & {"possible", "potential", "alleged", "suspected"}:
            found.add("hypothetical")
        # "have called a rally for Saturday", "called for marches on June 25", "announced a strike": a
        # protest called or announced is yet to be held (one held is told by its own verb)
        caller = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ == "for" else trigger.head
        if trigger.dep_ in ("dobj", "pobj") and caller.lemma_.lower() in ("call", "announce") \
                and trigger.lemma_.lower() in vocabulary()["protest_nouns"] \
                and not any(c.dep_ in ("oprd", "xcomp", "ccomp", "acomp") for c in caller.children):  # not "called it peaceful"
            found.add("planned")
        # "skirmishes are expected to flare again", "fighting is likely to spread": an act forecast is not told
        # (nor is one that "was expected": foreseen, and it came)
        if trigger.dep_ in ("nsubj", "nsubjpass") and not any(
                c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in trigger.head.children) and (
                {trigger.head.lemma_.lower()} | {c.lemma_.lower() for c in trigger.head.children if c.dep_ == "acomp"}) & _FORECAST:
            found.add("hypothetical")
        # "ahead of the weekend's opposition marches": what something is done ahead of has not happened yet
        if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and trigger.head.head.lower_ == "ahead":
            found.add("planned")
        if trigger.dep_ == "pobj" and trigger.head.lower_ in ("after", "following", "since") \
                and trigger.head.dep_ == "prep" and not found:
            # What something is said to come after has happened, whatever the mood of the clause
            # ("urged witnesses to come forward after the stabbing", "will hold a vigil after the attack").
            return "occurred"
        case = trigger.head.head if trigger.dep_ == "pobj" else trigger
        if case.pos_ == "NOUN" and case.dep_ in ("dobj", "nsubjpass"):
            case = case.head  # "seeking a third man in the shooting"
        if trigger.dep_ == "pobj" and trigger.head.lower_ in ("in", "over", "for") and not found \
                and case.lemma_.lower() in _CASE_WORDS and not _modals(case) & _NOT_YET:  # "could end in war"
            # The act someone is sought, held or charged in, or an attempt ended in, happened ("a
            # third man is being sought in the stabbing", "an attempt to collect a debt ended in a shooting").
            return "occurred"
    if trigger.dep_ in ("ROOT", "appos", "parataxis", "dep") and trigger.tag_ == "VB" \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children) \
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children):
        found.add("planned")  # a headline's "Parents to march in Abuja": what is to come
    node, prev = trigger, None
    crossed_relcl = False
    # Under a participle that describes a noun (the model may take "wound" in "wound up being beaten"
    # for a noun), an attempt above does not reach: the participle tells what befell someone.
    described = False
    while True:
        lemma = node.lemma_.lower()
        wish = lemma in WISH_WORDS or any(
            c.dep_ == "acomp" and c.lemma_.lower() in WISH_WORDS for c in node.children)
        if node is not trigger and wish:
            # A wish holds everything under it, even a relative clause: what the wisher would
            # like done to "militants who have fled" is not a report that they fled.
            return None
        if not crossed_relcl:
            if _negated(node) and (node is trigger or prev.dep_ in _ARGUMENT_LINKS):
                if lemma not in DENY_WORDS:
                    return None
                found.add("denied")
            purpose = _purpose(node)
            if purpose == "act" and node is trigger and lemma in PROTEST_LEMMAS \
                    and (_assembly(node.head) or _done(node.head)):
                purpose = None
            if purpose == "goal":
                return None
            if purpose == "act":
                found.add("planned")
            if node is not trigger:
                ruled_out = lemma == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in node.children)
                if (lemma in NEG_IMPLICATIVE or ruled_out) and lemma not in DENY_WORDS and prev.dep_ == "xcomp":
                    return None
                if lemma in DENY_WORDS and not _charge_denied(trigger, node) and not _own_account(prev):
                    found.add("denied")
                if lemma in THREAT_WORDS:
                    found.add("threatened")
                if (lemma in ATTEMPT_WORDS and not described) or (lemma in _FORECAST - {"expect"} and prev.dep_ == "xcomp"):
                    found.add("hypothetical")  # (a forecast: "are likely to be detained", "unlikely to be charged")
                # A plan word makes planned what it governs as complement ("decided to strike",
                # "groundwork for attacks"), not what merely hangs off it ("directed, from
                # targeting ... to launching" lists what was directed and done).
                # ("set" plans only what it is set to do: "set up a perimeter" set one up)
                if lemma in PLAN_WORDS and (node.pos_ == "NOUN" or prev.dep_ in _COMPLEMENT_LINKS) \
                        and not (lemma == "set" and prev.dep_ != "xcomp"):
                    found.add("planned")
                if lemma == "go" and node.tag_ == "VBG" and prev.dep_ == "xcomp":
                    found.add("planned")  # "is going to get killed": a future, not a report
                if lemma in FEAR_WORDS and prev.dep_ in ("ccomp", "xcomp") and not believed_done(node, prev):
                    found.add("hypothetical")
            mods = _modals(node) - ({"can"} if node is not trigger else set())  # "can hear the shelling": real
            if node is not trigger and lemma in vocabulary()["senses"]:
                mods -= {"could"}  # "gunfire could be heard until evening": it was heard
            # (a passive's "be" beside it changes nothing: "said troops would be deployed"; an "if" does)
            if mods - {"be", "get"} == {"would"} and not any(c.lower_ == "have" for c in node.children) \
                    and announced(node) and not conditional(node):
                found.add("planned")  # reported speech's "would" is a future: "said troops would patrol"
            elif mods & HYPOTHETICAL_MODALS:
                found.add("hypothetical")
            elif mods & FUTURE_MODALS:
                found.add("planned")
            if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in node.children):
                found.add("hypothetical")
        # (also "when" and "as": "was recovering from surgery to remove the bullet when the police raided
        # his home", whatever the parse hangs the clause on)
        if node.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in ("after", "since", "when", "as")
                                        and c.i < node.i for c in node.children) \
                and (node.tag_ == "VBD" or any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in node.children)) \
                and not found:
            # What a clause says something came after has happened, whatever the mood above it ("a
            # hearing was set for Monday after police arrested him on Friday").
            break
        if (node.dep_ == "acl" and node.tag_ == "VBN") or (
                node.dep_ == "prep" and node.head.pos_ in ("NOUN", "PROPN") and node.head.lemma_.lower() not in ATTEMPT_WORDS):
            # (or a clause the model hangs on a noun's preposition, "a quarrel with a classmate" taking
            # the verb after it)
            described = True
        if node.dep_ == "relcl":
            # A relative clause describes its noun; the modality of the clause above does not
            # reach into it ("officials fear militants who fled could attack": they did flee).
            crossed_relcl = True
        if node.head.i == node.i:
            break
        prev, node = node, node.head
    for s in ("denied", "hypothetical", "threatened", "planned"):
        if s in found:
            return s
    if trigger.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in trigger.children):
        return "ongoing"
    if trigger.lemma_.lower() in STANDING_ACTIVITIES and (trigger.tag_ in ("VBZ", "VBP") or (
            trigger.tag_ == "VBN" and any(c.dep_ in ("auxpass", "aux") and c.tag_ in ("VBZ", "VBP") for c in trigger.children))):
        # "peacekeepers patrol the border", "the old city is patrolled by soldiers"; in the progressive
        # passive and the present perfect passive too
        return "ongoing"
    return "occurred"


def _above(trigger: Token):
    """(node, child-on-the-path) pairs from the trigger up to the root."""
    node = trigger
    while node.head.i != node.i:
        yield node.head, node
        node = node.head


def _blocked(trigger: Token) -> bool:
    """Under a question, a wish or a goal: nothing there is an event of any kind."""
    if _is_question(trigger):
        return True
    for node, _ in _above(trigger):
        if node.lemma_.lower() in WISH_WORDS or _purpose(node) == "goal":
            return True
    return _purpose(trigger) == "goal"


def refusal(trigger: Token) -> bool:
    """'would not sign', 'won't allow', 'failed to agree a truce': a negated intention or a
    failed agreement is a refusal (PLOVER REJECT)."""
    if trigger.pos_ != "VERB" or _blocked(trigger):
        return False
    if failed(trigger):
        return True
    return _negated(trigger) and bool(_modals(trigger) & (FUTURE_MODALS | {"would", "can", "ca"}))


def failed(trigger: Token) -> bool:
    """"failed to agree a truce", "the charge failed to explode": tried, not come about (refused; or attempted force)."""
    return trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() == "fail"


def clause_verb(trigger: Token) -> Token:
    """The verb whose clause a noun act belongs to ("will extend the curfew" -> extend)."""
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("dobj", "nsubjpass") and trigger.head.pos_ == "VERB":
        return trigger.head
    return trigger


def commitment(trigger: Token) -> bool:
    """An actor binding itself to an act: 'will provide', 'offered to send', 'is willing to withdraw';
    in reported speech 'would' is the same future ('said they would boycott')."""
    trigger = clause_verb(trigger)
    future = FUTURE_MODALS | ({"would"} if announced(trigger) else set())
    if _modals(trigger) & future:
        return True
    for head, child in _above(trigger):
        if child.dep_ not in ("xcomp", "ccomp", "advcl", "acomp"):
            break
        if head.lemma_.lower() in COMMITMENT_WORDS or any(
                c.dep_ == "acomp" and c.lemma_.lower() in COMMITMENT_WORDS for c in head.children):
            return True
        if _modals(head) & future:
            return True
    return False


# Words of a case brought for an act, or of an outcome, whose "in"/"over"/"for" object is that act
_CASE_WORDS = {"seek", "want", "hunt", "arrest", "charge", "question", "hold", "detain", "sentence", "convict", "indict",
               "jail", "book", "suspect", "investigate", "end", "result", "culminate"}
_NOT_YET = FUTURE_MODALS | {"could", "would", "may", "might", "can", "should", "must"}
# Whom an appeal or advice is addressed to: no party a demand is made of
_THE_PUBLIC = {"anyone", "anybody", "whoever", "witness", "resident", "motorist", "driver", "parent", "public"}


def demand(verb: Token) -> Token | None:
    """For a clause with 'must'/'should' reported from someone ("Libya must hand over the
    suspects, the minister said"), the speech verb: the clause is that speaker's demand."""
    if not (_modals(verb) & DEONTIC_MODALS) or _blocked(verb) or a_view(verb):
        return None
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in _THE_PUBLIC for c in verb.children):
        return None  # "anyone with information should call police", "residents should stay indoors": an appeal or advice
    for head, child in _above(verb):
        if child.dep_ in ("ccomp", "parataxis", "advcl") and head.lemma_.lower() in SPEECH_HEADS:
            return head
        if child.dep_ not in ("conj", "parataxis"):
            # "said some had suggested she should resign": what another thinks or suggests is not
            # the speaker's demand
            return None
    return None


ANNOUNCE_HEADS = SPEECH_HEADS | {"announce", "confirm", "vow", "swear", "pledge", "threaten", "warn", "decide"}


def announced(trigger: Token) -> bool:
    """The act is announced by someone as their intention: under 'said', 'announced', 'vowed'..."""
    verb = clause_verb(trigger)
    if verb.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children) \
            and verb.head.dep_ == "pobj" and verb.head.head.dep_ == "prep":
        verb = verb.head.head  # "said in a statement that troops would ...": the parser hangs the clause on the noun
    for head, child in _above(verb):
        if child.dep_ not in ("ccomp", "xcomp", "advcl", "conj", "acomp", "prep"):
            return False
        if head.lemma_.lower() in ANNOUNCE_HEADS or any(
                c.dep_ == "acomp" and c.lemma_.lower() in COMMITMENT_WORDS for c in head.children):
            return True
    return False


def conditional(trigger: Token, unless_only: bool = False) -> bool:
    """'may halt mediation if cooperation founders': an act made to depend on another's conduct."""
    marks = ("unless",) if unless_only else ("if", "unless")
    node = clause_verb(trigger)
    for _ in range(3):
        if any(c.dep_ == "advcl" and any(m.lower_ in marks for m in c.children) for c in node.children):
            return True
        if node.head.i == node.i or node.dep_ not in ("xcomp", "ccomp", "conj"):
            break
        node = node.head
    return False
