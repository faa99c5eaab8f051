"""What an article as a whole says about its acts: the country and the town it is set in, the
local force that makes its arrests, and the place a retelling takes from the mention that gave it
(dates: story_dates.py). Applied to an article's coded mentions after every sentence has been coded."""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import replace

from ..geo import gazetteer, spelling
from ..geo import resolve as georesolve
from ..geo.eventplace import placed_at
from ..geo.linker import based
from ..geo.placeroles import bearing_of, border_side, mission_owner, spoken_at, stands_for_state
from ..geo.toponym import a_backer, of_force, of_person
from ..records import MATERIAL, Actor, DateSpan, EventMention
from .headlines import SENTENCE_ENDS
from .numbers import to_int
from .place_country import actors_country, beyond_borders
from .story_dates import FUTURE, apart, cut_off, dated_by_the_story, separate_incidents


def place_and_date(mentions: list[EventMention], told: list[tuple[int, DateSpan]], docs, toponyms, country: str | None,
                   forces: list[str], context: set[str], text: str, said_days: set[str] = frozenset(),
                   dateline=None, bureau: bool = False) -> list[EventMention]:
    """The mentions with the dates and places the story gives them: inherited from a mention that
    gives them, else the force's town (attacks and arrests), else the town the story is set in, else
    the country (ACLED's convention). `dateline`: the place the report was filed from (not a bureau's
    abroad), where a name the gazetteer lacks falls when no act told near it places it; `bureau`: the
    report was filed from a bureau abroad, whose dateline places no physical act, borrowed or not."""
    cuts = separate_incidents(mentions)
    mentions = _inherit_places(dated_by_the_story(mentions, told, cuts, said_days), cuts, bureau)
    _away_from_the_dateline(mentions, cuts)
    for m in mentions:
        _seat_of_government(m)
    town = _force_town(forces, context, text)
    if town is not None:
        for m in mentions:
            if m.place is None and m.event_type in ("ASSAULT", "COERCE"):
                m.place = replace(town, start=None, end=None)
    focus = _focus_place(docs, toponyms, country)
    for m in mentions:
        if focus is not None and m.place is None:
            m.place = replace(focus, rule="focus", start=None, end=None)
        elif dateline is not None and m.place is not None and m.place.lat is None and dateline.lat is not None \
                and m.place.country == dateline.country and not beyond_borders(m.place) and not _settlement(m):
            # A name the gazetteer lacks that no act told near it places: in the town the report was
            # filed from, in its country
            m.place = replace(placed_at(m.place, dateline), rule=m.place.rule)
        elif focus is not None and m.place.lat is None and m.place.country in (None, focus.country) \
                and not beyond_borders(m.place) and not _settlement(m):
            # ... else in the town the story is set in (as eventplace places such a name at a place
            # its own sentence resolves).
            m.place = replace(placed_at(m.place, focus), rule=m.place.rule)
        elif m.place is not None and m.place.lat is None and not beyond_borders(m.place):
            # A name the gazetteer lacks, in a story set in one country and no one town: in that
            # country (UCDP where_prec 6), its own name kept; else in the country its actors put it in.
            code = m.place.country or country or actors_country(m.actor1, m.actor2)
            home = _country_place(code) if code else None
            if home is not None:
                m.place = _spelled_in(m.place, code) or replace(placed_at(m.place, home), rule=m.place.rule)
        if m.place is None:
            # ACLED's convention: an event the report places nowhere is coded at the level it does
            # give: the country the story is set in, else the one its actors put it in (precision
            # "country", never drawn as a point).
            home = country or actors_country(m.actor1, m.actor2, m.event_type in MATERIAL)
            place = _country_place(home) if home else None
            m.place = replace(place) if place is not None else None  # a copy: the cached one stays
        _force_of_the_place(m, forces)
    return mentions


# What a government says, asks or decides is done where it sits, not where the acts it speaks of
# were; a meeting or a deal is where the parties met, which the text has to say.
_SAID = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SANCTION", "CONCEDE"})


