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
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from ..errors import CodingError
from ..ingest.furniture import is_furniture, without_frame_lines
from ..language import is_english
from ..records import Article, DateSpan, EventMention
from . import crowds, gate, incidents, perpetrators, sides, story, subnational
from .antecedents import ActorContext
from .coder import Paragraph, code_sentence
from .conventions import rebels_by_name
from .dates import date_heading, occurrence_date, past_days
from .genre import article_genre
from .model import load, parse_each
from .places import article_places, article_toponyms
from .repair import sentences

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
    # "WASHINGTON, Jan 5 (Reuters) -": the day stays, for it dates the story, set off by a comma as
    # English sets off a time before its clause ("Jan 5, police said ..."): bare, the model reads
    # "5 Sudan's paramilitary" as one noun phrase.
    kept = [m.span() for m in MONTH_DAY.finditer(para, 0, n)]
    out = [c if any(a <= i < b for a, b in kept) else " " for i, c in enumerate(para[:n])]
    if kept and kept[-1][1] < n:
        out[kept[-1][1]] = ","
    return "".join(out) + para[n:]


# "Shelling kills two in Kherson - governor", "Blast hits market - state media": a wire headline's
# source after a dash, one to four words, no number
_SOURCE_TAIL = re.compile(r"\s[-–—]\s+(?:[A-Za-z'’.]+\s?){1,4}$")


# "OBITUARY-Misrata commander ...", "UPDATE 2-Gunmen kill five ...": a wire's slug before its headline
# (the wires' own words only: "NATO-Russia talks" and "ISIS-K" open no slug)
_SLUG = re.compile(r"^\s*(?:(?:UPDATE|WRAPUP) \d+|OBITUARY|EXCLUSIVE|ANALYSIS|FACTBOX|INSIGHT|EXPLAINER|TIMELINE|"
                   r"CORRECTED|REFILE|RPT|COLUMN|INTERVIEW|FEATURE|PREVIEW|SNAPSHOT|FOCUS|BREAKINGVIEWS)-(?=[A-Z0-9])")


def _without_slug(para: str) -> str:
    """A headline's wire slug blanked out (same length: offsets hold): the parser otherwise reads
    "OBITUARY-Misrata" as one name, a doer."""
    m = _SLUG.match(para)
    return para if m is None else " " * m.end() + para[m.end():]


def _without_source_tail(para: str) -> str:
    """A one-line headline with its source tail blanked out (same length: offsets hold): the parser
    otherwise reads "Huliaipole - governor" as one noun phrase, a governor named after a town."""
    if "\n" in para.strip() or para.rstrip().endswith((".", "?", "!")) or len(para.split()) > 25:
        return para
    m = _SOURCE_TAIL.search(para.rstrip())
    if m is None or len(para[:m.start()].split()) < 3:
        return para  # "2004 - Rebels ambush": a timeline's year and its entry, no headline and source
    return para[:m.start()] + " " * (m.end() - m.start()) + para[m.end():]


# The longest paragraph parsed as one spaCy Doc. Coding a sentence consults its whole Doc (its
# sentences, noun chunks, earlier speakers), so the cost of a paragraph grows with the square of its
# length; capping it keeps coding linear in the text's size and far below `nlp.max_length`. A cut
# loses what a paragraph carries across sentences (who "the militants" are, who is speaking), so the
# cap is about twice the longest paragraph of the dev set (5,684 characters: LGL gives each article
# as one paragraph) and cuts only run-together text that no report's paragraph reaches.
MAX_PARAGRAPH = 10_000
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+")


_STAMP_LINE = re.compile(r"[ \t]*\d{1,2}[:.]\d{2}(?:[ \t]*(?:[ap]\.?m\.?|GMT|UTC|BST|CET|EST|local time))?[ \t]*\n",
                         re.IGNORECASE)


