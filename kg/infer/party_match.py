"""Which party names can be one party, and which member of a group is canonical: pure functions.

Articles mint a party IRI from the name they use (``party/aws``,
``party/amazon-web-services``), so one party arrives under several IRIs. Each party publishes
*match keys* (its normalised names, the acronym of a multi-word organisation name, a
person's surname), where an index lookup finds it from any later article; each party also
*probes* a slightly wider set of keys (an all-caps token probes acronyms, a bare surname
probes surnames). Two multi-word names never match through a shared acronym: only the short
form does.

The canonical IRI of a group is chosen by rank, never by load order: a party curated in
the parties graphs (shipped ``ontology/parties.ttl`` or the user's edits) beats one that
is not, a party the user merged away loses, then the fewest words of a full name win.
``kg.infer.identity`` applies these against the store.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from rdflib import Graph, Literal, URIRef

from kg.build.namespace import QG, RDF

_SKIP_IN_ACRONYM = {"the", "of", "and", "for", "a", "an", "&", "de", "la", "le"}
_ORG_SUFFIXES = {"inc", "corp", "co", "ltd", "llc", "plc", "corporation", "company"}
PERSON, ORGANIZATION, UNKNOWN, CONFLICT = "Person", "Organization", "Unknown", "Conflict"
_TYPE_OF_CLASS = {
    QG.Person: PERSON,
    QG.Organization: ORGANIZATION,
    QG.NewsOutlet: ORGANIZATION,
    QG.UnknownParty: UNKNOWN,
}


@lru_cache(maxsize=1 << 16)
def normalise(name: str) -> str:
    """Case, accents, punctuation, a leading 'the' and company suffixes do not tell parties apart.

    Remembered: the writer compares a popular party's names with every match's, ~600 times an
    article at 900 articles (py-spy)."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    text = re.sub(r"['\u2019]s\b", "", text)
    words = re.findall(r"[a-z0-9&]+", text)
    if words and words[0] == "the" and len(words) > 1:
        words = words[1:]
    while len(words) > 1 and words[-1] in _ORG_SUFFIXES:
        words = words[:-1]
    return " ".join(words)


def _acronym(name: str) -> str | None:
    words = [w for w in normalise(name).split() if w not in _SKIP_IN_ACRONYM]
    return "".join(w[0] for w in words) if len(words) >= 2 else None


def _is_short_form(name: str) -> bool:
    token = name.strip().replace(".", "")
    return token.isalpha() and token.isupper() and 2 <= len(token) <= 6


@dataclass
class PartyInfo:
    iri: URIRef
    names: set[str] = field(default_factory=set)
    aliases: set[str] = field(default_factory=set)
    kind: str = UNKNOWN
    curated: bool = False
    merged_away: bool = False

    @property
    def name(self) -> str:
        return max(self.names, key=lambda n: (len(n.split()), len(n), n)) if self.names else ""

    def merged(self, other: PartyInfo) -> PartyInfo:
        """What two graphs say of one party, together."""
        kind = merged_kind(self.kind, other.kind)
        return PartyInfo(self.iri, self.names | other.names, self.aliases | other.aliases, kind)

    def published_keys(self) -> set[str]:
        keys = set()
        for name in self.names | self.aliases:
            norm = normalise(name)
            if not norm:
                continue
            keys.add("n:" + norm)
            if self.kind != PERSON:
                acronym = _acronym(name)
                if acronym:
                    keys.add("a:" + acronym)
            if self.kind == PERSON and len(norm.split()) >= 2:
                keys.add("s:" + norm.split()[-1])
        return keys

    def probe_keys(self) -> set[str]:
        keys = {k for k in self.published_keys() if k.startswith("n:")}
        for name in self.names | self.aliases:
            norm = normalise(name)
            if not norm:
                continue
            if self.kind != PERSON and _is_short_form(name):
                keys.add("a:" + norm)
            if self.kind != PERSON:
                acronym = _acronym(name)
                if acronym:
                    keys.add("n:" + acronym)
            if self.kind != ORGANIZATION and len(norm.split()) == 1:
                keys.add("s:" + norm)
            if self.kind == PERSON and len(norm.split()) >= 2:
                keys.add("n:" + norm.split()[-1])
        return keys

    def scope_keys(self) -> set[str]:
        """The keys that scope claim keys (``kg.infer.claims``): the ``n:`` keys the party publishes or probes.

        Each other key comes with the ``n:`` key of its own string (an acronym ``a:x`` with ``n:x``, a
        surname ``s:x`` with ``n:x``), so two parties share a key exactly when they share an ``n:`` key,
        and the ``a:`` and ``s:`` scopes repeated the claim keys they scope without joining two reports
        more: a third of the claim keys on PolNeAR, a quarter of the quads a load wrote.
        """
        return {k for k in self.probe_keys() if k.startswith("n:")}

    def rank(self) -> tuple:
        """Smaller is more canonical: curated, then the fewest words of a full name.

        A full name (two words or more) beats a single word ("Amazon Web Services" over
        "AWS", "John Matze" over "Matze"); among full names the shortest wins ("Donald
        Trump" over "Donald J. Trump" or "President Donald Trump"), so the later, longer
        variants news keeps producing do not rename a party every graph names.
        """
        name = self.name
        words = len(normalise(name).split())
        return (self.merged_away, not self.curated, words < 2, words, len(name), str(self.iri))


def merged_kind(a: str, b: str) -> str:
    """One party typed a person in one article and an organisation in another is in conflict: it merges with no one."""
    if UNKNOWN in (a, b):
        return b if a == UNKNOWN else a
    return a if a == b else CONFLICT


def compatible(a: PartyInfo, b: PartyInfo) -> bool:
    if CONFLICT in (a.kind, b.kind):
        return False
    return UNKNOWN in (a.kind, b.kind) or a.kind == b.kind


def _same_person(a: list[str], b: list[str]) -> bool:
    """Two full names of one person: same surname, first names equal or one an initial of the other,
    and middle names too when both give them ("George W. Bush" is not "George H. W. Bush")."""
    if a[-1] != b[-1] or not (a[0] == b[0] or (min(len(a[0]), len(b[0])) == 1 and a[0][0] == b[0][0])):
        return False
    middle_a, middle_b = [w[0] for w in a[1:-1]], [w[0] for w in b[1:-1]]
    return not (middle_a and middle_b and middle_a != middle_b)


def consistent(members: list[PartyInfo]) -> bool:
    """Whether parties can be one: never a person and an organisation, never two different people's full names."""
    kinds = {m.kind for m in members}
    if (PERSON in kinds and ORGANIZATION in kinds) or (CONFLICT in kinds and len(members) > 1):
        return False
    people = [normalise(m.name).split() for m in members if m.kind == PERSON]
    full = [words for words in people if len(words) >= 2]
    return all(_same_person(a, b) for i, a in enumerate(full) for b in full[i + 1 :])


def parties_in(graph: Graph) -> dict[URIRef, PartyInfo]:
    """The named parties a graph asserts, with what it says about them."""
    patterns = [(None, RDF.type, cls) for cls in _TYPE_OF_CLASS] + [(None, QG.name, None), (None, QG.alias, None)]
    return parties_of(t for pattern in patterns for t in graph.triples(pattern))


def parties_of(triples: Iterable[tuple]) -> dict[URIRef, PartyInfo]:
    """``parties_in`` of triples in one pass, for rows read from the store (no graph built to read them)."""
    found: dict[URIRef, PartyInfo] = {}
    aliases: dict[URIRef, set[str]] = {}
    for s, p, o in triples:
        if not isinstance(s, URIRef):
            continue
        if p == RDF.type:
            if o in _TYPE_OF_CLASS:
                info = found.setdefault(s, PartyInfo(s))
                info.kind = merged_kind(info.kind, _TYPE_OF_CLASS[o])
        elif p == QG.name:
            found.setdefault(s, PartyInfo(s)).names.add(str(o))
        elif p == QG.alias:
            aliases.setdefault(s, set()).add(str(o))
    for party, info in found.items():
        info.aliases |= aliases.get(party, set())
    return {iri: info for iri, info in found.items() if info.names}


def key_triples(parties: dict[URIRef, PartyInfo]) -> set:
    return {(info.iri, QG.matchKey, Literal(key)) for info in parties.values() for key in info.published_keys()}


def group_canonical(infos: list[PartyInfo]) -> PartyInfo:
    return min(infos, key=PartyInfo.rank)


def resolve(
    own: dict[URIRef, PartyInfo],
    candidates: dict[URIRef, PartyInfo],
    matches: dict[URIRef, set[URIRef]],
    partners: dict[URIRef, set[URIRef]],
    ambiguous: frozenset[URIRef] | set[URIRef] = frozenset(),
) -> dict[URIRef, URIRef]:
    """Canonical IRI for each of ``own``'s parties that is not its own canonical (see ``group``)."""
    everyone = {**candidates, **own}
    mapping = {}
    for iri in own:
        best = group_canonical([everyone[m] for m in group(iri, everyone, matches, partners, ambiguous)])
        if best.iri != iri:
            mapping[iri] = best.iri
    return mapping


def group(
    iri: URIRef,
    everyone: dict[URIRef, PartyInfo],
    matches: dict[URIRef, set[URIRef]],
    partners: dict[URIRef, set[URIRef]],
    ambiguous: frozenset[URIRef] | set[URIRef] = frozenset(),
) -> set[URIRef]:
    """The parties ``iri`` is one with: itself, its curated ``partners``, and the ``matches`` found under its keys.

    A match joins (with its curated partners) only when the whole group stays ``consistent``:
    a bare surname two people carry (``ambiguous``), or a name a person and an organisation
    share, resolves to no one. Only direct matches count, never matches of matches, so a
    party's group is a function of the parties in the store, whatever the order they came in.
    """

    def closed(members: set) -> set:
        for member in list(members):
            members |= partners.get(member, set())
        return {m for m in members if m in everyone}

    info = everyone[iri]
    base = closed({iri})
    if not consistent([everyone[m] for m in base]):
        base = {iri}
    found = set(base)
    for c in matches.get(iri, ()) if iri not in ambiguous else ():
        if c in everyone and c not in ambiguous and compatible(info, everyone[c]):
            theirs = closed({c})
            if consistent([everyone[m] for m in base | theirs]):
                found |= theirs
    return found if consistent([everyone[m] for m in found]) else base


def resolve_among(own: dict[URIRef, PartyInfo], known: dict[URIRef, PartyInfo], partners: dict) -> dict:
    """Canonical IRI per party of ``own`` that is not its own canonical, among ``known`` parties and each other.

    Everything is in memory: ``known`` are the curated parties, so the answer is a function of
    one graph and the parties graphs alone, whatever else the store holds.
    """
    everyone = {**known, **own}
    holders: dict[str, set] = {}
    for iri, info in everyone.items():
        for key in info.published_keys():
            holders.setdefault(key, set()).add(iri)
    matches = {
        iri: set().union(*(holders.get(k, set()) for k in info.probe_keys())) - {iri} for iri, info in own.items()
    }
    return resolve(own, known, matches, partners, ambiguous_surnames(everyone, holders))


def ambiguous_surnames(everyone: dict[URIRef, PartyInfo], carriers: dict[str, set]) -> set:
    """Bare surnames whose carriers (``carriers["s:" + surname]``) are not one person: they resolve to no one."""
    found = set()
    for iri, info in everyone.items():
        name = normalise(info.name)
        if info.kind == ORGANIZATION or len(name.split()) != 1:
            continue
        people = [everyone[p] for p in carriers.get("s:" + name, ()) if p in everyone]
        if not consistent(people):
            found.add(iri)
    return found
