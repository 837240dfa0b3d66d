"""An extraction as RDF under the quotegraph ontology: the graph one article loads into.

Every node gets a deterministic minted IRI instead of a blank node, so loading the same
article twice writes the same triples. Named parties get global IRIs, so the same name in two articles is one
node; unnamed ones ("an AWS spokesperson") are local to their article, because two
articles' spokespeople need not be the same person.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import asdict

from rdflib import Graph, Literal, URIRef

from kg.build.iris import Minter
from kg.build.namespace import PROV, QG, QUOTE_KINDS, RDF, RDFS, STATEMENT_KINDS, XSD, bind_prefixes
from kg.build.tripleset import triple_set_graph
from kg.extract.lexicon import SPEAKING_ROLES
from kg.extract.model import Article, Extraction, LinkBasis, Origin, Party, Span

PARTY_TYPES = {"Person": QG.Person, "Organization": QG.Organization, "Unknown": QG.UnknownParty}
ORIGINS = {
    "court filing": QG.CourtFiling,
    "press statement": QG.PressStatement,
    "interview": QG.Interview,
    "social media post": QG.SocialMediaPost,
    "document": QG.Source,
}


def content_hash(article: Article) -> str:
    """SHA-256 over the text and the metadata, so fixing a sidecar reloads the article too."""
    canonical = json.dumps(asdict(article), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def is_named(party: Party) -> bool:
    """Whether a party has a proper name ("John Matze"), not a description ("AWS spokesperson").

    English names end in a capitalised word; descriptions end in a common noun.
    """
    words = party.name.split()
    if not words or (not words[-1][:1].isupper() and not words[-1][:1].isdigit()):
        return False
    return not (party.role and party.role.lower() in party.name.lower())


def _date(value: str) -> Literal:
    return Literal(value, datatype=XSD.date)


class _Builder:
    def __init__(self, extraction: Extraction, minter: Minter, key: str):
        self.extraction = extraction
        self.article = extraction.article
        self.text = extraction.article.text
        self.minter = minter
        self.key = key
        self.graph = bind_prefixes(triple_set_graph())
        self.source = minter.source(key)
        self.parties = {p.id: self._party_iri(p) for p in extraction.parties}
        self.statements = {s.id: minter.statement(key, s.start, s.end) for s in extraction.statements}
        self.origins: dict[tuple, URIRef] = {}
        self.names: dict[URIRef, str] = {}

    def add(self, s, p, o) -> None:
        if o is not None:
            self.graph.add((s, p, o))

    def _party_iri(self, party: Party) -> URIRef:
        if is_named(party):
            return self.minter.party(party.name)
        return self.minter.local_party(self.key, party.name)

    def name(self, iri: URIRef, name: str) -> None:
        """A party has one name: another spelling minted to the same IRI ("AWS" for an outlet
        and a speaker) is kept as an alias."""
        first = self.names.setdefault(iri, name)
        self.add(iri, QG.name if first == name else QG.alias, Literal(name))

    def named_party(self, name: str, kind: URIRef) -> URIRef:
        iri = self.minter.party(name)
        self.add(iri, RDF.type, kind)
        self.name(iri, name)
        return iri

    def build_source(self) -> None:
        article, source = self.article, self.source
        self.add(source, RDF.type, QG.NewsArticle)
        self.add(source, QG.text, Literal(self.text))
        if article.title:
            self.add(source, QG.title, Literal(article.title))
        if article.published:
            self.add(source, QG.published, _date(article.published))
        if article.url:
            self.add(source, QG.url, Literal(article.url, datatype=XSD.anyURI))
        if article.publisher:
            self.add(source, QG.publisher, self.named_party(article.publisher, QG.NewsOutlet))
        for author in article.authors:
            self.add(source, QG.author, self.named_party(author, QG.Person))

    def build_parties(self) -> None:
        outlets = {s.reported_by for s in self.extraction.statements if s.reported_by}
        spoken_for = {(s.speaker, s.on_behalf_of) for s in self.extraction.statements if s.on_behalf_of}
        for party in self.extraction.parties:
            iri = self.parties[party.id]
            self.add(iri, RDF.type, PARTY_TYPES[party.type])
            if party.id in outlets:
                self.add(iri, RDF.type, QG.NewsOutlet)
            self.name(iri, party.name)
            for alias in party.aliases:
                if alias and alias != self.names[iri]:
                    self.add(iri, QG.alias, Literal(alias))
            self.add(self.source, QG.mentions, iri)
            organization = self.parties.get(party.affiliation) if party.affiliation else None
            if organization is None or party.type != "Person":
                continue
            role = (party.role or "").strip().lower()
            if role:
                affiliation = self.minter.affiliation(iri, organization, role)
                self.add(iri, QG.hasAffiliation, affiliation)
                self.add(affiliation, RDF.type, QG.Affiliation)
                self.add(affiliation, QG.roleName, Literal(role))
                self.add(affiliation, QG.affiliationOrganization, organization)
            if role in SPEAKING_ROLES or (party.id, party.affiliation) in spoken_for:
                self.add(iri, QG.speaksFor, organization)

    def origin(self, origin: Origin) -> URIRef:
        """One sub-source per kind and maker: every "the complaint" of Parler is one filing."""
        identity = (origin.kind, origin.made_by)
        if identity not in self.origins:
            iri = self.minter.sub_source(self.key, origin.kind, len(self.origins) + 1)
            self.origins[identity] = iri
            self.add(iri, RDF.type, ORIGINS[origin.kind])
            self.add(iri, RDFS.label, Literal(" ".join(origin.text.split())))
            if origin.made_by in self.parties:
                self.add(iri, QG.publisher, self.parties[origin.made_by])
            if origin.date:
                self.add(iri, QG.published, _date(origin.date))
        return self.origins[identity]

    def evidence(self, statement: URIRef, role: str, start: int, end: int) -> None:
        """Where the words sit, in five triples: the link, the type, the role and two offsets.

        The source is the statement's ``qg:reportedIn`` and the words are its ``qg:text`` between
        the offsets, so neither is repeated here. The W3C Web Annotation form (a SpecificResource
        with quote and position selectors: sixteen triples an evidence, 44% of an article's
        writes on PolNeAR) is built on demand by ontology/queries/web-annotations.rq.
        """
        iri = self.minter.evidence(self.key, start, end, role)
        self.add(statement, QG.evidence, iri)
        self.add(iri, RDF.type, QG.Evidence)
        self.add(iri, QG.evidenceRole, Literal(role))
        self.add(iri, QG.start, Literal(start))
        self.add(iri, QG.end, Literal(end))

    def build_statements(self) -> None:
        built: set[URIRef] = set()
        for statement in self.extraction.statements:
            iri = self.statements[statement.id]
            if iri in built:
                # The same words read twice ("..., she said after reading the outline" gives two
                # cues): a statement is its words, so the first reading stands and links to the
                # other land on it too.
                continue
            built.add(iri)
            self.add(iri, RDF.type, STATEMENT_KINDS[statement.kind])
            self.add(iri, RDF.type, QUOTE_KINDS[statement.quote])
            self.add(iri, QG.speaker, self.parties.get(statement.speaker))
            if statement.on_behalf_of:
                self.add(iri, QG.onBehalfOf, self.parties.get(statement.on_behalf_of))
            if statement.about:
                self.add(iri, QG.about, self.parties.get(statement.about))
            self.add(iri, QG.content, Literal(statement.text))
            self.add(iri, QG.reportedIn, self.source)
            if statement.date:
                self.add(iri, QG.statedOn, _date(statement.date))
            if statement.reported_by:
                self.add(iri, QG.reportedBy, self.parties.get(statement.reported_by))
            if statement.origin:
                self.add(iri, QG.originallyMadeIn, self.origin(statement.origin))
            for other in statement.disputes:
                self.add(iri, QG.disputes, self.statements.get(other))
            for other in statement.confirms:
                self.add(iri, QG.confirms, self.statements.get(other))
            self.link_basis(iri, statement.dispute_basis, statement.disputes, QG.DisputeBasis)
            self.link_basis(iri, statement.confirm_basis, statement.confirms, QG.ConfirmBasis)
            if statement.continues:
                self.add(iri, QG.continues, self.statements.get(statement.continues))
            if statement.disputes_party:
                self.add(iri, QG.disputesParty, self.parties.get(statement.disputes_party))
            if statement.confirms_party:
                self.add(iri, QG.confirmsParty, self.parties.get(statement.confirms_party))
            self.evidence(iri, "content", statement.start, statement.end)
            if statement.cue:
                self.add(iri, QG.cue, Literal(statement.cue.text))
                if statement.cue.lemma:
                    self.add(iri, QG.cueLemma, Literal(statement.cue.lemma))
                self.evidence(iri, "cue", statement.cue.start, statement.cue.end)
            mention: Span | None = statement.speaker_mention
            if mention:
                self.evidence(iri, "speaker", mention.start, mention.end)

    def link_basis(self, statement: URIRef, found: list[LinkBasis], linked: list[str], kind: URIRef) -> None:
        """Why each link was drawn (``qg:basis``): the rule and its words, one per linked statement."""
        done = set()
        for basis in found:
            target = self.statements.get(basis.statement)
            if target is None or basis.statement not in linked or target in done:
                continue
            done.add(target)
            node = self.minter.basis(statement, target)
            self.add(statement, QG.basis, node)
            self.add(node, RDF.type, kind)
            self.add(node, QG.answers, target)
            self.add(node, QG.rule, Literal(basis.rule))
            if basis.text:
                self.add(node, QG.trigger, Literal(basis.text))

    def build_provenance(self, loaded_from: str, version: str, generated_at: dt.datetime) -> None:
        graph = self.minter.article_graph(self.key)
        self.add(graph, RDF.type, QG.ArticleGraph)
        self.add(graph, QG.describes, self.source)
        self.add(graph, QG.loadedFrom, Literal(loaded_from))
        self.add(graph, QG.contentHash, Literal(content_hash(self.article)))
        self.add(graph, QG.extractorVersion, Literal(version))
        self.add(
            graph, PROV.generatedAtTime, Literal(generated_at.isoformat(timespec="seconds"), datatype=XSD.dateTime)
        )


def extraction_to_graph(
    extraction: Extraction,
    minter: Minter,
    *,
    key: str,
    extractor_version: str | None = None,
    generated_at: dt.datetime | None = None,
) -> Graph:
    """The article graph: its source, parties, statements, evidence and provenance."""
    if extractor_version is None:
        from kg.extract import EXTRACTOR_VERSION

        extractor_version = EXTRACTOR_VERSION
    builder = _Builder(extraction, minter, key)
    builder.build_source()
    builder.build_parties()
    builder.build_statements()
    builder.build_provenance(extraction.article.source, extractor_version, generated_at or dt.datetime.now(dt.UTC))
    return builder.graph
