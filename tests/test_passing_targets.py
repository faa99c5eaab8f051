"""Stop 81: an attack timed for someone passing ("a bomb went off as a police convoy passed", "when
an army patrol drove by") was aimed at who was passing, not at the people of the place; the same
clause on an arrest changes nothing. Sentences written for these tests."""

from __future__ import annotations

from conftest import coded


def victim(text: str):
    mentions = coded(text)
    assert len(mentions) == 1, (text, mentions)
    return mentions[0].actor2


def test_whom_the_attack_waited_for_is_its_target():
    assert victim("A roadside bomb was detonated as a police convoy passed near Tikrit.").name == "Iraq police"
    assert victim("A remote-controlled bomb exploded as an army patrol passed through Tikrit.").name == "Iraq military"
    assert victim("A mine went off in Kandahar when an army convoy was travelling to the airport.").type == "military"


def test_people_passing_are_the_people_hit():
    assert victim("A bomb exploded in Peshawar as worshippers were leaving the mosque.").name == "Civilians (Pakistan)"
