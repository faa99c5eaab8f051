"""The coder, sentence by sentence: statuses, numbers, actors, coreference, attribution, non-events.

Expected values are written from the sentences by hand (what a careful ACLED/POLECAT coder would
record), not copied from the program's output.
"""

from __future__ import annotations

import pytest

from conflictatlas.nlp import code_article
from conflictatlas.nlp.numbers import parse_count
from conflictatlas.records import Article, content_id


def code(text: str, published: str = "2016-11-25"):
    return code_article(Article(id=content_id(text), text=text, source="t.txt", published=published))


def only(text: str, event_type: str, **kw):
    found = [m for m in code(text, **kw) if m.event_type == event_type]
    assert len(found) == 1, [(m.event_type, m.evidence.trigger) for m in code(text, **kw)]
    return found[0]


@pytest.mark.parametrize("text,event_type,status", [
    ("Rebels attacked the army base in Goma on Monday.", "ASSAULT", "occurred"),
    ("Troops are fighting militants in northern Mali.", "ASSAULT", "ongoing"),
    ("The army plans to attack the rebel stronghold.", "ASSAULT", "planned"),
    ("The Pentagon has begun laying the groundwork for expanded air attacks.", "ASSAULT", "planned"),
    ("The group threatened to bomb the embassy in Kabul.", "THREATEN", "occurred"),
    ("Officials fear the militants could be preparing to mount a counterattack.", "ASSAULT", "hypothetical"),
    ("Islamist militants tried to blow up a bridge near Mogadishu.", "ASSAULT", "hypothetical"),
    ("The ministry denied bombing the hospital.", "ASSAULT", "denied"),
    ("Under the new law, police can detain protesters for 30 days without charge.", "COERCE", "hypothetical"),
    ("Residents of Kherson can hear the shelling across the river.", "ASSAULT", "occurred"),  # "can" above the act
    # the act someone is sought or held in, or an attempt ended in, happened
    ("A third suspect is being sought in the stabbing of a teenager in Leeds.", "ASSAULT", "occurred"),
    ("Police are seeking a third man in Saturday's fatal shooting in Columbia.", "ASSAULT", "occurred"),
    ("An attempt to collect a debt ended in a fatal shooting in Memphis on Friday.", "ASSAULT", "occurred"),
    ("The standoff could end in a bloody battle in Mosul.", "ASSAULT", "hypothetical"),  # not yet
])
def test_status(text, event_type, status):
    assert only(text, event_type).status == status


@pytest.mark.parametrize("text", [
    "Police did not arrest anyone.",  # negation
    "Why would they attack the convoy?",  # question
    "Why wouldn't you want to pick them off?",
    "Planners collected intelligence to ensure that U.S. strikes won't inadvertently kill civilians.",
    "The advisers are eager for Africa Command to pursue militants who have fled the city.",  # a wish
    "Obama was not counting on Trump winning the election.",
    "Read More:",
])
def test_no_event(text):
    assert code(text) == []


@pytest.mark.parametrize("text,low,high", [
    ("scores of militants", 40, 99),
    ("up to several hundred militants", None, 900),
    ("more than 200 people", 200, None),  # the number written is the low estimate (ACLED, UCDP)
    ("at least 25 people", 25, None),
    ("13 soldiers", 13, 13),
    ("dozens of protesters", 24, 99),
    ("as many as 1,500 troops", None, 1500),
    ("twenty-five civilians", 25, 25),
])
def test_counts(text, low, high):
    got = parse_count(text)
    assert got is not None and got[:2] == (low, high)


def test_no_number_invented():
    assert parse_count("militants fled the city") is None
    m = only("Gunmen attacked a village in Borno.", "ASSAULT")
    assert (m.fatalities.low, m.fatalities.best, m.fatalities.high) == (None, None, None)


def test_fatalities_from_kill_object():
    m = only("A suicide car bomb in Ankara has killed 13 soldiers.", "ASSAULT")
    assert (m.fatalities.low, m.fatalities.best, m.fatalities.high) == (13, 13, 13)
    assert m.mode == "explosives" and m.place.name == "Ankara"


def test_fatalities_at_least():
    m = only("At least 25 people are dead after an explosion in a market in Kano.", "ASSAULT")
    assert (m.fatalities.low, m.fatalities.best, m.fatalities.high) == (25, 25, None)
    # The dead did not cause the explosion: the doer is ACLED's implied unidentified group, with no
    # words of the report behind it.
    assert m.actor1.text is None and m.actor1.type == "militia" and m.actor1.country == "NGA"


