"""Stop 83: someone who "is", "was" or "remains in custody" is held, told as an arrest is (one already
told "arrested ... and remains in custody" is not told twice; a guardian's custody of a child is no
detention); "holdup" and "stickup" are armed robberies; an old name a gazetteer keeps as an alias
("Salem" for Jerusalem) does not beat cities that bear the name today. Sentences written for these tests."""

from __future__ import annotations

from conftest import coded, coded_types


def _arrests(text: str):
    return [m for m in coded(text) if m.event_type == "COERCE"]


def test_someone_in_custody_was_held():
    (held,) = _arrests("Two brothers from Dover are in custody after a car chase through the town on Friday, police said.")
    assert held.status == "occurred" and held.actor1 is not None and held.actor1.type == "police"
    (held,) = _arrests("Four women remained in police custody on Tuesday after the raid in Leeds.")
    assert held.actor2 is not None and held.actor2.type == "civilians"


def test_custody_told_with_its_arrest_is_one_arrest():
    assert len(_arrests("A woman was detained in Halifax on Sunday and remains in custody.")) == 1


def test_a_guardians_custody_and_no_one_held_are_no_arrest():
    assert _arrests("The twins are in the custody of their aunt in Ohio.") == []
    assert _arrests("No one is in custody, the sheriff said.") == []


def test_a_holdup_is_a_robbery():
    assert "ASSAULT" in coded_types("Detectives want to trace two men after an armed holdup at a Reno pawn shop.")
    assert "ASSAULT" in coded_types("The stickup at the bakery lasted less than a minute.")


def test_an_old_name_kept_as_an_alias_is_not_the_town():
    (robbery,) = [m for m in coded("A masked man robbed a bank in Salem on Monday.") if m.event_type == "ASSAULT"]
    assert robbery.place is not None and robbery.place.name == "Salem"
