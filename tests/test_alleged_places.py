"""Stop 79: a place inside what an accusation charges is the charge's subject, not where the
accusation was made (codebook 4). Sentences written for these tests."""

from __future__ import annotations

from conflictatlas.nlp import code_article
from conflictatlas.records import Article, content_id


def accusation(text: str):
    return next(m for m in code_article(Article(id=content_id(text), text=text, source="t"))
                if m.event_type == "ACCUSE")


def test_a_place_in_the_charge_is_not_where_it_was_made():
    m = accusation("Speaking in Chisinau, the opposition leader accused the ruling party of copying the methods "
                   "of Moscow.")
    assert m.place is not None and m.place.name != "Moscow"


def test_a_place_in_a_blame_is_not_where_it_was_laid():
    m = accusation("At a rally in Accra, the minister blamed the rebels for the attack in Tamale.")
    assert m.place is not None and m.place.name != "Tamale"


def test_where_the_accuser_speaks_still_places_it():
    m = accusation("At a news conference in Kyiv, the ministry accused Russian forces of shelling Kharkiv.")
    assert m.place is not None and m.place.name == "Kyiv"


def test_a_side_s_backer_is_not_where_it_was_hit():
    text = "The leader of a Syrian militia supported by Turkey was shot dead on Tuesday."
    m = next(m for m in code_article(Article(id=content_id(text), text=text, source="t")) if m.event_type == "ASSAULT")
    assert m.place is not None and m.place.country == "SY"
    assert m.actor1 is not None and m.actor1.name == "Unidentified armed group (Syria)"


def test_a_state_that_shelled_is_still_named_as_the_doer_s_place_where_the_text_says_so():
    text = "Militias armed by Iran shelled the town of Tikrit."
    m = next(m for m in code_article(Article(id=content_id(text), text=text, source="t")) if m.event_type == "ASSAULT")
    assert m.place is not None and m.place.country == "IQ"
