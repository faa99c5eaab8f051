"""Stop 79: an animal seized or shot is no political event, while people and loot stay; works a
force holds a front with (bunkers, forts) are ground taken, not things seized. Sentences written
for these tests."""

from __future__ import annotations

from conflictatlas.nlp import code_article
from conflictatlas.records import Article, content_id


def coded(text: str):
    return code_article(Article(id=content_id(text), text=text, source="t"))


def test_animals_caught_are_no_event():
    for text in ("The bulk of the turtles were captured near the coast.",
                 "Most of the birds were captured from the island before the storm.",
                 "A deputy shot the dog after it bit a child."):
        assert coded(text) == [], text


def test_people_caught_the_same_way_are_still_coded():
    assert any(m.event_type == "COERCE" for m in coded("The bulk of the protesters were captured near the coast."))
    assert any(m.event_type == "ASSAULT" for m in coded("A deputy shot the man after he stabbed a child."))


def test_bunkers_captured_are_ground_taken():
    ms = coded("Soldiers captured six enemy bunkers near the lagoon after a day of heavy fighting.")
    assert ms and all(m.event_type == "ASSAULT" for m in ms)
    assert any(m.mode == "occupy" for m in ms)
