"""SHACL validation of a graph before it is stored (ontology/shapes.ttl).

Class targets must reach subclasses (a qg:Denial is checked as a qg:Statement) without
running inference, so pyshacl sees the data plus the ontology axioms it would mix in
itself when given the ontology graph. Doing that mixing here instead (axioms extracted
once per process by pyshacl's own routine, data seen through a read-only union rather
than cloned) and running SHACL-SPARQL constraints on Oxigraph rather than rdflib (which
re-parses each query for every focus node) makes a validation several times faster with
the same shapes, results and messages (bench/validate_bench.py). Failures become one line
naming the shape, the constraint and the focus node, because that is what a user needs
to fix the data.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import pyoxigraph as ox
from pyshacl import validate as shacl_validate
from pyshacl.graph_abstraction import DataGraph
from pyshacl.rdfutil.inoculate import inoculate
from rdflib import Graph, Literal
from rdflib.graph import ReadOnlyGraphAggregate
from rdflib.namespace import NamespaceManager
from rdflib.term import Node

from kg.build.namespace import RDF, SH, bind_prefixes, ontology_graph
from kg.errors import KgError
from kg.load import shape_check
from kg.paths import SHAPES_FILE
from kg.store import terms


@dataclass(frozen=True)
class Violation:
    shape: str
    constraint: str
    focus: str
    path: str
    message: str

    def __str__(self) -> str:
        on = f"{self.focus}" + (f" {self.path}" if self.path else "")
        return f"shape {self.shape} ({self.constraint}) failed on {on}: {self.message}"


class ValidationError(KgError):
    """The data breaks a shape; ``violations`` has every result, the message the first."""

    def __init__(self, source: str, violations: list[Violation]):
        self.violations = violations
        more = f" (and {len(violations) - 1} more)" if len(violations) > 1 else ""
        super().__init__(f"{source}: SHACL violation: {violations[0]}{more}")


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    graph = Graph()
    graph.parse(SHAPES_FILE, format="turtle")
    return graph


@lru_cache(maxsize=1)
def ontology_axioms() -> Graph:
    """The ontology triples pyshacl adds to the data when given the ontology graph."""
    axioms = inoculate(DataGraph.from_rdflib(Graph()), ontology_graph()).impl
    assert isinstance(axioms, Graph)
    return axioms


@lru_cache(maxsize=1)
def _axiom_quads() -> tuple[ox.Quad, ...]:
    return tuple(ox.Quad(t.subject, t.predicate, t.object) for t in terms.triples(ontology_axioms()))


@lru_cache(maxsize=1)
def _axiom_index() -> shape_check.Index:
    return shape_check.Index(q.triple for q in _axiom_quads())


class _ValidationGraph(ReadOnlyGraphAggregate):
    """What pyshacl would validate after mixing the ontology into a clone of the data.

    No clone is made: data and axioms are read together, each triple once, and being
    read-only, SHACL rules (our shapes have none) would fail loudly rather than write
    into the caller's graph. SPARQL runs on an Oxigraph copy built on first use, since
    rdflib re-parses the query for every focus node and evaluates it far more slowly.
    """

    def __init__(self, data: Graph):
        super().__init__([data, ontology_axioms()])
        self._sparql: DataGraph | None = None
        self._store: ox.Store | None = None

    def triples(self, triple):  # type: ignore[override]  # rdflib overloads by pattern shape; one body serves all
        data, axioms = self.graphs
        yield from data.triples(triple)
        for found in axioms.triples(triple):
            if found not in data:
                yield found

    def __len__(self) -> int:
        data, axioms = self.graphs
        return len(data) + sum(1 for triple in axioms if triple not in data)

    def __bool__(self) -> bool:
        return any(len(graph) for graph in self.graphs)

    def sparql_store(self) -> ox.Store:
        """The data and the axioms in an Oxigraph store, built once."""
        if self._store is None:
            self._store = ox.Store()
            self._store.bulk_extend(_axiom_quads())
            self._store.bulk_extend(ox.Quad(t.subject, t.predicate, t.object) for t in terms.triples(self.graphs[0]))
        return self._store

    def query(
        self,
        query_object,
        processor="sparql",
        result="sparql",
        initNs=None,
        initBindings=None,
        use_store_provided=True,
        **kwargs,
    ):
        if self._sparql is None:
            self._sparql = DataGraph.from_oxigraph_store(self.sparql_store())
        sparql: Any = self._sparql  # pyshacl declares query(**kwargs); it takes the query first
        return sparql.query(query_object, initNs=initNs, initBindings=initBindings)


@lru_cache(maxsize=1)
def _names() -> NamespaceManager:
    names = NamespaceManager(bind_prefixes(Graph()), bind_namespaces="none")
    for prefix, namespace in shapes_graph().namespaces():
        names.bind(prefix, namespace, override=False)
    return names


def _short(node: Node | None) -> str:
    if node is None:
        return ""
    if isinstance(node, Literal):
        return repr(str(node))
    return node.n3(_names())


def violations(graph: Graph, triples: list[ox.Triple] | None = None) -> list[Violation]:
    """Every SHACL violation of the graph, in a stable order (``triples``: its triples as
    ``terms.triples`` gives them, when the caller has them).

    A graph the compiled first pass clears conforms (``kg.load.shape_check``); pyshacl decides the rest.
    """
    checks = shape_check.compiled(shapes_graph())
    if checks is not None:
        found = terms.triples(graph) if triples is None else triples
        if shape_check.clears(checks, found, graph, _axiom_index()):
            return []
    return pyshacl_violations(graph)


def pyshacl_violations(graph: Graph) -> list[Violation]:
    """What pyshacl alone reports of a graph."""
    conforms, results, _ = shacl_validate(
        _ValidationGraph(graph),
        shacl_graph=shapes_graph(),
        inference="none",
        advanced=True,
        allow_warnings=True,
        inplace=True,
    )
    return report_violations(conforms, results)


def report_violations(conforms: bool, results: Graph) -> list[Violation]:
    """The violations in a pyshacl report, in a stable order (public so a bench can read
    reports it obtained from pyshacl itself)."""
    if conforms:
        return []
    found = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        found.append(
            Violation(
                shape=_short(results.value(result, SH.sourceShape)),
                constraint=_short(results.value(result, SH.sourceConstraintComponent)),
                focus=_short(results.value(result, SH.focusNode)),
                path=_short(results.value(result, SH.resultPath)),
                message=str(results.value(result, SH.resultMessage) or ""),
            )
        )
    return sorted(found, key=lambda v: (v.shape, v.focus, v.path, v.message))


def check(graph: Graph, source: str, triples: list[ox.Triple] | None = None) -> None:
    """Raise ValidationError if the graph breaks any shape (``triples`` as for ``violations``)."""
    found = violations(graph, triples)
    if found:
        raise ValidationError(source, found)
