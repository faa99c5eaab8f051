"""Our hand-coded event sets (tests/data/events/): well-formed, big enough, and split for good."""

from __future__ import annotations

import hashlib
from collections import Counter

import pytest
from conftest import DATA, SHARED_EVAL

from conflictatlas import evaluate_events as ee
from conflictatlas.records import PLOVER_TYPES, STATUSES

FOLDER = DATA / "events"


@pytest.fixture(scope="module")
def gold():
    return ee.load(FOLDER)


def test_split_is_a_hash_of_the_id_and_never_moves(gold):
    for d in gold["docs"]:
        want = "test" if int(hashlib.sha256(d["doc"].encode()).hexdigest(), 16) % 3 == 0 else "dev"
        assert ee.split_of(d["doc"]) == want
    # The counts of tests/data/events/README.md: a change of ids or of the rule would move them.
    assert Counter(ee.split_of(d["doc"]) for d in gold["docs"]) == {"dev": 1302, "test": 672}


def test_copies_of_one_text_share_a_split_and_dev_keeps_them(gold):
    # event_location files some sentences twice, differing in spacing only: one copy in dev and one
    # in test would score the coder on text it was tuned on.
    texts = ee.texts(SHARED_EVAL, [d["doc"] for d in gold["docs"]])
    copies = ee.canonical_docs(gold, texts)
    dev = {d["doc"] for d in ee.only_split(gold, "dev", copies)["docs"]}
    test = {d["doc"] for d in ee.only_split(gold, "test", copies)["docs"]}
    assert not dev & test and len(dev | test) == len(gold["docs"])
    by_text: dict[str, set[str]] = {}
    for doc, t in texts.items():
        by_text.setdefault(" ".join(t["text"].split()), set()).add(doc)
    copies = [docs for docs in by_text.values() if len(docs) > 1]
    assert copies and all(docs <= dev or docs <= test for docs in copies)
    assert all(docs <= dev for docs in copies if any(ee.split_of(d) == "dev" for d in docs))
    assert (len(dev), len(test)) == (1348, 626)


def test_sets_are_big_enough(gold):
    articles = [d for d in gold["docs"] if not d["doc"].startswith("el-")]
    events = {(d["doc"], e["event"]) for d in gold["docs"] for e in d["events"]}
    assert len(articles) >= 80 and len(events) >= 600
    assert sum(len(d.get("negatives", [])) for d in gold["docs"]) >= 600


def test_every_cue_is_in_its_document_once(gold):
    texts = ee.texts(SHARED_EVAL, [d["doc"] for d in gold["docs"]])
    aliases = gold["aliases"]
    for d in gold["docs"]:
        text = ee.norm(texts[d["doc"]]["text"])
        for e in d["events"]:
            assert text.count(ee.norm(e["cue"])) == 1, (d["doc"], e["id"], e["cue"])
            assert set(e["event_type"]) <= set(PLOVER_TYPES) and set(e["status"]) <= set(STATUSES), e
            for k in ("actor1", "actor2"):
                names = e.get(k) or []
                assert all(n in aliases for n in (names if isinstance(names, list) else [names])), (d["doc"], e)
        for cue in d.get("negatives", []):
            assert text.count(ee.norm(cue)) == 1, (d["doc"], cue)


def test_matching_is_one_to_one_and_prefers_the_right_type():
    gold_events = [{"id": "E1", "cue": "rebels attacked the base", "trigger": "attacked", "event_type": ["ASSAULT"],
                    "status": ["occurred"]}]
    sentence = {"sentence": "Yesterday rebels attacked the base and police arrested two men."}
    preds = [{"event_type": "COERCE", "evidence": {**sentence, "trigger": "arrested"}},
             {"event_type": "ASSAULT", "evidence": {**sentence, "trigger": "attacked"}}]
    [(g, p)] = ee.match(gold_events, preds)
    assert p["event_type"] == "ASSAULT"
    tally = ee.score({"aliases": {}, "docs": [{"doc": "d", "events": gold_events}]},
                     [{**p, "doc": "d"} for p in preds])
    assert (tally.matched, tally.pred, tally.gold) == (1, 2, 1)


