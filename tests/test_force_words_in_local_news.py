"""Force words in local and health news that tell no act (codebook 1): burdens one is "hit with",
counts that "explode", pests, disputes, displays, orders given at the scene, acts counted over a
career or as the Nth of a year, a tour of duty. Sentences written for these tests."""

from __future__ import annotations

import pytest

from conflictatlas.nlp import code_article
from conflictatlas.records import Article


def _types(text: str) -> list[str]:
    mentions = code_article(Article(id="t", text=text, source="t", language="en", published="2025-06-01"))
    return [m.event_type for m in mentions]


@pytest.mark.parametrize("text", [
    "The restaurant was hit with a fine of 500 dollars on Monday.",
    "Homeowners were hit with a 12 percent tax increase this spring.",
    "The diner was hit with a score of 58 out of 100.",
    "Enrollment at the college exploded last fall.",
    "Membership in the club exploded after the tournament.",
    "The kitchen was invaded by cockroaches, inspectors said.",
    '"They are killing our livelihood," said the farmer.',
    "Two commissioners clashed over whether the new fee would cover the costs.",
    "The afternoon ended with a parachute demonstration by the Navy's jump team.",
    "A K-9 demonstration showed how the dog finds hidden drugs.",
    "The deputy ordered the man to drop the knife.",
    "Officers ordered the driver to step out of the car.",
    "The chief has fired his gun on duty only twice in 30 years.",
    "She has never arrested anyone in her career.",
    "It was the second time this year that a city officer has fired at a suspect.",
    "Harris fought in Korea for 14 months and was wounded twice.",
    "Veterans who fought in the war gathered at the courthouse on Friday.",
    "Fenske has fired his weapon in the line of duty once, at a man who had opened fire on officers outside a tavern.",
    "The day's main event was an air assault demonstration at the airfield, where helicopters landed a squad "
    "of infantrymen who stormed a mock village and fired blanks.",
    "Military police followed with a K-9 demonstration in which a dog tackled a soldier wearing a padded sleeve.",
    '"We are shooting at the adult mosquito when the real enemy is standing water," she said.',
    "Public health officers seized samples of the food and sealed the kitchen.",
    "Health inspectors confiscated 40 pounds of spoiled meat.",
    "The wall lists 41 county residents killed in Korea between 1950 and 1953.",
])
def test_force_words_that_tell_no_act(text):
    assert not set(_types(text)) & {"ASSAULT", "COERCE", "PROTEST", "REQUEST"}


@pytest.mark.parametrize("text, etype", [
    ("The man was hit with a baseball bat outside the bar.", "ASSAULT"),
    ("A bomb exploded near the stadium, killing two.", "ASSAULT"),
    ("A demonstration by students outside parliament turned violent.", "PROTEST"),
    ("Thousands joined a demonstration against the new tax in the capital.", "PROTEST"),
    ("The president ordered the army to withdraw from the city.", "REQUEST"),
    ("Police have arrested three men in the case.", "COERCE"),
    ("Soldiers have shelled the village twice, residents said.", "ASSAULT"),
    ("It was the first time that soldiers had fired on protesters in the capital.", "ASSAULT"),
    ("Rebels fought government troops for two months before the truce.", "ASSAULT"),
    ("Police shot a man who had opened fire on officers outside a tavern.", "ASSAULT"),
    ("Troops fired at protesters during a demonstration outside parliament.", "ASSAULT"),
    ("Students held an anti-war demonstration outside the embassy.", "PROTEST"),
    ("Police seized weapons and arrested two men.", "COERCE"),
    ("Three soldiers were killed in an ambush in 2004 and 2005, the army said.", "ASSAULT"),
])
def test_the_same_words_telling_acts_stay(text, etype):
    assert etype in _types(text)
