"""Reproduce the accuracy figures: code the evaluation texts, run the reference scorers unchanged.

The scorers live in the shared evaluation folder (`../shared/eval` beside a checkout); they are the
reference, so this module only prepares their inputs and returns their summary lines:
1. `seed`: the example article, scored by score_events.py against seed.gold.json;
2. `plover`: the 321 PLOVER gold-standard sentences, exported and scored by score_plover.py;
3. gold files of our own (tests/data/*.gold.json): each names the corpus its documents come from
   (`"corpus": "geo/lgl.xml"`), which score_geo.py exports; scored by score_events.py;
4. `geo`: LGL and GeoVirus exported and scored by score_geo.py;
5. `places`: event places on the event_location gold sentences (no shared scorer exists for it;
   the rule is its README's, implemented in `event_location()` below);
6. `merge`: near-duplicate detection and event merging, pairwise, on our hand-clustered set
   (tests/data/dedup_merge.clusters.json; see evaluate_merge.py);
7. `events`: our hand-coded sets (tests/data/events/), dev and the held-out test split, field by
   field (evaluate_events.py) and by the reference scorer;
8. `written`: our written audit sets (tests/data/written/), each set's dev and held parts
   (evaluate_written.py);
9. `verbs`: trigger recall on the event_location sentences outside its gold and our sets, split
   dev/test by a hash of the sentence (evaluate_verbs.py).
All but the test split have been tuned on: each Result says its split.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .errors import ConflictAtlasError
from .pipeline import code

SUITES = ("seed", "plover", "gold", "geo", "places", "merge", "events", "health", "written", "verbs")
# The shared sets and our first gold files have been tuned on: their figures are dev figures. Only
# the test split of tests/data/events/ is held out (evaluate_events.py).
SPLIT = {"events:test": "test", "events-reference:test": "test", "events-grouping:test": "test", "health:test": "test",
         "verbs:test": "test"}


class EvalError(ConflictAtlasError):
    code = "E500"


@dataclass
class Result:
    suite: str
    summary: str  # the scorer's last line
    output: str  # everything it printed

    @property
    def split(self) -> str:
        if self.suite.startswith("written:") and self.suite.endswith(":held"):
            return "held"
        if self.suite.startswith("events") and self.suite.endswith(":test"):
            return "test"
        return SPLIT.get(self.suite, "dev")

    def shown(self) -> str:
        """What `eval --verbose` prints: everything on dev; on the test split only totals and the
        calibration table, never a document's errors (they must not guide a rule)."""
        if self.split not in ("test", "held"):
            return self.output
        return "\n".join(ln for ln in self.output.splitlines()
                         if ln.startswith(("events", "  confidence", "health", "precision")))


def find_shared(start: Path | None = None) -> Path:
    """The shared evaluation folder: ../shared/eval beside the checkout (or the working directory)."""
    here = Path(__file__).resolve()
    for base in [start, Path.cwd(), *here.parents]:
        if base is None:
            continue
        for candidate in (base / "shared" / "eval", base.parent / "shared" / "eval"):
            if (candidate / "score_events.py").exists():
                return candidate
    raise EvalError("cannot find the shared evaluation folder (../shared/eval); pass --shared PATH")


def _scorer(shared: Path, script: str, *args: str | Path) -> str:
    proc = subprocess.run([sys.executable, str(shared / script), *map(str, args)], capture_output=True,
                          text=True, check=False)
    if proc.returncode != 0:
        raise EvalError(f"{script} failed: {proc.stderr.strip() or proc.stdout.strip()}")
    return proc.stdout


def _code_to(paths: list[Path], out: Path) -> None:
    with open(out, "w", encoding="utf-8") as fh:
        for coded in code(paths):
            for m in coded.mentions:
                fh.write(json.dumps(m.to_dict(), ensure_ascii=False) + "\n")


def _result(suite: str, output: str) -> Result:
    lines = [ln for ln in output.strip().splitlines() if ln.strip()]
    return Result(suite, lines[-1] if lines else "", output)


def seed(shared: Path, work: Path) -> Result:
    pred = work / "seed.pred.jsonl"
    _code_to([shared / "000_a2d6e3adf7c3a122.txt"], pred)
    return _result("seed", _scorer(shared, "score_events.py", shared / "seed.gold.json", pred))


