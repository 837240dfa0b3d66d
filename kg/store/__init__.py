"""One Store API over three backends: Oxigraph on disk (default), in memory, and remote.

Everything is organised in named graphs: one per loaded file or article, one for the
ontology, and separate graphs for inferred triples so they can be recomputed. Queries see
the union of all graphs as their default graph unless the caller names graphs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.settings import DEFAULT_BASE, DEFAULT_STORE_DIR
from kg.store.base import QuerySyntaxError, Store, StoreError, StoreUnavailable, replace_update
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
    union_param: str = "union-default-graph",
    base: str = DEFAULT_BASE,
) -> Store:
    """Open the store the user asked for: remote if a query URL is given, else embedded
    (``kg.settings.Settings.open_store`` calls this with the user's settings)."""
    store: Store
    if query_url:
        from kg.store.remote import RemoteStore

        store = RemoteStore(query_url, update_url, auth=auth, union_param=union_param)
    elif memory:
        store = OxigraphStore(None)
    else:
        store = OxigraphStore(path or DEFAULT_STORE_DIR, read_only=read_only)
    store.base = base
    return store


__all__ = [
    "DEFAULT_STORE_DIR",
    "GraphPatch",
    "OxigraphStore",
    "QuerySyntaxError",
    "Store",
    "StoreError",
    "StoreUnavailable",
    "open_store",
    "replace_update",
]
