#!/usr/bin/env python3
"""Coding time against a paragraph's length, as a ratio measured in one run (issue 15, item 3).

    .venv/bin/python bench/bench_long_text.py

One run-together paragraph of 2 x MAX_PARAGRAPH characters of news sentences and one of 8 x (4x the
text), each coded in this process after a warm-up; CPU seconds (other processes on the machine add
wall time, not CPU time), the garbage collector off while timing as in `timeit`, the best of 3.
Before the cut in `nlp.paragraphs()` 4x the text took about 16x the time; linear is 4x.

Last line:
    long_text: ratio_4x=R
"""

from __future__ import annotations

import gc
import time

from conflictatlas.nlp import MAX_PARAGRAPH, code_article
from conflictatlas.records import Article

SENTENCE = "Gunmen attacked a checkpoint near Mosul on Tuesday, killing two soldiers, the army said. "


def seconds(text: str, tries: int = 3) -> float:
    best = float("inf")
    for _ in range(tries):
        gc.collect()
        gc.disable()
        try:
            start = time.process_time()
            mentions = code_article(Article(id="long", source="long", text=text, published="2017-03-08"))
            best = min(best, time.process_time() - start)
        finally:
            gc.enable()
    assert len(mentions) >= text.count("Gunmen"), "a sentence's event was lost"
    return best


def main() -> None:
    code_article(Article(id="w", source="w", text=SENTENCE * 20, published="2017-03-08"))  # warm-up
    per = MAX_PARAGRAPH // len(SENTENCE)  # whole pieces only, so no odd-sized piece weighs on one side
    small, big = seconds(SENTENCE * (2 * per)), seconds(SENTENCE * (8 * per))
    print(f"2 x {MAX_PARAGRAPH} characters: {small:.2f} s CPU; 8 x: {big:.2f} s CPU")
    print(f"long_text: ratio_4x={big / small:.2f}")


if __name__ == "__main__":
    main()
