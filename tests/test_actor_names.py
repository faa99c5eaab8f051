"""Actors named as the codebook names them (section 2), on sentences written for this test: a
private person by occupation is a state's civilian, a legislator holds public office, the members of
a named group are that group, a protest with no addressee addresses the government where it
happens, and unnamed soldiers or authorities are the state's where the act is placed."""

from __future__ import annotations

import pytest

from conflictatlas.nlp import code_article
from conflictatlas.records import Article, content_id


def coded(text: str, *types: str) -> list:
    mentions = code_article(Article(id=content_id(text), text=text, source="t.txt", published="2022-09-19"))
    return [m for m in mentions if not types or m.event_type in types]


def doer(text: str, *types: str) -> str | None:
    [m] = coded(text, *types)
    return m.actor1.name if m.actor1 else None


def target(text: str) -> str | None:
    [m] = [m for m in code_article(Article(id=content_id(text), text=text, source="t.txt", published="2022-09-19"))
           if m.event_type in ("ASSAULT", "COERCE")]
    return m.actor2.name if m.actor2 else None


@pytest.mark.parametrize("text, want", [
    ("A prominent Ghanaian businessman was shot dead outside his home in Kumasi on Saturday.", "Civilians (Ghana)"),
    ("Gunmen abducted a Nigerian journalist in Kaduna on Tuesday.", "Civilians (Nigeria)"),
    ("An Afghan doctor was killed when a bomb exploded near a clinic in Kunduz.", "Civilians (Afghanistan)"),
    # held, uprooted or caught up: private people all the same, not their state
    ("The kidnappers said they had killed two Danish hostages near Gao.", "Civilians (Denmark)"),
    ("Gunmen shot dead a Peruvian football coach in Lima on Sunday.", "Civilians (Peru)"),
    ("A sniper shot a member of the Armenian minority in Aleppo on Friday.", "Civilians (Syria)"),
    # a village a nationality is put on is its people, as any village hit is
    ("Jets bombed the Chadian village of Wour on Monday.", "Civilians (Chad)"),
])
def test_a_private_person_named_by_occupation_and_nationality_is_a_civilian(text, want):
    assert target(text) == want


def test_a_legislator_holds_public_office():
    assert target("Gunmen shot dead a Kenyan lawmaker in Nairobi on Friday.") == "Kenya government"


@pytest.mark.parametrize("text", [
    "The councilman accused the police chief of lying to residents.",
    "County commissioners criticized the governor's plan to close the jail.",
    "Council members criticized the sheriff's handling of the jail on Monday.",
])
def test_a_local_office_holder_acts_for_government(text):
    [m] = coded(text, "ACCUSE")
    assert m.actor1 is not None and m.actor1.type == "government"


def test_militants_of_a_named_group_are_that_group():
    assert target("Twelve militants of the Islamic State group were killed in an air strike near Deir ez-Zor.") \
        == "Islamic State"


def test_a_protest_in_a_capital_addresses_the_government_where_it_happens():
    # the capital is where the march went, not whom it addressed; with no one named, the codebook
    # makes the addressee the government of the country it happens in
    text = "Thousands of teachers protested in Nairobi on Monday over unpaid salaries."
    [m] = [m for m in code_article(Article(id=content_id(text), text=text, source="t.txt", published="2022-09-19"))
           if m.event_type == "PROTEST"]
    assert m.actor2 is not None and m.actor2.name == "Kenya government"


@pytest.mark.parametrize("text, want", [
    ("Two army soldiers were patrolling a road near Mopti on Monday.", "Mali military"),
    ("The authorities detained 12 activists in Harare on Friday.", "Zimbabwe government"),
])
def test_unnamed_soldiers_or_authorities_acting_where_the_act_is_placed_are_that_states(text, want):
    [m] = [m for m in code_article(Article(id=content_id(text), text=text, source="t.txt", published="2022-09-19"))
           if m.event_type in ("MOBILIZE", "COERCE")]
    assert m.actor1 is not None and m.actor1.name == want


def test_an_attack_by_no_one_named_in_no_country_known_is_by_an_unidentified_armed_group():
    text = "At least nine people were killed in the bomb attack, a hospital official said."
    [m] = [m for m in code_article(Article(id=content_id(text), text=text, source="t.txt", published="2022-09-19"))
           if m.event_type == "ASSAULT"]
    assert m.actor1 is not None and m.actor1.name == "Unidentified armed group" and m.actor1.country is None


