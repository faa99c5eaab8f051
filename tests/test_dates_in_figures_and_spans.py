"""Dates written in figures ("2024-07-12", "12/07/2024") are days, not their whole year; "the first week of
July" is its first seven days and "on the 15th" a day of the report's month; two named
days or two calendar dates joined as a span ("on Saturday and Sunday", "between July 1 and July 3")
are the days between them (stop 73). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from conflictatlas.nlp import code_article
from conflictatlas.nlp.date_words import resolve_expression
from conflictatlas.records import Article, content_id

PUBLISHED = "2024-07-17"  # a Wednesday


def dates(text: str, published: str | None = PUBLISHED):
    ms = code_article(Article(id=content_id(text), text=text, source="t.txt", published=published))
    return [(m.date.start, m.date.end) for m in ms]


@pytest.mark.parametrize("text, day", [
    ("Gunmen killed five villagers on 2024-07-12 near Gao.", "2024-07-12"),
    # both orders give a date; only 12 July is before the report
    ("Gunmen killed five villagers on 12/07/2024 near Gao.", "2024-07-12"),
    # the month cannot be 15: 15 June
    ("Gunmen killed five villagers on 15/06/2024 near Gao.", "2024-06-15"),
])
def test_a_date_in_figures_is_a_day(text, day):
    assert dates(text) == [(day, day)]


def test_a_date_in_figures_with_no_report_date_reads_the_month_first():
    span = resolve_expression("on 06/12/2004", None)
    assert (span.start, span.end) == ("2004-06-12", "2004-06-12")


def test_a_planned_act_in_figures_takes_the_reading_after_the_report():
    span = resolve_expression("on 08/07/2024", date(2024, 7, 17), future=True)
    assert (span.start, span.end) == ("2024-08-07", "2024-08-07")


@pytest.mark.parametrize("text, start, end", [
    ("Gunmen killed five villagers near Gao on Saturday and Sunday.", "2024-07-13", "2024-07-14"),
    ("Fighting raged near Gao between July 1 and July 3.", "2024-07-01", "2024-07-03"),
    ("Fighting raged near Gao from 30 June to 2 July.", "2024-06-30", "2024-07-02"),
])
def test_two_days_joined_as_a_span_are_the_days_between(text, start, end):
    assert (start, end) in dates(text)


def test_one_named_day_is_still_one_day():
    assert dates("Gunmen killed five villagers near Gao on Sunday.") == [("2024-07-14", "2024-07-14")]


@pytest.mark.parametrize("expression, start, end", [
    ("the first week of July", "2024-07-01", "2024-07-07"),
    ("the last week of June", "2024-06-24", "2024-06-30"),
    ("the second week of March 2019", "2019-03-08", "2019-03-14"),
    ("the 15th", "2024-07-15", "2024-07-15"),
    # a day of the month after the report's day, for what happened, is last month's
    ("the 20th", "2024-06-20", "2024-06-20"),
])
def test_a_week_of_a_month_and_a_bare_day_of_the_month(expression, start, end):
    span = resolve_expression(expression, date(2024, 7, 17))
    assert (span.start, span.end) == (start, end)


@pytest.mark.parametrize("expression", ["the 21st century", "the 15th anniversary"])
def test_an_ordinal_that_names_no_day_is_no_date(expression):
    assert resolve_expression(expression, date(2024, 7, 17)) is None


@pytest.mark.parametrize("expression, start, end", [
    ("the day before yesterday", "2024-07-15", "2024-07-15"),
    ("yesterday", "2024-07-16", "2024-07-16"),
    ("over the past week", "2024-07-10", "2024-07-17"),
    ("last week", "2024-07-08", "2024-07-14"),
])
def test_days_and_weeks_counted_back_from_the_report(expression, start, end):
    span = resolve_expression(expression, date(2024, 7, 17))
    assert (span.start, span.end) == (start, end)


def test_an_act_earlier_this_month_ends_by_its_report():
    # (stop 74: the whole month ran past the report's day)
    assert dates("Gunmen killed five people earlier this month in Kaduna.") == [("2024-07-01", "2024-07-17")]


def test_the_end_of_a_month_is_its_last_days():
    assert dates("Gunmen killed five people at the end of June in Kaduna.") == [("2024-06-21", "2024-06-30")]
