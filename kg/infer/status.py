"""Where each statement stands (``qg:status``), kept in a status graph per loaded graph.

A statement's status depends on what other graphs say of it, so it lives apart from the
loaded graph's inferred graph: a load rewrites its own status graph whole and patches the
statuses it changes in other graphs' status graphs.
"""

from __future__ import annotations

from rdflib import Graph, URIRef

from kg.build.iris import Minter
from kg.build.namespace import QG, RDF
from kg.infer import claims
from kg.infer.lookup import Lookup
from kg.store import GraphPatch
from kg.store.overlay import values


def status_graph(minter: Minter, graph) -> URIRef:
    """The status graph is the inferred graph of the inferred graph: no extra IRI scheme."""
    return minter.inferred_graph(minter.inferred_graph(URIRef(graph)))


class Statuses:
    def __init__(self, minter: Minter):
        self.minter = minter

    def iri(self, graph) -> str:
        return str(status_graph(self.minter, graph))

    def whole(self, lookup: Lookup, g: str) -> Graph:
        """The status graph of loaded graph ``g``, from scratch."""
        rows = lookup.select("?s", f"{values('g', [URIRef(g)])} GRAPH ?g {{ ?s <{QG.content}> ?c }}")
        statements = {r["s"] for r in rows}
        disputed = lookup.subjects(statements, QG.disputes)
        confirmed = lookup.subjects(statements, QG.confirms)
        out = Graph()
        for s in statements:
            out.add((s, QG.status, claims.status(s in disputed, s in confirmed)))
        iri = URIRef(self.iri(g))
        out.add((iri, RDF.type, QG.InferredGraph))
        out.add((iri, QG.inferredFrom, URIRef(g)))
        return out

    def patches(self, lookup: Lookup, statements, rewritten: set) -> dict[str, Graph]:
        """The status changes of ``statements`` held in graphs not rewritten whole, a patch per status graph.

        A report joining a claim that hundreds of graphs dispute touches a statement in each of
        them, and its status there rarely changes: recomputing and rewriting those status graphs
        whole was half the cost of such a load. A graph holding such a statement with no stored
        status (never reasoned) gets its status graph whole.
        """
        rows = (
            lookup.select("?s ?g", f"{values('s', statements)} GRAPH ?g {{ ?s <{QG.content}> ?c }}")
            if statements
            else []
        )
        held = {(row["s"], str(row["g"])) for row in rows if str(row["g"]) not in rewritten}
        if not held:
            return {}
        subjects = {s for s, _ in held}
        disputed = lookup.subjects(subjects, QG.disputes)
        confirmed = lookup.subjects(subjects, QG.confirms)
        stored = {
            (r["s"], str(r["g"])): r["st"]
            for r in lookup.select("?s ?g ?st", f"{values('s', subjects)} GRAPH ?g {{ ?s <{QG.status}> ?st }}")
        }
        whole = {g for s, g in held if (s, self.iri(g)) not in stored}
        patches: dict[str, Graph] = {self.iri(g): self.whole(lookup, g) for g in whole}
        for s, g in held:
            now, iri = claims.status(s in disputed, s in confirmed), self.iri(g)
            if g not in whole and stored[(s, iri)] != now:
                patch = patches.setdefault(iri, GraphPatch())
                assert isinstance(patch, GraphPatch)
                patch.removed.add((s, QG.status, stored[(s, iri)]))
                patch.add((s, QG.status, now))
        return patches
