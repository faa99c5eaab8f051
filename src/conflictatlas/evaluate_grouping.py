"""Score how the mentions of one article are grouped into events (`eval --suite events`).

The hand-coded sets give each gold mention the event it tells (`"event": "e1"`): a headline, its
lede and a later quote about one raid share one. The coded mentions of each article are merged in
order as the store merges them (`merge.choose_event` against the article's events so far), matched
to the gold mentions as the field scores match them, and scored pairwise over the matched mentions
of each article: a pair is predicted together when its two mentions joined one event.
"""

from __future__ import annotations

from itertools import combinations

from .evaluate_events import match
from .evaluate_merge import PairScore, pair_score


def group(preds: list[dict], doc: str, published: str | None) -> list[str]:
    """The event each of one article's coded mentions joins, in order, numbered in the article."""
    from .merge import ArticleMeta, MentionRef, choose_event
    from .records import EventMention

    meta = ArticleMeta(id=doc, published=published, outlet=None, origin=f"article:{doc}", doc=doc)
    events: dict[str, list[MentionRef]] = {}
    out = []
    for n, p in enumerate(preds):
        ref = MentionRef(EventMention.from_dict(p), meta)
        chosen, _ = choose_event(ref, events)
        chosen = chosen or f"e{n:04d}"
        events.setdefault(chosen, []).append(ref)
        out.append(chosen)
    return out


def score(gold: dict, candidates: list[dict], published: dict[str, str | None], min_confidence: float) -> PairScore:
    """Pairwise precision and recall of "same event" over each article's matched mentions. Every
    candidate is merged (the store keeps them all); only those the gate shows are matched."""
    by_doc: dict[str, list[dict]] = {}
    for p in candidates:
        by_doc.setdefault(p["doc"], []).append(p)
    predicted, wanted = set(), set()
    for d in gold["docs"]:
        preds = by_doc.get(d["doc"], [])
        events = group(preds, d["doc"], published.get(d["doc"]))
        shown = [p for p in preds if p["confidence"] >= min_confidence]
        index = {id(p): n for n, p in enumerate(preds)}
        matched = [(g, index[id(p)]) for g, p in match(d["events"], shown)]
        for (g1, n1), (g2, n2) in combinations(matched, 2):
            pair = frozenset((f"{d['doc']}:{g1['id']}", f"{d['doc']}:{g2['id']}"))
            if g1.get("event") is not None and g1.get("event") == g2.get("event"):
                wanted.add(pair)
            if events[n1] == events[n2]:
                predicted.add(pair)
    return pair_score(predicted, wanted)
