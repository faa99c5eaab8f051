"""Where an act was, for the doer's country too: a state ISO has not coded (Kosovo) is a country like
any other; an unidentified armed group follows its act to a country found after it was named; a town
named on the building an act happened at places the act (stop 73). Sentences written for these tests."""

from __future__ import annotations

import pytest

from conflictatlas.countries import alpha2, alpha3, country_name
from conflictatlas.nlp import code_article
from conflictatlas.records import Article, content_id


def code(text: str):
    return code_article(Article(id=content_id(text), text=text, source="t.txt", published="2024-07-22"))


def test_kosovo_has_codes_and_a_name_both_ways():
    assert alpha3("XK") == "XKX"
    assert country_name("XKX") == "Kosovo"
    assert alpha2("Kosovo") == "XK" and alpha2("XKX") == "XK"


def test_an_act_placed_in_kosovo_is_kosovos():
    [m] = code("A market bomb killed six people in the town of Gjilan.")
    assert m.place.country == "XK"
    assert (m.actor1.name, m.actor1.country) == ("Unidentified armed group (Kosovo)", "XKX")
    assert m.actor2.name == "Civilians (Kosovo)"


def test_kosovo_is_a_state_that_acts():
    [m] = code("Kosovo police arrested three men in Pristina.")
    assert (m.actor1.name, m.actor1.country) == ("Kosovo police", "XKX")


def test_an_implied_group_takes_the_country_its_unknown_village_is_put_in():
    # The hamlet is in no gazetteer; the army hit there puts it in Syria, and the shelling's unnamed
    # doer with it.
    [m] = code("Shelling hit Syrian army positions near the hamlet of Khirbet Zaqqour on Monday.")
    assert m.place.country == "SY" and m.place.geonameid is None
    assert m.actor1.name == "Unidentified armed group (Syria)"


@pytest.mark.parametrize("text, town", [
    ("Two guards were shot dead outside a Multan prison on Tuesday.", "Multan"),
    ("A lawyer was shot dead outside a Karachi court on Monday.", "Karachi"),
    ("A bomb exploded at a Mosul market, killing four shoppers.", "Mosul"),
])
def test_a_town_named_on_the_building_places_the_act(text, town):
    [m] = [m for m in code(text) if m.event_type == "ASSAULT"]
    assert m.place is not None and m.place.name == town


def test_a_courts_own_name_is_no_building_in_a_town():
    # "Superior" is a town too, but "Superior Court" is the court's name, not a court in Superior.
    ms = code("Superior Court Judge Ann Lee sentenced the man who stabbed a cashier in Fresno.")
    assert all(m.place is None or m.place.name != "Superior" for m in ms)
