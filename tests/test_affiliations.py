"""Stop 78's rules: a person named with the group they belong to, whose unnamed gunmen are, and
an arrest told by a light verb ("placed under arrest"), and who is said or believed to have acted.
Sentences written for these tests."""

from __future__ import annotations

from conflictatlas.nlp import code_article
from conflictatlas.records import Article, content_id


def code(text: str, published: str | None = None):
    return code_article(Article(id=content_id(text), text=text, source="t", published=published))


def first(text: str, kind: str):
    return next(m for m in code(text) if m.event_type == kind)


def test_a_person_in_apposition_to_a_groups_leader_is_that_group():
    m = first("Omar Farah, a regional commander of al-Shabaab, was detained by soldiers near Kismayo.", "COERCE")
    assert m.actor2 is not None and m.actor2.name == "al-Shabaab"
    m = first("Masked men shot dead Yusuf Dar, a senior member of Hamas, outside a mosque in Rafah.", "ASSAULT")
    assert m.actor2 is not None and m.actor2.name == "Hamas"


def test_a_person_with_no_group_in_apposition_stays_a_civilian():
    m = first("Masked men shot dead Yusuf Dar, a shopkeeper, outside a mosque in Rafah.", "ASSAULT")
    assert m.actor2 is None or m.actor2.type == "civilians"


def test_a_hyphenated_group_name_the_recogniser_cuts_is_kept_whole():
    m = first("Imran Shah, a leader of Lashkar-e-Jhangvi, was shot by two men in Karachi.", "ASSAULT")
    assert m.actor2 is not None and m.actor2.name == "Lashkar-e-Jhangvi"


def test_gunmen_are_not_of_the_group_their_victim_belongs_to():
    m = first("Yusuf Dar, a senior member of Hamas, was shot dead by gunmen in Rafah.", "ASSAULT")
    assert m.actor1 is not None and m.actor1.name != "Hamas"
    m = first("Gunmen killed Yusuf Dar, a senior member of Hamas, in Rafah.", "ASSAULT")
    assert m.actor1 is not None and m.actor1.name != "Hamas"


def test_gunmen_told_after_a_group_in_an_earlier_sentence_are_still_that_group():
    m = code("Hamas fighters moved into the camp at night. The gunmen killed two guards.")[-1]
    assert m.actor1 is not None and m.actor1.name == "Hamas"


def test_an_arrest_told_by_a_light_verb_is_on_the_one_placed_under_it():
    m = first("Deputies placed the driver under arrest after a chase.", "COERCE")
    assert m.evidence.trigger == "placed"
    assert m.actor1 is not None and m.actor1.type == "police"
    assert m.actor2 is not None and m.actor2.type == "civilians"
    m = first("Tom Ray, 52, was placed under arrest at his farm on Monday.", "COERCE")
    assert m.actor2 is not None and m.actor2.type == "civilians"


def test_a_child_placed_in_a_home_is_no_arrest():
    assert not [m for m in code("The boy was placed in a foster home last year.") if m.event_type == "COERCE"]


def test_passers_by_are_civilians():
    m = first("Men with clubs beat passers-by near the market in Kano.", "ASSAULT")
    assert m.actor2 is not None and m.actor2.type == "civilians"


def test_a_part_of_a_civilian_building_is_that_building():
    m = first("Mortar shells struck the children's ward of the clinic in Kadugli.", "ASSAULT")
    assert m.actor2 is not None and m.actor2.type == "civilians"


def test_who_is_said_or_believed_to_have_done_an_act_did_it():
    m = first("Gunmen are believed to have killed six farmers near Bunia.", "ASSAULT")
    assert m.actor1 is not None and m.actor1.text == "Gunmen"
    assert m.status == "occurred"
    m = first("Soldiers are said to have arrested the cleric in Lucknow on Friday.", "COERCE")
    assert m.actor1 is not None and m.actor1.type == "military"


def test_an_act_feared_to_come_stays_hypothetical():
    m = first("Gunmen are feared to attack the farms near Bunia next week.", "ASSAULT")
    assert m.status != "occurred"


def test_unnamed_rebels_taking_ground_fight_their_states_army():
    m = first("Rebel fighters stormed the western part of Jisr al-Shughur in Syria on Tuesday.", "ASSAULT")
    assert m.actor2 is not None and m.actor2.name == "Syria military"


def test_a_kind_word_on_rebels_names_no_group():
    m = first("Jihadist rebels shelled a checkpoint near Idlib.", "ASSAULT")
    assert m.actor1 is not None and m.actor1.name != "Jihadist"


def test_a_named_armed_group_entering_a_town_advances_into_it():
    m = first("The SDF entered Manbij early on Sunday.", "ASSAULT")
    assert m.actor1 is not None and m.actor1.type in ("rebel/insurgent", "militia", "terrorist organisation")


def test_a_unit_named_after_an_animal_is_no_animal():
    m = first("Tiger Forces stormed the ridge above Palmyra at dawn.", "ASSAULT")
    assert m.actor1 is not None
    assert not [m for m in code("A leopard attacked two herders near the park in Assam.") if m.event_type == "ASSAULT"]


def test_who_died_in_shelling_did_not_shell():
    for text in ("Three farmers died in shelling by army units near Kadugli.",
                 "Three farmers died in the shelling by army units near Kadugli."):
        m = first(text, "ASSAULT")
        assert m.actor1 is not None and m.actor1.type == "military", text
