"""Bad values are refused the same way by the CLI and the API, with one line naming the value and
the reason; nothing is silently accepted, and reading never creates or writes a database."""

from __future__ import annotations

import json
import os
import sqlite3

import httpx
import pytest
from conftest import article, mention

from conflictatlas.store import Store

HUGE = str(10**30)


@pytest.fixture(scope="module")
def api(served):
    with httpx.Client(base_url=served["base"], timeout=30) as client:
        yield client


def _one_line(result, *needles):
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("conflictatlas: [E"), lines
    for n in needles:
        assert n in lines[0], (n, lines[0])
    return lines[0]


def _error(resp, status=400):
    assert resp.status_code == status, resp.text
    body = resp.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}
    return body["error"]


@pytest.fixture(scope="module")
def placed(tmp_path_factory):
    """A store with one event at each precision in Libya, one near Fiji across the antimeridian."""
    db = tmp_path_factory.mktemp("placed") / "placed.db"
    store = Store(db)
    rows = [("Sirte", "LY", 31.2, 16.59, "city", "ASSAULT", "occurred"),
            ("Libya", "LY", 26.9, 17.5, "country", "ASSAULT", "occurred"),  # the gazetteer's point for Libya
            ("Suva", "FJ", -18.14, 178.44, "city", "PROTEST", "occurred"),
            ("Taveuni", "FJ", -16.8, -179.97, "city", "PROTEST", "planned")]
    for i, (name, cc, lat, lon, prec, kind, status) in enumerate(rows):
        text = f"Report {i}: something happened in {name}."
        day = f"2024-03-{10 * i + 1:02d}"  # days apart: four events, never merged
        a = article(text, published=day, outlet=f"Outlet {i}")
        store.add_article(a, [mention(a.id, text, type=kind, status=status, place=(name, cc, lat, lon, prec),
                                      date=(day, day), actor1=f"Group {i}")])
    store.close()
    return db


def _events(cli, db, *args):
    r = cli("events", "--db", db, "--format", "jsonl", *args)
    assert r.exit_code == 0, r.stderr
    return [json.loads(x) for x in r.stdout.splitlines()]


def _names(cli, db, *args):
    return sorted(e["place"]["name"] for e in _events(cli, db, *args))


# --- numbers out of range: one line or a 400, never an OverflowError --------------------------

def test_huge_numbers_are_refused_not_500(api, cli, placed):
    for path in ("/api/events", "/api/articles"):
        assert "offset" in _error(api.get(path, params={"offset": HUGE}))["message"]
    assert "min_corroboration" in _error(api.get("/api/events", params={"min_corroboration": HUGE}))["message"]
    _one_line(cli("events", "--db", placed, "--limit", HUGE), "limit")
    _one_line(cli("events", "--db", placed, "--min-corroboration", HUGE), "min_corroboration")


def test_negative_corroboration_refused_by_cli_as_by_api(api, cli, placed):
    _one_line(cli("events", "--db", placed, "--min-corroboration", "-3"), "min_corroboration", "at least 1")
    assert "min_corroboration" in _error(api.get("/api/events", params={"min_corroboration": "-3"}))["message"]


def test_since_after_until_is_refused(api, cli, placed):
    _one_line(cli("events", "--db", placed, "--since", "2017-01-01", "--until", "2016-01-01"), "since", "after until")
    assert "after until" in _error(api.get("/api/events", params={"since": "2017-01-01", "until": "2016-01-01"}))["message"]


# --- bbox: each value named; across the antimeridian; only located events ---------------------

def test_bbox_names_the_bad_value(api, cli, placed):
    _one_line(cli("events", "--db", placed, "--bbox", "200,0,10,10"), "west", "longitude", "200")
    assert "north" in _error(api.get("/api/events", params={"bbox": "0,0,10,95"}))["message"]
    assert "south (50) must be <= north (40)" in _error(api.get("/api/events", params={"bbox": "0,50,10,40"}))["message"]
    assert "longitude" in _error(api.get("/api/events", params={"bbox": "nan,0,10,10"}))["message"]


def test_bbox_west_of_east_crosses_the_antimeridian(cli, placed, api):
    assert _names(cli, placed, "--bbox", "170,-25,-170,-10") == ["Suva", "Taveuni"]
    assert _names(cli, placed, "--bbox", "178,-25,179,-10") == ["Suva"]
    assert _names(cli, placed, "--bbox", "170,-25,-170,-10", "--as-of", "2030-01-01") == ["Suva", "Taveuni"]


