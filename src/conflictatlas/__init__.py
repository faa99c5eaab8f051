"""Conflict Atlas: news reports in; sourced, geolocated, deduplicated conflict events out.

Stages: ingest (sources -> Article) -> nlp (Article -> EventMention) -> merge (-> Event) -> store.
For notebooks and scripts: `code_text`, `geoparse_text` and `open_store` (see conflictatlas.notebook).
"""

from .notebook import code_text, geoparse_text, open_store

__version__ = "0.1.0"
__all__ = ["__version__", "code_text", "geoparse_text", "open_store"]
