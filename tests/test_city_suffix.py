"""Stop 80: "X City" names the city X however it is romanised ("Qamishli City", "Mosul City"),
where GeoNames keeps no such name; cities GeoNames names with the word keep their own entry
("Kuwait City"). Sentences written for these tests."""

from __future__ import annotations

from conflictatlas.geo import resolve


def test_a_city_named_with_the_word_city_is_that_city():
    place = resolve.resolve("Qamishli City", {"SY"})
    assert (place.country, place.precision) == ("SY", "city")
    assert place.name == resolve.resolve("Qamishli", {"SY"}).name


def test_a_city_whose_name_holds_the_word_keeps_its_own_entry():
    place = resolve.resolve("Kuwait City", set())
    assert (place.country, place.precision) == ("KW", "city")
