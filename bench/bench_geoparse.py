#!/usr/bin/env python3
"""Geoparsing speed and the gazetteer index's cost, measured in one run.

    .venv/bin/python bench/bench_geoparse.py            # LGL + GeoVirus texts, read in place
    .venv/bin/python bench/bench_geoparse.py --articles 300 --rounds 3

Reports toponyms/s and articles/s of `conflictatlas geoparse` beside bare `nlp.pipe` on the same
texts (the ratio is the cost of recognition and resolution on top of parsing). Each side is timed
`--rounds` times, alternating, and the best round of each counts, as in bench_code.py: one round of
each swung the ratio from 0.71 to 0.90 between runs minutes apart, as other load came and went.
The name cache is emptied before each geoparse round. Also the index's size and build time, and
the mean lookup time of a name not yet looked up (the name cache emptied before each). Last line:
    geoparse: articles_per_s=X toponyms_per_s=Y spacy_articles_per_s=Z ratio=R index_mb=M build_s=B lookup_us=L
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from corpus import news_texts


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args(argv)

    from conflictatlas.geo import gazetteer
    from conflictatlas.nlp import load
    from conflictatlas.nlp.geoparse import geoparse_articles
    from conflictatlas.records import Article, content_id

    with tempfile.TemporaryDirectory() as tmp:
        path, build_s = gazetteer.build(Path(tmp) / "index.sqlite")
        index_mb = path.stat().st_size / 1e6
    names = ["Sirte", "London", "Alexandria", "Paris", "Georgia", "Kabul", "Springfield", "Xqzzyville"] * 250
    gazetteer.lookup("warm")
    t0 = time.perf_counter()
    for n in names:
        gazetteer.cache_clear()  # the index's own cost, not the name cache's
        gazetteer.lookup(n)
    lookup_us = (time.perf_counter() - t0) / len(names) * 1e6
    gazetteer.cache_clear()  # the geoparse run starts cold

    docs = news_texts(args.articles, with_example=False)
    articles = [Article(id=content_id(t), text=t, source=f"bench/{i}.txt", language="en") for i, t in enumerate(docs)]
    nlp = load()
    list(nlp.pipe(docs[:10]))
    best = {"bare": float("inf"), "geoparse": float("inf")}
    found = 0
    for _ in range(args.rounds):
        t0 = time.perf_counter()
        for _ in nlp.pipe(docs, batch_size=64):
            pass
        best["bare"] = min(best["bare"], time.perf_counter() - t0)
        gazetteer.cache_clear()  # each round starts cold
        t0 = time.perf_counter()
        found = sum(1 for _ in geoparse_articles(articles))
        best["geoparse"] = min(best["geoparse"], time.perf_counter() - t0)
    bare, geo = best["bare"], best["geoparse"]
    print(f"{len(docs)} articles, {found} toponyms; bare nlp.pipe {bare:.1f} s, geoparse {geo:.1f} s (best of {args.rounds})")
    print(f"geoparse: articles_per_s={len(docs) / geo:.1f} toponyms_per_s={found / geo:.0f} "
          f"spacy_articles_per_s={len(docs) / bare:.1f} ratio={bare / geo:.2f} index_mb={index_mb:.1f} "
          f"build_s={build_s:.1f} lookup_us={lookup_us:.0f}")


if __name__ == "__main__":
    sys.exit(main())
