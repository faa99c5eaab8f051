"""States' and workers' acts told in their own words (codebook section 3), on sentences written for
this test: a protest lodged with a government is a formal complaint, a measure announced is taken by
who announces it, links cut are a sanction, the wounded evacuated are aid, and a stoppage over pay is
a strike."""

from __future__ import annotations

import pytest

from conflictatlas.nlp import code_article
from conflictatlas.records import Article, content_id


def code(text: str, published: str = "2021-03-09"):
    return code_article(Article(id=content_id(text), text=text, source="t.txt", published=published))


def name(actor) -> str | None:
    return actor and (actor.name or actor.text)


@pytest.mark.parametrize("text, doer, addressee", [
    # a state named bare acts by its government (codebook 2, stop 69)
    ("Norway lodged a formal protest with Russia on Thursday.", "Norway government", "Russia"),
    ("Norway lodged an official protest with Russia on Thursday.", "Norway government", "Russia"),
])
def test_a_protest_lodged_with_a_state_is_an_accusation(text, doer, addressee):
    ms = code(text)
    assert [m.event_type for m in ms] == ["ACCUSE"]
    assert name(ms[0].actor1) == doer and addressee in (name(ms[0].actor2) or "")


def test_a_complaint_filed_by_a_state_is_its_accusation():
    ms = code("Ghana filed a complaint with the United Nations over the border incident.")
    assert [(m.event_type, name(m.actor1)) for m in ms] == [("ACCUSE", "Ghana government")]


def test_protesting_to_an_embassy_is_a_complaint_and_a_street_protest_a_demonstration():
    ms = code("The foreign ministry of Peru protested to the Bolivian embassy over the detention of two traders.")
    assert "ACCUSE" in [m.event_type for m in ms] and "PROTEST" not in [m.event_type for m in ms]
    assert [m.event_type for m in code("Hundreds of students protested outside the Bolivian embassy in Lima.")] == ["PROTEST"]
    assert [m.event_type for m in code("Hundreds of miners protested to demand safer shafts in Potosi.")] == ["PROTEST"]


def test_a_complaint_by_a_private_person_is_no_political_event():
    assert code("A shopkeeper filed a complaint with the police about the noise.") == []


@pytest.mark.parametrize("text, kind, doer", [
    ("Austria announced sanctions against Belarus on Monday.", "SANCTION", "Austria"),
    ("Austria announced a suspension of aid to Belarus on Monday.", "SANCTION", "Austria"),
    ("The army of Sudan announced a ceasefire on Sunday.", "AGREE", "Sudan"),
])
def test_who_announces_a_measure_takes_it(text, kind, doer):
    ms = [m for m in code(text) if m.event_type == kind]
    assert ms and doer in (name(ms[0].actor1) or "")


def test_who_announces_an_attack_is_not_made_its_doer_by_the_announcing():
    ms = code("The ministry of health announced the deaths of four villagers in a bombing.")
    assert all("health" not in (name(m.actor1) or "").lower() for m in ms)


@pytest.mark.parametrize("text", [
    "Austria suspended air links with Belarus on Monday.",
    "Austria cut its links with Belarus on Monday.",
])
def test_cutting_links_with_a_state_is_a_sanction(text):
    assert [m.event_type for m in code(text)] == ["SANCTION"]


def test_the_wounded_evacuated_are_aid_not_an_attack():
    assert [m.event_type for m in code("Navy boats evacuated the wounded from the island of Kos.")] == ["AID"]
    assert [m.event_type for m in code("Navy boats evacuated the injured from the island of Kos.")] == ["AID"]


@pytest.mark.parametrize("text", [
    "Bus drivers in Nairobi stopped work on Tuesday in a strike over pay.",
    "Nurses in Lagos began a strike for higher wages on Monday.",
    "Teachers in Chile staged a strike over pensions.",
])
def test_a_stoppage_over_pay_is_a_strike(text):
    assert [(m.event_type, m.mode) for m in code(text)] == [("PROTEST", "strike")]


@pytest.mark.parametrize("text", [
    "The bakery stopped work after the flood.",
    "Two fighters died in a strike on their car near Idlib.",
])
def test_a_stoppage_or_a_strike_of_arms_is_no_labour_strike(text):
    assert all(m.mode != "strike" for m in code(text))


@pytest.mark.parametrize("text", [
    "Norway provided two tons of medicine to Haiti.",
    "Norway will provide 5,000 tons of food aid to Yemen, the ministry said.",
])
def test_aid_measured_in_tons_is_aid(text):
    assert [m.event_type for m in code(text)] in (["AID"], ["AGREE"])  # a pledge is PLOVER's AGREE


def test_civilians_named_by_their_flight_tell_no_retreat_and_the_giver_does_not_flee():
    ms = code("Norway will send 40 tonnes of food to families fleeing the floods in Malawi.")
    assert "RETREAT" not in [m.event_type for m in ms]
    ms = code("Soldiers shot dead three militants fleeing the town of Kidal.")
    assert [(m.event_type, "militants" in (name(m.actor1) or "")) for m in ms if m.event_type == "RETREAT"] == [("RETREAT", True)]


def test_a_rally_announced_is_a_planned_protest_and_a_boycott_announced_a_threat():
    ms = code("Organisers in Leeds said they would hold another rally outside the town hall on Saturday.")
    assert [(m.event_type, m.status) for m in ms] == [("PROTEST", "planned")]
    assert name(ms[0].actor1) == "Protesters (United Kingdom)"
    ms = code("The opposition party of Zambia said it would boycott the elections unless the president resigns.")
    assert "THREATEN" in [m.event_type for m in ms] and "PROTEST" not in [m.event_type for m in ms]


def test_a_sanction_announced_is_decided_and_one_on_a_condition_is_a_threat():
    ms = code("Norway said it would impose sanctions on Belarus.")
    assert [(m.event_type, m.status) for m in ms] == [("SANCTION", "planned")]
    ms = code("Norway said it would impose sanctions on Belarus unless the prisoners are freed.")
    assert [m.event_type for m in ms] == ["THREATEN"]


@pytest.mark.parametrize("text", [
    "The Kenyan president held a phone conversation with his Ugandan counterpart on Tuesday.",
    "The two foreign ministers held a telephone call on Monday to discuss the border.",
])
def test_leaders_on_the_telephone_consult(text):
    assert "CONSULT" in [m.event_type for m in code(text)]


def test_a_conference_call_to_investors_is_no_consultation_between_states():
    assert "CONSULT" not in [m.event_type for m in code("The company held a conference call with investors on Monday.")
                             if m.actor1 is not None and m.actor1.type == "government"]


def test_the_expulsion_of_diplomats_is_a_sanction():
    ms = code("Poland announced the expulsion of five Belarusian diplomats on Saturday.")
    assert [m.event_type for m in ms] == ["SANCTION"]
    assert "Belarus" in (name(ms[0].actor2) or "")


def test_talks_someone_is_due_to_hold_are_planned():
    # "due to" with a verb is a schedule; "due to fighting" is a cause (a guard)
    ms = code("The rebel commander is due to meet a government delegation in Juba on Thursday.")
    assert [(m.event_type, m.status, m.date.start) for m in ms] == [("CONSULT", "planned", "2021-03-11")]
    ms = code("Flights were cancelled due to fighting near the airport in Tripoli on Monday.")
    assert all(m.status == "occurred" for m in ms)
