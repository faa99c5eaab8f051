"""Tolls across the clauses of a sentence: one attack told in several ("eight were killed and scores
hurt after jets bombed the market"), whose clauses that take their toll from another are that act
told again; and the same kind of act at another place with its own count, its verb left out
("three were killed in Homs and two in Hama")."""

from __future__ import annotations

from spacy.tokens import Token

from ..records import EventMention, Fatalities, Place
from . import gate
from .numbers import to_int


def fold_borrowed_tolls(mentions: list[tuple[Token, EventMention]]) -> list[EventMention]:
    """"Eight shoppers were killed and scores hurt after jets bombed the market": the hurting and the
    bombing take their toll from the killing's clause, so they are the killing told again, not two
    more attacks. One mention stays, with the most specific doer any of them names. A clause set
    apart in time or by contrast ("before the fighting began", "while a third man was hurt") tells its own act,
    as does one taking people of its own ("and five others taken hostage"), with none of the dead."""
    out: list[EventMention] = []
    for t, m in mentions:
        if _taken(t, m):
            # people taken in the attack are a harm of another kind, an act of its own (codebook
            # 1.1), and the dead another clause counts are not its
            if m.fatalities.text and m.evidence.trigger not in m.fatalities.text:
                m = gate.copy(m, fatalities=Fatalities())
            out.append(m)
            continue
        toll = m.fatalities.text if not _set_apart(t) else None
        host = next((k for k, o in enumerate(out) if toll and m.event_type == o.event_type == "ASSAULT"
                     and o.status == m.status and o.fatalities.best == m.fatalities.best
                     and o.evidence.trigger in toll and _same_place(o.place, m.place)), None)
        if host is None:
            out.append(m)
            continue
        o = out[host]
        if m.actor1 is not None and (o.actor1 is None or (o.actor1.name or "").startswith("Unidentified")):
            o = gate.copy(o, actor1=m.actor1)
        out[host] = gate.copy(o, actor2=o.actor2 or m.actor2, place=_finer(o.place, m.place),
                          confidence=max(o.confidence, m.confidence))
    return out


_TAKING = {"abduct", "kidnap", "take", "seize", "capture", "snatch"}
_HOSTAGES = {"hostage", "hostages", "captive", "captives"}


def _taken(t: Token, m: EventMention) -> bool:
    """"Five others were taken hostage", "abducted three nurses": an abduction of people of its own
    ("abducted and killed three aid workers" is one act done to the same people)."""
    own = any(c.dep_ in ("nsubjpass", "dobj") for c in t.children)
    return own and (m.mode == "abduct" or t.lemma_.lower() in ("abduct", "kidnap") or (
        t.lemma_.lower() in _TAKING and any(c.lower_ in _HOSTAGES for c in t.subtree)))


def _set_apart(t: Token) -> bool:
    node = t
    while True:
        if any(c.dep_ in ("mark", "advmod") and c.lower_ in ("before", "while", "whereas", "although", "meanwhile")
               for c in node.children):
            return True
        if node.head.i == node.i:
            return False
        node = node.head


def _same_place(a, b) -> bool:
    # (a country holds any place in it: "killed in Aleppo province after jets bombed areas of Syria")
    return a is None or b is None or (a.name, a.country) == (b.name, b.country) \
        or (a.country == b.country and "country" in (a.precision, b.precision))


def _finer(a, b):
    """Of two places told for one act, the one below country level."""
    if a is None or (b is not None and a.precision == "country" and b.precision != "country"):
        return b
    return a


def gapped_tolls(t: Token, place: Place | None, tops: list) -> list[tuple[Place, Token]]:
    """"Three people were killed in Homs and two in Hama": the verb left out of the second clause,
    a number and a place joined to the act's own tell the same kind of act at another place, with
    its own count (codebook 1.1). Each (place, number) found; only places resolved below country
    level, other than the act's own."""
    if place is None or place.geonameid is None:
        return []
    heads = [t] + [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
    out: list[tuple[Place, Token]] = []
    for n in (c for h in heads for c in h.children if c.dep_ == "conj" and c.like_num):
        for prep in (c for c in n.children if c.dep_ == "prep" and c.lower_ in ("in", "near", "at", "outside")):
            objs = [c for c in prep.children if c.dep_ == "pobj"]
            # "and two in the province of Idlib": the name after the place noun
            objs += [x for o in objs for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                     for x in p.children if x.dep_ == "pobj"]
            for obj in objs:
                top = next((tp for tp in tops if tp.start <= obj.i < tp.end), None)
                if top is None or top.place.geonameid in (None, place.geonameid) \
                        or top.place.precision in ("country", "region"):
                    continue
                out.append((top.place, n))
    return out


def toll_of(n: Token, counted: bool) -> Fatalities:
    """The gapped clause's own number, as its dead where the act's clause counted its dead."""
    value = to_int(n.text) if counted else None
    return Fatalities(low=value, best=value, high=value, text=n.text) if value is not None else Fatalities()
