"""The place of each event: the most specific place the text supports *for that event*.

Found in this order (the rule name is stored on the Place):
1. `syntax`: a toponym inside the trigger's own phrase or clause ("fighting in Sirte");
2. `clause`: a toponym attached by a locative preposition to a word governing the trigger;
3. `sentence`: the most specific toponym elsewhere in the sentence;
4. `actor`: the city of the acting institution ("Jerusalem Police dispersed ...");
5. `dateline`: the article's dateline ("SIRTE, Libya (Reuters) -").
A toponym used as a modifier of a non-place noun ("U.S. officials") locates nothing.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ..records import PRECISIONS, Place
from . import gazetteer, linker, placeroles
from . import resolve as georesolve
from .divisions import inside, only_division, quarter_division
from .placeroles import _locates, border_side, compared, flag_state, origin, reference, route_end, sourced, spoken_at
from .thresholds import LINKER_NONE_MARGIN
from .toponym import (
    LOCATIVE,
    TAKEN,
    Toponym,
    a_backer,
    alleged,
    in_a_demand,
    is_place_noun,
    located,
    of_force,
    of_jurisdiction,
    of_person,
    of_resident,
)
from .words import table, words

INSTITUTIONS = words("institutions")
_CLAUSE_DEPS = words("clause_deps")
_UNNAMED_SETTLEMENTS = words("unnamed_settlements")
_CUSTODY = words("custody_places")
_ADDRESSING = words("addressing_verbs")
_COMPASS_PARTS = table("compass_parts")


def _located(t: Toponym, doc: Doc) -> bool:
    return located(doc[t.end - 1])


_WIDE_DIVISIONS = {noun for noun, kinds in table("division_nouns").items() if kinds[0] == "admin1"}


def _rank(t: Toponym, doc: Doc) -> int:
    # A name the gazetteer of populated places does not know, where syntax says it is a location,
    # is most often a neighbourhood, a village or a facility: more specific than the cities it
    # knows. Without that evidence it is as likely a person or a thing, and ranks last.
    p = t.place
    if p.geonameid is None:
        # ... unless the text calls it a province or a state, which holds the towns it names.
        after = doc[t.end].lemma_.lower() if t.end < len(doc) else ""
        if after in _WIDE_DIVISIONS or doc[t.end - 1].lemma_.lower() in _WIDE_DIVISIONS:
            return PRECISIONS.index("admin1")
        return 0 if _located(t, doc) else len(PRECISIONS) + 1
    return PRECISIONS.index(p.precision) if p.precision in PRECISIONS else len(PRECISIONS)


def _distance(a: Token, b: Token) -> int:
    """Links between two tokens in the dependency tree."""
    up = {}
    node, n = a, 0
    while True:
        up[node.i] = n
        if node.head.i == node.i:
            break
        node, n = node.head, n + 1
    node, n = b, 0
    while node.i not in up:
        node, n = node.head, n + 1
    return n + up[node.i]


def _best(tops: list[Toponym], doc: Doc, trigger: Token | None = None) -> Toponym | None:
    """The most specific place; among equally specific ones, the one nearest the event ("in Amara,
    south of Baghdad": Amara)."""
    if not tops:
        return None
    near = (lambda t: _distance(trigger, doc[t.end - 1])) if trigger is not None else (lambda t: 0)
    return min(tops, key=lambda t: (reference(t, doc), _rank(t, doc), near(t), t.start))


def _own_tokens(trigger: Token) -> set[int]:
    """The trigger's phrase without the clauses hanging off it."""
    out, stack = set(), [trigger]
    while stack:
        t = stack.pop()
        out.add(t.i)
        for c in t.children:
            if (c.dep_ in _CLAUSE_DEPS and c.pos_ in ("VERB", "AUX")) or placeroles.besides(c):
                continue  # (nor what "in addition to" names: another act)
            stack.append(c)
    return out


def _custody(top: Toponym, doc) -> bool:
    """The name is a jail's ("the Polk County Jail", "Polk County's jail")."""
    last = doc[top.end - 1]
    return any(w.lemma_.lower() in _CUSTODY for w in (*doc[top.start:top.end], last.head))


def rule_pick(trigger: Token, sent: Span, tops: list[Toponym]) -> tuple[Toponym | None, str | None]:
    """The toponym the hand-written rules give the event, and the rule's name."""
    doc = sent.doc
    in_sent = [t for t in tops if sent.start <= t.start < sent.end and _locates(t, doc) and not compared(t, doc, trigger)]
    own = _own_tokens(trigger)
    hit = _best([t for t in in_sent if t.start in own], doc, trigger)
    if hit is not None:
        return hit, "syntax"
    # Beyond the event's own phrase, only names the gazetteer resolves are trusted.
    in_sent = [t for t in in_sent if t.place.geonameid is not None]
    node = trigger
    for _ in range(4):
        if node.head.i == node.i:
            break
        node = node.head
        for prep in node.children:
            if prep.dep_ == "prep" and prep.lower_ in LOCATIVE:
                sub = {x.i for x in prep.subtree}
                hit = _best([t for t in in_sent if t.start in sub], doc)
                if hit is not None:
                    return hit, "clause"
    hit = _best(in_sent, doc)
    if hit is not None:
        return hit, "sentence"
    # "Jerusalem Police dispersed ...": a city naming the acting body is where it acts. Only a city:
    # "U.S. officials" does not put an event in the United States.
    named = [t for t in tops if sent.start <= t.start < sent.end and t.place.precision == "city"
             and doc[t.end - 1].dep_ in ("compound", "poss", "nmod")
             and doc[t.end - 1].head.lower_ in INSTITUTIONS and doc[t.end - 1].head.dep_ == "nsubj"
             and doc[t.end - 1].head.head.i == trigger.i]
    if named:
        return named[0], "actor"
    return None, None


def event_place(trigger: Token, sent: Span, tops: list[Toponym], dateline: Place | None,
                use_linker: bool = True, margin: float | None = None, physical: bool = False) -> Place | None:
    """The event's place (codebook section 4); the dateline's town where the text gives only the
    country or province it lies in ("QUETTA, Pakistan — Police in Pakistan arrested ..."): a
    country does not say the act was elsewhere, and the dateline is the more specific place.
    `physical`: the act is one of force or a crowd's, which words said somewhere only tell of."""
    place = _event_place(trigger, sent, tops, dateline, use_linker, margin, physical)
    if place is not None and place.precision == "country" and place.start is not None:
        place = _capital_meant(place, sent, tops)
        place = quarter_division(place, sent.doc, t.start) if (t := _toponym_of(place, tops)) is not None else place
    if place is not None and place.rule not in ("dateline", "context"):
        place = _finer_in_the_act(place, trigger, tops)
    if place is not None:
        place = _in_the_reference_country(place, sent, tops)
    if place is not None and place.lat is None and (division := only_division(place, sent, tops)) is not None:
        place = replace(placed_at(place, division), rule=place.rule)  # in the one division its sentence names
    if place is not None and dateline is not None and place.rule != "dateline" and inside(dateline, place) \
            and not _part_without(place, dateline, tops, sent.doc) and not _settlement_within(place, tops, sent.doc):
        return replace(dateline, rule="dateline")
    return place


def _toponym_of(place: Place, tops: list[Toponym]) -> Toponym | None:
    return next((t for t in tops if t.place.start == place.start), None)


def _settlement_within(place: Place, tops: list[Toponym], doc: Doc) -> bool:
    """"JOS — gunmen raided a farming village in Plateau state": a settlement the text does not name,
    within the province, is where the act was; the dateline city is another place of that province."""
    t = _toponym_of(place, tops)
    if t is None:
        return False
    head = doc[t.end - 1]
    while head.dep_ in ("poss", "compound") and head.head.i != head.i:  # "in Nigeria's Plateau state"
        head = head.head
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "in":
        return False
    # the settlement "in" hangs on, or the one its verb was done to ("attacked two villages in X")
    nouns = [prep.head, *(c for c in prep.head.children if c.dep_ in ("dobj", "nsubjpass"))]
    return any(noun.lemma_.lower() in _UNNAMED_SETTLEMENTS and any(c.dep_ in ("det", "nummod") and (
        c.lower_ in ("a", "an") or c.like_num) for c in noun.children) for noun in nouns)




def _part_without(place: Place, dateline: Place, tops: list[Toponym], doc: Doc) -> bool:
    """"BEIRUT — strikes on villages in southern Lebanon": the part of the country the text names
    ("southern", "eastern") holds the act; a dateline city outside that part is where the report was
    filed, not a finer place for the act."""
    t = _toponym_of(place, tops)
    # (a country's part: a state's is too near its middle to tell, "northeastern New York" and Albany)
    if t is None or place.precision != "country" or place.lat is None or dateline.lat is None:
        return False
    head = doc[t.end - 1]
    bearing = next((_COMPASS_PARTS[w.lower_] for w in (*head.lefts, doc[t.start - 1] if t.start else head)
                    if w.lower_ in _COMPASS_PARTS and w.i < t.start), None)
    if bearing is None:
        return False
    north, east = dateline.lat - place.lat, dateline.lon - place.lon
    within = {"n": north > 0, "s": north < 0, "e": east > 0, "w": east < 0}
    return not all(within[b] for b in bearing)


def _finer_in_the_act(place: Place, trigger: Token, tops: list[Toponym]) -> Place:
    """"killed in Yemen on Wednesday when a bomber blew himself up at a mosque in Ibb": a town within
    the country or province the act was put in, named in the act's own clauses, is where it happened."""
    if place.precision not in ("country", "admin1"):
        return place
    doc = trigger.doc
    # the act's own words and a "when" clause telling how it happened; not another act joined to it
    # ("captured the west and is besieging Kabul") nor one told beside it ("as leaders met in Istanbul")
    act = _own_tokens(trigger)
    for c in trigger.children:
        if c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ == "when" for m in c.children):
            act |= _own_tokens(c)
    finer = [t for t in tops if t.start in act and t.place.geonameid is not None and inside(t.place, place)
             and _locates(t, doc) and not reference(t, doc) and not sourced(t, doc) and not of_person(doc[t.end - 1])
             and not compared(t, doc, trigger)]
    best = _best(finer, doc, trigger)
    return replace(best.place, rule=place.rule) if best is not None else place


