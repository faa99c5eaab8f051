"""Islamic State's provinces by their own names, and who "the dead" were is no doer (codebook 2,
stop 66). Sentences written for these tests."""

from __future__ import annotations

import pytest

from conflictatlas.nlp import code_article
from conflictatlas.records import Article


def _code(text: str, published: str = "2024-05-17"):
    return code_article(Article(id="t", text=text, source="t", language="en", published=published))


@pytest.mark.parametrize("text, name", [
    ("ISWAP fighters attacked a military base in Borno state on Monday.", "Islamic State West Africa Province"),
    ("Islamic State Khorasan Province fighters attacked a Taliban checkpoint in Jalalabad on Monday.",
     "Islamic State Khorasan Province"),
    ("Ansar al-Sunna fighters attacked the town of Macomia on Monday.", "Islamic State Mozambique"),
])
def test_a_province_of_islamic_state_acts_under_its_own_name(text, name):
    attack = next(m for m in _code(text) if m.evidence.trigger == "attacked")
    assert attack.actor1.name == name


def test_the_caliphate_itself_stays_islamic_state():
    attack = next(m for m in _code("Islamic State fighters attacked a village near Raqqa on Monday.")
                  if m.evidence.trigger == "attacked")
    assert attack.actor1.name == "Islamic State"


def test_who_the_dead_were_did_not_kill_them():
    text = ("A bomb exploded on a crowded minibus in Kabul on Tuesday, killing seven passengers, officials said. "
            "Among the dead were a nurse and her two sons.")
    dead = next(m for m in _code(text) if m.evidence.trigger == "dead")
    assert dead.actor1 is None or "nurse" not in (dead.actor1.text or "")


@pytest.mark.parametrize("headline, trigger, victims", [
    ("Three Houthi police killed as drone hits checkpoint", "killed", "police"),
    ("Four rangers martyred as poachers storm outpost in Tsavo", "martyred", "rangers"),
])
def test_a_headlines_counted_subject_of_a_bare_past_is_whom_it_was_done_to(headline, trigger, victims):
    text = headline + "\n\nNAIROBI (Reuters) - The attack happened on Monday, officials said."
    act = next(m for m in _code(text) if m.evidence.trigger == trigger)
    assert act.actor1 is None or victims not in (act.actor1.text or "")
