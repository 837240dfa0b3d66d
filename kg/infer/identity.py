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
from dataclasses import dataclass, field
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
PERSON, ORGANIZATION, UNKNOWN = "Person", "Organization", "Unknown"
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
        """Smaller is more canonical."""
        name = self.name
        return (self.merged_away, not self.curated, -len(name.split()), -len(name), str(self.iri))


def compatible(a: PartyInfo, b: PartyInfo) -> bool:
    return UNKNOWN in (a.kind, b.kind) or a.kind == b.kind


def parties_in(graph: Graph) -> dict[URIRef, PartyInfo]:
    """The named parties a graph asserts, with what it says about them."""
    found: dict[URIRef, PartyInfo] = {}
    for cls, kind in _TYPE_OF_CLASS.items():
        for party in graph.subjects(RDF.type, cls):
            if isinstance(party, URIRef):
                info = found.setdefault(party, PartyInfo(party))
                if info.kind == UNKNOWN:
                    info.kind = kind
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
) -> dict[URIRef, URIRef]:
    """Canonical IRI for each of ``own``'s parties that is not its own canonical.

    ``matches`` maps an own party to the candidates found under its probe keys,
    ``partners`` a party to those it is already ``owl:sameAs``. A bare surname only
    resolves when exactly one person carries it.
    """
    everyone = {**candidates, **own}
    result = {}
    for iri, info in own.items():
        found = {c for c in matches.get(iri, ()) if c in everyone and compatible(info, everyone[c])}
        surname_only = info.kind != ORGANIZATION and len(normalise(info.name).split()) == 1
        if surname_only:
            people = {c for c in found if everyone[c].kind == PERSON and len(normalise(everyone[c].name).split()) > 1}
            groups = {
                group_canonical([everyone[p] for p in {c} | partners.get(c, set()) if p in everyone]).iri
                for c in people
            }
            if len(groups) > 1:
                found -= people
        group = {iri} | found
        for member in list(group):
            group |= partners.get(member, set())
        best = group_canonical([everyone[m] for m in group if m in everyone])
        if best.iri != iri:
            result[iri] = best.iri
    return result


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
        """Canonical IRI per alias among ``parties``, and stored parties whose canonical changes."""
        if not parties:
            return {}, set()
        probes = {iri: info.probe_keys() for iri, info in parties.items()}
        keys = {Literal(k) for ks in probes.values() for k in ks}
        rows = lookup.select("?p ?k", f"{values('k', keys)} GRAPH ?g {{ ?p <{QG.matchKey}> ?k }}")
        matches: dict = {}
        for row in rows:
            for iri, probe in probes.items():
                if str(row["k"]) in probe and row["p"] != iri:
                    matches.setdefault(iri, set()).add(row["p"])
        found = set().union(*matches.values()) if matches else set()
        partners = self._partners(lookup, found | set(parties))
        found |= set().union(*partners.values()) if partners else set()
        candidates = self._party_info(lookup, found - set(parties))
        own = dict(parties)
        self._mark_curation(lookup, {**candidates, **own})
        mapping = resolve(own, candidates, matches, partners)
        renamed = set()
        everyone = {**candidates, **own}
        for iri, hits in matches.items():
            target = mapping.get(iri, iri)
            for c in hits - set(own):
                group = [everyone[m] for m in {c} | partners.get(c, set()) if m in everyone]
                if group and group_canonical(group).iri != target:
                    renamed.add(c)
        return mapping, renamed

    @staticmethod
    def _partners(lookup: Lookup, parties: set) -> dict:
        if not parties:
            return {}
        rows = lookup.select("?p ?x", f"{values('p', parties)} GRAPH ?g {{ ?p <{OWL.sameAs}> ?x }}")
        partners: dict = {}
        for row in rows:
            if row["x"] != row["p"]:
                partners.setdefault(row["p"], set()).add(row["x"])
        return partners

    @staticmethod
    def _party_info(lookup: Lookup, parties: set) -> dict:
        if not parties:
            return {}
        graph = Graph()
        for predicate in (QG.name, QG.alias, RDF.type):
            for party, found in lookup.objects(parties, predicate).items():
                for value in found:
                    graph.add((party, predicate, value))
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
