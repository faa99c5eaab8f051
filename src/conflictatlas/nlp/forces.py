"""A town's or county's own police, named after it ("Tulsa police", "the Dover Police Department",
"Orange County Sheriff's Office", "Dover Police Department Sgt. Ray"): local news names the force
that made its arrests, and a named officer acts as that force."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Token

from ..records import Actor
from . import actors as actors_mod  # resolved at call time: actors imports this module
from . import lexicon
from .heads import to_actor
from .lexicon import ActorDictionary, ActorEntry
from .names import toponym_at
from .phrases import clean_text, ent_text, name_phrase

# Titles of police officers ("Trooper Ann Lee", "Sgt. Ray", "PPD Patrolman Cole").
POLICE_TITLES = {"officer", "trooper", "deputy", "sgt", "sergeant", "patrolman", "patrolwoman", "detective", "det",
                 "constable", "cpl", "corporal", "ofc", "dep", "tpr"}
INSTITUTION_HEADS = {"police", "department", "office", "sheriff", "patrol", "deputies", "officers", "troopers"}


def local_force(head: Token, phrase: list[Token], d: ActorDictionary) -> str | None:
    """"Tulsa police", "the Dover Police Department", "Orange County Sheriff's Office": a town's or
    county's own force, named after it (not the state a capital's name stands for: "Paris police"
    in Texas are not France's). Its name is the phrase as written, without the determiner."""
    if head.lower_ not in INSTITUTION_HEADS or not (d.roles.get(head.lower_) == "police" or head.lower_ in (
            "department", "office", "patrol")):
        return None
    # (a body's own words capitalised name no town: "Police officers" opening a sentence; "the
    # Sheriff's Office" is the one office of the story's county)
    names = [t for t in phrase if t.i < head.i and t.pos_ == "PROPN" and t.lower_ not in _BODY_WORDS]
    if not names or any(t.lower_ in ("state", "federal", "national") for t in phrase):
        return None
    if head.lower_ in ("department", "office") and not any(t.lower_ in ("police", "sheriff", "sheriff's")
                                                           for t in phrase):
        return None
    state = next((e for _, _, e in actors_mod.match_names(names, d) if e.is_state and e.name != names[0].text
                  and not e.name.startswith(names[0].text + " ")), None)
    if state is not None and head.lower_ == "police" and len(names) == 1 and _a_state_word(names[0], state.country):
        return None  # "Iraqi police", "Ugandan police": the state's; "Paris police" are the town's
    # The name as written, the run of proper nouns that ends at the head ("Miami-Dade police",
    # "Orange County Sheriff's Office"), not a dateline or another name before it.
    doc, first = head.doc, head.i
    # (a capitalised article the tagger took for a name is none: "A Tulsa police officer")
    while first > 0 and doc[first - 1].lower_ not in ("a", "an", "the") and (
            (doc[first - 1].pos_ == "PROPN" and doc[first - 1].text[0].isalnum())
                         or doc[first - 1].text in ("-", "'s", "’s")
                         or doc[first - 1].lower_ in ("county", "city", "police", "sheriff", "sheriff's")):
        first -= 1
    if first == head.i:
        return None
    # "Portland Police Bureau officers", "Kent Police officers": the force is named before its members
    end = head.i if head.lower_ in _MEMBERS and any(t.lower_ in _BODY_WORDS for t in doc[first:head.i]) else head.i + 1
    return doc[first:end].text.strip(" -—")


def _a_state_word(tok: Token, state: str | None) -> bool:
    """A demonym or a country's name (the tagger calls "Ugandan" a place at times), not a town's of that
    state ("Kabul police"); a town abroad the geoparser took it for is not it."""
    from ..countries import alpha2

    place = toponym_at(tok)
    # (nor a town known by the word only as another of its names: "Kazakh" for Petropavl)
    return tok.ent_type_ == "NORP" or place is None or place.precision == "country" \
        or (state is not None and place.country != alpha2(state)) or place.name.lower() != tok.lower_


