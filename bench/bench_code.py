#!/usr/bin/env python3
"""Throughput of the event coder against bare spaCy parsing, measured in the same run.

    .venv/bin/python bench/bench_code.py                 # about a minute
    .venv/bin/python bench/bench_code.py --articles 800  # longer, steadier

Corpus: real news text read in place from ../shared/eval (never copied): the example article, the
LGL local-news articles and the GeoVirus WikiNews articles, cycled to the requested count.
Both sides get the same texts, the same model object and a warm-up pass; each side is timed
`--rounds` times, alternating, and the best round counts (the least disturbed by other load);
the gazetteer's name cache is emptied before each coder round, so no round reuses another's lookups.
The coder side is the Python API behind `conflictatlas code`, JSON serialisation included.

Last line:
    throughput: articles_per_s=X spacy_articles_per_s=Y ratio=Z peak_mb=M
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time

from corpus import news_texts


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=150)
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args(argv)

    from conflictatlas.geo import gazetteer
    from conflictatlas.nlp import code_articles, load
    from conflictatlas.records import Article, content_id

    texts = news_texts(args.articles)
    articles = [Article(id=content_id(t), text=t, source=f"bench/{i}.txt", language="en")
                for i, t in enumerate(texts)]
    nlp = load()
    gazetteer.lookup("Sirte")  # build/open the index outside the timing
    words = sum(len(t.split()) for t in texts)

    def bare() -> None:
        for _ in nlp.pipe(texts, batch_size=64):
            pass

    def coder() -> None:
        gazetteer.cache_clear()  # each round starts cold: a repeated round must not find its names looked up
        for coded in code_articles(articles):
            for m in coded.mentions:
                json.dumps(m.to_dict())

    warm = articles[:20]
    list(code_articles(warm))
    list(nlp.pipe(texts[:20]))
    best = {"bare": float("inf"), "coder": float("inf")}
    for _ in range(args.rounds):
        for name, fn in (("bare", bare), ("coder", coder)):
            t0 = time.perf_counter()
            fn()
            best[name] = min(best[name], time.perf_counter() - t0)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    coder_rate = len(texts) / best["coder"]
    bare_rate = len(texts) / best["bare"]
    print(f"corpus: {len(texts)} articles, {words} words (example + LGL + GeoVirus, cycled)")
    print(f"bare nlp.pipe: {best['bare']:.2f} s; conflictatlas code: {best['coder']:.2f} s (best of {args.rounds})")
    print(f"throughput: articles_per_s={coder_rate:.1f} spacy_articles_per_s={bare_rate:.1f} "
          f"ratio={coder_rate / bare_rate:.2f} peak_mb={peak_mb:.0f}")


if __name__ == "__main__":
    sys.exit(main())
