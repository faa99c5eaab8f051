"""How an act was aimed (stop 72, nlp/aimed.py): a participle of aiming on the act or on its means
tells whom the act was aimed at, not a second act; a post or a patrol a state's adjective names is that
state's forces. Sentences written for these tests."""

from __future__ import annotations

import pytest

from conflictatlas.nlp import code_article
from conflictatlas.records import Article, content_id


def code(text: str):
    return code_article(Article(id=content_id(text), text=text, source="t.txt", published="2024-07-22"))


def name(actor) -> str | None:
    return actor and (actor.name or actor.text)


@pytest.mark.parametrize("text, trigger, target", [
    ("Rebels detonated a roadside bomb targeting an army patrol in Kunar province.", "detonated", "Afghanistan military"),
    ("Two car bombs targeting police patrols exploded in Baghdad on Monday.", "exploded", "Iraq police"),
    ("The militants launched an attack targeting a police station in Bannu.", "attack", "Pakistan police"),
    ("Fighters blew up a van packed with explosives aimed at a Turkish patrol near Afrin.", "blew", "Turkey military"),
])
def test_the_aim_of_an_act_or_its_means_is_its_target_and_no_act_of_its_own(text, trigger, target):
    mentions = code(text)
    assert [m.evidence.trigger for m in mentions if m.event_type == "ASSAULT"] == [trigger]
    assert name(mentions[0].actor2) == target


def test_an_assault_begun_by_targeting_is_one_act():
    mentions = code("The army began its assault at dawn by targeting the hills above Kinsibba.")
    assert [m.evidence.trigger for m in mentions] == ["assault"]


def test_those_who_aim_are_no_means_and_their_aiming_still_tells():
    # the participle hangs on the doers, not on a bomb or a shell: "gunmen targeting the convoy"
    mentions = code("Gunmen targeting the convoy were killed by troops in Kunar.")
    assert "targeting" in [m.evidence.trigger for m in mentions]


@pytest.mark.parametrize("text, target", [
    ("Militants attacked a Turkish convoy near Idlib on Sunday.", "Turkey military"),
    ("Insurgents shelled an Iraqi army post near Tikrit.", "Iraq military"),
])
def test_a_force_site_a_state_names_is_that_states_forces(text, target):
    assert name(code(text)[0].actor2) == target


def test_a_site_named_by_its_town_is_not_the_forces_of_that_towns_state():
    [m] = code("The committee's Baghdad headquarters were destroyed by bombing raids.")
    assert name(m.actor2) != "Iraq military"


@pytest.mark.parametrize("text, act", [
    ("The militia opened its attack at dawn by seizing the two bridges into the town.", "attack"),
    ("The army opened its offensive on Sunday by shelling rebel positions near Idlib.", "offensive"),
])
def test_the_first_move_of_an_act_a_light_verb_names_is_that_acts(text, act):
    assert [m.evidence.trigger for m in code(text)] == [act]


def test_a_move_by_which_an_act_verb_was_done_is_not_read_as_a_first_move():
    # "by" hangs on an act itself here, not on a light verb that names one: the rule leaves it alone
    mentions = code("Police broke up the rally by firing tear gas at the crowd.")
    assert "firing" in [m.evidence.trigger for m in mentions]


@pytest.mark.parametrize("text", [
    "Gunmen fired at a Jordanian car near the border crossing on Friday.",
    "Rioters attacked a Chinese office building in Karachi on Monday.",
])
def test_a_site_anyone_may_keep_a_state_names_is_not_that_states_forces(text):
    actor2 = code(text)[0].actor2
    assert actor2 is None or actor2.type != "military"