@pytest.mark.parametrize("text, want", [
    # armed men of no named group are the unidentified armed group where they act
    ("Gunmen killed two soldiers in Kandahar on Monday.", "Unidentified armed group (Afghanistan)"),
    ("A suicide bomber blew himself up at a checkpoint in Quetta.", "Unidentified armed group (Pakistan)"),
    ("Unknown militants ambushed a convoy near Gao on Friday.", "Unidentified armed group (Mali)"),
    # the by-phrase of a passive names its doer wherever the parse hangs it: after an adverb, on a
    # joined verb, on the act the killing happened in
    ("Two activists were shot and killed in Mombasa on Friday, allegedly by four police officers.", "Kenya police"),
    ("Two men were shot and wounded by police in Lagos.", "Nigeria police"),
    ("Three soldiers were killed in an attack by Taliban fighters near Kunduz.", "Taliban"),
])
def test_the_doer_of_an_attack_unnamed_or_named_in_a_by_phrase(text, want):
    assert doer(text, "ASSAULT") == want


def test_protesters_the_tagger_gives_a_participle_still_protest():
    # "protested" tagged VBN: a protest verb has no patient, so its subject is no clipped passive's
    [m] = coded("Nearly 500 teachers protested outside the education ministry in Lusaka on Tuesday.")
    assert m.event_type == "PROTEST" and m.actor1.name == "Protesters (Zambia)" and m.actor2.name == "Zambia government"


@pytest.mark.parametrize("text, want", [
    ("Busloads of soldiers patrolled the market in Gao on Friday.", "Mali military"),
    ("A platoon of soldiers patrolled the market in Gao on Monday.", "Mali military"),
])
def test_a_load_or_a_detachment_of_a_force_is_that_force(text, want):
    assert doer(text) == want


@pytest.mark.parametrize("text, want", [
    # a place the gazetteer lacks, in a story set in one country: the actors are named from there
    ("Gunmen attacked a checkpoint in the Afghan village of Qalat-e-Zarzai on Monday.",
     "Unidentified armed group (Afghanistan)"),
    ("Soldiers raided the Syrian town of Kafr Zitaz on Friday.", "Syria military"),
])
def test_actors_acting_at_an_unknown_place_of_a_known_country_are_named_from_it(text, want):
    assert doer(text) == want


def test_a_country_written_on_the_place_noun_places_a_name_the_gazetteer_lacks():
    # the attackers' nationality sets the story's country; the village's own says where it is
    [m] = coded("Israeli jets bombed the Lebanese village of Yarounz on Sunday.")
    assert m.place is not None and m.place.country == "LB", m.place


def test_a_relative_clause_with_who_is_done_by_its_antecedent():
    # "critics who accused him": the critics accuse, not the minister the sentence is about; private
    # critics' words are no political event (codebook 3)
    text = "The minister fired back at critics who accused him of corruption."
    assert [m.event_type for m in code_article(Article(id=content_id(text), text=text, source="t.txt",
                                                       published="2022-09-19"))] == []


@pytest.mark.parametrize("text", [
    "A police officer fatally shot Jordan Smith, 23, after a car chase in Ohio.",
    "Deputies arrested Chad Miller, 41, at his home in Texas on Sunday.",
])
def test_a_first_name_that_is_a_country_names_a_person_not_the_state(text):
    [m] = coded(text)
    assert m.actor2 is not None and m.actor2.name not in ("Jordan", "Chad")
    assert m.place is None or m.place.name not in ("Jordan", "Chad")


def test_a_country_as_a_first_word_of_its_own_stays_a_state():
    [m] = coded("Jordan closed its border crossing after rockets struck Ramtha on Monday.", "ASSAULT")
    assert m.place is not None and m.place.country == "JO"


@pytest.mark.parametrize("text, want", [
    ("Gunmen from the Taliban killed two policemen in Kandahar on Monday.", "Taliban"),
    ("Six soldiers were killed in clashes with rebels of the Lord's Resistance Army near Gulu.",
     "Lord's Resistance Army"),
])
def test_armed_men_of_a_named_group_are_that_group(text, want):
    assert doer(text, "ASSAULT") == want


