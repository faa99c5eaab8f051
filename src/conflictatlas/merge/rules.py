"""When two event mentions tell the same real-world event, and why.

Hard rules (any one failing keeps two mentions apart): the same type family and status group,
dates that can overlap, places within a distance that depends on how precise each place is, the
same country, and actors that do not contradict each other. Soft evidence then has to add up
(`THRESHOLD`): matching actors, near places, the same day, compatible figures, shared words and
names in the two sentences. Every comparison returns its reasons, which are stored with the merge.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from ..geo.points import km as haversine_km
from ..records import EventMention

FAMILY = {
    "ASSAULT": "violence", "COERCE": "coercion", "SANCTION": "coercion", "PROTEST": "protest",
    "MOBILIZE": "posture", "RETREAT": "posture", "THREATEN": "threat",
    "AGREE": "cooperation", "CONSULT": "cooperation", "SUPPORT": "cooperation", "CONCEDE": "cooperation",
    "COOPERATE": "cooperation", "AID": "cooperation", "REQUEST": "verbal", "ACCUSE": "verbal", "REJECT": "verbal",
}
STATUS_GROUP = {"occurred": "real", "ongoing": "real", "planned": "intent", "threatened": "intent",
                "hypothetical": "hypothetical", "denied": "denied"}
# How far a place of each precision may be from where the event really was (km).
RADIUS_KM = {"point": 5.0, "city": 25.0, "admin2": 60.0, "admin1": 250.0}
UNDATED_DAYS = 3  # a report with no date expression most likely tells of the last few days...
UNDATED_MAX_DAYS = 30  # ...and of the last month at most, unless it says otherwise
THRESHOLD = 2.0
# Two mentions in one report: a story tells its event in its headline, lede and quotes, and tells a
# second act of the same kind with something that sets it apart (another day, place or victim). So
# within one article a compatible pair needs only one more agreement (the same day, a near place, a
# shared actor, name or words) to be one event. Chosen on the dev split's within-article grouping
# (evaluate_grouping.py): pairwise F1 0.49 without, 0.67 with 1.5, 0.69 with 2.0, which would merge
# two acts that nothing but their kind relates. (Two acts of one kind in one sentence are not kept
# apart: the one sentence more often holds one act coded twice, "launched an offensive that
# targeted", which must stay one event, than two acts.)
SAME_REPORT = 1.5
_STOP = set("""a an the of in on at to and or but was were be been being by for with from that this these those
said says say has have had is are it its as after before their his her he she they them who which while
when where than then there into over about also other another more most some such not no will would could
""".split())
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+|\d[\d,.]*")


def family(event_type: str) -> str:
    return FAMILY.get(event_type, event_type)


def types_in_family(event_type: str) -> list[str]:
    fam = family(event_type)
    return sorted(t for t, f in FAMILY.items() if f == fam) or [event_type]


def statuses_in_group(status: str) -> list[str]:
    group = STATUS_GROUP.get(status, status)
    return sorted(s for s, g in STATUS_GROUP.items() if g == group) or [status]


@dataclass
class ArticleMeta:
    id: str
    published: str | None
    outlet: str | None
    origin: str  # who first told it: reposts and credited copies share their original's origin
    doc: str | None = None  # the input's name, shown as the source when no outlet is known


@dataclass
class MentionRef:
    """A mention with what merging needs from its article."""

    mention: EventMention
    article: ArticleMeta
    event_id: str | None = None
    _words: set[str] | None = field(default=None, repr=False)

    @property
    def id(self) -> str:
        return self.mention.id

    def interval(self, likely: bool = False) -> tuple[date, date, bool] | None:
        """(start, end, precise): when the event can have happened. A report with no date
        expression tells of something before it, most likely of the last few days (`likely`)."""
        d = self.mention.date
        try:
            if d.told:
                start, end = date.fromisoformat(d.start[:10]), date.fromisoformat((d.end or d.start)[:10])
                return start, end, (end - start).days <= 1
            end_s = d.end or self.article.published
            if end_s:
                end = date.fromisoformat(end_s[:10])
                return end - timedelta(days=UNDATED_DAYS if likely else UNDATED_MAX_DAYS), end, False
        except ValueError:
            return None
        return None

    @property
    def undated(self) -> bool:
        return not self.mention.date.told

    def words(self) -> set[str]:
        if self._words is None:
            self._words = {w.lower().rstrip(".,") for w in _WORD.findall(self.mention.evidence.sentence)
                           if w.lower() not in _STOP}
        return self._words

    def names(self) -> set[str]:
        """Capitalised words of the sentence other than its place's: people, units, groups."""
        sent = self.mention.evidence.sentence
        place = self.mention.place
        skip = set(re.findall(r"\w+", f"{place.text} {place.name or ''}")) if place else set()
        return {m.group(0) for m in re.finditer(r"\b[A-Z][a-z]{2,}", sent)} - skip - {"The", "In", "On"}


