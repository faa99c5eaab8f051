"""Whose people they are: a state's officials, police or soldiers counted as a crowd and protesting are
protesters, not their government (a few officials protesting speak for it); a state's adjective on a
criminal band ("Haitian gangs") says where it is, not that the state acts (stop 73). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from conflictatlas.nlp import code_article
from conflictatlas.records import Article, content_id


def code(text: str):
    return code_article(Article(id=content_id(text), text=text, source="t.txt", published="2024-07-22"))


@pytest.mark.parametrize("text, country", [
    ("Hundreds of Kenyan officials protested on Tuesday in Nairobi.", "Kenya"),
    ("Some 300 police officers protested over unpaid wages in Lagos.", "Nigeria"),
    ("Dozens of Malian soldiers protested in Bamako over unpaid wages.", "Mali"),
])
def test_a_states_staff_counted_as_a_crowd_protest_as_protesters(text, country):
    [m] = code(text)
    assert m.event_type == "PROTEST" and m.actor1.name == f"Protesters ({country})"


def test_a_few_officials_protesting_speak_for_their_state():
    [m] = code("Two Kenyan officials protested the decision in Nairobi.")
    assert m.actor1.name == "Kenya government"


@pytest.mark.parametrize("text, country", [
    ("Haitian gangs attacked the town of Mirebalais.", "Haiti"),
    ("Mexican cartels killed 12 people in Sinaloa.", "Mexico"),
    ("Somali pirates seized a tanker off Puntland.", "Somalia"),
])
def test_a_states_adjective_on_a_criminal_band_names_where_not_the_state(text, country):
    # criminal bands are armed men of a country, never its army or government
    [m] = code(text)
    assert m.actor1.type == "militia" and m.actor1.country is not None
    assert not m.actor1.name.endswith((" military", " government"))


def test_herders_who_attack_are_armed_men_and_herders_hit_are_civilians():
    # as doers, the armed group of where they act, by the words the report names them by; as victims,
    # civilians, as farmers are
    [m] = code("Fulani herdsmen attacked a village in Benue on Sunday.")
    assert m.actor1.text == "Fulani herdsmen" and m.actor1.name == "Unidentified armed group (Nigeria)"
    [m] = code("Gunmen killed three herders in Plateau.")
    assert m.actor2.name == "Civilians (Nigeria)"
