"""The ontology parses, defines every qg: term anything uses, and stays inside OWL 2 RL."""

from __future__ import annotations

import re

import pytest
from rdflib import BNode, Graph, URIRef
from rdflib.collection import Collection

from kg.build.namespace import OWL, QG, RDF, RDFS, ontology_graph
from kg.paths import ONTOLOGY_DIR, QUERIES_DIR, SAMPLES_DIR

QG_BASE = str(QG)


def _qg_terms_in_rdf(graph: Graph) -> set[str]:
    return {str(t) for triple in graph for t in triple if isinstance(t, URIRef) and str(t).startswith(QG_BASE)}


def _qg_terms_in_text(text: str) -> set[str]:
    return {QG_BASE + local for local in re.findall(r"(?<![\w/#])qg:([A-Za-z][\w-]*)", text)}


def used_terms() -> dict[str, set[str]]:
    used: dict[str, set[str]] = {}
    for path in sorted(ONTOLOGY_DIR.glob("*.ttl")) + sorted(SAMPLES_DIR.rglob("*.ttl")):
        for term in _qg_terms_in_rdf(Graph().parse(path, format="turtle")):
            used.setdefault(term, set()).add(path.name)
    for path in sorted(QUERIES_DIR.glob("*.rq")):
        for term in _qg_terms_in_text(path.read_text(encoding="utf-8")):
            used.setdefault(term, set()).add(path.name)
    return used


def test_every_used_qg_term_is_defined_with_label_and_comment():
    ontology = ontology_graph()
    undefined, unlabelled = [], []
    for term, files in sorted(used_terms().items()):
        iri = URIRef(term)
        if (iri, RDF.type, None) not in ontology:
            undefined.append(f"{term} (in {', '.join(sorted(files))})")
        elif (iri, RDFS.label, None) not in ontology or (iri, RDFS.comment, None) not in ontology:
            unlabelled.append(term)
    assert not undefined, "undefined terms: " + "; ".join(undefined)
    assert not unlabelled, "terms without rdfs:label/rdfs:comment: " + ", ".join(unlabelled)


def test_every_defined_term_has_label_and_comment():
    ontology = ontology_graph()
    for subject in set(ontology.subjects(RDF.type, None)):
        if isinstance(subject, URIRef):
            assert ontology.value(subject, RDFS.label), subject
            assert ontology.value(subject, RDFS.comment), subject


def _rl_problems(graph: Graph) -> list[str]:
    """Constructs OWL 2 RL forbids on the superclass (right) or subclass (left) side, and recursive chains."""
    problems = []
    sides = [(sub, sup) for sub, sup in graph.subject_objects(RDFS.subClassOf)]
    sides += [(a, b) for a, b in graph.subject_objects(OWL.equivalentClass)]
    for sub, sup in sides:
        if isinstance(sup, BNode):
            for bad in (
                OWL.unionOf,
                OWL.someValuesFrom,
                OWL.minCardinality,
                OWL.minQualifiedCardinality,
                OWL.cardinality,
                OWL.qualifiedCardinality,
                OWL.oneOf,
            ):
                if (sup, bad, None) in graph:
                    problems.append(f"{sub} is a subclass of a class expression using {bad}")
            for max_property in (OWL.maxCardinality, OWL.maxQualifiedCardinality):
                value = graph.value(sup, max_property)
                if value is not None and int(value) > 1:
                    problems.append(f"{sub} has {max_property} {value} > 1 on the right")
        if isinstance(sub, BNode):
            for bad in (OWL.allValuesFrom, OWL.complementOf, OWL.minCardinality, OWL.maxCardinality, OWL.cardinality):
                if (sub, bad, None) in graph:
                    problems.append(f"a subclass expression of {sup} uses {bad}")
    for prop, chain in graph.subject_objects(OWL.propertyChainAxiom):
        members = list(Collection(graph, chain))
        if prop in members:
            problems.append(f"{prop} has a recursive property chain")
    for bad_type in (OWL.ReflexiveProperty,):
        problems += [f"{s} is an {bad_type}" for s in graph.subjects(RDF.type, bad_type)]
    if (None, OWL.disjointUnionOf, None) in graph:
        problems.append("owl:disjointUnionOf is outside OWL 2 RL")
    return problems


def test_ontology_is_owl2_rl():
    assert _rl_problems(ontology_graph()) == []


@pytest.mark.parametrize(
    "snippet, complaint",
    [
        ("qg:X a owl:Class ; rdfs:subClassOf [ owl:unionOf ( qg:Person qg:Organization ) ] .", "unionOf"),
        (
            "qg:X a owl:Class ; rdfs:subClassOf [ a owl:Restriction ; owl:onProperty qg:speaker ; "
            "owl:someValuesFrom qg:Party ] .",
            "someValuesFrom",
        ),
        ("qg:p owl:propertyChainAxiom ( qg:p qg:subOrganizationOf ) .", "recursive"),
        (
            "qg:X a owl:Class ; rdfs:subClassOf [ a owl:Restriction ; owl:onProperty qg:speaker ; "
            "owl:maxCardinality 2 ] .",
            "> 1",
        ),
    ],
)
def test_rl_check_catches_non_rl_axioms(snippet, complaint):
    graph = Graph().parse(
        data=f"""
        @prefix qg: <{QG_BASE}> . @prefix owl: <{OWL}> . @prefix rdfs: <{RDFS}> .
        {snippet}""",
        format="turtle",
    )
    assert any(complaint in problem for problem in _rl_problems(graph))


def test_owlrl_closes_the_ontology_without_error():
    import owlrl

    graph = Graph()
    graph += ontology_graph()
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(graph)
    assert (QG.Denial, RDFS.subClassOf, QG.Statement) in graph
    assert (QG.speaker, RDFS.subPropertyOf, QG.creditedTo) in graph


def test_term_scanner_sees_terms_in_queries():
    assert _qg_terms_in_text("?s qg:creditedTo ?p ; a qg:Claim .") == {QG_BASE + "creditedTo", QG_BASE + "Claim"}
