"""Parties known by a description rather than a name: "a person familiar with the talks", "Legal experts",
"the union that represents the conductors", "one of them" (one of a group described before), and the name a
description is set beside ("One of the plaintiffs, Keisha Barnes of Oakland,").

Each names what it is by its head noun, so a later "the union" or "the workers" finds it in the party table.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.apposition import apposed_person
from kg.extract.bodies import PUBLIC
from kg.extract.coreference import COUNTS
from kg.extract.identity import AGENTS
from kg.extract.lexicon import INSTITUTION_NOUNS, ORG_NOUNS, ROLES, SPOKES_ROLES
from kg.extract.mentions import PEOPLE_ENDINGS, QUANTIFIERS, Ents, description
from kg.extract.names import clean_name
from kg.extract.parties import PartyTable
from kg.extract.syntax import definite, past_dateline

UNNAMED_SOURCE = "unnamed source"  # a source with no words to describe it by


def described(table: PartyTable, tok: Token) -> str:
    """A party known only by its description: "the new survey", "many economists", "a person
    familiar with the talks"; a bare "workers" after "Parcelway warehouse workers" is them, and
    "the person" after "a person familiar with the talks" is that person. Words with no letter ("—")
    describe no one: an unnamed source, never a party without a name (which fails the shapes)."""
    dateline = frozenset(t.i for t in tok.subtree if t.i < tok.i and past_dateline(t))
    name = clean_name(description(tok, dateline)).lower()
    if not any(c.isalpha() for c in name):  # a source the parse rooted at a quote mark or a dash
        return table.unnamed(UNNAMED_SOURCE, None, None)
    head = tok.lemma_.lower()
    if " " not in name:
        earlier = table.described_as(name, head, definite(tok))
        if earlier is not None:
            return earlier
    pid = table.unnamed(name, None, None)
    table[pid].someone = table[pid].someone or _someone(tok)
    if " " in name:
        table[pid].kinds.add(head)  # "the union" is "the union that represents the conductors"
    # "a housekeeper at one of the hotels, who asked not to be named,": the parse hangs the clause on the hotels
    near = tok.subtree if table[pid].someone else tok.children
    who = [c for c in near if c.dep_ == "relcl" and c.left_edge.lower_ == "who"]
    if tok.tag_ == "NN" and who:
        table.vote(pid, "Person", 3)  # "a cook, who asked not to be named,": a later "he" is the cook
        table.set_gender(pid, relative_possessive(who))  # "... for fear of losing her job,": a later "she"
    return pid


def relative_possessive(clauses: list[Token]) -> str:
    """The "his" or "her" of the first "who" clause that has one ("who did not give her name"): the sex of the
    person the clause describes, which a later "she" asks for; "" when none has."""
    owns = (t.lower_ for c in clauses for t in c.subtree if t.dep_ == "poss" and t.lower_ in ("his", "her"))
    return next(owns, "")


def who_clauses(tok: Token) -> list[Token]:
    """The "who" clauses a person's noun carries: "Dale Voss, a retiree who joined from his kitchen," (on the
    name or the noun set beside it)."""
    holders = [tok, *(c for c in tok.children if c.dep_ == "appos")]
    return [c for h in holders for c in h.children if c.dep_ == "relcl" and c.left_edge.lower_ == "who"]


def introduced(table: PartyTable, tok: Token) -> str | None:
    """One person a sentence brings in by description as its subject, whatever it says she does ("A former
    moderator, filmed in silhouette, pushes back."; "A sailor on a third boat, who did not want to be named, gave a
    different account."): a later "she says" means her; a counted few ("Two NileMobile engineers, speaking on
    condition of anonymity,") a later "they said". None for a role, which names whom it speaks for."""
    # "A former AWS architect, now an independent consultant,": only the apposition describes the person.
    apposed = tok.tag_ == "NN" and any(c.dep_ == "appos" and _someone(c) for c in tok.children)
    few = _counted_few(tok)
    if tok.dep_ != "nsubj" or tok.head.dep_ != "ROOT" or tok.lemma_.lower() in ROLES:
        return None
    if not (_someone(tok) or apposed or few):
        return None
    pid = described(table, tok)
    if not few:
        table.vote(pid, "Person")
    return pid


def local(table: PartyTable, tok: Token) -> bool:
    """Whether a noun phrase describes a company by where it is ("the Seattle company", "the Boise network"): a
    lower-case word for a business after names of places only (tagged so, or where the text based a party), which
    say where it is and not what it is called. A public body's place is its name ("the Queensland government")."""
    lemma = tok.lemma_.lower()
    if not tok.is_lower or lemma not in ORG_NOUNS or lemma in INSTITUTION_NOUNS | PUBLIC:
        return False
    words = [c for c in tok.lefts if c.dep_ not in ("det", "punct")]
    places = [c for c in words if c.dep_ == "compound" and (c.ent_type_ == "GPE" or table.based_in(c.lower_))]
    return bool(places) and len(places) == len(words) and any(c.lower_ == "the" for c in tok.lefts)


def _counted_few(tok: Token) -> bool:
    """Whether a noun phrase describes a counted few people it does not name ("Two NileMobile engineers, speaking
    on condition of anonymity,"), whom a later "they said" means."""
    counts = any(c.dep_ == "nummod" and c.lower_ in COUNTS for c in tok.children)
    return tok.tag_ == "NNS" and counts and tok.lemma_.lower() not in ORG_NOUNS and tok.lower_.endswith(PEOPLE_ENDINGS)


def _someone(tok: Token) -> bool:
    """Whether a noun phrase describes one person it does not name: "a Toronto dermatologist with 900,000
    followers", "a geologist who mapped the valley" (news names them a sentence or two later)."""
    return (
        tok.tag_ == "NN"
        and tok.lemma_.lower() not in ORG_NOUNS
        and tok.lower_.endswith(PEOPLE_ENDINGS)
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
    )


def apposed(table: PartyTable, tok: Token, ents: Ents) -> str | None:
    """The name a description is set beside: "One of the plaintiffs, Keisha Barnes of Oakland, said" is Barnes,
    "A group of parents, Cedar Ridge Families for Open Shelves, said" that group."""
    if tok.pos_ not in ("NOUN", "NUM") and tok.lower_ not in QUANTIFIERS:
        return None
    given = _given_name(tok)
    if given is not None:
        return table.named(given, "Person")
    body = tok.lemma_.lower() in ORG_NOUNS
    name = apposed_person(tok, ents, body=body)
    return table.named(name.text, "Organization" if body else "Person") if name is not None else None


def branch_name(tok: Token) -> str | None:
    """The name set beside "the union" when the tagger found only the larger body inside it: "The union, Local 375 of
    the Canadian Union of Public Employees, said" is Local 375 of that union (a branch of it), neither the body named
    inside the name nor the organisation the text named last."""
    for c in tok.rights:
        inner = [t for t in c.subtree if t.ent_type_ == "ORG"]
        if c.dep_ == "appos" and c.pos_ == "PROPN" and c.is_title and not c.ent_type_ and c.left_edge == c and inner:
            return tok.doc[c.i : c.right_edge.i + 1].text
    return None


def _given_name(tok: Token) -> str | None:
    """The name a description gives its person in its own clause: "One caller from Tacoma, who gave only her first
    name, Denise," is Denise; "one tenant, identified in the suit as Resident A," is Resident A."""
    for t in tok.subtree:
        named = t.dep_ == "appos" and t.head.lemma_ == "name" and t.head.i > tok.i
        if not named and t.dep_ == "pobj" and t.head.lower_ == "as":
            named = t.head.head.lemma_ in ("identify", "name", "call") and t.head.head.dep_ in ("acl", "relcl")
        if named and t.pos_ == "PROPN":
            words = [g for g in t.lefts if g.dep_ == "compound" and g.pos_ == "PROPN"]
            return " ".join(g.text for g in [*words, t])
    return None


# Roles held in the plural by people who speak for a body without being it: managers, and a client's lawyers.
_NOT_THE_BODY = AGENTS | {"manager"}
# Roles whose holders at one firm, in the plural, write its house view: "Analysts at Morrow & Lane wrote in a note to
# clients" is the firm's note (an analyst named alone is a person of her own).
_HOUSE_VIEW = frozenset(("analyst",))
# Groups inside an organisation that speak for it ("AWS's trust and safety team"), unlike an office or a
# department, which the annotators take for a body of its own ("the Ohio Attorney General's office").
STAFF = frozenset(("team", "staff"))


def role_group(table: PartyTable, tok: Token, affiliation: str | None) -> str:
    """Holders of a role named in the plural: those who speak as a body are the body ("Fire officials said",
    "Organisers of the marathon said"); others are a group, never one person a later "he" could mean ("Legal
    experts said", "Prairie Gale's consultants"), and a client's lawyers are a group on its behalf ("Parler's
    lawyers wrote")."""
    body = affiliation is not None and table[affiliation].type != "Unknown"  # not "Harbor officials"
    voice = tok.lemma_.lower() in SPOKES_ROLES | _HOUSE_VIEW and tok.lemma_.lower() not in _NOT_THE_BODY
    if body and affiliation is not None and voice:
        table.vote(affiliation, "Organization", 3)  # "Organisers of the Charter Oak Marathon": no person
        return affiliation
    pid = described(table, tok)
    if affiliation is not None and affiliation != pid:
        table[pid].affiliation = table[pid].affiliation or affiliation
        if table[pid].unnamed and tok.lemma_.lower() in _NOT_THE_BODY | STAFF:
            table[pid].role = table[pid].role or tok.lemma_.lower()  # what a filing "Parler's lawyers" made is
    return pid  # Parler's


def one_of(table: PartyTable, tok: Token, position: int, sentence: int) -> str | None:
    """One of a group named before: "Two people familiar with the matter said ... . One of them said" (or "One of
    the people said") is one of the people familiar with the matter."""
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whom = next((g for g in of.children if g.dep_ == "pobj"), None) if of else None
    group = None
    if whom is not None and whom.lower_ in ("them", "those"):
        group = table.resolve("they", position, sentence)
    elif whom is not None and whom.tag_ == "NNS" and any(c.lower_ == "the" for c in whom.children):
        group = table.described_as(whom.lower_, whom.lemma_.lower(), definite=True)  # "One of the people said"
    if group is None or table[group].type == "Person":
        return None
    words = table[group].name.split()
    if len(words) > 1 and (words[0].isdigit() or words[0] in COUNTS):
        words = words[1:]  # "one of the people familiar with the matter", not "of two people"
    return table.unnamed(f"{tok.lower_} of the {' '.join(words)}", None, None)
