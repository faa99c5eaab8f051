"""Repairs of which verb a subject or a conjunct belongs to, as spaCy components (see repair.py).

- `coordinated_clauses`: "the army shot two rebels and gunmen killed a clerk": two clauses, two doers.
- `finite_conjuncts`: a past verb joined to an infinitive ("a plot to overthrow the president and arrested 11 people") joins the finite verb above it.
- `participle_subjects`: "Two men riding a motorbike shot dead a trader": after a subject's own
  -ing clause, the small model reads the subject's verb as a noun compounded with the clause's object
  ("a motorbike shot"), as a participle on it ("masks shot at"), or as a noun with the right subject
  and object, so the sentence loses its act.
- `gerund_subjects`: "Shelling by rebels killed nine": the -ing noun with its doers is the subject.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Token

from .lexicon import vocabulary

# The components run before the attribute ruler sets `pos_`, so they read the tagger's `tag_`.


@Language.component("coordinated_clauses")
def coordinated_clauses(doc: Doc) -> Doc:
    """"the army shot two rebels and gunmen killed a clerk": the parser takes "gunmen" for a second
    object of "shot" and "killed" for a verb with no subject of its own. A coordinated verb with an
    object of its own and no subject, right after a noun coordinated into the first verb's object,
    has that noun for its subject: two clauses, two doers."""
    for v in doc:
        if v.dep_ != "conj" or v.tag_ not in ("VBD", "VBZ", "VBP") or v.i == 0 \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children) \
                or not any(c.dep_ == "dobj" for c in v.children):
            continue
        noun = doc[v.i - 1]
        verb = noun.head.head  # the verb whose object the noun was taken into: v's own head, or one joined to it
        if noun.dep_ != "conj" or not noun.tag_.startswith("NN") or noun.head.dep_ != "dobj" \
                or not (verb.i == v.head.i or (verb.dep_ == "conj" and verb.head.i == v.head.i)):
            continue
        for c in list(noun.head.children):
            if c.dep_ == "cc" and c.i < noun.i:
                c.head = v.head  # "and" now joins the clauses
        noun.head, noun.dep_ = v, "nsubj"
    return doc


@Language.component("listed_tolls")
def listed_tolls(doc: Doc) -> Doc:
    """"Man killed, two wounded in shooting": a headline's second toll after a comma is read as a
    participle on its number ("two" an adverb of the first verb), which leaves it an act of its own
    and the shooting a clause. The participle is a verb joined to the first, the number its subject."""
    for w in doc:
        num = w.head
        verb = num.head
        if w.dep_ != "acl" or w.tag_ != "VBN" or not num.like_num or num.dep_ != "npadvmod" \
                or verb.tag_ not in ("VBN", "VBD") or not (verb.i < num.i < w.i) \
                or not any(t.text == "," for t in doc[verb.i + 1:num.i]):
            continue
        w.head, w.dep_ = verb, "conj"
        num.head, num.dep_ = w, "nsubjpass"
        if verb.tag_ == "VBD" and not any(c.dep_ in ("dobj", "aux", "auxpass") for c in verb.children):
            # the first toll is as passive as the second: "Man killed" was killed
            verb.tag_ = "VBN"
            for c in verb.children:
                if c.dep_ == "nsubj":
                    c.dep_ = "nsubjpass"
    return doc


@Language.component("finite_conjuncts")
def finite_conjuncts(doc: Doc) -> Doc:
    """"said it had uncovered a plot to overthrow the president and arrested 11 people": the parser
    joins the past-tense verb to the infinitive before it, which makes the arrest part of the plot.
    A verb in the past tense cannot share an infinitive's "to"; with no subject of its own it is
    joined to the finite verb the infinitive hangs on."""
    for v in doc:
        head = v.head
        if v.dep_ != "conj" or v.tag_ != "VBD" or head.tag_ != "VB" \
                or not any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children) \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
            continue
        finite = head.head
        while finite.head.i != finite.i and not _finite(finite):
            finite = finite.head
        if _finite(finite) and finite.i < head.i:
            v.head = finite
    return doc


def _finite(t: Token) -> bool:
    # (tags only: the repairs run before the attribute ruler gives parts of speech)
    return t.tag_ in ("VBD", "VBZ", "VBP") or (t.tag_.startswith("VB") and any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in t.children))


@lru_cache(maxsize=1)
def verb_tables() -> tuple[dict, frozenset[str]]:
    """The model's own lemmatizer tables for verbs: irregular forms and their lemmas, and the base forms."""
    from .model import load

    lookups = load().get_pipe("lemmatizer").lookups
    return dict(lookups.get_table("lemma_exc")["verb"]), frozenset(lookups.get_table("lemma_index")["verb"])


