"""The geoparser's word classes, read once from data/places.yaml (one list per class of language)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml


@lru_cache(maxsize=1)
def _read() -> dict:
    text = resources.files("conflictatlas").joinpath("data/places.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def words(name: str) -> frozenset[str]:
    """A word class by its key in data/places.yaml."""
    return frozenset(str(w) for w in _read()[name])


def table(name: str) -> dict:
    """A mapping of data/places.yaml ("plural_divisions", "abbreviated")."""
    return dict(_read()[name])
