"""Who was hit and how many died, when the parse misleads: a person "shot in X" who then died, stayed
in hospital or underwent surgery is whom the act was done to (a reduced relative the tagger read as a
past tense); the dead of "fired on the crowd and killed two" are the killing verb's two, not one crowd
(stop 73). Sentences written for these tests."""

from __future__ import annotations

import pytest

from conflictatlas.nlp import code_article
from conflictatlas.records import Article, content_id


def code(text: str):
    return code_article(Article(id=content_id(text), text=text, source="t.txt", published="2024-07-22"))


@pytest.mark.parametrize("text", [
    "The 12-year-old boy shot in Tulsa died on Monday.",
    "A woman stabbed at a bus stop in Leeds remains in hospital.",
    "A man shot outside a bar in Leeds underwent surgery on Sunday and was said to be stable.",
])
def test_the_one_hit_is_the_target_not_the_doer(text):
    [m] = [m for m in code(text) if m.event_type == "ASSAULT"]
    assert m.actor1.text is None  # no doer named
    assert m.actor2 is not None and m.actor2.name.startswith("Civilians")


def test_a_doer_who_shot_and_fled_is_still_the_doer():
    ms = code("The gunman shot twice and fled on foot in Leeds.")
    [m] = [m for m in ms if m.event_type == "ASSAULT"]
    assert m.actor1.text == "gunman"


@pytest.mark.parametrize("text, dead", [
    ("Troops fired on the crowd and killed two protesters in Lagos.", 2),
    ("Gunmen stormed the village and killed 12 people in Kano.", 12),
    # the wounded of a joined verb are not dead
    ("Gunmen killed two and wounded five in Kano.", 2),
])
def test_the_dead_are_the_killing_verbs_object(text, dead):
    [m] = [m for m in code(text) if m.event_type == "ASSAULT"]
    assert m.fatalities.best == dead


@pytest.mark.parametrize("text, dead", [
    ("Two soldiers lost their lives in an ambush near Gao.", 2),
    ("Five civilians lost their lives when a bomb exploded in Kabul.", 5),
])
def test_people_who_lost_their_lives_are_the_dead_not_the_doers(text, dead):
    [m] = [m for m in code(text) if m.event_type == "ASSAULT"]
    assert m.fatalities.best == dead
    assert m.actor1.text is None  # the ones who died did not attack


def test_losing_an_election_is_no_death():
    assert code("The party lost the election in a landslide.") == []
