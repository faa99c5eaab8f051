"""Toponym -> GeoNames Place, chosen with the article's context, not by population alone.

Scoring, each term a reason a reader would give:
- feature type: a bare name that is a country is usually the country ("Georgia" next to "Tbilisi"),
  a first-level division next, then cities;
- context: a candidate in a country the article already names outright is far more likely;
- coherence: the article's other names. Local news names a town, its county and the next town
  without ever writing the state; a candidate that shares a county or state with candidates of
  the article's other names is the one meant (Alexandria beside Brandon and Douglas County is
  Alexandria, Minnesota). Sharing a county is rare by chance, sharing a country is not, so the
  finer the shared division, the more it counts;
- a country's capital is what the news means by a name it shares with a division ("Washington");
  a small town named like a capital or a country ("London", Kentucky; "Egypt", Pennsylvania) needs
  evidence at the level of its state or county;
- population: among the rest, the better-known place (log scale, so it only breaks near-ties).
A name with no candidate is returned unresolved with its reason; nothing is guessed.
"""

from __future__ import annotations

import math
from dataclasses import replace

from ..records import WHERE_PREC, Place
from . import gazetteer
from .candidates import (
    FACILITY_WORDS,
    MEMORIAL_FACILITIES,
    SCHOOLS,
    bare,
    candidates,
    compass_only,
    facility_stem,
    feature_alone,
    natural_feature,
    sea_or_division,
    spelled,
    spelled_in_one_country,
    unheld_region,
)
from .context import Context, near_context, neighbours
from .regions import held_region, region_place
from .thresholds import (
    ABSTAIN_POPULATION,
    ADMIN1_BONUS,
    ALIAS_PENALTY,
    BIG_CITY_POPULATION,
    BIG_DIVISION_POPULATION,
    CAPITAL_BONUS,
    COHERENCE,
    COHERENCE_CANDIDATES,
    CONTEXT_BONUS,
    CONTEXT_CITY_POPULATION,
    DIVISION_CITY_RATIO,
    FAR_DIVISION,
    KIND_BONUS,
    NEIGHBOUR_BONUS,
    SMALL_PLACE_POPULATION,
)
from .words import words as word_list

_ROADS = word_list("road_words")
_KIND_PRECISION = {"region": "region", "country": "country", "admin1": "admin1", "admin2": "admin2", "city": "city"}


# A name that stands for a spot inside a town (a street; a park named after someone) is left
# unresolved with a reason that starts so: where an act was, never whom it was done to (is_spot).
SPOT = "a spot inside a town"


def is_spot(place: Place) -> bool:
    return (place.unresolved_reason or "").startswith(SPOT)


def regions(e: gazetteer.Entry) -> tuple[str | None, str | None, str | None]:
    """The country, first- and second-level division keys a place lies in."""
    if e.country is None:
        return None, None, None
    a1 = f"{e.country}.{e.admin1}" if e.admin1 and e.kind != "country" else None
    a2 = f"{a1}.{e.admin2}" if a1 and e.admin2 and e.kind in ("city", "admin2") else None
    return e.country, a1, a2