def _in_the_reference_country(place: Place, sent: Span, tops: list[Toponym]) -> Place:
    """"in Tripoli, 85 km north of Beirut": a place measured from another lies in that one's country;
    a namesake abroad (Tripoli, Libya) gives way to the one there, where the gazetteer has it, and with
    none there the name is placed in that country."""
    doc = sent.doc
    refs = [t.place for t in tops if sent.start <= t.start < sent.end and t.place.country and t.place.lat is not None
            and t.place.start != place.start and reference(t, doc)]
    if len({r.country for r in refs}) != 1 or place.country == refs[0].country or place.precision == "country" \
            or not place.text:
        return place
    country = refs[0].country
    there = georesolve.resolve(place.text, {country})
    if there.geonameid is None or there.country != country:
        # none of that name there: a village the gazetteer lacks, in that country (UCDP where_prec 6);
        # not at the other place's point, which may be 90 km away
        home = gazetteer.country(country)
        if home is None:
            return place
        unknown = replace(place, name=place.text, geonameid=None, admin1=None)
        return replace(placed_at(unknown, georesolve.to_place(home, home.name)), rule=place.rule)
    return replace(there, text=place.text, start=place.start, end=place.end, rule=place.rule)


def _capital_meant(place: Place, sent: Span, tops: list[Toponym]) -> Place:
    """"in Nepal's capital", "the capital of Guatemala": the country names its capital city."""
    doc = sent.doc
    t = _toponym_of(place, tops)
    if t is None or not place.country:
        return place
    after = doc[t.end:t.end + 2]
    possessive = len(after) == 2 and after[0].tag_ == "POS" and after[1].lemma_.lower() == "capital"
    of_capital = t.start >= 2 and doc[t.start - 1].lower_ == "of" and doc[t.start - 2].lemma_.lower() == "capital"
    if not (possessive or of_capital):
        return place
    city = gazetteer.capital(place.country)
    if city is None:
        return place
    return replace(georesolve.to_place(city, place.text, place.start, place.end), rule=place.rule)


