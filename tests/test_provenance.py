"""Provenance: credited outlets and reporting/commentary segments."""

from conflictatlas.ingest import detect_provenance

WIRE = "BAGHDAD (AP) — A car bomb exploded near a market in eastern Baghdad on Sunday, police said."
VIA = "Turkish jets struck PKK positions in northern Iraq overnight (via Reuters)."
REPOST_FOOTER = ("Police arrested dozens of protesters in Istanbul on Sunday, officials said.\n\n"
                 "The governor's office said the rally had been banned.\n\n"
                 "Read more at theguardian.com")
BLOG = ("What a disgrace. This government never learns.\n\n"
        "Source: The New York Times\n\n"
        "Security forces fired tear gas at demonstrators in Caracas on Tuesday. "
        "The opposition said dozens were hurt.\n\n"
        "Witnesses said the march had been peaceful until police moved in.")


def test_wire_dateline_credits_whole_text():
    p = detect_provenance(WIRE)
    assert p.original_outlet == "Associated Press"
    assert [s.kind for s in p.segments] == ["reporting"]


def test_via_credit():
    assert detect_provenance(VIA).original_outlet == "Reuters"


def test_read_more_footer_is_commentary_and_names_outlet():
    p = detect_provenance(REPOST_FOOTER)
    assert p.original_outlet == "theguardian"
    assert p.segment_at(REPOST_FOOTER.index("Police arrested")) == "reporting"
    assert p.segment_at(REPOST_FOOTER.index("Read more")) == "commentary"


def test_source_line_splits_blog_commentary_from_reporting():
    p = detect_provenance(BLOG)
    assert p.original_outlet == "New York Times"
    assert p.segment_at(BLOG.index("What a disgrace")) == "commentary"
    assert p.segment_at(BLOG.index("Security forces fired")) == "reporting"
    assert p.segment_at(BLOG.index("Witnesses said")) == "reporting"


def test_no_credit_no_segments():
    p = detect_provenance("Rebels attacked a base in Goma on Monday, the army said.")
    assert p.original_outlet is None and p.segment_at(0) == "reporting"
