"""A state named bare is the body of it that acts (codebook 2); a reprisal promised in the future
tense, said or quoted, is a threat (codebook 3); crowd munitions sprayed or used, leaders on the
telephone and the press met by no one (codebook 1); a town taken by its name (stop 69). Sentences
written for these tests."""

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
    ("Gabon on Monday demanded that Cameroon recall its consul.", "REQUEST", "Gabon government"),
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
    "The defence minister said the army would not hesitate to use force against the smugglers.",
    "The spokeswoman said Budapest would respond in kind to the new tariffs.",
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
    "Riot police sprayed the students with pepper spray outside the court on Friday.",
    "Police sprayed tear gas at the crowd in the main square.",
    "Officers used water cannon on Friday as crowds gathered outside the ministry.",
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


def test_people_hurt_tell_the_attack():
    assert _types("Gunmen fired on a bus near Kano on Monday. Four passengers were hurt.").count("ASSAULT") == 2


@pytest.mark.parametrize("text", [
    "The strike hurt the company's sales in March.",
    "He suffered wounds in a car crash on the highway.",
    "The striker suffered a wound in the second half of the match.",
])
def test_sales_hurt_and_crash_or_training_wounds_are_no_attack(text):
    assert "ASSAULT" not in _types(text)


@pytest.mark.parametrize("text", [
    "In Almaty, police officers took the union leader away from his office on Monday.",
    "In Almaty, police officers took three drivers from their flats on Monday.",
    "In Almaty, officers bundled two students into a police van.",
])
def test_people_taken_away_by_officers_or_bundled_into_vans_are_seized(text):
    assert "COERCE" in _types(text)


def test_people_taken_to_hospital_by_officers_are_not_seized():
    assert "COERCE" not in _types("In Almaty, police officers took the injured children to hospital.")


def test_a_government_concerned_by_arrests_disapproves():
    m = _one("In Minsk, the Lithuanian embassy said it was deeply troubled by the arrests of the journalists.", "ACCUSE")
    assert m.actor1 is not None and m.actor1.country == "LTU"


def test_a_firm_concerned_by_costs_is_no_event():
    assert _types("The carmaker said it was concerned by the rise in steel costs.") == []


def test_a_state_does_not_march():
    m = _one("Chile protests spread to the north as students march", "PROTEST")
    assert m.actor1 is not None and m.actor1.name == "Protesters (Chile)"


def test_protests_and_dispersals_placed_by_the_story_name_their_sides():
    text = ("Chile protests enter third day\n\nThe protests began on Monday after the government raised "
            "metro fares. Police fired tear gas at hundreds of students near the palace.")
    protest = [m for m in _code(text) if m.evidence.trigger == "protests" and "began" in m.evidence.sentence]
    assert protest and protest[0].actor1.name == "Protesters (Chile)"
    assert protest[0].actor2 is not None and protest[0].actor2.name == "Chile government"


_RIOT = ("LYON, France (AP) — Hundreds of youths protested in Lyon on Saturday after a teenager died. Two "
         "patrol cars were torched and the town hall was stormed. Six officers were hurt.")


@pytest.mark.parametrize("trigger", ["torched", "stormed", "hurt"])
def test_violence_with_no_doer_in_a_protest_story_is_the_rioters(trigger):
    [m] = [m for m in _code(_RIOT) if m.evidence.trigger == trigger]
    assert m.actor1 is not None and m.actor1.name == "Rioters (France)"


def test_a_shooting_in_a_protest_story_is_no_riot():
    text = _RIOT + " In a separate incident, a man was shot dead in Lyon."
    [m] = [m for m in _code(text) if m.evidence.trigger == "shot"]
    assert m.actor1 is not None and not m.actor1.name.startswith("Rioters")


def test_violence_with_no_doer_and_no_protest_told_is_no_riot():
    text = "LYON, France (AP) — Two patrol cars were torched and the town hall was stormed on Saturday."
    assert not any(m.actor1 is not None and m.actor1.name.startswith("Rioters") for m in _code(text))


@pytest.mark.parametrize("text, body", [
    ("The Italian rescue charity Mare-Libero accused the navy of abandoning a dinghy.", "Mare-Libero"),
    ("The Moroccan League for Citizens' Rights accused the authorities of abuses.", None),
])
def test_a_civic_body_a_state_qualifies_is_not_the_state(text, body):
    m = _one(text, "ACCUSE")
    assert m.actor1 is not None and not (m.actor1.name or "").endswith(" government")
    if body is not None:
        assert m.actor1.name == body


def test_whom_tear_gas_was_fired_at_was_dispersed():
    m = _one("In Tbilisi, police fired tear gas at dozens of students outside parliament.", "COERCE")
    assert m.actor2 is not None and m.actor2.name == "Protesters (Georgia)"


def test_where_an_arrest_was_made_is_no_one():
    m = _one("In Tbilisi, police arrested two men at the checkpoint.", "COERCE")
    assert m.actor2 is None or "checkpoint" not in (m.actor2.text or "")


def test_a_headline_naming_no_doer_takes_its_lede_s_army_that_hit_another_state_s_people():
    text = ("Kyrgyz border guard killed in shooting near Kok-Tash\n\nBISHKEK (Reuters) - A Kyrgyz border guard "
            "was killed on Tuesday when Tajik troops opened fire on a border post near the village of Kok-Tash, "
            "Kyrgyzstan's border service said.")
    [head] = [m for m in _code(text) if m.evidence.sentence.startswith("Kyrgyz border guard killed")]
    assert head.actor1 is not None and head.actor1.name == "Tajikistan military"


@pytest.mark.parametrize("text, etype, force", [
    ("Kazakh police detained six strikers in Aktau on Monday.", "COERCE", "Kazakhstan police"),
    ("Uzbek police detained six men in Samarkand on Monday.", "COERCE", "Uzbekistan police"),
    ("Ecuadorian soldiers raided a prison in Esmeraldas on Monday.", "ASSAULT", "Ecuador military"),
])
def test_demonyms_the_news_writes_name_their_states(text, etype, force):
    m = _one(text, etype)
    assert m.actor1 is not None and m.actor1.name == force