def _event_place(trigger: Token, sent: Span, tops: list[Toponym], dateline: Place | None,
                 use_linker: bool = True, margin: float | None = None, physical: bool = False) -> Place | None:
    """Among the sentence's toponyms, the linker's choice
    (the rules' pick is one of its features), unless "no place" scores higher by more than `margin`
    (within it, the place is given with rule "context": the text supports it, the sentence does not
    say the act happened there);
    a name the gazetteer lacks takes the point of the best-scored place the sentence does resolve
    ("near the clock tower in eastern Raqqa"). The dateline only when the sentence names no
    place where anything happens; a sentence that does but not for this act gets none here (the
    story's place may come later: nlp.__init__)."""
    doc = sent.doc
    # The dateline's own name, where the model tags it, is the dateline, not a place the sentence names.
    tops = [t for t in tops if dateline is None or not (dateline.start is not None and t.place.start is not None
                                                        and t.place.start < dateline.end and dateline.start < t.place.end)]
    # A person's home town ("Tom Baker, 31, of Greenville, was arrested") is where the person lives,
    # not where the act happened, and a source's seat ("a Britain-based monitor") is where the
    # source is: no candidate at all.
    homes = {t.start for t in tops if of_person(doc[t.end - 1])
             or (t.place.precision == "country" and of_force(doc[t.end - 1]))}
    homes |= {t.start for t in tops if sourced(t, doc) or in_a_demand(doc[t.end - 1], trigger) or linker.based(doc, t.end)
              or alleged(doc[t.end - 1], trigger)
              or (placeroles.mission_owner(doc[t.end - 1]) and doc[t.end - 1].dep_ != "poss")  # "the US embassy said"
              or route_end(t, doc) or origin(t, doc) or flag_state(doc, t.end) or border_side(t, doc)
              or placeroles.beside_the_act(t, doc, trigger)}
    # Nor is where words were said ("a statement released in Gao said the troops ...") for the acts
    # of force they tell; it is the place of words said there ("at a news conference in Abuja, the
    # minister accused the rebels ...").
    if physical:
        homes |= {t.start for t in tops if spoken_at(t, doc, trigger)}
    # Nor is whom words are addressed to ("accused Pristina of ...", "urged Moscow to ..."): a government.
    homes |= {t.start for t in tops if trigger.lemma_.lower() in _ADDRESSING and doc[t.end - 1].dep_ == "dobj"
              and doc[t.end - 1].head.i == trigger.i}
    homes |= {t.start for t in tops if placeroles.stands_for_state(t, doc, physical, trigger)
              or placeroles.describes(t, doc) or a_backer(doc[t.end - 1])}
    # A jail's name ("held in the Polk County Jail after she stabbed ...") places only the holding.
    own = _own_tokens(trigger)
    homes |= {t.start for t in tops if _custody(t, doc) and t.start not in own}
    in_sent = [t for t in tops if sent.start <= t.start < sent.end and not compared(t, doc, trigger)
               and t.start not in homes]
    # So is the town a person is named by ("a Toledo woman"), where the sentence places the act
    # elsewhere ("police in Columbus arrested a Toledo woman", "Columbus police arrested ...").
    residents = {t.start for t in in_sent if of_resident(doc[t.end - 1])}
    if residents and any(t.start not in residents and (_locates(t, doc) or of_jurisdiction(doc[t.end - 1]))
                         for t in in_sent):
        homes |= residents
        in_sent = [t for t in in_sent if t.start not in residents]
    pick, rule = rule_pick(trigger, sent, [t for t in tops if t.start not in homes])
    if in_sent and use_linker:
        reading = doc._.geo_reading
        scored, none = linker.ranked(trigger, in_sent, sent, pick, own,
                                     reading.context if reading is not None else None)
        if scored[0][0] >= none - (LINKER_NONE_MARGIN if margin is None else margin):
            chosen = scored[0][1]
            # The linker judged that the sentence does not say where this act happened; the codebook
            # still places it at the most specific place the text supports (rule "context").
            weak = scored[0][0] < none
            place = chosen.place
            if place.lat is None:
                # The nearest supported larger place (codebook 4): the sentence's, else the paragraph's last one.
                # A place named as a bearing ("90 km south of Lahore") holds nothing.
                earlier = [t.place for t in tops if t.start < sent.start and t.place.geonameid is not None
                           and _locates(t, doc) and not reference(t, doc)]
                # Nor does a place that only qualifies someone ("an Ohio woman ... near the mill");
                # a dateline (not a bureau's abroad) gives the country, nlp.story the town.
                filed = dateline if dateline is not None and dateline.rule != "bureau" else None
                container = next((t.place for _, t in scored if t.place.lat is not None and not reference(t, doc)
                                  and _locates(t, doc)), None) or (earlier[-1] if earlier else None)
                place = placed_at(place, container) if container is not None else place if filed is None or \
                    place.country not in (None, filed.country) else replace(place, country=filed.country)
            # Where the linker agrees with the rules, the rule's name says why; else "linker".
            # A place the syntax hangs on the act itself ("ambushed near Uganda's border") is where it happened
            # even where the linker doubts it.
            weak = weak and not (chosen is pick and rule == "syntax")
            return replace(place, rule="context" if weak else rule if chosen is pick else "linker")
        if any(_locates(t, doc) for t in in_sent):
            return None
    elif pick is not None:
        return replace(pick.place, rule=rule)
    if dateline is not None:
        return replace(dateline, rule="dateline")
    return None