def test_bbox_holds_only_events_located_inside_it(cli, placed, api):
    # A 20 km box around the point that stands for Libya: "somewhere in Libya" is not in it.
    box = "17.4,26.8,17.6,27.0"
    assert _names(cli, placed, "--bbox", box) == []
    assert api.get("/api/events", params={"bbox": box}).json()["total"] == 0
    assert _names(cli, placed, "--bbox", "16,30,17,32") == ["Sirte"]
    assert _names(cli, placed, "--country", "LY") == ["Libya", "Sirte"]  # still found by country


# --- status lists, aliases ----------------------------------------------------------------------

def test_status_takes_a_list(cli, placed):
    assert _names(cli, placed, "--status", "planned,occurred") == ["Libya", "Sirte", "Suva", "Taveuni"]
    assert _names(cli, placed, "--status", "planned") == ["Taveuni"]
    _one_line(cli("events", "--db", placed, "--status", "planned,rumoured"), "unknown status")


def test_actor_aliases_resolve_in_every_filter(served, cli, api):
    db = served["db"]
    by_name = sorted(e["id"] for e in _events(cli, db, "--actor", "Islamic State"))
    assert by_name and sorted(e["id"] for e in _events(cli, db, "--actor", "ISIS")) == by_name
    assert sorted(e["id"] for e in _events(cli, db, "--actor", "Daesh")) == by_name
    api_ids = {e["id"] for e in api.get("/api/events", params={"actor": "ISIL", "limit": 1000}).json()["events"]}
    assert len(api_ids) == len(by_name)
    pentagon = cli("export", "--db", db, "--format", "jsonl", "--actor", "Pentagon").stdout.splitlines()
    assert pentagon and all("Department of Defense" in line for line in pentagon)


# --- dates in bodies ----------------------------------------------------------------------------

def test_published_garbage_is_named_as_published(api, served):
    r = api.post("/api/ingest", json={"text": "Gunmen attacked a police post in Kano on Monday.", "published": "garbage"},
                 headers={"Authorization": f"Bearer {served['token']}"})
    message = _error(r)["message"]
    assert message.startswith("published") and "since" not in message


# --- the database: never created by reading, readable where it cannot be written -----------------

@pytest.mark.parametrize("command", [["events"], ["export"], ["report", "--format", "md"], ["track", "ISIS"],
                                     ["event", "abc"], ["serve", "--port", "0"], ["split", "abc", "--mention", "x"]])
def test_a_mistyped_db_is_an_error_not_a_new_database(cli, tmp_path, command):
    missing = tmp_path / "typo" / "atlsa.db"
    r = cli(*command, "--db", missing)
    assert r.exit_code == 1
    _one_line(r, "no database at", str(missing))
    assert not missing.exists() and not missing.parent.exists()


def test_a_store_in_a_read_only_folder_can_be_read(placed, tmp_path):
    import shutil
    import tempfile

    folder = tempfile.mkdtemp(prefix="ro-store-")  # outside pytest's private tmp, so another user can enter
    try:
        db = os.path.join(folder, "atlas.db")
        shutil.copy(placed, db)
        os.chmod(db, 0o444)
        os.chmod(folder, 0o555)
        out = _as_unprivileged_user(db)
        assert out["rc"] == 0, out
        assert sorted(json.loads(x)["place"]["name"] for x in out["stdout"].splitlines()) == \
            ["Libya", "Sirte", "Suva", "Taveuni"]
        assert sorted(os.listdir(folder)) == ["atlas.db"]  # nothing written beside it
    finally:
        os.chmod(folder, 0o755)
        shutil.rmtree(folder)


def _as_unprivileged_user(db: str) -> dict:
    """`events` on `db` in a child process that cannot write the folder: as root (CI containers),
    the child drops to `nobody`, since root may write anywhere."""
    import pickle

    from typer.testing import CliRunner

    from conflictatlas.cli import app

    runner = CliRunner()
    runner.invoke(app, ["events", "--help"])  # imports done before the child loses access to them
    import sqlalchemy.dialects.sqlite  # noqa: F401

    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: drop privileges, run the command, report, exit
        code = 99
        try:
            os.close(read)
            if os.geteuid() == 0:
                os.setgroups([])
                os.setgid(65534)
                os.setuid(65534)
            res = runner.invoke(app, ["events", "--db", db, "--format", "jsonl"])
            payload = {"rc": res.exit_code, "stdout": res.stdout, "stderr": res.stderr,
                       "exc": repr(res.exception) if res.exit_code else None}
            os.write(write, pickle.dumps(payload))
            code = 0
        finally:
            os._exit(code)
    os.close(write)
    with os.fdopen(read, "rb") as fh:
        data = fh.read()
    os.waitpid(pid, 0)
    return pickle.loads(data)


