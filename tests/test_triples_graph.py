"""The article graph built from a hand-made extraction: shape, IRIs, evidence, validation."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import astuple

import pytest
from rdflib import BNode, Graph, Literal, URIRef

from kg.build import namespace as ns
from kg.build.iris import Minter
from kg.build.namespace import OA, PROV, QG, RDF
from kg.build.triples import content_hash, extraction_to_graph, is_named
from kg.extract.model import Article, Cue, Extraction, LinkBasis, Origin, Party, Span, Statement
from kg.load.validate import check
from kg.paths import QUERIES_DIR
from kg.store import OxigraphStore
from kg.store.terms import to_rdflib

TEXT = (
    'Parler alleged that AWS acted out of animus. "There is no merit to these claims," '
    "an AWS spokesperson said. John Matze, Parler's CEO, told Fox News the notice was short."
)
KEY = "k1"
WHEN = dt.datetime(2021, 1, 12, 9, 30, tzinfo=dt.UTC)
MINTER = Minter("https://example.org/id/")


def span(words: str, cls=Span, **extra):
    start = TEXT.index(words)
    return cls(words, start, start + len(words), **extra)


def statement(id, speaker, kind, words, quote="indirect", **extra):
    content = span(words)
    return Statement(
        id=id,
        speaker=speaker,
        kind=kind,
        text=words,
        start=content.start,
        end=content.end,
        direct=quote == "direct",
        quote=quote,
        **extra,
    )


def make_extraction() -> Extraction:
    article = Article(
        source="/news/parler.txt",
        text=TEXT,
        title="Parler sues Amazon",
        published="2021-01-12",
        url="https://example.com/parler",
        publisher="The Harbor Gazette",
        authors=["Ann Lee"],
    )
    parties = [
        Party("p1", "Parler", "Organization"),
        Party("p2", "Amazon Web Services", "Organization", aliases=["AWS"]),
        Party("p3", "AWS spokesperson", "Person", role="spokesperson", affiliation="p2"),
        Party("p4", "John Matze", "Person", role="CEO", affiliation="p1"),
        Party("p5", "Fox News", "Organization"),
    ]
    statements = [
        statement(
            "s1",
            "p1",
            "allegation",
            "AWS acted out of animus",
            date="2021-01-11",
            cue=span("alleged", Cue, lemma="allege"),
            speaker_mention=span("Parler"),
            origin=Origin("court filing", "a complaint", 0, 6, made_by="p1", date="2021-01-11"),
        ),
        statement(
            "s2",
            "p3",
            "denial",
            "There is no merit to these claims",
            quote="direct",
            on_behalf_of="p2",
            disputes=["s1"],
            disputes_party="p1",
            dispute_basis=[
                LinkBasis("s1", "anaphora", *astuple(span("these claims"))),
                LinkBasis("s9", "anaphora", "x", 0, 1),
            ],
            cue=span("said", Cue, lemma="say"),
            speaker_mention=span("an AWS spokesperson"),
        ),
        statement(
            "s3",
            "p4",
            "claim",
            "the notice was short",
            reported_by="p5",
            cue=span("told", Cue, lemma="tell"),
            speaker_mention=span("John Matze"),
        ),
        statement("s4", "p3", "claim", "these claims", quote="direct", continues="s2", on_behalf_of="p2"),
    ]
    return Extraction(article, parties, statements)


@pytest.fixture(scope="module")
def graph():
    return extraction_to_graph(make_extraction(), MINTER, key=KEY, extractor_version="test/1", generated_at=WHEN)


def one(graph, s, p):
    values = list(graph.objects(s, p))
    assert len(values) == 1, (s, p, values)
    return values[0]


def test_source_and_publisher(graph):
    source = MINTER.source(KEY)
    assert (source, RDF.type, QG.NewsArticle) in graph
    assert one(graph, source, QG.text) == Literal(TEXT)
    assert one(graph, source, QG.title) == Literal("Parler sues Amazon")
    assert one(graph, source, QG.published) == Literal("2021-01-12", datatype=ns.XSD.date)
    assert one(graph, source, QG.url) == Literal("https://example.com/parler", datatype=ns.XSD.anyURI)
    outlet = one(graph, source, QG.publisher)
    assert outlet == MINTER.party("The Harbor Gazette")
    assert (outlet, RDF.type, QG.NewsOutlet) in graph
    assert one(graph, source, QG.author) == MINTER.party("Ann Lee")
    assert set(graph.objects(source, QG.mentions)) == {
        MINTER.party(n) for n in ("Parler", "Amazon Web Services", "John Matze", "Fox News")
    } | {MINTER.local_party(KEY, "AWS spokesperson")}


def test_parties_roles_and_spokespeople(graph):
    aws, parler = MINTER.party("Amazon Web Services"), MINTER.party("Parler")
    spokesperson, matze = MINTER.local_party(KEY, "AWS spokesperson"), MINTER.party("John Matze")
    assert (aws, RDF.type, QG.Organization) in graph
    assert one(graph, aws, QG.name) == Literal("Amazon Web Services")
    assert one(graph, aws, QG.alias) == Literal("AWS")
    assert (spokesperson, RDF.type, QG.Person) in graph
    affiliation = one(graph, spokesperson, QG.hasAffiliation)
    assert (affiliation, RDF.type, QG.Affiliation) in graph
    assert one(graph, affiliation, QG.roleName) == Literal("spokesperson")
    assert one(graph, affiliation, QG.affiliationOrganization) == aws
    assert one(graph, spokesperson, QG.speaksFor) == aws
    ceo = one(graph, matze, QG.hasAffiliation)
    assert one(graph, ceo, QG.roleName) == Literal("ceo")
    assert one(graph, ceo, QG.affiliationOrganization) == parler
    assert not list(graph.objects(matze, QG.speaksFor))
    assert (MINTER.party("Fox News"), RDF.type, QG.NewsOutlet) in graph


def test_statements(graph):
    s1, s2, s3, s4 = (MINTER.statement(KEY, s.start, s.end) for s in make_extraction().statements)
    assert {
        (s1, RDF.type, QG.Allegation),
        (s1, RDF.type, QG.IndirectQuote),
        (s2, RDF.type, QG.Denial),
        (s2, RDF.type, QG.DirectQuote),
    } <= set(graph)
    assert one(graph, s2, QG.speaker) == MINTER.local_party(KEY, "AWS spokesperson")
    assert one(graph, s2, QG.onBehalfOf) == MINTER.party("Amazon Web Services")
    assert one(graph, s2, QG.disputes) == s1
    assert one(graph, s2, QG.disputesParty) == MINTER.party("Parler")
    assert one(graph, s2, QG.content) == Literal("There is no merit to these claims")
    assert one(graph, s2, QG.cue) == Literal("said") and one(graph, s2, QG.cueLemma) == Literal("say")
    assert one(graph, s1, QG.statedOn) == Literal("2021-01-11", datatype=ns.XSD.date)
    assert one(graph, s1, QG.reportedIn) == MINTER.source(KEY)
    filing = one(graph, s1, QG.originallyMadeIn)
    assert (filing, RDF.type, QG.CourtFiling) in graph
    assert one(graph, filing, QG.publisher) == MINTER.party("Parler")
    assert one(graph, s3, QG.reportedBy) == MINTER.party("Fox News")
    assert one(graph, s4, QG.continues) == s2


def test_evidence_selects_the_words(graph):
    """Five triples an evidence: the link, the type, the role and two offsets into the source's text."""
    seen = {}
    for evidence in graph.subjects(RDF.type, QG.Evidence):
        start, end = one(graph, evidence, QG.start).toPython(), one(graph, evidence, QG.end).toPython()
        assert 0 <= start < end <= len(TEXT)
        assert len(list(graph.predicate_objects(evidence))) == 4 and len(list(graph.subjects(None, evidence))) == 1
        seen[TEXT[start:end], str(one(graph, evidence, QG.evidenceRole))] = evidence
    s2 = MINTER.statement(KEY, *(lambda s: (s.start, s.end))(make_extraction().statements[1]))
    roles = {str(one(graph, e, QG.evidenceRole)) for e in graph.objects(s2, QG.evidence)}
    assert roles == {"content", "cue", "speaker"}
    assert ("an AWS spokesperson", "speaker") in seen and ("There is no merit to these claims", "content") in seen
    assert len(seen) == 10
    assert not any(str(p).startswith(str(OA)) for p in graph.predicates())


