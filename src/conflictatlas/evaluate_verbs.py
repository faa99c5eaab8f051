"""Trigger recall on sentences nobody coded by our codebook: the event_location records outside its gold.

The event_location set (MIT) marks in each of some 9,700 news sentences the verb that tells its event,
for training event geolocation. Its annotators did not code by docs/codebook.md: many marked verbs tell
nothing we code (a team "captured" a title, prices "shot up", a war "has killed 100,000"), so the
figure has no ceiling of 1 and is no precision. It is a recall signal on real news far wider than our
hand-coded sets: how often a mention's trigger is the marked verb (`trigger_recall`), and how often
the sentence yields any mention at all (`sentence_recall`), at the default minimum confidence.

Left out: the 496 gold sentences (the `places` suite scores them) and every sentence of our own
hand-coded sets. The rest is split by a hash of the sentence: `dev` may be read to find what the
lexicon misses; `test` is only counted.
"""

from __future__ import annotations

import hashlib
from pathlib import Path


def split_of(text: str) -> str:
    return "dev" if int(hashlib.sha256(text.strip().encode("utf-8")).hexdigest(), 16) % 2 == 0 else "test"


def records(shared: Path, events: Path | None = None) -> list[tuple[str, str, int, int]]:
    """(split, sentence, verb start, verb end) for each distinct non-gold sentence with a marked verb."""
    from . import evaluate_events as ee
    from .geo.train import GOLD_SOURCE, read_records, span_offsets

    data = read_records(shared)
    gold = {r["text"].strip() for r in data if r.get("source") == GOLD_SOURCE}
    ours = ee.load(events)
    own = {t["text"].strip() for t in ee.texts(shared, [d["doc"] for d in ours["docs"]]).values()}
    out, seen = [], set()
    for r in data:
        text = r["text"].strip()
        verbs = [s for s in r.get("spans") or [] if s["label"] == "VERB"]
        if not verbs or r.get("source") == GOLD_SOURCE or text in gold or text in own or text in seen:
            continue
        seen.add(text)
        start, end = span_offsets(r, verbs[0])
        out.append((split_of(text), r["text"], start, end))
    return out


def score(shared: Path, events: Path | None = None) -> dict[str, dict[str, float]]:
    """Per split: trigger_recall, sentence_recall and n."""
    from .nlp import code_articles, gate
    from .records import Article, content_id

    rows = records(shared, events)
    articles = [Article(id=content_id(t), text=t, source=f"event_location/{i}", language="en")
                for i, (_, t, _, _) in enumerate(rows)]
    floor = gate.default_min_confidence()
    tally: dict[str, list[int]] = {}
    for (split, _, start, end), coded in zip(rows, code_articles(articles), strict=True):
        kept = [m for m in coded.mentions if m.confidence >= floor]
        hit = any(m.evidence.trigger_start is not None and m.evidence.trigger_start < end
                  and start < m.evidence.trigger_end for m in kept)
        t = tally.setdefault(split, [0, 0, 0])
        t[0] += hit
        t[1] += bool(kept)
        t[2] += 1
    return {s: {"trigger_recall": h / n, "sentence_recall": a / n, "n": n} for s, (h, a, n) in sorted(tally.items())}