def _seat_of_government(m: EventMention) -> None:
    """A state's government (or an office-holder of it) speaking or deciding, with no place of its
    own in the sentence: in its capital (codebook 4, "A government's own words are where it sits"),
    not in the town of the attack told nearby nor at its country's name ("the United States imposed
    sanctions")."""
    from ..countries import alpha2, country_name

    a1 = m.actor1
    if m.event_type not in _SAID or a1 is None or a1.type != "government" or not a1.country:
        return
    state, seat, text = country_name(a1.country), gazetteer.capital(alpha2(a1.country)), (a1.text or "").lower()
    # (a state called by its own name or its capital's, "the United States imposed", "Kinshasa
    # accused"; not "an American-led commission")
    named = a1.name == state and (state.lower() in text or (seat is not None and seat.name.lower() in text))
    if seat is None or (not named and a1.name != f"{state} government" and a1.parent != state):
        return  # a province's or a city's government sits elsewhere
    if m.place is not None and m.place.rule in _OWN_PLACE and not (
            m.place.precision == "country" and m.place.country == alpha2(a1.country)):
        return  # (a dateline's town is where the report was filed: a bureau's, as often as not)
    # the acting institution's city, as eventplace names the rule
    m.place = replace(georesolve.to_place(seat, seat.name), rule="actor")


def _settlement(m: EventMention) -> bool:
    """A village or a town the text names as such ("the village of Kiri") is a place of its own, not a
    street of the town the report was filed from or the story is set in: kept at its country."""
    text = m.place.text or ""
    return bool(text) and re.search(rf"\b(?:village|town|hamlet|settlement|community) of {re.escape(text)}\b",
                                    m.evidence.sentence or "") is not None


def _force_of_the_place(m: EventMention, forces: list[str]) -> None:
    """Police or soldiers the text names by no state, in an act placed only now, from the story
    ("Police arrested a man ... on the city's east side"): the force of where the act is, named as
    the coder names one placed by its sentence (the story's local police where it names one)."""
    from ..countries import alpha3, country_name

    home = alpha3(m.place.country) if m.place is not None and m.place.country else None
    a1 = m.actor1
    if home and a1 is not None and not a1.name and not a1.country and a1.type in ("police", "military"):
        local = forces[0] if forces and a1.type == "police" else None
        m.actor1 = replace(a1, name=local or f"{country_name(home)} {a1.type}", country=home)
    if home and m.actor1 is None and m.event_type == "PROTEST" and m.mode in ("demonstrate", "riot", "strike"):
        label = "Rioters" if m.mode == "riot" else "Protesters"
        m.actor1 = Actor(text=None, name=f"{label} ({country_name(home)})", country=home, type="civilians")
    if home and m.actor2 is None and m.status in ("occurred", "ongoing"):
        # whom a protest or a dispersal placed only now addressed, as conventions.implied names them
        # for one placed by its sentence: the government where it was, the protesters dispersed
        if m.event_type == "PROTEST":
            m.actor2 = Actor(text=None, name=f"{country_name(home)} government", country=home, type="government")
        elif m.event_type == "COERCE" and m.mode == "dispersal" and m.actor1 is not None \
                and m.actor1.type in ("police", "military"):
            m.actor2 = Actor(text=None, name=f"Protesters ({country_name(home)})", country=home, type="civilians")


def _spelled_in(place, code: str):
    """A name the gazetteer knows only in another romanisation ("Tel X" for "Tall X"), found once the
    story or its actors say which country the act was in: the resolver reads such spellings only
    within a country the article names, and a one-sentence report names none."""
    if code not in spelling.COUNTRIES or not place.text:
        return None
    found = georesolve.resolve(place.text, {code})
    if found.geonameid is None or found.country != code or found.precision == "country":
        return None
    return replace(found, text=place.text, start=place.start, end=place.end, rule=place.rule)


