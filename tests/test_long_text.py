"""Long paragraphs (issue 15, item 3): run-together text of any length is coded in time linear in its
size and never reaches spaCy's `nlp.max_length` (E088). Before the cut in `paragraphs()`, a 1 MB
paragraph died with E088 and a paragraph of 1,600 sentences took four times as long per sentence as
400 of them."""

from __future__ import annotations

from conflictatlas.nlp import MAX_PARAGRAPH, code_article, load, paragraphs
from conflictatlas.records import Article

SENTENCE = "Gunmen attacked a checkpoint near Mosul on Tuesday, killing two soldiers, the army said. "


def _article(text: str, name: str = "long") -> Article:
    return Article(id=name, source=name, text=text, published="2017-03-08")


def test_pieces_keep_offsets_and_stay_under_the_cap():
    text = "Headline\n\n" + SENTENCE * 300 + "x" * (3 * MAX_PARAGRAPH) + " " + "word " * 2000
    pieces = paragraphs(text)
    assert all(text[o:o + len(p)] == p for o, p in pieces)
    assert max(len(p) for _, p in pieces) <= MAX_PARAGRAPH
    # Nothing but the whitespace between pieces is dropped.
    assert "".join(text.split()) == "".join("".join(p.split()) for _, p in pieces)
    # Sentences are cut between, not inside.
    sentence_pieces = [p for _, p in pieces if p.startswith("Gunmen")]
    assert len(sentence_pieces) > 1 and all(p.endswith("said.") for p in sentence_pieces[:-1])


def test_a_paragraph_longer_than_max_length_is_coded():
    nlp = load()
    # One run of a million characters with no space or sentence end: spaCy's E088 before the cut.
    text = "Rebels shelled Aleppo on Monday, the army said.\n\n" + "z" * (nlp.max_length + 10)
    mentions = code_article(_article(text))
    assert [m.event_type for m in mentions] == ["ASSAULT"]


def test_a_long_paragraph_is_parsed_in_pieces_under_the_cap(monkeypatch):
    # What keeps coding linear in a paragraph's length is that spaCy never parses more than
    # MAX_PARAGRAPH characters at once (the time per piece is bounded); bench/bench_long_text.py
    # measures the time itself (4x the text: 3.2x the CPU time on 2 cores), as a ratio in one run.
    nlp = load()
    parsed: list[int] = []
    real_pipe = nlp.pipe

    def pipe(texts, **kw):  # a spy on spaCy: the real parser runs, its input lengths are noted
        def noted(items):
            for item in items:
                parsed.append(len(item[0] if kw.get("as_tuples") else item))
                yield item
        return real_pipe(noted(texts), **kw)

    monkeypatch.setattr(nlp, "pipe", pipe)
    per = MAX_PARAGRAPH // len(SENTENCE)
    text = SENTENCE * (4 * per)
    mentions = code_article(_article(text))
    assert len(parsed) >= 4 and max(parsed) <= MAX_PARAGRAPH
    # every sentence tells its attack, at its own place in the text: none lost or misplaced at a cut
    assert len(mentions) == text.count("Gunmen")
    assert all(text[m.evidence.start:m.evidence.start + 6] == "Gunmen" for m in mentions)


def test_list_items_are_paragraphs_of_their_own_with_true_offsets():
    text = "An opening.\n\nTimeline:\n- 4 March: a raid.\n* 5 March: a second raid.\nA closing line."
    pieces = paragraphs(text)
    assert [p for _, p in pieces] == ["An opening.", "Timeline:", "- 4 March: a raid.",
                                      "* 5 March: a second raid.\nA closing line."]
    assert all(text[o:o + len(p)] == p for o, p in pieces)
