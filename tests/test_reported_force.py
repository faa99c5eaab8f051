"""Whose force a report tells, on sentences written for this test (stop 53): aircraft a state's
force says struck, the dead told just after a force opened fire, a verb of reporting the model
joins to the act, and a ship's flag."""

from __future__ import annotations

import pytest

from conflictatlas.nlp import code_article
from conflictatlas.records import Article, content_id


def code(text: str, published: str = "2025-06-17"):
    return code_article(Article(id=content_id(text), text=text, source="t.txt", published=published))


def name(actor) -> str | None:
    return actor and (actor.name or actor.text)


def by_trigger(mentions, trigger: str):
    return next(m for m in mentions if m.evidence.trigger == trigger)


@pytest.mark.parametrize("text, trigger, doer", [
    ("The Israeli military said dozens of fighter jets struck missile launchers in western Iran overnight.",
     "struck", "Israel military"),
    ("The Turkish defence ministry said warplanes hit shelters of the group in northern Iraq on Friday.",
     "hit", "Turkey military"),
])
def test_aircraft_a_states_force_reports_are_its_own(text, trigger, doer):
    assert name(by_trigger(code(text), trigger).actor1) == doer


def test_the_dead_told_after_a_force_opened_fire_are_its_own():
    text = ("Outside parliament in Nairobi, police opened fire with live ammunition on Tuesday. "
            "At least 11 people were killed there, according to rights groups.")
    assert name(by_trigger(code(text, "2024-06-26"), "killed").actor1) == "Kenya police"


def test_an_attack_told_after_a_force_opened_fire_stays_unnamed():
    text = ("Troops opened fire on a crowd in Mogadishu on Monday. Hours later, a car bomb exploded "
            "outside a hotel in the city, killing six people.")
    m = by_trigger(code(text, "2024-06-26"), "exploded")
    assert name(m.actor1) != "Somalia military"


def test_a_verb_of_reporting_joined_to_the_act_gives_no_victim():
    text = ("A strike on a thermal power plant on the outskirts of Kharkiv killed two workers and wounded three "
            "others, regional governor Oleh Movchan said on Telegram.")
    m = code(text, "2025-01-22")[0]
    assert name(m.actor2) == "Civilians (Ukraine)"
    assert m.fatalities.best == 2


@pytest.mark.parametrize("text", [
    "Odesa regional governor Ivan Petrenko said on Telegram that two missiles hit the port early on Friday, "
    "damaging two civilian vessels flying the flags of Panama and Malta.",
    "Two missiles hit the port of Odesa, damaging a Panama-flagged grain vessel, the governor said.",
])
def test_a_ships_flag_is_not_where_it_was_hit(text):
    m = code(text)[0]
    assert m.place is None or m.place.country == "UA"
    assert name(m.actor1) != "Unidentified armed group (Panama)"


def test_a_headlines_own_country_is_not_traded_for_its_other_clauses():
    text = ("Iranian missile kills three in central Israel as Israeli jets hit launchers in western Iran\n\n"
            "JERUSALEM, June 17 (Reuters) - An Iranian ballistic missile slammed into a residential building "
            "in Petah Tikva early on Tuesday.")
    m = by_trigger(code(text), "kills")
    assert m.place.country == "IL"


def test_bosnian_serb_forces_are_not_serbias():
    m = by_trigger(code("Bosnian Serb forces shelled Gorazde in April 1994."), "shelled")
    assert name(m.actor1) == "Army of Republika Srpska"


@pytest.mark.parametrize("text, trigger, defender, attacker", [
    ("Ukrainian air defences shot down 20 Russian drones over Kyiv on Tuesday.", "shot", "Ukraine military",
     "Russia military"),
    ("Air defences shot down a drone over Kyiv on Tuesday.", "shot", "Ukraine military", None),
])
def test_air_defences_bringing_down_what_was_fired_at_them(text, trigger, defender, attacker):
    m = by_trigger(code(text), trigger)
    assert m.event_type == "ASSAULT"
    assert name(m.actor1) == defender
    assert name(m.actor2) == attacker


def test_what_is_intercepted_on_the_ground_is_no_air_defence():
    assert [m for m in code("Police intercepted a truck carrying weapons near Odesa.") if m.event_type == "ASSAULT"] == []