def _past_form(word: str) -> bool:
    """A verb's past form by the model's own lemma tables: "shot", "stabbed", "attacked"."""
    irregular, index = verb_tables()
    low = word.lower()
    if low in irregular:
        return low not in irregular[low] and not low.endswith(("ing", "s"))
    return low.endswith("ed") and (low[:-2] in index or low[:-1] in index)


def _present_form(word: str) -> str | None:
    """"VBP" or "VBZ" for a present form of a verb the trigger lexicon knows ("pound", "shells")."""
    from .lexicon import triggers

    verbs, low = triggers().get("verbs", {}), word.lower()
    if low in verbs:
        return "VBP"
    return "VBZ" if low.endswith("s") and (low[:-1] in verbs or (low.endswith("es") and low[:-2] in verbs)) else None


_SUBJECTS = ("nsubj", "nsubjpass", "ROOT")
_CLAUSES = ("advcl", "ccomp", "conj")


def _subject_of(g: Token) -> Token | None:
    """The subject an -ing word describes: the noun it hangs on ("two men riding a motorbike"), or
    its own subject where it stands as a clause's verb with no "be" ("while two men riding a
    motorbike ..."), which English cannot do."""
    if g.tag_ != "VBG":
        return None
    if g.dep_ == "acl":
        subject = g.head
        # (a noun heading a clause of its own, "while two men riding ...", stands where its verb should)
        ok = subject.dep_ in _CLAUSES or subject.dep_ in _SUBJECTS and (subject.head.i == subject.i or subject.head.i > g.i)
    else:
        subject = next((c for c in g.children if c.dep_ == "nsubj"), None)
        ok = subject is not None and not any(c.dep_ in ("aux", "auxpass") for c in g.children)
    return subject if ok and subject.i < g.i and subject.tag_.startswith("NN") else None


def _lost_verb(g: Token, subject: Token) -> Token | None:
    """The subject's verb hidden in the object of its -ing clause `g` (the first past form after it),
    else None."""
    w = next((w for w in g.subtree if w.i > g.i and w.i + 1 < len(w.doc) and _past_form(w.text)), None)
    if w is None:
        return None
    compounded = w.dep_ == "dobj" and w.head.i == g.i and w.tag_ in ("NN", "NNS") \
        and w.doc[w.i - 1].dep_ == "compound" and w.doc[w.i - 1].head.i == w.i
    on_object = w.dep_ == "acl" and w.tag_ == "VBN" and w.head.dep_ == "dobj" and w.head.head.i == g.i
    # The subject has no verb of its own before the hidden one, and the word is followed by what
    # follows a verb: its object, a particle or a preposition.
    own = subject.head
    free = g.dep_ != "acl" or subject.dep_ in _CLAUSES or own.i == subject.i or own.i > w.i
    return w if (compounded or on_object) and free and w.doc[w.i + 1].tag_ in ("IN", "RP", "JJ", "DT", "PRP", "CD", "RB") \
        else None


