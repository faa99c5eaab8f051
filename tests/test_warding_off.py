"""Stop 80: what a deployment is to ward off ("to guard against attacks", "to protect the mosques from
raids", "to deter looting") has not happened; an attack told beside the purpose still has. Sentences
written for these tests."""

from __future__ import annotations

from conftest import coded


def test_an_attack_warded_off_is_no_event():
    for text in ("Soldiers were deployed along the avenue to guard against bombings during the festival.",
                 "Extra officers were deployed to protect the mosques from militant raids.",
                 "The navy deployed frigates in the strait to deter attacks on tankers."):
        ms = coded(text)
        assert not [m for m in ms if m.event_type == "ASSAULT"], text
        assert [m for m in ms if m.event_type == "MOBILIZE"], text


def test_an_attack_told_beside_the_purpose_is_still_coded():
    ms = coded("Officers were sent to protect the mosques after gunmen raided a shrine in the old town.")
    assert [m.status for m in ms if m.event_type == "ASSAULT"] == ["occurred"]
