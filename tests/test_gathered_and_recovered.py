"""Stop 83: people who gather "in support of", "in solidarity with" or "in protest" at something
demonstrate (a crowd that merely gathers does not); arms or drugs recovered "from" someone, a car or a
house are seized, with no one said to have done it (a blade found in undergrowth is evidence found). Sentences written for these tests."""

from __future__ import annotations

from conftest import coded, coded_types


def test_a_gathering_in_support_or_in_protest_is_a_demonstration():
    assert coded_types("About 60 tenants gathered outside the town hall in Ames in support of evicted families "
                       "on Saturday.") == ["PROTEST"]
    assert coded_types("Hundreds gathered in protest at the planned closure of the pit.") == ["PROTEST"]


def test_a_crowd_that_only_gathers_is_no_demonstration():
    assert coded_types("Fans gathered at the stadium in Leeds on Saturday for the derby.") == []


def test_arms_recovered_from_a_car_were_seized():
    (seized,) = coded("A sawn-off shotgun was recovered from the boot of the car in Leeds.")
    assert (seized.event_type, seized.status) == ("COERCE", "occurred")
    assert coded_types("Two revolvers and some cash were recovered from the suspects.") == ["COERCE"]


def test_recovering_from_injuries_or_bicycles_or_a_knife_in_a_field_is_no_seizure():
    assert coded_types("The diver recovered from his injuries in a week.") == []
    assert coded_types("A blade was recovered from undergrowth near the canal, officers said.") == []
    assert coded_types("Volunteers recovered the stolen bicycles from a canal.") == []
