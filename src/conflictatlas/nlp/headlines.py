"""Headlines' clipped grammar and the states acts are found in: whether a line is a headline
("Two men arrested in robbery"), whether a bare past participle there tells what was done to its
subject, and whom ("Farmer, 60, shot near Leeds"; "police found a man shot"). Split from
arguments.py, whose doers and targets these decide."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import gives_self_up, vocabulary
from .lexicon import triggers as lexicon
from .triggers import _children


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


def telegraphic(sent) -> bool:
    """A headline's clipped grammar ("Two men arrested in robbery", "Suspect held"): no finite verb
    and no auxiliary, so a bare past participle is the predicate, a passive told, not a description."""
    return not any(w.tag_ in ("VBD", "VBZ", "VBP", "MD") or w.pos_ == "AUX" for w in sent)


# How a sentence ends; a line that ends otherwise is a headline
SENTENCE_ENDS = (".", "!", "?", '"', "”")


def headline(sent) -> bool:
    """A line that does not end as a sentence does: a headline's grammar."""
    return sent[-1].text not in SENTENCE_ENDS


def headline_part(t: Token):
    """The part of `t`'s headline between semicolons: a headline joins two clipped clauses so
    ("Bank robbed; suspect arrested in Dayton"), and each has its own grammar; and after the
    source a headline opens with ("Police: ..."). A sentence (one that ends as sentences do) is one part."""
    sent = t.sent
    if not headline(sent):
        return sent  # a sentence's semicolon joins clauses of one telling
    # "Deputies: Man shot wife": a short opening before a colon names the source, not a clause of the act
    # "Opposition leader arrested, supporters clash with police": a comma before a clause with a
    # subject and a finite verb of its own joins two clauses as a semicolon does
    bounds = [w.i for w in sent if w.text == ";" or (w.text == "," and len(sent) <= _HEADLINE_WORDS and _opens_clause(w))]
    start = max((i + 1 for i in bounds if i < t.i), default=sent.start)
    start = max([start] + [w.i + 1 for w in sent if w.i < t.i and w.text == ":" and w.i - sent.start <= 4])
    end = min((i for i in bounds if i > t.i), default=sent.end)
    return t.doc[start:end]


_HEADLINE_WORDS = 20  # a headline's length; a longer line is prose the parser split oddly


def _in_part(w: Token, t: Token) -> bool:
    """`w` lies in the headline part of `t`."""
    part = headline_part(t)
    return part.start <= w.i < part.end


def _opens_clause(comma: Token) -> bool:
    """The words after a headline's comma (up to the next one) hold a finite verb with its own subject
    among them, and the words before it a verb too: two clauses."""
    sent = comma.sent
    after = [w for w in sent if w.i > comma.i]
    after = after[:next((n for n, w in enumerate(after) if w.text in (",", ";")), len(after))]
    ids = {w.i for w in after}
    finite = any(w.tag_ in ("VBZ", "VBP", "VBD") and any(c.dep_ == "nsubj" and c.i in ids for c in w.children)
                 for w in after)
    return finite and any(w.tag_.startswith("VB") for w in sent if w.i < comma.i)


def _suffered(t: Token) -> bool:
    """Whether the verb has a sense done to someone (an attack, a coercion): only then can its bare
    subject be whom it was done to. One who "surrendered" did it: "to" names its doers (gives_self_up)."""
    senses = [] if gives_self_up(t.lemma_.lower()) else lexicon().get("verbs", {}).get(t.lemma_.lower()) or []
    return any(e.get("type") in ("ASSAULT", "COERCE") for e in (senses if isinstance(senses, list) else [senses]))


def _aimed_at(prep: Token) -> bool:
    """"at" whose object is people, a force or a vehicle (or a pronoun for them): what a shot was aimed
    at, not where it happened."""
    if prep.dep_ != "prep" or prep.lower_ != "at":
        return False
    v = vocabulary()
    aimed = v["people"] | v["armed"] | v["armies"] | v["crowds"] | v["vehicles"] | v["police_officers"]
    return any(o.dep_ == "pobj" and (o.tag_ == "PRP" or o.lemma_.lower() in aimed) for o in prep.children)


