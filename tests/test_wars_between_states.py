"""Wars between two states: governments named bare, ground taken from the other side, arms that are
no side, a wire's "overnight", and divisions called by their seat's name (codebook 2 and 4, stop 66).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from conflictatlas.nlp import code_article
from conflictatlas.records import Article


def _code(text: str, published: str = "2025-06-04"):
    return code_article(Article(id="t", text=text, source="t", language="en", published=published))


def _by_trigger(text: str, published: str = "2025-06-04"):
    return {m.evidence.trigger: m for m in _code(text, published)}


def test_an_office_called_general_is_no_soldiers_rank():
    accused = _by_trigger("The US attorney general accused Russia of election meddling on Monday.")["accused"]
    assert accused.actor1.type == "government"


def test_a_soldier_named_by_rank_is_the_military():
    wounded = _by_trigger("Two Kenyan sergeants were wounded by a roadside bomb near Garissa on Tuesday.")["wounded"]
    assert wounded.actor2 is not None and wounded.actor2.name == "Kenya military"


WAR = ("KYIV (Reuters) - Russian troops attacked Ukrainian positions near Pokrovsk on Tuesday, the general staff "
       "said. Russia's Defence Ministry said its forces had captured the village of Novoselivka in the Donetsk "
       "region.")


def test_ground_taken_in_a_war_between_two_states_was_the_other_armys():
    captured = _by_trigger(WAR)["captured"]
    assert captured.actor1.name == "Russia military"
    assert captured.actor2 is not None and captured.actor2.name == "Ukraine military"


def test_an_army_fighting_insurgents_abroad_is_not_set_against_its_host():
    text = ("BAMAKO (Reuters) - French warplanes struck a convoy north of Gao on Monday, killing two civilians. "
            "French troops later captured the town of Tessalit.")
    captured = _by_trigger(text)["captured"]
    assert captured.actor2 is None or captured.actor2.name != "Mali military"


@pytest.mark.parametrize("text, trigger", [
    ("Russian forces attacked the city of Sumy with glide bombs and drones on Sunday.", "attacked"),
    ("The army struck the rebels' base with artillery and rockets on Monday.", "struck"),
])
def test_what_an_attack_was_done_with_is_no_side_of_it(text, trigger):
    actor2 = _by_trigger(text)[trigger].actor2
    assert actor2 is None or actor2.text not in ("glide bombs", "drones", "artillery", "rockets")


def test_the_other_side_of_a_clash_with_stays_its_side():
    clashed = _by_trigger("Police clashed with protesters in the capital on Monday.")["clashed"]
    assert clashed.actor2 is not None and clashed.actor2.type in ("protesters", "civilians") \
        or clashed.actor2.name.startswith("Protesters")


def test_a_wires_overnight_is_the_night_before_the_report_not_an_earlier_sentences_month():
    text = ("KYIV (Reuters) - Ukrainian troops pushed into the Kursk region in August. Russian drones struck "
            "Odesa overnight, killing two people, the governor said.")
    struck = _by_trigger(text, "2025-06-04")["struck"]
    assert (struck.date.start, struck.date.end) == ("2025-06-03", "2025-06-04")


def test_a_division_is_called_by_its_seats_name():
    from conflictatlas.geo.resolve import article_context, container, resolve

    kursk = container("Kursk")
    assert kursk is not None and (kursk.kind, kursk.country) == ("admin1", "RU")
    # the bare name stays the city
    assert resolve("Kursk", article_context(["Kursk"]), 0, 5).precision == "city"


def test_a_village_in_a_named_region_is_placed_in_that_region():
    from conflictatlas.geo.article import article_toponyms
    from conflictatlas.nlp.model import load

    doc = load()("Russian officials said troops had retaken the village of Zorinovka in the Kursk region.")
    (tops,) = article_toponyms([(0, doc)], set())
    village = next(t.place for t in tops if t.place.text == "Zorinovka")
    assert village.country == "RU" and village.admin1 == "41"
