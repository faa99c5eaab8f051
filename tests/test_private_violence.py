"""Violence among private people told in words other than "attacked" (codebook section 3, ASSAULT),
on sentences written for this test: a quarrel that left someone dead, a car set on fire, an
electroshock weapon, a tackle, the hurt an act left behind as its outcome, and people hurt at a
school or a hospital known by its name (civilians, not the school)."""

from __future__ import annotations

import pytest

from conflictatlas.nlp import code_article
from conflictatlas.records import Article, content_id


def code(text: str, published: str = "2021-06-14"):
    return code_article(Article(id=content_id(text), text=text, source="t.txt", published=published))


def name(actor) -> str | None:
    return actor and (actor.name or actor.text)


@pytest.mark.parametrize("text, dead", [
    ("A long-running feud between two clans left three people dead in Karachi.", 3),
    ("An argument between neighbours turned deadly in Akron on Friday.", None),
    ("A row over a parking space left one man injured in Leeds.", None),
])
def test_a_quarrel_that_kills_or_wounds_is_violence_among_civilians(text, dead):
    (m,) = code(text)
    assert m.event_type == "ASSAULT" and name(m.actor1).startswith("Civilians")
    assert (m.fatalities.best if m.fatalities else None) == dead


@pytest.mark.parametrize("text", [
    "The dispute over the border left both governments angry.",
    "A row broke out in parliament over the budget.",
    "Their argument turned on the meaning of one clause.",
])
def test_a_quarrel_without_harm_is_no_event(text):
    assert "ASSAULT" not in [m.event_type for m in code(text)]


@pytest.mark.parametrize("text", [
    "A man set his neighbour's car on fire in Dayton on Sunday.",
    "The woman was shocked twice with a stun gun by deputies in Tulsa.",
    "An officer tackled the suspect outside the bank in Tulsa.",
])
def test_force_in_other_words_is_an_assault(text):
    (m,) = code(text)
    assert m.event_type == "ASSAULT"


@pytest.mark.parametrize("text", [
    "The government tackled inflation with higher rates last year.",
    "The news shocked residents of Tulsa.",
])
def test_figurative_tackles_and_shocks_are_no_events(text):
    assert code(text) == []


@pytest.mark.parametrize("text", [
    "A shooting left one man injured in Leeds on Saturday.",
    "The bombing left dozens of people wounded in Quetta.",
])
def test_the_hurt_an_act_left_behind_is_that_act(text):
    assert [m.event_type for m in code(text)] == ["ASSAULT"]


@pytest.mark.parametrize("text", [
    "Youths set a wheelie bin on fire in Leith.",
    "They dragged a sofa into the street and set it on fire.",
])
def test_rubbish_set_alight_is_no_arson_of_its_own(text):
    assert code(text) == []


def test_tackling_some_of_a_problem_is_no_assault():
    assert code("The professor will tackle some of the hardest questions in physics.") == []


@pytest.mark.parametrize("text", [
    "A Tulsa man was charged on Monday with murder in the death of his 52-year-old cousin.",
    "Two teenagers were charged in the shooting death of a pizza delivery driver in Toledo.",
    "Deputies arrested a woman in the stabbing death of her roommate.",
])
def test_a_charge_in_someones_death_tells_the_killing(text):
    # Codebook 1.2: the charge names whom the act was done to, so it tells the act; one person died.
    kills = [m for m in code(text) if m.event_type == "ASSAULT"]
    assert len(kills) == 1 and kills[0].fatalities.best == 1
    assert name(kills[0].actor2).startswith("Civilians")


@pytest.mark.parametrize("text", [
    "He was charged with murder in the first degree.",  # the charge's degree, no one's death
    "The man was charged with murder and held without bail.",
])
def test_a_charge_of_murder_alone_names_a_category(text):
    assert "ASSAULT" not in [m.event_type for m in code(text)]


@pytest.mark.parametrize("text, dead", [
    ("Detectives are investigating the murder of a taxi driver in Bradford.", 1),
    ("The killing of three shepherds near the border angered the villagers.", 3),
])
def test_a_killing_named_by_its_noun_counts_whom_it_was_of(text, dead):
    (m,) = [m for m in code(text) if m.event_type == "ASSAULT"]
    assert m.fatalities.best == dead


@pytest.mark.parametrize("text", [
    "A masked man held a box cutter to a cashier's throat in Fresno and took the till.",
    "The carjacker put a pistol to the driver's head on Elm Street.",
    "A teenager pointed a rifle at two deputies outside a Reno motel.",
])
def test_a_weapon_held_to_or_aimed_at_someone_is_an_assault(text):
    (m,) = [m for m in code(text) if m.event_type == "ASSAULT"]
    assert m.evidence.trigger.split()[0] in ("held", "put", "pointed")


