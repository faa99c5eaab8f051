"""Stop 81: a protest that names no one it addresses, in a story whose city government is at work
(its hall, its council, its mayor), is addressed to that city's government, in the city it was held
in; a protest at the state's offices, or in a story with no city government in it, stays the
nation's. Sentences written for these tests."""

from __future__ import annotations

from conftest import coded


def target(text: str) -> str | None:
    mentions = [m for m in coded(text) if m.event_type == "PROTEST"]
    assert mentions, text
    return mentions[0].actor2.name if mentions[0].actor2 else None


def test_a_protest_at_city_hall_addresses_the_city():
    assert target("About 150 people marched to Tulsa City Hall on Monday to protest the curfew.") \
        == "Tulsa city government"
    assert target("Residents rallied in Enid on Tuesday before the council meeting.") == "Enid city government"


def test_a_protest_at_the_states_offices_or_with_no_city_body_stays_the_nations():
    assert target("Thousands marched in Lyon on Saturday against the pension reform.") == "France government"
    assert target("The mayor watched as several hundred people marched in Kumasi to the regional minister's office.") \
        == "Ghana government"
