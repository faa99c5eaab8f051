"""A headline is a label, not a report: a one-word one ("Attack") tells no event."""

from __future__ import annotations

import pytest


def test_a_one_word_headline_is_no_event(tmp_path):
    from conflictatlas.pipeline import code

    f = tmp_path / "headline.txt"
    f.write_text("Attack\n\nGunmen attacked a police station in Kano, Nigeria, on Monday, killing three officers, "
                 "police said.\n", encoding="utf-8")
    [coded] = list(code([f], published="2024-01-02", min_confidence=0.0))
    sentences = [m.evidence.sentence for m in coded.mentions]
    assert sentences and "Attack" not in sentences


def _types(text: str) -> list[str]:
    from conflictatlas.nlp import code_article
    from conflictatlas.records import Article

    return [m.event_type for m in code_article(Article(id="h", text=text, source="h", published="2024-01-02"))]



@pytest.mark.parametrize("text, want", [
    # a present-tense verb between two nouns, which the model reads as one long compound noun
    ("Rebels attack army base in Kidal", ["ASSAULT"]),
    ("Dallas teen stabs neighbor over parking dispute", ["ASSAULT"]),
    # ... and the noun after it taken for the verb, though no English verb is spelt so
    ("Student stabs roommate over rent", ["ASSAULT"]),
    # ... and the subject taken for an adjective
    ("Gunman robs downtown pharmacy in Tulsa", ["ASSAULT"]),
    # a crowd, then its verb, then where; a second clause after a semicolon
    ("Thousands march in Porto over pension cuts; police detain nine", ["PROTEST", "COERCE"]),
    # the verb tagged as a verb but hung on the noun phrase after it as a compound
    ("Democrats blast governor's spending plan", ["ACCUSE"]),
])
def test_a_headlines_present_tense_verb_is_a_verb(text, want):
    assert _types(text) == want


@pytest.mark.parametrize("text", ["Army attacks on rebels in Kidal", "Police raids in Lagos"])
def test_plural_event_nouns_stay_nouns(text):
    # no object after them: no verb is made up
    from conflictatlas.nlp.model import load

    doc = load()(text)
    assert not any(t.tag_.startswith("VB") for t in doc)


def test_the_one_stabbed_in_a_headline_is_a_civilian():
    from conflictatlas.nlp import code_article
    from conflictatlas.records import Article

    [m] = code_article(Article(id="h", text="Student stabs roommate over rent", source="h", published="2024-01-02"))
    assert m.actor2 is not None and m.actor2.type == "civilians", m.actor2


@pytest.mark.parametrize("text", ["Teen arrested in stabbing at bus stop", "Driver detained after crash protest",
                                  "Dozens arrested as farmers block ring road"])
def test_a_headlines_clipped_passive_arrest_is_an_arrest(text):
    # the bare noun before the participle is who was arrested, not who arrested
    assert "COERCE" in _types(text)


def test_a_headlines_counted_subject_of_a_participle_is_who_it_was_done_to():
    from conflictatlas.nlp import code_article
    from conflictatlas.records import Article

    [m] = [m for m in code_article(Article(id="h", text="Dozens arrested as farmers block ring road", source="h",
                                           published="2024-01-02")) if m.event_type == "COERCE"]
    assert m.actor1 is None or m.actor1.text != "Dozens", m.actor1


def test_a_headlines_participle_hung_on_its_subject_is_done_to_it():
    # the model hangs "held" on "men" and takes the crime noun for the verb; the men were held
    from conflictatlas.nlp import code_article
    from conflictatlas.records import Article

    [m] = [m for m in code_article(Article(id="h", text="Two men held in Dayton slaying", source="h",
                                           published="2024-01-02")) if m.event_type == "COERCE"]
    assert m.actor1 is not None and m.actor1.name == "United States police"


@pytest.mark.parametrize("text", [
    "Deputies: Man shot wife, then himself in Marion County home",
    "Police: Man shot two people outside Akron bar",
    "Sheriff: Woman shot husband at Marion County home",
])
def test_the_source_a_headline_opens_with_is_not_the_doer(text):
    from conflictatlas.nlp import code_article
    from conflictatlas.records import Article, content_id

    (m,) = code_article(Article(id=content_id(text), text=text, source="h.txt", published="2016-05-10"))
    assert m.actor1 is None or m.actor1.type != "police"


