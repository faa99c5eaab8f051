"""Stage 2: Article -> EventMentions. A pure function of the text and its publication date.

`code_articles()` runs, for each article:
1. split the text into paragraphs, keeping character offsets (quotes and speakers live in one);
2. parse every paragraph with spaCy's `nlp.pipe`, streaming across articles;
3. resolve the article's toponyms, the countries it names outright serving as context;
4. walk the sentences in order: remember the actors each names (for "the militants" later), find
   triggers, and code each one: status, actors, place, date, numbers, attribution, confidence.
"""

from __future__ import annotations

import functools
import re
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date

from ..errors import CodingError
from ..geo.eventplace import bearing_of, placed_at
from ..language import is_english
from ..records import Article, DateSpan, EventMention
from . import gate
from .actors import ActorContext
from .coder import Paragraph, code_sentence
from .dates import occurrence_date
from .model import load
from .places import article_places, article_toponyms
from .repair import sentences
from .roles import actors_country

__all__ = ["CodedArticle", "code_article", "code_articles", "load"]


@dataclass
class CodedArticle:
    article: Article
    mentions: list[EventMention]
    problem: CodingError | None = None


# Web text is full of no-break and thin spaces, which the tokenizer keeps as tokens of their own
# inside names ("Islamic State\xa0fighters") and which then break the parse. Each is one code point,
# so replacing it with a plain space keeps every character offset.
_ODD_SPACES = str.maketrans({c: " " for c in "\xa0\u2007\u2009\u200a\u202f\u205f\u3000"})


_WORD = re.compile(r"[A-Za-z][a-z]+")


def headline_case(para: str) -> str:
    """A Title Case headline ("Georgia Arrests Opposition Members on Arms Charges") with its event
    words in lower case, so that the tagger reads "Arrests" as the verb it is, not a name; every
    other word keeps its case, and the length does not change (offsets hold)."""
    head = re.match(r"[^.?!\n]{10,160}[.?!](?=\s+[A-Z])", para)
    if head is not None and "\n" not in para[:head.end()] and head.end() < len(para.rstrip()):
        # "Eight Alleged Plotters Detained in Georgia. Georgian police ...": a headline run into the
        # body's first paragraph, as plain-text feeds write it.
        return headline_case(head.group(0)[:-1]) + para[head.end() - 1:]
    words = _WORD.findall(para)
    if "\n" in para or not 3 <= len(words) <= 20 or para.rstrip().endswith((".", "?", "!")):
        return para
    if sum(w[0].isupper() for w in words) < 0.7 * len(words):
        return para
    from .lexicon import triggers

    lex = triggers()
    known = set(lex.get("verbs", {})) | set(lex.get("nouns", {}))

    def lower(m: re.Match) -> str:
        w = m.group(0)
        low = w.lower()
        stems = {low, low[:-1], low[:-2], low[:-3]}  # "Arrests", "Held" -> lemma-like forms
        return low if m.start() > 0 and (stems & known or low in _HEADLINE_FORMS) else w

    return _WORD.sub(lower, para)


# Irregular forms of trigger verbs that headlines use ("Held", "Shot", "Fled", "Slain").
_HEADLINE_FORMS = {"held", "shot", "fled", "slain", "struck", "fought", "seized", "killed", "dies", "died", "kills",
                   "charged", "arrested", "attacked", "wounded", "injured", "bombed", "stabbed", "robbed", "fires"}


def _without_dateline(para: str) -> str:
    """The paragraph with a dateline that opens it blanked out (same length: offsets hold): the
    parser otherwise reads "TULSA, Okla. (AP) — Police arrested" as TULSA arresting. The dateline's
    place is read from the raw text (geo/dateline.py)."""
    from ..geo.dateline import MONTH_DAY, opening

    n = opening(para)
    if not n:
        return para
    # "WASHINGTON, Jan 5 (Reuters) -": the day stays, for it dates the story.
    kept = [m.span() for m in MONTH_DAY.finditer(para, 0, n)]
    return "".join(c if any(a <= i < b for a, b in kept) else " " for i, c in enumerate(para[:n])) + para[n:]


# The longest paragraph parsed as one spaCy Doc. Coding a sentence consults its whole Doc (its
# sentences, noun chunks, earlier speakers), so the cost of a paragraph grows with the square of its
# length; capping it keeps coding linear in the text's size and far below `nlp.max_length`. A cut
# loses what a paragraph carries across sentences (who "the militants" are, who is speaking), so the
# cap is about twice the longest paragraph of the dev set (5,684 characters: LGL gives each article
# as one paragraph) and cuts only run-together text that no report's paragraph reaches.
MAX_PARAGRAPH = 10_000
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+")


def paragraphs(text: str, limit: int = MAX_PARAGRAPH) -> list[tuple[int, str]]:
    """(offset, paragraph) pairs: blank-line separated if the text has blank lines, else per line;
    a paragraph longer than `limit` characters is cut at sentence ends into pieces no longer."""
    text = text.translate(_ODD_SPACES)
    sep = re.compile(r"\n[ \t\xa0]*\n" if re.search(r"\n[ \t\xa0]*\n", text) else r"\n")
    out, pos = [], 0
    for m in [*sep.finditer(text), None]:
        end = m.start() if m else len(text)
        chunk = text[pos:end]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            out += _pieces(pos + lead, chunk.strip(), limit)
        pos = m.end() if m else end
    return out


