"""A state named bare is the body of it that acts (codebook 2); a reprisal promised in the future
tense, said or quoted, is a threat (codebook 3); crowd munitions sprayed or used, leaders on the
telephone and the press met by no one (codebook 1); a town taken by its name; officers hurt where
the act is placed (stop 69). Sentences written for these tests."""

from __future__ import annotations

import pytest

from conflictatlas.nlp import code_article
from conflictatlas.records import Article


def _code(text: str, published: str = "2025-03-10"):
    return code_article(Article(id="t", text=text, source="t", language="en", published=published))


def _types(text: str) -> list[str]:
    return [m.event_type for m in _code(text)]


def _one(text: str, etype: str):
    [m] = [m for m in _code(text) if m.event_type == etype]
    return m


@pytest.mark.parametrize("text, etype, doer", [
    ("Gabon on Monday ordered a Cameroonian diplomat to leave the country within two days.", "REQUEST",
     "Gabon government"),
    ("Ghana accused Togo of sheltering the smugglers.", "ACCUSE", "Ghana government"),
    ("Armenia captured two hilltop positions near the border on Tuesday.", "ASSAULT", "Armenia military"),
])
def test_a_state_named_bare_is_the_body_of_it_that_acts(text, etype, doer):
    m = _one(text, etype)
    assert m.actor1 is not None and m.actor1.name == doer


def test_a_state_read_off_people_it_has_is_no_body_of_it():
    m = _one("Police in Accra arrested three Togolese traders on Monday.", "COERCE")
    assert m.actor2 is None or not m.actor2.name.endswith((" government", " military"))


@pytest.mark.parametrize("text", [
    "The governor said those who planted the bomb would pay a heavy price.",
    "'This attack will not go unpunished,' the interior minister said on Sunday.",
    "The defence minister said the army would not hesitate to act against the rebels.",
    "The spokeswoman said Moscow would respond in kind to the expulsions.",
    "The president said those responsible would be held accountable.",
])
def test_a_reprisal_promised_in_reported_speech_is_a_threat(text):
    assert "THREATEN" in _types(text)


@pytest.mark.parametrize("text", [
    "The ministry said it would respond to the questions on Monday.",
    "She said she would not hesitate to call the police if the noise went on.",
    "The company said customers would face higher prices next year.",
    "The army said the attackers had paid a heavy price.",
])
def test_plain_futures_and_past_prices_are_no_threat(text):
    assert "THREATEN" not in _types(text)


@pytest.mark.parametrize("text", [
    "Riot police sprayed the marchers with water cannon outside parliament on Friday.",
    "Police sprayed tear gas at the crowd in the main square.",
    "Police used water cannon as thousands rallied in the capital.",
])
def test_crowd_munitions_sprayed_or_used_disperse(text):
    assert "COERCE" in _types(text)


def test_a_crop_sprayed_is_no_dispersal():
    assert "COERCE" not in _types("Farmers sprayed the fields with pesticide on Friday.")


def test_leaders_speaking_by_phone_consult():
    m = _one("The Kenyan president spoke by phone with the Somali president on Tuesday.", "CONSULT")
    assert m.actor1 is not None


@pytest.mark.parametrize("text", [
    "The minister spoke to reporters by phone on Tuesday.",
    "The mayor met journalists at the town hall on Friday.",
    "The governor talked with reporters after the vote.",
])
def test_the_press_met_is_no_meeting(text):
    assert "CONSULT" not in _types(text)


def test_a_town_taken_by_its_name_is_an_attack():
    text = "Rebel forces pushed south through the valley, taking Kalehe in early March."
    m = _one(text, "ASSAULT")
    assert m.mode == "occupy"


def test_a_town_taken_to_a_final_is_no_attack():
    assert "ASSAULT" not in _types("She took Lagos to the final of the cup.")


def test_officers_hurt_are_the_force_of_where_the_act_is():
    text = ("TBILISI, Georgia (AP) — Protesters clashed with police outside parliament on Sunday. "
            "Twelve officers were injured, the ministry said.")
    [m] = [m for m in _code(text) if m.evidence.trigger == "injured"]
    assert m.actor2 is not None and m.actor2.name == "Georgia police"
