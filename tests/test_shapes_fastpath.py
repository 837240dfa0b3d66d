"""kg.load.validate's fast path reports exactly what plain pyshacl reports, and leaves the data alone.

The reference is pyshacl.validate given the ontology as ``ont_graph`` (pyshacl mixes it
into a clone of the data and runs SHACL-SPARQL on rdflib): the way kg/validate.py
validated before it mixed the axioms in itself and sent SPARQL to Oxigraph.
"""

from __future__ import annotations

import pytest
from pyshacl import validate as shacl_validate
from rdflib import Graph, Literal, URIRef
from test_shapes_validation import BREAKAGES, DENIAL, W3C, broken

from kg.build.namespace import QG, RDFS, ontology_graph, sparql_prologue
from kg.load.validate import ontology_axioms, report_violations, shapes_graph, violations

ARTICLE = URIRef("https://quotegraph.org/id/source/2885c3cadfb8eb0a")
EX = "https://example.org/vocab#"


def reference(graph: Graph) -> list[str]:
    conforms, results, _ = shacl_validate(
        graph,
        shacl_graph=shapes_graph(),
        ont_graph=ontology_graph(),
        inference="none",
        advanced=True,
        allow_warnings=True,
    )
    return [str(v) for v in report_violations(conforms, results)]


def fast(graph: Graph) -> list[str]:
    return [str(v) for v in violations(graph)]


@pytest.mark.parametrize("shape, update", BREAKAGES, ids=[f"{s}-{i}" for i, (s, _) in enumerate(BREAKAGES)])
def test_same_violations_as_plain_pyshacl(sample_graph, shape, update):
    graph = broken(sample_graph, update)
    found = fast(graph)
    assert found and found == reference(graph)


def test_the_data_graph_is_not_changed(sample_graph):
    graph = broken(sample_graph, f"DELETE WHERE {{ {DENIAL} qg:speaker ?o }}")
    before = set(graph)
    assert violations(graph)
    assert set(graph) == before


def test_subclasses_declared_in_the_data_reach_ontology_targets(sample_graph):
    """A class the data declares under qg:Denial is checked as a qg:Statement through the
    ontology's own axioms; the data also repeating an axiom must not double any result."""
    graph = broken(
        sample_graph,
        f"""
        INSERT DATA {{ <{EX}Rebuttal> rdfs:subClassOf qg:Denial . qg:Denial rdfs:subClassOf qg:Statement .
                       <{EX}r1> a <{EX}Rebuttal> ; qg:disputesParty <https://quotegraph.org/id/party/parler> }}""",
    )
    found = fast(graph)
    assert found == reference(graph)
    assert any(f"<{EX}r1>" in v and "qgsh:StatementSpeaker" in v for v in found)
    assert len(found) == len(set(found))


def test_offsets_count_code_points_beyond_the_basic_plane(sample_graph):
    """Oxigraph and rdflib must agree that an emoji is one character of qg:text."""
    graph = Graph()
    graph += sample_graph
    text = "\U0001f600 " + str(graph.value(ARTICLE, QG.text))
    graph.set((ARTICLE, QG.text, Literal(text)))
    graph.update(
        sparql_prologue()
        + f"""
        DELETE {{ ?e qg:start ?a ; qg:end ?b }} INSERT {{ ?e qg:start ?a2 ; qg:end ?b2 }}
        WHERE {{ ?s qg:reportedIn <{ARTICLE}> ; qg:evidence ?e . ?e qg:start ?a ; qg:end ?b
                 BIND(?a + 2 AS ?a2) BIND(?b + 2 AS ?b2) }}"""
    )
    assert fast(graph) == reference(graph) == []
    last = f"""
        DELETE {{ ?e qg:start ?a ; qg:end ?b }} INSERT {{ ?e qg:start {len(text) - 1} ; qg:end {{}} }}
        WHERE {{ ?s qg:reportedIn <{ARTICLE}> ; qg:evidence ?e . ?e qg:evidenceRole "cue" ; qg:start ?a ; qg:end ?b }}"""
    at_end = broken(graph, last.replace("{}", str(len(text))))
    assert fast(at_end) == reference(at_end) == []
    past_end = broken(graph, last.replace("{}", str(len(text) + 1)))
    found = fast(past_end)
    assert found == reference(past_end)
    assert found and all("qgsh:EvidenceTextShape" in v for v in found)
    w3c = broken(graph, W3C.rstrip(" ;"))
    assert fast(w3c) == reference(w3c) == []
    one_short = broken(
        w3c,
        f"""
        DELETE {{ ?s oa:start ?a ; oa:end ?b }} INSERT {{ ?s oa:start ?a1 ; oa:end ?b1 }}
        WHERE {{ ?t oa:hasSource <{ARTICLE}> ; oa:hasSelector ?s . ?s oa:start ?a ; oa:end ?b
                 BIND(?a - 1 AS ?a1) BIND(?b - 1 AS ?b1) }}""",
    )
    found = fast(one_short)
    assert found == reference(one_short)
    assert found and all("qgsh:EvidenceTextShape" in v for v in found)


def test_axioms_hold_the_ontology_class_hierarchy():
    named = {
        (s, o)
        for s, o in ontology_graph().subject_objects(RDFS.subClassOf)
        if isinstance(s, URIRef) and isinstance(o, URIRef)
    }
    assert (QG.Denial, QG.Statement) in named
    assert named <= set(ontology_axioms().subject_objects(RDFS.subClassOf))
