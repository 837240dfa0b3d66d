"""The compiled rules agree with owlrl, and the junk owlrl adds never reaches the store."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, Namespace

from kg.build.iris import Minter
from kg.build.namespace import OWL, QG, RDF, RDFS, ontology_graph
from kg.infer.lookup import Lookup
from kg.infer.owl_rules import RuleSet, UnsupportedAxiom
from kg.infer.planner import Reasoner, ontology_closure, with_inference
from kg.paths import SAMPLES_DIR
from kg.store import OxigraphStore

FIXTURES = Path(__file__).parent / "fixtures" / "multi"
MINTER = Minter()
D = Namespace(MINTER.base)


def load_fixture(store, name: str) -> str:
    graph = Graph().parse(FIXTURES / f"{name}.ttl", format="turtle", publicID=MINTER.base)
    iri = str(MINTER.article_graph(name))
    store.replace_graphs(with_inference(store, {iri: graph}))
    return iri


def canonical(triples, same_as) -> set:
    """Rewrite every IRI to the smallest member of its owl:sameAs group."""
    groups: dict = {}
    for a, b in same_as:
        merged = groups.get(a, {a}) | groups.get(b, {b})
        for member in merged:
            groups[member] = merged
    rep = {m: min(g) for m, g in groups.items()}
    return {(rep.get(s, s), p, rep.get(o, o)) for s, p, o in triples if p != OWL.sameAs}


@pytest.fixture(scope="module")
def story_store():
    store = OxigraphStore(None)
    for name in ("wsj", "fox", "reuters"):
        load_fixture(store, name)
    sample = Graph().parse(SAMPLES_DIR / "parler-aws.ttl", format="turtle")
    store.replace_graphs(with_inference(store, {str(MINTER.file_graph("sample")): sample}))
    yield store
    store.close()


def test_every_axiom_of_the_ontology_compiles():
    rules = RuleSet.compile(ontology_graph())
    assert ((QG.attributedTo, QG.subOrganizationOf), QG.creditedTo) in rules.chains
    assert QG.subOrganizationOf in rules.transitive and QG.hasSubOrganization in rules.transitive
    assert QG.Statement in rules.superclasses[QG.Allegation]


def test_an_axiom_without_a_fast_rule_is_refused():
    ontology = Graph()
    restriction = D.r
    ontology.add((QG.Claim, RDFS.subClassOf, restriction))
    ontology.add((restriction, OWL.someValuesFrom, QG.Party))
    with pytest.raises(UnsupportedAxiom, match="someValuesFrom"):
        RuleSet.compile(ontology)


def test_rules_derive_chains_inverses_and_types():
    rules = RuleSet.compile(ontology_graph())
    facts = rules.closure(
        {
            (D.d, QG.onBehalfOf, D.aws),
            (D.aws, QG.subOrganizationOf, D.amazon),
            (D.amazon, QG.subOrganizationOf, D.holding),
            (D.d, QG.disputes, D.c),
        }
    )
    assert (D.d, QG.creditedTo, D.holding) in facts
    assert (D.c, QG.disputedBy, D.d) in facts
    assert (D.holding, QG.hasSubOrganization, D.aws) in facts
    assert (D.c, RDF.type, QG.Statement) in facts
    assert (D.d, RDF.type, QG.Denial) in facts


def test_whatever_disputes_or_confirms_is_a_denial_or_a_confirmation():
    """So a listing of disputes can start from the denials (a few) rather than every dispute pair."""
    facts = RuleSet.compile(ontology_graph()).closure(
        {
            (D.a, RDF.type, QG.Claim),
            (D.a, QG.disputes, D.c),
            (D.b, QG.confirms, D.c),
            (D.e, QG.disputesParty, D.p),
            (D.f, QG.confirmsParty, D.p),
        }
    )
    assert {s for s in (D.a, D.e) if (s, RDF.type, QG.Denial) in facts} == {D.a, D.e}
    assert {s for s in (D.b, D.f) if (s, RDF.type, QG.Confirmation) in facts} == {D.b, D.f}


@pytest.mark.parametrize("graph_name", ["wsj", "fox", "reuters", "sample"])
def test_fast_rules_equal_owlrl_on_the_samples(story_store, graph_name):
    iri = str(MINTER.file_graph("sample")) if graph_name == "sample" else str(MINTER.article_graph(graph_name))
    asserted = story_store.graph(iri)
    results = {}
    for engine in ("fast", "owlrl"):
        reasoner = Reasoner(story_store, engine=engine)
        overlay = Lookup(story_store)
        overlay.put(reasoner.inferred(iri), None)
        inferred = reasoner.infer(overlay, iri, asserted)
        same_as = [(s, o) for s, o in inferred.subject_objects(OWL.sameAs)]
        results[engine] = canonical(set(inferred), same_as)
    # owlrl also copies context triples onto aliases; those are stored elsewhere already.
    own = Reasoner(story_store).inferred(iri)
    elsewhere = canonical({t for g, _ in story_store.graphs() if g != own for t in story_store.graph(g)}, same_as)
    assert results["fast"] - elsewhere == results["owlrl"] - elsewhere
    assert results["fast"] & elsewhere <= results["owlrl"]
    assert len(results["fast"]) > 50


def test_no_junk_in_derived_graphs(story_store):
    reasoner = Reasoner(story_store)
    for graph in reasoner.derived_graphs():
        for s, p, o in story_store.graph(graph):
            assert not isinstance(s, Literal)
            assert not (p == OWL.sameAs and s == o)
            assert not (p == RDF.type and o in (OWL.Thing, RDFS.Resource))


def test_inferred_graph_holds_nothing_already_asserted(story_store):
    iri = str(MINTER.article_graph("wsj"))
    inferred = story_store.graph(Reasoner(story_store).inferred(iri))
    assert not set(inferred) & set(story_store.graph(iri))


def test_ontology_is_closed_once_into_its_own_graph(story_store):
    closure = story_store.graph(str(MINTER.ontology_inferred_graph))
    assert (QG.Allegation, RDFS.subClassOf, QG.Statement) in closure
    assert set(ontology_closure()) <= set(closure)
