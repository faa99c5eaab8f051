"""Words that describe a person or an act rather than tell one (codebook sections 1.2 and 3), on
sentences written for this test: people named by a charge ("two men accused of ..."), a judge's ruling
on a request, a first-person "killed me" said by the living, and an act called "targeted". Each guard
beside them is the same words telling an act, which must stay an event."""

from __future__ import annotations

from conflictatlas.nlp import code_article
from conflictatlas.records import Article, content_id


def code(text: str, published: str = "2024-05-10"):
    return code_article(Article(id=content_id(text), text=text, source="t.txt", published=published))


def types(text: str) -> list[tuple[str, str]]:
    return [(m.event_type, m.evidence.trigger) for m in code(text)]


def test_people_named_by_a_charge_are_no_accusation():
    found = types("Three men accused of robbing a pharmacy in Leeds were arrested on Tuesday.")
    assert ("ACCUSE", "accused") not in found
    assert any(t == "COERCE" for t, _ in found)  # the arrest is still told


def test_an_accusation_made_is_one():
    found = types("The opposition accused the governor of rigging the vote.")
    assert ("ACCUSE", "accused") in found


def test_an_accusation_whose_makers_are_named_stays():
    found = types("A general accused by rights groups of ordering the massacre was promoted.")
    assert any(t == "ACCUSE" for t, _ in found)


def test_a_judge_ruling_on_a_request_is_the_case_procedure():
    assert types("Judge Mara Lind denied the prosecution's request to delay the trial.") == []


def test_a_government_refusing_a_request_is_a_rejection():
    found = types("The Interior Ministry rejected the union's request to hold a march in the capital.")
    assert any(t == "REJECT" for t, _ in found)


def test_killed_me_said_by_the_living_is_figurative():
    assert types('"She simply killed me with her serve," the runner-up said after the final.') == []


def test_killing_someone_else_stays_an_event():
    found = types("Gunmen killed a farmer and his son outside their home in Gombe on Sunday.")
    assert any(t == "ASSAULT" for t, _ in found)


def test_an_act_called_targeted_is_no_second_act():
    for text in ("Investigators think the stabbing was targeted, police said.",
                 "Police said the killing was targeted and not random."):
        assert not any(trigger == "targeted" for _, trigger in types(text))


def test_an_act_targeted_at_someone_stays():
    found = types("The convoy was targeted by a roadside bomb near Quetta.")
    assert any(t == "ASSAULT" for t, _ in found)
    found = types("The attack was targeted at a police convoy near Quetta.")
    assert any(t == "ASSAULT" for t, _ in found)


def test_calls_a_force_handles_are_no_request():
    assert types("Officers will handle calls involving homeless people differently, the mayor said.") == []


def test_calls_for_someone_to_act_stay_a_request():
    assert ("REQUEST", "calls") in types("The opposition renewed calls for the minister to resign.")
