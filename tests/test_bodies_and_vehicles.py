"""A body's spokesman and "the group" told again, the other side of fire exchanged, vehicles and
camps of civilian use hit, a force's patrol or post that came under fire or its vehicle set on fire,
a town an armed body named by its acronym took, witnesses who are no doers, and a group told
attacking in a country as the doer of the next unnamed act there, on sentences written for this
test (stop 63)."""

from __future__ import annotations

import pytest

from conflictatlas.nlp import code_article
from conflictatlas.records import Article, content_id


def code(text: str, published: str = "2024-03-11"):
    return code_article(Article(id=content_id(text), text=text, source="t.txt", published=published))


def name(actor) -> str | None:
    return actor and (actor.name or actor.text)


def by_trigger(mentions, trigger: str):
    return next(m for m in mentions if m.evidence.trigger == trigger)


@pytest.mark.parametrize("text, trigger, body", [
    # a body's spokesman by its possessive
    ("Al-Shabaab fighters attacked a base near Baidoa on Sunday. Its spokesman, Ali Dheere, rejected any "
     "blame for the deaths of the herders.", "rejected", "al-Shabaab"),
    ("Al-Shabaab fighters attacked a base near Baidoa on Sunday. The group's spokesman accused the army "
     "of killing herders.", "accused", "al-Shabaab"),
    ("MOGADISHU, Somalia (Reuters) - Al-Shabaab said it attacked a base near Baidoa. The army's "
     "spokesman rejected the claim.", "rejected", "Somalia military"),
    # "the group" told again
    ("GOMA, Congo (Reuters) - M23 rebels took the village of Kitshanga on Friday. The group accused the army "
     "of shelling the market.", "accused", "M23"),
    ("Human Rights Watch said on Monday that soldiers had beaten villagers near Kindu. The group urged "
     "the government to investigate.", "urged", "Human Rights Watch"),
])
def test_a_body_told_again_acts_as_that_body(text, trigger, body):
    assert name(by_trigger(code(text), trigger).actor1) == body


def test_a_persons_spokeswoman_is_not_read_as_a_body_named_before():
    text = ("Al-Shabaab fighters attacked a base near Baidoa on Sunday. President Hassan Sheikh Mohamud's "
            "spokeswoman condemned the attack.")
    assert name(by_trigger(code(text), "condemned").actor1) != "al-Shabaab"


def test_the_group_is_never_a_state_named_before():
    text = "Kenya deployed troops to Lamu on Monday. The group attacked a police post there on Friday."
    assert name(by_trigger(code(text), "attacked").actor1) != "Kenya government"


@pytest.mark.parametrize("text, other", [
    ("Soldiers exchanged gunfire with M23 rebels for two hours near Rutshuru on Tuesday.", "M23"),
    ("Police traded fire with gunmen near Zaria on Tuesday.", "Unidentified armed group (Nigeria)"),
])
def test_fire_exchanged_with_someone_names_the_other_side(text, other):
    m = code(text)[0]
    assert m.event_type == "ASSAULT"
    assert name(m.actor2) == other


@pytest.mark.parametrize("text", [
    "The two ministers traded barbs in parliament on Tuesday.",
    "The two countries traded goods worth $3 billion last year.",
])
def test_things_traded_are_no_fight(text):
    assert not any(m.event_type == "ASSAULT" for m in code(text))


@pytest.mark.parametrize("text", [
    "Gunmen ambushed a convoy of passenger buses near Gwoza on Wednesday.",
    "Gunmen opened fire on a convoy of trucks near Gwoza on Wednesday.",
    "Militants ambushed an aid convoy near Gwoza on Wednesday.",
    "Gunmen raided a mining camp near Gwoza on Wednesday.",
    "Militants attacked a lorry near Gwoza on Wednesday.",
    "Gunmen attacked a camp for displaced people near Gwoza on Wednesday.",
])
def test_vehicles_and_camps_of_civilian_use_are_their_peoples(text):
    m = next(m for m in code(text) if m.event_type == "ASSAULT")
    assert name(m.actor2) == "Civilians (Nigeria)"


