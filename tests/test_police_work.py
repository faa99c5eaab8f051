"""What officers do to the people they are after (codebook section 3), on sentences written for this
test: the one they were looking for, found or located, is taken; a stun gun used on someone is
force; officers ramming a door or entering a home search it by force of law; the weapon an act is
done with is no side of it."""

from __future__ import annotations

import pytest

from conflictatlas.nlp import code_article
from conflictatlas.records import Article, content_id


def code(text: str, published: str = "2021-06-14"):
    return code_article(Article(id=content_id(text), text=text, source="t.txt", published=published))


def name(actor) -> str | None:
    return actor and (actor.name or actor.text)


@pytest.mark.parametrize("text", [
    "Deputies located the fugitive in a motel room in Canton, Ohio, on Friday.",
    "Troopers found the suspect hiding in a barn outside Marion, Ohio.",
    "Police in Leeds found Tom Ray hiding in a garden shed on Sunday.",
])
def test_the_one_officers_were_after_found_is_taken(text):
    assert [(m.event_type, m.mode) for m in code(text)] == [("COERCE", "arrest")]


@pytest.mark.parametrize("text", [
    "Police in Leeds found Tom Ray in his flat on Sunday.",  # a named person found: a victim as often
    "Officers in Leeds found Ann Lee with a cut to her arm on Sunday.",
    "Police in Leeds found the suspect's car abandoned near the ring road.",
    "A neighbour in Leeds found the fugitive's dog in her garden.",
])
def test_whoever_else_is_found_is_not_taken(text):
    assert [m for m in code(text) if m.event_type == "COERCE"] == []


@pytest.mark.parametrize("text", [
    "In Dayton, Ohio, a deputy stunned the man twice with a stun gun.",
    "In Dayton, Ohio, officers stunned the woman after she kicked a paramedic.",
])
def test_a_stun_gun_used_on_someone_is_force(text):
    assert "ASSAULT" in {m.event_type for m in code(text) if m.evidence.trigger.startswith("stunned")}


@pytest.mark.parametrize("text", [
    # "used ... on", and the verbs a Taser gives English
    "In Dayton, Ohio, a deputy used a Taser on the man after he ran at her.",
    "In Dayton, Ohio, an officer tasered the woman outside a bar.",
    "In Dayton, Ohio, the woman was tased twice by an officer.",
])
def test_a_taser_used_on_someone_is_force(text):
    assert [m.event_type for m in code(text)][:1] == ["ASSAULT"]


@pytest.mark.parametrize("text, want", [
    ("Riot police used tear gas on the marchers in Nairobi on Monday.", ["COERCE"]),
    ("The council used the grant on a new library in Dayton, Ohio.", []),
    ("She used a knife to cut the cake at the wedding in Dayton, Ohio.", []),
])
def test_a_weapon_or_a_crowd_munition_used_on_people(text, want):
    assert [m.event_type for m in code(text)] == want


def test_a_stunned_audience_is_no_event():
    assert code("The audience in Dayton was stunned by the verdict on Friday.") == []


@pytest.mark.parametrize("text", [
    "In Dayton, Ohio, the man was shocked twice with a Taser by a sheriff's deputy.",
    "In Dayton, Ohio, a deputy shocked the man twice with a Taser.",
    "In Dayton, Ohio, an officer struck the man with a baton.",
])
def test_the_weapon_is_no_side_of_the_act(text):
    (m,) = code(text)
    assert (m.event_type, name(m.actor1), name(m.actor2)) == (
        "ASSAULT", "United States police", "Civilians (United States)")


@pytest.mark.parametrize("text", [
    "SWAT officers rammed the front door of a house in Akron, Ohio, on Tuesday.",
    "Deputies entered the home of the suspect in Akron, Ohio, on Tuesday night.",
    "The SWAT team rammed the back door of a house in Akron, Ohio, on Tuesday.",  # the unit by its name
])
def test_officers_forcing_their_way_in_search_by_force(text):
    assert [(m.event_type, m.mode) for m in code(text)][:1] == [("COERCE", "seize")]


def test_a_car_ramming_a_gate_is_no_search():
    assert [m for m in code("A drunk driver rammed the gate of a school in Akron, Ohio, on Tuesday.")
            if m.event_type == "COERCE"] == []


def test_a_named_person_officers_located_is_taken():
    assert [(m.event_type, m.mode) for m in code("Deputies located Tom Ray in a storage unit in Marion, Ohio.")] == [
        ("COERCE", "arrest")]


def test_someone_missing_located_is_not_taken():
    assert code("Deputies located missing hiker Ann Lee near Marion, Ohio, on Friday.") == []