_MEMBERS = {"deputies", "officers", "troopers"}
_BODY_WORDS = {"bureau", "department", "office", "police", "patrol", "service", "constabulary", "force",
               # kinds of police a capital letter opening a sentence makes look like a town's name
               # ("Riot police detained ...", "Traffic police stopped ...")
               "riot", "traffic", "border", "transit", "highway", "railway", "military", "secret", "religious",
               "tourist", "mounted", "auxiliary", "special"}


def force_of_officer(head: Token) -> Token | None:
    """The force's own head word in "Dover Police Department Sgt." or "Sheriff's Office Deputy", where
    the officer's title heads the phrase."""
    if head.lower_.rstrip(".") not in POLICE_TITLES or head.i == 0:
        return None
    before = head.doc[head.i - 1]
    return before if before.lower_ in INSTITUTION_HEADS and before.head.i == head.i else None


def local_forces(doc) -> list[str]:
    """The names of the town and county forces a parsed paragraph names, in order."""
    d = lexicon.actors()
    out = []
    for tok in doc:
        force = force_of_officer(tok.head) if tok.dep_ == "compound" else None
        officer_of = force is not None and force.i == tok.i
        if tok.lower_ in INSTITUTION_HEADS and (tok.dep_ not in ("compound", "amod") or officer_of):
            name = local_force(tok, name_phrase(tok) if not officer_of else
                                [t for t in name_phrase(tok.head) if t.i <= tok.i], d)
            if name and name not in out:
                out.append(name)
    return out


def story_forces(forces: list[str], dateline=None) -> list[str]:
    """The forces an article names, the story's own first: the one named after the dateline's town,
    else the one named most often, else the first named. A local story names its own police again
    and again, and a neighbouring town's force once, for an earlier shooting or an arrest made there."""
    counts = Counter(forces)
    order = list(dict.fromkeys(forces))
    town = (dateline.text or dateline.name or "").lower() if dateline is not None else ""

    def members(f: str) -> bool:  # "Columbus officers" where the story names "Columbus police" too: its name first
        return f.split()[-1].lower() in _MEMBERS and any(g != f and g.split()[0] == f.split()[0] for g in order)

    return sorted(order, key=lambda f: (not (town and f.lower().startswith(town)), members(f), -counts[f],
                                        order.index(f)))


def loyal_to(head: Token, ctx, base: int, exclude: str | None, d: ActorDictionary):
    """"Forces loyal to Haftar", "fighters loyal to the Islamic State", "troops loyal to the
    president": the side they fight for, by its own name, as "<leader> forces" where the dictionary
    knows a leader's forces so, or as the armed arm of the state whose office-holder they serve."""
    if head.pos_ != "NOUN":
        return None
    loyal = next((c for c in head.children if c.dep_ == "amod" and c.lower_ == "loyal"), None)
    if loyal is not None:
        patron = next((p for c in loyal.children if c.dep_ == "prep" and c.lower_ == "to"
                       for p in c.children if p.dep_ == "pobj"), None)
    elif head.lemma_.lower() == "loyalist":
        # "regime loyalists", "Gaddafi loyalists", "the president's loyalists": those loyal to the
        # side named in front; bare "loyalists" name no one here
        patron = next((c for c in reversed(list(head.lefts)) if c.dep_ in ("compound", "amod", "poss")), None)
    else:
        return None
    if patron is None:
        return None
    text = clean_text(name_phrase(head))
    name = [t for t in patron.subtree if t.i <= patron.i and t.pos_ == "PROPN"]
    for words in (tuple(t.lower_ for t in name), (patron.lower_,)):
        entry = d.aliases.get((*words, head.lower_)) if words else None
        if entry is not None:
            return to_actor(entry, text)
    found = actors_mod.resolve(patron, ctx, base, exclude)
    if found is None or found.type in ("civilians", None):
        return None
    # those loyal to a government fight for it: its forces, whatever they are called ("fighters")
    role = next((r for r in (d.roles.get(head.lower_), d.roles.get(head.lemma_.lower())) if r in ("military", "police")),
                "military")
    if found.type == "government" and not found.name and not found.country:
        # "regime loyalists", "the president's loyalists": the state the article is about, filled in later
        return Actor(text=text, name=None, type=role)
    if not found.name:
        return None
    if found.type == "government":
        # an office-holder's or a government's loyal troops are its state's forces
        from ..countries import country_name

        owner = found.parent or (country_name(found.country) if found.country else None)
        state = d.aliases.get(tuple(owner.lower().split())) if owner else None
        return to_actor(d.state_role(state, role), text) if state is not None else None
    return found


