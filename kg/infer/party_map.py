"""The party map: which party IRI each alias is, across the whole store, in one shared graph.

``Minter.party_map_graph`` holds ``alias owl:sameAs canonical`` for every named party whose
canonical (``kg.infer.identity.Resolver.resolve``) is another IRI. Queries join through it
(``?member owl:sameAs? ?party``) the way they join statements through their claim
(``kg.infer.clusters``), so a write patches it (a ``GraphPatch`` in the same atomic update)
with what the write changes: the canonical of the parties the written graphs name, of every
party they match, and of the aliases of any party whose canonical moved or that no graph
names any more. A later article that renames a party thus rewrites that party's few map
entries, never the inferred graphs of every article that names it.
"""

from __future__ import annotations

from rdflib import URIRef

from kg.build.namespace import OWL
from kg.infer.identity import Curated, Resolver
from kg.infer.lookup import Lookup
from kg.store import GraphPatch, Store
from kg.store.overlay import to_rdflib, values


class PartyMap:
    def __init__(self, store: Store, iri: str, resolver: Resolver):
        self.store = store
        self.iri = iri
        self.resolver = resolver

    def patch(self, lookup: Lookup, named: dict, dropped: set, curated: Curated) -> GraphPatch | None:
        """The map's patch for one write.

        ``named``: the parties the written graphs name, with what those graphs say of them;
        ``dropped``: parties the stored versions of the written graphs named and the new ones do not;
        ``curated``: the parties graphs as the write leaves them.
        """
        now = self.resolver.resolve(lookup, named, curated)
        still = self.resolver.named_in_store(lookup, dropped - set(now))
        now.update(self.resolver.resolve(lookup, still, curated))
        before = self._canonical(subjects=set(now) | dropped)
        moved = {p for p, c in now.items() if before.get(p, p) != c} | (dropped - set(still))
        aliases = self._aliases(moved) - set(now)
        if aliases:
            now.update(self.resolver.resolve(lookup, self.resolver.named_in_store(lookup, aliases), curated))
            before.update(self._canonical(subjects=set(now) - set(before)))
        patch = GraphPatch()
        for party in set(before) | set(now):
            old, new = before.get(party, party), now.get(party, party)
            if old == new:
                continue
            if old != party:
                patch.removed.add((party, OWL.sameAs, old))
            if new != party:
                patch.add((party, OWL.sameAs, new))
        return patch if len(patch) or len(patch.removed) else None

    def _canonical(self, subjects: set) -> dict:
        if not subjects:
            return {}
        rows = self._rows(f"{values('s', subjects)} ?s <{OWL.sameAs}> ?o")
        return {s: o for s, o in rows}

    def _aliases(self, parties: set) -> set:
        if not parties:
            return set()
        return {s for s, _ in self._rows(f"{values('o', parties)} ?s <{OWL.sameAs}> ?o")}

    def _rows(self, where: str) -> set[tuple[URIRef, URIRef]]:
        found = self.store.query(f"SELECT ?s ?o WHERE {{ GRAPH <{self.iri}> {{ {where} }} }}")
        return {(to_rdflib(r["s"]), to_rdflib(r["o"])) for r in found}
