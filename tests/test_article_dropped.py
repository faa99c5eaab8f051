"""Stop 81: GeoNames keeps the Arabic article that the press drops from a short name ("Qaim" is
GeoNames' "Al Qā'im"); such a name, too short for the loose romanisation key, is tried with the
article, assimilated as GeoNames writes it, in the country the story names. Sentences written for
these tests."""

from __future__ import annotations

from conftest import sole_place

from conflictatlas.geo import spelling


def test_a_bare_name_is_tried_with_the_article():
    assert spelling.article_forms("Qaim") == ["Al Qaim"]
    assert spelling.article_forms("Huwayra") == ["Al Huwayra", "Al Huwayrah"]  # with the final "h" too
    assert spelling.article_forms("Sinjar")[0] == "As Sinjar"  # a sun letter takes the article's sound
    assert spelling.article_forms("Tel Afar") == []  # a name of two words keeps its own key


def test_the_press_spelling_without_the_article_finds_the_town():
    place = sole_place("A roadside bomb killed two soldiers near the town of Qaim in western Iraq.")
    assert place is not None and place.country == "IQ" and place.precision == "city" and place.geonameid is not None