_BELONGING = {"belong", "affiliate", "link", "tie", "connect", "allied", "lead", "command", "attribute"}
_SUPPOSING = {"presume", "believe", "suspect", "think", "say", "report", "understand"}


def belonging_to(head: Token, ctx, base: int, exclude: str | None):
    """"Armed men presumed to belong to the CODECO militia", "gunmen believed to be members of the
    Zaire militia", "men affiliated with the ELN", "rebels led by HTS", "militiamen attributed to X":
    the armed group they are said to belong to. The model often makes the supposing verb the
    clause's own, the men its subject."""
    if head.pos_ != "NOUN":
        return None
    clauses = [c for c in head.children if c.dep_ in ("acl", "relcl", "amod") and c.lemma_.lower() in _BELONGING]
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_.lower() in _SUPPOSING:
        clauses += [c for c in head.head.children if c.dep_ == "xcomp"]
    groups = [p for c in clauses for x in (c, *(a for a in c.children if a.dep_ == "attr"))
              for prep in x.children if prep.dep_ in ("prep", "agent") and prep.lower_ in ("to", "with", "of", "by")
              for p in prep.children if p.dep_ == "pobj"]
    for group in groups:
        found = actors_mod.resolve(group, ctx, base, exclude)
        if found is not None and found.name and found.type not in ("civilians", "government"):
            return found
    return None


_PEACEKEEPING = {"peacekeeper", "peacekeeping", "blue helmet", "blue helmets"}


def peacekeepers(head: Token, text: str | None) -> Actor | None:
    """Peacekeepers named by no state or body ("peacekeepers patrolled the buffer zone", "a
    peacekeeping force"): a mission from abroad, never the army of the land they serve in, and in the
    news, unless it says otherwise, the United Nations' (codebook 2). A state or a body named on them
    ("French peacekeepers", "African Union peacekeepers") was read before this."""
    mods = [c for c in head.children if c.dep_ in ("amod", "compound", "poss")]
    if not {head.lemma_.lower(), head.lower_, *(c.lemma_.lower() for c in mods)} & _PEACEKEEPING:
        return None
    if any(c.dep_ == "poss" or c.lemma_.lower() not in _PEACEKEEPING for c in mods):
        return None  # "its own peacekeeping brigade", "an African peacekeeping mission": someone's
    return Actor(text=text, name="United Nations peacekeepers", type="international organisation",
                 parent="United Nations")


def service_word(tok: Token, d: ActorDictionary) -> str | None:
    """The force a name is only the bare word of, capitalised ("the Army", "Navy"): its role, else None."""
    role = d.roles.get(ent_text(tok).lower())
    return role if role in ("military", "police") else None


def rulers_army(entry: ActorEntry, role: str | None, d: ActorDictionary) -> ActorEntry | None:
    """The army a ruler's or a state body's name stands on ("Gaddafi forces", "pro-Assad troops",
    "the Kremlin's soldiers"): its state's, as ACLED names a state's "Military Forces"; a state's
    own name is read elsewhere."""
    if role != "military" or entry.type != "government" or entry.is_state or not entry.country:
        return None
    from ..countries import country_name

    return d.state_role(ActorEntry(country_name(entry.country), entry.country, "government", is_state=True), "military")
