"""Stop 81: a state's legislature named by its own word ("Parliament", "Congress", "the Senate"),
or its members ("members of Parliament"), acts as that state's government, not as an office-holder
the article has not named; a council's or a board's own sitting ("the Village Board meeting") is no
meeting between actors (codebook 1). Sentences written for these tests."""

from __future__ import annotations

from conftest import coded


def test_a_legislature_by_its_own_word_acts():
    for text in ("Parliament condemned the decision to close the border crossing.",
                 "Members of Parliament criticised the interior minister over the raids.",
                 "Dozens of members of Congress denounced the plan on Tuesday."):
        mentions = coded(text)
        assert [m.event_type for m in mentions] == ["ACCUSE"], text
        assert mentions[0].actor1 is not None and mentions[0].actor1.type == "government", text


def test_a_named_states_legislature_is_that_states():
    mentions = coded("Ghana's Parliament condemned the attack on the border post.")
    assert mentions and mentions[0].actor1.type == "government" and mentions[0].actor1.country == "GHA"


def test_a_bodys_own_sitting_is_no_meeting():
    assert coded("The tenants said they would come back for the Village Board meeting on May 4.") == []
    assert coded("The mayor spoke briefly at the school board's session on Monday.") == []
    mentions = coded("The governor held a meeting with the city council on Monday.")
    assert [m.event_type for m in mentions] == ["CONSULT"]


def test_the_government_capitalised_is_the_states_and_no_town():
    mentions = coded("The Government has promised to send engineers to Tralee after the floods.")
    assert mentions and mentions[0].actor1 is not None and mentions[0].actor1.type == "government"
    mentions = coded("Councillors in Tralee passed a motion calling on the Government to pay for flood defences.")
    assert [m.event_type for m in mentions] == ["REQUEST"]
    assert mentions[0].place is not None and mentions[0].place.name == "Tralee"
    assert mentions[0].actor2 is not None and mentions[0].actor2.type == "government"
