"""Accusations told in other words than "accused" (codebook section 3, ACCUSE), on sentences written
for this test: a damning name for an act, a headline's "slams", a reproach drawn "from" someone,
and a participle that says again what the accusation said."""

from __future__ import annotations

import pytest

from conflictatlas.nlp import code_article
from conflictatlas.records import Article, content_id


def code(text: str, published: str = "2021-06-14"):
    return code_article(Article(id=content_id(text), text=text, source="t.txt", published=published))


def name(actor) -> str | None:
    return actor and (actor.name or actor.text)


@pytest.mark.parametrize("text", [
    "The governor of Oyo called the curfew unlawful and racist on Tuesday.",
    "Kenyan opposition leaders branded the election a sham.",
    "The interior minister of Chile described the strike by port workers as illegal.",
    "A Labour spokesman labelled the new asylum rules a betrayal of refugees.",
])
def test_a_damning_name_for_an_act_accuses(text):
    assert [m.event_type for m in code(text)] == ["ACCUSE"]


@pytest.mark.parametrize("text", [
    "Officials of the ministry called the talks productive.",  # praise is no accusation
    "The UN envoy described the meeting as long.",
    "The minister called the reporters into his office.",
])
def test_a_name_that_does_not_damn_is_no_accusation(text):
    assert "ACCUSE" not in [m.event_type for m in code(text)]


@pytest.mark.parametrize("text, doer", [
    ("The senator slammed the Pentagon over the delays on Monday.", "senator"),
    ("Greek ministers blasted the Turkish coastguard for the incident.", "Greek ministers"),
])
def test_slamming_or_blasting_someone_in_words_accuses(text, doer):
    (m,) = code(text)
    assert m.event_type == "ACCUSE" and doer in (m.actor1.text or "")


@pytest.mark.parametrize("text, mode", [
    ("Mortar rounds slammed into a market in Mogadishu on Friday.", None),
    ("Militants blasted a border checkpoint near Chaman with explosives.", "explosives"),
])
def test_munitions_that_slam_and_militants_that_blast_still_attack(text, mode):
    (m,) = code(text)
    assert m.event_type == "ASSAULT" and (mode is None or m.mode == mode)


@pytest.mark.parametrize("text", [
    "The striker slammed the ball into the roof of the net.",
    "She slammed the door and walked out of the flat.",
])
def test_a_private_slam_is_no_event(text):
    assert code(text) == []


@pytest.mark.parametrize("text, author", [
    ("The curfew in Lagos drew sharp criticism from Amnesty International.", "Amnesty International"),
    ("The expulsions prompted condemnation from the African Union on Friday.", "African Union"),
])
def test_a_reproach_drawn_from_someone_is_their_accusation(text, author):
    accuse = [m for m in code(text) if m.event_type == "ACCUSE"]
    assert len(accuse) == 1 and name(accuse[0].actor1) == author


def test_a_reproach_with_no_author_is_no_event():
    assert "ACCUSE" not in [m.event_type for m in code("The new tax drew criticism on social media.")]


@pytest.mark.parametrize("text, etype", [
    ("The governor of Kano condemned the killings, calling them barbaric.", "ACCUSE"),
    ("The Nigerien junta rejected the ultimatum, calling it an insult.", "REJECT"),
    ("The mayor of Kano denounced the bombing calling it cowardly and criminal.", "ACCUSE"),
])
def test_a_participle_that_says_the_act_again_is_the_same_act(text, etype):
    assert [m.event_type for m in code(text)] == [etype]


@pytest.mark.parametrize("text, actor1", [
    ("Soldiers shot at protesters in Khartoum.", "Sudan military"),
    ("Police in Lahore shot at the van as it sped through a checkpoint.", "Pakistan police"),
])
def test_shooting_at_people_or_a_vehicle_is_done_not_suffered(text, actor1):
    (m,) = code(text)
    assert m.event_type == "ASSAULT" and name(m.actor1) == actor1


@pytest.mark.parametrize("text", [
    "The Turkish opposition expressed concern over the detention of its mayors.",
    "Rights groups voiced outrage at the sentence handed to the blogger in Baku.",
])
def test_disapproval_put_into_words_is_an_accusation(text):
    assert [m.event_type for m in code(text)] == ["ACCUSE"]


@pytest.mark.parametrize("text", [
    "The minister expressed hope for a quick agreement with Kyiv.",
    "The president expressed condolences to the families of the miners.",
])
def test_hope_or_sympathy_put_into_words_accuses_no_one(text):
    assert "ACCUSE" not in [m.event_type for m in code(text)]


def test_a_capture_a_statement_answers_is_told_too():
    text = "Two days after rebels seized 12 soldiers near Goma, the African Union voiced alarm over the abduction."
    # (people armed men of no state seize are abducted: an ASSAULT, codebook, stop 77)
    assert sorted(m.event_type for m in code(text)) == ["ACCUSE", "ASSAULT"]


@pytest.mark.parametrize("text, doer", [
    ("The African Union was outraged at the killing of the monks in Yangon.", "African Union"),
    ("The European Union was critical of the crackdown on protesters in Minsk.", "European Union"),
    ("The African Union said it was deeply disappointed with the coup in Niamey.", "African Union"),
    ("The European Union is furious over the expulsion of its envoy from Minsk.", "European Union"),
])
def test_an_attitude_toward_an_act_put_as_a_predicate_accuses(text, doer):
    assert [(m.event_type, name(m.actor1)) for m in code(text)][:1] == [("ACCUSE", doer)]


@pytest.mark.parametrize("text", [
    "The coach in Leeds was angry with himself after the defeat.",
    "Fans were disappointed in the result of the match in Leeds.",
    "The army chief of Mali is critical to the success of the peace talks.",
    "The ruling disappointed the union in Los Angeles.",
])
def test_a_mood_or_a_judgement_of_worth_accuses_no_one(text):
    assert [m for m in code(text) if m.event_type == "ACCUSE"] == []


@pytest.mark.parametrize("text", [
    "The opposition party in Kenya lambasted the interior minister on Friday.",
    "The Kenyan opposition leader lashed out at the electoral commission on Friday.",
    "The opposition party in Kenya hit out at the police chief over the curfew.",
    "The Law Society of Kenya questioned the legality of the curfew on Friday.",
    "The Kenyan opposition took aim at the president's security plan on Friday.",
    "The opposition party in Kenya faulted the electoral commission for the delays.",
])
def test_a_reproach_in_other_words_accuses(text):
    assert "ACCUSE" in [m.event_type for m in code(text)]


@pytest.mark.parametrize("text", [
    "Police in Nairobi questioned the suspect for six hours on Friday.",
    "Prospectors in Kenya panned for gold along the river.",
])
def test_questioning_a_suspect_or_panning_for_gold_accuses_no_one(text):
    assert [m for m in code(text) if m.event_type == "ACCUSE"] == []


def test_an_objection_to_a_plan_is_a_rejection():
    text = "The mayor of Nogales objected to the governor's plan to send troops on Tuesday."
    assert "REJECT" in [m.event_type for m in code(text)]
