"""Stop 80: a name the model tags as a place and neither the gazetteer nor the dictionary knows is
likelier a village than a body: the side named before it is the one acted on ("shelled the insurgents
at Tel X"). Sentences and names written for these tests."""

from __future__ import annotations

from conftest import coded


def assaults(text: str):
    return [m for m in coded(text)
            if m.event_type == "ASSAULT"]


def test_the_side_before_an_unknown_place_is_the_one_attacked():
    ms = assaults("Government troops shelled the insurgents at Tel Maroukh on Friday.")
    assert len(ms) == 1
    assert ms[0].actor2 is not None and ms[0].actor2.text == "insurgents"


def test_a_known_state_still_outranks_a_role_noun():
    ms = assaults("Rebel fighters shelled positions of the Syrian army on Friday.")
    assert len(ms) == 1
    assert ms[0].actor2 is not None and ms[0].actor2.country == "SYR"
