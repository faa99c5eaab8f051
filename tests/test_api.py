"""The API over real HTTP (uvicorn on 127.0.0.1, httpx as the client): filters, pagination,
errors, the token rule."""

from __future__ import annotations

import httpx
import pytest


@pytest.fixture(scope="module")
def api(served):
    with httpx.Client(base_url=served["base"], timeout=30) as client:
        yield client


def _ids(resp):
    assert resp.status_code == 200, resp.text
    return [e["id"] for e in resp.json()["events"]]


def test_every_filter_narrows_to_matching_events(api):
    everything = api.get("/api/events", params={"limit": 1000}).json()
    assert everything["total"] == len(everything["events"]) > 10
    events = everything["events"]
    checks = {
        "country": ("LY", lambda e: (e["place"] or {}).get("country") == "LY"),
        "type": ("ASSAULT", lambda e: e["event_type"] == "ASSAULT"),
        "status": ("planned", lambda e: e["status"] == "planned"),
        "actor": ("islamic state", lambda e: any("islamic state" in ((e[s] or {}).get("name") or "").lower()
                                                  for s in ("actor1", "actor2"))),
        "since": ("2016-01-01", lambda e: (e["date"]["end"] or e["date"]["start"]) >= "2016-01-01"),
        "until": ("2004-12-31", lambda e: (e["date"]["start"] or e["date"]["end"]) <= "2004-12-31"),
        "bbox": ("15,30,18,32", lambda e: e["place"] and e["place"]["lat"] is not None
                 and 30 <= e["place"]["lat"] <= 32 and 15 <= e["place"]["lon"] <= 18),
        "min_corroboration": ("2", lambda e: e["corroboration"] >= 2),
    }
    for name, (value, ok) in checks.items():
        got = _ids(api.get("/api/events", params={name: value, "limit": 1000}))
        want = [e["id"] for e in events if ok(e)]
        assert sorted(got) == sorted(want), name
        assert name == "min_corroboration" or got, f"{name} matched nothing: the test data should cover it"
    both = _ids(api.get("/api/events", params={"country": "Libya", "type": "ASSAULT", "status": "planned"}))
    assert both and set(both) <= set(_ids(api.get("/api/events", params={"country": "LBY"})))


def test_pagination_walks_every_event_once(api):
    total = api.get("/api/events").json()["total"]
    seen, offset = [], 0
    while offset is not None:
        page = api.get("/api/events", params={"limit": 4, "offset": offset}).json()
        seen += [e["id"] for e in page["events"]]
        offset = page["next_offset"]
    assert len(seen) == len(set(seen)) == total


def test_geojson_never_draws_country_level_events_as_points(api):
    fc = api.get("/api/events", params={"format": "geojson", "limit": 1000}).json()
    assert fc["type"] == "FeatureCollection" and fc["features"]
    for f in fc["features"]:
        precise = f["properties"]["precision"] in ("point", "city", "admin2")
        assert (f["geometry"] is not None) == (precise and f["properties"]["place"] is not None)


def test_event_detail_has_mentions_sources_quotes_evidence(api):
    listed = api.get("/api/events", params={"country": "LY", "status": "planned", "type": "ASSAULT"}).json()["events"]
    some = next(e for e in listed if "Washington Post" in e["sources"])
    d = api.get(f"/api/events/{some['id']}").json()
    assert d["event"]["id"] == some["id"] and d["mentions"]
    assert all(m["mention"]["evidence"]["sentence"] and m["article"]["id"] and "merge_reasons" in m
               for m in d["mentions"])
    assert any(m["mention"]["attribution"]["outlet"] == "Washington Post" for m in d["mentions"])


def test_timeline_articles_actors_openapi(api):
    days = api.get("/api/timeline").json()["days"]
    assert days == sorted(days, key=lambda d: d["date"]) and sum(d["count"] for d in days) > 0
    arts = api.get("/api/articles", params={"limit": 3}).json()["articles"]
    assert len(arts) == 3
    one = api.get(f"/api/articles/{arts[0]['id']}").json()
    assert one["text"] and one["id"] == arts[0]["id"]
    actors = api.get("/api/actors").json()["actors"]
    assert actors[0]["events"] >= actors[-1]["events"] and any(a["name"] == "Islamic State" for a in actors)
    schema = api.get("/openapi.json").json()
    assert {"/api/events", "/api/events/{event_id}", "/api/timeline", "/api/ingest"} <= set(schema["paths"])


