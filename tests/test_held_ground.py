"""Whose ground an attack hit, as the text says who holds it (codebook 2), and the coder's per-doc
readings of the parse, which must answer as spaCy's own do. Sentences written for these tests."""

from __future__ import annotations

import pytest

from conflictatlas.geo.recovery import name_runs
from conflictatlas.nlp import code_article, load
from conflictatlas.nlp.model import sentence_ents
from conflictatlas.records import Article


def _assault(text: str):
    mentions = code_article(Article(id="t", text=text, source="t", language="en", published="2025-03-10"))
    [m] = [m for m in mentions if m.event_type == "ASSAULT"]
    return m


@pytest.mark.parametrize("text, kind", [
    ("Rebels shelled government-held districts of Aleppo on Monday.", "government"),
    ("Troops attacked the town, which has been under Taliban control since May.", "Taliban"),
    ("The militia shelled villages under the control of the Kurdish militia near Afrin.", "armed group"),
    ("Warplanes pounded the rebel stronghold of Idlib overnight.", "Rebels"),
    ("Army units shelled the rebel-held district of Jobar on Sunday.", "Rebels"),
])
def test_ground_a_side_holds_is_that_side_hit(text, kind):
    a2 = _assault(text).actor2
    assert a2 is not None and a2.name is not None and kind in a2.name
    assert not a2.name.startswith("Civilians")


def test_ground_no_side_holds_hits_its_people():
    a2 = _assault("Government jets bombed the town of Maarat on Monday, killing four people.").actor2
    assert a2 is not None and a2.name.startswith("Civilians")


def test_a_side_named_before_its_bases_is_still_whose_they_are():
    a2 = _assault("Army helicopters fired rockets at rebel positions near the airport.").actor2
    assert a2 is not None and a2.type == "rebel/insurgent"


def test_sentence_entities_are_spacys():
    doc = load()("Rebels from Homs met officials of the United Nations in Geneva. "
                 "On Monday John Smith flew to Paris. Nothing here. Mali and Niger signed.")
    assert sum(len(list(s.ents)) for s in doc.sents) == len(doc.ents) > 4
    for sent in doc.sents:
        assert [(e.start, e.end, e.label_) for e in sentence_ents(sent)] == \
               [(e.start, e.end, e.label_) for e in sent.ents]


def test_untagged_name_runs_are_read_once_and_alike():
    doc = load()("The Hillsboro Gazette and Main Street Diner sponsored the Maple Grove fair.")
    first = [(s.start, s.end) for s in name_runs(doc)]
    assert first == [(s.start, s.end) for s in name_runs(doc)]
    assert all(not t.ent_type_ and t.pos_ == "PROPN" for a, b in first for t in doc[a:b])
