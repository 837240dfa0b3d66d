"""What inference derives inside one graph: a function of that graph and the curated parties alone.

A loaded graph G's inferred graph holds the OWL RL closure of G with its parties' match keys,
every triple about an alias of a curated party restated on the curated IRI and the curated
organisation hierarchy above them, the claim keys of its statements, and the dispute and
confirm links its statements draw inside G, each with its basis. Nothing here reads the
store: the curated parties come in as a snapshot (``kg.infer.identity.Curated``), so the
worker processes of a load derive it beside extraction, and the writer only checks that the
snapshot is still the store's (``Local.curated``) before taking it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import Graph, URIRef

from kg.build.iris import Minter
from kg.build.namespace import QG, RDF
from kg.infer import answerable, claims, identity, party_match
from kg.infer.disputes import Link, LocalLinks
from kg.infer.lookup import Facts
from kg.infer.owl import Closure
from kg.store import terms


@dataclass
class Local:
    """One graph's inferred graph, and what the shared graphs need to know of it."""

    graph: Graph
    curated: str  # the digest of the curated parties it was derived against
    named: dict = field(default_factory=dict)  # party -> PartyInfo, as the graph names it
    reports: dict = field(default_factory=dict)  # statement -> (content, claim keys)
    links: dict[URIRef, set[Link]] = field(default_factory=dict)  # statement -> its accepted links


class LocalInference:
    def __init__(self, minter: Minter, curated: identity.Curated, closure: Closure):
        self.minter = minter
        self.curated = curated
        self.closure = closure

    def named_parties(self, graph: Graph) -> dict:
        """Parties minted from their name; an unnamed spokesperson stays local to its article."""
        return {
            iri: info
            for iri, info in party_match.parties_in(graph).items()
            if any(self.minter.party(name) == iri for name in info.names)
        }

    def __call__(self, g: str, graph: Graph) -> Local:
        asserted = set(graph)
        parties = self.named_parties(graph)
        mapping = self.curated.mapping(parties)
        working = asserted | party_match.key_triples(parties) | identity.canonical_copies(asserted, mapping)
        context = self.curated.hierarchy(working)
        closed = self.closure(working | context)

        contents: dict = {}
        for s, o in graph.subject_objects(QG.content):
            if isinstance(s, URIRef):
                contents[s] = min(contents.get(s, str(o)), str(o))
        facts = Facts(closed)
        scopes = {iri: {f"key:{k}" for k in info.scope_keys()} for iri, info in parties.items()}
        keys = {
            s: claims.statement_keys(text, _scopes(facts.objects(s, QG.creditedTo), scopes))
            for s, text in contents.items()
        }
        local, accepted = LocalLinks(facts, asserted, set(contents), self.minter, self.curated.names).derive()
        working |= local
        closed = self.closure(local, closed)
        result = Local(Graph(), self.curated.digest, named=parties)
        for s, text in contents.items():
            result.reports[s] = (text, keys[s])
            result.links[s] = set()
        for link in accepted:
            result.links.setdefault(link.source, set()).add(link)
        working |= answerable.triples(facts)

        iri = self.minter.inferred_graph(URIRef(g))
        derived = [triple for triple in (closed | working) - asserted - context if not self.closure.is_junk(triple)]
        derived += [(iri, RDF.type, QG.InferredGraph), (iri, QG.inferredFrom, URIRef(g))]
        # Kept as pyoxigraph triples, the way the store and the workers' N-Triples take them: filling an
        # rdflib graph nobody reads was a third of this function's time (bench/ingest_bench.py, py-spy).
        result.graph = terms.graph(terms.triples(derived) + claims.key_triples(keys))
        return result


def _scopes(credited: set, by_name: dict) -> set:
    """What a statement's claim keys are scoped by: the scope keys (``PartyInfo.scope_keys``) of each party
    credited with it that the graph names, so that "Matze" and "John Matze" share keys whatever the party map
    says of them, and the IRI of every other (a party named after the same name publishes the same key, so the
    IRI adds nothing)."""
    return {p for p in credited if not by_name.get(p)}.union(*(by_name.get(p, ()) for p in credited))
