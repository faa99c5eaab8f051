"""Feed lists (YAML or OPML) and feed entries (feedparser).

A YAML list names feeds and optional settings:

    feeds:
      - url: https://example.org/world/rss.xml
        outlet: Example News          # optional: the outlet's name when pages do not say
    settings:                         # optional, all of them
      min_interval: 1.0               # seconds between requests to one host
      timeout: 20
      retries: 2

An OPML file (as feed readers export) lists feeds as <outline xmlUrl="..."/> elements.
"""

from __future__ import annotations

import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..errors import ConfigError, IngestError


@dataclass
class FeedSpec:
    url: str
    outlet: str | None = None


@dataclass
class FeedList:
    feeds: list[FeedSpec]
    settings: dict = field(default_factory=dict)


@dataclass
class Entry:
    key: str  # the entry's id, else its link: what the state file remembers
    link: str
    title: str | None
    published: str | None


def load_feed_list(path: Path) -> FeedList:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the feed list ({exc.strerror})") from None
    if path.suffix.lower() == ".opml" or raw.lstrip()[:200].lower().find(b"<opml") >= 0:
        try:
            root = ET.fromstring(raw)
        except ET.ParseError as exc:
            raise ConfigError(f"{path}: not a readable OPML file ({exc})") from None
        feeds = [FeedSpec(o.get("xmlUrl"), o.get("title") or o.get("text"))
                 for o in root.iter("outline") if o.get("xmlUrl")]
        settings: dict = {}
    else:
        try:
            data = yaml.safe_load(raw) or {}
        except yaml.YAMLError as exc:
            raise ConfigError(f"{path}: not a readable YAML feed list ({str(exc).splitlines()[0]})") from None
        items = data.get("feeds") if isinstance(data, dict) else data
        if not isinstance(items, list):
            raise ConfigError(f"{path}: expected a 'feeds:' list of URLs")
        feeds = []
        for item in items:
            if isinstance(item, str):
                feeds.append(FeedSpec(item))
            elif isinstance(item, dict) and isinstance(item.get("url"), str):
                feeds.append(FeedSpec(item["url"], item.get("outlet")))
            else:
                raise ConfigError(f"{path}: each feed is a URL or a mapping with 'url', not {item!r}")
        settings = (data.get("settings") or {}) if isinstance(data, dict) else {}
    if not feeds:
        raise ConfigError(f"{path}: lists no feeds")
    return FeedList(feeds, settings)


def parse_entries(url: str, content: bytes) -> tuple[str | None, list[Entry]]:
    """The feed's title and its entries; IngestError for a feed feedparser cannot read."""
    import feedparser

    parsed = feedparser.parse(content)
    if parsed.bozo and not any(e.get("link") for e in parsed.entries):
        reason = str(getattr(parsed, "bozo_exception", "")).splitlines()[0] if parsed.get("bozo_exception") else ""
        raise IngestError(url, f"malformed feed ({reason or 'no entries could be read'})")
    entries = []
    for e in parsed.entries:
        link = e.get("link")
        if not link:
            continue
        when = e.get("published_parsed") or e.get("updated_parsed")
        entries.append(Entry(key=e.get("id") or link, link=link, title=e.get("title"),
                             published=time.strftime("%Y-%m-%d", when) if when else None))
    return parsed.feed.get("title"), entries
