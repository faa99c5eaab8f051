"""Protests told without a word of protest: people who stood, gathered or lined a street holding
signs, and a picket told by its noun (nlp/senses.py `with_signs`, data/triggers.yaml). Sentences
written for this test."""

from __future__ import annotations

import pytest

from conflictatlas.nlp import code_article
from conflictatlas.records import Article, content_id


def acts(text: str) -> list[tuple[str, str]]:
    article = Article(id=content_id(text), text=text, source="t.txt", published="2019-05-14")
    return [(m.event_type, m.evidence.trigger) for m in code_article(article)]


@pytest.mark.parametrize("text, trigger", [
    ("About 30 parents stood outside the school board offices in Duluth on Monday, holding signs.", "stood"),
    ("About 40 relatives gathered outside the courthouse in Fresno on Monday, holding placards.", "gathered"),
    ("Dozens of residents lined Main Street in Fresno with signs on Monday.", "lined"),
    ("The picket outside the bus depot in Leeds was peaceful, police said.", "picket"),
])
def test_people_holding_signs_are_protesting(text, trigger):
    assert ("PROTEST", trigger) in acts(text), acts(text)


@pytest.mark.parametrize("text", [
    "Fans gathered outside the stadium in Leeds, waving flags.",
    "The soldier stood guard outside the embassy in Kabul.",
    "Hundreds of people lined the route of the parade in Leeds.",
])
def test_people_gathered_or_standing_without_signs_are_not(text):
    # (guards: a crowd at a game or a parade, a guard on duty)
    assert acts(text) == []
