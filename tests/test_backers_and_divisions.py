"""A state named as a force's backer says nothing of where the article is; a Nigerian local government
area written in lower case is a division (codebook 4, issue 14, stop 71). Sentences written for these tests."""

from __future__ import annotations

import pytest

from conflictatlas.geo.article import article_places
from conflictatlas.nlp.geoparse import geoparse_articles
from conflictatlas.nlp.model import load
from conflictatlas.records import Article


def _context(text: str) -> set[str]:
    context, _ = article_places(text, [load()(text)])
    return set(context)


@pytest.mark.parametrize("text, backer", [
    ("US-backed fighters advanced on the town on Sunday, the group said.", "US"),
    ("A Saudi-led coalition struck the port overnight.", "SA"),
    ("Rebels supported by Turkey shelled the town.", "TR"),
    ("Iranian-backed militias fired rockets at the base.", "IR"),
    ("Fighters backed by the United States pushed into the village at dawn.", "US"),
])
def test_a_state_backing_or_leading_a_force_is_no_place_the_article_is_about(text, backer):
    assert backer not in _context(text)


@pytest.mark.parametrize("text, country", [
    ("US troops advanced on the town on Sunday.", "US"),  # whose troops: they may well be at home
    ("Protesters marched in Turkey on Sunday against the new law.", "TR"),
    ("Supporters of the mayor rallied in Kenya's capital.", "KE"),
])
def test_a_state_named_otherwise_still_is(text, country):
    assert country in _context(text)


def test_a_local_government_area_written_in_lower_case_is_the_division():
    text = "Bandits raided two villages in Kauru local government area of Kaduna State overnight."
    found = {p["text"]: p for p in geoparse_articles([Article(id="k", text=text, source="k.txt")])}
    assert found["Kauru"]["country"] == "NG" and found["Kauru"]["precision"] == "admin2"


def test_a_town_that_is_not_followed_by_the_division_words_stays_a_town():
    text = "Bandits raided two villages near Kauru in Kaduna State overnight."
    found = {p["text"]: p for p in geoparse_articles([Article(id="k", text=text, source="k.txt")])}
    assert found["Kauru"]["precision"] == "city"
