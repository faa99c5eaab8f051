"""Sentences as monitors and local papers write them, on sentences written for this test (stop 54):
an editor's insertion in square brackets inside a sentence ("on Friday [12 March]") that the parser
took for the start of a new sentence; a verb left out of a second clause ("three were killed in Homs
and two in Hama"), which tells the same kind of act at another place with its own count."""

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


def _by_place(mentions):
    return {m.place.name: m for m in mentions}


def test_a_gapped_clause_is_an_act_at_its_own_place_with_its_own_toll():
    got = _by_place(code("Two soldiers were killed in Kandahar and three in Helmand when their vehicles hit mines."))
    assert set(got) == {"Kandahār", "Helmand"}
    assert got["Kandahār"].fatalities.best == 2
    assert got["Helmand"].fatalities.best == 3


def test_a_gapped_clause_names_its_place_after_a_place_noun():
    got = _by_place(code("One man was killed in Aleppo and two in the northern province of Raqqa, activists said."))
    assert got["Ar Raqqah"].fatalities.best == 2
    assert got["Aleppo"].fatalities.best == 1


def test_a_gapped_arrest_is_one_at_each_place_with_no_dead():
    got = _by_place(code("Police arrested 12 people in Lagos and five in Abuja."))
    assert set(got) == {"Lagos", "Abuja"}
    assert all(m.event_type == "COERCE" and m.fatalities.best is None for m in got.values())


def test_a_number_joined_with_no_place_of_its_own_is_no_second_act():
    [m] = code("Gunmen killed four villagers and two soldiers in Gwoza on Monday.")
    assert m.place.name == "Gwoza"


def test_a_headlines_listed_tolls_are_one_act():
    got = code("Man killed, two wounded in shooting outside Milwaukee tavern", published="2009-07-12")
    assert [m.evidence.trigger for m in got] == ["killed"]


def test_a_listed_toll_is_joined_to_the_first_verb():
    doc = model.load()("Man killed, two wounded in shooting outside Milwaukee tavern")
    wounded = next(t for t in doc if t.lower_ == "wounded")
    assert (wounded.dep_, wounded.head.lower_) == ("conj", "killed")


def test_people_taken_in_an_attack_are_an_act_of_their_own_with_no_dead():
    got = code("Four soldiers were killed and five others taken hostage when militants ambushed a convoy near "
               "Afgoye.", published="2017-03-09")
    taken = next(m for m in got if m.evidence.trigger == "taken")
    killed = next(m for m in got if m.evidence.trigger == "killed")
    assert (killed.fatalities.best, taken.fatalities.best) == (4, None)
    assert taken.event_type == "ASSAULT"


def test_the_wounded_of_an_attack_stay_in_it():
    got = code("Two people were killed and three wounded in the attack on Bunia.", published="2017-03-09")
    assert [m.evidence.trigger for m in got] == ["killed"]
