"""Force and protest in local copy, on sentences written for this test (stop 54): a car in a clause of
its own ("struck him after he kicked a patrol car") makes no crash of the blow; a crowd that "took
to the streets to protest" protested; a recording "shot" is filmed; the one struck is not the doer of
a clause he is in; a denier's own account is not denied."""

from __future__ import annotations

import pytest

from conflictatlas.nlp import code_article
from conflictatlas.records import Article, content_id


def code(text: str, published: str = "2011-04-12"):
    return code_article(Article(id=content_id(text), text=text, source="t.txt", published=published))


def test_a_vehicle_in_a_clause_of_its_own_makes_no_crash():
    [m] = code("Deputies struck him several times with a baton after he kicked a patrol car in Macon.")
    assert m.event_type == "ASSAULT"
    assert m.actor1.type == "police"


def test_a_car_hitting_in_the_same_clause_is_still_a_crash():
    assert code("The driver struck a parked car on Elm Street in Macon on Friday.") == []


def test_a_crowd_that_took_to_the_streets_to_protest_protested():
    # (the killing protested is an event of its own since stop 82: tests/test_grievances.py)
    [m] = [m for m in code("Hundreds of people took to the streets of Basra on Sunday to protest the killing of an "
                           "activist.", published="2021-02-15") if m.event_type != "ASSAULT"]
    assert (m.event_type, m.status) == ("PROTEST", "occurred")
    assert str(m.date.start) == "2021-02-14"


@pytest.mark.parametrize("text", [
    "A cellphone video of the arrest, shot by a bystander outside a store in Macon, shows two officers.",
    "Footage shot on a phone in Hama on Friday showed smoke over the town.",
])
def test_a_recording_shot_is_filmed_not_fired_at(text):
    assert not [m for m in code(text) if m.evidence.trigger == "shot"]


def test_the_one_struck_is_not_the_doer_of_the_clause_he_is_in():
    [m] = code("Officer Kyle Brandt was struck in the jaw by a 22-year-old man as he tried to separate two "
               "brawlers outside a bar in Waterloo, Iowa.")
    assert m.actor1 is None or m.actor1.type != "police"


def test_a_denier_s_own_account_is_not_denied():
    m = next(m for m in code("An army spokesman denied that, saying troops had repelled the attackers and killed "
                             "17 of them near Damboa.") if m.evidence.trigger == "killed")
    assert m.status == "occurred"


def test_a_denial_still_denies_what_it_governs():
    m = next(m for m in code("The ministry denied that troops had shelled the village of Tene, saying the "
                             "report was false.") if m.evidence.trigger == "shelled")
    assert m.status == "denied"


def test_what_was_done_to_protest_was_the_protest():
    [m] = code("By mid-morning, hundreds of residents had blocked the avenue in Lagos with burning tyres to protest "
               "against the killings.", published="2020-11-19")
    assert (m.event_type, m.status) == ("PROTEST", "occurred")


def test_what_is_planned_to_protest_is_still_planned():
    m = next(m for m in code("Teachers plan to walk out in Lagos on Friday to protest against pay cuts.",
                             published="2020-11-19") if m.event_type == "PROTEST")
    assert m.status == "planned"


def test_a_year_in_a_clause_on_the_acts_object_dates_that_clause():
    m = next(m for m in code("Colombia's military bombed a camp of former FARC rebels who rejected the 2016 peace "
                             "accord, killing nine people, the army said on Thursday.", published="2020-11-19")
             if m.evidence.trigger == "bombed")
    assert str(m.date.start) == "2020-11-19"


def test_road_blockades_by_a_crowd_are_a_protest_and_a_states_blockade_coercion():
    [road] = code("Supporters of the former president kept up road blockades at more than 70 points across Bolivia "
                  "on Monday.", published="2020-08-11")
    [port] = code("Israel tightened its blockade of Gaza on Monday.", published="2020-08-11")
    assert (road.event_type, port.event_type) == ("PROTEST", "COERCE")


def test_the_period_a_budget_is_for_is_not_when_it_was_agreed():
    [m] = code("Kirklees Council agreed a £298 million budget for 2013-14 at a marathon meeting in Huddersfield "
               "Town Hall on Wednesday.", published="2013-02-28")
    assert str(m.date.start) == "2013-02-27"


def test_a_shock_by_a_taser_is_the_polices_act():
    [m] = code("The man died after he was shocked several times with a Taser at the airport in Richmond, Virginia.",
               published="2016-03-10")
    assert (m.event_type, m.actor1.type) == ("ASSAULT", "police")


def test_a_crowd_shocked_by_a_verdict_was_not_hit():
    assert code("The crowd was shocked by the verdict in Richmond.", published="2016-03-10") == []