def test_armed_men_from_a_country_are_not_its_state():
    assert doer("Fighters from Chechnya attacked a police post in Dagestan on Friday.", "ASSAULT") != "Russia"


def test_a_lowercase_kind_the_tagger_took_for_a_name_names_no_group():
    # "jihadist" is tagged a proper name of a people here; a name is capitalised
    [m] = coded("Government forces launched operations against the jihadist rebels near Hama.", "ASSAULT")
    assert m.actor2 is None or m.actor2.name != "jihadist"
    assert doer("Liwa al-Haqq fighters stormed the village of Tal Ahmar on Monday.", "ASSAULT") == "Liwa al-Haqq"


@pytest.mark.parametrize("text, want", [
    # a force the text places in a state is that state's, whether or not the act is placed
    ("Police in Ghana arrested six men on Friday.", "Ghana police"),
    ("Troops in Niger killed four bandits on Saturday.", "Niger military"),
])
def test_a_force_placed_in_a_state_is_that_states(text, want):
    [m] = coded(text, "COERCE", "ASSAULT")
    assert m.actor1 is not None and m.actor1.name == want


def test_unnamed_armed_men_attacked_are_an_unidentified_armed_group():
    assert target("Soldiers killed eleven militants near Mopti on Tuesday.") == "Unidentified armed group (Mali)"


@pytest.mark.parametrize("text, want", [
    # states named as they now call themselves, however the report calls them
    ("Police in Swaziland arrested six teachers in Manzini on Friday.", "Eswatini police"),
    ("Macedonian police arrested two smugglers near Gevgelija on Monday.", "North Macedonia police"),
])
def test_a_renamed_state_goes_by_its_current_name(text, want):
    [m] = coded(text, "COERCE")
    assert m.actor1 is not None and m.actor1.name == want


def test_officers_titled_together_are_their_force():
    [m] = coded("Sergeants Ana Ruiz and Marta Gil were patrolling a market in Puebla on Monday.", "MOBILIZE")
    assert m.actor1 is not None and m.actor1.name == "Mexico police"


@pytest.mark.parametrize("text, want", [
    # the leader of a private body holds no public office: a civilian, like those led
    ("Gunmen shot dead the students' union leader in Enugu on Saturday.", "Civilians (Nigeria)"),
    ("Police arrested three union leaders in Harare on Friday.", "Civilians (Zimbabwe)"),
    # an unnamed official hit where the act is placed is that state's government
    ("Gunmen shot dead a district official near Maiduguri on Monday.", "Nigeria government"),
    # a people lives in the place the phrase names, not in a state a word on it names
    ("A gunman shot dead a member of the Armenian minority in Turkish-held northern Syria on Friday.",
     "Civilians (Syria)"),
])
def test_whom_an_attack_or_arrest_was_done_to(text, want):
    assert target(text) == want


def test_a_name_is_given_without_its_possessive():
    [m] = coded("Hundreds of villagers protested against Delta Mining's gold-mining plan at Kitwe on Monday.", "PROTEST")
    assert m.actor2 is not None and m.actor2.name == "Delta Mining"


@pytest.mark.parametrize("text, want", [
    # people the text arms are an armed band: ACLED's unidentified armed group
    ("Armed men shot dead a shopkeeper in Bosaso on Monday.", "Unidentified armed group (Somalia)"),
    ("Three men armed with rifles stormed a bank in Bosaso on Monday.", "Unidentified armed group (Somalia)"),
    # armed men acting in no country the text names are still one
    ("A suicide bomber blew himself up as the convoy passed on Monday.", "Unidentified armed group"),
])
def test_armed_men_no_group_is_named_for_are_an_unidentified_armed_group(text, want):
    assert doer(text, "ASSAULT") == want


def test_one_person_with_a_knife_is_a_private_individual():
    assert target("Police shot dead a man armed with a knife in Fresno, California, on Sunday.") \
        == "Civilians (United States)"


def test_a_force_named_on_its_patrol_is_attacked():
    assert target("Gunmen ambushed a Kenyan army patrol near Mandera on Monday.") == "Kenya military"


def test_an_attack_on_a_forces_barracks_is_on_that_force():
    # the model lemmatises "barracks" to "barrack"
    assert target("Militants stormed a police barracks in Kano on Friday.") == "Nigeria police"