@dataclass
class Comparison:
    compatible: bool
    score: float
    reasons: dict

    @property
    def same_event(self) -> bool:
        return self.compatible and self.score >= THRESHOLD


# Names coders give a kind of actor, not an identity ("Civilians (Iraq)", "Protesters (Iraq)"): two
# reports of civilians or protesters say nothing about being the same event.
_KIND_NAMES = ("civilians (", "protesters (", "rioters (", "unidentified armed group")


def _actor_key(actor) -> tuple[str | None, str | None, str | None] | None:
    if actor is None or actor.text is None or not actor.name or actor.name.casefold().startswith(_KIND_NAMES):
        return None  # implied by convention, a kind rather than an identity, or never named: says nothing
    return actor.name.casefold(), actor.country, (actor.parent or "").casefold() or None


def actor_relation(a, b) -> str:
    ka, kb = _actor_key(a), _actor_key(b)
    if ka is None or kb is None:
        return "unknown"
    if ka[0] == kb[0]:
        return "same"
    if ka[2] == kb[0] or kb[2] == ka[0] or (ka[1] and ka[1] == kb[1]):
        return "related"
    return "conflict"


def _actors(a: EventMention, b: EventMention) -> tuple[bool, float, dict]:
    """Actors of the two reports, in the orientation that fits best (a clash is told either way).
    A side that contradicts (al-Qaeda against Islamic State, both named) is a veto: two reports
    that name different doers or targets tell two events, however alike their words. An unnamed
    or unresolved side says nothing either way."""
    best: tuple[int, float, dict] | None = None
    for swap in (False, True):
        b1, b2 = (b.actor2, b.actor1) if swap else (b.actor1, b.actor2)
        r1, r2 = actor_relation(a.actor1, b1), actor_relation(a.actor2, b2)
        conflicts = (r1 == "conflict") + (r2 == "conflict")
        score = {"same": 1.0, "related": 0.5}.get(r1, 0.0) + {"same": 1.0, "related": 0.5}.get(r2, 0.0)
        cand = (conflicts, -score, {"actor1": r1, "actor2": r2, **({"swapped": True} if swap else {})})
        if best is None or cand[:2] < best[:2]:
            best = cand
    assert best is not None
    return best[0] == 0, -best[1], best[2]


# Place rules (records.Place.rule) of a place the coder inferred, not read for the act: the country
# a story is set in. (The town it is set in, rule "focus", does count: on our dev split, treating it
# as unknown too lowers within-article grouping F1 from 0.704 to 0.696.)
INFERRED = frozenset({"article"})
# A place the sentence names but the linker doubts is where the act happened (rule "context"): within
# one article it is no evidence against a mention placed elsewhere, since the article's other
# mentions of the act say where it was (dev within-article grouping F1 0.759 -> 0.766).
DOUBTED = frozenset({"context"})