@functools.lru_cache(maxsize=512)
def _country_place(code: str):
    entry = gazetteer.country(code)
    return replace(georesolve.to_place(entry, entry.name), rule="article") if entry is not None else None


_FORCE_WORDS = {"police", "sheriff", "sheriff's", "sheriff’s", "department", "office", "patrol", "deputies", "officers"}


def _force_town(forces: list[str], context: set[str], text: str):
    """The town or county a local story's force is named after ("Tulsa police", "the Dover Police
    Department"): where an attack or arrest the story places nowhere else happened, for a town's
    force acts in its town. Only a place the gazetteer resolves at town or county level."""
    for name in forces[:1]:
        words = name.split()
        cut = next((i for i, w in enumerate(words) if w.lower() in _FORCE_WORDS), len(words))
        town = " ".join(words[:cut]).strip()
        at = text.find(town)
        if not town or at < 0:
            continue
        place = georesolve.resolve(town, context, at, at + len(town))
        # In the country the article's other places are in: with none, a small town's name is as
        # likely some other country's district.
        if place.geonameid is not None and place.precision in ("point", "city", "admin2") \
                and place.country is not None and place.country in context:
            return replace(place, rule="force")
    return None


_UNITS_KM = {"kilometer": 1.0, "kilometre": 1.0, "km": 1.0, "mile": 1.609, "mi": 1.609}


def _stated_km(bearing) -> float:
    """The distance a bearing states ("90 kilometers south of"), in km; 0 where none is stated."""
    if bearing is None:
        return 0.0
    window = bearing.doc[max(0, bearing.i - 4):bearing.i]
    for unit, num in zip(window[1:], window[:-1], strict=False):
        factor = _UNITS_KM.get(unit.lemma_.lower().rstrip("s"))
        if factor is not None and (n := to_int(num.lower_)) is not None:
            return n * factor
    return 0.0


def _focus_place(docs: list, toponyms: list, country: str | None):
    """The town a story is set in, where it names one: of the places it resolves at town or county
    level (in its home country, where it has one), the one it names most often, the first named on a
    tie. An act the story places nowhere happened there more often than anywhere else it names
    ("Police arrested a man on Monday" in a story from one town); ACLED codes such an event at the
    most specific place the report supports, which is this town rather than the country."""
    # A town named to say that another lies far from it ("90 km south of Lahore") is not where the
    # story is; one it lies near ("7 km west of Tskhinvali") is, within a map's tolerance.
    found = [t.place for (_, doc), tops in zip(docs, toponyms, strict=True) for t in tops
             if t.place.geonameid is not None and t.place.precision in ("point", "city", "admin2")
             and (country is None or t.place.country == country) and _stated_km(bearing_of(t, doc)) <= 50
             # where its people live is not where the story is, nor where its speakers spoke
             and not of_person(doc[t.end - 1]) and not spoken_at(t, doc) and not _source_seat(t, doc)
             # nor a capital named for its government ("accused Kinshasa of ...")
             and not stands_for_state(t, doc)]
    if not found:
        return None
    gid, _ = Counter(p.geonameid for p in found).most_common(1)[0]
    return next(p for p in found if p.geonameid == gid)


