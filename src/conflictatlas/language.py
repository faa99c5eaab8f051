"""Language identification, shared by ingest (to label Articles) and nlp (to refuse non-English)."""

from __future__ import annotations

from functools import lru_cache

# The languages news in our sources comes in. Restricting the candidates keeps an English sentence
# with a few West African names from being taken for Nigerian Pidgin or Bikol.
NEWS_LANGUAGES = ["en", "fr", "de", "es", "it", "pt", "nl", "ru", "uk", "pl", "ar", "fa", "tr", "he", "zh", "ja",
                  "ko", "hi", "ur", "bn", "id", "ms", "sw", "am", "so", "ha", "vi", "th", "el", "sv", "no", "da",
                  "fi", "cs", "ro", "hu", "sr", "hr", "bg", "ka", "hy", "az", "kk", "ps", "ku", "ta", "my"]


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE)
    ident.set_languages([lang for lang in NEWS_LANGUAGES if lang in ident.nb_classes])
    return ident


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language (py3langid ships its model; nothing is fetched)."""
    return _identifier().classify(text[:3000])[0]


# Below this many words language identification is a coin toss; the coder tries such texts.
MIN_WORDS = 12


def is_english(text: str) -> bool:
    if len(text.split()) < MIN_WORDS:
        return True
    return detect_language(text) == "en"
