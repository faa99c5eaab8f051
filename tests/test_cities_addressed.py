"""Stop 83: a city the words of an act are addressed to ("accused Houston of ...", "urged Columbus
to ...") is its city government, as ACLED and the codebook name a town's authorities; a national
capital still stands for its state, and a town shelled is no government. A chapter or a branch of an
organisation ("the Ohio chapter of the ACLU") acts as the organisation. Sentences written for these tests."""

from __future__ import annotations

from conftest import coded


def _only(text: str):
    (act,) = coded(text)
    return act


def test_a_city_accused_or_urged_is_its_city_government():
    act = _only("The Texas attorney general on Monday accused Houston of breaking a state law on police budgets.")
    assert act.actor2 is not None and act.actor2.name == "Houston city government"
    act = _only("Ohio's governor urged Columbus to drop the new parking fees.")
    assert act.actor2 is not None and act.actor2.name == "Columbus city government"


def test_a_capital_stands_for_its_state_and_a_town_shelled_for_no_government():
    act = _only("Bangladesh asked Moscow to stop the flights.")
    assert act.actor2 is None or "city government" not in (act.actor2.name or "")
    act = _only("Government forces shelled Homs in Syria on Monday.")
    assert act.actor2 is None or "city government" not in (act.actor2.name or "")


def test_a_chapter_of_an_organisation_acts_as_it():
    act = _only("The Ohio chapter of the ACLU accused police of racial profiling.")
    assert act.actor1 is not None and act.actor1.name == "ACLU"
