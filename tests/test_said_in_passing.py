"""Words of force and place said in passing, on sentences written for this test (stop 52): a person
who "escaped unhurt", a senator who "attacked" a bill's package, a ruling called "an assault on press
freedom", candidates who "clashed" in a debate, pensioners who have marched "every Wednesday" for
years; a centre named after a queen, an embassy named after its state, a legislature called by its
own word; and the fights written in the English of West Africa ("engaged the bandits in a gun duel")."""

from __future__ import annotations

import pytest

from conflictatlas.geo.resolve import resolve
from conflictatlas.nlp import code_article
from conflictatlas.nlp.geoparse import geoparse_articles
from conflictatlas.records import Article, content_id


def code(text: str, published: str = "2019-05-10"):
    return code_article(Article(id=content_id(text), text=text, source="t.txt", published=published))


def places(text: str):
    return {r["text"]: r for r in geoparse_articles([Article(id=content_id(text), text=text, source="t.txt",
                                                             published="2019-05-10")])}


def name(actor) -> str | None:
    return actor and (actor.name or actor.text)


@pytest.mark.parametrize("text", [
    "The district governor escaped unhurt when gunmen opened fire on his car near Kaduna on Monday.",
    "Two aid workers escaped unharmed after a bomb went off beside their jeep in Mogadishu on Friday.",
])
def test_escaping_unhurt_is_surviving_not_fleeing(text):
    kinds = [m.event_type for m in code(text)]
    assert "RETREAT" not in kinds
    assert "ASSAULT" in kinds  # the attack survived is still told


@pytest.mark.parametrize("text", [
    "Senator Dana Whitlow attacked the $3 billion relief package on the Senate floor on Tuesday.",
    "The opposition leader attacked the stimulus package as reckless.",
    "Editors called the court's ruling an assault on press freedom.",
    "The two candidates clashed over pensions in a televised debate on Sunday.",
    "The finance and energy ministers clashed at a cabinet meeting on Monday.",
])
def test_force_words_aimed_at_words_or_said_in_a_debate_are_no_violence(text):
    assert not [m for m in code(text) if m.event_type == "ASSAULT"]


def test_a_clash_at_a_rally_is_still_a_clash():
    text = "Supporters of the two parties clashed at a campaign rally in Kisumu on Monday, leaving three injured."
    assert any(m.event_type == "ASSAULT" for m in code(text))


def test_a_protest_repeated_every_week_for_years_is_a_routine():
    assert not code("Pensioners have rallied outside the legislature every Wednesday for more than a decade.")
    # one day's protest is an act
    assert code("Pensioners rallied outside the legislature in Lima on Wednesday.")


def test_a_building_named_after_a_queen_has_no_queen_in_it():
    (m,) = [m for m in code("Activists blocked the entrance to the Queen Elizabeth II Centre in London on Tuesday.")
            if m.event_type == "PROTEST"]
    assert "Queen" != name(m.actor2)


def test_an_embassy_is_no_town_sounding_like_embassy():
    found = places("Protesters rallied outside the US Embassy in Nairobi on Monday.")
    assert found["Nairobi"]["country"] == "KE"
    assert all(r["country"] in (None, "KE") for r in found.values())
    assert resolve("US Embassy").geonameid is None


def test_a_legislature_called_by_its_own_word_is_no_town():
    found = places("Pensioners marched outside Congress on Wednesday to protest pension cuts.")
    assert "Congress" not in found


@pytest.mark.parametrize("text, trigger", [
    ("Police engaged the bandits in a gun duel near Tsafe on Sunday.", "duel"),
    ("Soldiers engaged the militants in a fierce gun battle near Bama on Monday.", "battle"),
])
def test_a_fight_engaged_in_is_with_whom_it_was_engaged(text, trigger):
    (m,) = [m for m in code(text) if m.evidence.trigger == trigger]
    assert m.event_type == "ASSAULT"
    assert name(m.actor2) and "armed group" in name(m.actor2)


def test_a_duel_with_no_gun_is_no_fight():
    assert not [m for m in code("The two anchors met in a televised duel on Sunday night.") if m.event_type == "ASSAULT"]


def test_what_is_done_every_time_is_a_rule_not_an_act():
    text = '"Every time there is a bombing, our young men are rounded up and beaten," a farmer in Gwoza said.'
    assert not [m for m in code(text) if m.event_type in ("COERCE", "ASSAULT") and m.confidence >= 0.3]
    # told once, it is an act
    assert code("Soldiers rounded up and beat 12 young men in Gwoza on Monday.")


def test_a_model_year_is_no_date():
    text = ("Two men robbed a woman as she loaded bags into her gray 2017 Toyota Corolla on Castor Avenue "
            "in Philadelphia on Tuesday.")
    (m,) = [m for m in code(text, published="2021-01-20") if m.event_type == "ASSAULT"]
    assert m.date.start == "2021-01-19"


def test_the_valley_said_for_a_region_is_no_capital_abroad():
    found = places("Fighting continued in the Valley on Tuesday, police in Srinagar said.")
    assert found.get("Valley", {}).get("country") in (None, "IN")