def paragraphs(text: str, limit: int = MAX_PARAGRAPH) -> list[tuple[int, str]]:
    """(offset, paragraph) pairs: blank-line separated if the text has blank lines, else per line;
    a paragraph longer than `limit` characters is cut at sentence ends into pieces no longer."""
    text = text.translate(_ODD_SPACES)
    sep = re.compile(r"\n[ \t\xa0]*\n" if re.search(r"\n[ \t\xa0]*\n", text) else r"\n")
    out, pos = [], 0
    for n, m in enumerate([*sep.finditer(text), None]):
        end = m.start() if m else len(text)
        chunk = text[pos:end]
        heads = _heading_lines(chunk) if n < _TOP and sep.pattern != r"\n" else 0
        if heads:
            # A page's heading block (headline, standfirst, byline, each on a line of its own, no
            # blank line between), or a headline over the lead with its dateline: each heading line
            # is a paragraph of its own, not one run-on sentence that makes the standfirst's victim
            # the headline's doer; the lead after them is one paragraph.
            at, lines, done = pos, chunk.split("\n"), 0
            for k, line in enumerate(lines):
                if done == heads:
                    rest = "\n".join(lines[k:])
                    out += _pieces(at + len(rest) - len(rest.lstrip()), rest.strip(), limit) if rest.strip() else []
                    break
                if line.strip():
                    out += _pieces(at + len(line) - len(line.lstrip()), line.strip(), limit)
                    done += 1
                at += len(line) + 1
            pos = m.end() if m else end
            continue
        stamp = _STAMP_LINE.match(chunk)
        if stamp and chunk[stamp.end():].strip():
            # A live blog's time stamp on a line of its own ("18:05") heads its entry; it is no part
            # of the entry's first sentence.
            pos, chunk = pos + stamp.end(), chunk[stamp.end():]
        at = pos
        # A list's items ("- 3 May: gunmen attacked ...") are each a paragraph of their own, though
        # no blank line parts them: one item's date or doer is not the next one's.
        for item in _BULLET.split(chunk):
            if item.strip():
                lead = len(item) - len(item.lstrip())
                out += _pieces(at + lead, item.strip(), limit)
            at += len(item) + 1
        pos = m.end() if m else end
    return out


_BULLET = re.compile(r"\n(?=[ \t]*[-•*–—][ \t])")
_TOP = 3  # the paragraphs a page's heading block may span
_HEADING_WORDS = 25


def _heading_lines(chunk: str) -> int:
    """How many lines a page's top begins this paragraph with: each short, begun in capitals or a
    figure, not ending as a sentence or a clause does, and followed by a line begun in capitals (prose
    hard-wrapped at a width runs its sentences across lines, most lines beginning in lower case, many
    ending on a little word). 0 where the paragraph is one line or no such line opens it."""
    lines = [ln.strip() for ln in chunk.strip().split("\n")]
    if len(lines) < 2:
        return 0

    def opens(ln: str) -> bool:
        return bool(ln) and (ln[0].isupper() or ln[0].isdigit() or ln[0] in "\"'“‘")

    k = 0
    while k < len(lines) - 1 and opens(lines[k]) and opens(lines[k + 1]) and len(lines[k].split()) <= _HEADING_WORDS \
            and not lines[k].endswith((".", "?", "!", ",", ";", ":")) \
            and lines[k].split()[-1].lower() not in _LITTLE_WORDS:
        k += 1
    # a block of heading lines only: its last line is a heading too, however it ends
    if k == len(lines) - 1 and len(lines[k].split()) <= _HEADING_WORDS:
        k += 1
    return k


_LITTLE_WORDS = {"a", "an", "the", "of", "to", "and", "or", "in", "on", "at", "for", "with", "by", "from", "as", "but"}


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
    def read(arts):
        for art in arts:
            yield art, (art.language == "en" if art.language else is_english(art.text))

    def units(item):
        art, english = item
        for offset, para in paragraphs(art.text) if english else ():
            # Text that came in plain (a file, a JSON line) may still carry a page's
            # cross-links and captions ("Related: ...", "Caption: ..."); they are no article text.
            if not is_furniture(para):
                yield offset, headline_case(_without_source_tail(_without_slug(_without_dateline(without_frame_lines(para)))))

    for (article, english), docs in parse_each(read(articles), units, batch_size):
        yield _finish(article, english, docs)


def _finish(article: Article, english: bool, docs: list) -> CodedArticle:
    if not english:
        return CodedArticle(article, [], CodingError(f"{article.source}: not English text; "
                                                     "the coder reads English only"))
    return CodedArticle(article, _code_docs(article, docs))


_HOMICIDE = re.compile(r"\b(?:murder|homicide|slay|slain|manslaughter)", re.IGNORECASE)
# Wounds only a weapon leaves ("found dead with a gunshot wound", "stab wounds to the chest") tell
# violence as a word of homicide does; one the dead inflicted on themselves does not.
_WEAPON_WOUNDS = re.compile(r"\b(?:gunshot|bullet|stab|knife) wounds?\b", re.IGNORECASE)
_SELF_INFLICTED = re.compile(r"\bself[- ]inflicted\b", re.IGNORECASE)
# Words of a captivity, whose end a story tells as people "released" or "freed": by captors, or a
# detention of people held for their politics (a suspect questioned and let go in a crime story is
# no concession, and "he has since been released" there is from hospital).
_CAPTIVITY = re.compile(r"\b(?:kidnap|abduct|hostage|captive|captor|ransom|prisoner)", re.IGNORECASE)
_DETENTION = re.compile(r"\bdetain|\bdetention", re.IGNORECASE)
_POLITICAL = re.compile(r"\b(?:activist|protest|demonstrat|journalist|opposition|dissident|rally)", re.IGNORECASE)


