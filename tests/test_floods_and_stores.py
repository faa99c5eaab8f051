"""Stop 81: a place "bombarded with" anything but fire or missiles is flooded with it ("bombarded
with calls", "with patients"), no attack; a store of goods "raided" by shoppers or the hungry ("raided
the shelves", "the fridge") is emptied, no raid (codebook 1.1, figurative uses). Sentences written for
these tests."""

from __future__ import annotations

from conftest import coded_types


def test_bombarded_with_a_flood_is_no_attack():
    assert coded_types("The hotline was bombarded with calls from worried parents.") == []
    assert coded_types("Since the ice storm the clinic has been bombarded with people suffering fractured legs.") == []
    assert coded_types("Reporters bombarded the minister with questions at the briefing.") == []


def test_bombarded_with_fire_is_an_attack():
    assert coded_types("Rebels bombarded the garrison with rockets and mortars overnight.") == ["ASSAULT"]
    assert coded_types("The border post was bombarded with artillery shells fired from the hills.") == ["ASSAULT"]


def test_shelves_raided_are_no_raid():
    assert coded_types("Shoppers raided the shelves of the supermarkets for bread and milk before the snow.") == []
    assert coded_types("Hungry students raided the pantry after the exams.") == []
    assert coded_types("Soldiers raided the warehouse of a trader in Gao on Monday.") != []
