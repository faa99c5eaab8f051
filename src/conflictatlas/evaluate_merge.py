"""Score near-duplicate detection and event merging on a hand-clustered set (`eval --suite merge`).

The set (tests/data/dedup_merge.clusters.json) names real wire sentences by their record id in
../shared/eval/event_location, plus reposts that wrap another article in hand-written framing.
Articles are built in memory, ingested in publication order into a fresh store (as a monitor
would see them), and scored pairwise against the hand-written clusters:
- dedup: two articles are predicted copies when they share a duplicate_of root;
- merge: two articles are predicted to report the same event when a stored Event holds
  mentions from both. Gold: same `repost_of` chain, and same `event`.
"""

from __future__ import annotations

import itertools
import json
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from .ingest.readers import article_from_text
from .records import Article


@dataclass
class PairScore:
    precision: float
    recall: float
    f1: float
    tp: int
    fp: int
    fn: int

    def line(self, name: str) -> str:
        return (f"{name}: precision={self.precision:.3f} recall={self.recall:.3f} f1={self.f1:.3f} "
                f"(tp={self.tp} fp={self.fp} fn={self.fn})")


def pair_score(predicted: set[frozenset], gold: set[frozenset]) -> PairScore:
    tp, fp, fn = len(predicted & gold), len(predicted - gold), len(gold - predicted)
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return PairScore(p, r, 2 * p * r / (p + r) if p + r else 0.0, tp, fp, fn)


def _pairs(groups: dict[str, list[str]]) -> set[frozenset]:
    return {frozenset(p) for members in groups.values() for p in itertools.combinations(sorted(set(members)), 2)}


def build_articles(spec: dict, shared_eval: Path) -> list[tuple[str, Article]]:
    """(set id, Article) for every entry, originals from event_location, reposts from framing."""
    with zipfile.ZipFile(shared_eval / "event_location" / "labeled_text.jsonl.zip") as z:
        records = json.load(z.open("labeled_text.jsonl"))
    by_id: dict[str, str] = {}
    for r in records:
        by_id.setdefault(str(r["_id"]).strip(), " ".join(r["text"].split()))
    texts: dict[str, str] = {}
    out = []
    for a in spec["articles"]:
        if "ref" in a:
            wire, _, rest = a["ref"].partition("_ENG_")
            text = by_id[a["ref"]]
            outlet, published = spec["outlets"][wire], f"{rest[:4]}-{rest[4:6]}-{rest[6:8]}"
        else:
            text = "\n\n".join(p for p in (a.get("before"), texts[a["repost_of"]], a.get("after")) if p)
            outlet, published = a["outlet"], a["published"]
        texts[a["id"]] = text
        art = article_from_text(a["id"], text, published=published, outlet=outlet, language="en")
        out.append((a["id"], art))
    return out


def evaluate(spec_path: Path, shared_eval: Path, db: Path | None = None) -> tuple[PairScore, PairScore, dict]:
    from .pipeline import ingest_items
    from .store import Store, schema

    spec = json.loads(spec_path.read_text(encoding="utf-8"))
    built = build_articles(spec, shared_eval)
    by_article = {art.id: sid for sid, art in built}
    gold_dups: dict[str, list[str]] = {}
    root = {}
    for a in spec["articles"]:
        root[a["id"]] = root.get(a.get("repost_of"), a.get("repost_of")) or a["id"]
        gold_dups.setdefault(root[a["id"]], []).append(a["id"])
    gold_events: dict[str, list[str]] = {}
    for a in spec["articles"]:
        gold_events.setdefault(a["event"], []).append(a["id"])
    ordered = [art for _, art in sorted(built, key=lambda b: (b[1].published, b[0]))]
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(db or Path(tmp) / "merge-eval.db")
        report = ingest_items(ordered, store)
        from sqlalchemy import select

        with store.engine.connect() as conn:
            arts = conn.execute(select(schema.articles.c.id, schema.articles.c.duplicate_of)).all()
            ments = conn.execute(select(schema.mentions.c.article_id, schema.mentions.c.event_id)).all()
        store.close()
    pred_dups: dict[str, list[str]] = {}
    for aid, dup in arts:
        pred_dups.setdefault(dup or aid, []).append(by_article[aid])
    pred_events: dict[str, list[str]] = {}
    for aid, eid in ments:
        pred_events.setdefault(eid, []).append(by_article[aid])
    info = {"articles": len(built), "stored": report.added, "mentions": report.mentions,
            "events": len(pred_events), "gold_events": len(gold_events)}
    return pair_score(_pairs(pred_dups), _pairs(gold_dups)), pair_score(_pairs(pred_events), _pairs(gold_events)), info
