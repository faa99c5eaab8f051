"""Repairs of parses the small English model gets wrong in a regular way, as spaCy components.

Each repair names a construction, not a sentence; run right after the parser, later steps read the fixed tree.

- `participle_modifiers`: a past participle used as an adjective in front of a noun ("hunt down
  escaped prisoners", "freed kidnapped hostages", "evacuated wounded soldiers") is often parsed as a
  clause verb with the noun as its object, which leaves the real verb without an object and turns
  the adjective into an event of its own. Where the participle has no subject and no auxiliary,
  and the verb before it (or its particle) has no object, the noun phrase is that verb's object and
  the participle its modifier.
- `headline_verbs`: a headline's present-tense verb between two nouns ("Rebels attack army base in
  Kidal", "Dallas teen stabs neighbor over dispute") is read as one long compound noun, which leaves
  the sentence without a verb. In a short sentence with no verb at all, a word that is a trigger
  verb's form with a noun before it and a noun phrase after it is that verb: the noun before is its
  subject, the phrase after its object. So is such a word in a headline's clause of time after its
  verb ("Drones hit depot as militants storm checkpoint"), a clause of the verb.
- `locative_prepositions`: "rallied outside parliament", "gathered near the embassy": a preposition
  of place the tagger reads as an adjective makes the place the verb's object (whom the act is
  aimed at). Before a verb's object, such a word is the preposition, and the noun its object.
- `hyphen_words`: a word written with a prefix and a hyphen ("counter-offensive", "ex-wife",
  "e-mail") is split by the tokenizer, and the model often hangs all three pieces on the same word
  with the same role, so the noun phrase has no head and its last word is taken for an adjective. The
  last piece heads the word, with the role the pieces shared; the first piece and the hyphen are its
  modifiers. Names keep the model's reading.
- `named_gerunds`: "killed by Russian shelling": a name before an act's -ing noun is its modifier,
  not the preposition's object (the model reads the noun as a clause of its own).
- `coordinated_clauses`, `listed_tolls`, `finite_conjuncts`, `participle_subjects`, `participle_roots`,
  `age_participles`, `dead_objects`, `gerund_subjects`, `found_participles`: which verb a subject or a conjunct belongs to
  (repair_clauses.py).
- `said_conjuncts`: "said the plan costs too much and accused the council": the speaker's act (repair_words.py).
- `bracketed_insertions` (before the parser): "killed on Friday [12 March] by the rebels": the
  parser starts a new sentence at an editor's square bracket inside a sentence.
- `common_noun_names` (after the recognizer): a name found in words written lower case is none.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Token

from . import repair_clauses, repair_words  # noqa: F401  (registers the clause and word repairs named in REPAIRS)

# The component runs before the attribute ruler sets `pos_`, so it reads the tagger's `tag_`.

_CLAUSE_DEPS = {"advcl", "conj", "ccomp", "xcomp", "dep", "acl"}
_NP_LEFT = {"amod", "compound", "det", "nummod", "poss", "nmod", "quantmod"}


def _governor(prev: Token) -> Token | None:
    """The verb the word before the participle belongs to: itself, or the verb of its particle."""
    if prev.tag_.startswith("VB"):
        return prev
    if prev.dep_ == "prt" and prev.head.tag_.startswith("VB"):
        return prev.head
    return None


def _misparsed_participle(v: Token) -> tuple[Token, Token] | None:
    if v.tag_ not in ("VBD", "VBN") or v.dep_ not in _CLAUSE_DEPS or v.i == 0:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark", "advmod", "neg") for c in v.children):
        return None
    verb = _governor(v.doc[v.i - 1])
    if verb is None or verb.i == v.i or any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.i != v.i
                                            for c in verb.children):
        return None
    objs = [c for c in v.children if c.dep_ == "dobj"]
    if len(objs) != 1 or any(c.dep_ not in ("dobj", "prep", "npadvmod", "punct") for c in v.children):
        return None
    obj = objs[0]
    # Only the noun's own left modifiers may stand between the participle and the noun.
    if any(not t.is_space and (t.head.i != obj.i and t.head.head.i != obj.i or t.dep_ not in _NP_LEFT)
           for t in v.doc[v.i + 1:obj.i]):
        return None
    return verb, obj


@Language.component("participle_modifiers")
def participle_modifiers(doc: Doc) -> Doc:
    for v in doc:
        found = _misparsed_participle(v)
        if found is None:
            continue
        verb, obj = found
        for c in list(v.children):
            if c.i != obj.i:
                c.head = verb  # "near Kismayo" said where the hunt was, not the escape
        obj.head, obj.dep_ = verb, "dobj"
        v.head, v.dep_ = obj, "amod"
    return doc


_NOMINAL = ("NN", "NNS", "NNP", "NNPS", "PRP", "CD")
_OBJECT_START = _NOMINAL + ("DT", "JJ", "PRP$")


@lru_cache(maxsize=1)
def _verb_words() -> frozenset[str]:
    """Every English verb form the model's own lemmatizer tables know (its index and irregulars)."""
    exc, index = repair_clauses.verb_tables()
    return index | frozenset(exc)


