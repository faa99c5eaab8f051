"""The written sets' scorer reads ACLED's names for a state's bodies as the codebook's: the same
actor under the other convention. Gold written for this test."""

from __future__ import annotations

from conflictatlas import evaluate_events as ee
from conflictatlas.evaluate_written import with_codebook_names


def _gold(actor2: str, aliases: dict | None = None) -> dict:
    return {"aliases": aliases or {}, "docs": [{"doc": "a", "events": [
        {"id": "E1", "cue": "stormed a post", "event_type": ["ASSAULT"], "status": ["occurred"],
         "actor2": actor2}]}]}


def test_acled_names_of_a_states_bodies_take_the_codebooks_names():
    for acled, own in (("Military forces of Mali", "Mali military"), ("Police (Zambia)", "Zambia police"),
                       ("Government of Syria (2000-2024)", "Syria government"),
                       ("Police forces of the United States", "United States police")):
        assert own in with_codebook_names(_gold(acled))[acled], acled


def test_the_gold_aliases_are_kept_and_a_state_of_a_country_takes_none():
    names = with_codebook_names(_gold("Government of Illinois", {"Military forces of Chad": ["Chadian army"]}))
    assert names["Military forces of Chad"] == ["Chadian army", "Chad military"]
    assert "Government of Illinois" not in names


def test_a_mention_named_by_the_codebook_scores_against_the_acled_gold():
    gold = _gold("Military forces of Mali")
    gold["aliases"] = with_codebook_names(gold)
    pred = {"doc": "a", "event_type": "ASSAULT", "status": "occurred", "confidence": 0.9,
            "evidence": {"sentence": "Fighters stormed a post near Mopti.", "trigger": "stormed"},
            "actor2": {"name": "Mali military", "country": "MLI", "type": "military"}}
    assert ee.score(gold, [pred]).fields["actor2"] == [1, 1]
