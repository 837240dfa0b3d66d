"""Inference: what the store knows beyond what was loaded, kept in graphs of its own.

Every loaded graph G gets an inferred graph ``inferred_graph(G)``, written in the same atomic
update as G: OWL RL consequences, its parties' match keys and their curated identity, claim
keys, and the dispute and confirm links G's statements draw inside G, each with its basis.
It is a function of G and the parties graphs alone. What reaches across articles lives in
shared graphs patched by the same update: the party map (which IRI each alias is:
``kg.infer.party_map``), the claims graph (each statement's claim, the claims' links and
status: ``kg.infer.clusters``) and the names graph (``kg.infer.names``). Work per load is
bounded by what G touches: its parties and those they match, the claims its statements join
and answer; unloading G restores the previous answers. Only a party edit re-derives other
graphs: those naming the parties it touches (``refresh``).

This module is the plan: which graphs a write changes and in what order they are derived.
The rules live beside it: ``owl`` (closure), ``identity`` and ``party_map`` (parties),
``disputes`` (links inside an article), ``clusters`` (claims across articles), all reading
through ``lookup``.
"""

from __future__ import annotations

import contextlib
import weakref
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef

from kg.build.iris import Minter
from kg.build.namespace import QG, RDF
from kg.infer import claims, identity, names, party_facts, stale
from kg.infer.clusters import ClaimIndex
from kg.infer.disputes import Link
from kg.infer.local import Local, LocalInference
from kg.infer.lookup import Lookup
from kg.infer.owl import ENGINES, Closure, as_graph, file_hash, ontology_closure
from kg.infer.party_map import PartyMap
from kg.infer.remembered import Remembered
from kg.paths import ONTOLOGY_DIR, ONTOLOGY_FILE
from kg.store import terms
from kg.store.overlay import values

__all__ = ["ENGINES", "PARTIES_FILE", "Reasoner", "ontology_closure", "reasoner_for", "with_inference"]

PARTIES_FILE = ONTOLOGY_DIR / "parties.ttl"


@dataclass
class _Effect:
    """What inferring the graphs of one write tells the shared graphs."""

    named: dict = field(default_factory=dict)  # party -> PartyInfo, as the derived graphs name it
    reports: dict = field(default_factory=dict)  # statement -> (content, claim keys)
    links: dict[URIRef, set[Link]] = field(default_factory=dict)  # statement -> its accepted links

    def add(self, local: Local) -> None:
        for iri, info in local.named.items():
            self.named[iri] = info.merged(self.named[iri]) if iri in self.named else info
        self.reports.update(local.reports)
        for s, links in local.links.items():
            self.links.setdefault(s, set()).update(links)


