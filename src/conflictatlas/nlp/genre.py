"""Sports reports, reviews, computer-security and business news, where force words tell a game, a plot or
a hack, and agreements and accusations a company's dealings.

"The visitors attacked down the left", "Rovers laid siege to the goal", "she hit me hard", "a gang
storms a farmhouse and shoots the farmer" (a film's plot): each sentence alone reads like violence,
and sentence-level rules (figurative.py) cannot see the game or the story around it. A reader can:
the article's words tell its genre. In a sports report or a review of a film, a book or music, an
act is coded only where its sentence is anchored in the real world (the police, armed people,
weapons, casualties, custody: "fans clashed with riot police outside the stadium"); and in a review,
a violent act told in the present tense is the plot's. An article on a hack or a breach (ransomware,
servers, networks) is read the same way: its "attack" hit data, which ACLED and UCDP do not code;
and so is a health or science story, whose viruses "attack" cells and whose patients "fight" cancer.
In a story of a disaster or an accident (a flood, a collapse, a crash) the dead and injured are the
disaster's: there only force (a weapon, an armed or arrested person, an attack) anchors a sentence.

The genre is read from the density of a genre's vocabulary (data/vocabulary.yaml) among the
article's words, with a floor on distinct words so that one repeated word ("match" in a crime
story) makes no genre. Written by hand: no genre classifier ships in a package this project can
install offline, and the thresholds are set on the project's own audit texts and the dev split.
"""

from __future__ import annotations

from collections import Counter

from spacy.attrs import IS_ALPHA, LEMMA
from spacy.tokens import Doc, Span, Token

from .lexicon import vocabulary

# (vocabulary class, distinct words, share of the article's words)
_GENRES = (("sport", "sport_words", 6, 0.03), ("arts", "arts_words", 4, 0.025), ("cyber", "cyber_words", 5, 0.03),
           ("business", "business_words", 6, 0.035), ("health", "health_words", 6, 0.03),
           ("disaster", "disaster_words", 6, 0.03), ("civic", "civic_words", 8, 0.03))


def article_genre(docs: list[Doc]) -> str | None:
    """"sport", "arts", "cyber", "business", "health", "disaster" or "civic" where the article's words
    say so, else None (news)."""
    # Counted from the docs' arrays: a Token object per word costs more than the rest of this test.
    counts: Counter[str] = Counter()
    for doc in docs:
        strings = doc.vocab.strings
        counts.update(strings[lemma].lower() for lemma, alpha in doc.to_array([LEMMA, IS_ALPHA]) if alpha)
    total = sum(counts.values())
    if not total:
        return None
    vocab = vocabulary()
    best, best_share = None, 0.0
    for name, cls, distinct, share in _GENRES:
        hits = {w: n for w, n in counts.items() if w in vocab[cls]}
        ratio = sum(hits.values()) / total
        if len(hits) >= distinct and ratio >= share and ratio > best_share:
            best, best_share = name, ratio
    return best


def anchored(sent: Span, genre: str | None = None, own: Token | None = None) -> bool:
    """The sentence tells something of the real world besides `own`: the police, armed people,
    weapons, casualties, custody (violence_anchors; in a disaster story force_anchors)."""
    # In a disaster story the dead and injured are the disaster's: only force ties a sentence to violence.
    anchors = vocabulary()["force_anchors" if genre == "disaster" else "violence_anchors"]
    return any((t.lemma_.lower() in anchors or t.lower_ in anchors or _tear_gas(t)) and (own is None or t.i != own.i)
               and not (genre == "sport" and _a_play(t)) for t in sent)


def _tear_gas(t: Token) -> bool:
    # (tear gas is force wherever it is fired; "gas" alone may be a mine's, "tear" a blast's verb)
    return t.lemma_.lower() == "gas" and any(c.lower_ == "tear" for c in t.children)


def _a_play(t: Token) -> bool:
    """A game's own verb done to or by a word of sport ("two goals killed the game"): a play, no death."""
    sport = vocabulary()["sport_words"]
    return t.lemma_.lower() in _PLAYS and any(c.dep_ in ("nsubj", "dobj") and c.lemma_.lower() in sport
                                              for c in t.children)


def _sporting(sent: Span) -> bool:
    """Two distinct nouns of sport in one sentence: a game told, whatever the article is about (as
    verbs, "serve", "try" or "set" tell nothing of a game)."""
    sport = vocabulary()["sport_words"]
    return len({t.lemma_.lower() for t in sent if t.pos_ == "NOUN" and t.lemma_.lower() in sport}) >= 2


def _played_by(t: Token) -> bool:
    """The act's own subject, object or "with"/"against" party is a word of sport ("the ace was
    shelled", "a clash with the goalkeeper"); a man shot on his way to a game is not."""
    sport = vocabulary()["sport_words"]
    args = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    args += [o for c in t.children if c.dep_ == "prep" and c.lower_ in ("with", "against") for o in c.children
             if o.dep_ == "pobj"]
    return any(a.lemma_.lower() in sport for a in args)


