"""What someone can do, has, or keeps down is no act told (codebook section 1), on sentences written
for this test: a capacity or a right to do something, a state of things in the present tense, a toll
spread over several lands, and a fight against pests."""

from __future__ import annotations

import pytest

from conflictatlas.nlp import code_article
from conflictatlas.records import Article, content_id


def code(text: str, published: str = "2022-02-17"):
    return code_article(Article(id=content_id(text), text=text, source="t.txt", published=published))


@pytest.mark.parametrize("text", [
    "A single vial of the nerve agent has the potential to kill hundreds of people.",
    "The militia still has the capacity to attack towns along the river.",
    "Under the new charter, citizens have the right to protest without a permit.",
    "Investigators said the group lacked the ability to bomb the pipeline.",
])
def test_a_capacity_or_a_right_to_act_is_no_act(text):
    assert code(text) == []


@pytest.mark.parametrize("text, kind", [
    ("The army used its power to arrest the opposition leader in Harare.", "COERCE"),
    ("The army launched an operation to attack the rebels near Goma.", "ASSAULT"),
])
def test_a_power_used_or_an_operation_launched_is_the_act(text, kind):
    assert kind in [m.event_type for m in code(text)]


@pytest.mark.parametrize("text", [
    "The navy of Oceania has a blockade on the port of Dunmore, and trucks wait at the border.",
    "The southern province has a curfew in place during the festival season.",
])
def test_what_someone_has_in_the_present_tense_is_a_state(text):
    assert code(text) == []


def test_a_fight_someone_had_is_still_told():
    assert [m.event_type for m in code("The two brothers had a fight outside a bar in Leeds on Friday.")] == ["ASSAULT"]


@pytest.mark.parametrize("text", [
    "Several towns in Arizona started a campaign to fight rat colonies near the river.",
    "Farmers in Kenya fought the locust swarms with pesticide.",
])
def test_fighting_pests_is_no_violence(text):
    assert [m.event_type for m in code(text) if m.event_type == "ASSAULT"] == []


def test_fighting_people_stays_violence():
    assert [m.event_type for m in code("Villagers in Kenya fought the soldiers with sticks on Monday.")] == ["ASSAULT"]


@pytest.mark.parametrize("text", [
    "Any rally held after dark without a permit is considered illegal in Minsk.",
    "Every attack on a clinic is a war crime, the envoy of the UN said.",
    "Ranchers still use a poison that is outlawed in most states of Mexico.",
])
def test_a_kind_of_act_or_a_law_in_force_is_no_act(text):
    assert code(text) == []


@pytest.mark.parametrize("text, kind", [
    ("The opposition party is banned from today, the interior minister of Kenya said.", "COERCE"),
    ("Thousands joined a rally in Minsk on Saturday.", "PROTEST"),
])
def test_a_ban_dated_or_a_rally_told_stays_an_act(text, kind):
    assert kind in [m.event_type for m in code(text)]


def test_taking_care_is_no_arrest_and_taking_a_man_into_custody_is():
    assert code("The nurse urged the inmate to take care of his teeth in prison.") == []
    assert [m.event_type for m in code("Deputies in Ohio took the man into custody on Monday.")] == ["COERCE"]


def test_a_toll_over_several_lands_is_a_statistic_and_one_place_keeps_its_act():
    assert code("More than 300 were killed in Chile, Peru, Ecuador and Bolivia.") == []
    assert [m.event_type for m in code("More than 300 were killed in Lima, Peru, on Monday.")] == ["ASSAULT"]