def choose(cands: list[gazetteer.Entry], context: set[str], name: str | None = None) -> gazetteer.Entry | None:
    near = neighbours(frozenset(c for c in context if c and "." not in c))
    support = getattr(context, "support", {})
    own = gazetteer.norm(name) if name else None
    # A capital wins over a division of its own country that shares its name ("Washington").
    divided = {c.country for c in cands if c.kind == "admin1"}
    # A small namesake of a capital ("London", Kentucky) needs evidence at the level of its state
    # or county; an article that merely names its country ("U.S." beside "London") is not enough.
    # So does a town named like a country ("Lebanon", Indiana; "Egypt", Pennsylvania).
    capital = next((c for c in cands if c.capital), None)
    country = next((c for c in cands if c.kind == "country"), None)
    # (nor is a capital of a few hundred people, Bermuda's Hamilton, meant over a city of half a million)
    biggest = max((c.population for c in cands if c.kind == "city"), default=0)

    def namesake(e: gazetteer.Entry) -> bool:
        return any(big is not None and e is not big and e.kind in ("city", "admin2")
                   and e.population * 10 < big.population for big in (capital, country))

    def coherence(e: gazetteer.Entry) -> float:
        total = 0.0
        # Nearly every English name has a small US namesake, so an article naming many places
        # shares "US" with every one of them: no evidence for a town named like a country.
        small = country is not None and e is not country and e.population * 10 < country.population
        for weight, key in zip(COHERENCE, regions(e), strict=True):
            if key and not (small and "." not in key):
                others = len(support.get(key, set()) - {own})
                total += weight * math.log2(1 + others)
        return total

    def named(key: str | None) -> bool:
        return context.by_others(key, own) if isinstance(context, Context) else key in context

    def elsewhere(e: gazetteer.Entry) -> bool:
        """A city of the article's own country bears the name too, and is no village beside `e`."""
        return any(c.country != e.country and c.kind == "city" and named(c.country)
                   and c.population * 10 >= e.population for c in cands)

    def score(e: gazetteer.Entry) -> float:
        s = KIND_BONUS[e.kind] + math.log10(e.population + 10)
        if e.kind == "admin1" and context and not (named(e.country) or e.country in near):
            s -= FAR_DIVISION  # a province far from every country the article names
        if e.kind == "admin1" and not named(e.country) and any(
                c.kind == "city" and c.population >= DIVISION_CITY_RATIO * max(e.population, 1) for c in cands):
            s -= KIND_BONUS["admin1"]  # a parish of 22,000 abroad is no division to beat a city of 650,000
        if e.capital and (e.country in divided or any(c.kind == "admin1" and c.population <= e.population
                                                      for c in cands)) and (named(e.country) or not elsewhere(e)) \
                and e.population * 10 >= biggest:
            # also over a smaller province abroad: "Santiago" is Chile's capital; but not over a city of
            # the country the article is about ("Tripoli" in a story on Lebanon is Lebanon's Tripoli)
            s += CAPITAL_BONUS
        if not namesake(e):
            if named(e.country):
                s += CONTEXT_BONUS
            elif e.country in near:
                s += NEIGHBOUR_BONUS
        if e.kind in ("city", "admin2") and named(f"{e.country}.{e.admin1}"):
            s += ADMIN1_BONUS  # the article names this place's state or province
        return s + coherence(e)

    if not cands:
        return None
    if name and len(name) == 2 and name.isupper() and context:
        # Initials name a place only in a country the article is about: "PA officials" in a story
        # on Israel and Hamas are the Palestinian Authority's, not Pennsylvania's.
        cands = [c for c in cands if c.kind == "country" or named(c.country)]
        if not cands:
            return None
    # "Illinois" is the state, not a town that GeoNames also lists under that alternate name.
    if any(c.kind in ("country", "admin1") and c.population >= BIG_DIVISION_POPULATION and gazetteer.norm(c.name) == own
           for c in cands):
        cands = [c for c in cands if c.kind != "city" or gazetteer.norm(c.name) == own]
    # Between near-equals of one country, the place that bears the name itself: "Manhattan" beside
    # Wamego and Pottawatomie County is Manhattan, Kansas, not New York City (which GeoNames also
    # calls so). Not across countries: GeoNames names many places abroad by transliteration and
    # keeps the English name as an alias ("Palmyra" is Tadmur, Syria, not Palmyra, Pennsylvania);
    # nor against a far bigger place ("St. Petersburg", Russia).
    exact = [c for c in cands if gazetteer.norm(c.name) == own]

    def alias(c: gazetteer.Entry) -> bool:
        rivals = max((e.population for e in exact if e.country == c.country), default=0)
        # abroad, a city bearing the name today and near the alias's size ("Salem" is not Jerusalem)
        peers = max((e.population for e in exact if e.kind == "city" and e.country != c.country), default=0)
        return c not in exact and (c.population < 10 * rivals or c.population < 2 * peers)

    best = max(cands, key=lambda c: score(c) - (ALIAS_PENALTY if alias(c) else 0.0))
    if best.kind == "country" and not named(best.country) and not support.get(best.country, set()) - {own}:
        # The evidence a town named like a country needs, when nothing else in the article is in or
        # about that country: two other names in the town's own county ("Palestine" beside Tennessee
        # Colony and Elkhart is Palestine, Texas).
        local = [c for c in cands if c.kind == "city" and (key := regions(c)[2])
                 and len(support.get(key, set()) - {own}) >= 2]
        if local:
            return max(local, key=score)
    if best.kind == "admin1":
        # "Baghdad", "Istanbul", "New York": a city holding much of the same-named province is
        # what the news means by the name.
        # So is the province's biggest city when the province bears its name ("Mecca" is Makkah,
        # not Makkah al Mukarramah province, which also holds Jeddah).
        province = gazetteer.norm(best.name)

        def named_after(c: gazetteer.Entry) -> bool:
            # also by the adjective languages make of the city's name ("Donetska oblast" is named
            # after Donetsk, "Luhanska oblast" after Luhansk)
            city, first = gazetteer.norm(c.name), province.split(" ")[0]
            return province != own and c.population >= BIG_CITY_POPULATION and (
                province.startswith(city + " ") or (first.startswith(city) and len(first) - len(city) <= 3 and " " in province))

        twin = [c for c in cands if c.kind == "city" and c.country == best.country and c.admin1 == best.admin1
                and (c.population >= 0.3 * best.population or named_after(c))]
        if twin:
            return max(twin, key=lambda c: c.population)
    return best