@pytest.mark.parametrize("params, needle", [
    ({"type": "BOMBING"}, "unknown event type"), ({"status": "rumoured"}, "unknown status"),
    ({"country": "Atlantis"}, "unknown country"), ({"since": "last week"}, "YYYY-MM-DD"),
    ({"bbox": "1,2,3"}, "bbox"), ({"bbox": "0,50,10,40"}, "must be <= north"), ({"limit": "0"}, "limit"),
    ({"limit": "100000"}, "limit"), ({"offset": "-1"}, "offset"), ({"format": "kml"}, "format"),
    ({"min_corroboration": "zero"}, "min_corroboration"),
])
def test_bad_parameters_are_clear_4xx(api, params, needle):
    r = api.get("/api/events", params=params)
    assert r.status_code == 400
    body = r.json()
    assert set(body) == {"error"} and needle in body["error"]["message"] and body["error"]["code"] in ("E410", "E600")


def test_unknown_ids_are_404_json(api):
    for path in ("/api/events/nope", "/api/articles/nope", "/api/nothing-here"):
        r = api.get(path)
        assert r.status_code == 404 and "error" in r.json()


def test_token_rule(writable):
    # A server of its own: a write into the shared store would change what later tests see.
    api, token = writable
    text = {"text": "Protesters marched through central Khartoum, Sudan, on Friday demanding the release of "
                    "detained journalists, witnesses said.", "published": "2024-01-12", "outlet": "Test Wire"}
    r = api.post("/api/ingest", json=text)
    assert r.status_code == 401 and "Bearer" in r.json()["error"]["message"] and r.json()["error"]["code"] == "E601"
    r = api.post("/api/ingest", json=text, headers={"Authorization": "Bearer wrong"})
    assert r.status_code == 401
    before = api.get("/api/events").json()["total"]
    r = api.post("/api/ingest", json=text, headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 200 and r.json()["added"] == 1
    assert api.get("/api/events").json()["total"] > before
    again = api.post("/api/ingest", json=text, headers={"Authorization": f"Bearer {token}"})
    assert again.json()["added"] == 0  # idempotent
    bad = api.post("/api/ingest", json={"published": "2024-01-12"}, headers={"Authorization": f"Bearer {token}"})
    assert bad.status_code == 400 and "text" in bad.json()["error"]["message"]


def test_read_only_without_token(served, monkeypatch):
    from conftest import serve_app

    from conflictatlas.api import create_app

    monkeypatch.delenv("CONFLICTATLAS_TOKEN", raising=False)
    base, stop = serve_app(create_app(served["store"], token=None))
    try:
        r = httpx.post(f"{base}/api/ingest", json={"text": "anything at all"},
                       headers={"Authorization": "Bearer s3cret"})
        assert r.status_code == 403 and "read-only" in r.json()["error"]["message"] and r.json()["error"]["code"] == "E602"
        assert httpx.get(f"{base}/api/events").status_code == 200
    finally:
        stop()


def test_map_page_sends_a_content_security_policy(api):
    r = api.get("/")
    assert r.status_code == 200 and "script-src 'self'" in r.headers["content-security-policy"]
    assert api.get("/vendor/leaflet/leaflet.js").status_code == 200
    assert api.get("/vendor/markercluster/leaflet.markercluster.js").status_code == 200


def test_a_read_only_server_answers_concurrent_requests(served):
    """`serve` without a token opens the store read-only; 20 clients at once must all be answered.
    (The read-only engine once pooled one connection per thread, at most five, and closed the
    others' connections under them: 'Cannot operate on a closed database' 503s, then a segfault.)
    The server is a real `serve` process, so a crash is a dead server, not a dead test run."""
    import os
    import socket
    import subprocess
    import sys
    import time
    from concurrent.futures import ThreadPoolExecutor

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if k != "CONFLICTATLAS_TOKEN"}
    proc = subprocess.Popen([sys.executable, "-m", "conflictatlas", "serve", "--db", str(served["db"]),
                             "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            assert proc.poll() is None, proc.stderr.read().decode()
            try:
                httpx.get(f"{base}/api/config", timeout=2)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        paths = ["/api/events", "/api/timeline", "/api/actors", "/api/events?country=LY"] * 60

        def get(path):
            try:
                return httpx.get(base + path, timeout=60).status_code
            except httpx.TransportError as exc:
                return exc.__class__.__name__

        with ThreadPoolExecutor(20) as pool:
            answers = list(pool.map(get, paths))
        assert {a: answers.count(a) for a in set(answers)} == {200: len(paths)}
        assert proc.poll() is None  # still serving
    finally:
        proc.terminate()
        proc.wait(30)
