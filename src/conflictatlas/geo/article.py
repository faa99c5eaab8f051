"""An article's places: its context and dateline, and one sense per name through it.

`article_places` reads the article's place context (geo.resolve.article_context: the countries and
states it names, widened by the names the recognition passes find) and its dateline; then
`article_toponyms` recognises each paragraph's toponyms (geo.recognize) and gives a name the same
place throughout the article.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from ..records import Place
from . import gazetteer
from . import resolve as georesolve
from .dateline import dateline_place, find, opening
from .placeroles import mission_owner
from .recognize import demonym_country, recognize, toponyms
from .toponym import (
    GENERIC_NAME_WORDS,
    SETTLEMENTS,
    TOPONYM_LABELS,
    Reading,
    Toponym,
    a_backer,
    a_surname,
    given_names,
    names_disease,
    surnames,
    write_spans,
)


def article_toponyms(docs, context: set[str], demonyms: bool = False, org_names: bool = False,
                     event_candidates: bool | None = None, dateline: Place | None = None) -> list[list[Toponym]]:
    """The toponyms of each (offset, doc) paragraph, one sense per name in an article: a name
    means the same place throughout ("Dublin, Ohio" once makes every "Dublin" of the article
    Ohio's), chosen by the mention that names its container, else by most mentions. The
    `dateline` ("PARIS, Tenn. —"), where the docs leave it out, is such a mention."""
    persons = frozenset(surnames(d for _, d in docs))
    given = frozenset(given_names(d for _, d in docs))
    # The coder (no demonyms) also takes the names only syntax calls places, as event-place candidates.
    event_candidates = not demonyms if event_candidates is None else event_candidates
    per_doc = [recognize(doc, Reading(offset, context, persons, given), org_names, demonyms, event_candidates)
               for offset, doc in docs]
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
    if dateline is not None and dateline.geonameid is not None and dateline.text:
        vote = votes.setdefault(gazetteer.norm(dateline.text), {}).setdefault(dateline.geonameid, [0, 0, dateline])
        vote[0] += 1
    sense = {name: max(v.values(), key=lambda x: (x[0], x[1]))[2] for name, v in votes.items()}
    for (offset, doc), tops in zip(docs, per_doc, strict=True):
        tops += _repeats(doc, offset, tops, {k: v for k, v in sense.items() if k in repeatable}, persons)
    for tops in per_doc:
        for i, t in enumerate(tops):
            chosen = sense.get(gazetteer.norm(t.place.text))
            # A mention whose own text says where it is ("Washington, D.C.", a list of states) keeps it.
            if chosen is not None and chosen.geonameid != t.place.geonameid and not t.placed_by_text:
                tops[i] = replace(t, place=replace(chosen, text=t.place.text, start=t.place.start, end=t.place.end))
    for (_, doc), tops in zip(docs, per_doc, strict=True):
        write_spans(doc, tops)
    return per_doc


def _repeats(doc: Doc, base: int, tops: list[Toponym], sense: dict[str, Place], persons: set[str]) -> list[Toponym]:
    """Later mentions of a name the article already uses as a place, which the model left untagged
    or tagged otherwise ("Dayton raised its target", "Dayton-Kettering"): a name keeps its sense within
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
        # "on the edge of Mueda town": a name the article uses as a place, before "town" or
        # "district", is that place whatever the model made of it (a person, an adjective)
        settled = tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in SETTLEMENTS and tok.pos_ in ("PROPN", "ADJ", "NOUN")
        if tok.i in taken or not tok.text[0].isupper() or not settled and (tok.pos_ != "PROPN" or tok.ent_type_ == "PERSON"):
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


def article_places(text: str, docs, org_names: bool = False) -> tuple[set[str], Place | None]:
    """An article's place context (geo.resolve.article_context) and its dateline place. A dateline
    ("MANSFIELD — ...") says where the reporter is: its state and country count as named; a
    bureau's that covers another country is marked (rule "bureau"): it places no physical act."""
    names = [e.text for d in docs for e in d.ents if e.label_ in TOPONYM_LABELS and not _mission_owner(e)]
    # The model tags only some of the names; those the other passes find ("Texas" in "the Texas
    # Forest Service", "in Frankston") say where the article is as much as the tagged ones.
    first = georesolve.article_context(names)
    people, given = frozenset(surnames(docs)), frozenset(given_names(docs))
    # (The model's own entities are counted above: this reading passes over them, as the first
    # pass of the recognition would only to have them dropped here.)
    names += [t.place.text for d in docs for t in toponyms(d, Reading(0, first, people, given), org_names, tagged=False)
              if t.place.geonameid is not None and not _tagged(d, t)]
    context = georesolve.article_context(names)
    # A nationality the article uses says which country it is about ("Hamas-allied militants in
    # Gaza ... Palestinian prisoners": Gaza, not Mozambique's Gaza province). Once is enough: a
    # stray "Irish pub" in a local story weighs only where a name is ambiguous between countries,
    # and there it rarely points to a town abroad (measured: LGL and event_location a little better).
    # So does a force or party named by its nationality ("the Chadian National Army", "a Malian party").
    nationals = [e.text for d in docs for e in d.ents if e.label_ == "NORP" and not _mission_owner(e)]
    nationals += [t.text for d in docs for e in d.ents if e.label_ == "ORG" for t in e if t.tag_ in ("JJ", "NNP")
                  and t.text[:1].isupper() and t.text.endswith(("an", "ian", "ese", "ish", "i"))]
    for country in {c.country for text in nationals if (c := demonym_country(text)) is not None}:
        context.name_region(country, "\x00demonym")
    if _GRID_ADDRESS.search(text) and "CA" not in context:
        # "the 300 block of Elm Drive", "East 4th Avenue": how American police and papers write an
        # address (Canadian ones too, but their stories name a province); US local news never names
        # its own country, and without it a town named like a city abroad goes abroad
        context.name_region("US", "\x00address")
    dateline = dateline_place(text, context)
    bureau = dateline is not None and dateline.country and not _state_written(text) and (
        _a_bureau(dateline, context, text) or _lede_abroad(dateline, _lede(docs), context, people))
    if dateline is not None and dateline.country:
        context.name_region(dateline.country, "\x00dateline")
        if dateline.admin1 and dateline.precision != "country":
            context.name_region(f"{dateline.country}.{dateline.admin1}", "\x00dateline")
    if bureau:
        # "BANGKOK (Reuters) - A Myanmar air strike ...": a bureau covering a country the story names
        # outright, its own never. Its country still weighs in reading the names (a wire's region),
        # but where it was filed is no place of the story's physical acts (nlp.coder), nor the
        # country the story is set in (nlp.story.home_country).
        dateline = replace(dateline, rule="bureau")
    return context, dateline


_GRID_ADDRESS = re.compile(
    r"\b\d{2,5} block of [A-Z]|\b(?:North|South|East|West|[NSEW]\.) \d{1,3}(?:st|nd|rd|th) (?:Street|Avenue|St\.|Ave\.)")


def _state_written(text: str) -> bool:
    """The dateline writes its town's state or province ("DULUTH, Minn. —", "KINGSTON, Ont."): a
    paper's own town, which a wire bureau abroad, in a capital known by its name alone, never needs."""
    found = find(text)
    within = georesolve.container(found[1]) if found is not None and found[1] else None
    return within is not None and within.kind == "admin1"


def _named_beyond(dateline: Place, names: set[str], text: str) -> bool:
    """The names that put the article in the dateline's country name it outside the dateline line:
    the dateline's own "ABUJA, Nigeria (AA) -" names its country in passing, not as the story's. A
    nationality or a name read only by support ("\x00" markers, or none) counts as named."""
    low = text.lower()
    start = dateline.start if dateline.start is not None else 0
    line = low[start:start + opening(text[start:])]  # "ABUJA, Nigeria (AA) - ", up to its dash
    written = [n for n in names if not n.startswith("\x00")]
    return not names or len(written) < len(names) or any(low.count(n) > line.count(n) for n in written)


def _lede(docs) -> list:
    """The headline and the paragraphs down to the first of some length: the lead (standfirst and
    byline lines in between)."""
    out = []
    for doc in docs:
        out.append(doc)
        if len(out) > 1 and len(doc) >= 12:
            break
    return out


def _lede_abroad(dateline: Place, lede, context, people: frozenset[str] = frozenset()) -> bool:
    """The headline and the lead name the countries the story is in, and the dateline's is not one of
    them ("BANGKOK (Reuters) - A Myanmar military jet bombed a village in Sagaing", though a later
    paragraph has people fleeing to Thailand)."""
    found = set()
    for doc in lede:
        for e in doc.ents:
            if e.label_ not in ("GPE", "NORP", "LOC") or _mission_owner(e) or (
                    dateline.start is not None and e.text.lower() == (dateline.text or "").lower()) or (
                    e.text in people and a_surname(e.text, context)):
                continue  # (nor a person's name the model took for a state: "Brandenburg, 52, said")
            country = demonym_country(e.text) if e.label_ == "NORP" else None
            place = None if country is not None else georesolve.resolve(e.text, context)
            code = country.country if country is not None else place.country if place is not None else None
            if code:
                found.add(code)
    return bool(found) and dateline.country not in found


def _a_bureau(dateline: Place, context, text: str) -> bool:
    """The dateline's country is none the article names, its city is not named again, and the
    article names another country outright (not by the dateline's city read abroad: "BURLINGTON,
    Vt." is no Canadian story)."""
    if not dateline.text or text.lower().count(dateline.text.lower()) > 1:
        return False
    if any(_named_beyond(dateline, context.named.get(k, set()), text) for k in context
           if k.split(".")[0] == dateline.country):
        return False
    # named outright: by the country's own name or its people's ("Myanmar", "Burmese"), not by a
    # town that may be misread abroad
    return any("\x00demonym" in names or any(e.kind == "country" and e.country == key
                                              for n in names for e in gazetteer.lookup(n))
               for key, names in context.named.items() if "." not in key)


def _mission_owner(ent) -> bool:
    """A state named on its diplomatic mission ("the US consulate in Frankfurt", "the Kenyan
    embassy"): the mission is abroad, so the name says nothing of where the article is. Nor does a
    state named as a force's backer or leader ("US-backed fighters", "a Saudi-led coalition", "a
    group supported by Turkey"): it backs a side in another country's war as often as not."""
    return mission_owner(ent.root) or a_backer(ent.root)


def _tagged(doc: Doc, t: Toponym) -> bool:
    return any(doc[i].ent_type_ in TOPONYM_LABELS for i in range(t.start, t.end))