def to_place(entry: gazetteer.Entry, text: str, start: int | None = None, end: int | None = None) -> Place:
    precision = _KIND_PRECISION[entry.kind]
    return Place(text=text, name=entry.name, geonameid=entry.geonameid, country=entry.country,
                 admin1=entry.admin1, lat=entry.lat, lon=entry.lon, precision=precision,
                 where_prec=WHERE_PREC[precision], start=start, end=end)


def placed_within(within: gazetteer.Entry, text: str, start: int | None, end: int | None) -> Place:
    """A name the gazetteer lacks inside the country or division the text puts it in, kept there
    ("X (Iraq)", "X (Kurskaya oblast')") at that place's point and precision, with the reason."""
    return replace(to_place(within, text, start, end), name=f"{text} ({within.name})", geonameid=None,
                   unresolved_reason=f"no GeoNames place of that name in {within.name}; placed at {within.name} "
                                     f"(GeoNames {within.geonameid}), which the text puts it in")


def resolve(text: str, context: set[str] | None = None, start: int | None = None,
            end: int | None = None, within: gazetteer.Entry | None = None, supported: bool = True,
            nearby: bool = False) -> Place:
    """`within`: the place a "X, Y" hierarchy puts X in ("Long Beach, Calif.", "Paris, Texas").
    `supported`: the syntax calls the name a place ("in X", "the town of X"); a small town in an
    article that names no country needs that (a deity's name, a brand or a name part is also some
    village's name). `nearby`: the text says the place is near the story's ("in nearby Malvern"), so
    only a place in a country the article names will do."""
    context = context if context is not None else set()
    cands = candidates(text)
    countries = set(context) | ({within.country} if within is not None else set())
    if (held := held_region(text, countries, cands)) is not None and (within is None or within.country == held[0]):
        return region_place(text, *held, start, end)  # "Darfur", "the Golan": a region, not a hamlet
    words = text.split()
    cands = cands if within is not None else sea_or_division([w for w in words if bare(w) != "the"], cands, countries)
    if feature_alone(text) or (nearby and countries):
        # "the Valley" (Kashmir's), "the Hills": a feature the story's country holds, not a capital
        # abroad that bears the word (The Valley, Anguilla); "in nearby Malvern": near the story
        cands = [c for c in cands if c.country in countries]
    if compass_only(text):
        # "sanctions against the North", "clashes in the North": a division of the story's own country
        # ("the North" of Cameroon), never a town abroad or a region of a country it does not name
        cands = [c for c in cands if c.country in countries and c.kind in ("admin1", "admin2", "region")]
    probe = words[0] if len(words) == 2 and bare(words[1]) == "city" else text  # "Qamishli City": that city
    if not cands and probe == text and len(words) > 1 and bare(words[-1]) in FACILITY_WORDS:  # (an embassy: no town)
        cands = spelled(" ".join(facility_stem(words)), countries) if len(words) > 2 else []  # ("the Tel Tamer Hospital")
    elif not cands:
        cands = spelled(probe, countries)
        if not cands:
            # A romanisation's loose key says nothing of a village, but a city of some size in one country only is
            # what such a name means ("Qamishly"); where others are named ("Russian jets struck Deir Ezzor"), a big one
            least = BIG_CITY_POPULATION if countries else ABSTAIN_POPULATION  # (a city: "the Capitol" is no province)
            cands = spelled_in_one_country(probe, lambda c: c.population >= least and (not countries or c.kind == "city"),
                                           every=bool(countries))
    if within is not None:
        inside = [c for c in cands if c.country == within.country and c.geonameid != within.geonameid
                  and (within.kind == "country" or c.admin1 == within.admin1)]
        if inside:
            cands = inside
        elif within.kind == "country":
            # "Iraq's Kurdistan region": none there, so the name is kept in that country (codebook 4),
            # not a province of that name abroad; a big city abroad may be one of a list the comma
            # only seemed to nest ("visited Kabul, Pakistan and India")
            cands = [c for c in cands if c.kind == "city" and c.population >= ABSTAIN_POPULATION]
        else:
            # "the Niddrie area of Edinburgh": a name the text puts inside a place is not a small
            # town of that name in another country.
            cands = [c for c in cands if c.country == within.country or c.kind != "city"
                     or c.population >= ABSTAIN_POPULATION]
    entry = choose(cands, context, text)
    if entry is None and within is not None and within.kind == "country":
        return placed_within(within, text, start, end)
    if entry is None:
        reason = ("a region the gazetteer does not hold (no package gives its extent)" if unheld_region(text)
                  else "a river, lake, sea or mountain range: the gazetteer holds populated places and divisions"
                  if natural_feature(text)
                  else "no GeoNames place of that name")
        return Place(text=text, start=start, end=end, unresolved_reason=reason)
    if within is None and not context and not supported and entry.kind == "city" and entry.population < SMALL_PLACE_POPULATION:
        return Place(text=text, start=start, end=end,
                     unresolved_reason=f"only a small place ({entry.name}, {entry.country}) in an article that names "
                                       "no country, and nothing in the sentence calls it a place")
    if (within is None and context and entry.kind == "city" and entry.country not in context
            and entry.population < ABSTAIN_POPULATION and not shares_division(entry, context, text)
            # a town of some size across the border of a country the article names, where the
            # syntax calls it a place ("an Israeli strike in Jenin")
            and not (supported and entry.population >= SMALL_PLACE_POPULATION and near_context(entry.country, context))):
        # "Polish troops in Laghman": a first-level division of the name, in the town's own
        # country, is what a report abroad names (GeoNames' populations of divisions are often a
        # town's), where a village alone would be a guess
        division = next((c for c in cands if c.kind == "admin1" and c.country == entry.country
                         and gazetteer.norm(c.name) in (gazetteer.norm(entry.name), gazetteer.norm(text))), None)
        if division is not None:
            return to_place(division, text, start, end)
        return Place(text=text, start=start, end=end,
                     unresolved_reason=f"only a small place outside the article's countries ({entry.name}, {entry.country})")
    if within is None and entry.kind == "city" and bare(text.split()[-1]) in MEMORIAL_FACILITIES | SCHOOLS | _ROADS \
            and f"{entry.country}.{entry.admin1}" not in context and any(k.startswith(f"{entry.country}.") for k in context):
        # "Lincoln Park" in a story from Dayton, "Roosevelt Elementary School" in one from Tulsa, "Fifth
        # Street" in one from Boise: a park, a square, a school or a street, not the town of that name
        # in another state
        return Place(text=text, start=start, end=end,
                     unresolved_reason=f"{SPOT} (a park, a square, a school or a street), not {entry.name} ({entry.admin1}), "
                                       "outside the article's states")
    return to_place(entry, text, start, end)


