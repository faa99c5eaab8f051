"""A capital or a country named as the government it stands for is no place of the words it says or
hears; a people's adjective or a possessive puts a name in its country (codebook 4, stop 65).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from conflictatlas.nlp import code_article
from conflictatlas.records import Article


def _places(text: str, published: str = "2025-05-06") -> dict[str, object]:
    mentions = code_article(Article(id="t", text=text, source="t", language="en", published=published))
    return {m.evidence.trigger: m.place for m in mentions}


@pytest.mark.parametrize("text, trigger", [
    ("The foreign ministry in Warsaw called on Moscow to halt the bombardment.", "called"),
    ("The European Union imposed new sanctions on Moscow on Monday.", "imposed"),
    ("Officials in Nairobi urged Addis Ababa and Asmara to pull back their troops.", "urged"),
    ("The president accused Kinshasa of arming the militia.", "accused"),
])
def test_a_government_called_by_its_capital_is_no_place_of_the_words(text, trigger):
    place = _places(text)[trigger]
    assert place is None or place.name not in ("Moscow", "Asmara", "Addis Ababa", "Kinshasa")


def test_the_speakers_own_town_stays_the_place_of_the_words():
    assert _places("The foreign ministry in Warsaw called on Moscow to halt the bombardment.")["called"].name == "Warsaw"


def test_a_capital_that_speaks_is_no_place_of_the_act_it_speaks_of():
    text = ("KYIV (Reuters) - Russian drones struck an apartment block in Kyiv overnight, killing three people.\n\n"
            "Moscow insisted the strikes hit only military targets.")
    place = _places(text)["hit"]
    assert place is None or place.name != "Moscow"


@pytest.mark.parametrize("text, trigger, name", [
    # an act of force on a capital is there
    ("Russian drones struck Kyiv overnight, killing three people.", "struck", "Kyiv"),
    ("Russia launched missiles at Kyiv on Tuesday.", "launched", "Kyiv"),
    # words said in a capital are said there
    ("Ministers met in Moscow on Monday to discuss the pipeline.", "met", "Moscow"),
    # and a government called by its capital speaks and acts from it
    ("Baghdad blamed Turkish forces for the shelling.", "blamed", "Baghdad"),
    ("Tehran summoned the Pakistani envoy on Thursday.", "summoned", "Tehran"),
    ("Washington, which imposed sanctions on the militia in May, offered help.", "imposed", "Washington"),
])
def test_a_capital_is_the_place_of_what_happens_or_is_said_there(text, trigger, name):
    place = _places(text)[trigger]
    assert place is not None and place.name == name


@pytest.mark.parametrize("text, trigger, country", [
    ("Turkish jets bombed villages in Iraqi Kurdistan on Sunday.", "bombed", "IQ"),
    ("A drone strike killed two fighters in Iraq's Kurdistan region on Sunday.", "killed", "IQ"),
    ("Shelling hit several villages in Syrian Kurdistan overnight.", "hit", "SY"),
])
def test_a_peoples_adjective_or_a_possessive_puts_the_name_in_that_country(text, trigger, country):
    place = _places(text)[trigger]
    assert place is not None and place.country == country


def test_a_name_its_country_lacks_is_kept_at_that_country():
    from conflictatlas.geo import gazetteer
    from conflictatlas.geo.resolve import resolve

    place = resolve("Kurdistan", {"IQ"}, within=gazetteer.country("IQ"))
    assert place.country == "IQ" and place.geonameid is None and place.name == "Kurdistan (Iraq)"
    assert "Iraq" in place.unresolved_reason
    # one the country holds is that place
    assert resolve("Mosul", set(), within=gazetteer.country("IQ")).geonameid is not None


def test_the_baltic_states_are_no_town_abroad():
    place = _places("Poland and the Baltic states urged both sides to show restraint.")["urged"]
    assert place is None or (place.geonameid is None and place.country != "US")


def test_a_place_that_says_what_another_is_is_no_second_place_of_the_act():
    text = "Gunmen attacked a market in Erbil, the capital of Iraq's Kurdistan region, on Sunday."
    assert _places(text)["attacked"].name == "Erbil"
    assert _places("Rebels shelled Goma, the capital of North Kivu province, on Monday.")["shelled"].name == "Goma"


@pytest.mark.parametrize("text, trigger, wrong", [
    ("Russia launched 300 drones at Ukrainian cities overnight, officials in Kharkiv said.", "launched", "RU"),
    ("Moscow has massed tens of thousands of troops near the border with Ukraine's Sumy region.", "massed", "Moscow"),
])
def test_a_state_that_acts_by_force_is_no_place_of_the_act(text, trigger, wrong):
    place = _places(text)[trigger]
    assert place is None or wrong not in (place.country, place.name)


def test_a_division_the_possessive_puts_in_a_country_is_that_division():
    place = _places("Partisans set fire to a relay cabinet in Russia's Bryansk region on Tuesday.")["set"]
    assert place.country == "RU" and place.precision == "admin1"


def test_a_tiny_capital_is_not_meant_over_a_big_city_of_its_name():
    from conflictatlas.geo.resolve import context_countries, resolve

    # Bermuda's capital has a few hundred people; the Ontario city half a million
    assert resolve("Hamilton", context_countries([])).country == "CA"
    # a capital of some size keeps its edge
    assert resolve("Kingston", context_countries([])).country == "JM"
