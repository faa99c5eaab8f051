"""Conflict Atlas: news reports in; sourced, geolocated, deduplicated conflict events out.

Stages: ingest (sources -> Article) -> nlp (Article -> EventMention) -> merge (-> Event) -> store.
"""

__version__ = "0.1.0"