def test_a_comma_joins_two_clipped_clauses_of_a_headline():
    # "X arrested, supporters clash with police": the first clause's subject was arrested, not arresting
    from conflictatlas.nlp import code_article
    from conflictatlas.records import Article, content_id

    text = "Zimbabwe opposition leader detained, supporters clash with riot police\n\nHARARE (Reuters) - Protests spread on Monday."
    ms = code_article(Article(id=content_id(text), text=text, source="t.txt", published="2024-05-14"))
    [m] = [m for m in ms if m.event_type == "COERCE"]
    assert m.actor2 is not None and m.actor2.type == "opposition"
    assert m.actor1 is None or m.actor1.type == "police"


def test_a_heading_blocks_lines_are_paragraphs_of_their_own():
    from conflictatlas.nlp import paragraphs

    text = ("Teacher unhurt after gunmen stop school bus near Jacmel\n"
            "Bus driver shot during robbery; three suspects held\n"
            "By Ann Lowe | Valley Courier | Monday, May 6, 2013\n\n"
            "A retired teacher from Salem was unhurt after armed men stopped a school bus near Jacmel on "
            "Saturday and shot its driver, her family said.\n")
    pieces = paragraphs(text)
    assert [p for _, p in pieces[:2]] == ["Teacher unhurt after gunmen stop school bus near Jacmel",
                                          "Bus driver shot during robbery; three suspects held"]
    assert all(text[o:o + len(p)] == p for o, p in pieces)
    from conflictatlas.nlp import code_article
    from conflictatlas.records import Article

    shot = [m for m in code_article(Article(id="b", text=text, source="b", published="2013-05-06"))
            if m.evidence.sentence.startswith("Bus driver shot")]
    # the standfirst's driver was shot; run into the headline's line he read as the doer
    assert shot and all(m.actor2 is not None and m.actor2.type == "civilians" for m in shot if m.event_type == "ASSAULT")
    assert all(m.actor1 is None or m.actor1.type != "civilians" for m in shot)


def test_prose_wrapped_at_a_width_stays_one_paragraph():
    from conflictatlas.nlp import paragraphs

    text = ("Police said two men armed with knives robbed a\n"
            "shop on Main Street late on Friday and fled in a\n"
            "car that was later found burned out.\n\nA second paragraph.\n")
    assert len(paragraphs(text)) == 2


@pytest.mark.parametrize("headline", [
    "Two held for IED blast that killed a policeman in Sukma",
    "Three held for kidnapping of trader in Onitsha",
])
def test_people_held_for_an_act_in_a_headline_are_arrested(headline):
    assert "COERCE" in _types(headline + "\n\nPolice gave no further details on Monday.")


def test_a_headline_over_a_lead_with_its_dateline_is_a_paragraph_of_its_own():
    from conflictatlas.nlp import paragraphs

    text = ("Army retakes border town; suicide bomber kills six in Kabul\n"
            "KABUL, March 3 (Reuters) - Afghan troops backed by NATO helicopters retook the town of Musa Qala in "
            "Helmand province on Tuesday after two days of fighting with Taliban insurgents, officials said.\n\n"
            "A suicide bomber killed six people in Kabul.\n")
    assert [p for _, p in paragraphs(text)][:2] == [
        "Army retakes border town; suicide bomber kills six in Kabul",
        "KABUL, March 3 (Reuters) - Afghan troops backed by NATO helicopters retook the town of Musa Qala in "
        "Helmand province on Tuesday after two days of fighting with Taliban insurgents, officials said."]


@pytest.mark.parametrize("headline, town", [
    ("Russian shelling kills two in Zaporizhzhia region's Huliaipole - governor", "Huliaipole"),
    ("Car bomb kills six at market in Gao - army", "Gao"),
])
def test_a_wire_headlines_source_after_a_dash_is_not_read_into_the_place(headline, town):
    from conflictatlas.nlp import code_article
    from conflictatlas.records import Article

    text = f"{headline}\n\nThe regional governor gave the toll on Sunday."
    (m,) = [m for m in code_article(Article(id="h", text=text, source="h", published="2024-01-02"))
            if m.evidence.trigger == "kills"]
    assert m.place is not None and town in (m.place.text or "")


def test_a_timeline_entry_after_its_year_is_no_headline_source():
    from conflictatlas.nlp import code_article
    from conflictatlas.records import Article

    ms = code_article(Article(id="h", text="1987 - Rebels ambush", source="h", published="2024-01-02"))
    assert [m.evidence.trigger for m in ms] == ["ambush"]


