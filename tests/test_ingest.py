"""Ingest: formats, metadata, idempotence, and one clear line per bad input."""

from __future__ import annotations

import json
import sqlite3

from conflictatlas.ingest import read_sources
from conflictatlas.records import Article

NEWS_HTML = """<!DOCTYPE html>
<html><head><title>Protesters rally in Victoria Park against budget cuts - The Daily Ledger</title>
<meta property="og:site_name" content="The Daily Ledger">
<meta name="author" content="Jane Reporter">
<meta property="article:published_time" content="2023-05-14T09:30:00Z">
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article>
<h1>Protesters rally in Victoria Park against budget cuts</h1>
<p>Several thousand people rallied in Victoria Park on Saturday to protest against cuts to the city's
hospital budget, marching to city hall with banners and drums.</p>
<p>Police said the demonstration was peaceful and that no arrests were made. Organisers from the
nurses' union said they would hold another rally next month if the council did not reverse its plan.</p>
<p>The council's finance committee is due to vote on the budget on Tuesday, a spokesman said.</p>
</article>
<footer>Copyright The Daily Ledger. <a href="/privacy">Privacy</a></footer>
</body></html>
"""


def _articles(items):
    return [i for i in items if isinstance(i, Article)]


def test_plain_text_title_and_hash_id(example_path):
    [art] = _articles(read_sources([example_path]))
    assert art.title == "In Libya, AFRICOM lays plans to hunt down escaped Islamic State fighters"
    assert len(art.id) == 32 and art.doc == example_path.name
    [again] = _articles(read_sources([example_path]))
    assert again.id == art.id


def test_html_page_body_and_metadata(tmp_path):
    page = tmp_path / "rally.html"
    page.write_text(NEWS_HTML, encoding="utf-8")
    [art] = _articles(read_sources([page]))
    assert "Several thousand people rallied" in art.text
    assert "Privacy" not in art.text and "Home" not in art.text  # boilerplate removed
    assert art.outlet == "The Daily Ledger"
    assert art.author == "Jane Reporter"
    assert art.published == "2023-05-14"
    assert "Victoria Park" in (art.title or "")


def test_jsonl_fields_and_doc_names(tmp_path):
    f = tmp_path / "batch.jsonl"
    f.write_text(
        json.dumps({"id": "r1", "text": "Gunmen attacked a police station in Kano on Monday.", "published": "2020-03-02",
                    "outlet": "Daily Trust", "url": "https://example.org/a"}) + "\n"
        + json.dumps({"text": "Troops withdrew from the town.", "url": "https://www.example.org/b"}) + "\n"
        + json.dumps({"text": "Troops withdrew from the village."}) + "\n",
        encoding="utf-8")
    a, b, c = _articles(read_sources([f]))
    assert (a.doc, a.published, a.outlet, a.url) == ("r1", "2020-03-02", "Daily Trust", "https://example.org/a")
    assert b.doc == "https://www.example.org/b"
    # No publisher named: the site is the outlet (sources then read "example.org", not the file name).
    assert (b.outlet, c.outlet) == ("example.org", None)


def test_directories_recurse(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "one.txt").write_text("Rebels seized the town of Goma.", encoding="utf-8")
    (tmp_path / "a" / "b" / "two.txt").write_text("Police arrested ten protesters in Lagos.", encoding="utf-8")
    (tmp_path / "a" / ".hidden.txt").write_text("Not read.", encoding="utf-8")
    arts = _articles(read_sources([tmp_path / "a"]))
    assert sorted(a.doc for a in arts) == ["one.txt", "two.txt"]


def test_legacy_encoding_is_decoded(tmp_path):
    f = tmp_path / "latin1.txt"
    f.write_bytes("Les forces de sécurité ont arrêté le général à Niamey, a déclaré le ministère. "
                  "Security forces arrested the general in Niamey, the ministry said.".encode("cp1252"))
    [art] = _articles(read_sources([f]))
    assert "sécurité" in art.text


def _bad_inputs(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.bin").write_bytes(bytes(range(256)) * 64)
    (tmp_path / "garbled.txt").write_bytes(bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D, 0xC3, 0x28, 0xA0, 0xFF] * 300))
    (tmp_path / "nav.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")
    with open(tmp_path / "huge.txt", "wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    (tmp_path / "lines.jsonl").write_text(
        '{"text": "Soldiers clashed with militants near Mosul.", "id": "ok1"}\n{not json}\n', encoding="utf-8")
    return {
        "empty.txt": "empty file",
        "binary.bin": "binary file",
        "garbled.txt": "undecodable bytes",
        "nav.html": "no article text",
        "huge.txt": "too large",
        "lines.jsonl:2": "not JSON",
        "missing.txt": "no such file",
    }


def test_each_bad_input_one_clear_line_and_batch_goes_on(tmp_path, cli, db, example_path):
    bad = tmp_path / "bad"
    bad.mkdir()
    expected = _bad_inputs(bad)
    result = cli("ingest", bad, bad / "missing.txt", example_path, "--db", db)
    assert result.exit_code == 0, result.stderr
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    for name, reason in expected.items():
        hits = [ln for ln in lines if name in ln and reason in ln]
        assert len(hits) == 1, (name, reason, lines)
    assert len(lines) == len(expected)
    con = sqlite3.connect(db)
    docs = {r[0] for r in con.execute("SELECT doc FROM articles")}
    assert docs == {example_path.name, "ok1"}