def test_quantity_of_actor():
    m = only("Police arrested more than 200 protesters in Istanbul.", "COERCE")
    assert m.mode == "arrest" and m.actor1.type == "police"
    assert [(q.low, q.high) for q in m.quantities] == [(200, None)]


@pytest.mark.parametrize("text,event_type,side,name,country,atype", [
    ("AFRICOM launched strikes against Islamic State militants near Sirte.", "ASSAULT", "actor1",
     "United States Africa Command", "USA", "military"),
    ("AFRICOM launched strikes against Islamic State militants near Sirte.", "ASSAULT", "actor2",
     "Islamic State", None, "terrorist organisation"),
    ("The Pentagon deployed troops to Somalia.", "MOBILIZE", "actor1", "United States Department of Defense",
     "USA", "military"),
    ("ISIL fighters attacked a checkpoint in Ramadi.", "ASSAULT", "actor1", "Islamic State", None,
     "terrorist organisation"),
    ("Daesh attacked a checkpoint in Ramadi.", "ASSAULT", "actor1", "Islamic State", None, "terrorist organisation"),
    ("A Turkish policeman was shot dead by gunmen in Diyarbakir.", "ASSAULT", "actor2", "Turkey police", "TUR",
     "police"),
    ("Militants attacked allied Libyan forces near Sirte.", "ASSAULT", "actor2", "Libya military", "LBY", "military"),
    ("Al-Shabaab fighters ambushed a convoy of Kenyan troops.", "ASSAULT", "actor1", "al-Shabaab", "SOM",
     "terrorist organisation"),
])
def test_actor_resolution(text, event_type, side, name, country, atype):
    actor = getattr(only(text, event_type), side)
    assert (actor.name, actor.country, actor.type) == (name, country, atype)


def test_gunmen_are_an_armed_group_not_a_person():
    m = only("A Turkish policeman was shot dead by gunmen in Diyarbakir.", "ASSAULT")
    assert m.actor1.type == "militia" and m.actor1.text == "gunmen"
    assert (m.fatalities.best, m.mode) == (1, "firearms")


def test_coreference_across_sentences():
    text = "Islamic State militants seized the town of Palmyra last week. The militants later withdrew from the city."
    retreat = only(text, "RETREAT")
    assert retreat.actor1.name == "Islamic State"
    seize = only(text, "ASSAULT")  # taking a town is CAMEO "occupy territory", as the PLOVER gold codes it
    assert seize.place.geonameid == 170987 or seize.place.country == "SY"


def test_pronoun_antecedent():
    text = "Houthi rebels fired missiles at Saudi Arabia. They also attacked a ship in the Red Sea."
    attacks = [m for m in code(text) if m.evidence.trigger == "attacked"]
    assert attacks and attacks[0].actor1.name == "Houthis"


def test_quote_attribution_anonymous():
    # The fleeing "guys" are the militants named before: a retreat needs a political actor (codebook 3).
    text = ('Al-Shabaab militants left the town.\n\n"These guys are fleeing the fighting," said one U.S. senior '
            "official who spoke on the condition of anonymity.")
    [m] = [m for m in code(text) if m.evidence.trigger == "fleeing"]
    assert m.attribution.anonymous is True
    assert "official" in m.attribution.source


def test_reported_speech_named_outlet():
    m = only("Islamist militants tried to blow up a bridge near Mogadishu, state media agency Xinhua said.",
             "ASSAULT")
    assert "Xinhua" in m.attribution.source and m.attribution.anonymous is False


def test_relative_dates():
    assert only("Rebels attacked the army base in Goma on Monday.", "ASSAULT").date.start == "2016-11-21"
    m = only("Islamic State militants seized the town of Palmyra last week.", "ASSAULT")
    assert (m.date.start, m.date.precision, m.date.date_prec) == ("2016-11-14", "week", 3)
    m = only("Police arrested protesters in Cairo in November.", "COERCE", published="2017-02-10")
    assert (m.date.start, m.date.end, m.date.precision) == ("2016-11-01", "2016-11-30", "month")


