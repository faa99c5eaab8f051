"""Stop 80: a town the text sets in or near a city it names lies within reach of that city: a
namesake far away is read again near it, and with none there the city holds the name ("the village
of Hamra near Homs" is no town in the Emirates). Sentences written for these tests."""

from __future__ import annotations

from conftest import sole_place as place_of

from conflictatlas.geo.points import km


def test_a_far_namesake_gives_way_to_the_city_named_beside_it():
    p = place_of("Gunmen attacked the village of Hamra near Homs on Monday.")
    assert p.country == "SY" and p.lat is not None
    p = place_of("Rebels shelled the village of Kafr Zeita near Hama on Monday.")
    assert p.country == "SY"


def test_a_town_within_reach_keeps_its_own_place():
    p = place_of("Police arrested two men in Versailles, near Paris, on Monday.")
    assert p.country == "FR" and km(p.lat, p.lon, 48.80, 2.13) < 10


def test_km_is_the_great_circle_distance():
    assert abs(km(48.8566, 2.3522, 51.5074, -0.1278) - 344) < 3  # Paris to London
