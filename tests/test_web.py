"""The map page in real headless Chromium (Debian's, driven by Playwright), against the real
server, with every request outside 127.0.0.1 refused: the page must work with no network."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest

CHROMIUM = os.environ.get("CONFLICTATLAS_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = Path(os.environ.get("CONFLICTATLAS_ARTIFACTS", Path(__file__).resolve().parent.parent / "test-artifacts"))
# Flags for a sandboxed CI machine with no network (see the machine notes): no background traffic.
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync", "--disable-quic"]


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium is expected at {CHROMIUM} (.ci/run installs Debian's chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, served):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    # CSP bypassed so the test can evaluate scripts, and so escaping is tested without the CSP net.
    context = browser.new_context(viewport={"width": 1280, "height": 800}, bypass_csp=True)
    outside: list[str] = []

    def only_local(route):
        host = urlsplit(route.request.url).hostname
        if host == "127.0.0.1":
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    context.route("**/*", only_local)
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.goto(served["base"] + "/")
    pg.wait_for_selector("body[data-ready='1']", state="attached", timeout=20000)
    yield pg
    assert outside == [], f"the page tried to reach the network: {outside}"
    assert errors == [], errors
    context.close()


def _markers(pg) -> int:
    return int(pg.get_attribute("#map", "data-markers"))


def _open_marker(pg, title_part: str) -> None:
    """Zoom into clusters until a marker whose title names the place is shown, then click it."""
    for _ in range(6):
        marker = pg.locator(f".leaflet-marker-icon[title*='{title_part}']")
        if marker.count():
            marker.first.click(force=True)
            return
        pg.locator(".marker-cluster").first.click(force=True)
        pg.wait_for_timeout(700)
    raise AssertionError(f"no marker for {title_part}")


def test_map_loads_offline_with_markers_and_basemap(page):
    assert _markers(page) >= 3
    assert page.locator(".leaflet-overlay-pane path").count() > 100  # country outlines drawn
    assert page.locator(".leaflet-marker-icon").count() >= 1
    assert page.locator("#unmapped li").count() >= 1  # country-level events listed, not drawn
    assert page.locator("#timeline rect.bar").count() >= 3
    page.screenshot(path=str(ARTIFACTS / "map.png"))


def test_legend_gives_every_type_its_own_colour(page):
    from conflictatlas.records import PLOVER_TYPES

    swatches = page.evaluate("""() => [...document.querySelectorAll('#legend span')].filter(s => s.querySelector('i'))
        .map(s => [s.textContent, getComputedStyle(s.querySelector('i')).backgroundColor])""")
    assert sorted(t for t, _ in swatches) == sorted(PLOVER_TYPES)
    assert len({c for _, c in swatches}) == len(PLOVER_TYPES)


def test_undated_events_are_not_shown_on_their_report_date(page, served):
    # The example's text dates its planned strikes nowhere: the event's only bound is its report.
    undated = [e for e in served["store"].events() if not e["date"]["start"] and e["date"]["end"] == "2016-11-25"]
    assert undated
    page.evaluate(f"showEvent('{undated[0]['id']}')")
    page.wait_for_selector("#mentions .mention")
    detail = page.inner_text("#detail")
    # Before: "When: ? … 2016-11-25", and in the list beside the map the bare report date.
    assert "When: undated, reported by 2016-11-25" in detail
    listed = page.locator("#unmapped li").all_inner_texts()
    assert not any(t.endswith(" 2016-11-25") and "…" not in t and "reported by" not in t for t in listed)


def test_filter_changes_markers(page):
    before = _markers(page)
    page.select_option("#f-type", "PROTEST")
    page.click("#apply")
    page.wait_for_function(f"document.querySelector('#map').dataset.markers != '{before}'")
    after = _markers(page)
    assert 0 < after < before
    assert "match" in page.inner_text("#summary")
    page.screenshot(path=str(ARTIFACTS / "map-filtered.png"))


def test_click_shows_evidence_who_says_so_and_sources(page):
    _open_marker(page, "Sirte")
    page.wait_for_selector("#mentions .mention")
    panel = page.inner_text("#detail")
    assert "Says so:" in panel and "Source:" in panel and "Sirte" in panel
    # Each report's own values, so that reports merged despite a difference show it.
    own = page.locator("#mentions .own").all_inner_texts()
    assert len(own) == page.locator("#mentions .mention").count() >= 1
    assert all(t.startswith("This report: ") and " → " in t for t in own)
    links = page.locator("#mentions a")
    assert all(links.nth(i).get_attribute("href").startswith("http") for i in range(links.count()))
    page.screenshot(path=str(ARTIFACTS / "map-event.png"))


def test_article_html_renders_as_text(page):
    _open_marker(page, "Mosul")
    page.wait_for_selector("#mentions .mention")
    evidence = page.inner_text("#mentions")
    assert "<script>window.__xss = 1</script>" in evidence
    assert '<img src=x onerror="window.__xss = 2">' in evidence
    assert "<b>Evil</b> Times" in evidence
    assert page.evaluate("window.__xss") is None
    assert page.locator("#detail script, #detail img, #detail b").count() == 0
    assert page.locator("#mentions a[href^='javascript']").count() == 0  # the javascript: URL is not a link
    page.screenshot(path=str(ARTIFACTS / "map-xss.png"))


def test_timeline_brush_selects_a_range(page):
    box = page.locator("#timeline").bounding_box()
    before = _markers(page)
    page.mouse.move(box["x"] + box["width"] * 0.9, box["y"] + 30)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.999, box["y"] + 30, steps=5)
    page.mouse.up()
    page.wait_for_function("document.querySelector('#range').textContent.includes(' to ')")
    page.wait_for_function(f"document.querySelector('#map').dataset.markers != '{before}'")
    assert _markers(page) < before


def test_minimum_confidence_is_shown_and_can_be_lowered(page, served):
    """The map shows the server's default threshold; 0 shows every candidate the coder found."""
    import json
    import urllib.request

    from conflictatlas.nlp.gate import default_min_confidence

    assert float(page.input_value("#f-conf")) == pytest.approx(default_min_confidence())
    before = _markers(page)
    page.fill("#f-conf", "0")
    page.click("#apply")
    page.wait_for_timeout(500)
    every = json.loads(urllib.request.urlopen(served["base"] + "/api/events?min_confidence=0&limit=1000").read())
    default = json.loads(urllib.request.urlopen(served["base"] + "/api/events?limit=1000").read())
    assert every["total"] >= default["total"] and _markers(page) >= before
