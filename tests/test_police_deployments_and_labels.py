"""Officers posted or stationed at a place, places cleared, people removed or taken to a detention
centre, a blockade "set up" (codebook 3), and force words that tell no act: a name a speaker gives something, a press
pack's "ambush", animals' raids, an answer fired back in words (codebook 1.2); a country's native
name that is an English surname (stop 67). Sentences written for these tests."""

from __future__ import annotations

import pytest

from conflictatlas.countries import alpha2
from conflictatlas.nlp import code_article
from conflictatlas.records import Article


def _code(text: str, published: str = "2024-11-05"):
    return code_article(Article(id="t", text=text, source="t", language="en", published=published))


def _types(text: str, published: str = "2024-11-05") -> list[tuple[str, str]]:
    return [(m.evidence.trigger, m.event_type) for m in _code(text, published)]


@pytest.mark.parametrize("text, trigger", [
    ("Troopers were posted at the refinery gate in Toledo on Tuesday.", "posted"),
    ("Toledo police have stationed officers at three polling places.", "stationed"),
])
def test_officers_posted_at_a_place_are_a_deployment(text, trigger):
    assert (trigger, "MOBILIZE") in _types(text)


def test_a_blockade_set_up_is_done_not_planned():
    [m] = [m for m in _code("Rebels set up a blockade on the road to Gao on Monday.") if m.event_type == "COERCE"]
    assert m.status == "occurred" and m.date.start == "2024-11-04"


@pytest.mark.parametrize("text", [
    "Firefighters responded to the home on Oak Street in Dayton.",
    "An officer responded and said he could hear the music from down the block.",
    "The council removed the item from the agenda on Monday.",
])
def test_answering_a_fire_a_call_or_an_agenda_is_no_deployment(text):
    assert not [t for t in _types(text) if t[1] in ("MOBILIZE", "COERCE")]


@pytest.mark.parametrize("text, trigger", [
    ("Officers cleared a protest camp from the riverbank in Toledo on Tuesday.", "cleared"),
    ("Deputies cleared the plaza outside the courthouse in Toledo late on Friday.", "cleared"),
    ("Two activists were removed from the gallery by state troopers in Albany.", "removed"),
    ("The suspect was taken to the Lucas County Detention Center.", "taken"),
])
def test_places_cleared_and_people_removed_or_taken_in_are_coercion(text, trigger):
    assert (trigger, "COERCE") in _types(text)


def test_a_patient_taken_to_hospital_is_none():
    assert not _types("The driver was taken to St. Vincent Medical Center on Sunday.")


def test_protesters_who_begin_chanting_protest():
    text = "Some 25 demonstrators walked into the school board meeting in Toledo and began chanting."
    assert ("chanting", "PROTEST") in _types(text)


def test_a_question_on_a_placard_leaves_the_rally_real():
    text = ('Hundreds of residents rallied outside the town hall in Toledo, holding placards that asked '
            '"Who is listening?"')
    assert ("rallied", "PROTEST") in _types(text)
    assert not _types("Did the army shell the town of Gao on Monday?")


def test_a_participle_joined_to_a_march_is_its_manner():
    text = ("Hundreds of teachers walked to the education ministry in Nairobi waving banners and calling for "
            "their unpaid wages to be paid.")
    assert [t for t in _types(text) if t[1] != "PROTEST"] == []


@pytest.mark.parametrize("text", [
    "Her spokesman called the lawsuit a cynical ambush.",
    "The opposition described the vote as a massacre of democracy.",
])
def test_a_name_given_to_something_is_no_attack(text):
    assert not [t for t in _types(text) if t[1] == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "The rebels' spokesman called the raid \"a massacre\" on Monday.",
    "The governor described the bombing of the bridge as an act of terrorism.",
])
def test_an_act_named_damningly_is_an_accusation(text):
    found = _types("Gunmen shot dead two guards at a checkpoint near Jenin on Monday. " + text)
    assert any(t == "ACCUSE" for _, t in found[1:])
    assert not any(t == "ASSAULT" for _, t in found[1:])


@pytest.mark.parametrize("text", [
    "Reporters ambushed the minister as she left the hotel in Lisbon.",
    "The foxes, which mounted a raid on the henhouse, escaped into the woods.",
    "A siege of rabbits has ruined the vegetable plots this spring.",
    "The club's owner fired back at the league in an interview on Friday.",
    "The planning board shot down the developer's request for a variance.",
    "The director is shooting a war drama in Malta this spring.",
    "The brothers' inheritance battle has dragged on for a year.",
])
def test_force_words_of_cameras_beasts_courts_and_films_are_none(text):
    assert not [t for t in _types(text) if t[1] == "ASSAULT"]


def test_fire_returned_at_a_side_stays_fire():
    assert ("fired", "ASSAULT") in _types("Troops fired back at the gunmen near Gao, killing two.")


def test_a_surname_that_is_a_native_country_name_is_no_country():
    assert alpha2("Mann") is None and alpha2("Island") is None
    [m] = [m for m in _code("Chief Minister Anil Mann criticised the state government on Tuesday.")]
    assert m.actor1 is None or m.actor1.country != "IMN"


@pytest.mark.parametrize("text, war", [
    ("The militia, which has been battling the army for three years, declined to comment.", True),
    ("Rebels have been fighting government forces in the region for a decade.", True),
    ("Rebels have been fighting government forces near the town for three hours.", False),
])
def test_a_fight_told_by_years_of_it_is_the_war(text, war):
    found = [t for t in _types("KHARTOUM, Sudan (AP) — " + text, "2025-05-14") if t[1] == "ASSAULT"]
    assert (not found) == war


def test_a_state_of_siege_is_a_law_not_a_siege():
    assert not [t for t in _types("BENI, Congo (AP) — Parliament extended the state of siege in North Kivu on Tuesday.")
                if t[1] == "ASSAULT"]
    assert ("siege", "ASSAULT") in _types("BENI, Congo (AP) — Rebels laid siege to the town of Beni on Tuesday.")


def test_a_headline_clause_of_time_with_its_own_doers_is_a_second_act():
    found = _types("Drones hit fuel depot as militants storm checkpoint in Gao")
    assert [t for _, t in found if t == "ASSAULT"] == ["ASSAULT", "ASSAULT"]
    assert len([t for t in _types("Two guards were killed when gunmen attacked the convoy near Gao.")
                if t[1] == "ASSAULT"]) == 1


def test_armed_men_taking_control_of_a_named_town_take_ground():
    assert [t for t in _types("Rebels took control of Kamanyola on Sunday, residents said.", "2025-02-17")
            if t[1] == "ASSAULT"]
    assert not _types("The party took control of Parliament after the vote.")
