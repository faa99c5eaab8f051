"""Acts named but not told, on sentences written for this test (stop 53): a toll whose only time
is its subject's relative clause, a tally's means, one act among a counted many, a word's
definition, a relative clause's "since" that dates its own state, and figurative wrecking of a
belief."""

from __future__ import annotations

import pytest

from conflictatlas.nlp import code_article
from conflictatlas.records import Article, content_id


def code(text: str, published: str = "2017-08-20"):
    return code_article(Article(id=content_id(text), text=text, source="t.txt", published=published))


def by_trigger(mentions, trigger: str):
    return next(m for m in mentions if m.evidence.trigger == trigger)


@pytest.mark.parametrize("text", [
    "The rebels, who have held the town since March, have killed more than 200 people.",
    "Troops have killed dozens of militants with air strikes since March.",
    "Her death was one of 44 homicides in the city in 2019.",
    'Turkish officials use the term "neutralize" to refer to militants killed, captured or who surrendered.',
    "The word martyr is used for fighters killed in battle.",
    "The author demolishes the comfortable myth that the garrison was unlucky.",
    "The book shatters the stereotype of the lazy conscript.",
])
def test_no_event_is_told(text):
    assert code(text) == []


@pytest.mark.parametrize("text, trigger", [
    # a count of people detained since a point: a tally, though detention lasts
    ("Security forces have detained more than 400 people since the strikes began on May 2, lawyers say.", "detained"),
    # the span on the noun of the acts, across a gapped second clause
    ("At least three people have been killed and more than 200 injured in clashes between supporters of rival parties"
     " since the Oct. 12 vote, according to the rights commission.", "killed"),
    ("Two people have been killed in clashes since the Oct. 12 vote.", "killed"),
    # acts counted by the verb's object
    ("The insurgents have carried out dozens of ambushes in the valley since the army arrived in 2015.", "ambushes"),
    # a present passive done as a rule
    ("Foreign traders are frequently attacked in the port's markets.", "attacked"),
    # a war's toll, in the past tense too
    ("The civil war killed some 30,000 people in the north, most of them herders.", "killed"),
    # a habit said by how often: of the act, or of its noun
    ("Militiamen carry out near-daily raids on the camps around Bunia.", "raids"),
    ("Coast guard boats fire daily on the fishing boats, fishermen say.", "fire"),
    # a witness's present, quoted, with no day and no past in the quotation: what is done as a rule
    ('"They shell our fields and then blame us," a farmer in Poonch said.', "shell"),
    # striving that goes badly
    ('"We are fighting a losing battle against the smugglers," the district chief said.', "fighting"),
])
def test_counted_and_habitual_acts_are_no_event(text, trigger):
    assert trigger not in [m.evidence.trigger for m in code(text)]


@pytest.mark.parametrize("text, trigger", [
    # what lasts, done by many, is one ongoing act, not a tally
    ("About 8,000 peacekeepers have patrolled the buffer zone since early 2004.", "patrolled"),
    # a day's arrests since another act
    ("Police have detained two men since the ambush on Monday.", "detained"),
    # a quotation that tells a past: its acts are told
    ('"The army responded with heavy weapons, which forced the gunmen to abandon their cars and escape," the statement'
     ' said.', "escape"),
])
def test_lasting_or_single_acts_since_a_point_stay(text, trigger):
    assert by_trigger(code(text), trigger)


@pytest.mark.parametrize("text, trigger", [
    ("Three attacks on the market killed 12 people on Sunday.", "killed"),
    ("The group used the word victory after its fighters killed three soldiers on Sunday.", "killed"),
    ("The militia killed two children with indiscriminate shelling on Sunday.", "killed"),
])
def test_told_acts_stay(text, trigger):
    assert by_trigger(code(text), trigger).status == "occurred"


def test_a_relative_clauses_since_dates_its_own_state():
    m = by_trigger(code("Rebels shelled the town, which they have besieged since 2015, on Sunday."), "shelled")
    assert m.date.start == "2017-08-20"


def test_a_promise_is_dated_when_made_not_by_the_day_promised():
    m = by_trigger(code("The president will resign on Wednesday, the speaker of parliament said.", "2022-07-10"),
                   "resign")
    assert m.date.end == "2022-07-10"
    assert m.date.start is None or m.date.start >= "2022-07-09"


@pytest.mark.parametrize("text, kills", [
    # one of a toll already told, with no time of its own, is that act's, not a second
    ("Clashes between two villages near Jos left 40 dead, including a policeman killed by a stray bullet.", 0),
    ("The riots in Kaduna left nine people dead, including a student killed near the market.", 0),
    # with its own time, an act of its own
    ("Attacks in the region have killed 40 people this month, including two soldiers killed in an ambush "
     "near Gao on Monday.", 1),
])
def test_one_of_a_toll_already_told_is_no_second_act(text, kills):
    assert [m.evidence.trigger for m in code(text)].count("killed") == kills
