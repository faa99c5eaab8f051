"""A guest is not of the host's state, and a state's envoy is abroad (stop 74). Sentences written
for these tests."""

from __future__ import annotations

from conflictatlas.nlp import code_article
from conflictatlas.records import Article, content_id


def code(text: str):
    return code_article(Article(id=content_id(text), text=text, source="t"))


def test_a_visitor_to_a_capital_is_not_of_its_state():
    (m,) = code("The prime minister visited Kyiv on Friday.")
    assert m.event_type == "CONSULT" and m.actor2 is not None and m.actor2.name == "Ukraine government"
    assert m.actor1 is not None and m.actor1.name != "Ukraine government"


def test_talks_with_a_counterpart_in_his_capital():
    (m,) = code("The president held talks with his Kenyan counterpart in Nairobi on Thursday.")
    assert m.actor1 is not None and m.actor1.country != "KEN"


def test_a_domestic_meeting_stays_domestic():
    (m,) = code("The president held talks with opposition leaders in Nairobi.")
    assert m.actor1 is not None and m.actor1.name == "Kenya government"


def test_an_ambassador_summoned_does_not_place_the_act_in_his_country():
    (m,) = code("The foreign ministry summoned the French ambassador over the remarks.")
    assert m.actor2 is not None and m.actor2.name == "France government"
    assert m.place is None or m.place.country != "FR"


def test_reporters_held_while_covering_a_protest_are_not_protesters():
    found = {m.evidence.trigger: m for m in code(
        "Two journalists were detained by security forces in Harare while covering the protest.")}
    assert found["detained"].actor2 is not None and found["detained"].actor2.name == "Civilians (Zimbabwe)"


def test_a_law_that_targets_people_uses_no_force():
    assert code("Critics say the law targets journalists.") == []
    assert code("The new tax hits farmers hardest.") == []
    (m,) = code("Gunmen targeted a police checkpoint in Kano.")
    assert m.event_type == "ASSAULT"


def test_an_attack_on_a_firms_market_share_is_business():
    assert code("Apple launched an attack on Samsung's market share with a cheaper phone.") == []
    (m,) = code("Gunmen launched an attack on a market in Kabul.")
    assert m.event_type == "ASSAULT"


def test_a_general_strike_is_no_generals_act():
    (m,) = code("Thousands joined a general strike in Buenos Aires.")
    assert m.event_type == "PROTEST" and m.actor1 is not None and m.actor1.name == "Protesters (Argentina)"


def test_a_building_occupied_by_a_crowd_is_a_protest_and_a_town_by_rebels_an_attack():
    (m,) = code("Protesters occupied the university's main building in Paris.")
    assert m.event_type == "PROTEST"
    (m,) = code("Rebels occupied the town of Bunia.")
    assert m.event_type == "ASSAULT" and m.mode == "occupy"
    assert code("The company occupies a large office in Nairobi.") == []
