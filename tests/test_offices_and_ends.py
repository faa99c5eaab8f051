"""Stop 79: two-word role nouns before their head word ("attorney general" is no general, "security
forces" are police), a state's attorney general acting for the state, and the act a demand or a
deal is to end, which is named, not told. Sentences written for these tests."""

from __future__ import annotations

from conflictatlas.nlp import code_article
from conflictatlas.records import Article, content_id


def coded(text: str):
    return code_article(Article(id=content_id(text), text=text, source="t"))


def test_an_attorney_general_is_an_official_not_a_soldier():
    m = next(m for m in coded("The attorney general accused the mayor of breaking the law.") if m.event_type == "ACCUSE")
    assert m.actor1 is not None and m.actor1.type == "government"


def test_security_forces_are_police():
    m = next(m for m in coded("KDF security forces arrested twelve traders in Mombasa on Friday.")
             if m.event_type == "COERCE")
    assert m.actor1 is not None and m.actor1.type == "police"


def test_a_state_attorney_general_acts_for_the_state():
    m = next(m for m in coded("The Ohio attorney general accused Dayton of ignoring the new law.") if m.event_type == "ACCUSE")
    assert m.actor1 is not None and m.actor1.name == "Ohio state government"


def test_a_nation_s_attorney_general_stays_the_nation_s():
    m = next(m for m in coded("The attorney general of Britain accused the council of lying.") if m.event_type == "ACCUSE")
    assert m.actor1 is not None and m.actor1.name == "United Kingdom government"


def test_fighting_a_party_is_urged_to_stop_is_no_attack_by_the_one_urging():
    for text in ("The UN chief urged both sides to stop fighting.",
                 "The envoy called on the rebels to halt attacks on aid convoys.",
                 "Kenya urged the two groups to end the clashes."):
        ms = coded(text)
        assert any(m.event_type == "REQUEST" for m in ms), text
        assert not any(m.event_type == "ASSAULT" for m in ms), text


def test_a_protest_force_is_used_to_end_was_held():
    ms = coded("Police used tear gas to end the protest in Nairobi.")
    assert any(m.event_type == "PROTEST" for m in ms)
