"""One Store API over three backends: Oxigraph on disk (default), in memory, and remote.

Everything is organised in named graphs: one per loaded file or article, one for the
ontology, and separate graphs for inferred triples so they can be recomputed. Queries see
the union of all graphs as their default graph unless the caller names graphs.

Results are pyoxigraph objects (``QuerySolutions``, ``QueryBoolean``, ``QueryTriples``)
whatever the backend, so the server can hand them to pyoxigraph's own serializers and the
hot path never goes through rdflib.
"""

from __future__ import annotations


import os
from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from .errors import KgError

DEFAULT_STORE_DIR = "quotegraph-data"


class StoreError(KgError):
    """A store failure with a one-line message fit for the user."""


class QuerySyntaxError(StoreError):
    """The query or update text does not parse."""


def default_store_path() -> str:
    return os.environ.get("QUOTEGRAPH_STORE", DEFAULT_STORE_DIR)


def _graph_term(iri: str | None):
    return ox.DefaultGraph() if iri is None else ox.NamedNode(str(iri))


def ntriples(graph: Graph | Iterable) -> str:
    """N-Triples text of an rdflib graph, the lingua franca between rdflib and Oxigraph."""
    if isinstance(graph, Graph):
        return graph.serialize(format="nt")
    return "".join(f"{t}\n" for t in graph)


class GraphPatch(Graph):
    """A write adding its triples to a stored graph and taking out ``removed``, keeping the rest.

    For graphs one load changes a little and must not rewrite: the names graph (``kg.names``)
    and other articles' status graphs (``kg.reason``).
    """

    def __init__(self, removed: Iterable = ()):
        super().__init__()
        self.removed = Graph()
        for triple in removed:
            self.removed.add(triple)


def replace_update(graphs: Mapping[str, Graph | None]) -> str:
    """One SPARQL update that drops and rewrites every graph given (None: just drop; a ``GraphPatch``: patch).

    A single update runs as one transaction in Oxigraph and in every SPARQL 1.1 store we
    target, which is what makes loads all-or-nothing.
    """
    parts = []
    for iri, graph in graphs.items():
        if isinstance(graph, GraphPatch):
            parts += [f"{verb} DATA {{ GRAPH <{iri}> {{\n{ntriples(triples)}}} }}"
                      for verb, triples in (("DELETE", graph.removed), ("INSERT", graph)) if len(triples)]
            continue
        parts.append(f"DROP SILENT GRAPH <{iri}>")
        if graph is not None and len(graph):
            parts.append(f"INSERT DATA {{ GRAPH <{iri}> {{\n{ntriples(graph)}}} }}")
    return " ;\n".join(parts)


class Store(ABC):
    """Interface shared by every backend: each gives ``query`` and ``update``, the rest is built on them."""

    location: str = ""

    @abstractmethod
    def query(self, sparql: str, *, default_graphs: list[str] | None = None,
              named_graphs: list[str] | None = None, union_default: bool = True):
        """Evaluate a SPARQL query over the union default graph unless told otherwise."""

    @abstractmethod
    def update(self, sparql: str) -> None:
        """Apply a SPARQL update atomically."""

    def replace_graphs(self, graphs: Mapping[str, Graph | None]) -> None:
        """Atomically replace (or, with None, drop) several named graphs."""
        if graphs:
            self.update(replace_update(graphs))

    def replace_graph(self, iri: str, graph: Graph | None) -> None:
        self.replace_graphs({str(iri): graph})

    def drop_graph(self, iri: str) -> None:
        self.replace_graphs({str(iri): None})

    def graphs(self) -> list[tuple[str, int]]:
        """Named graphs with their triple counts, sorted by IRI."""
        rows = self.query(
            "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"
        )
        return [(row["g"].value, int(row["n"].value)) for row in rows]

    def has_graph(self, iri: str) -> bool:
        return bool(self.query(f"ASK {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}"))

    def graph(self, iri: str) -> Graph:
        """A named graph's triples as an rdflib graph (for reasoning and validation)."""
        triples = self.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}")
        data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
        result = Graph()
        if data:
            result.parse(data=data.decode("utf-8"), format="nt")
        return result

    def dump(self, format: ox.RdfFormat = ox.RdfFormat.N_QUADS) -> bytes:
        """Every named graph as a quad format (TriG, N-Quads)."""
        quads = self.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        dataset = ox.Dataset(ox.Quad(r["s"], r["p"], r["o"], r["g"]) for r in quads)
        return ox.serialize(dataset, format=format)

    def close(self) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _syntax_or_store_error(error: Exception) -> StoreError:
    if isinstance(error, SyntaxError):
        return QuerySyntaxError(str(error).splitlines()[0] if str(error) else "syntax error")
    return StoreError(str(error).splitlines()[0] if str(error) else type(error).__name__)


