"""Stop 83: an act dated by a bare year ("gets 20 years for 2019 robbery") that the article dates
elsewhere to one day inside that year happened that day, as a week or a month narrows to the one day
the story names in it. Sentences written for this test."""

from __future__ import annotations

from conftest import coded


def test_a_year_narrows_to_the_one_day_the_story_names_in_it():
    mentions = coded("Dayton man gets 20 years for 2019 robbery. Prosecutors said Tom Reed robbed a clerk at gunpoint "
                     "on March 3, 2019, at a store on Main Street in Dayton.", published="2021-05-02")
    (headline,) = [m for m in mentions if m.evidence.trigger == "robbery"]
    assert (headline.date.start, headline.date.end) == ("2019-03-03", "2019-03-03")


def test_a_year_with_two_days_told_in_it_stays_a_year():
    mentions = coded("Dayton man gets 20 years for 2019 robbery. Prosecutors said Tom Reed robbed a clerk in Dayton on "
                     "March 3, 2019. Reed also robbed a bakery in Dayton on May 9, 2019.", published="2021-05-02")
    (headline,) = [m for m in mentions if m.evidence.trigger == "robbery"]
    assert (headline.date.start, headline.date.end) == ("2019-01-01", "2019-12-31")


def test_what_went_on_since_a_day_is_no_year_to_narrow():
    mentions = coded("Deputies arrested a man at the mill in Dayton. Since March 3, the sheriff has stationed deputies at "
                     "the mill's gates.", published="2025-04-10")
    (stationed,) = [m for m in mentions if m.event_type == "MOBILIZE"]
    assert stationed.date.end == "2025-04-10"
