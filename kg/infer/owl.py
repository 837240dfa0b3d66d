"""The OWL side of inference: the ontology closed once, and per-graph closure by engine.

The ontology is closed once per process with owlrl; per graph, the rules compiled from it
(``kg.infer.owl_rules``) do the same work in milliseconds. ``engine="owlrl"`` runs owlrl
per graph instead, slow but the reference the compiled rules are tested against.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from functools import lru_cache

import owlrl
from rdflib import Graph

from kg.build.namespace import ontology_graph
from kg.infer.owl_rules import RuleSet

ENGINES = ("fast", "owlrl")


@lru_cache(maxsize=1)
def compiled_rules() -> RuleSet:
    return RuleSet.compile(ontology_graph())


def _owlrl_expand(graph: Graph) -> Graph:
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(graph)
    return graph


def as_graph(triples: Iterable) -> Graph:
    graph = Graph()
    for triple in triples:
        graph.add(triple)
    return graph


@lru_cache(maxsize=1)
def ontology_closure() -> frozenset:
    """What owlrl derives from the ontology alone (junk filtered), once per process."""
    rules = compiled_rules()
    ontology = ontology_graph()
    closed = _owlrl_expand(as_graph(ontology))
    return frozenset(t for t in closed if t not in ontology and not rules.is_junk(t))


def file_hash(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class Closure:
    """Closes triple sets under the ontology with the chosen engine."""

    def __init__(self, engine: str = "fast"):
        if engine not in ENGINES:
            raise ValueError(f"unknown engine {engine!r}")
        self.engine = engine
        self.rules = compiled_rules()

    def __call__(self, triples: set, closed: set | None = None) -> set:
        """``triples`` closed together with an already ``closed`` set (both returned)."""
        if self.engine == "fast":
            return self.rules.closure(triples, closed or ())
        ontology = ontology_graph()
        expanded = _owlrl_expand(as_graph(list(ontology) + list(closed or ()) + list(triples)))
        return {t for t in expanded if t not in ontology and t not in ontology_closure()}

    def is_junk(self, triple) -> bool:
        return self.rules.is_junk(triple)
