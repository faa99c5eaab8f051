"""The Python API for notebooks and scripts: code or geoparse a string, open a store and read its
events with the same filters as the CLI and the HTTP API. `import conflictatlas` exposes these
names; each loads spaCy or SQLAlchemy only when first called, so importing the package stays cheap.

    >>> import conflictatlas as ca
    >>> mentions = ca.code_text("Gunmen attacked a checkpoint near Mosul on Tuesday.", published="2017-03-08")
    >>> mentions[0].event_type, mentions[0].place.name
    ('ASSAULT', 'Mosul')
    >>> store = ca.open_store("atlas.db")
    >>> store.events(country="IQ", type="ASSAULT", since="2017-01-01")   # a list of Event records
    >>> store.events_frame(actor="ISIS")                                   # a pandas DataFrame
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from .errors import MissingExtra

if TYPE_CHECKING:
    import pandas

    from .records import Event, EventMention, Place
    from .store import Store
    from .store.query import EventQuery

__all__ = ["Atlas", "code_text", "geoparse_text", "open_store"]


def _article(text: str, name: str, published: str | None, **meta):
    from .ingest.readers import article_from_text
    from .store.query import check_date

    published = check_date("published", published) if published else None
    return article_from_text(name, text, published=published, **{k: v for k, v in meta.items() if v})


def code_text(text: str, *, published: str | None = None, title: str | None = None, url: str | None = None,
              outlet: str | None = None, min_confidence: float | None = None) -> list[EventMention]:
    """The event mentions of one news text, as `conflictatlas code` writes them: type, status,
    actors, place, date (relative dates read against `published`, an ISO date), numbers, who says
    so, confidence. Mentions the gate is less sure of than `min_confidence` (default: the gate's
    threshold; 0 for every candidate) are left out. Raises IngestError for empty or binary text and
    CodingError for text that is not English."""
    from .nlp import code_article
    from .nlp.gate import default_min_confidence

    floor = default_min_confidence() if min_confidence is None else min_confidence
    article = _article(text, url or "text", published, title=title, url=url, outlet=outlet)
    return [m for m in code_article(article) if m.confidence >= floor]


def geoparse_text(text: str, *, org_names: bool = True) -> list[Place]:
    """Every toponym of a text with its GeoNames place (name, id, country, coordinates,
    precision), in text order; an unresolved one has `unresolved_reason` set. `org_names`: also the
    places inside organisation names ("Ohio University")."""
    from .nlp.geoparse import geoparse_articles
    from .records import Place

    fields = set(Place.__dataclass_fields__)
    return [Place(**{k: v for k, v in row.items() if k in fields})
            for row in geoparse_articles([_article(text, "text", None)], org_names=org_names)]


_FILTERS = ("since", "until", "country", "actor", "type", "status", "bbox", "min_corroboration", "min_confidence",
            "as_of", "limit", "offset")


class Atlas:
    """A store opened for reading from Python. `events()` takes the filters of `conflictatlas
    events` as keywords, with the same defaults (the gate's minimum confidence unless
    `min_confidence` is given; 0 for every event) and the same refusals (a QueryError naming the
    bad value). The underlying `Store` is `.store`."""

    def __init__(self, store: Store):
        self.store = store

    def __enter__(self) -> Atlas:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.store.close()

    def query(self, **filters) -> EventQuery:
        """The EventQuery the keywords make, checked: the CLI's `events` options with underscores
        (`min_corroboration`, `as_of`); `bbox` as "west,south,east,north" or a 4-tuple."""
        from .nlp.gate import default_min_confidence
        from .store.query import EventQuery, QueryError, parse_bbox

        unknown = sorted(set(filters) - set(_FILTERS))
        if unknown:
            raise QueryError(f"unknown filter {unknown[0]!r}; one of: {', '.join(_FILTERS)}")
        if isinstance(filters.get("bbox"), str):
            filters["bbox"] = parse_bbox(filters["bbox"])
        if filters.get("min_confidence") is None:
            filters["min_confidence"] = default_min_confidence()
        if filters.get("offset") is None:
            filters["offset"] = 0
        return EventQuery(**filters).checked()

    def events(self, **filters) -> list[Event]:
        """Events matching the filters, in the order `conflictatlas events` lists them."""
        from .records import Event

        return [Event.from_dict(e) for e in self.store.events(self.query(**filters))]

    def count(self, **filters) -> int:
        """How many events match (ignoring `limit` and `offset`)."""
        return self.store.count_events(self.query(**filters))

    def events_frame(self, **filters) -> pandas.DataFrame:
        """The matching events as a pandas DataFrame, one row per event with the columns of
        `conflictatlas export --format csv` (needs pandas: `pip install conflictatlas[pandas]`)."""
        try:
            import pandas
        except ImportError:
            raise MissingExtra("events_frame needs pandas: pip install 'conflictatlas[pandas]'") from None
        from .export import flat

        rows = [flat(e) for e in self.store.events(self.query(**filters))]
        frame = pandas.DataFrame(rows, columns=list(flat({"id": "", "event_type": "", "status": ""})))
        for column in ("date_start", "date_end", "first_reported"):
            frame[column] = pandas.to_datetime(frame[column], errors="coerce")
        return frame

    def event(self, event_id: str) -> dict:
        """One event with its mentions, each report's own values, merge reasons and corrections."""
        return self.store.event(event_id)

    def articles(self, limit: int = 100, offset: int = 0) -> list[dict]:
        return self.store.articles(limit, offset)

    def actors(self, limit: int = 100) -> list[dict]:
        return self.store.actors(limit)

    def counts(self) -> dict[str, int]:
        return self.store.counts()


def open_store(location: str | os.PathLike | None = None, *, readonly: bool = True) -> Atlas:
    """A store: a SQLite file, a postgresql:// URL, or (None) the CLI's default database. Read-only
    by default, and an existing one only: a mistyped path is a StoreError, not a new empty file.
    `readonly=False` opens (or creates) it for writing: add news with `conflictatlas.pipeline.ingest(
    paths, atlas.store)`."""
    from .config import db_path
    from .store import Store

    where = str(location) if location is not None and "://" in str(location) else db_path(location)
    return Atlas(Store(where, create=not readonly, readonly=readonly))
