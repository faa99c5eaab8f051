"""Country names to ISO codes, shared by every stage (pycountry codes, countryinfo common names)."""

from __future__ import annotations

from functools import lru_cache

# Names the news uses that neither pycountry nor countryinfo lists: current short names and the
# names of states as older reports call them. Shared by the gazetteer and the actor dictionary.
OTHER_NAMES = {
    "MK": ["Macedonia", "FYROM", "Macedonian"], "MM": ["Burma", "Burmese"], "CD": ["Zaire", "DR Congo", "DRC", "Congo", "Congo-Kinshasa"],
    "CI": ["Ivory Coast", "Cote d'Ivoire"], "SZ": ["Swaziland"], "TL": ["East Timor"], "CZ": ["Czechia", "Czech Republic"],
    "KH": ["Kampuchea", "Kampuchean"], "RS": ["Yugoslavia", "Yugoslav"], "RU": ["Soviet Union", "USSR"],
    "TR": ["Turkey", "Turkiye"], "CV": ["Cape Verde"], "LA": ["Laos"], "SY": ["Syria"], "IR": ["Iran"],
    "KR": ["South Korea"], "KP": ["North Korea"], "VN": ["Vietnam"], "MD": ["Moldova"], "BO": ["Bolivia"],
    "VE": ["Venezuela"], "TZ": ["Tanzania"], "PS": ["Palestine", "Palestinian Territories"],
    "VA": ["Vatican"], "FM": ["Micronesia"], "GB": ["Britain", "Great Britain", "UK"],
    "US": ["America"], "CG": ["Republic of Congo", "Congo Republic"],
}
# The news agencies' style (AP, Reuters): a bare "Congo" is the Democratic Republic, the other one is
# the "Congo Republic", although ISO's short name for that one is "Congo". The names here are read
# before ISO's for that reason. A name with "of the" is also written without the article, in both
# the gazetteer and alpha2 ("the Republic of the Gambia").


# States that renamed themselves are named as they now call themselves, as ISO 3166 and ACLED do;
# countryinfo still gives the old names, which stay in OTHER_NAMES for reading older reports.
CURRENT_NAMES = {"SZ": "Eswatini", "MK": "North Macedonia", "TL": "Timor-Leste", "CV": "Cabo Verde",
                 "CZ": "Czechia"}
# The short name the news and the UN's own short form use where ISO's is a long one: "DR Congo" for
# the Democratic Republic (as "Syria" for the Syrian Arab Republic, which pycountry already shortens).
SHORT_NAMES = {"CD": "DR Congo"}
# States ISO 3166 has not coded but GeoNames, ACLED and UCDP treat as countries, with the user-assigned
# codes GeoNames and the EU use: alpha-2 -> (alpha-3, name, demonyms). pycountry and countryinfo lack them,
# so without this a place in Kosovo had a country code no other stage could name.
UNLISTED = {"XK": ("XKX", "Kosovo", ("Kosovar", "Kosovan"))}


# countryinfo's alternative spellings that are, in English news, a common word or a surname: never a
# state's name (Iceland's "Island", the Manx "Mann": a minister surnamed Mann is no island)
NOT_COUNTRY_NAMES = frozenset({"island", "union", "republic", "kingdom", "state", "states", "land", "main", "mann",
                               "mannin", "prathet"})


@lru_cache(maxsize=1)
def _common_names() -> dict[str, str]:
    """Lower-cased common names and long alternative spellings -> alpha-2 ("turkey" -> "TR")."""
    import countryinfo

    out = {}
    for ci in countryinfo.all_countries():
        info = ci.info()
        iso = info.get("ISO") or {}
        if not iso.get("alpha2"):
            continue
        for n in [info.get("name") or "", *(a for a in info.get("altSpellings") or []
                                            if len(a) > 3 and a.lower() not in NOT_COUNTRY_NAMES)]:
            if n:
                out.setdefault(n.lower(), iso["alpha2"])
    return out


def alpha2(value: str) -> str | None:
    """ISO alpha-2 code for an alpha-2/alpha-3 code or an English name, or None."""
    import pycountry

    v = value.strip()
    named = next((code for code, names in OTHER_NAMES.items() if v.lower() in (n.lower() for n in names)), None)
    if named is not None:
        return named
    unlisted = next((a2 for a2, (a3, name, _) in UNLISTED.items() if v.upper() in (a2, a3) or v.lower() == name.lower()), None)
    if unlisted:
        return unlisted
    for form in (v, *([v.replace(" of ", " of the ", 1)] if " of " in v and " of the " not in v else [])):
        try:
            return pycountry.countries.lookup(form).alpha_2
        except LookupError:
            pass
        if form.lower() in _common_names():
            return _common_names()[form.lower()]
    return None


def alpha3(code2: str) -> str | None:
    import pycountry

    if code2.upper() in UNLISTED:
        return UNLISTED[code2.upper()][0]
    c = pycountry.countries.get(alpha_2=code2.upper())
    return c.alpha_3 if c else None


def country_name(code3: str) -> str:
    """Common English name for an alpha-3 code ("SYR" -> "Syria", not "Syrian Arab Republic")."""
    import pycountry

    unlisted = next((name for a3, name, _ in UNLISTED.values() if a3 == code3.upper()), None)
    if unlisted:
        return unlisted
    c = pycountry.countries.get(alpha_3=code3.upper())
    if c is None:
        return code3
    return CURRENT_NAMES.get(c.alpha_2) or SHORT_NAMES.get(c.alpha_2) or getattr(c, "common_name", None) \
        or _short_names().get(c.alpha_2) or c.name


@lru_cache(maxsize=1)
def _short_names() -> dict[str, str]:
    out: dict[str, str] = {}
    for name, code in _common_names().items():
        out.setdefault(code, _title(name))
    return out


_SMALL = {"of", "the", "and", "da", "de", "du", "la", "d'ivoire"}


def _title(name: str) -> str:
    """A country's name in title case, its small words lower ("Democratic Republic of the Congo")."""
    words = name.split()
    def cap(w: str) -> str:
        return "-".join(p[:1].upper() + p[1:] for p in w.split("-"))
    return " ".join(w if i and w in _SMALL else cap(w) for i, w in enumerate(w.lower() for w in words))