def test_no_date_expression_means_before_publication():
    m = only("Police arrested protesters in Cairo.", "COERCE")
    # codebook 6: the report's day and the day before it, dated by the report (UCDP date_prec 2)
    assert (m.date.start, m.date.end, m.date.precision, m.date.date_prec) == ("2016-11-24", "2016-11-25", "reported", 2)
    assert not m.date.told


def test_evidence_offsets_point_at_the_sentence():
    text = "Intro line.\n\nRebels attacked the army base in Goma on Monday. Nothing else happened."
    m = only(text, "ASSAULT")
    assert text[m.evidence.start:m.evidence.end] == m.evidence.sentence
    assert text[m.evidence.trigger_start:m.evidence.trigger_end] == "attacked"


# --- PLOVER conventions -------------------------------------------------------------------


def test_commitment_to_cooperate_is_agree():
    m = only("Finland will give Tanzania a grant of 580 million shillings over the next three years.", "AGREE")
    assert m.actor1.country == "FIN" and m.actor2.country == "TZA"


def test_announced_hostile_act_is_one_threat_event():
    # One act, one event (codebook 1.1): the threat, with the act threatened as its mode; neither the
    # announcing verb nor the act itself is coded a second time.
    text = "Palestinian leaders said they would boycott all official contact with the United States."
    [threat] = code(text)
    assert threat.event_type == "THREATEN" and threat.mode == "protest"
    assert threat.actor1.country == "PSE" and threat.actor2.country == "USA"
    [vow] = code("The rebels vowed to bomb the airport in Goma.")
    assert vow.event_type == "THREATEN" and vow.mode == "assault"


def test_reported_must_is_the_speakers_request():
    m = only("A senior British minister said that Libya must hand over the suspects.", "REQUEST")
    assert m.actor1.country == "GBR" and m.actor2.country == "LBY"


@pytest.mark.parametrize("text, status", [
    # an activity kept up, told in the present tense, goes on
    ("UN peacekeepers patrol the border between Eritrea and Ethiopia.", "ongoing"),
    ("The old city of Hebron is patrolled by about 800 soldiers.", "ongoing"),
    ("Troops patrolled the streets of Kabul on Monday.", "occurred"),
])
def test_a_patrol_in_the_present_tense_is_ongoing(text, status):
    assert [m.status for m in code(text) if m.event_type == "MOBILIZE"] == [status]


def test_negated_intention_is_a_rejection():
    m = only("Syria says it will not accept any more refugees.", "REJECT")
    assert m.actor1.country == "SYR"


def test_condition_is_not_an_event():
    events = code("Iran threatened to shell Iraqi towns unless Baghdad accepted its terms.")
    assert "AGREE" not in {m.event_type for m in events}
    assert "THREATEN" in {m.event_type for m in events}


# --- what is not an event -----------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Clashes are frequent in Dagestan.",  # habitual
    "Overall attacks nationwide have fallen to levels of the early months of the war.",  # a statistic
    "Electricity suppliers across the country are cracking down on delinquent customers.",  # no authority
])
def test_generic_statements_are_not_events(text):
    assert code(text) == []


def test_back_reference_is_not_a_second_event():
    text = "A car bomb exploded near a market in Baghdad on Thursday. The blast came a day after the elections."
    assert [m.evidence.trigger for m in code(text) if m.event_type == "ASSAULT"] == ["exploded"]


@pytest.mark.parametrize("second", [
    "Friday's stabbing was the second in the town this month.",  # weighed
    "The stabbing reignited calls for more street lighting.",  # what it led to
    "The stabbing seemed to be random, detectives said.",  # judged
    "Paramedics treated two bystanders hours after the stabbing.",  # the time of what followed it
    "Two neighbours who witnessed the stabbing spoke to police.",  # who saw it
])
def test_a_sentence_that_only_refers_to_a_told_act_is_not_a_mention(second):
    text = "A man was stabbed outside a bar in Leeds on Friday night. " + second
    assert [m.evidence.trigger for m in code(text) if m.event_type == "ASSAULT"] == ["stabbed"]


def test_an_act_timed_by_a_told_act_of_another_kind_stays():
    text = "A man was stabbed outside a bar in Leeds on Friday night. Police arrested two men after the stabbing."
    assert "COERCE" in [m.event_type for m in code(text)]


def test_a_noise_heard_tells_the_act():
    text = "Two men fought outside a bar in Leeds on Friday. A neighbour heard the brawl and rang police."
    assert len([m for m in code(text) if m.event_type == "ASSAULT"]) == 2


