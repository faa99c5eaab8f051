"""Regions no package holds ("Darfur", "the Golan", "Donbas") are kept by name in their state,
at the division they centre on, at that division's precision; a famous region's name is no hamlet
abroad ("Sinai" in Mexico), unless the story is about that hamlet's country (stop 73). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from conflictatlas.geo import resolve
from conflictatlas.nlp import code_article
from conflictatlas.records import Article, content_id


def code(text: str):
    return code_article(Article(id=content_id(text), text=text, source="t.txt", published="2024-07-22"))


@pytest.mark.parametrize("name, country", [
    ("Sinai", "EG"), ("Golan Heights", "SY"), ("the Golan", "SY"), ("Darfur", "SD"), ("Donbas", "UA"),
    ("South Ossetia", "GE"), ("Puntland", "SO"), ("Karabakh", "AZ"), ("Samaria", "PS"), ("Kordofan", "SD"),
])
def test_a_region_is_kept_in_its_state_at_a_provinces_precision(name, country):
    p = resolve.resolve(name, set())
    assert p.country == country and p.geonameid is None
    assert p.precision in ("admin1", "admin2") and p.lat is not None
    assert p.unresolved_reason and "region" in p.unresolved_reason


def test_a_regions_name_in_a_story_about_the_namesakes_country_is_the_namesake():
    p = resolve.resolve("Golan", {"IR"})
    assert p.country == "IR" and p.geonameid is not None


def test_an_attack_in_a_region_is_by_and_on_that_states_people():
    [m] = code("An attack on a checkpoint in Sinai left five soldiers dead.")
    assert m.place.country == "EG"
    assert m.actor1.name == "Unidentified armed group (Egypt)" and m.actor2.name == "Egypt military"


@pytest.mark.parametrize("text, group", [
    ("TNLA fighters attacked a junta base in Lashio.", "Ta'ang National Liberation Army"),
    ("Lakurawa militants killed 15 villagers in Kebbi.", "Lakurawa"),
    ("BIFF gunmen ambushed soldiers in Maguindanao.", "Bangsamoro Islamic Freedom Fighters"),
])
def test_armed_groups_of_recent_wars_are_known_by_name(text, group):
    [m] = code(text)
    assert m.actor1.name == group
