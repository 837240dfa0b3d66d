"""Which named body a definite description of one means: "the regulator", "the force", "the housing association".

News names a body once and then calls it by what it is: "North Wales Police said ... . The force disputed the
family's account"; "..., the energy regulator said on Thursday. Ofgem said ..."; "Pennine Vale Homes ... said ... .
The housing association said". The noun is rarely a word of the name, so the name cannot find it
(``coreference.organization_named``); read on its own, the description becomes a party of its own that nobody
named, and the statement is credited to no gold party. Read over the whole article, the description is the named
body the text is about where it stands: the one named as a main clause's subject in the sentence or two after a
description that opens a story (the lede's "the regulator said" before its name), else the nearest such subject in
the few sentences before. A body whose name says it is another
kind ("Amalgamated Transit Union" for "the company") is never one, nor a news outlet, nor anything a description
with an owner ("their union", "the players' union"), a count or a clause narrows down.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.coreference import Mention, counted
from kg.extract.lexicon import GROUP_PRONOUNS, LEGAL_FORMS, ORG_NOUNS, PERSON_PRONOUNS
from kg.extract.names import kind_word, other_kind, same_kind

if TYPE_CHECKING:
    from kg.extract.naming import Entry

_AFTER = 2  # sentences a lede's description may come before the body's name
_BEFORE = 3  # sentences back a description may point to the body named as their subject
# Public bodies, which no company is: "the transport ministry" is never "Hayashida Precision Co.".
PUBLIC = frozenset(
    {
        "ministry",
        "department",
        "government",
        "council",
        "regulator",
        "watchdog",
        "agency",
        "authority",
        "commission",
        "force",
    }
)
_COMPANY = LEGAL_FORMS | {"co", "company"}
# "the health unit" describes a body here; "unit" stays out of the shared lexicon, where "Amazon unit" became a party.
_DESCRIBED_HEADS = ORG_NOUNS | {"unit"}
_LEVELS = frozenset(("state", "federal", "national", "provincial", "regional", "local", "municipal", "public"))
_PRONOUNS = GROUP_PRONOUNS | PERSON_PRONOUNS
_COUNTRY_FUNCTION = re.compile(r"[A-Z][\w.]*(?: [A-Z][\w.]*)*['’]s(?: [a-z-]+)* (regulator|watchdog)")


def described_bodies(
    entries: dict[str, Entry], history: list[Mention], taken: dict[str, str], text: str
) -> dict[str, str]:
    """{unnamed body: named organisation} for each definite description of a body that the article names (see
    the module); ``taken``: parties already merged elsewhere. A noun the text writes in a name ("the county" beside
    "Marsh County", which the tagger took for a place) means that name, never another body."""
    first: dict[str, Mention] = {}
    for m in history:
        first.setdefault(m.party, m)
    bodies = [
        e for e in entries.values() if e.type == "Organization" and not e.unnamed and not e.outlet and _head(e) is None
    ]
    merged: dict[str, str] = {}
    for entry in entries.values():
        intro = first.get(entry.id)
        head = _head(entry)
        if intro is None or head is None or entry.id in taken:
            continue
        fit = {e.id for e in bodies if e.id != entry.id and e.id in first and _may_be(e, head, entry.name)}
        named = _kind_named(entries, fit, head, taken)
        if named is None and (_bare(entry) or re.search(rf"\b[A-Z][\w'’.-]*\s+{head.capitalize()}\b", text)):
            continue  # bare "police" near a council's words is no council
        named = named or _worded(entries, fit, entry.name) or _chosen(_named(entries, history), intro, fit, first)
        named = named or _called_so(entries, fit, entry.name)
        if named is not None:
            target = entries[named]
            target.mentions = sorted(entry.mentions + target.mentions, key=lambda s: s.start)
            target.kinds.add(head)
            merged[entry.id] = named
    return merged


def _head(entry: Entry) -> str | None:
    """What a description of one body calls it: "the regulator", or a country's watchdog in a lede."""
    return _described_body(entry) or _country_function(entry)


def _country_function(entry: Entry) -> str | None:
    """The function a body is described by with its country's possessive ("Britain's financial watchdog",
    "Australia's aviation safety regulator"), else None. A regulator or a watchdog is what a body does, never what
    it is called, so such words describe a body a wire story names in the next sentence or two ("The Financial
    Conduct Authority said"), where "France's maritime ministry" may be all the name the text gives."""
    if entry.type == "Person" or entry.role or not entry.mentions:
        return None
    found = [_COUNTRY_FUNCTION.fullmatch(m.text.strip()) for m in entry.mentions]
    heads = {f.group(1).lower() for f in found if f is not None}
    return heads.pop() if None not in found and len(heads) == 1 else None


