"""The Python API the CLI and the web layer are thin shells over.

`ingest()` runs the stages in order for a batch of inputs:
1. read each input into Articles (ingest), collecting one IngestError per unreadable input;
2. skip articles whose content hash is already stored, so a re-run adds nothing;
3. code the new ones into EventMentions (nlp), in batches through spaCy's pipe;
4. store each article in one transaction with its mentions, its link to the story it copies and
   the events its mentions join or start (merge), so a killed process leaves only whole articles.
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

BATCH = 32


@dataclass
class IngestReport:
    read: int = 0
    added: int = 0
    skipped: int = 0
    mentions: int = 0
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


def ingest(paths: Iterable[str | os.PathLike], store: Store, *, published: str | None = None,
           on_problem: Callable[[ConflictAtlasError], None] | None = None,
           on_article: Callable[[], None] | None = None) -> IngestReport:
    """Files and folders (text, HTML, JSONL, WARC) into the store."""
    return ingest_items(read_sources(paths, published=published), store, on_problem=on_problem,
                        on_article=on_article)


def ingest_items(items: Iterable[Article | ConflictAtlasError], store: Store, *,
                 on_problem: Callable[[ConflictAtlasError], None] | None = None,
                 on_article: Callable[[], None] | None = None,
                 on_stored: Callable[[Article, bool], None] | None = None) -> IngestReport:
    """Articles (or the errors met reading them) into the store; the feed watcher uses this too.
    `on_stored(article, added)` is told of each article once it is safely stored."""
    report = IngestReport()

    def note(problem: ConflictAtlasError) -> None:
        report.problems.append(problem)
        if on_problem:
            on_problem(problem)

    # 1. read
    def fresh() -> Iterator[Article]:
        seen: set[str] = set()
        for batch in _batches(items, BATCH):
            articles = []
            for item in batch:
                if isinstance(item, ConflictAtlasError):
                    note(item)
                    if on_article:
                        on_article()
                else:
                    articles.append(item)
            report.read += len(articles)
            # 2. skip what is stored already (and repeats within this run)
            known = store.known_ids([a.id for a in articles])
            for a in articles:
                if a.id in known or a.id in seen:
                    report.skipped += 1
                    if on_stored:
                        on_stored(a, False)
                    if on_article:
                        on_article()
                    continue
                seen.add(a.id)
                yield a

    # 3. code, 4. merge and store
    for coded in code_articles(fresh()):
        if coded.problem is not None:
            note(coded.problem)
        article = coded.article
        added = store.add_article(article, coded.mentions)
        if added:
            report.added += 1
            report.mentions += len(coded.mentions)
        else:
            report.skipped += 1
        if on_stored:
            on_stored(article, added)
        if on_article:
            on_article()
    return report