def _place(a, b) -> tuple[bool, float, dict]:
    if a is None or b is None or (a.lat is None and a.country is None) or (b.lat is None and b.country is None):
        return True, 0.0, {"place": "unknown"}
    if a.rule in INFERRED or b.rule in INFERRED:
        # A country the coder inferred (where the story is set, or its actors' home), not a place
        # the report gives: evidence neither for nor against one event.
        return True, 0.0, {"place": "unknown"}
    if a.country and b.country and a.country != b.country:
        return False, 0.0, {"place": f"different countries ({a.country}, {b.country})"}
    if a.geonameid is None and b.geonameid is None and a.text and a.text.casefold() == b.text.casefold():
        # One village the gazetteer lacks, named alike by both reports: the same place, whichever
        # town each report's context put its point at.
        return True, 1.5, {"place": f"same name ({a.text})"}
    ra, rb = RADIUS_KM.get(a.precision or ""), RADIUS_KM.get(b.precision or "")
    if ra is None or rb is None or a.lat is None or b.lat is None:
        return True, 0.25 if a.country and a.country == b.country else 0.0, {"place": "same country"}
    km = round(haversine_km(a.lat, a.lon, b.lat, b.lon), 1)
    if km > ra + rb:
        return False, 0.0, {"km": km, "place": f"too far apart for {a.precision}/{b.precision} places"}
    close = 1.5 if max(ra, rb) <= RADIUS_KM["admin2"] else 0.75
    return True, close, {"km": km}


def _dates(a: MentionRef, b: MentionRef) -> tuple[bool, float, dict]:
    ia, ib = a.interval(), b.interval()
    if ia is None or ib is None:
        return True, 0.0, {"days": None}
    # A day either way only between two exact dates: reports straddle midnight and time zones.
    slack = timedelta(days=1 if ia[2] and ib[2] else 0)
    gap = max((ib[0] - ia[1]).days, (ia[0] - ib[1]).days, 0)
    if ia[0] > ib[1] + slack or ib[0] > ia[1] + slack:
        return False, 0.0, {"days": gap, "date": "no overlap"}
    if a.undated or b.undated:
        la, lb = a.interval(likely=True), b.interval(likely=True)
        assert la is not None and lb is not None
        if la[0] > lb[1] or lb[0] > la[1]:
            return True, -1.0, {"days": gap, "date": "undated report, not of the days before it"}
        return True, 0.0, {"days": gap}
    return True, 0.5 if ia[2] and ib[2] else 0.0, {"days": gap}


def _fatalities(a: EventMention, b: EventMention) -> tuple[float, dict]:
    fa, fb = a.fatalities.best, b.fatalities.best
    if fa is None or fb is None:
        return 0.0, {}
    lo, hi = sorted((fa, fb))
    # Equal small tolls are common to many events ("a man was shot dead"): only a toll of a few
    # agreeing says two reports tell one event.
    if hi <= max(2 * lo, lo + 3) and lo >= 3:
        return 0.5, {"fatalities": [fa, fb]}
    if hi > 4 * max(lo, 1) and hi - lo > 10:
        return -1.0, {"fatalities": [fa, fb]}
    return 0.0, {"fatalities": [fa, fb]}


def _crowds(a: EventMention, b: EventMention) -> tuple[float, dict]:
    """Crowd or force sizes of the two reports ("some 3,000 people" vs "12,000"): far apart, two
    gatherings; close, a hint of one."""
    qa = next((q for q in a.quantities if q.low or q.high), None)
    qb = next((q for q in b.quantities if q.low or q.high), None)
    if qa is None or qb is None:
        return 0.0, {}
    na, nb = qa.low or qa.high, qb.low or qb.high
    lo, hi = sorted((na, nb))
    if lo >= 100 and hi > 3 * lo:
        return -1.5, {"crowds": [na, nb]}
    return 0.0, {}


RETELLING = 0.5  # word overlap (Jaccard) of two sentences that tell the same thing in nearly the same words


def _placed(m: EventMention) -> bool:
    return m.place is not None and (m.place.lat is not None or m.place.country is not None)


