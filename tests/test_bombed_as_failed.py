"""Stop 78: "bombed" with nothing bombed and no armed doer is failure, not a bombing. Sentences
written for these tests."""

from __future__ import annotations

from conflictatlas.nlp import code_article
from conflictatlas.records import Article, content_id


def assaults(text: str):
    return [m for m in code_article(Article(id=content_id(text), text=text, source="t")) if m.event_type == "ASSAULT"]


def test_a_show_or_a_player_that_bombed_failed():
    assert not assaults("The comedian bombed badly at the festival in Edinburgh last night.")
    assert not assaults("Her second album bombed in the charts despite the tour.")


def test_bombing_done_to_something_or_by_aircraft_stays_an_attack():
    assert assaults("Jets bombed throughout the night around Idlib.")
    assert assaults("The bridge was bombed again on Thursday near Mosul.")
    assert assaults("Insurgents bombed a police post in Kandahar.")
