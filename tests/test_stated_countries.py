"""Stop 80: the country written on the place noun a name is "of" ("the Chadian town of X", "the
Niger village of X") holds the name, as "Chad's X" does: a namesake in another country gives way,
and with none there the name is kept in that country; a people's adjective on the noun is no place
name of its own. Sentences written for these tests."""

from __future__ import annotations

from conftest import sole_place


def test_the_country_written_on_the_place_noun_holds_the_name():
    for text, country in (("Gunmen raided the Chadian town of Mubi on Monday.", "TD"),
                          ("Gunmen raided the Niger village of Gashua on Monday.", "NE"),
                          ("Gunmen raided the Nigerian town of Mubi on Monday.", "NG")):
        place = sole_place(text)
        assert place is not None and place.country == country, text


def test_a_peoples_adjective_on_the_noun_is_no_place_name():
    place = sole_place("The Nigerien village of Gashua was bombed by a plane on Monday.")
    assert place is not None and place.country == "NE" and not (place.name or "").startswith("Nigerien")
