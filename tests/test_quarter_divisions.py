"""Stop 80: a country named with the quarter of it an act was in is the first-level division that
bears the quarter's name where the country has one ("in eastern Uganda": the Eastern Region);
a quarter no division is named after stays the country. Sentences written for these tests."""

from __future__ import annotations

from conftest import sole_place as place_of


def test_a_quarter_named_like_a_division_is_that_division():
    p = place_of("A minibus was bombed on a market road in eastern Uganda on Sunday.")
    assert (p.country, p.precision, p.geonameid) == ("UG", "admin1", 8260673)
    p = place_of("Artillery shelled two villages in southern Lebanon on Monday.")
    assert (p.country, p.precision) == ("LB", "admin1")


def test_a_quarter_no_division_is_named_after_stays_the_country():
    p = place_of("Gunmen killed five farmers in northern Nigeria on Monday.")
    assert (p.country, p.precision) == ("NG", "country")
    p = place_of("Gunmen killed five farmers in Nigeria on Monday.")
    assert (p.country, p.precision) == ("NG", "country")
