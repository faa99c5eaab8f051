"""Headlines that join two clipped clauses with a semicolon, a bare place that was robbed, and the
violence an arrest answers (codebook 1.1, 1.2). Headlines written for this test."""

from __future__ import annotations

import pytest

from conflictatlas.nlp import code_article
from conflictatlas.records import Article, content_id


def code(text: str, published: str = "2016-05-10"):
    return code_article(Article(id=content_id(text), text=text, source="t.txt", published=published))


@pytest.mark.parametrize("text, types", [
    ("Bank robbed at gunpoint; suspect arrested in Dayton", ["ASSAULT", "COERCE"]),
    ("Shots fired at Elm Street party; two teens arrested", ["COERCE"]),
    ("Market stall torched; man arrested in Leeds", ["COERCE"]),
])
def test_each_clause_of_a_semicolon_headline_is_read_on_its_own(text, types):
    got = [m.event_type for m in code(text)]
    assert all(t in got for t in types)


@pytest.mark.parametrize("text", ["Pharmacy robbed in Dayton", "Gas station robbed at gunpoint in Clinton"])
def test_a_place_a_headline_names_bare_was_robbed(text):
    assert [m.event_type for m in code(text)] == ["ASSAULT"]


@pytest.mark.parametrize("text, crime", [
    ("Woman held after Oak Street stabbing", "stabbing"),
    ("Two men were arrested after a brawl outside a bar in Leeds on Friday.", "brawl"),
])
def test_the_violence_an_arrest_answers_is_told_too(text, crime):
    ms = code(text)
    assert [m.event_type for m in ms if m.evidence.trigger.startswith(("held", "arrested"))] == ["COERCE"]
    assert [m.event_type for m in ms if m.evidence.trigger == crime] == ["ASSAULT"]


def test_fighting_before_a_ceasefire_stays_its_background():
    ms = code("The rebels agreed to a ceasefire after two days of fierce fighting in Kidal.")
    assert [m.event_type for m in ms] == ["AGREE"]


def test_talks_held_are_no_arrest():
    assert code("Talks held in Geneva on Friday") == []


@pytest.mark.parametrize("text, n", [
    ("The officer fired his handgun twice in Columbus on Sunday.", 1),
    ("A deputy fired four times at the car in Auburn on Friday.", 1),
    ("He was fired twice from jobs in Columbus.", 0),
    ("The state will review the case, as is routine when an officer fires a weapon in Columbus.", 0),
])
def test_shots_counted_are_gunfire_and_a_rule_for_them_is_none(text, n):
    assert len([m for m in code(text) if m.event_type == "ASSAULT"]) == n


@pytest.mark.parametrize("text", [
    "A family escaped unharmed after their home in Geelong was deliberately set alight early on Sunday, police say.",
    "Two cars were torched overnight outside a mosque in Bradford, police said.",
])
def test_a_burning_by_no_one_named_is_arson(text):
    assert [m.event_type for m in code(text)] == ["ASSAULT"]


def test_a_demolition_by_no_one_named_stays_a_coercion():
    assert [m.event_type for m in code("Three houses were demolished in Hebron on Monday.")] == ["COERCE"]
