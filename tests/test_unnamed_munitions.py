"""A war's weapons told with no doer, and bands named by their trade (codebook 2, stop 65).
Sentences written for these tests."""

from __future__ import annotations

from conflictatlas.nlp import code_article
from conflictatlas.records import Article


def _code(text: str, published: str = "2025-06-04"):
    return code_article(Article(id="t", text=text, source="t", language="en", published=published))


def _by_trigger(text: str):
    return {m.evidence.trigger: m for m in _code(text)}


WAR = ("KYIV (Reuters) - Russian missiles struck Kharkiv on Tuesday, killing three civilians, regional officials "
       "said. A guided bomb destroyed two houses on Monday evening. In the Borova community, a drone struck a "
       "tractor, wounding the driver.")


def test_a_weapon_told_with_no_doer_is_the_army_told_attacking_that_country():
    found = _by_trigger(WAR)
    assert found["destroyed"].actor1.name == "Russia military"
    # a drone on the country's own people is not its own army's
    drone = next(m for m in _code(WAR) if m.evidence.trigger == "struck" and "tractor" in m.evidence.sentence)
    assert drone.actor1.name == "Russia military"


def test_a_big_city_the_tagger_took_for_a_person_is_the_place_struck():
    missiles = next(m for m in _code(WAR) if m.evidence.trigger == "struck" and "missiles" in m.evidence.sentence)
    assert missiles.place.name == "Kharkiv"


def test_the_other_sides_weapons_stay_its_own():
    text = WAR + " Ukrainian drones hit an oil depot in Russia's Bryansk region overnight."
    assert _by_trigger(text)["hit"].actor1.name == "Ukraine military"


def test_a_weapon_in_a_story_of_no_war_between_states_keeps_no_doer():
    text = "A bomb destroyed two houses in Kaduna on Monday evening, police said."
    assert _by_trigger(text)["destroyed"].actor1.name.startswith("Unidentified armed group")


def test_bands_named_by_their_trade_are_an_armed_group_and_their_hideouts_theirs():
    found = _by_trigger("Nigerian military jets bombed bandit hideouts near Kaduna on Saturday. "
                        "Bandits abducted 20 villagers in the same area on Sunday.")
    assert found["bombed"].actor2.name == "Unidentified armed group (Nigeria)"
    assert found["abducted"].actor1.name == "Unidentified armed group (Nigeria)"


def test_bodies_pulled_or_recovered_after_an_attack_are_its_dead():
    text = ("Russian missiles struck an apartment block in Dnipro on Tuesday, killing at least nine people. "
            "Rescuers pulled seven bodies from the ruins overnight, officials said.")
    pulled = _by_trigger(text)["pulled"]
    assert pulled.event_type == "ASSAULT" and pulled.actor1.name == "Russia military"
    assert pulled.fatalities.best == 7


def test_who_the_dead_were_is_a_mention_of_the_attack_told():
    text = ("Gunmen killed nine people in Tsafe on Sunday. Among the dead were two children, police said. "
            "Two of the wounded were in critical condition.")
    found = _by_trigger(text)
    assert found["dead"].event_type == "ASSAULT" and found["wounded"].event_type == "ASSAULT"
    # who they were, and how many
    assert found["dead"].actor2.name == "Civilians (Nigeria)" and found["dead"].fatalities.best == 2


def test_the_dead_of_no_attack_are_no_event():
    for text in ("A bus crashed into a river near Kano on Sunday. Among the dead were two children.",
                 "The dead included a retired teacher, the hospital said."):
        assert not [m for m in _code(text) if m.event_type == "ASSAULT"]


def test_a_band_the_report_suspects_is_no_crowd_of_the_protest_told():
    found = _by_trigger("Hundreds of protesters marched in Maru, Nigeria, on Monday. Police fired tear gas at the protesters. "
                        "Suspected herders killed 11 people in a nearby village. Some traders hurled stones at the officers.")
    assert found["killed"].actor1.name == "Unidentified armed group (Nigeria)"
    assert found["hurled"].actor1.name == "Rioters (Nigeria)"


def test_the_group_a_report_blames_is_the_doer_of_the_attacks_told_before():
    found = _by_trigger("A police patrolman was shot dead on Saturday night in Caucasia, Colombia. A second officer "
                        "was killed in Montelibano on Sunday. Police blamed the Clan del Golfo for the killings.")
    assert found["shot"].actor1.name == "Clan del Golfo" and found["killed"].actor1.name == "Clan del Golfo"
    # a blame for no act of violence names no doer
    found = _by_trigger("Gunmen killed two soldiers near Caucasia, Colombia, on Friday. "
                        "The mayor blamed the Clan del Golfo for the fuel shortage.")
    assert found["killed"].actor1.name != "Clan del Golfo"


def test_an_attack_attributed_to_a_group_is_the_groups_and_a_blame():
    text = ("Two drones dropped explosives on the police station in Toribio, Colombia, on Sunday, killing an officer. "
            "Police attributed the attack to the Segunda Marquetalia.")
    found = _by_trigger(text)
    assert found["attributed"].event_type == "ACCUSE" and found["attributed"].actor2.name == "FARC dissidents"
    # the weapon alone said nothing of whose it was; the blame does
    assert found["dropped"].actor1.name == "FARC dissidents"
    assert "attack" not in found  # the act attributed is the one told, not another
    assert not [m for m in _code("The quote was later attributed to the minister.") if m.event_type == "ACCUSE"]


def test_arms_launched_together_against_a_country_are_an_attack():
    text = "Overnight, Russia launched 62 drones and an Iskander-M missile against Ukraine, the air force said."
    assert _by_trigger(text)["launched"].event_type == "ASSAULT"
    # a product launched is none
    assert not _code("The company launched a new phone and a tablet against its rivals.")


def test_debris_of_a_downed_weapon_is_no_hazard():
    text = ("Russian drones attacked Kyiv overnight. Debris from a downed drone set fire to a warehouse in the "
            "Obolonskyi district.")
    assert [m for m in _code(text) if m.evidence.trigger == "set"]
    # debris a storm left is
    assert not [m for m in _code("A storm hit the coast. Debris from the storm damaged several homes.")
                if m.event_type in ("ASSAULT", "COERCE")]
