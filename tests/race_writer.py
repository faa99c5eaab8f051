"""One writer process of the race tests (test_concurrency.py): a real process of its own.

    python race_writer.py DB ITEMS.jsonl READY GO OUT.json

Each line of ITEMS is {"article": ..., "mentions": [...]}, coded beforehand by the test (the race is
in the store, not in the coder). The process imports everything, creates READY, waits for GO (so the
writers start together), then opens the store (on an empty store: migrates) and adds the articles
one by one through the Python API (`Store.add_article`), and writes {"added": n, "skipped": n} to OUT.
An error is a traceback on stderr and exit status 1.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from conflictatlas.records import Article, EventMention
from conflictatlas.store import Store


def main(db: str, items: str, ready: str, go: str, out: str) -> None:
    todo = [json.loads(line) for line in Path(items).read_text(encoding="utf-8").splitlines() if line.strip()]
    Path(ready).touch()
    deadline = time.monotonic() + 120
    while not Path(go).exists():
        if time.monotonic() > deadline:
            sys.exit("race_writer: no GO signal within 120 s")
        time.sleep(0.001)
    store = Store(db)
    added = skipped = 0
    for item in todo:
        article = Article.from_dict(item["article"])
        mentions = [EventMention.from_dict(m) for m in item["mentions"]]
        if store.add_article(article, mentions):
            added += 1
        else:
            skipped += 1
    store.close()
    Path(out).write_text(json.dumps({"added": added, "skipped": skipped}))


if __name__ == "__main__":
    main(*sys.argv[1:6])
