"""Who and where when a name is written on the act itself, on sentences written for this test
(stop 53): "killed in Russian shelling" (the model reads the name as the preposition's object and
the act's noun as a clause), an armed group's adjective that no gazetteer place carries, a town's
name on the act's noun ("a Jenin gun battle", "the Salem shooting"), men said to belong to a group,
and a unit's or a body's name after "to" or "on"."""

from __future__ import annotations

import pytest

from conflictatlas.nlp import code_article
from conflictatlas.records import Article, content_id


def code(text: str, published: str = "2023-06-16"):
    return code_article(Article(id=content_id(text), text=text, source="t.txt", published=published))


def name(actor) -> str | None:
    return actor and (actor.name or actor.text)


def by_trigger(mentions, trigger: str):
    return next(m for m in mentions if m.evidence.trigger == trigger)


@pytest.mark.parametrize("text, doer, country", [
    ("Three civilians were killed by Russian shelling overnight in Kharkiv.", "Russia military", "UA"),
    ("Two children were killed in Israeli shelling on Gaza City on Sunday.", "Israel military", "PS"),
    ("Two fishermen killed in Houthi shelling on Taiz neighbourhood", "Houthis", "YE"),
])
def test_a_name_before_the_acts_noun_is_its_doer(text, doer, country):
    m = by_trigger(code(text), "killed")
    assert name(m.actor1) == doer
    assert m.place.country == country


def test_an_armed_groups_adjective_is_no_place():
    m = by_trigger(code("Two fishermen killed in Houthi shelling on Taiz neighbourhood"), "killed")
    assert m.place.name == "Taiz"


@pytest.mark.parametrize("text, trigger", [
    ("A teenager was killed in a Jenin gun battle on Wednesday.", "killed"),
    ("Police arrested two men over the Kandahar bombing on Sunday.", "arrested"),
])
def test_a_towns_name_on_the_acts_noun_is_where_not_who(text, trigger):
    m = by_trigger(code(text), trigger)
    assert name(m.actor1) not in ("Jenin", "Kandahar")


def test_a_states_name_on_the_acts_noun_stays_its_doer():
    m = by_trigger(code("Seven people were killed in a U.S. strike near Mosul on Tuesday."), "killed")
    assert name(m.actor1) == "United States military"


def test_a_towns_name_on_the_acts_noun_places_it():
    text = "Two wounded in Dover shooting near Point neighborhood\n\nDOVER, Del. - Two men were wounded late Saturday."
    assert by_trigger(code(text, "2022-07-10"), "wounded").place.name == "Dover"


@pytest.mark.parametrize("text, trigger, group", [
    ("Armed men presumed to belong to the CODECO militia attacked a displacement site on Sunday.", "attacked",
     "CODECO"),
    ("Men belonging to al-Shabaab attacked the base on Monday.", "attacked", "al-Shabaab"),
    ("Gunmen affiliated with the ELN attacked the army base on Monday.", "attacked", "ELN"),
    ("Gunmen thought to belong to a FARC dissident front abducted a mayor near Cali on Friday.", "abducted",
     "FARC dissidents"),
])
def test_men_said_to_belong_to_a_group_act_as_that_group(text, trigger, group):
    assert name(by_trigger(code(text), trigger).actor1) == group


def test_men_linked_to_a_crime_are_not_a_group():
    m = by_trigger(code("Two men linked to the robbery were arrested by police on Monday."), "arrested")
    assert name(m.actor2) == "Civilians"


@pytest.mark.parametrize("text, trigger, body", [
    ("Three rebels surrendered to the Army's 1101st Infantry Brigade in Patikul on Monday.", "surrendered",
     "Infantry Brigade"),
    ("The Commission on Human Rights urged police to investigate the killings.", "urged", "Human Rights"),
])
def test_a_units_or_a_bodys_name_is_no_place(text, trigger, body):
    m = by_trigger(code(text, "2022-08-18"), trigger)
    assert m.place is None or body not in (m.place.name or "")
