#!/usr/bin/env python3
"""Event-place accuracy on the 496 gold records of ../shared/eval/event_location (read in place).

    .venv/bin/python bench/bench_event_location.py

Per its README: code each gold sentence, take the event whose trigger overlaps the gold VERB span,
and compare the span of the place the coder gave that event with the gold LOCATION span(s): an
overlap is right; with no LOCATION the right answer is "no place in this sentence". Span offsets
come from the records' token indices (some character offsets in the file are inconsistent).
A record whose verb the coder codes no event for counts as "no place" (right only when the gold has
no LOCATION); `coverage` says how often an event was found.

Last line:
    event_location: acc=.. acc_with_location=.. acc_without_location=.. acc_when_coded=.. coverage=.. n=..
"""

from __future__ import annotations

import json
import sys
import zipfile
from pathlib import Path

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"


def gold_records() -> list[dict]:
    with zipfile.ZipFile(SHARED / "event_location" / "labeled_text.jsonl.zip") as z:
        name = next(n for n in z.namelist() if n.endswith(".jsonl") and not n.startswith("__MACOSX"))
        data = json.loads(z.read(name).decode("utf-8"))
    out = []
    for r in data:
        if r.get("source") != "RELABEL":
            continue
        toks = r["tokens"]
        spans = [(s["label"], toks[s["token_start"]]["start"], toks[s["token_end"]]["end"]) for s in r.get("spans") or []]
        verbs = [(a, b) for lab, a, b in spans if lab == "VERB"]
        if not verbs:
            continue
        out.append({"text": r["text"], "verb": verbs[0], "locations": [(a, b) for lab, a, b in spans if lab == "LOCATION"]})
    return out


def main() -> None:
    from conflictatlas.nlp import code_articles
    from conflictatlas.records import Article, content_id

    records = gold_records()
    articles = [Article(id=content_id(r["text"]) + str(i), text=r["text"], source=f"event_location/{i}",
                        language="en") for i, r in enumerate(records)]
    right = found = right_found = 0
    by_kind = {"with": [0, 0], "without": [0, 0]}
    for r, coded in zip(records, code_articles(articles), strict=True):
        vs, ve = r["verb"]
        hits = [m for m in coded.mentions
                if m.evidence.trigger_start is not None and m.evidence.trigger_start < ve and vs < m.evidence.trigger_end]
        place = None
        if hits:
            found += 1
            p = hits[0].place
            place = (p.start, p.end) if p is not None and p.start is not None and p.rule != "dateline" else None
        if r["locations"]:
            ok = place is not None and any(place[0] < b and a < place[1] for a, b in r["locations"])
        else:
            ok = place is None
        right += ok
        right_found += ok and bool(hits)
        kind = "with" if r["locations"] else "without"
        by_kind[kind][0] += ok
        by_kind[kind][1] += 1
    n = len(records)
    print(f"records with a location: {by_kind['with'][1]}, without: {by_kind['without'][1]}")
    print(f"event_location: acc={right / n:.3f} acc_with_location={by_kind['with'][0] / by_kind['with'][1]:.3f} "
          f"acc_without_location={by_kind['without'][0] / by_kind['without'][1]:.3f} "
          f"acc_when_coded={right_found / max(1, found):.3f} coverage={found / n:.3f} n={n}")


if __name__ == "__main__":
    sys.exit(main())