@lru_cache(maxsize=1)
def _past_forms() -> frozenset[str]:
    """Irregular pasts that are no verb's base form ("retook", "overran"; not "found", "wound", "fell")."""
    exc, index = repair_clauses.verb_tables()
    return frozenset(f for f, lemmas in exc.items() if f not in index and f not in lemmas
                     and not f.endswith(("ing", "en", "s")) and not set(lemmas) & {"be", "have", "do"})


@Language.component("past_forms")
def past_forms(doc: Doc) -> Doc:
    """"Government forces retook the city": an irregular past the tagger read as a present, which the
    lemmatizer then leaves as written; tagged a past, its lemma ("retake") follows."""
    pasts = _past_forms()
    for t in doc:
        if t.tag_ in ("VBP", "VB") and t.lower_ in pasts:
            t.tag_ = "VBD"
    return doc


def _a_verb(t: Token) -> bool:
    """Could the word be a verb at all? "Teen stabs classmate": the tagger's verb "classmate" cannot."""
    low, verbs = t.lower_, _verb_words()
    stems = (low, low[:-1], low[:-2], low[:-3], low[:-1] + "e" if low.endswith("ed") else low) if len(low) > 3 else (low,)
    return any(s in verbs for s in stems)


_CROWDS = {"thousands", "hundreds", "dozens", "scores", "crowds", "protesters", "protestors", "demonstrators"}


def _past_verb(low: str, verbs: set[str]) -> bool:
    """An irregular past ("overran", "retook") of a trigger verb."""
    exc, _ = repair_clauses.verb_tables()
    return low in _past_forms() and any(lemma in verbs for lemma in exc.get(low, ()))


def _headline_verb(sent) -> Token | None:
    # A headline of two clauses ("Thousands march in Lisbon; police detain 12", "Briefs: Teen stabs
    # classmate"): each clause alone.
    cuts = [sent.start] + [t.i + 1 for t in sent if t.text in (";", ":")] + [sent.end]
    for a, b in zip(cuts, cuts[1:], strict=False):
        found = _clause_verb(sent.doc[a:b])
        if found is not None:
            return found
    return None


def _clause_verb(clause) -> Token | None:
    if len(clause) > 16 or any((t.tag_.startswith("VB") and t.dep_ not in ("amod", "compound") and _a_verb(t))
                               or t.tag_ == "MD" for t in clause):  # "soaring rents": an adjective
        return None
    from .lexicon import triggers

    verbs = set(triggers().get("verbs", {}))
    for t in clause[1:-1]:
        low = t.lower_
        form = low if low in verbs else low[:-1] if low.endswith("s") and low[:-1] in verbs else None
        # (or tagged a verb but hung as a compound: "Democrats blast governor's plan")
        as_verb = t.tag_ in ("VBP", "VBZ") and t.dep_ == "compound"
        # (or an irregular past, written lower case, read into a name: "Al-Shabaab retook Kismayo")
        named_past = t.tag_ in ("NNP", "NN") and t.text.islower() and _past_verb(low, verbs)
        if (form is None and not named_past) or (t.tag_ not in ("NN", "NNS") and not as_verb and not named_past):
            continue
        before, after = t.doc[t.i - 1], t.doc[t.i + 1]
        # the subject: a noun, or the headline's first word the tagger took for an adjective ("Gunman")
        # (or as the subject of the noun itself, which only a verb takes, or of the other clause's
        # verb: "Rebels ambush militia truck; three freed")
        subject = (before.tag_ in _NOMINAL and (before.dep_ == "compound" or (as_verb or before.head.i == t.i or not (
            clause.start <= before.head.i < clause.end)) and before.dep_ == "nsubj")) or (
            before.tag_ == "JJ" and before.i == clause.start and before.is_title)
        if subject and (after.tag_ in _OBJECT_START or (after.tag_.startswith("VB") and not _a_verb(after))):
            return t
        if before.lower_ in _CROWDS and before.i == clause.start and after.tag_ == "IN":
            return t  # "Thousands march in Lisbon over rents": a crowd, then the verb, then where
    return None


