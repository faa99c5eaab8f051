"""Place names written with hyphens or with a division's words, on sentences written for this test
(stop 63): a word of a hyphenated name is no town of its own, a Nigerian local government area is
that division (its "of" names the state it lies in, no longer name). The last two tests held before
this stop too: guards for the same change."""

from __future__ import annotations

from conflictatlas.notebook import geoparse_text


def places(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.text: (p.name, p.country) for p in geoparse_text(text)}


def test_a_local_government_area_is_that_division():
    found = places("Gunmen killed nine farmers in a village in the Kajuru Local Government Area of Kaduna "
                   "State on Sunday.")
    assert found["Kajuru Local Government Area"] == ("Kajuru", "NG")
    assert found["Kaduna State"][1] == "NG"


def test_an_lga_by_its_initials_is_that_division():
    found = places("Police in Plateau State said gunmen attacked farmers in the Riyom LGA on Monday.")
    assert found["Riyom LGA"][1] == "NG"


def test_a_district_of_a_province_is_no_longer_name():
    found = places("A roadside bomb killed two soldiers in the Nahr-e Saraj district of Helmand province.")
    assert found["Helmand"][0] == "Helmand"


def test_a_word_of_a_hyphenated_name_is_no_town_of_its_own():
    text = ("ADO-EKITI, Nigeria (AP) - Gunmen attacked farmers near Ado-Ekiti on Sunday. "
            "The governor visited Ado-Ekiti on Tuesday, and police in Ado-Ekiti arrested two men.")
    found = [p for p in geoparse_text(text) if p.text and p.text.lower().startswith("ado")]
    assert found and all(p.name == "Ado-Ekiti" for p in found)
