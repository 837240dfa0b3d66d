"""Page and export computations as jobs a query worker can run: by name, from a table.

Pages and exports read the store with many queries; a big graph's page took 93 s and eight of
them left the server unanswered. So they run where queries run (server.pool): in a killable
worker with the same time limit, memory limit and no network, against the newest checkpoint.
Each view of kg.read is a plain function of a store, which is what lets it run there; this
table names the ones a worker may run (a job names a view, never an arbitrary function), and
holds the two exports whose size must be capped as they are made, and search (which reads the
full-text index beside the store, by its path, and brings it up to date with the checkpoint).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from kg.infer import stale
from kg.read import export, search_index, views
from kg.read.renderers import by_media_type, serialize_triples
from kg.store import Store

RDF_RENDERERS = by_media_type("triples")


def rdf_export(store: Store, iri: str, media: str, limit: int | None) -> tuple[bytes, bool]:
    """An IRI's RDF document in a format, at most ``limit`` triples; (body, whether it was cut)."""
    triples = views.rdf_document(store, iri, limit=None if limit is None else limit + 1).triples
    cut = limit is not None and len(triples) > limit
    return serialize_triples(triples[:limit] if cut else triples, RDF_RENDERERS[media]), cut


def csv_export(store: Store, max_bytes: int | None) -> tuple[str, bool]:
    """The statements CSV, cut between chunks of whole records (about 64 KiB) before ``max_bytes``;
    (text, whether it was cut). The header is always kept."""
    out, size = io.StringIO(), 0
    for chunk in export.csv_lines(store):
        size += len(chunk.encode("utf-8"))
        if max_bytes is not None and size > max_bytes and out.tell():
            return out.getvalue(), True
        out.write(chunk)
    return out.getvalue(), False


def search(store: Store, location: str | None, q: str, page: int, per_page: int, generation: str | None) -> dict:
    """One page of search hits from the store's full-text index (the file at ``location``, kept in
    step with the store the worker reads)."""
    return search_index.search(store, q, page, per_page, generation=generation, location=location)


VIEWS: dict[str, Callable[..., Any]] = {
    "home": views.home,
    "kind": views.resource_kind,
    "party": views.party_profile,
    "party statements": views.party_statements,
    "statement": views.statement,
    "source": views.source,
    "resource": views.resource,
    "rdf": rdf_export,
    "csv": csv_export,
    "claimreview": export.claimreview,
    "stale": stale.staleness,
    "search": search,
}


def run_view(store: Store, name: str, args: tuple, base: str):
    """The named view's value for these arguments (what a worker sends back), on a store whose
    own graphs (the names graph) are named under the server's ``base``."""
    store.base = base
    return VIEWS[name](store, *args)