def compare(a: MentionRef, b: MentionRef) -> Comparison:
    ma, mb = a.mention, b.mention
    if family(ma.event_type) != family(mb.event_type):
        return Comparison(False, 0.0, {"type": f"{ma.event_type} vs {mb.event_type}"})
    if STATUS_GROUP.get(ma.status) != STATUS_GROUP.get(mb.status):
        return Comparison(False, 0.0, {"status": f"{ma.status} vs {mb.status}"})
    reasons: dict = {"type": ma.event_type if ma.event_type == mb.event_type else family(ma.event_type)}
    same_report = a.article.id == b.article.id
    ok_d, s_d, r_d = _dates(a, b)
    ok_p, s_p, r_p = _place(ma.place, mb.place)
    if not ok_p and same_report and any(m.place is not None and m.place.rule in DOUBTED for m in (ma, mb)):
        ok_p, s_p, r_p = True, 0.0, {"place": f"doubted place ({r_p['place']})"}
    ok_a, s_a, r_a = _actors(ma, mb)
    reasons.update(r_d)
    reasons.update(r_p)
    reasons.update(r_a)
    if not (ok_d and ok_p and ok_a):
        return Comparison(False, 0.0, reasons)
    s_f, r_f = _fatalities(ma, mb)
    reasons.update(r_f)
    s_c, r_c = _crowds(ma, mb)
    reasons.update(r_c)
    wa, wb = a.words(), b.words()
    sim = len(wa & wb) / max(1, len(wa | wb))
    if STATUS_GROUP.get(ma.status) == "intent" and _placed(ma) != _placed(mb) and a.article.id != b.article.id \
            and sim < RETELLING:
        # A plan or threat has no day to pin it: another report's plan with no place could be any
        # plan of these actors, against anywhere, in the months around it; only a retelling of the
        # same sentence says it is this one. (Within one article the place is the story's.)
        reasons["place"] = "one report gives no place"
        return Comparison(False, 0.0, reasons)
    shared_names = sorted(a.names() & b.names())
    s_t = 2.0 if sim >= 0.5 else 1.0 if sim >= 0.3 else 0.5 if sim >= 0.2 else 0.0
    s_n = 1.0 if len(shared_names) >= 2 else 0.5 if shared_names else 0.0
    reasons["similarity"] = round(sim, 2)
    if shared_names:
        reasons["shared_names"] = shared_names
    score = s_d + s_p + s_a + s_f + s_c + s_t + s_n
    if same_report:
        score += SAME_REPORT
        reasons["same_report"] = True
    reasons["score"] = round(score, 2)
    return Comparison(True, score, reasons)


def choose_event(new: MentionRef, candidates: dict[str, list[MentionRef]],
                 cannot_link: set[frozenset[str]] = frozenset()) -> tuple[str | None, dict]:
    """The stored event a new mention belongs to, or None; with the reasons.

    A mention joins an event only if it is compatible with *every* mention already in it (so one
    loose link cannot chain unrelated events together) and strongly similar to at least one.
    """
    best: tuple[float, str, dict] | None = None
    for event_id, members in sorted(candidates.items()):
        if not members:
            continue
        if any(frozenset((new.id, m.id)) in cannot_link for m in members):
            continue
        comparisons = [(compare(new, m), m) for m in members]
        if not all(c.compatible for c, _ in comparisons):
            continue
        top, with_ = max(comparisons, key=lambda cm: cm[0].score)
        if top.score < THRESHOLD:
            continue
        if best is None or top.score > best[0]:
            best = (top.score, event_id, {**top.reasons, "matched": with_.id, "checked": len(members)})
    if best is None:
        return None, {"reason": "no matching event"}
    return best[1], best[2]


COPY_SIMILARITY = 0.6  # a copy's sentence and its original's: the same words, give or take an edit


def copy_match(new: MentionRef, counterparts: list[MentionRef],
               cannot_link: set[frozenset[str]] = frozenset()) -> tuple[MentionRef, dict] | None:
    """The mention of the copied article (or of a stored copy of this one) that `new` retells,
    whatever the two articles' dates: a copy tells its original's events, so its mentions join
    them. The same kind of event, in nearly the same words, with no contradicting actor."""
    best: tuple[float, MentionRef] | None = None
    for other in counterparts:
        ma, mb = new.mention, other.mention
        if family(ma.event_type) != family(mb.event_type) or STATUS_GROUP.get(ma.status) != STATUS_GROUP.get(mb.status):
            continue
        if frozenset((new.id, other.id)) in cannot_link or not _actors(ma, mb)[0]:
            continue
        wa, wb = new.words(), other.words()
        sim = len(wa & wb) / max(1, len(wa | wb))
        if sim >= COPY_SIMILARITY and (best is None or sim > best[0]):
            best = (sim, other)
    if best is None:
        return None
    return best[1], {"type": new.mention.event_type, "copy_of": best[1].article.id, "similarity": round(best[0], 2),
                     "matched": best[1].id}
