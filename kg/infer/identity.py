"""Which party IRIs name the same party, and which of them is canonical.

Articles mint a party IRI from the name they use (``party/aws``,
``party/amazon-web-services``), so one party arrives under several IRIs. Each party publishes
*match keys* (its normalised names, the acronym of a multi-word organisation name, a
person's surname) into its graph's inferred graph, where an index lookup finds it from
any later article; each party also *probes* a slightly wider set of keys (an all-caps
token probes acronyms, a bare surname probes surnames). Two multi-word names never match
through a shared acronym: only the short form does.

The canonical IRI of a group is chosen by rank, never by load order: a party curated in
the parties graphs (shipped ``ontology/parties.ttl`` or the user's edits) beats one that
is not, a party the user merged away loses, then the longest name wins. Aliases are linked
to their canonical IRI with ``owl:sameAs`` and every triple about them is copied onto it,
so queries on the canonical IRI see everything.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from rdflib import Graph, Literal, URIRef

from kg.build.namespace import OWL, QG, RDF
from kg.store.overlay import values

if TYPE_CHECKING:
    from kg.build.iris import Minter
    from kg.infer.lookup import Lookup

_ATTRIBUTION = (
    QG.speaker,
    QG.onBehalfOf,
    QG.attributedTo,
    QG.publisher,
    QG.mentions,
    QG.disputesParty,
    QG.confirmsParty,
    QG.about,
    QG.affiliationOrganization,
    QG.speaksFor,
)
_SKIP_IN_ACRONYM = {"the", "of", "and", "for", "a", "an", "&", "de", "la", "le"}
_ORG_SUFFIXES = {"inc", "corp", "co", "ltd", "llc", "plc", "corporation", "company"}
PERSON, ORGANIZATION, UNKNOWN, CONFLICT = "Person", "Organization", "Unknown", "Conflict"
_TYPE_OF_CLASS = {
    QG.Person: PERSON,
    QG.Organization: ORGANIZATION,
    QG.NewsOutlet: ORGANIZATION,
    QG.UnknownParty: UNKNOWN,
}


def normalise(name: str) -> str:
    """Case, accents, punctuation, a leading 'the' and company suffixes do not tell parties apart."""
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
    found: dict[URIRef, PartyInfo] = {}
    for cls, kind in _TYPE_OF_CLASS.items():
        for party in graph.subjects(RDF.type, cls):
            if isinstance(party, URIRef):
                info = found.setdefault(party, PartyInfo(party))
                info.kind = merged_kind(info.kind, kind)
    for party, name in graph.subject_objects(QG.name):
        if isinstance(party, URIRef):
            found.setdefault(party, PartyInfo(party)).names.add(str(name))
    for party, alias in graph.subject_objects(QG.alias):
        if isinstance(party, URIRef) and party in found:
            found[party].aliases.add(str(alias))
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


def same_as_triples(mapping: dict[URIRef, URIRef]) -> set:
    return {
        (a, OWL.sameAs, b) for alias, canonical in mapping.items() for a, b in ((alias, canonical), (canonical, alias))
    }


def canonical_copies(triples, mapping: dict[URIRef, URIRef]) -> set:
    """Every triple mentioning an alias, restated with the canonical IRI."""
    out: set[tuple] = set()
    if not mapping:
        return out
    for s, p, o in triples:
        cs, co = mapping.get(s, s), mapping.get(o, o)
        if (cs is not s or co is not o) and p != OWL.sameAs:
            out.add((cs, p, co))
    return out


class Resolver:
    """Party identity of one graph against the store: canonical IRIs, curation, hierarchy."""

    def __init__(self, minter: Minter, party_graphs: tuple):
        self.minter = minter
        self.party_graphs = party_graphs

    def named_parties(self, graph: Graph) -> dict:
        """Parties minted from their name; an unnamed spokesperson stays local to its article."""
        return {
            iri: info
            for iri, info in parties_in(graph).items()
            if any(self.minter.party(name) == iri for name in info.names)
        }

    def resolve(self, lookup: Lookup, parties: dict) -> tuple[dict, set]:
        """Canonical IRI per alias among ``parties``, and stored parties whose canonical this graph changes.

        Each party's canonical is a function of the store (its key matches, their kinds across
        every graph, curation, ambiguity), so a party only needs re-deriving elsewhere when a
        graph actually changes it: for the graph's parties and every party they match, the
        canonical now is compared with the one stored graphs state (``owl:sameAs``).
        """
        if not parties:
            return {}, set()
        # What every loaded graph says of the graph's parties; the keys it publishes stay its own.
        own = {iri: replace(info, names=set(info.names), aliases=set(info.aliases)) for iri, info in parties.items()}
        for iri, stored in self._party_info(lookup, set(own)).items():
            own[iri].names |= stored.names
            own[iri].aliases |= stored.aliases
            own[iri].kind = merged_kind(own[iri].kind, stored.kind)
        published = {iri: info.published_keys() for iri, info in parties.items()}
        matches = self._matches(lookup, own, published)
        everyone = {**self._party_info(lookup, set().union(*matches.values()) - set(own)), **own}
        candidates = set().union(*matches.values()) - set(own) if matches else set()
        second = {c: everyone[c] for c in candidates if c in everyone}
        matches.update(self._matches(lookup, second, published))
        everyone.update(self._party_info(lookup, set().union(*matches.values()) - set(everyone)))
        everyone.update(own)
        partners = self._partners(lookup, set(everyone))
        self._mark_curation(lookup, everyone)
        ambiguous = self._ambiguous_surnames(lookup, everyone, own)
        now = {
            iri: group_canonical([everyone[m] for m in group(iri, everyone, matches, partners, ambiguous)]).iri
            for iri in set(own) | candidates
            if iri in everyone
        }
        mapping = {iri: now[iri] for iri in own if now[iri] != iri}
        before = self._stored_canonical(lookup, set(now), everyone)
        renamed = {iri for iri, target in now.items() if iri in before and before[iri] != target}
        return mapping, renamed

    def _matches(self, lookup: Lookup, parties: dict, published: dict) -> dict:
        """Parties found under each party's probe keys: stored, and among the graph's own (``published``)."""
        if not parties:
            return {}
        probes = {iri: info.probe_keys() for iri, info in parties.items()}
        keys = {Literal(k) for ks in probes.values() for k in ks}
        rows = lookup.select("?p ?k", f"{values('k', keys)} GRAPH ?g {{ ?p <{QG.matchKey}> ?k }}")
        holders: dict = {}
        for row in rows:
            holders.setdefault(str(row["k"]), set()).add(row["p"])
        for iri, keys_of in published.items():
            for key in keys_of:
                holders.setdefault(key, set()).add(iri)
        out: dict = {}
        for iri, probe in probes.items():
            found = set().union(*(holders.get(k, set()) for k in probe)) - {iri}
            if found:
                out[iri] = found
        return out

    def _stored_canonical(self, lookup: Lookup, parties: set, everyone: dict) -> dict:
        """The canonical other graphs give each party that some other graph names."""
        named = {p for p, found in lookup.objects(parties, QG.name).items() if found}
        said = lookup.objects(named, OWL.sameAs)
        out = {}
        for p in named:
            group = [everyone[m] for m in {p} | said.get(p, set()) if m in everyone]
            out[p] = group_canonical(group).iri if group else p
        return out

    def _ambiguous_surnames(self, lookup: Lookup, everyone: dict, own: dict) -> set:
        """Bare surnames that two different people carry (in the store or this graph): they resolve to no one."""
        bare = {
            iri: normalise(info.name)
            for iri, info in everyone.items()
            if info.kind != ORGANIZATION and len(normalise(info.name).split()) == 1
        }
        if not bare:
            return set()
        keys = {Literal("s:" + name) for name in bare.values()}
        rows = lookup.select("?p ?k", f"{values('k', keys)} GRAPH ?g {{ ?p <{QG.matchKey}> ?k }}")
        carriers: dict = {}
        for row in rows:
            carriers.setdefault(str(row["k"])[2:], set()).add(row["p"])
        for iri, info in own.items():
            words = normalise(info.name).split()
            if info.kind == PERSON and len(words) >= 2:
                carriers.setdefault(words[-1], set()).add(iri)
        people = {**self._party_info(lookup, set().union(*carriers.values()) - set(everyone)), **everyone}
        return {
            iri
            for iri, name in bare.items()
            if not consistent([people[p] for p in carriers.get(name, ()) if p in people])
        }

    def _partners(self, lookup: Lookup, parties: set) -> dict:
        """Curated merges: ``owl:sameAs`` in the parties graphs (the user's ``kg parties merge``)."""
        partners: dict = {}
        for party, found in lookup.objects(parties, OWL.sameAs, graphs=self.party_graphs).items():
            for other in found - {party}:
                partners.setdefault(party, set()).add(other)
                partners.setdefault(other, set()).add(party)
        return partners

    def _party_info(self, lookup: Lookup, parties: set) -> dict:
        """Names, aliases and kinds of stored parties, as the loaded graphs state them.

        Inferred graphs are left out: they copy an alias's names and types onto its
        canonical, and reading those back would let past decisions decide the next.
        """
        if not parties:
            return {}
        graph = Graph()
        wanted = ", ".join(f"<{p}>" for p in (QG.name, QG.alias, RDF.type))
        inferred = f"{self.minter.base}graph/inferred/"
        where = f"{values('s', parties)} GRAPH ?g {{ ?s ?p ?o FILTER(?p IN ({wanted})) }}"
        for row in lookup.select("?s ?p ?o", f'{where} FILTER(!STRSTARTS(STR(?g), "{inferred}"))'):
            graph.add((row["s"], row["p"], row["o"]))
        return parties_in(graph)

    def _mark_curation(self, lookup: Lookup, infos: dict) -> None:
        if not infos:
            return
        for party in lookup.objects(infos, QG.name, graphs=self.party_graphs):
            infos[party].curated = True
        for party in lookup.objects(infos, OWL.sameAs, graphs=self.party_graphs):
            infos[party].merged_away = True

    def curated(self, lookup: Lookup, parties) -> set:
        """Which of ``parties`` the parties graphs name."""
        if not parties:
            return set()
        return set(lookup.objects(parties, QG.name, graphs=self.party_graphs))

    @staticmethod
    def hierarchy(lookup: Lookup, triples: set) -> set:
        """Organisations above the parties the graph names, however many levels up."""
        parties = {o for s, p, o in triples if p in _ATTRIBUTION and isinstance(o, URIRef)}
        parties |= {s for s, p, o in triples if p in (QG.matchKey, QG.subOrganizationOf)}
        parties |= {o for s, p, o in triples if p == QG.subOrganizationOf}
        found: set = set()
        frontier = parties
        while frontier:
            rows = lookup.select("?o ?p", f"{values('o', frontier)} GRAPH ?g {{ ?o <{QG.subOrganizationOf}> ?p }}")
            new = {(r["o"], QG.subOrganizationOf, r["p"]) for r in rows} - found
            found |= new
            frontier = {p for _, _, p in new} - parties
            parties |= frontier
        return found
