"""Senses of the trigger lexicon (data/triggers.yaml) that its `needs` tell apart, on sentences
written for this test: each expected value is what a careful coder following docs/codebook.md would
record, written by hand, not copied from the program's output or from an evaluation corpus."""

from __future__ import annotations

import pytest

from conflictatlas.nlp import code_article
from conflictatlas.records import Article, content_id


def coded(text: str) -> list[tuple[str, str]]:
    article = Article(id=content_id(text), text=text, source="t.txt", published="2022-04-11")
    return [(m.event_type, m.evidence.trigger) for m in code_article(article)]


@pytest.mark.parametrize("text, trigger", [
    # an armed body storming is an assault, whatever it storms
    ("Government troops stormed the hilltop positions of the rebels on Sunday.", "stormed"),
    ("The army's commandos are storming the last streets the insurgents hold in Tal Afar.", "storming"),
    # the doer of a controlled verb is its controller's subject, or whom a verb of ordering orders
    ("Commanders ordered the brigade to storm the hill at dawn.", "storm"),
])
def test_an_armed_body_storming_is_an_assault(text, trigger):
    assert ("ASSAULT", trigger) in coded(text)


def test_storming_out_of_a_meeting_is_no_assault():
    assert not [t for t, _ in coded("The opposition delegation stormed out of the budget talks in Kyiv on Friday.")
                if t == "ASSAULT"]


def test_soldiers_marching_deploy_and_crowds_marching_protest():
    assert ("MOBILIZE", "marched") in coded("About 300 soldiers marched into the border town of Rafah on Sunday.")
    # a crowd's march is a protest, also when it is the complement of "began"
    assert ("PROTEST", "marching") in coded("Hundreds of nurses began marching toward the health ministry in Nairobi.")


def test_an_armed_body_entering_a_town_advances_into_it():
    assert ("ASSAULT", "entered") in coded("Government forces entered the rebel-held town of Kidal on Sunday.")
    assert not coded("Hundreds of fans entered the stadium in Cardiff on Sunday.")


@pytest.mark.parametrize("text", [
    "Soldiers destroyed a rebel checkpoint outside the town of Kidal on Tuesday.",
    # a passive's doer is its agent
    "The police post in Bama was destroyed by insurgents on Friday.",
    "Turkish warplanes destroyed an ammunition depot near Qamishli.",
])
def test_armed_men_or_war_machines_destroying_is_an_assault(text):
    assert ("ASSAULT", "destroyed") in coded(text)


@pytest.mark.parametrize("text", [
    "The company destroyed thousands of old invoices before the audit.",
    "The storm destroyed hundreds of homes along the coast of Luzon.",
    "Rebels destroyed the hopes of a quick peace deal.",
])
def test_destroying_by_others_or_in_words_is_no_assault(text):
    assert not [t for t, _ in coded(text) if t == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "Three villagers were executed by the militia on suspicion of spying.",
    "Two of the hostages were executed by their captors in the desert.",
    "The insurgents executed a captured pilot near Sirte.",
])
def test_people_put_to_death_are_executed(text):
    assert ("ASSAULT", "executed") in coded(text)


@pytest.mark.parametrize("text", [
    "The soldiers executed a perfect manoeuvre on parade.",
    "The plan was executed flawlessly by the sales team.",
])
def test_executing_a_plan_or_a_manoeuvre_is_no_killing(text):
    assert not coded(text)


@pytest.mark.parametrize("text", [
    "Russian missiles struck energy infrastructure across Ukraine overnight.",
    "The jets struck several sites held by the rebels near the border.",
])
def test_sites_and_infrastructure_struck_by_arms_are_physical(text):
    assert ("ASSAULT", "struck") in coded(text)


def test_a_network_attacked_with_ransomware_is_a_cyberattack():
    assert not [t for t, _ in coded("The gang attacked the railway's network with ransomware, halting ticket sales.")
                if t == "ASSAULT"]


@pytest.mark.parametrize("text, trigger", [
    ("Government troops encircled the rebel-held town of Kidal on Sunday.", "encircled"),
    ("Rebel fighters advanced on the capital from the north on Tuesday.", "advanced"),
    ("The army's advance on the city stalled on Friday.", "advance"),
    ("Israeli troops made an incursion into the southern Gaza Strip overnight.", "incursion"),
])
def test_an_armed_body_closing_round_or_moving_on_a_place_attacks_it(text, trigger):
    assert ("ASSAULT", trigger) in coded(text)


@pytest.mark.parametrize("text", [
    "Fans encircled the singer outside the hotel in Lagos.",
    "Shares advanced to a record high in Tokyo on Monday.",
    "The union welcomed an advance in the pay talks.",
])
def test_crowds_round_a_star_and_advancing_prices_are_no_assault(text):
    assert not [t for t, _ in coded(text) if t == "ASSAULT"]


