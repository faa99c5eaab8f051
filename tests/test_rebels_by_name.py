"""Stop 79: men a report calls rebels, insurgents or guerrillas and names by no group are
"Rebels (Country)", not the unidentified armed group gunmen are (codebook 3). Sentences written
for these tests."""

from __future__ import annotations

from conflictatlas.nlp import code_article
from conflictatlas.records import Article, content_id


def assault(text: str):
    return next(m for m in code_article(Article(id=content_id(text), text=text, source="t"))
                if m.event_type == "ASSAULT")


def test_unnamed_rebels_are_rebels_of_their_country():
    m = assault("Rebels attacked an army post near Homs, killing four soldiers.")
    assert m.actor1 is not None and m.actor1.name == "Rebels (Syria)"


def test_insurgents_hit_are_rebels_too():
    m = assault("Troops shelled insurgent positions in Idlib on Monday.")
    assert m.actor2 is not None and m.actor2.name == "Rebels (Syria)"


def test_gunmen_stay_an_unidentified_armed_group():
    m = assault("Gunmen attacked an army post near Homs, killing four soldiers.")
    assert m.actor1 is not None and m.actor1.name == "Unidentified armed group (Syria)"


def test_a_named_rebel_group_keeps_its_name():
    m = assault("Taliban rebels attacked a police post in Kandahar.")
    assert m.actor1 is not None and m.actor1.name == "Taliban"


def test_an_unnamed_band_s_attack_placed_nowhere_is_where_its_victims_serve():
    m = assault("At least 11 pro-Assad troops were killed and dozens wounded on Tuesday.")
    assert m.actor1 is not None and m.actor1.name == "Unidentified armed group (Syria)"
    assert m.place is not None and m.place.country == "SY"


def test_a_place_named_keeps_the_band_there():
    m = assault("Gunmen killed three Kenyan police officers in Mogadishu on Tuesday.")
    assert m.actor1 is not None and m.actor1.name == "Unidentified armed group (Somalia)"
