"""Force words of everyday speech that tell no act of force, and deaths no one inflicted (nlp/figurative.py,
nlp/incidents.py, nlp/accidents.py). Every sentence is written for this test; each guard beside a
figurative one is the violent reading of the same words, which must stay an event."""

from __future__ import annotations

import pytest

from conflictatlas.nlp import code_article
from conflictatlas.records import Article, content_id


def code(text: str):
    return code_article(Article(id=content_id(text), text=text, source="t.txt", published="2021-06-14"))


def acts(text: str) -> list[tuple[str, str]]:
    return [(m.event_type, m.evidence.trigger) for m in code(text)]


@pytest.mark.parametrize("text", [
    # a flood of things that are not arms
    "The box office said it was bombarded with bookings after the review ran in Leeds.",
    "The winning coach was showered with congratulations when the bus reached Derby.",  # (a guard: never coded)
    # what is fired in honour, in a game's start or in words
    "Veterans will fire a rifle salute over the grave on Sunday.",
    "The lord mayor fired the starting gun on the seafront in Brighton at 9 a.m.",
    "Commuters fired questions at the rail minister for an hour in Leeds on Monday.",
    # speed, and harm done by one's own choice
    "The leader shot past her on the final bend.",
    "Critics said the club had shot itself in the foot by raising ticket prices.",
    # an end put to a thing, and a cause championed
    "The budget vote killed off a night bus service that had run for forty years.",
    "She spent forty years fighting for the pensioners of her parish, friends said.",
    # criticism from people with no arms, and a contest won or lost
    "The transport agency came under fire from motorists over the closures.",
    "He always said the dockers lost the battle but never the war.",
])
def test_everyday_force_words_are_no_events(text):
    assert acts(text) == []


@pytest.mark.parametrize("text, trigger", [
    ("Militiamen bombarded the town with rockets in Idlib province on Sunday.", "bombarded"),
    ("Soldiers fired a volley of shots at the crowd in Kano on Monday.", "fired"),
    ("Police said the suspect shot past the officers and fled on foot in Tulsa.", "shot"),
    ("Troops killed off the last fighters holding out in the caves near Tora Bora on Monday.", "killed"),
    ("Hundreds of fighters fought for control of the town of Kidal on Monday.", "fought"),
    ("The convoy came under fire from villagers armed with rifles near Kandahar on Monday.", "fire"),
    ("The rebels lost the battle after three days of shelling near Aleppo in May.", "battle"),
])
def test_the_violent_reading_of_the_same_words_stays_an_event(text, trigger):
    assert ("ASSAULT", trigger) in acts(text), acts(text)


def test_an_obituarys_death_from_illness_is_no_violence():
    # the war wound of 1951 is background with its own date; the death after an illness is no act
    text = ("Former alderman dies at 81\n\nArthur Penrose, who sat on the town council for 20 years, was wounded "
            "in Korea in 1951. He died in hospital in Wakefield on Saturday after a long illness. He was a keen gardener.")
    assert "died" not in [trigger for _, trigger in acts(text)], acts(text)


def test_a_death_from_gunshot_wounds_in_hospital_stays_violence():
    text = ("Man shot in Wakefield dies\n\nA man who was shot outside a pub in Wakefield on Friday died in hospital "
            "on Saturday from his gunshot wounds, police said.")
    assert any(t == "ASSAULT" for t, _ in acts(text)), acts(text)


@pytest.mark.parametrize("text", [
    # a crash told by a word the tokenizer splits at its hyphen
    "Three people were killed and 11 injured in a 30-car pile-up on the M1 near Leicester on Monday.",
    # what blows up by accident in a mine or a plant
    "A gas explosion tore through a coal mine in Guizhou province on Sunday, killing nine miners.",
    "A methane blast killed seven miners at a colliery in Silesia on Friday.",
])
def test_a_crash_or_a_blast_in_a_mine_is_no_attack(text):
    assert acts(text) == []


@pytest.mark.parametrize("text", [
    "A bomb blast killed 12 people at a market in Kabul on Sunday.",
    "Poison gas killed hundreds of people in the suburbs of Damascus in August.",
])
def test_a_bomb_or_a_gas_attack_stays_an_attack(text):
    assert any(t == "ASSAULT" for t, _ in acts(text)), acts(text)


def test_rescuers_battle_a_hazard_not_a_foe():
    assert acts("Rescuers battling high levels of toxic gas had recovered 11 bodies by Monday morning.") == []
    # (a guard) armed men in the sentence make it a fight
    assert any(t == "ASSAULT" for t, _ in acts("Rescuers fought off gunmen who attacked their convoy near Goma on Monday."))


@pytest.mark.parametrize("text", [
    # a plan, a scheme or a tour "killed": ended by someone, no one hurt
    "The broadcaster killed the comedian's summer tour after the remarks.",
    "Critics say the loan scheme was killed by red tape.",
    # what is breathed kills as a disease does
    "The smog is killing the city's residents slowly, doctors say.",
    # blamed for a deed: "under fire for approving", whatever dates the deed's words carry
    "The council has been under fire for approving a 2023 budget that cut library spending by nearly a quarter.",
])
def test_what_is_killed_or_blamed_in_civic_news_is_no_violence(text):
    assert not [a for a in acts(text) if a[0] == "ASSAULT"]


@pytest.mark.parametrize("text, trigger", [
    ("Gunmen killed three tourists on a guided tour of the old city.", "killed"),
    ("Soldiers killed two men accused of running a kidnapping scheme.", "killed"),
    ("The patrol came under fire for three hours near the border on Monday.", "fire"),
])
def test_killing_people_on_a_tour_or_fire_for_hours_stays_violence(text, trigger):
    assert ("ASSAULT", trigger) in acts(text)
