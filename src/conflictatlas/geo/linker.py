"""The learned event-place linker: for an event's trigger and each toponym of its sentence (and "no
place"), the features a reader weighs, and a logistic-regression score over them.

Features of a (trigger, toponym) pair: the dependency path between them (length, whether it crosses
into another clause, who governs whom), the linear distance and side, the preposition in front of
the name and what it attaches to, what the name modifies ("U.S. officials", "an X-based group",
"John Doe, 31, of Springfield"), the entity type, the sentence position, the place's kind and
population, how it relates to the sentence's other places (the town inside a named country), whether
the article names its country otherwise, and which toponym the hand-written rules would pick
(eventplace.py). "No place" is a candidate of its own with features of the sentence.

The weights are plain JSON (data/linker.json: feature name -> weight), trained by `conflictatlas
train linker` (geo/train.py) and applied here in plain Python: no pickles, nothing loaded at run
time but that file.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

from . import gazetteer
from .toponym import LOCATIVE, PLACE_NOUNS, WAR_NOUNS, Toponym, located, of_person
from .words import words

_PREPOSITIONS = LOCATIVE | {"of", "to", "on", "by", "for", "against", "within", "toward", "towards", "through",
                            "along", "between", "via", "off", "beyond", "outside", "past", "among", "with", "after"}
_CLAUSES = words("clause_deps") | {"xcomp", "pcomp"}
_INSTITUTIONS = words("institutions")
WEIGHTS_FILE = "data/linker.json"
_RANK = {"point": 0, "city": 1, "admin2": 2, "admin1": 3, "country": 4, "region": 5}
NONE = None  # the "no place" candidate


@lru_cache(maxsize=1)
def weights() -> dict:
    """The shipped model: {"weights": {feature: weight}, "bias": b, ...} from data/linker.json."""
    text = resources.files("conflictatlas").joinpath(WEIGHTS_FILE).read_text(encoding="utf-8")
    return json.loads(text)


def _bucket(n: float, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return f">{edges[-1]}"


def _path(a: Token, b: Token) -> tuple[list[Token], list[Token]]:
    """The tokens from a up to the lowest common ancestor (excluded), and from b up to it."""
    up_a, node = [], a
    ancestors = {a.i}
    while node.head.i != node.i:
        node = node.head
        ancestors.add(node.i)
    node, up_b = b, []
    while node.i not in ancestors:
        up_b.append(node)
        if node.head.i == node.i:
            # Different trees (a sentence rejoined after a bad split): the path runs root to root.
            up_a = []
            node = a
            while node.head.i != node.i:
                up_a.append(node)
                node = node.head
            return up_a + [node], up_b
        node = node.head
    lca = node
    node = a
    while node.i != lca.i:
        up_a.append(node)
        node = node.head
    return up_a, up_b


@lru_cache(maxsize=65536)
def _population(text: str, geonameid: int) -> int:
    for e in gazetteer.lookup(text):
        if e.geonameid == geonameid:
            return e.population
    return 0


def population(place) -> int:
    if place.geonameid is None:
        return 0
    return _population(place.text, place.geonameid) or (_population(place.name, place.geonameid) if place.name else 0)


def _contains(outer, inner) -> bool:
    """`outer` is a country or first-level division that holds `inner`."""
    if outer.geonameid is None or inner.geonameid is None or outer.geonameid == inner.geonameid:
        return False
    if outer.precision == "country":
        return inner.country == outer.country and inner.precision != "country"
    if outer.precision == "admin1":
        return (inner.country, inner.admin1) == (outer.country, outer.admin1) and inner.precision in ("city", "admin2")
    return False


def _modified(head: Token) -> str:
    """What a name modifies when it is a modifier: a place noun, a war, an institution, other."""
    if head.dep_ not in ("compound", "amod", "nmod", "poss"):
        return "-"
    noun = head.head.lemma_.lower()
    if noun in PLACE_NOUNS:
        return "place"
    if noun in WAR_NOUNS:
        return "war"
    if noun in _INSTITUTIONS:
        return "institution"
    return "other"


def based(doc: Doc, end: int) -> bool:
    """"an X-based group", "X based": a body's seat, not where it acts."""
    nxt = [t.lower_ for t in doc[end:end + 2]]
    return "based" in nxt or any(t.startswith("-based") for t in nxt)


