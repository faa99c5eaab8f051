"""Plain acts the coder missed (codebook 1 and 3, stop 68): officers named after a place's
description ("In X, the port city, police arrested ..."), munitions counted by a salvo or a volley,
staff rounded up. Sentences written for these tests."""

from __future__ import annotations

import pytest

from conflictatlas.nlp import code_article
from conflictatlas.records import Article


def _types(text: str) -> list[tuple[str, str]]:
    art = Article(id="t", text=text, source="t", language="en", published="2024-05-01")
    return [(m.evidence.trigger, m.event_type) for m in code_article(art)]


def test_officers_after_a_place_s_description_are_the_doers():
    assert ("arrested", "COERCE") in _types("In Mukalla, the port city, police arrested four men on Monday night.")


@pytest.mark.parametrize("text", [
    "Gunmen fired a salvo of mortar rounds at the army base near Kismayo on Sunday.",
    "Soldiers fired a volley of bullets at the minibus outside Hebron on Sunday.",
])
def test_munitions_counted_by_a_salvo_are_fired(text):
    assert ("fired", "ASSAULT") in _types(text)


def test_a_barrage_of_questions_is_no_fire():
    assert not _types("Reporters fired a barrage of questions at the minister in Nairobi on Sunday.")


def test_staff_rounded_up_are_arrested():
    assert ("rounded", "COERCE") in _types("Militiamen rounded up six hospital staffers in Taiz on Sunday.")
