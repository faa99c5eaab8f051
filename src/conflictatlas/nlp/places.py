"""An article's places: one sense per name, its place context and dateline, and the place of each event.

An event's place is the most specific place the text supports *for that event*, found in this order
(the rule name is stored on the Place):
1. `syntax`: a toponym inside the trigger's own phrase or clause ("fighting in Sirte");
2. `clause`: a toponym attached by a locative preposition to a word governing the trigger;
3. `sentence`: the most specific toponym elsewhere in the sentence;
4. `dateline`: the article's dateline ("SIRTE, Libya (Reuters) -").
A toponym used as a modifier of a non-place noun ("U.S. officials") locates nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ..geo import gazetteer
from ..geo import resolve as georesolve
from ..records import PRECISIONS, Place
from .placenames import (
    BEARINGS,
    GENERIC_NAME_WORDS,
    LOCATIVE,
    PLACE_NOUNS,
    TOPONYM_LABELS,
    WAR_NOUNS,
    Toponym,
    given_names,
    located,
    names_disease,
    surnames,
)
from .toponyms import demonym_country, toponyms

# Bodies whose city is where they act ("Jerusalem Police dispersed ..."), unlike a person's
# ("a Tampa woman shot ...").
INSTITUTIONS = {"police", "court", "authorities", "council", "government", "army", "military", "forces",
                "municipality", "administration", "prosecutors", "governor", "mayor"}
_CLAUSE_DEPS = {"advcl", "ccomp", "relcl", "conj", "parataxis", "acl", "csubj"}
# A dateline opens the body, after the headline if there is one: "BAGHDAD —", "BEIRUT:",
# "MAKHACHKALA --", "SIRTE, Libya (Reuters) -". The city is in capitals, which keeps ordinary
# sentence openings out.
_DATELINE = re.compile(r"(?:^|[.!?]\s+)([A-Z][A-Z .'-]{2,40}?)(?:,\s*([A-Z][A-Za-z .'-]{1,30}))?\s*"
                       r"(?:\([^)]{1,30}\))?\s*(?:[—–]|--?|:)\s")


def article_toponyms(docs, context: set[str], demonyms: bool = False) -> list[list[Toponym]]:
    """The toponyms of each (offset, doc) paragraph, one sense per name in an article: a name
    means the same place throughout ("Dublin, Ohio" once makes every "Dublin" of the article
    Ohio's), chosen by the mention that names its container, else by most mentions."""
    persons, given = surnames(d for _, d in docs), given_names(d for _, d in docs)
    per_doc = [toponyms(doc, offset, context, demonyms, persons, given) for offset, doc in docs]
    votes: dict[str, dict[int, list]] = {}
    repeatable: set[str] = set()
    for tops in per_doc:
        for t in tops:
            if t.place.geonameid is not None:
                if (t.named and t.place.precision != "city") or gazetteer.norm(t.place.name) == gazetteer.norm(t.place.text):
                    # Not a demonym ("Swedish"), nor a town known by a rare alternate name ("Xinhua").
                    repeatable.add(gazetteer.norm(t.place.text))
                vote = votes.setdefault(gazetteer.norm(t.place.text), {}).setdefault(t.place.geonameid, [0, 0, t.place])
                vote[0] += t.placed_by_text
                vote[1] += 1
    sense = {name: max(v.values(), key=lambda x: (x[0], x[1]))[2] for name, v in votes.items()}
    for (offset, doc), tops in zip(docs, per_doc, strict=True):
        tops += _repeats(doc, offset, tops, {k: v for k, v in sense.items() if k in repeatable}, persons)
    for tops in per_doc:
        for i, t in enumerate(tops):
            chosen = sense.get(gazetteer.norm(t.place.text))
            # A mention whose own text says where it is ("Washington, D.C.", a list of states) keeps it.
            if chosen is not None and chosen.geonameid != t.place.geonameid and not t.placed_by_text:
                tops[i] = replace(t, place=replace(chosen, text=t.place.text, start=t.place.start, end=t.place.end))
    return per_doc


def _repeats(doc: Doc, base: int, tops: list[Toponym], sense: dict[str, Place], persons: set[str]) -> list[Toponym]:
    """Later mentions of a name the article already uses as a place, which the model left untagged
    or tagged otherwise ("Fargo raised its goal", "Fargo-Moorhead"): a name keeps its sense within
    an article. A token inside a person's name, or a surname of the article's people, is not one."""
    taken = {i for t in tops for i in range(t.start, t.end)}
    firsts: dict[str, list[list[str]]] = {}
    people = {gazetteer.norm(p) for p in persons}
    for name in sense:
        words = name.split()
        if words and name not in people and name not in GENERIC_NAME_WORDS:
            firsts.setdefault(words[0], []).append(words)
    out = []
    for tok in doc:
        if tok.i in taken or tok.pos_ != "PROPN" or tok.ent_type_ == "PERSON" or not tok.text[0].isupper():
            continue
        for words in sorted(firsts.get(gazetteer.norm(tok.text), ()), key=len, reverse=True):
            span = doc[tok.i:tok.i + len(words)]
            if (len(span) == len(words) and [gazetteer.norm(t.text) for t in span] == words
                    and not any(t.i in taken for t in span) and not names_disease(doc, span.start, span.end)):
                start = base + span[0].idx
                place = replace(sense[" ".join(words)], text=span.text, start=start, end=start + len(span.text))
                out.append(Toponym(span.start, span.end, place))
                taken.update(range(span.start, span.end))
                break
    return out


def article_places(text: str, docs) -> tuple[set[str], Place | None]:
    """An article's place context (geo.resolve.article_context) and its dateline place. A dateline
    ("MANSFIELD — ...") says where the reporter is: its state and country count as named."""
    names = [e.text for d in docs for e in d.ents if e.label_ in TOPONYM_LABELS]
    # The model tags only some of the names; those the other passes find ("Texas" in "the Texas
    # Forest Service", "in Frankston") say where the article is as much as the tagged ones.
    first = georesolve.article_context(names)
    people, given = surnames(docs), given_names(docs)
    names += [t.place.text for d in docs for t in toponyms(d, 0, first, persons=people, given=given)
              if t.place.geonameid is not None and not _tagged(d, t)]
    context = georesolve.article_context(names)
    # A nationality the article keeps using ("Georgian forces", "the Georgian president") says which
    # country it is about; one "Irish pub" in a local story does not.
    nationalities = Counter(c.country for d in docs for e in d.ents if e.label_ == "NORP"
                            and (c := demonym_country(e.text)) is not None)
    for country, n in nationalities.items():
        if n >= 2:
            context.name_region(country, "\x00demonym")
    dateline = dateline_place(text, context)
    if dateline is not None and dateline.country:
        context.name_region(dateline.country, "\x00dateline")
        if dateline.admin1 and dateline.precision != "country":
            context.name_region(f"{dateline.country}.{dateline.admin1}", "\x00dateline")
    return context, dateline


def _tagged(doc: Doc, t: Toponym) -> bool:
    return any(doc[i].ent_type_ in TOPONYM_LABELS for i in range(t.start, t.end))


def dateline_place(text: str, context: set[str]) -> Place | None:
    m = _DATELINE.search(text[:400])
    if not m:
        return None
    name = m.group(1).strip().title()
    place = georesolve.resolve(name, context | ({georesolve.resolve(m.group(2)).country} - {None} if m.group(2) else set()),
                               m.start(1), m.end(1))
    return place if place.geonameid else None


def _locates(t: Toponym, doc: Doc) -> bool:
    """A toponym locates an event unless it only modifies a non-place noun ("U.S. strikes"), names
    someone's origin ("a driver from Abidjan"), a target ("protested against ... Libya"), or sits in
    an attribution ("according to Los Angeles station KCAL")."""
    head = doc[t.end - 1]
    if head.dep_ in ("compound", "amod", "nmod", "poss") and head.head.lemma_.lower() not in PLACE_NOUNS | WAR_NOUNS:
        return False
    if head.dep_ == "pobj" and head.head.lower_ in ("from", "against") and head.head.head.pos_ in ("NOUN", "PROPN"):
        return False
    if head.dep_ == "pobj" and head.head.lower_ == "against":
        return False
    if any(a.lower_ == "according" for a in head.ancestors):
        return False
    return head.dep_ not in ("nsubj", "nsubjpass") or head.head.lemma_ in ("be",)




def _reference(t: Toponym, doc: Doc) -> bool:
    """A place named to say where another is: "Amara, south of Baghdad", "Sinjar town, some 100 km
    west of Mosul", "northeast of the city of Multan". The event is at the other, if the sentence
    names one."""
    tok = doc[t.end - 1]
    while tok.dep_ == "pobj" and tok.head.lower_ == "of":
        up = tok.head.head
        if up.lower_ in BEARINGS:
            return True
        if up.lemma_.lower() not in PLACE_NOUNS or up.head.i == up.i:
            break
        tok = up
    return False


def _located(t: Toponym, doc: Doc) -> bool:
    return located(doc[t.end - 1])


def _rank(t: Toponym, doc: Doc) -> int:
    # A name the gazetteer of populated places does not know, where syntax says it is a location,
    # is most often a neighbourhood, a village or a facility: more specific than the cities it
    # knows. Without that evidence it is as likely a person or a thing, and ranks last.
    p = t.place
    if p.geonameid is None:
        return 0 if _located(t, doc) else len(PRECISIONS) + 1
    return PRECISIONS.index(p.precision) if p.precision in PRECISIONS else len(PRECISIONS)


def _distance(a: Token, b: Token) -> int:
    """Links between two tokens in the dependency tree."""
    up = {}
    node, n = a, 0
    while True:
        up[node.i] = n
        if node.head.i == node.i:
            break
        node, n = node.head, n + 1
    node, n = b, 0
    while node.i not in up:
        node, n = node.head, n + 1
    return n + up[node.i]


def _best(tops: list[Toponym], doc: Doc, trigger: Token | None = None) -> Place | None:
    """The most specific place; among equally specific ones, the one nearest the event ("in Amara,
    south of Baghdad": Amara)."""
    if not tops:
        return None
    near = (lambda t: _distance(trigger, doc[t.end - 1])) if trigger is not None else (lambda t: 0)
    return min(tops, key=lambda t: (_reference(t, doc), _rank(t, doc), near(t), t.start)).place


def _own_tokens(trigger: Token) -> set[int]:
    """The trigger's phrase without the clauses hanging off it."""
    out, stack = set(), [trigger]
    while stack:
        t = stack.pop()
        out.add(t.i)
        for c in t.children:
            if c.dep_ in _CLAUSE_DEPS and c.pos_ in ("VERB", "AUX"):
                continue
            stack.append(c)
    return out


def event_place(trigger: Token, sent: Span, tops: list[Toponym], dateline: Place | None) -> Place | None:
    doc = sent.doc
    in_sent = [t for t in tops if sent.start <= t.start < sent.end and _locates(t, doc)]
    own = _own_tokens(trigger)
    hit = _best([t for t in in_sent if t.start in own], doc, trigger)
    if hit is not None:
        return replace(hit, rule="syntax")
    # Beyond the event's own phrase, only names the gazetteer resolves are trusted.
    in_sent = [t for t in in_sent if t.place.geonameid is not None]
    node = trigger
    for _ in range(4):
        if node.head.i == node.i:
            break
        node = node.head
        for prep in node.children:
            if prep.dep_ == "prep" and prep.lower_ in LOCATIVE:
                sub = {x.i for x in prep.subtree}
                hit = _best([t for t in in_sent if t.start in sub], doc)
                if hit is not None:
                    return replace(hit, rule="clause")
    hit = _best(in_sent, doc)
    if hit is not None:
        return replace(hit, rule="sentence")
    # "Jerusalem Police dispersed ...": a city naming the acting body is where it acts. Only a city:
    # "U.S. officials" does not put an event in the United States.
    named = [t for t in tops if sent.start <= t.start < sent.end and t.place.precision == "city"
             and doc[t.end - 1].dep_ in ("compound", "poss", "nmod")
             and doc[t.end - 1].head.lower_ in INSTITUTIONS and doc[t.end - 1].head.dep_ == "nsubj"
             and doc[t.end - 1].head.head.i == trigger.i]
    if named:
        return replace(named[0].place, rule="actor")
    if dateline is not None:
        return replace(dateline, rule="dateline")
    return None
