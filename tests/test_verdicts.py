"""Stop 80: a damning judgement said of a thing in a clause ("the minister said the vote was a sham")
accuses whoever did it, as "called the vote a sham" does; a judgement denied, a general rule, or a
police report's plain name for a killing is no accusation. Sentences written for these tests."""

from __future__ import annotations

from conftest import coded


def accusations(text: str):
    return [m for m in coded(text)
            if m.event_type == "ACCUSE"]


def test_a_judgement_said_of_a_thing_is_an_accusation_by_the_speaker():
    for text, speaker in (("The foreign minister said the referendum was a sham.", "minister"),
                          ("The opposition party claimed that the inquiry was a stunt.", "party"),
                          ("The senator insisted the new tariffs were illegal and reckless.", "senator")):
        ms = accusations(text)
        assert len(ms) == 1, text
        assert speaker in (ms[0].actor1.text or "").lower(), text
        assert ms[0].status == "occurred"


def test_a_judgement_denied_or_of_no_thing_is_none():
    for text in ("The foreign minister said the referendum was not a sham.",
                 "Officials said it is illegal to fly drones over the port.",
                 "The governor said the harvest was excellent this year."):
        assert accusations(text) == [], text


def test_a_plain_name_for_a_killing_in_a_report_is_no_accusation():
    # the name is damning where someone gives it ("called the shelling a massacre"), not where it
    # only says what the act was
    assert accusations("Detectives said the death of the shopkeeper was a murder.") == []
    assert len(accusations("The mayor called the shelling of the market a massacre.")) == 1
