"""The extent of a place name in a parsed paragraph: a name the model cut short, completed where the
gazetteer knows it whole, and the place inside a longer name ("the Ohio Farmers Union")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..records import Place
from . import gazetteer
from . import resolve as georesolve
from .thresholds import INNER_TOWN_POPULATION, TOWN_IN_CONTEXT_POPULATION
from .toponym import FEATURE_WORDS, GENERIC_NAME_WORDS, STREET_WORDS, heads_longer_name
from .words import words

_NAME_PARTICLES = words("name_particles")
_ARABIC_HEADS = words("arabic_name_heads")


def completed(doc: Doc, start: int, end: int) -> int:
    """The end of a name the model cut short where the gazetteer knows it whole: "Rio Grande" +
    "do Sul", "Beni" + "Suef"; "Mazar" + "-e-Sharif" (the tokenizer splits a hyphenated name)."""
    joined = end
    while joined + 1 < len(doc) and doc[joined].text == "-" and not doc[joined - 1].whitespace_ \
            and not doc[joined].whitespace_ and doc[joined + 1].is_alpha:
        joined += 2
    for k in range(joined, end, -2):
        if gazetteer.lookup(doc[start:k].text):
            return k
    for k in (4, 3, 2, 1):
        tail = doc[end:end + k]
        after = doc[end + k] if end + k < len(doc) else None
        # "Akron Parks Director Jane Roe": a name that runs on is a title's or a body's; "Deir" +
        # "ez-Zor": an article joined to the last word by a hyphen is the name's
        if (len(tail) == k and tail[-1].pos_ == "PROPN" and tail[-1].text[:1].isupper()
                and (after is None or after.pos_ != "PROPN")
                and all((t.pos_ == "PROPN" and t.text[:1].isupper() and t.ent_type_ in ("", doc[start].ent_type_))
                        or t.lower_ in _NAME_PARTICLES
                        or (t.text == "-" and not t.whitespace_ and doc[t.i - 1].lower_ in _NAME_PARTICLES) for t in tail)
                and gazetteer.lookup(doc[start:end + k].text)):
            return end + k
    return end


OF_HEADS = words("of_heads")


def inner_name(doc: Doc, start: int, end: int) -> Span | None:
    """The place in an entity the gazetteer does not know as a whole: one the model cut short
    before its "of" (a country whose name runs "Republic of X"), or a name inside a longer one ("Greater Tulsa", "the Ohio Farmers Union", "Hunan province", "a Save the Children office in Niger")."""
    words_in = {t.lower_.rstrip(".") for t in doc[start:end]}
    if end - start >= 3 and doc[end - 1].lower_ == "hall" and doc[end - 2].lower_ in ("city", "town"):
        # "Hattiesburg City Hall": a town's hall bears its town's name (a street's or a park's
        # name may be anyone's, so the other sites stay whole)
        span = doc[start:end - 2]
        return span if span[-1].pos_ == "PROPN" and gazetteer.lookup(span.text) else None
    if words_in & (FEATURE_WORDS | STREET_WORDS):
        return None
    # "the Cape of Good Hope", "the Group of Twenty": one name, with no place inside (a "Cape" somewhere);
    # "the City of Cape Town" names its city.
    of = next((t.i for t in doc[start + 1:end - 1] if t.lower_ == "of"), None)
    if of is not None and heads_longer_name(doc, of) and doc[of - 1].lower_ not in OF_HEADS:
        return None
    for k in (4, 3, 2):
        if end + k > len(doc) or doc[end].lower_ != "of":
            continue
        span = doc[start:end + k]
        if doc[span.end - 1].pos_ == "PROPN" and gazetteer.lookup(span.text):
            return span
    for width in range(end - start - 1, 0, -1):
        for at in range(start, end - width + 1):
            span = doc[at:at + width]
            # "Tijara" in "al-Tijara" is not a name of its own ("D-Iowa City" is).
            if at - 2 >= start and doc[at - 1].text == "-" and doc[at - 2].text.islower():
                continue
            # nor is "Ain" in "Ain al-Hilweh": a word before an article joined to the next word
            # ("al-", "ez-") opens one name with it
            after = at + width
            if after + 1 < end and doc[after].lower_ in _NAME_PARTICLES and doc[after + 1].text == "-" \
                    and not doc[after].whitespace_:
                continue
            if width == 1 and span[0].lower_ in _ARABIC_HEADS and at + 1 < end:
                continue  # "Ain" in "Ain Issa": the common noun that opens the name
            if (span[0].pos_ == "PROPN" and span[-1].pos_ == "PROPN" and span[0].text[0].isupper()
                    and span[0].lower_ not in GENERIC_NAME_WORDS and gazetteer.lookup(span.text)):
                return span
    return None


def inner_place(inner: Span, base: int, context: set[str]) -> Place | None:
    """The place a name found inside a longer one stands for. A word of a longer name that is also
    a hamlet somewhere ("Olive Garden"), or a rare alternate name of a town ("Boy Scouts":
    Bobo-Dioulasso), is not one; a state or country, a town of some size by its own name, or one in
    the article's state, is."""
    entry = georesolve.choose(georesolve.candidates(inner.text), context, inner.text)
    if entry is None:
        return None
    division = entry.kind in ("country", "admin1") and len(inner.text) > 3
    town = gazetteer.norm(entry.name) == gazetteer.norm(inner.text) and (
        f"{entry.country}.{entry.admin1}" in context or entry.population >= INNER_TOWN_POPULATION
        or (entry.country in context and entry.population >= TOWN_IN_CONTEXT_POPULATION))
    if not (division or town):
        return None
    at = base + inner[0].idx
    return georesolve.to_place(entry, inner.text, at, at + len(inner.text))


def inside_a_name(doc: Doc, tok: Token) -> bool:
    """The word before is a proper noun of the same name, hung side by side on the same head ("Scioto"
    before "Valley" in "Scioto Valley Hospital"): the parse split one name into words."""
    prev = doc[tok.i - 1] if tok.i > 0 else None
    return prev is not None and prev.pos_ == "PROPN" and prev.dep_ in ("compound", "nmod") \
        and prev.head.i == tok.head.i and prev.text[:1].isupper()