def test_a_bomb_set_off_outside_a_force_post_is_aimed_at_that_force():
    assert target("Militants detonated a car bomb outside an army base in Kano on Friday.") == "Nigeria military"


def test_protesters_in_no_country_the_text_gives_are_protesters():
    assert doer("The demonstrators marched against the new dam at Kumbhalgarh.", "PROTEST") == "Protesters"


@pytest.mark.parametrize("text, want", [
    # a private person captured with no captor named is caught as a fugitive is: by the police there
    ("Alvarez was captured on Monday during a raid on a house in Karachi.", "Pakistan police"),
])
def test_a_person_captured_by_no_one_named_is_arrested(text, want):
    assert doer(text, "COERCE") == want


def test_soldiers_captured_in_an_ambush_are_not_arrested():
    assert doer("Two soldiers were captured in an ambush near Kirkuk on Monday.", "COERCE") is None


def test_a_person_named_with_the_place_they_live_in_is_a_private_person_of_it():
    assert doer("Kabul resident Ahmad Shah protested outside the ministry.") == "Protesters (Afghanistan)"


@pytest.mark.parametrize("text, body", [
    ("A tenants' group called Safe Homes Leeds condemned the council's eviction plan.", "Safe Homes Leeds"),
    ("Members of a farmers' union named Harvest First criticized the ministry over import quotas.", "Harvest First"),
])
def test_a_body_introduced_by_its_name_is_that_body(text, body):
    assert doer(text, "ACCUSE") == body


def test_a_person_introduced_by_name_stays_unnamed():
    # actors are organisations and office-holders; a private person is a state's civilians
    assert target("A man named Tom Baker was arrested in Leeds on Friday.") == "Civilians (United Kingdom)"


@pytest.mark.parametrize("text, want", [
    # people named by a noun of their own nation, not its adjective with an "s"
    ("Two Britons were shot by gunmen near Karbala, Iraq.", "Civilians (United Kingdom)"),
    ("Three Spaniards were stabbed outside a bar in Tangier, Morocco.", "Civilians (Spain)"),
    ("Police in Lagos, Nigeria, arrested four Frenchmen on Monday.", "Civilians (France)"),
    # one or a counted few of a nation are people, not their state
    ("An American was stabbed outside a hotel in Leeds on Friday.", "Civilians (United States)"),
    ("Gunmen shot two Thais near Yala on Monday.", "Civilians (Thailand)"),
])
def test_people_named_by_their_nation_are_its_civilians(text, want):
    assert target(text) == want


def test_poles_of_wood_are_no_people():
    [m] = coded("Gunmen shot two guards beside the telegraph poles in Karbala, Iraq.")
    assert m.actor2 is not None and "Poland" not in (m.actor2.name or "")


@pytest.mark.parametrize("text", [
    "Gunmen kidnapped two aid workers near Karbala, Iraq, on Sunday.",
    "Two aid workers were abducted by masked gunmen near Karbala, Iraq.",
])
def test_armed_men_no_group_is_named_for_abduct_as_an_unidentified_armed_group(text):
    # an abduction is violence against those taken (PLOVER 181 "abduct": ASSAULT; ACLED: violence
    # against civilians)
    assert doer(text, "ASSAULT") == "Unidentified armed group (Iraq)"


@pytest.mark.parametrize("text", [
    "The mayor asked that anyone who saw the crash come forward and call police.",
    "Senator Dana Whitfield asked that anyone with photos of the flood send them to her office.",
])
def test_an_appeal_to_anyone_who_knows_something_is_no_demand(text):
    assert coded(text) == []


def test_what_others_suggested_is_not_the_speakers_demand():
    assert coded("The mayor of Leeds said some residents had suggested that she should resign.", "REQUEST") == []


@pytest.mark.parametrize("text, doer, hit", [
    # a passive participle on a noun: the noun is whom it was done to, never its doer
    ("Two soldiers wounded in the ambush near Gao were flown to Bamako.", "Unidentified armed group (Mali)", "Mali military"),
])
def test_the_noun_a_passive_participle_hangs_on_suffered_it(text, doer, hit):
    [m] = coded(text, "ASSAULT")
    assert (m.actor1.name, m.actor2.name) == (doer, hit)