@Language.component("participle_subjects")
def participle_subjects(doc: Doc) -> Doc:
    for w in doc:
        # the tree right, the tag wrong: a past form with a subject before it and an object after
        # it is a verb ("Two youths riding a scooter shot a trader": "shot" tagged a noun)
        if w.tag_ in ("NN", "NNS") and any(c.dep_ == "nsubj" and c.i < w.i for c in w.children) \
                and any(c.dep_ == "dobj" and c.i > w.i for c in w.children):
            if _past_form(w.text):
                w.tag_ = "VBD"
            elif w.dep_ == "ROOT" and (present := _present_form(w.text)):
                w.tag_ = present  # a headline's "Russian guns pound Bamut"
    for g in doc:
        subject = _subject_of(g)
        w = _lost_verb(g, subject) if subject is not None else None
        if w is None:
            continue
        if w.dep_ == "dobj":  # "a motorbike shot": the compound before it is the clause's object
            obj = doc[w.i - 1]
            for c in list(w.lefts):
                if c.i != obj.i:
                    c.head = obj
            obj.head, obj.dep_ = g, "dobj"
        for c in list(g.children):
            if c.i > w.i or c.dep_ in ("mark", "advmod") and c.i < subject.i:
                c.head = w  # "at the patrol", "on Monday", "while": the act's, not the ride's
        w.tag_ = "VBD"
        if g.dep_ != "acl":  # the -ing word stood as the clause's verb: the hidden verb takes its place
            w.head, w.dep_ = (w, "ROOT") if g.head.i == g.i else (g.head, g.dep_)
            g.head, g.dep_ = subject, "acl"
        else:
            own = subject.head
            if subject.dep_ in _CLAUSES:
                for c in list(subject.children):
                    if c.dep_ == "mark":
                        c.head = w
                w.head, w.dep_ = own, subject.dep_
            elif own.i == subject.i:
                w.head, w.dep_ = w, "ROOT"
            elif own.tag_.startswith("VB"):
                w.head, w.dep_ = own, "ccomp"  # "..., police said"
            else:  # "dead" read as the root: it is the verb's complement, its children the verb's
                for c in list(own.children):
                    if c.i != subject.i and c.i > w.i:
                        c.head = w
                w.head, w.dep_ = w, "ROOT"
                own.head, own.dep_ = w, "acomp"
        subject.head, subject.dep_ = w, "nsubj"
    return doc


@Language.component("participle_roots")
def participle_roots(doc: Doc) -> Doc:
    """"Israeli airstrikes killed at least 30 people": a sentence whose root the model makes a noun,
    with the verb as a participle on it, has lost its act. A past participle on the root noun that
    takes an object of its own cannot be a passive: it is the sentence's verb, the noun its subject."""
    for sent in list(doc.sents):
        root = sent.root
        if not root.tag_.startswith("NN") or any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in sent):
            continue
        verb = next((c for c in root.rights if c.dep_ == "acl" and c.tag_ == "VBN"
                     and any(x.dep_ == "dobj" for x in c.children)), None)
        if verb is None or any(t.is_punct for t in doc[root.i + 1:verb.i]):
            continue
        for c in list(root.children):
            if c.i > verb.i:
                c.head = verb  # what followed the verb is the clause's ("on Saturday", the final stop)
        verb.tag_ = "VBD"
        verb.head, verb.dep_ = verb, "ROOT"
        root.head, root.dep_ = verb, "nsubj"
    return doc


def _aged_headline(sent) -> tuple[Token, Token, Token] | None:
    """"Woman, 71, killed in house fire", "Man (34) shot dead in Dublin": a headline that opens on a
    person and an age set off by commas or brackets, then a past form: (person, age, verb)."""
    toks = list(sent)
    if len(toks) < 5 or toks[-1].text in (".", "!", "?") or toks[0].lower_ not in vocabulary()["people"]:
        return None
    marks = (toks[1].text, toks[3].text)
    if marks not in ((",", ","), ("(", ")")) or not toks[2].like_num or not _past_form(toks[4].text):
        return None
    return toks[0], toks[2], toks[4]


