"""Stop 80: a name with a nationality in apposition ("X, a Saudi, was captured") is a person's,
however the name reads as a town abroad: no place taken; a town captured by its name stays one.
Sentences written for these tests."""

from __future__ import annotations

from conftest import sole_place


def test_a_name_with_a_nationality_beside_it_is_a_person():
    place = sole_place("Dhamar, a Saudi, was captured at a checkpoint in Iraq in March.")
    assert place is not None and place.country == "IQ"


def test_a_town_taken_by_its_name_is_still_a_place():
    place = sole_place("Kidal was captured by the rebels on Monday.")
    assert place is not None and place.country == "ML"
