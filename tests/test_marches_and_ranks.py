"""Stop 82: a march told as what sets off, passes or ends, a protest or a workforce's march, or one
by or against someone is a demonstration (the bare noun stays none: the month is spelt alike, and
troops march); workers who "down tools" strike; an officer titled by rank before the name
("Brigadier Ann Lee") is an office-holder who acts. Sentences written for these tests."""

from __future__ import annotations

from conftest import coded, coded_types


def test_a_march_that_sets_off_passes_or_ends_is_a_protest():
    assert coded_types("The march began at the bus depot in Gweru at noon.") == ["PROTEST"]
    assert coded_types("The march passed off calmly in Gweru, its organisers told reporters.") == ["PROTEST"]
    assert coded_types("A march by teachers demanding back pay wound through Gweru on Friday.") == ["PROTEST"]


def test_a_march_of_troops_or_a_month_is_no_protest():
    assert "PROTEST" not in coded_types("The column began its march toward the border in March.")
    assert "PROTEST" not in coded_types("The bridge will reopen in March after repairs in Gweru.")


def test_workers_who_down_tools_strike():
    mentions = coded("Bus drivers downed tools in Gweru on Monday over unpaid wages.")
    assert [(m.event_type, m.mode) for m in mentions] == [("PROTEST", "strike")]
    assert "PROTEST" not in coded_types("Gunmen downed a police helicopter near Gweru on Monday.")


def test_an_officer_titled_by_rank_acts():
    mentions = coded("Brigadier Tendai Moyo called on the rebels to surrender their weapons.")
    assert [m.event_type for m in mentions] == ["REQUEST"]
    assert mentions[0].actor1.name == "Brigadier Tendai Moyo"
