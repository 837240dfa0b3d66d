"""The Store interface every backend implements, its errors, and the atomic replace update.

Results are pyoxigraph objects (``QuerySolutions``, ``QueryBoolean``, ``QueryTriples``)
whatever the backend, so the server can hand them to pyoxigraph's own serializers and the
hot path never goes through rdflib (which is imported only where a graph is written or read
as rdflib, so that commands which only query start without it).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

import pyoxigraph as ox

from kg.errors import KgError
from kg.settings import DEFAULT_BASE

if TYPE_CHECKING:
    from typing import TypeAlias

    from rdflib import Graph

    from kg.build.iris import Minter

    Write: TypeAlias = Graph | None
    """What a write does to one named graph: replace it with a graph (a ``GraphPatch`` patches
    it instead), or drop it (None). Graphs are rdflib's while inference computes in rdflib;
    one made from pyoxigraph triples (``kg.store.terms.graph``) is written from those."""


class StoreError(KgError):
    """A store failure with a one-line message fit for the user."""


class QuerySyntaxError(StoreError):
    """The query or update text does not parse."""


class StoreUnavailable(StoreError):
    """The store could not do what was asked (its files, the disk): not the request's fault."""


def replace_update(graphs: Mapping[str, Write], stored: Mapping[str, set[ox.Triple]] | None = None) -> str:
    """One SPARQL update that drops and rewrites every graph given (None: just drop; a ``GraphPatch``:
    patch; an empty graph: an empty named graph, as the graph store protocol creates one).

    A graph whose stored triples are given in ``stored`` is rewritten by its differences
    instead (see ``Store.replace_graphs``). A single update runs as one transaction in
    Oxigraph and in every SPARQL 1.1 store we target, which is what makes loads all-or-nothing.
    """
    from kg.store import terms
    from kg.store.patch import GraphPatch
    from kg.store.quote import iri as quoted

    def data(verb: str, iri: str, text: bytes) -> str:
        return f"{verb} DATA {{ GRAPH {iri} {{\n{text.decode('utf-8')}}} }}"

    parts = []
    for name, graph in graphs.items():
        iri = quoted(name)
        if isinstance(graph, GraphPatch):
            parts += [
                data(verb, iri, terms.ntriples(triples))
                for verb, triples in (("DELETE", graph.removed), ("INSERT", graph))
                if len(triples)
            ]
            continue
        size = len(graph) if graph is not None else 0
        before = (stored or {}).get(name)
        new = terms.kept(graph) if before is not None and size else []  # a graph not stored is written as it is
        if before is not None and new and not any(_blank(t) for t in new):
            after = set(new)
            parts += [
                data(verb, iri, terms.to_ntriples(triples))
                for verb, triples in (("DELETE", before - after), ("INSERT", after - before))
                if triples
            ]
            continue
        parts.append(f"DROP SILENT GRAPH {iri}")
        if graph is not None:
            parts.append(data("INSERT", iri, terms.ntriples(graph)) if size else f"CREATE GRAPH {iri}")
    return " ;\n".join(parts)


def _blank(triple: ox.Triple) -> bool:
    return isinstance(triple.subject, ox.BlankNode) or isinstance(triple.object, ox.BlankNode)