@pytest.mark.parametrize("text, trigger", [
    ("Rebels captured a hilltop overlooking the town of Maarat on Monday.", "captured"),
    ("The army regained the lost territories after a week of fighting.", "regained"),
    ("Militants seized a checkpoint on the road to Bama on Sunday.", "seized"),
    ("Government forces captured several farms east of the town on Monday.", "captured"),
    ("The insurgents seized a valley north of the capital overnight.", "seized"),
])
def test_ground_taken_by_force_is_an_assault(text, trigger):
    assert ("ASSAULT", trigger) in coded(text)


@pytest.mark.parametrize("text, trigger", [
    ("The gunmen dragged the traders from the bus and burned them alive.", "burned"),
    ("Militiamen burned two herders in their hut near Jos on Sunday.", "burned"),
])
def test_people_burned_are_attacked(text, trigger):
    assert ("ASSAULT", trigger) in coded(text)


@pytest.mark.parametrize("text", [
    "She regained consciousness in hospital on Friday.",
])
def test_regaining_consciousness_or_a_company_is_no_assault(text):
    assert not [t for t, _ in coded(text) if t == "ASSAULT"]


def test_forces_patrolling_a_place_deploy_whatever_the_place_is_called():
    # "capital" is also money, which a deployment of civil means may send; patrolled ground is no such thing
    assert ("MOBILIZE", "patrolled") in coded("Riot police patrolled the capital overnight after the vote.")
    assert not coded("Volunteers patrolled the beach to protect turtle nests.")


def test_an_attacker_ramming_a_vehicle_attacks_and_a_crash_does_not():
    assert ("ASSAULT", "rammed") in coded("An attacker rammed his van into pedestrians on the bridge in Nice.")
    assert not coded("A lorry rammed a bus on the motorway near Leeds, injuring six.")


def test_a_consequence_told_by_a_participle_is_no_accident():
    # "plunging" tells what the strikes caused, not a vehicle plunging into a ravine
    assert ("ASSAULT", "destroyed") in coded(
        "Russian missiles destroyed two power stations near Kharkiv, plunging the city into darkness.")


@pytest.mark.parametrize("text, want", [
    # an adjective after the object is its complement: the people taken became captives (an abduction)
    ("Gunmen took two engineers captive near the oil field in Delta State, Nigeria, on Monday.", ("ASSAULT", "took")),
    # armed men driven out of ground were fought, as ground regained is
    ("Government troops expelled the militants from the town of Tal Abyad on Monday.", ("ASSAULT", "expelled")),
    # protesters crowding a public place demonstrate
    ("Thousands of demonstrators thronged the main square of Tbilisi on Friday.", ("PROTEST", "thronged")),
    ("Marchers filled the streets of Nairobi on Tuesday to oppose the tax.", ("PROTEST", "filled")),
])
def test_acts_told_by_a_verb_of_taking_driving_out_or_crowding(text, want):
    assert want in coded(text)


@pytest.mark.parametrize("text", [
    "The board took the proposal seriously at its meeting in Lagos on Monday.",  # a manner adjective
    "The university expelled two students from its dormitory in Nairobi on Monday.",  # no armed men
    "Football fans filled the streets of Madrid after the final on Sunday.",  # a celebration
    "Angry customers flooded the bank's phone lines on Monday.",  # no public place
])
def test_taking_expelling_and_crowding_with_no_act_of_force_or_protest(text):
    assert not [t for t, _ in coded(text) if t in ("COERCE", "ASSAULT", "PROTEST")]


@pytest.mark.parametrize("text", [
    "Militia fighters seized Bunia on Monday after two days of fighting.",
    "Government troops seized Kidal, Mali, on Friday.",
])
def test_armed_men_taking_a_town_by_its_name_occupy_it(text):
    assert ("ASSAULT", text.split()[2]) in coded(text)


def test_police_seizing_what_a_person_owns_seize_it():
    assert [t for t, _ in coded("Police seized Smith's car in Dayton on Monday.")] == ["COERCE"]



@pytest.mark.parametrize("text, trigger", [
    # fire given and returned told as a noun, as the verb "exchanged fire" is
    ("The exchange of fire near the checkpoint lasted until dawn, the district chief said.", "exchange"),
    # guards taken by force
    ("Masked gunmen overpowered three guards at the fuel depot outside Sirte on Tuesday.", "overpowered"),
])
def test_fire_exchanged_and_guards_overpowered_are_assaults(text, trigger):
    assert ("ASSAULT", trigger) in coded(text)


@pytest.mark.parametrize("text", [
    "The two sides agreed on an exchange of prisoners at the border crossing.",
    "Two firefighters were overpowered by the smoke inside the warehouse.",
])
def test_other_exchanges_and_overpowerings_are_no_assault(text):
    assert "ASSAULT" not in [t for t, _ in coded(text)]


