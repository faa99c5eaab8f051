"""The learned gate: how likely a careful coder (docs/codebook.md) would code this mention.

The rules find candidates and their structure (who did what to whom); the gate weighs the evidence
a reader weighs to decide whether the sentence tells such an event at all: the trigger word and its
grammatical role, the words around it, what the rules found (actors, place, numbers, status), the
sentence's entities, and the article around it (how many events it tells, whether it is a
one-sentence wire item or a long local story). Its output is each mention's `confidence`, a
probability calibrated on the dev split of our hand-coded sets (README: reliability table).

The model is a logistic regression over binary features, trained by `conflictatlas train gate`
(nlp/train_gate.py) and shipped as plain JSON (data/gate.json: feature -> weight): applied here in
plain Python, no pickles. Features are recorded on each mention while coding (`features_of`), and
the gate is applied once the whole article is coded, since some features are the article's.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import replace
from functools import lru_cache
from importlib import resources

from spacy.tokens import Span, Token

from ..records import CONFLICT_TYPES, EventMention

WEIGHTS_FILE = "data/gate.json"
_ATTR = "_gate_features"
_DROPPED = "_gate_dropped"
_QUOTES = {"“", "”", '"'}  # a plain attribute on the mention: not a record field, never serialised


def weights_path():
    return resources.files("conflictatlas").joinpath(WEIGHTS_FILE)


@lru_cache(maxsize=1)
def model() -> dict | None:
    """The shipped weights, or None before the first training (confidences stay the rules' own)."""
    path = weights_path()
    if not path.is_file():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def default_min_confidence() -> float:
    """The confidence below which `code`, `events`, exports and the map leave a mention out by
    default: chosen on dev when the gate was trained (train_gate.choose_threshold); 0 with no gate."""
    m = model()
    return float(m.get("min_confidence", 0.0)) if m else 0.0


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    return next((str(e) for e in edges if n <= e), f">{edges[-1]}")


def sentence_features(t: Token, sent: Span, etype: str, mode: str | None, status: str) -> list[str]:
    """What the trigger and its sentence say, independent of what the rules then resolved."""
    lemma = t.lemma_.lower()
    f = [f"type={etype}", f"lemma={lemma}", f"type|lemma={etype}|{lemma}", f"pos={t.pos_}", f"dep={t.dep_}",
         f"tag={t.tag_}", f"status={status}", f"type|status={etype}|{status}", f"mode={mode}",
         f"head={t.head.lemma_.lower()}", f"head_dep={t.head.dep_}", f"dep|head={t.dep_}|{t.head.lemma_.lower()}"]
    node, path = t, []
    for _ in range(3):
        if node.head.i == node.i:
            break
        path.append(node.dep_)
        node = node.head
    f.append("path=" + ">".join(path))
    doc = t.doc
    for k in (-2, -1, 1, 2):
        i = t.i + k
        if sent.start <= i < sent.end:
            f.append(f"w{k:+d}={doc[i].lemma_.lower()}")
    for c in t.children:
        if c.dep_ in ("nsubj", "nsubjpass", "dobj", "prep", "agent", "neg", "aux", "advmod", "amod", "compound", "det"):
            f.append(f"child={c.dep_}:{c.lemma_.lower()}")
    f += sorted({f"ent={e.label_}" for e in sent.ents})
    f += sorted({f"sent_lemma={x.lemma_.lower()}" for x in sent if x.pos_ in ("NOUN", "VERB", "PROPN", "ADJ")
                 and not x.is_stop})
    words = len([x for x in sent if not x.is_punct])
    f.append(f"sent_len={_bucket(words, (6, 12, 25, 40))}")
    f.append(f"quoted={any(x.text in _QUOTES for x in sent)}")
    f.append(f"number={any(x.like_num for x in sent)}")
    return f


def mention_features(m: EventMention) -> list[str]:
    """What the rules resolved for the mention."""
    a1, a2, p = m.actor1, m.actor2, m.place
    return [f"a1={a1.type if a1 else None}", f"a1_named={bool(a1 and a1.name)}", f"a1_text={bool(a1 and a1.text)}",
            f"a2={a2.type if a2 else None}", f"a2_named={bool(a2 and a2.name)}",
            f"place={p.precision if p else None}", f"place_rule={p.rule if p else None}",
            f"fatal={m.fatalities.best is not None or m.fatalities.low is not None}",
            f"dated={m.date.text is not None}", f"anonymous={m.attribution.anonymous}",
            f"source={m.attribution.source is not None}"]


def record(m: EventMention, features: list[str]) -> None:
    setattr(m, _ATTR, features)


def mark_dropped(m: EventMention, dropped: bool) -> None:
    """A candidate the rules drop, kept only while the gate trains (coder.KEEP_DROPPED)."""
    if dropped:
        setattr(m, _DROPPED, True)


def dropped(m: EventMention) -> bool:
    return getattr(m, _DROPPED, False)


def features_of(m: EventMention) -> list[str]:
    return getattr(m, _ATTR, [])


def copy(m: EventMention, **changes) -> EventMention:
    """A changed copy that keeps what the gate recorded of the sentence (dataclasses.replace drops it)."""
    out = replace(m, **changes)
    record(out, features_of(m))
    mark_dropped(out, dropped(m))
    return out


def article_features(mentions: list[EventMention], text: str) -> list[list[str]]:
    """Each mention's full feature list: its own, plus the article's."""
    types = Counter(m.event_type for m in mentions)
    n = len(mentions)
    words = len(text.split())
    # Mentions per thousand words, all and of force: a density, so that long and short stories compare;
    # how densely an article tells acts of force says whether it is a story of conflict, crime or
    # policing at all, or one of schools, courts or sport that borrows their words.
    density = _bucket(1000 * n // max(words, 1), (2, 4, 8, 16, 32))
    force = _bucket(1000 * sum(types[t] for t in CONFLICT_TYPES) // max(words, 1), (0, 2, 4, 8, 16, 32))
    first = min((m.evidence.start for m in mentions), default=0)
    out = []
    for m in mentions:
        art = [f"art_words={_bucket(words, (40, 150, 400, 900))}", f"art_mentions={_bucket(n, (1, 3, 8, 20))}",
               f"art_same_type={_bucket(types[m.event_type] - 1, (0, 2, 6))}",
               f"first_sentence={m.evidence.start == first}", f"art_density={density}",
               f"art_force_density={force}"]
        out.append(features_of(m) + mention_features(m) + art)
    return out


def score(features: list[str], weights: dict) -> float:
    w = weights["weights"]
    # Summed in sorted order: a set's order changes with each process's hash seed, and float sums
    # with it, so workers would round confidences differently.
    return sigmoid(weights["bias"] + sum(w.get(f, 0.0) for f in sorted(set(features))))


def sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def apply(mentions: list[EventMention], text: str) -> list[EventMention]:
    """Set each mention's confidence from the gate (when one is shipped); drops nothing."""
    weights = model()
    if weights is None or not mentions:
        return mentions
    for m, feats in zip(mentions, article_features(mentions, text), strict=True):
        m.confidence = round(score(feats, weights), 3)
    return mentions
