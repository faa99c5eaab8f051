"""The Python API the CLI and the web layer are thin shells over.

`ingest()` runs the stages in order for a batch of inputs:
1. read each input into Articles (ingest), collecting one IngestError per unreadable input;
2. cut the articles, in input order, into batches of BATCH and drop those already stored (or
   seen earlier in this run), so a re-run adds nothing;
3. code each batch into EventMentions (nlp): in this process, or in `workers` processes
   (parallel.py), or on a Dask cluster (dask_ingest.py);
4. store the batch's articles in publication-date order (store_order), each in one transaction with its
   mentions, its link to the story it copies and the events its mentions join or start (merge), so
   a killed process leaves only whole articles. The order within a batch does not depend on how
   the articles arrived, so the events are the same with any number of workers, and on any backend.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from .errors import ConflictAtlasError
from .ingest import read_sources
from .nlp import CodedArticle, code_articles
from .records import Article
from .store import Store

BATCH = 64  # articles stored in publication-date order together; the same for every way of coding


@dataclass
class IngestReport:
    read: int = 0
    added: int = 0
    skipped: int = 0
    mentions: int = 0  # as stored: two mentions of one trigger and type are one
    redated: int = 0  # stored articles given a corrected publication date, their events derived again
    problems: list[ConflictAtlasError] = field(default_factory=list)


def _batches(items: Iterable, size: int) -> Iterator[list]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def code(paths: Iterable[str | os.PathLike], *, published: str | None = None,
         on_problem: Callable[[ConflictAtlasError], None] | None = None,
         min_confidence: float | None = None) -> Iterator[CodedArticle]:
    """Stateless coding: Articles from the inputs, coded; problems go to `on_problem`. Mentions the
    gate is less confident of than `min_confidence` (default: the gate's, chosen on dev) are left out."""
    from .nlp.gate import default_min_confidence

    floor = default_min_confidence() if min_confidence is None else min_confidence

    def articles() -> Iterator[Article]:
        for item in read_sources(paths, published=published):
            if isinstance(item, ConflictAtlasError):
                if on_problem:
                    on_problem(item)
            else:
                yield item

    for coded in code_articles(articles()):
        if coded.problem is not None and on_problem:
            on_problem(coded.problem)
        coded.mentions = [m for m in coded.mentions if m.confidence >= floor]
        yield coded


def ingest(paths: Iterable[str | os.PathLike], store: Store, *, published: str | None = None, workers: int = 1,
           on_problem: Callable[[ConflictAtlasError], None] | None = None,
           on_article: Callable[[], None] | None = None) -> IngestReport:
    """Files and folders (text, HTML, JSONL, WARC) into the store, coded in `workers` processes."""
    return ingest_items(read_sources(paths, published=published), store, workers=workers, on_problem=on_problem,
                        on_article=on_article)


def store_order(article: Article) -> tuple:
    """The order a batch is stored in: by publication date (undated last); within a day the longest
    text first, so the fullest telling of a story seeds its events and the briefs are compared
    with it (on our merge set: pairwise F1 0.928, against 0.893 with the id alone); then the id."""
    return (article.published is None, article.published or "", -len(article.text), article.id)


class _Run:
    """One ingest's bookkeeping: the report, the callbacks, and what this run has seen."""

    def __init__(self, store: Store, on_problem, on_article, on_stored):
        self.store, self.report = store, IngestReport()
        self.on_problem, self.on_article, self.on_stored = on_problem, on_article, on_stored
        self.seen: set[str] = set()
        self.redate: set[str] = set()  # stored articles this run gives another publication date

    def note(self, problem: ConflictAtlasError) -> None:
        self.report.problems.append(problem)
        if self.on_problem:
            self.on_problem(problem)

    def batches(self, items: Iterable) -> Iterator[list]:
        """Batches of BATCH articles (or of anything carrying `.article`), in input order; reading
        errors are reported as they come."""
        batch: list = []
        for item in items:
            if isinstance(item, ConflictAtlasError):
                self.note(item)
                if self.on_article and not getattr(item, "warning", False):  # a warning's article follows
                    self.on_article()
                continue
            batch.append(item)
            self.report.read += 1
            if len(batch) >= BATCH:
                yield batch
                batch = []
        if batch:
            yield batch

    def fresh(self, batch: list, article=lambda x: x) -> list:
        """The batch less what is stored already or was seen earlier in this run. A stored article
        that comes with another publication date than it was stored with (a corrected
        `--published`) stays in, to be coded and stored again with that date (`write`)."""
        known = self.store.known_ids([article(x).id for x in batch])
        dated = {a.id: a.published for x in batch if (a := article(x)).id in known and a.published}
        stored = self.store.published_dates(list(dated)) if dated else {}
        out = []
        for x in batch:
            a = article(x)
            if a.id in self.seen or (a.id in known and (a.id not in dated or stored.get(a.id) == a.published
                                                          or not isinstance(x, Article))):
                self.skip(a)
                continue
            if a.id in known:
                self.redate.add(a.id)
            self.seen.add(a.id)
            out.append(x)
        return out

    def skip(self, a: Article) -> None:
        self.report.skipped += 1
        if self.on_stored:
            self.on_stored(a, False)
        if self.on_article:
            self.on_article()

    def write(self, coded: list) -> None:
        """Store a batch of coded articles (parallel.Coded) in store order."""
        for c in sorted(coded, key=lambda c: store_order(c.article)):
            if c.problem is not None:
                self.note(c.problem)
            stored = len({m.id for m in c.mentions})
            if c.article.id in self.redate:
                added = False
                if self.store.redate_article(c.article, c.mentions):
                    self.report.redated += 1
                    self.report.mentions += stored
            else:
                added = self.store.add_article(c.article, c.mentions, c.fingerprint)
                if added:
                    self.report.added += 1
                    self.report.mentions += stored
                else:
                    self.report.skipped += 1
            if self.on_stored:
                self.on_stored(c.article, added)
            if self.on_article:
                self.on_article()


def ingest_items(items: Iterable[Article | ConflictAtlasError], store: Store, *, workers: int = 1,
                 on_problem: Callable[[ConflictAtlasError], None] | None = None,
                 on_article: Callable[[], None] | None = None,
                 on_stored: Callable[[Article, bool], None] | None = None) -> IngestReport:
    """Articles (or the errors met reading them) into the store; the feed watcher uses this too.
    `on_stored(article, added)` is told of each article once it is safely stored."""
    from .parallel import coder

    run = _Run(store, on_problem, on_article, on_stored)
    pool = coder(workers)
    try:
        for coded in pool.code_batches(run.fresh(b) for b in run.batches(items)):
            run.write(coded)
    finally:
        pool.close()
    return run.report
