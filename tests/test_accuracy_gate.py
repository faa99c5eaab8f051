"""Accuracy gate: the shared reference scorers, run on the coder's output, must not fall below the
floors pinned in floors.json."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from conftest import SHARED_EVAL

FLOORS = json.loads((Path(__file__).parent / "floors.json").read_text())


def test_seed_article_score(cli, tmp_path, example_path):
    result = cli("code", example_path, "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    pred = tmp_path / "pred.jsonl"
    pred.write_text(result.stdout, encoding="utf-8")
    lines = [json.loads(ln) for ln in result.stdout.splitlines()]
    assert lines and all(ln["doc"] == example_path.name for ln in lines)
    scored = subprocess.run([sys.executable, str(SHARED_EVAL / "score_events.py"),
                             str(SHARED_EVAL / "seed.gold.json"), str(pred)], check=False, capture_output=True, text=True)
    summary = scored.stdout.strip().splitlines()[-1]
    m = re.search(r"false_positives=(\d+) score=([\d.]+)", summary)
    assert m, scored.stdout + scored.stderr
    assert int(m.group(1)) <= FLOORS["seed_false_positives_max"], scored.stdout
    assert float(m.group(2)) >= FLOORS["seed_events_score"], scored.stdout


def test_provenance_of_the_example(example_path):
    from conflictatlas.ingest import read_sources

    [art] = list(read_sources([example_path]))
    gold = json.loads((SHARED_EVAL / "seed.gold.json").read_text())["docs"][0]["provenance"]
    assert art.provenance.original_outlet == gold["original_outlet"]
    for cue in gold["commentary_cues"]:
        assert art.provenance.segment_at(art.text.index(cue)) == "commentary", cue
    for cue in gold["reporting_cues"]:
        assert art.provenance.segment_at(art.text.index(cue.replace("'", "’"))) == "reporting", cue
