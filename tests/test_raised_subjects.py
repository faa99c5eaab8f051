"""Who did it, as the clause above says: a subject raised by a passive of saying or believing did the
act it reports on ("the police are said to have arrested him"), a patient raised so is still the
patient; a state's staff counted as a crowd and protesting are protesters (stop 73). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from conflictatlas.nlp import code_article
from conflictatlas.records import Article, content_id


def code(text: str):
    return code_article(Article(id=content_id(text), text=text, source="t.txt", published="2024-07-22"))


@pytest.mark.parametrize("text, doer", [
    ("Police are reported to have detained the activist in Lagos.", "Police"),
    ("The militia is believed to have shelled the market in Goma.", "militia"),
    ("Soldiers are alleged to have beaten two traders near the border.", "Soldiers"),
])
def test_a_raised_subject_did_the_act(text, doer):
    [m] = [m for m in code(text) if m.event_type in ("COERCE", "ASSAULT")]
    assert m.actor1 is not None and m.actor1.text is not None and doer in m.actor1.text


def test_a_raised_patient_is_not_the_doer():
    [m] = code("The editor is said to have been arrested in Lagos.")
    assert m.actor1.text is None  # the police by convention, not the editor
    assert m.actor1.name == "Nigeria police"


@pytest.mark.parametrize("text, country", [
    ("Hundreds of Kenyan officials protested on Tuesday in Nairobi.", "Kenya"),
    ("Some 300 police officers protested over unpaid wages in Lagos.", "Nigeria"),
    ("Dozens of Malian soldiers protested in Bamako over unpaid wages.", "Mali"),
])
def test_a_states_staff_counted_as_a_crowd_protest_as_protesters(text, country):
    [m] = code(text)
    assert m.event_type == "PROTEST" and m.actor1.name == f"Protesters ({country})"


def test_a_few_officials_protesting_speak_for_their_state():
    [m] = code("Two Kenyan officials protested the decision in Nairobi.")
    assert m.actor1.name == "Kenya government"
