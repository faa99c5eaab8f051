"""Stop 82: munitions fired in a burst counted by its noun ("a barrage of shells", "a hail of
bullets") are fired as the bare munitions are; an animal word on an agent noun names people by what
they do to the animals ("cattle raiders", "goat rustlers"), not an animal acting; a weapon pointed at
someone named by trade ("the cashier", "a pharmacist") is an assault. Sentences written for these
tests."""

from __future__ import annotations

from conftest import coded, coded_types


def test_a_barrage_or_a_hail_of_munitions_fired_at_a_place_is_an_attack():
    assert coded_types("Insurgents fired a barrage of mortar shells at the garrison in Mopti on Friday.") == ["ASSAULT"]
    assert coded_types("The gunman fired a hail of bullets at the patrol car in Akron.") == ["ASSAULT"]


def test_raiders_named_by_the_animals_they_take_act():
    mentions = coded("Goat rustlers killed four herders in Kapoeta on Tuesday.")
    assert [m.event_type for m in mentions] == ["ASSAULT"]
    assert mentions[0].fatalities.best == 4


def test_animals_acting_stay_no_event():
    assert coded_types("A pack of stray dogs attacked two joggers in Akron on Tuesday.") == []


def test_a_weapon_pointed_at_a_worker_is_an_assault():
    assert coded_types("A masked man pointed a pistol at the pharmacist of a drugstore in Akron.") == ["ASSAULT"]
