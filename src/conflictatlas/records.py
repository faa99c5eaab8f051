"""Typed records passed between stages (see DESIGN.md "Records").

Every stage takes and returns these, so a stage never needs to know what comes after it. They are
plain dataclasses: `to_dict()` gives the JSON shape of DESIGN.md, `from_dict()` reads it back.
"""

from __future__ import annotations

import copy
import dataclasses
import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal

SegmentKind = Literal["reporting", "commentary"]
Status = Literal["occurred", "ongoing", "planned", "threatened", "hypothetical", "denied"]

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
STATUSES = ("occurred", "ongoing", "planned", "threatened", "hypothetical", "denied")
# The types of force and its threat ("conflict-type"): what a story of schools, courts or sport
# should not yield, and what a monitor of violence and policing counts.
CONFLICT_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST", "THREATEN", "MOBILIZE", "SANCTION"})
# Acts done in the world rather than said: they happen where they are placed.
MATERIAL = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "PROTEST"})

# Place precision, most specific first, with UCDP's where_prec code for each.
PRECISIONS = ("point", "city", "admin2", "admin1", "country", "region")
WHERE_PREC = {"point": 1, "city": 1, "admin2": 3, "admin1": 4, "country": 6, "region": 7}
# Date precision and UCDP's date_prec code. "reported": the text gives no time, so the event is
# dated by its report, the report's day and the day before it (codebook 6), at UCDP's code 2.
DATE_PREC = {"day": 1, "days": 2, "reported": 2, "week": 3, "month": 4, "year": 5}
REPORTED = "reported"
# How far back a "reported" date reaches: the day before the report, the day a daily paper reports
# (dev date 0.792 -> 0.817; 2 days: 0.812, 3: 0.797). Merging reads such a date as none instead
# (merge.rules.UNDATED_DAYS and UNDATED_MAX_DAYS bound what an undated report may tell of).
REPORTED_DAYS = 1


def content_id(text: str) -> str:
    """Stable id of a text: re-ingesting the same body gives the same Article id."""
    normalised = " ".join(text.split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:32]


class _Record:
    def to_dict(self) -> dict[str, Any]:
        return _plain(self)


_FIELDS: dict[type, tuple[str, ...]] = {}
_IMMUTABLE = (str, int, float, bool, type(None))


def _plain(value: Any) -> Any:
    """dataclasses.asdict without its deep copy of every leaf (most of the cost of storing a large
    event: the merge stage writes each event's JSON on every change). Same result."""
    cls = type(value)
    if cls in _IMMUTABLE:
        return value
    names = _FIELDS.get(cls)
    if names is None and dataclasses.is_dataclass(value) and not isinstance(value, type):
        names = _FIELDS[cls] = tuple(f.name for f in dataclasses.fields(value))
    if names is not None:
        return {n: _plain(getattr(value, n)) for n in names}
    if cls is list or cls is tuple:
        return cls(_plain(v) for v in value)
    if cls is dict:
        return {_plain(k): _plain(v) for k, v in value.items()}
    return copy.deepcopy(value)


@dataclass
class Segment(_Record):
    kind: SegmentKind
    start: int
    end: int


@dataclass
class Provenance(_Record):
    original_outlet: str | None = None
    credit_text: str | None = None
    segments: list[Segment] = field(default_factory=list)

    def segment_at(self, offset: int) -> SegmentKind:
        for seg in self.segments:
            if seg.start <= offset < seg.end:
                return seg.kind
        return "reporting"

    @classmethod
    def from_dict(cls, d: dict | None) -> Provenance:
        d = d or {}
        return cls(
            original_outlet=d.get("original_outlet"),
            credit_text=d.get("credit_text"),
            segments=[Segment(**s) for s in d.get("segments", [])],
        )


@dataclass
class Article(_Record):
    id: str
    text: str
    source: str  # where it was read from: a file path, "file.jsonl:12", a URL
    url: str | None = None
    canonical_url: str | None = None
    outlet: str | None = None
    title: str | None = None
    author: str | None = None
    published: str | None = None  # ISO date
    language: str | None = None
    provenance: Provenance = field(default_factory=Provenance)
    duplicate_of: str | None = None
    # The name a coded line carries in `doc` (DESIGN.md: the file name, or a JSONL line's id/url).
    doc: str = ""

    def __post_init__(self) -> None:
        if not self.doc:
            self.doc = self.source.rsplit("/", 1)[-1]

    @classmethod
    def from_dict(cls, d: dict) -> Article:
        d = dict(d)
        d["provenance"] = Provenance.from_dict(d.get("provenance"))
        return cls(**{k: v for k, v in d.items() if k in _ARTICLE_FIELDS})


_ARTICLE_FIELDS = {f.name for f in dataclasses.fields(Article)}


