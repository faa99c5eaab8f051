"""Whom force hits: people at a protest are protesters (nlp/crowds.py), and whom shots struck is told
in their outcome ("fired three times, hitting the driver": nlp/victims.py). Texts written for this test."""

from __future__ import annotations

from conflictatlas.nlp import code_article
from conflictatlas.records import Article, content_id

MARCH = """Police fire on fuel-price march in Kisumu

KISUMU, Kenya (Reuters) - Thousands of people marched through Kisumu on Tuesday to protest a rise in fuel
prices, and hundreds more rallied outside the county offices. Police fired tear gas and live rounds to
break up the crowd. A 19-year-old student was shot in the chest and died on the way to hospital, witnesses
said, and officers arrested 35 people.
"""

BEFORE_THE_MARCH = """Hundreds march in Eldoret over police shooting

ELDORET, Kenya (Reuters) - Hundreds of people marched through Eldoret on Friday, June 11, to protest the
death of a motorcycle taxi driver, and traders closed their shops in support. Police shot the driver at a
roadblock on Monday, June 7, his family said. Protesters also rallied outside the police station.
"""

BANDITS = """Residents protest after bandit raid in Zamfara

GUSAU, Nigeria (AFP) - Residents of Maradun blocked the main road on Monday to protest a lack of security,
and hundreds marched to the emir's palace. Armed bandits raided a village near Maradun on Sunday night and shot
a farmer, residents said.
"""


def code(text: str, published: str = "2021-06-16"):
    return code_article(Article(id=content_id(text), text=text, source="t.txt", published=published))


def victims(text: str, published: str = "2021-06-16") -> dict[str, str | None]:
    return {m.evidence.trigger: m.actor2.name if m.actor2 else None
            for m in code(text, published) if m.event_type in ("ASSAULT", "COERCE")}


def test_those_shot_and_arrested_at_a_march_are_protesters():
    got = victims(MARCH)
    assert got.get("shot") == "Protesters (Kenya)", got
    assert got.get("arrested") == "Protesters (Kenya)", got


def test_the_shooting_a_march_mourns_stays_against_civilians():
    # (a guard) the police shooting four days before the march was not at it
    got = victims(BEFORE_THE_MARCH, published="2021-06-12")
    assert got.get("shot") == "Civilians (Kenya)", got


def test_armed_mens_victims_in_a_story_of_protest_stay_civilians():
    # (a guard: bandits are no state force breaking up a protest)
    got = victims(BANDITS, published="2021-06-15")
    assert got and set(got.values()) == {"Civilians (Nigeria)"}, got


def test_whom_the_shots_struck_is_the_target_of_the_fire():
    text = ("A sheriff's deputy fired three times through the windshield, hitting the driver in the shoulder, "
            "in Muskogee on Friday.")
    ms = [m for m in code(text) if m.event_type == "ASSAULT"]
    assert ms and ms[0].actor2 is not None and ms[0].actor2.name == "Civilians (United States)", \
        [(m.evidence.trigger, m.actor2) for m in ms]


def test_whom_an_opened_fire_wounded_is_its_target():
    text = "A man walked into a diner in Joplin on Sunday and opened fire, wounding a waiter and two customers."
    ms = [m for m in code(text) if m.event_type == "ASSAULT"]
    assert ms and ms[0].actor2 is not None and ms[0].actor2.name == "Civilians (United States)", \
        [(m.evidence.trigger, m.actor2) for m in ms]


CRIME_AND_MARCH = """Residents march after teen killed in drive-by

Hundreds of residents marched through west Jackson on Saturday to demand an end to gun violence, and
church groups held a vigil outside City Hall. A 16-year-old boy was killed and two others were wounded
when someone fired from a passing car on Saturday afternoon, police said.
"""


def test_a_crimes_victims_in_a_story_of_the_march_it_prompted_stay_civilians():
    # no state force is told acting on a crowd: the unnamed shooter's victims are the crime's
    got = victims(CRIME_AND_MARCH, published="2021-06-14")
    assert got and set(got.values()) <= {"Civilians (United States)", None}, got


def test_a_shooting_a_semicolon_sets_apart_from_the_rally_is_against_civilians():
    # two acts in one headline: the rally came after the shooting, whatever the parse hangs on what
    got = victims("Dover officer fatally shoots teenager with replica pistol outside arcade; classmates protest at "
                  "police station\n\nDOVER, Del. - A Dover police officer shot and killed a teenager on Saturday night, "
                  "police said.", "2024-03-04")
    assert got.get("shoots") == "Civilians (United States)", got
