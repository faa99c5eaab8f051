"""Where US local news is, and whom a fight was fought with (stop 74). Sentences written for these tests.

- An address in the American grid ("the 800 block of Oak Street", "West 11th Street") says the
  story is in the US, which local news never names: a town named like a city abroad stays home.
- A town's own office ("Berea Police") is that town named again: it is no other name putting the
  article in the country of the town's first, wrong reading.
- "Fought running battles with police": the other side of a fight the verb's object names.
"""

from __future__ import annotations

from conflictatlas.geo.context import Context
from conflictatlas.nlp import code_article
from conflictatlas.nlp.geoparse import geoparse_articles
from conflictatlas.records import Article, content_id


def places(text: str) -> dict[str, str]:
    return {r["text"]: r["country"] for r in geoparse_articles([Article(id=content_id(text), text=text, source="t")])
            if r["geonameid"] is not None}


def code(text: str):
    return code_article(Article(id=content_id(text), text=text, source="t"))


def test_a_block_address_keeps_a_town_in_the_us():
    found = places("Berea Police said a woman was robbed in the 800 block of Oak Street in Berea on Sunday.")
    assert found == {"Berea": "US"}


def test_a_numbered_street_keeps_a_town_in_the_us():
    found = places("Officers found a man stabbed near West 11th Street in San Pedro after midnight.")
    assert found == {"San Pedro": "US"}


def test_without_an_address_the_big_namesake_abroad_stands():
    assert places("A man was stabbed in San Pedro on Sunday.") == {"San Pedro": "HN"}


def test_a_canadian_story_with_a_block_address_stays_canadian():
    found = places("Police in Ontario said a man was stabbed in the 400 block of King Street in Windsor.")
    assert found["Windsor"] == "CA"


def test_a_towns_own_office_does_not_name_a_country_for_it():
    context = Context({"SY"}, named={"SY": {"berea police"}}, reading={"berea police": "aleppo"})
    assert not context.by_others("SY", "berea")
    context.name_region("SY", "damascus")
    assert context.by_others("SY", "berea")


def test_battles_fought_with_police_have_police_on_the_other_side():
    (m,) = code("The protesters fought pitched battles with police in Lahore on Friday.")
    assert m.event_type == "ASSAULT" and m.actor2 is not None and m.actor2.name == "Pakistan police"


def test_a_gunbattle_fought_with_bandits():
    (m,) = code("Soldiers fought a gunbattle with bandits in Zamfara state.")
    assert m.actor2 is not None and m.actor2.text == "bandits"


def test_a_battle_won_over_a_budget_is_no_fight():
    assert code("The mayor won the battle with the council over the budget.") == []


def test_an_offensive_the_tagger_calls_an_adjective_is_still_the_act():
    (m,) = code("The troops began an offensive late yesterday in the eastern hills.")
    assert m.event_type == "ASSAULT" and m.evidence.trigger == "offensive"
    assert code("He made an offensive remark last night.") == []


def test_the_first_raids_are_told_not_counted():
    (m,) = code("A boy died in the first airstrikes on Mosul.")
    assert m.event_type == "ASSAULT" and m.place is not None and m.place.name == "Mosul"
    assert code("It was the fifth attack on the town this month.") == []



def test_representatives_from_a_body_act_for_it():
    (m,) = code("Representatives from the union criticized the mayor.")
    assert m.event_type == "ACCUSE" and m.actor1 is not None and m.actor1.text == "union"
    # (armed men "from" a land are not its state)
    (m,) = code("Fighters from Chechnya attacked the town.")
    assert m.actor1 is not None and m.actor1.type != "government"


def test_a_days_operation_is_no_span_to_count_over():
    (m,) = code("Twelve militants have been killed during Thursday's operation in the village.")
    assert m.event_type == "ASSAULT" and m.fatalities.best == 12
    assert code("Hundreds have been killed over the past week.") == []


def test_a_big_city_troops_are_sent_to_is_a_place_though_tagged_a_person():
    (m,) = code("The army sent hundreds of soldiers to Goma.")
    assert m.event_type == "MOBILIZE" and m.place is not None and m.place.name == "Goma"


def test_a_fight_between_two_sides_that_killed_is_one_act_of_its_first_side():
    (m,) = code("Fighting between the navy and the rebels killed 12 people in Bunia on Tuesday.")
    assert m.actor1 is not None and m.actor1.name == "DR Congo military"
    assert m.fatalities.best == 12
