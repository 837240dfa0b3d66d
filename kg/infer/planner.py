"""Inference: what the store knows beyond what was loaded, kept in graphs of its own.

Every loaded graph G gets two derived graphs, written in the same atomic update as G:
``inferred_graph(G)`` (OWL RL consequences, party identity, same-claim and dispute links
that G's load causes) and ``status_graph(G)`` (``qg:status`` of G's statements, which
changes when other graphs dispute them). Work per load is bounded by what G touches: its
parties' keys and hierarchy, the statements it matches or disputes. Graphs whose
derivations G changes (a party G renames, a statement G removes, a claim G disputes) are
recomputed in the same update, so unloading G restores the previous answers.

This module is the plan: which graphs a write changes and in what order they are derived.
The rules live beside it: ``owl`` (closure), ``identity`` (parties), ``disputes`` (links
between statements), ``status`` (where each claim stands), all reading through ``lookup``.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from rdflib import Graph, Literal, URIRef

from kg.build.iris import Minter
from kg.build.namespace import OWL, QG, RDF
from kg.infer import claims, disputes, identity, names
from kg.infer.lookup import Facts, Lookup
from kg.infer.owl import ENGINES, Closure, as_graph, file_hash, ontology_closure
from kg.infer.status import Statuses, status_graph
from kg.paths import ONTOLOGY_DIR, ONTOLOGY_FILE
from kg.store.overlay import values

__all__ = ["ENGINES", "PARTIES_FILE", "Reasoner", "ontology_closure", "reasoner_for", "status_graph", "with_inference"]

PARTIES_FILE = ONTOLOGY_DIR / "parties.ttl"


@dataclass
class _Effect:
    """What inferring one graph changed elsewhere."""

    touched: set = field(default_factory=set)
    renamed_parties: set = field(default_factory=set)


class Reasoner:
    def __init__(self, store, minter: Minter | None = None, engine: str = "fast"):
        self.closure = Closure(engine)
        self.engine = engine
        self.store = store
        self.minter = minter or store.minter
        self.shipped_parties = self.minter.file_graph(str(PARTIES_FILE.resolve()))
        self.party_graphs = (self.shipped_parties, self.minter.parties_graph)
        self.parties = identity.Resolver(self.minter, self.party_graphs)
        self.statuses = Statuses(self.minter)
        self.names_graph = str(self.minter.names_graph)
        self._own = {str(self.minter.ontology_graph), str(self.minter.ontology_inferred_graph), self.names_graph}

    # ---- which graphs are which -------------------------------------------------------
    def inferred(self, graph) -> str:
        return str(self.minter.inferred_graph(URIRef(graph)))

    def status(self, graph) -> str:
        return self.statuses.iri(graph)

    def derived_graphs(self) -> dict[str, str]:
        """Every inferred or status graph in the store, with the loaded graph it comes from."""
        rows = self.store.query(f"SELECT ?g ?d WHERE {{ GRAPH ?g {{ ?g <{QG.inferredFrom}> ?d }} }}")
        return {row["g"].value: row["d"].value for row in rows}

    def data_graphs(self) -> list[str]:
        derived = self.derived_graphs()
        return [g for g, _ in self.store.graphs() if g not in derived and g not in self._own]

    # ---- shared base: ontology closure, shipped parties --------------------------------
    def base_writes(self) -> dict[str, Graph | None]:
        """Ontology closure and the shipped parties file, when missing or out of date."""
        writes: dict[str, Graph | None] = {}
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

    def _has_hash(self, graph, digest: str) -> bool:
        return bool(
            self.store.query(f"ASK {{ GRAPH <{graph}> {{ <{graph}> <{QG.contentHash}> {Literal(digest).n3()} }} }}")
        )

    # ---- the plan: loader writes + everything they imply -------------------------------
    def plan(self, writes: Mapping[str, Graph | None], refresh: Iterable[str] = ()) -> dict[str, Graph | None]:
        """``writes`` extended with every derived graph they change, for one atomic update.

        ``refresh`` names loaded graphs whose derived graphs are recomputed as they stand.
        """
        writes = {**self.base_writes(), **{str(k): v for k, v in writes.items()}}
        lookup = Lookup(self.store)
        lookup.put(self.names_graph, None)  # hidden from inference: it only repeats the other graphs' names
        for iri, graph in writes.items():
            lookup.put(iri, graph)
        derived = {g for g in writes if g in self._own or g == str(self.minter.ontology_inferred_graph)}
        data = [g for g in writes if g not in derived] + [
            str(g) for g in refresh if str(g) not in writes and str(g) not in self._own
        ]
        removed_statements, removed_parties, touched = self._old_state(lookup, data)
        for g in data:
            lookup.put(self.inferred(g), None)
            lookup.put(self.status(g), None)
        renamed: set = set()
        for g in data:
            if writes.get(g, True) is None:
                continue
            effect = self._infer_into(lookup, g, lookup.graph(g))
            touched |= effect.touched
            renamed |= effect.renamed_parties
        for g in data:
            graph = lookup.graph(g) if writes.get(g, True) is not None else Graph()
            removed_statements -= set(graph.subjects(QG.content, None))
            removed_parties -= set(graph.subjects(QG.name, None))
        neighbours = self._neighbours(lookup, removed_statements, removed_parties, renamed) - set(data)
        for g in sorted(neighbours):
            lookup.put(self.inferred(g), None)
            effect = self._infer_into(lookup, g, lookup.graph(g))
            touched |= effect.touched
        status_targets = {g for g in data if writes.get(g, True) is not None} | neighbours
        for g in sorted(status_targets):
            lookup.put(self.status(g), self.statuses.whole(lookup, g))
        patches = self.statuses.patches(lookup, touched, status_targets | set(data))
        return {**names.with_patch(self.store, lookup.pending, self.names_graph), **patches}

    def _old_state(self, lookup: Lookup, graphs: list[str]):
        """Statements and non-curated parties the stored versions of ``graphs`` hold."""
        if not graphs:
            return set(), set(), set()
        rows = self.store.query(
            f"SELECT ?s ?kind WHERE {{ {values('g', [URIRef(g) for g in graphs])} GRAPH ?g {{ "
            f"{{ ?s <{QG.content}> ?c BIND(1 AS ?kind) }} UNION {{ ?s <{QG.name}> ?n BIND(2 AS ?kind) }} }} }}"
        )
        statements: set[URIRef] = set()
        parties: set[URIRef] = set()
        for row in rows:
            (statements if row["kind"].value == "1" else parties).add(URIRef(row["s"].value))
        inferred = [URIRef(self.inferred(g)) for g in graphs]
        rows = self.store.query(
            f"SELECT ?o WHERE {{ {values('g', inferred)} GRAPH ?g {{ "
            f"{{ ?s <{QG.disputes}> ?o }} UNION {{ ?s <{QG.confirms}> ?o }} }} }}"
        )
        touched = {URIRef(row["o"].value) for row in rows}
        curated = self.parties.curated(Lookup(self.store), parties)
        return statements, parties - curated, touched | statements

    def _neighbours(self, lookup: Lookup, statements, parties, renamed) -> set[str]:
        """Loaded graphs whose derived triples mention what changed."""
        found = set()
        if statements:
            rows = lookup.select("?d", f"{values('t', statements)} GRAPH ?g {{ ?x ?p ?t . ?g <{QG.inferredFrom}> ?d }}")
            found |= {str(r["d"]) for r in rows}
        if parties:
            rows = lookup.select(
                "?d", f"{values('t', parties)} GRAPH ?g {{ ?x <{OWL.sameAs}> ?t . ?g <{QG.inferredFrom}> ?d }}"
            )
            found |= {str(r["d"]) for r in rows}
        if renamed:
            rows = lookup.select(
                "?g",
                f"{values('p', renamed)} GRAPH ?g {{ ?p <{QG.name}> ?n "
                f"FILTER NOT EXISTS {{ ?g <{QG.inferredFrom}> ?d }} }}",
            )
            found |= {str(r["g"]) for r in rows}
        return {g for g in found if g not in self._own}

    # ---- one graph ---------------------------------------------------------------------
    def _infer_into(self, lookup: Lookup, g: str, graph: Graph) -> _Effect:
        inferred, effect = self.infer(lookup, g, graph)
        lookup.put(self.inferred(g), inferred)
        return effect

    def infer(self, lookup: Lookup, g: str, graph: Graph) -> tuple[Graph, _Effect]:
        """The inferred graph of ``g`` against the store as ``lookup`` shows it."""
        effect = _Effect()
        asserted = set(graph)
        parties = self.parties.named_parties(graph)
        mapping, effect.renamed_parties = self.parties.resolve(lookup, parties)
        working = asserted | identity.key_triples(parties) | identity.same_as_triples(mapping)
        working |= identity.canonical_copies(asserted, mapping)
        context = self.parties.hierarchy(lookup, working)
        closed = self.closure(working | context)

        statements = {s: str(o) for s, o in graph.subject_objects(QG.content) if isinstance(s, URIRef)}
        facts = Facts(closed)
        credited = {s: (text, frozenset(facts.objects(s, QG.creditedTo))) for s, text in statements.items()}
        claim_keys = claims.key_triples(credited)
        working |= claim_keys
        links, link_context, party_keys = disputes.claim_links(
            lookup, credited, {str(k) for _, _, k in claim_keys}, facts
        )
        working |= party_keys
        context |= link_context
        closed = self.closure(links | link_context, closed)
        spread = claims.spread(closed) - closed
        if spread:
            closed = self.closure(spread, closed)

        own = set(statements)
        facts = Facts(closed)
        for predicate in (QG.disputes, QG.confirms):
            effect.touched |= {o for _, o in facts.pairs(predicate) if o not in own}
        effect.touched |= own
        out = Graph()
        out.addN(
            (*triple, out) for triple in (closed | working) - asserted - context if not self.closure.is_junk(triple)
        )
        iri = URIRef(self.inferred(g))
        out.add((iri, RDF.type, QG.InferredGraph))
        out.add((iri, QG.inferredFrom, URIRef(g)))
        return out, effect

    # ---- whole store -------------------------------------------------------------------
    def full(self, progress: bool = False) -> int:
        """Recompute every derived graph from scratch; returns how many graphs were reasoned."""
        from tqdm import tqdm

        stale: dict[str, Graph | None] = {g: None for g in self.derived_graphs()}
        stale[str(self.minter.ontology_inferred_graph)] = None
        self.store.replace_graphs(stale)
        self.store.replace_graphs(self.plan({}))
        first = {str(g) for g in self.party_graphs}
        graphs = sorted(self.data_graphs(), key=lambda g: (g not in first, g))
        for g in tqdm(graphs, desc="reasoning", unit="graph", disable=not progress):
            self.store.replace_graphs(self.plan({}, refresh=[g]))
        names.rebuild(self.store, self.names_graph)
        return len(graphs)

    def missing(self, progress: bool = False) -> int:
        """Reason the loaded graphs that have no inferred graph (loaded before inference ran)."""
        from tqdm import tqdm

        self.store.replace_graphs(self.plan({}))
        have = set(self.derived_graphs().values())
        graphs = [g for g in self.data_graphs() if g not in have]
        for g in tqdm(graphs, desc="reasoning", unit="graph", disable=not progress):
            self.store.replace_graphs(self.plan({}, refresh=[g]))
        names.rebuild(self.store, self.names_graph)
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