@pytest.mark.parametrize("text", [
    "The nurse held the newborn to her chest.",
    "The chairman put the motion to a vote.",
    "Critics pointed the finger at the regulator.",
])
def test_things_held_or_pointed_that_are_no_weapons(text):
    assert "ASSAULT" not in [m.event_type for m in code(text)]


def test_a_charge_dates_the_charge_not_the_killing_it_names():
    # "charged Friday": the Friday is the charge's; the killing came before it
    (kill,) = [m for m in code("Two cousins were charged Friday in the stabbing death of a bartender in Omaha.")
               if m.event_type == "ASSAULT"]
    assert kill.date.end == "2021-06-11" and kill.date.start < "2021-06-11"
    (kill,) = [m for m in code("A man was charged Monday with murder in the March death of his brother-in-law.")
               if m.event_type == "ASSAULT"]
    assert kill.date.start == "2021-03-01"


@pytest.mark.parametrize("text, kind", [
    ("Militiamen in Jos, Nigeria, firebombed a police station on Friday.", "ASSAULT"),
    ("Armed men in Jos, Nigeria, looted shops on Friday.", "COERCE"),
    ("Vigilantes in Jos, Nigeria, flogged two men accused of theft.", "ASSAULT"),
    ("Soldiers in Jos, Nigeria, mowed down protesters on Friday.", "ASSAULT"),
    ("Police in Jos, Nigeria, rounded up 30 men after the riot.", "COERCE"),
    ("Police in Jos, Nigeria, evicted 200 families from the settlement.", "COERCE"),
])
def test_violence_and_coercion_in_more_words(text, kind):
    assert kind in [m.event_type for m in code(text)]


@pytest.mark.parametrize("text", [
    "A chemical plant poisoned the river near Jos, Nigeria, for years.",
    "The party whip in Abuja rounded up votes for the bill.",
    "The champion looted the record books with a fourth title in Lagos.",
])
def test_what_is_poisoned_rounded_up_or_looted_figuratively_is_no_event(text):
    assert code(text) == []


@pytest.mark.parametrize("text", [
    "Police are investigating the death of a man found in his car in Dayton.",
    "Detectives probed the disappearance of a nurse from Leeds.",
    "Investigators are looking into the fire; the sheriff's office is investigating the case.",
    "Police investigated the poisoning death of a businessman in London.",
])
def test_investigators_looking_into_a_crime_accuse_no_one(text):
    assert "ACCUSE" not in [m.event_type for m in code(text)]


def test_an_investigation_of_a_side_stays_an_accusation():
    assert "ACCUSE" in [m.event_type for m in code("The United Nations is investigating the Malian army over the killings.")]


@pytest.mark.parametrize("text", [
    "Prosecutors said the man smothered his infant son with a blanket in Erie.",
    "The woman was suffocated in her flat in Hull, detectives said.",
])
def test_breath_stopped_by_hand_is_an_assault(text):
    assert [m.event_type for m in code(text)] == ["ASSAULT"]


@pytest.mark.parametrize("text", [
    "Crews smothered the grass fire within an hour.",
    "Rising rents are suffocating the small shops of the old town.",
])
def test_fires_and_markets_smothered_are_no_events(text):
    assert code(text) == []


@pytest.mark.parametrize("text", [
    "The overnight arson gutted a bakery in Fresno.",
    "A man set his brother's barn on fire near Ames on Friday.",
])
def test_arson_told_by_its_noun_or_of_a_farm_building(text):
    assert [m.event_type for m in code(text)] == ["ASSAULT"]


def test_an_event_word_inside_a_body_s_name_is_no_act():
    text = "Officers from the Tulsa Police Arson and Bomb Unit spoke to pupils at the school on Monday."
    assert code(text) == []


@pytest.mark.parametrize("text", [
    "Two masked men kicked in the front door of a house in Gary and ransacked it.",
    "One of the robbers produced a handgun at the counter of a petrol station in Perth.",
    "A man died after a struggle with guards at a shopping centre in Adelaide.",
])
def test_break_ins_drawn_weapons_and_struggles_are_force(text):
    assert "ASSAULT" in [m.event_type for m in code(text)]


def test_a_firm_producing_knives_is_no_force():
    assert code("The Sheffield firm produced a new range of kitchen knives last year.") == []


@pytest.mark.parametrize("text", [
    "Two students were stabbed at Jefferson High School in Tulsa on Friday.",
    "A nurse was beaten at St Luke's Hospital in Kampala on Sunday.",
])
def test_people_hurt_at_a_school_or_hospital_known_by_its_name_are_civilians(text):
    # the site names where they were, not a side: those hurt there are that country's civilians
    ms = [m for m in code(text) if m.event_type == "ASSAULT"]
    assert [name(m.actor2) for m in ms] and all(name(m.actor2).startswith("Civilians") for m in ms)
