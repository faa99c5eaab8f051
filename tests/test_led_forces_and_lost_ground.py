"""Stop 76's rules of who acts: a force named by the state that leads it ("U.S.-led strikes"),
security agents, an officer who fires at no one named, and ground a side loses to another.
Sentences written for these tests."""

from __future__ import annotations

from conflictatlas.nlp import code_article
from conflictatlas.records import Article, content_id


def code(text: str, published: str | None = None):
    return code_article(Article(id=content_id(text), text=text, source="t", published=published))


def test_a_force_led_by_a_state_is_that_states():
    (m,) = code("The ruling party's offices in Basra were wrecked by U.S.-led air strikes on Monday.")
    assert m.event_type == "ASSAULT" and m.actor1 is not None and m.actor1.name == "United States military"
    (m,) = code("US-led troops raided a farm near Kandahar.")
    assert m.actor1 is not None and m.actor1.name == "United States military"


def test_a_backer_is_not_the_doer():
    (m,) = code("Iranian-backed militias shelled an army base in Syria.")
    assert m.actor1 is not None and m.actor1.country != "IRN"


def test_security_agents_are_a_states_police():
    (m,) = code("Security agents detained three reporters in Harare on Friday.")
    assert m.event_type == "COERCE" and m.actor1 is not None and m.actor1.name == "Zimbabwe police"


def test_an_officer_who_fires_at_no_one_named_fires_at_civilians():
    (m,) = code("A deputy opened fire as the van sped toward him on a road in Ohio.")
    assert m.event_type == "ASSAULT" and m.actor1 is not None and m.actor1.type == "police"
    assert m.actor2 is not None and m.actor2.name == "Civilians (United States)"
    # a target named is that target; one the coder cannot name is the place's people
    (m,) = code("Police in Lagos opened fire on a group of rebels.")
    assert m.actor2 is not None and m.actor2.type == "rebel/insurgent"
    (m,) = code("Police in Lagos opened fire on striking dockers.")
    assert m.actor2 is not None and m.actor2.name == "Civilians (Nigeria)"


def test_ground_lost_to_a_side_was_taken_by_it():
    (m,) = code("The insurgents lost four villages to the army near Homs on Sunday.")
    assert m.event_type == "ASSAULT" and m.mode == "occupy"
    assert m.actor1 is not None and m.actor1.type == "military"
    assert m.actor2 is not None and m.actor2.type == "rebel/insurgent"


def test_votes_seats_and_games_lost_are_no_fighting():
    assert code("The Democrats lost Ohio to Trump in 2016.") == []
    assert code("Labour lost three seats to the Greens in Leeds.") == []
    assert code("The visitors lost the final to Chelsea in London.") == []


def test_force_tried_and_failed_is_an_attempt_not_a_refusal():
    (m,) = code("Two bombs failed to detonate on a commuter train in Madrid.")
    assert m.event_type == "ASSAULT" and m.status == "hypothetical"
    (m,) = code("Deputies failed to arrest the fugitive in Dayton.")
    assert m.event_type == "COERCE" and m.status == "hypothetical"


def test_those_aboard_a_vehicle_hit_are_hit():
    (m,) = code("A jeep with four soldiers was blown up by a landmine near Kidal.")
    assert m.event_type == "ASSAULT" and m.actor2 is not None and m.actor2.type == "military"


def test_whom_a_driver_tried_to_run_over_was_attacked():
    (m,) = code("A motorist tried to run over a deputy at a checkpoint in Ohio.")
    assert m.event_type == "ASSAULT" and m.actor2 is not None and m.actor2.type == "police"


def test_a_body_named_by_a_role_word_and_its_cause_is_that_body():
    (m,) = code("The Coalition for Safe Streets held a rally in Fresno on Tuesday.")
    assert m.event_type == "PROTEST" and m.actor1 is not None
    assert m.actor1.name == "Coalition for Safe Streets" and m.actor1.type != "military"
    # a force the dictionary knows by such a name keeps it
    (m,) = code("The Army of Guatemala shelled a village near the border.")
    assert m.actor1 is not None and m.actor1.type == "military"
