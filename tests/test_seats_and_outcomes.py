"""Whom an attack on a site that names no side hit, when its outcome says (codebook 2); a state's police
named by a demonym the tagger calls a place; a surname that is also an armed group's name; where a
government's words are said (codebook 4, stop 68). Sentences written for these tests."""

from __future__ import annotations

import pytest

from conflictatlas.nlp import code_article
from conflictatlas.records import Article


def _code(text: str, published: str = "2025-03-10"):
    return code_article(Article(id="t", text=text, source="t", language="en", published=published))


def _one(text: str, etype: str, published: str = "2025-03-10"):
    [m] = [m for m in _code(text, published) if m.event_type == etype]
    return m


def _side(text: str, etype: str, field: str) -> str | None:
    """The name of the one `etype` mention's actor1 or actor2."""
    actor = getattr(_one(text, etype), field)
    return actor.name if actor is not None else None


@pytest.mark.parametrize("text, victim", [
    ("Gunmen raided a farm near Kaduna on Friday, killing four labourers.", "Civilians (Nigeria)"),
    ("Militants ambushed a convoy near Gao on Sunday, killing five soldiers.", "Mali military"),
])
def test_a_site_that_names_no_side_gives_way_to_whom_the_outcome_names(text, victim):
    assert _side(text, "ASSAULT", "actor2") == victim


def test_a_force_post_stays_the_target_whatever_the_outcome():
    text = "Gunmen attacked a police post near Gao on Sunday, killing two passers-by."
    assert _side(text, "ASSAULT", "actor2") == "Mali police"


@pytest.mark.parametrize("text, force", [
    ("Ugandan police arrested three men in Gulu on Monday.", "Uganda police"),
    ("Kenyan police arrested three men in Kisumu on Monday.", "Kenya police"),
])
def test_a_demonym_before_police_is_the_state_s_force(text, force):
    assert _side(text, "COERCE", "actor1") == force


def test_a_surname_that_is_a_group_s_name_is_the_person():
    m = _one("Congo's Foreign Minister Marie-Claire Banza Wagner urged the Security Council to act.", "REQUEST")
    assert m.actor1 is not None and m.actor1.name != "Wagner Group" and m.actor1.type == "government"


def test_the_group_itself_stays_the_group():
    assert _side("Wagner mercenaries killed three herders near Gao on Sunday.", "ASSAULT", "actor1") == "Wagner Group"


_STORY = ("GOMA, Congo (Reuters) - Rebels shelled a camp outside Goma on Friday, killing five people. "
          "Congo's government accused Rwanda of arming the rebels.")


def test_a_government_s_words_with_no_place_are_said_in_its_capital():
    m = _one(_STORY, "ACCUSE")
    assert m.place is not None and m.place.name == "Kinshasa"


def test_a_state_named_as_the_doer_is_no_place_of_its_words():
    m = _one("Rebels shelled a camp outside Goma on Friday. The United States imposed sanctions on two rebel "
             "commanders on Wednesday.", "SANCTION")
    assert m.place is not None and m.place.country == "US" and m.place.precision != "country"


def test_words_placed_by_their_own_sentence_stay_there():
    m = _one("Rebels shelled a camp outside Goma on Friday. Speaking in Goma on Saturday, Congo's government "
             "accused Rwanda of arming the rebels.", "ACCUSE")
    assert m.place is not None and m.place.name == "Goma"


def test_an_attack_near_a_government_s_words_stays_where_it_was():
    m = _one(_STORY, "ASSAULT")
    assert m.place is not None and m.place.name == "Goma"


@pytest.mark.parametrize("text, etype, doer", [
    ("The Department of State Services said it arrested two men in Kano on Monday.", "COERCE",
     "Department of State Services"),
    ("The Kurdistan Region's interior ministry blamed armed groups for a rocket attack in Erbil.", "ACCUSE",
     "Kurdistan Regional Government"),
])
def test_state_bodies_whose_names_hold_another_s(text, etype, doer):
    assert _side(text, etype, "actor1") == doer


@pytest.mark.parametrize("text, victim", [
    ("Rioters set fire to the Iranian consulate in Basra on Sunday.", "Iran government"),
    ("A crowd stormed the Turkish consulate in Mosul on Sunday.", "Turkey government"),
])
def test_a_consulate_attacked_is_its_state_s_government(text, victim):
    assert _side(text, "ASSAULT", "actor2") == victim
