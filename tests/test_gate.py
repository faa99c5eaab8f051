"""The gate's training sees what the rules drop (coder.KEEP_DROPPED), and coding never does."""

from __future__ import annotations

import pytest

from conflictatlas.nlp import code_article, coder, gate
from conflictatlas.records import Article, content_id

FIGURATIVE = "Shares of the carmaker came under attack on Monday as investors fled."


def code(text: str):
    return code_article(Article(id=content_id(text), text=text, source="t.txt", published="2023-02-06"))


@pytest.fixture
def keep_dropped():
    coder.KEEP_DROPPED = True
    yield
    coder.KEEP_DROPPED = False


def test_coding_drops_what_the_codebook_calls_no_event():
    assert not [m for m in code(FIGURATIVE) if m.event_type == "ASSAULT"]


def test_training_keeps_it_marked(keep_dropped):
    kept = [m for m in code(FIGURATIVE) if m.event_type == "ASSAULT"]
    assert kept and all(gate.dropped(m) for m in kept)
    assert all(gate.features_of(m) for m in kept)  # the gate reads its sentence as it reads any other


def test_an_event_is_coded_alike_either_way(keep_dropped):
    text = "Rebels attacked an army base near Goma on Sunday, killing four soldiers."
    [m] = [m for m in code(text) if not gate.dropped(m)]
    coder.KEEP_DROPPED = False
    [n] = code(text)
    assert (m.event_type, m.actor1, m.actor2, m.fatalities) == (n.event_type, n.actor1, n.actor2, n.fatalities)
