"""Who acts and who is acted on: from an argument's head token to a canonical Actor.

Resolution order for a noun phrase, each step a linguistic reason:
1. a relative pronoun ("who") stands for the noun its clause modifies;
2. nouns of quantity or membership ("scores of", "leaders of") are looked through to what they count;
3. a dictionary name inside the phrase (longest match, the head's own name first): "Africa Command";
4. a country word plus a role noun: "allied Libyan forces" -> Libya military;
5. a generic armed noun or pronoun takes its antecedent from earlier in the article ("the militants",
   "these guys", "them"), which is why an ActorContext travels with the article;
6. otherwise unnamed people stay unnamed: private individuals are never made into actors.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..records import Actor
from . import heads as heads
from .antecedents import CROWDS as CROWDS
from .antecedents import ActorContext as ActorContext
from .forces import POLICE_TITLES, belonging_to, force_of_officer, local_force, loyal_to, rulers_army
from .forces import peacekeepers as peacekeepers
from .forces import service_word as service_word
from .heads import KIND_WORDS, after_sponsor, civic_body, member_of_group, own_acronym, placed_site, residence
from .heads import home_of as home_of
from .heads import look_through as look_through
from .heads import the_group as the_group
from .heads import to_actor as to_actor
from .lexicon import actors, vocabulary
from .names import (
    clause_antecedent,
    groups_name_as_surname,
    initials,
    match_names,
    model_year,
    office_title,
    person_antecedent,
    speaker_antecedent,
    surname,
    toponym_at,
)
from .phrases import aged, armed_people, clean_text, ent_text, name_phrase, plural_subject, proper
from .role_words import refine_role

_RELATIVE = {"who", "which", "that", "whom"}
_GROUP_HEADS = {"gang", "militia", "cartel", "brigade", "faction", "battalion", "clan", "mafia"}
# Bodies a text may introduce by name ("a group called X"); never a person ("a man named X").
_BODY_NOUNS = _GROUP_HEADS | {"group", "association", "organisation", "organization", "coalition", "movement", "party",
                              "network", "campaign", "union", "committee", "alliance", "front", "council", "charity",
                              "society", "collective", "federation", "league"}
# Nouns for organisations: a subject so named is a political actor (standing.political).
ORGANISATION_NOUNS = {"group", "organisation", "organization", "movement", "party", "faction", "militia", "coalition",
                      "alliance", "union", "association", "committee", "council", "network", "front", "brigade",
                      "army", "force", "government", "administration", "ministry", "agency", "court", "parliament"}
# Bodies and their members, who act from somewhere ("the littoral states of Malaysia and ...",
# "a council chairman in west Baghdad").
_BODIES = ORGANISATION_NOUNS | {"state", "country", "nation", "chairman", "chairwoman", "member", "official",
                                "leader", "chief", "tribe", "clan", "community", "settler", "protester",
                                "demonstrator", "activist", "supporter", "student"}
_UNIT_NOUNS = {"team", "unit", "squad", "detachment", "battalion", "brigade", "platoon", "company"}
_PRONOUNS = {"they", "them", "their", "theirs", "themselves", "he", "him", "his", "she", "her", "it", "its"}


def resolve(head: Token, ctx: ActorContext, base: int = 0, exclude: str | None = None) -> Actor | None:
    """The Actor a noun phrase headed by `head` names, or None. `base` is the doc's article offset."""
    d = actors()
    if head.lower_ in _RELATIVE:
        # "militants who ... could be preparing": the pronoun stands for the noun its clause modifies.
        node = head.head
        for _ in range(4):
            if node.dep_ in ("relcl", "acl") or node.head.i == node.i:
                break
            node = node.head
        if node.dep_ in ("relcl", "acl"):
            head = person_antecedent(head, node.head)
    written_head, head = head, look_through(head, d)
    member = member_of_group(head, d) or heads.affiliation(head, d)
    if member is not None:
        return member
    if head.lemma_.lower() in _UNIT_NOUNS:
        # "the city's SWAT team", "a navy detachment", "a police squad": the unit of the force its modifier names
        kind = next((d.roles.get(c.lower_) or "police" for c in head.children if c.dep_ in ("compound", "amod")
                     and (c.lower_ == "swat" or d.roles.get(c.lower_) in ("police", "military"))), None)
        if kind is not None:
            return Actor(text=clean_text(name_phrase(head)), name=None, type=kind)
    patron = loyal_to(head, ctx, base, exclude, d) or belonging_to(head, ctx, base, exclude)
    if patron is not None:
        return patron
    if head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() in vocabulary()["weapons"]:
        # A belt, a rifle or a Taser (a make, spelled as a name) is no one's target; the munitions a force fires ("Israel's artillery",
        # "U.S. strikes") name the force, and stay.
        return None
    written = name_phrase(head)
    if placed_site(head):
        return None  # "a Kabul hotel", "a Florence home": where the site is, not whose
    phrase = after_sponsor(written)
    matches = [m for m in match_names(phrase, d) if not groups_name_as_surname(phrase[m[0]], m[2])]
    if not matches and len(phrase) < len(written) and (acronym := own_acronym(head)) is not None:
        # "the al-Qaeda-linked Group for the Support of Islam and Muslims (JNIM)": the body is the one
        # its bracketed acronym names, not the one it is linked to
        found = match_names([acronym], d)
        if found:
            return to_actor(found[0][2], clean_text(written))
    text = clean_text(written)
    titled = head.pos_ == "PROPN" and any(office_title(t) for t in phrase if t.i < head.i)
    # "Trooper Ann Lee", "Officers Ann Lee and Tom Ray": police by their rank, however many
    officer = any(t.lower_.rstrip(".").removesuffix("s") in POLICE_TITLES for t in phrase if t.i < head.i)
    if matches and titled and head.ent_type_ == "PERSON" and not any(a <= phrase.index(head) < b for a, b, _ in matches):
        # "Kenyan President William Ruto": an office-holder of the state the modifier names.
        state = next((e for _, _, e in matches if e.is_state), None)
        return Actor(text=text, name=ent_text(head), type="government", country=state.country if state else None,
                     parent=state.name if state else None)
    if head.ent_type_ == "PERSON" and any(t.i < head.i and t.lemma_.lower() == "opposition" for t in phrase) \
            and not any(a <= phrase.index(head) < b for a, b, _ in matches):
        # "Opposition leader Ann Lee", "a Kenyan opposition lawmaker, Tom Ray": a public figure of the
        # opposition (of the state named on it, else the sentence's), acting for it as "opposition
        # members" do, not a private individual.
        state = next((e for _, _, e in matches if e.is_state), None) or heads.sentence_state(head, d)
        return Actor(text=text, name=ent_text(head), type="opposition", country=state.country if state else None)
    local = local_force(head, phrase, d)
    if local is not None:
        return Actor(text=text, name=local, type=d.roles.get(head.lower_) or d.roles.get(head.lemma_.lower()) or "police")
    inner = force_of_officer(head)
    if inner is not None:
        local = local_force(inner, [t for t in phrase if t.i <= inner.i], d)
        if local is not None:  # "by Paris Police Department Sgt. Ray": the officer's force
            return Actor(text=text, name=local, type="police")
    if matches:
        h = phrase.index(head)
        own = [m for m in matches if m[0] <= h < m[1]]
        others = [m for m in matches if m not in own]
        first, last, entry = own[0] if own else matches[-1]
        if entry.is_state and own and any(m[2].is_state for m in others):
            # "Bosnian Serbs": the qualifying state word says where this people's group belongs.
            first, last, entry = next(m for m in reversed(others) if m[2].is_state)
            own = []
        name_text = " ".join(t.text for t in phrase[first:last])
        role = next((d.roles[k] for c in head.lefts if c.i == head.i - 1 for k in [f"{c.lower_} {head.lower_}"]
                     if k in d.roles), None) or d.roles.get(head.lower_) or d.roles.get(head.lemma_.lower())
        if entry.is_state and head.lemma_.lower() == "bomber" and not any(c.lower_ == "suicide" for c in head.children):
            role = "military"  # "Russian bombers", "U.S. B-52 bombers": a state's bombers are its aircraft
        if entry.is_state and not own and role in ("government", "military", "civilians", None) \
                and any(c.lemma_.lower() == "opposition" for c in head.lefts):
            role = "opposition"  # "Malawi's opposition alliance", "the Georgian opposition's leader"
        role = refine_role(head, role, d)  # "an Iraqi tribal leader", "Kenyan army officers": as bare
        if own and not entry.is_state and entry.country and name_text.islower():
            # "Haiti's transitional presidential council": words one state's body is also called by,
            # written as common nouns and owned by another state, are that state's.
            owner = next((m[2] for m in others if m[2].is_state and m[2].country != entry.country), None)
            if owner is not None:
                return to_actor(d.state_role(owner, role or "government"), text)
        if entry.is_state and own and head.lower_ != entry.name.lower() and (head.tag_ in ("NNPS", "NNS") or any(
                c.dep_ == "nummod" or (c.dep_ == "det" and c.lower_ in ("a", "an")) for c in head.children)):
            # A plural or counted demonym names people, not a state ("Nigerians", "ethnic Albanians",
            # "an American", "two Thais"); an ethnic people lives where the text places it, which
            # `_implied` fills in later.
            ethnic = any(t.lower_ == "ethnic" for t in phrase)
            home = residence(head, d)
            country = home.country if home else (None if ethnic else entry.country)
            return Actor(text=text, name=None if ethnic and not home else f"{entry.name} people",
                         country=country, type="civilians")
        if not own and not role and head.pos_ == "NOUN" and entry.is_state and head.lemma_.lower() in vocabulary()["communities"]:
            home = residence(head, d)  # where it lives; with none said, the act's place gives it (implied)
            return Actor(text=text, name=None, country=home.country if home else None, type="civilians")
        private = vocabulary()["private_people"] | vocabulary()["inhabited"]
        if not own and not role and entry.country and ((head.pos_ == "NOUN" and head.lemma_.lower() in private)
                or (head.pos_ == "PROPN" and any(t.i < head.i and t.dep_ == "compound" and t.lemma_.lower() in private
                                                 for t in phrase))):
            # "an Iraqi man", "a Hayward woman", "the Lebanese villages", "Kabul resident Ahmad Shah":
            # where private people are from or live, not a state or a place acting (codebook 2:
            # places are not actors; victims are a state's civilians).
            from ..countries import alpha3, country_name

            # The geoparser read the name with the article's context ("a Paris man" in a story
            # from Paris, Tennessee): its country, where it resolved one.
            place = toponym_at(phrase[first])
            country = (alpha3(place.country) if place is not None and place.country else None) or entry.country
            return Actor(text=text, name=f"Civilians ({country_name(country)})", country=country, type="civilians")
        if not own and not role and entry.is_state and any(t.lemma_.lower() in vocabulary()["companies"] for t in phrase):
            return Actor(text=text, name=None, country=entry.country, type="other")  # "a German carmaker": a company
        if entry.is_state and not own and not role and (body := civic_body(head, phrase, text)) is not None:
            return body
        if not own and (army := rulers_army(entry, role, d)) is not None:
            return to_actor(army, text)
        if entry.is_state:
            home = residence(head, d) if own else None
            if home is not None and home != entry:
                return Actor(text=text, name=f"{entry.name} people ({home.name})", country=home.country,
                             type="civilians")
            # "a Kenyan army patrol", "a Malian police convoy": the force named on the noun
            force = next((d.roles[c.lower_] for c in head.children if c.dep_ in ("compound", "amod")
                          and d.roles.get(c.lower_) in ("military", "police")), None)
            if (role or force) and not own:
                return to_actor(d.state_role(entry, role or force), text)
            return to_actor(entry, name_text if own else text)
        return to_actor(entry, name_text)
    lower = head.lower_
    if lower in d.look_through or head.lemma_.lower() in d.look_through:
        # "the militant positions", "rebel camps": the modifier says whose they are.
        mod = next((c for c in head.children if c.dep_ in ("amod", "compound")
                    and (c.lower_ in d.generic_armed or c.lemma_.lower() in d.generic_armed
                         or c.lower_ in ("militant", "rebel", "insurgent", "guerrilla"))), None)
        if mod is not None and (ante := ctx.antecedent(base + head.idx, armed_only=True, exclude=exclude)) is not None:
            return Actor(text=text, name=ante.name, country=ante.country, type=ante.type, parent=ante.parent)
        if mod is not None and mod.pos_ == "NOUN" and mod.lemma_.lower() not in vocabulary()["aircraft"] \
                and (own := resolve(mod, ctx, base, exclude)) is not None:
            return own  # "bandit hideouts", no band named before: the bandits' (not "fighter jets")
    if (lower in d.generic_armed or head.lemma_.lower() in d.generic_armed) and head.pos_ == "NOUN":
        # "Liwa al-Haqq fighters": a name on a fighters noun is their group's, whatever the tagger took
        # it for (often a person's); not a word of their kind opening a sentence ("Jihadi fighters")
        names = [c for c in head.children if c.dep_ == "compound" and proper(c) and c.lower_ not in KIND_WORDS]
        if names:
            first = min(c.left_edge.i for c in names)
            return Actor(text=text, name=clean_text(list(head.doc[first:head.i])), type=None, country=home_of(head, d))
    called = next((c for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in ("call", "name")),
                  None) if head.pos_ == "NOUN" and head.lemma_.lower() in _BODY_NOUNS else None
    own_name = next((x for x in called.children if x.dep_ in ("oprd", "attr", "dobj") and x.pos_ == "PROPN"),
                    None) if called is not None else None
    if own_name is not None:
        # "a tenants' group called Fair Rent Now": the body is the one its name names
        # (the entity's extent where the parser broke the name off: "named Harvest First criticized")
        span = next((e for e in head.doc.ents if e.start <= own_name.i < e.end),
                    head.doc[own_name.left_edge.i:own_name.i + 1])
        return Actor(text=text, name=span.text, type=None, country=home_of(head, d))
    if head.pos_ == "NOUN" and head.lemma_.lower() in _GROUP_HEADS:
        # "the Gran Grif gang", "the Yakutumba militia": a name on a group noun is that armed group's
        names = [c for c in head.children if c.dep_ == "compound" and proper(c)]
        if names:
            first = min(c.left_edge.i for c in names)
            return Actor(text=text, name=head.doc[first:head.i + 1].text.strip(), type="militia", country=home_of(head, d))
    if lower in _PRONOUNS and (speaker := speaker_antecedent(head) or clause_antecedent(head)) is not None:
        said = resolve(speaker, ctx, base, exclude)
        if said is not None or speaker.pos_ != "PROPN":
            return said  # a named speaker the dictionary lacks: the person named before, as below
    if the_group(head) and (told := ctx.the_group(base + head.idx, exclude, text)) is not None:
        return told  # "the group said it had killed ...": the body the article named most
    owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
    if owner is not None and lower not in _PRONOUNS and (speaker := speaker_antecedent(owner)) is not None \
            and (lower in d.generic_armed or head.lemma_.lower() in d.generic_armed) \
            and (said := resolve(speaker, ctx, base, exclude)) is not None and said.name:
        # "X claimed the attack, saying its fighters had killed ...": the speaker's own fighters
        return Actor(text=text, name=said.name, country=said.country, type=said.type, parent=said.parent)
    if (lower in d.generic_armed or head.lemma_.lower() in d.generic_armed) and any(
            c.dep_ in ("amod", "compound") and c.lower_ in _UNKNOWN for c in head.children):
        # "unidentified gunmen", "unknown assailants": the text says it does not know whose they are,
        # whatever group it named before (ACLED's unidentified armed group)
        # (where it is, the armed men the story named before say: "unidentified gunmen" in a story on the LTTE)
        home = residence(head, d) or ctx.antecedent(base + head.idx, armed_only=True, exclude=exclude)
        return Actor(text=text, name=None, type="militia", country=home.country if home else None)
    if lower in _PRONOUNS or lower in d.generic_armed or head.lemma_.lower() in d.generic_armed:
        armed = lower not in _PRONOUNS
        personal = True if lower in ("he", "him", "his", "she", "her") else False if lower in ("it", "its") else None
        side = heads.other_side(head) if armed else None
        ante = ctx.antecedent(base + head.idx, armed_only=armed, exclude=exclude,
                              plural=lower in ("they", "them", "their", "theirs", "themselves"), personal=personal,
                              skip=range(base + side.start, base + side.stop) if side else None)
        if ante is not None:  # an office named without a name is read by its words ("the mayor")
            return Actor(text=text if ante.name else ante.text, name=ante.name, country=ante.country,
                         type=ante.type, parent=ante.parent)
        if lower in _PRONOUNS:
            return None
    role = next((d.roles[key] for c in head.children if c.dep_ in ("compound", "amod") and c.i == head.i - 1
                 for key in [f"{c.lower_} {lower}"] if key in d.roles),  # two words first: "council members";
                None) or d.roles.get(lower) or d.roles.get(head.lemma_.lower())  # an "attorney general" is no general
    if armed_people(head):
        role = "militia"  # "armed men", "two men armed with pistols": ACLED's unidentified armed group
    if head.pos_ == "PROPN" and head.tag_ == "NNP" and not titled and not officer and plural_subject(head) \
            and not aged(head):
        # "Jaish al-Izza are storming the town": a singular name a plural verb agrees with is a
        # group's, never a person's.
        return Actor(text=text, name=ent_text(head), type=None, country=home_of(head, d))
    if initials(head) and head.lower_ not in vocabulary()["explosives"]:  # "an IED blast": how, not who
        return Actor(text=text, name=head.text, type=None, country=home_of(head, d))
    if (body := heads.state_body(head, role, text, d)) is not None:
        return body  # "Parliament voted", "the Senate's members": the state's body, no office-holder
    if head.ent_type_ == "PERSON" or (role == "government" and head.pos_ == "PROPN") or titled or officer or surname(head):
        # NER takes some office-holders for organisations ("Vice-President Ann Lee"); the title decides. Public office-holders
        # are named by title, anyone else is a private individual; with no country word, of the state the sentence names.
        if any(office_title(t) for t in phrase):
            state = heads.sentence_state(head, d)
            return Actor(text=text, name=text, type="government", country=state.country if state else None)
        if officer:
            # "Trooper Ann Lee", "Sgt. Tom Ray": a member of a police force acts as that force, which
            # the place names ("United States police"); by surname later too ("Lee opened fire").
            member = Actor(text=text, name=None, type="police")
            ctx.officers.setdefault(head.text, member)
            return member
        # News names an office-holder in full once, then by surname ("President Mahmoud Abbas ... Abbas").
        return ctx.office_holder(head.text, base + head.idx)
    if head.pos_ == "PROPN" and not head.ent_type_:
        holder = ctx.office_holder(head.text, base + head.idx)  # a surname the tagger did not mark
        if holder is not None:
            return holder
    home = residence(head, d)
    if head.ent_type_ in ("ORG", "NORP", "GPE") and proper(head) and not model_year(head) \
            and not set(ent_text(head).lower().split()) & vocabulary()["explosives"]:  # "a Mandera IED blast": a device
        if (service := service_word(head, d)) is not None:
            return Actor(text=text, name=None, type=service, country=home.country if home else None)  # "the Army"
        return Actor(text=text, name=ent_text(head), type=None, country=home.country if home else None)
    # "the main rebel group, Forces for Defence of Democracy", "the emir, Sheikh Hamad": the name in
    # apposition to a common noun says who it is.
    appos = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if appos is not None and head.pos_ == "NOUN":
        named = resolve(appos, ctx, base, exclude)
        if named is not None and named.name:
            return named
    # "the APEC forum", "the FLEC armed wing", "Ibo elders": an organisation or people the dictionary
    # does not know, named on a common noun. On a munition it is the make ("Katyusha rockets"), not who fired it.
    org = next((c for c in phrase if c.i != head.i and c.ent_type_ in ("ORG", "NORP") and proper(c)
                and c.lower_ not in KIND_WORDS), None)  # "Jihadist rebels": what they are, not whose
    munition = head.lemma_.lower() in vocabulary()["explosives"] | vocabulary()["weapons"]
    if org is not None and head.pos_ == "NOUN" and head.lemma_.lower() not in _PLACE_HEADS and not munition \
            and head.lemma_.lower() not in vocabulary()["private_people"]:  # "a Hayward man": from there
        if (service := service_word(org, d)) is not None:
            # "an Army paratrooper", "a Navy pilot": a force's bare word capitalised as its service's
            # name is that force, whose state the text or the story gives ("Troop E troopers" are
            # state police, whose units are troops: the noun's own force word decides)
            return Actor(text=text, name=None, type=role if role in ("military", "police") else service,
                         country=home.country if home else None)
        return Actor(text=text, name=ent_text(org), type=role if role != "civilians" else None,
                     country=home.country if home else None)
    role = refine_role(head, role, d)
    if head.tag_ == "NNP" and role and (of := next((c for c in head.children if c.dep_ == "prep" and c.lower_ in ("for", "of")
                                                   and any(p.tag_ in ("NNP", "NNPS") for p in c.children)), None)):
        return Actor(text=text, name=clean_text(list(head.doc[head.i:of.right_edge.i + 1])), type=None,
                     country=home.country if home else None)  # "the Coalition for Fair Wages": a body's own name
    if role in ("police", "military") and (owner := next((c for c in head.children if c.dep_ == "poss"
                                                           and c.lower_ in ("its", "their")), None)) is not None \
            and (speaker := speaker_antecedent(owner)) is not None:
        # "the ministry said its forces took the town": the speaker's own force, wherever it was
        said = resolve(speaker, ctx, base, exclude)
        if said is not None and said.country:
            return Actor(text=text, name=None, type=role, country=said.country)
    if role == "military" and home is None and head.lemma_.lower() in _STRIKING and any(
            c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in head.children) \
            and not any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in head.children) \
            and (told := ctx.recent_of_type("military", base + head.idx)) is not None:
        # "coalition warplanes pounded Saada ... The airstrikes hit houses": the strikes told before,
        # by the force that made them, not an army of the place they hit
        return Actor(text=text, name=told.name, type=told.type, country=told.country, parent=told.parent)
    if role == "military" and home is None and head.lemma_.lower() in vocabulary()["reported_arms"] \
            and not any(c.dep_ in ("amod", "poss", "nmod") for c in head.children) \
            and (speaker := speaker_antecedent(written_head)) is not None \
            and (said := resolve(speaker, ctx, base, exclude)) is not None and said.country \
            and said.type in ("military", "government"):
        # "the army said air strikes destroyed the hideouts", "the Pentagon said a drone strike killed",
        # "the military said fighter jets struck": strikes and aircraft a state's force reports, no one
        # else named, are its own
        return Actor(text=text, name=None, type="military", country=said.country)
    if role == "military" and home is None and not any(c.dep_ in ("amod", "compound", "poss", "nmod")
                                                        for c in head.children) \
            and (told := ctx.sole_state_force("military", base + head.idx)) is not None:
        # "Israeli forces raided Jenin ... Troops detained 12 people": bare troops in a story that
        # has named one state's army are that army, not the army of the place they act in
        return Actor(text=text, name=told.name, type=told.type, country=told.country, parent=told.parent)
    if role == "military" and home is None and (mission := peacekeepers(head, text)) is not None:
        return mission
    if role:
        return Actor(text=text, name=None, type=role, country=home.country if home else None)
    if home is not None and (head.pos_ == "PROPN" or head.lemma_.lower() in vocabulary()["people"]
                             or head.lemma_.lower() in vocabulary()["private_people"] or head.lemma_.lower() in _BODIES):
        # Someone from somewhere ("villagers in Kunar"); an activity or a thing placed somewhere
        # ("expanded operations in Somalia") is nobody.
        return Actor(text=text, name=None, type=None, country=home.country)
    return None


# What a force strikes with, named bare after the strikes were told ("the airstrikes", "the jets")
_UNKNOWN = {"unidentified", "unknown", "unnamed", "masked", "anonymous"}
_STRIKING = {"airstrike", "warplane", "jet", "drone", "helicopter", "gunship", "aircraft", "artillery"}

# Nouns that make a name a place, not an actor ("Yala province", "the Kunar valley").
_PLACE_HEADS = {"province", "district", "city", "town", "village", "region", "county", "state", "area", "valley",
                "governorate", "prefecture", "municipality", "neighborhood", "neighbourhood", "camp", "border"}
