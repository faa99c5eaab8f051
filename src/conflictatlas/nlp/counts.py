"""Counts and histories told in place of an act (codebook 1.2): a tally over a span ("killed since
Tuesday", "40 arrests last month"), an act placed in a count of others ("the fifth attack this
month"), and a war's history told in a clause on the war. None of them is an event of the report.
"""

from __future__ import annotations

from spacy.tokens import Token

from .date_words import MONTH_WORDS, WEEKDAYS
from .lexicon import vocabulary
from .status import REALIZE_VERBS

_ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
             "latest", "last", "previous", "umpteenth", "nth"}
WARS = {"war", "conflict", "crisis", "uprising", "insurgency", "occupation", "revolution", "intifada", "campaign",
         "struggle", "rebellion", "insurrection"}
# Nouns of single acts, which in the plural sum many ("attacks", "airstrikes").
_ACT_NOUNS = {"attack", "airstrike", "strike", "raid", "bombing", "clash", "shelling", "ambush", "assault",
              "explosion", "blast", "shooting", "bombardment"}
_SPANS = {"month", "year", "week", "season", "decade", "quarter", "period"}
# Acts that last rather than happen once: "have patrolled since 1985" tells one ongoing deployment.
_DURATIVE = {"patrol", "occupy", "besiege", "station", "deploy", "guard", "blockade", "protest", "demonstrate",
             "strike", "hold", "detain", "imprison", "control"}


def aggregate(t: Token) -> bool:
    """A count of acts over a span, not an act: a clause measured from a point in time ("were killed
    since Monday", "since the offensive began, 40 were detained"), or a perfect-tense clause measured
    over a duration or a whole war ("have been killed over six years", "have died in the civil war",
    "this month, 30 have been abducted", "have captured half the province since April")."""
    verb = t if t.pos_ in ("VERB", "AUX") else _means_of(t) or _counted_by(t) or t.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if t.lemma_.lower() in _DURATIVE and not any(_many(c) for c in verb.children if c.dep_ in ("nsubjpass", "dobj")):
        # "has been detained since March" lasts, and so does "15,000 troops have patrolled since 1992";
        # "have detained more than 300 since" counts those it was done to
        return False
    perfect = any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" for c in verb.children)
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("NN", "NNP") and any(
            d.lower_ in ("a", "an") or d.lower_ in _ORDINALS for d in c.children) for c in verb.children):
        return False  # "a third soldier was killed since the mission began": one act, counted among others
    if perfect and any(c.dep_ == "nsubj" and c.lemma_.lower() in WARS for c in verb.children):
        return True  # "the war has killed tens of thousands": a war's toll, whatever its count
    if any(_many(c) for c in verb.children if c.dep_ in ("nsubjpass", "dobj")) and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in WARS for c in verb.children):
        # "that war killed some 1,200 people": a war's toll in any tense. (A span's, "killed in two
        # decades of fighting", was measured and dropped: event_location codes such verbs.)
        return True
    # a span may close a gapped second clause ("30 have been killed and 200 injured since March")
    gapped = [g for c in verb.children if c.dep_ == "conj" for g in (c, *c.children) if g.dep_ in ("conj", "acl")]
    if any(p.lower_ == "since" and (p.dep_ == "mark" or (p.dep_ == "prep" and _span_words(p)))
           for g in gapped for p in g.children):
        return True
    if perfect and any(c.dep_ == "prep" and any(x.dep_ == "prep" and x.lower_ == "since" and _span_words(x)
                                                for o in c.children if o.dep_ == "pobj" for x in o.children)
                       for h in (verb, *(g for g in verb.children if g.dep_ == "conj")) for c in h.children):
        return True  # "have been killed (and 200 injured) in clashes since the vote": the span closes the act's noun
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "since" and _span_words(c):
            return True  # "since Wednesday", "since 2011": whatever the tense, a span
        if c.dep_ == "advcl" and any(m.lower_ == "since" for m in c.children if m.dep_ == "mark"):
            return True
        if not perfect:
            continue
        if c.dep_ == "prep" and c.lower_ in ("over", "throughout", "during") and _span_words(c) and not _one_day(c):
            # A duration; over a border or a river is a place, not a span, and "during Thursday's
            # operation" is one day's act.
            return True
        if c.dep_ == "prep" and c.lower_ in ("in", "during", "throughout") and any(
                p.lemma_.lower() in WARS for p in c.children if p.dep_ == "pobj"):
            return True  # "have been killed in the war", "during the long struggle": its toll
        if c.dep_ == "prep" and c.lower_ in ("in", "within", "over") and _repeated(verb) and any(
                p.lemma_.lower() in ("year", "decade", "month") for p in c.children if p.dep_ == "pobj"):
            return True  # "has been attacked several times in recent years": repeats, counted
        if c.dep_ == "npadvmod" and c.ent_type_ == "DATE" and c.lemma_.lower() in _SPANS and not (
                any(d.lower_ in ("last", "previous") for d in c.children)
                and any(a.dep_ in ("aux", "auxpass") and a.tag_ == "VBD" for a in verb.children)):
            # "this month, ... have been abducted" runs to now; the past perfect "had taken the town
            # last year" dates one act
            return True
        if c.dep_ in ("advcl", "advmod") and c.lower_ in ("since", "so"):
            return True
        if c.dep_ == "advmod" and c.lower_ == "far" and any(g.lower_ in ("so", "thus") for g in c.children) \
                and any(n.like_num or n.dep_ == "nummod" for a in verb.children if a.dep_ in ("nsubj", "nsubjpass", "dobj")
                        for n in a.subtree):
            return True  # "so far this year, 11 have been killed": a running count (not "so far they have shelled")
        if c.dep_ == "nsubj" and c.tag_ == "NNS" and c.lemma_.lower() in _ACT_NOUNS \
                and not any(n.dep_ in ("nummod", "det") for n in c.children):
            return True  # "drone strikes have killed hundreds", "raids by both armies have killed scores": many acts
    return perfect and _untimed_toll(verb)