_HEADLINE_MARKS = {"as", "while", "after"}


def _second_clause(sent) -> tuple[Token, Token] | None:
    """A headline's clause of time after its verb ("Drones hit depot as militants storm checkpoint"),
    whose own verb the tagger read into a compound noun: ("as", that verb)."""
    root = sent.root
    if len(sent) > 24 or not root.tag_.startswith("VB") or sent[-1].text in (".", "!", "?", '"', "”"):
        return None
    for m in sent:
        if m.lower_ in _HEADLINE_MARKS and m.i > root.i and m.head.i in (root.i, *(c.i for c in root.children)):
            v = _clause_verb(sent.doc[m.i + 1:sent.end])
            return (m, v) if v is not None else None
    return None


def _attach_second_clause(sent) -> None:
    found = _second_clause(sent)
    if found is None:
        return
    mark, v = found
    subject, end = sent.doc[v.i - 1], sent.end
    obj = next((t for t in sent.doc[v.i + 1:end] if t.head.i <= v.i or t.head.i >= end or t.head.i == mark.i), None)
    for t in sent.doc[mark.i + 1:end]:
        if t.i != subject.i and t.i < v.i and t.head.i in (v.i, mark.i, *(() if obj is None else (obj.i,))):
            t.head = subject  # "opposition fighters": the subject's own modifiers
    subject.head, subject.dep_ = v, "nsubj"
    v.head, v.dep_ = sent.root, "advcl"
    v.tag_ = "VBZ" if v.lower_.endswith("s") else "VBP"
    mark.head, mark.dep_ = v, "mark"
    if obj is not None and obj.i > v.i:
        obj.head, obj.dep_ = v, "dobj"


@Language.component("headline_verbs")
def headline_verbs(doc: Doc) -> Doc:
    for sent in list(doc.sents):
        v = _headline_verb(sent)
        if v is None:
            _attach_second_clause(sent)
            continue
        root = sent.root
        subject = doc[v.i - 1]
        for t in sent:
            if t.i < v.i and t.head.i == v.i and t.i != subject.i:
                t.head = subject  # "Dallas teen": the subject's own modifiers
        intransitive = doc[v.i + 1].tag_ == "IN"
        # the object is in the verb's own clause ("Rebels ambush army jeep; two freed": not "freed")
        end = next((t.i for t in sent if t.i > v.i and t.text in (";", ":")), sent.end)
        obj = None if intransitive else root if v.i < root.i < end else next(
            (t for t in sent if v.i < t.i < end and (t.head.i <= v.i or t.head.i >= end)), None)
        subject.head, subject.dep_ = v, "nsubj"
        if intransitive and root.i != v.i:
            root.head, root.dep_ = v, "parataxis"  # "...; police detain 12": the headline's second clause
        v.head, v.dep_ = v, "ROOT"
        v.tag_ = "VBD" if v.lower_ in _past_forms() else "VBZ" if v.lower_.endswith("s") else "VBP"
        if obj is not None and obj.i > v.i:
            if obj.tag_.startswith("VB"):  # the noun the tagger took for the verb
                obj.tag_ = "NN"
                for c in obj.children:
                    if c.dep_ in ("prep", "npadvmod", "punct") and c.i > obj.i:
                        c.head = v  # "over an argument" is the act's, not the noun's
            obj.head, obj.dep_ = v, "dobj"
    return doc