def test_nothing_readable_exits_nonzero(tmp_path, cli, db):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = cli("ingest", tmp_path / "empty.txt", tmp_path / "nope.txt", "--db", db)
    assert result.exit_code == 1
    assert "empty.txt" in result.stderr and "nope.txt" in result.stderr


def test_non_english_is_stored_and_reported(tmp_path, cli, db):
    f = tmp_path / "de.txt"
    f.write_text("Die Bundesregierung hat am Montag neue Sanktionen gegen mehrere Unternehmen beschlossen, "
                 "wie ein Sprecher des Ministeriums in Berlin mitteilte. Die Opposition kritisierte den Schritt.",
                 encoding="utf-8")
    result = cli("ingest", f, "--db", db)
    assert result.exit_code == 0
    assert "de.txt" in result.stderr and "not English" in result.stderr
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    assert con.execute("SELECT count(*) FROM mentions").fetchone()[0] == 0


def test_page_furniture_is_not_article_text(tmp_path):
    """Captions, credits, 'Also read' and related-link lines around a report are left out before
    coding (codebook 1.2); the report's own sentences stay. Page written for this test."""
    from conflictatlas.ingest import read_sources
    from conflictatlas.nlp import code_article

    body = ("<p>Gunmen attacked a police station in the town of Kidal on Monday, killing two officers, "
            "the army said in a statement issued in Bamako.</p>"
            "<p>(AP Photo/John Doe)</p>"
            "<p>Also read: Police arrested 40 protesters in Dakar last year</p>"
            "<p>The attackers fled towards the desert after a gunfight that lasted an hour, residents said, "
            "and the army sent reinforcements to the town on Tuesday morning.</p>"
            "<p>Photo: Soldiers stormed a hotel in 2015.</p>"
            "<p>Related: Rebels shelled the airport</p>")
    page = (f"<html><head><title>Attack in Kidal</title></head><body><nav><a href='/'>Home</a></nav>"
            f"<article><h1>Attack in Kidal</h1>{body}</article><footer>Copyright Test Gazette</footer>"
            f"</body></html>")
    path = tmp_path / "kidal.html"
    path.write_text(page, encoding="utf-8")
    [art] = list(read_sources([path]))
    assert "Gunmen attacked a police station" in art.text and "reinforcements" in art.text
    for furniture in ("AP Photo", "Also read", "Dakar", "stormed a hotel", "shelled the airport"):
        assert furniture not in art.text, furniture
    assert all("Dakar" not in m.evidence.sentence for m in code_article(art))


def test_a_pages_headline_is_its_first_sentence(tmp_path):
    """The headline tells the event as often as the lede; it is coded with the article (written for
    this test: a title in Title Case, as sites write them)."""
    from conflictatlas.ingest import read_sources
    from conflictatlas.nlp import code_article

    page = ("<html><head><title>Police Arrest Three After Riot in Lyon</title></head><body><article>"
            "<h1>Police Arrest Three After Riot in Lyon</h1><p>Residents of the district said the night was "
            "the calmest in weeks, and shops reopened on Sunday morning after the clean-up, the mayor said.</p>"
            "<p>The council will meet next week to discuss repairs to the market hall and to the tram stop, "
            "which were damaged, officials added.</p></article></body></html>")
    path = tmp_path / "lyon.html"
    path.write_text(page, encoding="utf-8")
    [art] = list(read_sources([path]))
    assert art.text.startswith("Police Arrest Three After Riot in Lyon")
    assert any(m.event_type == "COERCE" and m.evidence.sentence.startswith("Police Arrest")
               for m in code_article(art))


def test_a_pages_frame_and_story_lists_in_plain_text_are_not_article_text():
    # as a scraper hands it over: breadcrumb, byline, caption, share row and a "Most read" list of
    # other stories' headlines around a two-paragraph report
    from conflictatlas.ingest.furniture import strip_furniture
    from conflictatlas.nlp import code_article
    from conflictatlas.records import Article, content_id

    text = ("Gunmen kill four at checkpoint near Gao\nHome > World > Africa > Mali\nBy Staff Reporter | 3 May 2024\n"
            "Soldiers guard the road outside Gao on Friday. (Photo: Reuters)\n\n"
            "Gunmen killed four soldiers at a checkpoint near Gao on Thursday, the army said.\n\n"
            "Share this article\nFacebook | X | Email\n\n"
            "MOST READ\n1. Rebels shell market in Goma, killing 9\n2. Police arrest 40 protesters in Dakar\n")
    mentions = code_article(Article(id=content_id(text), text=text, source="t.txt", published="2024-05-03"))
    sentences = " ".join(m.evidence.sentence for m in mentions)
    assert mentions and "Goma" not in sentences and "Dakar" not in sentences and "Photo" not in sentences
    kept = strip_furniture(text)
    assert "Home >" not in kept and "MOST READ" not in kept and "Facebook |" not in kept and "Gao on Thursday" in kept
