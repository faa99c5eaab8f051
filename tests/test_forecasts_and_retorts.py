"""Words about acts: an act forecast is not told as done, one that "was expected" came; a retort
"shot back" is words, not fire (stop 72). Sentences written for these tests."""

from __future__ import annotations

import pytest

from conflictatlas.nlp import code_article
from conflictatlas.records import Article, content_id


def code(text: str):
    return code_article(Article(id=content_id(text), text=text, source="t.txt", published="2024-07-22"))


@pytest.mark.parametrize("text", [
    "Skirmishes are expected to flare again along the river this week.",
    "Fighting is likely to intensify around the town next week.",
])
def test_an_act_forecast_is_not_told_as_done(text):
    assert [m.status for m in code(text) if m.event_type == "ASSAULT"] == ["hypothetical"]


def test_an_act_that_was_expected_came():
    assert [m.status for m in code("The attack was expected, residents of the town said.")] == ["occurred"]


def test_a_retort_shot_back_is_words_and_return_fire_is_fire():
    assert [m.event_type for m in code("The opposition quickly shot back that the budget was a sham.")] == ["ACCUSE"]
    assert [m.event_type for m in code("Troops shot back at the gunmen near the border post.")] == ["ASSAULT"]
