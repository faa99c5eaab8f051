"""Stop 79: an act already told, named again by its definite noun as what is reviewed, investigated,
or survived, is a reference to it, no second act. Sentences written for these tests."""

from __future__ import annotations

from conflictatlas.nlp import code_article
from conflictatlas.records import Article, content_id


def assaults(text: str):
    return [m for m in code_article(Article(id=content_id(text), text=text, source="t")) if m.event_type == "ASSAULT"]


STORY = "A man was shot dead on Elm Street in Dayton, Ohio, on Friday. "


def test_the_act_reviewed_or_investigated_is_the_one_told():
    for later in ("The state bureau will review the shooting.",
                  "The shooting will be investigated by the sheriff."):
        assert len(assaults(STORY + later)) == 1, later


def test_a_second_act_told_as_such_is_still_coded():
    ms = assaults(STORY + "Hours later a second man was shot in the leg on Oak Street.")
    assert len(ms) == 2
