"""Which party IRIs name the same party: per graph against the curated parties, and across the store.

One party arrives under several IRIs (``kg.infer.party_match``). Two answers are kept apart,
so that loading an article writes in proportion to the article, never to the store:

- A graph's inferred graph restates every triple about an alias of a *curated* party (the
  parties graphs: shipped ``ontology/parties.ttl`` and the user's edits) on the curated IRI,
  and closes it under the organisation hierarchy: "AWS" said it, so Amazon Web Services and
  Amazon answer for it. That depends on the graph and the parties graphs alone; a party edit
  re-derives the graphs naming the parties it touches.
- Identity found across articles ("Matze" in one, "John Matze" in another) lives in the
  party map (``kg.infer.party_map``): one shared graph of ``alias owl:sameAs canonical``,
  patched by each write with the parties it names and the parties they match. Queries join
  through it (``?member owl:sameAs? ?party``); a party renamed by a later article changes
  its map entries, not the inferred graphs of every article naming it.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from typing import TYPE_CHECKING

import pyoxigraph as ox
from rdflib import Graph, URIRef

from kg.build.namespace import OWL, QG
from kg.infer.party_match import (
    ORGANIZATION,
    PERSON,
    consistent,
    group,
    group_canonical,
    merged_kind,
    normalise,
    parties_in,
    parties_of,
    resolve_among,
)

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


class Curated:
    """The curated parties (the parties graphs' content): names, merges and hierarchy, in memory.

    Everything one graph's inferred graph needs of the store, so that a worker process can
    derive it from a snapshot: ``digest`` tells whether the snapshot is still what the store holds.
    """

    def __init__(self, graph: Graph):
        self.digest = hashlib.sha256(b"\n".join(sorted(line.encode() for line in _lines(graph)))).hexdigest()
        self.infos = parties_in(graph)
        self.partners: dict = {}
        self.merged: set = set()  # parties the user merged into another
        for merged, target in graph.subject_objects(OWL.sameAs):
            self.partners.setdefault(merged, set()).add(target)
            self.partners.setdefault(target, set()).add(merged)
            self.merged.add(merged)
        self.mark(self.infos)
        self.parents: dict = {}
        for child, parent in graph.subject_objects(QG.subOrganizationOf):
            self.parents.setdefault(child, set()).add(parent)
        self.names: dict = {}
        for predicate in (QG.name, QG.alias):
            for party, name in graph.subject_objects(predicate):
                self.names.setdefault(party, set()).add(str(name))

    def mark(self, infos: dict) -> None:
        """Flag which of ``infos`` are curated, and which the user merged away."""
        for iri, info in infos.items():
            info.curated = iri in self.infos
            info.merged_away = iri in self.merged

    def mapping(self, parties: dict) -> dict:
        """Canonical IRI per alias among one graph's ``parties``, against the curated parties and each other.

        What a graph's inferred graph restates about its parties depends on that graph and the
        parties graphs alone, so loading another article never re-derives it.
        """
        own = {}
        for iri, info in parties.items():
            mine = replace(info, names=set(info.names), aliases=set(info.aliases))
            if iri in self.infos:
                curated = self.infos[iri]
                mine.names |= curated.names
                mine.aliases |= curated.aliases
                mine.kind = merged_kind(mine.kind, curated.kind)
                mine.curated, mine.merged_away = True, curated.merged_away
            own[iri] = mine
        return resolve_among(own, self.infos, self.partners)

    def hierarchy(self, triples: set) -> set:
        """The curated organisations above the parties the triples name, however many levels up."""
        attribution, under = frozenset(_ATTRIBUTION), QG.subOrganizationOf
        held, parties = frozenset((QG.matchKey, under)), set()
        for s, p, o in triples:  # one pass, predicates named once: a worker reads every triple of the closure
            if p in attribution and isinstance(o, URIRef):
                parties.add(o)
            if p in held:
                parties.add(s)
            if p == under:
                parties.add(o)
        found: set = set()
        frontier = parties
        while frontier:
            new = {(c, QG.subOrganizationOf, p) for c in frontier for p in self.parents.get(c, ())} - found
            found |= new
            frontier = {p for _, _, p in new} - parties
            parties |= frontier
        return found


def _lines(graph: Graph) -> list[str]:
    return [f"{s.n3()} {p.n3()} {o.n3()}" for s, p, o in graph]


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
    """Party identity against the curated parties (per graph) and against the whole store (the party map)."""

    def __init__(self, minter: Minter, party_graphs: tuple):
        self.minter = minter
        self.party_graphs = party_graphs
        self.keys_graph = str(minter.keys_graph)

    def curated_parties(self, lookup: Lookup) -> Curated:
        """The parties graphs as ``lookup`` shows them."""
        graph = Graph()
        for g in self.party_graphs:
            graph += lookup.graph(str(g))
        return Curated(graph)

    def resolve(self, lookup: Lookup, parties: dict, curated: Curated) -> dict:
        """The canonical IRI now, against the whole store, of each of ``parties`` and every party they match.

        Each party's canonical is a function of the store (its key matches, their kinds across
        every graph, curation, ambiguity), so only those parties can have a new one: the party
        map (``kg.infer.party_map``) compares these with what it holds.
        """
        if not parties:
            return {}
        # What every loaded graph says of the graph's parties; the keys it publishes stay its own.
        own = {iri: replace(info, names=set(info.names), aliases=set(info.aliases)) for iri, info in parties.items()}
        for iri, stored in self.named_in_store(lookup, set(own)).items():
            own[iri].names |= stored.names
            own[iri].aliases |= stored.aliases
            own[iri].kind = merged_kind(own[iri].kind, stored.kind)
        published = {iri: info.published_keys() for iri, info in parties.items()}
        matches = self._matches(lookup, own, published)
        everyone = {**self.named_in_store(lookup, set().union(*matches.values()) - set(own)), **own}
        candidates = set().union(*matches.values()) - set(own) if matches else set()
        second = {c: everyone[c] for c in candidates if c in everyone}
        matches.update(self._matches(lookup, second, published))
        everyone.update(self.named_in_store(lookup, set().union(*matches.values()) - set(everyone)))
        everyone.update(own)
        partners = {p: curated.partners[p] for p in everyone if p in curated.partners}
        curated.mark(everyone)
        ambiguous = self._ambiguous_surnames(lookup, everyone, own)
        return {
            iri: group_canonical([everyone[m] for m in group(iri, everyone, matches, partners, ambiguous)]).iri
            for iri in set(own) | candidates
            if iri in everyone
        }

    def _matches(self, lookup: Lookup, parties: dict, published: dict) -> dict:
        """Parties found under each party's probe keys: stored, and among the graph's own (``published``)."""
        if not parties:
            return {}
        probes = {iri: info.probe_keys() for iri, info in parties.items()}
        holders: dict = {}
        for party, key in lookup.key_holders({ox.Literal(k) for ks in probes.values() for k in ks}, self.keys_graph):
            holders.setdefault(key, set()).add(party)
        for iri, keys_of in published.items():
            for key in keys_of:
                holders.setdefault(key, set()).add(iri)
        out: dict = {}
        for iri, probe in probes.items():
            found = set().union(*(holders.get(k, set()) for k in probe)) - {iri}
            if found:
                out[iri] = found
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
        carriers: dict = {}
        for party, key in lookup.key_holders({ox.Literal("s:" + name) for name in bare.values()}, self.keys_graph):
            carriers.setdefault(key[2:], set()).add(party)
        for iri, info in own.items():
            words = normalise(info.name).split()
            if info.kind == PERSON and len(words) >= 2:
                carriers.setdefault(words[-1], set()).add(iri)
        people = {**self.named_in_store(lookup, set().union(*carriers.values()) - set(everyone)), **everyone}
        return {
            iri
            for iri, name in bare.items()
            if not consistent([people[p] for p in carriers.get(name, ()) if p in people])
        }

    def named_in_store(self, lookup: Lookup, parties: set) -> dict:
        """Names, aliases and kinds of stored parties, as the loaded graphs state them (unnamed ones left out).

        Inferred graphs are left out: they copy an alias's names and types onto its
        canonical, and reading those back would let past decisions decide the next.
        """
        if not parties:
            return {}
        facts, inferred = str(self.minter.party_facts_graph), f"{self.minter.base}graph/inferred/"
        return parties_of((row["s"], row["p"], row["o"]) for row in lookup.party_facts(parties, facts, inferred))
