"""Our hand-coded event sets (tests/data/events/): a frozen dev/test split and field-level scores.

The sets are coded by docs/codebook.md from texts read in place from the shared evaluation folder
(LGL and GeoVirus articles, event_location sentences); tests/data/events/README.md gives the format.
Scoring a split:
1. gather its documents' texts and publication dates from their corpora, as one JSONL file;
2. code that file through the same reader and coder as `conflictatlas code`;
3. match each predicted mention to at most one gold mention of its document: the gold cue must lie
   in the mention's evidence sentence; among several, an acceptable type, then the gold trigger,
   decide; every unmatched prediction is a false positive (the sets are coded exhaustively);
4. report precision and recall of mentions, then each field over the matched mentions whose gold
   gives it, the conflict-type mentions per non-conflict article, and the reference scorer's line
   (score_events.py, unchanged) on the same split.

The split is a hash of the document id, fixed once: a document's split never depends on its
content, on the order of the files, or on the coder's results.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from .records import CONFLICT_TYPES

SPLITS = ("dev", "test")
FIELDS = ("type", "status", "actor1", "actor2", "place", "date", "fatalities")


def el_doc_id(text: str) -> str:
    """An event_location sentence's doc id: a hash of its text (the corpus's own ids repeat)."""
    return "el-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def split_of(doc: str) -> str:
    """'test' for a third of the documents, by a hash of the id; 'dev' for the rest."""
    return "test" if int(hashlib.sha256(doc.encode("utf-8")).hexdigest(), 16) % 3 == 0 else "dev"


def default_folder() -> Path:
    return Path.cwd() / "tests" / "data" / "events"


def load(folder: Path | None = None) -> dict:
    """All gold files of the folder as one: their docs, and their alias tables merged."""
    folder = folder or default_folder()
    merged: dict = {"aliases": {}, "docs": []}
    seen: set[str] = set()
    for path in sorted(folder.glob("*.gold.json"), key=lambda p: (len(p.name), p.name)):
        gold = json.loads(path.read_text(encoding="utf-8"))
        for name, spellings in gold.get("aliases", {}).items():
            have = merged["aliases"].setdefault(name, [])
            have += [s for s in spellings if s not in have]
        for d in gold["docs"]:
            # A document coded twice (by two annotators, for the agreement check) is scored once:
            # the first file's coding counts, the other only for agreement (agreement() below).
            if d["doc"] in seen:
                merged.setdefault("second_codings", []).append({**d, "file": path.name})
                continue
            seen.add(d["doc"])
            merged["docs"].append({**d, "file": path.name})
    return merged


def edition(file: str) -> str:
    """Which coding round a gold file belongs to: batches 1-10 were the sets as first frozen, tuned
    on (dev) for many stops; a later batch was coded after that tuning and is scored on its own too,
    from its first run, so its figures say what the coder does on news it was never fitted to."""
    m = re.search(r"batch(\d+)", file)
    return "b1-10" if m is None or int(m.group(1)) <= 10 else f"b{m.group(1)}"


def only_split(gold: dict, split: str, copies: dict[str, str] | None = None) -> dict:
    """The documents of one split. Given `copies` (canonical_docs), a document whose text repeats
    another's but for spacing (event_location files some sentences twice) goes where its copy goes,
    dev first: a copy in each split would put text the coder was tuned on into the test."""
    copies = copies or {}
    return {**gold, "docs": [d for d in gold["docs"] if split_of(copies.get(d["doc"], d["doc"])) == split]}


def canonical_docs(gold: dict, text: dict[str, dict]) -> dict[str, str]:
    """doc id -> the id of the first copy of its text (spacing aside), dev copies first, else by id;
    `text` as texts() gives it."""
    docs = [d["doc"] for d in gold["docs"]]
    first: dict[str, str] = {}
    for doc in sorted(docs, key=lambda d: (split_of(d) != "dev", d)):
        first.setdefault(" ".join(text[doc]["text"].split()), doc)
    return {doc: first[" ".join(text[doc]["text"].split())] for doc in docs}


# -- 1. texts ------------------------------------------------------------------------------------

def texts(shared: Path, docs: Iterable[str]) -> dict[str, dict]:
    """doc id -> {"text", "published"}, read in place from the corpora the ids name."""
    import xml.etree.ElementTree as ET

    want = set(docs)
    out: dict[str, dict] = {}
    if any(d.startswith("lgl-") for d in want):
        for a in ET.parse(shared / "geo" / "lgl.xml").getroot().iter("article"):
            doc = f"lgl-{a.get('docid')}"
            if doc in want:
                out[doc] = {"text": a.findtext("text") or "", "published": (a.findtext("dltime") or "")[:10] or None}
    if any(d.startswith("gv-") for d in want):
        for n, a in enumerate(ET.parse(shared / "geo" / "GeoVirus.xml").getroot().iter("article")):
            if f"gv-{n}" in want:
                out[f"gv-{n}"] = {"text": a.findtext("text") or "", "published": None}
    if any(d.startswith("el-") for d in want):
        with zipfile.ZipFile(shared / "event_location" / "labeled_text.jsonl.zip") as z:
            for r in json.loads(z.read("labeled_text.jsonl")):
                doc = el_doc_id(r["text"])
                if doc in want:
                    out[doc] = {"text": r["text"], "published": None}
    missing = want - set(out)
    if missing:
        from .evaluate import EvalError

        raise EvalError(f"documents not found in their corpora: {', '.join(sorted(missing)[:5])}")
    return out


# -- 2. coding -----------------------------------------------------------------------------------

def code(shared: Path, gold: dict, work: Path, name: str) -> list[dict]:
    from .pipeline import code as code_paths

    source = work / f"{name}.jsonl"
    with open(source, "w", encoding="utf-8") as fh:
        for doc, t in texts(shared, [d["doc"] for d in gold["docs"]]).items():
            fh.write(json.dumps({"id": doc, "text": t["text"], "published": t["published"]}) + "\n")
    return [m.to_dict() for coded in code_paths([source], min_confidence=0.0) for m in coded.mentions]


# -- 3. matching and fields ----------------------------------------------------------------------

def norm(s) -> str:
    """The reference scorer's normalisation (score_events.py)."""
    return " ".join(str(s).replace("’", "'").lower().replace(".", "").split())