_LOCATIVE_ADJECTIVES = {"outside", "inside", "near", "opposite", "beside", "behind"}


@Language.component("locative_prepositions")
def locative_prepositions(doc: Doc) -> Doc:
    for t in doc:
        noun = t.head
        if (t.lower_ in _LOCATIVE_ADJECTIVES and t.tag_ in ("JJ", "RB") and t.dep_ in ("amod", "advmod")
                and noun.dep_ == "dobj" and noun.head.tag_.startswith("VB") and t.i < noun.i
                and all(x.dep_ in ("det", "compound", "amod", "poss") for x in doc[t.i + 1:noun.i])):
            verb = noun.head
            t.head, t.dep_, t.tag_ = verb, "prep", "IN"
            noun.head, noun.dep_ = t, "pobj"
    return doc


@lru_cache(maxsize=1)
def _act_gerunds() -> frozenset[str]:
    from .lexicon import triggers

    return frozenset(n for n in triggers().get("nouns", {}) if n.endswith("ing"))


@Language.component("named_gerunds")
def named_gerunds(doc: Doc) -> Doc:
    """"Killed by Russian shelling", "died in Houthi shelling": the model takes the name for the
    preposition's object and the act's noun for a clause of its own, so the act loses its doer. An
    act's -ing noun with no subject, auxiliary or object, right after such a name, is the object
    and the name its modifier."""
    for name in doc[:-1]:
        act = doc[name.i + 1]
        if (name.dep_ == "pobj" and name.head.tag_ == "IN" and name.tag_ in ("NNP", "NNPS", "JJ")
                and act.tag_ == "VBG" and act.lower_ in _act_gerunds() and act.dep_ in _CLAUSE_DEPS
                and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "dobj", "mark") for c in act.children)):
            act.head, act.dep_, act.tag_ = name.head, "pobj", "NN"
            name.head, name.dep_ = act, "amod" if name.tag_ == "JJ" else "compound"
    return doc


