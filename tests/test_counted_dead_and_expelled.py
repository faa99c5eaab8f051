"""Stop 76's rules of the dead counted and of ground cleared: one person a relative clause or a
singular verb points at, and armed men expelled from a town. Sentences written for these tests."""

from __future__ import annotations

from conflictatlas.nlp import code_article
from conflictatlas.records import Article, content_id


def code(text: str, published: str | None = None):
    return code_article(Article(id=content_id(text), text=text, source="t", published=published))


def test_one_killed_in_a_relative_clause_is_one_dead():
    (m,) = code("A militia leader who was killed on Sunday while fighting the army near Daraa was buried.")
    assert m.event_type == "ASSAULT" and m.fatalities.best == 1
    (m,) = code("Three guards who were killed in the ambush near Kano were buried on Monday.")
    assert m.fatalities.best == 3


def test_two_descriptions_of_one_person_are_one_dead():
    # a singular verb says the joined nouns are one person
    (m,) = code("A prominent lawyer and rights campaigner was shot dead on Friday in Karachi.")
    assert m.fatalities.best == 1
    (m,) = code("A trader and his nephew were shot dead on Friday in Karachi.")
    assert m.fatalities.best == 2


def test_armed_men_expelled_from_ground_were_fought():
    # the parser hangs "from" on the men, not on the verb
    (m,) = code("Government troops expelled the insurgents from Marib on Tuesday.")
    assert m.event_type == "ASSAULT" and m.actor1 is not None and m.actor1.type == "military"
    assert m.actor2 is not None and m.actor2.type == "rebel/insurgent"


def test_soldiers_expelled_from_a_party_are_not_fought():
    assert code("The party expelled two soldiers from its ranks in Lagos.") == []


def test_investigators_of_one_found_shot_are_not_the_shooters():
    (m,) = code("Toledo police are looking into the death of a shopkeeper who was found fatally shot in his store.")
    assert m.event_type == "ASSAULT" and m.actor1 is not None and m.actor1.type != "police"
    assert m.actor2 is not None and m.actor2.name == "Civilians (United States)" and m.fatalities.best == 1


def test_the_side_armed_men_fight_on_names_them():
    (m,) = code("Militiamen fighting the junta seized a bridge in eastern Chad.")
    assert m.evidence.trigger == "seized"
    # one placed may be a battle of its own
    found = code("Militiamen fighting soldiers near Abeche killed four herders.")
    assert {x.evidence.trigger for x in found} == {"fighting", "killed"}