@pytest.mark.parametrize("text, trigger", [
    # a weapon aimed at or pressed against a part of someone's body
    ("Deputies said the robber pointed a revolver at the cashier's head and took the till.", "pointed"),
    ("The gunman pressed a pistol against the driver's neck and ordered him out of the van.", "pressed"),
])
def test_a_weapon_at_someones_body_is_an_assault(text, trigger):
    assert ("ASSAULT", trigger) in coded(text)


def test_a_weapon_pressed_elsewhere_is_no_assault():
    assert "ASSAULT" not in [t for t, _ in coded("The curator pressed the old musket against the glass of the case.")]


@pytest.mark.parametrize("text", [
    "The convoy came under fire from a ridge above the road near Gardez on Monday.",
    "Government troops came under heavy mortar fire outside Kismayo on Friday.",
])
def test_coming_under_fire_is_being_shot_at(text):
    assert "ASSAULT" in [t for t, _ in coded(text)]


@pytest.mark.parametrize("text", [
    "The health minister came under fire from opposition lawmakers over the vaccine contract.",
    "The city council has come under fire for its decision to close the library.",
])
def test_coming_under_fire_from_critics_or_for_a_decision_is_criticism(text):
    assert "ASSAULT" not in [t for t, _ in coded(text)]


@pytest.mark.parametrize("text, want", [
    ("Masked men snatched two aid workers from their car outside Baidoa on Sunday.", True),
    ("A schoolgirl was snatched by gunmen on her way home in Zamfara.", True),
    ("A thief snatched a phone from a tourist's hand on the promenade.", False),
    ("The visitors snatched a late winner in stoppage time.", False),
])
def test_people_snatched_are_abducted(text, want):
    assert ("ASSAULT" in [t for t, _ in coded(text)]) is want


def test_a_mountain_pass_taken_is_ground_taken():
    # "pass" is a word of games too; ground names it as a place
    assert ("ASSAULT", "recaptured") in coded("Government troops recaptured a mountain pass above Botlikh on Sunday.")


@pytest.mark.parametrize("text, want", [
    ("Two suspected cattle thieves were lynched by a mob in Kakamega on Sunday night.", ("ASSAULT", "lynched")),
    ("The villagers were beaten with sticks by youths from the next village.", ("ASSAULT", "beaten")),
    ("Riot police teargassed the students outside the university gate on Monday.", ("COERCE", "teargassed")),
    ("Soldiers broke up the march at the checkpoint on Friday.", ("COERCE", "broke")),
])
def test_lynched_beaten_teargassed_and_broken_up(text, want):
    assert want in coded(text)


@pytest.mark.parametrize("text", [
    "Liverpool beat Everton with a goal in stoppage time.",
    "Officers broke up the fight outside the pub.",  # a fight ended, no crowd dispersed
])
def test_a_win_and_a_fight_ended_are_no_beating_or_dispersal(text):
    assert not {t for t, _ in coded(text)} & {"COERCE"} and ("ASSAULT", "beat") not in coded(text)


def test_a_protest_the_police_broke_up_was_held():
    from conflictatlas.nlp import code_article
    from conflictatlas.records import Article

    text = "Police fired teargas to break up a protest by hawkers in Kisumu on Wednesday."
    ms = code_article(Article(id=content_id(text), text=text, source="t.txt", published="2022-04-11"))
    assert [m.status for m in ms if m.event_type == "PROTEST"] == ["occurred"]


@pytest.mark.parametrize("text", [
    # shown, not a protest
    "The town's debt to its founders is clear, as demonstrated by the statues in the square.",
    # a crash on the road, the car named by its model
    "The Mustang failed to yield right-of-way and was struck in the eastbound lane of Route 9.",
])
def test_shown_and_struck_in_traffic_are_no_events(text):
    assert coded(text) == []


@pytest.mark.parametrize("text, want", [
    ("Thousands have demonstrated in the capital since Friday.", [("PROTEST", "demonstrated")]),
    ("Gunmen struck a checkpoint at the intersection on Monday.", [("ASSAULT", "struck")]),
])
def test_a_demonstration_and_an_attack_at_a_crossroads_stay_events(text, want):
    # guard (passes before and after)
    assert coded(text) == want


@pytest.mark.parametrize("text", [
    "Dock workers have been on strike in Hamburg since Monday.",
    "Teachers went on an indefinite strike on Monday over pay.",
])
def test_workers_on_strike_protest(text):
    assert ("PROTEST", "strike") in coded(text)


@pytest.mark.parametrize("text", [
    # a report, findings or a blogger "on the strike" that killed people: no walkout
    "Rights groups called on the coalition to publish its findings on the strike in western Mosul.",
    "Below is the newspaper's report from Tuesday on the strike near the border town.",
])
def test_words_on_the_strike_tell_no_walkout(text):
    assert not [a for a in coded(text) if a[0] == "PROTEST"]
