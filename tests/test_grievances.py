"""Stop 82: an attack on someone named as what a protest is against, what an arrest is made over or
what is condemned ("protested the killing of four herders", "arrested over the stabbing of a
student") happened and is an event of its own, not only the theme of the protest or the arrest; a
war on a country protested ("the bombing of Serbia") and a threatened attack stay themes. Sentences
written for these tests."""

from __future__ import annotations

from conftest import coded


def kinds(text: str) -> list[tuple[str, str]]:
    return sorted((m.event_type, m.status) for m in coded(text))


def test_a_killing_protested_happened():
    assert kinds("Hundreds rallied in Makurdi on Friday to protest the killing of four herders.") \
        == [("ASSAULT", "occurred"), ("PROTEST", "occurred")]


def test_a_stabbing_an_arrest_is_made_over_happened():
    assert kinds("Officers arrested a man in Akron over the stabbing of a student.") \
        == [("ASSAULT", "occurred"), ("COERCE", "occurred")]


def test_a_war_on_a_country_or_a_threatened_attack_stays_the_protests_theme():
    assert kinds("Crowds protested in Athens against the bombing of Serbia.") == [("PROTEST", "occurred")]
    assert kinds("Students marched in Cairo to protest a threatened invasion of Sudan.") == [("PROTEST", "occurred")]