@dataclass
class Actor(_Record):
    text: str | None  # as written; None when the actor is implied by coding convention
    name: str | None = None
    country: str | None = None  # ISO 3166 alpha-3
    type: str | None = None
    parent: str | None = None


@dataclass
class Place(_Record):
    text: str
    name: str | None = None
    geonameid: int | None = None
    country: str | None = None  # ISO 3166 alpha-2
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: str | None = None
    where_prec: int | None = None
    start: int | None = None  # character offsets in the article text
    end: int | None = None
    rule: str | None = None  # which rule placed the event here (syntax, sentence, article)
    unresolved_reason: str | None = None


@dataclass
class DateSpan(_Record):
    start: str | None = None
    end: str | None = None
    precision: str | None = None
    date_prec: int | None = None
    text: str | None = None

    @property
    def told(self) -> bool:
        """Whether the text dates the event (not only its report: precision "reported")."""
        return bool(self.start) and self.precision != REPORTED


@dataclass
class Quantity(_Record):
    what: str
    low: int | None
    high: int | None
    text: str


@dataclass
class Fatalities(_Record):
    low: int | None = None
    best: int | None = None
    high: int | None = None
    civilians: int | None = None
    text: str | None = None


@dataclass
class Attribution(_Record):
    source: str | None = None
    anonymous: bool = False
    outlet: str | None = None
    segment: SegmentKind = "reporting"


@dataclass
class Evidence(_Record):
    article_id: str
    sentence: str
    start: int
    end: int
    trigger: str | None = None
    trigger_start: int | None = None
    trigger_end: int | None = None


@dataclass
class EventMention(_Record):
    """One event told in one sentence of one Article."""

    event_type: str
    status: str
    evidence: Evidence
    doc: str
    mode: str | None = None
    actor1: Actor | None = None
    actor2: Actor | None = None
    place: Place | None = None
    date: DateSpan = field(default_factory=DateSpan)
    quantities: list[Quantity] = field(default_factory=list)
    fatalities: Fatalities = field(default_factory=Fatalities)
    attribution: Attribution = field(default_factory=Attribution)
    confidence: float = 0.5

    @property
    def id(self) -> str:
        """Stable across re-runs: the article, the sentence and the trigger fix a mention."""
        e = self.evidence
        key = f"{e.article_id}:{e.start}:{e.trigger_start}:{self.event_type}"
        return hashlib.sha256(key.encode()).hexdigest()[:24]

    @classmethod
    def from_dict(cls, d: dict) -> EventMention:
        def opt(kind, value):
            return kind(**value) if value else None

        return cls(
            event_type=d["event_type"],
            status=d["status"],
            evidence=Evidence(**d["evidence"]),
            doc=d.get("doc", ""),
            mode=d.get("mode"),
            actor1=opt(Actor, d.get("actor1")),
            actor2=opt(Actor, d.get("actor2")),
            place=opt(Place, d.get("place")),
            date=DateSpan(**(d.get("date") or {})),
            quantities=[Quantity(**q) for q in d.get("quantities") or []],
            fatalities=Fatalities(**(d.get("fatalities") or {})),
            attribution=Attribution(**(d.get("attribution") or {})),
            confidence=d.get("confidence", 0.5),
        )


@dataclass
class Event(_Record):
    """A real-world event: derived from its EventMentions, which stay stored with their own values."""

    id: str
    event_type: str
    status: str
    mode: str | None
    actor1: Actor | None
    actor2: Actor | None
    place: Place | None
    date: DateSpan
    fatalities: Fatalities
    mentions: list[str]
    sources: list[str]
    first_reported: str | None
    corroboration: int
    merge_reasons: list[dict] = field(default_factory=list)
    summary: str | None = None  # the first report's sentence: the evidence a reader sees first
    claims: list[str] = field(default_factory=list)  # who says so, each distinct source once
    plans: list[str] = field(default_factory=list)  # planned/threatened events this one carried out
    outcomes: list[str] = field(default_factory=list)  # later events that carried this plan out
    confidence: float | None = None  # its most confident mention's (the gate's probability)

    @classmethod
    def from_dict(cls, d: dict) -> Event:
        def opt(kind, value):
            return kind(**value) if value else None

        d = dict(d)
        d.update(actor1=opt(Actor, d.get("actor1")), actor2=opt(Actor, d.get("actor2")),
                 place=opt(Place, d.get("place")), date=DateSpan(**(d.get("date") or {})),
                 fatalities=Fatalities(**(d.get("fatalities") or {})))
        return cls(**{k: v for k, v in d.items() if k in _EVENT_FIELDS})


_EVENT_FIELDS = {f.name for f in dataclasses.fields(Event)}
