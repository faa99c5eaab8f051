"""Watch feeds: poll each, fetch each new item's page, ingest it; remember what was done.

The state file (JSON, written atomically after every stored item) holds each feed's ETag and
Last-Modified and each item's outcome, so a restart neither refetches what is stored nor forgets
what failed. Items that failed for a transient reason (time-out, 5xx, connection) are tried again
on later passes, with back-off, up to `MAX_ATTEMPTS`; others (404, too large, no article text)
are not. The store's content hashes make a repeated item harmless anyway.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from .errors import ConfigError, ConflictAtlasError
from .ingest.feeds import Entry, FeedList, parse_entries
from .ingest.fetch import Fetcher, FetchError
from .ingest.readers import article_from_html
from .pipeline import IngestReport, ingest_items
from .records import Article
from .store import Store

MAX_ATTEMPTS = 5
RETRY_AFTER_S = 300.0  # first retry of a transiently failed item, doubling per attempt


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class WatchState:
    def __init__(self, path: Path):
        self.path = path
        self.data: dict = {"feeds": {}, "items": {}}
        if path.exists():
            try:
                self.data = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                raise ConfigError(f"{path}: the watch state file is unreadable ({exc}); move it away to start over") from None
            self.data.setdefault("feeds", {})
            self.data.setdefault("items", {})

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(self.path.suffix + ".tmp")
        tmp.write_text(json.dumps(self.data, indent=1, sort_keys=True), encoding="utf-8")
        os.replace(tmp, self.path)  # atomic: a killed watcher leaves the old state or the new one

    def feed(self, url: str) -> dict:
        return self.data["feeds"].setdefault(url, {})

    def item(self, key: str) -> dict | None:
        return self.data["items"].get(key)

    def due(self, key: str, now: float) -> bool:
        it = self.item(key)
        if it is None:
            return True
        if it["status"] != "retry":
            return False
        return it.get("attempts", 0) < MAX_ATTEMPTS and now >= it.get("next_try", 0)

    def mark(self, key: str, status: str, **info) -> None:
        prev = self.data["items"].get(key) or {}
        attempts = prev.get("attempts", 0) + (1 if status in ("retry", "failed") else 0)
        entry = {"status": status, "at": _now(), "attempts": attempts, **info}
        if status == "retry":
            entry["next_try"] = time.time() + RETRY_AFTER_S * 2 ** (attempts - 1)
            if attempts >= MAX_ATTEMPTS:
                entry["status"] = "failed"
        self.data["items"][key] = entry


@dataclass
class PassReport:
    feeds: int = 0
    not_modified: int = 0
    feed_failures: int = 0
    new_items: int = 0
    ingest: IngestReport = field(default_factory=IngestReport)


def watch_once(feeds: FeedList, store: Store, state: WatchState, fetcher: Fetcher, *,
               on_problem: Callable[[ConflictAtlasError], None] | None = None,
               on_item: Callable[[], None] | None = None) -> PassReport:
    report = PassReport()
    todo: list[tuple[Entry, str | None]] = []
    now = time.time()
    for spec in feeds.feeds:
        report.feeds += 1
        fs = state.feed(spec.url)
        try:
            page = fetcher.get(spec.url, etag=fs.get("etag"), modified=fs.get("modified"))
            fs["checked"] = _now()
            if page.not_modified:
                report.not_modified += 1
                continue
            title, entries = parse_entries(spec.url, page.content)
        except ConflictAtlasError as exc:
            report.feed_failures += 1
            fs["last_error"] = str(exc)
            if on_problem:
                on_problem(exc)
            continue
        fs.update(etag=page.headers.get("etag"), modified=page.headers.get("last-modified"), last_error=None)
        outlet = spec.outlet or title
        for entry in entries:
            if state.due(entry.key, now) and all(entry.key != e.key for e, _ in todo):
                todo.append((entry, outlet))
    state.save()
    report.new_items = len(todo)
    keys: dict[str, str] = {}  # article source name -> entry key, to mark the entry once stored

    def articles() -> Iterator[Article | ConflictAtlasError]:
        for entry, outlet in todo:
            try:
                page = fetcher.get(entry.link)
                art = article_from_html(entry.link, page.content, url=page.url, fallback_date=entry.published,
                                        outlet=outlet)
                if not art.title and entry.title:
                    art.title = entry.title
            except FetchError as exc:
                state.mark(entry.key, "retry" if exc.transient else "failed", reason=exc.reason, url=entry.link)
                state.save()
                yield exc
                continue
            except ConflictAtlasError as exc:
                state.mark(entry.key, "failed", reason=str(exc), url=entry.link)
                state.save()
                yield exc
                continue
            keys[art.source] = entry.key
            yield art

    def stored(article: Article, added: bool) -> None:
        key = keys.get(article.source)
        if key:
            state.mark(key, "stored", article_id=article.id, url=article.url)
            state.save()

    report.ingest = ingest_items(articles(), store, on_problem=on_problem, on_article=on_item, on_stored=stored)
    return report


def default_state_path(db_file: str) -> Path:
    return Path(db_file + ".watch.json") if "://" not in db_file else Path("conflictatlas.watch.json")