_NOMINAL_ROLES = {"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "conj", "oprd"}


@Language.component("hyphen_words")
def hyphen_words(doc: Doc) -> Doc:
    for hyph in doc[1:-1]:
        first, last = doc[hyph.i - 1], doc[hyph.i + 1]
        if hyph.text != "-" or hyph.whitespace_ or first.whitespace_:
            continue
        head = first.head
        if not (head.i == hyph.head.i == last.head.i and first.dep_ == hyph.dep_ == last.dep_) \
                or head.i in (first.i, hyph.i, last.i) or last.dep_ not in _NOMINAL_ROLES or last.tag_.startswith("NNP"):
            continue  # names ("Al-Mahsaa") and modifiers ("anti-government") keep their pieces
        for t in doc[max(0, first.i - 4):first.i]:
            if t.head.i in (first.i, hyph.i):
                t.head = last  # "a counter-offensive": the article is the word's
        first.head, first.dep_ = last, "compound"
        hyph.head, hyph.dep_, hyph.tag_ = last, "punct", "HYPH"
        if last.tag_ in ("JJ", "VBN", "VBG"):
            last.tag_ = "NN"  # "a counter-offensive": the word is a noun where it stands as one
    return doc


@Language.component("common_noun_names")
def common_noun_names(doc: Doc) -> Doc:
    """A name the recognizer finds in words written lower case ("fled into the bush" as a person):
    English writes names with a capital, so such a span names no one and no place."""
    # (the tagger then often calls the word a proper noun too: its letters decide)
    kept = [e for e in doc.ents if not (e.label_ in _NAME_LABELS and any(t.is_alpha for t in e)
                                        and all(t.is_lower or not t.is_alpha for t in e))]
    if len(kept) != len(doc.ents):
        doc.set_ents(kept, default="outside")
    return doc


@Language.component("bracketed_insertions")
def bracketed_insertions(doc: Doc) -> Doc:
    """"were killed on Friday [12 March] by the rebels": a monitor's or an editor's insertion in
    square brackets inside a sentence is read by the parser as the start of a new one, which cuts
    the act from its doer and its date. Where the word before the bracket ends no sentence, the
    bracketed words and the word after them stay in the sentence (the parser keeps boundaries set
    before it runs)."""
    for t in doc[1:]:
        if t.text != "[" or doc[t.i - 1].text in _SENTENCE_END or doc[t.i - 1].is_space:
            continue
        close = next((u for u in doc[t.i + 1:t.i + _BRACKET_TOKENS] if u.text in ("]", "[")), None)
        if close is None or close.text != "]":
            continue
        for u in doc[t.i:min(close.i + 2, len(doc))]:
            u.is_sent_start = False
    return doc


_SENTENCE_END = {".", "!", "?", '"', "”", ":"}
_BRACKET_TOKENS = 16  # an insertion is a date, a name or a few words; longer is a passage of its own
_NAME_LABELS = {"PERSON", "GPE", "LOC", "ORG", "NORP", "FAC"}
PRE_PARSER = ("bracketed_insertions",)  # run before the parser, setting boundaries it keeps
ENTITY_REPAIRS = ("common_noun_names",)  # read the recognizer's entities, so run after it
# (each is added right after the parser, so the last named runs first and the first named last)
REPAIRS = ("trailing_participles", "participle_modifiers", "headline_verbs", "locative_prepositions", "hyphen_words",
           "named_gerunds", "coordinated_clauses", "listed_tolls", "finite_conjuncts", "participle_subjects",
           "participle_roots", "past_forms", "age_participles", "dead_objects", "gerund_subjects", "found_participles",
           "adjective_nouns", "finite_participles", "said_conjuncts", "shot_verbs")


def _abbreviation_end(sent) -> bool:
    """Whether a sentence ends on a short capitalised abbreviation ("Phila.", "Calif.", "Gen."),
    whether the tokenizer kept its period on it or split it off."""
    last = sent[-1]
    if last.text == "." and len(sent) > 1 and not sent[-2].whitespace_:
        last = sent[-2]
        word = last.text
    else:
        word = last.text[:-1] if last.text.endswith(".") else ""
    return 1 <= len(word) <= 5 and word[0].isupper() and word.isalpha()


_CLOCK = {"a.m.", "p.m.", "a.m", "p.m"}
_DAY_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
              "yesterday", "tonight", "jan", "feb", "march", "april", "may", "june", "july", "aug", "sept", "oct",
              "nov", "dec", "january", "february", "august", "september", "october", "november", "december"}


def _clock_end(sent) -> bool:
    """Whether a sentence ends on a clock time's "a.m."/"p.m." (the tokenizer may split its period)."""
    last = sent[-1].lower_
    if last == "." and len(sent) > 1 and not sent[-2].whitespace_:
        last = sent[-2].lower_ + "."
    return last in _CLOCK


def _date_label(span) -> bool:
    """"- 9 February 2023:", a list item's date set before its text: the date of the sentence after it."""
    words = [t for t in span if not (t.is_punct or t.pos_ == "SYM")]
    return span[-1].text == ":" and bool(words) and all(
        t.ent_type_ == "DATE" or t.like_num for t in words) and any(t.ent_type_ == "DATE" for t in words)


def sentences(doc: Doc) -> list:
    """The doc's sentences, with a split undone after an abbreviation when the next part starts in lower
    case ("two hurt in W. Phila. | shooting"), after a clock time when the next starts with its day ("at
    9:15 p.m. | Friday, police said") and after a date set as a label ("- 9 May 2023: | gunmen attacked"):
    the parse cannot be re-segmented, so the coder reads these merged spans instead."""
    out = []
    for sent in doc.sents:
        last = out[-1] if out else None
        first = sent[0]
        lower_run_on = first.is_lower and first.is_alpha and _abbreviation_end(last) if last is not None else False
        day_run_on = last is not None and _clock_end(last) and first.lower_.rstrip(".") in _DAY_WORDS
        if lower_run_on or day_run_on or (last is not None and _date_label(last)):
            out[-1] = doc[last.start:sent.end]
        else:
            out.append(sent)
    return out
