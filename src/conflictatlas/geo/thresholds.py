"""The numbers the geoparser's decisions turn on, in one place: populations that make a place big
enough to trust on its name alone, and the weights of the resolver's score (geo/resolve.py).

Populations are GeoNames' (cities500). Each was set on LGL and GeoVirus; what a change does to them
is measured with `conflictatlas eval --suite geo --suite places`.
"""

from __future__ import annotations

# --- Populations ---
# A village abroad is a guess when the article is about other countries: "Shaab", a Baghdad
# district, is also an alternate name of a village in Armenia. Below this size, outside the
# article's countries, a name stays unresolved.
ABSTAIN_POPULATION = 50_000
# Below this size, a town in an article that names no country at all needs the syntax to call it a
# place ("in X", "the town of X"): a deity's name, a brand or a name part is also some village's name.
SMALL_PLACE_POPULATION = 20_000
# A town the syntax calls a place ("in Tel Abyad") counts by its own name outside the article's
# state from this size on; below it only in the article's state.
LOCATED_MIN_POPULATION = 20_000
# A town found inside a longer name ("SOS Children's Villages Sudan") by its own name: of this size
# anywhere, or of the smaller size in one of the article's countries.
INNER_TOWN_POPULATION = 50_000
TOWN_IN_CONTEXT_POPULATION = 20_000
# A city big enough to be meant wherever it is named by its own name: inside a longer name, where
# the model tagged an organisation, or beside a home or an offensive ("his Lahore home").
BIG_CITY_POPULATION = 100_000
# A city this big is meant by its own name even untagged in a text that names no country around it
# ("rebels shelled Aleppo on Monday", the model tagging nothing).
MILLION_CITY_POPULATION = 1_000_000
# A city that alone says which country an article is about ("Tbilisi"), ten times any namesake.
CONTEXT_CITY_POPULATION = 200_000
# A state or country this big bearing the name exactly wins over towns GeoNames also calls so ("Illinois").
BIG_DIVISION_POPULATION = 1_000_000

# --- The resolver's score (geo/resolve.py): each term a reason a reader would give ---
KIND_BONUS = {"region": 6.0, "country": 5.0, "admin1": 3.0, "admin2": -1.0, "city": 0.0}
CAPITAL_BONUS = 4.5
# Weights of the other names sharing a candidate's country, first- and second-level division.
COHERENCE = (0.5, 1.25, 3.0)
# Names read for coherence: the most populous candidates of each (a name like "Franklin" has
# hundreds; the tail adds chance overlaps, not evidence).
COHERENCE_CANDIDATES = 60
CONTEXT_BONUS = 4.0
ADMIN1_BONUS = 2.0
FAR_DIVISION = 1.5
# A division abroad loses its kind's bonus to a same-named city this many times its population or more
# ("Toledo": the Ohio city of 265,000, not a Belize district of 29,000).
DIVISION_CITY_RATIO = 5
ALIAS_PENALTY = 1.0
NEIGHBOUR_BONUS = 2.0  # a place just across the border of the article's countries is plausible

# --- Event places (geo/eventplace.py) ---
# How much better "no place" must score than the best toponym of the sentence for the linker to give
# none. The linker learnt event_location's convention, where a country or a loosely attached place
# is often "no location"; our codebook places an act at the most specific place the text supports,
# down to its country. Set on the dev split of tests/data/events (never on test).
LINKER_NONE_MARGIN = 4.0
# A city short capitals may stand for ("NYC", "KL"): a great one; a smaller town's code in GeoNames
# (an airport's) is more often a common word written in capitals ("the SUV").
INITIALS_CITY_POPULATION = 500_000
