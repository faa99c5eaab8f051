"""Stop 83: stones, bottles, fireworks or petrol bombs thrown at the police by no one the text names
are a crowd's violence (ACLED's rioters of the place), whether or not the story told a protest;
gunmen firing on a patrol stay an armed group. Sentences written for these tests."""

from __future__ import annotations

from conftest import coded


def _doer(text: str) -> str | None:
    (act,) = [m for m in coded(text) if m.event_type == "ASSAULT"]
    return act.actor1.name if act.actor1 is not None else None


def test_missiles_thrown_at_officers_are_rioters():
    assert _doer("Two constables in Leeds were pelted with rocks and a petrol bomb during the disorder on Tuesday.") \
        == "Rioters (United Kingdom)"
    assert _doer("Bricks were hurled at riot police near the ground in Dover late on Saturday.") == "Rioters (United Kingdom)"


def test_gunfire_on_a_patrol_is_no_riot():
    assert _doer("Gunmen opened fire on a police patrol in Kirkuk.") == "Unidentified armed group (Iraq)"
