"""The store's term model is pyoxigraph's; rdflib terms exist only where pyshacl and owlrl need them.

Every conversion between the two happens here. One rule they disagree on: RDF 1.1 makes
``"a"`` and ``"a"^^xsd:string`` the same term, pyoxigraph spells it the second way and rdflib
keeps the two apart, so an ``xsd:string`` literal becomes a plain rdflib ``Literal`` (which is
what rdflib graphs parsed or built by us hold) and a plain one becomes ``xsd:string``.

Between processes an article's triples travel as N-Triples written and read by Oxigraph (Rust
at both ends): for a 6,000-triple article that is ~25 ms, against ~0.8 s to pickle and unpickle
the same pyoxigraph triples and ~1.6 s for rdflib to write and re-read them (bench/ingest_bench.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.plugins.stores.memory import Memory

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"

Term = ox.NamedNode | ox.BlankNode | ox.Literal


@lru_cache(maxsize=65536)
def _named(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def to_oxigraph(term: Any) -> Term:
    """A pyoxigraph term for an rdflib one (IRIs, which repeat across graphs, are remembered)."""
    if isinstance(term, URIRef):
        return _named(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(term.datatype))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def to_rdflib(term: Any) -> Any:
    """An rdflib term for a pyoxigraph one (anything else is returned as it is)."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    return term


def triples(graph: Iterable) -> list[ox.Triple]:
    """pyoxigraph triples for rdflib ones (a graph or any iterable of triples).

    Terms repeat a lot within a graph (a statement's IRI, every predicate), so each distinct
    rdflib term is converted once.
    """
    term = _converted_once(to_oxigraph)
    return [ox.Triple(term(s), term(p), term(o)) for s, p, o in graph]


def _converted_once(convert: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """``convert`` with each distinct term converted once (terms repeat a lot within a graph)."""
    seen: dict = {}

    def term(t: Any) -> Any:
        found = seen.get(t)
        if found is None:
            found = seen[t] = convert(t)
        return found

    return term


class _FilledOnFirstUse(Memory):
    """rdflib's memory store, filled from pyoxigraph triples only when something reads or changes it.

    The writer passes most graphs straight to inference's overlay and to the store, which take
    the kept triples: converting every triple to rdflib up front cost the writer ~25% of its time
    on a 200-article load (bench/ingest_bench.py, py-spy), for graphs rdflib never read.
    """

    def __init__(self, fill: Callable[[], None]):
        super().__init__()
        self._fill: Callable[[], None] | None = fill

    def _filled(self) -> None:
        fill, self._fill = self._fill, None
        if fill is not None:
            fill()

    def __len__(self, context=None):
        self._filled()
        return super().__len__(context)

    def add(self, triple, context, quoted=False):
        self._filled()
        return super().add(triple, context, quoted)

    def remove(self, triple, context=None):
        self._filled()
        return super().remove(triple, context)

    def triples(self, triple_pattern, context=None):
        self._filled()
        return super().triples(triple_pattern, context)

    def contexts(self, triple=None):
        self._filled()
        return super().contexts(triple)

    def add_graph(self, graph):
        self._filled()
        return super().add_graph(graph)

    def remove_graph(self, graph):
        self._filled()
        return super().remove_graph(graph)


class KeptGraph(Graph):
    """An rdflib graph made from pyoxigraph triples that keeps them until it is changed.

    Its rdflib side is built on first use (``_FilledOnFirstUse``); its size is the kept
    triples' count until then. One read from N-Triples with its size known parses them only
    when its triples are asked for: the writer hands most graphs on as text (``source``).
    """

    def __init__(self, found: list[ox.Triple] | None, source: bytes | None = None, count: int | None = None):
        super().__init__(store=_FilledOnFirstUse(self._fill))
        self._found = found
        self._source = source
        self._count = count
        self._changed = False

    @property
    def kept(self) -> list[ox.Triple] | None:
        """The triples it was made from (read from ``source`` now if not yet), or None once it has changed."""
        if self._changed:
            return None
        if self._found is None:
            self._found = list(dict.fromkeys(from_ntriples(self._source or b"")))
        return self._found

    @property
    def source(self) -> bytes | None:
        """The N-Triples the kept triples were read from (while they are kept), for writers that take N-Triples."""
        return None if self._changed else self._source

    def _fill(self) -> None:
        found = self.kept or []
        term = _converted_once(to_rdflib)
        Graph.addN(self, ((term(t.subject), term(t.predicate), term(t.object), self) for t in found))

    def __len__(self) -> int:
        if self._changed:
            return super().__len__()
        if self._found is None and self._count is not None:
            return self._count
        return len(self.kept or ())

    def add(self, triple):  # any change makes the kept triples stale
        self.store._filled()  # type: ignore[attr-defined]
        self._changed = True
        return super().add(triple)

    def addN(self, quads):
        self.store._filled()  # type: ignore[attr-defined]
        self._changed = True
        return super().addN(quads)

    def remove(self, triple):
        self.store._filled()  # type: ignore[attr-defined]
        self._changed = True
        return super().remove(triple)


def graph(found: Iterable[ox.Triple]) -> Graph:
    """An rdflib graph of pyoxigraph triples that keeps them, so that the store writes them (and
    inference's overlay reads them) without converting them back: see ``kept``. Repeated triples
    are kept once, as an rdflib graph holds them."""
    return KeptGraph(list(dict.fromkeys(found)))


def graph_of_ntriples(data: bytes, count: int | None = None) -> KeptGraph:
    """``graph`` of the triples of N-Triples written by ``to_ntriples``, keeping the text too: the store and
    inference's overlay load it as it is, which is ~4x cheaper than handing them the triples one by one
    (1,700 triples: 0.8 ms against 3.5). Given ``count``, its number of (distinct) triples, the text is
    parsed only when something reads the triples: parsing every graph the workers sent was 7% of the
    writer's CPU on PolNeAR, for graphs it only passes on."""
    return KeptGraph(None if count is not None else list(dict.fromkeys(from_ntriples(data))), data, count)


def ntriples(graph: Any) -> bytes:
    """A graph's N-Triples: the text it was read from if it kept it (``graph_of_ntriples``), else written."""
    source = getattr(graph, "source", None)
    return source if source is not None else to_ntriples(kept(graph))


def pairs(graph: Any, predicate: str) -> list[tuple[Term, Term]]:
    """(subject, object) of the graph's ``predicate`` triples as pyoxigraph terms, read from the
    kept triples when the graph has them (without building its rdflib side)."""
    found = getattr(graph, "kept", None)
    if found is not None:
        return [(t.subject, t.object) for t in found if t.predicate.value == predicate]
    return [(to_oxigraph(s), to_oxigraph(o)) for s, o in graph.subject_objects(URIRef(predicate))]


def kept(graph: Any) -> list[ox.Triple]:
    """A graph's triples as pyoxigraph terms: those ``graph`` was made from if it kept them, else converted."""
    found = getattr(graph, "kept", None)
    return found if found is not None else triples(graph)


def to_ntriples(found: Iterable[ox.Triple]) -> bytes:
    """N-Triples of pyoxigraph triples, written by Oxigraph."""
    return ox.serialize(found, format=ox.RdfFormat.N_TRIPLES) or b""


def from_ntriples(data: bytes) -> list[ox.Triple]:
    """pyoxigraph triples of N-Triples written by ``to_ntriples``."""
    return [quad.triple for quad in ox.parse(data, ox.RdfFormat.N_TRIPLES)]
