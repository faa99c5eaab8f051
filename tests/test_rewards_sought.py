"""Stop 82: an arrest or a capture a reward is offered for (information "leading to" an arrest, "a
reward for the capture of ...") is hoped for, no event; an arrest made after a tip was made.
Sentences written for these tests."""

from __future__ import annotations

from conftest import coded_types


def test_an_arrest_a_reward_seeks_is_no_event():
    assert "COERCE" not in coded_types("The county posted a reward for any information leading to an arrest of the Boise arsonist.")
    assert coded_types("The army put a bounty on the rebel leader, and a reward for the capture of his deputy.") == []


def test_an_arrest_made_after_a_tip_is_an_event():
    assert coded_types("Deputies made the arrest in Boise after a tip from a neighbour.") == ["COERCE"]
