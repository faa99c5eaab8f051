"""Situation reports of the example article's events: HTML, PDF and Markdown."""

from __future__ import annotations

import re


def test_html_report_sections_and_escaping(cli, served, tmp_path):
    out = tmp_path / "r.html"
    r = cli("report", "--db", served["db"], "--since", "1990-01-01", "--format", "html", "-o", out)
    assert r.exit_code == 0, r.stderr
    html = out.read_text()
    for section in ("Events by type and status", "Map", "Timeline", "Top actors", "Most corroborated events",
                    "Reported fatalities"):
        assert f"<h2>{section}</h2>" in html
    assert "&lt;script&gt;window.__xss" in html and "<script>window.__xss" not in html  # article text escaped
    assert len(re.findall(r"data:image/png;base64,[A-Za-z0-9+/]{1000,}", html)) == 2


def test_example_report_pdf_and_markdown(cli, example_db, tmp_path):
    pdf = tmp_path / "ly.pdf"
    r = cli("report", "--db", example_db, "--country", "LY", "--since", "2016-11-01", "--format", "pdf", "-o", pdf)
    assert r.exit_code == 0, r.stderr
    raw = pdf.read_bytes()
    assert raw.startswith(b"%PDF") and raw.count(b"/Type /Page\n") + raw.count(b"/Type /Page/") + raw.count(b"/Type /Page ") >= 1
    md = tmp_path / "ly.md"
    assert cli("report", "--db", example_db, "--country", "LY", "--since", "2016-11-01", "--format", "md",
               "-o", md).exit_code == 0
    text = md.read_text()
    assert "# Situation report: Libya, 2016-11-01" in text and "Sirte" in text
    assert (tmp_path / "ly-map.png").read_bytes().startswith(b"\x89PNG")
    assert cli("report", "--db", example_db, "--format", "pdf").exit_code == 2  # a PDF needs a file


def test_report_figures_follow_the_events(example_db):
    from conflictatlas.report import build
    from conflictatlas.store import EventQuery, Store

    store = Store(example_db)
    r = build(store, country="LY", since="2016-11-01")
    events = store.events(EventQuery(country="LY", since="2016-11-01"))
    assert sum(sum(c.values()) for _, c in r.by_type_status) == len(events) == len(r.events)
    assert r.unmapped == sum(1 for e in events if e["place"]["precision"] not in ("point", "city", "admin2"))
    assert r.actors[0][0] == "Islamic State"
