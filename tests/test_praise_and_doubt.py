"""Stop 80: praise in other words ("lauded", "applauded the decision", "extolled") is SUPPORT;
doubt put as a question about what someone did ("questioned why", "questioned whether") and
censuring remarks ("issued critical statements about") are ACCUSE. Sentences written for these tests."""

from __future__ import annotations

from conftest import coded_types


def test_praise_in_other_words_is_support():
    assert coded_types("The foreign minister lauded the mediation efforts of the regional bloc.") == ["SUPPORT"]
    assert coded_types("The governor applauded the court's decision on Tuesday.") == ["SUPPORT"]


def test_an_audience_that_applauds_supports_no_one():
    assert coded_types("The audience applauded loudly at the end of the concert.") == []


def test_doubt_put_as_a_question_is_an_accusation():
    assert coded_types("The opposition leader questioned whether the army had warned the villagers.") == ["ACCUSE"]
    assert coded_types("A spokesman for the union questioned why the minutes had been withheld.") == ["ACCUSE"]


def test_questioning_a_suspect_is_no_accusation():
    assert "ACCUSE" not in coded_types("Detectives questioned the driver for several hours on Monday.")


def test_censuring_remarks_are_an_accusation():
    assert coded_types("Two senators made critical statements about the customs agency on Monday.") == ["ACCUSE"]
    assert coded_types("The senators made brief statements to reporters on Monday.") == []