def _as_passive(person: Token, age: Token, verb: Token) -> None:
    """The clipped passive: the verb the line's root, the person its subject, the age on the person."""
    root = verb.sent.root
    for t in verb.sent:
        if t.i > verb.i and t.head.i == root.i and root.i != verb.i:
            t.head = verb  # what followed the verb is its clause's ("in Croydon")
    verb.tag_ = "VBN"
    verb.head, verb.dep_ = verb, "ROOT"
    person.head, person.dep_ = verb, "nsubjpass"
    if not person.tag_.startswith("NN"):
        person.tag_ = "NN"  # (a person's noun opening a line may be read as an interjection)
    age.head, age.dep_ = person, "appos"


@Language.component("age_participles")
def age_participles(doc: Doc) -> Doc:
    """"17-year-old stabbed to death in Croydon": a headline whose only subject is an age reads the
    participle after it as the noun the age describes, and the line has no verb. A root noun that is
    a verb's past form, right after an age on it, is the clipped passive; the age its subject. So is
    a past form after a person and an age set off ("Girl, 15, stabbed outside school")."""
    for sent in list(doc.sents):
        aged = _aged_headline(sent)
        if aged is not None:
            _as_passive(*aged)
            continue
        root = sent.root
        if root.tag_ not in ("NN", "NNS", "JJ") or root.i == sent.start or not _past_form(root.text) \
                or any(t.tag_ in ("VBD", "VBZ", "VBP", "VBN", "MD") for t in sent):
            continue
        age = doc[root.i - 1]
        if age.lower_ != "old" or age.head.i != root.i \
                or not any(c.lower_ in ("year", "years", "month", "months") for c in age.children):
            continue
        root.tag_ = "VBN"
        age.tag_, age.dep_ = "NN", "nsubjpass"
    return doc


@Language.component("dead_objects")
def dead_objects(doc: Doc) -> Doc:
    """"A sniper shot dead a woman", "Gunmen on a motorcycle shot dead a doctor": the model reads the
    verb as a noun (a "sniper shot", a "motorcycle shot") and makes "dead" the verb, though an
    adjective takes no object. The past form before "dead" is the verb, "dead" its complement, and
    the object and the rest of the clause its own; its subject is the noun it was read as modifying
    or, where it was read inside a phrase of the subject, that subject."""
    for dead in doc:
        if dead.lower_ != "dead" or dead.tag_ != "JJ":
            continue
        obj = next((c for c in dead.children if c.dep_ == "dobj"), None)
        named = dead.head
        root = named if named.dep_ == "ROOT" else named.head if named.dep_ == "appos" and named.head.dep_ == "ROOT" else None
        before = doc[dead.i - 1] if dead.i > 0 else dead
        doer = root if root is not None and root is not named else next(
            (c for c in dead.children if c.dep_ == "nsubj" and c.i < dead.i), None)
        if obj is None and dead.dep_ == "amod" and root is not None and doer is not None \
                and named.tag_ in ("NNP", "NN", "NNS") \
                and named.i == dead.i + 1 + sum(1 for t in doc[dead.i + 1:named.i] if t.dep_ == "compound") \
                and before.tag_ in ("NN", "NNS") and _past_form(before.text) and before.head.head.i == doer.i:
            # "Gunmen on a motorbike shot dead Ali Jaber, a trader": "dead" read as the name's
            # adjective, the name as the sentence's root or in apposition to its subject
            obj = named
            obj.head, obj.dep_ = dead, "dobj"
            for c in list(obj.children):
                if c.dep_ != "compound" and c.i > obj.i:
                    c.head = dead
            dead.head, dead.dep_ = dead, "ROOT"
            if root is not named and root.i < dead.i:
                for c in list(root.children):
                    if c.i > dead.i:
                        c.head = dead
                root.head, root.dep_ = dead, "nsubj"
        if obj is None:
            continue
        subj = next((c for c in dead.children if c.dep_ == "nsubj" and c.i < dead.i), None)
        if subj is None:
            continue
        w = doc[dead.i - 1]
        if w.tag_ not in ("NN", "NNS") or not _past_form(w.text) or not (subj.i == w.i or w.head.head.i == subj.i):
            continue
        if subj.i == w.i:  # "a marksman shot": the modifier is the subject
            subj = next((c for c in w.children if c.dep_ == "compound" and c.i == w.i - 1), None)
            if subj is None:
                continue
            for c in list(w.children):
                if c.dep_ in ("det", "amod", "compound") and c.i < subj.i:
                    c.head = subj
        else:  # "gunmen on a motorcycle shot": the modifier is the phrase's own noun
            noun = next((c for c in w.children if c.dep_ == "compound" and c.i == w.i - 1), None)
            if noun is None:
                continue
            for c in list(w.children):
                if c.i != noun.i:
                    c.head = noun
            noun.head, noun.dep_ = w.head, "pobj"
        for c in list(dead.children):
            if c.i not in (subj.i, w.i):
                c.head = w
        w.head, w.dep_ = (w, "ROOT") if dead.head.i == dead.i else (dead.head, dead.dep_)
        w.tag_ = "VBD"
        subj.head, subj.dep_ = w, "nsubj"
        dead.head, dead.dep_ = w, "oprd"
    return doc