def home_country(toponyms: list, dateline, context: set[str] = frozenset(), docs: list | None = None) -> str | None:
    """The country an article is set in: its dateline's, else the one most of its places lie in,
    when one clearly dominates (two thirds of the resolved places) or is the only one. Where no place
    of an event itself is known, its unnamed victims are that country's civilians ("a man was
    stabbed" in a story from Ocala, Florida) and the event is placed there at country level."""
    if dateline is not None and dateline.country and dateline.rule != "bureau":
        return dateline.country
    # (a source's seat, "a London-based monitor", is where the source is, not the story; so is where
    # words were said, "a report released in Dakar")
    counts = Counter(t.place.country for n, tops in enumerate(toponyms) for t in tops if t.place.country
                     and not (docs is not None and (_source_seat(t, docs[n]) or spoken_at(t, docs[n]) or border_side(t, docs[n]))))
    if not counts:
        # No place resolved: the one country the article names, a nationality included ("Algerian
        # security forces said 16 people were killed in two villages").
        named = {k for k in context if "." not in k}
        if docs is not None:
            # (not the country of a source's seat, where that is all that names it, nor the far side of a border)
            seats = {t.place.country for n, tops in enumerate(toponyms) for t in tops
                     if _source_seat(t, docs[n]) or border_side(t, docs[n])}
            named -= seats - {t.place.country for n, tops in enumerate(toponyms) for t in tops
                              if not (_source_seat(t, docs[n]) or border_side(t, docs[n]))}
        return next(iter(named)) if len(named) == 1 else None
    top, n = counts.most_common(1)[0]
    return top if (n >= 2 and n * 3 >= 2 * sum(counts.values())) or len(counts) == 1 else None


def _source_seat(t, doc) -> bool:
    """Where a source sits: "a London-based monitor", "the US embassy said"; and a state named on
    its forces, "US drone strikes", or as a side's backer, "a group supported by Turkey", which says
    whose they are, not where the story is."""
    return based(doc, t.end) or mission_owner(doc[t.end - 1]) or a_backer(doc[t.end - 1]) \
        or (t.place.precision == "country" and of_force(doc[t.end - 1]))


_COARSE = {"admin1", "country", "region"}


def _inherit_places(mentions: list[EventMention], cuts: list[int] = (), bureau: bool = False) -> list[EventMention]:
    """A mention whose sentence and paragraph place nothing is placed like the nearest placed mention
    of the same kind a few sentences away (rule `story`): a report places its story once ("in Oakland
    on Saturday, ...") and retells the act without the place ("The four officers were shot")."""
    order = {start: n for n, start in enumerate(sorted({m.evidence.start for m in mentions}))}
    placed = [m for m in mentions if m.place is not None and (m.place.geonameid or m.place.country)]
    # Only donors within three sentences can win (a donor costs at least its distance), so each
    # mention looks at those alone: linear in a long article, not quadratic.
    near: dict[int, list[tuple[int, EventMention]]] = {}
    for n, d in enumerate(placed):
        near.setdefault(order[d.evidence.start], []).append((n, d))
    for m in mentions:
        # A name the gazetteer lacks ("outside the Blue Moon Tavern", "on Routon St.") is somewhere
        # in the story's town: placed there, for a map needs coordinates; the name stays in the text.
        unmapped = m.place is not None and m.place.geonameid is None and (
            m.place.lat is None or m.place.precision in _COARSE)
        # So is a headline's country ("Gunmen raid police station in northwestern Pakistan") where the
        # lead tells the act in a town of it: the most specific place the text supports (codebook 4).
        unmapped = unmapped or (m.place is not None and m.place.precision == "country" and m.evidence.start == 0
                                and not (m.evidence.sentence or "").rstrip().endswith(SENTENCE_ENDS))
        # The dateline says where the report was filed; an act its sentence places nowhere, told
        # right after (or before, in a headline) an act of its kind that its own sentence places,
        # is that act retold ("DHAKA - ... police fired on workers in Gazipur ... The worker was hit
        # in the chest": in Gazipur).
        filed = m.place is not None and m.place.rule == "dateline"
        if (m.place is not None and not unmapped and not filed) or not placed:
            continue
        best = None
        at = order[m.evidence.start]
        for _, d in sorted(x for k in range(at - 3, at + 4) for x in near.get(k, [])):
            if bureau and m.event_type in MATERIAL and d.place.rule == "dateline":
                continue  # a statement made where the bureau files lends its town to no raid told near it
            if apart(m, d) or cut_off(m.evidence.start, d.evidence.start, cuts):
                continue  # an incident years before ("the worst since the 1990 siege of X"): another story's place
            # "strikes on positions east of the city": the town the story named before, whoever acted there
            town = filed and d.evidence.start < m.evidence.start and _THE_TOWN.search(m.evidence.sentence or "")
            if filed and ((d.event_type != m.event_type and not town) or d.place.rule in ("dateline", "story", "article", "focus")
                          or not d.place.geonameid or d.place.precision in _COARSE
                          or d.place.country != m.place.country or d.place.geonameid == m.place.geonameid
                          or not (town or _same_doer(m, d))):
                continue
            if unmapped and (not d.place.geonameid or d.place.precision in _COARSE
                             or (m.place.country and d.place.country != m.place.country)
                             or (m.place.admin1 and d.place.admin1 and d.place.admin1 != m.place.admin1)):
                continue
            gap = abs(order[d.evidence.start] - order[m.evidence.start])
            cost = gap + (0 if d.event_type == m.event_type else 2) + (0.5 if d.evidence.start > m.evidence.start else 0)
            if cost <= 3 and (best is None or cost < best[0]):
                best = (cost, d)
        if best is not None:
            m.place = replace(best[1].place, rule="story", start=None, end=None)
            _recountry_implied(m)
    return mentions


