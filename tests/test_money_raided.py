"""Stop 80: money a government or a firm "raids" to pay its way ("raided the pension fund", "raided
the savings accounts of public utilities") is taken by no force; a raid on a bank's offices or a home is one.
Sentences written for these tests."""

from __future__ import annotations

from conftest import coded_types


def test_money_raided_is_no_raid():
    assert coded_types("The finance ministry raided the pension fund to cover the deficit.") == []
    assert coded_types("The cabinet quietly raided the savings accounts of public utilities to meet the payroll.") == []


def test_a_raid_on_a_bank_or_a_home_is_one():
    assert coded_types("Gunmen raided the offices of a savings bank in Kano on Friday.") == ["ASSAULT"]
    assert coded_types("Police raided the home of a fund manager in Lagos on Friday.") == ["COERCE"]
