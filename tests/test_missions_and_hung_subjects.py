"""Peacekeepers named by no state are a mission from abroad, not the army of the land they serve in;
a subject the parser hangs on the auxiliary, or a force's plural name, is still the doer; a crime a
law's section names in brackets is a charge (stop 72). Sentences written for these tests."""

from __future__ import annotations

import pytest

from conflictatlas.nlp import code_article
from conflictatlas.records import Article, content_id


def code(text: str):
    return code_article(Article(id=content_id(text), text=text, source="t.txt", published="2024-07-22"))


def name(actor) -> str | None:
    return actor and (actor.name or actor.text)


@pytest.mark.parametrize("text", [
    "About 9,000 peacekeepers have patrolled the buffer zone in Cyprus since 1974.",
    "A peacekeeping force patrolled the border villages in South Sudan on Monday.",
])
def test_peacekeepers_named_by_no_state_are_no_army_of_the_host(text):
    [m] = code(text)
    assert name(m.actor1) == "United Nations peacekeepers"


@pytest.mark.parametrize("text, force", [
    ("About 2,000 Italian peacekeeping soldiers patrolled the border in southern Lebanon.", "Italy military"),
    ("African Union peacekeepers patrolled Mogadishu on Monday.", "African Union"),
])
def test_peacekeepers_a_state_or_body_is_named_on_are_theirs(text, force):
    [m] = code(text)
    assert name(m.actor1) == force


@pytest.mark.parametrize("text", [
    "Nigeria announced it would withdraw its peacekeeping force from Chad within a month.",
    "A regional peacekeeping force patrolled the border villages in South Sudan on Monday.",
])
def test_peacekeepers_someone_owns_or_a_region_sends_are_not_read_as_the_uns(text):
    assert "United Nations peacekeepers" not in [name(a) for m in code(text) for a in (m.actor1, m.actor2)]


def test_a_subject_the_parser_hangs_on_the_auxiliary_is_the_doer():
    [m] = code("Kenyan soldiers are patrolling border posts in Somalia.")
    assert name(m.actor1) == "Kenya military"


@pytest.mark.parametrize("text", [
    "The Malian Armed Forces entered the town of Kidal on Thursday.",  # a plural name the model leaves as written
    "About 40 French Special Forces members entered the village of Tessit on Friday.",  # members of a force
])
def test_a_force_by_its_plural_name_or_its_members_enters_ground_as_an_armed_side(text):
    [m] = code(text)
    assert (m.event_type, m.mode) == ("ASSAULT", "occupy")
    assert name(m.actor1) in ("Mali military", "France military")


@pytest.mark.parametrize("text", [
    "Police said a case under sections 307 (attempt to murder) and 386 (extortion) has been registered against the two men.",
    "He was booked under Section 302 (murder) of the penal code on Tuesday.",
])
def test_a_crime_a_laws_section_names_in_brackets_is_a_charge_not_an_act(text):
    assert not [m for m in code(text) if m.event_type == "ASSAULT"]

