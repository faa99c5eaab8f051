"""People set free after a captivity, and force words that tell no act: a pictured blast, a flop, a
fire fought (codebook 1 and 5, stop 66). Sentences written for these tests."""

from __future__ import annotations

import pytest

from conflictatlas.nlp import code_article
from conflictatlas.records import Article


def _code(text: str, published: str = "2025-06-04"):
    return code_article(Article(id="t", text=text, source="t", language="en", published=published))


def _types(text: str) -> list[tuple[str, str]]:
    return [(m.evidence.trigger, m.event_type) for m in _code(text)]


KIDNAP = "Gunmen abducted 12 passengers from a bus near Gusau on Friday and took them into the bush, police said. "


@pytest.mark.parametrize("told", [
    "Five were released on Sunday morning.",
    "She was freed two days later outside the town.",
    "Three of the passengers were released late on Saturday.",
])
def test_people_a_story_told_held_released_are_a_concession(told):
    assert ("released" if "released" in told else "freed", "CONCEDE") in _types(KIDNAP + told)


@pytest.mark.parametrize("told", [
    "The two suspects were released on bail on Monday.",
    "The bus driver was released from hospital on Monday.",
])
def test_a_release_by_a_court_or_a_hospital_is_none(told):
    assert not [t for t in _types(KIDNAP + told) if t[1] == "CONCEDE"]


def test_a_release_in_a_story_of_no_captivity_is_none():
    text = "A man was shot in the leg on Friday, police said. He was treated and has since been released."
    assert not [t for t in _types(text) if t[1] == "CONCEDE"]


def test_a_blast_a_comparison_pictures_is_none_but_a_blast_told_stays():
    pictured = "Glass lay scattered across the street like a bomb had gone off, a neighbour said."
    assert not [t for t in _types(pictured) if t[1] == "ASSAULT"]
    told = "A bomb had gone off near the market before police arrived, witnesses said."
    assert [t for t in _types(told) if t[1] == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "The season finale bombed with critics and viewers alike.",
    "The new phone bombed, and the company cut its forecast.",
    "Fans review-bombed the sequel within hours of its release.",
])
def test_a_work_that_bombed_is_no_attack(text):
    assert not [t for t in _types(text) if t[1] == "ASSAULT"]


def test_jets_that_bombed_a_town_attacked_it():
    assert ("bombed", "ASSAULT") in _types("Syrian jets bombed the town of Idlib on Monday.")


@pytest.mark.parametrize("text", [
    "The wildfire attacked the canyon's western slope on Wednesday.",
    "Firefighters mounted an attack on the blaze's northern edge at dawn.",
])
def test_a_fire_fought_is_no_attack(text):
    assert not [t for t in _types(text) if t[1] == "ASSAULT"]


def test_a_broadside_fired_at_ministers_is_words():
    text = "The former minister fired a broadside at the party leadership in a television interview."
    assert not [t for t in _types(text) if t[1] == "ASSAULT"]


def test_a_suspect_questioned_and_let_go_in_a_crime_story_is_no_concession():
    text = ("Police detained a man for questioning after the robbery on Friday, the sheriff said. "
            "He was released Tuesday.")
    assert not [t for t in _types(text) if t[1] == "CONCEDE"]


def test_a_court_that_releases_detainees_rules_and_concedes_nothing():
    text = "Police detained three journalists at the protest on Monday. A court released them on Thursday."
    assert not [t for t in _types(text) if t[1] == "CONCEDE"]
