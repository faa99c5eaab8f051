"""Stop 83: a line that is a day and nothing else ("Tuesday, March 4" over a police log's entries) is
the day of the items under it, until the next such line; the report's own day under its headline (a
byline's) heads nothing. Texts written for these tests."""

from __future__ import annotations

from conftest import coded

_LOG = ("Police log for the week.\n\nThe items below come from the Ames police desk.\n\n"
        "Tuesday, March 4\n\n10:05 p.m. — A man punched a bartender at a bar on Lincoln Way in Ames.\n\n"
        "Thursday, March 6\n\n1:20 a.m. — A woman was stabbed in the arm outside a bar on Duff Avenue in Ames.\n")


def test_a_day_heading_dates_the_items_under_it():
    days = {m.evidence.trigger: m.date.start for m in coded(_LOG, published="2025-03-09")}
    assert days == {"punched": "2025-03-04", "stabbed": "2025-03-06"}


def test_the_reports_own_day_heads_nothing():
    text = "Ames bakery owner shot\n\nSunday, March 9, 2025\n\nA gunman shot the owner of a bakery on Main Street in Ames, police said."
    for m in coded(text, published="2025-03-09"):
        assert m.date.precision == "reported"