def test_between_two_sides():
    m = only("Three days of fighting between police and insurgents in Dagestan ended on Saturday.", "ASSAULT")
    assert m.actor1.type == "police" and m.actor2.text == "insurgents"


# --- implied actors, marked as such --------------------------------------------------------


def test_unnamed_perpetrator_is_an_unidentified_armed_group_with_no_text():
    m = only("A roadside bomb killed two soldiers near Samarra on Sunday.", "ASSAULT")
    assert m.actor1.text is None and m.actor1.country == "IRQ" and m.actor1.type == "militia"


def test_unnamed_victims_are_local_civilians():
    m = only("Gunmen killed 23 people in a market in Kano on Monday.", "ASSAULT")
    assert m.actor2.country == "NGA" and m.actor2.type == "civilians"
    assert (m.fatalities.low, m.fatalities.high) == (23, 23)


def test_dateline_places_an_event_without_a_place():
    text = "Car Bomb Kills 20. BAGHDAD — A car bomb exploded near a crowded market on Thursday, officials said."
    [m] = [m for m in code(text) if m.evidence.trigger == "exploded"]
    assert m.place.name == "Baghdad" and m.place.rule == "dateline"


@pytest.mark.parametrize("text,event_type,place", [
    # A place named to say where another is ("south of Baghdad") is not where the event was.
    ("A teacher in Hilla, south of Baghdad, was killed by gunmen on Sunday.", "ASSAULT", "Hilla"),
    ("A car bomb exploded near a police checkpoint in Tikrit, some 150 km north of Baghdad.", "ASSAULT", "Tikrit"),
    # ... unless it is the only place the sentence gives.
    ("Two soldiers were shot near a checkpoint east of Kirkuk on Monday.", "ASSAULT", "Kirkuk"),
    # A war or an operation a place names is fought there.
    ("Ten fighters were killed on Monday in the Aleppo offensive.", "ASSAULT", "Aleppo"),
    # A place naming where people live, work or eat is where the event was.
    ("The owner of a small Tirana restaurant was shot dead by two men on a motorbike.", "ASSAULT", "Tirana"),
    ("A judge was shot dead outside his Lahore home on Tuesday.", "ASSAULT", "Lahore"),
    ("A journalist was found shot on the outskirts of Peshawar on Friday.", "ASSAULT", "Peshawar"),
])
def test_event_place(text, event_type, place):
    found = [m for m in code(text) if event_type is None or m.event_type == event_type]
    assert found and found[0].place is not None and found[0].place.text == place, \
        [(m.event_type, m.place and m.place.name) for m in code(text)]


def test_patrols_and_liberations_are_events():
    patrol = only("Soldiers and police patrolled the streets of the port city of Mombasa on Saturday.", "MOBILIZE")
    assert patrol.place is not None and patrol.place.text == "Mombasa"
    taken = only("Army units liberated the village of Kafr Jamil near Idlib after two days of fighting.", "ASSAULT")
    assert taken.mode == "occupy"


def test_a_place_the_gazetteer_lacks_is_placed_at_the_place_the_text_puts_it_in():
    m = only("In the east Mosul neighbourhood of Al-Warda, a mortar round killed two children.", "ASSAULT")
    assert m.place.text == "Al-Warda" and m.place.geonameid is None and m.place.where_prec == 2
    assert abs(m.place.lat - 36.3) < 0.2 and "Mosul" in m.place.unresolved_reason
    # A town given only by its bearing from another is not placed at the other.
    m = only("Police arrested three men during a raid in Qasr Mahmoud, a small town about 90 kilometers "
             "south of the city of Lahore.", "COERCE")
    # At most the country the story is in (where_prec 6), never the other town's point.
    assert m.place.text == "Qasr Mahmoud" and m.place.precision == "country" and m.place.country == "PK"
    assert "Lahore" not in (m.place.unresolved_reason or "")


@pytest.mark.parametrize("text", [
    "The colonel spoke on condition of anonymity to discuss the raid.",
    "Two officials, who were not authorized to discuss the talks, confirmed the date.",
    "A diplomat who declined to comment on the negotiations said nothing had been signed.",
])
def test_sourcing_language_is_no_consultation(text):
    assert [m for m in code(text) if m.event_type == "CONSULT"] == []