# Rules by which a sentence places its own act (not one borrowed from the story or the dateline).
_OWN_PLACE = {"syntax", "clause", "linker", "sentence"}
# Acts done where the story is; a protest (a march, a diplomat summoned) is as often held in the
# capital a report is filed from.
_PHYSICAL = {"ASSAULT", "COERCE", "MOBILIZE"}


def _away_from_the_dateline(mentions: list[EventMention], cuts: list[int] = ()) -> None:
    """A bureau files on towns around it: where the text places the story's acts in another town of
    the dateline's country ("KANO - Gunmen stormed a police post in a town up the road ..."), an act
    its sentence places nowhere is there too (the nearest such act before it; for a headline, the
    first after it), not in the town the report was filed from. Acts of force only: a
    statement, a call or a protest may well be made where the dateline is."""
    own = sorted((m for m in mentions if m.event_type in _PHYSICAL and m.status not in FUTURE and m.place is not None
                  and m.place.rule in _OWN_PLACE and m.place.geonameid and m.place.precision not in _COARSE),
                 key=lambda m: m.evidence.start)
    for m in mentions:
        if m.place is None or m.place.rule != "dateline" or m.event_type not in _PHYSICAL \
                or m.status not in ("occurred", "ongoing"):
            continue
        near = [d for d in own if not apart(m, d) and not cut_off(m.evidence.start, d.evidence.start, cuts)
                and not cut_off(d.evidence.start, m.evidence.start, cuts)]
        before = [d for d in near if d.evidence.start < m.evidence.start]
        # (a headline's act is told after it; a sentence's is never placed by an act told later)
        headline = not (m.evidence.sentence or "").rstrip().endswith(SENTENCE_ENDS)
        after = [d for d in near if d.evidence.start > m.evidence.start] if headline else []
        donor = before[-1] if before else after[0] if after else None
        if donor is not None and donor.place.country == m.place.country and donor.place.geonameid != m.place.geonameid:
            m.place = replace(donor.place, rule="story", start=None, end=None)


def _recountry_implied(m: EventMention) -> None:
    """An implied actor follows the act to the place the story lends it (conventions.implied_where)."""
    from .conventions import implied_where

    m.actor1, m.actor2 = implied_where(m.actor1, m.place), implied_where(m.actor2, m.place)


# A settlement the story named before, pointed back to ("the city", "the town's south").
_THE_TOWN = re.compile(r"\bthe (city|town|village)\b(?! of )", re.I)


def _same_doer(a: EventMention, b: EventMention) -> bool:
    """Whether two mentions may tell one act: their doers are one, or one of them names none (an act
    by the police is not the stone-throwing retold)."""
    x, y = (m.actor1.name if m.actor1 is not None else None for m in (a, b))
    return x is None or y is None or x == y or x.startswith("Unidentified") or y.startswith("Unidentified")
