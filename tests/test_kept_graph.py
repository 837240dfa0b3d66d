"""Graphs made from pyoxigraph triples (``kg.store.terms.graph``): what the writer passes on unconverted."""

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg.store import terms

S, P, Q = (f"http://example.org/{n}" for n in ("s", "p", "q"))


def _triples() -> list[ox.Triple]:
    s, p, q = ox.NamedNode(S), ox.NamedNode(P), ox.NamedNode(Q)
    return [
        ox.Triple(s, p, ox.Literal("one")),
        ox.Triple(s, p, ox.Literal("two", language="en")),
        ox.Triple(s, q, ox.Literal("3", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))),
        ox.Triple(ox.BlankNode("b1"), q, s),
    ]


def _rdflib(found: list[ox.Triple]) -> Graph:
    graph = Graph()
    for t in found:
        graph.add((terms.to_rdflib(t.subject), terms.to_rdflib(t.predicate), terms.to_rdflib(t.object)))
    return graph


def test_it_reads_as_the_rdflib_graph_of_the_same_triples():
    kept = terms.graph(_triples())
    plain = _rdflib(_triples())
    assert len(kept) == len(plain) == 4
    assert isomorphic(kept, plain)
    assert set(kept.objects(URIRef(S), URIRef(P))) == {Literal("one"), Literal("two", lang="en")}
    assert (URIRef(S), URIRef(P), Literal("one")) in kept
    assert terms.kept(kept) == _triples()


def test_nothing_is_converted_to_rdflib_until_the_graph_is_read(monkeypatch):
    converted = []
    convert = terms.to_rdflib

    def counting(term):
        converted.append(term)
        return convert(term)

    monkeypatch.setattr(terms, "to_rdflib", counting)
    graph = terms.graph(_triples())
    assert len(graph) == 4
    assert terms.kept(graph) == _triples()
    assert sorted(s.value for s, _ in terms.pairs(graph, P)) == [S, S]
    assert converted == []  # sized, written and searched by predicate without rdflib
    assert len(set(graph.subjects())) == 2
    assert converted


def test_repeated_triples_are_kept_once():
    graph = terms.graph(_triples() + _triples()[:2])
    assert len(graph) == 4
    assert terms.kept(graph) == _triples()


def test_a_change_drops_the_kept_triples_and_keeps_the_content():
    graph = terms.graph(_triples())
    graph.add((URIRef(S), URIRef(Q), Literal("new")))
    assert isinstance(graph, terms.KeptGraph) and graph.kept is None
    assert len(graph) == 5
    assert set(terms.kept(graph)) == {*_triples(), ox.Triple(ox.NamedNode(S), ox.NamedNode(Q), ox.Literal("new"))}
    graph.remove((URIRef(S), None, None))
    assert len(graph) == 1


def test_pairs_read_rdflib_graphs_too():
    kept, plain = terms.graph(_triples()), _rdflib(_triples())
    for predicate in (P, Q):
        assert sorted(map(str, terms.pairs(kept, predicate))) == sorted(map(str, terms.pairs(plain, predicate)))


def test_a_graph_read_from_ntriples_is_written_from_them_until_it_changes():
    from kg.store import OxigraphStore
    from kg.store.overlay import Overlay

    data = terms.to_ntriples(_triples()[:3])
    graph = terms.graph_of_ntriples(data)
    assert graph.source == data and terms.ntriples(graph) == data
    graph.add((URIRef(S), URIRef(Q), Literal("added")))
    assert graph.source is None  # the text no longer says what the graph holds
    added = ox.Triple(ox.NamedNode(S), ox.NamedNode(Q), ox.Literal("added"))
    assert set(terms.from_ntriples(terms.ntriples(graph))) == {*_triples()[:3], added}

    store, name = OxigraphStore(None), "http://example.org/g"
    overlay = Overlay(store)
    overlay.put(name, graph)
    store.replace_graphs({name: graph})
    for holder in (store.native, overlay._memory):
        assert {q.triple for q in holder.quads_for_pattern(None, None, None, ox.NamedNode(name))} == {
            *_triples()[:3],
            added,
        }


def test_a_graph_of_known_size_is_parsed_only_when_its_triples_are_read(monkeypatch):
    data = terms.to_ntriples(_triples()[:3])
    parsed = []
    read = terms.from_ntriples
    monkeypatch.setattr(terms, "from_ntriples", lambda text: parsed.append(text) or read(text))
    graph = terms.graph_of_ntriples(data, 3)
    assert len(graph) == 3 and terms.ntriples(graph) == data and graph.source == data
    assert parsed == []
    assert terms.kept(graph) == _triples()[:3] and parsed == [data]
    graph.add((URIRef(S), URIRef(Q), Literal("added")))
    assert len(graph) == 4 and graph.source is None