@pytest.mark.parametrize("text", [
    "A ministry official, who requested anonymity because he was not allowed to brief reporters, gave the figure.",
    "A relief worker who asked for anonymity described the camp as overcrowded.",
])
def test_a_source_asking_for_anonymity_is_no_request(text):
    assert [m for m in code(text) if m.event_type == "REQUEST"] == []


def test_talks_remain_consultations():
    m = only("The Kenyan foreign minister met his Somali counterpart in Nairobi to discuss border security.",
             "CONSULT")
    assert m.actor1 is not None and m.actor1.country == "KEN"


@pytest.mark.parametrize("text,trigger,target", [
    # A past participle before a noun modifies it; the small model parses it as a clause verb.
    ("Police hunted down escaped al-Shabaab fighters near Kismayo.", "hunted", "al-Shabaab"),
    ("Soldiers tracked down escaped Taliban fighters in the forest.", None, None),  # no escape event
    ("Nigerian troops freed kidnapped Boko Haram captives in Borno on Sunday.", None, None),  # no abduction event
])
def test_participle_before_a_noun_is_a_modifier(text, trigger, target):
    mentions = code(text)
    assert [m.evidence.trigger for m in mentions] == ([trigger] if trigger else []), \
        [(m.event_type, m.evidence.trigger) for m in mentions]
    if target:
        assert mentions[0].actor2 is not None and mentions[0].actor2.name == target


def test_no_break_spaces_do_not_split_names():
    m = only("Troops attacked Islamic\xa0State\xa0fighters near Raqqa on Monday.", "ASSAULT")
    assert m.actor2 is not None and m.actor2.name == "Islamic State"


def test_a_mention_folded_from_two_clauses_keeps_what_the_gate_read_of_its_sentence():
    # The fold rebuilds the mention; the gate's confidence must still rest on the sentence's
    # features, not on the article's alone.
    from conflictatlas.nlp import gate

    [m] = code("Nine farmers were killed and scores hurt after jets bombed a market in Homs on Monday.")
    assert m.actor1 is not None and m.actor1.text == "jets"
    assert any(f.startswith("lemma=") for f in gate.features_of(m))


def test_each_item_of_a_dated_list_keeps_its_own_day():
    text = ("Attacks in the north:\n"
            "- 4 March 2015: gunmen ambushed a police patrol near Gao, killing two officers.\n"
            "- 17 August 2015: Militants abducted six traders from a lorry near Mopti.")
    dates = {m.evidence.trigger: (m.date.start, m.date.end) for m in code(text) if m.event_type in ("ASSAULT", "COERCE")}
    assert dates["ambushed"] == ("2015-03-04", "2015-03-04")
    assert dates["abducted"] == ("2015-08-17", "2015-08-17")


def test_a_span_is_narrowed_to_the_one_day_the_story_gives_inside_it():
    text = ("A driver was shot by a deputy last week outside Dover. "
            "The van was pulled over on March 16 on Route 8, the sheriff said.")
    (m,) = [m for m in code(text, published="2009-03-25") if m.evidence.trigger == "shot"]
    assert (m.date.start, m.date.end, m.date.precision) == ("2009-03-16", "2009-03-16", "day")


def test_a_span_with_two_days_named_inside_it_stays_a_span():
    text = ("A driver was shot by a deputy last week outside Dover. "
            "The van was pulled over on March 16, and its owner was questioned on March 18.")
    (m,) = [m for m in code(text, published="2009-03-25") if m.evidence.trigger == "shot"]
    assert (m.date.start, m.date.end) == ("2009-03-16", "2009-03-22")


def test_two_clauses_placed_in_two_towns_are_two_incidents():
    ms = code("On Friday a trader was shot dead in Lahore and five people were wounded in a clash in Multan.")
    places = sorted(m.place.name for m in ms if m.event_type == "ASSAULT")
    assert places == ["Lahore", "Multan"]
    assert [m.fatalities.best for m in ms if m.place.name == "Multan"] == [None]


def test_the_toll_of_one_incident_told_in_two_clauses_is_one_act():
    ms = code("One guard was killed and two others were wounded when gunmen attacked a bank in Kano on Friday.")
    assert [(m.event_type, m.fatalities.best) for m in ms] == [("ASSAULT", 1)]


def test_a_single_victim_counted_among_others_since_a_date_is_an_act():
    ms = code("A fourth Dutch soldier was killed near Kandahar on Monday since the mission began in the south.")
    assert [m.event_type for m in ms] == ["ASSAULT"]
