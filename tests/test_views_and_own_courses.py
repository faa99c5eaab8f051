"""Stop 81: what something "should be" or "should become" is a view, asked of no one (not what
someone "must be willing to" do); "insisted on going ahead" holds to one's own course; "as requested by"
refers to a request, told elsewhere if at all. None is a REQUEST. Sentences written for these tests."""

from __future__ import annotations

from conftest import coded_types


def test_views_own_courses_and_references_are_no_requests():
    assert coded_types("The mayor of Tema said the port should become the Rotterdam of West Africa.") == []
    assert coded_types("The minister in Accra said that should be the official figure.") == []
    assert coded_types("Officials in Accra insisted on proceeding with the demolitions.") == []
    assert coded_types("The council in Tema has yet to pass the levy as requested by the governor.") == []


def test_demands_and_insistence_on_a_thing_are_requests():
    assert "REQUEST" in coded_types("The minister in Accra said Togo must be ready to hand over the suspects.")
    assert coded_types("The opposition insisted on a recount in Kumasi.") == ["REQUEST"]
    assert coded_types("The union said the minister should be sacked.") == ["REQUEST"]
