"""Ingest on a Dask cluster: reading, coding and fingerprinting as Dask tasks on `distributed`
workers; storing in this process, the run's one writer, batch by batch in store order.

    from dask.distributed import Client, LocalCluster
    from conflictatlas.dask_ingest import ingest_dask
    from conflictatlas.store import Store

    with LocalCluster(n_workers=4, threads_per_worker=1) as cluster, Client(cluster) as client:
        report = ingest_dask(["news/"], Store("postgresql://atlas@db/atlas"), client)

A task is a group of consecutive input files (a JSONL or WARC file is a task of its own): the
worker reads them, skips what the store holds already (when it can reach the store), codes the
rest with its spaCy model (loaded once per worker process) and returns, in input order, the coded
articles with their MinHash fingerprints and the reading errors. This process takes the results in
input order, cuts them into the same batches as a local ingest and stores each batch in
publication-date order (pipeline.store_order), so the events are those a local ingest would store. Several such
runs (and local ingests, and `watch`) may write to one PostgreSQL store at once: the store's locks
coordinate them (store/engine.py).

Workers must have Conflict Atlas installed (the same version) and see the input files at the same
paths (a shared or network file system, or object storage mounted alike).
"""

from __future__ import annotations

import os
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import ConfigError, ConflictAtlasError, StoreError
from .ingest import expand_paths
from .parallel import Coded, code_chunk
from .pipeline import BATCH, IngestReport, _Run
from .records import Article
from .store import Store

FILES_PER_TASK = 4  # small tasks: at the run's end, no worker is left coding a long one alone
_STORE_URL: str | None = None  # set on each worker by StoreLookup: where known ids can be checked
_STORES: dict[str, Store] = {}


class _Known:
    """An article the worker found stored already: passed on uncoded, so batches stay the same."""

    def __init__(self, article: Article):
        self.article = article


def _store_lookup(url: str):
    """A Dask worker plugin giving each worker (present and future) the store's URL, so tasks can
    skip articles stored already without the URL (and its password) being a task argument that
    the dashboard would show."""
    from distributed.diagnostics.plugin import WorkerPlugin

    class StoreLookup(WorkerPlugin):
        name = "conflictatlas-store"

        def __init__(self, url: str):
            self.url = url

        def setup(self, worker) -> None:
            global _STORE_URL
            _STORE_URL = self.url

    return StoreLookup(url)


def _known(ids: list[str]) -> set[str]:
    if _STORE_URL is None:
        return set()
    try:
        store = _STORES.get(_STORE_URL) or _STORES.setdefault(_STORE_URL, Store(_STORE_URL))
        return store.known_ids(ids)
    except StoreError:
        return set()  # e.g. a SQLite file this worker cannot see: code everything, the writer skips


def read_and_code(paths: list[str], published: str | None) -> list:
    """A task: the files' articles in input order, coded (Coded) or stored already (_Known), and
    the errors met reading them."""
    from .ingest.readers import read_path

    items: list = []
    for p in paths:
        try:
            items.extend(read_path(Path(p), published=published))
        except ConflictAtlasError as exc:
            items.append(exc)
    articles = [x for x in items if isinstance(x, Article)]
    known = _known([a.id for a in articles])
    coded = iter(code_chunk([a for a in articles if a.id not in known]))
    return [x if isinstance(x, ConflictAtlasError) else _Known(x) if x.id in known else next(coded) for x in items]


def _tasks(paths: Iterable[str | os.PathLike], per_task: int) -> Iterator[list[str] | ConflictAtlasError]:
    group: list[str] = []
    for item in expand_paths(paths):
        if isinstance(item, ConflictAtlasError):
            if group:
                yield group
                group = []
            yield item
            continue
        many = item.suffix.lower() in (".jsonl", ".ndjson", ".warc", ".arc", ".gz")
        if many and group:
            yield group
            group = []
        group.append(str(item))
        if many or len(group) >= per_task:
            yield group
            group = []
    if group:
        yield group


def ingest_dask(paths: Iterable[str | os.PathLike], store: Store, client, *, published: str | None = None,
                files_per_task: int = FILES_PER_TASK,
                on_problem: Callable[[ConflictAtlasError], None] | None = None,
                on_article: Callable[[], None] | None = None) -> IngestReport:
    """Read, code and fingerprint `paths` on the Dask cluster of `client`; store here."""
    client.register_plugin(_store_lookup(store._url))
    run = _Run(store, on_problem, on_article, None)
    # Tasks are submitted a few per worker ahead of the one being stored, and two batches' worth,
    # so the workers code on while this process stores; results wait in memory only briefly
    # however long the input list is.
    ahead = max(4, 3 * len(client.scheduler_info().get("workers", {})), -(-2 * BATCH // files_per_task))
    tasks = _tasks(paths, files_per_task)
    window: deque = deque()

    def fill() -> None:
        while len(window) < ahead:
            t = next(tasks, None)
            if t is None:
                return
            window.append(t if isinstance(t, ConflictAtlasError)
                          else client.submit(read_and_code, t, published, pure=False))

    def results() -> Iterator:
        fill()
        while window:
            f = window.popleft()
            if isinstance(f, ConflictAtlasError):
                yield f
            else:
                out = f.result()
                f.release()
                fill()
                yield from out
            fill()

    try:
        for batch in run.batches(results()):
            fresh = run.fresh(batch, article=lambda x: x.article)
            run.write([x for x in fresh if isinstance(x, Coded)])
            for x in fresh:
                if isinstance(x, _Known):  # in the store when the worker looked, gone now: never
                    run.skip(x.article)
    finally:
        for f in window:
            if not isinstance(f, ConflictAtlasError):
                f.cancel()
    return run.report


# "tcp://10.0.0.5:8786", "tls://scheduler:8786", "scheduler:8786"
_SCHEDULER = re.compile(r"^(?:[a-z][a-z0-9+.-]*://)?[\w.\-\[\]:]+:\d{1,5}$")


@contextmanager
def connect(address: str, workers: int) -> Iterator:
    """A Dask client (closed at the end): `local` starts a LocalCluster of `workers` single-threaded
    processes on this machine, stopped with the client; anything else is a scheduler's address
    (tcp://host:8786)."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:
        raise ConfigError("--dask needs Dask: pip install 'conflictatlas[dask]'") from exc
    if address == "local":
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
                Client(cluster) as client:
            yield client
        return
    if not _SCHEDULER.match(address):
        # (checked before Dask sees it: a malformed address can fail inside Dask's event-loop thread,
        # under load, with a bare AssertionError instead of its ValueError)
        raise ConfigError(f"--dask {address!r} is not a scheduler address (tcp://host:8786) nor 'local'")
    try:
        client = Client(address, timeout="30s")
    except (OSError, TimeoutError) as exc:
        raise ConfigError(f"no Dask scheduler at {address}: {exc}") from exc
    except ValueError as exc:  # not an address at all ('missing port number', 'unknown address scheme')
        raise ConfigError(f"--dask {address!r} is not a scheduler address (tcp://host:8786) nor 'local': "
                          f"{exc}") from exc
    with client:
        yield client
