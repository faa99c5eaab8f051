"""Names the tagger misses or mislabels, read with what the article says elsewhere: a surname of
someone the article named in full, a group by its initials, a name the geoparser made a place."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import vocabulary


def toponym_at(tok: Token):
    """The place of the toponym covering `tok`, as the geoparser wrote it to the doc (or None)."""
    from ..geo.toponym import SPAN_GROUP

    return next((s._.place for s in tok.doc.spans.get(SPAN_GROUP, []) if s.start <= tok.i < s.end), None)


def namesake_abroad(tok: Token, state: str | None) -> bool:
    """A capital's name the geoparser read as a town of another country ("Athens, Ohio", "Paris,
    Texas"): that town, not the government the capital stands for."""
    from ..countries import alpha3

    place = toponym_at(tok)
    return not tok.is_upper and place is not None and place.precision == "city" and place.country is not None and state is not None \
        and alpha3(place.country) != state


def initials(head: Token) -> bool:
    """"the KDLF attacked a post": a group by initials the tagger did not mark or took for a person, in
    running text (not a capitalised dateline or headline), and no place."""
    if not (head.pos_ == "PROPN" and head.ent_type_ in ("", "PERSON") and 2 < len(head.text) <= 6 and head.text.isalpha()
            and head.text.isupper()):
        return False
    around = [w for w in head.doc[max(0, head.i - 2):head.i + 3] if w.i != head.i and w.is_alpha]
    return all(not w.is_upper for w in around) and toponym_at(head) is None


def surname(head: Token) -> bool:
    """The surname of someone the article named in full ("Darnell Brill ... Brill fled"), which the
    tagger often leaves unmarked or takes for an organisation when it stands alone."""
    reading = head.doc._.geo_reading
    # The tagger sometimes makes a surname that opens a sentence a common noun ("Lee shot him").
    return head.pos_ in ("PROPN", "NOUN") and head.text[:1].isupper() and reading is not None \
        and head.text in reading.persons


def person_antecedent(pronoun: Token, antecedent: Token) -> Token:
    """"who" stands for a person: where the parser hung its clause on the name of where or what a person
    is from ("Ann Lee, 40, of Dover, who was shot"), the person."""
    if pronoun.lower_ not in ("who", "whom") or antecedent.pos_ != "PROPN" or antecedent.dep_ != "pobj" \
            or antecedent.head.lower_ != "of":
        return antecedent
    person = antecedent.head.head
    if person.ent_type_ == "PERSON" or person.lemma_.lower() in vocabulary()["people"]:
        return person
    return antecedent
