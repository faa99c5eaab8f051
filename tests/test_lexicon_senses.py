"""Senses of the trigger lexicon (data/triggers.yaml) that its `needs` tell apart, on sentences
written for this test: each expected value is what a careful coder following docs/codebook.md would
record, written by hand, not copied from the program's output or from an evaluation corpus."""

from __future__ import annotations

import pytest

from conflictatlas.nlp import code_article
from conflictatlas.records import Article, content_id


def coded(text: str) -> list[tuple[str, str]]:
    article = Article(id=content_id(text), text=text, source="t.txt", published="2022-04-11")
    return [(m.event_type, m.evidence.trigger) for m in code_article(article)]


@pytest.mark.parametrize("text, trigger", [
    # an armed body storming is an assault, whatever it storms
    ("Government troops stormed the hilltop positions of the rebels on Sunday.", "stormed"),
    ("The army's commandos are storming the last streets the insurgents hold in Tal Afar.", "storming"),
    # the doer of a controlled verb is its controller's subject, or whom a verb of ordering orders
    ("Commanders ordered the brigade to storm the hill at dawn.", "storm"),
])
def test_an_armed_body_storming_is_an_assault(text, trigger):
    assert ("ASSAULT", trigger) in coded(text)


def test_storming_out_of_a_meeting_is_no_assault():
    assert not [t for t, _ in coded("The opposition delegation stormed out of the budget talks in Kyiv on Friday.")
                if t == "ASSAULT"]


def test_soldiers_marching_deploy_and_crowds_marching_protest():
    assert ("MOBILIZE", "marched") in coded("About 300 soldiers marched into the border town of Rafah on Sunday.")
    # a crowd's march is a protest, also when it is the complement of "began"
    assert ("PROTEST", "marching") in coded("Hundreds of nurses began marching toward the health ministry in Nairobi.")


def test_an_armed_body_entering_a_town_advances_into_it():
    assert ("ASSAULT", "entered") in coded("Government forces entered the rebel-held town of Kidal on Sunday.")
    assert not coded("Hundreds of fans entered the stadium in Cardiff on Sunday.")
