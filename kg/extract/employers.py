"""Which organisation a role belongs to: "AWS spokesperson", "a spokeswoman for the agency", "Chief financial
officer Dev Malhotra said the company ...", and a role held inside a body that nothing names until the article ends.

Kept apart from ``kg.extract.speakers`` (who a noun phrase is) because a role's organisation is asked both when a
person is named with a role and when an unnamed role speaks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.extract.described import described
from kg.extract.identity import AGENTS
from kg.extract.lexicon import (
    BENCH_ROLES,
    HOUSE_ROLES,
    INSTITUTION_NOUNS,
    ORG_NAME_WORDS,
    ORG_NOUNS,
    ROLE_MODIFIERS,
    ROLES,
)
from kg.extract.mentions import Ents, home_town, role_text
from kg.extract.names import clean_name
from kg.extract.offices import portfolio
from kg.extract.syntax import definite

if TYPE_CHECKING:
    from kg.extract.speakers import Speakers

# Roles held inside an organisation, whose holder speaks for it: the house's own, and a public body's officials.
# Not a mayor (who may speak for herself or the council: the annotators differ), nor a lawyer or agent (a client).
EMPLOYED = HOUSE_ROLES | {"commissioner", "official", "secretary", "representative", "organiser", "organizer"}
# Offices held by election, whose holder a place before or after the title only locates.
ELECTED = {
    "minister", "mayor", "councillor", "councilor", "councilman", "councilwoman", "senator", "governor", "premier",
    "lawmaker", "legislator", "congressman", "congresswoman", "assemblyman", "assemblywoman",
}  # fmt: skip
# Which side of a courtroom an agent argues for, named before the role: "Defence barrister Simon Greaves KC".
_SIDES = {"defence", "defense", "prosecution"}
# Words before a role that say its holder no longer holds it: "Parler's former chief executive, John Matze,".
_FORMER = {"former", "onetime", "erstwhile"}
# What a source "was not allowed to" do when the text says she may not speak for her employer.
_LET = {"allow", "authorize", "authorise", "permit", "clear"}
_SPEAK = {"speak", "talk", "comment", "discuss"}
# Words for a part of a company a role may be "for": "a spokesperson for the unit" speaks for the company the
# sentences before were about ("the cloud unit" the article had called it), not for no one.
_PARTS = {"unit", "subsidiary", "arm", "division"}


def _kind_words(role_token: Token) -> list[str]:
    """The words before a role that say what kind of body holds it ("Election director Ann Cole": an elections
    office, not the body named last), beyond a title's modifiers ("Deputy commissioner")."""
    return [
        c.lemma_.lower()
        for c in role_token.children
        if c.dep_ == "compound" and c.lemma_.lower() not in ROLE_MODIFIERS and c.lower_ not in ROLE_MODIFIERS
    ]  # "Managing director Stephen Amberley": "managing" is a title's word, whatever its lemma


def former(role_token: Token) -> bool:
    """Whether the role is one its holder has left ("Parler's former chief executive, John Matze,", "Former Halden
    chairman Peter Crane"): she speaks for herself now, not for the body she left (the annotators give every former
    holder of the studied splits no affiliation)."""
    return any(t.lower_ in _FORMER for t in role_token.doc[role_token.left_edge.i : role_token.i])


def unauthorised(role_token: Token) -> bool:
    """Whether the text says the role's holder may not speak for the body ("A Sierra Vista field manager, who ... was
    not allowed to talk to reporters,", "a worker at the mine, who was not authorized to speak,"): she speaks for
    herself, whoever employs her."""
    return any(
        t.lemma_.lower() in _LET
        and any(c.dep_ == "neg" for c in t.children)
        and any(c.dep_ == "xcomp" and c.lemma_.lower() in _SPEAK for c in t.children)
        for clause in role_token.children
        if clause.dep_ in ("relcl", "acl")
        for t in clause.subtree
    )


def held_body(noun: Token) -> bool:
    """Whether a definite body noun is the object of a role ("A spokeswoman for the insurer, Priya Raman, said"), so
    that a name the parse hangs on it is the role's holder: the insurer is the one the text named before. An
    indefinite one is named by the name ("A spokesperson for a rival app, Grubline,": ``described_body``)."""
    prep = noun.head
    lemma = noun.lemma_.lower()
    return (
        noun.dep_ == "pobj"
        and any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in noun.children)
        and prep.lower_ in ("for", "at", "of", "with")
        and prep.head.lemma_.lower() in ROLES
        and lemma in ORG_NOUNS
        and lemma not in ROLES
    )


def _before_title(role_token: Token) -> list[Token]:
    """A body's name the parse hung on the holder's name rather than on a title of several words ("said RDU general
    secretary Carys Bellingham": "RDU" a compound of "Bellingham", beside "secretary"): a name word before the
    title, in the same name phrase."""
    holder = role_token.head
    if role_token.dep_ != "compound" or holder.pos_ != "PROPN" or holder.i < role_token.i:
        return []
    return [c for c in holder.children if c.dep_ in ("compound", "nmod") and c.i < role_token.left_edge.i]


