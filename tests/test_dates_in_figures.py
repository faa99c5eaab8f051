"""Stop 76's rules of dates and prizes: a date written in figures that the tagger leaves untagged,
a report with no date of its own dated by the day its source spoke, and contests "captured".
Sentences written for these tests."""

from __future__ import annotations

from conflictatlas.nlp import code_article
from conflictatlas.records import Article, content_id


def code(text: str, published: str | None = None):
    return code_article(Article(id=content_id(text), text=text, source="t", published=published))


def test_a_date_in_figures_glossing_a_weekday_dates_the_act():
    (m,) = code("Gunmen threw a grenade into a market in Quetta on Friday [03/05/2010], wounding nine.")
    assert (m.date.start, m.date.end) == ("2010-03-05", "2010-03-05")
    (m,) = code("Soldiers detained two journalists in Goma on 2015-07-14.")
    assert (m.date.start, m.date.end) == ("2015-07-14", "2015-07-14")


def test_a_fraction_is_no_date():
    (m,) = code("Police arrested 12/25 of the suspects in Dayton.")
    assert m.date.start is None


def test_days_count_back_from_the_day_the_source_reported():
    # 2010-03-05 was a Friday: "on Wednesday" is two days before
    (m,) = code("AFP reported on 03/05/2010 that gunmen attacked a bus in Quetta on Wednesday.")
    assert (m.date.start, m.date.end) == ("2010-03-03", "2010-03-03")
    # so where the report has a later date of its own
    (m,) = code("AFP reported on 03/05/2010 that gunmen attacked a bus in Quetta on Wednesday.", "2010-03-12")
    assert m.date.start == "2010-03-03"


def test_a_contest_captured_is_no_capture():
    assert code("The Kenyan pair captured the mixed doubles in Lima.") == []
    (m,) = code("Rebels captured two soldiers near Kidal.")
    assert m.event_type == "ASSAULT"  # people armed men of no state take are abducted (stop 77)