def _aliases(aliases: dict, names) -> set[str]:
    names = names if isinstance(names, list) else [names]
    return {norm(a) for n in names for a in [n, *aliases.get(n, [])]}


def actor_ok(aliases: dict, want, got: dict | None) -> bool:
    if not got:
        return False
    return bool({norm(got[k]) for k in ("name", "text") if got.get(k)} & _aliases(aliases, want))


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def place_ok(want: dict, got: dict | None) -> bool:
    """Same GeoNames place or within 50 km; a country-level gold accepts any place in that country."""
    if not got:
        return False
    if "lat" in want:
        if want.get("geonameid") and got.get("geonameid") == want["geonameid"]:
            return True
        return got.get("lat") is not None and km((want["lat"], want["lon"]), (got["lat"], got["lon"])) <= 50
    countries = want.get("country")
    countries = countries if isinstance(countries, list) else [countries]
    return (got.get("country") or "").upper() in {c.upper() for c in countries if c}


def date_ok(want: dict, got: dict | None) -> bool:
    """The predicted interval lies inside the gold one, a day's slack either side (publication dates
    are download dates in LGL); a wider prediction is wrong, however it overlaps."""
    if not got or not got.get("end"):
        return False
    start, end = date.fromisoformat((got.get("start") or got["end"])[:10]), date.fromisoformat(got["end"][:10])
    lo, hi = date.fromisoformat(want["start"]) - timedelta(days=1), date.fromisoformat(want["end"]) + timedelta(days=1)
    return lo <= start <= end <= hi and got.get("start") is not None


def fatalities_ok(want: int, got: dict | None) -> bool:
    return want in [v for k in ("best", "low", "high") if (v := (got or {}).get(k)) is not None]


def _field_checks(aliases: dict, g: dict) -> dict:
    checks = {"type": lambda p: p.get("event_type") in g["event_type"],
              "status": lambda p: p.get("status") in g["status"]}
    for k in ("actor1", "actor2"):
        if g.get(k):
            checks[k] = lambda p, k=k: actor_ok(aliases, g[k], p.get(k))
    if g.get("place"):
        checks["place"] = lambda p: place_ok(g["place"], p.get("place"))
    if g.get("date"):
        checks["date"] = lambda p: date_ok(g["date"], p.get("date"))
    if g.get("fatalities") is not None:
        checks["fatalities"] = lambda p: fatalities_ok(g["fatalities"], p.get("fatalities"))
    return checks


