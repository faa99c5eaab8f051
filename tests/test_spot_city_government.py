"""Stop 83: a protest in a story whose city government is at work, placed at a spot inside the town
("a square (Cedar Rapids)"), addresses the town's government, named by the town, not by the spot.
Sentence written for this test."""

from __future__ import annotations

from conftest import coded


def test_a_protest_placed_at_a_spot_addresses_the_towns_government():
    (act,) = coded("CEDAR RAPIDS, Iowa (AP) — More than 200 people marched from Greene Square to City Hall on "
                   "Sunday, urging the mayor to release the video.")
    assert act.actor2 is not None and act.actor2.name == "Cedar Rapids city government"
