"""Where a source sits is not where the act happened (stop 74; issue 13: "victims' country from where
they are, not from a source's base"). A state named on its embassy, or a town a monitor is "based"
in, names neither the event's place nor the country its unnamed victims belong to. Sentences
written for these tests."""

from __future__ import annotations

from conflictatlas.nlp import code_article
from conflictatlas.records import Article, content_id


def code(text: str):
    return code_article(Article(id=content_id(text), text=text, source="t"))


def test_an_embassys_state_is_not_where_the_killing_was():
    (m,) = code("Gunmen killed 12 villagers on Monday, the US embassy said.")
    assert m.place is None or m.place.country != "US"
    assert m.actor2 is not None and "United States" not in (m.actor2.name or "")


def test_a_monitors_seat_is_not_where_the_killing_was():
    (m,) = code("Gunmen killed 12 villagers on Monday, a London-based monitor said.")
    assert m.place is None or m.place.country != "GB"
    assert m.actor2 is not None and "United Kingdom" not in (m.actor2.name or "")


def test_the_place_the_sentence_names_still_places_it():
    (m,) = code("Gunmen killed 12 villagers in Idlib on Monday, the London-based Syrian Observatory said.")
    assert m.place is not None and m.place.country == "SY"
    assert m.actor2 is not None and m.actor2.name == "Civilians (Syria)"


def test_an_embassy_attacked_is_where_it_stands():
    (m,) = code("The US embassy in Kabul was attacked with rockets on Monday.")
    assert m.place is not None and m.place.country == "AF"