def _sentence(p: dict) -> str:
    return norm((p.get("evidence") or {}).get("sentence", ""))


def match(gold_events: list[dict], preds: list[dict]) -> list[tuple[dict, dict]]:
    """One-to-one pairs (gold, prediction): cue in the sentence, then type, then trigger."""
    pairs = []
    for g in gold_events:
        cue, trig = norm(g["cue"]), norm(g.get("trigger", ""))
        for n, p in enumerate(preds):
            if cue in _sentence(p):
                rank = (2 * (p.get("event_type") in g["event_type"])
                        + (norm((p.get("evidence") or {}).get("trigger", "")) == trig))
                pairs.append((-rank, n, g["id"], g, p))
    used_g, used_p, out = set(), set(), []
    for _, n, gid, g, p in sorted(pairs, key=lambda x: x[:3]):
        if gid not in used_g and n not in used_p:
            used_g.add(gid)
            used_p.add(n)
            out.append((g, p))
    return out


@dataclass
class Tally:
    gold: int = 0
    pred: int = 0
    matched: int = 0
    fields: dict = field(default_factory=lambda: {f: [0, 0] for f in FIELDS})
    nonconflict_docs: int = 0
    nonconflict_events: int = 0
    reliability: list = field(default_factory=list)  # (confidence, is a true mention)
    errors: list = field(default_factory=list)
    docs: int = 0
    explained: list = field(default_factory=list)  # dev only
    grouping: object = None  # evaluate_grouping.score: the article's mentions in events, pairwise
    editions: dict = field(default_factory=dict)  # edition() -> its own Tally, where the split has several

    def line(self, name: str) -> str:
        p = self.matched / self.pred if self.pred else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        parts = [f"P={p:.3f}", f"R={r:.3f}"]
        parts += [f"{f}={ok / n:.3f}" for f, (ok, n) in self.fields.items() if n]
        nc = self.nonconflict_events / self.nonconflict_docs if self.nonconflict_docs else 0.0
        parts += [f"nonconflict_per_doc={nc:.2f}", f"n_gold={self.gold}", f"n_pred={self.pred}",
                  f"docs={self.docs}"]
        return f"{name}: " + " ".join(parts)


def score(gold: dict, preds: list[dict]) -> Tally:
    aliases = gold.get("aliases", {})
    by_doc: dict[str, list[dict]] = {}
    for p in preds:
        by_doc.setdefault(str(p.get("doc")), []).append(p)
    t = Tally()
    for d in gold["docs"]:
        t.docs += 1
        mine = by_doc.get(d["doc"], [])
        t.gold += len(d["events"])
        t.pred += len(mine)
        pairs = match(d["events"], mine)
        t.matched += len(pairs)
        matched_ids = {id(p) for _, p in pairs}
        for g, p in pairs:
            for f, check in _field_checks(aliases, g).items():
                ok = bool(check(p))
                t.fields[f][0] += ok
                t.fields[f][1] += 1
                if not ok:
                    t.errors.append((d["doc"], g["id"], f))
        for p in mine:
            t.reliability.append((float(p.get("confidence") or 0.0), id(p) in matched_ids))
            if id(p) not in matched_ids:
                t.errors.append((d["doc"], None, "false_positive"))
        for g in d["events"]:
            if not any(g is x for x, _ in pairs):
                t.errors.append((d["doc"], g["id"], "missed"))
        if not d["doc"].startswith("el-") and not any(set(g["event_type"]) & CONFLICT_TYPES for g in d["events"]):
            t.nonconflict_docs += 1
            t.nonconflict_events += sum(p.get("event_type") in CONFLICT_TYPES for p in mine)
    return t


def reliability_table(pairs: list[tuple[float, bool]], bins: int = 10) -> list[tuple[str, int, float, float]]:
    """(confidence bin, mentions, mean predicted confidence, observed precision) per decile bin."""
    rows = []
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        inside = [(c, ok) for c, ok in pairs if lo <= c < hi or (b == bins - 1 and c == 1.0)]
        if inside:
            rows.append((f"{lo:.1f}-{hi:.1f}", len(inside), sum(c for c, _ in inside) / len(inside),
                         sum(ok for _, ok in inside) / len(inside)))
    return rows


