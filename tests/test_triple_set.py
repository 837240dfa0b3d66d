"""The triple-set graph (kg.build.tripleset) answers every rdflib pattern as rdflib's own memory graph does."""

from __future__ import annotations

import itertools

from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from test_triples_graph import make_extraction

from kg.build.iris import Minter
from kg.build.namespace import QG
from kg.build.triples import extraction_to_graph
from kg.build.tripleset import TripleSet, triple_set_graph
from kg.load.validate import violations

EX = "http://example.org/"
XSD = "http://www.w3.org/2001/XMLSchema#"
S = [URIRef(EX + f"s{i}") for i in range(3)]
P = [URIRef(EX + f"p{i}") for i in range(2)]
OBJECTS = [
    URIRef(EX + "o"),
    Literal("a"),
    Literal("a", datatype=URIRef(XSD + "string")),  # another term to rdflib
    Literal(1),
    Literal("1", datatype=URIRef(XSD + "integer")),  # the same term as Literal(1)
]
TRIPLES = [t for i, t in enumerate(itertools.product(S, P, OBJECTS)) if i % 3]


def _both() -> tuple[Graph, Graph]:
    fast, memory = triple_set_graph(), Graph()
    for triple in TRIPLES + TRIPLES[:5]:  # repeats are kept once
        fast.add(triple)
        memory.add(triple)
    return fast, memory


def test_every_pattern_matches_as_in_rdflib_memory():
    fast, memory = _both()
    assert len(fast) == len(memory)
    for s, p, o in itertools.product([None, *S], [None, *P], [None, *OBJECTS, Literal("absent")]):
        assert set(fast.triples((s, p, o))) == set(memory.triples((s, p, o))), (s, p, o)


def test_reads_see_later_adds_and_removes():
    fast, memory = _both()
    assert set(fast.subjects(P[0], OBJECTS[0])) == set(memory.subjects(P[0], OBJECTS[0]))  # indexes built here
    for graph in (fast, memory):
        graph.add((S[0], P[0], URIRef(EX + "new")))
        graph.remove((S[1], None, None))
    assert set(fast) == set(memory)
    assert set(fast.objects(S[0], P[0])) == set(memory.objects(S[0], P[0]))
    assert (S[1], P[0], OBJECTS[0]) not in fast


def test_changing_the_graph_while_iterating_a_pattern_is_safe():
    fast, _ = _both()
    having = set(fast.subjects(P[0], None))
    for s, _, _ in fast.triples((None, P[0], None)):
        fast.add((s, P[1], URIRef(EX + "copy")))
    assert set(fast.subjects(P[1], URIRef(EX + "copy"))) == having


def test_namespaces_and_serialisation_are_rdflibs():
    fast, memory = _both()
    for graph in (fast, memory):
        graph.bind("ex", EX)
    assert "ex:s0" in fast.serialize(format="turtle")
    assert isomorphic(Graph().parse(data=fast.serialize(format="turtle"), format="turtle"), memory)


def test_store_made_from_triples():
    store = TripleSet(TRIPLES)
    assert len(Graph(store=store)) == len(set(TRIPLES))


def test_article_graph_is_a_triple_set_and_validates_as_before():
    graph = extraction_to_graph(make_extraction(), Minter("http://quotegraph.example/"), key="sample")
    assert isinstance(graph.store, TripleSet)
    memory = Graph()
    for triple in graph:
        memory.add(triple)
    assert isomorphic(graph, memory)
    assert violations(graph) == violations(memory) == []
    broken, broken_memory = triple_set_graph(), Graph()
    statement = next(iter(graph.subjects(QG.content, None)))
    for triple in graph:
        if not (triple[0] == statement and triple[1] == QG.content):
            broken.add(triple)
            broken_memory.add(triple)
    assert violations(broken) == violations(broken_memory) != []
