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
import re
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
    return {**gold, "aliases": with_codebook_names(gold)}


# ACLED's names for a state's bodies, which some sets' writers used ("Military forces of Mali",
# "Government of Syria (2000-2024)", "Police (Zambia)"); the codebook's are "Mali military",
# "Syria government", "Zambia police".
_ACLED_STATE_BODY = re.compile(r"^(Military|Police) forces of (?:the )?(.+?)(?: \(\d{4}-\d{0,4}\))?$|"
                               r"^Government of (?:the )?(.+?)(?: \(\d{4}-\d{0,4}\))?$|^Police \((.+)\)$", re.IGNORECASE)


def with_codebook_names(gold: dict) -> dict[str, list[str]]:
    """The gold's aliases, with the codebook's name added for every state body the gold names in
    ACLED's style: the same actor under the other convention, as held-62's and held-63's writers
    added by hand (tests/data/written/README.md). Only a country's bodies: "Government of Illinois"
    is a US state's, for which the two conventions agree on no name."""
    from .countries import alpha2, alpha3, country_name

    aliases = {k: list(v) for k, v in (gold.get("aliases") or {}).items()}
    named = set(aliases)
    for doc in gold.get("docs", []):
        for event in doc.get("events", []):
            for role in ("actor1", "actor2"):
                value = event.get(role)
                named.update(v for v in (value if isinstance(value, list) else [value]) if isinstance(v, str))
    for name in named:
        m = _ACLED_STATE_BODY.match(name)
        if m is None:
            continue
        kind, country = (m.group(1).lower(), m.group(2)) if m.group(1) else \
            ("government", m.group(3)) if m.group(3) else ("police", m.group(4))
        code2 = alpha2(country)
        code3 = alpha3(code2) if code2 else None
        if code3 is None:
            continue
        own = f"{country_name(code3)} {kind}"
        aliases.setdefault(name, [name])
        if own not in aliases[name]:
            aliases[name].append(own)
    return aliases


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