def _may_be(body: Entry, head: str, description: str) -> bool:
    """Whether a named body may be "the <head>": not one whose name says it is another kind of body (a company
    written with its legal form anywhere in the text is no public body), nor one the text said is based somewhere
    the description does not say ("the Seattle company" is no "social network based in Henderson")."""
    names = [body.name, *body.aliases, *(m.text for m in body.mentions)]
    company = any(n.lower().replace(".", " ").replace(",", " ").split()[-1:] in ([w] for w in _COMPANY) for n in names)
    elsewhere = bool(body.places) and not body.places & set(description.split())
    return not other_kind(body.name, head) and not (company and head in PUBLIC) and not elsewhere


def _described_body(entry: Entry) -> str | None:
    """The head noun of a definite description of one body ("energy regulator" -> "regulator"), else None: a
    person, a group, a counted few, an owned body ("their union") or one a clause narrows ("union that ...")."""
    words = entry.name.split()
    if (
        not (entry.unnamed or entry.name.islower())
        or entry.someone
        or entry.type == "Person"
        or entry.role
        or not 1 <= len(words) <= 3
    ):
        return None
    if words[-1] not in _DESCRIBED_HEADS or counted(entry) or any(not w.isalpha() for w in words):
        return None
    # "it added" leans on the description; bare "police" are the force of the place
    described = [m.text.lower() for m in entry.mentions if m.text.lower() not in GROUP_PRONOUNS]
    if not described or not all(m.startswith("the ") or m == "police" for m in described):
        return None
    return words[-1]


def _bare(entry: Entry) -> bool:
    """Whether the description is bare "police", which no other kind of body named near it is."""
    return any(m.text.lower() == "police" for m in entry.mentions)


def _kind_named(entries: dict[str, Entry], fit: set[str], head: str, taken: dict[str, str]) -> str | None:
    """The one body among ``fit`` whose name says it is the kind of body the description names, however far back:
    "the force" or "police" in a story that names one police force, "North Wales Police" (none when it names two).
    A body already merged into another ("Wales Police" into "North Wales Police") counts as the one it joined."""
    named = {taken.get(pid, pid) for pid in fit if same_kind(entries[pid].name, head)}
    return named.pop() if len(named) == 1 else None


def _worded(entries: dict[str, Entry], fit: set[str], name: str) -> str | None:
    """The one body among ``fit`` whose name holds the field the description gives it, however far back: "the health
    unit" is "Lakeshore Public Health", not the "Ministry of Health" a name says is another kind of body. A word for a
    level of government ("the county council", "the state agency") says no field, and many bodies share it."""
    *field, head = name.split()
    if not field or any(w in ORG_NOUNS or w in _LEVELS for w in field):
        return None
    worded = set()
    for pid in fit:
        kind = kind_word(entries[pid].name)
        if set(field) <= {w.lower() for w in entries[pid].name.split()} and (kind == head or kind not in ORG_NOUNS):
            worded.add(pid)
    return worded.pop() if len(worded) == 1 else None


def _called_so(entries: dict[str, Entry], fit: set[str], name: str) -> str | None:
    """The one body among ``fit`` the text has already called by this very description ("Coralline ... . In a
    statement, the airline said"): a later "the airline", with no subject near it, is the body so called."""
    called = {pid for pid in fit if any(m.text.lower() == f"the {name}" for m in entries[pid].mentions)}
    return called.pop() if len(called) == 1 else None


def _named(entries: dict[str, Entry], history: list[Mention]) -> list[Mention]:
    """The mentions that name or describe their party, not the pronouns read as it: "it told Parler", after "the riot
    at the U.S. Capitol", is a guess a description must not lean on."""
    pronouns = {(pid, s.start) for pid, e in entries.items() for s in e.mentions if s.text.lower() in _PRONOUNS}
    return [m for m in history if (m.party, m.start) not in pronouns]


def _chosen(history: list[Mention], intro: Mention, fit: set[str], first: dict[str, Mention]) -> str | None:
    """The body a description first met at ``intro`` means, among ``fit``: named as a subject just after a
    description that comes before its name, else as a subject just before (a body named only as an object, "accused
    Brenton Council of ...", is no antecedent the writer leans on)."""
    after = [
        m.party
        for m in history
        if m.party in fit
        and first[m.party].start > intro.start
        and m.salience == 0
        and intro.sentence < m.sentence <= intro.sentence + _AFTER
    ]
    if after:
        return after[0]
    before = [
        m.party
        for m in history
        if m.party in fit and m.salience == 0 and intro.sentence - _BEFORE <= m.sentence < intro.sentence
    ]
    return before[-1] if before else None