def test_eval_verbose_shows_no_test_document_errors(tmp_path):
    # The reference scorer explains every document; on the test split `eval --verbose` keeps totals.
    import subprocess
    import sys

    from conflictatlas import evaluate

    empty = tmp_path / "pred.jsonl"
    empty.write_text("", encoding="utf-8")
    out = subprocess.run([sys.executable, str(SHARED_EVAL / "score_events.py"), str(SHARED_EVAL / "seed.gold.json"),
                          str(empty)], capture_output=True, text=True, check=True).stdout
    per_document = [ln for ln in out.splitlines() if ":G" in ln or "MISSING" in ln]
    assert per_document  # the scorer does explain documents
    dev = evaluate.Result("events-reference:dev", out.strip().splitlines()[-1], out)
    test = evaluate.Result("events-reference:test", out.strip().splitlines()[-1], out)
    assert all(ln in dev.shown() for ln in per_document)
    assert not any(ln in test.shown().splitlines() for ln in per_document)
    assert out.strip().splitlines()[-1] in test.shown()


def test_written_sets_have_a_held_out_rule_and_their_cues():
    # Every written set says how much of it is held out, and every cue is in its document.
    from conflictatlas import evaluate_written as ew

    root = DATA / "written"
    folders = ew.sets(root)
    assert len(folders) >= 8
    held = 0
    for folder in folders:
        gold = ew.load(folder)
        for d in gold["docs"]:
            text = (folder / f"{d['doc']}.txt").read_text(encoding="utf-8")
            assert all(e["cue"] in text for e in d["events"]), (folder.name, d["doc"])
            held += ew.split_of(d["doc"], gold["held_out"]) == "held"
    assert held >= 150  # documents whose errors are not read


def test_written_split_is_a_hash_of_the_name():
    from conflictatlas import evaluate_written as ew

    for name in ("01_us_springfield_stabbing", "07_us_greenville_carjacking", "x"):
        even = int(hashlib.sha256(name.encode()).hexdigest(), 16) % 2 == 0
        assert ew.split_of(name, "halves") == ("held" if even else "dev")
        assert ew.split_of(name, "tuned") == "dev" and ew.split_of(name, "held") == "held"


def test_each_coding_round_is_scored_on_its_own(gold):
    # batches 1-10 were the sets as first frozen; a later batch is an edition of its own
    assert ee.edition("batch3.gold.json") == ee.edition("batch10.gold.json") == "b1-10"
    assert ee.edition("batch11.gold.json") == "b11"
    editions = Counter(ee.edition(d["file"]) for d in gold["docs"])
    assert editions["b1-10"] == 576 and editions["b11"] == 188 and editions["b12"] == 170 and editions["b13"] == 220 and editions["b14"] == 200 \
        and editions["b15"] == 200 and editions["b16"] == 420


def test_the_verbs_suite_reads_sentences_outside_every_gold(gold):
    # evaluate_verbs.py scores trigger recall on event_location's sentences: none may be one of its
    # 496 gold nor one of ours, and its split is a fixed hash of the sentence.
    from conflictatlas import evaluate_verbs
    from conflictatlas.geo.train import GOLD_SOURCE, read_records

    rows = evaluate_verbs.records(SHARED_EVAL, FOLDER)
    texts = {t.strip() for _, t, _, _ in rows}
    theirs = {r["text"].strip() for r in read_records(SHARED_EVAL) if r.get("source") == GOLD_SOURCE}
    ours = {t["text"].strip() for t in ee.texts(SHARED_EVAL, [d["doc"] for d in gold["docs"]]).values()}
    assert len(rows) > 5000 and len(texts) == len(rows)
    assert not texts & theirs and not texts & ours
    want = {t: "dev" if int(hashlib.sha256(t.encode()).hexdigest(), 16) % 2 == 0 else "test" for t in texts}
    assert all(split == want[t.strip()] for split, t, _, _ in rows)
    assert Counter(want.values())["test"] > 0.4 * len(rows)
    assert all(0 <= a < b <= len(t) and t[a:b].strip() for _, t, a, b in rows)
