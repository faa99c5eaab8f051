"""Stop 83: a crime against a person told by its bare noun in a headline ("arrested after stabbing"),
which the tagger reads as a gerund, hits private people as the noun with its article does; a holdup
or a stickup is such a crime. Sentences written for these tests."""

from __future__ import annotations

from conftest import coded


def _victims(text: str) -> str | None:
    (act,) = [m for m in coded(text) if m.event_type == "ASSAULT"]
    return act.actor2.name if act.actor2 is not None else None


def test_a_headlines_bare_stabbing_hits_civilians():
    assert _victims("Teenager held after stabbing in Newport.") == "Civilians (United Kingdom)"


def test_a_holdup_hits_civilians():
    assert _victims("Two men sought after armed holdup at a Dover pharmacy.") == "Civilians (United Kingdom)"
