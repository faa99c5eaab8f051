"""Who acts, as regional and monitoring copy names them, on sentences written for this test (stop
54): a premier or a chief minister of a named province or state acts for its government, as a
governor does; Ireland's police by their Irish name; raids that officers "carried out"; officers who
"backed away"; a monitor's bracketed word inside a group's name."""

from __future__ import annotations

import pytest

from conflictatlas.nlp import code_article
from conflictatlas.records import Article, content_id


def code(text: str, published: str = "2019-12-04"):
    return code_article(Article(id=content_id(text), text=text, source="t.txt", published=published))


def by_trigger(mentions, trigger: str):
    return next(m for m in mentions if m.evidence.trigger == trigger)


@pytest.mark.parametrize("text, body", [
    ("Alberta Premier Dana Holt met federal ministers in Ottawa on Tuesday.", "Alberta provincial government"),
    ("Punjab Chief Minister Ravi Sekhon met farmers' leaders in Chandigarh on Monday.", "Punjab state government"),
])
def test_a_head_of_a_named_division_acts_for_its_government(text, body):
    assert by_trigger(code(text), "met").actor1.name == body


def test_a_premier_of_no_named_division_keeps_the_name():
    m = by_trigger(code("Chinese Premier Li Wen met the Kenyan president in Beijing on Monday."), "met")
    assert "provincial" not in (m.actor1.name or "")


def test_irelands_police_by_their_irish_name():
    m = by_trigger(code("Gardai arrested four men in Limerick on Tuesday."), "arrested")
    assert (m.actor1.name, m.actor1.type) == ("Ireland police", "police")


def test_raids_officers_carried_out_are_coercion():
    m = by_trigger(code("Deputies carried out a series of raids on homes in Gary on Friday."), "raids")
    assert m.event_type == "COERCE"


def test_a_raid_someone_died_during_names_no_raider():
    m = by_trigger(code("Four federal agents died years ago during a raid on a compound near Waco."), "raid")
    assert m.event_type == "ASSAULT"


def test_officers_who_backed_away_backed_no_one():
    m = by_trigger(code("Officers backed away from the porch in Dayton and called in a negotiator."), "backed")
    assert m.event_type == "RETREAT"


def test_a_bracketed_word_is_no_part_of_a_groups_name():
    m = by_trigger(code("The source added that the [Islamist] Turkistan Islamic Party militants entrenched in the "
                        "hills fired five rockets at the town of Jisr al-Shughur."), "fired")
    assert m.actor1.name == "Turkistan Islamic Party"


@pytest.mark.parametrize("text, trigger", [
    ("Police treat petrol bomb attack on north Belfast home as attempted murder", "attack"),
    ("Detectives are treating the stabbing in Leeds as a hate crime.", "stabbing"),
])
def test_who_classes_an_act_did_not_do_it(text, trigger):
    m = by_trigger(code(text), trigger)
    assert m.actor1 is None or m.actor1.type != "police"


def test_a_name_shared_by_two_countries_still_says_where_the_story_is():
    from conflictatlas.geo.resolve import article_context

    context = article_context(["Congo", "Beni"])
    assert {"CD", "CG"} <= set(context)
    m = by_trigger(code("Troops launched an attack on a rebel camp near Beni in Congo."), "attack")
    assert m.place.country == "CD"


def test_a_dateline_town_the_gazetteer_lacks_is_placed_at_its_country():
    text = ("U.S. soldier killed near Baqouba\n\nBAQOUBA, Iraq (AP) — A roadside bomb killed an American soldier "
            "during a foot patrol south of Baqouba on Sunday, the U.S. military said Monday.")
    got = code(text, published="2007-05-21")
    assert got and all(m.place.country == "IQ" and m.actor1.name == "Unidentified armed group (Iraq)" for m in got)


@pytest.mark.parametrize("text, trigger", [
    ("Israel called up three reserve battalions on Thursday.", "called"),
    ("The army called up 20,000 reservists in Kyiv on Monday.", "called"),
])
def test_reserves_called_up_are_a_mobilisation(text, trigger):
    m = by_trigger(code(text, published="2006-07-21"), trigger)
    assert m.event_type == "MOBILIZE"


def test_a_force_moving_its_own_units_acts_on_no_one():
    m = by_trigger(code("Israel massed tanks along the Lebanese border on Thursday.", published="2006-07-21"), "massed")
    assert m.actor2 is None


def test_a_player_called_up_is_no_mobilisation():
    assert code("The coach called up three young players for the match in Leeds.", published="2006-07-21") == []


@pytest.mark.parametrize("text, trigger, kind", [
    # missiles sent into open water and at nothing else: a test, a show of force (stop 57)
    ("Pyongyang fired two short-range missiles into the sea off its east coast on Sunday.", "fired", "MOBILIZE"),
    ("The navy launched a cruise missile over the Sea of Japan on Tuesday.", "launched", "MOBILIZE"),
    # one aimed at a ship or a country is an attack, wherever the ship sails
    ("The rebels fired a missile at a cargo ship in the Gulf of Aden on Sunday.", "fired", "ASSAULT"),
    ("The militia launched rockets at an army base on Tuesday.", "launched", "ASSAULT"),
])
def test_missiles_fired_into_the_sea_are_a_show_of_force(text, trigger, kind):
    assert by_trigger(code(text), trigger).event_type == kind


@pytest.mark.parametrize("text, trigger", [
    # forces and their units sent or moved somewhere (stop 57)
    ("Kyiv sent two more brigades to the eastern front on Friday.", "sent"),
    ("The state sent 300 police officers to the border town on Monday.", "sent"),
    ("NATO moved additional troops into the northern town on Monday.", "moved"),
])
def test_forces_sent_or_moved_somewhere_are_a_mobilisation(text, trigger):
    assert by_trigger(code(text), trigger).event_type == "MOBILIZE"


def test_a_company_officer_sent_to_a_meeting_is_no_mobilisation():
    assert not any(m.event_type == "MOBILIZE" for m in code("The company sent an officer to the shareholders' meeting."))


def test_the_storys_own_force_is_the_datelines_not_a_neighbours_named_first():
    # the neighbouring town's force is named first, for an older shooting; the officer of the story
    # is the dateline town's, whose police the story names again and again
    ms = code("WESTFIELD, Ind. (AP) - Carmel police shot a man during a traffic stop in 2015, records show.\n\n"
              "On Saturday, an officer fired twice at a driver who rammed a patrol car, Westfield police said.\n\n"
              "Westfield police have placed the officer on leave.", published="2019-06-10")
    fired = by_trigger(ms, "fired")
    assert fired.actor1 is not None and fired.actor1.name == "Westfield police"