def _pieces(offset: int, para: str, limit: int) -> list[tuple[int, str]]:
    """`para` cut into pieces of at most `limit` characters: after the last sentence end that fits,
    else at the last space, else (a run with no space at all) at the limit itself."""
    out = []
    while len(para) > limit:
        ends = [m.end() for m in _SENTENCE_END.finditer(para, 0, limit + 1)]
        cut = ends[-1] if ends else (para.rfind(" ", 0, limit + 1) + 1 or limit)
        piece = para[:cut].rstrip()
        if piece:
            out.append((offset, piece))
        rest = para[cut:]
        offset += cut + len(rest) - len(rest.lstrip())
        para = rest.lstrip()
    if para:
        out.append((offset, para))
    return out


def _published(article: Article) -> date | None:
    try:
        return date.fromisoformat(article.published[:10]) if article.published else None
    except ValueError:
        return None


def code_article(article: Article) -> list[EventMention]:
    coded = next(code_articles([article]))
    if coded.problem is not None:
        raise coded.problem
    return coded.mentions


def code_articles(articles: Iterable[Article], batch_size: int = 64) -> Iterator[CodedArticle]:
    nlp = load()
    queue: deque[tuple[int, Article, bool]] = deque()  # input order; pipe keeps it

    def units():
        for n, art in enumerate(articles):
            english = art.language == "en" if art.language else is_english(art.text)
            queue.append((n, art, english))
            if english:
                for offset, para in paragraphs(art.text):
                    yield headline_case(_without_dateline(para)), (n, offset)

    groups: dict[int, list] = {}
    for doc, (n, offset) in nlp.pipe(units(), as_tuples=True, batch_size=batch_size):
        # Every article queued before n has had all its paragraphs parsed.
        while queue and queue[0][0] < n:
            yield _finish(*queue.popleft(), groups)
        groups.setdefault(n, []).append((offset, doc))
    while queue:
        yield _finish(*queue.popleft(), groups)


def _finish(n: int, article: Article, english: bool, groups: dict) -> CodedArticle:
    docs = groups.pop(n, [])
    if not english:
        return CodedArticle(article, [], CodingError(f"{article.source}: not English text; "
                                                     "the coder reads English only"))
    return CodedArticle(article, _code_docs(article, docs))


def _code_docs(article: Article, docs) -> list[EventMention]:
    published = _published(article)
    # The places inside organisations' names ("the Ohio State Highway Patrol") say where the story
    # is, though they locate no act: context only (dev event place 0.641 -> 0.671).
    context, dateline = article_places(article.text, [d for _, d in docs], org_names=True)
    ctx = ActorContext()
    seen: set[str] = set()
    mentions: list[EventMention] = []
    toponyms = article_toponyms(docs, context)
    country = _home_country(toponyms, dateline, context)
    # A story names the local force that made its arrests somewhere, often after the headline and
    # the lede that tell the arrest ("Juvenile arrested ... Oxford police said"): its first one.
    from .actors import local_forces

    forces = [name for _, doc in docs for name in local_forces(doc)]
    told: list[tuple[int, DateSpan]] = []  # (sentence offset, date) of each "it happened on ..." sentence
    for (offset, doc), tops in zip(docs, toponyms, strict=True):
        segment = article.provenance.segment_at(offset)
        outlet = (article.provenance.original_outlet if segment == "reporting" else None) or article.outlet
        para = Paragraph(article=article, doc=doc, base=offset, toponyms=tops,
                         dateline=dateline, published=published, segment=segment, outlet=outlet, ctx=ctx,
                         seen=seen, country=country, force=forces[0] if forces else None)
        for sent in sentences(doc):
            mentions += code_sentence(sent, para)
            when = occurrence_date(sent, published)
            if when is not None:
                told.append((offset + sent.start_char, when))
    mentions = _inherit_places(_inherit_dates(mentions, told))
    town = _force_town(forces, context, article.text)
    if town is not None:
        for m in mentions:
            if m.place is None and m.event_type in ("ASSAULT", "COERCE"):
                m.place = replace(town, start=None, end=None)
    focus = _focus_place(docs, toponyms, country)
    for m in mentions:
        if focus is not None and m.place is None:
            m.place = replace(focus, rule="focus", start=None, end=None)
        elif focus is not None and m.place.lat is None and m.place.country in (None, focus.country):
            # A name the gazetteer lacks, in a story set in one town: in that town (as eventplace
            # places such a name at a place its own sentence resolves).
            m.place = replace(placed_at(m.place, focus), rule=m.place.rule)
        if m.place is None:
            # ACLED's convention: an event the report places nowhere is coded at the level it does
            # give: the country the story is set in, else the one its actors put it in (precision
            # "country", never drawn as a point).
            home = country or actors_country(m.actor1, m.actor2)
            place = _country_place(home) if home else None
            m.place = replace(place) if place is not None else None  # a copy: the cached one stays
    return gate.apply(mentions, article.text)


