"""Stop 82: where a road runs to is named as a place ("on the highway leading to X", "the road to
X"), as after a locative preposition, whatever the model tagged the name; "the road to peace" names
none. Sentences written for these tests."""

from __future__ import annotations

from conftest import coded


def test_the_town_a_highway_leads_to_places_the_act():
    mentions = coded("Two police officers died when a bomb exploded on the highway leading to Batman on Sunday.")
    assert mentions and mentions[0].place is not None and mentions[0].place.country == "TR"


def test_a_road_to_something_else_names_no_place():
    mentions = coded("The minister said the road to peace was long and hard.")
    assert all(m.place is None or m.place.geonameid is None for m in mentions)
