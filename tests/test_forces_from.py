"""Stop 80: the country a force is "from" ("troops from Kenya and Uganda", "frigates from Britain")
says whose the force is, not where it acted, as "Kenyan troops" does. Sentences written for these
tests."""

from __future__ import annotations

from conftest import sole_place as place_of


def test_the_country_a_force_is_from_is_not_where_it_acted():
    p = place_of("Eritrea's coastal waters are being patrolled by frigates from Spain, Italy and Greece.")
    assert p is not None and p.country == "ER"
    p = place_of("Soldiers from Chad and Niger patrolled the market on Monday.")
    assert p is None or p.country not in ("NE", "TD")


def test_people_from_a_country_protest_where_they_are():
    p = place_of("Refugees from Eritrea protested outside parliament in Tel Aviv on Monday.")
    assert p is not None and p.country == "IL"
