"""What the loaded graphs say of each named party, once: its names, aliases and kind.

Party identity (``kg.infer.identity``) weighs what every loaded graph says of a party: its
``qg:name`` and ``qg:alias`` values and its party class. Read from the graphs themselves,
that is one row per graph naming the party: a popular party is named in hundreds, and on
real text the lookup grew with the store (~30 ms per article at 850 articles,
bench/reason_real.py). The party facts graph holds each of those triples once, so the
lookup is one index read per party, however many articles name it.

Like the names and keys graphs (``kg.infer.names``) it is patched in the same atomic update
as the graphs a write changes: with the facts its loaded graphs now hold, and without those
their stored versions held that no other loaded graph holds, so unloading a graph restores
it exactly. Inferred graphs are left out (they restate an alias's facts on its canonical,
and reading those back would let past decisions decide the next). ``rebuild`` recomputes it
from the whole store (``kg reason``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import pyoxigraph as ox

from kg.build.namespace import QG, RDF
from kg.store import GraphPatch, Store, quote, terms
from kg.store.overlay import Overlay

NAME, ALIAS, TYPE = (ox.NamedNode(str(p)) for p in (QG.name, QG.alias, RDF.type))
PARTY_CLASSES = frozenset(ox.NamedNode(str(c)) for c in (QG.Person, QG.Organization, QG.NewsOutlet, QG.UnknownParty))
_PREDICATES = f"VALUES ?p {{ {NAME} {ALIAS} {TYPE} }}"
_KEEP = f"FILTER(isIRI(?s) && (?p != {TYPE} && isLiteral(?o) || ?p = {TYPE} && ?o IN ({', '.join(map(str, PARTY_CLASSES))})))"


def is_fact(triple: ox.Triple) -> bool:
    """Whether the triple says a party's name, alias or kind (on an IRI, as identity reads them)."""
    if not isinstance(triple.subject, ox.NamedNode):
        return False
    if triple.predicate == TYPE:
        return triple.object in PARTY_CLASSES
    return triple.predicate in (NAME, ALIAS) and isinstance(triple.object, ox.Literal)


def pending(lookup: Overlay, inferred: str) -> set[ox.Triple]:
    """The party facts of the graphs ``lookup`` has pending, but those under ``inferred``, read from its copy
    of them in memory (the writer never parses the N-Triples the workers sent it)."""
    rows = lookup.pending_rows(
        f'SELECT DISTINCT ?s ?p ?o WHERE {{ {_PREDICATES} GRAPH ?g {{ ?s ?p ?o }} FILTER(!STRSTARTS(STR(?g), "{inferred}")) }}'
    )
    return {t for row in rows if is_fact(t := ox.Triple(row["s"], row["p"], row["o"]))}


def patch(store: Store, writes: Mapping[str, object], iri: str, now: set[ox.Triple]) -> GraphPatch | None:
    """The facts graph's patch for a write of the loaded graphs ``writes`` (None: dropped), which hold the
    facts ``now`` (``pending``)."""
    written = [ox.NamedNode(g) for g in writes]
    # Every query is bound by a graph or by subjects, so that it reads what the write touches (a
    # VALUES block of whole triples made Oxigraph read the whole facts graph: 20% of a load's writer).
    before = set().union(*(_stored(store, f"GRAPH {g} {{ ?s ?p ?o {_PREDICATES} }}") for g in written))
    held = _stored(store, f"{_subjects(now)} GRAPH <{iri}> {{ ?s ?p ?o }}") if now else set()
    gone = before - now
    if gone:
        others = ", ".join(map(str, [ox.NamedNode(iri), *written]))
        inferred = iri.rsplit("/", 1)[0] + "/"
        gone -= _stored(
            store,
            f"{_subjects(gone)} GRAPH ?g {{ ?s ?p ?o }} "
            f'FILTER(?p IN ({NAME}, {ALIAS}, {TYPE}) && ?g NOT IN ({others}) && !STRSTARTS(STR(?g), "{inferred}"))',
        )
    return GraphPatch.between(map(_rdflib, gone), map(_rdflib, now - held))


def rebuild(store: Store, iri: str) -> None:
    """The facts graph recomputed from every loaded graph."""
    inferred = iri.rsplit("/", 1)[0] + "/"
    store.update(
        f"DROP SILENT GRAPH <{iri}> ; INSERT {{ GRAPH <{iri}> {{ ?s ?p ?o }} }} WHERE {{ SELECT DISTINCT ?s ?p ?o "
        f'WHERE {{ {_PREDICATES} GRAPH ?g {{ ?s ?p ?o }} FILTER(!STRSTARTS(STR(?g), "{inferred}")) {_KEEP} }} }}'
    )


def _rdflib(t: ox.Triple) -> tuple:
    return terms.to_rdflib(t.subject), terms.to_rdflib(t.predicate), terms.to_rdflib(t.object)


def _subjects(triples: Iterable[ox.Triple]) -> str:
    return quote.values("s", {t.subject for t in triples})


def _stored(store: Store, where: str) -> set[ox.Triple]:
    found = store.query(f"SELECT DISTINCT ?s ?p ?o WHERE {{ {where} }}")
    return {t for row in found if is_fact(t := ox.Triple(row["s"], row["p"], row["o"]))}
