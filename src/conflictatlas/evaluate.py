"""Reproduce the accuracy figures: code the evaluation texts, run the reference scorers unchanged.

The scorers live in the shared evaluation folder (`../shared/eval` beside a checkout); they are the
reference, so this module only prepares their inputs and returns their summary lines:
1. `seed`: the example article, scored by score_events.py against seed.gold.json;
2. `plover`: the 321 PLOVER gold-standard sentences, exported and scored by score_plover.py;
3. gold files of our own (tests/data/*.gold.json): each names the corpus its documents come from
   (`"corpus": "geo/lgl.xml"`), which score_geo.py exports; scored by score_events.py.
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

SUITES = ("seed", "plover", "gold")


class EvalError(ConflictAtlasError):
    code = "E500"


@dataclass
class Result:
    suite: str
    summary: str  # the scorer's last line
    output: str  # everything it printed


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


def run(suites: tuple[str, ...] = SUITES, shared: Path | None = None,
        gold_files: list[Path] | None = None) -> list[Result]:
    shared = shared or find_shared()
    if gold_files is None:
        gold_files = sorted((Path.cwd() / "tests" / "data").glob("*.gold.json"))
    results = []
    with tempfile.TemporaryDirectory(prefix="conflictatlas-eval-") as tmp:
        work = Path(tmp)
        if "seed" in suites:
            results.append(seed(shared, work))
        if "plover" in suites:
            results.append(plover(shared, work))
        if "gold" in suites:
            results += [gold(shared, work, g) for g in gold_files]
    return results
