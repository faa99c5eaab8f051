"""What each sentence names that later sentences may refer back to (ActorContext): named actors,
office-holders named by title or by office alone, and a town's police."""

from __future__ import annotations

import functools

from spacy.tokens import Span, Token

from ..records import Actor
from .actors import resolve
from .antecedents import ActorContext
from .forces import INSTITUTION_HEADS, local_force
from .heads import to_actor
from .lexicon import actors, vocabulary
from .model import sentence_ents
from .names import match_names
from .phrases import name_phrase


@functools.cache
def _offices() -> frozenset[str]:
    return frozenset(vocabulary()["office_titles"]) | {"spokesman", "spokeswoman", "spokesperson", "official",
                                                      "envoy", "ambassador"}


def office_noun(tok: Token) -> bool:
    """A singular office named without its holder's name, as the doer of a clause ("the mayor told reporters",
    "Kenya's foreign minister accused"): the "he" or "she" of the next sentences."""
    return tok.tag_ == "NN" and tok.dep_ in ("nsubj", "nsubjpass") and tok.lemma_.lower() in _offices() \
        and tok.ent_type_ != "PERSON"


def remember_names(sent: Span, ctx: ActorContext, base: int = 0) -> None:
    """Record every named actor of a sentence so later sentences can refer back to it."""
    tokens = list(sent)
    for first, last, entry in match_names(tokens):
        head = tokens[last - 1]
        # A state word used as a modifier ("U.S. officials") names no antecedent of its own.
        if entry.is_state and head.dep_ in ("compound", "amod", "nmod", "poss"):
            continue
        ctx.remember(base + tokens[first].idx, to_actor(entry, sent.doc[tokens[first].i:head.i + 1].text))
    for ent in sentence_ents(sent):
        # Office-holders named by title are antecedents too ("King Hassan ... said he would").
        if ent.label_ == "PERSON":
            if (actor := resolve(ent.root, ctx, base)) is not None:
                ctx.remember(base + ent.root.idx, actor, person=True)
            else:
                ctx.private.append(base + ent.root.idx)
    d = actors()
    for tok in tokens:
        if office_noun(tok) and (actor := resolve(tok, ctx, base)) is not None and actor.type == "government":
            ctx.remember(base + tok.idx, actor, office=True)  # "the interior minister ... he added"
        # A town's police named anywhere ("Berea police said") arrest whoever the article says was
        # arrested without naming by whom.
        if tok.lower_ in INSTITUTION_HEADS and tok.dep_ not in ("compound", "amod"):
            if name := local_force(tok, name_phrase(tok), d):
                ctx.remember(base + tok.idx, Actor(text=name, name=name, type="police"))