def plover(shared: Path, work: Path) -> Result:
    gold = shared / "plover" / "PLOVER_GSR_CAMEO.json"
    sentences, pred = work / "gsr.jsonl", work / "gsr.pred.jsonl"
    _scorer(shared, "score_plover.py", "export", gold, sentences)
    _code_to([sentences], pred)
    return _result("plover", _scorer(shared, "score_plover.py", "score", gold, pred))


def gold(shared: Path, work: Path, gold_file: Path) -> Result:
    spec = json.loads(gold_file.read_text(encoding="utf-8"))
    corpus = spec.get("corpus")
    if not corpus:
        raise EvalError(f"{gold_file}: no \"corpus\" naming where its documents come from")
    texts = work / gold_file.stem
    _scorer(shared, "score_geo.py", "export", shared / corpus, texts)
    docs = [texts / d["doc"] for d in spec["docs"]]
    missing = [p.name for p in docs if not p.exists()]
    if missing:
        raise EvalError(f"{gold_file}: documents not in {corpus}: {', '.join(missing)}")
    pred = work / f"{gold_file.stem}.pred.jsonl"
    _code_to(docs, pred)
    return _result(f"gold:{gold_file.name}", _scorer(shared, "score_events.py", gold_file, pred))


def geo(shared: Path, work: Path, corpora: tuple[str, ...] = ("lgl.xml", "GeoVirus.xml")) -> list[Result]:
    from .ingest import read_sources
    from .nlp.geoparse import geoparse_articles

    out = []
    for corpus in corpora:
        texts = work / corpus.split(".")[0]
        _scorer(shared, "score_geo.py", "export", shared / "geo" / corpus, texts)
        pred = work / f"{corpus}.geo.jsonl"
        with open(pred, "w", encoding="utf-8") as fh:
            articles = (a for a in read_sources(sorted(texts.glob("*.txt"))) if not isinstance(a, Exception))
            for line in geoparse_articles(articles):
                fh.write(json.dumps(line) + "\n")
        out.append(_result(f"geo:{corpus}", _scorer(shared, "score_geo.py", "score", shared / "geo" / corpus, pred)))
    return out


def event_location(shared: Path) -> Result:
    """Code each gold sentence; the event whose trigger overlaps the gold verb must carry a place
    overlapping a gold LOCATION span, or no place when the gold has none (offsets from tokens)."""
    import zipfile

    from .nlp import code_articles
    from .records import Article, content_id

    with zipfile.ZipFile(shared / "event_location" / "labeled_text.jsonl.zip") as z:
        name = next(n for n in z.namelist() if n.endswith(".jsonl") and not n.startswith("__MACOSX"))
        data = json.loads(z.read(name).decode("utf-8"))
    records = []
    for r in data:
        if r.get("source") != "RELABEL":
            continue
        toks = r["tokens"]
        spans = [(s["label"], toks[s["token_start"]]["start"], toks[s["token_end"]]["end"]) for s in r.get("spans") or []]
        verbs = [(a, b) for lab, a, b in spans if lab == "VERB"]
        if verbs:
            records.append((r["text"], verbs[0], [(a, b) for lab, a, b in spans if lab == "LOCATION"]))
    articles = [Article(id=content_id(t) + str(i), text=t, source=f"event_location/{i}", language="en")
                for i, (t, _, _) in enumerate(records)]
    tally = {"with": [0, 0], "without": [0, 0]}
    found = right_found = 0
    for (_, (vs, ve), locations), coded in zip(records, code_articles(articles), strict=True):
        hits = [m for m in coded.mentions if m.evidence.trigger_start is not None
                and m.evidence.trigger_start < ve and vs < m.evidence.trigger_end]
        p = hits[0].place if hits else None
        # A place the sentence does not give the act (the dateline's, or one the text only supports:
        # rule "context") is "no place in this sentence".
        place = (p.start, p.end) if p is not None and p.start is not None and p.rule not in ("dateline", "context") \
            else None
        ok = (place is not None and any(place[0] < b and a < place[1] for a, b in locations)) if locations \
            else place is None
        kind = "with" if locations else "without"
        tally[kind][0] += ok
        tally[kind][1] += 1
        found += bool(hits)
        right_found += ok and bool(hits)
    n = len(records)
    right = tally["with"][0] + tally["without"][0]
    summary = (f"event_location: acc={right / n:.3f} acc_with_location={tally['with'][0] / tally['with'][1]:.3f} "
               f"acc_without_location={tally['without'][0] / tally['without'][1]:.3f} "
               f"acc_when_coded={right_found / max(1, found):.3f} coverage={found / n:.3f} n={n}")
    return Result("places", summary, summary)


