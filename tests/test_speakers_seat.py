"""Stop 82: a place in the phrase naming who tells of an act ("an official in Geneva said") is
where the source sits, not where the act was (codebook 4), unless the speakers are on the spot
(residents, witnesses, the local police). Sentences written for these tests."""

from __future__ import annotations

from conftest import coded


def test_a_speakers_town_does_not_place_the_act_told():
    mentions = coded("Rebels attacked an army post in Kidal on Sunday. "
                     "Army gunners shelled rebel positions on Monday, an aid official in Geneva said.")
    assert len(mentions) == 2 and all(m.place is not None and m.place.country == "ML" for m in mentions)


def test_local_police_who_tell_of_an_act_place_it():
    mentions = coded("Police in Tulsa said a man was shot outside a bar early Sunday.")
    assert mentions and mentions[0].place is not None and mentions[0].place.name == "Tulsa"


def test_residents_who_tell_of_an_act_place_it():
    mentions = coded("Mortar shells struck a market on Tuesday, residents of Kidal said.")
    assert mentions and mentions[0].place is not None and mentions[0].place.country == "ML"
