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

# Each setting of a feed list: its type, the smallest value that makes sense, its default.
SETTINGS = {"min_interval": (float, 0.0, 1.0), "timeout": (float, 0.001, 20.0), "retries": (int, 0, 2),
            "backoff": (float, 0.0, 1.0)}


def check_settings(settings, where: str) -> dict:
    """A feed list's settings with their defaults, or a ConfigError naming the bad one."""
    if settings is None:
        settings = {}
    if not isinstance(settings, dict):
        raise ConfigError(f"{where}: 'settings' must be a mapping (min_interval: 1, timeout: 20, ...)")
    unknown = sorted(set(map(str, settings)) - set(SETTINGS))
    if unknown:
        raise ConfigError(f"{where}: unknown setting {unknown[0]!r}; known: {', '.join(SETTINGS)}")
    out = {}
    for name, (kind, low, default) in SETTINGS.items():
        value = settings.get(name, default)
        ok = isinstance(value, int | float) and not isinstance(value, bool) and value == value \
            and value not in (float("inf"), float("-inf"))
        if kind is int:
            ok = ok and float(value).is_integer()
        if not ok or value < low:
            what = "a whole number" if kind is int else "a number of seconds"
            raise ConfigError(f"{where}: setting {name} must be {what}, at least {low:g}, not {value!r}")
        out[name] = kind(value)
    return out


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
            elif isinstance(item, dict) and isinstance(item.get("url"), str) \
                    and isinstance(item.get("outlet"), str | None):
                feeds.append(FeedSpec(item["url"], item.get("outlet")))
            else:
                raise ConfigError(f"{path}: each feed is a URL or a mapping with 'url' (and an 'outlet' name), "
                                  f"not {str(item)[:80]!r}")
        settings = data.get("settings") if isinstance(data, dict) else None
    if not feeds:
        raise ConfigError(f"{path}: lists no feeds")
    return FeedList(feeds, check_settings(settings, str(path)))


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