@functools.lru_cache(maxsize=512)
def _country_place(code: str):
    from ..geo import gazetteer
    from ..geo import resolve as georesolve

    entry = gazetteer.country(code)
    return replace(georesolve.to_place(entry, entry.name), rule="article") if entry is not None else None


_FORCE_WORDS = {"police", "sheriff", "sheriff's", "sheriff’s", "department", "office", "patrol", "deputies", "officers"}


def _force_town(forces: list[str], context: set[str], text: str):
    """The town or county a local story's force is named after ("Tulsa police", "the Dover Police
    Department"): where an attack or arrest the story places nowhere else happened, for a town's
    force acts in its town. Only a place the gazetteer resolves at town or county level."""
    from ..geo import resolve as georesolve

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
    from .numbers import to_int

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
    from collections import Counter

    # A town named to say that another lies far from it ("90 km south of Lahore") is not where the
    # story is; one it lies near ("7 km west of Tskhinvali") is, within a map's tolerance.
    found = [t.place for (_, doc), tops in zip(docs, toponyms, strict=True) for t in tops
             if t.place.geonameid is not None and t.place.precision in ("point", "city", "admin2")
             and (country is None or t.place.country == country) and _stated_km(bearing_of(t, doc)) <= 50]
    if not found:
        return None
    gid, _ = Counter(p.geonameid for p in found).most_common(1)[0]
    return next(p for p in found if p.geonameid == gid)


def _home_country(toponyms: list, dateline, context: set[str] = frozenset()) -> str | None:
    """The country an article is set in: its dateline's, else the one most of its places lie in,
    when one clearly dominates (two thirds of the resolved places) or is the only one. Where no place
    of an event itself is known, its unnamed victims are that country's civilians ("a man was
    stabbed" in a story from Ocala, Florida) and the event is placed there at country level."""
    from collections import Counter

    if dateline is not None and dateline.country:
        return dateline.country
    counts = Counter(t.place.country for tops in toponyms for t in tops if t.place.country)
    if not counts:
        # No place resolved: the one country the article names, a nationality included ("Algerian
        # security forces said 16 people were killed in two villages").
        named = {k for k in context if "." not in k}
        return next(iter(named)) if len(named) == 1 else None
    top, n = counts.most_common(1)[0]
    return top if (n >= 2 and n * 3 >= 2 * sum(counts.values())) or len(counts) == 1 else None


_FUTURE = {"planned", "threatened"}


def _inherit_dates(mentions: list[EventMention], told: list[tuple[int, DateSpan]] = ()) -> list[EventMention]:
    """A mention whose sentence gives no time is dated like the nearest dated mention of the same
    kind in the article (another kind, or a later one, counts as farther): news states the day once
    ("on Saturday, gunmen ...") and retells the act without it ("The gunmen fled", the headline
    before, a quote paragraphs later). Plans and facts never lend each
    other dates. `told`: (offset, date) of sentences saying when the incident happened, which date
    the acts around them of any kind, as facts."""
    from dataclasses import replace

    # (sentence offset, event type or None for any, lends to plans, date) of everything dated.
    dated = [(m.evidence.start, m.event_type, m.status in _FUTURE, m.date) for m in mentions if m.date.start]
    dated += [(start, None, False, when) for start, when in told]
    order = {start: n for n, start in enumerate(sorted({m.evidence.start for m in mentions} | {d[0] for d in dated}))}
    for m in mentions:
        if m.date.start or not dated:
            continue
        best = None
        for start, kind, future, when in dated:
            if future != (m.status in _FUTURE):
                continue
            gap = abs(order[start] - order[m.evidence.start])
            cost = gap + (0 if kind in (None, m.event_type) else 2) + (0.5 if start > m.evidence.start else 0)
            # No distance limit: a report dates its incident once and retells it paragraphs later
            # (on our dev split, a limit of 3 sentences: date 0.699; of 5: 0.760; 8 or more: 0.765).
            if best is None or cost < best[0]:
                best = (cost, when)
        if best is not None:
            m.date = replace(best[1], text=None)
    return mentions


_COARSE = {"admin1", "country", "region"}


def _inherit_places(mentions: list[EventMention]) -> list[EventMention]:
    """A mention whose sentence and paragraph place nothing is placed like the nearest placed mention
    of the same kind a few sentences away (rule `story`): a report places its story once ("in Oakland
    on Saturday, ...") and retells the act without the place ("The four officers were shot")."""
    from dataclasses import replace

    order = {start: n for n, start in enumerate(sorted({m.evidence.start for m in mentions}))}
    placed = [m for m in mentions if m.place is not None and (m.place.geonameid or m.place.country)]
    for m in mentions:
        # A name the gazetteer lacks ("outside the Blue Moon Tavern", "on Routon St.") is somewhere
        # in the story's town: placed there, for a map needs coordinates; the name stays in the text.
        unmapped = m.place is not None and m.place.geonameid is None and (
            m.place.lat is None or m.place.precision in _COARSE)
        if (m.place is not None and not unmapped) or not placed:
            continue
        best = None
        for d in placed:
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
    return mentions
