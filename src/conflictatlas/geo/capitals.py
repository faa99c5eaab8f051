"""A capital named by its country: "the Somali capital", "Kenya's capital", and "the capital" in an
article about one country. Wire copy names the capital so more often than by its name, and the
country's name or demonym alone would put the event at the country (or, read as a place name, at a
namesake: "Somali" is also a region of Ethiopia)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from . import gazetteer
from . import resolve as georesolve
from .toponym import Reading, Toponym, taken

# A state's or a province's capital is a division's seat, which GeoNames does not flag.
_NOT_NATIONAL = {"state", "provincial", "regional", "district", "county", "departmental", "federal", "tribal",
                 "financial", "commercial", "economic", "cultural", "spiritual", "political", "de", "facto",
                 "former", "old", "ancient", "summer", "winter", "administrative", "second"}


def _country_of(mod: Token, art: Reading) -> gazetteer.Entry | None:
    from .recognize import demonym_country  # recognize imports this module's pass

    if mod.dep_ in ("amod", "compound") and mod.text[:1].isupper():
        return demonym_country(mod.text)
    if mod.dep_ == "poss" and mod.ent_type_ == "GPE":
        entry = georesolve.container(mod.text)
        return entry if entry is not None and entry.kind == "country" else None
    return None


def _only_country(context: set[str]) -> str | None:
    countries = {k for k in context if k and "." not in k}
    return next(iter(countries)) if len(countries) == 1 else None


def capitals(doc: Doc, art: Reading, found: list[Toponym]) -> list[Toponym]:
    out, seen = [], taken(found)
    for tok in doc:
        if tok.lemma_.lower() != "capital" or tok.pos_ != "NOUN" or tok.i in seen:
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and (nxt.pos_ == "PROPN" or (nxt.text == "," and tok.i + 2 < len(doc)
                                                         and doc[tok.i + 2].pos_ == "PROPN")):
            continue  # "the capital Tbilisi", "the Afghan capital, Kabul": the name that follows is the place
        mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "poss")]
        if any(m.lower_ in _NOT_NATIONAL for m in mods) or any(c.dep_ == "prep" and c.lower_ == "of"
                                                                for c in tok.children):
            continue  # "the capital of Helmand province" names its own place
        country = next((e for m in mods if (e := _country_of(m, art)) is not None), None)
        if country is None and mods:
            continue
        if country is None:
            # "the capital" alone, after the article has placed itself in one country
            bare = any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
            code = _only_country(art.context) if bare else None
            country = gazetteer.country(code) if code else None
        seat = gazetteer.capital(country.country) if country is not None and country.country else None
        if seat is None:
            continue
        first = min([tok.i, *(m.i for m in mods if m.dep_ != "det")])
        if any(i in seen for i in range(first, tok.i + 1)):
            continue
        start = art.base + doc[first].idx
        text = doc[first:tok.i + 1].text
        out.append(Toponym(first, tok.i + 1, georesolve.to_place(seat, text, start, start + len(text))))
        seen.update(range(first, tok.i + 1))
    return out