def _constituency(role_token: Token, target: Token, ents: Ents) -> bool:
    """Whether the place an elected office is named with is only where it is held ("Queensland Health Minister
    Rachel Okonjo", "New Brunswick's transportation minister", "The mayor of La Teste-de-Buch", "Dandenong Ward
    councillor"): an elected member speaks for herself, not for the place (the annotators give all but one such
    minister, mayor and councillor of the studied splits no affiliation). A body named by what it is still employs
    ("Astoria City Council")."""
    if role_token.lemma_.lower() not in ELECTED:
        return False
    ent = ents.get(target.i)
    last = (ent[-1] if ent is not None else target).lower_
    return last not in ORG_NAME_WORDS and last not in ORG_NOUNS  # "Astoria City Council" employs its mayor


def _region(role_token: Token, word: Token, ents: Ents) -> bool:
    """Whether a place before a role only says which branch of the body named after it the holder leads ("The
    Queensland chair of the Australasian College for Emergency Medicine", "The California director of the Farm
    Bureau"): the body is the one after "of", not the place."""
    ent = ents.get(word.i)
    place = ent is not None and ent.label_ in ("GPE", "LOC", "NORP") and word.dep_ in ("compound", "amod", "nmod")
    return place and any(
        c.dep_ == "prep" and c.lower_ in ("of", "for", "at") and any(g.dep_ == "pobj" for g in c.children)
        for c in role_token.children
    )