# -- 4. one split, end to end --------------------------------------------------------------------

def evaluate_split(shared: Path, work: Path, split: str, folder: Path | None = None):
    """(Tally, the reference scorer's output) for one split of the sets in `folder`."""
    import subprocess
    import sys

    from .nlp.gate import default_min_confidence

    every = load(folder)
    gold = only_split(every, split, canonical_docs(every, texts(shared, [d["doc"] for d in every["docs"]])))
    candidates = code(shared, gold, work, f"events-{split}")
    # Scored as `conflictatlas code` prints them (the gate's default threshold); the calibration
    # table is over every candidate, the ones below the threshold included.
    preds = [p for p in candidates if p["confidence"] >= default_min_confidence()]
    pred_file, gold_file = work / f"events-{split}.pred.jsonl", work / f"events-{split}.gold.json"
    pred_file.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in preds), encoding="utf-8")
    gold_file.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    ref = subprocess.run([sys.executable, str(shared / "score_events.py"), str(gold_file), str(pred_file)],
                         capture_output=True, text=True, check=False)
    tally = score(gold, preds)
    tally.reliability = score(gold, candidates).reliability
    tally.explained = explain(gold, preds) if split == "dev" else []
    from . import evaluate_grouping

    published = {doc: t["published"] for doc, t in texts(shared, [d["doc"] for d in gold["docs"]]).items()}
    tally.grouping = evaluate_grouping.score(gold, candidates, published, default_min_confidence())
    names = sorted({edition(d.get("file", "")) for d in gold["docs"]})
    for name in names if len(names) > 1 else []:
        part = {**gold, "docs": [d for d in gold["docs"] if edition(d.get("file", "")) == name]}
        docs = {d["doc"] for d in part["docs"]}
        tallied = score(part, [p for p in preds if str(p.get("doc")) in docs])
        tallied.grouping = evaluate_grouping.score(part, [c for c in candidates if str(c.get("doc")) in docs],
                                                   published, default_min_confidence())
        tally.editions[name] = tallied
    return tally, ref.stdout


def explain(gold: dict, preds: list[dict]) -> list[str]:
    """Dev only: per gold mention, missed or which fields were wrong (gold vs predicted), and each
    false positive with its sentence. Never printed for the test split."""
    aliases = gold.get("aliases", {})
    by_doc: dict[str, list[dict]] = {}
    for p in preds:
        by_doc.setdefault(str(p.get("doc")), []).append(p)
    lines = []
    for d in gold["docs"]:
        mine = by_doc.get(d["doc"], [])
        pairs = match(d["events"], mine)
        got = {g["id"]: p for g, p in pairs}
        for g in d["events"]:
            p = got.get(g["id"])
            if p is None:
                lines.append(f"{d['doc']}:{g['id']} MISSED {g['event_type']} cue={g['cue']!r}")
                continue
            wrong = [f for f, check in _field_checks(aliases, g).items() if not check(p)]
            for f in wrong:
                want = {"type": g["event_type"], "status": g["status"], "actor1": g.get("actor1"),
                        "actor2": g.get("actor2"), "place": g.get("place"), "date": g.get("date"),
                        "fatalities": g.get("fatalities")}[f]
                have = {"type": p.get("event_type"), "status": p.get("status"), "fatalities": p.get("fatalities"),
                        "actor1": p.get("actor1"), "actor2": p.get("actor2"), "place": p.get("place"),
                        "date": p.get("date")}[f]
                if isinstance(have, dict):
                    have = {k: have.get(k) for k in ("text", "name", "country", "geonameid", "start", "end", "best")
                            if have.get(k) is not None}
                lines.append(f"{d['doc']}:{g['id']} {f}: want {want} got {have} | trig={p['evidence'].get('trigger')}"
                             f" | {g['cue']!r}")
        matched = {id(p) for _, p in pairs}
        for p in mine:
            if id(p) not in matched:
                lines.append(f"{d['doc']}: FALSE {p.get('event_type')}/{p.get('status')} "
                             f"trig={p['evidence'].get('trigger')} | {p['evidence'].get('sentence', '')[:150]}")
    return lines