@pytest.mark.parametrize("text", [
    "15-year-old stabbed to death in Walsall",
    "19-year-old shot dead outside nightclub in Dayton",
])
def test_an_age_before_a_headlines_participle_is_its_victim(text):
    # the model reads the participle as the noun the age describes, and the line has no verb
    from conflictatlas.nlp import code_article
    from conflictatlas.records import Article

    [m] = code_article(Article(id="h", text=text, source="h", published="2024-01-02"))
    assert (m.event_type, m.actor2 and m.actor2.type, m.fatalities.best) == ("ASSAULT", "civilians", 1)


def test_an_age_alone_is_one_dead():
    from conflictatlas.nlp import code_article
    from conflictatlas.records import Article

    [m] = code_article(Article(id="h", text="A 16-year-old was shot dead in Dayton, Ohio, on Friday.", source="h",
                               published="2024-01-02"))
    assert m.fatalities.best == 1


def test_a_present_verb_the_model_tags_a_noun_between_its_subject_and_object_is_a_verb():
    # the tree right (a subject before, an object after), the tag a noun's
    assert _types("Federal howitzers pound Vedeno as fighters regroup") == ["ASSAULT"]


def test_a_headlines_object_is_in_its_own_clause():
    from conflictatlas.nlp import code_article
    from conflictatlas.records import Article

    [m] = code_article(Article(id="h", text="Rebels ambush army jeep; 2 Kenyan monitors freed", source="h",
                               published="2024-01-02"))
    # the jeep was ambushed, not the monitors' country (the other clause's words)
    assert m.event_type == "ASSAULT" and (m.actor2 is None or m.actor2.country != "KEN")


@pytest.mark.parametrize("text", [
    # the verb read as a noun ("a sniper shot") and "dead" as the verb, with an object an adjective cannot take
    "In Mostar, a sniper shot dead a 52-year-old man as he queued for water, doctors said.",
    # ... and read inside a phrase of the subject
    "Two men on a scooter shot dead a shopkeeper outside his store in Quetta on Tuesday.",
])
def test_shot_dead_with_an_object_is_the_verb(text):
    from conflictatlas.nlp import code_article
    from conflictatlas.records import Article

    [m] = code_article(Article(id="h", text=text, source="h", published="2024-01-02"))
    assert (m.event_type, m.evidence.trigger, m.fatalities.best) == ("ASSAULT", "shot", 1)


@pytest.mark.parametrize("text", [
    "Islamic State overran Sinjar in August 2014.",
    "Al-Shabaab retook Buulobarde on Monday.",
])
def test_an_irregular_past_read_into_a_run_of_names_is_the_verb(text):
    # the tagger reads a group's name, the past and the town as one name; the past is the verb
    from conflictatlas.nlp import code_article
    from conflictatlas.records import Article

    ms = code_article(Article(id="h", text=text, source="h", published="2015-04-10"))
    assert [m.event_type for m in ms] == ["ASSAULT"]
    assert ms[0].actor1 is not None and not ms[0].actor1.name.startswith("Unidentified")


@pytest.mark.parametrize("text, want", [
    ("Kurdish-led fighters pushed into the last rebel pocket near the border on Tuesday.", ["ASSAULT"]),
    ("The army pushed deeper into the rebel bastion on Sunday.", ["ASSAULT"]),
    # guard: a bill pushed through, protesters pushed back by no armed side
    ("The government pushed through a new budget on Monday.", []),
])
def test_armed_men_pushing_into_a_place_advance(text, want):
    assert _types(text) == want


@pytest.mark.parametrize("text", [
    "Girl, 15, stabbed outside school in Bradford",
    "Man (41) shot in Limerick",
])
def test_a_person_and_an_age_set_off_before_a_participle_is_its_victim(text):
    # the model reads the person as an interjection, or the participle as an active past with the
    # person its doer
    from conflictatlas.nlp import code_article
    from conflictatlas.records import Article

    [m] = code_article(Article(id="h", text=text, source="h", published="2024-01-02"))
    assert m.event_type == "ASSAULT" and m.actor2 is not None and m.actor2.type == "civilians"
    assert m.actor1 is None or m.actor1.type != "civilians"


@pytest.mark.parametrize("text, dead", [
    ("Woman (58) stabbed to death in Cork", 1),
    ("Teenager, 17, shot dead outside shop in Salford", 1),
    ("Girl, 15, stabbed outside school in Bradford", None),  # hurt, not killed: no toll
])
def test_a_person_and_an_age_in_a_headline_is_one_dead_where_the_line_says_killed(text, dead):
    from conflictatlas.nlp import code_article
    from conflictatlas.records import Article

    [m] = code_article(Article(id="h", text=text, source="h", published="2024-01-02"))
    assert m.fatalities.best == dead