def test_the_shipped_query_builds_the_w3c_web_annotation_form(graph):
    """ontology/queries/web-annotations.rq gives every evidence back as the Web Annotation Data Model
    has it: a SpecificResource of the source, a quote selector (the words, 32 characters of context
    either side) and a position selector, the nodes named as quotegraph named them before."""
    store = OxigraphStore(None)
    store.replace_graphs({"https://example.org/id/graph/article/k1": graph})
    query = re.sub(r"\n\s*VALUES [^\n]*", "", (QUERIES_DIR / "web-annotations.rq").read_text(encoding="utf-8"))
    built = Graph()
    for triple in store.query(query):
        built.add(tuple(to_rdflib(term) for term in triple))
    annotations = set(built.subjects(RDF.type, OA.Annotation))
    assert annotations == set(graph.subjects(RDF.type, QG.Evidence)) and len(annotations) == 10
    source = MINTER.source(KEY)
    for evidence in annotations:
        start, end = one(graph, evidence, QG.start).toPython(), one(graph, evidence, QG.end).toPython()
        target = one(built, evidence, OA.hasTarget)
        assert target == URIRef(f"{evidence}#target") and one(built, target, OA.hasSource) == source
        assert (target, RDF.type, OA.SpecificResource) in built
        quote, position = URIRef(f"{evidence}#quote"), URIRef(f"{evidence}#position")
        assert set(built.objects(target, OA.hasSelector)) == {quote, position}
        assert (quote, RDF.type, OA.TextQuoteSelector) in built and (
            position,
            RDF.type,
            OA.TextPositionSelector,
        ) in built
        assert str(one(built, quote, OA.exact)) == TEXT[start:end]
        assert str(one(built, quote, OA.prefix)) == TEXT[max(0, start - 32) : start]
        assert str(one(built, quote, OA.suffix)) == TEXT[end : end + 32]
        assert (one(built, position, OA.start), one(built, position, OA.end)) == (Literal(start), Literal(end))
        assert one(built, evidence, QG.evidenceRole) == one(graph, evidence, QG.evidenceRole)
        [statement] = graph.subjects(QG.evidence, evidence)
        assert one(built, evidence, OA.hasBody) == statement and (statement, QG.evidence, evidence) in built
    store.close()


