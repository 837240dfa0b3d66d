"""ontology/shapes.ttl accepts the sample story and rejects each kind of bad data, naming the shape."""

from __future__ import annotations

import re

import pytest
from rdflib import Graph, URIRef

from kg.build.namespace import QG, RDF, SH, sparql_prologue
from kg.load.validate import ValidationError, check, shapes_graph, violations
from kg.paths import QUERIES_DIR

ARTICLE = "<https://quotegraph.org/id/source/2885c3cadfb8eb0a>"
DENIAL = "<https://quotegraph.org/id/statement/2885c3cadfb8eb0a/545b1905a48c>"
BASIS = "<https://quotegraph.org/id/basis/test>"
MATZE_CEO = "<https://quotegraph.org/id/affiliation/0a68b5ae3513e5f1>"
LOADED = "<https://quotegraph.org/id/graph/file/test>"
PROVENANCE = f"""INSERT DATA {{ {LOADED} a qg:LoadedGraph ; qg:loadedFrom "x.ttl" ;
    qg:contentHash "{"a" * 64}" ; prov:generatedAtTime "2021-01-12T10:00:00Z"^^xsd:dateTime }} ;"""


def _web_annotations() -> str:
    """The shipped web-annotations.rq as an update: the sample's compact evidence turned into the
    W3C form graphs written before it hold (and RDF files of others may), for the shapes that check it."""
    text = (QUERIES_DIR / "web-annotations.rq").read_text(encoding="utf-8")
    body = "\n".join(
        line for line in text.splitlines() if not line.startswith(("#", "PREFIX")) and "VALUES" not in line
    )
    template, where = re.fullmatch(r"\s*CONSTRUCT\s*(\{.*?\})\s*WHERE\s*(\{.*\})\s*", body, re.S).groups()
    return f"DELETE {{ ?evidence qg:start ?start ; qg:end ?end }} INSERT {template} WHERE {where} ; "


W3C = _web_annotations()

