"""Stop 79: an office-holder's office acts for the office-holder ("the governor's office urged"),
not a building's owner; and a speaker's second act joined to what was said about a thing is the
speaker's ("the mayor said the plan costs too much and accused the council ..."). Sentences
written for these tests."""

from __future__ import annotations

from conflictatlas.nlp import code_article, model
from conflictatlas.records import Article, content_id


def coded(text: str):
    return code_article(Article(id=content_id(text), text=text, source="t"))


def test_the_governor_s_office_is_the_governor_s():
    m = next(m for m in coded("The governor's office said it urged the mayor to settle the dispute.")
             if m.event_type == "REQUEST")
    assert m.actor1 is not None and m.actor1.type == "government"


def test_a_newspaper_s_office_is_no_government():
    m = next(m for m in coded("Gunmen attacked the newspaper's office in Lagos.") if m.event_type == "ASSAULT")
    assert m.actor2 is None or m.actor2.type != "government"


def test_an_accusation_joined_to_what_was_said_about_a_thing_is_the_speaker_s():
    doc = model.load()("The mayor said the plan costs too much and accused the council of wasting money.")
    accused = next(t for t in doc if t.lower_ == "accused")
    assert accused.head.lower_ == "said"
    m = next(m for m in coded(doc.text) if m.event_type == "ACCUSE")
    assert m.actor1 is not None and m.actor1.text == "mayor"


def test_an_act_joined_to_what_people_did_stays_theirs():
    doc = model.load()("The mayor said the officers acted lawfully and praised their restraint.")
    praised = next(t for t in doc if t.lower_ == "praised")
    assert praised.head.lower_ == "acted"


def test_a_party_leader_titled_by_the_party_s_acronym_acts_for_the_party():
    m = next(m for m in coded("KPU leader Peter Mwale accused the police of bias.") if m.event_type == "ACCUSE")
    assert m.actor1 is not None and m.actor1.name == "KPU"


def test_a_body_titled_by_a_common_word_or_a_state_s_leaves_the_person():
    m = next(m for m in coded("Council President Denise Rowe accused the mayor of lying.") if m.event_type == "ACCUSE")
    assert m.actor1 is not None and m.actor1.name != "Council"
    m = next(m for m in coded("Hamas leader Ismail Haniyeh accused Israel of lying.") if m.event_type == "ACCUSE")
    assert m.actor1 is not None and m.actor1.name == "Hamas"


def test_who_passed_a_judgment_in_the_passive_is_its_doer():
    m = next(m for m in coded("The plan was described as reckless by councillor Tom Ray.") if m.event_type == "ACCUSE")
    assert m.actor1 is not None and "Tom Ray" in (m.actor1.text or "")
    assert not coded("The march was described as peaceful by police.")
