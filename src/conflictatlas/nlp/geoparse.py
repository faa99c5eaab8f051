"""Stateless geoparsing: every toponym of each article with its GeoNames place (DESIGN.md)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..geo.article import article_places, article_toponyms
from ..records import Article
from . import paragraphs
from .model import parse_each


def geoparse_articles(articles: Iterable[Article], batch_size: int = 64, org_names: bool = True) -> Iterator[dict]:
    """`org_names`: also the places inside organisation names ("Ohio University"), which some
    corpora's gold marks and others do not (geo/orgnames.py). On by default here: without them LGL's
    acc161 falls from 0.870 to 0.857 and its acc161_e2e from 0.779 to 0.728, GeoVirus's acc161_e2e
    from 0.804 to 0.796 (GeoVirus's F1 rises from 0.874 to 0.886). The coder reads them only for the
    article's context (where the story is), never as an event's place: they locate no event."""
    for article, parsed in parse_each(articles, lambda a: paragraphs(a.text), batch_size):
        docs = [doc for _, doc in parsed]
        context, dateline = article_places(article.text, docs, org_names=org_names)
        places = [top.place for tops in article_toponyms(parsed, context, demonyms=True, org_names=org_names)
                  for top in tops]
        # The model rarely tags an upper-case dateline ("TBILISI, Georgia --"); it is a toponym too.
        if dateline is not None and not any(p.start < dateline.end and dateline.start < p.end for p in places):
            places.insert(0, dateline)
        for p in sorted(places, key=lambda p: p.start if p.start is not None else -1):
            yield {"doc": article.doc, "text": p.text, "start": p.start, "end": p.end, "name": p.name,
                   "geonameid": p.geonameid, "country": p.country, "lat": p.lat, "lon": p.lon,
                   "precision": p.precision, "unresolved_reason": p.unresolved_reason}