# How often a gun was fired: "fired four times", "fired twice" (a weapon's firing, never suffered)
_REPEATS = {"time", "twice", "thrice", "again", "repeatedly"}


# Past tenses that are never participles ("took", not "taken"): no clipped passive reads them.
_PAST_ONLY = {"took", "stole", "drove", "threw", "broke", "tore", "bit", "shook", "blew", "drew", "rode", "wrote",
              "gave", "forgot", "froze", "spoke", "chose", "hid", "swore", "fell", "rose", "ran", "came", "went",
              "saw", "knew", "flew", "grew", "ate", "began"}


def clipped_past(t: Token) -> bool:
    """A headline's clipped passive the tagger read as a past tense ("Woman stabbed near park",
    "Teen shot outside school", "Dozens arrested at climate protest"): a bare person noun or a count as subject (no article, as headlines write it),
    no object and no other finite verb. Headlines tell what someone did in the present ("Man stabs
    neighbour"), so a bare past with no object is what was done to them."""
    if not _suffered(t) or t.lemma_.lower() in vocabulary()["mutual_verbs"] or t.lower_ in _PAST_ONLY:
        # "women marched": a protest verb has no patient to clip; "protesters clashed": nor a mutual
        # one; "marchers took the bridge": a past tense that is no participle clips no passive
        return False
    if t.lemma_.lower() == "fire" and any(c.dep_ == "prep" and c.lower_ in ("on", "at", "upon", "into")
                                          for c in t.children):
        return False  # "Gunmen fired on an army truck": firing on something is done, not suffered
    if t.lemma_.lower() == "shoot" and any(_aimed_at(c) for c in t.children):
        return False  # "Soldiers shot at protesters": shooting at people is done; "Teen shot at party" is suffered
    if any(c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG" and any(o.dep_ == "dobj" for o in c.children)
           for c in t.children) or (t.lemma_.lower() == "fire" and any(
            c.dep_ in ("npadvmod", "advmod") and c.lemma_.lower() in _REPEATS for c in t.children)):
        return False  # "One officer fired four times, striking the man": an act done, its outcome told after it
    subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
    counted = subj is not None and _counted(subj)
    # "Bank robbed at gunpoint", "Synagogue vandalised": a place a headline names bare was done to too
    done_to = vocabulary()["people"] | vocabulary()["civilian_sites"] | vocabulary()["targets"]
    part, apart = headline_part(t), _told_apart(t)
    return (subj is not None and subj.i < t.i and (subj.lemma_.lower() in done_to or counted)
            and not any(c.dep_ in ("det", "poss") for c in subj.children)
            and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "dative", "attr") and part.start <= c.i < part.end
                        for c in t.children)
            and not any(w.i != t.i and w.i not in apart and (w.tag_ in ("VBD", "VBZ", "VBP", "MD") or w.pos_ == "AUX")
                        for w in part))


_TIME_WORDS = ("as", "after", "when", "while")


def _told_apart(t: Token) -> set[int]:
    """In a headline, the words of a clause of time on the verb ("... as militants storm police
    station"): its own finite verb makes no second clause of the headline's."""
    if not headline(t.sent):
        return set()
    return {x.i for c in t.children if c.dep_ in ("prep", "advcl") and c.lower_ in _TIME_WORDS
            or any(m.dep_ == "mark" and m.lower_ in _TIME_WORDS for m in c.children)
            for x in c.subtree}


def _counted(subj: Token) -> bool:
    """A headline subject that is a count, or has one ("Dozens arrested", "Three Houthi police killed as
    drone hits checkpoint", "Four rangers martyred"): people numbered as the ones it was done to."""
    return subj.tag_ == "CD" or subj.lower_ in ("dozens", "scores", "hundreds", "thousands") \
        or any(c.dep_ == "nummod" and c.like_num for c in subj.children)



_AFTER_HARM = {"die", "succumb", "remain", "undergo", "recover", "survive"}  # what the one hit then did: "died", "underwent surgery"


