"""Stop 80: an act something is "likely" or "unlikely" to suffer is forecast, not told: hypothetical,
never occurred; "expected to" stays a plan, and "was likely killed by" tells a death. Sentences
written for these tests."""

from __future__ import annotations

from conftest import coded


def statuses(text: str) -> list[str]:
    return [m.status for m in coded(text)]


def test_an_act_forecast_as_likely_is_hypothetical():
    assert statuses("Migrants crossing at night are likely to be detained by border guards.") == ["hypothetical"]
    assert statuses("The marchers are unlikely to be arrested, the governor said.") == ["hypothetical"]


def test_a_death_told_as_likely_caused_still_occurred():
    assert statuses("The herder was likely killed by a stray bullet, police said.") == ["occurred"]
