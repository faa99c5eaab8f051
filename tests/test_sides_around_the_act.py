"""Sides told around the act, on sentences written for this test (stop 53): the cause of a rally,
a march people join, members of a body named in full, a site named by its city, an attack the
army repelled, the dead a side reports of its enemy, and a dateline with the day first."""

from __future__ import annotations

import pytest

from conflictatlas.geo.dateline import find
from conflictatlas.nlp import code_article
from conflictatlas.records import Article, content_id


def code(text: str, published: str = "2024-07-22"):
    return code_article(Article(id=content_id(text), text=text, source="t.txt", published=published))


def name(actor) -> str | None:
    return actor and (actor.name or actor.text)


def by_trigger(mentions, trigger: str):
    return next(m for m in mentions if m.evidence.trigger == trigger)


@pytest.mark.parametrize("text", [
    "Armenia: police break up pro-EU rally with stun grenades",
    "Police dispersed an anti-NATO rally in Belgrade on Sunday.",
])
def test_what_a_rally_is_for_or_against_is_not_who_rallied(text):
    m = by_trigger(code(text), "rally")
    assert name(m.actor1) not in ("European Union", "NATO")


def test_a_march_people_join_is_a_protest():
    m = by_trigger(code("Thousands joined a march in Yerevan on Sunday."), "march")
    assert m.event_type == "PROTEST"
    assert name(m.actor1) == "Protesters (Armenia)"


def test_the_month_is_no_march():
    assert code("The army held the town in March.") == []


def test_members_of_a_body_named_in_full_act_as_it():
    text = ("Activists of the Awami Jubo League, the ruling party youth wing, attacked marchers at Rajshahi "
            "University with sticks on Monday.")
    m = by_trigger(code(text), "attacked")
    assert name(m.actor1) == "Awami Jubo League"
    assert name(m.actor2) == "Protesters (Bangladesh)"


def test_the_attack_an_army_repelled_is_not_the_armys():
    m = by_trigger(code("The army said it repelled an attack on its base in Djibo on Sunday."), "attack")
    assert name(m.actor1) != "Burkina Faso military"
    assert name(m.actor2) == "Burkina Faso military"


@pytest.mark.parametrize("text, doer, victims", [
    ("Somalia: army says 17 al-Shabaab fighters killed near Jowhar", "Somalia military", "al-Shabaab"),
    ("Kenyan police said two gunmen were killed in Garissa on Monday.", "Kenya police", None),
    ("Al-Shabaab said 17 Somali soldiers were killed in an ambush near Afgoye.", "al-Shabaab", "Somalia military"),
])
def test_the_dead_a_side_reports_of_its_enemy_are_its_own_work(text, doer, victims):
    m = by_trigger(code(text, "2025-02-11"), "killed")
    assert name(m.actor1) == doer
    if victims:
        assert name(m.actor2) == victims


def test_the_dead_an_army_reports_of_civilians_are_not_its_own_work():
    m = by_trigger(code("The army said two civilians were killed in Garissa on Monday.", "2025-02-11"), "killed")
    assert name(m.actor1) != "Kenya military"


@pytest.mark.parametrize("text, city", [
    ("BENI, 17 November 2024 - Eleven civilians were killed in an attack.", "BENI"),
    ("Goma, 3 March 2023 (AFP) - Fighting resumed near Sake.", "Goma"),
])
def test_a_dateline_may_give_the_day_first(text, city):
    assert find(text)[0] == city


@pytest.mark.parametrize("text, dead", [
    ("BENI, 17 November 2024 - Eleven civilians were killed in an attack near Oicha on Saturday.", 11),
    ("BENI, 17 November 2024 – At least seven civilians were killed in an attack near Oicha on Saturday.", 7),
])
def test_a_day_first_dateline_is_no_victim_and_no_count(text, dead):
    m = code(text, "2024-11-18")[0]
    assert name(m.actor2) == "Civilians (DR Congo)"
    assert m.fatalities.best == dead


@pytest.mark.parametrize("text, trigger", [
    ("OBITUARY-Former commander who fought in Sirte dies at 70\n\nHe led a brigade in 2016.", "fought"),
    ("EXCLUSIVE-Rebels seize border town in eastern Congo", "seize"),
])
def test_a_wire_slug_is_no_part_of_the_headline(text, trigger):
    m = by_trigger(code(text), trigger)
    assert "-" not in (name(m.actor1) or "")


def test_a_name_before_a_hyphen_is_no_slug():
    m = by_trigger(code("ISIS-K bombers kill 13 at Kabul airport", "2021-08-27"), "kill")
    assert name(m.actor1) == "Islamic State Khorasan Province"  # (its own name since stop 66)


def test_rebels_led_by_a_group_are_that_group():
    m = by_trigger(code("Rebels led by the ELN attacked an army post near Saravena on Tuesday."), "attacked")
    assert name(m.actor1) == "ELN"


def test_a_roundups_items_lend_no_doer_to_each_other():
    text = ("What we know so far\n\n"
            "• Islamic State's news agency claimed an attack on a checkpoint near Busayrah overnight.\n\n"
            "• Shelling hit a market in Khan Sheikhoun, killing three people, rescuers said.")
    m = by_trigger(code(text, "2019-05-22"), "hit")
    assert name(m.actor1) != "Islamic State"


def test_the_side_that_came_under_attack_is_its_target():
    text = "KANO, Nigeria (Reuters) - Soldiers came under attack near Kura on Monday."
    m = by_trigger(code("Headline\n\n" + text), "attack")
    assert name(m.actor1) != "Nigeria military"
    assert name(m.actor2) == "Nigeria military"


def test_a_place_in_a_groups_name_is_not_where_it_struck():
    text = "Suspected fighters from Islamic State West Africa Province fired mortar bombs into Bama on Saturday."
    m = by_trigger(code(text, "2022-06-07"), "fired")
    assert m.place.name == "Bama"


@pytest.mark.parametrize("text", [
    "Parents to march in Abuja on Monday",
    "Chibok: ten years on, parents to march in Abuja",
])
def test_a_headlines_to_verb_is_what_is_to_come(text):
    assert by_trigger(code(text, "2024-04-14"), "march").status == "planned"


def test_whom_the_dead_were_fighting_did_the_killing():
    # (stop 71) the side a fighter fell to, written only as whom the fighter was fighting
    m = by_trigger(code("Three rebels were killed on Sunday while fighting the Syrian army near Hama."), "killed")
    assert m.actor1 is not None and m.actor1.country == "SYR" and m.actor1.type == "military"
    m = by_trigger(code("Two soldiers were wounded while battling Taliban insurgents in Helmand province."), "wounded")
    assert name(m.actor1) == "Taliban"


def test_an_arrest_made_in_a_fight_is_not_made_by_the_other_fighter():
    m = by_trigger(code("A man was arrested in Dayton while fighting his neighbour outside the bar."), "arrested")
    assert m.actor1 is not None and m.actor1.type == "police"


@pytest.mark.parametrize("text, group", [
    ("About 120 guerrillas from the Khmer Rouge attacked a government outpost in Cambodia on Monday.", "Khmer Rouge"),
    ("Guerrillas of the FARC ambushed an army patrol in Colombia.", "FARC"),
])
def test_guerrillas_of_a_named_group_are_that_group(text, group):
    # (stop 71) guerrillas are armed men, as militants and rebels are
    m = code(text)[0]
    assert name(m.actor1) == group
