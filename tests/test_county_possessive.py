"""Stop 84: a county named in the possessive before a town ("Laclede County's Lebanon", "Wilson
County's quiet Lebanon") puts the town in that county's state, as "Lebanon, Mo." would, and
among counties of one name the article's state chooses. Sentences written for these tests."""

from __future__ import annotations

from conftest import coded


def _place(text: str):
    (act,) = coded(text)
    return act.place


def test_a_countys_town_is_the_town_of_that_countys_state():
    place = _place("Deputies arrested a man at a motel in Laclede County's Lebanon on Tuesday.")
    assert place is not None and (place.name, place.precision, place.admin1) == ("Lebanon", "city", "MO")


def test_a_plain_adjective_may_stand_between_the_county_and_its_town():
    place = _place("Deputies arrested a man in Wilson County's quiet Lebanon on Tuesday.")
    assert place is not None and (place.name, place.precision, place.admin1) == ("Lebanon", "city", "TN")


def test_a_state_in_the_possessive_still_holds_its_town():
    # the older reading of "Ohio's Lebanon", which the county reading must leave as it was
    place = _place("Police arrested a man in Ohio's Lebanon on Tuesday.")
    assert place is not None and (place.name, place.precision, place.admin1) == ("Lebanon", "city", "OH")
