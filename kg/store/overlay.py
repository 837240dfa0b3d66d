"""The store as it will be once a pending set of graph writes commits.

Inference for a load must see the article being written (and its new inferred graph) but
not the versions it replaces, while the whole write stays one atomic ``replace_graphs``
call. Every context query therefore binds ``?g`` (``GRAPH ?g { ... }``): rows from graphs
being replaced are dropped, and the same query runs over a small in-memory store holding
the pending graphs.
"""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import Graph

from kg.build.namespace import sparql_prologue
from kg.store import quote
from kg.store.base import Store
from kg.store.terms import ntriples, to_oxigraph, to_rdflib

_PROLOGUE = sparql_prologue()
__all__ = ["Overlay", "to_oxigraph", "to_rdflib", "values"]  # the term converters live in kg.store.terms


def values(var: str, terms) -> str:
    """A VALUES block binding ``?var`` to rdflib terms (``kg.store.quote``)."""
    return quote.values(var, terms)


class Overlay:
    def __init__(self, store: Store):
        self.store = store
        self.pending: dict[str, Graph | None] = {}
        self._memory = ox.Store()

    def put(self, iri: str, graph: Graph | None) -> None:
        iri = str(iri)
        self.pending[iri] = graph
        name = ox.NamedNode(iri)
        if self._memory.contains_named_graph(name):
            self._memory.remove_graph(name)
        if graph is not None and len(graph):
            self._memory.load(ntriples(graph), format=ox.RdfFormat.N_TRIPLES, to_graph=name)

    def select(self, projection: str, where: str) -> list[dict]:
        """Distinct rows of ``SELECT projection WHERE { where }``, as dicts of rdflib terms.

        ``where`` binds ``?g`` with ``GRAPH ?g``; rows from graphs being replaced are dropped.
        """
        rows = {}
        for solutions in self.solutions(projection, where):
            variables = [v.value for v in solutions.variables]
            for solution in solutions:
                row = {v: to_rdflib(solution[v]) for v in variables if solution[v] is not None}
                rows[tuple(sorted(row.items()))] = row
        return list(rows.values())

    def solutions(self, projection: str, where: str) -> tuple[ox.QuerySolutions, ox.QuerySolutions]:
        """``select``'s two result sets as Oxigraph gives them (stored, pending), for callers that
        read many rows: the same row may be in both."""
        skip = ", ".join(quote.iri(iri) for iri in self.pending)
        guard = f" FILTER(?g NOT IN ({skip}))" if skip else ""
        stored = self.store.query(f"{_PROLOGUE}SELECT DISTINCT {projection} WHERE {{ {where}{guard} }}")
        pending = self._memory.query(
            f"{_PROLOGUE}SELECT DISTINCT {projection} WHERE {{ {where} }}", use_default_graph_as_union=True
        )
        assert isinstance(stored, ox.QuerySolutions) and isinstance(pending, ox.QuerySolutions)
        return stored, pending

    def pending_rows(self, query: str) -> ox.QuerySolutions:
        """A SELECT over the pending graphs alone (as named graphs; dropped ones are not there)."""
        found = self._memory.query(query)
        assert isinstance(found, ox.QuerySolutions)
        return found

    def graph(self, iri: str) -> Graph:
        """A graph's content as it will be after the pending writes."""
        if str(iri) in self.pending:
            return self.pending[str(iri)] or Graph()
        return self.store.graph(str(iri))