def _crowd_made(t: Token) -> bool:
    """The act's subject, or the noun it describes, is a crowd or a people's word ("students",
    "hundreds of farmers")."""
    crowds = vocabulary()["crowds"]
    who = [c for c in t.children if c.dep_ in ("nsubj", "agent")] + ([t.head] if t.dep_ in ("acl", "relcl") else [])
    who += [o for a in who if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    who += [o for a in who if a.lower_ in crowds for p in a.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj"]
    return any(w.lemma_.lower() in crowds or w.lower_ in crowds for w in who)


def _present(t: Token) -> bool:
    verb = t if t.pos_ in ("VERB", "AUX") else t.head
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if verb.tag_ in ("VBD", "VB") and first is not verb and first.tag_ in ("VBZ", "VBP"):
        return True  # "they dig in, wait and beat back the raid": past-looking forms joined to a present one
    if verb.tag_ == "VBN":  # a present passive: "is shot dead", "are ambushed"
        return any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in verb.children) \
            and not any(c.dep_ == "aux" for c in verb.children)
    return verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "MD")
                                                    for c in verb.children)


_PLAYS = {"kill", "gun"}  # "killed the penalty", "gunned down the runner": a game's own verbs


def played_or_plotted(t: Token, sent: Span, genre: str | None, etype: str | None = None) -> bool:
    """An act of a game or a plot: in a sports report or a review, a sentence with no anchor in the
    real world; in a review, also one told in the present tense. In business news only an attack
    needs the anchor ("an aggressive assault on the market", "fired the first shot in the price
    war"), and a rally with no crowd is the prices'; its strikes and protests are real, and its
    dealings `business_dealing` reads."""
    if genre == "business":
        # a rally of prices ("the rally fizzled") unless a crowd is in the sentence
        rally = t.lemma_.lower() == "rally" and not any(w.lemma_.lower() in vocabulary()["crowds"] for w in sent)
        return (etype == "ASSAULT" and not anchored(sent, genre)) or rally
    if genre is None:
        # a sentence of a game in other news ("the ace was shelled for seven runs in the second
        # inning", "sent off after a clash with the goalkeeper"): read as a sports report's sentence
        return _sporting(sent) and _played_by(t) and not anchored(sent)
    if genre == "arts" and _present(t):
        return True
    if genre == "sport" and etype == "PROTEST":
        # a march or a blockade a sports report tells is real where people outside the game make it
        # ("students marched on the race's party", "farmers protesting over prices halted the stage";
        # not "the captain protested the call")
        return _played_by(t) or not _crowd_made(t)
    if genre == "civic" and etype not in ("ASSAULT", "COERCE", "MOBILIZE"):
        # a council's, a candidate's or a board's words are its politics (accused, rejected, met,
        # agreed), and its protests real: only force words need an anchor
        return False
    if genre in ("health", "disaster") and etype in ("PROTEST", "REQUEST"):
        # a health or disaster story's strikes, blockades and demands are real ("doctors walked off the
        # job", "residents blocked the highway", "flood victims demanded that the council clear the
        # drains"): only its force words are the disease's or the storm's (and its relief is the
        # disaster's own, no political aid)
        return False
    # In a game's sentence a word sport uses of its own plays anchors nothing when it is the act's own:
    # a runner "gunned down" at second, a comeback "killed" (a fan "stabbed" outside is no play).
    sport = vocabulary()["sport_words"]
    game = genre == "sport" and t.lemma_.lower() in _PLAYS and any(
        w.pos_ in ("NOUN", "PROPN") and (w.lemma_.lower() in sport or w.lower_ in sport) for w in sent)
    # In a disaster story an attack's own word anchors nothing ("a bushfire attacked homes"): another
    # word of force must ("gunmen attacked a relief convoy"); an arrest is force itself.
    # Nor in local civic news, whose campaigners "fight" a plan and whose runners "attack" a hill.
    return not anchored(sent, genre, own=t if game or (genre in ("disaster", "civic") and etype == "ASSAULT") else None)


def business_dealing(etype: str, actor1, genre: str | None) -> bool:
    """In business news, an agreement, an accusation, a refusal or talks between companies ("agreed a $27bn
    merger", "filed a lawsuit accusing its rival") are dealings, not political events; a state body,
    an armed group or an international organisation acting there still is one."""
    if genre != "business" or etype in ("ASSAULT", "COERCE", "PROTEST", "MOBILIZE"):
        return False
    return actor1 is None or actor1.type in (None, "civilians", "other")


_CHEERING = {"victory", "campaign", "election", "re-election", "reelection", "inauguration", "fundraising", "pep",
             "celebration", "homecoming", "title", "championship"}


def cheering_rally(t: Token) -> bool:
    """A rally to cheer a candidate or a team ("a jubilant victory rally", "a campaign rally in
    Denver"), not to protest: no PROTEST event."""
    return t.pos_ == "NOUN" and t.lemma_.lower() == "rally" and any(
        c.dep_ in ("compound", "amod") and c.lower_ in _CHEERING for c in t.children)
