"""Faults inside an input cost that record or line, said in one line; the rest of the batch is stored,
and nothing is read silently in part or in the wrong encoding."""

from __future__ import annotations

import gzip
import io
import json
import sqlite3

from conftest import html_page, news_articles


def _warc(path, pages, *, gz=True, drop_uri=()):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=gz)
        for i, (url, title, text) in enumerate(pages):
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            record = w.create_warc_record(url, "response", payload=io.BytesIO(html_page(title, text)), http_headers=headers)
            if i in drop_uri:
                record.rec_headers.remove_header("WARC-Target-URI")
            w.write_record(record)
    return path


def _urls(db):
    con = sqlite3.connect(db)
    try:
        return sorted(r[0] or r[1] for r in con.execute("SELECT url, source FROM articles"))
    finally:
        con.close()


def _problems(result):
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert all(ln.startswith("conflictatlas: [E1") for ln in lines), lines
    return lines


def test_a_bad_warc_record_costs_that_record_only(cli, db, tmp_path):
    arts = news_articles(5)
    pages = [(f"https://news.example/{i}", t, x) for i, (t, x) in enumerate(arts)]
    first = _warc(tmp_path / "a.warc.gz", pages[:3], drop_uri={0})
    second = _warc(tmp_path / "b.warc.gz", pages[3:])
    text = tmp_path / "c.txt"
    text.write_text(arts[0][1], encoding="utf-8")
    r = cli("ingest", first, second, text, "--db", db)
    assert r.exit_code == 0, r.stderr
    [line] = _problems(r)
    assert "a.warc.gz#record-1: response record without a WARC-Target-URI" in line
    assert _urls(db) == sorted([str(text)] + [u for u, _, _ in pages[1:]])
    assert "1 problem(s)" in r.stdout


def test_a_warc_cut_short_says_where(cli, db, tmp_path):
    arts = news_articles(3)
    pages = [(f"https://news.example/{i}", t, x) for i, (t, x) in enumerate(arts)]
    whole = _warc(tmp_path / "whole.warc.gz", pages).read_bytes()
    members = []  # where each record's gzip member ends
    from warcio.archiveiterator import ArchiveIterator

    it = ArchiveIterator(io.BytesIO(whole))
    for record in it:
        record.content_stream().read()
        it.read_to_end(record)
        members.append(it.get_record_offset() + it.get_record_length())
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(whole[:members[1] + 40])  # two whole records, then the head of the third
    r = cli("ingest", cut, "--db", db)
    [line] = _problems(r)
    assert "cut.warc.gz" in line and ("cut short" in line or "not readable after record 2" in line)
    assert _urls(db) == [pages[0][0], pages[1][0]]
    assert "1 problem(s)" in r.stdout

    plain = gzip.decompress(whole)
    cut_plain = tmp_path / "cut.warc"
    cut_plain.write_bytes(plain[:len(plain) - 200])  # inside the last record's page
    r = cli("ingest", cut_plain, "--db", tmp_path / "plain.db")
    [line] = _problems(r)
    assert "cut.warc: cut short in record 3" in line


def test_utf8_with_a_bad_byte_is_read_as_utf8_and_said(cli, db, tmp_path):
    text = ("Rebels \u201cattacked\u201d the town of Goma in Congo on Monday, the army\u2019s spokesman said. "
            "Caf\u00e9 owners fled the market.")
    f = tmp_path / "one-bad-byte.txt"
    raw = text.encode("utf-8")
    f.write_bytes(raw[:60] + b"\xff" + raw[60:])
    r = cli("ingest", f, "--db", db, "--published", "2024-01-02")
    [line] = _problems(r)
    assert "[E101]" in line and "one-bad-byte.txt" in line and "not valid UTF-8" in line
    con = sqlite3.connect(db)
    [(stored,)] = con.execute("SELECT text FROM articles").fetchall()
    con.close()
    assert "\u201cattacked\u201d" in stored and "Caf\u00e9" in stored and "\ufffd" in stored
    assert "\u00e2\u20ac" not in stored  # no mojibake


def test_a_legacy_encoding_is_still_detected(tmp_path):
    from conflictatlas.ingest import read_sources
    from conflictatlas.records import Article

    f = tmp_path / "cp1252.txt"
    f.write_bytes("Le g\u00e9n\u00e9ral a \u00e9t\u00e9 arr\u00eat\u00e9 \u00e0 Niamey, a d\u00e9clar\u00e9 le "
                  "minist\u00e8re. Security forces arrested the general in Niamey.".encode("cp1252"))
    items = list(read_sources([f]))
    assert [type(i) for i in items] == [Article] and "g\u00e9n\u00e9ral" in items[0].text


def test_jsonl_fields_of_the_wrong_kind_cost_their_line(cli, db, tmp_path):
    lines = [{"id": "ok", "text": "Police arrested ten protesters in Lagos on Monday.", "published": "2020-03-02"},
             {"id": "bad-date", "text": "Troops withdrew from the town.", "published": "2020-13-45"},
             {"id": "bad-title", "text": "Rebels seized the town of Goma.", "title": ["a", "list"]},
             {"id": 7, "text": "Soldiers clashed with militants near Mosul on Tuesday.", "published": "2020-03-03"}]
    f = tmp_path / "batch.jsonl"
    f.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    r = cli("ingest", f, "--db", db)
    problems = _problems(r)
    assert len(problems) == 2
    assert any("batch.jsonl:2" in p and "published" in p for p in problems)
    assert any("batch.jsonl:3" in p and "title" in p for p in problems)
    con = sqlite3.connect(db)
    assert sorted(r[0] for r in con.execute("SELECT doc FROM articles")) == ["7", "ok"]
    con.close()


def test_an_actors_file_entry_without_a_name_is_one_line(cli, tmp_path, monkeypatch):
    from conflictatlas.nlp import lexicon

    bad = tmp_path / "actors.yaml"
    bad.write_text("actors:\n  - country: IRN\n    aliases: [Jaish al-Adl]\n", encoding="utf-8")
    text = tmp_path / "a.txt"
    text.write_text("Gunmen attacked a police post in Zahedan on Monday, officials said.", encoding="utf-8")
    monkeypatch.setenv("CONFLICTATLAS_ACTORS", str(bad))
    lexicon.actors.cache_clear()  # read once per process: read this file now
    try:
        r = cli("code", text, "--published", "2024-01-02")
    finally:
        monkeypatch.delenv("CONFLICTATLAS_ACTORS")
        lexicon.actors.cache_clear()
    assert r.exit_code == 1
    lines = [ln for ln in r.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and "[E200]" in lines[0] and "actors.yaml" in lines[0] and "entry 1 has no 'name'" in lines[0]
