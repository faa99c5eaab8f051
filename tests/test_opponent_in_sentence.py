"""Stop 79: the other side of an armed side's attack on ground, named later in its own sentence,
and the held points of a front (hills, checkpoints, positions) as ground, not people. Sentences
written for these tests."""

from __future__ import annotations

from conflictatlas.nlp import code_article
from conflictatlas.records import Article, content_id


def assault(text: str):
    return next(m for m in code_article(Article(id=content_id(text), text=text, source="t"))
                if m.event_type == "ASSAULT")


def test_the_group_named_after_the_storm_is_the_other_side():
    m = assault("The army stormed two hills south of the town, seizing rifles that belonged to the Taliban.")
    assert m.actor2 is not None and m.actor2.name == "Taliban"


def test_the_army_a_rebel_storm_leads_to_battle_with_is_the_other_side():
    m = assault("Rebel fighters stormed the northern part of the district, sparking heavy clashes with "
                "the Syrian army.")
    assert m.actor2 is not None and m.actor2.type == "military" and m.actor2.country == "SYR"


def test_an_offensive_after_a_group_s_attack_is_on_that_group():
    m = assault("Troops launched an offensive at dawn after repelling a Boko Haram attack last week.")
    assert m.actor2 is not None and m.actor2.name == "Boko Haram"


def test_a_hilltop_held_is_ground_not_civilians():
    m = assault("Soldiers captured a strategic hilltop overlooking the valley from Islamic State fighters.")
    assert m.actor2 is not None and m.actor2.name == "Islamic State"


def test_a_storm_naming_no_other_side_names_none():
    m = assault("The army stormed two hills south of the town on Friday.")
    assert m.actor2 is None or m.actor2.type not in ("civilians",)


def test_an_attack_on_a_village_s_people_stays_with_the_people():
    m = assault("Gunmen stormed a village and killed eleven farmers, and later clashed with the army.")
    assert m.actor2 is not None and m.actor2.type == "civilians"