class Store(ABC):
    """Interface shared by every backend: each gives ``query`` and ``update``, the rest is built on them.

    ``minter`` names the store's own graphs (ontology, names, inferred) under ``base``, the
    deployment's, set from its settings when the store is opened, so readers and writers of
    one store agree. It is made on first use: a store that is only queried never loads rdflib.
    """

    location: str = ""
    base: str = DEFAULT_BASE
    _minter: Minter | None = None
    _observers: tuple[Callable[[], None], ...] = ()

    @property
    def minter(self) -> Minter:
        if self._minter is None or self._minter.base != self.base:
            from kg.build.iris import Minter

            self._minter = Minter(self.base)
        return self._minter

    @abstractmethod
    def query(
        self,
        sparql: str,
        *,
        default_graphs: list[str] | None = None,
        named_graphs: list[str] | None = None,
        union_default: bool = True,
        prefixes: Mapping[str, str] | None = None,
    ):
        """Evaluate a SPARQL query over the union default graph unless told otherwise, or unless the
        query names its own dataset (FROM / FROM NAMED), which then wins as the standard says.

        ``prefixes`` are declared for the query without changing its text (so an error's line
        and column stay the user's); the query's own PREFIX lines win."""

    def update(self, sparql: str, *, base_iri: str | None = None, prefixes: Mapping[str, str] | None = None) -> None:
        """Apply a SPARQL update atomically, then tell the write observers (``observe``).

        ``base_iri`` resolves the update's relative IRIs; ``prefixes`` as for ``query``.
        """
        self._update(sparql, base_iri=base_iri, prefixes=prefixes)
        for observer in self._observers:
            observer()

    @abstractmethod
    def _update(self, sparql: str, *, base_iri: str | None, prefixes: Mapping[str, str] | None) -> None:
        """The backend's atomic update."""

    def observe(self, observer: Callable[[], None]) -> None:
        """Call ``observer()`` after every write (a server refreshes its query workers' view)."""
        self._observers = (*self._observers, observer)

    def replace_graphs(self, graphs: Mapping[str, Write]) -> None:
        """Atomically replace (or, with None, drop) several named graphs.

        A graph already stored is rewritten by its differences: a re-inferred graph mostly stays
        as it was, and dropping and re-inserting every triple cost the store twice the writes of
        the graph's size where a few triples changed (bench/ingest_bench.py). Graphs with blank
        nodes are dropped and written whole (a stored blank node cannot be named in an update).
        """
        text = replace_update(graphs, self._stored(graphs)) if graphs else ""
        if text:
            self.update(text)

    def _stored(self, graphs: Mapping[str, Write]) -> dict[str, set[ox.Triple]]:
        """The stored triples of the graphs ``graphs`` replaces with some triples, if any and blank-free."""
        from kg.store import quote
        from kg.store.patch import GraphPatch

        names = [iri for iri, g in graphs.items() if g is not None and not isinstance(g, GraphPatch) and len(g)]
        if not names:
            return {}
        found: dict[str, set[ox.Triple]] = {}
        blank = set()
        for row in self.query(f"SELECT ?g ?s ?p ?o WHERE {{ {quote.values('g', names)} GRAPH ?g {{ ?s ?p ?o }} }}"):
            triple = ox.Triple(row["s"], row["p"], row["o"])
            found.setdefault(row["g"].value, set()).add(triple)
            if _blank(triple):
                blank.add(row["g"].value)
        return {iri: triples for iri, triples in found.items() if iri not in blank}

    def replace_graph(self, iri: str, graph: Write) -> None:
        self.replace_graphs({str(iri): graph})

    def drop_graph(self, iri: str) -> None:
        self.replace_graphs({str(iri): None})

    @staticmethod
    def with_prologue(sparql: str, prefixes: Mapping[str, str] | None, base_iri: str | None = None) -> str:
        """The text with ``base_iri`` and ``prefixes`` declared on one line in front, for backends
        that take only text (the line keeps an error's line numbers one off, which they correct)."""
        if not prefixes and not base_iri:
            return sparql
        from kg.store import quote

        head = f"BASE {quote.iri(base_iri)} " if base_iri else ""
        return head + "".join(f"PREFIX {p}: {quote.iri(iri)} " for p, iri in (prefixes or {}).items()) + "\n" + sparql

    def graphs(self) -> list[tuple[str, int]]:
        """Named graphs with their triple counts, sorted by IRI."""
        rows = self.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g")
        return [(row["g"].value, int(row["n"].value)) for row in rows]

    def contains_graph(self, iri: str) -> bool:
        """Whether the store has a graph of that name, even an empty one (a remote store: a non-empty one)."""
        return self.has_graph(iri)

    def has_graph(self, iri: str) -> bool:
        from kg.store.quote import iri as quoted

        return bool(self.query(f"ASK {{ GRAPH {quoted(iri)} {{ ?s ?p ?o }} }}"))

    def graph(self, iri: str) -> Graph:
        """A named graph's triples as an rdflib graph (for reasoning and validation) that keeps
        them as pyoxigraph terms too (``kg.store.terms.graph``)."""
        from kg.store import terms

        return terms.graph(self.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", default_graphs=[iri]))

    def dump(self, format: ox.RdfFormat = ox.RdfFormat.N_QUADS) -> bytes:
        """Every named graph as a quad format (TriG, N-Quads)."""
        quads = self.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        dataset = ox.Dataset(ox.Quad(r["s"], r["p"], r["o"], r["g"]) for r in quads)
        return ox.serialize(dataset, format=format) or b""

    def checkpoint(self) -> None:
        """Make what was written durable in the store's files, so memory and the write-ahead log
        shrink (an embedded store; a remote one manages its own)."""
        return None

    def close(self) -> None:
        """Backends that hold resources release them here."""
        return None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
