"""What answers an act the article told, on sentences written for this test: a condemnation of
"what it called" an attack, a feeling about it, and fire returned on its doers (codebook section 3,
ACCUSE, and section 4, the sides of an act)."""

from __future__ import annotations

import pytest

from conflictatlas.nlp import code_article
from conflictatlas.records import Article, content_id


def code(text: str, published: str = "2021-03-10"):
    return code_article(Article(id=content_id(text), text=text, source="t.txt", published=published))


def name(actor) -> str | None:
    return actor and (actor.name or actor.text)


ATTACK = "Al-Shabaab fighters attacked a police station in Baidoa on Monday, killing four officers.\n\n"


@pytest.mark.parametrize("answer", [
    "The regional governor condemned what he called a cowardly attack.",
    "The council denounced what it described as a senseless bombing.",
])
def test_condemning_what_someone_called_an_act_accuses_its_doer_and_tells_no_new_act(answer):
    coded = code(ATTACK + answer)
    said = [m for m in coded if m.evidence.sentence.startswith(answer[:12])]
    assert [m.event_type for m in said] == ["ACCUSE"]
    assert name(said[0].actor2) == "al-Shabaab"


@pytest.mark.parametrize("answer", [
    "The interior minister said he was deeply concerned by the attack.",
    "The embassy said it was shocked at the killings.",
])
def test_dismay_at_an_act_told_before_accuses_its_doer_and_tells_no_new_act(answer):
    said = [m for m in code(ATTACK + answer) if m.evidence.sentence.startswith(answer[:12])]
    assert [(m.event_type, name(m.actor2)) for m in said] == [("ACCUSE", "al-Shabaab")]


@pytest.mark.parametrize("text", [
    "Residents of Baidoa were concerned by the traffic on the new road.",
    "Shopkeepers in Leeds have been shocked by the level of litter in the market.",
])
def test_worry_about_no_act_accuses_no_one(text):
    assert code(text) == []


def test_a_named_act_without_a_what_clause_is_still_an_act():
    # guard: "called" with its own object is no naming of an act told before
    coded = code("Police called a curfew after militants bombed a market in Kano on Friday.")
    assert "ASSAULT" in [m.event_type for m in coded]


@pytest.mark.parametrize("answer, by", [
    ("The officers returned fire, the police said.", "Somalia police"),
    ("Troops retaliated, killing two of the gunmen.", "Somalia military"),
])
def test_fire_returned_answers_the_attack_on_those_who_return_it(answer, by):
    text = ("Gunmen opened fire on a police checkpoint near Baidoa on Sunday night.\n\n"
            "A military convoy was passing at the time.\n\n" + answer)
    back = [m for m in code(text) if m.evidence.sentence.startswith(answer[:10])][0]
    assert name(back.actor1) == by
    assert name(back.actor2) == "Unidentified armed group (Somalia)"


def test_fire_returned_where_no_attack_was_told_answers_no_one():
    back = [m for m in code("Officers returned fire near Baidoa on Sunday, the police said.") if m.evidence.trigger == "returned"]
    assert back and back[0].actor2 is None



@pytest.mark.parametrize("text, etype", [
    ("Sudan and South Sudan signed a ceasefire in Juba on Monday.", "AGREE"),
    ("The foreign ministers of Congo and Rwanda signed a peace agreement in Washington on Friday.", "AGREE"),
    ("Kenya and Uganda signed a trade agreement in Nairobi on Friday.", "SUPPORT"),  # PLOVER's formal agreement
])
def test_a_ceasefire_or_a_peace_deal_signed_is_agreed_other_agreements_supported(text, etype):
    assert [m.event_type for m in code(text)][:1] == [etype]


@pytest.mark.parametrize("text", [
    "Students have called a large rally in Novi Sad on Saturday.",
    "The opposition announced a general strike across Kenya for Monday.",
])
def test_a_protest_called_or_announced_is_yet_to_be_held(text):
    assert [m.status for m in code(text, "2024-06-20") if m.event_type == "PROTEST"][:1] == ["planned"]
