"""Blows, holds and sexual violence against a person (codebook section 3, ASSAULT), on sentences
written for this test; the same verbs said of prices or positions are no events."""

from __future__ import annotations

import pytest

from conflictatlas.nlp import code_article
from conflictatlas.records import Article, content_id


def code(text: str, published: str = "2021-06-14"):
    return code_article(Article(id=content_id(text), text=text, source="t.txt", published=published))


@pytest.mark.parametrize("text, mode", [
    ("He smacked the woman in the face outside a bar in Leeds.", "primitive"),
    ("The suspect bludgeoned his neighbour with a hammer in Akron.", "primitive"),
    ("Two men stomped on his head outside the club in Leeds.", "primitive"),
    ("He slashed the victim across the face with a knife in Leeds.", "primitive"),
    ("The tenant told police the man pinned her against a wall in Albany.", "primitive"),
    ("A man groped a woman on a train in Leeds.", "sexual"),
    ("Three youths mugged a pensioner outside the post office in Hull.", "primitive"),
    ("A cyclist was grazed by a stray bullet on Elm Street in Akron.", "firearms"),
    ("Gunshots rang out behind a nightclub in Akron early on Sunday.", "firearms"),
])
def test_blows_holds_and_sexual_violence_are_assaults(text, mode):
    (m,) = code(text)
    assert (m.event_type, m.mode) == ("ASSAULT", mode)


@pytest.mark.parametrize("text", [
    "The retailer slashed prices on Monday.",
    "The council slashed the budget for parks.",
    "Investors pinned their hopes on the merger.",
    "The comedian mugged for the cameras at the premiere.",
    "Sheep grazed the meadow behind the farm.",
    "Church bells rang out across the valley on Sunday.",
])
def test_the_same_verbs_said_of_things_are_no_events(text):
    assert code(text) == []


def test_holding_an_attacker_down_is_part_of_his_arrest():
    text = "Police arrested the man within minutes, after two shoppers helped pin him to the ground."
    assert [m.event_type for m in code(text)] == ["COERCE"]


def test_drowning_someone_kills():
    (m,) = code("Prosecutors say the man drowned his girlfriend in a lake near Akron in May.")
    assert m.event_type == "ASSAULT" and m.fatalities.best == 1


@pytest.mark.parametrize("text", [
    "Floods drowned ten people in the valley in Leeds last week.",
    "The music drowned out the speeches at the rally's end.",
    "He drowned his sorrows in a pub in Hull.",
])
def test_drowning_by_water_or_in_words_is_no_assault(text):
    assert [m for m in code(text) if m.event_type == "ASSAULT"] == []


@pytest.mark.parametrize("text", [
    "A knife was held to a cab driver’s throat during a robbery in Leeds.",
    "A knife was held to the throat of a cab driver during a robbery in Leeds.",
    "A gun was held to the head of a shop assistant in Akron on Friday.",
])
def test_whose_body_a_weapon_was_held_to_is_the_victim(text):
    # told in the passive, with a curly apostrophe or with "of": the one threatened is the victim
    (m,) = code(text)
    assert m.event_type == "ASSAULT" and (m.actor2.name or "").startswith("Civilians")


@pytest.mark.parametrize("text", [
    "Police say the man threatened the clerk with a knife and took cash from a shop in Leeds.",
    "Two masked men broke into a home and tied up the residents in Akron.",
])
def test_a_weapon_in_hand_or_people_bound_is_force(text):
    assert [m.event_type for m in code(text)][:1] == ["ASSAULT"]


@pytest.mark.parametrize("text, want", [
    ("The union threatened the company with a strike in Leeds.", ["THREATEN"]),
    ("The crash tied up traffic for hours on Route 9 in Akron.", []),
])
def test_a_threat_of_a_strike_or_traffic_tied_up_is_no_force(text, want):
    assert [m.event_type for m in code(text)] == want


@pytest.mark.parametrize("text, trigger", [
    # blows told in the passive with their doer (stop 57)
    ("A marcher said he was pushed over and kicked by three officers in Leeds.", "kicked"),
    # fire given and returned: a fight, in its common idioms
    ("Border guards exchanged fire with smugglers near Akron on Sunday.", "exchanged"),
    # a vessel struck with a munition is attacked
    ("Rebels struck a freighter with an anti-ship missile off Hodeidah on Friday.", "struck"),
])
def test_passive_blows_exchanges_of_fire_and_ships_struck_are_assaults(text, trigger):
    assert any(m.evidence.trigger == trigger and m.event_type == "ASSAULT" for m in code(text))


@pytest.mark.parametrize("text", [
    "The member was kicked out of the party in Leeds last year.",
    "The two presidents exchanged letters on Monday.",
    "The striker was booted out of the squad in Hull after the match.",
])
def test_being_expelled_and_trading_things_are_no_assaults(text):
    assert not any(m.event_type == "ASSAULT" for m in code(text))



@pytest.mark.parametrize("text", [
    # a person cut with a blade, in the words of local police copy (stop 57)
    "A man cut his neighbour with a kitchen knife on Elm Street in Akron.",
    "Police said the woman cut him with a razor outside a pub in Hull.",
])
def test_a_person_cut_with_a_blade_is_assaulted(text):
    assert "ASSAULT" in [m.event_type for m in code(text)]


@pytest.mark.parametrize("text", [
    "The senator pushed the bill onto the agenda in Leeds.",
    "The chef cut the onions with a knife in Akron.",
    "Buyers grabbed the bargains by the armful in Hull.",
])
def test_the_same_verbs_said_of_things_are_still_none(text):
    assert code(text) == []
