"""Parties named differently in different articles resolve to one canonical IRI."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, Namespace, URIRef

from kg.build.iris import Minter
from kg.build.namespace import QG, RDF
from kg.infer.party_match import ORGANIZATION, PERSON, UNKNOWN, PartyInfo, normalise, resolve
from kg.infer.planner import PARTIES_FILE

MINTER = Minter()
P = Namespace(MINTER.base + "party/")


def info(name, kind=ORGANIZATION, aliases=(), curated=False, slug=None) -> PartyInfo:
    return PartyInfo(P[slug or name.lower().replace(" ", "-")], {name}, set(aliases), kind, curated)


def matches(a: PartyInfo, b: PartyInfo) -> bool:
    return bool(a.probe_keys() & b.published_keys())


@pytest.mark.parametrize(
    "name, expected",
    [
        ("The Wall Street Journal", "wall street journal"),
        ("Amazon.com, Inc.", "amazon com"),
        ("Parler's", "parler"),
        ("Café  Müller", "cafe muller"),
    ],
)
def test_normalise(name, expected):
    assert normalise(name) == expected


def test_acronyms_match_their_long_form_both_ways():
    aws, long = info("AWS"), info("Amazon Web Services")
    assert matches(aws, long) and matches(long, aws)
    assert matches(info("WSJ"), info("The Wall Street Journal"))


def test_two_long_names_sharing_an_acronym_do_not_match():
    assert not matches(info("American Water Services"), info("Amazon Web Services"))


def test_a_surname_matches_the_full_name_of_a_person_only():
    assert matches(info("Matze", PERSON), info("John Matze", PERSON))
    assert not matches(info("Matze", ORGANIZATION), info("John Matze", PERSON))


def test_the_curated_or_longest_name_is_canonical_whatever_the_order():
    aws, long = info("AWS"), info("Amazon Web Services")
    assert resolve({aws.iri: aws}, {long.iri: long}, {aws.iri: {long.iri}}, {}) == {aws.iri: long.iri}
    assert resolve({long.iri: long}, {aws.iri: aws}, {long.iri: {aws.iri}}, {}) == {}
    curated = info("AWS", curated=True)
    assert resolve({long.iri: long}, {curated.iri: curated}, {long.iri: {curated.iri}}, {}) == {long.iri: curated.iri}


def test_an_ambiguous_surname_stays_unresolved():
    bare = info("Matze", PERSON)
    john, jane = info("John Matze", PERSON), info("Jane Matze", PERSON)
    assert resolve({bare.iri: bare}, {john.iri: john, jane.iri: jane}, {bare.iri: {john.iri, jane.iri}}, {}) == {}
    assert resolve({bare.iri: bare}, {john.iri: john}, {bare.iri: {john.iri}}, {}) == {bare.iri: john.iri}


def test_people_and_organisations_never_merge():
    person, org = info("Amazon", PERSON, slug="amazon-person"), info("Amazon")
    assert resolve({person.iri: person}, {org.iri: org}, {person.iri: {org.iri}}, {}) == {}
    unknown = info("Amazon", UNKNOWN, slug="amazon-unknown")
    assert resolve({unknown.iri: unknown}, {org.iri: org}, {unknown.iri: {org.iri}}, {}) == {unknown.iri: org.iri}


def test_shipped_parties_file_uses_the_iris_articles_mint():
    graph = Graph().parse(PARTIES_FILE, format="turtle", publicID=MINTER.base)
    names = dict(graph.subject_objects(QG.name))
    assert len(names) >= 20
    for iri, name in names.items():
        assert iri == MINTER.party(str(name)), name
    assert (P["amazon-web-services"], QG.subOrganizationOf, P["amazon"]) in graph
    assert (P["amazon-web-services"], QG.alias, Literal("AWS")) in graph
    for subject in set(graph.subjects()):
        assert (subject, RDF.type, None) in graph, subject
    assert all(isinstance(o, URIRef) for o in graph.objects(None, QG.subOrganizationOf))


def test_parties_read_from_store_rows_are_those_of_the_same_graph():
    """Identity reads stored parties from query rows (``parties_of``): the same as from a graph of those triples."""
    from rdflib import BNode

    from kg.infer.party_match import CONFLICT, parties_in, parties_of

    triples = [
        (P.amazon, RDF.type, QG.Organization),
        (P.amazon, QG.name, Literal("Amazon")),
        (P.amazon, QG.alias, Literal("Amazon.com")),
        (P.matze, RDF.type, QG.Person),
        (P.matze, RDF.type, QG.Organization),
        (P.matze, QG.name, Literal("John Matze")),
        (P.aws, QG.name, Literal("AWS")),
        (P.unnamed, RDF.type, QG.Person),
        (P.unnamed, QG.alias, Literal("nobody")),
        (BNode(), QG.name, Literal("blank")),
    ]
    graph = Graph()
    for triple in triples:
        graph.add(triple)
    found = parties_of(triples)
    assert found == parties_in(graph)
    assert set(found) == {P.amazon, P.matze, P.aws}
    assert found[P.amazon].aliases == {"Amazon.com"} and found[P.amazon].kind == ORGANIZATION
    assert found[P.matze].kind == CONFLICT and found[P.aws].kind == UNKNOWN
