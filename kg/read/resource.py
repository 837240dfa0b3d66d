"""Any IRI: which page shows it, its triples in order, a graph's contents, and its RDF document."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import islice

import pyoxigraph as ox

from kg.read import graph_page
from kg.read.base import (
    NotFound,
    class_closure,
    count,
    iri_ref,
    is_iri,
    rows,
    run,
    tail,
    term_value,
    types_of,
)

_KIND_ORDER = ("statement", "party", "source", "evidence", "affiliation", "graph")


def resource_kind(store, iri: str) -> str:
    """Which page shows the IRI: party, statement, source, graph, ... or 'resource'; NotFound if unknown."""
    this = iri_ref(iri)
    types = types_of(store, iri)
    kinds = class_closure()
    for kind in _KIND_ORDER:
        if any(kinds.get(t) == kind for t in types):
            return kind
    if types or run(store, "is-known", this=this):
        return "resource"
    if run(store, "is-graph", this=this):
        return "graph"
    raise NotFound(f"nothing is known about {iri}")


def resource(store, iri: str, after: tuple | None = None, per_page: int = 100) -> dict:
    """Any other IRI (evidence, affiliation, graph): its triples, and for a graph its contents, a page
    at a time: ``after`` is what kg.read.graph_page.read_cursor made of a page link (None: the first)."""
    this = iri_ref(iri)
    label = rows(store, "resource-label", this=this)
    incoming = rows(store, "resource-incoming", this=this)
    result = {
        "iri": iri,
        "label": label[0]["l"] if label else tail(iri),
        "triples": describe_rows(store, iri),
        "incoming": [{"subject": r["s"], "predicate": r["p"]} for r in incoming],
        "graph": None,
    }
    total = count(store, "graph-size", this=this)
    if total:
        result["graph"] = graph_page.page(store, this, after, per_page, total)
    return result


def describe_rows(store, iri: str, limit: int = 500) -> list[dict]:
    """The IRI's own triples (and those of its blank nodes) with the graph each sits in, in the
    order of ORDER BY ?s ?p ?o ?g.

    A disputed statement holds hundreds of triples (qg:disputedBy once per graph), and the store
    ordering them compares stored strings read back at every step (0.1 s at 1M triples); so it
    orders only their distinct terms, sent back in VALUES, and the triples sort on those ranks.
    Blank nodes cannot be sent back, so an IRI with some (or terms the store does not hand back
    as sent) is ordered by the store, its blank nodes' triples joined in.
    """
    this = iri_ref(iri)
    found = [(ox.NamedNode(iri), p, o, g) for p, o, g in run(store, "describe-graphs", this=this)]
    terms = {t for row in found for t in row}
    rank = {}
    if terms and all(isinstance(t, (ox.NamedNode, ox.Literal)) for t in terms):
        ordered = run(store, "term-order", terms=" ".join(map(str, terms)))
        rank = {row[0]: n for n, row in enumerate(ordered)}
    if terms <= rank.keys():
        found = sorted(found, key=lambda row: [rank[t] for t in row])[:limit]
    else:
        found = [tuple(row) for row in run(store, "describe-ordered", this=this, limit=int(limit))]
    return [
        {
            "subject": term_value(s),
            "predicate": term_value(p),
            "object": term_value(o),
            "object_is_iri": is_iri(term_value(o)),
            "graph": term_value(g),
        }
        for s, p, o, g in found
    ]


@dataclass(frozen=True)
class RdfDocument:
    """The triples served when an IRI is dereferenced as RDF."""

    triples: list


def rdf_document(store, iri: str, limit: int | None = None) -> RdfDocument:
    """A graph IRI serves its graph; any other IRI its own triples plus the blank nodes below it
    (the first ``limit`` of them: a served graph can be big)."""
    this = iri_ref(iri)
    name = "graph-document" if run(store, "is-graph", this=this) else "resource-document"
    return RdfDocument(list(islice(run(store, name, this=this), limit)))