@pytest.mark.parametrize("text, status", [
    ("Trooper Ann Lee stopped the car near Waco, Texas, on Friday.", "occurred"),
    ("Deputy Tom Ray and a state trooper tried to stop a speeding van in Tyler, Texas, late on Thursday.",
     "hypothetical"),
])
def test_an_officer_named_by_rank_stops_as_officers_do(text, status):
    assert [(m.event_type, m.status, name(m.actor1)) for m in code(text)] == [("COERCE", status, "United States police")]


@pytest.mark.parametrize("text", [
    "Deputies dispersed a brawl outside a tavern in Canton, Ohio, on Friday.",
    "Officers in Leeds dispersed a scuffle outside a pub on Saturday.",
])
def test_a_fight_dispersed_is_two_acts(text):
    # The police ending it (a dispersal, on the civilians in it, who are not protesters) and the
    # fight itself, which happened between civilians, not between the officers and anyone.
    coded = code(text)
    coerce = next(m for m in coded if m.event_type == "COERCE")
    fight = next(m for m in coded if m.event_type == "ASSAULT")
    assert coerce.mode == "dispersal" and name(coerce.actor2).startswith("Civilians")
    assert name(fight.actor1).startswith("Civilians") and name(fight.actor2).startswith("Civilians")


def test_a_party_dispersed_is_no_protest():
    [m] = code("Police in Leeds dispersed a party at a house on Saturday.")
    assert (m.event_type, m.mode) == ("COERCE", "dispersal") and name(m.actor2).startswith("Civilians")


@pytest.mark.parametrize("text", [
    "The couple broke up last year, a friend in Leeds said.",
    "The band broke up in 2001 after a tour of Ohio.",
])
def test_breaking_up_with_no_one_is_nothing(text):
    assert code(text) == []


@pytest.mark.parametrize("text", [
    "A fight broke out between two men outside a bar in Canton, Ohio, on Friday.",
    "Words were exchanged and a fight started in the parking lot in Leeds.",
])
def test_a_fight_that_breaks_out_is_an_assault(text):
    [m] = code(text)
    assert m.event_type == "ASSAULT"


def test_a_fight_that_ensues_on_an_assault_is_that_assault():
    [m] = code("A deputy tackled the man in Canton, Ohio, and a scuffle ensued.")
    assert m.event_type == "ASSAULT" and name(m.actor1) != name(m.actor2)


@pytest.mark.parametrize("text", [
    "Funeral held for two deputies in Canton, Ohio.",
    "Memorial service held for slain trooper in Leeds.",
])
def test_a_headline_holds_only_people(text):
    # "Woman held after shooting" holds a woman; a funeral held is no detention.
    assert [m for m in code(text) if m.event_type == "COERCE"] == []


@pytest.mark.parametrize("text", [
    "Four men were held on Sunday night in the Ardwick area of Manchester.",
    "A third teenager was held in Walsall later the same day.",
])
def test_people_held_on_a_day_were_detained(text):
    assert [m.event_type for m in code(text)] == ["COERCE"]


@pytest.mark.parametrize("text", [
    "The driver was being held Tuesday on a $20,000 bond in Ocala.",  # still in custody: a state
    "A candlelight vigil was held on Friday evening in Canton, Ohio.",  # no one held
    # a length of detention is a state too (a guard: the rule for a day must not read a length as one)
    "Some of the prisoners have been held as long as six years in the camp near Tindouf.",
])
def test_held_on_a_day_is_no_detention_otherwise(text):
    assert "COERCE" not in [m.event_type for m in code(text)]


@pytest.mark.parametrize("text, want", [
    # an abduction, by anyone, is violence against those taken (PLOVER 181: ASSAULT abduct)
    ("A gunman held three people hostage inside a pharmacy in Tulsa for five hours on Friday.", "ASSAULT"),
    ("Two aid workers were held captive for a week near Kidal.", "ASSAULT"),
    ("The robber held the cashier hostage for an hour in Fresno.", "ASSAULT"),
])
def test_people_held_hostage_are_abducted(text, want):
    assert [m.event_type for m in code(text)] == [want]


@pytest.mark.parametrize("text", [
    "The rebels are believed to be holding at least ten foreign hostages in the forest.",  # how things stand
    "The city's budget has been held hostage by the dispute over pensions.",  # figurative
])
def test_no_hostage_taking_told(text):
    assert "COERCE" not in [m.event_type for m in code(text)]


