"""A call "for" someone to act is a demand on them: "called for the governor to resign" is the
caller's REQUEST of the governor, not the governor's resignation (stop 73). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from conflictatlas.nlp import code_article
from conflictatlas.records import Article, content_id


def code(text: str):
    return code_article(Article(id=content_id(text), text=text, source="t.txt", published="2024-07-22"))


@pytest.mark.parametrize("text, asker, asked", [
    ("The opposition called for the governor to resign.", "opposition", "governor"),
    ("The union asked for the minister to step down.", "union", "minister"),
])
def test_a_call_for_someone_to_act_is_a_request_of_them(text, asker, asked):
    [m] = code(text)
    assert m.event_type == "REQUEST"
    assert m.actor1.text == asker and m.actor2 is not None and m.actor2.text == asked


def test_waiting_for_a_convoy_to_pass_is_no_request():
    ms = code("Rebels waited for the convoy to pass and then attacked it near Gao.")
    assert [m.event_type for m in ms] == ["ASSAULT"]