def _means_of(t: Token) -> Token | None:
    """The verb a nominal act is the means of ("has killed hundreds with sniper fire and shelling"):
    a tally's means are its acts, counted with it."""
    while t.dep_ == "conj":
        t = t.head
    if t.dep_ == "pobj" and t.head.lower_ in ("with", "through", "using") and t.head.head.pos_ == "VERB":
        return t.head.head
    return None


_COUNTING = {"dozens", "scores", "hundreds", "thousands", "string", "series", "wave", "spate", "number", "succession"}


def _counted_by(t: Token) -> Token | None:
    """The verb of a count of acts ("have staged dozens of attacks", "carried out a string of raids"):
    what counts them is the verb's object."""
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ in _COUNTING \
            and t.head.head.dep_ in ("dobj", "nsubj", "nsubjpass") and t.head.head.head.pos_ == "VERB":
        return t.head.head.head
    return None


def _untimed_toll(verb: Token) -> bool:
    """"Some 500 people have been killed", "thousands have died on both sides": a perfect-tense toll
    of a hundred or more with no time and no act of its own named (an attack or a blast named): a war's count."""
    if verb.lemma_.lower() not in _TOLLS:
        return False
    counted = [c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj", "dobj")]
    big = any(n.lower_ in _MULTITUDES - _FEW_SCORE or (n.like_num and _value(n) >= 100)
              for c in counted for n in c.subtree if n is c or n.dep_ in ("nummod", "quantmod"))
    # a relative clause's time is its own ("the militia, which has besieged the city since 2015, has
    # killed hundreds"): it does not date the toll
    own = set(verb.subtree) - {x for r in verb.subtree if r.dep_ == "relcl" for x in r.subtree}
    if not big or any(x.ent_type_ in ("DATE", "TIME") for x in own):
        return False
    from .lexicon import triggers

    nouns = triggers().get("nouns", {})
    return not any(p.lemma_.lower() in nouns for c in verb.children if c.dep_ == "prep" for p in c.children
                   if p.dep_ == "pobj")


def _value(n: Token) -> float:
    try:
        return float(n.text.replace(",", ""))
    except ValueError:
        return 0.0


def _repeated(verb: Token) -> bool:
    return any(c.lemma_.lower() == "time" and any(n.lower_ in ("several", "many", "numerous", "multiple", "countless",
                                                             "repeated") for n in c.children)
               for c in verb.children) or any(c.lower_ in ("repeatedly", "frequently", "regularly") for c in verb.children)


def _span_words(prep: Token) -> bool:
    return any(x.ent_type_ in ("DATE", "TIME") or x.lower_ in ("years", "months", "weeks", "days", "campaign", "war",
                                                              "conflict", "began", "start")
               for x in prep.subtree)


_DAYS = {*WEEKDAYS, "yesterday", "today", "tonight", "morning", "afternoon", "evening", "night", "'s", "’s"}


def _one_day(prep: Token) -> bool:
    """The time the phrase names is a day, "during Thursday's raid", "over Sunday night": no span."""
    dates = [x for x in prep.subtree if x.ent_type_ in ("DATE", "TIME")]
    return bool(dates) and all(x.lower_ in _DAYS for x in dates)


_TOLLS = {"kill", "die", "wound", "injure", "abduct", "kidnap", "displace", "flee"}
# a month ("last month") is how news dates one act; a year or more is a tally's span
_LONG = {"year", "years", "months", "half", "quarter", "decade"}


def span_toll(t: Token) -> bool:
    """A count killed, hurt or taken over a year or more, or across a whole land or several, with no one act
    named ("more than 500 were killed in the province last year", "1,200 people died across the
    country in the first half"): a statistic (codebook 1.2). One attack dated to a year ("a bomb
    killed 300 last year") names its act and stays."""
    verb = t if t.pos_ == "VERB" else None
    if verb is None or verb.lemma_.lower() not in _TOLLS:
        return False
    # (or the noun a participle counts: "lists 52 men killed in Vietnam between 1965 and 1973")
    counted = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")] + ([verb.head] if verb.dep_ == "acl" else [])
    clause = list(verb.subtree)
    # a count over a range of years is a statistic however exact: "41 residents killed between 1950 and 1953"
    ranged = len({x.text for x in clause if x.text.isdigit() and len(x.text) == 4 and 1800 < int(x.text) < 2100}) >= 2
    if not any(_many(c) or (ranged and any(n.dep_ == "nummod" for n in c.children)) for c in counted):
        return False  # "two officers were killed in 2006" is one past act, coded with its own date
    across = any(c.dep_ == "prep" and c.lower_ == "across" for c in verb.children) or any(
        len([x for x in p.subtree if x.ent_type_ == "GPE" and x.dep_ in ("pobj", "conj")]) >= 3
        for p in verb.children if p.dep_ == "prep" and p.lower_ == "in")  # "in Kenya, Somalia and Yemen": many lands
    dates = [x for x in clause if x.ent_type_ == "DATE"]
    near = {n for x in dates for n in (x.i - 1, x.i, x.i + 1) if 0 <= n < len(t.doc)}
    # "3 December 2023" is a day though it holds a year, and "in June 2024" a month
    one_day = any(x.lower_ in _DAYS for x in dates) or any(
        t.doc[n].text.isdigit() and int(t.doc[n].text) <= 31 for n in near)
    month = any(x.lower_ in MONTH_WORDS for x in dates)
    long_span = any(x.lower_ in _LONG or (x.like_num and len(x.text) == 4 and not month) for x in dates)
    acts = _ACT_NOUNS | vocabulary()["explosives"] | vocabulary()["weapons"]
    # (a weapon's word on a plural is many acts: "in drone strikes")
    one_act = any(x.lemma_.lower() in acts and x.tag_ == "NN" and not (x.dep_ == "compound" and x.head.tag_ == "NNS")
                  for x in clause) \
        or any(c.dep_ == "agent" for c in verb.children)
    # "since then" may start a count ("thousands have been killed since then") or follow one act
    # ("since then, police have arrested two men"): only with a count as statistics give it
    since_then = any(c.dep_ == "prep" and c.lower_ == "since" and any(p.lower_ == "then" for p in c.children)
                     for c in verb.children)
    return (across or long_span or since_then) and not one_day and not one_act


_ROUGHLY = {"more", "over", "nearly", "almost", "around", "about", "some", "roughly", "than", "upwards"}
_MULTITUDES = {"dozens", "scores", "hundreds", "thousands", "tens", "millions"}
_FEW_SCORE = {"dozens", "scores"}  # multitudes under a hundred (_untimed_toll)


def _many(noun: Token) -> bool:
    """A toll as statistics give it: a round or rough count, or a multitude ("more than 600", "tens
    of thousands", "1,500"), not the few of one act."""
    nums = [noun] if noun.like_num else [n for n in noun.children if n.dep_ == "nummod"]
    if noun.lower_ in _MULTITUDES or any(n.lower_ in _MULTITUDES for n in nums):
        return True
    for n in nums:
        if any(q.lower_ in _ROUGHLY for q in n.children if q.dep_ in ("quantmod", "advmod", "amod")):
            return True
        digits = n.text.replace(",", "")
        if digits.isdigit() and int(digits) >= 100:
            return True
    return False


_DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
         "day", "night", "morning", "evening"}


