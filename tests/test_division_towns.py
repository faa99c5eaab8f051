"""Stop 82: a governorate or province named after its town, which GeoNames spells otherwise, is the
first-level division around that town; a base or an airport named after its town ("the X Military
Airport") lies at that town; the common noun an Arabic place name opens with ("Ain", "Tel") is no
place of its own inside the name. Sentences written for these tests."""

from __future__ import annotations

from conftest import coded


def places(text: str):
    return [m.place for m in coded(text) if m.place is not None]


def test_a_governorate_named_after_its_town_is_the_division():
    found = places("Government troops shelled farms across the Deir Ezzor Governorate overnight.")
    assert found and all(p.precision == "admin1" and p.country == "SY" for p in found)


def test_a_region_noun_keeps_its_town():
    # "region" names either level of division: no guess at the province around the town
    found = places("Rebels ambushed a convoy in the mountainous Vedeno region on Friday.")
    assert found and all(p.precision != "admin1" for p in found)


def test_a_military_airport_lies_at_its_town():
    found = places("Syrian army units fought rebels on Sunday. Rockets struck the Abu al-Duhur Military Airport on Monday.")
    assert found and found[-1].precision == "city" and found[-1].country == "SY"


def test_the_opening_noun_of_an_arabic_name_is_no_place_abroad():
    found = places("Kurdish fighters clashed with jihadists near Ain Issa on Tuesday.")
    assert all(p.country != "FR" for p in found)
