"""The gate's training sees what the rules drop (coder.KEEP_DROPPED), and coding never does."""

from __future__ import annotations

import pytest

from conflictatlas.nlp import code_article, coder, gate
from conflictatlas.records import Article, content_id

FIGURATIVE = "Shares of the carmaker came under attack on Monday as investors fled."


def code(text: str):
    return code_article(Article(id=content_id(text), text=text, source="t.txt", published="2023-02-06"))


@pytest.fixture
def keep_dropped():
    coder.KEEP_DROPPED = True
    yield
    coder.KEEP_DROPPED = False


def test_coding_drops_what_the_codebook_calls_no_event():
    assert not [m for m in code(FIGURATIVE) if m.event_type == "ASSAULT"]


def test_training_keeps_it_marked(keep_dropped):
    kept = [m for m in code(FIGURATIVE) if m.event_type == "ASSAULT"]
    assert kept and all(gate.dropped(m) for m in kept)
    assert all(gate.features_of(m) for m in kept)  # the gate reads its sentence as it reads any other


def test_an_event_is_coded_alike_either_way(keep_dropped):
    text = "Rebels attacked an army base near Goma on Sunday, killing four soldiers."
    [m] = [m for m in code(text) if not gate.dropped(m)]
    coder.KEEP_DROPPED = False
    [n] = code(text)
    assert (m.event_type, m.actor1, m.actor2, m.fatalities) == (n.event_type, n.actor1, n.actor2, n.fatalities)


def test_training_reads_the_written_sets_dev_documents_only(tmp_path):
    """The held half of a written set, and a set held whole, stay unseen by the gate's training."""
    import json
    import shutil

    from conflictatlas import evaluate_written
    from conflictatlas.nlp.train_gate import _written_dev

    names = [f"story_{n:02d}" for n in range(8)]
    for folder, held_out in (("halves-set", "halves"), ("held-set", "held")):
        (tmp_path / folder).mkdir()
        docs = [{"doc": n, "published": "2024-05-01", "events": [], "negatives": []} for n in names]
        (tmp_path / folder / "gold.json").write_text(json.dumps({"held_out": held_out, "docs": docs}), encoding="utf-8")
        for n in names:
            (tmp_path / folder / f"{n}.txt").write_text(f"Text of {n}.", encoding="utf-8")
    dev = {n for n in names if evaluate_written.split_of(n, "halves") == "dev"}
    assert dev and dev != set(names)  # the fixture has both halves
    docs, texts = _written_dev(tmp_path)
    assert {d["doc"] for d in docs} == {f"halves-set/{n}" for n in dev}
    assert texts["halves-set/" + sorted(dev)[0]] == {"text": f"Text of {sorted(dev)[0]}.", "published": "2024-05-01"}
    shutil.rmtree(tmp_path / "halves-set")
    assert _written_dev(tmp_path) == ([], {})


def test_training_on_a_written_folder_that_is_not_there_says_so(cli, tmp_path):
    result = cli("train", "gate", "--written", tmp_path / "missing", "--out", tmp_path / "gate.json")
    assert result.exit_code != 0 and "missing: no such folder of written sets" in result.stderr
    assert not (tmp_path / "gate.json").exists()


def test_a_fixed_threshold_outside_zero_to_one_says_so(cli, tmp_path):
    result = cli("train", "gate", "--min-confidence", "1.5", "--out", tmp_path / "gate.json")
    assert result.exit_code != 0 and "--min-confidence 1.5: a threshold is in [0, 1)" in result.stderr
    assert not (tmp_path / "gate.json").exists()


def test_a_threshold_is_shipped_only_where_the_dev_floors_hold():
    # one dev document, one gold event; a right mention at 0.6, a false one at 0.2: at 0.1 precision
    # is 0.5 (under a 0.9 floor), at 0.3 it is 1.0; a floor on batch 11 counts for batch 11 only
    from conflictatlas.nlp.train_gate import _dev_floors_hold

    gold = {"aliases": {}, "docs": [
        {"doc": "d1", "file": "batch03.json", "events": [{"id": "E1", "cue": "shelled the town", "trigger": "shelled",
                                                          "event_type": ["ASSAULT"], "status": ["occurred"]}]},
        {"doc": "d2", "file": "batch11.json", "events": []}]}
    right = {"doc": "d1", "event_type": "ASSAULT", "status": "occurred", "confidence": 0.6,
             "evidence": {"sentence": "Rebels shelled the town on Monday.", "trigger": "shelled"}}
    wrong = {**right, "confidence": 0.2, "evidence": {"sentence": "The mayor spoke on Monday.", "trigger": "spoke"}}
    floors = {"events_dev": {"P": 0.9}, "events_nonconflict_per_doc_max": {"dev": 1.0},
              "events_editions": {"b11": {"dev": {}, "nonconflict_per_doc_max": {"dev": 0.5}}}}
    assert not _dev_floors_hold(gold, [right, wrong], 0.1, floors)
    assert _dev_floors_hold(gold, [right, wrong], 0.3, floors)
    # a false mention in batch 11's document at 0.4 breaks its own ceiling (d2 is no conflict story)
    extra = {**wrong, "doc": "d2", "confidence": 0.4}
    assert not _dev_floors_hold(gold, [right, extra], 0.3, floors)
    assert _dev_floors_hold(gold, [right, extra], 0.5, floors)


def test_thresholds_are_tried_near_the_top_highest_first_then_by_score():
    from conflictatlas.nlp.train_gate import threshold_order

    curve = [(0.0, 0.498), (0.1, 0.502), (0.15, 0.503), (0.2, 0.499), (0.3, 0.490), (0.4, 0.486)]
    assert threshold_order(curve) == [0.2, 0.15, 0.1, 0.0, 0.3, 0.4]