class Employers:
    """Roles and the organisations they belong to, for one article's ``Speakers``."""

    def __init__(self, speakers: Speakers) -> None:
        self.speakers = speakers

    def set_role(self, pid: str, base: int, role_token: Token, ents: Ents) -> None:
        """A named person holds the role ``role_token`` names, at the organisation it belongs to. A role held
        inside an organisation (``EMPLOYED``) that nothing settles while reading waits for the article's end
        (``PartyTable.settle``), when the types are known: "spokeswoman Dana Okafor said" after "Kestrel Grain
        denied ...", a name the tagger typed a company only later; "Commissioner Niamh Walsh said" after "The Data
        Protection Commission said"; never "Election director Ann Cole" (``_kind``)."""
        if former(role_token):
            self.speakers.table.set_role(pid, role_text(role_token), None)
            return
        affiliation = self.affiliation(base, role_token, ents, pid)
        self.speakers.table.set_role(pid, role_text(role_token), affiliation)
        if affiliation is None and role_token.lemma_.lower() in EMPLOYED and not _kind_words(role_token):
            self.speakers.table.await_employer(pid, base + role_token.idx, self.speakers.reading.sentence)
        covers = portfolio(role_token) if affiliation is None else None
        if covers is not None:  # "Transport Minister Bart Mellish": the government the story names (kg.extract.offices)
            self.speakers.table.await_office(pid, covers)

    def affiliation(self, base: int, role_token: Token, ents: Ents, holder: str | None = None) -> str | None:
        """The organisation a named person's role belongs to: the one the text names with it, else, for a role held
        inside one ("Chief financial officer Dev Malhotra said the company ..."), the company named after the
        holder's family ("Chief Executive Officer Martin Kestrel" of Kestrel Grain, whatever the sentences before
        were about; not a founder, who may have left it), else the one body of the kind the title implies
        ("Superintendent Denise Marchetti": the school district, not "Phones", the last sentence's subject), else
        the organisation the last sentences were about (a main-clause subject). A word before the role that says
        what kind of body holds it names that body ("trust chair Denise Ashworth": the supporters' trust the text
        named, "society chair" the civic society), never the body named last ("Election director Ann Cole": an
        elections office, not the league that accused it)."""
        named = self.named(base, role_token, ents)[0]
        lemma = role_token.lemma_.lower()
        kinds = _kind_words(role_token)
        if named is None and kinds and lemma in HOUSE_ROLES:  # "trust chair Denise Ashworth": the Supporters' Trust
            position, sentence = base + role_token.idx, self.speakers.reading.sentence
            table = self.speakers.table
            return next(filter(None, (table.resolve_organization([k], position, sentence, False) for k in kinds)), None)
        if named is not None or kinds or lemma not in HOUSE_ROLES:
            return named  # "Election director Ann Cole": an elections office, not the body named last
        family = self.speakers.table.family_company(holder, lemma) if holder else None
        if family is not None and family != holder:
            return family
        position = base + role_token.idx
        kind = self.speakers.table.role_body(lemma)
        return kind or self.speakers.table.body_before(position, self.speakers.reading.sentence)

    def named(self, base: int, role_token: Token, ents: Ents) -> tuple[str | None, str]:
        """The organisation a role belongs to ("AWS spokesperson"), and how the text names it; none for the bench."""
        if role_token.lemma_.lower() in BENCH_ROLES:
            return None, ""
        for c in [*role_token.children, *_before_title(role_token)]:
            named = c.dep_ == "amod" and c.i in ents  # "Meridian spokeswoman", the name parsed as an adjective
            if (
                c.dep_ in ("compound", "poss", "nmod")
                or named
                or (c.dep_ == "prep" and c.lower_ in ("of", "for", "at", "with"))
            ):
                target = c if c.dep_ != "prep" else next((g for g in c.children if g.dep_ == "pobj"), None)
                if target is None or home_town(role_token, c, ents) or _region(role_token, c, ents):
                    continue
                if _constituency(role_token, target, ents):
                    continue
                bare = not any(g.dep_ in ("compound", "poss") for g in target.children)
                if c.dep_ in ("compound", "nmod") and bare and target.lemma_.lower() in ROLES | ROLE_MODIFIERS | _SIDES:
                    continue  # a title or a side, not a body: "Chief Executive Ingrid Solberg", "Defence barrister"
                lemma = target.lemma_.lower()
                pid = self._capitalised_kind(base, c, target, ents)
                if pid is None and target.lower_ == "its" and role_token.dep_ in ("appos", "attr"):
                    pid = self._its_before(base, role_token, ents)
                pid = pid or self.speakers.party_of(base, target, ents, allow_generic=False)
                if pid is None and c.dep_ == "poss" and target.tag_ == "NNS" and definite(target):
                    pid = self._members_body(base, target)
                if pid is None and c.lower_ == "for" and lemma in _PARTS and definite(target):
                    pid = self.speakers.table.body_before(base + target.idx, self.speakers.reading.sentence)
                if pid is None and c.dep_ == "compound" and lemma in ORG_NOUNS:  # "a company spokesman"
                    pid = self.speakers.table.resolve_organization(
                        [lemma], base + target.idx, self.speakers.reading.sentence, lemma not in INSTITUTION_NOUNS
                    )
                if pid is None and lemma in ORG_NOUNS:
                    pid = described(
                        self.speakers.table, target
                    )  # "the airline's chief executive": an airline left unnamed
                client = c.dep_ == "poss" or c.lower_ == "for"  # not "a defence lawyer", "contract lawyers"
                if pid is None and client and target.pos_ == "NOUN" and role_token.lemma_.lower() in AGENTS:
                    pid = described(self.speakers.table, target)  # "The family's lawyer": the family, a client
                if pid:
                    ent = ents.get(target.i)
                    words = [t.i for t in target.subtree if t.i < target.i and t.dep_ in ("compound", "flat")]
                    written = (
                        ent.text if ent is not None else target.doc[min(words, default=target.i) : target.i + 1].text
                    )
                    if target.pos_ != "PROPN" and ent is None:
                        written = self.speakers.table[pid].name
                    return pid, clean_name(written)
        return None, ""

    def _its_before(self, base: int, role_token: Token, ents: Ents) -> str | None:
        """The body an "its" owning a role set after its holder's name means, which the holder, named just before
        the "its", hides from the usual search: the one a relative clause names ("who founded Pennock Parcels and is
        still its managing director"), else the one subject of the sentence before ("The company denied that. Anna
        Whitby, its chief executive, said")."""
        holder, clauses = role_token, []
        while holder.dep_ in ("appos", "attr", "relcl", "conj") and holder.head.i < holder.i:
            holder = holder.head
            clauses.append(holder)
        sentence, table = self.speakers.reading.sentence, self.speakers.table
        bodies = [g for c in clauses for g in c.children if g.dep_ == "dobj"]
        named = (
            self.speakers.party_of(base, g, ents, allow_generic=False)
            if g.i in ents and ents[g.i].label_ == "ORG"
            else table.resolve_organization([g.lemma_.lower()], base + g.idx, sentence, False)
            for g in bodies
            if g.i in ents or g.lemma_.lower() in ORG_NOUNS
        )
        return next(filter(None, named), None) or table.subject_before(base + holder.left_edge.idx, sentence)

    def _members_body(self, base: int, members: Token) -> str | None:
        """The body whose name holds the word for its members that owns a role: "Zsolt Kiss, the anglers' chairman,"
        is the Balaton Anglers' Association's, "the growers' spokeswoman" the Hawke's Bay Growers Cooperative's."""
        position, sentence = base + members.idx, self.speakers.reading.sentence
        words = (members.lower_ + mark for mark in ("'", "’", ""))
        table = self.speakers.table
        return next(filter(None, (table.resolve_organization([w], position, sentence, False) for w in words)), None)

    def _capitalised_kind(self, base: int, word: Token, target: Token, ents: Ents) -> str | None:
        """The body a title's capitalised kind word means ("Board chair Lorraine Mabry said", "Council leader Tom
        Hale"): the one the article named with that word before ("the Fauquier County Board of Supervisors"), as
        "the board" would, not a new body called "Board"."""
        lemma = target.lemma_.lower()
        bare = word.dep_ == "compound" and word is target and target.n_lefts + target.n_rights == 0
        single = ents.get(target.i) is None or len(ents[target.i]) == 1
        if not (bare and single and target.is_title and lemma in INSTITUTION_NOUNS | ORG_NOUNS):
            return None
        position, sentence = base + target.idx, self.speakers.reading.sentence
        return self.speakers.table.resolve_organization([lemma], position, sentence, False)
