"""One lookup interface for inference: the store as it will be once pending writes commit.

Every rule reads the store through ``Lookup``: objects or subjects of a predicate for a batch
of terms, statements by index key. Each is one query with one ``VALUES`` block (two make
Oxigraph slow), over the stored graphs not being replaced plus the pending ones (``Overlay``).
``Facts`` answers the same questions over a triple set in memory.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox
from rdflib import Literal

from kg.build.namespace import QG
from kg.store.overlay import Overlay, to_rdflib, values


class Lookup(Overlay):
    def objects(self, subjects, predicate, graphs: Iterable = ()) -> dict:
        """``predicate`` values per subject, optionally only from ``graphs``."""
        if not subjects:
            return {}
        # Named graphs are looked up one by one: a popular party is named in thousands of graphs.
        wheres = [f"{values('s', subjects)} GRAPH <{g}> {{ ?s <{predicate}> ?o }} BIND(<{g}> AS ?g)" for g in graphs]
        out: dict = {}
        for where in wheres or [f"{values('s', subjects)} GRAPH ?g {{ ?s <{predicate}> ?o }}"]:
            for row in self.select("?s ?o", where):
                out.setdefault(row["s"], set()).add(row["o"])
        return out

    def subjects(self, objects, predicate) -> dict:
        """Subjects per object of ``predicate``."""
        if not objects:
            return {}
        out: dict = {}
        for row in self.select("?s ?o", f"{values('o', objects)} GRAPH ?g {{ ?s <{predicate}> ?o }}"):
            out.setdefault(row["o"], set()).add(row["s"])
        return out

    def keyed(self, keys) -> set:
        """(statement, key) pairs of the statements publishing any of the key strings."""
        if not keys:
            return set()
        return {
            (r["t"], str(r["k"]))
            for r in self.select(
                "?t ?k", f"{values('k', [Literal(k) for k in keys])} GRAPH ?g {{ ?t <{QG.claimKey}> ?k }}"
            )
        }

    def key_holders(self, keys, keys_graph: str) -> set:
        """(party, match key) for the parties holding any of ``keys``: from the keys graph, which holds each
        once however many articles name the party (``kg.infer.names``), and from the pending graphs.

        The keys graph is read as stored: it may still hold keys of a graph this write replaces, so a
        party found here may be named nowhere any more (callers read what names it).
        """
        if not keys:
            return set()
        found = {
            (to_rdflib(r["p"]), to_rdflib(r["k"]))
            for r in self.store.query(
                f"SELECT DISTINCT ?p ?k WHERE {{ {values('k', keys)} GRAPH <{keys_graph}> {{ ?p <{QG.matchKey}> ?k }} }}"
            )
        }
        pending = self._memory.query(
            f"SELECT DISTINCT ?p ?k WHERE {{ {values('k', keys)} GRAPH ?g {{ ?p <{QG.matchKey}> ?k }} }}"
        )
        assert isinstance(pending, ox.QuerySolutions)
        return found | {(to_rdflib(r["p"]), to_rdflib(r["k"])) for r in pending}


class Facts:
    """Subject-predicate lookups over a closed triple set."""

    def __init__(self, triples: set):
        self.index: dict = {}
        self.by_predicate: dict = {}
        for s, p, o in triples:
            self.index.setdefault((s, p), set()).add(o)
            self.by_predicate.setdefault(p, []).append((s, o))

    def pairs(self, predicate) -> list:
        return self.by_predicate.get(predicate, [])

    def objects(self, subject, predicate) -> set:
        return set(self.index.get((subject, predicate), ()))

    def has(self, subject, predicate, value) -> bool:
        return value in self.index.get((subject, predicate), ())
