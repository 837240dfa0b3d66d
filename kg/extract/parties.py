"""Who is who in one article: named parties, their aliases and roles, and coreference (how a name alone is
looked up is ``kg.extract.naming``'s).

Rule-based and order-aware: mentions are registered as the text is read, so a pronoun
or "the company" resolves to the nearest compatible party mentioned before it, with
grammatical subjects preferred over objects (the choosing is kg/extract/coreference.py's). Names merge when one is the surname of
another, the acronym of another ("AWS" / "Amazon Web Services"), or introduced as its
alias in parentheses.
"""

from __future__ import annotations

from typing import cast

from kg.extract import bodies, coreference, identity, offices
from kg.extract.coreference import Mention
from kg.extract.lexicon import CABINET_MEMBER, FEMALE_MARKS, MALE_MARKS, PERSON_PRONOUNS, ROLE_BODIES
from kg.extract.makers import Makers
from kg.extract.model import Party, PartyType, Span
from kg.extract.names import HONORIFIC, TITLE, clean_name, without_country, without_home


class PartyTable(Makers):
    def __init__(self) -> None:
        super().__init__()
        self._history: list[Mention] = []
        self._pending: dict[str, tuple[str, int, int]] = {}
        self._same: dict[str, str] = {}  # a described party the text then names: {described: named}
        self._units: dict[str, str] = {}  # a unit described before it is named: {described: parent}
        self._employers: dict[str, tuple[int, int]] = {}  # a role holder's employer, unsettled: {person: where}
        self._offices: dict[str, frozenset[str]] = {}  # a minister's government, unsettled: {person: portfolio}
        self.headline_end = 0  # where the headline ends, if the article has one
        self.honoured: dict[str, str] = {}  # the sex an honorific anywhere in the article gives a surname

    def named(self, name: str, type_: str, titled: bool = False) -> str | None:
        """The party a proper name denotes, creating it when new; None for an empty name.

        ``titled``: the name came with an honorific ("Ms. Kessler"), so it is a person, and
        the person of that surname even where the tagger took the full name for a company.
        """
        cleaned = clean_name(name)
        honorific = HONORIFIC.match(cleaned)
        word = honorific.group(0).strip(" .").lower() if honorific is not None else ""
        sex = "m" if word in MALE_MARKS else "f" if word in FEMALE_MARKS else None
        if honorific is not None:  # "Ms Whitfield", the honorific without its full stop tagged with the name
            cleaned, type_, titled = cleaned[honorific.end() :], "Person", True
        titled = titled or (type_ == "Person" and TITLE.match(cleaned) is not None)
        name = without_home(TITLE.sub("", cleaned)) if type_ == "Person" else without_country(cleaned)
        if not name or not any(c.isalpha() for c in name):
            return None
        pid = self._keys.get(name.lower())
        if type_ == "Organization" and " " not in name and pid and self._entries[pid].titled:
            company = self._company(name, typed=False)  # "Marchetti, which employs 320 people," beside "Ms. Marchetti"
            if company is not None:
                return company  # the surname stays the person's alone
        if type_ == "Person" and " " not in name:
            pid = self._surname(name, pid, titled, sex)
            if pid is not None and self._entries[pid].type == "Organization" and not titled:
                return pid  # a bare surname that names the company ("Kessler argued")
        elif pid is None and type_ == "Person":
            pid = self._person_match(name)
        elif pid is None and type_ in ("Organization", "Unknown"):
            pid = self._org_match(name)
        if pid is None and " " in name and not titled:  # "Prairie Gale" after "Prairie Gale Energy"
            pid = next(
                (e.id for e in self._entries.values() if e.type == "Organization" and e.name.startswith(name + " ")),
                None,
            )
            if pid is not None:
                self.add_alias(pid, name)
                return pid
        if pid is None and name.islower() and " " not in name:
            pid = self.headed(name)  # "the symphony", tagged a name of its own
        if pid is None:
            pid = self._new(name, type_).id
        else:
            self._rename(self._entries[pid], name)
        entry = self._entries[pid]
        words = entry.name.split()
        given = len(words) > 1 and words[0] == name and entry.type == "Person"
        if type_ == "Organization" and " " not in name and len(words) > 1 and (words[-1] == name or given):
            return pid  # the tagger's label of a bare surname ("Rourke said") or first name says nothing of its bearer
        single = type_ == "Person" and " " not in entry.name
        self.vote(pid, type_, 0.5 if single else 1)
        entry.titled = entry.titled or (titled and type_ == "Person")
        entry.gender = entry.gender or (sex if entry.type == "Person" else None)  # "Mrs Lindqvist"
        if type_ == "Person" and " " in name:
            entry.gender = entry.gender or self.honoured.get(name.split()[-1])  # "Helen Stroud", then "Ms Stroud"
            self._capitalised_noun(name, pid)
        for company in identity.family_businesses(self._entries, entry):
            self.vote(company, "Organization", 5)
        return pid

    def _capitalised_noun(self, name: str, pid: str) -> None:
        """A surname the tagger read as a common noun ("Porter blasts Comets" over "Keshawn Porter says") made
        a one-word description of that word: it is the person the text names in full."""
        surname = name.split()[-1].lower()
        described = self._keys.get(surname)
        if described is not None and self._entries[described].name == surname:
            self.same_as(described, pid)
        elif described is not None and described != pid and self._headline_name(described, surname):
            self._keys = {key: pid if party == described else party for key, party in self._keys.items()}
            self._surnames = {key: pid if party == described else party for key, party in self._surnames.items()}
            self.add_alias(pid, self._entries[described].name)
            self._same.setdefault(described, pid)

    def _headline_name(self, pid: str, surname: str) -> bool:
        """Whether a party is a surname the headline alone named, typed by the tagger's word alone ("Delgado slams
        Cascadia", "Delgado" tagged a company): the person the body then names in full ("Maria Delgado")."""
        entry = self._entries[pid]
        only_headline = all(m.sentence == 0 for m in self._history if m.party == pid)
        weak = entry.votes.get("Organization", 0) < 3 and not (entry.kinds or entry.outlet or entry.titled)
        family = self._company(entry.name, typed=False) is not None  # "Halvorsen sues founder": Halvorsen Boatworks
        return entry.name.lower() == surname and entry.type != "Person" and weak and only_headline and not family

    def holder(self, role: str, affiliation: str | None) -> str | None:
        return identity.holder(self._entries, role, affiliation)

    def unit_of(self, parent: str) -> str | None:
        return identity.unit_of(self._entries, parent)

    def await_unit(self, pid: str, parent: str) -> None:
        """``pid`` describes a unit of ``parent`` the article has not named yet ("Amazon.com Inc's cloud unit")."""
        self._units.setdefault(pid, parent)

    def described_as(self, word: str, head: str, definite: bool = False) -> str | None:
        return coreference.described_as(self._entries, word, head, definite)

    def same_as(self, described: str | None, named: str) -> None:
        """``described``, a party known by its description, is the one the text now names."""
        if described is not None and described != named and self._entries[described].unnamed:
            self._same.setdefault(described, named)

    def unnamed(self, name: str, role: str | None, affiliation: str | None) -> str:
        """A party known only by a description, such as "AWS spokesperson"."""
        pid = self._keys.get(name.lower())
        if pid is None:
            entry = self._new(name, "Person" if role else "Unknown")
            entry.role, entry.affiliation, entry.unnamed = role, affiliation, True
            pid = entry.id
            if affiliation and self._entries[affiliation].type != "Person":  # an agent's client is a person
                self.vote(affiliation, "Organization", 3)
        return pid

    def await_employer(self, pid: str, position: int, sentence: int) -> None:
        """``pid`` holds a role inside an organisation the text has not settled yet; ``settle`` looks again."""
        self._employers.setdefault(pid, (position, sentence))

    def await_office(self, pid: str, covers: frozenset[str]) -> None:
        """``pid`` is a minister of the portfolio ``covers`` whose government ``settle`` looks for (``kg.extract.offices``)."""
        self._offices.setdefault(pid, covers)

    def pronoun(self, word: str, position: int, sentence: int) -> str:
        """A stand-in for a pronoun nothing before it fits yet (the person may be typed a company
        until an honorific or a "she" settles it); ``settle`` resolves it once the article is read."""
        entry = self._new(f"unresolved '{word}'", "Unknown")
        self._pending[entry.id] = (word.lower(), position, sentence)
        return entry.id

    def settle(self, text: str) -> dict[str, str]:
        """Resolve the pronoun stand-ins with what the whole article says about who is who.

        Returns {stand-in: party}; resolved stand-ins are gone from the table, and every
        affiliation or document maker that named them names the party instead.
        """
        spoken_of = {m.party for m in self._history if m.start >= self.headline_end}  # not "Trail group blasts county"
        for pid, (position, sentence) in self._employers.items():
            entry = self._entries.get(pid)
            if entry is not None and entry.affiliation is None:  # the types are known now: "Kestrel Grain denied"
                body = (
                    self.family_company(pid, entry.role)
                    or self.body_before(position, sentence)
                    or self.role_body(entry.role)
                )
                entry.affiliation = body if body in spoken_of and body != pid else None
        for pid, covers in self._offices.items():
            entry = self._entries.get(pid)
            if entry is not None and entry.affiliation is None:
                entry.affiliation = offices.office_body(self._entries, covers, spoken_of, text)
        moved: dict[str, str] = {}
        for pid, (word, position, sentence) in self._pending.items():
            target = self.resolve(word, position, sentence) or self.resolve(word, position, sentence, window=60)
            if target is not None:
                moved[pid] = target
        holders = identity.role_holders(self._entries)  # "the brand's founder" is the founder named anywhere
        named = coreference.named_next(self._entries, self._history, holders, self.headline_end) | holders
        named = {pid: _last(named, other) for pid, other in named.items()}  # one unnamed holder merged into another
        named |= {k: v for k, v in coreference.bodies_speaking(self._entries).items() if k not in named}
        named |= {k: v for k, v in coreference.short_names(self._entries).items() if k not in named}
        named |= {k: v for k, v in identity.web_names(self._entries).items() if k not in named}
        named |= bodies.described_bodies(self._entries, self._history, named, text)
        for pid, parent in self._units.items():
            unit = self.unit_of(parent)
            if unit is not None and unit != pid:
                self._same.setdefault(pid, unit)
        for pid, other in self._same.items():
            if pid not in named and pid in self._entries and other in self._entries:
                self._entries[other].mentions = sorted(
                    self._entries[pid].mentions + self._entries[other].mentions, key=lambda m: m.start
                )
                named[pid] = other
        moved = {pid: named.get(target, target) for pid, target in moved.items()} | named
        for pid, (kind, noun) in self._awaiting.items():
            issuer = self.maker(kind, noun)
            if issuer is not None and issuer != pid and pid not in moved and pid in self._entries:
                moved[pid] = moved.get(issuer, issuer)
        for pid in moved:
            del self._entries[pid]
            self._pending.pop(pid, None)
        for entry in self._entries.values():
            entry.affiliation = moved.get(entry.affiliation or "", entry.affiliation)
            if entry.role == CABINET_MEMBER and entry.affiliation is None:  # "the cabinet member for finance"
                entry.affiliation = self.role_body(entry.role)
        for unit, parent in identity.web_units(self._entries).items():
            self._entries[unit].affiliation = self._entries[unit].affiliation or parent
        self._makers = {kind: moved.get(pid, pid) for kind, pid in self._makers.items()}
        self._keys = {key: pid for key, pid in self._keys.items() if pid not in moved}
        return moved

    def set_role(self, pid: str, role: str, affiliation: str | None) -> None:
        entry = self._entries[pid]
        entry.role = entry.role or role
        if affiliation and affiliation != pid:
            entry.affiliation = entry.affiliation or affiliation
            client = self._entries[affiliation]  # "Mr. Wren's lawyer" works for a person
            if not (client.titled or client.gender) and role not in identity.AGENTS:
                self.vote(affiliation, "Organization", 3)
        self.vote(pid, "Person", 3)

    def respell(self, pid: str, name: str) -> None:
        """A name read in a transcript's capitals ("OKAFOR", "McALLISTER") takes the case a reader writes it in."""
        entry = self._entries[pid]
        capitals = sum(c.isupper() for c in entry.name) > sum(c.isupper() for c in name)
        if capitals and entry.name.lower() == name.lower():
            entry.aliases.add(entry.name)
            entry.name = name
            self._index(entry, name)

    def introduce(self, pid: str) -> None:
        """The text says who a person is ("Maria Olsen, who lives nearby", "Ravi Menon, a lawyer")."""
        self._entries[pid].introduced = True

    def set_gender(self, pid: str, word: str) -> None:
        word = word.lower()
        gender = "m" if word in MALE_MARKS else "f" if word in FEMALE_MARKS else None
        if gender is None and len(word) > 5 and word.endswith(("woman", "man")):  # "spokeswoman", "chairman"
            gender = "f" if word.endswith("woman") else "m"
        if gender and self._entries[pid].type == "Person":
            self._entries[pid].gender = self._entries[pid].gender or gender

    def mention(self, pid: str, span: Span, salience: int, sentence: int, antecedent: bool = True) -> None:
        """Record a mention; salience 0 = main-clause subject, 2 = other subject, 3 = other.

        ``antecedent=False`` for a name inside a quotation: a "he said" after the quote is
        about the speaker, not whoever the speaker talked about.
        """
        entry = self._entries[pid]
        if not entry.mentions or entry.mentions[-1].start != span.start:
            entry.mentions.append(span)
        if antecedent:
            late = bool(self._history) and sentence < self._history[-1].sentence
            self._history.append(Mention(span.start, pid, salience, sentence, late))

    def resolve_organization(self, words: list[str], position: int, sentence: int, generic: bool) -> str | None:
        """The organisation "the water authority" or "the union" means: the latest named one whose name
        holds those words ("Marlow Valley Water Authority"), however far back; for a generic noun
        ("the company"), else the nearest organisation."""
        wanted = [w.lower() for w in words]
        named = coreference.organization_named(self._entries, self._history, wanted, position)
        if generic and len(wanted) == 1 and (named is None or wanted[0] not in self._entries[named].name.lower()):
            subject = self.resolve(wanted[0], position, sentence, organization=True, window=1, subjects=True)
            # "Crestline called the suit baseless. In a statement, the company said" is Crestline, not "Oakpath
            # Software, a company controlled by ..." further back
            if subject is not None:
                return subject
        if named is not None:
            return named
        return self.resolve(wanted[-1], position, sentence, organization=True) if generic else None

    def based_at(self, places: set[str]) -> str | None:
        """The one party the text said is based in one of these places (lower case): "the Seattle company"."""
        based = [e.id for e in self._entries.values() if e.places & places]
        return based[0] if len(based) == 1 else None

    def based_in(self, word: str) -> bool:
        """Whether the text said some party is based in this place (lower case)."""
        return any(word in e.places for e in self._entries.values())

    def spoke_between(self, start: int, end: int) -> bool:
        """Whether a party was a main clause's subject between two positions: "The complaint is blunt. Parler says
        ..., and it accuses" names who "it" is after the document was spoken of."""
        return any(start <= m.start < end and m.salience == 0 for m in reversed(self._history))

    def body_before(self, position: int, sentence: int, *, window: int = 5, subjects: bool = True) -> str | None:
        """The organisation the sentences before ``position`` were about (a main-clause subject within ``window``
        sentences, unless ``subjects`` is off): whom an unnamed role or a role holder nothing else places speaks for."""
        return self.resolve("company", position, sentence, organization=True, window=window, subjects=subjects)

    def subject_before(self, position: int, sentence: int) -> str | None:
        """The organisation that is the one subject of the sentence before ``position``'s, which a possessive "its"
        opening the next sentence means ("AWS answered on January 12. Its brief denies"); None when that sentence
        has two, as clauses joined by "and" may ("AWS suspended the account, and Parler sued"), or none."""
        found = {
            m.party
            for m in self._history
            if m.sentence == sentence - 1 and m.salience <= 2 and m.start < position and m.party in self._entries
        }
        bodies = [pid for pid in found if self._entries[pid].type == "Organization"]
        return bodies[0] if len(found) == 1 and bodies else None

    def role_body(self, role: str | None) -> str | None:
        """The one body the article names by the kind its holder's title implies (``ROLE_BODIES``): a superintendent's
        school district, a commissioner's county; none when the article names two."""
        kinds = ROLE_BODIES.get(role or "", frozenset())
        bodies = {
            pid
            for pid, entry in self._entries.items()
            if entry.type == "Organization"
            and not entry.unnamed
            and not entry.outlet
            and kinds & {w.lower().strip(",") for w in entry.name.split()}
        }
        return bodies.pop() if len(bodies) == 1 else None

    def resolve(
        self,
        word: str,
        position: int,
        sentence: int,
        *,
        role: str | None = None,
        organization: bool = False,
        window: int = 6,
        subjects: bool = False,
    ) -> str | None:
        """The nearest compatible earlier party for a pronoun, "the company" or "the spokesperson"."""
        word = word.lower()
        best = coreference.nearest(
            self._entries,
            self._history,
            self._pending,
            word,
            position,
            sentence,
            role=role,
            organization=organization,
            window=window,
            subjects=subjects,
        )
        if best and (organization or word in ("it", "its")):
            self.vote(best, "Organization", 3)
        elif best and word in PERSON_PRONOUNS and self._entries[best].type != "Person":
            self.vote(best, "Person", 5)  # a "she" settles what the tagger guessed
        return best

    def fits(self, pid: str, word: str) -> bool:
        """Whether a party is a clear fit for a pronoun, not a weak one such as a brand the tagger typed a person."""
        return coreference.compatible(self._entries[pid], word, None, False) == 0

    def parties(self) -> list[Party]:
        return [
            Party(e.id, e.name, cast(PartyType, e.type), sorted(e.aliases), e.role, e.affiliation, list(e.mentions))
            for e in self._entries.values()
        ]


def _last(merged: dict[str, str], pid: str) -> str:
    """Where a chain of merges ends: a holder merged into another the text then names is that named party."""
    seen = {pid}
    while merged.get(pid) not in (None, *seen):
        pid = merged[pid]
        seen.add(pid)
    return pid
