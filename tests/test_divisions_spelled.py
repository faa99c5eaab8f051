"""Places named otherwise than GeoNames names them (stops 75-76): a district in another romanisation,
a big city spelled otherwise in a report naming other countries; and names that are no place of the
act: the far side of a border, a state's name on air strikes. Sentences written for these tests."""

from __future__ import annotations

from conflictatlas.nlp import code_article
from conflictatlas.nlp.geoparse import geoparse_articles
from conflictatlas.records import Article, content_id


def code(text: str):
    return code_article(Article(id=content_id(text), text=text, source="t"))


def places(text: str) -> dict[str, dict]:
    return {r["text"]: r for r in geoparse_articles([Article(id=content_id(text), text=text, source="t")])}


def test_a_district_spelled_otherwise_is_the_district():
    found = places("A roadside bomb killed three soldiers on Monday in Musa Qaleh district.")
    assert found["Musa Qaleh"]["country"] == "AF" and found["Musa Qaleh"]["precision"] == "admin2"


def test_a_name_with_no_division_noun_is_not_read_loosely():
    found = places("A roadside bomb killed three soldiers on Monday near Musa Qaleh.")
    assert found.get("Musa Qaleh", {}).get("precision") != "admin2"


def test_a_big_city_spelled_otherwise_in_a_report_naming_other_countries():
    # the article names only the attacker's country; the city's romanisation is not GeoNames' own
    found = places("The Russian Air Force struck militant positions in Deir Ezzor, Russia's defence ministry said.")
    assert found["Deir Ezzor"]["country"] == "SY" and found["Deir Ezzor"]["geonameid"] is not None


def test_the_far_side_of_a_border_is_not_where_the_act_was():
    for text, here in (("Lebanese troops patrol a strip along the border with Syria.", "LB"),
                       ("Kenyan troops patrol a strip along the border with Somalia.", "KE")):
        (m,) = code(text)
        assert m.place is not None and m.place.country == here
    # a report that names only the far side places the act nowhere rather than there
    (m,) = code("Peacekeepers patrol a strip along the border with Syria.")
    assert m.place is None or m.place.country != "SY"


def test_a_states_name_on_air_strikes_is_whose_they_are():
    (m,) = code("British air strikes against Iraq killed 30 people in 1991.")
    assert m.place is not None and m.place.country == "IQ"
    assert m.actor2 is not None and m.actor2.country == "IRQ"