@pytest.mark.parametrize("text", [
    "The city rejected the firefighters' demand for a new contract in Dayton on Monday.",
    "The county agreed to reopen the shelter in Tulsa after residents complained.",
])
def test_a_town_or_county_acting_in_words_or_deals_is_its_government(text):
    ms = [m for m in coded(text) if m.event_type in ("REJECT", "AGREE")]
    assert ms and ms[0].actor1 is not None and ms[0].actor1.type == "government"


def test_a_town_that_suffers_force_does_no_act():
    assert all(m.actor1 is None or m.actor1.type != "government" for m in coded("The city was shelled overnight."))


@pytest.mark.parametrize("text, want", [
    ("Burmese soldiers fired on villagers near Hpakant on Sunday.", "Myanmar military"),
    ("Congolese troops shelled rebel positions near Goma on Monday.", "DR Congo military"),
])
def test_a_state_goes_by_its_current_short_name(text, want):
    assert doer(text, "ASSAULT") == want


@pytest.mark.parametrize("text, want1, want2", [
    ("Salem Mayor Joan Pike criticised the Oregon governor over the closure of the state hospital.",
     "Salem city government", "Oregon state government"),
    ("Iowa lawmakers accused the governor of hiding the budget figures from the public.",
     "Iowa legislature", "Iowa state government"),
    ("The mayor of Ocala rejected the union's demands on Tuesday.", "Ocala city government", None),
])
def test_governors_mayors_and_legislatures_act_for_their_state_or_city(text, want1, want2):
    [m] = coded(text)
    assert m.actor1.name == want1 and (m.actor2.name if m.actor2 else None) == want2


@pytest.mark.parametrize("text", [
    "The central bank governor rejected calls for a rate cut in Nairobi on Monday.",
    "Kenyan lawmakers accused the police of brutality in Nairobi on Monday.",
])
def test_offices_of_no_place_keep_the_state(text):
    [m] = coded(text)
    assert "state government" not in (m.actor1.name or "") and "legislature" not in (m.actor1.name or "")


@pytest.mark.parametrize("text, patient", [
    ("Police in Tbilisi arrested several opposition members on Friday.", "opposition members"),
    ("Police in Harare detained the opposition leader on Sunday.", "opposition leader"),
    ("Soldiers beat dozens of opposition supporters in Kampala on Monday.", "opposition supporters"),
])
def test_people_named_by_the_opposition_act_for_it_not_as_civilians_or_the_state(text, patient):
    # codebook section 2: an opposition's members and leader are the opposition, not private people,
    # and an opposition "leader" leads no government
    [m] = coded(text, "COERCE", "ASSAULT")
    assert m.actor2.type == "opposition" and patient in m.actor2.text and "government" not in (m.actor2.name or "")


@pytest.mark.parametrize("text, etype", [
    ("Opposition leader Amos Kiprono accused the president of rigging the vote in Nairobi on Monday.", "ACCUSE"),
    ("Kenyan opposition lawmaker Amos Kiprono rejected the budget in Nairobi on Monday.", "REJECT"),
])
def test_a_named_opposition_figure_acts_for_the_opposition(text, etype):
    # codebook section 2: not a private individual, nor the state whose name stands before the title
    [m] = coded(text, etype)
    assert m.actor1.type == "opposition" and m.actor1.name == "Amos Kiprono" and m.actor1.country == "KEN", m.actor1


@pytest.mark.parametrize("text, etype, want", [
    # a state's opposition body is no arm of that state ("coalition" also names a military alliance)
    ("Kenya's main opposition coalition rejected the budget in Nairobi on Monday.", "REJECT", "Kenya opposition"),
    ("US-led coalition jets struck Raqqa, Syria, on Monday.", "ASSAULT", "United States military"),
    # a nationality after "pro-" or "anti-" is a cause, not who the people are
    ("Pro-Kurdish demonstrators marched through Berlin on Saturday.", "PROTEST", "Protesters (Germany)"),
    ("Anti-French protesters rallied outside the embassy in Bamako, Mali, on Friday.", "PROTEST", "Protesters (Mali)"),
])
def test_a_body_or_a_crowd_named_by_its_side_or_cause(text, etype, want):
    [m] = coded(text, etype)
    assert m.actor1.name == want, m.actor1


