"""What an article has named so far: the actors later sentences refer back to by a pronoun, a
surname, a generic noun ("the militants") or a force's title (actors.resolve reads it; the coder
fills it sentence by sentence with remembering.remember_names)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace

from ..records import Actor

CROWDS = ("Protesters", "Rioters")
_ARMED_TYPES = {"terrorist organisation", "rebel/insurgent", "militia"}
# What "the group" never stands for: a state, its forces, or private people and crowds
_NOT_BODIES = {"government", "military", "police", "civilians", "international organisation"}


@dataclass
class ActorContext:
    """What an article has named so far, for antecedents in later sentences."""

    history: list[tuple[int, Actor]] = field(default_factory=list)  # (article char offset, actor)
    persons: set[str] = field(default_factory=set)  # names of actors that are people (office-holders)
    # where an office-holder was named by office alone ("the interior minister"): a person there, though
    # the actor's name (the state's government) is no person's
    office_at: set[int] = field(default_factory=set)
    officers: dict[str, Actor] = field(default_factory=dict)  # surname -> the force an officer serves in
    # where people who hold no office were named: "he" after one of them is that private person
    private: list[int] = field(default_factory=list)

    def remember(self, offset: int, actor: Actor, person: bool = False, office: bool = False) -> None:
        if actor.name or office:
            self.history.append((offset, actor))
            if person:
                self.persons.add(actor.name)
            if office:
                self.office_at.add(offset)

    def recent_of_type(self, kind: str, offset: int) -> Actor | None:
        """The last actor of this type named before the offset ("the Dallas police ... was arrested")."""
        return next((a for pos, a in reversed(self.history) if pos < offset and a.type == kind), None)

    def sole_state_force(self, kind: str, offset: int) -> Actor | None:
        """The force of this type named before the offset, where the article has named one state's
        only (a story of two armies leaves a bare "troops" to the place they act in)."""
        told = [a for pos, a in self.history if pos < offset and a.type == kind and a.country]
        return told[-1] if told and len({a.country for a in told}) == 1 else None

    def the_group(self, offset: int, exclude: str | None = None, text: str | None = None) -> Actor | None:
        """What "the group" stands for: the body the article has named most often before `offset`
        (the last of those named as often), not a state, its forces, a league of states or people.
        A story on one armed group names others in passing ("X, which is linked to al-Qaeda")."""
        told = [a for pos, a in self.history if pos < offset and a.name != exclude and a.type not in _NOT_BODIES]
        counts = Counter(a.name for a in told)
        best = max(reversed(told), key=lambda a: counts[a.name], default=None)
        return replace(best, text=text) if best is not None else None

    def office_holder(self, surname: str, offset: int) -> Actor | None:
        """The office-holder named earlier whose name ends in this surname."""
        for pos, actor in reversed(self.history):
            if pos < offset and actor.type == "government" and actor.name and actor.name != surname \
                    and actor.name.split()[-1] == surname:
                return actor
        return self.officers.get(surname)

    def antecedent(self, offset: int, armed_only: bool, exclude: str | None = None,
                   plural: bool = False, personal: bool | None = None, skip: range | None = None) -> Actor | None:
        """The last fitting actor before `offset`, not one named at the offsets in `skip`; `personal`
        True for "he"/"she" (a person), False for "it" (not a person), None when either will do."""
        for pos, actor in reversed(self.history):
            if pos >= offset or (actor.name is not None and actor.name == exclude) or (skip is not None and pos in skip):
                continue
            if personal is not None and (actor.name in self.persons or pos in self.office_at) != personal:
                continue
            if personal and any(pos < p < offset for p in self.private):
                # "Judge Ann Lee ordered Tom Ray held ... the neighbour shoved him": the person named
                # last, a private one, whom no actor stands for
                return None
            if plural and actor.type == "government" and actor.text == actor.name:
                continue  # "they" is not a state named by its bare name ("Libya ... it")
            if armed_only and actor.type not in _ARMED_TYPES:
                continue
            if not armed_only and actor.type == "civilians" and not actor.name.startswith(CROWDS):
                continue  # victims are not who "they" are; a crowd named by what it did may be
            return actor
        return None
