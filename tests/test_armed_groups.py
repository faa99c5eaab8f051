"""Stop 81: "an armed group", "armed bands" are ACLED's unidentified armed group wherever they stand,
also as the side acted on ("killed two members of an armed group"); a group the article named
before and calls "the armed group" stays that group. Sentences written for these tests."""

from __future__ import annotations

from conftest import coded


def test_an_armed_group_acted_on_is_one():
    mentions = coded("Soldiers killed five members of an armed group near Menaka on Sunday.")
    assert [m.event_type for m in mentions] == ["ASSAULT"]
    assert mentions[0].actor2 is not None and mentions[0].actor2.name.startswith("Unidentified armed group")
    mentions = coded("Two members of armed bands were killed by troops in Menaka.")
    assert mentions and mentions[0].actor2 is not None and mentions[0].actor2.type == "militia"


def test_the_armed_group_named_before_stays_that_group():
    mentions = coded("Al-Shabaab fighters attacked a base in Baidoa on Monday. The armed group said it had killed ten soldiers.")
    assert [m.actor1.name for m in mentions] == ["al-Shabaab", "al-Shabaab"]
