"""Stop 81: people who gather holding signs or placards demonstrate, wherever the model hangs the
participle (on the subject: "nurses carrying placards gathered"; inside a time phrase: "on
Saturday holding signs"); protesters who pack a hall or a chamber demonstrate as those who fill a
street do. Fans with flags, mourners with candles, do not. Sentences written for these tests."""

from __future__ import annotations

from conftest import coded_types


def test_a_gathering_with_signs_is_a_protest():
    assert coded_types("About 40 people gathered outside the county courthouse in Enid on Saturday holding signs.") == ["PROTEST"]
    assert coded_types("Nurses carrying placards gathered at the hospital gates in Leeds on Monday.") == ["PROTEST"]


def test_protesters_who_pack_a_hall_demonstrate():
    assert coded_types("Protesters packed the council chamber in Enid on Monday night.") == ["PROTEST"]


def test_crowds_without_signs_are_no_protest():
    assert coded_types("Fans waving flags gathered outside the stadium in Leeds.") == []
    assert coded_types("Families gathered at the cemetery in Enid holding candles.") == []
    assert coded_types("Fans packed the stadium in Leeds on Sunday.") == []
