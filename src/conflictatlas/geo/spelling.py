"""A spelling-blind key for place names romanised from the Arabic script.

News and GeoNames romanise one Arabic, Persian or Pashto name many ways: "Tel" or "Tall", "Ain" or
"Ayn", "Buldak" or "Boldak", with or without the article ("as-", "al-"), a final "h", a doubled
consonant. GeoNames keeps a few of them as alternate names, never all. The key keeps what the
romanisations agree on: the consonants, in order, with the first letter (any vowel as "a"); it drops
the article, vowels, doubled letters and the final "h" after a vowel, and merges the digraphs that
only some systems use ("dh", "th", "ou", "q"). Such a key is loose on purpose; the resolver uses it
only where the exact name is unknown, and only for a place in a country the article names.

Written by hand: the romanisation libraries go from the Arabic script to Latin (one system), not
from one Latin romanisation to another.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .words import words

# The countries whose place names the press romanises from the Arabic script (Arabic, Persian, Pashto,
# Urdu, Kurdish in Arabic letters), and Israel (Hebrew and Arabic names).
COUNTRIES = words("arabic_script_countries")
_ARTICLES = words("arabic_articles")
_DIGRAPHS = (("ou", "u"), ("oo", "u"), ("ee", "i"), ("dh", "d"), ("th", "t"), ("q", "k"))


def key(name: str) -> str:
    """The key of an already folded name (gazetteer.norm): "tel tamer" and "tall tamr" -> "tl tmr";
    "ras al ain" and "ra`s al `ayn" -> "rs an"."""
    out = []
    for word in re.sub(r"[`‘’ʿʾ'\"]", "", name.lower()).split():
        if word in _ARTICLES:
            continue
        word = re.sub(r"(.)\1+", r"\1", word)
        for a, b in _DIGRAPHS:
            word = word.replace(a, b)
        word = re.sub(r"([aeiouy])h$", r"\1", word)
        head = "a" if word[0] in "aeiou" else word[0]
        out.append(head + re.sub(r"[aeiouy]", "", word[1:]))
    joined = " ".join(out)
    # A key of three letters or fewer matches too much to say anything ("Jebru" and "Jaeber": "jbr").
    return joined if sum(c.isalpha() for c in joined) >= 4 else ""


def rows(names: Iterable[tuple[str, int]], country_of: dict[int, str | None]) -> set[tuple[str, int]]:
    """(key, geonameid) of each name of a place in one of COUNTRIES."""
    return {(k, gid) for name, gid in names if country_of.get(gid) in COUNTRIES and (k := key(name))}


# The sun letters, before which the Arabic article takes the letter's sound ("al-Raqqa" is GeoNames'
# "Ar Raqqah", "al-Salamiyah" its "As Salamīyah"); digraphs first.
_SUN = ("sh", "th", "dh", "t", "d", "r", "z", "s", "n", "l")


def article_forms(name: str) -> list[str]:
    """Other exact spellings of a name with the Arabic article, for names too short for the loose
    key: the article assimilated as GeoNames writes it ("Al-Raqqa" -> "Ar Raqqa"), or dropped at
    the start ("Raqqa"); a name written without it, with it ("Suwayra" -> "As Suwayra"), since
    GeoNames keeps the article the press drops; each also with the final "h" some romanisations
    write ("Ar Raqqah")."""
    m = re.match(r"(?i)^(?:al|el)[- ]([a-z]+)(.*)$", name)
    bare = m is None
    word, rest = (name, "") if bare else (m.group(1), m.group(2))
    if bare and not re.fullmatch(r"[A-Za-z]+", name):
        return []
    sun = next((s for s in _SUN if word.lower().startswith(s)), None)
    forms = [f"A{sun[0]} {word}{rest}"] if sun else [f"Al {word}{rest}"]
    if not bare:
        forms.append(f"{word}{rest}")
    return list(dict.fromkeys(v for f in forms for v in (f, f + "h" if re.search(r"[aeiou]$", f) else f)))
