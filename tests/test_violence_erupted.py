"""Stop 83: violence that erupts, flares, breaks out or spreads somewhere is an attack told as it
began; the word as a topic ("violence against women has risen", "domestic violence") is no event.
Sentences written for these tests."""

from __future__ import annotations

from conftest import coded, coded_types


def test_violence_that_flares_is_an_attack():
    (act,) = coded("Violence flared again on Friday night in the market town of Kaduna, leaving six dead.")
    assert act.event_type == "ASSAULT" and act.place is not None and act.place.name == "Kaduna"
    assert coded_types("Sectarian violence spread to three more districts of Homs on Sunday.") == ["ASSAULT"]


def test_violence_as_a_topic_is_no_event():
    assert coded_types("The report says violence against women has risen.") == []
    assert coded_types("Domestic violence rose sharply during the lockdown.") == []


def test_violence_its_clause_tells_is_that_act():
    (act,) = [m for m in coded("The violence erupted on Monday when militants raided police posts in Rakhine, "
                                 "killing nine officers.") if m.event_type == "ASSAULT"]
    assert act.evidence.trigger != "violence" and act.fatalities.best == 9
