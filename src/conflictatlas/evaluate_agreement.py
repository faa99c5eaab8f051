"""Agreement between two coders of our event sets (tests/data/events/): the upper bound the
annotation's noise puts on any coder's scores.

`agreement()` compares the second coder's file (agreement/*.gold.json) and documents coded in two
batches with the first coding of each document: mentions agree when they lie in the same sentence
and share an acceptable type; fields are compared over agreeing mentions where both give them.
"""

from __future__ import annotations

import json
from pathlib import Path

from .evaluate_events import _aliases, default_folder, load, norm, place_ok, texts


def _sentence_index(text: str, cue: str, sentences: list[tuple[int, int]]) -> int | None:
    for n, (a, b) in enumerate(sentences):
        if norm(cue) in norm(text[a:b]):
            return n
    # A cue the segmenter split: the sentence its first word falls in.
    first = text.find(cue.split()[0]) if cue.split() else -1
    return next((n for n, (a, b) in enumerate(sentences) if a <= first < b), None)


def agreement(shared: Path, folder: Path | None = None) -> dict:
    """How far two coders agree on the documents both coded, as a dict of figures."""
    from .nlp.model import load as load_model

    folder = folder or default_folder()
    first = {d["doc"]: d for d in load(folder)["docs"]}
    merged = load(folder)
    seconds = list(merged.get("second_codings", []))
    aliases = dict(merged.get("aliases", {}))
    for path in sorted((folder / "agreement").glob("*.gold.json")):
        other = json.loads(path.read_text(encoding="utf-8"))
        seconds += other["docs"]
        for k, v in other.get("aliases", {}).items():
            aliases[k] = sorted(set(aliases.get(k, [])) | set(v))
    docs = [d for d in seconds if d["doc"] in first]
    texts_ = texts(shared, [d["doc"] for d in docs])
    nlp = load_model()
    tally = {"docs": 0, "a": 0, "b": 0, "both": 0}
    fields: dict[str, list[int]] = {f: [0, 0] for f in ("type", "status", "actor1", "actor2", "place", "date")}
    for d in docs:
        text = texts_[d["doc"]]["text"]
        sents = [(s.start_char, s.end_char) for s in nlp(text).sents]
        a_ev, b_ev = first[d["doc"]]["events"], d["events"]
        tally["docs"] += 1
        tally["a"] += len(a_ev)
        tally["b"] += len(b_ev)
        used = set()
        for ea in a_ev:
            na = _sentence_index(text, ea["cue"], sents)
            for k, eb in enumerate(b_ev):
                if k in used or na is None or _sentence_index(text, eb["cue"], sents) != na:
                    continue
                if not set(ea["event_type"]) & set(eb["event_type"]):
                    continue
                used.add(k)
                tally["both"] += 1
                fields["type"][0] += ea["event_type"][0] == eb["event_type"][0]
                fields["type"][1] += 1
                fields["status"][0] += bool(set(ea["status"]) & set(eb["status"]))
                fields["status"][1] += 1
                for f in ("actor1", "actor2"):
                    if ea.get(f) and eb.get(f):
                        fields[f][1] += 1
                        fields[f][0] += bool(_aliases(aliases, ea[f]) & _aliases(aliases, eb[f]))
                if ea.get("place") and eb.get("place"):
                    fields["place"][1] += 1
                    pb = eb["place"]
                    fields["place"][0] += place_ok(ea["place"], {**pb, "country": pb.get("country")
                                                                 if isinstance(pb.get("country"), str) else None})
                if ea.get("date") and eb.get("date"):
                    fields["date"][1] += 1
                    fields["date"][0] += ea["date"] == eb["date"]
                break
    p = tally["both"] / tally["b"] if tally["b"] else 0.0
    r = tally["both"] / tally["a"] if tally["a"] else 0.0
    out = {"docs": tally["docs"], "mentions_first": tally["a"], "mentions_second": tally["b"],
           "mention_f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}
    out.update({f"{k}": round(ok / n, 3) for k, (ok, n) in fields.items() if n})
    return out