def shares_division(entry: gazetteer.Entry, context: set[str], name: str) -> bool:
    """Another name of the article has a candidate in this place's state or county."""
    support, own = getattr(context, "support", {}), gazetteer.norm(name)
    return any(key and support.get(key, set()) - {own} for key in regions(entry)[1:])


def _ambiguous(cands: list[gazetteer.Entry]) -> bool:
    """A name that is a country or division in more than one country ("Georgia") says nothing
    about where an article is; it must be read in the light of the others."""
    big = {c.country for c in cands if c.kind in ("country", "admin1")}
    return len(big) > 1


def context_countries(names: list[str]) -> dict[str, set[str]]:
    """Countries (ISO2) and first-level divisions ("US.TN") an article names, each with the names
    that name it: their places win ties.

    Only a country, a first-level division or an unmistakable big city ("Tbilisi") says where an
    article is; a name that happens to match a village says nothing."""
    out: dict[str, set[str]] = {}
    for n in names:
        cands = candidates(n)
        if not cands:
            continue
        top = choose(cands, set())
        if top is None or top.country is None:
            continue
        if _ambiguous(cands):
            # "Congo" is one of two countries: the article is about one of them, not about neither
            # (a name that is a country and a state elsewhere, "Georgia", still says nothing)
            states = {c.country for c in cands if c.kind in ("country", "admin1")}
            if all(c.kind == "country" for c in cands if c.country in states):
                for country in states:
                    out.setdefault(country, set()).add(gazetteer.norm(n))
            continue
        keys = []
        if top.kind in ("country", "admin1"):
            keys.append(top.country)
            if top.kind == "admin1":
                keys.append(f"{top.country}.{top.admin1}")
        elif top.population >= CONTEXT_CITY_POPULATION and all(c.population * 10 <= top.population for c in cands if c is not top):
            keys.append(top.country)
        for key in keys:
            out.setdefault(key, set()).add(gazetteer.norm(n))
    return out