def test_each_dispute_link_keeps_its_rule_and_words(graph):
    """The build step writes extraction's basis per link (one for a statement it does not link is dropped)."""
    denial = MINTER.statement(KEY, *astuple(span("There is no merit to these claims"))[1:])
    [basis] = graph.objects(denial, QG.basis)
    claim = one(graph, basis, QG.answers)
    assert (denial, QG.disputes, claim) in graph
    assert basis == MINTER.basis(denial, claim) and one(graph, basis, RDF.type) == QG.DisputeBasis
    assert (one(graph, basis, QG.rule), one(graph, basis, QG.trigger)) == (Literal("anaphora"), Literal("these claims"))


def test_provenance(graph):
    iri = MINTER.article_graph(KEY)
    assert (iri, RDF.type, QG.ArticleGraph) in graph
    assert one(graph, iri, QG.describes) == MINTER.source(KEY)
    assert one(graph, iri, QG.loadedFrom) == Literal("/news/parler.txt")
    assert one(graph, iri, QG.contentHash) == Literal(content_hash(make_extraction().article))
    assert one(graph, iri, QG.extractorVersion) == Literal("test/1")
    assert one(graph, iri, PROV.generatedAtTime) == Literal("2021-01-12T09:30:00+00:00", datatype=ns.XSD.dateTime)


def test_content_hash_covers_metadata():
    article = make_extraction().article
    changed = make_extraction().article
    changed.title = "Another title"
    assert content_hash(article) != content_hash(changed)
    assert len(content_hash(article)) == 64


def test_deterministic_without_blank_nodes(graph):
    again = extraction_to_graph(make_extraction(), MINTER, key=KEY, extractor_version="test/1", generated_at=WHEN)
    assert set(again) == set(graph)
    assert not any(isinstance(term, BNode) for triple in graph for term in triple)


def test_graph_passes_the_shapes(graph):
    check(graph, "test")


def test_a_denial_of_nothing_reported_passes_the_shapes():
    """A denial of "any wrongdoing": what it answers is unreported or in another article."""
    extraction = make_extraction()
    extraction.statements[1].disputes = []
    extraction.statements[1].disputes_party = None
    graph = extraction_to_graph(extraction, MINTER, key=KEY, extractor_version="test/1")
    check(graph, "test")
    [denial] = graph.subjects(RDF.type, QG.Denial)
    assert graph.value(denial, QG.disputes) is None and graph.value(denial, QG.disputesParty) is None


@pytest.mark.parametrize(
    "party, named",
    [
        (Party("p", "John Matze", "Person", role="ceo"), True),
        (Party("p", "AWS spokesperson", "Person", role="spokesperson"), False),
        (Party("p", "officials", "Unknown"), False),
        (Party("p", "Harbor officials", "Unknown"), False),
        (Party("p", "the National Weather Service", "Organization"), True),
        (Party("p", "Parler CEO", "Person", role="ceo"), False),
    ],
)
def test_is_named(party, named):
    assert is_named(party) is named


def test_a_role_that_speaks_for_its_organisation_also_puts_statements_on_its_behalf():
    """One lexicon for both: qg:speaksFor (build) and on_behalf_of (extraction) never drift apart."""
    from kg.extract.lexicon import SPEAKING_ROLES, SPOKES_ROLES

    assert SPEAKING_ROLES and {role.split()[-1] for role in SPEAKING_ROLES} <= SPOKES_ROLES