# (shape expected to fail, SPARQL update that breaks the sample in that one way)
BREAKAGES = [
    ("qgsh:StatementSpeaker", "DELETE WHERE { ?s qg:speaker ?o }"),
    ("qgsh:StatementSpeaker", f"INSERT DATA {{ {DENIAL} qg:speaker <https://quotegraph.org/id/party/parler> }}"),
    ("qgsh:StatementReportedIn", "DELETE WHERE { ?s qg:reportedIn ?o }"),
    ("qgsh:StatementContent", f'DELETE WHERE {{ {DENIAL} qg:content ?c }} ; INSERT DATA {{ {DENIAL} qg:content "" }}'),
    (
        "qgsh:StatementStatedOn",
        f'DELETE WHERE {{ {DENIAL} qg:statedOn ?d }} ; INSERT DATA {{ {DENIAL} qg:statedOn "Tuesday" }}',
    ),
    ("qgsh:StatementCue", f'INSERT DATA {{ {DENIAL} qg:cue "added" }}'),
    ("qgsh:StatementOnBehalfOf", f'INSERT DATA {{ {DENIAL} qg:onBehalfOf "Amazon" }}'),
    ("qgsh:StatementEvidence", f'INSERT DATA {{ {DENIAL} qg:evidence "the words" }}'),
    ("qgsh:DenialDisputes", f'INSERT DATA {{ {DENIAL} qg:disputes "the claims" }}'),
    ("qgsh:DenialDisputesParty", f'INSERT DATA {{ {DENIAL} qg:disputesParty "Parler" }}'),
    ("qgsh:LinkBasisAnswers", f'INSERT DATA {{ {DENIAL} qg:basis {BASIS} . {BASIS} qg:rule "anaphora" }}'),
    (
        "qgsh:LinkBasisRule",
        f'INSERT DATA {{ {DENIAL} qg:basis {BASIS} . {BASIS} qg:answers {DENIAL} ; qg:rule "anaphora" , "named-party" }}',
    ),
    (
        "qgsh:LinkBasisTrigger",
        f'INSERT DATA {{ {DENIAL} qg:basis {BASIS} . {BASIS} qg:answers {DENIAL} ; qg:rule "anaphora" ; qg:trigger 3 }}',
    ),
    ("qgsh:ReportingSourceText", f"DELETE WHERE {{ {ARTICLE} qg:text ?t }}"),
    (
        "qgsh:SourcePublished",
        f'DELETE WHERE {{ {ARTICLE} qg:published ?d }} ; INSERT DATA {{ {ARTICLE} qg:published "12 Jan 2021" }}',
    ),
    ("qgsh:SourceTitle", f'INSERT DATA {{ {ARTICLE} qg:title "A second title" }}'),
    ("qgsh:SourceUrl", f'INSERT DATA {{ {ARTICLE} qg:url "https://example.org/a" }}'),
    ("qgsh:SourcePublisher", f'INSERT DATA {{ {ARTICLE} qg:publisher "WSJ" }}'),
    ("qgsh:PartyName", "DELETE WHERE { <https://quotegraph.org/id/party/parler> qg:name ?n }"),
    ("qgsh:PartyName", 'INSERT DATA { <https://quotegraph.org/id/party/parler> qg:name "Parler LLC" }'),
    ("qgsh:PartyAlias", 'INSERT DATA { <https://quotegraph.org/id/party/parler> qg:alias "" }'),
    ("qgsh:AffiliationOrganization", f"DELETE WHERE {{ {MATZE_CEO} qg:affiliationOrganization ?o }}"),
    ("qgsh:AffiliationRole", f"INSERT DATA {{ {MATZE_CEO} qg:roleName 7 }}"),
    (
        "qgsh:AffiliationStart",
        f'INSERT DATA {{ {MATZE_CEO} qg:startDate "2021-02-01"^^xsd:date ; qg:endDate "2021-01-01"^^xsd:date }}',
    ),
    ("qgsh:AffiliationEnd", f'INSERT DATA {{ {MATZE_CEO} qg:endDate "last year" }}'),
    ("qgsh:EvidenceShape", "DELETE WHERE { ?e qg:start ?a }"),
    ("qgsh:EvidenceShape", W3C + "DELETE { ?e oa:hasTarget ?t } WHERE { ?e a qg:Evidence ; oa:hasTarget ?t }"),
    (
        "qgsh:EvidenceRole",
        'DELETE WHERE { ?e qg:evidenceRole "cue" } ; INSERT { ?e qg:evidenceRole "quote" } WHERE { ?e a qg:Evidence }',
    ),
    ("qgsh:EvidenceStart", "DELETE { ?e qg:start ?a } INSERT { ?e qg:start -1 } WHERE { ?e qg:start ?a }"),
    (
        "qgsh:EvidenceStart",
        "DELETE { ?e qg:start ?a } INSERT { ?e qg:start ?b } WHERE { ?e qg:start ?a ; qg:end ?z BIND(?z + 1 AS ?b) }",
    ),
    (
        "qgsh:EvidenceEnd",
        "DELETE { ?e qg:end ?a } INSERT { ?e qg:end ?d } WHERE { ?e qg:end ?a BIND(xsd:decimal(?a) AS ?d) }",
    ),
    ("qgsh:EvidenceTextShape", "DELETE { ?e qg:end ?a } INSERT { ?e qg:end 100000 } WHERE { ?e qg:end ?a }"),
    ("qgsh:SelectorStart", W3C + "DELETE { ?s oa:start ?a } INSERT { ?s oa:start -1 } WHERE { ?s oa:start ?a }"),
    (
        "qgsh:SelectorStart",
        W3C
        + "DELETE { ?s oa:start ?a } INSERT { ?s oa:start ?b } WHERE { ?s oa:start ?a ; oa:end ?e BIND(?e + 1 AS ?b) }",
    ),
    (
        "qgsh:SelectorEnd",
        W3C + "DELETE { ?s oa:end ?a } INSERT { ?s oa:end ?d } WHERE { ?s oa:end ?a BIND(xsd:decimal(?a) AS ?d) }",
    ),
    ("qgsh:SelectorExact", W3C + "DELETE WHERE { ?s oa:exact ?x }"),
    (
        "qgsh:EvidenceTextShape",
        W3C + "DELETE { ?s oa:start ?a ; oa:end ?b } INSERT { ?s oa:start ?a2 ; oa:end ?b2 } "
        "WHERE { ?s oa:start ?a ; oa:end ?b BIND(?a + 1 AS ?a2) BIND(?b + 1 AS ?b2) }",
    ),
    (
        "qgsh:LoadedGraphHash",
        PROVENANCE
        + f' DELETE WHERE {{ {LOADED} qg:contentHash ?h }} ; INSERT DATA {{ {LOADED} qg:contentHash "abc" }}',
    ),
    ("qgsh:LoadedGraphFrom", PROVENANCE + f" DELETE WHERE {{ {LOADED} qg:loadedFrom ?f }}"),
    (
        "qgsh:LoadedGraphTime",
        PROVENANCE
        + f' DELETE WHERE {{ {LOADED} prov:generatedAtTime ?t }} ; INSERT DATA {{ {LOADED} prov:generatedAtTime "2021-01-12"^^xsd:date }}',
    ),
]


