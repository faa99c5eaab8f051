"""Sentences that say how things are done or tend to go, not that an act was done (nlp/generalities.py,
codebook 1.2), on sentences written for this test; and the acts beside them that stay events."""

from __future__ import annotations

import pytest

from conflictatlas.nlp import code_article
from conflictatlas.records import Article, content_id


def types(text: str) -> list[str]:
    article = Article(id=content_id(text), text=text, source="t.txt", published="2019-09-17")
    return [m.event_type for m in code_article(article)]


@pytest.mark.parametrize("text", [
    # instructions
    "The pamphlet explains how to burn a village and how to execute captives.",
    "Recruits were taught how to fire a rocket at a moving convoy.",
    # propensities
    "Boys are more likely to be shot or detained than girls, the survey found.",
    "Young men in the district are less likely to be arrested than their fathers were.",
    # duties
    "The coast guard's main task is patrolling the northern fisheries.",
    "Their job is to arrest smugglers at the crossing.",
    # routines on a calendar
    "Scores of migrants are detained every day along the southern border.",
    # displays of a skill or a product
    "Cooking demonstrations will run all afternoon at the county fair.",
    "Shoppers watched timed demonstrations of pruning and grafting.",
    # what a kind of thing is known to do
    "Large hailstones are known to explode on impact, the forecaster said.",
    "The gang is known to rob travellers on the coast road.",
    # acts done to animals
    "Wild ducks captured near the lake were ringed and released.",
    "Poachers killed three elephants in the reserve last month.",
])
def test_how_things_go_is_no_event(text):
    assert types(text) == []


@pytest.mark.parametrize("text, want", [
    ("Police arrested two men in the market on Tuesday.", ["COERCE"]),
    ("Soldiers are patrolling the streets of the capital after the coup.", ["MOBILIZE"]),
    # a force deployed every night is deployed: ongoing, not a routine
    ("The town's streets are patrolled by troops every night since the coup.", ["MOBILIZE"]),
    ("Thousands joined demonstrations against the new tax in the capital on Friday.", ["PROTEST"]),
    ("The gang is known to have killed two guards at the depot in March.", ["ASSAULT"]),
    ("Gunmen set fire to a village and killed two herders near the lake.", ["ASSAULT", "ASSAULT"]),
])
def test_acts_told_beside_them_stay(text, want):
    assert types(text) == want


@pytest.mark.parametrize("text", [
    "Some 500 people have been killed on both sides, the monitor said.",
    "Thousands have been wounded on both sides, aid groups say.",
])
def test_an_untimed_perfect_toll_of_hundreds_is_a_count(text):
    assert "ASSAULT" not in types(text)


@pytest.mark.parametrize("text", [
    "At least 120 people have been killed in the bombing of the market in Kano.",
    "Two people have been killed in Kabul, police said.",
    "Dozens of fighters have been killed in these attacks.",
])
def test_a_perfect_toll_of_one_act_stays_an_act(text):
    assert "ASSAULT" in types(text)


@pytest.mark.parametrize("text", [
    "The defence demolished the prosecution's case in two hours of cross-examination.",
    "Angry customers bombarded the airline's page with one-star reviews.",
])
def test_arguments_taken_apart_and_pages_flooded_with_reviews_are_no_events(text):
    assert types(text) == []


def test_a_school_in_a_contest_uses_no_force():
    assert types("St Anne's Academy fought back well in the final round of the quiz in Cork.") == []


@pytest.mark.parametrize("text, events", [
    ("The air force routinely carries out strikes on rebel camps in the hills near Dori.", []),
    ("The air force carried out strikes on rebel camps in the hills near Dori on Monday.", ["ASSAULT"]),
])
def test_a_habit_told_through_a_light_verb_is_no_event(text, events):
    assert types(text) == events


@pytest.mark.parametrize("text, events", [
    ("The councillor fought hard for her ward's tenants but lost the vote in Leeds on Tuesday.", []),
    ("Rebels fought for the town of Kidal for three days.", ["ASSAULT"]),
])
def test_fighting_for_those_one_speaks_for_is_a_campaign(text, events):
    assert types(text) == events


@pytest.mark.parametrize("text, events", [
    # the habit's reason, told in a clause of it, is part of the habit
    ("The air force frequently carries out raids in the hills, saying it is targeting rebel camps.", []),
    ("The navy seized two fishing boats off the coast on Monday, saying it was hunting smugglers.", ["COERCE"]),
    # "whenever" states a rule, whatever clause it hangs on
    ("As is usual whenever a deputy fires a weapon, state detectives are reviewing the case.", []),
])
def test_an_act_in_a_habits_clause_or_under_whenever_is_no_event(text, events):
    assert [t for t in types(text) if t in ("ASSAULT", "COERCE")] == events


@pytest.mark.parametrize("text", [
    # a span closing a gapped second clause counts both
    "At least 9,870 civilians have been killed and more than 21,000 injured in Ukraine since the start of the invasion in February 2022, the UN said.",
    # a running count
    "So far in 2022, 14 police officers have been killed in insurgent violence in the district.",
])
def test_a_running_count_is_no_event(text):
    assert types(f"Toll rises\n\n{text}") == []


@pytest.mark.parametrize("text, events", [
    ("Toll\n\nCity officers handled 14 robberies downtown, up from nine a year earlier.", []),
    ("Toll\n\nDeputies logged 23 assaults at the county fair grounds over the summer.", []),
    # acts counted on a day are those acts
    ("Toll\n\nDetectives investigated two robberies on Main Street on Monday.", ["ASSAULT"]),
])
def test_acts_counted_by_who_keeps_the_count_or_set_against_another_count_are_a_statistic(text, events):
    assert types(text) == events


def test_so_far_over_an_act_with_no_count_is_that_act():
    assert "ASSAULT" in types("Offensive\n\nSo far, the rebels have only shelled the army's positions near the town of Khan Touman.")


@pytest.mark.parametrize("text", [
    "Human rights groups have long accused the border police of beating migrants.",
    "The ministry has repeatedly rejected such criticism as politically motivated.",
    "Seoul has in the past blamed similar cyberattacks on the North's hackers.",
    "The militia has for years denied recruiting children.",
])
def test_a_long_standing_stance_in_the_perfect_is_no_act(text):
    # a stance kept or a series over years, told in the present perfect (stop 57)
    assert types(text) == []


@pytest.mark.parametrize("text, want", [
    ("The ministry rejected the criticism on Monday as politically motivated.", "REJECT"),
    ("Human rights groups on Tuesday accused the border police of beating migrants.", "ACCUSE"),
])
def test_the_same_stance_told_once_with_its_day_stays_an_act(text, want):
    assert want in types(text)
