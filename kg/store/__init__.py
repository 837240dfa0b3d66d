"""One Store API over three backends: Oxigraph on disk (default), in memory, and remote.

Everything is organised in named graphs: one per loaded file or article, one for the
ontology, and separate graphs for inferred triples so they can be recomputed. Queries see
the union of all graphs as their default graph unless the caller names graphs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.store.base import QuerySyntaxError, Store, StoreError, default_store_path, ntriples, replace_update
from kg.store.embedded import OxigraphStore

if TYPE_CHECKING:
    from kg.store.patch import GraphPatch


def __getattr__(name: str):
    """``GraphPatch`` is an rdflib graph: imported when asked for, so querying never loads rdflib."""
    if name == "GraphPatch":
        from kg.store.patch import GraphPatch

        return GraphPatch
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def open_store(
    path: str | None = None,
    *,
    memory: bool = False,
    read_only: bool = False,
    query_url: str | None = None,
    update_url: str | None = None,
    auth: tuple[str, str] | str | None = None,
) -> Store:
    """Open the store the user asked for: remote if a query URL is given, else embedded."""
    if query_url:
        from kg.store.remote import RemoteStore

        return RemoteStore(query_url, update_url, auth=auth)
    if memory:
        return OxigraphStore(None)
    return OxigraphStore(path or default_store_path(), read_only=read_only)


__all__ = [
    "GraphPatch",
    "OxigraphStore",
    "QuerySyntaxError",
    "Store",
    "StoreError",
    "default_store_path",
    "ntriples",
    "open_store",
    "replace_update",
]
