"""Training the event-place linker (geo/linker.py) on the event_location sentences.

`conflictatlas train linker` reads `event_location/labeled_text.jsonl.zip` from the shared evaluation
folder (Halterman 2019, MIT: sentences with the event verb and its location marked) and:
1. keeps the records outside its 496 gold (source RELABEL), which stay untouched for scoring, and
   drops every record whose sentence is a gold sentence or one of the `--exclude` folders' texts
   (tests/data/events/select.py's output: the sentences of our hand-coded event sets), and the
   batch whose annotators marked only the verb (VERB_ONLY_SOURCES);
2. holds out a tenth of the distinct sentences (by a hash of the text, so the split never depends
   on order or results), to report accuracy on sentences it was not trained on;
3. parses each sentence and recognises its toponyms as the coder does (an article of one sentence);
   the gold verb is the trigger; each toponym of its sentence is a candidate, labelled right when
   it overlaps a gold LOCATION span, and "no place" is right when the gold has none. A sentence
   whose gold location no toponym covers teaches nothing about choosing and is left out of training
   (it counts as wrong in the held-out accuracy);
4. fits a logistic regression (scikit-learn, liblinear: deterministic) on the candidates' features
   and writes its weights as JSON, with the figures.
Minutes on 2 cores, almost all of it spaCy's parse.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path

from ..errors import ConflictAtlasError
from . import linker
from .eventplace import _own_tokens, rule_pick
from .toponym import Toponym

GOLD_SOURCE = "RELABEL"
# A batch whose annotators marked the verb only: 80% of its sentences that name a place are labelled
# "no location", the event's own place included ("killed in the town of Sheikh Miskin"), against 13-40%
# in the other batches. Trained on, it teaches the linker to give no place.
VERB_ONLY_SOURCES = {"Masdar_RA"}
HELD_OUT = 10  # one sentence in ten
REGULARISATION = 1.0  # liblinear's C


class TrainError(ConflictAtlasError):
    code = "E510"


@dataclass
class Example:
    """One event: its candidates' features and which are right ("no place" last)."""
    text: str
    features: list[dict[str, float]]
    labels: list[int]
    reachable: bool  # some candidate is right
    rule: int | None  # the index of the rules' pick (None: no place)


def read_records(shared: Path) -> list[dict]:
    path = shared / "event_location" / "labeled_text.jsonl.zip"
    if not path.exists():
        raise TrainError(f"{path}: not found; the linker trains on the shared event_location sentences")
    with zipfile.ZipFile(path) as z:
        name = next(n for n in z.namelist() if n.endswith(".jsonl") and not n.startswith("__MACOSX"))
        return json.loads(z.read(name).decode("utf-8"))


def excluded_texts(folders: list[Path]) -> set[str]:
    """The sentences of our hand-coded event sets: every texts/*.txt of select.py's output folders."""
    out = set()
    for folder in folders:
        texts = sorted((folder / "texts").glob("*.txt")) if (folder / "texts").is_dir() else sorted(folder.glob("*.txt"))
        if not texts:
            raise TrainError(f"{folder}: no texts/*.txt (run tests/data/events/select.py OUT_DIR first)")
        out |= {p.read_text(encoding="utf-8").strip() for p in texts}
    return out


def held_out(text: str) -> bool:
    return int(hashlib.sha256(text.strip().encode("utf-8")).hexdigest(), 16) % HELD_OUT == 0


def training_records(records: list[dict], exclude: set[str]) -> tuple[list[dict], dict]:
    """The non-gold records with a verb, one per distinct sentence, none of them a gold or excluded
    sentence; and counts of what was left out."""
    gold = {r["text"].strip() for r in records if r.get("source") == GOLD_SOURCE}
    out, seen = [], set()
    counts = {"gold_records": 0, "gold_sentence": 0, "excluded": 0, "verb_only_batch": 0, "no_verb": 0, "duplicate": 0}
    for r in records:
        text = r["text"].strip()
        if r.get("source") == GOLD_SOURCE:
            counts["gold_records"] += 1
        elif text in gold:
            counts["gold_sentence"] += 1
        elif text in exclude:
            counts["excluded"] += 1
        elif r.get("source") in VERB_ONLY_SOURCES:
            counts["verb_only_batch"] += 1
        elif not any(s["label"] == "VERB" for s in r.get("spans") or []):
            counts["no_verb"] += 1
        elif text in seen:
            counts["duplicate"] += 1
        else:
            seen.add(text)
            out.append(r)
    return out, counts


def span_offsets(r: dict, s: dict) -> tuple[int, int]:
    """A span's characters, from its tokens as the scorer reads them (some records' own character
    offsets are wrong); from its own offsets where the token indices run past the tokens."""
    toks = r["tokens"]
    if s["token_end"] < len(toks):
        return toks[s["token_start"]]["start"], toks[s["token_end"]]["end"]
    return s["start"], s["end"]