@pytest.mark.parametrize("text", [
    "The suspect rammed a patrol car during the chase in Ocala on Friday.",
    "A man rammed a police cruiser outside the station in Dayton, Ohio.",
])
def test_a_car_rammed_into_a_force_is_an_attack_on_it(text):
    (m,) = code(text)
    assert m.event_type == "ASSAULT" and name(m.actor2) == "United States police"


def test_ramming_into_a_parked_patrol_car_may_be_a_crash():
    assert code("A drunk driver rammed into a parked patrol car in Ocala on Friday.") == []


@pytest.mark.parametrize("text", [
    "A man tried to run over a deputy at a traffic stop in Ocala on Friday.",
    "The driver deliberately ran down two women outside a pub in Leeds.",
])
def test_running_someone_over_on_purpose_is_an_attack(text):
    assert [m.event_type for m in code(text)] == ["ASSAULT"]


def test_running_someone_over_by_mischance_is_a_road_death():
    assert code("A driver ran over a pedestrian in Ocala on Friday.") == []


@pytest.mark.parametrize("text, kind", [
    ("Deputies kicked in the back door of a trailer in Ocala and searched it.", "COERCE"),
    ("State troopers recovered two rifles and a bag of cocaine from the van in Laredo.", "COERCE"),
    ("Officers wrestled the driver to the pavement outside a diner in Tulsa.", "ASSAULT"),
    ("Police carried out extra patrols in the market district of Leicester on Saturday.", "MOBILIZE"),
])
def test_officers_acting_in_more_words(text, kind):
    assert kind in [m.event_type for m in code(text)]


@pytest.mark.parametrize("text", [
    "Police recovered the stolen car in Dayton on Monday.",
    "The councillor wrestled with the decision for weeks.",
    "He kicked in anger at the locked gate of the stadium.",
])
def test_goods_returned_and_inner_struggles_are_no_force(text):
    assert code(text) == []


@pytest.mark.parametrize("text", [
    "Soldiers fired into the air to disperse the crowd outside the market in Jos.",
    "Officers fired in the air to part the two groups outside the stadium in Kano.",
])
def test_shots_into_the_air_disperse_and_are_fired_by_the_subject(text):
    [m] = code(text)
    assert (m.event_type, m.mode) == ("COERCE", "dispersal")
    assert m.actor1 is not None and m.actor1.type in ("military", "police")
    assert m.actor2 is None or m.actor2.type not in ("military", "police")  # not the ones who fired


@pytest.mark.parametrize("text, kind", [
    ("Police blocked a planned opposition rally in Lusaka on Saturday.", "COERCE"),
    ("Police sealed off the main square of Harare before the march.", "COERCE"),
    ("Turkish troops moved into the hills north of Zakho on Friday.", "MOBILIZE"),
    ("Some 30 armoured vehicles crossed the border near Kilis on Thursday night.", "MOBILIZE"),
    ("The first soldiers arrived in Tixtla on Tuesday evening.", "MOBILIZE"),
    ("The governor ordered 200 National Guard soldiers to Nogales on Monday.", "MOBILIZE"),
])
def test_rallies_stopped_ground_closed_and_forces_moving(text, kind):
    assert kind in [m.event_type for m in code(text)]


@pytest.mark.parametrize("text", [
    "The couple moved to Ohio in 2010 to be near their grandchildren.",
    "Thousands of fans arrived at the stadium in Kano early on Sunday.",
    "The council blocked a plan to build flats near the park.",
])
def test_people_moving_and_plans_blocked_are_no_force(text):
    assert {"COERCE", "MOBILIZE"}.isdisjoint(m.event_type for m in code(text))


@pytest.mark.parametrize("text, kind", [
    ("Deputies surrounded the farmhouse near Ocala and called in a SWAT team.", "MOBILIZE"),
    ("Police responded with tear gas outside the market in Kisumu on Wednesday.", "COERCE"),
    ("Hundreds of hawkers barricaded the main highway into Kisumu with burning tyres.", "PROTEST"),
])
def test_sieges_crowd_munitions_and_barricades(text, kind):
    assert kind in [m.event_type for m in code(text)]


@pytest.mark.parametrize("text", [
    "He barricaded himself in a bedroom of the house in Ocala.",
    "Fans surrounded the singer at the airport in Lagos.",
    "The company responded with a statement on Tuesday.",
])
def test_barricaded_in_surrounded_by_fans_and_answers_are_no_force(text):
    assert code(text) == []



@pytest.mark.parametrize("text", [
    "The gunman surrendered to police in Las Cruces early on Monday after a long standoff.",
    "The driver surrendered to deputies in Ocala on Friday after a chase.",
])
def test_giving_oneself_up_to_officers_is_their_arrest(text):
    [m] = code(text)
    assert (m.event_type, m.mode) == ("COERCE", "arrest") and m.actor1.type == "police"


