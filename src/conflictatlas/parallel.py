"""Coding in worker processes on one machine (`ingest --workers N`).

The coder is a pure function of an article (DESIGN.md), so it runs anywhere: each worker process
loads the spaCy model once, then codes chunks of articles and fingerprints them (the MinHash the
store's near-duplicate lookup needs). The calling process is the one writer: it stores each batch
in publication-date order (pipeline.store_order), so the events are the same whatever the number of workers
(pipeline.py). The pool is the standard library's; workers are started with `spawn` (no fork of a
process holding database connections) and leave when their parent dies.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from multiprocessing import get_context

from .errors import CodingError
from .merge.dedup import Fingerprint
from .nlp import CodedArticle
from .records import Article


@dataclass
class Coded:
    """An article coded, with its fingerprint (computed where it was coded)."""

    article: Article
    mentions: list
    problem: CodingError | None
    fingerprint: Fingerprint | None = None


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def code_chunk(articles: list[Article]) -> list[Coded]:
    """Code and fingerprint articles in this process (a worker's task, a Dask task's core)."""
    from .nlp import code_articles

    return [_coded(c) for c in code_articles(articles)]


def _coded(c: CodedArticle) -> Coded:
    return Coded(c.article, c.mentions, c.problem, Fingerprint.of(c.article.text))


def _watch_parent(parent: int) -> None:
    while True:
        if os.getppid() != parent:
            os._exit(1)  # the ingest was killed: nothing is left to code for
        time.sleep(1)


def _init_worker(parent: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    from .nlp import load

    load()  # once per process, before the first task


class SerialCoder:
    """Coding in this process, batch after batch."""

    workers = 1

    def code_batches(self, batches: Iterable[list[Article]]) -> Iterator[list[Coded]]:
        from .nlp import code_articles

        for batch in batches:
            yield [Coded(c.article, c.mentions, c.problem) for c in code_articles(batch)]

    def close(self) -> None:
        pass


class PoolCoder:
    """Coding in `workers` processes. Batches are handed out in chunks and a few batches ahead, so
    the workers code while this process stores; results come back batch by batch, in order."""

    AHEAD = 2  # batches in flight beyond the one being stored
    # Small chunks: a worker left with a long chunk at the end of the run codes alone while the
    # others wait (16 articles are about 2 s); a chunk's own cost (pickling) is a few milliseconds.
    CHUNK = 4

    def __init__(self, workers: int):
        self.workers = workers
        self.pool = ProcessPoolExecutor(workers, mp_context=get_context("spawn"), initializer=_init_worker,
                                        initargs=(os.getpid(),))

    def code_batches(self, batches: Iterable[list[Article]]) -> Iterator[list[Coded]]:
        pending: deque[list[Future]] = deque()
        for batch in batches:
            size = max(1, min(self.CHUNK, -(-len(batch) // (2 * self.workers))))
            pending.append([self.pool.submit(code_chunk, batch[i:i + size]) for i in range(0, len(batch), size)])
            while len(pending) > self.AHEAD:
                yield self._collect(pending.popleft())
        while pending:
            yield self._collect(pending.popleft())

    def _collect(self, futures: list[Future]) -> list[Coded]:
        try:
            return [c for f in futures for c in f.result()]
        except BrokenProcessPool as exc:
            raise CodingError(f"a coding worker process died ({exc}); the articles stored so far are whole, "
                              "run the ingest again to complete it") from exc

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


def coder(workers: int) -> SerialCoder | PoolCoder:
    return PoolCoder(workers) if workers > 1 else SerialCoder()