def tally(t: Token) -> bool:
    """"made 40 drink-driving arrests last month", "dozens of arrests this year": a plural count of acts over a
    span of weeks or more is a statistic (codebook 1.2), whatever the tense."""
    if t.pos_ == "VERB" or t.tag_ != "NNS" or not any(c.dep_ == "nummod" or c.like_num for c in t.children):
        return False
    clause = t.head if t.head.pos_ in ("VERB", "AUX") else t.head.head
    if any(x.ent_type_ == "DATE" and x.lemma_.lower() in _SPANS for x in clause.subtree):
        return True
    if any(c.lower_ == "since" for c in clause.children) and any(
            c.dep_ == "nummod" and (c.lower_ in _MULTITUDES or (c.like_num and _value(c) >= 5)) for c in t.children):
        return True  # "have staged dozens of raids on the camps since March": a running count
    # "police recorded eight homicides through September", "officers investigated 14 robberies, up
    # from nine": acts counted by whoever keeps the count, or set against another count
    kept = t.dep_ == "dobj" and t.head.lemma_.lower() in _KEEPING_COUNT \
        and not any(x.lower_ in _DAYS for x in clause.subtree)  # "investigated two robberies on Monday": the two
    compared = any(x.lower_ in ("up", "down") and x.i + 1 < len(t.doc) and t.doc[x.i + 1].lower_ == "from"
                   for x in clause.subtree)
    return kept or compared


