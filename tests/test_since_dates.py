"""What went on "since" a day runs to the report and lends that day to no other act (codebook 6,
stop 67). Sentences written for these tests."""

from __future__ import annotations

from conflictatlas.nlp import code_article
from conflictatlas.records import Article


def _code(text: str, published: str):
    return code_article(Article(id="t", text=text, source="t", language="en", published=published))


def test_acts_since_a_day_run_to_the_report_and_lend_no_day():
    text = ("Deputies arrested a 19-year-old at the Lakeside plant in Toledo, Ohio. "
            "Since March 3, the sheriff has stationed deputies at the gates of the plant.")
    mentions = _code(text, "2025-04-10")
    [stationed] = [m for m in mentions if m.event_type == "MOBILIZE"]
    assert (stationed.date.start, stationed.date.end) == ("2025-03-03", "2025-04-10")
    [arrest] = [m for m in mentions if m.event_type == "COERCE"]
    assert arrest.date.start != "2025-03-03"

