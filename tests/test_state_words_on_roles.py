"""Stop 81: a role noun with a state's adjective is read by the words on it as it is without one:
"an Iraqi tribal leader" leads private people, "Kenyan army officers" are the army's (not the
police's), "an Iraqi rebel leader" leads rebels, not the state. Sentences written for these tests."""

from __future__ import annotations

from conftest import coded


def sides(text: str):
    mentions = coded(text)
    assert len(mentions) == 1, (text, mentions)
    return mentions[0].actor1, mentions[0].actor2


def test_the_words_on_the_role_decide_with_a_state_word_too():
    assert sides("Gunmen killed a prominent Iraqi tribal leader in Samarra.")[1].name == "Civilians (Iraq)"
    assert sides("Kenyan army officers arrested three men in Garissa.")[0].name == "Kenya military"
    assert sides("An Iraqi rebel leader was captured in Samarra.")[1].type == "rebel/insurgent"


def test_a_state_office_holder_stays_the_states():
    assert sides("Gunmen killed a senior Iraqi official in Samarra.")[1].name == "Iraq government"
    assert sides("Nigerian police officers arrested two men in Zaria.")[0].name == "Nigeria police"
