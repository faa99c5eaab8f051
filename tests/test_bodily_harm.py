"""Blows, holds and sexual violence against a person (codebook section 3, ASSAULT), on sentences
written for this test; the same verbs said of prices or positions are no events."""

from __future__ import annotations

import pytest

from conflictatlas.nlp import code_article
from conflictatlas.records import Article, content_id


def code(text: str, published: str = "2021-06-14"):
    return code_article(Article(id=content_id(text), text=text, source="t.txt", published=published))


@pytest.mark.parametrize("text, mode", [
    ("He smacked the woman in the face outside a bar in Leeds.", "primitive"),
    ("The suspect bludgeoned his neighbour with a hammer in Akron.", "primitive"),
    ("Two men stomped on his head outside the club in Leeds.", "primitive"),
    ("He slashed the victim across the face with a knife in Leeds.", "primitive"),
    ("The tenant told police the man pinned her against a wall in Albany.", "primitive"),
    ("A man groped a woman on a train in Leeds.", "sexual"),
])
def test_blows_holds_and_sexual_violence_are_assaults(text, mode):
    (m,) = code(text)
    assert (m.event_type, m.mode) == ("ASSAULT", mode)


@pytest.mark.parametrize("text", [
    "The retailer slashed prices on Monday.",
    "The council slashed the budget for parks.",
    "Investors pinned their hopes on the merger.",
])
def test_the_same_verbs_said_of_things_are_no_events(text):
    assert code(text) == []


def test_holding_an_attacker_down_is_part_of_his_arrest():
    text = "Police arrested the man within minutes, after two shoppers helped pin him to the ground."
    assert [m.event_type for m in code(text)] == ["COERCE"]
