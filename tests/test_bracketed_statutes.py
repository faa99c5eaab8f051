"""Stop 80: the crime a numbered section of a law defines, written in brackets after its number ("a
case under sections 302 (murder) and 201 (destruction of evidence)"), is a charge sheet, however the
parser reads it; a bracketed aside elsewhere leaves the act told. Sentences written for these tests."""

from __future__ import annotations

from conftest import coded


def assaults(text: str):
    return [m for m in coded(text)
            if m.event_type == "ASSAULT"]


def test_a_crime_named_after_a_section_number_is_no_event():
    for text in ("The inspector said a case under sections PPC 324 (attempt to murder) has been lodged against the guard.",
                 "A case under PPC section 324 (attempted murder) was lodged at the city police station."):
        assert assaults(text) == [], text


def test_a_bracketed_aside_leaves_the_act_told():
    assert len(assaults("Four men (all masked) attacked the toll booth on Sunday night.")) == 1