def _corrupt_events_table(db) -> None:
    con = sqlite3.connect(db)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'events'").fetchone()[0]
    con.close()
    with open(db, "r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(b"\xde\xad\xbe\xef" * (page_size // 4))


def test_a_damaged_database_is_one_line(cli, placed, tmp_path):
    import shutil

    db = tmp_path / "damaged.db"
    shutil.copy(placed, db)
    _corrupt_events_table(db)
    for command in (["events"], ["export", "--format", "jsonl"], ["report", "--format", "md"]):
        r = cli(*command, "--db", db)
        assert r.exit_code == 1
        _one_line(r, "[E400]", "damaged")


# --- the command line itself ----------------------------------------------------------------------

@pytest.mark.parametrize("args, needle", [
    (["events", "--limit", "abc"], "--limit"),
    (["events", "--no-such-option"], "--no-such-option"),
    (["serve", "--port", "99999"], "--port"),
    (["watch", "feeds.yaml", "--timeout", "-1"], "--timeout"),
    (["frobnicate"], "frobnicate"),
    # More processes than a C int holds: refused, not an OverflowError from the process pool.
    (["ingest", "x.txt", "--workers", "9223372036854775808"], "--workers"),
])
def test_usage_errors_are_one_line(cli, args, needle):
    r = cli(*args)
    assert r.exit_code == 2
    _one_line(r, "[E002]", needle)


# --- the API's own rules ----------------------------------------------------------------------------

def test_bearer_scheme_is_case_insensitive_and_required(writable):
    writable, _ = writable
    text = {"text": "Soldiers clashed with rebels near Goma, Congo, on Friday, the army said.", "published": "2024-02-02"}
    for header in ("bearer s3cret", "BEARER s3cret", "Bearer  s3cret"):
        assert writable.post("/api/ingest", json=text, headers={"Authorization": header}).status_code == 200
    assert _error(writable.post("/api/ingest", json=text, headers={"Authorization": "s3cret"}), 401)["code"] == "E601"
    assert writable.post("/api/ingest", json=text, headers={"Authorization": "Basic s3cret"}).status_code == 401


def test_unknown_routes_and_methods_have_their_codes(api):
    assert _error(api.get("/api/nothing-here"), 404)["code"] == "E404"
    assert _error(api.delete("/api/events"), 405)["code"] == "E405"


def test_an_ingest_body_over_the_limit_is_413(api, served):
    body = json.dumps({"text": "x" * (11 * 1024 * 1024)})
    r = api.post("/api/ingest", content=body, headers={"Authorization": f"Bearer {served['token']}",
                                                        "Content-Type": "application/json"})
    assert _error(r, 413)["code"] == "E413"

    def chunks():  # no Content-Length: counted while it streams
        for _ in range(11):
            yield b"x" * (1024 * 1024)

    r = api.post("/api/ingest", content=chunks(), headers={"Authorization": f"Bearer {served['token']}",
                                                            "Content-Type": "application/json"})
    assert _error(r, 413)["code"] == "E413"


# --- SSRF: the API fetches only public addresses -----------------------------------------------------

def _local_pages():
    """A server on 127.0.0.1: /page is an article, /hop redirects to 127.0.0.2 (another host)."""
    from conftest import serve_pages

    body = (b"<html><head><title>Clash</title></head><body><p>Soldiers clashed with rebels near Goma, "
            b"Congo, on Friday, the army said.</p></body></html>")
    return serve_pages({"/page": (body, "text/html"), "/robots.txt": (body, "text/html")},
                       redirects={"/hop": "http://127.0.0.2:{port}/page"})


def test_the_api_fetches_no_private_address(writable):
    writable, token = writable
    server = _local_pages()
    try:
        auth = {"Authorization": f"Bearer {token}"}
        for url in (f"http://127.0.0.1:{server.server_port}/page", "http://169.254.169.254/latest/meta-data/",
                    f"http://localhost:{server.server_port}/page"):
            err = _error(writable.post("/api/ingest", json={"url": url}, headers=auth), 400)
            assert err["code"] == "E110" and "non-public address" in err["message"], err
    finally:
        server.shutdown()


def test_a_redirect_is_checked_like_the_first_url():
    import ipaddress

    from conflictatlas.ingest.fetch import Fetcher, FetchError

    server = _local_pages()
    only_here = ipaddress.ip_address("127.0.0.1")
    try:
        with Fetcher(timeout=5, min_interval=0, allow_address=lambda ip: ip == only_here) as f:
            assert f.get(f"http://127.0.0.1:{server.server_port}/page").status == 200
            with pytest.raises(FetchError, match="non-public address"):
                f.get(f"http://127.0.0.1:{server.server_port}/hop")
    finally:
        server.shutdown()
