"""Stop 81: an act "blamed on" someone in a participle on its noun, with no one said to blame
("an attack blamed on rebels"), tells whose the act was, no accusation by anyone; with a blamer
named ("blamed by police on rebels") it is that blamer's ACCUSE. Sentences written for these tests."""

from __future__ import annotations

from conftest import coded


def types(text: str) -> list[str]:
    return sorted(m.event_type for m in coded(text))


def test_an_act_blamed_on_someone_by_no_one_is_no_accusation():
    assert types("Gunmen shot dead two officers on Friday in an attack in Tura blamed on separatist rebels.") == ["ASSAULT"]


def test_an_act_blamed_by_someone_is_their_accusation():
    assert types("Gunmen shot dead two officers on Friday in an attack in Tura blamed by police on separatist rebels.") \
        == ["ACCUSE", "ASSAULT"]