@pytest.mark.parametrize("text, want", [
    ("Protesters threw stones at police in Nairobi on Monday.", "Rioters (Kenya)"),
    ("Demonstrators attacked a police post in Nairobi on Monday.", "Rioters (Kenya)"),
    ("A crowd of young men threw stones at troops in Srinagar, India, on Saturday.", "Rioters (India)"),
])
def test_protesters_who_attack_are_rioters(text, want):
    # ACLED names demonstrators or a crowd engaged in violence rioters (codebook 2)
    [m] = coded(text, "ASSAULT")
    assert m.actor1.name == want, m.actor1


def test_the_oppositions_people_protesting_are_protesters():
    [m] = coded("Opposition supporters marched through Tbilisi on Friday.", "PROTEST")
    assert m.actor1.name == "Protesters (Georgia)"


@pytest.mark.parametrize("text, target", [
    ("Rights groups accused the police in Nairobi of beating two men.", "Kenya police"),
    ("Opposition activists accused the police in Tbilisi of torture.", "Georgia police"),
])
def test_a_force_placed_in_a_capital_is_that_force_not_the_state(text, target):
    # "the police in Nairobi": the capital says where the police are, it names no side of its own
    [m] = coded(text, "ACCUSE")
    assert m.actor2.name == target


@pytest.mark.parametrize("text, kind, doer", [
    ("Gov. Dale Whitcomb vetoed a school funding bill in Topeka on Tuesday.", "REJECT", "Kansas state government"),
    ("Texas Gov. Ann Lee ordered troops to the border on Monday.", "MOBILIZE", "Texas state government"),
    ("Sen. Ann Lee accused the governor of lying on Monday.", "ACCUSE", "Sen. Ann Lee"),
    ("Councilwoman Rosa Diaz demanded a new vote on the budget.", "REQUEST", "Councilwoman Rosa Diaz"),
])
def test_an_office_abbreviated_or_local_before_a_name_is_an_office_holder(text, kind, doer):
    # "Gov.", "Sen.", "Councilwoman": the one named holds a public office and acts for it (codebook 2);
    # a governor named by title acts for the state's government as the bare office does
    [m] = coded(text, kind)
    assert m.actor1.name == doer


def test_a_bare_congress_is_no_one_states():
    # many states have a Congress: bare, it is not the United States'
    [m] = coded("BUENOS AIRES (Reuters) - Thousands of teachers marched on Congress in Buenos Aires on Tuesday.")
    assert m.actor2 is not None and "United States" not in (m.actor2.name or "")


@pytest.mark.parametrize("spelling", ["Tehreek-i-Taliban Pakistan", "Tehrik-e-Taliban Pakistan"])
def test_the_pakistani_talibans_name_in_the_spellings_pakistani_papers_use(spelling):
    mentions = coded(f"PESHAWAR -- The {spelling} (TTP) claimed responsibility for the attack on a police post.",
                     "ASSAULT")
    assert [m.actor1.name for m in mentions] == ["Tehrik-i-Taliban Pakistan"]


def test_martyred_is_killed_and_a_paramilitary_is_its_states_force():
    (m,) = coded("PESHAWAR -- Three Frontier Corps personnel were martyred when militants attacked a check post in "
                 "Bara on Tuesday.", "ASSAULT")
    assert (m.actor2.name, m.actor2.country, m.fatalities.best) == ("Frontier Corps", "PAK", 3)


def test_a_unity_government_is_no_one_states_by_that_phrase_alone():
    mentions = coded("YANGON -- The National Unity Government condemned the airstrike on the village on Tuesday.")
    assert all(m.actor1 is None or m.actor1.country != "LBY" for m in mentions)


@pytest.mark.parametrize("text", [
    "Association spokeswoman Dana Pruitt accused the school board of deciding behind closed doors.",
    "Cr Ann Hollis accused the mayor of forcing the vote through the council.",
    "Cllr Ann Hollis accused the council leader of hiding the report.",
])
def test_a_spokesperson_or_a_councillor_by_abbreviation_accuses_as_a_public_actor(text):
    assert [m.event_type for m in coded(text)] == ["ACCUSE"]


def test_a_private_person_accusing_another_is_no_political_event():
    assert coded("A tenant, Dana Pruitt, accused her landlord of ignoring the damp.") == []
