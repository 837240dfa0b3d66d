"""Deterministic IRIs for the data the project mints.

Same input, same IRIs: reloading a file or article rewrites the same graph instead of
adding a copy. Every data IRI lives under one base (``kg.settings.Settings.base``, default
``https://quotegraph.org/id/``) so a deployment can mint under its own domain and the
server can dereference them:

    {base}party/{slug}                    a named party (slug of its canonical name)
    {base}party/{key}/{slug}              an unnamed party of one article (a spokesperson)
    {base}source/{key}                    an article or other source
    {base}statement/{key}/{hash}          a statement (hash of its evidence offsets)
    {base}evidence/{key}/{hash}           the annotation locating a statement's words
    {base}basis/{hash}                    why one statement disputes or confirms another
    {base}claim/{hash}                    a claim: every report of it (kg.infer.claims)
    {base}graph/...                       named graphs (files, articles, ontology, inference)

``key`` is a short SHA-256 of what identifies the source (its URL, else its resolved path).
"""

import hashlib
import re
import unicodedata

from rdflib import URIRef

from kg.settings import DEFAULT_BASE


def digest(*parts: object, length: int = 16) -> str:
    joined = "\x1f".join(str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:length]


def slugify(name: str) -> str:
    """ASCII, lower case, hyphens: 'Amazon Web Services' -> 'amazon-web-services'."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    return slug or "x" + digest(name, length=8)


class Minter:
    """Mints the IRIs of one deployment (one base, from its settings)."""

    def __init__(self, base: str = DEFAULT_BASE):
        self.base = base

    def _iri(self, path: str) -> URIRef:
        return URIRef(self.base + path)

    def party(self, name: str) -> URIRef:
        return self._iri(f"party/{slugify(name)}")

    def local_party(self, key: str, name: str) -> URIRef:
        return self._iri(f"party/{key}/{slugify(name)}")

    def source(self, key: str) -> URIRef:
        return self._iri(f"source/{key}")

    def sub_source(self, key: str, kind: str, n: int) -> URIRef:
        return self._iri(f"source/{key}/{slugify(kind)}-{n}")

    def statement(self, key: str, start: int, end: int) -> URIRef:
        return self._iri(f"statement/{key}/{digest(start, end, length=12)}")

    def evidence(self, key: str, start: int, end: int, role: str = "content") -> URIRef:
        return self._iri(f"evidence/{key}/{digest(start, end, role, length=12)}")

    def basis(self, statement: URIRef, target: URIRef) -> URIRef:
        return self._iri(f"basis/{digest(statement, target)}")

    def claim(self, statement_id: str) -> URIRef:
        """A claim, named by the smallest statement digest among its reports."""
        return self._iri(f"claim/{statement_id}")

    def affiliation(self, person: URIRef, organization: URIRef, role: str) -> URIRef:
        return self._iri(f"affiliation/{digest(person, organization, role.lower())}")

    def file_graph(self, identity: str) -> URIRef:
        return self._iri(f"graph/file/{digest(identity)}")

    def article_graph(self, key: str) -> URIRef:
        return self._iri(f"graph/article/{key}")

    def inferred_graph(self, of: URIRef) -> URIRef:
        return self._iri(f"graph/inferred/{digest(of)}")

    def is_derived(self, graph: str) -> bool:
        """Whether a graph is one inference writes (every such graph is under ``graph/inferred/``)."""
        return str(graph).startswith(str(self._iri("graph/inferred/")))

    @property
    def ontology_graph(self) -> URIRef:
        return self._iri("graph/ontology")

    @property
    def ontology_inferred_graph(self) -> URIRef:
        return self._iri("graph/inferred/ontology")

    @property
    def parties_graph(self) -> URIRef:
        return self._iri("graph/parties")

    @property
    def names_graph(self) -> URIRef:
        """Every party name once (``kg.infer.names``)."""
        return self._iri("graph/inferred/names")

    @property
    def keys_graph(self) -> URIRef:
        """Every party's match keys once (``kg.infer.names``)."""
        return self._iri("graph/inferred/keys")

    @property
    def party_facts_graph(self) -> URIRef:
        """What the loaded graphs say of each party's names, aliases and kind, once (``kg.infer.party_facts``)."""
        return self._iri("graph/inferred/party-facts")

    @property
    def party_map_graph(self) -> URIRef:
        """Which IRI each alias of a party is, across the store (``kg.infer.party_map``)."""
        return self._iri("graph/inferred/parties")

    @property
    def claims_graph(self) -> URIRef:
        """Every statement's claim, the claims' status and who disputes them (``kg.infer.clusters``)."""
        return self._iri("graph/inferred/claims")


def source_key(identity: str) -> str:
    """The short key of a source: a digest of its URL or resolved path."""
    return digest(identity)
