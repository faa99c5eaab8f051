"""A death toll that rose to a number counts the dead of the act it names, and a kind of police
opening a sentence is no town's force (stop 74). Sentences written for these tests."""

from __future__ import annotations

from conflictatlas.nlp import code_article
from conflictatlas.records import Article, content_id


def code(text: str):
    return code_article(Article(id=content_id(text), text=text, source="t"))


def test_a_toll_risen_to_a_number_is_the_acts_dead():
    (m,) = code("The death toll from Tuesday's bombing in Kabul rose to 25, officials said.")
    assert m.event_type == "ASSAULT" and m.fatalities.best == 25


def test_a_toll_that_stood_at_more_than_a_number():
    (m,) = code("The death toll from the bombing of the market in Kabul stood at more than 300.")
    assert m.fatalities.low == 300


def test_riot_police_opening_a_sentence_are_the_states_police():
    (m,) = code("Riot police detained dozens of demonstrators in Yerevan.")
    assert m.actor1 is not None and m.actor1.name == "Armenia police"


def test_a_towns_police_opening_a_sentence_keep_its_name():
    found = {m.evidence.trigger: m for m in code("Dover Police arrested two men after a robbery in Dover, Delaware.")}
    assert found["arrested"].actor1 is not None and found["arrested"].actor1.name == "Dover Police"


def test_an_attack_after_which_police_arrested_a_man_was_not_theirs():
    found = {m.evidence.trigger: m for m in code("Police arrested a man after a stabbing in Leeds.")}
    assert found["stabbing"].actor1 is not None and found["stabbing"].actor1.type != "police"
    assert found["arrested"].actor1 is not None and found["arrested"].actor1.type == "police"


def test_a_fight_a_capture_followed_was_fought_by_the_captors():
    found = {m.evidence.trigger: m for m in code("Troops captured two commanders after heavy fighting near Goma.")}
    assert found["fighting"].actor1 is not None and found["fighting"].actor1.type == "military"


def test_a_raid_a_capture_was_made_during_was_the_captors():
    found = {m.evidence.trigger: m for m in code("Two men were captured by police during a raid on a farm in Multan.")}
    assert found["raid"].actor1 is not None and found["raid"].actor1.type == "police"


def test_an_act_a_charge_came_after_is_told():
    (m,) = code("Man charged after woman stabbed in Bristol")
    assert m.event_type == "ASSAULT" and m.evidence.trigger == "stabbed"
    # (what one is charged "with" stays the court's category)
    assert all(x.evidence.trigger != "murder" for x in code("A man was charged with murder in Bristol on Monday."))


def test_a_headlines_present_tense_dying_counts_the_dead():
    found = code("Two soldiers die in roadside blast in Mali")
    assert any(m.fatalities.best == 2 for m in found)


def test_the_killing_verbs_own_object_counts_the_dead():
    # whatever side the coder names (here a place the other verb took arms from), the dead are
    # counted on the killing verb's own object
    from conflictatlas.nlp import model
    from conflictatlas.nlp.numbers import fatalities

    doc = model.load()("Kurdish troops killed 14 IS extremists in the sweep and took ammunition from the IS hideouts.")
    killed = next(t for t in doc if t.lower_ == "killed")
    hideouts = next(t for t in doc if t.lower_ == "hideouts")
    assert fatalities(killed, doc[:], hideouts).best == 14
