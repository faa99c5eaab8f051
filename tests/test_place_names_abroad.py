"""Names that led places abroad: letters Unicode does not decompose ("Wrocław"), a sea named like a
division, a country's "state" media read as a US state (codebook 4, issue 14, stop 68). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from conflictatlas.geo import gazetteer
from conflictatlas.geo import resolve as georesolve
from conflictatlas.nlp import code_article
from conflictatlas.nlp.geoparse import geoparse_articles
from conflictatlas.records import Article


def _article(text: str) -> Article:
    return Article(id="t", text=text, source="t", language="en", published="2025-03-10")


def _places(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(r["text"], r["country"], r["precision"]) for r in geoparse_articles([_article(text)])]


@pytest.mark.parametrize("written, plain", [("Wrocław", "wroclaw"), ("Tromsø", "tromso"), ("Łódź", "lodz")])
def test_letters_without_a_mark_fold_as_geonames_ascii_names_do(written, plain):
    assert gazetteer.norm(written) == plain


def test_a_city_written_with_its_own_letters_is_found():
    place = georesolve.resolve("Wrocław", {"PL"})
    assert place.country == "PL" and place.precision == "city"


def test_the_sea_is_no_division_of_a_country_the_story_never_names():
    place = georesolve.resolve("Red Sea", {"YE"})
    assert place.country is None


def test_a_division_named_after_a_sea_stays_in_its_own_country_s_story():
    assert georesolve.resolve("Red Sea", {"SD"}).country == "SD"


@pytest.mark.parametrize("text, country", [
    ("Two fishermen drowned on Monday, Jordan's state news agency said.", "JO"),
    ("A bridge collapsed on Monday, Lebanon's state media reported.", "LB"),
])
def test_a_country_s_state_media_are_the_nation_s_not_a_state_of_that_name(text, country):
    assert _places(text) == [(text.split(",")[1].split("'")[0].strip(), country, "country")]


def test_a_headline_s_bare_strike_is_the_one_its_lede_says_whose():
    text = ("Airstrike kills farmer near Marjayoun\n\n"
            "An Israeli airstrike killed a farmer near Marjayoun on Monday, local officials said.")
    doers = [m.actor1.name for m in code_article(_article(text)) if m.event_type == "ASSAULT"]
    assert doers == ["Israel military", "Israel military"]


def test_a_village_the_gazetteer_lacks_is_not_put_in_the_dateline_s_city():
    text = "NAIROBI, Kenya (Reuters) - Raiders attacked the village of Lokwamosing on Sunday, killing four herders."
    [m] = [m for m in code_article(_article(text)) if m.event_type == "ASSAULT"]
    assert m.place is not None and m.place.country == "KE" and "Nairobi" not in (m.place.name or "")


def test_a_street_the_gazetteer_lacks_is_still_in_the_dateline_s_city():
    text = "TULSA, Okla. (AP) - A man was shot outside a bar on Routon Street on Sunday, police said."
    [m] = [m for m in code_article(_article(text)) if m.event_type == "ASSAULT"]
    assert m.place is not None and "Tulsa" in (m.place.name or "")
