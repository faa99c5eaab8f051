"""Our written audit sets (tests/data/written/): news in the style of local papers, wires and web
pages, written for this project with invented events and real places, coded by the codebook before
the coder ran on them. They are scored as the hand-coded sets are (evaluate_events.score), set by
set and split by split.

Each set's gold says how much of it is held out (`held_out`): "tuned" (rules were written with its
errors in view: every figure on it is a dev figure), "held" (its errors have not been read since it
was set aside) or "halves" (a document is held when the SHA-256 of its name, as an integer, is even;
the other half is dev). Held figures are printed as totals; their errors are never listed.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from pathlib import Path

from . import evaluate_events as ee

STATUSES = ("tuned", "held", "halves")


def split_of(doc: str, held_out: str) -> str:
    if held_out == "tuned":
        return "dev"
    if held_out == "held":
        return "held"
    return "held" if int(hashlib.sha256(doc.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "dev"


def load(folder: Path) -> dict:
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    if gold.get("held_out") not in STATUSES:
        from .evaluate import EvalError

        raise EvalError(f"{folder / 'gold.json'}: held_out must be one of {', '.join(STATUSES)}")
    return gold


def score_set(folder: Path, min_confidence: float | None = None) -> dict[str, ee.Tally]:
    """The set's documents coded once, scored per split."""
    from .nlp.gate import default_min_confidence
    from .pipeline import code

    gold = load(folder)
    floor = default_min_confidence() if min_confidence is None else min_confidence
    with tempfile.TemporaryDirectory(prefix="conflictatlas-written-") as tmp:
        src = Path(tmp) / "articles.jsonl"
        with open(src, "w", encoding="utf-8") as fh:
            for doc in gold["docs"]:
                text = (folder / f"{doc['doc']}.txt").read_text(encoding="utf-8")
                fh.write(json.dumps({"id": doc["doc"], "text": text, "published": doc.get("published")}) + "\n")
        preds = [m.to_dict() for c in code([src], min_confidence=0.0) for m in c.mentions]
    preds = [p for p in preds if p["confidence"] >= floor]
    out = {}
    for split in ("dev", "held"):
        docs = [d for d in gold["docs"] if split_of(d["doc"], gold["held_out"]) == split]
        if not docs:
            continue
        names = {d["doc"] for d in docs}
        out[split] = ee.score({**gold, "docs": docs}, [p for p in preds if p.get("doc") in names])
    return out


def sets(root: Path) -> list[Path]:
    return sorted(p.parent for p in root.glob("*/gold.json"))