def test_a_side_surrendering_to_an_army_retreats():
    [m] = code("Two hundred rebels surrendered to the army near Goma on Monday.")
    assert m.event_type == "RETREAT" and m.actor1.type != "military"


@pytest.mark.parametrize("text", [
    "The man crashed his car into a fence and was arrested on Tuesday night, the sheriff said.",
    "A chase ended near Marion on Friday when the driver crashed into a ditch and was detained by troopers.",
])
def test_an_arrest_after_a_crash_is_an_arrest(text):
    assert [(m.event_type, m.mode) for m in code(text)] == [("COERCE", "arrest")]


def test_a_crash_that_hurts_stays_no_act():
    assert code("A pickup crashed into a school bus near Marion on Friday, injuring nine children.") == []


def test_police_named_by_no_state_in_an_act_placed_by_the_story_are_the_places_police():
    text = ("A man died early Sunday after a fight inside a Casper, Wyoming, bar spilled into the parking lot.\n\n"
            "Police arrested Cody Whitaker, 33, about an hour later at a residence on the city's east side.")
    m = next(m for m in code(text) if m.evidence.trigger == "arrested")
    assert m.actor1 is not None and m.actor1.country == "USA" and m.actor1.name


@pytest.mark.parametrize("text", [
    "He ran from the car but was tackled by a deputy after a short foot chase in Pueblo, Colorado.",
    "The suspect fled on foot and was tackled by an officer near Main Street in Dayton, Ohio.",
])
def test_a_passive_joined_to_an_active_verb_is_done_to_its_subject(text):
    assert [m.event_type for m in code(text) if m.evidence.trigger == "tackled"] == ["ASSAULT"]


def test_a_forces_own_word_capitalised_after_a_dateline_names_no_local_force():
    # "Police" opening the sentence after a blanked dateline is tagged a name; no town is named in it
    ms = code("Headline\n\nKANO, Nigeria - Police officers were patrolling near the village of Kura on Monday.")
    assert [m.actor1.name for m in ms if m.actor1] == ["Nigeria police"]


def test_rubber_bullets_fired_at_a_crowd_disperse_it():
    ms = code("Police fired rubber bullets and tear gas to disperse hundreds of opposition supporters "
              "outside the electoral commission in Harare on Wednesday.")
    assert [m.event_type for m in ms] == ["COERCE"]


@pytest.mark.parametrize("text", [
    # a private person's fight with a force is the force's use of force on a civilian, no armed group's act
    "Headline\n\nMESA, Ariz. (AP) - Daniel Ortiz fought with two deputies outside a motel on Sunday before he was subdued.",
    "Headline\n\nMESA, Ariz. (AP) - An inmate died after a struggle with jail officers on Sunday.",
])
def test_a_struggle_between_a_private_person_and_a_force_is_the_forces(text):
    [m] = [m for m in code(text) if m.event_type == "ASSAULT"]
    assert m.actor1 is not None and m.actor1.type == "police"
    assert m.actor2 is not None and m.actor2.name.startswith("Civilians")


@pytest.mark.parametrize("text", [
    "A police shooting in Toledo was ruled justified by prosecutors on Friday.",
    "A deputy shooting on Elm Street in Akron is under review.",
])
def test_whom_police_shot_with_no_one_named_are_the_places_civilians(text):
    # the model reads "police shooting" as a clause on the force (stop 57)
    (m,) = [m for m in code(text) if m.evidence.trigger == "shooting"]
    assert m.actor2 is not None and m.actor2.name == "Civilians (United States)"


@pytest.mark.parametrize("text", [
    # officers raiding a workplace (stop 57): a meat or a garment plant is a works, no shrub
    "Immigration officers raided a meatpacking plant in Omaha on Tuesday and detained 40 workers.",
    "Police raided a garment plant near El Paso on Monday.",
])
def test_agents_raiding_a_workplace_coerce(text):
    assert [m.event_type for m in code(text)] == ["COERCE"]


@pytest.mark.parametrize("text", [
    "Police banned the procession through the old town on Monday.",
    "The city council banned the parade planned for Saturday.",
])
def test_a_procession_or_a_parade_banned_is_coercion(text):
    assert "COERCE" in [m.event_type for m in code(text)]


def test_the_us_marshals_service_is_a_police_force():
    (m,) = code("Members of a U.S. Marshals Service task force arrested a man in Dallas on Monday.")
    assert m.actor1.name == "United States Marshals Service" and m.actor1.type == "police"