def _spans(r: dict) -> tuple[tuple[int, int], list[tuple[int, int]]]:
    spans = [(s["label"], *span_offsets(r, s)) for s in r["spans"]]
    verb = next((a, b) for lab, a, b in spans if lab == "VERB")
    return verb, [(a, b) for lab, a, b in spans if lab == "LOCATION"]


def example(r: dict, doc, tops: list[Toponym]) -> Example | None:
    """The record as a choice among its sentence's toponyms, the gold verb as the trigger."""
    (vs, ve), locations = _spans(r)
    span = doc.char_span(vs, ve, alignment_mode="expand")
    if span is None or not len(span):
        return None
    trigger = span.root
    sent = trigger.sent
    cands = [t for t in tops if sent.start <= t.start < sent.end]
    own = _own_tokens(trigger)
    pick, _ = rule_pick(trigger, sent, tops)
    context = doc._.geo_reading.context if doc._.geo_reading is not None else None
    feats = [linker.candidate_features(trigger, t, cands, sent, pick, own, context) for t in cands]
    labels = [int(any(t.place.start < b and a < t.place.end for a, b in locations)) for t in cands]
    feats.append(linker.none_features(trigger, cands, sent, own))
    labels.append(int(not locations))
    rule = next((i for i, t in enumerate(cands) if t is pick), None)
    return Example(r["text"], feats, labels, any(labels), rule)


def prepare(records: list[dict], batch_size: int = 256) -> list[Example]:
    """Parse the records and build their examples (the slow step)."""
    from ..nlp import paragraphs
    from ..nlp.model import load
    from .article import article_places, article_toponyms

    # One paragraph starting at 0, as the coder reads it (a trailing space is cut; a record with a
    # leading one or a line break would not have the doc's offsets).
    records = [r for r in records if len(p := paragraphs(r["text"])) == 1 and p[0][0] == 0]
    out = []
    texts = [paragraphs(r["text"])[0][1] for r in records]
    for r, text, doc in zip(records, texts, load().pipe(texts, batch_size=batch_size), strict=True):
        context, _ = article_places(text, [doc])
        (tops,) = article_toponyms([(0, doc)], context)
        ex = example(r, doc, tops)
        if ex is not None:
            out.append(ex)
    return out


def fit(examples: list[Example]) -> dict:
    """A logistic regression over the candidates of the reachable examples, as a weights dict."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows, ys = [], []
    for ex in examples:
        if ex.reachable:
            rows += ex.features
            ys += ex.labels
    if len(set(ys)) < 2:
        raise TrainError("the training examples hold only one class; nothing to learn")
    vec = DictVectorizer(sparse=False)  # liblinear takes 32-bit sparse indices only; the matrix is small
    x = vec.fit_transform(rows)
    model = LogisticRegression(C=REGULARISATION, solver="liblinear", max_iter=1000, random_state=0)  # liblinear shuffles
    model.fit(x, ys)
    names = vec.get_feature_names_out()
    weights = {str(n): round(float(w), 5) for n, w in zip(names, model.coef_[0], strict=True) if abs(w) >= 1e-5}
    return {"weights": dict(sorted(weights.items())), "bias": round(float(model.intercept_[0]), 5)}


def accuracy(examples: list[Example], model: dict | None) -> float:
    """The share of events whose chosen candidate is right (model None: the rules' pick)."""
    right = 0
    for ex in examples:
        if model is None:
            choice = ex.rule if ex.rule is not None else len(ex.features) - 1
        else:
            scores = [linker.score(f, model) for f in ex.features]
            # "no place" (last) wins ties, as in linker.choose
            choice = max(range(len(scores)), key=lambda i: (scores[i], i == len(scores) - 1))
        right += ex.labels[choice]
    return right / max(1, len(examples))


def train(shared: Path, exclude: list[Path], out: Path) -> dict:
    """Train on the non-gold records less the excluded and held-out ones; write out; return the report."""
    records = read_records(shared)
    kept, counts = training_records(records, excluded_texts(exclude) if exclude else set())
    train_recs = [r for r in kept if not held_out(r["text"])]
    test_recs = [r for r in kept if held_out(r["text"])]
    train_ex, test_ex = prepare(train_recs), prepare(test_recs)
    model = fit(train_ex)
    report = {
        "trained_on": sum(ex.reachable for ex in train_ex), "training_sentences": len(train_ex),
        "held_out_sentences": len(test_ex), "left_out": counts,
        "held_out_accuracy": round(accuracy(test_ex, model), 3),
        "held_out_accuracy_rules": round(accuracy(test_ex, None), 3),
        "held_out_reachable": round(sum(ex.reachable for ex in test_ex) / max(1, len(test_ex)), 3),
    }
    out.write_text(json.dumps({**model, "report": report}, indent=1) + "\n", encoding="utf-8")
    return report