class OxigraphStore(Store):
    """Embedded Oxigraph: on disk when given a path, else in memory."""

    def __init__(self, path: str | os.PathLike | None = None, *, read_only: bool = False):
        self.path = Path(path) if path is not None else None
        self.location = str(self.path) if self.path else "memory"
        try:
            if self.path is None:
                self._store = ox.Store()
            elif read_only:
                self._store = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(self.path))
        except OSError as error:
            message = str(error)
            if "lock" in message.lower():
                raise StoreError(
                    f"store {self.location} is locked by another process "
                    "(is `kg serve` or another `kg` command using it?)"
                ) from None
            raise StoreError(f"cannot open store {self.location}: {message.splitlines()[0]}") from None

    @property
    def native(self) -> ox.Store:
        """The pyoxigraph store, for callers that stream native results."""
        return self._store

    def query(self, sparql, *, default_graphs=None, named_graphs=None, union_default=True):
        kwargs = {}
        if default_graphs is not None:
            kwargs["default_graph"] = [_graph_term(g) for g in default_graphs]
        elif union_default:
            kwargs["use_default_graph_as_union"] = True
        if named_graphs is not None:
            kwargs["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
        try:
            return self._store.query(sparql, **kwargs)
        except (SyntaxError, OSError, ValueError, RuntimeError) as error:
            raise _syntax_or_store_error(error) from None

    def update(self, sparql: str) -> None:
        try:
            self._store.update(sparql)
        except (SyntaxError, OSError, ValueError, RuntimeError) as error:
            raise _syntax_or_store_error(error) from None

    def optimize(self) -> None:
        """Compact the on-disk files into one sorted run.

        Writes land in overlapping files and every lookup searches them all: compacting a
        1M-triple store filled in bulk batches halved the competency queries, one grown by
        single loads gained up to 1.8x (bench/query_bench.py).
        """
        try:
            self._store.optimize()
        except (OSError, RuntimeError) as error:
            raise StoreError(f"cannot compact store {self.location}: {str(error).splitlines()[0]}") from None

    def graphs(self) -> list[tuple[str, int]]:
        counts = []
        for graph in self._store.named_graphs():
            n = sum(1 for _ in self._store.quads_for_pattern(None, None, None, graph))
            if n:
                counts.append((graph.value, n))
        return sorted(counts)

    def close(self) -> None:
        if self.path is not None and hasattr(self, "_store"):
            try:
                self._store.flush()
            except OSError:
                pass
        self._store = None


def open_store(path: str | None = None, *, memory: bool = False, read_only: bool = False,
               query_url: str | None = None, update_url: str | None = None,
               auth: tuple[str, str] | str | None = None) -> Store:
    """Open the store the user asked for: remote if a query URL is given, else embedded."""
    if query_url:
        from .remote import RemoteStore

        return RemoteStore(query_url, update_url, auth=auth)
    if memory:
        return OxigraphStore(None)
    return OxigraphStore(path or default_store_path(), read_only=read_only)


__all__ = [
    "Store", "OxigraphStore", "GraphPatch", "StoreError", "QuerySyntaxError", "open_store",
    "default_store_path", "replace_update", "ntriples",
]
