"""Dates that belong to another act: a month told in a clause describing someone ("two men suspected
of an attack last month") and the act a "since" date's own clause tells ("since May 2012, when ...")
(codebook 5, stop 68).
Sentences written for these tests."""

from __future__ import annotations

from conflictatlas.nlp import code_article
from conflictatlas.records import Article


def _code(text: str, published: str):
    return code_article(Article(id="t", text=text, source="t", language="en", published=published))


def _dated(text: str, published: str, trigger: str):
    [m] = [m for m in _code(text, published) if m.evidence.trigger == trigger]
    return m.date


def test_a_month_in_a_clause_describing_the_arrested_is_not_the_arrest_s():
    text = ("Police raided a farm outside Tamale on Tuesday. Officers detained three men wanted for "
            "robbing a bank in Kumasi last month.")
    date = _dated(text, "2024-06-13", "detained")
    assert date.start != "2024-05-01"


def test_the_act_in_a_since_date_s_own_clause_is_on_that_date():
    text = "The town has seen no bombing since May 2012, when two car bombs killed 40 people at its market."
    date = _dated(text, "2024-06-13", "killed")
    assert (date.start, date.end) == ("2012-05-01", "2012-05-31")
