"""How an article's parties are indexed by their names: the keys, surnames and acronyms each goes by, and which
party a bare surname, a first name, an acronym or a short form of a name denotes ("Delgado" for "Maria Delgado",
"AWS" for "Amazon Web Services", "Meridian" for "Meridian Motors", "Noor" for "Noor Haddad").

The base of ``kg.extract.makers.Makers`` (the documents' issuers) and so of ``kg.extract.parties.PartyTable``, which
registers names as the text is read and adds mentions and coreference.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import itemgetter

from kg.extract import coreference, identity
from kg.extract.lexicon import NEWS_OUTLETS
from kg.extract.model import Span
from kg.extract.names import acronym, acronyms, clean_name


@dataclass
class Entry:
    id: str
    name: str
    type: str
    aliases: set[str] = field(default_factory=set)
    role: str | None = None
    affiliation: str | None = None
    gender: str | None = None
    mentions: list[Span] = field(default_factory=list)
    outlet: bool = False
    titled: bool = False
    unnamed: bool = False
    introduced: bool = False
    someone: bool = False  # one person described, not named: "a Calgary veterinarian with 400,000 followers"
    votes: dict[str, float] = field(default_factory=dict)
    kinds: set[str] = field(default_factory=set)  # what the text calls it: "their insurer, Calloway Mutual"
    places: set[str] = field(default_factory=set)  # where the text says it is based: "Parler, ... based in Henderson"


class Names:
    def __init__(self) -> None:
        self._entries: dict[str, Entry] = {}
        self._keys: dict[str, str] = {}
        self._surnames: dict[str, str] = {}
        self._acronyms: dict[str, str] = {}

    def __getitem__(self, pid: str) -> Entry:
        return self._entries[pid]

    def _new(self, name: str, type_: str) -> Entry:
        entry = Entry(f"p{len(self._entries) + 1}", name, type_)
        entry.outlet = name.lower() in NEWS_OUTLETS or ("the " + name.lower()) in NEWS_OUTLETS
        if entry.outlet:
            entry.type = "Organization"
        self._entries[entry.id] = entry
        self._index(entry, name)
        return entry

    def _index(self, entry: Entry, name: str) -> None:
        self._keys.setdefault(name.lower(), entry.id)
        if name.lower().endswith(".com") and " " not in name:
            self._keys.setdefault(name.lower().removesuffix(".com"), entry.id)  # "Amazon" is "Amazon.com"
        words = name.split()
        if len(words) > 1:
            self._surnames.setdefault(words[-1], entry.id)
            self._acronyms.setdefault(acronym(name), entry.id)
        if name != entry.name:
            entry.aliases.add(name)
        for initials in acronyms(name) if entry.type == "Organization" else []:
            self._keys.setdefault(initials.lower(), entry.id)

    def _rename(self, entry: Entry, name: str) -> None:
        if len(name) > len(entry.name):
            entry.aliases.add(entry.name)
            entry.aliases.discard(name)
            entry.name = name
        self._index(entry, name)

    def find(self, name: str) -> str | None:
        return self._keys.get(clean_name(name).lower())

    def begun_by(self, words: str) -> str | None:
        """The one organisation named so far whose name begins with these words: "The Driftless group" after the
        "Driftless Dairy Producers", called by its kind."""
        found = [e.id for e in self._entries.values() if e.type == "Organization" and e.name.startswith(words + " ")]
        return found[0] if len(found) == 1 else None

    def _surname(self, name: str, pid: str | None, titled: bool, sex: str | None = None) -> str | None:
        """Whom a lone surname names. With an honorific, the person of that surname not known to be of the other
        ``sex`` ("Mrs Macleod" beside "Callum Macleod", known a "he", and "Aisha Macleod"; and the honorific settles
        that it is a person); without one, in an article that gives that person an honorific, the company that
        begins with the name ("Kessler" beside "Ms. Kessler" and "Kessler Foods")."""
        people = [e for e in self._entries.values() if not e.outlet and " " in e.name and e.name.split()[-1] == name]
        people = [e for e in people if not (sex and e.gender and e.gender != sex)] or people
        if titled and people:
            entry = next((e for e in people if e.type == "Person"), people[0])
            entry.titled = True
            self.vote(entry.id, "Person", 5)
            return entry.id
        company = self._company(name)
        person = self._entries[pid] if pid else next((e for e in people if e.type == "Person"), None)
        if not titled and company and (person is None or person.titled):
            return company  # "Meridian" after "Meridian Motors", with no person of that name
        return pid or self._person_match(name, given=not titled)  # "Ms. Halvorsen" is a surname

    def _company(self, name: str, typed: bool = True) -> str | None:
        """The first organisation whose name begins with this word: "Meridian" for "Meridian Motors";
        ``typed=False``: any untitled party so named, whatever the tagger typed it ("Marchetti Hospitality")."""
        return next(
            (
                e.id
                for e in self._entries.values()
                if (e.type == "Organization" or not (typed or e.titled or e.gender)) and e.name.startswith(name + " ")
            ),
            None,
        )

    def namesake_company(self, name: str) -> str | None:
        """The company a bare surname may name when a person of that surname is known too ("Harlan" beside
        "Lorraine Harlan" and "Harlan Pet Foods"); None when the name is no such namesake."""
        people = " " not in name and any(
            e.type == "Person" and " " in e.name and e.name.split()[-1] == name for e in self._entries.values()
        )
        return self._company(name) if people else None

    def family_company(self, pid: str, role: str | None) -> str | None:
        """The company named after a person's family ("Kestrel Grain" for "Martin Kestrel"), if the article names
        one: where a house role of hers with no organisation named beside it is held; never a founder's
        (``identity.FOUNDERS``), who may have left it or be suing it."""
        if role in identity.FOUNDERS:
            return None
        entry = self._entries[pid]
        words = entry.name.split()
        return self._company(words[-1]) if entry.type == "Person" and len(words) > 1 else None

    def headed(self, noun: str) -> str | None:
        """The one party named with this common noun last ("the symphony"), now voted a body; see ``identity``."""
        pid = identity.headed(self._entries, noun)
        if pid is not None:
            self.vote(pid, "Organization", 3)
        return pid

    def person(self, name: str) -> str | None:
        """A known person this (sur)name refers to, without creating one."""
        return self._keys.get(name.lower()) or self._person_match(name)

    def vote(self, pid: str, type_: str, weight: float = 1) -> None:
        """Evidence of a party's type; the statistical tagger's labels disagree across mentions."""
        entry = self._entries[pid]
        if type_ != "Unknown" and not entry.outlet:
            entry.votes[type_] = entry.votes.get(type_, 0) + weight
            entry.type = max(entry.votes.items(), key=itemgetter(1))[0]

    def full_person(self, surname: str) -> str | None:
        """The person named in full whose surname this is ("Ines Calderon" for a label's "Calderon")."""
        return self._person_match(surname, given=False) if " " not in surname else None

    def _person_match(self, name: str, given: bool = True) -> str | None:
        """A person this name is the surname of, or whose surname it completes; ``given``: or the first name of."""
        tokens = name.split()
        pid = self._surnames.get(tokens[-1]) if len(tokens) == 1 else self._keys.get(tokens[-1].lower())
        if pid is None:
            return identity.given(self._entries, name) if given and len(tokens) == 1 else None
        entry = self._entries[pid]
        known = entry.name.split()
        if (len(tokens) == 1) == (len(known) == 1):
            return None
        if entry.type != "Person" and len(tokens) == 1 and coreference.personal(entry):
            self.vote(pid, "Person", 2)  # "Gabriel Ortiz, who oversees ..." tagged a company, then "Ortiz said"
            return pid
        return pid if entry.type == "Person" else None

    def _org_match(self, name: str) -> str | None:
        initials = acronym(name)
        pid = self._keys.get(initials.lower()) if initials else None
        if pid is None and name.isupper():
            pid = self._acronyms.get(name)
        person = self._surnames.get(name) if pid is None and " " not in name else None
        if person is not None and self._entries[person].type == "Person" and not self._entries[person].titled:
            return person  # "Ortega-Reyes, 58," is the mayor, not the "Ortega-Reyes campaign" named after him
        if pid is None and " " not in name:
            pid = self._company(name)
        if pid is None and name.count(" ") >= 2:  # "Cedar Valley Power" is "Cedar Valley Power Cooperative"
            pid = next(
                (
                    e.id
                    for e in self._entries.values()
                    if e.type == "Organization" and e.name.count(" ") >= 1 and name.startswith(e.name + " ")
                ),
                None,
            )
        if pid is None and " " not in name:
            person = self._surnames.get(name)  # the tagger often takes a surname for a company: "Feld said"
            if person is not None and self._entries[person].type == "Person":
                return person
            if person is not None and coreference.personal(self._entries[person]):
                self.vote(person, "Person", 2)  # "Chantal Ouellette ... Ouellette said", both tagged companies
                return person
            if person is not None and self._entries[person].outlet and name[:1].isupper():
                return person  # "the Journal" after "The Wall Street Journal"
            if person is None and name[:1].isupper():
                pid = identity.given(self._entries, name)  # "Gideon says", the first name tagged a company
                if pid is not None:
                    return pid
        return pid if pid and self._entries[pid].type == "Organization" else None

    def add_alias(self, pid: str, alias: str) -> None:
        alias = clean_name(alias)
        if alias and self._keys.setdefault(alias.lower(), pid) == pid and alias != self._entries[pid].name:
            self._entries[pid].aliases.add(alias)
