"""Stop 83: a city of a million or more, named bare and left untagged by the model in a text that
names no country around it ("rebels shelled Aleppo on Monday"), is that city; a smaller town so named
still needs its country told. Sentences written for these tests."""

from __future__ import annotations

from conftest import coded


def _place(text: str):
    (act,) = coded(text)
    return act.place


def test_an_untagged_city_of_a_million_is_the_city():
    place = _place("Rebels shelled Aleppo on Monday.")
    assert place is not None and place.name == "Aleppo" and place.country == "SY"


def test_an_untagged_small_town_with_no_country_stays_unplaced():
    place = _place("Rebels shelled Maarat on Monday.")
    assert place is None or place.name != "Maarat"
