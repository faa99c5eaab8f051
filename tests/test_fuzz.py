"""Property-based fuzz (hypothesis) of everything a user types or sends.

The command line: every option of the commands that read, list, export, report, ingest, code,
watch and serve, given arbitrary text, integers, floats and dates, run in-process over a real small
SQLite store in a temporary folder. The property: no traceback, ever; the command succeeds (exit 0),
or it fails (exit 1 or 2) with one line on stderr, in the project's form ("conflictatlas: [Ennn] ...").

The HTTP API: every parameter of every GET route, sent to a real server (uvicorn on 127.0.0.1)
over the same kind of store. The property: 200, or a 4xx with the project's one JSON error shape;
never a 5xx.

`serve` is fuzzed over a --db that does not exist, so that a command line it accepts is refused
there, before anything listens; `ingest --dask` is given no address that would be dialled (a
reachable-looking one waits 30 s for a scheduler, as it should).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import string
import tempfile
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest
from conftest import article, mention, serve_app
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from conflictatlas.cli import app

# Under CI the examples are the same every run (derandomize), so a landing is never decided by a
# draw; elsewhere each run explores new ones.
FUZZ = settings(max_examples=60, deadline=None, database=None, derandomize=os.environ.get("CI") == "true",
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
API_FUZZ = settings(FUZZ, max_examples=150)

# --- values a user might type: anything, and the edges of each kind ------------------------------

EDGES = ["", " ", "-1", "0", "1", "-0", "nan", "NaN", "inf", "-inf", "1e309", "1e-309", str(2**63), str(2**64),
         str(-2**63 - 1), "9" * 40, "0x10", "1_000", "2016-02-30", "2016-13-01", "0000-01-01", "9999-12-31",
         "2016-11-25T25:00", "2016-11-25T12:00:00+99:00", "all", ",", ",,,", "occurred,", "ISIS", "LY", "LBY",
         "Libya", "XX", "assault", "ASSAULT", "-180,-90,180,90", "170,-25,-170,-10", "1,2,3", "a,b,c,d",
         "1,2,3,4,5", "nan,0,1,1", "0,0,0,0", "'; DROP TABLE events; --", "%", "_", "\\", "\x00", "\u202e",
         "\ud7ff", "😀", "../../etc/passwd", "C:\\x", "--help", "-v", "table", "jsonl", "csv", "geojson",
         "parquet", "md", "html", "pdf"]


def _floats():
    return st.floats(allow_nan=True, allow_infinity=True).map(repr)


VALUE = st.one_of(
    st.sampled_from(EDGES),
    st.text(max_size=24),
    st.text(alphabet=string.digits + "-,.:T+eE ", max_size=24),
    st.integers().map(str),
    st.integers(min_value=-10, max_value=10).map(str),
    _floats(),
    st.dates().map(str),
    st.datetimes().map(lambda d: d.isoformat()),
    st.lists(st.floats(allow_nan=True, allow_infinity=True), min_size=0, max_size=6).map(
        lambda xs: ",".join(repr(x) for x in xs)),
)

EVENT_FILTERS = ["--since", "--until", "--country", "--actor", "--type", "--status", "--bbox",
                 "--min-corroboration", "--min-confidence", "--as-of", "--limit"]


def options(names, value=VALUE, max_size=5):
    """A list of (option, value) pairs, flattened into argv."""
    return st.lists(st.tuples(st.sampled_from(names), value), max_size=max_size).map(
        lambda pairs: [x for pair in pairs for x in pair])


# --- the property ---------------------------------------------------------------------------------

RUNNER = CliRunner()
# Fuzzed options name files (a watch state "0", an output "inf"): they are written here, never
# into the checkout the tests run from.
WORKDIR = Path(tempfile.mkdtemp(prefix="conflictatlas-fuzz-"))
TRIED: dict[str, int] = {}


def run_cli(name: str, argv: list[str]):
    TRIED[name] = TRIED.get(name, 0) + 1
    # `-v` configures logging to the runner's stderr, which closes after the call: put it back as it was.
    loggers = [logging.getLogger(n) for n in ("", "httpx", "httpcore", "uvicorn", "uvicorn.access")]
    saved = [(lg, lg.handlers[:], lg.level) for lg in loggers]
    try:
        with contextlib.chdir(WORKDIR):
            r = RUNNER.invoke(app, argv, catch_exceptions=True)
    finally:
        for lg, handlers, level in saved:
            lg.handlers[:] = handlers
            lg.setLevel(level)
    where = f"argv={argv!r}\nstdout={r.stdout[-2000:]!r}\nstderr={r.stderr[-2000:]!r}"
    if r.exception is not None and not isinstance(r.exception, SystemExit):
        import traceback

        tb = "".join(traceback.format_exception(r.exception))
        pytest.fail(f"uncaught {r.exception!r}\n{tb}\n{where}")
    assert "Traceback" not in r.stdout + r.stderr, where
    assert r.exit_code in (0, 1, 2), where
    if r.exit_code:
        lines = [ln for ln in r.stderr.splitlines() if ln.strip()]
        assert lines and all(ln.startswith("conflictatlas: ") for ln in lines), where
        errors = [ln for ln in lines if ln.startswith("conflictatlas: [E") or "aborted" in ln]
        assert len(errors) == 1 or name in BATCH_COMMANDS, where
        assert errors, where
    return r


# Commands over several inputs (files, feeds) say one line per input that failed.
BATCH_COMMANDS = {"ingest", "code", "watch"}  # watch: one line per feed that failed


# --- fixtures: a small real store, a text file, a feed list ---------------------------------------

@pytest.fixture(scope="module")
def fz(tmp_path_factory):
    from conflictatlas.store import EventQuery, Store

    root = tmp_path_factory.mktemp("fuzz")
    db = root / "atlas.db"
    store = Store(db)
    rows = [("Sirte", "LY", 31.2, 16.59, "city", "ASSAULT", "occurred", "Islamic State"),
            ("Libya", "LY", 26.9, 17.5, "country", "ASSAULT", "planned", "Libyan National Army"),
            ("Suva", "FJ", -18.14, 178.44, "city", "PROTEST", "occurred", "Protesters (Fiji)"),
            ("Goma", "CD", -1.68, 29.22, "city", "FIGHT", "threatened", "M23")]
    ids = []
    for i, (name, cc, lat, lon, prec, kind, status, actor) in enumerate(rows):
        text = f"Report {i}: something happened in {name}."
        day = f"2016-0{i + 1}-1{i}"
        a = article(text, published=day, outlet=f"Outlet {i}")
        store.add_article(a, [mention(a.id, text, type=kind, status=status, place=(name, cc, lat, lon, prec),
                                      date=(day, day), actor1=actor)])
        ids.append(a.id)
    events = [e["id"] for e in store.events(EventQuery(min_confidence=0))]
    store.close()
    text = root / "one.txt"
    text.write_text("Police arrested ten protesters in Lagos on Monday, officials said.", encoding="utf-8")
    empty = root / "empty.txt"
    empty.write_text("", encoding="utf-8")
    return {"root": root, "db": str(db), "text": str(text), "empty": str(empty), "articles": ids, "events": events,
            "missing_db": str(root / "no-such-folder" / "atlas.db")}


# --- the command line -----------------------------------------------------------------------------

@FUZZ
@given(argv=options(EVENT_FILTERS + ["--format"]))
def test_fuzz_events(fz, argv):
    run_cli("events", ["events", "--db", fz["db"], *argv])


@FUZZ
@given(argv=options(EVENT_FILTERS + ["--format"]), out=st.sampled_from([None, "out.csv", "out.parquet", "sub/x.json"]))
def test_fuzz_export(fz, argv, out):
    extra = ["--output", str(fz["root"] / out)] if out else []
    run_cli("export", ["export", "--db", fz["db"], *argv, *extra])


@FUZZ
@given(argv=options(["--since", "--until", "--country", "--format"]),
       out=st.sampled_from([None, "report.md", "report.html"]))
def test_fuzz_report(fz, argv, out):
    extra = ["--output", str(fz["root"] / out)] if out else []
    run_cli("report", ["report", "--db", fz["db"], *argv, *extra])


@FUZZ
@given(actor=VALUE, argv=options(["--since", "--until", "--country", "--format"]))
def test_fuzz_track(fz, actor, argv):
    run_cli("track", ["track", actor, "--db", fz["db"], *argv])


@FUZZ
@given(event_id=st.one_of(VALUE, st.just("EVENT")), argv=options(["--format"], max_size=2))
def test_fuzz_event(fz, event_id, argv):
    event_id = fz["events"][0] if event_id == "EVENT" else event_id
    run_cli("event", ["event", event_id, "--db", fz["db"], *argv])


@FUZZ
@given(argv=options(["--published", "--workers", "--format", "--min-confidence"], max_size=3),
       dask=st.one_of(st.none(), st.sampled_from(["garbage", "foo://x", "8786", "no port", "\u00e9", "tcp:/x"])),
       which=st.sampled_from(["text", "empty", "missing"]))
def test_fuzz_ingest(fz, argv, dask, which):
    argv = [a for a in argv if a != "--format"]  # ingest has none: an unknown option is fuzzed below
    if which == "text" and "--workers" in argv:
        which = "empty"  # a worker process for a real article is seconds of loading the model, each time
    path = fz.get(which, str(fz["root"] / "missing.txt"))
    extra = ["--dask", dask] if dask is not None else []
    run_cli("ingest", ["ingest", path, "--db", str(fz["root"] / "ingest.db"), *argv, *extra])


@FUZZ
@given(argv=options(["--published", "--format", "--min-confidence"], max_size=3),
       which=st.sampled_from(["text", "empty", "missing"]))
def test_fuzz_code(fz, argv, which):
    path = fz.get(which, str(fz["root"] / "missing.txt"))
    run_cli("code", ["code", path, *argv])


SETTING_VALUE = st.one_of(st.integers(), st.floats(), st.text(max_size=8), st.booleans(), st.none(),
                          st.lists(st.integers(), max_size=2), st.dictionaries(st.text(max_size=3), st.integers(),
                                                                                max_size=1))


@FUZZ
@given(argv=options(["--interval", "--min-interval", "--timeout", "--state"], max_size=4),
       settings_=st.dictionaries(st.sampled_from(["min_interval", "timeout", "retries", "backoff", "other"]),
                                 SETTING_VALUE, max_size=3),
       feeds=st.one_of(st.just("OK"), st.text(max_size=60),
                       st.lists(st.one_of(st.text(max_size=10), SETTING_VALUE), max_size=3)))
def test_fuzz_watch(fz, argv, settings_, feeds):
    # The feed's scheme is no http(s): each pass is refused before any request (and any wait).
    feed_list = fz["root"] / "feeds.yaml"
    if feeds == "OK":
        doc = json.dumps({"feeds": ["ftp://127.0.0.1/feed.xml"], "settings": settings_})
    elif isinstance(feeds, list):
        doc = json.dumps({"feeds": feeds, "settings": settings_}, default=str)
    else:
        doc = feeds
    feed_list.write_text(doc, encoding="utf-8", errors="surrogatepass")
    argv = [fz["root"] / "state" / "w.json" if (i and argv[i - 1] == "--state" and not a.strip()) else a
            for i, a in enumerate(argv)]
    run_cli("watch", ["watch", str(feed_list), "--once", "--db", str(fz["root"] / "watch.db"), *map(str, argv)])


@FUZZ
@given(argv=options(["--host", "--port", "--token", "--tiles", "--workers"], max_size=4),
       verbose=st.sampled_from([[], ["-v"], ["-vv"]]))
def test_fuzz_serve_refuses_before_listening(fz, argv, verbose):
    r = run_cli("serve", ["serve", "--db", fz["missing_db"], *argv, *verbose])
    assert r.exit_code != 0  # nothing was served: every command line ends at the missing database


COMMANDS = ["events", "export", "report", "track", "event", "split", "merge", "code", "ingest", "geoparse", "watch",
            "serve", "eval", "version", "gazetteer", "train", "frobnicate"]


@FUZZ
@given(command=st.sampled_from(COMMANDS),
       rest=st.lists(st.one_of(VALUE, st.sampled_from(["--db", "--format", "--limit", "--help", "--no-such", "-x",
                                                        "--", "-", "--since=", "--bbox=1,2"])), max_size=4))
def test_fuzz_any_command_line(fz, command, rest):
    # Commands that would run a long job get an option they must refuse, and the others a --db that
    # does not exist, both first (a "--" among the rest would make later ones arguments); what
    # matters is how the parser answers whatever follows.
    rest = [t for t in rest if not t.startswith("--db")]
    if command in ("eval", "gazetteer", "train", "ingest", "code", "geoparse", "watch"):
        argv = [command, "--no-such-option", *rest]
    elif command in ("version", "frobnicate"):
        argv = [command, *rest]
    else:
        argv = [command, "--db", fz["missing_db"], *rest]
    run_cli(command + " (any)", argv)


# --- the HTTP API ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def api(fz):
    from conflictatlas.api import create_app
    from conflictatlas.store import Store

    base, stop = serve_app(create_app(Store(fz["db"], create=False, readonly=True)))
    with httpx.Client(base_url=base, timeout=60, follow_redirects=True) as client:
        yield client
    stop()


API_PARAMS = ["since", "until", "country", "actor", "type", "status", "bbox", "min_corroboration",
              "min_confidence", "as_of", "limit", "offset", "format"]
SENT: dict[str, int] = {}


def check_response(route: str, r: httpx.Response) -> None:
    SENT[route] = SENT.get(route, 0) + 1
    where = f"{r.request.method} {r.request.url} -> {r.status_code}: {r.text[:500]}"
    assert r.status_code < 500, where
    if r.status_code == 200:
        return
    assert 400 <= r.status_code < 500, where
    body = r.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}, where
    assert body["error"]["code"].startswith("E") and body["error"]["message"], where


PARAMS = st.lists(st.tuples(st.sampled_from(API_PARAMS + ["unknown", ""]), VALUE), max_size=6)


@API_FUZZ
@given(route=st.sampled_from(["/api/events", "/api/timeline", "/api/articles", "/api/actors", "/api/config",
                              "/api/basemap"]),
       params=PARAMS)
def test_fuzz_api_list_routes(api, route, params):
    check_response(route, api.get(route, params=params))


@API_FUZZ
@given(kind=st.sampled_from(["events", "articles"]),
       ident=st.one_of(VALUE, st.text(max_size=40), st.sampled_from(["KNOWN", "%2e%2e", "..", "a/b", "?x=1", "#"])))
def test_fuzz_api_detail_routes(api, fz, kind, ident):
    if ident == "KNOWN":
        ident = (fz["events"] if kind == "events" else fz["articles"])[0]
    check_response(f"/api/{kind}/{{id}}", api.get(f"/api/{kind}/" + quote(ident, safe="")))


@API_FUZZ
@given(raw=st.text(alphabet=string.printable + "\u00e9\u202e😀", max_size=80))
def test_fuzz_api_raw_query_strings(api, raw):
    # What no client library would send: undecodable escapes, repeated keys, bare keys, odd separators.
    check_response("/api/events?raw", api.get("/api/events?" + quote(raw, safe="=&%;+,")))


@API_FUZZ
@given(path=st.lists(st.sampled_from(["..", ".", "%2e%2e", "static", "vendor", "leaflet", "index.html", "api",
                                      "events", "%00", "x" * 300, "", "%ff", "app.js"]), max_size=5))
def test_fuzz_api_paths(api, path):
    # A path opening with "//" is no path to httpx (it reads a host): the client refuses it unsent.
    check_response("/any-path", api.get("/" + "/".join(path).lstrip("/")))


@pytest.fixture(scope="module", autouse=True)
def _figures():
    """Prints how many examples each property tried, at the end of the module (for the closing note)."""
    yield
    import sys

    sys.__stderr__.write(f"\nfuzz: command lines tried {dict(sorted(TRIED.items()))}; "
                         f"requests sent {dict(sorted(SENT.items()))}\n")
