#!/usr/bin/env python3
"""Turn an annotator's file into the set's stored form (run once per batch; kept for provenance).

    .venv/bin/python -P tests/data/events/assemble.py ANNOTATED.gold.json TEXTS_DIR tests/data/events/batchN.gold.json

(`-P`: this folder's select.py would hide the standard library's `select`; the virtualenv: divisions
are looked up in the project's gazetteer.)

The only changes: an event_location sentence's id becomes the hash of the text the annotator read
(TEXTS_DIR/<id>.txt; the corpus's own ids repeat, see evaluate_events.el_doc_id); a kidnapping,
abduction or hostage-taking coded as one of ASSAULT/COERCE accepts the other too (the codebook named
abduction under ASSAULT while PLOVER's detain mode is COERCE; both readings are defensible); a
status outside the codebook's list, given beside one inside it, is dropped (batch 13's checker let
"claimed" through); a division (a governorate, province, state, department or district, by that
word or by a name the gazetteer holds only as a division of that country) given as a point with no
GeoNames id takes the division's GeoNames entry, as batches 1-15 code divisions (batch 16's
instructions asked for the seat's point instead).
Nothing an annotator coded is otherwise touched.
"""
import hashlib
import json
import os
import re
import sys

TAKING = re.compile(r"kidnap|abduct|hostage|captive", re.I)
STATUSES = {"occurred", "ongoing", "planned", "threatened", "hypothetical", "denied"}
DIVISION_WORD = re.compile(r"\s+(Governorate|Province|State|Department|Region|District)$", re.I)


def division(place: dict) -> dict:
    """The division's GeoNames entry for a division given by a point without an id, else the place."""
    if not place or place.get("geonameid") or "lat" not in place:
        return place
    from conflictatlas.geo import gazetteer

    worded = DIVISION_WORD.search(place["name"])
    found = [e for e in gazetteer.lookup(DIVISION_WORD.sub("", place["name"])) if e.country == place["country"]]
    kinds = ("admin2",) if worded and worded.group(1).lower() == "district" else ("admin1",) if worded else ("admin1", "admin2")
    divisions = [e for e in found if e.kind in kinds]
    if not divisions or (not worded and any(e.kind == "city" for e in found)):
        return place
    e = divisions[0]
    return {"geonameid": e.geonameid, "name": e.name, "lat": e.lat, "lon": e.lon, "country": e.country}


def main(src: str, texts: str, dst: str) -> None:
    gold = json.load(open(src, encoding="utf-8"))
    for d in gold["docs"]:
        if d["doc"].startswith("el-"):
            path = f"{texts}/{d['doc']}.txt"
            if not os.path.exists(path):  # some corpus ids end in a space, which a coder may drop
                path = f"{texts}/{d['doc']} .txt"
            text = open(path, encoding="utf-8").read()
            d["doc"] = "el-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
        for e in d["events"]:
            if e.get("place"):
                e["place"] = division(e["place"])
            if set(e["status"]) - STATUSES and set(e["status"]) & STATUSES:
                e["status"] = [s for s in e["status"] if s in STATUSES]
            types = e["event_type"]
            if TAKING.search(e.get("trigger", "") + " " + e["cue"]) and {"ASSAULT", "COERCE"} & set(types):
                e["event_type"] = types + [t for t in ("COERCE", "ASSAULT") if t not in types]
    with open(dst, "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main(*sys.argv[1:4])
