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
