"""Accords brokered or approved, demands ignored, ground a force leaves (stop 75). Sentences written
for these tests."""

from __future__ import annotations

from conflictatlas.nlp import code_article
from conflictatlas.records import Article, content_id


def code(text: str):
    return code_article(Article(id=content_id(text), text=text, source="t"))


def test_an_accord_a_third_state_brokered_was_agreed():
    (m,) = code("Qatar brokered a truce between the two factions last week.")
    assert m.event_type == "AGREE" and m.actor1 is not None and m.actor1.name == "Qatar government"


def test_a_treaty_approved_is_agreed_and_a_budget_is_not():
    (m,) = code("The Kenyan president approved the border treaty with Uganda on Tuesday.")
    assert m.event_type == "AGREE"
    assert code("The council approved the budget on Tuesday.") == []


def test_calls_ignored_are_refused():
    (m,) = code("The Ugandan government ignored repeated calls to release the opposition leader.")
    assert m.event_type == "REJECT"


def test_a_force_leaving_ground_withdraws():
    (m,) = code("The last Kenyan soldiers left the border town on Sunday.")
    assert m.event_type == "RETREAT"
    assert code("The minister left the party in 2005.") == []