def part_of_a_toll(t: Token) -> bool:
    """"The clashes left 40 dead, including a policeman killed by a stray bullet": one of a toll
    already told, the act that killed them all told once. One of a tally over a span ("have killed
    40 this month, including two soldiers killed in an ambush on Monday") is an act of its own."""
    if not (t.tag_ == "VBN" and t.dep_ == "acl" and t.head.dep_ == "pobj" and t.head.head.lower_ in ("including", "among")):
        return False
    verb = next((a for a in t.head.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
    own = {x.i for x in t.subtree}
    return verb is None or not any(x.i not in own and (x.lower_ == "since" or (x.ent_type_ == "DATE" and x.lemma_.lower() in _SPANS))
                                   for x in verb.subtree)


_KEEPING_COUNT = {"record", "register", "log", "tally", "count", "investigate", "document", "handle", "tabulate"}


def counted(t: Token) -> bool:
    """"in the fifth major attack this month", "the latest in a series of bombings": the event placed
    in a count of others is a tally, not a further telling (codebook 1.2). One a verb carries out
    ("launched their first assault on the hills") is told by that verb, whatever its rank."""
    if t.dep_ == "dobj" and t.head.lemma_.lower() in REALIZE_VERBS:
        return False
    if t.pos_ != "VERB" and t.tag_ == "NNS" and any(_one_of(n) for n in t.children if n.dep_ == "nummod"):
        return True  # "one of 44 homicides in the city that year": one act among a counted many
    # (the first of such acts is no tally: "died in the first raids on the city" tells those raids;
    # a first meeting or visit is still one of a series, told for its number)
    first_act = t.lemma_.lower() in _ACT_NOUNS
    return t.pos_ != "VERB" and any(c.dep_ == "amod" and not (first_act and c.lower_ == "first") and (
        c.lower_ in _ORDINALS or c.tag_ == "JJS" and c.lower_.endswith("th")) for c in t.children)


def _one_of(n: Token) -> bool:
    i = n.i - 1
    if i > 0 and n.doc[i].lower_ in ("the", "these", "those"):
        i -= 1
    return i > 0 and n.doc[i].lower_ == "of" and n.doc[i - 1].lower_ == "one"


_NOT_SUPERLATIVE = {"honest", "modest", "earnest", "manifest", "west", "northwest", "southwest", "midwest"}


def characterised(t: Token, event_type: str, triggers: dict) -> bool:
    """"..., killing 12 soldiers in the deadliest strike of the war", "in what police called one of the
    bloodiest attacks on the mine": a noun act ranked by a superlative, in a sentence whose verb
    tells an act of its kind, is that act characterised, not another one."""
    def superlative(c: Token) -> bool:
        # the tagger often leaves "bloodiest" a plain adjective
        return c.tag_ == "JJS" or any(m.lower_ == "most" for m in c.children) or (
            c.tag_ == "JJ" and c.lower_.endswith("est") and c.lower_ not in _NOT_SUPERLATIVE)

    if t.pos_ == "VERB" or t.dep_ in ("nsubj", "nsubjpass") or not any(
            c.dep_ == "amod" and superlative(c) for c in t.children):
        return False
    return any(tr.type == event_type and i != t.i and tr.token.pos_ == "VERB" and tr.token not in t.subtree
               for i, tr in triggers.items())


def war_history(t: Token) -> bool:
    """"the war, which began with the invasion of the north in 2011": an act told as the history of
    a war the sentence names, in a clause describing that war."""
    node = t
    for _ in range(5):
        if node.dep_ == "relcl" and node.head.lemma_.lower() in WARS:
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def service_record(t: Token) -> bool:
    """"Hal Brennan, who fought with the 7th Infantry Division in Korea": fighting told in a clause
    describing a named person, with no time of its own, is a life's story (an obituary's war
    service), not a dated act."""
    if _times_in_a_career(t) or _nth_time(t):
        return True
    if t.lemma_.lower() not in ("fight", "serve") or t.pos_ != "VERB":
        return False
    if _veterans_fighting(t):
        return True
    if t.dep_ not in ("relcl", "conj"):
        return False
    clause = t if t.dep_ == "relcl" else t.head if t.head.dep_ == "relcl" else None
    if clause is None or clause.head.ent_type_ != "PERSON":
        return False
    return not any(x.ent_type_ in ("DATE", "TIME") for x in clause.subtree)


def _veterans_fighting(t: Token) -> bool:
    """"He fought in Vietnam and was wounded twice", "these veterans fought for their country": one
    person's or veterans' fighting with no one fought against and no time told is war service, a
    life's story. "He fought with officers" names whom; "they fought in Aleppo" may be any side."""
    subj = [c for c in t.children if c.dep_ == "nsubj"] or (
        [c for c in t.head.children if c.dep_ == "nsubj"] if t.dep_ == "conj" else [])
    subj = [t.head if t.dep_ == "relcl" and s.lower_ in ("who", "that") else s for s in subj]  # "veterans who fought in it"
    if any(c.dep_ == "prep" and c.lower_ in ("with", "against", "off", "back") for c in t.children):
        return False
    # "Harris fought in Korea for 14 months": a tour of duty, measured, is a life's story whoever served it
    toured = not any(c.dep_ == "dobj" for c in t.children) and any(
        c.dep_ == "prep" and c.lower_ == "for" and any(x.lemma_.lower() in ("month", "year") for x in c.subtree) for c in t.children)
    if not subj or not toured and not all(s.lower_ in ("he", "she", "i") or s.lemma_.lower() in ("veteran", "vet") for s in subj):
        return False
    return toured or not any(x.ent_type_ in ("DATE", "TIME") for x in (t.subtree if t.dep_ == "relcl" else t.sent))



_FREQUENCY = {"once", "twice", "thrice", "never"}
_CAREERS = {"career", "duty", "tenure", "life", "lifetime"}


def _times_in_a_career(t: Token) -> bool:
    """"The chief has fired his gun on duty only twice in 30 years", "she has never arrested anyone":
    acts counted over a life or a career in the present perfect are its record, no act of the report;
    and so is what a clause tells of whom such an act was aimed at ("once, at a man who had opened fire")."""
    if t.dep_ == "relcl" and t.head.dep_ == "pobj" and t.head.head.head.pos_ == "VERB":
        return _times_in_a_career(t.head.head.head)
    if t.pos_ != "VERB" or t.tag_ != "VBN" or not any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in ("VBZ", "VBP")
                                                       for c in t.children):
        return False
    # (the parser may hang "once" on a phrase of the clause: "in the line of duty once")
    inner = {x.i for c in t.children if c.dep_ in ("relcl", "ccomp", "advcl", "conj") for x in c.subtree}
    counts = [c for c in t.subtree if c.i not in inner and c.dep_ in ("advmod", "npadvmod", "neg") and (
        c.lower_ in _FREQUENCY or (c.lemma_.lower() == "time" and any(n.dep_ == "nummod" for n in c.children)))]
    # over a career or years, not a recent span ("have shelled the village twice this week" are acts)
    return bool(counts) and (any(c.lower_ == "never" for c in counts) or any(
        x.lemma_.lower() in _CAREERS or (x.ent_type_ == "DATE" and x.lemma_.lower() in _LONG) for x in t.subtree))


def _nth_time(t: Token) -> bool:
    """"It was the second time this year that an officer has fired at a suspect": a count of such acts,
    told as a statistic; the act itself is told where the story tells it."""
    clause = t if t.pos_ == "VERB" else None
    while clause is not None and clause.dep_ == "conj":
        clause = clause.head
    if clause is None or clause.dep_ not in ("relcl", "acl", "ccomp") or clause.head.lemma_.lower() != "time":
        return False
    # (an act called first of its kind is the one the story tells, with what makes it news)
    return any((c.ent_type_ == "ORDINAL" or c.lower_ in ("second", "third", "fourth", "fifth")) and c.lower_ != "first"
               for c in clause.head.children if c.dep_ == "amod")
