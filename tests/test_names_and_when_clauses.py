"""Two misreadings of tense (stop 74). Sentences written for these tests.

- A capitalised "Will" before a tensed verb is a name, not the future ("Will was stabbed").
- A past-tense clause opened by "when" or "as" happened, whatever plan or purpose the parse hangs
  it under ("resting after surgery to repair her knee when soldiers raided her flat").
"""

from __future__ import annotations

from conflictatlas.nlp import code_article
from conflictatlas.records import Article, content_id


def code(text: str):
    return code_article(Article(id=content_id(text), text=text, source="t"))


def test_a_man_named_will_was_shot_in_the_past():
    (m, *_) = code("Will was stabbed in March 2019 in Leeds outside a pub.")
    assert m.event_type == "ASSAULT" and m.status == "occurred"


def test_the_modal_will_still_makes_a_plan():
    (m,) = code("Police will arrest the organisers in Lagos on Monday.")
    assert m.status == "planned"


def test_a_raid_told_in_a_when_clause_happened():
    found = code("She was resting after surgery to repair her knee when soldiers raided her flat and detained "
                 "her, her lawyer said.")
    assert found and all(m.status == "occurred" for m in found)


def test_ground_named_in_the_plural_is_taken_not_confiscated():
    (m,) = code("Government forces advanced to capture the Bakhtiari Mountains to the west of the town.")
    assert m.event_type == "ASSAULT" and m.mode == "occupy"
    (m,) = code("Police seized land belonging to the opposition leader.")
    assert m.mode != "occupy"

