"""The coder's data: trigger lexicon and actor dictionary, loaded once per process.

Both are YAML files shipped in `conflictatlas/data/`; users extend them by pointing
CONFLICTATLAS_TRIGGERS / CONFLICTATLAS_ACTORS at files of the same shape, which are merged on top.
States come from pycountry (ISO codes and names) and countryinfo (common names, demonyms), so the
dictionary covers every country without copying a list into the project.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import yaml

from ..countries import CURRENT_NAMES, NOT_COUNTRY_NAMES, OTHER_NAMES, SHORT_NAMES, UNLISTED, country_name
from ..errors import CodingError

# Demonyms, abbreviations and metonyms of states that neither package lists. (Names of the country
# as a place live in countries.OTHER_NAMES, shared with the gazetteer, and are added below too.)
_EXTRA_COUNTRY_NAMES = {
    "GBR": ["U.K.", "British"], "RUS": ["Russia", "Russian"], "IRN": ["Iranian"], "SYR": ["Syrian"],
    "KOR": ["South Korean", "Seoul"], "PSE": ["Palestinian", "Palestinians", "Gaza", "West Bank"],
    "COD": ["Democratic Republic of Congo", "Congolese"], "TUR": ["Turkish", "Türkiye"],
    "VNM": ["Vietnamese"], "CZE": ["Czech Republic", "Czech"], "SAU": ["Saudi", "Saudi Arabian", "Saudis"],
    "NLD": ["Dutch", "Netherlands"], "PHL": ["Filipino", "Philippine"], "AFG": ["Afghan"],
    "ARE": ["UAE", "Emirati"], "CHN": ["Beijing", "Chinese", "PRC", "People's Republic of China"],
    "ISR": ["Israeli", "Israelis"], "PRK": ["North Korean", "DPRK", "Pyongyang"],
    "BIH": ["Bosnia", "Bosnian", "Bosnia-Herzegovina"], "SRB": ["Serbia", "Serbian", "Serb", "Serbs"],
    "USA": ["U.S.", "US", "USA", "America", "United States of America", "U.S.A.", "American", "Americans"],
    # the adjectives the news writes where countryinfo gives another ("Kirghiz", "Tadzhik") or none
    "KGZ": ["Kyrgyz", "Kyrgyzstani"], "TJK": ["Tajik", "Tajikistani"], "KAZ": ["Kazakh"], "UZB": ["Uzbek"],
    "AZE": ["Azeri"], "ECU": ["Ecuadorian"], "DJI": ["Djiboutian"], "NPL": ["Nepali"], "ARG": ["Argentine", "Argentinian"],
    "CRI": ["Costa Rican"], "CPV": ["Cape Verdean"], "GNB": ["Bissau-Guinean"], "COM": ["Comorian"], "SOM": ["Somalian"],
}
# The people of a state by a noun of its own, not the adjective plus "s" ("Britons", not "Britishes"):
# countryinfo gives only the adjective.
_PEOPLE_NOUNS = {
    "GBR": ["Britons", "Briton", "Scots", "Scotsman", "Englishman", "Englishmen", "Welshman"],
    "FRA": ["Frenchman", "Frenchmen"], "DNK": ["Dane", "Danes"], "SWE": ["Swede", "Swedes"],
    "POL": ["Poles"], "ESP": ["Spaniard", "Spaniards"], "TUR": ["Turks"], "FIN": ["Finns"],
    "BIH": ["Bosnians"], "THA": ["Thais"], "NLD": ["Dutchman", "Dutchmen"], "ISL": ["Icelanders"],
}
# Capitals stand for governments only for states of at least this population: small territories
# capitals are too often ordinary words or other places ("Male", "Victoria", "The Valley", "Stanley").
_CAPITAL_MIN_POPULATION = 1_000_000
_NO_CAPITAL_METONYMY = {"JAM"}  # Kingston, Jamaica vs Kingston upon Thames, Kingston, Ontario
_ROLE_LABEL = {"military": "military", "police": "police", "government": "government",
               "rebel/insurgent": "rebels", "militia": "militia", "terrorist organisation": "militants",
               "civilians": "civilians"}


def alias_key(text: str) -> tuple[str, ...]:
    """Words of a name, as matched: "U.S." -> ("us",), "al-Qaeda's" -> ("al", "qaeda")."""
    s = text.replace("’", "'").replace(".", "")
    s = re.sub(r"'s\b", "", s)
    return tuple(w.lower() for w in re.findall(r"[^\W_]+", s))


@dataclass(frozen=True)
class ActorEntry:
    name: str
    country: str | None
    type: str | None
    parent: str | None = None
    is_state: bool = False


@dataclass
class ActorDictionary:
    aliases: dict[tuple[str, ...], ActorEntry] = field(default_factory=dict)
    case_sensitive: dict[str, ActorEntry] = field(default_factory=dict)  # short aliases: "IS"
    roles: dict[str, str] = field(default_factory=dict)  # role noun -> actor type
    generic_armed: frozenset[str] = frozenset()
    look_through: frozenset[str] = frozenset()
    max_len: int = 1
    first_words: set[str] = field(default_factory=set)  # lets a matcher skip windows no alias starts
    written_lower: set[tuple[str, ...]] = field(default_factory=set)  # aliases the data writes in lower case
    _weights: dict = field(default_factory=dict)
    _words: frozenset[str] | None = None

    def alias_words(self) -> frozenset[str]:
        """Every word of every alias ("republic", "front", "liberation")."""
        if self._words is None:
            self._words = frozenset(w for key in self.aliases for w in key)
        return self._words

    def add(self, alias: str, entry: ActorEntry, weight: int = 0) -> None:
        """Add an alias. Among states sharing one ("French": France and the French Southern
        Territories), the heavier one (more populous) keeps it; otherwise the first entry wins."""
        self._words = None
        key = alias_key(alias)
        if not key:
            return
        short = alias.replace(".", "")
        # An acronym matches only as written: "IS", and a mixed-case one ("LeT", "JeM") whose lower
        # case is an English word ("let go").
        acronym = " " not in short and (len(short) <= 3 and short.isupper()
                                        or len(short) <= 4 and not short.isupper() and sum(c.isupper() for c in short) >= 2)
        table, k = (self.case_sensitive, short) if acronym else (self.aliases, key)
        if alias.islower():
            self.written_lower.add(key)  # "peshmerga": a name English writes in lower case
        if k not in table or (entry.is_state and table[k].is_state and weight > self._weights.get(k, 0)):
            table[k] = entry
            self._weights[k] = weight
        self.max_len = max(self.max_len, len(key))
        self.first_words.add(key[0])

    def state_role(self, state: ActorEntry, role_type: str) -> ActorEntry:
        label = _ROLE_LABEL.get(role_type, role_type)
        # ACLED names a state's civilians "Civilians (Egypt)", as conventions.implied names unnamed victims.
        name = f"Civilians ({state.name})" if role_type == "civilians" else f"{state.name} {label}"
        return ActorEntry(name, state.country, role_type,
                          parent=state.name if role_type != "government" else None)


def _read_yaml(path) -> dict:
    try:
        with open(path, encoding="utf-8") as fh:
            return yaml.safe_load(fh) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise CodingError(f"cannot read lexicon {path}: {exc}") from exc


def _check_actors(data, path) -> dict:
    """An actors file of the documented shape, or a CodingError naming the file and the entry: a
    user's file is read at the first coding, where a KeyError would end the run in a traceback."""
    def bad(why: str) -> CodingError:
        return CodingError(f"actors file {path}: {why}")

    if not isinstance(data, dict):
        raise bad("expected a mapping with an 'actors:' list")
    entries = data.get("actors") or []
    if not isinstance(entries, list):
        raise bad("'actors' must be a list of entries")
    for n, e in enumerate(entries, 1):
        if not isinstance(e, dict) or not isinstance(e.get("name"), str) or not e["name"].strip():
            raise bad(f"entry {n} has no 'name' (each entry: name, country, type, aliases): {str(e)[:80]!r}")
        if not isinstance(e.get("aliases") or [], list):
            raise bad(f"entry {n} ({e['name']}): 'aliases' must be a list")
        for key in ("country", "type", "parent"):
            if e.get(key) is not None and not isinstance(e[key], str):
                raise bad(f"entry {n} ({e['name']}): '{key}' must be text")
    roles = data.get("roles") or {}
    if not isinstance(roles, dict) or not all(isinstance(v, list) for v in roles.values()):
        raise bad("'roles' must map each actor type to a list of nouns")
    return data


