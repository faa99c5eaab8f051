#!/usr/bin/env python3
"""Event-place accuracy on the 496 gold records of ../shared/eval/event_location (read in place).

    .venv/bin/python bench/bench_event_location.py      # same as: conflictatlas eval --suite places

The rule (the data's README): code each gold sentence, take the event whose trigger overlaps the
gold VERB span, and compare the span of the place the coder gave it with the gold LOCATION span(s);
with no LOCATION the right answer is "no place". Offsets come from the records' token indices.
Last line:
    event_location: acc=.. acc_with_location=.. acc_without_location=.. acc_when_coded=.. coverage=.. n=..
"""

import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"

if __name__ == "__main__":
    from conflictatlas.evaluate import event_location

    print(event_location(SHARED).summary)
    sys.exit(0)
