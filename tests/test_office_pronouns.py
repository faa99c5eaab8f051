"""Stop 82: an office named without its holder's name ("the foreign minister", "the mayor") is who a
later "he" or "she" is; before, only a named person could be, and the pronoun's act was dropped for
want of a doer. Sentences written for these tests."""

from __future__ import annotations

from conftest import coded


def test_he_after_an_unnamed_minister_is_the_ministers_state():
    mentions = coded("Ghana's interior minister spoke to reporters in Accra on Tuesday. "
                     "He accused Burkina Faso of sheltering the smugglers.")
    accusations = [m for m in mentions if m.event_type == "ACCUSE"]
    assert len(accusations) == 1
    assert accusations[0].actor1.name == "Ghana government"


def test_she_after_an_unnamed_mayor_makes_the_request():
    mentions = coded("The mayor of Boise said the city would pay for the repairs. "
                     "She urged the governor to release emergency funds.")
    assert [m.event_type for m in mentions if m.event_type == "REQUEST"] == ["REQUEST"]


def test_he_after_a_named_private_person_stays_unresolved():
    # A private person named after the office is the nearer "he": no actor stands for him.
    mentions = coded("The mayor of Boise met Tom Reyes, a bakery owner, on Monday. "
                     "He accused the county of ignoring the flood warnings.")
    assert not any(m.event_type == "ACCUSE" and m.actor1 and m.actor1.type == "government" for m in mentions)
