"""Stop 81: whom a protest's purpose addresses is the side it is against ("marched to demand that
Britain free them", "rallied to urge the United States to lift the ban", "to protest a UN study"),
not the government of the town it was held in; a demand with no one addressed keeps that default.
Sentences written for these tests."""

from __future__ import annotations

from conftest import coded


def target(text: str) -> str | None:
    mentions = [m for m in coded(text) if m.event_type == "PROTEST"]
    assert len(mentions) == 1, (text, mentions)
    return mentions[0].actor2.name if mentions[0].actor2 else None


def test_the_addressee_of_the_purpose_is_the_target():
    assert target("About 300 mothers demonstrated in Aden on Sunday to demand that Britain release their sons.") \
        == "United Kingdom government"
    assert target("Hundreds of students rallied in Kisumu to urge the United States to lift the visa ban.") \
        == "United States government"
    assert target("Fishermen marched in Brest to call on the European Union to keep the quotas.") == "European Union"
    assert target("Refugees demonstrated in Sidon on Sunday to protest a UN study of the camps.") == "United Nations"


def test_a_demand_with_no_one_addressed_keeps_the_government_where_it_was():
    assert target("Thousands marched in Kumasi to demand the release of the journalists.") == "Ghana government"
