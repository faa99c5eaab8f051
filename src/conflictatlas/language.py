"""Language identification, shared by ingest (to label Articles) and nlp (to refuse non-English)."""

from __future__ import annotations


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language (py3langid ships its model; nothing is fetched)."""
    import py3langid

    return py3langid.classify(text[:3000])[0]


# Below this many words language identification is a coin toss; the coder tries such texts.
MIN_WORDS = 12


def is_english(text: str) -> bool:
    if len(text.split()) < MIN_WORDS:
        return True
    return detect_language(text) == "en"