def joined_places(place: Place | None, sent: Span, tops: list[Toponym], trigger: Token | None = None) -> list[Place]:
    """The other places "and" joins to the event's own ("marched in Lyon and Marseille", "in Berlin
    and in Mainz", "shelled the villages of X and Y"): an act at different places is an event at
    each (codebook 1.1). Only places the gazetteer resolves below country level, neither inside
    the other: "in Mali and Niger" or "in Gao and its outskirts" tell no second place to code."""
    if place is None or place.start is None or place.geonameid is None or place.precision in ("country", "region") \
            or place.rule not in ("syntax", "linker"):  # a place read for the act: not one an outcome clause borrows
        return []
    doc = sent.doc
    top = _toponym_of(place, tops)
    if top is None:
        return []
    head = doc[top.end - 1]
    first = head  # the first of the joined names holds the syntax ("in Berlin and Mainz": Berlin's "in")
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if not (located(first) or (first.dep_ in ("dobj", "nsubjpass") and first.head.lemma_.lower() in TAKEN)):
        return []  # "Dover and Salem will share the cost": places acting, not where
    if place.rule == "linker" and (trigger is None or first.head.i not in _own_tokens(trigger) | {trigger.i}):
        return []  # the linker's choice, joined in the act's own phrase ("officials in X and Y said": not)
    others = list(head.conjuncts)
    if first.dep_ == "pobj":
        others += [o for p in first.head.conjuncts if p.pos_ == "ADP" for o in p.children if o.dep_ == "pobj"]
    # "and in the town of Mainz": the name of the place noun joined
    others += [x for o in others if is_place_noun(o) for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
               for x in p.children if x.dep_ == "pobj"]
    out: list[Place] = []
    for o in others:
        t = next((t for t in tops if t.start <= o.i < t.end), None)
        if t is None or t.place.geonameid is None or t.place.precision in ("country", "region") \
                or t.place.geonameid in {place.geonameid, *(p.geonameid for p in out)} \
                or inside(t.place, place) or inside(place, t.place):
            continue
        out.append(replace(t.place, rule=place.rule))
    return out


def placed_at(place: Place, container: Place) -> Place:
    """A name the gazetteer lacks, at the point of a place its sentence names (UCDP where_prec 2
    near a town; else the container's own precision), as ACLED and UCDP code a village they cannot find."""
    return replace(place, name=f"{place.text} ({container.name})", country=container.country, admin1=container.admin1,
                   lat=container.lat, lon=container.lon, precision=container.precision,
                   where_prec=2 if container.precision == "city" else container.where_prec,
                   unresolved_reason=f"{place.unresolved_reason or 'no GeoNames place of that name'}; placed at "
                                     f"{container.name} (GeoNames {container.geonameid}), where the text puts the story")