def _code_docs(article: Article, docs) -> list[EventMention]:
    published = _published(article)
    # The places inside organisations' names ("the Ohio State Highway Patrol") say where the story
    # is, though they locate no act: context only (dev event place 0.641 -> 0.671).
    context, dateline = article_places(article.text, [d for _, d in docs], org_names=True)
    ctx = ActorContext()
    seen: set[str] = set()
    finds: list[EventMention] = []
    mentions: list[EventMention] = []
    toponyms = article_toponyms(docs, context, dateline=dateline)  # the docs leave the dateline out
    country = story.home_country(toponyms, dateline, context, [d for _, d in docs])
    # A story names the local force that made its arrests somewhere, often after the headline and
    # the lede that tell the arrest ("Juvenile arrested ... Oxford police said"): its first one.
    from .forces import local_forces, story_forces

    forces = story_forces([name for _, doc in docs for name in local_forces(doc)], dateline)
    kind = article_genre([d for _, d in docs])
    told: list[tuple[int, DateSpan]] = []  # (sentence offset, date) of each "it happened on ..." sentence
    said_days: set[str] = set()  # days the story's past-tense sentences name
    claims: list = []  # (sentence offset, group) of each claim of responsibility
    for (offset, doc), tops in zip(docs, toponyms, strict=True):
        segment = article.provenance.segment_at(offset)
        outlet = (article.provenance.original_outlet if segment == "reporting" else None) or article.outlet
        para = Paragraph(article=article, doc=doc, base=offset, toponyms=tops,
                         dateline=dateline, published=published, segment=segment, outlet=outlet, ctx=ctx,
                         seen=seen, country=country, force=forces[0] if forces else None, finds=finds,
                         genre=kind)
        for sent in sentences(doc):
            coded = code_sentence(sent, para)
            if not coded and (generic := incidents.generic_act(sent)) is not None:
                coded = [m for m in [incidents.retold(generic, sent, para, mentions)] if m is not None]
            elif not coded and (fate := incidents.wounds_or_death(sent)) is not None:
                coded = [m for m in [incidents.retold(fate, sent, para, mentions, violence_only=True)] if m is not None]
            coded = incidents.frame_sides(coded, sent, offset)
            mentions += [sides.returned_fire(sides.answered(incidents.condemned_doer(m, sent, offset, mentions), sent, offset,
                                                            mentions), sent, offset, mentions) for m in coded]
            if (claim := incidents.claimant(sent, para)) is not None:
                claims.append(claim)
            when = occurrence_date(sent, published) or (date_heading(sent, published) if offset + sent.start_char else None)
            if when is not None:
                told.append((offset + sent.start_char, when))
            said_days |= past_days(sent, published)
    if not (_CAPTIVITY.search(article.text) or _DETENTION.search(article.text) and _POLITICAL.search(article.text)):
        # people "released" or "freed" with no one told held: from hospital, a job, a contract
        mentions = [m for m in mentions if m.mode != "freed"]
    found = {id(f) for f in finds}
    violent_wounds = _WEAPON_WOUNDS.search(article.text) and not _SELF_INFLICTED.search(article.text)
    if found and not _HOMICIDE.search(article.text) and not violent_wounds \
            and not any(m.event_type == "ASSAULT" and id(m) not in found for m in mentions):
        # A body found tells a killing in a story of violence (ACLED); found dead with no other act
        # of violence or word of homicide, it may be an accident, an illness or a suicide: no event.
        mentions = [m for m in mentions if id(m) not in found]
    mentions = story.place_and_date(mentions, told, docs, toponyms, country, forces, context, article.text,
                                    said_days, dateline if dateline is not None and dateline.rule != "bureau" else None,
                                    bureau=dateline is not None and dateline.rule == "bureau")
    mentions = sides.war_fronts(crowds.protest_victims(perpetrators.named_perpetrators(mentions, claims)))
    mentions = subnational.local_protests(mentions, article.text)
    return gate.apply([rebels_by_name(m) for m in mentions], article.text)
