"""A person's name that is also a state's, and the town words were said in: neither places an act."""

from __future__ import annotations

from conflictatlas.nlp import code_article
from conflictatlas.records import Article, content_id


def _coded(text: str, published: str):
    return code_article(Article(id=content_id(text), text=text, source="t.txt", published=published))


def test_a_surname_that_names_a_state_abroad_is_the_person():
    # "Brandenburg" is a German state; here it is a council member named in full first
    text = ("DULUTH, Minn. — Council member Dana Brandenburg defeated Mayor Ron Keller on Tuesday.\n\n"
            "Brandenburg, 52, thanked volunteers at a downtown restaurant. Keller conceded shortly after 10 p.m.\n\n"
            "Dozens of residents protested outside City Hall on Monday against Brandenburg's plan to close two "
            "fire stations.")
    coded = _coded(text, "2015-11-04")
    assert coded and all(m.place is None or m.place.country == "US" for m in coded)


def test_where_words_were_said_places_the_saying_not_the_acts_it_tells():
    text = ("Soldiers killed 12 villagers in a raid near Douentza on Sunday, residents said.\n\n"
            "The army rejected the accusations in a statement released in Bamako on Monday.\n\n"
            "A second statement released in Bamako on Tuesday said the operation had targeted terrorists.\n\n"
            "Witnesses said the troops also burned the weekly market and detained 15 men.")
    coded = {m.evidence.trigger.split()[0]: m for m in _coded(text, "2022-03-09")}
    assert coded["rejected"].place.name == "Bamako"  # the army's words were said there
    for act in ("targeted", "burned"):
        assert coded[act].place is not None and coded[act].place.name == "Douentza"


def test_a_dateline_that_writes_its_state_is_no_bureau_abroad():
    # a nationality in the lead ("a Canadian mining company") does not make a paper's own town a
    # wire bureau covering Canada: the protest is in Duluth
    text = ("DULUTH, Minn. — Dozens of residents protested outside the Lakewalk Pavilion on Monday against a "
            "plan by a Canadian mining company to build a terminal near the harbor, organizers said.")
    (m,) = [m for m in _coded(text, "2015-11-04") if m.event_type == "PROTEST"]
    assert m.place is not None and m.place.country == "US" and m.place.lat is not None
