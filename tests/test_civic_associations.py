"""Stop 81: an association, a guild or a confederation named "of" a country ("the Christian
Association of Nigeria", "the Law Society of Kenya") is that civic body, by its whole name, not the
state's government; a charity named after its kind word keeps its own name. Sentences written for
these tests."""

from __future__ import annotations

from conftest import coded


def doer(text: str):
    mentions = coded(text)
    assert len(mentions) == 1, (text, mentions)
    return mentions[0].actor1


def test_an_association_of_a_country_is_no_government():
    actor = doer("The Muslim Association of Ghana condemned the attack on the mosque in Tamale.")
    assert actor.name == "Muslim Association of Ghana" and actor.type != "government"
    actor = doer("The Teachers Guild of Malawi condemned the arrests in Zomba.")
    assert actor.name == "Teachers Guild of Malawi" and actor.type != "government"


def test_a_body_the_dictionary_names_keeps_its_entry():
    assert doer("The Association of Southeast Asian Nations condemned the coup in Naypyidaw.").name \
        == "Association of Southeast Asian Nations"