def candidate_features(trigger: Token, t: Toponym, cands: list[Toponym], sent: Span, rule_pick: Toponym | None,
                       own: set[int], context=None) -> dict[str, float]:
    doc = trigger.doc
    head = doc[t.end - 1]
    p = t.place
    f: dict[str, float] = {"cand": 1.0}
    up_t, up_trig = _path(head, trigger)
    dist = len(up_t) + len(up_trig)
    f[f"treedist={_bucket(dist, (1, 2, 3, 4, 6, 9))}"] = 1.0
    side = "before" if t.start < trigger.i else "after"
    f[f"lin={side}{_bucket(abs(t.start - trigger.i), (2, 4, 8, 15, 25))}"] = 1.0
    f[f"dep={head.dep_}"] = 1.0
    prep = head.head.lower_ if head.dep_ == "pobj" else "-"
    prep = prep if prep in _PREPOSITIONS or prep == "-" else "other"
    f[f"prep={prep}"] = 1.0
    if head.dep_ == "pobj":
        attach = head.head.head
        where = "trigger" if attach.i == trigger.i else ("trigger_ancestor" if attach.i in {a.i for a in trigger.ancestors}
                                                          else attach.pos_)
        f[f"prep_attach={prep}|{where}"] = 1.0
    f[f"ent={head.ent_type_ or '-'}"] = 1.0
    kind = p.precision if p.geonameid is not None else ("placed" if p.lat is not None else "unresolved")
    f[f"kind={kind}"] = 1.0
    f[f"kind_prep={kind}|{prep}"] = 1.0
    pop = population(p)
    f[f"pop={_bucket(math.log10(pop + 1), (2, 3, 4, 5, 6))}"] = 1.0 if p.geonameid is not None else 0.0
    f["named"] = float(t.named)
    f["placed_by_text"] = float(t.placed_by_text)
    f["in_own_phrase"] = float(t.start in own)
    f["in_trigger_subtree"] = float(not up_trig)  # the trigger is the common ancestor
    f["governs_trigger"] = float(not up_t)
    if dist <= 4:
        f["path=" + ">".join(x.dep_ for x in up_t) + "^" + "<".join(x.dep_ for x in reversed(up_trig))] = 1.0
    else:
        f["path=long"] = 1.0
    f["path_from_name=" + ">".join(x.dep_ for x in up_t[:3])] = 1.0
    if not up_trig and up_t:
        f[f"attached_as={up_t[-1].dep_}|{up_t[-1].lower_ if up_t[-1].dep_ == 'prep' else '-'}"] = 1.0
    f["crosses_clause_up"] = float(any(x.dep_ in _CLAUSES for x in up_trig))
    f["crosses_clause_down"] = float(any(x.dep_ in _CLAUSES for x in up_t))
    f["located"] = float(located(head))
    f[f"modifies={_modified(head)}"] = 1.0
    f["based"] = float(based(doc, t.end))
    f["of_person"] = float(of_person(head))
    f["subject"] = float(head.dep_ in ("nsubj", "nsubjpass"))
    f["in_attribution"] = float(any(a.lower_ == "according" for a in head.ancestors))
    rel = (t.start - sent.start) / max(1, len(sent))
    f[f"position={_bucket(rel * 10, (1, 3, 6, 9))}"] = 1.0
    others = [c for c in cands if c is not t]
    f["contains_other"] = float(any(_contains(p, c.place) for c in others))
    f["inside_other"] = float(any(_contains(c.place, p) for c in others))
    # "Karrada district in central Baghdad": Baghdad says where Karrada is; the event is at Karrada.
    ancestors = {a.i for a in head.ancestors}
    f["says_where_another_is"] = float(any(doc[c.end - 1].i in ancestors for c in others))
    f["placed_by_another"] = float(any(head.i in {a.i for a in doc[c.end - 1].ancestors} for c in others))
    ranks = [_RANK.get(c.place.precision, 9) if c.place.geonameid is not None else 0 for c in cands]
    mine = _RANK.get(p.precision, 9) if p.geonameid is not None else 0
    f["most_specific"] = float(mine == min(ranks))
    nearest = min((len(sum(_path(doc[c.end - 1], trigger), [])) for c in cands), default=0)
    f["nearest"] = float(dist == nearest)
    if rule_pick is not None:
        f["rule_pick"] = float(rule_pick is t)
    if context is not None and p.country:
        by_others = context.by_others(p.country, gazetteer.norm(p.text)) if hasattr(context, "by_others") \
            else p.country in context
        f["country_in_context"] = float(by_others)
    return f


def none_features(trigger: Token, cands: list[Toponym], sent: Span, own: set[int]) -> dict[str, float]:
    doc = trigger.doc
    f: dict[str, float] = {"none": 1.0}
    f[f"none_ncand={_bucket(len(cands), (1, 2, 3, 5))}"] = 1.0
    f["none_any_located"] = float(any(located(doc[c.end - 1]) for c in cands))
    f["none_any_own"] = float(any(c.start in own for c in cands))
    f["none_all_modifiers"] = float(all(doc[c.end - 1].dep_ in ("compound", "amod", "nmod", "poss") for c in cands))
    f[f"none_trigger_pos={trigger.pos_}"] = 1.0
    f[f"none_trigger_dep={trigger.dep_}"] = 1.0
    f[f"none_lemma={trigger.lemma_.lower()}"] = 1.0
    return f


def score(feats: dict[str, float], model: dict | None = None) -> float:
    model = model or weights()
    w = model["weights"]
    return model["bias"] + sum(w.get(k, 0.0) * v for k, v in feats.items())


def ranked(trigger: Token, cands: list[Toponym], sent: Span, rule_pick: Toponym | None, own: set[int],
           context=None, model: dict | None = None) -> tuple[list[tuple[float, Toponym]], float]:
    """The candidates with their scores, best first, and the score of "no place"."""
    scored = [(score(candidate_features(trigger, t, cands, sent, rule_pick, own, context), model), t) for t in cands]
    scored.sort(key=lambda x: -x[0])
    return scored, score(none_features(trigger, cands, sent, own), model)


def choose(trigger: Token, cands: list[Toponym], sent: Span, rule_pick: Toponym | None, own: set[int],
           context=None, model: dict | None = None, margin: float = 0.0) -> Toponym | None:
    """The candidate the model scores highest, or None ("no place in this sentence") when that
    scores higher by more than `margin`."""
    scored, none = ranked(trigger, cands, sent, rule_pick, own, context, model)
    return scored[0][1] if scored and scored[0][0] >= none - margin else NONE