def _misread_relative(t: Token) -> Token | None:
    """A reduced relative the tagger read as a past tense, its noun as the subject: "The boy shot in
    Dayton on Friday has died", "A woman stabbed at a bus stop was taken to hospital". The clause's
    own predicate follows with no subject of its own, joined with no "and" or taking the participle
    as its subject; the person is whom the act was done to."""
    if t.tag_ != "VBD" or not _suffered(t) or t.lemma_.lower() in vocabulary()["mutual_verbs"] \
            or any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "dative") or _aimed_at(c) for c in t.children):
        return None
    subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.i > t.i or not (subj.lemma_.lower() in vocabulary()["people"] or subj.ent_type_ == "PERSON"):
        return None
    if t.dep_ in ("nsubj", "nsubjpass") and t.head.i > t.i:
        return subj  # "A boy shot on Friday was taken to hospital": the participle phrase is the subject
    # (parsed as a conjunct or an adverbial clause, though no "and", "after" or "when" opens it; an
    # infinitive's "to" is no auxiliary of a predicate: "shot upward to scatter the crowd")
    # (or a bare past of dying or staying, which only the one hit can do: "The boy shot in Dayton died")
    # ("and" may join a second predicate after the first, never open the first: "shot ... and fled")
    joined = min((c.i for c in t.children if c.dep_ == "cc"), default=len(t.doc))
    predicate = any(c.dep_ in ("conj", "advcl") and t.i < c.i < joined and (
        any(x.dep_ in ("aux", "auxpass") and x.tag_ != "TO" for x in c.children) or c.lemma_.lower() in _AFTER_HARM)
                    and not any(x.dep_ in ("nsubj", "nsubjpass", "mark") for x in c.children) for c in t.children)
    return subj if predicate else None


def clipped_patient(t: Token) -> Token | None:
    """Whom a passive participle with no subject of its own is done to: the subject of a headline's
    clipped passive ("Farmer, 60, shot near Leeds"), or of the clause a passive participle phrase
    completes ("a cyclist was treated in hospital after being hit by a van")."""
    def about(v: Token) -> Token | None:  # a clause's subject, or the noun a reduced relative is on
        subj = next((c for c in v.children if c.dep_ in ("nsubjpass", "nsubj")), None)
        return v.head if subj is None and v.dep_ == "acl" and v.head.pos_ in ("NOUN", "PROPN") else subj

    if t.tag_ == "VBD" and (t.dep_ == "ROOT" or headline(t.sent) and not _in_part(t.head, t)) and clipped_past(t):
        return about(t)
    if (misread := _misread_relative(t)) is not None:
        return misread
    if found_in_state(t):  # "found a man shot": the man; "a woman was found stabbed": the woman
        aux = _found_aux(t)
        return (next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                or (about(aux) if aux is not None else about(t.head)))
    if t.tag_ != "VBN" or not _suffered(t) or any(c.dep_ == "dobj" for c in t.children):
        return None  # "200 demonstrators protested", "a strike killed 15", tagged participles: done by them
    if telegraphic(headline_part(t)) and (t.dep_ == "ROOT" or (t.dep_ == "acl" and t.head.dep_ in ("ROOT", "nsubj"))
                                          or not _in_part(t.head, t)):
        # (the model may hang the headline's participle on the subject of a noun it takes for the verb,
        # or on the verb of the headline's other clause: "Leader arrested, supporters clash with police")
        return about(t)
    subj = next((c for c in t.children if c.dep_ == "nsubj"), None) if t.dep_ == "ROOT" else \
        t.head if t.dep_ == "acl" and t.head.dep_ == "ROOT" else None
    if subj is not None and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in t.children) and subj.i < t.i \
            and not any(c.dep_ in ("det", "poss") for c in subj.children) \
            and (subj.lemma_.lower() in vocabulary()["people"] or _counted(subj)):
        # "Dozens arrested as activists block motorway": a participle as a headline's predicate, its
        # bare subject the one it was done to, though another clause has a finite verb
        return subj
    if t.dep_ == "pcomp" and t.head.dep_ == "prep" and any(c.dep_ == "auxpass" for c in t.children):
        return about(t.head.head)
    return None
