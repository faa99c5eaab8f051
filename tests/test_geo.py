"""Gazetteer and resolution: the behaviours the geoparser promises, on hand-picked cases."""

from __future__ import annotations

import json

from conflictatlas.geo import gazetteer
from conflictatlas.geo.resolve import context_countries, resolve


def test_lookup_is_case_and_accent_insensitive():
    assert gazetteer.lookup("sirte")[0].geonameid == 2210554
    assert {e.country for e in gazetteer.lookup("Bengházi")} >= {"LY"}


def test_hierarchy_puts_the_city_in_its_state():
    within = gazetteer.lookup("Tenn.")[0]
    assert within.kind == "admin1" and within.country == "US"
    paris = resolve("Paris", {"FR"}, within=within)
    assert paris.country == "US" and paris.admin1 == within.admin1


def test_context_decides_between_namesakes():
    assert resolve("London", context_countries(["Canada", "Ontario"])).country == "CA"
    assert resolve("London", set()).country == "GB"
    assert resolve("Alexandria", context_countries(["Louisiana"])).country == "US"


def test_country_beats_a_village_of_the_same_name():
    assert resolve("Georgia", context_countries(["Tbilisi"])).country == "GE"
    assert resolve("Albany", set()).country == "US"  # never Albania


def test_capital_over_its_same_named_province():
    assert resolve("Baghdad", set()).precision == "city"


def test_abstains_rather_than_guessing_a_village_abroad():
    place = resolve("Shaab", {"IQ"})
    assert place.geonameid is None and "small place" in place.unresolved_reason


def test_unknown_name_stays_unresolved_with_a_reason():
    place = resolve("Xqzzyville", set())
    assert place.geonameid is None and place.unresolved_reason


def test_continent_is_a_region_with_no_country():
    place = resolve("Africa", set())
    assert place.precision == "region" and place.country is None


def test_geoparse_command_output(cli, tmp_path):
    f = tmp_path / "dispatch.txt"
    f.write_text("Charleston, W.Va. -- Two Libyan officials met Russian envoys in Paris, France on Monday.",
                 encoding="utf-8")
    r = cli("geoparse", f, "--format", "jsonl")
    lines = [json.loads(ln) for ln in r.stdout.splitlines()]
    by_text = {ln["text"]: ln for ln in lines}
    assert by_text["Charleston"]["country"] == "US" and by_text["Charleston"]["lat"] > 37
    assert by_text["Libyan"]["country"] == "LY" and by_text["Russian"]["country"] == "RU"
    assert by_text["Paris"]["country"] == "FR"
    for ln in lines:
        text = f.read_text(encoding="utf-8")
        assert text[ln["start"]:ln["end"]] == ln["text"] and ln["doc"] == "dispatch.txt"