class Reasoner:
    def __init__(self, store, minter: Minter | None = None, engine: str = "fast"):
        self.closure = Closure(engine)
        self.engine = engine
        self.store = store
        self.minter = minter or store.minter
        self.shipped_parties = self.minter.file_graph(str(PARTIES_FILE.resolve()))
        self.party_graphs = (self.shipped_parties, self.minter.parties_graph)
        self.parties = identity.Resolver(self.minter, self.party_graphs)
        self.claims = ClaimIndex(store, self.minter)
        self.party_map = PartyMap(store, str(self.minter.party_map_graph), self.parties)
        self.names_graph = str(self.minter.names_graph)
        self.keys_graph = str(self.minter.keys_graph)
        self.facts_graph = str(self.minter.party_facts_graph)
        self._own = {
            self.facts_graph,
            str(self.minter.ontology_graph),
            str(self.minter.ontology_inferred_graph),
            self.names_graph,
            self.keys_graph,
            self.claims.iri,
            self.party_map.iri,
            stale.state_graph(self.minter.base),
            stale.rules_graph(self.minter.base),
        }
        self.remembered: Remembered | None = None

    @contextlib.contextmanager
    def remembering(self) -> Iterator[None]:
        """Plans made inside remember what they read of the party facts and keys graphs (``kg.infer.remembered``):
        for a load's writer, the only one writing the store while it runs."""
        self.remembered = Remembered()
        try:
            yield
        finally:
            self.remembered = None

    # ---- which graphs are which -------------------------------------------------------
    def inferred(self, graph) -> str:
        return str(self.minter.inferred_graph(URIRef(graph)))

    def derived_graphs(self) -> dict[str, str]:
        """Every inferred graph in the store, with the loaded graph it comes from."""
        rows = self.store.query(f"SELECT ?g ?d WHERE {{ GRAPH ?g {{ ?g <{QG.inferredFrom}> ?d }} }}")
        return {row["g"].value: row["d"].value for row in rows}

    def data_graphs(self) -> list[str]:
        derived = self.derived_graphs()
        return [g for g, _ in self.store.graphs() if g not in derived and g not in self._own]

    # ---- shared base: ontology closure, shipped parties --------------------------------
    def base_writes(self) -> dict[str, Graph | None]:
        """Ontology closure and the shipped parties file, when missing or out of date; the rules'
        stamp on a store nothing has been derived in yet."""
        writes: dict[str, Graph | None] = {}
        if stale.needs_stamp(self.store):
            writes[stale.rules_graph(self.minter.base)] = stale.stamp(self.minter.base)
        closure_iri = self.minter.ontology_inferred_graph
        digest = file_hash(ONTOLOGY_FILE)
        if not self._has_hash(closure_iri, digest):
            closure = as_graph(ontology_closure())
            closure.add((closure_iri, RDF.type, QG.InferredGraph))
            closure.add((closure_iri, QG.inferredFrom, self.minter.ontology_graph))
            closure.add((closure_iri, QG.contentHash, Literal(digest)))
            writes[str(closure_iri)] = closure
        digest = file_hash(PARTIES_FILE)
        if not self._has_hash(self.shipped_parties, digest):
            parties = Graph()
            parties.parse(PARTIES_FILE, format="turtle", publicID=self.minter.base)
            parties.add((self.shipped_parties, RDF.type, QG.LoadedGraph))
            parties.add((self.shipped_parties, QG.loadedFrom, Literal(str(PARTIES_FILE))))
            parties.add((self.shipped_parties, QG.contentHash, Literal(digest)))
            writes[str(self.shipped_parties)] = parties
        return writes

    def curated_snapshot(self) -> bytes:
        """The parties graphs as the next write will find them, as N-Triples (for ``kg.infer.local`` in workers)."""
        lookup = Lookup(self.store)
        for iri, graph in self.base_writes().items():
            lookup.put(iri, graph)
        graph = Graph()
        for g in self.party_graphs:
            graph += lookup.graph(str(g))
        return terms.to_ntriples(terms.triples(graph))

    def _has_hash(self, graph, digest: str) -> bool:
        return bool(
            self.store.query(f"ASK {{ GRAPH <{graph}> {{ <{graph}> <{QG.contentHash}> {Literal(digest).n3()} }} }}")
        )

    # ---- the plan: loader writes + everything they imply -------------------------------
    def plan(
        self,
        writes: Mapping[str, Graph | None],
        refresh: Iterable[str] = (),
        local: Mapping[str, Local] | None = None,
    ) -> dict[str, Graph | None]:
        """``writes`` extended with every derived graph they change, for one atomic update.

        ``refresh`` names loaded graphs whose derived graphs are recomputed as they stand;
        ``local`` holds inferred graphs derived beforehand (by a load's workers), taken when the
        curated parties they were derived against are still the store's.
        """
        writes = {**self.base_writes(), **{str(k): v for k, v in writes.items()}}
        lookup = Lookup(self.store, self.remembered)
        shared_graphs = (self.names_graph, self.keys_graph, self.facts_graph, self.claims.iri, self.party_map.iri)
        for shared in shared_graphs:  # patched below, hidden from the rules
            lookup.put(shared, None)
        for iri, graph in writes.items():
            lookup.put(iri, graph)
        derived = {g for g in writes if g in self._own or g == str(self.minter.ontology_inferred_graph)}
        data = [g for g in writes if g not in derived] + [
            str(g) for g in refresh if str(g) not in writes and str(g) not in self._own
        ]
        before = self._stored_reports(data)
        removed_parties = self._stored_parties(data)
        for g in data:
            lookup.put(self.inferred(g), None)
        effect = _Effect()
        derive = self.local_inference(lookup)
        reported: dict = {}  # inferred graph -> its statements' (content, claim keys)
        for g in data:
            if writes.get(g, True) is not None:
                found = (local or {}).get(g)
                if found is None or found.curated != derive.curated.digest:
                    found = derive(g, lookup.graph(g))
                lookup.put(self.inferred(g), found.graph)
                effect.add(found)
                reported[self.inferred(g)] = found.reports
        for g in data if removed_parties else ():
            graph = lookup.graph(g) if writes.get(g, True) is not None else Graph()
            removed_parties -= {
                URIRef(s.value) for s, _ in terms.pairs(graph, str(QG.name)) if isinstance(s, ox.NamedNode)
            }
        removed_parties -= set(derive.curated.infos)
        parties = self.party_map.patch(lookup, effect.named, removed_parties, derive.curated)
        leaving = {s for s, report in before.items() if effect.reports.get(s) != report}
        joining = {
            s: (claims.tokens(text), keys)
            for s, (text, keys) in effect.reports.items()
            if before.get(s) != (text, keys)
        }
        patch = self.claims.patch(lookup, leaving, joining, effect.links, reported)
        pending = {g: graph for g, graph in lookup.pending.items() if g not in shared_graphs}
        # What the pending graphs say of names, keys and party facts is read from the overlay's copy of them.
        out: dict[str, Graph | None] = names.with_patch(
            self.store, pending, self.names_graph, names.pending(lookup), copies=[self.facts_graph]
        )
        keys = names.with_patch(
            self.store, pending, self.keys_graph, names.pending(lookup, QG.matchKey), QG.matchKey
        ).get(self.keys_graph)
        if keys is not None:
            out[self.keys_graph] = keys
        inferred = f"{self.minter.base}graph/inferred/"
        loaded = {g: graph for g, graph in pending.items() if not g.startswith(inferred)}
        facts = party_facts.patch(self.store, loaded, self.facts_graph, party_facts.pending(lookup, inferred))
        if facts is not None:
            out[self.facts_graph] = facts
        if self.remembered is not None:
            self.remembered.forget(facts, keys)
        for iri, update in ((self.claims.iri, patch), (self.party_map.iri, parties)):
            if update is not None:
                out[iri] = update
        return out

    def _stored_reports(self, graphs: Iterable[str]) -> dict:
        """(content, claim keys) of the statements the stored versions of ``graphs`` hold."""
        graphs = list(graphs)
        if not graphs:
            return {}
        rows = self.store.query(
            f"SELECT ?s ?c WHERE {{ {values('g', [URIRef(g) for g in graphs])} GRAPH ?g {{ ?s <{QG.content}> ?c }} }}"
        )
        content: dict = {}
        for row in rows:
            s = URIRef(row["s"].value)
            content[s] = min(content.get(s, row["c"].value), row["c"].value)
        inferred = [URIRef(self.inferred(g)) for g in graphs]
        keys: dict = {}
        for row in self.store.query(
            f"SELECT ?s ?k WHERE {{ {values('g', inferred)} GRAPH ?g {{ ?s <{QG.claimKey}> ?k }} }}"
        ):
            keys.setdefault(URIRef(row["s"].value), set()).add(row["k"].value)
        return {s: (text, frozenset(keys.get(s, ()))) for s, text in content.items()}

    def _stored_parties(self, graphs: list[str]) -> set:
        """Parties the stored versions of ``graphs`` name."""
        if not graphs:
            return set()
        rows = self.store.query(
            f"SELECT DISTINCT ?s WHERE {{ {values('g', [URIRef(g) for g in graphs])} GRAPH ?g {{ ?s <{QG.name}> ?n }} }}"
        )
        return {URIRef(row["s"].value) for row in rows}

    # ---- one graph ---------------------------------------------------------------------
    def local_inference(self, lookup: Lookup) -> LocalInference:
        """Inference inside one graph, against the curated parties as ``lookup`` shows them."""
        return LocalInference(self.minter, self.parties.curated_parties(lookup), self.closure)

    def infer(self, lookup: Lookup, g: str, graph: Graph) -> Graph:
        """The inferred graph of ``g`` (``kg.infer.local``)."""
        return self.local_inference(lookup)(g, graph).graph

    # ---- whole store -------------------------------------------------------------------
    def full(self, progress: bool = False) -> int:
        """Recompute every derived graph from scratch; returns how many graphs were reasoned."""
        from tqdm import tqdm

        self.store.update(stale.mark_update(self.minter.base, "a full inference run that did not finish"))
        dropped: dict[str, Graph | None] = {g: None for g in self.derived_graphs()}
        dropped[str(self.minter.ontology_inferred_graph)] = None
        dropped[self.claims.iri] = None
        dropped[self.party_map.iri] = None
        dropped[self.keys_graph] = None
        self.store.replace_graphs(dropped)
        party_facts.rebuild(self.store, self.facts_graph)
        self.store.replace_graphs(self.plan({}))
        first = {str(g) for g in self.party_graphs}
        graphs = sorted(self.data_graphs(), key=lambda g: (g not in first, g))
        for g in tqdm(graphs, desc="reasoning", unit="graph", disable=not progress):
            self.store.replace_graphs(self.plan({}, refresh=[g]))
        names.rebuild(self.store, self.names_graph)
        names.rebuild(self.store, self.keys_graph, QG.matchKey)
        self.store.update(stale.stamp_update(self.minter.base) + " ; " + stale.clear_update(self.minter.base))
        return len(graphs)

    def missing(self, progress: bool = False) -> int:
        """Reason the loaded graphs that have no inferred graph (loaded before inference ran)."""
        from tqdm import tqdm

        party_facts.rebuild(self.store, self.facts_graph)
        self.store.replace_graphs(self.plan({}))
        have = set(self.derived_graphs().values())
        graphs = [g for g in self.data_graphs() if g not in have]
        for g in tqdm(graphs, desc="reasoning", unit="graph", disable=not progress):
            self.store.replace_graphs(self.plan({}, refresh=[g]))
        names.rebuild(self.store, self.names_graph)
        names.rebuild(self.store, self.keys_graph, QG.matchKey)
        return len(graphs)


_REASONERS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def reasoner_for(store, minter: Minter | None = None) -> Reasoner:
    """One reasoner per open store, so rules compile once per process."""
    reasoner = _REASONERS.get(store)
    if reasoner is None or (minter is not None and minter.base != reasoner.minter.base):
        reasoner = _REASONERS[store] = Reasoner(store, minter)
    return reasoner


def with_inference(store, writes: Mapping[str, Graph | None], minter: Minter | None = None) -> dict[str, Graph | None]:
    """The loaders' hook: their graph writes plus every derived graph the writes change."""
    return reasoner_for(store, minter).plan(writes)
