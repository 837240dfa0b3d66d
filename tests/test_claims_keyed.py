"""The claims patch reads claim keys back from the store only for graphs it did not just derive."""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef

from kg.build.namespace import QG
from kg.infer.lookup import Lookup
from kg.store import OxigraphStore

STORED, PENDING, OTHER = (f"https://quotegraph.org/id/graph/inferred/{n}" for n in ("stored", "pending", "other"))
A, B, C = (URIRef(f"https://quotegraph.org/id/statement/{n}") for n in "abc")


def keyed_graph(statement: URIRef, *keys: str) -> Graph:
    graph = Graph()
    for key in keys:
        graph.add((statement, QG.claimKey, Literal(key)))
    return graph


def test_keyed_leaves_out_the_known_pending_graphs_and_keeps_the_others() -> None:
    store = OxigraphStore()
    store.replace_graphs({STORED: keyed_graph(A, "k1", "k2")})
    lookup = Lookup(store)
    lookup.put(PENDING, keyed_graph(B, "k1"))
    lookup.put(OTHER, keyed_graph(C, "k2", "k3"))

    assert lookup.keyed({"k1", "k2"}) == {(A, "k1"), (A, "k2"), (B, "k1"), (C, "k2")}
    assert lookup.keyed({"k1", "k2"}, known=[PENDING]) == {(A, "k1"), (A, "k2"), (C, "k2")}


def test_keyed_never_reads_a_stored_graph_being_replaced() -> None:
    store = OxigraphStore()
    store.replace_graphs({STORED: keyed_graph(A, "k1")})
    lookup = Lookup(store)
    lookup.put(STORED, keyed_graph(B, "k1"))

    assert lookup.keyed({"k1"}, known=[STORED]) == set()
    assert ox.NamedNode(STORED) in store.native.named_graphs()