def _data_file(name: str):
    return resources.files("conflictatlas") / "data" / name


@lru_cache(maxsize=1)
def triggers() -> dict:
    data = _read_yaml(_data_file("triggers.yaml"))
    extra = os.environ.get("CONFLICTATLAS_TRIGGERS")
    if extra:
        more = _read_yaml(extra)
        for section in ("verbs", "nouns", "adjectives"):
            data.setdefault(section, {}).update(more.get(section) or {})
    return data


def verb_senses(lemma: str) -> list[dict]:
    """A verb's entries in triggers.yaml, one or several."""
    senses = triggers().get("verbs", {}).get(lemma) or []
    return senses if isinstance(senses, list) else [senses]


def gives_self_up(lemma: str) -> bool:
    """A verb whose subject gives themselves up ("surrendered to deputies"): the act is done to its
    subject, by those its "to" names (a sense marked `self_given` in triggers.yaml)."""
    return any(e.get("self_given") for e in verb_senses(lemma))


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, frozenset[str]]:
    """The semantic word classes of data/vocabulary.yaml (plus CONFLICTATLAS_VOCABULARY's)."""
    files = [_data_file("vocabulary.yaml")]
    if os.environ.get("CONFLICTATLAS_VOCABULARY"):
        files.append(os.environ["CONFLICTATLAS_VOCABULARY"])
    out: dict[str, set[str]] = {}
    for f in files:
        for name, words in (_read_yaml(f) or {}).items():
            out.setdefault(name, set()).update(str(w).lower() for w in words or [])
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def machines() -> frozenset[str]:
    """What a force drives, flies or sails: a force word on one names that force ("police cars")."""
    v = vocabulary()
    return v["vehicles"] | v["aircraft"] | v["vessels"]


