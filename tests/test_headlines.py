"""A headline is a label, not a report: a one-word one ("Attack") tells no event."""

from __future__ import annotations


def test_a_one_word_headline_is_no_event(tmp_path):
    from conflictatlas.pipeline import code

    f = tmp_path / "headline.txt"
    f.write_text("Attack\n\nGunmen attacked a police station in Kano, Nigeria, on Monday, killing three officers, "
                 "police said.\n", encoding="utf-8")
    [coded] = list(code([f], published="2024-01-02", min_confidence=0.0))
    sentences = [m.evidence.sentence for m in coded.mentions]
    assert sentences and "Attack" not in sentences
