"""The actor dictionary's names in a sentence, and names the tagger misses or mislabels, read with
what the article says elsewhere: a surname of someone the article named in full, a group by its
initials, a name the geoparser made a place, a country's name that is a person's first name."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import ActorDictionary, ActorEntry, actors, vocabulary


def toponym_at(tok: Token):
    """The place of the toponym covering `tok`, as the geoparser wrote it to the doc (or None)."""
    from ..geo.toponym import SPAN_GROUP

    return next((s._.place for s in tok.doc.spans.get(SPAN_GROUP, []) if s.start <= tok.i < s.end), None)


# Armed groups, whose short names are also surnames ("Wagner")
_GROUP_TYPES = {"militia", "rebel/insurgent", "terrorist organisation", "military"}


def groups_name_as_surname(tok: Token, entry: ActorEntry) -> bool:
    """A name of an armed group after given names inside a person's is a surname ("Minister Ann Lee
    Wagner"); a group the model tags as a person after "the" or a common noun stays the group."""
    if tok.ent_type_ != "PERSON" or tok.ent_iob_ != "I" or entry.type not in _GROUP_TYPES:
        return False
    first = next((e.start for e in tok.doc.ents if e.start <= tok.i < e.end), tok.i)
    return all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in tok.doc[first:tok.i])


def namesake_abroad(tok: Token, state: str | None) -> bool:
    """A capital's name the geoparser read as a town of another country ("Athens, Ohio", "Paris,
    Texas"): that town, not the government the capital stands for."""
    from ..countries import alpha3

    place = toponym_at(tok)
    return not tok.is_upper and place is not None and place.precision == "city" and place.country is not None and state is not None \
        and alpha3(place.country) != state


def office_title(t: Token) -> bool:
    """A public office's title before a name ("President", "Prime Minister"): the one named holds
    that office and acts for the state, not as a private individual."""
    return t.lower_.rstrip(".") in vocabulary()["office_titles"]


def initials(head: Token) -> bool:
    """"the KDLF attacked a post": a group by initials the tagger did not mark or took for a person, in
    running text (not a capitalised dateline or headline), and no place."""
    if not (head.pos_ == "PROPN" and head.ent_type_ in ("", "PERSON") and 2 < len(head.text) <= 6 and head.text.isalpha()
            and head.text.isupper()):
        return False
    around = [w for w in head.doc[max(0, head.i - 2):head.i + 3] if w.i != head.i and w.is_alpha]
    return all(not w.is_upper for w in around) and toponym_at(head) is None


def surname(head: Token) -> bool:
    """The surname of someone the article named in full ("Darnell Brill ... Brill fled"), which the
    tagger often leaves unmarked or takes for an organisation when it stands alone."""
    reading = head.doc._.geo_reading
    # The tagger sometimes makes a surname that opens a sentence a common noun ("Lee shot him").
    return head.pos_ in ("PROPN", "NOUN") and head.text[:1].isupper() and reading is not None \
        and head.text in reading.persons


def model_year(o: Token) -> bool:
    """"a 2009 Chevrolet", "a 1998 Ford": a make after its model year is a car, not the firm."""
    return o.pos_ == "PROPN" and any(c.like_num and len(c.text) == 4 and c.text[:2] in ("19", "20")
                                     for c in o.children if c.dep_ in ("nummod", "compound", "amod"))


def person_antecedent(pronoun: Token, antecedent: Token) -> Token:
    """"who" stands for a person: where the parser hung its clause on the name of where or what a person
    is from ("Ann Lee, 40, of Dover, who was shot"), the person."""
    if pronoun.lower_ not in ("who", "whom") or antecedent.pos_ != "PROPN" or antecedent.dep_ != "pobj" \
            or antecedent.head.lower_ != "of":
        return antecedent
    person = antecedent.head.head
    if person.ent_type_ == "PERSON" or person.lemma_.lower() in vocabulary()["people"]:
        return person
    return antecedent


_SAYING = {"say", "tell", "announce", "state", "add", "confirm", "insist", "claim", "warn", "vow", "pledge"}


