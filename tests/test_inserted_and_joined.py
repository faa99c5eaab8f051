"""Sentences as monitors and local papers write them, on sentences written for this test (stop 54):
an editor's insertion in square brackets inside a sentence ("on Friday [12 March]") that the parser
took for the start of a new sentence."""

from __future__ import annotations

from conflictatlas.nlp import code_article, model
from conflictatlas.records import Article, content_id


def code(text: str, published: str | None = "2021-03-15"):
    return code_article(Article(id=content_id(text), text=text, source="t.txt", published=published))


def test_a_bracketed_insertion_stays_in_its_sentence():
    doc = model.load()("In the Malian village of Tene, nine herders were shot dead on Sunday [7 March] by Dozo hunters.")
    assert len(list(doc.sents)) == 1


def test_the_act_keeps_its_doer_and_date_across_an_insertion():
    [m] = code("Five traders were killed on Friday [12 March] by Boko Haram in Gwoza.")
    assert m.actor1.name == "Boko Haram"
    assert m.evidence.sentence.endswith("in Gwoza.")
    assert m.place.name == "Gwoza"
    assert str(m.date.start) == "2021-03-12"


def test_an_insertion_after_a_full_stop_starts_no_sentence_of_its_own():
    doc = model.load()("The army shelled the village. [Passage omitted] Rebels attacked a convoy near Gao.")
    assert [s.text for s in doc.sents][-1].startswith("[Passage omitted]")


def test_a_bracket_that_does_not_close_changes_nothing():
    doc = model.load()("Police said the men [who were never named were held overnight in Kano. Two were freed.")
    assert len(list(doc.sents)) == 2
