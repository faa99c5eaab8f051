"""Stop 83: "a trooper shot and killed a driver": the tagger reads "shot" after a word for a person as
a compound noun, leaving the killing with no doer; followed by a past verb joined to it, "shot" is
that person's act. "took a shot and missed" stays a noun. Sentences written
for these tests."""

from __future__ import annotations

from conftest import coded


def test_a_person_who_shot_and_killed_did_it():
    (act,) = coded("A trooper shot and killed a motorist in Macon after a chase.")
    assert act.actor1 is not None and act.actor1.type == "police"
    (act,) = coded("Detectives said an off-duty deputy shot and injured a Bartow teenager on Sunday.")
    assert act.actor1 is not None and act.actor1.type == "police"


def test_a_shot_taken_at_goal_stays_a_noun():
    assert coded("The striker took a shot and missed in the final minute.") == []