def speaker_antecedent(pronoun: Token) -> Token | None:
    """"Organisers said they would hold a rally", "the minister said he would resign": the subject
    of a clause reported by a speaker named by a noun is that speaker, whoever was named before; so
    is the owner of that subject ("the ministry said its troops took the town").
    None where the speaker is a pronoun too or does not agree in number."""
    subject = pronoun.head if pronoun.dep_ == "poss" else pronoun  # "the ministry said its forces took"
    if pronoun.lower_ in _OBJECT_PRONOUNS and pronoun.dep_ in ("dobj", "pobj"):
        return _reporting_victim(pronoun)
    verb = subject.head
    if subject.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in _SAYING:
        return None
    saying = verb.head
    if saying.dep_ in ("advcl", "xcomp") and saying.tag_ == "VBG" and not any(c.dep_ == "nsubj" for c in saying.children):
        saying = saying.head  # "X claimed the attack, saying its fighters ...": the participle's subject is X
    speaker = next((c for c in saying.children if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.pos_ not in ("NOUN", "PROPN"):
        return None
    plural = speaker.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in speaker.children)
    return speaker if plural == (pronoun.lower_ in ("they", "their")) else None


_OBJECT_PRONOUNS = {"him", "her"}
_FEMALE = {"woman", "girl", "mother", "wife", "daughter", "sister", "grandmother", "girlfriend", "widow", "lady"}
_MALE = {"man", "boy", "father", "husband", "son", "brother", "grandfather", "boyfriend", "widower"}


def _reporting_victim(pronoun: Token) -> Token | None:
    """"A woman said her boyfriend had hit her", "a man told police two men beat him": the person one
    reports a clause about, done to "him" or "her" by another subject, is the one who reports it."""
    verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in _SAYING:
        return None
    speaker = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.pos_ != "NOUN" or speaker.tag_ != "NN":
        return None
    sex = _FEMALE if pronoun.lower_ == "her" else _MALE
    other = _MALE if pronoun.lower_ == "her" else _FEMALE
    if speaker.lemma_.lower() in other or speaker.lemma_.lower() not in sex | vocabulary()["private_people"]:
        return None
    return speaker


_SUBORDINATORS = {"since", "when", "after", "before", "because", "as", "while", "until", "once"}


def clause_antecedent(pronoun: Token) -> Token | None:
    """"The military has used air power since it seized power", "soldiers came under fire and two of
    them were killed": the subject of a clause of time or cause, or of one joined by "and" (or a
    number "of" it), is the subject of the clause it hangs on, where that one is a noun agreeing in
    number, whoever was named in the sentences before."""
    holder = pronoun
    if pronoun.dep_ == "pobj" and pronoun.head.lower_ == "of" and pronoun.lower_ == "them":
        holder = pronoun.head.head  # "two of them"
    verb = holder.head
    # (the model may hang the "when" on a verb joined to the clause's: "when he shot and killed")
    subordinate = verb.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in _SUBORDINATORS
                                               for v in (verb, *verb.conjuncts) for c in v.children)
    joined = verb.dep_ == "conj" and verb.head.tag_.startswith("VB")
    # "he" or "she" may stand for the main clause's object as well ("the officer stopped the man after
    # he ran a light"): only where the main clause has none ("the deputy was justified when he fired")
    personal = pronoun.lower_ in ("he", "she") and subordinate and not any(
        c.dep_ in ("dobj", "dative") for c in verb.head.children)
    if holder.dep_ not in ("nsubj", "nsubjpass") or (pronoun.lower_ not in ("it", "they", "them") and not personal) \
            or not (subordinate or joined):
        return None
    subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or subject.i > pronoun.i:
        return None
    plural = subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children)
    return subject if plural == (pronoun.lower_ in ("they", "them")) else None


def _key_token(t: Token) -> str:
    key = t.text.replace("’", "'").replace(".", "").lower()
    # "U.S.-led air strikes", "a Saudi-led coalition": the one word names the leading state's force;
    # "Iranian-backed" names a backer, who is not the doer, and stays unmatched.
    return key.removesuffix("-led") if key.endswith("-led") and len(key) > 5 else key