def container(text: str) -> gazetteer.Entry | None:
    """The country or first-level division a name denotes, if it denotes one ("Calif.", "Ohio")."""
    found = [c for c in candidates(text) if c.kind in ("admin1", "country")]
    return max(found, key=lambda c: c.population) if found else None


def article_context(names: list[str]) -> set[str]:
    """Context for resolving an article's toponyms: what it names outright (context_countries), plus
    the country and first-level division most of its places fall in on a first resolution. Local
    news rarely writes "U.S." beside "Paris" when every other place it names is in Tennessee."""
    names = [n for n in names if not feature_alone(n)]  # "the Gulf": no province abroad so named (see resolve)
    named = context_countries(names)
    base = Context(named, named=named)
    counts: dict[str, float] = {}
    voters: dict[str, set[str]] = {}
    reading: dict[str, str] = {}
    for n in names:
        cands = candidates(n)
        entry = choose(cands, base, n)
        if entry is None or entry.country is None or _ambiguous(cands):
            continue
        weight = 2.0 if entry.kind in ("country", "admin1") else 1.0
        reading[gazetteer.norm(n)] = gazetteer.norm(entry.name)
        keys = [entry.country]
        if entry.admin1 and entry.kind != "country":
            keys.append(f"{entry.country}.{entry.admin1}")
        for key in keys:
            counts[key] = counts.get(key, 0) + weight
            # By the place's own name: "Mansfield Police" is "Mansfield" voting again.
            voters.setdefault(key, set()).add(gazetteer.norm(entry.name))
    total = sum(v for k, v in counts.items() if "." not in k)
    out = Context(base, _support(names), {k: set(v) for k, v in named.items()}, reading)
    # A clear majority, on more than one mention, says where the article is; the names that made it
    # are recorded, so that "Paris" said five times does not make its own context.
    won = {key for key, value in counts.items() if total and value / total >= 0.5 and value >= 2}
    countries = sorted((k for k in won if "." not in k), key=lambda k: len(voters[k]))
    if len(countries) == 2 and len(voters[countries[0]]) < len(voters[countries[1]]):
        # A tie between two countries: one village named again and again ("the Niddrie area of
        # Edinburgh", a suburb's namesake abroad) loses to the country more places point to.
        won = {k for k in won if k.split(".")[0] != countries[0]}
    for key in won:
        for voter in voters[key]:
            out.name_region(key, voter)
    return out


def _support(names: list[str]) -> dict[str, set[str]]:
    support: dict[str, set[str]] = {}
    for name in {gazetteer.norm(n).removeprefix("the ") for n in names}:  # "the X Station" is no other name
        for e in candidates(name)[:COHERENCE_CANDIDATES]:
            for key in regions(e):
                if key:
                    support.setdefault(key, set()).add(name)
    return support
