"""Places inside organisation names: at the name's head ("Ohio University", "Athens Police
Department") or after its "of" ("University of Ohio"). Whether a geoparser should return these is a corpus's annotation convention:
LGL's gold marks them, GeoVirus's mostly does not, so the pass is an option: `geoparse` runs it
unless told `--no-org-names` (without it LGL's acc161 falls from 0.870 to 0.857 and its acc161_e2e
from 0.779 to 0.728; GeoVirus's F1 rises from 0.874 to 0.886 and its acc161_e2e falls from 0.804 to
0.796), the coder never does: such a name locates no event, it modifies the organisation.
"""

from __future__ import annotations

from spacy.tokens import Doc

from . import gazetteer
from . import resolve as georesolve
from .recovery import PLURAL_DIVISIONS_SINGULAR, country_named
from .thresholds import BIG_CITY_POPULATION
from .toponym import GENERIC_NAME_WORDS, Reading, Toponym, taken
from .words import words


def embedded(doc: Doc, art: Reading, found: list[Toponym]) -> list[Toponym]:
    """The place in an organisation's name: at its head ("Ohio University", "Athens Police
    Department", "Tulsa Arts Council") or after its "of" ("University of Ohio", "Science Museum
    of Virginia", "Miss America"). It names a place (and locates no event: it modifies the organisation)."""
    out, tagged, base, context = [], taken(found), art.base, art.context
    for ent in doc.ents:
        if (ent.label_ not in ("ORG", "FAC", "EVENT", "WORK_OF_ART", "PERSON") or len(ent) < 2
                or any(i in tagged for i in range(ent.start, ent.end))):
            continue
        if ent.label_ == "PERSON":
            # Only a county or parish the model ran into a person's name ("Orleans Parish Fire"):
            # "Jackson Smith" opens with a name, not with Jackson, Mississippi.
            if not any(t.lower_ in PLURAL_DIVISIONS_SINGULAR for t in ent[1:]):
                continue
        first = 1 if ent[0].lower_ == "the" else 0
        starts = [ent.start + first] + [t.i + 1 for t in ent if t.lower_ == "of" and t.i + 1 < ent.end]
        for at in starts:
            head = at == ent.start + first
            for width in (3, 2, 1):
                span = doc[at:at + width]
                if (len(span) != width or span.end > ent.end or (head and span.end >= ent.end)
                        or not all(t.pos_ == "PROPN" for t in span)):
                    continue
                # "United States Forest Service", "Canada Border Services Agency":
                # a country by its own name may open with a word that alone opens many names
                if span[0].lower_ in GENERIC_NAME_WORDS and not country_named(span.text):
                    continue
                cands = georesolve.candidates(span.text)
                entry = georesolve.choose(cands, context, span.text)
                if entry is not None and _cut_short(entry.name, span.text):
                    continue  # "Free" opening a militia's name is not the Free State, which it would name whole
                if entry is None or (entry.kind == "city" and entry.country not in context and entry.population < BIG_CITY_POPULATION
                                     and not georesolve.shares_division(entry, context, span.text)):
                    continue
                start = base + span[0].idx
                out.append(Toponym(span.start, span.end,
                                   georesolve.to_place(entry, span.text, start, start + len(span.text)), named=False))
                tagged.update(range(span.start, span.end))
                break
    return out


def _cut_short(name: str, text: str) -> bool:
    """The text is the opening words of the place's longer name, which the organisation's name does
    not go on to write: an alias by truncation, as likely an ordinary word of the name. A county
    named without its "County" ("the King Sheriff's Office") is named whole."""
    own, said = gazetteer.norm(name), gazetteer.norm(text)
    rest = own[len(said):].split()
    return own != said and own.startswith(said + " ") and not (len(rest) == 1 and rest[0] in _DIVISION_WORDS)


# Not "state": "Free" does not name the Free State whole.
_DIVISION_WORDS = (words("division_nouns") - {"state"}) | PLURAL_DIVISIONS_SINGULAR