def match_names(tokens: list[Token], d: ActorDictionary | None = None) -> list[tuple[int, int, ActorEntry]]:
    """Dictionary names in a token sequence: (first index, last index + 1, entry), longest first."""
    d = d or actors()
    words = [(i, t) for i, t in enumerate(tokens) if not t.is_punct and t.text not in ("'s", "’s")]
    keys = [_key_token(t) for _, t in words]
    found, taken = [], set()
    # (only a dictionary name's first word can open a window longer than one word)
    openers = [k for k, key in enumerate(keys) if key in d.first_words]
    for n in range(min(d.max_len, len(words)), 0, -1):
        for k in (openers if n > 1 else range(len(words))):
            if k + n > len(words):
                continue
            window = words[k:k + n]
            if any(i in taken for i, _ in window):
                continue
            entry = d.aliases.get(tuple(keys[k:k + n]))
            if entry is None and n == 1:
                entry = d.case_sensitive.get(window[0][1].text.replace(".", "").removesuffix("-led"))
            elif entry is not None and all(t.is_lower for _, t in window) and tuple(keys[k:k + n]) not in d.written_lower:
                # a name written in lower case is a common word: "the bush", "turkey", "french fries";
                # "its central command" is no Central Command
                entry = None
            if entry is not None and n == 1 and entry.is_state and namesake_abroad(window[0][1], entry.country):
                entry = None  # "Athens, Ohio" is no Greek government
            if entry is not None and n == 1 and entry.is_state and _opens_person_name(window[0][1], d):
                entry = None  # a first name that is a country's ("Chad", "Jordan") names a person
            if entry is not None and n > 1 and not entry.is_state and _inside_longer_name(window[0][1]):
                entry = None  # "the West Papua National Liberation Army" is not the ELN, though its tail is an alias
            if entry is not None and _a_cause(window[0][1], tokens):
                entry = None  # "pro-Kurdish marchers", "anti-French protesters": a cause, not who they are
            if entry is not None:
                first, last = window[0][0], window[-1][0] + 1
                found.append((first, last, entry))
                taken.update(range(first, last))
    return sorted(found)


def _inside_longer_name(t: Token) -> bool:
    """A group's name that a longer proper name ends in: the word before it is a capitalised name
    joined to it ("West Papua National Liberation Army"), not a nationality or a possessive."""
    if t.i == 0:
        return False
    prev = t.doc[t.i - 1]
    return prev.pos_ == "PROPN" and prev.dep_ == "compound" and prev.ent_type_ not in ("NORP", "GPE") \
        and prev.text[:1].isupper() and not prev.is_sent_start


def _a_cause(t: Token, tokens: list[Token]) -> bool:
    """A name after "pro-" or "anti-" on people who are not armed ("pro-Kurdish marchers", "anti-French
    protesters"): the cause they are for or against, not who they are. Armed men "pro-" a side fight
    for it ("pro-government militias"); an act "anti-" someone is against them ("an anti-US rally")."""
    doc = t.doc
    if t.i < 2 or doc[t.i - 1].text != "-" or doc[t.i - 2].lower_ not in ("pro", "anti"):
        return False
    words = vocabulary()
    armed = words["armed"] | words["armies"] | {"separatist", "gunman", "fighter", "paramilitary"}
    after = [x.lemma_.lower() for x in tokens if x.i > t.i]
    return any(w in words["people"] | words["protesters"] for w in after) and not any(w in armed for w in after)


def _opens_person_name(t: Token, d: ActorDictionary) -> bool:
    """A country's name that the tagger reads as a person's first name, before a surname ("Jordan
    Smith"); not a people or a state's title it misreads as a person ("Bosnian Serbs", "Yugoslav
    Republic"): the next word is a singular name no actor's name contains."""
    if t.ent_type_ != "PERSON" or t.ent_iob_ != "B" or t.tag_ != "NNP" or t.i + 1 >= len(t.doc):
        return False
    nxt = t.doc[t.i + 1]
    return nxt.ent_iob_ == "I" and nxt.tag_ == "NNP" and nxt.lower_ not in d.alias_words()


def speaker_agrees(pronoun: Token, speakers: list[Token]) -> bool:
    """Whether the speaker of a report could be its pronoun subject: "the army said it killed",
    "officials said they arrested", "the minister said he ordered"; never "police said she stabbed"."""
    if not speakers:
        return False
    s = speakers[0]
    plural = s.tag_ in ("NNS", "NNPS") or s.lemma_.lower() == "police" or any(c.dep_ == "conj" for c in s.children)
    if (lower := pronoun.lower_) in ("he", "she", "him", "her"):
        lemma = s.lemma_.lower()
        return not plural and (s.ent_type_ == "PERSON" or s.pos_ == "PRON" or lemma in vocabulary()["people"]
                               or lemma in vocabulary()["police_officers"] or lemma in _PERSON_ROLES)
    if lower in ("it", "its"):
        return not plural and s.ent_type_ != "PERSON"
    return plural or lower not in ("they", "them", "their")


# Speakers who are one person by their post and whom the vocabulary's people leave out (ministers,
# mayors and commanders are there): a spokesman or a colonel speaking of himself
_PERSON_ROLES = {"spokesman", "spokeswoman", "spokesperson", "general", "colonel", "prosecutor", "attorney"}
