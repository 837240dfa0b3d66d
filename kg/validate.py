"""SHACL validation of a graph before it is stored (ontology/shapes.ttl).

The ontology is given to pyshacl as the ontology graph so class targets reach subclasses
(a qg:Denial is checked as a qg:Statement) without running inference, which keeps a
validation in the tens of milliseconds. Failures become one line naming the shape, the
constraint and the focus node, because that is what a user needs to fix the data.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from pyshacl import validate as shacl_validate
from rdflib import Graph, Literal
from rdflib.namespace import NamespaceManager
from rdflib.term import Node

from .errors import KgError
from .namespace import RDF, SH, bind_prefixes, ontology_graph
from .paths import SHAPES_FILE


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


def violations(graph: Graph) -> list[Violation]:
    """Every SHACL violation of the graph, in a stable order."""
    conforms, results, _ = shacl_validate(
        graph, shacl_graph=shapes_graph(), ont_graph=ontology_graph(),
        inference="none", advanced=True, allow_warnings=True)
    if conforms:
        return []
    found = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        found.append(Violation(
            shape=_short(results.value(result, SH.sourceShape)),
            constraint=_short(results.value(result, SH.sourceConstraintComponent)),
            focus=_short(results.value(result, SH.focusNode)),
            path=_short(results.value(result, SH.resultPath)),
            message=str(results.value(result, SH.resultMessage) or ""),
        ))
    return sorted(found, key=lambda v: (v.shape, v.focus, v.path, v.message))


def check(graph: Graph, source: str) -> None:
    """Raise ValidationError if the graph breaks any shape."""
    found = violations(graph)
    if found:
        raise ValidationError(source, found)