@Language.component("gerund_subjects")
def gerund_subjects(doc: Doc) -> Doc:
    """"Shelling by rebel fighters killed nine civilians": a sentence's act named by an -ing noun with
    its doers after "by" is read as a clause of its own, hung on the verb or on a dateline before it
    ("SANAA (Reuters) - Shelling by ..."), and the verb loses its subject. An -ing word that opens the
    sentence (or follows the dateline's dash), with a "by" phrase that runs up to a verb with no
    subject, is that verb's subject noun (a participle's own clause ends at a comma: "Shelled by
    rebels, the town fell")."""
    for w in doc:
        if w.tag_ != "VBG" or w.dep_ not in ("advcl", "acl", "csubj") \
                or not (w.is_sent_start or doc[w.i - 1].text in _DASHES or doc[w.i - 1].is_space):
            continue
        if not any(c.dep_ in ("agent", "prep") and c.lower_ == "by" for c in w.children) \
                or any(c.dep_ in ("nsubj", "dobj", "mark", "aux") for c in w.children):
            continue
        end = w.right_edge.i + 1
        verb = w.head if w.dep_ == "csubj" else doc[end] if end < len(doc) else None
        # (the dateline's town, before the dash, is no subject: "TAIZ ... - Shelling by X killed")
        if verb is None or not verb.tag_.startswith("VB") \
                or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") and c.i > w.i for c in verb.children) \
                or any(t.text == "," for t in doc[w.i:verb.i]):
            continue
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass", "csubj") and c.i != w.i:
                c.dep_ = "dep"
        for c in w.children:
            if c.dep_ == "agent":
                c.dep_ = "prep"
        w.head, w.tag_, w.dep_ = verb, "NN", "nsubj"
    return doc


_DASHES = {"-", "--", "—", "–"}


@Language.component("found_participles")
def found_participles(doc: Doc) -> Doc:
    """"the death of a clerk who was found fatally shot": the model hangs the participle after a passive
    "found" on the sentence's verb ("investigating ... shot"), making the investigators the shooters. A
    subjectless past participle right after such a "found" (adverbs between) is "found"'s clause."""
    for v in doc:
        if v.tag_ != "VBN" or v.dep_ not in ("conj", "dep", "advcl") \
                or any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "aux") for c in v.children):
            continue
        k = v.i - 1
        while k > 0 and doc[k].tag_ == "RB":
            k -= 1
        if doc[k].lower_ in ("found", "discovered") and doc[k].tag_ == "VBN" and doc[k].i != v.head.i \
                and any(c.dep_ == "auxpass" for c in doc[k].children):
            v.head, v.dep_ = doc[k], "ccomp"
    return doc
