"""How a noun phrase names a party, read off the parse alone: its description, title, role,
and the name set beside it (the documents it speaks through are ``kg.extract.documents``'s).

Pure functions of spaCy tokens; ``kg.extract.speakers`` turns what they read into parties.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.conjoined import conjoined
from kg.extract.leading import entities, name_start
from kg.extract.lexicon import (
    INSTITUTION_NOUNS,
    LEGAL_FORMS,
    ORG_NAME_WORDS,
    ORG_NOUNS,
    ROLE_CANONICAL,
    ROLE_MODIFIERS,
    ROLES,
)
from kg.extract.names import clean_name

ENTITY_TYPES = {"PERSON": "Person", "ORG": "Organization"}
SPEAKER_ENTITY_TYPES = {
    **ENTITY_TYPES,
    "GPE": "Organization",
    "NORP": "Organization",
    "FAC": "Organization",
    "PRODUCT": "Organization",
}
QUANTIFIERS = {"all", "most", "many", "some", "both", "several", "few", "none", "half", "others"}
TITLES = {"mr", "mrs", "ms", "miss", "dr", "sen", "rep", "gov", "gen", "prof", "lt", "sgt", "rev"}
_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr"}
PERSON_TITLES = _HONORIFICS | {
    "mayor", "senator", "sen", "governor", "gov", "councilwoman", "councilman", "councilmember", "councillor", "cllr",
    "rep", "judge", "sheriff", "coach",
}  # fmt: skip

# Nouns that make a person's role out of the body they sit on: "council member", "board member".
_ROLE_NOUNS = {"member", "steward", "trustee", "delegate"}

Ents = dict[int, SpacySpan]
_NO_DESCRIPTION = frozenset(("other", "a", "an"))  # "A union" parsed a compound noun
_RELATIVE_TYPES = {"which": "Organization", "who": "Person"}


def description(tok: Token, leave: frozenset[int] = frozenset()) -> str:
    """How the text describes an unnamed party, as its name: "person familiar with the club's
    thinking", "two workers who asked not to be named". Determiners, asides set off by commas, whatever
    follows a comma, a second body joined by "and" ("the company ... and the union ..."), a lone adverb after
    it ("Harvesters here say": the harvesters, wherever the article is set) and the words ``leave`` holds (a
    dateline the parse took in: "LISBON, Oct 3 - A union representing ...") are left out."""
    doc = tok.doc
    skip = set(leave)
    for c in tok.children:
        aside = c.dep_ == "relcl" and doc[c.left_edge.i - 1].text == ","
        lone = c.dep_ == "advmod" and c.n_lefts + c.n_rights == 0
        if c.i > tok.i and (c.dep_ in ("appos", "acl", "cc", "conj") or aside or lone):
            skip |= {t.i for t in c.subtree}
    words: list[Token] = []
    for t in tok.subtree:
        if t.i in skip or (t.i < tok.i and (t.dep_ in ("det", "predet") or t.lower_ in _NO_DESCRIPTION)):
            continue
        if t.i > tok.i and t.text in (",", "(", ";"):
            break
        if t.is_punct and t.text not in ("'", "’", "-"):
            continue
        words.append(t)
    text = ""
    for t, after in zip(words, [*words[1:], None]):
        text += t.text + (t.whitespace_ if after is not None and after.i == t.i + 1 else " ")
    return text.strip()


def joined_entities(doc: Doc) -> list[SpacySpan]:
    """The tagger's entities, with a place followed by capitalised name words taken as the body it
    names: "Harbor City" + "Transit" is the organisation Harbor City Transit; a body whose name coordinates places
    or fields is one ("Avon and Somerset Police", ``kg.extract.conjoined``); and a day or month the parse
    makes part of the name after it is a word of that name ("Sunday" in "Sunday Glow said")."""
    found: list[SpacySpan] = []
    for ent in entities(doc):
        if found and _day_of_name(found[-1], ent):
            found[-1] = SpacySpan(doc, found[-1].start, ent.end, label=ent.label_)
            continue
        end = ent.end
        if ent.label_ in ("GPE", "LOC"):
            while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title and not doc[end].ent_type_:
                end += 1
        if ent.label_ == "ORG":
            end += _local_number(doc, end)
        start = name_start(doc, ent, found[-1].end if found else 0)
        found.append(ent if (start, end) == (ent.start, ent.end) else SpacySpan(doc, start, end, label="ORG"))
    return conjoined(doc, found)


# Words before a day that make it a date, whatever the parse joins it to: "On Monday Parler filed".
_DAY_OPENERS = frozenset(("on", "since", "until", "till", "last", "next", "this", "every"))


def _day_of_name(date: SpacySpan, ent: SpacySpan) -> bool:
    """Whether a one-word date right before a name is a word of it: "Sunday" compound to "Glow" ("of Sunday
    Glow"), never a day the text dates something by ("On Monday Parler filed")."""
    word = date[0]
    before = date.doc[date.start - 1].lower_ if date.start > 0 else ""
    return (
        date.label_ == "DATE"
        and before not in _DAY_OPENERS
        and len(date) == 1
        and date.end == ent.start
        and word.is_title
        and word.dep_ == "compound"
        and ent.start <= word.head.i < ent.end
        and ent.label_ in ("PERSON", "ORG")
    )


def _local_number(doc: Doc, end: int) -> int:
    """How many words after a union's name give its local: "Marine Workers' Union, Local 12" is one body, and so
    is "the United Food and Commercial Workers local"."""
    comma = int(end < len(doc) and doc[end].text == ",")
    at = end + comma
    if at + 1 < len(doc) and doc[at].text == "Local" and doc[at + 1].like_num:
        return comma + 2
    return int(not comma and at < len(doc) and doc[at].text == "local" and doc[at].dep_ in ("nsubj", "pobj", "dobj"))


def entity_type(ent: SpacySpan) -> str | None:
    """The party type a tagged name gives: a title makes a person; a company word ending the name ("Coldbrook
    Properties", "Talbot Brewing") or a legal form after it a company, whatever the tagger said; and the relative
    pronoun after it settles it: "Marchetti, which employs 320 people," is a company, "Lund, who ..." a person,
    and so does a role set beside it ("Imogen Farrow, a partner at a firm,")."""
    if entitled(ent) or titled(ent):
        return "Person"  # "Mr. Wren", whatever the tagger made of "Wren"
    type_ = "Organization" if institution(ent) else SPEAKER_ENTITY_TYPES.get(ent.label_)
    after = [c for c in ent.root.children if c.i >= ent.end]
    relative = next((c.left_edge.lower_ for c in after if c.dep_ == "relcl"), None)
    if type_ in ENTITY_TYPES.values() and relative in _RELATIVE_TYPES:
        return _RELATIVE_TYPES[relative]
    if type_ == "Organization" and ent.label_ == "ORG" and any(c.dep_ == "appos" and _a_role(c) for c in after):
        return "Person"  # "Imogen Farrow, a partner at a London firm,"
    legal = ent.end < len(ent.doc) and ent.doc[ent.end].lower_.rstrip(".") in LEGAL_FORMS  # the tag left it out
    if type_ == "Person" and ((len(ent) > 1 and ent[-1].lower_ in ORG_NAME_WORDS) or legal):
        return "Organization"
    return type_


def institution(ent: SpacySpan) -> bool:
    """A place's name that names the body running it: "Copper Basin Mountain Resort", "Ridgeview Zoo" (tagged a
    facility) speak as the resort and the zoo; so does a body's name the tagger took for a title, ending or opening
    with the word for a body: "The Fair Ticket Alliance", "A Bay of Plenty Regional Council spokeswoman", "The
    Coalition for Rural Fauquier"."""
    if ent.label_ in ("FAC", "LOC"):
        return len(ent) > 1 and ent[-1].lower_ in INSTITUTION_NOUNS and ent[-1].is_title
    words = [t for t in ent if t.is_title or t.lower_ in ("of", "for")][ent[0].lower_ in ("the", "a", "an") :]
    bodies = INSTITUTION_NOUNS | ORG_NAME_WORDS
    opening = len(words) > 2 and words[0].lower_ in bodies and words[1].lower_ in ("of", "for")
    return ent.label_ == "WORK_OF_ART" and len(words) > 1 and (words[-1].lower_ in bodies or opening)


def _a_role(tok: Token) -> bool:
    """Whether an apposition says what someone does: "a partner at a London firm", "its chief executive"."""
    return tok.lemma_.lower() in ROLES and tok.lemma_.lower() not in ORG_NOUNS and tok.tag_ == "NN"


def entitled(ent: SpacySpan) -> bool:
    """A name the tagger calls a company though a person's title opens it ("Councilwoman Ada
    Brandt") or a role noun stands before it ("council member Ada Brandt", "union steward Li Wei")."""
    if len(ent) >= 3 and ent[0].lower_.rstrip(".") in PERSON_TITLES and ent[1].text[:1].isupper():
        return True
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return (
        before is not None
        and before.is_lower
        and (before.lemma_ in ROLES or before.lower_ in _ROLE_NOUNS)
        and 2 <= len(ent) <= 3
        and all(t.text[:1].isupper() and t.is_alpha for t in ent)
        and ent[-1].lower_ not in ORG_NAME_WORDS
    )


def titled(ent: SpacySpan) -> bool:
    """Whether a name comes with an honorific: "Ms. Kessler"."""
    return ent.start > 0 and ent.doc[ent.start - 1].lower_.rstrip(".") in _HONORIFICS


# Clauses of their own: a pronoun inside one may mean someone the subject speaks of.
_OWN_CLAUSE_EDGES = {"ccomp", "relcl", "advcl", "xcomp", "pcomp", "conj", "parataxis", "csubj"}


def own_pronoun(subject: Token) -> str | None:
    """The possessive a subject's own clause gives it: "Ray Beemer ... would receive $14,000 for each turbine on
    his land" (his); None when another name stands between, or the pronoun sits in a clause of its own."""
    if subject.dep_ != "nsubj":
        return None
    verb = subject.head
    for tok in verb.subtree:
        if tok.i <= subject.i:
            continue
        if tok.ent_type_ == "PERSON" or (tok.pos_ == "PROPN" and tok.ent_type_ in ("", "ORG")):
            return None  # "Delgado accused the club of leaking Ruiz's file to lower his value"
        if tok.dep_ == "poss" and tok.lower_ in ("his", "her"):
            path = tok.head
            while path.i != verb.i and path.dep_ not in _OWN_CLAUSE_EDGES:
                path = path.head
            return tok.lower_ if path.i == verb.i else None
    return None


_NEUTER = frozenset(("it", "its", "itself"))
_PERSONAL = frozenset(("he", "she", "him", "her", "his", "hers", "himself", "herself"))


def neuter(tok: Token) -> bool:
    """Whether the text speaks of a name as a thing, not a person: it modifies a common noun ("A Harlan
    spokeswoman", "Harlan shares"), or its sentence says "it" or "its" and no "he" or "she" with no other body
    named ("Harlan also said it would close a plant", "In a statement on its website, Hayashida said")."""
    if tok.dep_ in ("compound", "amod") and tok.head.pos_ == "NOUN":
        return True
    words = {t.lower_ for t in tok.sent}
    others = any(t.ent_type_ == "ORG" and t.i != tok.i and t.ent_iob_ == "B" for t in tok.sent)
    return bool(words & _NEUTER) and not words & _PERSONAL and not others


# Professions a place before them only locates: "a Berlin lawyer" speaks for no Berlin ("a Texas official" does).
_PRIVATE_ROLES = frozenset(
    ("lawyer", "attorney", "consultant", "analyst", "expert", "economist", "researcher", "professor", "scientist",
     "strategist", "adviser", "advisor", "partner", "columnist", "correspondent", "reporter", "editor", "counsel")
)  # fmt: skip


def home_town(role: Token, word: Token, ents: Ents) -> bool:
    """Whether a place before a role says where its holder works, not whom they speak for: "a Berlin lawyer",
    "a Denver consultant" (but "a Brussels official" or "Hill County emergency manager" speak for it)."""
    ent = ents.get(word.i)
    place = ent is not None and ent.label_ in ("GPE", "LOC") and word.dep_ in ("compound", "amod", "nmod")
    return place and role.lemma_.lower() in _PRIVATE_ROLES


def aged(tok: Token) -> bool:
    """Whether a phrase names a person by age alone, or by age and a word for what she is: "the 61-year-old", "the
    46-year-old star" (the parse: "old" with its "year", on its own or before the noun)."""
    old = tok if tok.lower_ == "old" else next((c for c in tok.lefts if c.dep_ == "amod" and c.lower_ == "old"), None)
    return (
        old is not None
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        and any(c.dep_ == "npadvmod" and c.lemma_ in ("year", "month") for c in old.children)
    )


# Nouns that stand for the one person the text has just described, with nothing more said of them: "the person said".
_STAND_INS = frozenset(("person", "source", "individual"))


def stand_in(tok: Token) -> bool:
    """Whether a phrase is "the person" or "the source" alone, the one just described ("A former employee, who spoke
    on condition of anonymity, said ... The sponsor, the person said, was ...")."""
    return tok.lemma_.lower() in _STAND_INS and [c.lower_ for c in tok.children] == ["the"]


def salience(tok: Token) -> int:
    """How readily a later pronoun means this mention: 0 a main clause's subject, 2 another subject, 3 an object,
    5 a preposition's object ("in a letter to Parler, it said": "it" is not Parler)."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return 5 if tok.dep_ == "pobj" else 3
    return 0 if tok.head.dep_ == "ROOT" else 2


def role_text(tok: Token) -> str:
    """A role as written: "chief executive", "head of safety"; one-word roles canonical."""
    lemma = tok.lemma_.lower()
    left = [t.lower_ for t in tok.children if t.i < tok.i and t.lower_ in ROLE_MODIFIERS]
    right = []
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of" and c.i == tok.i + 1:
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ == "NOUN" and not obj.ent_type_:
                right = ["of"] + [t.lower_ for t in obj.subtree if not t.is_punct]
    words = left + [ROLE_CANONICAL.get(lemma, lemma) if not left and not right else tok.lower_] + right
    return " ".join(words)


# Parts of an organisation that speak for themselves: "the company's cloud unit".
UNIT_NOUNS = {"unit", "division", "subsidiary", "arm"}
# Endings of nouns for people ("growers", "residents", "officials", "staff"): such a noun speaks for itself.
PEOPLE_ENDINGS = (
    "er", "ers", "or", "ors", "ist", "ists", "ant", "ants", "ent", "ents", "ian", "ians", "man", "men", "people",
    "person", "child", "children", "member", "members", "staff", "family", "families", "official", "officials",
)  # fmt: skip


def place_body(tok: Token, place: SpacySpan) -> str:
    """The name of a place's body written with a possessive: "Tulare County's drought office" is the Tulare
    County drought office, a body of its own, not some earlier "office"; every word between ("Nelson Marlborough
    district", "Nelson" hung on "Marlborough") is the body's."""
    words = [t.text for t in tok.doc[place.end : tok.i] if t.dep_ in ("compound", "amod") and tok in t.ancestors]
    return " ".join([clean_name(place.text), *words, tok.text])


def name_tail(tok: Token) -> list[Token]:
    """The words of an organisation's name after its head, as the parse joins them: "of the Plains" in "Authors
    Guild of the Plains", "for Open Shelves", "of Okanagan-Similkameen"; never a place ("of Denver")."""
    for c in tok.children:
        obj = next((g for g in c.children if g.dep_ == "pobj"), None) if c.dep_ == "prep" and c.i == tok.i + 1 else None
        words = list(tok.doc[c.i : obj.right_edge.i + 1]) if obj is not None else []
        named = obj is not None and obj.pos_ == "PROPN" and not obj.ent_type_
        if words and named and all(w.pos_ in ("PROPN", "DET", "ADP", "CCONJ") or w.text == "-" for w in words):
            return words
    return []


def is_initials(tok: Token) -> bool:
    """Whether a word is a body's initials set in parentheses after its name: "(SMA)"."""
    doc = tok.doc
    shaped = tok.text.isupper() and 2 <= len(tok.text) <= 8
    return shaped and 0 < tok.i < len(doc) - 1 and doc[tok.i - 1].text == "(" and doc[tok.i + 1].text == ")"


def joined_others(tok: Token) -> bool:
    """A group joined to one of its members: "other farmers" in "Pohl and other farmers said", who speak as one."""
    return tok.tag_ == "NNS" and any(c.dep_ == "amod" and c.lower_ == "other" for c in tok.children)


def plural_owner(tok: Token) -> bool:
    """Whether a possessive inside a name is a plural of people, as names of associations have: "Players'",
    "Fishermen's", "Musicians'" (not "Parler's", which owns what follows)."""
    case = next((c for c in tok.children if c.dep_ == "case"), None)
    return (
        tok.pos_ == "PROPN"
        and case is not None
        and (tok.tag_ == "NNPS" or case.text in ("'", "’") or tok.lower_.endswith(("men", "women", "people")))
    )