def health(shared: Path) -> list[Result]:
    """Conflict-type mentions per article in health news: the GeoVirus articles (WikiNews on
    epidemics) outside the hand-coded sets, unlabelled, split dev/test by the sets' hash of their
    ids. Few of them tell of violence (some do: a gun battle beside an outbreak), so the figure is a
    ceiling on the events the coder invents in news of another field, not an exact count of them."""
    import xml.etree.ElementTree as ET

    from .evaluate_events import CONFLICT_TYPES, load, split_of
    from .nlp import code_articles
    from .nlp.gate import default_min_confidence
    from .records import Article, content_id

    coded_docs = {d["doc"] for d in load()["docs"]}
    articles = []
    for n, a in enumerate(ET.parse(shared / "geo" / "GeoVirus.xml").getroot().iter("article")):
        text = (a.findtext("text") or "").strip()
        if text and f"gv-{n}" not in coded_docs:
            articles.append(Article(id=content_id(text), text=text, source=f"gv-{n}", language="en"))
    floor = default_min_confidence()
    tally = {"dev": [0, 0], "test": [0, 0]}
    for coded in code_articles(articles):
        t = tally[split_of(coded.article.source)]
        t[0] += 1
        t[1] += sum(m.event_type in CONFLICT_TYPES and m.confidence >= floor for m in coded.mentions)
    out = []
    for split, (docs, mentions) in tally.items():
        line = f"health: conflict_mentions_per_article={mentions / max(1, docs):.2f} articles={docs} mentions={mentions}"
        out.append(Result(f"health:{split}", line.split(": ", 1)[1], line))
    return out


# The units of work, slowest first, so that with a pool the long ones start at once and the short
# ones fill in: the geo suite is one unit per corpus, the events suite one per split.
_ORDER = ("geo:lgl.xml", "geo:GeoVirus.xml", "events:dev", "events:test", "verbs", "written", "places", "health",
          "plover", "merge", "gold", "seed")


def run(suites: tuple[str, ...] = SUITES, shared: Path | None = None,
        gold_files: list[Path] | None = None, clusters: Path | None = None,
        events: Path | None = None, workers: int = 1) -> list[Result]:
    """Run the suites and return their results in `SUITES` order. With `workers` > 1 the suites
    run side by side in that many processes (each loads the model once); the figures are the same."""
    shared = shared or find_shared()
    if gold_files is None:
        gold_files = sorted((Path.cwd() / "tests" / "data").glob("*.gold.json"))
    args = (shared, gold_files, clusters, events)
    wanted = [s for s in _ORDER if s.split(":")[0] in suites]
    if workers <= 1 or len(wanted) <= 1:
        done = {s: _suite(s, *args) for s in wanted}
    else:
        from concurrent.futures import ProcessPoolExecutor
        from multiprocessing import get_context

        # spawn, as parallel.py: no fork of a process that may hold a loaded model and threads.
        with ProcessPoolExecutor(min(workers, len(wanted)), mp_context=get_context("spawn")) as pool:
            futures = {s: pool.submit(_suite, s, *args) for s in wanted}
            done = {s: f.result() for s, f in futures.items()}
    return [r for suite in SUITES for s in wanted if s.split(":")[0] == suite for r in done[s]]


