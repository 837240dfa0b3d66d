"""Every party name once, in a graph of its own, for queries that show who said what.

A party's ``qg:name`` is asserted in every graph that mentions it, and the union default
graph yields a triple once per graph holding it: ``?speaker qg:name ?name`` multiplies
each row by the number of articles naming the speaker (a thousand for a popular party)
before ``DISTINCT`` drops the copies. The names graph holds each distinct ``qg:name``
triple of the other graphs once, so ``GRAPH <names> { ?speaker qg:name ?name }`` is one
index lookup with the same answers. It only repeats what other graphs hold: the union
default graph holds the same set of triples with or without it.

The graph grows with the store, so a write does not rewrite it: it patches it (a
``GraphPatch`` in the same update) with the names its graphs now hold and without those
they held that no other graph holds. Unloading a graph thus restores the names graph
exactly. ``rebuild`` recomputes it from the whole store (``kg reason``).

The keys graph is the same for ``qg:matchKey``: each party's match keys once (every article
naming a party publishes them in its inferred graph), so identity finds the parties holding a
key in one index lookup, however many articles name them (``kg.infer.identity``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import pyoxigraph as ox
from rdflib import Graph

from kg.build.namespace import QG
from kg.store import GraphPatch, Store, quote
from kg.store.overlay import Overlay, to_rdflib

_NAME = f"<{QG.name}>"
_NAMED = f"?s {_NAME} ?n FILTER(isIRI(?s) && isLiteral(?n))"


def _named(predicate) -> str:
    return f"?s <{predicate}> ?n FILTER(isIRI(?s) && isLiteral(?n))"


STALE_HINT = (
    "this store has party names but no names graph (written before it existed, or through "
    "SPARQL Update), so queries reading names from it find none: run `kg reason` to build it"
)


def is_missing(store: Store, iri: str) -> bool:
    """Whether the store names parties but lacks the names graph that queries read them from."""
    return not store.has_graph(iri) and bool(store.query(f"ASK {{ GRAPH ?g {{ {_NAMED} }} FILTER(?g != <{iri}>) }}"))


def rebuild(store: Store, iri: str, predicate=QG.name) -> None:
    store.update(
        f"DROP SILENT GRAPH <{iri}> ; INSERT {{ GRAPH <{iri}> {{ ?s <{predicate}> ?n }} }} "
        f"WHERE {{ SELECT DISTINCT ?s ?n WHERE {{ GRAPH ?g {{ {_named(predicate)} }} }} }}"
    )


def with_patch(
    store: Store,
    writes: Mapping[str, Graph | None],
    iri: str,
    now: set[tuple[ox.NamedNode, ox.Literal]],
    predicate=QG.name,
    copies: Iterable[str] = (),
) -> dict[str, Graph | None]:
    """``writes`` plus the patch of the graph ``iri`` holding ``predicate``'s triples once (names, keys);
    whatever ``writes`` said of that graph is dropped. ``now`` is what ``writes`` hold of it (``pending``).
    ``copies`` are other graphs that only repeat what loaded graphs hold (``kg.infer.party_facts``): a
    triple they hold is not held elsewhere."""
    writes = {g: graph for g, graph in writes.items() if g != iri}
    p = f"<{predicate}>"
    written = [f"<{g}>" for g in writes]
    before = (
        _pairs(store, f"VALUES ?g {{ {' '.join(written)} }} GRAPH ?g {{ {_named(predicate)} }}") if writes else set()
    )
    # Bound by subjects, not by (subject, name) rows: a VALUES block of whole pairs made Oxigraph read
    # the whole names graph, which grows with the store (4x over 400 PolNeAR articles, bench/ingest_bench.py).
    held = _pairs(store, f"{quote.values('s', {s for s, _ in now})} GRAPH <{iri}> {{ ?s {p} ?n }}") if now else set()
    gone = before - now
    if gone:
        others = f"FILTER(?g NOT IN ({', '.join([f'<{iri}>', *written, *(f'<{g}>' for g in copies)])}))"
        gone -= _pairs(store, f"{_values(gone)} GRAPH ?g {{ ?s {p} ?n }} {others}")
    patch = GraphPatch.between(
        ((to_rdflib(s), predicate, to_rdflib(n)) for s, n in gone),
        ((to_rdflib(s), predicate, to_rdflib(n)) for s, n in now - held),
    )
    return writes if patch is None else {**writes, iri: patch}


def pending(lookup: Overlay, predicate=QG.name) -> set[tuple[ox.NamedNode, ox.Literal]]:
    """(party, name) of ``predicate``'s triples on an IRI in the graphs ``lookup`` has pending, read from its
    copy of them in memory: the writer never parses the N-Triples the workers sent it (that was 7% of its
    CPU on PolNeAR)."""
    return {
        (row["s"], row["n"])
        for row in lookup.pending_rows(f"SELECT DISTINCT ?s ?n WHERE {{ GRAPH ?g {{ {_named(predicate)} }} }}")
    }


def _values(pairs) -> str:
    return quote.rows(("s", "n"), pairs)


def _pairs(store: Store, where: str) -> set[tuple[ox.NamedNode, ox.Literal]]:
    return {(row["s"], row["n"]) for row in store.query(f"SELECT DISTINCT ?s ?n WHERE {{ {where} }}")}
