"""Small article graphs written in code, for the claim and dispute rule tests."""

from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import Graph, Literal, URIRef

from kg.build.iris import Minter
from kg.build.namespace import OA, QG, RDF, XSD, sparql_prologue
from kg.infer.planner import with_inference
from kg.store import OxigraphStore

MINTER = Minter()
ORGS = {"Parler", "Amazon Web Services", "Amazon", "Twitter", "Reuters", "Fox News", "Apple"}


@dataclass
class Said:
    """One statement of an article: who, what, when, and what it answers."""

    id: str
    speaker: str
    content: str
    kind: URIRef = QG.Claim
    on_behalf_of: str | None = None
    day: str = "2021-01-12"
    disputes: list[str] = field(default_factory=list)
    disputes_party: str | None = None
    basis: dict[str, tuple[str, str]] = field(default_factory=dict)  # target id -> (rule, trigger)
    span: tuple[int, int] | None = None  # where its words sit in the article


def party(name: str) -> URIRef:
    return MINTER.party(name)


def statement(article: str, sid: str) -> URIRef:
    return URIRef(f"{MINTER.base}statement/{article}/{sid}")


def article(
    name: str, said: list[Said], publisher: str = "Reuters", day: str = "2021-01-12", w3c: bool = False
) -> tuple[str, Graph]:
    """One article's graph; ``w3c``: its evidence in the Web Annotation form graphs written before the compact one hold."""
    iri = MINTER.article_graph(name)
    source = MINTER.source(name)
    g = Graph()
    g.add((iri, RDF.type, QG.ArticleGraph))
    g.add((iri, QG.describes, source))
    g.add((source, RDF.type, QG.NewsArticle))
    g.add((source, QG.published, Literal(day, datatype=XSD.date)))
    g.add((source, QG.publisher, party(publisher)))
    named = {publisher} | {s.speaker for s in said} | {s.on_behalf_of for s in said if s.on_behalf_of}
    named |= {s.disputes_party for s in said if s.disputes_party}
    for who in named:
        if who.endswith("spokesperson"):
            spokes = URIRef(f"{MINTER.base}party/{name}/{who.replace(' ', '-').lower()}")
            g.add((spokes, RDF.type, QG.Person))
            g.add((spokes, QG.name, Literal(who)))
            continue
        g.add((party(who), RDF.type, QG.NewsOutlet if who == publisher else QG.Organization))
        g.add((party(who), QG.name, Literal(who)))
        g.add((source, QG.mentions, party(who)))
    for s in said:
        iri_s = statement(name, s.id)
        speaker = (
            URIRef(f"{MINTER.base}party/{name}/{s.speaker.replace(' ', '-').lower()}")
            if s.speaker.endswith("spokesperson")
            else party(s.speaker)
        )
        g.add((iri_s, RDF.type, s.kind))
        g.add((iri_s, RDF.type, QG.IndirectQuote))
        g.add((iri_s, QG.speaker, speaker))
        if s.on_behalf_of:
            g.add((iri_s, QG.onBehalfOf, party(s.on_behalf_of)))
            if speaker != party(s.on_behalf_of):
                g.add((speaker, QG.speaksFor, party(s.on_behalf_of)))
        g.add((iri_s, QG.content, Literal(s.content)))
        g.add((iri_s, QG.reportedIn, source))
        g.add((iri_s, QG.statedOn, Literal(s.day, datatype=XSD.date)))
        for target in s.disputes:
            g.add((iri_s, QG.disputes, statement(name, target)))
        for target, (rule, trigger) in s.basis.items():
            basis = MINTER.basis(iri_s, statement(name, target))
            g.add((iri_s, QG.basis, basis))
            g.add((basis, RDF.type, QG.DisputeBasis))
            g.add((basis, QG.answers, statement(name, target)))
            g.add((basis, QG.rule, Literal(rule)))
            g.add((basis, QG.trigger, Literal(trigger)))
        if s.disputes_party:
            g.add((iri_s, QG.disputesParty, party(s.disputes_party)))
        if s.span:
            evidence = URIRef(f"{iri_s}/evidence")
            g.add((iri_s, QG.evidence, evidence))
            g.add((evidence, RDF.type, QG.Evidence))
            g.add((evidence, QG.evidenceRole, Literal("content")))
            if not w3c:
                g.add((evidence, QG.start, Literal(s.span[0])))
                g.add((evidence, QG.end, Literal(s.span[1])))
                continue
            target, position = URIRef(f"{evidence}#target"), URIRef(f"{evidence}#position")
            g.add((evidence, OA.hasTarget, target))
            g.add((target, OA.hasSource, source))
            g.add((target, OA.hasSelector, position))
            g.add((position, RDF.type, OA.TextPositionSelector))
            g.add((position, OA.start, Literal(s.span[0])))
            g.add((position, OA.end, Literal(s.span[1])))
    return str(iri), g


def load(store, name: str, said: list[Said], **kwargs) -> dict:
    """Load one article through inference; returns the writes (for counting what it cost)."""
    iri, graph = article(name, said, **kwargs)
    writes = with_inference(store, {iri: graph})
    store.replace_graphs(writes)
    return writes


def derived_size(writes: dict, article_iri: str) -> int:
    """Triples a load derived: its inferred graph, and the triples the shared graphs' patches add or take out."""
    total = 0
    for name, graph in writes.items():
        if name == article_iri or graph is None:
            continue
        total += len(graph) + len(getattr(graph, "removed", ()))
    return total


def rows(store, body: str) -> set:
    return {tuple(v.value if v is not None else None for v in row) for row in store.query(sparql_prologue() + body)}


def disputed_by(store, denial: URIRef) -> set:
    """Every report of every claim a denial disputes."""
    return {
        URIRef(s) for (s,) in rows(store, f"SELECT ?s WHERE {{ <{denial}> qg:disputesClaim ?c . ?s qg:ofClaim ?c }}")
    }


def new_store() -> OxigraphStore:
    return OxigraphStore(None)