def _suite(suite: str, shared: Path, gold_files: list[Path], clusters: Path | None,
           events: Path | None) -> list[Result]:
    with tempfile.TemporaryDirectory(prefix=f"conflictatlas-eval-{suite}-") as tmp:
        work = Path(tmp)
        if suite == "seed":
            return [seed(shared, work)]
        if suite == "plover":
            return [plover(shared, work)]
        if suite == "gold":
            return [gold(shared, work, g) for g in gold_files]
        if suite.startswith("geo:"):
            return geo(shared, work, (suite.split(":")[1],))
        if suite == "places":
            return [event_location(shared)]
        if suite == "health":
            return health(shared)
        if suite == "merge":
            return merge_suite(shared, clusters)
        if suite == "written":
            return written_suite()
        if suite == "verbs":
            return verbs_suite(shared, events)
        split = suite.split(":")[1]
        return events_suite(shared, work, events, splits=(split,), agreement=split == "test")


def events_suite(shared: Path, work: Path, folder: Path | None = None, splits: tuple[str, ...] | None = None,
                 agreement: bool = True) -> list[Result]:
    """Our hand-coded sets, dev and test: field scores, then the reference scorer on each split;
    then the agreement of the double-coded documents."""
    from .evaluate_events import SPLITS, evaluate_split, reliability_table

    out = []
    for split in splits or SPLITS:
        tally, ref = evaluate_split(shared, work, split, folder)
        table = "\n".join(f"  confidence {b}: n={n} predicted={c:.2f} observed={o:.2f}"
                          for b, n, c, o in reliability_table(tally.reliability))
        line = tally.line("events")
        detail = "\n".join(tally.explained)  # dev only: test errors are counted, never listed
        out.append(Result(f"events:{split}", line.split(": ", 1)[1], f"{line}\n{table}\n{detail}".rstrip()))
        out.append(_result(f"events-reference:{split}", ref))
        if tally.grouping is not None:
            line = tally.grouping.line("events-grouping")
            out.append(Result(f"events-grouping:{split}", line.split(": ", 1)[1], line))
        for name, part in tally.editions.items():  # each coding round on its own (evaluate_events.edition)
            for suite, line in ((f"events-{name}", part.line(f"events-{name}")),
                                (f"events-grouping-{name}", part.grouping.line(f"events-grouping-{name}"))):
                out.append(Result(f"{suite}:{split}", line.split(": ", 1)[1], line))
    if not agreement:
        return out
    from .evaluate_agreement import agreement as kappa

    line = "events-agreement: " + " ".join(f"{k}={v}" for k, v in kappa(shared, folder).items())
    out.append(Result("events-agreement", line.split(": ", 1)[1], line))
    return out


def verbs_suite(shared: Path, events: Path | None = None) -> list[Result]:
    from .evaluate_verbs import score

    out = []
    for split, f in score(shared, events).items():
        line = f"verbs: trigger_recall={f['trigger_recall']:.3f} sentence_recall={f['sentence_recall']:.3f} n={f['n']}"
        out.append(Result(f"verbs:{split}", line.split(": ", 1)[1], line))
    return out


def written_suite(root: Path | None = None) -> list[Result]:
    """Our written audit sets, one line per set and split ("written:local-6:held"); held parts
    print totals only."""
    from .evaluate_written import score_set, sets

    root = root or Path.cwd() / "tests" / "data" / "written"
    if not root.is_dir():
        raise EvalError(f"no written sets at {root}; run from the checkout")
    out = []
    for folder in sets(root):
        for split, tally in score_set(folder).items():
            name = f"written:{folder.name}:{split}"
            line = tally.line(name)
            out.append(Result(name, line.split(": ", 1)[1], line))
    return out


def merge_suite(shared: Path, clusters: Path | None = None) -> list[Result]:
    from .evaluate_merge import evaluate

    clusters = clusters or Path.cwd() / "tests" / "data" / "dedup_merge.clusters.json"
    if not clusters.exists():
        raise EvalError(f"no clustered set at {clusters}; run from the checkout or pass its path")
    dedup, merged, info = evaluate(clusters, shared)
    detail = " ".join(f"{k}={v}" for k, v in info.items())
    return [Result("dedup", dedup.line("dedup").split(": ", 1)[1], f"{dedup.line('dedup')} {detail}"),
            Result("merge", merged.line("merge").split(": ", 1)[1], f"{merged.line('merge')} {detail}")]