@lru_cache(maxsize=1)
def actors() -> ActorDictionary:
    import countryinfo
    import pycountry

    d = ActorDictionary()
    files = [_data_file("actors.yaml"), _data_file("armed_groups.yaml")]
    if os.environ.get("CONFLICTATLAS_ACTORS"):
        files.insert(0, os.environ["CONFLICTATLAS_ACTORS"])  # user entries win
    for f in files:
        data = _check_actors(_read_yaml(f), f)
        for e in data.get("actors") or []:
            entry = ActorEntry(e["name"], e.get("country"), e.get("type"), e.get("parent"))
            for a in [e["name"], *(e.get("aliases") or [])]:
                d.add(str(a), entry)
        for role_type, nouns in (data.get("roles") or {}).items():
            for n in nouns:
                d.roles.setdefault(str(n).lower(), role_type)
        d.generic_armed |= frozenset(map(str, data.get("generic_armed") or []))
        d.look_through |= frozenset(map(str, data.get("look_through") or []))
    info = {}
    for ci in countryinfo.all_countries():
        i = ci.info()
        # England, Scotland and Wales share the United Kingdom's code: the state is the most populous.
        if i.get("ISO") and int(i.get("population") or 0) >= int(info.get(i["ISO"]["alpha3"], {}).get("population") or 0):
            info[i["ISO"]["alpha3"]] = i
    for c in pycountry.countries:
        i = info.get(c.alpha_3, {})
        common = CURRENT_NAMES.get(c.alpha_2) or SHORT_NAMES.get(c.alpha_2) or i.get("name") or getattr(c, "common_name", None) or c.name
        if common in OTHER_NAMES.get(c.alpha_2, []):
            common = country_name(c.alpha_3)  # a former name ("Burma") is no state's name now (codebook 2)
        state = ActorEntry(common, c.alpha_3, "government", is_state=True)
        names = [common, c.name, getattr(c, "common_name", ""), getattr(c, "official_name", ""),
                 i.get("demonym") or "", *_EXTRA_COUNTRY_NAMES.get(c.alpha_3, []), *_PEOPLE_NOUNS.get(c.alpha_3, [])]
        names += [a for a in i.get("altSpellings") or [] if len(a) > 3 and a.lower() not in NOT_COUNTRY_NAMES]
        names += OTHER_NAMES.get(c.alpha_2, [])
        # A capital stands for its government in news prose ("Berlin rejected", "Moscow denied").
        population = int(i.get("population") or 0)
        if i.get("capital") and population >= _CAPITAL_MIN_POPULATION and c.alpha_3 not in _NO_CAPITAL_METONYMY:
            names.append(i["capital"])
        demonym = i.get("demonym") or ""
        if demonym and not demonym.endswith(("s", "sh", "ch", "ese")):
            names.append(demonym + "s")  # "Algerians", "Iraqis": the people of a state
        for n in names:
            if n:
                d.add(n, state, population)
    for code3, name, demonyms in UNLISTED.values():
        state = ActorEntry(name, code3, "government", is_state=True)
        for n in (name, *demonyms, *(f"{dm}s" for dm in demonyms)):
            d.add(n, state, 0)
    return d


def canonical_name(text: str) -> str:
    """An actor's canonical name for a name or alias as a user types it ("ISIS" -> "Islamic State");
    the text itself when the lexicon does not know it."""
    d = actors()
    entry = d.case_sensitive.get(text.replace(".", "").strip()) or d.aliases.get(alias_key(text))
    return entry.name if entry else text.strip()
