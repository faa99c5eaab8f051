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


def test_a_passive_reported_future_is_planned_and_dated_ahead():
    [m] = [m for m in _code("The governor said on Wednesday that two more army companies would be deployed to the valley on Friday.",
                            "2025-02-19") if m.event_type == "MOBILIZE"]
    assert m.status == "planned" and m.date.start == "2025-02-21"


def test_a_reported_future_under_an_if_stays_hypothetical():
    [m] = [m for m in _code("Police said officers would be deployed to the area if the looting continued.",
                            "2025-02-19") if m.event_type == "MOBILIZE"]
    assert m.status == "hypothetical"


def test_a_that_clause_hung_on_a_statement_is_reported_speech():
    [m] = [m for m in _code("The minister said in a statement that troops would be deployed to Gao on Friday.",
                            "2025-02-19") if m.event_type == "MOBILIZE"]
    assert m.status == "planned"


def test_the_month_a_plan_was_announced_in_dates_the_announcement_not_next_year():
    [m] = [m for m in _code("Back in January, the defence ministry said it would deploy three more battalions along the border.",
                            "2026-02-18") if m.event_type == "MOBILIZE"]
    assert (m.date.start, m.date.end) == ("2026-01-01", "2026-01-31")


def test_a_full_date_in_a_clause_describing_someone_still_dates_the_act():
    text = "Prosecutors said Reed shot a cashier, 41, in the car park of a bar on Elm Street on Aug. 12, 2019."
    assert _dated(text, "2021-05-01", "shot").start == "2019-08-12"
