#!/usr/bin/env python3
"""Ingest + merge throughput on 10,000 articles, and how merge time grows with the store.

    .venv/bin/python bench/bench_merge.py                      # 10,000 articles, ~10 min
    .venv/bin/python bench/bench_merge.py --articles 2000      # quicker (no growth figure)

Corpus: the real news texts of ../shared/eval (example, LGL, GeoVirus; read in place), each coded
once. The 10,000 articles are those texts and copies of them: a third are same-day reposts (a
site's own intro and a credit line around the text: near-duplicates that must be linked and must
join the original's events), the rest are the same text republished weeks later (its events moved
by the same number of days, so they are new events in the store, as a recurring story's are).
Each copy carries the coder's mentions of its text, re-keyed to the copy.

Measured in one run, on a fresh SQLite file:
- merge: `Store.add_article` (near-duplicate lookup, event merging, history, one transaction per
  article) for every article, timed per block (one round of the distinct texts, so blocks of one
  kind are alike); the ratio of the last block's time to the first block's of the same kind says
  how far from linear the growth is (1.0 = linear: each article costs the same however full the
  store; quadratic growth would make the last block several times slower);
- coding: the coder on the distinct texts, against bare spaCy parsing of the same texts (the
  baseline), which gives the end-to-end ingest rate = 1 / (coding time + merge time per article).

Last lines:
    merge_blocks_s: [...]
    merge: articles=N articles_per_s=X growth_last_vs_first=R
    ingest: articles_per_s=X coder_vs_spacy_ratio=R (coding + merge per article)
"""

from __future__ import annotations

import argparse
import copy
import resource
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from corpus import news_texts


def shift(day: str | None, days: int) -> str | None:
    return (date.fromisoformat(day[:10]) + timedelta(days=days)).isoformat() if day else None


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--block", type=int, default=0, help="articles per timed block [default: one round "
                    "of the distinct texts, so that blocks are alike]")
    args = ap.parse_args(argv)

    from conflictatlas.geo import gazetteer
    from conflictatlas.ingest.provenance import detect_provenance
    from conflictatlas.nlp import code_articles, load
    from conflictatlas.records import Article, content_id
    from conflictatlas.store import Store

    texts = list(dict.fromkeys(news_texts(10_000)))  # the distinct real texts
    base_day = date(2016, 1, 1)
    bases = [Article(id=content_id(t), text=t, source=f"bench/{i}", outlet=f"Outlet {i % 40}",
                     published=(base_day + timedelta(days=(i * 7) % 365)).isoformat(), language="en")
             for i, t in enumerate(texts)]
    nlp = load()
    gazetteer.lookup("Sirte")
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    spacy_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    coded = {c.article.id: c.mentions for c in code_articles(bases)}
    coder_s = time.perf_counter() - t0
    print(f"coding: texts={len(texts)} coder_s={coder_s:.1f} spacy_s={spacy_s:.1f}", flush=True)

    def variant(k: int) -> tuple[Article, list]:
        b = bases[k % len(bases)]
        round_ = k // len(bases)
        if round_ == 0:
            return b, coded[b.id]
        repost = round_ % 3 == 1
        days = 1 if repost else 40 * round_
        intro = (f"Republished from {b.outlet} with permission (reposting round {round_}). Our notes follow.\n\n"
                 if repost else f"From our archive, edition {round_}.\n\n")
        text = intro + b.text + (f"\n\nSource: {b.outlet}" if repost else "")
        art = Article(id=content_id(text), text=text, source=f"bench/v{k}", outlet=f"Site {k % 97}",
                      published=shift(b.published, days), language="en", provenance=detect_provenance(text))
        mentions = []
        for m in coded[b.id]:
            m2 = copy.deepcopy(m)
            m2.evidence.article_id = art.id
            m2.evidence.start += len(intro)
            m2.evidence.end += len(intro)
            if m2.evidence.trigger_start is not None:
                m2.evidence.trigger_start += len(intro)
            if not repost:
                m2.date.start, m2.date.end = shift(m2.date.start, days), shift(m2.date.end, days)
            mentions.append(m2)
        return art, mentions

    block = args.block or len(bases)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.db")
        blocks, n_mentions, t_block = [], 0, 0.0
        for k in range(args.articles):
            art, mentions = variant(k)
            t0 = time.perf_counter()
            store.add_article(art, mentions)
            t_block += time.perf_counter() - t0
            n_mentions += len(mentions)
            if (k + 1) % block == 0:
                kind = "originals" if k < len(bases) else ("reposts" if (k // len(bases)) % 3 == 1 else "republished")
                blocks.append((kind, round(t_block, 2)))
                print(f"  {k + 1} articles: block of {kind} {t_block:.1f} s", flush=True)
                t_block = 0.0
        counts = store.counts()
        size_mb = (Path(tmp) / "bench.db").stat().st_size / 1e6
        store.close()
    merge_s = sum(t for _, t in blocks)
    per_article_merge = merge_s / args.articles

    def growth(kind: str) -> str:
        same = [t for k, t in blocks if k == kind]
        return f"{same[-1] / same[0]:.2f}" if len(same) >= 2 else "n/a"

    per_article_code = coder_s / len(texts)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"store: {counts} size_mb={size_mb:.0f} mentions={n_mentions} peak_mb={peak:.0f}")
    print(f"merge_blocks_s: {blocks}")
    print(f"merge: articles={args.articles} articles_per_s={args.articles / merge_s:.1f} "
          f"growth_last_vs_first_republished={growth('republished')} growth_last_vs_first_reposts={growth('reposts')}")
    print(f"ingest: articles_per_s={1 / (per_article_code + per_article_merge):.1f} "
          f"coder_vs_spacy_ratio={spacy_s / coder_s:.2f} (coding + merge per article)")


if __name__ == "__main__":
    sys.exit(main())