@pytest.mark.parametrize("text, force", [
    ("Gunmen ambushed an army convoy near Gwoza on Wednesday.", "Nigeria military"),
    ("Gunmen ambushed a police truck near Gwoza on Wednesday.", "Nigeria police"),
    # a force's patrol or post that came under fire
    ("An army patrol came under heavy fire near Pulwama on Monday.", "India military"),
    ("A police checkpoint came under attack near Dori on Sunday.", "Burkina Faso police"),
])
def test_a_forces_convoy_truck_patrol_or_post_is_that_forces(text, force):
    m = next(m for m in code(text) if m.event_type == "ASSAULT")
    assert name(m.actor2) == force


def test_the_group_is_the_body_the_story_is_about_not_one_named_in_passing():
    text = ("Boko Haram fighters raided Konduga on Monday. Boko Haram, which once pledged loyalty to "
            "al-Qaeda, has fought the state since 2009. The group said it had killed 12 soldiers.")
    assert name(by_trigger(code(text), "killed").actor1) == "Boko Haram"


def test_a_league_of_states_is_not_the_group():
    text = ("African Union troops guard the airport. Gunmen stormed a hotel in Kismayo on Friday. "
            "The group said it had carried out the attack.")
    assert name(by_trigger(code(text), "attack").actor1) != "African Union"


@pytest.mark.parametrize("text", [
    "The militia finances itself through tolls on the roads around Kidal.",
    "The clinic supports itself on fees charged to patients.",
])
def test_what_a_body_gives_itself_is_no_aid(text):
    assert not any(m.event_type in ("AID", "SUPPORT", "COOPERATE") for m in code(text))


def test_what_one_side_gives_another_stays_aid():
    assert any(m.event_type == "AID" for m in code("Iran funds the Houthis and arms them, the report said."))


@pytest.mark.parametrize("text, force", [
    ("Gunmen set fire to a police van in Quetta on Friday.", "Pakistan police"),
    ("Militants torched an army truck near Menaka on Monday.", "Mali military"),
])
def test_a_forces_vehicle_set_on_fire_is_an_attack_on_it(text, force):
    m = code(text)[0]
    assert (m.event_type, name(m.actor2)) == ("ASSAULT", force)


def test_a_shop_set_on_fire_by_gunmen_stays_property_destroyed():
    assert code("Gunmen set fire to a bank in Quetta on Friday.")[0].event_type == "COERCE"


@pytest.mark.parametrize("text, doer", [
    ("The RSF seized Wad Madani in December.", "Rapid Support Forces"),
    ("Al-Shabaab seized most of the port town on Sunday.", "al-Shabaab"),
])
def test_a_town_an_armed_body_seized_was_taken_by_force(text, doer):
    m = code(text)[0]
    assert (m.event_type, name(m.actor1)) == ("ASSAULT", doer)
    assert not (name(m.actor2) or "").startswith("Civilians")  # taking a town hits no one named


def test_goods_police_seized_stay_a_seizure():
    assert code("Police seized most of the heroin in the raid on Sunday.")[0].event_type == "COERCE"


def test_who_heard_or_saw_an_act_did_not_do_it():
    for text in ("Residents of Mora heard heavy gunfire for three hours on Sunday.",
                 "Witnesses in Mora saw the attack on the market on Sunday."):
        m = next(m for m in code(text) if m.event_type == "ASSAULT")
        assert not (name(m.actor1) or "").startswith(("Residents", "Witnesses", "Civilians"))


def test_a_group_told_attacking_in_a_country_is_the_doer_of_the_next_unnamed_act_there():
    text = ("N'DJAMENA, Chad (Reuters) - Boko Haram fighters attacked an army post near Baga Sola on Sunday night, "
            "killing 12 soldiers, the army said.\n\nFour more soldiers were wounded.")
    m = next(m for m in code(text) if m.evidence.trigger == "wounded")
    assert name(m.actor1) == "Boko Haram"


def test_a_bodys_own_command_in_lower_case_is_no_namesake():
    m = code("The ELN said its central command had ordered the offensive in Arauca.")[0]
    assert name(m.actor1) == "ELN"
