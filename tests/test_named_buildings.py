"""A name before a local noun that is only another name of a small village abroad is no place: a
hospital or a church named for a virtue or a saint ("Mercy Hospital") is not in a French village
GeoNames also calls "Mercy"; a town's own name before such a noun still is one (stop 73). Sentences
written for these tests."""

from __future__ import annotations

from conflictatlas.nlp.geoparse import geoparse_articles
from conflictatlas.records import Article, content_id


def places(text: str) -> list[tuple[str, str]]:
    return [(r["text"], r["country"]) for r in geoparse_articles([Article(id=content_id(text), text=text, source="t")])
            if r["geonameid"] is not None]


def test_a_virtue_named_hospital_is_no_village_abroad():
    assert places("Mercy Hospital treated three people shot in Des Moines.") == [("Des Moines", "US")]


def test_a_towns_own_name_before_a_local_noun_is_still_the_town():
    assert places("A Pineville man was arrested on Monday.") == [("Pineville", "US")]