def broken(sample: Graph, update: str) -> Graph:
    graph = Graph()
    graph += sample
    graph.update(sparql_prologue() + update)
    return graph


def test_sample_story_conforms(sample_graph):
    assert violations(sample_graph) == []


def test_the_w3c_form_of_the_sample_conforms_too(sample_graph):
    """Graphs written before the compact evidence form, and others' files in the W3C form, still load."""
    graph = broken(sample_graph, W3C.rstrip(" ;"))
    assert not list(graph.triples((None, QG.start, None))) and len(list(graph.subjects(RDF.type, QG.Evidence))) == 14
    assert violations(graph) == []


@pytest.mark.parametrize("shape, update", BREAKAGES, ids=[f"{s}-{i}" for i, (s, _) in enumerate(BREAKAGES)])
def test_shape_rejects_bad_data(sample_graph, shape, update):
    graph = broken(sample_graph, update)
    with pytest.raises(ValidationError) as caught:
        check(graph, "bad.ttl")
    shapes = {v.shape for v in caught.value.violations}
    assert shapes == {shape}, caught.value.violations
    message = str(caught.value)
    assert message.startswith("bad.ttl: SHACL violation: shape qgsh:") and "\n" not in message
    assert "failed on " in message


def test_every_shape_with_a_message_is_exercised():
    shapes = shapes_graph()
    named = set(shapes.subjects(SH.message, None)) | set(shapes.subjects(SH.sparql, None))
    names = {s.n3(shapes.namespace_manager) for s in named if isinstance(s, URIRef)}
    assert names == {shape for shape, _ in BREAKAGES}


def test_a_denial_may_answer_nothing_in_its_article(sample_graph):
    """ "Harbor Freight denied any wrongdoing": what it answers is unreported or in another article."""
    graph = broken(sample_graph, "DELETE WHERE { ?s qg:disputes ?o } ; DELETE WHERE { ?s qg:disputesParty ?o }")
    assert (URIRef(DENIAL[1:-1]), RDF.type, QG.Denial) in graph
    assert violations(graph) == []


def test_message_names_constraint_and_focus(sample_graph):
    graph = broken(sample_graph, f"DELETE WHERE {{ {DENIAL} qg:speaker ?o }}")
    [violation] = violations(graph)
    assert violation.constraint == "sh:MinCountConstraintComponent"
    assert violation.focus == DENIAL and violation.path == "qg:speaker"
    assert violation.message == "a statement has exactly one speaker (an IRI)"
