"""Watch feeds: poll each, fetch each new item's page, ingest it; remember what was done.

The state file (JSON, written atomically after every change) holds each feed's ETag and
Last-Modified and each item's outcome, so a restart neither refetches what is stored nor forgets
what failed or was still to do. A feed's new items are written to it as `queued` in the same save
as the feed's validators, never after: once the feed answers 304 to those validators, the state
file is the only list of its unfinished items, and a watcher killed mid-pass finishes them on the
next one. Items that failed for a transient reason (time-out, 5xx, connection) are tried again on
later passes, with back-off, up to `MAX_ATTEMPTS`, whether or not the feed still lists them;
others (404, too large, no article text) are not. The store's content hashes make a repeated item
harmless anyway.
"""

from __future__ import annotations

import json
import logging
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
# What an item needs to be fetched without its feed: kept through every status change.
ENTRY_FIELDS = ("link", "title", "published", "outlet", "feed")
log = logging.getLogger("conflictatlas.watch")


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

    def queue(self, entry: Entry, outlet: str | None, feed: str) -> None:
        self.data["items"][entry.key] = {"status": "queued", "at": _now(), "attempts": 0, "link": entry.link,
                                         "title": entry.title, "published": entry.published, "outlet": outlet,
                                         "feed": feed}

    def todo(self, now: float) -> list[tuple[Entry, str | None]]:
        """Items to fetch now, in the order they were queued: every queued one, and those that
        failed transiently and whose back-off has passed."""
        out = []
        for key, it in self.data["items"].items():
            due = it["status"] == "queued" or (it["status"] == "retry" and it.get("attempts", 0) < MAX_ATTEMPTS
                                               and now >= it.get("next_try", 0))
            link = it.get("link") or it.get("url")  # state files before queueing kept only the url
            if due and link:
                out.append((Entry(key=key, link=link, title=it.get("title"), published=it.get("published")),
                            it.get("outlet")))
        return out

    def mark(self, key: str, status: str, **info) -> None:
        prev = self.data["items"].get(key) or {}
        attempts = prev.get("attempts", 0) + (1 if status in ("retry", "failed") else 0)
        kept = {k: prev[k] for k in ENTRY_FIELDS if prev.get(k) is not None}
        entry = {**kept, "status": status, "at": _now(), "attempts": attempts, **info}
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
    """One pass: 1. poll each feed, queueing its new items in the state file together with the
    feed's validators; 2. fetch every queued item (and each due retry), read and ingest it, marking
    it in the state file once it is stored or has failed."""
    report = PassReport()
    # 1. poll
    for spec in feeds.feeds:
        report.feeds += 1
        fs = state.feed(spec.url)
        try:
            page = fetcher.get(spec.url, etag=fs.get("etag"), modified=fs.get("modified"))
            fs["checked"] = _now()
            if page.not_modified:
                report.not_modified += 1
                log.info("feed %s: not modified", spec.url)
                continue
            title, entries = parse_entries(spec.url, page.content)
        except ConflictAtlasError as exc:
            report.feed_failures += 1
            fs["last_error"] = str(exc)
            log.warning("feed %s failed: %s", spec.url, exc)
            if on_problem:
                on_problem(exc)
            continue
        outlet = spec.outlet or title
        new = [e for e in entries if state.item(e.key) is None]
        for entry in new:
            state.queue(entry, outlet, spec.url)
        fs.update(etag=page.headers.get("etag"), modified=page.headers.get("last-modified"), last_error=None)
        state.save()  # the items and the validators that hide them from the next poll, in one write
        log.info("feed %s: %d item(s), %d new", spec.url, len(entries), len(new))
    state.save()
    # 2. fetch and ingest
    todo = state.todo(time.time())
    report.new_items = len(todo)
    keys: dict[str, str] = {}  # article source name -> entry key, to mark the entry once stored

    def articles() -> Iterator[Article | ConflictAtlasError]:
        for entry, outlet in todo:
            notes: list[ConflictAtlasError] = []
            try:
                page = fetcher.get(entry.link)
                art = article_from_html(entry.link, page.content, url=page.url, fallback_date=entry.published,
                                        outlet=outlet, notes=notes)
                if not art.title and entry.title:
                    art.title = entry.title
            except FetchError as exc:
                status = "retry" if exc.transient else "failed"
                state.mark(entry.key, status, reason=exc.reason, url=entry.link)
                state.save()
                log.warning("item %s: %s (%s)", entry.link, exc.reason,
                            "given up" if state.item(entry.key)["status"] == "failed" else "will retry")
                yield exc
                continue
            except ConflictAtlasError as exc:
                state.mark(entry.key, "failed", reason=str(exc), url=entry.link)
                state.save()
                log.warning("item %s: %s (given up)", entry.link, exc)
                yield exc
                continue
            keys[art.source] = entry.key
            yield from notes
            yield art

    def stored(article: Article, added: bool) -> None:
        key = keys.get(article.source)
        if key:
            state.mark(key, "stored", article_id=article.id, url=article.url)
            state.save()
            log.info("item %s: %s", article.url or article.source, "stored" if added else "already stored")

    report.ingest = ingest_items(articles(), store, on_problem=on_problem, on_article=on_item, on_stored=stored)
    r = report.ingest
    log.info("pass: %d feed(s) (%d not modified, %d failed); %d item(s): %d stored, %d already stored, %d problem(s)",
             report.feeds, report.not_modified, report.feed_failures, report.new_items, r.added, r.skipped,
             len(r.problems))
    return report


def default_state_path(db_file: str) -> Path:
    return Path(db_file + ".watch.json") if "://" not in db_file else Path("conflictatlas.watch.json")
