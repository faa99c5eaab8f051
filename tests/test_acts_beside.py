"""Stop 83: an act named in a phrase of "in addition to", "besides", "apart from" or "on top of" is
one more act beside the sentence's, not its theme: coded on its own, done by the doer its "their" or
"its" looks ahead to, and its place is not the other act's. Sentences written for these tests."""

from __future__ import annotations

from conftest import coded


def _by_trigger(text: str) -> dict:
    return {m.evidence.trigger: m for m in coded(text)}


def test_an_act_besides_another_is_coded_with_its_own_place():
    acts = _by_trigger("In addition to the bombing raids near Saraqib, rebels attacked an army post in Idlib.")
    assert set(acts) == {"raids", "attacked"}
    assert acts["raids"].place.name == "Saraqib"
    assert acts["attacked"].place.name == "Idlib"


def test_the_act_besides_is_done_by_whom_its_pronoun_looks_ahead_to():
    acts = _by_trigger("Besides its airstrikes on Saraqib, the Syrian air force also bombed the village of Kafr Nabl.")
    assert acts["airstrikes"].actor1 is not None and acts["airstrikes"].actor1.name == acts["bombed"].actor1.name


def test_an_act_in_another_acts_object_stays_its_theme():
    assert [m.event_type for m in coded("Protesters demanded an end to the airstrikes on Saraqib.")] == []
