"""Stage 2: Article -> EventMentions. A pure function of the text and its publication date.

`code_articles()` runs, for each article:
1. split the text into paragraphs, keeping character offsets (quotes and speakers live in one);
2. parse every paragraph with spaCy's `nlp.pipe`, streaming across articles;
3. resolve the article's toponyms, the countries it names outright serving as context;
4. walk the sentences in order: remember the actors each names (for "the militants" later), find
   triggers, and code each one: status, actors, place, date, numbers, attribution, confidence.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from ..errors import CodingError
from ..language import is_english
from ..records import Article, EventMention, Evidence
from . import actors as actor_mod
from .attribution import attribution, quote_speaker
from .dates import event_date
from .model import load
from .numbers import fatalities, quantity
from .places import dateline_place, event_place, toponyms
from .status import status
from .triggers import find_triggers, object_candidates, purpose_objects, subject_candidates

__all__ = ["CodedArticle", "code_article", "code_articles", "load"]


@dataclass
class CodedArticle:
    article: Article
    mentions: list[EventMention]
    problem: CodingError | None = None


def paragraphs(text: str) -> list[tuple[int, str]]:
    """(offset, paragraph) pairs: blank-line separated if the text has blank lines, else per line."""
    sep = re.compile(r"\n[ \t\xa0]*\n" if re.search(r"\n[ \t\xa0]*\n", text) else r"\n")
    out, pos = [], 0
    for m in [*sep.finditer(text), None]:
        end = m.start() if m else len(text)
        chunk = text[pos:end]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            out.append((pos + lead, chunk.strip()))
        pos = m.end() if m else end
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
                    yield para, (n, offset)

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
    gpe_names = [e.text for _, d in docs for e in d.ents if e.label_ == "GPE"]
    from ..geo.resolve import context_countries

    context = context_countries(gpe_names)
    dateline = dateline_place(article.text, context)
    ctx = actor_mod.ActorContext()
    mentions: list[EventMention] = []
    for offset, doc in docs:
        tops = toponyms(doc, offset, context)
        segment = article.provenance.segment_at(offset)
        outlet = article.provenance.original_outlet if segment == "reporting" else article.outlet
        outlet = outlet or article.outlet
        for sent in doc.sents:
            actor_mod.remember_names(sent, ctx, offset)
            quote = quote_speaker(doc, sent)
            for trig in find_triggers(sent):
                m = _code_trigger(article, trig, sent, offset, ctx, tops, dateline, published,
                                  segment, outlet, quote, doc.text)
                if m is not None:
                    mentions.append(m)
    return mentions


def _first_actor(tokens, ctx, base, exclude=None):
    for tok in tokens:
        actor = actor_mod.resolve(tok, ctx, base, exclude=exclude)
        if actor is not None:
            return actor, tok
    return None, None


def _code_trigger(article, trig, sent, base, ctx, tops, dateline, published, segment, outlet, quote, para):
    t = trig.token
    st = status(t)
    if st is None:
        return None
    actor1 = actor2 = None
    a1_tok = a2_tok = None
    if t.pos_ != "VERB":
        # A noun event's doer is often written on the noun itself: "U.S. strikes", "Islamic State attack".
        mods = [c for c in t.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
        actor1, a1_tok = _first_actor(mods, ctx, base)
        by = [p for c in t.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children if p.dep_ == "pobj"]
        if actor1 is None:
            actor1, a1_tok = _first_actor(by, ctx, base)
    if actor1 is None:
        actor1, a1_tok = _first_actor(subject_candidates(t), ctx, base)
    exclude = actor1.name if actor1 else None
    objects = [o for o in object_candidates(t) if o is not a1_tok]
    actor2, a2_tok = _first_actor(objects, ctx, base, exclude=exclude)
    if actor2 is None and t.pos_ != "VERB":
        actor2, a2_tok = _first_actor(purpose_objects(t), ctx, base, exclude=exclude)
    for a, tok in ((actor1, a1_tok), (actor2, a2_tok)):
        if a is not None and tok is not None:
            ctx.remember(base + tok.idx, a)
    place = event_place(t, sent, tops, dateline)
    quantities = [q for q in (quantity(x) for x in (a1_tok, a2_tok) if x is not None) if q]
    kill_obj = a2_tok if trig.kill else None
    fat = fatalities(t, sent, kill_obj) if trig.type == "ASSAULT" else None
    attr = attribution(t, sent, segment, outlet, quote, para)
    sent_text = sent.text.strip()
    start = base + sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
    evidence = Evidence(article_id=article.id, sentence=sent_text, start=start, end=start + len(sent_text),
                        trigger=t.text, trigger_start=base + t.idx, trigger_end=base + t.idx + len(t.text))
    confidence = 0.45 + 0.2 * (actor1 is not None) + 0.1 * (actor2 is not None) + 0.1 * (place is not None) \
        + 0.05 * (t.pos_ == "VERB") + 0.05 * (st in ("occurred", "ongoing"))
    from ..records import Fatalities

    return EventMention(
        event_type=trig.type, status=st, evidence=evidence, doc=article.doc, mode=trig.mode,
        actor1=actor1, actor2=actor2, place=place, date=event_date(t, sent, published),
        quantities=quantities, fatalities=fat or Fatalities(), attribution=attr,
        confidence=round(min(confidence, 0.95), 2),
    )
