"""Stop 75's rules of force and custody: ground closed off, people moved into custody or taken in a
fight, a navy's acts, a past perfect dated by "last year", a verb the lemmatizer misreads, counts of
the dead, and the progressive passive. Sentences written for these tests."""

from __future__ import annotations

from conflictatlas.nlp import code_article
from conflictatlas.records import Article, content_id


def code(text: str, published: str | None = None):
    return code_article(Article(id=content_id(text), text=text, source="t", published=published))


def test_ground_cordoned_off_is_closed_by_force():
    # "cordoned" is lemmatised "cordone" and "off" parsed as a preposition; both are read through
    (m,) = code("Riot police cordoned off the main square before the march.")
    assert m.event_type == "COERCE" and m.evidence.trigger == "cordoned"
    assert m.actor1 is not None and m.actor1.type == "police"
    (m,) = code("The old town was sealed off by soldiers on Sunday.")
    assert m.event_type == "COERCE" and m.actor1 is not None and m.actor1.type == "military"


def test_a_scene_closed_for_investigators_is_no_coercion():
    assert code("Deputies cordoned off the farmhouse to investigate the death of its owner.") == []
    assert code("The two leaders sealed the deal in Geneva.") == []


def test_people_moved_into_custody_are_held():
    (m,) = code("The three suspects were transferred to a prison outside the capital.")
    assert m.event_type == "COERCE"
    assert code("The bank transferred the money to an account in Zurich.") == []


def test_a_navy_is_an_armed_force():
    (m,) = code("The navy destroyed three rebel boats near the coast.")
    assert m.event_type == "ASSAULT" and m.actor1 is not None and m.actor1.type == "military"


def test_a_past_perfect_act_dated_last_year_is_one_act():
    (m,) = code("Government troops had recaptured the rebel-held town of Kilwa last year.", "2011-05-10")
    assert m.event_type == "ASSAULT" and (m.date.start, m.date.end) == ("2010-01-01", "2010-12-31")
    # a present perfect counted over a span that runs to now is a tally
    assert code("This year, 40 villagers have been abducted by the militia.", "2011-05-10") == []


def test_one_sought_captured_with_no_captor_is_arrested():
    (m,) = code("The escaped inmate was captured on Sunday in Monterrey.")
    assert m.event_type == "COERCE" and m.actor1 is not None and m.actor1.type == "police"
    assert m.actor1.country == "MEX"



def test_one_victim_named_with_an_owner_is_one_dead():
    (m,) = code("The province's deputy governor was shot dead outside his office.")
    assert m.fatalities.best == 1
    (m,) = code("An airstrike killed the militia's top commander and two of his guards.")
    assert m.fatalities.best == 3


def test_a_year_opening_a_chronology_line_counts_no_one():
    (m,) = code("1998 - Journalist Ana Ruiz is shot and killed in Tijuana.")
    assert m.fatalities.best == 1


def test_a_fight_a_killing_is_owed_to_is_told_once():
    found = code("Two guards were killed on Friday and four were hurt owing to clashes with smugglers.")
    assert len(found) == 1 and found[0].evidence.trigger.startswith("killed")
    assert found[0].fatalities.best == 2


def test_ground_being_patrolled_is_patrolled_now():
    (m,) = code("The northern coast is being patrolled by Kenyan warships.")
    assert m.event_type == "MOBILIZE" and m.status == "ongoing"


def test_an_act_with_an_aside_counts_the_dead_its_verb_names():
    found = {m.evidence.trigger: m for m in code("Another raid, this time in June, killed at least 40 people in the "
                                                 "village of Tawila.")}
    assert found["raid"].fatalities.low == 40


def test_members_of_a_tribe_and_a_bare_number_killed_are_people():
    (m,) = code("Dozens of members of the clan were killed by the raiders.")
    assert m.actor2 is not None and m.actor2.type == "civilians"
    (m,) = code("The 12 were killed near the market on Friday.")
    assert m.actor2 is not None and m.actor2.type == "civilians"


def test_people_counted_without_a_noun_are_people():
    (m,) = code("Four others were wounded in the blast at the depot.")
    assert m.actor2 is not None and m.actor2.type == "civilians"
    (m,) = code("Dozens of soldiers were killed in the shelling.")
    assert m.actor2 is not None and m.actor2.type != "civilians"


def test_an_act_a_suspect_confesses_to_is_his_case():
    assert code("The driver confessed to killing three hitchhikers in the 1990s.") == []
    (m,) = code("The driver killed three hitchhikers near the highway.")
    assert m.event_type == "ASSAULT"


def test_what_is_done_to_whoever_does_something_is_a_habit():
    assert code("Farmers who refuse to pay the levy are beaten by the militia.") == []
    (m,) = code("A farmer who refused to pay the levy was beaten by the militia.")
    assert m.event_type == "ASSAULT"


def test_a_riots_own_toll_is_counted():
    (m,) = code("The riots left six dead in the port city on Sunday.")
    assert m.event_type == "PROTEST" and m.fatalities.low == 6
    found = {x.evidence.trigger: x for x in code("The riots broke out after soldiers shot three students.")}
    assert found["riots"].fatalities.low is None
