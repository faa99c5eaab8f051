"""An act a comparison only imagines is no event; an attack "over" a conduct or a stance is words
(codebook 2, stop 65). Sentences written for these tests."""

from __future__ import annotations

import pytest

from conflictatlas.nlp import code_article
from conflictatlas.records import Article


def _code(text: str):
    return code_article(Article(id="t", text=text, source="t", language="en", published="2024-05-06"))


@pytest.mark.parametrize("text", [
    "The street looked like a bomb had gone off, the mayor said.",
    "Residents said it felt as if they were under attack.",
    "The children ran as though they were being shot at.",
])
def test_an_act_a_comparison_imagines_is_no_event(text):
    assert not [m for m in _code(text) if m.event_type in ("ASSAULT", "COERCE")]


@pytest.mark.parametrize("text", [
    # a real act the comparison dates by stays
    "The street looks like it did after the bombing last year.",
    # "like" after a verb of doing is no comparison of seeming
    "Gunmen attacked the village, like they did last year.",
])
def test_a_real_act_beside_a_comparison_stays(text):
    assert [m for m in _code(text) if m.event_type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "The minister attacked the opposition over its spending plans.",
    "The senator attacked the governor over his handling of the flood response.",
])
def test_an_attack_over_a_conduct_or_a_stance_is_words(text):
    types = {m.event_type for m in _code(text)}
    assert "ASSAULT" not in types and "ACCUSE" in types


@pytest.mark.parametrize("text", [
    "A mob attacked the embassy over the film.",
    "Gunmen attacked the village over a land dispute.",
    "Protesters attacked police over the killing of a student.",
])
def test_an_attack_over_a_grievance_is_still_an_attack(text):
    assert "ASSAULT" in {m.event_type for m in _code(text)}


def test_conceding_that_something_is_so_is_an_admission_not_a_concession():
    assert not [m for m in _code("The mayor conceded that the city's tools were limited.") if m.event_type == "CONCEDE"]
    assert [m for m in _code("The government conceded the town to the rebels.") if m.event_type == "CONCEDE"]


def test_an_act_told_before_said_to_send_a_message_is_not_told_again():
    mentions = _code("Police arrested four men in Leeds on Tuesday. The director said the arrests sent a message.")
    assert [m.evidence.trigger for m in mentions if m.event_type == "COERCE"] == ["arrested"]
